package uk.deanery.welfare.trainees.entity;

import static uk.deanery.welfare.shared.Checks.email;
import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.programmes.entity.Site;
import uk.deanery.welfare.shared.BaseEntity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.GmcNumber;

/** A doctor in training, identified by GMC number, with the programmes and placements they hold. */
@Entity
@Table(
        name = "trainee",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_trainee_gmc_number", columnNames = "gmc_number"),
            @UniqueConstraint(name = "uk_trainee_email", columnNames = "email")
        })
@NamedQuery(name = Trainee.FIND_BY_GMC_NUMBER, query = "SELECT t FROM Trainee t WHERE t.gmcNumber.digits = :gmc")
@NamedQuery(name = Trainee.FIND_BY_EMAIL, query = "SELECT t FROM Trainee t WHERE t.email = :email")
@NamedQuery(name = Trainee.COUNT, query = "SELECT COUNT(t) FROM Trainee t")
@NamedQuery(
        name = Trainee.FIND_PEER_SUPPORTERS,
        query = "SELECT t FROM Trainee t WHERE t.peerSupporter = TRUE ORDER BY t.surname, t.forenames")
public class Trainee extends BaseEntity {

    public static final String FIND_BY_GMC_NUMBER = "Trainee.findByGmcNumber";
    public static final String FIND_BY_EMAIL = "Trainee.findByEmail";
    public static final String COUNT = "Trainee.count";
    /** Trainees who are peer supporters, by name. */
    public static final String FIND_PEER_SUPPORTERS = "Trainee.findPeerSupporters";

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int COUNTRY_MAX = 100;

    // Spellings seen in rosters for a UK primary medical qualification; anything else is an IMG.
    private static final Set<String> UK_COUNTRIES =
            Set.of("uk", "united kingdom", "great britain", "england", "scotland", "wales", "northern ireland");

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "digits", column = @Column(name = "gmc_number", nullable = false, length = 7))
    private GmcNumber gmcNumber;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "forenames", nullable = false, length = NAME_MAX)
    private String forenames;

    @NotNull
    @Size(max = NAME_MAX)
    @Column(name = "surname", nullable = false, length = NAME_MAX)
    private String surname;

    @NotNull
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @NotNull
    @Size(max = COUNTRY_MAX)
    @Column(name = "pmq_country", nullable = false, length = COUNTRY_MAX)
    private String pmqCountry;

    @Column(name = "first_nhs_post", nullable = false)
    private boolean firstNhsPost;

    // A senior trainee (often an IMG) who runs peer-led support: they see and manage their own activities.
    @Column(name = "peer_supporter", nullable = false)
    private boolean peerSupporter;

    @OneToMany(mappedBy = "trainee", cascade = CascadeType.PERSIST)
    @OrderBy("period.startDate")
    private List<ProgrammeMembership> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "trainee", cascade = CascadeType.PERSIST)
    @OrderBy("period.startDate")
    private List<Placement> placements = new ArrayList<>();

    protected Trainee() {}

    public Trainee(
            GmcNumber gmcNumber,
            String forenames,
            String surname,
            String email,
            String pmqCountry,
            boolean firstNhsPost) {
        this.gmcNumber = required("gmcNumber", gmcNumber);
        updateDetails(forenames, surname, email, pmqCountry, firstNhsPost);
    }

    /**
     * Replaces the personal details (the GMC number never changes).
     *
     * @return whether anything differed, so an import can tell an update from a repeat
     */
    public boolean updateDetails(
            String forenames, String surname, String email, String pmqCountry, boolean firstNhsPost) {
        String newForenames = requiredText("forenames", forenames, NAME_MAX);
        String newSurname = requiredText("surname", surname, NAME_MAX);
        String newEmail = email("email", email, EMAIL_MAX);
        String newCountry = requiredText("pmqCountry", pmqCountry, COUNTRY_MAX);
        boolean changed = !(newForenames.equals(this.forenames)
                && newSurname.equals(this.surname)
                && newEmail.equals(this.email)
                && newCountry.equals(this.pmqCountry)
                && firstNhsPost == this.firstNhsPost);
        this.forenames = newForenames;
        this.surname = newSurname;
        this.email = newEmail;
        this.pmqCountry = newCountry;
        this.firstNhsPost = firstNhsPost;
        return changed;
    }

    /** The details as they are now, to compare with after a change. */
    public TraineeDetails details() {
        return new TraineeDetails(forenames, surname, email, pmqCountry, firstNhsPost);
    }

    /** Joins a cohort of a programme; a second membership of the same cohort is refused. */
    public ProgrammeMembership enrol(Programme programme, Cohort cohort, String grade, DateRange period) {
        if (membershipOf(programme, cohort).isPresent()) {
            throw new ConflictException("cohort", gmcNumber + " is already enrolled in " + cohort);
        }
        ProgrammeMembership membership = new ProgrammeMembership(this, programme, cohort, grade, period);
        memberships.add(membership);
        return membership;
    }

    public Optional<ProgrammeMembership> membershipOf(Programme programme, Cohort cohort) {
        return memberships.stream()
                .filter(m -> m.getProgramme().equals(programme) && m.getCohort().equals(cohort))
                .findFirst();
    }

    public Placement placeAt(Site site, String grade, DateRange period) {
        Placement placement = new Placement(this, site, grade, period);
        placements.add(placement);
        return placement;
    }

    /** International medical graduate: primary medical qualification from outside the UK. */
    public boolean isImg() {
        return isInternationalQualification(pmqCountry);
    }

    /** Whether a primary medical qualification from this country makes its holder an IMG; reports use it too. */
    public static boolean isInternationalQualification(String pmqCountry) {
        return pmqCountry != null && !UK_COUNTRIES.contains(pmqCountry.strip().toLowerCase(Locale.ROOT));
    }

    public GmcNumber getGmcNumber() {
        return gmcNumber;
    }

    public String getForenames() {
        return forenames;
    }

    public String getSurname() {
        return surname;
    }

    public String getFullName() {
        return forenames + " " + surname;
    }

    public String getEmail() {
        return email;
    }

    public String getPmqCountry() {
        return pmqCountry;
    }

    public boolean isFirstNhsPost() {
        return firstNhsPost;
    }

    public boolean isPeerSupporter() {
        return peerSupporter;
    }

    /**
     * Makes the trainee a peer supporter, or no longer one.
     *
     * @return whether that changed anything
     */
    public boolean markPeerSupporter(boolean supporter) {
        boolean changed = peerSupporter != supporter;
        peerSupporter = supporter;
        return changed;
    }

    public List<ProgrammeMembership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    public List<Placement> getPlacements() {
        return Collections.unmodifiableList(placements);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Trainee that && Objects.equals(gmcNumber, that.gmcNumber));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(gmcNumber);
    }

    @Override
    public String toString() {
        return getFullName() + " (GMC " + gmcNumber + ")";
    }
}
