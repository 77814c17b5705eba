package uk.deanery.welfare.reporting.programmes;

import java.io.Serializable;

/** One cohort of a programme: its intake year and head counts. Getters, because Faces 4.0's EL has no records. */
public final class CohortSummary implements Serializable {

    private final int intakeYear;
    private final long trainees;
    private final long internationalGraduates;

    public CohortSummary(int intakeYear, long trainees, long internationalGraduates) {
        this.intakeYear = intakeYear;
        this.trainees = trainees;
        this.internationalGraduates = internationalGraduates;
    }

    public int getIntakeYear() {
        return intakeYear;
    }

    public long getTrainees() {
        return trainees;
    }

    public long getInternationalGraduates() {
        return internationalGraduates;
    }
}
