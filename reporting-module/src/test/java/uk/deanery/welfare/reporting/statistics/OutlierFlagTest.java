package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutlierFlagTest {

    @Test
    void everyFlagHasItsWords() {
        assertThat(OutlierFlag.HIGH_OUTLIER.label()).isEqualTo("High outlier");
        assertThat(OutlierFlag.HIGH.label()).isEqualTo("Higher than typical");
        assertThat(OutlierFlag.TYPICAL.label()).isEqualTo("Typical");
        assertThat(OutlierFlag.LOW.label()).isEqualTo("Lower than typical");
        assertThat(OutlierFlag.LOW_OUTLIER.label()).isEqualTo("Low outlier");
        assertThat(OutlierFlag.NOT_SHOWN.label()).isEqualTo("Not shown (too few responses)");
    }
}
