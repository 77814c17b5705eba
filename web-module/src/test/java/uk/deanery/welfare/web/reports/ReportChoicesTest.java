package uk.deanery.welfare.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.reporting.prevalence.Benchmark;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.shared.InvalidValueException;

class ReportChoicesTest {

    @Test
    void theFormsChoicesBecomeTheFilterTheReportIsRunWith() {
        ReportFilter filter = new ReportChoices(
                        "img-induction",
                        List.of("w1", "w2"),
                        List.of("yh-imt"),
                        List.of("imt"),
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2021, 12, 31),
                        List.of("WAVE", "PROGRAMME"),
                        "SPECIALTY",
                        "w1",
                        "w2",
                        null)
                .filter();

        assertThat(filter.instrument()).isEqualTo("IMG-INDUCTION");
        assertThat(filter.programmes()).containsExactly("YH-IMT");
        assertThat(filter.specialties()).containsExactly("IMT");
        assertThat(filter.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(filter.waves()).containsExactly("w1", "w2");
        assertThat(filter.groupBy()).containsExactly(Dimension.WAVE, Dimension.PROGRAMME);
        assertThat(filter.benchmark()).isEqualTo(Benchmark.SPECIALTY);
        assertThat(filter.compare()).containsExactly("w1", "w2");
    }

    @Test
    void aKindOfSupportIsCountedWhenTheResultsAreGroupedByExposure() {
        ReportFilter filter = new ReportChoices(
                        "IMG-INDUCTION",
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of("WAVE", "EXPOSURE"),
                        null,
                        null,
                        null,
                        "WEBINAR")
                .filter();

        assertThat(filter.groupBy()).containsExactly(Dimension.WAVE, Dimension.EXPOSURE);
        assertThat(filter.exposureKind()).isEqualTo(uk.deanery.welfare.interventions.entity.ActivityKind.WEBINAR);
    }

    @Test
    void oneWaveToCompareIsRefusedOnTheCompareField() {
        ReportChoices choices = new ReportChoices(
                "IMG-INDUCTION", List.of(), List.of(), List.of(), null, null, List.of("WAVE"), null, "w1", null, null);

        assertThatThrownBy(choices::filter)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("compare"));
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheFromField() {
        ReportChoices choices = new ReportChoices(
                "IMG-INDUCTION",
                List.of(),
                List.of(),
                List.of(),
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2021, 1, 1),
                List.of("WAVE"),
                null,
                null,
                null,
                null);

        assertThatThrownBy(choices::filter)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("from"));
    }

    @Test
    void theChoicesSurviveTheViewBeingSerialized() throws Exception {
        ReportChoices choices = new ReportChoices(
                "IMG-INDUCTION",
                new ArrayList<>(List.of("w1")),
                List.of(),
                List.of("IMT"),
                LocalDate.of(2021, 7, 1),
                null,
                List.of("COHORT"),
                "NONE",
                null,
                null,
                null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(choices);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(choices);
        }
    }
}
