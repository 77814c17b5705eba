package uk.deanery.welfare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GmcNumberTest {

    @Test
    void acceptsSevenDigitsAndStripsSurroundingWhitespace() {
        assertThat(GmcNumber.of(" 1234567 ").getDigits()).isEqualTo("1234567");
    }

    @Test
    void equalNumbersAreEqualWhateverTheWhitespace() {
        assertThat(GmcNumber.of("1234567"))
                .isEqualTo(GmcNumber.of("1234567 "))
                .hasSameHashCodeAs(GmcNumber.of("1234567"));
        assertThat(GmcNumber.of("1234567")).isNotEqualTo(GmcNumber.of("7654321"));
        assertThat(GmcNumber.of("0012345")).hasToString("0012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "12345678", "12345a7", "123 4567", "１２３４５６７"})
    void refusesAnythingButExactlySevenAsciiDigits(String value) {
        assertThatThrownBy(() -> GmcNumber.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("gmcNumber: must be exactly 7 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingNumberAsRequired(String value) {
        assertThatThrownBy(() -> GmcNumber.of(value)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getField()).isEqualTo("gmcNumber");
            assertThat(e.getReason()).isEqualTo("is required");
        });
    }
}
