package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InstantConverter;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.RandomKey;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * The answers given in a wave. In a linked wave it belongs to exactly one participation (the database holds participation_id
 * unique) and may be a draft first. In an anonymous wave it is stored only on submit, without a participation, and
 * its times are kept to the day, so that nothing ties it back to the person.
 */
@Entity
@Table(
        name = "response",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_response_reference", columnNames = "reference"),
            @UniqueConstraint(name = "uk_response_participation", columnNames = "participation_id"),
            @UniqueConstraint(
                    name = "uk_response_wave_cohort_respondent",
                    columnNames = {"wave_id", "cohort_id", "respondent_id"})
        },
        indexes = @Index(name = "ix_response_wave", columnList = "wave_id"))
@NamedQuery(
        name = Response.FIND_BY_PARTICIPATION,
        query = "SELECT r FROM Response r WHERE r.participation = :participation")
@NamedQuery(
        name = Response.FIND_SUBMITTED_BY_WAVE,
        query = "SELECT r FROM Response r WHERE r.wave = :wave AND r.status = :status ORDER BY r.submittedAt")
@NamedQuery(
        name = Response.FIND_WITHOUT_INDICATORS,
        query = "SELECT r FROM Response r WHERE r.status = uk.deanery.welfare.surveys.entity.ResponseStatus.SUBMITTED"
                + " AND r.indicatorsRecorded = FALSE ORDER BY r.id")
@NamedQuery(
        name = Response.FIND_LINKED_IN_WAVE,
        query = "SELECT r FROM Response r WHERE r.wave = :wave AND r.participation IS NOT NULL")
@NamedQuery(
        name = Response.FIND_BY_RESPONDENT,
        query = "SELECT r FROM Response r WHERE r.wave = :wave AND r.respondentId = :respondentId")
public class Response implements Serializable {

    public static final String FIND_BY_PARTICIPATION = "Response.findByParticipation";
    /** Submitted responses whose read model is still to be filled, oldest first; no parameters. */
    public static final String FIND_WITHOUT_INDICATORS = "Response.findWithoutIndicators";
    /** The items that describe a respondent who has no trainee record (a pseudonymous id in an imported round). */
    public static final String PMQ_REGION_ITEM = "PMQ_REGION";

    public static final String FIRST_NHS_POST_ITEM = "FIRST_NHS_POST";
    public static final String FIND_BY_RESPONDENT = "Response.findByRespondent";
    /** Parameter {@code wave}: its responses that still point to a participation (drafts included). */
    public static final String FIND_LINKED_IN_WAVE = "Response.findLinkedInWave";

    public static final int RESPONDENT_ID_MAX = 128;
    /** Parameters {@code wave} and {@code status} (pass {@link ResponseStatus#SUBMITTED}). */
    public static final String FIND_SUBMITTED_BY_WAVE = "Response.findSubmittedByWave";

    public static final int REFERENCE_LENGTH = 36;
    /** More values than any choice item may have options: refuses a runaway draft before it reaches the database. */
    public static final int VALUES_PER_ITEM_MAX = Item.OPTIONS_MAX;

    // Drawn at random rather than from the sequence every other table shares: an anonymous response's id must not
    // sit next to the audit entry or participation written in the same moment, nor sort with them.
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Version
    private long version;

    @NotNull
    @Size(max = REFERENCE_LENGTH)
    @Column(name = "reference", nullable = false, updatable = false, length = REFERENCE_LENGTH)
    private String reference;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(
            name = "wave_id",
            nullable = false,
            updatable = false,
            foreignKey = @ForeignKey(name = "fk_response_wave"))
    private Wave wave;

    // Set once, and cleared only by the retention policy (detachForRetention).
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participation_id", foreignKey = @ForeignKey(name = "fk_response_participation"))
    private Participation participation;

    // The cohort (programme and intake year) the response was given in, so reports can split a round by cohort. Null
    // only for responses from before it was recorded that V13 could not attribute.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", updatable = false, foreignKey = @ForeignKey(name = "fk_response_cohort"))
    private Cohort cohort;

