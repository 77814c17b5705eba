package uk.deanery.welfare.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void prefixesAnApostropheToTextStartingWithAnyOfTheSixTriggers(String formulaLooking) {
        assertThat(SafeCell.neutralise(formulaLooking)).isEqualTo("'" + formulaLooking);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SafeCell.neutralise("Feel supported")).isEqualTo("Feel supported");
    }

    @Test
    void looksOnlyAtTheFirstCharacter() {
        assertThat(SafeCell.neutralise("a=b+c-d@e")).isEqualTo("a=b+c-d@e");
        assertThat(SafeCell.neutralise(" =1")).isEqualTo(" =1");
        assertThat(SafeCell.neutralise("x\t\r")).isEqualTo("x\t\r");
    }

    @Test
    void neutralisesNegativeNumbersToo() {
        assertThat(SafeCell.neutralise("-0.5")).isEqualTo("'-0.5");
    }

    @Test
    void leavesTheEmptyStringEmpty() {
        assertThat(SafeCell.neutralise("")).isEmpty();
    }

    @Test
    void leavesNullAsNull() {
        assertThat(SafeCell.neutralise(null)).isNull();
    }

    @Test
    void neutralisesOnlyOnce() {
        assertThat(SafeCell.neutralise(SafeCell.neutralise("=1"))).isEqualTo("'=1");
    }
}
