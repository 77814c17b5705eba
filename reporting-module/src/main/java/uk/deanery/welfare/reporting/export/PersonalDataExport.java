package uk.deanery.welfare.reporting.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import uk.deanery.welfare.subjectaccess.boundary.PersonalData;

/**
 * A trainee's {@link PersonalData} as a JSON file (every field, ISO dates and times in UTC, for a machine or another
 * service) and as a readable A4 PDF (the same content in sections, times in UK time), the two forms of the right of
 * access. Neither leaves anything out that the other shows.
 */
public final class PersonalDataExport {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final float MARGIN = 48;

    private PersonalDataExport() {}

    /** Writes the JSON document to {@code out}, which stays open. */
    public static void json(PersonalData data, OutputStream out) {
        Objects.requireNonNull(data, "data");
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(new NonClosing(out), java.nio.charset.StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("producedAt", data.producedAt().toString());
            json.write("producedBy", data.producedBy());
            json.write("note", PersonalData.ANONYMOUS_NOTE);
            PersonalData.Person p = data.person();
            json.writeStartObject("person")
                    .write("gmcNumber", p.gmcNumber())
                    .write("forenames", p.forenames())
                    .write("surname", p.surname())
                    .write("email", p.email())
                    .write("primaryMedicalQualificationCountry", p.primaryMedicalQualificationCountry())
                    .write("internationalGraduate", p.internationalGraduate())
                    .write("firstNhsPost", p.firstNhsPost())
                    .write("peerSupporter", p.peerSupporter())
                    .writeEnd();
            array(json, "memberships", data.memberships(), m -> {
                json.write("programme", m.programme())
                        .write("intakeYear", m.intakeYear())
                        .write("grade", m.grade());
                day(json, "from", m.from());
                day(json, "until", m.until());
            });
            array(json, "placements", data.placements(), m -> {
                json.write("site", m.site()).write("grade", m.grade());
                day(json, "from", m.from());
                day(json, "until", m.until());
            });
            array(json, "supervisors", data.supervisors(), s -> {
                json.write("supervisor", s.supervisor()).write("email", s.email());
                day(json, "from", s.from());
                day(json, "until", s.until());
            });
            array(json, "surveys", data.surveys(), s -> {
                json.write("survey", s.survey()).write("kind", s.kind()).write("status", s.status());
                moment(json, "savedAt", s.savedAt());
                moment(json, "submittedAt", s.submittedAt());
                array(json, "answers", s.answers(), a -> json.write("question", a.question())
                        .write("answer", a.answer()));
            });
            array(json, "concerns", data.concerns(), c -> {
                json.write("reference", c.reference())
                        .write("category", c.category())
                        .write("description", c.description())
                        .write("sharedWith", c.sharedWith())
                        .write("status", c.status());
                moment(json, "raisedAt", c.raisedAt());
                array(json, "timeline", c.timeline(), e -> {
                    moment(json, "at", e.at());
                    json.write("who", e.who())
                            .write("what", e.what())
                            .write("note", e.note())
                            .write("internal", e.internal());
                });
                accesses(json, "lookedAtBy", c.lookedAtBy());
            });
            array(json, "supportActivities", data.activities(), a -> {
                json.write("activity", a.activity()).write("kind", a.kind());
                moment(json, "startsAt", a.startsAt());
                json.write("recordedAs", a.recordedAs());
                day(json, "joinedOn", a.joinedOn());
                day(json, "leftOn", a.leftOn());
            });
            if (data.signIn() == null) {
                json.writeNull("signIn");
            } else {
                json.writeStartObject("signIn").write("account", data.signIn().account());
                moment(json, "linkedAt", data.signIn().linkedAt());
                json.writeEnd();
            }
            accesses(json, "recordAccess", data.recordAccess());
            json.writeEnd();
        }
    }

