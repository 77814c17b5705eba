package uk.deanery.welfare.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.deanery.welfare.reporting.prevalence.AnswerShare;
import uk.deanery.welfare.reporting.prevalence.BenchmarkTotal;
import uk.deanery.welfare.reporting.prevalence.Figures;
import uk.deanery.welfare.reporting.prevalence.GroupComparison;
import uk.deanery.welfare.reporting.prevalence.PairedChange;
import uk.deanery.welfare.reporting.prevalence.PrevalenceCell;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.WaveComparison;
import uk.deanery.welfare.reporting.prevalence.WaveSummary;

/**
 * The prevalence report as the API answers it. Numbers of a suppressed cell are null; {@code percent} is 0 to 100
 * and unrounded, {@code ciLow} and {@code ciHigh} are proportions (0 to 1).
 */
@Schema(description = "A prevalence report; a suppressed cell has null numbers")
public record PrevalenceJson(
        int minCell,
        List<WaveJson> waves,
        List<CellJson> cells,
        List<BenchmarkJson> benchmarks,
        List<PairedJson> paired,
        List<ComparisonJson> comparisons,
        List<ImgComparisonJson> imgComparisons,
        List<ExposureComparisonJson> exposureComparisons,
        List<AnswerJson> answers) {

    static PrevalenceJson of(PrevalenceReport report) {
        return new PrevalenceJson(
                report.minCell(),
                report.waves().stream().map(WaveJson::of).toList(),
                report.cells().stream().map(CellJson::of).toList(),
                report.benchmarks().stream().map(BenchmarkJson::of).toList(),
                report.paired().stream().map(PairedJson::of).toList(),
                report.comparisons().stream().map(ComparisonJson::of).toList(),
                report.imgComparisons().stream().map(ImgComparisonJson::of).toList(),
                report.exposureComparisons().stream()
                        .map(ExposureComparisonJson::of)
                        .toList(),
                report.distribution().stream().map(AnswerJson::of).toList());
    }

    /** IMG against UK graduates within one group (its other columns), with Fisher's exact test. */
    public record ImgComparisonJson(
            String wave,
            String programme,
            Integer cohort,
            String specialty,
            String deanery,
            Boolean firstNhsPost,
            String category,
            String item,
            Double pValue,
            boolean suppressed) {
        static ImgComparisonJson of(GroupComparison comparison) {
            return new ImgComparisonJson(
                    comparison.group().wave(),
                    comparison.group().programme(),
                    comparison.group().intakeYear(),
                    comparison.group().specialty(),
                    comparison.group().deanery(),
                    comparison.group().firstNhsPost(),
                    comparison.indicator().category(),
                    comparison.indicator().item(),
                    comparison.pValue(),
                    comparison.suppressed());
        }
    }

    /** Those who attended support against those who did not, within one group, with Fisher's exact test. */
    public record ExposureComparisonJson(
            String wave,
            String programme,
            Integer cohort,
            String specialty,
            String deanery,
            Boolean img,
            Boolean firstNhsPost,
            String category,
            String item,
            Double pValue,
            boolean suppressed) {
        static ExposureComparisonJson of(GroupComparison comparison) {
            return new ExposureComparisonJson(
                    comparison.group().wave(),
                    comparison.group().programme(),
                    comparison.group().intakeYear(),
                    comparison.group().specialty(),
                    comparison.group().deanery(),
                    comparison.group().img(),
                    comparison.group().firstNhsPost(),
                    comparison.indicator().category(),
                    comparison.indicator().item(),
                    comparison.pValue(),
                    comparison.suppressed());
        }
    }

    /** How many of a group gave one answer to a closed item, of those who answered it. */
    public record AnswerJson(
            String wave,
            String programme,
            Integer cohort,
            String specialty,
            String deanery,
            Boolean img,
            Boolean firstNhsPost,
            String exposure,
            String item,
            String value,
            String label,
            Long numerator,
            Long denominator,
            Double percent,
            boolean suppressed) {
        static AnswerJson of(AnswerShare share) {
            Figures f = share.figures();
            return new AnswerJson(
                    share.group().wave(),
                    share.group().programme(),
                    share.group().intakeYear(),
                    share.group().specialty(),
                    share.group().deanery(),
                    share.group().img(),
                    share.group().firstNhsPost(),
                    share.group().exposure(),
                    share.item(),
                    share.value(),
                    share.label(),
                    f.numerator(),
                    f.denominator(),
                    f.percent(),
                    f.suppressed());
        }
    }

    /** A wave the report covers. */
    public record WaveJson(
            String ref, String title, String kind, Integer rotation, LocalDate opensOn, String importKey) {
        static WaveJson of(WaveSummary wave) {
            return new WaveJson(
                    wave.ref(), wave.title(), wave.kind(), wave.rotation(), wave.opensOn(), wave.importKey());
        }
    }

    /**
     * One group's result for one indicator; the group columns the report is not split by are null.
     *
     * @param cohort the cohort's intake year
     * @param exposure attended, notAttended, notKnown; or 0, 1, 2, 3+ by dose; null when not split by either
     * @param flag against the benchmark, or null without one
     */
    public record CellJson(
            String wave,
            String programme,
            Integer cohort,
            String specialty,
            String deanery,
            Boolean img,
            Boolean firstNhsPost,
            String exposure,
            String category,
            String item,
            Long numerator,
            Long denominator,
            Double percent,
            Double ciLow,
            Double ciHigh,
            boolean suppressed,
            String flag) {
        static CellJson of(PrevalenceCell cell) {
            Figures f = cell.figures();
            return new CellJson(
                    cell.group().wave(),
                    cell.group().programme(),
                    cell.group().intakeYear(),
                    cell.group().specialty(),
                    cell.group().deanery(),
                    cell.group().img(),
                    cell.group().firstNhsPost(),
                    cell.group().exposure(),
                    cell.indicator().category(),
                    cell.indicator().item(),
                    f.numerator(),
                    f.denominator(),
                    f.percent(),
                    f.ciLow(),
                    f.ciHigh(),
                    f.suppressed(),
                    cell.flag() == null ? null : cell.flag().name());
        }
    }

    /** A benchmark's pooled result, withheld (null numbers) when it would give away a hidden group. */
    public record BenchmarkJson(
            String benchmark,
            String wave,
            String scope,
            String category,
            String item,
            int groups,
            Long numerator,
            Long denominator,
            Double percent,
            Double ciLow,
            Double ciHigh,
            boolean suppressed) {
        static BenchmarkJson of(BenchmarkTotal total) {
            Figures f = total.figures();
            return new BenchmarkJson(
                    total.benchmark().apiName(),
                    total.wave(),
                    total.scope(),
                    total.indicator().category(),
                    total.indicator().item(),
                    total.groups(),
                    f.numerator(),
                    f.denominator(),
                    f.percent(),
                    f.ciLow(),
                    f.ciHigh(),
                    f.suppressed());
        }
    }

    /** Before and after for the same respondents, with the exact McNemar test. */
    public record PairedJson(
            String category,
            String item,
            String baselineWave,
            String followUpWave,
            String exposure,
            Long pairs,
            Long b,
            Long c,
            Double pValue,
            boolean suppressed) {
        static PairedJson of(PairedChange change) {
            return new PairedJson(
                    change.indicator().category(),
                    change.indicator().item(),
                    change.baselineWave(),
                    change.followUpWave(),
                    change.exposure(),
                    change.pairs(),
                    change.b(),
                    change.c(),
                    change.pValue(),
                    change.suppressed());
        }
    }

    /** Two waves compared with Fisher's exact test, two-sided. */
    public record ComparisonJson(
            String category, String item, String waveA, String waveB, Double pValue, boolean suppressed) {
        static ComparisonJson of(WaveComparison comparison) {
            return new ComparisonJson(
                    comparison.indicator().category(),
                    comparison.indicator().item(),
                    comparison.waveA(),
                    comparison.waveB(),
                    comparison.pValue(),
                    comparison.suppressed());
        }
    }
}
