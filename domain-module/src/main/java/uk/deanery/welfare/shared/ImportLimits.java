package uk.deanery.welfare.shared;

/**
 * The bounds every import file is read within, so that no file can exhaust the heap or hold a request for long.
 * Each is well above what a real file needs and is named in the problem that refuses a file passing it.
 */
public final class ImportLimits {

    /** Bytes of one CSV file: a 500,000-row survey file of 40 items is about 60 MB. */
    public static final long CSV_BYTES_MAX = 100L * 1024 * 1024;

    /** Records of one CSV file, the header included. */
    public static final long CSV_ROWS_MAX = 500_000;

    /** Fields of one CSV record: an instrument's items and the fixed columns. */
    public static final int CSV_COLUMNS_MAX = 500;

    /**
     * Characters of one CSV field: above every column the model has (the longest, a free-text answer, is 4,000), so
     * that a field between the two is refused by its own column's rule, naming its length.
     */
    public static final int CSV_FIELD_MAX = 10_000;

    /** Bytes of one instrument file: the built-in questionnaire is under 10 KB. */
    public static final long JSON_BYTES_MAX = 2L * 1024 * 1024;

    /** Nesting of arrays and objects in an instrument file: the format itself needs six. */
    public static final int JSON_DEPTH_MAX = 20;

    /** Characters of one number in an instrument file. */
    public static final int JSON_NUMBER_CHARS_MAX = 40;

    private ImportLimits() {}

    /** For messages: 100 MB, 2 MB. */
    public static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
