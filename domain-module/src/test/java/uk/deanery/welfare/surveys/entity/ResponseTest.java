package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.support.Fixtures;

class ResponseTest {

    static final Instant NOW = Instant.parse("2025-07-02T09:30:00.123456789Z");
    static final Instant LATER = Instant.parse("2025-07-03T10:00:00Z");

    private final Wave linked = ParticipationTest.wave(true);
    private final Wave anonymous = ParticipationTest.wave(false);
    private final Participation participation =
            ParticipationTest.invite(linked, Fixtures.trainee("1000001", "Nigeria"), NOW);

    private static final uk.deanery.welfare.trainees.entity.Trainee RESPONDENT =
            Fixtures.trainee("1000002", "United Kingdom");

    private static final Answers GIVEN = Answers.of(Map.of(
            "anxiety", "4",
            "TOPICS", List.of("PORTFOLIO", "HOUSING"),
            "SUPERVISOR", "no"));

    @Test
    void everyValueIsOneRowAndMultipleChoiceIsSeveral() {
        List<ResponseAnswer> rows = Response.rows(GIVEN);

        assertThat(rows)
                .containsExactly(
                        new ResponseAnswer("ANXIETY", "4"),
                        new ResponseAnswer("SUPERVISOR", "no"),
                        new ResponseAnswer("TOPICS", "PORTFOLIO"),
                        new ResponseAnswer("TOPICS", "HOUSING"));
    }

