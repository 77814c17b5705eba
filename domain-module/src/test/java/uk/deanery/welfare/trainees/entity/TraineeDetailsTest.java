package uk.deanery.welfare.trainees.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraineeDetailsTest {

    private static final TraineeDetails ADA =
            new TraineeDetails("Ada", "Okafor", "ada@deanery.example", "Nigeria", true);

    @Test
    void aChangeNamesOnlyTheFieldsThatDifferWithTheirValuesBeforeAndAfter() {
        TraineeDetails moved = new TraineeDetails("Ada", "Okafor", "ada.okafor@deanery.example", "Nigeria", false);

        assertThat(ADA.changeTo(moved))
                .containsExactly(
                        "email ada@deanery.example; first NHS post true",
                        "email ada.okafor@deanery.example; first NHS post false");
    }

    @Test
    void noChangeIsTwoEmptySides() {
        assertThat(ADA.changeTo(ADA)).containsExactly("", "");
    }
}
