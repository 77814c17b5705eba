package uk.deanery.welfare.subjectaccess.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the product holds about one trainee, as the export shows it: their record, where they train and who
 * supervises them, their answers to linked surveys, their concerns with what happened to each and who looked at
 * them, their support activities, their sign-in link and who opened their record. Words, not codes.
 */
public record PersonalData(
        Instant producedAt,
        String producedBy,
        Person person,
        List<Membership> memberships,
        List<Placement> placements,
        List<Supervision> supervisors,
        List<SurveyResponse> surveys,
        List<Concern> concerns,
        List<Activity> activities,
        SignIn signIn,
        List<Access> recordAccess) {

    /** Said in every export: what it does not hold, and why. */
    public static final String ANONYMOUS_NOTE = "Answers to anonymous surveys are not included: they are stored"
            + " without your name, so nothing can find them again.";

    public record Person(
            String gmcNumber,
            String forenames,
            String surname,
            String email,
            String primaryMedicalQualificationCountry,
            boolean internationalGraduate,
            boolean firstNhsPost,
            boolean peerSupporter) {}

    public record Membership(String programme, int intakeYear, String grade, LocalDate from, LocalDate until) {}

    public record Placement(String site, String grade, LocalDate from, LocalDate until) {}

    public record Supervision(String supervisor, String email, LocalDate from, LocalDate until) {}

    public record SurveyResponse(
            String survey, String kind, String status, Instant savedAt, Instant submittedAt, List<Answer> answers) {}

    public record Answer(String question, String answer) {}

    public record Concern(
            String reference,
            String category,
            String description,
            String sharedWith,
            String status,
            Instant raisedAt,
            List<Event> timeline,
            List<Access> lookedAtBy) {}

    /** One step of a concern's case: who did what, and any note they wrote ({@code internal}: the deanery's own). */
    public record Event(Instant at, String who, String what, String note, boolean internal) {}

    public record Activity(
            String activity, String kind, Instant startsAt, String recordedAs, LocalDate joinedOn, LocalDate leftOn) {}

    /** The single sign-on account linked to the person's address; null when they have never signed in. */
    public record SignIn(String account, Instant linkedAt) {}

    /** Someone opened or changed something of the person's: when, who, and what they did. */
    public record Access(Instant at, String who, String what) {}
}