    // Only in an imported wave, for a respondent known by a pseudonymous id rather than as a trainee; unique within
    // the programme of the cohort.
    @Size(max = RESPONDENT_ID_MAX)
    @Column(name = "respondent_id", updatable = false, length = RESPONDENT_ID_MAX)
    private String respondentId;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "response_answer",
            joinColumns = @JoinColumn(name = "response_id"),
            foreignKey = @ForeignKey(name = "fk_response_answer_response"))
    @OrderColumn(name = "sort_order")
    private List<ResponseAnswer> answers = new ArrayList<>();

    // The reports' read model, written with the submission in the same transaction: one row per answered item and
    // concern category its flag rules point to, and who answered in the two ways reports split respondents.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "response_indicator",
            joinColumns = @JoinColumn(name = "response_id"),
            foreignKey = @ForeignKey(name = "fk_response_indicator_response"))
    private List<ResponseIndicator> indicators = new ArrayList<>();

    @Column(name = "img")
    private Boolean img;

    @Column(name = "first_nhs_post")
    private Boolean firstNhsPost;

    // False only for responses submitted before the read model existed, until ReportReadModel's start-up pass fills it.
    @Column(name = "indicators_recorded", nullable = false)
    private boolean indicatorsRecorded;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ResponseStatus status;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Response() {}

    private Response(
            Wave wave,
            Participation participation,
            Cohort cohort,
            Trainee respondent,
            Answers given,
            ResponseStatus status,
            Instant now) {
        this.wave = required("wave", wave);
        required("answers", given);
        required("now", now);
        if (wave.isImported()) {
            throw new InvalidValueException("wave", "an imported wave takes only imported responses");
        }
        if (wave.isLinked()) {
            required("participation", participation);
            if (!participation.getWave().equals(wave)) {
                throw new InvalidValueException("participation", "belongs to another wave");
            }
        } else if (participation != null) {
            throw new InvalidValueException("participation", "an anonymous response is stored without a participation");
        }
        this.cohort = covered(wave, cohort);
        this.id = RandomKey.next();
        this.reference = UUID.randomUUID().toString();
        this.participation = participation;
        this.status = status;
        this.answers = rows(given);
        this.savedAt = stamp(now);
        this.submittedAt = status == ResponseStatus.SUBMITTED ? savedAt : null;
        if (status == ResponseStatus.SUBMITTED) {
            recordIndicators(respondent);
        }
    }

    /**
     * A linked wave's draft, stored as given: nothing is checked against the instrument yet.
     *
     * @throws ConflictException on {@code response} for an anonymous wave, which keeps no drafts
     */
    public static Response draft(Wave wave, Participation participation, Answers answers, Instant now) {
        if (required("wave", wave).isAnonymous()) {
            throw anonymousDraft();
        }
        return new Response(wave, participation, cohortOf(participation), null, answers, ResponseStatus.DRAFT, now);
    }

    /** A linked wave's submitted response, in the cohort the participation was invited through. */
    public static Response submitted(Wave wave, Participation participation, Answers answers, Instant now) {
        return new Response(
                wave,
                participation,
                cohortOf(participation),
                required("participation", participation).getTrainee(),
                answers,
                ResponseStatus.SUBMITTED,
                now);
    }

    /**
     * An anonymous wave's submitted response: it keeps the respondent's cohort and whether they are an IMG in their
     * first NHS post, so the round can be reported by those, and nothing that names or points to the respondent.
     */
    public static Response anonymous(Wave wave, Cohort cohort, Trainee respondent, Answers answers, Instant now) {
        return new Response(
                wave, null, cohort, required("respondent", respondent), answers, ResponseStatus.SUBMITTED, now);
    }

    private static Cohort cohortOf(Participation participation) {
        return participation == null ? null : participation.getCohort().orElse(null);
    }

    private static Cohort covered(Wave wave, Cohort cohort) {
        if (cohort == null) {
            throw new InvalidValueException("cohort", "is required: every response records the cohort it was given in");
        }
        if (!wave.includes(cohort)) {
            throw new InvalidValueException("cohort", "the wave does not cover " + cohort);
        }
        return cohort;
    }

    /**
     * A response from a past round, as an import file gives it: submitted on the wave's day, by a trainee
     * (participation) or by a pseudonymous respondent, exactly one of the two. Nothing is checked against the
     * instrument here; the import does that.
     *
     * @throws InvalidValueException when the wave was not imported or does not cover the cohort, both or neither
     *     respondent is given, the trainee was invited through another cohort, or the id is blank or too long
     */
    public static Response imported(
            Wave wave,
            Cohort cohort,
            Participation participation,
            String respondentId,
            Answers answers,
            Instant submittedAt) {
        Response response = new Response();
        response.wave = required("wave", wave);
        if (!wave.isImported()) {
            throw new InvalidValueException("wave", "only an imported wave takes imported responses");
        }
        if ((participation == null) == (respondentId == null)) {
            throw new InvalidValueException("respondent", "give either the trainee or a pseudonymous id, not both");
        }
        if (participation != null && !participation.getWave().equals(wave)) {
            throw new InvalidValueException("participation", "belongs to another wave");
        }
        response.cohort = covered(wave, cohort);
        if (participation != null
                && !participation.getCohort().map(cohort::equals).orElse(false)) {
            throw new InvalidValueException("cohort", "the trainee was invited through another cohort");
        }
        response.respondentId =
                respondentId == null ? null : requiredText("respondentId", respondentId, RESPONDENT_ID_MAX);
        response.id = RandomKey.next();
        response.reference = UUID.randomUUID().toString();
        response.participation = participation;
        response.status = ResponseStatus.SUBMITTED;
        response.answers = rows(required("answers", answers));
        response.savedAt = required("submittedAt", submittedAt).truncatedTo(ChronoUnit.MICROS);
        response.submittedAt = response.savedAt;
        response.recordIndicators(participation == null ? null : participation.getTrainee());
        return response;
    }

    static ConflictException anonymousDraft() {
        return new ConflictException("response", "an anonymous survey cannot be saved as a draft; submit it in one go");
    }

    /**
     * Replaces the draft's answers.
     *
     * @throws ConflictException on {@code response} once submitted
     */
    public void replaceDraft(Answers given, Instant now) {
        requireDraft();
        this.answers.clear();
        this.answers.addAll(rows(required("answers", given)));
        this.savedAt = stamp(required("now", now));
    }

    /**
     * Turns the draft into the submitted response with these (already validated) answers.
     *
     * @throws ConflictException on {@code response} when already submitted
     */
    public void submit(Answers given, Instant now) {
        replaceDraft(given, now);
        this.status = ResponseStatus.SUBMITTED;
        this.submittedAt = savedAt;
        recordIndicators(participation.getTrainee());
    }

    /**
     * Fills the reports' read model of a submitted response that was stored before there was one: the indicators
     * from its answers, and the respondent's description from the trainee record where the response has one.
     *
     * @return false when there was nothing to do (a draft, or already recorded)
     */
    public boolean recordMissingIndicators() {
        if (!isSubmitted() || indicatorsRecorded) {
            return false;
        }
        recordIndicators(participation == null ? null : participation.getTrainee());
        return true;
    }

    // From the trainee record when there is one; a pseudonymous or anonymous respondent known only by their answers
    // is described by the items that ask the same (a blank stays unknown).
    private void recordIndicators(Trainee respondent) {
        Answers given = answers();
        indicators.clear();
        indicators.addAll(wave.getInstrument().indicators(given));
        if (respondent != null) {
            img = respondent.isImg();
            firstNhsPost = respondent.isFirstNhsPost();
        } else {
            img = given.valueOf(PMQ_REGION_ITEM)
                    .map(region -> !"UK".equalsIgnoreCase(region))
                    .orElse(null);
            firstNhsPost = given.valueOf(FIRST_NHS_POST_ITEM)
                    .map(answer -> "yes".equalsIgnoreCase(answer))
                    .orElse(null);
        }
        indicatorsRecorded = true;
    }

    private void requireDraft() {
        if (status == ResponseStatus.SUBMITTED) {
            throw new ConflictException("response", "already submitted");
        }
    }

    /**
     * The retention policy's end of a linked response: it no longer points to the participation (so to the
     * trainee), its times keep only the day, and answers typed in free text are removed; the cohort, the other answers and the indicators stay,
     * so the wave's numbers do not change. Doing it again changes nothing.
     *
     * @return false when there was nothing left to remove
     * @throws ConflictException on {@code response} for a draft, which the policy deletes instead
     */
    public boolean detachForRetention() {
        if (!isSubmitted()) {
            throw new ConflictException("response", "a draft is deleted, not kept");
        }
        java.util.Set<String> freeText = new java.util.HashSet<>();
        wave.getInstrument().getSections().forEach(section -> section.getItems().stream()
                .filter(item -> item.getType() == ItemType.FREE_TEXT)
                .forEach(item -> freeText.add(item.getCode())));
        boolean changed = participation != null || answers.stream().anyMatch(a -> freeText.contains(a.getItemCode()));
        // As in an anonymous wave: the exact times would match the submit in the audit trail.
        changed |= !savedAt.equals(savedAt.truncatedTo(ChronoUnit.DAYS));
        participation = null;
        answers.removeIf(a -> freeText.contains(a.getItemCode()));
        savedAt = savedAt.truncatedTo(ChronoUnit.DAYS);
        submittedAt = submittedAt == null ? null : submittedAt.truncatedTo(ChronoUnit.DAYS);
        return changed;
    }

    /** One row per value, by item code, values in the order given. */
    public static List<ResponseAnswer> rows(Answers given) {
        List<ResponseAnswer> rows = new ArrayList<>();
        for (String code : given.itemCodes().stream().sorted().toList()) {
            List<String> values = given.valuesOf(code);
            if (values.size() > VALUES_PER_ITEM_MAX) {
                throw new InvalidValueException(code, "must have at most " + VALUES_PER_ITEM_MAX + " values");
            }
            values.forEach(v -> rows.add(new ResponseAnswer(code, v)));
        }
        return rows;
    }

    /** The stored answers, ready for {@link Instrument#validate} and {@link Instrument#flags}. */
    public Answers answers() {
        return Answers.of(answersByItem());
    }

    /** Item code to its values in stored order, as pages and {@link #answers()} want them. */
    public Map<String, List<String>> answersByItem() {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        answers.forEach(a ->
                byItem.computeIfAbsent(a.getItemCode(), c -> new ArrayList<>()).add(a.getAnswerValue()));
        byItem.replaceAll((code, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(byItem);
    }

    // An anonymous response keeps only the day: a time to the microsecond could be matched with the participation's.
    private Instant stamp(Instant now) {
        return now.truncatedTo(wave.isAnonymous() ? ChronoUnit.DAYS : ChronoUnit.MICROS);
    }

    /** Random, so that it says nothing about when the response was stored; null only before construction. */
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public Wave getWave() {
        return wave;
    }

    /** The pseudonymous respondent of an imported response; empty otherwise. */
    public Optional<String> getRespondentId() {
        return Optional.ofNullable(respondentId);
    }

    /** Empty for an anonymous wave, and for a pseudonymous respondent of an imported one. */
    public Optional<Participation> getParticipation() {
        return Optional.ofNullable(participation);
    }

    public List<ResponseAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Response that && reference.equals(that.reference));
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return "Response " + reference + " (" + status + ")";
    }

    /** The cohort the response was given in; empty only for early responses that could not be attributed. */
    public Optional<Cohort> getCohort() {
        return Optional.ofNullable(cohort);
    }

    /** The reports' read model; empty for a draft. */
    public List<ResponseIndicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    /** Whether the respondent is an international medical graduate; empty when not known. */
    /** Whether the read model's rows (indicators, IMG and first-post flags) have been written for this response. */
    public boolean isIndicatorsRecorded() {
        return indicatorsRecorded;
    }

    public Optional<Boolean> isImg() {
        return Optional.ofNullable(img);
    }

    /** Whether the respondent was in their first NHS post; empty when not known. */
    public Optional<Boolean> isFirstNhsPost() {
        return Optional.ofNullable(firstNhsPost);
    }
}
