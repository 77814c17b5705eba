package uk.deanery.welfare.shared;

import org.apache.commons.csv.CSVRecord;

/**
 * A {@link CsvRowChecker} over one record whose columns {@link CsvColumns} locates, handing each problem to the
 * import's own list.
 */
public abstract class CsvRecordChecker extends CsvRowChecker {

    /** Where a row's problems go: each import keeps them as its own problem type. */
    @FunctionalInterface
    public interface Problems {
        void add(int row, String column, String reason);
    }

    private final CSVRecord record;
    private final CsvColumns columns;
    private final Problems problems;

    protected CsvRecordChecker(int row, CSVRecord record, CsvColumns columns, Problems problems) {
        super(row);
        this.record = record;
        this.columns = columns;
        this.problems = problems;
    }

    /** As {@link #checkShape(CSVRecord, java.util.List, java.util.function.IntPredicate)}, every field one line. */
    protected final boolean checkShape() {
        return checkShape(record, columns.names(), position -> false);
    }

    @Override
    protected final String value(String column) {
        return columns.value(record, column);
    }

    @Override
    protected final void report(String column, String reason) {
        problems.add(row, column, reason);
    }
}
