package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void refusesANegativeNumerator() {
        assertThatThrownBy(() -> Proportion.of(-1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator must not be negative, was -1");
    }

    @Test
    void refusesANegativeDenominator() {
        assertThatThrownBy(() -> Proportion.of(0, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator must not be negative, was -3");
    }

    @Test
    void refusesMoreYesAnswersThanAnswers() {
        assertThatThrownBy(() -> Proportion.of(5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator (5) must not be greater than denominator (3)");
    }

    @Test
    void valueIsTheShareWithExactEnds() {
        assertThat(Proportion.of(12, 40).value()).isEqualTo(0.3);
        assertThat(Proportion.of(0, 7).value()).isZero();
        assertThat(Proportion.of(7, 7).value()).isEqualTo(1.0);
    }

    @Test
    void noneOfNoneIsAllowedButHasNoValue() {
        Proportion nobodyAnswered = Proportion.of(0, 0);
        assertThat(nobodyAnswered.hasResponses()).isFalse();
        assertThatThrownBy(nobodyAnswered::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nobody answered");
    }

    @Test
    void equalCountsMakeEqualProportions() {
        assertThat(Proportion.of(3, 9)).isEqualTo(new Proportion(3, 9)).hasToString("3 of 9");
    }
}
