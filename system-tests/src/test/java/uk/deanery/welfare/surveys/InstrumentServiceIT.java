package uk.deanery.welfare.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.InstrumentStatus;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/** Survey instruments in the database: the built-in study questionnaire, versioning, and the JSON format. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class InstrumentServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(InstrumentServiceIT.class);
    }

    @Inject
    InstrumentService instruments;

    /** The built-in questionnaire exported, under a code of this test's own. */
    private String copyOfTheStudyQuestionnaire(String code) {
        return instruments
                .exportJson(BuiltInInstruments.IMG_INDUCTION_CODE, 1)
                .replace("\"" + BuiltInInstruments.IMG_INDUCTION_CODE + "\"", "\"" + code + "\"");
    }

    @Test
    void theStudyQuestionnaireIsPublishedAtStartup() {
        Instrument study =
                instruments.findPublished(BuiltInInstruments.IMG_INDUCTION_CODE).orElseThrow();

        assertThat(study.getStatus()).isEqualTo(InstrumentStatus.PUBLISHED);
        assertThat(study.getTitle()).isEqualTo("IMG induction and first rotation");
        assertThat(study.items()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void importedInstrumentExportsToTheSameJson() {
        String code = TestData.uniqueCode("RT-");
        String json = copyOfTheStudyQuestionnaire(code);

        InstrumentJson.Result imported = instruments.importJson(json);

        assertThat(imported.problems()).isEmpty();
        assertThat(instruments.find(code, 1).orElseThrow().getStatus()).isEqualTo(InstrumentStatus.DRAFT);
        assertThat(instruments.exportJson(code, 1)).isEqualTo(json.replace("\"PUBLISHED\"", "\"DRAFT\""));
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndNothingStored() {
        String code = TestData.uniqueCode("BAD-");
        String json = copyOfTheStudyQuestionnaire(code)
                .replaceFirst("\"type\" *: *\"YES_NO\"", "\"type\": \"YES_OR_NO\"")
                .replaceFirst("\"title\" *: *\"IMG induction and first rotation\"", "\"title\": \"\"");

        InstrumentJson.Result imported = instruments.importJson(json);

        assertThat(imported.instrument()).isEmpty();
        assertThat(imported.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(imported.problems()).anySatisfy(p -> assertThat(p.toString()).contains("YES_OR_NO"));
        assertThat(instruments.exists(code)).isFalse();
    }

    @Test
    void aPublishedVersionNeverChangesAndEditingMakesANewDraftVersion() {
        String code = TestData.uniqueCode("VER-");
        instruments.importJson(copyOfTheStudyQuestionnaire(code));
        instruments.publish(code, 1);

        Instrument draft = instruments.newDraftVersion(code);
        instruments.publish(code, 2);

        assertThat(draft.getInstrumentVersion()).isEqualTo(2);
        assertThat(instruments.findPublished(code).orElseThrow().getInstrumentVersion())
                .isEqualTo(2);
        assertThat(instruments.find(code, 1).orElseThrow().getStatus()).isEqualTo(InstrumentStatus.PUBLISHED);
        assertThatThrownBy(() -> instruments.publish(code, 1)).isInstanceOf(ConflictException.class);
    }
}
