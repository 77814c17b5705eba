package uk.deanery.welfare.web.interventions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition.CohortRef;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.entity.Trainee;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code activities/index.xhtml}: the activities the caller manages (every one for an admin, their own for a
 * peer supporter), a form for a new one, and, for admins, who is a peer supporter.
 */
@Named
@ViewScoped
public class ActivitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportActivities activities;

    @Inject
    AccessPolicy access;

    private boolean admin;
    private List<SupportActivity> manageable = List.of();
    private List<CohortRef> cohortChoices = List.of();
    private List<Trainee> peerSupporters = List.of();

    private ActivityKind kind;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String link;
    private Integer capacity;
    private List<CohortRef> cohorts = new ArrayList<>();
    private List<String> supporters = new ArrayList<>();

    private String supporterGmc;

    /** The view action: the page, or the forbidden page for a trainee who is not a peer supporter. */
    public void load() {
        admin = access.callerIsDeanery();
        if (!admin && !activities.callerIsPeerSupporter()) {
            Pages.sendError(403);
            return;
        }
        cohortChoices = activities.cohortChoices();
        refresh();
    }

    private void refresh() {
        manageable = activities.manageable();
        if (admin) {
            peerSupporters = activities.peerSupporters();
        }
    }

    public void create() {
        try {
            SupportActivity created = activities.create(new ActivityDefinition(
                    kind,
                    title,
                    description,
                    instant(startsAt),
                    instant(endsAt),
                    place,
                    link,
                    capacity,
                    cohorts,
                    supporters));
            Messages.info("\"" + created.getTitle() + "\" is recorded.");
            kind = null;
            title = null;
            description = null;
            startsAt = null;
            endsAt = null;
            place = null;
            link = null;
            capacity = null;
            cohorts = new ArrayList<>();
            supporters = new ArrayList<>();
            refresh();
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "create");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidValueException | ConflictException | NotFoundException refused) {
            Messages.refused(refused.getMessage());
        }
    }

    /** Admins: makes the trainee with the GMC number typed a peer supporter. */
    public void markPeerSupporter() {
        changePeerSupporter(supporterGmc, true);
    }

    public void unmarkPeerSupporter(String gmcNumber) {
        changePeerSupporter(gmcNumber, false);
    }

    private void changePeerSupporter(String gmcNumber, boolean supporter) {
        if (gmcNumber == null || gmcNumber.isBlank()) {
            Messages.refused("GMC number is required: the trainee's 7-digit GMC number.");
            return;
        }
        try {
            activities.markPeerSupporter(gmcNumber.strip(), supporter);
            Messages.info(supporter ? "Marked as a peer supporter." : "No longer a peer supporter.");
            supporterGmc = null;
            refresh();
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "supporters");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidValueException | ConflictException | NotFoundException refused) {
            Messages.refused(refused.getMessage());
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(DeaneryClock.ZONE).toInstant();
    }

    /** "YH-IMT 2026, YH-IMT 2025". */
    public String cohortsOf(SupportActivity activity) {
        return String.join(
                ", ",
                activity.getCohorts().stream()
                        .map(SupportActivities::cohortName)
                        .sorted()
                        .toList());
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<SupportActivity> getActivities() {
        return manageable;
    }

    public List<CohortRef> getCohortChoices() {
        return cohortChoices;
    }

    public List<Trainee> getPeerSupporters() {
        return peerSupporters;
    }

    public List<ActivityKind> getKinds() {
        return List.of(ActivityKind.values());
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<CohortRef> getCohorts() {
        return cohorts;
    }

    public void setCohorts(List<CohortRef> cohorts) {
        this.cohorts = cohorts;
    }

    public List<String> getSupporters() {
        return supporters;
    }

    public void setSupporters(List<String> supporters) {
        this.supporters = supporters;
    }

    public String getSupporterGmc() {
        return supporterGmc;
    }

    public void setSupporterGmc(String supporterGmc) {
        this.supporterGmc = supporterGmc;
    }
}
