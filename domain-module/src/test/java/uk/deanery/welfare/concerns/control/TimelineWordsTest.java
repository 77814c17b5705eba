package uk.deanery.welfare.concerns.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.concerns.entity.ConcernStatus;

class TimelineWordsTest {

    @Test
    void changesAreShownInWordsWithTheirValuesBeforeAndAfter() {
        assertThat(TimelineWords.of("CHANGE_CONCERN_STATUS", Optional.of("OPEN -> IN_PROGRESS")))
                .isEqualTo("Moved from Open to In progress");
        assertThat(TimelineWords.of(ConcernEscalator.ACTION_ESCALATE, Optional.of("PROGRAMME_DIRECTOR -> DEANERY")))
                .isEqualTo("Escalated, not acknowledged in time: now with the deanery welfare team");
        assertThat(TimelineWords.of("RAISE_CONCERN", Optional.empty())).isEqualTo("Raised");
        assertThat(TimelineWords.reasonFor(ConcernStatus.RESOLVED)).isEqualTo("Reason for moving to Resolved");
    }

    @Test
    void whatItDoesNotKnowIsShownAsRecordedRatherThanHidden() {
        assertThat(TimelineWords.of("SOMETHING_NEW", Optional.of("A -> B"))).isEqualTo("SOMETHING_NEW (A -> B)");
        assertThat(TimelineWords.of("CHANGE_CONCERN_STATUS", Optional.of("garbled")))
                .isEqualTo("Status changed");
        assertThat(TimelineWords.of(ConcernEscalator.ACTION_ESCALATE, Optional.of("X -> NOT_A_LEVEL")))
                .isEqualTo("Escalated, not acknowledged in time");
    }
}
