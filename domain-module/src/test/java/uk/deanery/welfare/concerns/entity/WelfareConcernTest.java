package uk.deanery.welfare.concerns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.support.Fixtures.trainee;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;

class WelfareConcernTest {

    private static final ConcernCategory LIFE_IN_UK =
            new ConcernCategory("LIFE_IN_UK", "Adapting to life in the UK", 50);

    private static WelfareConcern concern(String description) {
        return new WelfareConcern(
                trainee("1000001", "Nigeria"), LIFE_IN_UK, description, ConcernSource.SELF, Instant.now());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  \n "})
    void refusesAConcernWithoutDescription(String description) {
        assertThatThrownBy(() -> concern(description)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getField()).isEqualTo("description");
            assertThat(e.getReason()).isEqualTo("is required");
        });
    }

    @Test
    void acceptsDescriptionOfExactlyTheMaximumLength() {
        assertThat(concern("x".repeat(WelfareConcern.DESCRIPTION_MAX)).getDescription())
                .hasSize(WelfareConcern.DESCRIPTION_MAX);
    }

    @Test
    void refusesDescriptionLongerThanTheMaximum() {
        assertThatThrownBy(() -> concern("x".repeat(WelfareConcern.DESCRIPTION_MAX + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("description");
                    assertThat(e.getReason()).contains("4000");
                });
    }

    @Test
    void aNewConcernIsOpenAndHasItsOwnReference() {
        WelfareConcern first = concern("Finding it hard to settle");
        WelfareConcern second = concern("Finding it hard to settle");

        assertThat(first.getStatus()).isEqualTo(ConcernStatus.OPEN);
        assertThat(first.getReference()).isNotEqualTo(second.getReference());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void followsTheWorkflowFromOpenToClosed() {
        WelfareConcern concern = concern("Rota leaves no time for portfolio");

        concern.moveTo(ConcernStatus.IN_PROGRESS, Instant.parse("2026-03-01T10:00:00Z"));
        concern.moveTo(ConcernStatus.RESOLVED, Instant.parse("2026-03-01T10:00:00Z"));
        concern.moveTo(ConcernStatus.IN_PROGRESS, Instant.parse("2026-03-01T10:00:00Z"));
        concern.moveTo(ConcernStatus.CLOSED, Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(concern.getStatus()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(concern.isActive()).isFalse();
    }

    @Test
    void aClosedConcernCannotBeReopened() {
        WelfareConcern concern = concern("Isolated since moving");
        concern.moveTo(ConcernStatus.CLOSED, Instant.parse("2026-03-01T10:00:00Z"));

        assertThatThrownBy(() -> concern.moveTo(ConcernStatus.OPEN, Instant.parse("2026-03-01T10:00:00Z")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.getField()).isEqualTo("status");
                    assertThat(e.getReason()).isEqualTo("a concern cannot move from Closed to Open");
                });
        assertThat(concern.getStatus()).isEqualTo(ConcernStatus.CLOSED);
    }

    @Test
    void anInProgressConcernCannotGoBackToOpen() {
        WelfareConcern concern = concern("Isolated since moving");
        concern.moveTo(ConcernStatus.IN_PROGRESS, Instant.parse("2026-03-01T10:00:00Z"));

        assertThatThrownBy(() -> concern.moveTo(ConcernStatus.OPEN, Instant.parse("2026-03-01T10:00:00Z")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void toStringNeverContainsTheDescription() {
        assertThat(concern("my private health detail").toString()).doesNotContain("private health");
    }

    private static final ConcernCategory SUPERVISOR_ACCESS =
            new ConcernCategory("SUPERVISOR_ACCESS", "Difficulty reaching the educational supervisor", 40, true);

    private static WelfareConcern raised(ConcernCategory category, ConcernSharing sharing) {
        return new WelfareConcern(
                trainee("1000001", "Nigeria"), category, "A concern", sharing, ConcernSource.SELF, Instant.now());
    }

    @Test
    void theSupervisorSeesAConcernOnlyWhenTheTraineeSharedIt() {
        assertThat(raised(LIFE_IN_UK, ConcernSharing.SUPERVISOR_AND_DEANERY).isVisibleToSupervisor())
                .isTrue();
        assertThat(raised(LIFE_IN_UK, ConcernSharing.DEANERY_ONLY).isVisibleToSupervisor())
                .isFalse();
    }

    @Test
    void aConcernAboutTheSupervisorIsNeverVisibleToThemWhateverIsChosen() {
        assertThat(raised(SUPERVISOR_ACCESS, ConcernSharing.SUPERVISOR_AND_DEANERY)
                        .isVisibleToSupervisor())
                .isFalse();
    }

    @Test
    void withdrawingSharingHidesItFromTheSupervisorAtOnce() {
        WelfareConcern concern = raised(LIFE_IN_UK, ConcernSharing.SUPERVISOR_AND_DEANERY);

        concern.shareWith(ConcernSharing.DEANERY_ONLY);

        assertThat(concern.isVisibleToSupervisor()).isFalse();
        assertThat(concern.getSharing()).isEqualTo(ConcernSharing.DEANERY_ONLY);
    }

    @Test
    void aConcernFlaggedFromSurveyAnswersStartsAsTheDeaneryOnly() {
        assertThat(concern("Flagged").getSharing()).isEqualTo(ConcernSharing.DEANERY_ONLY);
    }

    @Test
    void aRaisedConcernNeedsAChoiceOfWhoMaySeeIt() {
        assertThatThrownBy(() -> raised(LIFE_IN_UK, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("sharing"));
    }

    @Test
    void closingRecordsWhenAndAnonymisingRemovesTheTextOnce() {
        WelfareConcern concern = concern("Nights every week");
        Instant closed = Instant.parse("2026-03-01T10:00:00.123456789Z");
        assertThatThrownBy(() -> concern.anonymise(closed)).isInstanceOf(ConflictException.class);

        concern.moveTo(ConcernStatus.CLOSED, closed);

        assertThat(concern.getClosedAt()).contains(Instant.parse("2026-03-01T10:00:00.123456Z"));
        assertThat(concern.anonymise(closed.plusSeconds(60))).isTrue();
        assertThat(concern.getDescription()).isEqualTo(WelfareConcern.REMOVED);
        assertThat(concern.anonymise(closed.plusSeconds(120)))
                .as("a second time changes nothing")
                .isFalse();
        assertThat(concern.getAnonymisedAt())
                .contains(closed.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}
