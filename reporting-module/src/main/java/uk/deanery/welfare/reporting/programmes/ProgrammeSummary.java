package uk.deanery.welfare.reporting.programmes;

import java.io.Serializable;
import java.util.List;

/** A programme with its cohorts, newest intake first. */
public final class ProgrammeSummary implements Serializable {

    private final String code;
    private final String name;
    private final String specialty;
    private final String deanery;
    private final List<CohortSummary> cohorts;

    public ProgrammeSummary(String code, String name, String specialty, String deanery, List<CohortSummary> cohorts) {
        this.code = code;
        this.name = name;
        this.specialty = specialty;
        this.deanery = deanery;
        this.cohorts = List.copyOf(cohorts);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getDeanery() {
        return deanery;
    }

    public List<CohortSummary> getCohorts() {
        return cohorts;
    }

    public long getTrainees() {
        return cohorts.stream().mapToLong(CohortSummary::getTrainees).sum();
    }
}
