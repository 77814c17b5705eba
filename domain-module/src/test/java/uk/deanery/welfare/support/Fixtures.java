package uk.deanery.welfare.support;

import java.time.LocalDate;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Deanery;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.programmes.entity.Specialty;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.supervision.entity.EducationalSupervisor;
import uk.deanery.welfare.trainees.entity.Trainee;

/** Small builders for unit tests; every call returns fresh objects so tests share no state. */
public final class Fixtures {

    private Fixtures() {}

    public static Trainee trainee(String gmc, String pmqCountry) {
        return new Trainee(GmcNumber.of(gmc), "Ada", "Tester", gmc + "@deanery.example", pmqCountry, true);
    }

    public static Programme programme(String code, String specialtyCode) {
        return new Programme(
                code, code + " programme", new Specialty(specialtyCode, specialtyCode), new Deanery("YH", "Yorkshire"));
    }

    public static Cohort cohort(Programme programme, int year) {
        return new Cohort(programme, year);
    }

    public static EducationalSupervisor supervisor(String gmc, String surname) {
        return new EducationalSupervisor(GmcNumber.of(gmc), "Sam", surname, surname.toLowerCase() + "@deanery.example");
    }

    public static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }
}
