package uk.deanery.welfare.shared;

/** A lookup by business key that found nothing, e.g. an unknown programme code in an enrolment. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String key;

    public NotFoundException(String what, String key) {
        super(what + " not found: " + key);
        this.what = what;
        this.key = key;
    }

    public String getWhat() {
        return what;
    }

    public String getKey() {
        return key;
    }
}
