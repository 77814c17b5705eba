package uk.deanery.welfare.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.subjectaccess.boundary.PersonalData;

class PersonalDataExportTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T10:15:00Z");

    static PersonalData example() {
        return new PersonalData(
                Instant.parse("2026-12-01T09:00:00Z"),
                "trainee.1000001@test.example",
                new PersonalData.Person("1000001", "Ada", "Okafor", "ada@test.example", "Nigeria", true, true, false),
                List.of(new PersonalData.Membership(
                        "Internal Medicine Training (YH-IMT)", 2026, "IMT1", LocalDate.of(2026, 8, 5), null)),
                List.of(new PersonalData.Placement(
                        "Leeds General Infirmary", "IMT1", LocalDate.of(2026, 8, 5), LocalDate.of(2027, 2, 2))),
                List.of(new PersonalData.Supervision(
                        "Sam Supervisor", "sam@test.example", LocalDate.of(2026, 8, 5), null)),
                List.of(new PersonalData.SurveyResponse(
                        "Baseline 2026",
                        "Baseline, before starting",
                        "Submitted",
                        RAISED,
                        RAISED,
                        List.of(new PersonalData.Answer("How anxious were you about starting?", "Quite anxious")))),
                List.of(new PersonalData.Concern(
                        "C-ABC",
                        "Workload and rota pressure",
                        "Rota gaps £ every week",
                        "Only the deanery's welfare team",
                        "Open",
                        RAISED,
                        List.of(new PersonalData.Event(RAISED, "ada@test.example", "Raised", "", false)),
                        List.of(new PersonalData.Access(RAISED, "admin1@deanery.example", "READ_CONCERN")))),
                List.of(new PersonalData.Activity("E-portfolio webinar", "Webinar", RAISED, "Attended", null, null)),
                null,
                List.of(new PersonalData.Access(RAISED, "admin1@deanery.example", "ENROL_TRAINEE")));
    }

    @Test
    void theJsonHoldsEveryPartWithIsoDatesAndSaysWhatItCannotHold() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PersonalDataExport.json(example(), out);

        JsonObject json = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .readObject();
        assertThat(json.getJsonObject("person").getString("gmcNumber")).isEqualTo("1000001");
        assertThat(json.getJsonArray("memberships").getJsonObject(0).isNull("until"))
                .isTrue();
        assertThat(json.getJsonArray("placements").getJsonObject(0).getString("until"))
                .isEqualTo("2027-02-02");
        assertThat(json.getJsonArray("surveys")
                        .getJsonObject(0)
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getString("answer"))
                .isEqualTo("Quite anxious");
        JsonObject concern = json.getJsonArray("concerns").getJsonObject(0);
        assertThat(concern.getString("description")).isEqualTo("Rota gaps £ every week");
        assertThat(concern.getString("raisedAt")).isEqualTo("2026-03-02T10:15:00Z");
        assertThat(concern.getJsonArray("lookedAtBy").getJsonObject(0).getString("who"))
                .isEqualTo("admin1@deanery.example");
        assertThat(json.getJsonArray("supportActivities")).hasSize(1);
        assertThat(json.isNull("signIn")).isTrue();
        assertThat(json.getJsonArray("recordAccess").getJsonObject(0).getString("what"))
                .isEqualTo("ENROL_TRAINEE");
        assertThat(json.getString("note")).contains("anonymous surveys are not included");
    }

    @Test
    void thePdfReadsAsTheSameContentInUkTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PersonalDataExport.pdf(example(), out);

        PdfReader reader = new PdfReader(out.toByteArray());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(reader.getInfo().get("Title")).isEqualTo("Personal data held about Ada Okafor");
        assertThat(text.toString().replaceAll("\\s+", " "))
                .contains("GMC number: 1000001")
                .contains("Internal Medicine Training (YH-IMT), intake 2026, IMT1, from 5 August 2026")
                .contains("How anxious were you about starting?: Quite anxious")
                .contains("What you wrote: Rota gaps £ every week")
                .contains("2 March 2026, 10:15, admin1@deanery.example: READ_CONCERN")
                .contains("E-portfolio webinar (Webinar)")
                .contains("No sign-in account is linked")
                .contains("anonymous surveys are not included");
    }
}