    @Test
    void storedAnswersReadBackAsMapAndAsAnswers() {
        Response response = Response.draft(linked, participation, GIVEN, NOW);

        assertThat(response.answersByItem())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ANXIETY", List.of("4"),
                        "SUPERVISOR", List.of("no"),
                        "TOPICS", List.of("PORTFOLIO", "HOUSING")));
        Answers back = response.answers();
        assertThat(back.itemCodes()).isEqualTo(GIVEN.itemCodes());
        GIVEN.itemCodes().forEach(code -> assertThat(back.valuesOf(code)).isEqualTo(GIVEN.valuesOf(code)));
    }

    @Test
    void aDraftIsReplacedThenSubmitted() {
        Response response = Response.draft(linked, participation, GIVEN, NOW);
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(response.getSubmittedAt()).isEmpty();

        response.replaceDraft(Answers.none().with("ANXIETY", "2"), NOW);
        assertThat(response.answersByItem()).containsExactly(Map.entry("ANXIETY", List.of("2")));

        response.submit(GIVEN, LATER);
        assertThat(response.isSubmitted()).isTrue();
        assertThat(response.getSubmittedAt()).contains(LATER);
        assertThat(response.getAnswers()).hasSize(4);
    }

    @Test
    void retentionDetachesASubmittedResponseKeepingTheDayAndRefusesADraft() {
        Response draft = Response.draft(linked, participation, GIVEN, NOW);
        assertThatThrownBy(draft::detachForRetention).isInstanceOf(ConflictException.class);

        draft.submit(GIVEN, NOW);

        assertThat(draft.detachForRetention()).isTrue();
        assertThat(draft.getParticipation()).isEmpty();
        assertThat(draft.getSavedAt()).isEqualTo(Instant.parse("2025-07-02T00:00:00Z"));
        assertThat(draft.getSubmittedAt()).contains(Instant.parse("2025-07-02T00:00:00Z"));
        assertThat(draft.getAnswers()).hasSize(4);
        assertThat(draft.detachForRetention())
                .as("a second time changes nothing")
                .isFalse();
    }

    @Test
    void aSubmittedResponseNeverChanges() {
        Response response = Response.submitted(linked, participation, GIVEN, NOW);

        assertThatThrownBy(() -> response.replaceDraft(Answers.none(), LATER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already submitted");
        assertThatThrownBy(() -> response.submit(GIVEN, LATER)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAnonymousWaveKeepsNoDraft() {
        assertThatThrownBy(() -> Response.draft(anonymous, null, GIVEN, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getReason())
                        .isEqualTo("an anonymous survey cannot be saved as a draft; submit it in one go"));
    }

    @Test
    void anAnonymousResponseHasNoParticipationAndOnlyTheDay() {
        Response response =
                Response.anonymous(anonymous, ParticipationTest.cohortOf(anonymous), RESPONDENT, GIVEN, NOW);

        assertThat(response.getParticipation()).isEmpty();
        assertThat(response.getSubmittedAt()).contains(Instant.parse("2025-07-02T00:00:00Z"));
        assertThat(response.getSavedAt()).isEqualTo(Instant.parse("2025-07-02T00:00:00Z"));
    }

    @Test
    void everyResponseRecordsTheCohortItWasGivenIn() {
        assertThat(Response.submitted(linked, participation, GIVEN, NOW).getCohort())
                .contains(ParticipationTest.cohortOf(linked));
        assertThat(Response.draft(linked, participation, GIVEN, NOW).getCohort())
                .contains(ParticipationTest.cohortOf(linked));
        assertThat(Response.anonymous(anonymous, ParticipationTest.cohortOf(anonymous), RESPONDENT, GIVEN, NOW)
                        .getCohort())
                .contains(ParticipationTest.cohortOf(anonymous));
        assertThatThrownBy(() -> Response.anonymous(anonymous, null, RESPONDENT, GIVEN, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("cohort"));
        assertThatThrownBy(() -> Response.anonymous(
                        anonymous, Fixtures.cohort(Fixtures.programme("YH-GP", "GP"), 2025), RESPONDENT, GIVEN, NOW))
                .as("a cohort the wave does not cover")
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("cohort"));
    }

    @Test
    void aSubmittedResponseRecordsItsIndicatorsAndItsRespondentButADraftDoesNot() {
        Response draft = Response.draft(linked, participation, GIVEN, NOW);
        assertThat(draft.getIndicators()).isEmpty();
        assertThat(draft.recordMissingIndicators())
                .as("nothing to record for a draft")
                .isFalse();

        draft.submit(GIVEN, LATER);

        assertThat(draft.getIndicators()).isEqualTo(linked.getInstrument().indicators(GIVEN));
        assertThat(draft.getIndicators()).isNotEmpty();
        assertThat(draft.isImg()).as("Nigeria").contains(true);
        assertThat(draft.isFirstNhsPost()).isPresent();
        assertThat(draft.recordMissingIndicators()).as("already recorded").isFalse();

        Response anonymousOne =
                Response.anonymous(anonymous, ParticipationTest.cohortOf(anonymous), RESPONDENT, GIVEN, NOW);
        assertThat(anonymousOne.getIndicators())
                .isEqualTo(anonymous.getInstrument().indicators(GIVEN));
        assertThat(anonymousOne.isImg()).as("United Kingdom").contains(false);
    }

    @Test
    void anAnonymousResponseRefusesAParticipation() {
        Participation anonymousParticipation =
                ParticipationTest.invite(anonymous, Fixtures.trainee("1000001", "Nigeria"), NOW);
        assertThatThrownBy(() -> Response.submitted(anonymous, anonymousParticipation, GIVEN, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("participation"));
    }

    @Test
    void aLinkedResponseNeedsTheParticipationOfItsWave() {
        assertThatThrownBy(() -> Response.submitted(linked, null, GIVEN, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("participation");
        Participation elsewhere =
                ParticipationTest.invite(ParticipationTest.wave(true), Fixtures.trainee("1000001", "Nigeria"), NOW);
        assertThatThrownBy(() -> Response.submitted(linked, elsewhere, GIVEN, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("another wave");
    }

    @Test
    void aLinkedResponseKeepsMicroseconds() {
        assertThat(Response.submitted(linked, participation, GIVEN, NOW).getSubmittedAt())
                .contains(Instant.parse("2025-07-02T09:30:00.123456Z"));
    }

    @Test
    void overlongValuesAndRunawayValueListsAreRefusedNamingTheItem() {
        Answers tooLong = Answers.none().with("COMMENTS", "x".repeat(ResponseAnswer.VALUE_MAX + 1));
        Answers tooMany = Answers.of(Map.of("TOPICS", Collections.nCopies(Response.VALUES_PER_ITEM_MAX + 1, "ROTA")));

        assertThatThrownBy(() -> Response.draft(linked, participation, tooLong, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("COMMENTS"));
        assertThatThrownBy(() -> Response.draft(linked, participation, tooMany, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("TOPICS"));
    }

    @Test
    void theAnswerTextStaysOutOfToString() {
        Answers secret = Answers.none().with("SUPERVISOR_DETAIL", "my supervisor shouts");
        Response response = Response.draft(linked, participation, secret, NOW);

        assertThat(response.toString()).doesNotContain("shouts");
        assertThat(response.getAnswers().get(0).toString()).doesNotContain("shouts");
    }

    @Test
    void unknownItemsCanBeDroppedBeforeADraftIsStored() {
        Answers kept =
                linked.getInstrument().withoutUnknownItems(Answers.of(Map.of("anxiety", "4", "NO_SUCH_ITEM", "x")));

        assertThat(kept.itemCodes()).containsExactly("ANXIETY");
    }
}