    private static <T> void array(JsonGenerator json, String name, List<T> items, Consumer<T> fields) {
        json.writeStartArray(name);
        for (T item : items) {
            json.writeStartObject();
            fields.accept(item);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void accesses(JsonGenerator json, String name, List<PersonalData.Access> accesses) {
        array(json, name, accesses, a -> {
            moment(json, "at", a.at());
            json.write("who", a.who()).write("what", a.what());
        });
    }

    private static void day(JsonGenerator json, String name, LocalDate day) {
        if (day == null) {
            json.writeNull(name);
        } else {
            json.write(name, day.toString());
        }
    }

    private static void moment(JsonGenerator json, String name, Instant moment) {
        if (moment == null) {
            json.writeNull(name);
        } else {
            json.write(name, moment.toString());
        }
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public static void pdf(PersonalData data, OutputStream out) throws IOException {
        Objects.requireNonNull(data, "data");
        PdfFonts fonts = new PdfFonts();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PersonalData.Person p = data.person();
        String title = "Personal data held about " + p.forenames() + " " + p.surname();
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(title);
            document.open();
            Pdf pdf = new Pdf(document, fonts);
            pdf.line(title, fonts.title);
            pdf.line("Produced " + moment(data.producedAt()) + " for " + data.producedBy() + ".", fonts.text);
            pdf.line(PersonalData.ANONYMOUS_NOTE, fonts.note);

            pdf.heading("Your record");
            pdf.field("GMC number", p.gmcNumber());
            pdf.field("Name", p.forenames() + " " + p.surname());
            pdf.field("Email", p.email());
            pdf.field("Country of primary medical qualification", p.primaryMedicalQualificationCountry());
            pdf.field("International medical graduate", yesNo(p.internationalGraduate()));
            pdf.field("First NHS post", yesNo(p.firstNhsPost()));
            pdf.field("Peer supporter", yesNo(p.peerSupporter()));

            pdf.heading("Programmes");
            pdf.none(data.memberships());
            data.memberships()
                    .forEach(m -> pdf.item(m.programme() + ", intake " + m.intakeYear() + ", " + m.grade() + ", "
                            + period(m.from(), m.until())));
            pdf.heading("Placements");
            pdf.none(data.placements());
            data.placements().forEach(m -> pdf.item(m.site() + ", " + m.grade() + ", " + period(m.from(), m.until())));
            pdf.heading("Educational supervisors");
            pdf.none(data.supervisors());
            data.supervisors()
                    .forEach(s -> pdf.item(s.supervisor() + " (" + s.email() + "), " + period(s.from(), s.until())));

            pdf.heading("Survey answers");
            pdf.none(data.surveys());
            for (PersonalData.SurveyResponse s : data.surveys()) {
                pdf.subheading(s.survey() + " (" + s.kind() + ")");
                pdf.item(s.status()
                        + (s.submittedAt() == null
                                ? ", saved " + moment(s.savedAt())
                                : ", submitted " + moment(s.submittedAt())));
                s.answers().forEach(a -> pdf.field(a.question(), a.answer()));
            }

            pdf.heading("Concerns");
            pdf.none(data.concerns());
            for (PersonalData.Concern c : data.concerns()) {
                pdf.subheading(c.category() + " (" + c.reference() + ")");
                pdf.field("Raised", moment(c.raisedAt()));
                pdf.field("What you wrote", c.description());
                pdf.field("Who may see it", c.sharedWith());
                pdf.field("Status", c.status());
                pdf.line("What happened", fonts.header);
                c.timeline()
                        .forEach(e -> pdf.item(moment(e.at()) + ", " + e.who() + ": " + e.what()
                                + (e.note().isEmpty() ? "" : " \u2013 " + e.note())
                                + (e.internal() ? " (deanery-internal note: review before sending)" : "")));
                pdf.line("Who looked at it", fonts.header);
                c.lookedAtBy().forEach(a -> pdf.item(moment(a.at()) + ", " + a.who() + ": " + a.what()));
            }

            pdf.heading("Support activities");
            pdf.none(data.activities());
            data.activities()
                    .forEach(a -> pdf.item(a.activity() + " (" + a.kind() + "), " + moment(a.startsAt())
                            + ": " + a.recordedAs()
                            + (a.joinedOn() == null ? "" : ", member " + period(a.joinedOn(), a.leftOn()))));

            pdf.heading("Sign-in");
            pdf.item(
                    data.signIn() == null
                            ? "No sign-in account is linked to your email address yet."
                            : "Sign-in account " + data.signIn().account() + ", linked "
                                    + moment(data.signIn().linkedAt()) + ".");

            pdf.heading("Who opened or changed your record");
            pdf.none(data.recordAccess());
            data.recordAccess().forEach(a -> pdf.item(moment(a.at()) + ", " + a.who() + ": " + a.what()));
        } catch (DocumentException e) {
            throw new IOException("could not write the personal data PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        out.flush();
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String period(LocalDate from, LocalDate until) {
        return until == null ? "from " + DAY.format(from) : DAY.format(from) + " to " + DAY.format(until);
    }

    private static String moment(Instant at) {
        return at == null ? "\u2013" : MOMENT.format(at.atZone(UK));
    }

    /** The document's paragraphs, all made printable the same way. */
    private record Pdf(Document document, PdfFonts fonts) {

        void line(String text, Font font) {
            document.add(new Paragraph(fonts.printable(text), font));
        }

        void heading(String text) {
            Paragraph heading = new Paragraph(fonts.printable(text), fonts.title);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            document.add(heading);
        }

        void subheading(String text) {
            Paragraph heading = new Paragraph(fonts.printable(text), fonts.header);
            heading.setSpacingBefore(8);
            document.add(heading);
        }

        void field(String label, String value) {
            Paragraph field =
                    new Paragraph(fonts.printable(label + ": " + (value == null ? "\u2013" : value)), fonts.text);
            document.add(field);
        }

        void item(String text) {
            Paragraph item = new Paragraph(fonts.printable(text), fonts.text);
            item.setIndentationLeft(12);
            document.add(item);
        }

        void none(List<?> items) {
            if (items.isEmpty()) {
                item("None recorded.");
            }
        }
    }

    /** JSON-P closes the stream it writes to; the servlet's stream is not ours to close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
