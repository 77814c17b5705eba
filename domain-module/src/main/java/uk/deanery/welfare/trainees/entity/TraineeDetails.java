package uk.deanery.welfare.trainees.entity;

import java.util.ArrayList;
import java.util.List;

/** A trainee's details at one moment, for the audit trail of a change to them. */
public record TraineeDetails(String forenames, String surname, String email, String pmqCountry, boolean firstNhsPost) {

    /**
     * The fields that differ, before (this) and after: {"email a@x", "email b@y"}; each side empty when nothing
     * differs. The email is what links a sign-in to the record, so its change must be on record.
     */
    public List<String> changeTo(TraineeDetails after) {
        List<String> before = new ArrayList<>();
        List<String> now = new ArrayList<>();
        compare("forenames", forenames, after.forenames, before, now);
        compare("surname", surname, after.surname, before, now);
        compare("email", email, after.email, before, now);
        compare("PMQ country", pmqCountry, after.pmqCountry, before, now);
        compare("first NHS post", String.valueOf(firstNhsPost), String.valueOf(after.firstNhsPost), before, now);
        return List.of(String.join("; ", before), String.join("; ", now));
    }

    private static void compare(String field, String was, String is, List<String> before, List<String> now) {
        if (!was.equals(is)) {
            before.add(field + " " + was);
            now.add(field + " " + is);
        }
    }
}
