package uk.deanery.welfare.trainees.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.support.Fixtures.trainee;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.shared.InvalidValueException;

class TraineeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"United Kingdom", "UK", "england", "SCOTLAND", "Wales", "Northern Ireland", " united kingdom "})
    void graduateOfAUkSchoolIsNotAnImg(String country) {
        assertThat(trainee("1000001", country).isImg()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nigeria", "India", "Pakistan", "Egypt", "Sudan", "Ireland"})
    void graduateOfASchoolOutsideTheUkIsAnImg(String country) {
        assertThat(trainee("1000001", country).isImg()).isTrue();
    }

    @Test
    void storesEmailInLowerCaseSoThatLookUpsIgnoreCase() {
        Trainee trainee =
                new Trainee(GmcNumber.of("1000001"), "Ada", "Obi", " Ada.Obi@Deanery.Example ", "Nigeria", true);
        assertThat(trainee.getEmail()).isEqualTo("ada.obi@deanery.example");
    }

    @Test
    void refusesAnInvalidEmailNamingTheField() {
        assertThatThrownBy(() -> new Trainee(GmcNumber.of("1000001"), "Ada", "Obi", "ada at nhs", "Nigeria", true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("email"));
    }

    @Test
    void refusesOverlongSurname() {
        String tooLong = "x".repeat(Trainee.NAME_MAX + 1);
        assertThatThrownBy(() -> new Trainee(GmcNumber.of("1000001"), "Ada", tooLong, "a@b.example", "Nigeria", true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("surname"));
    }

    @Test
    void updateDetailsReportsWhetherAnythingChanged() {
        Trainee trainee = trainee("1000001", "Nigeria");
        String email = trainee.getEmail();

        assertThat(trainee.updateDetails("Ada", "Tester", email, "Nigeria", true))
                .isFalse();
        assertThat(trainee.updateDetails("Ada", "Tester", email, "Nigeria", false))
                .isTrue();
        assertThat(trainee.isFirstNhsPost()).isFalse();
    }

    @Test
    void traineesAreEqualByGmcNumber() {
        assertThat(trainee("1000001", "Nigeria")).isEqualTo(trainee("1000001", "India"));
        assertThat(trainee("1000001", "Nigeria")).isNotEqualTo(trainee("1000002", "Nigeria"));
    }
}
