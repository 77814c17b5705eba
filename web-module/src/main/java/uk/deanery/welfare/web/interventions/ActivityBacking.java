package uk.deanery.welfare.web.interventions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.interventions.boundary.ActivityDetails;
import uk.deanery.welfare.interventions.boundary.ActivitySheet;
import uk.deanery.welfare.interventions.boundary.AttendanceImport;
import uk.deanery.welfare.interventions.boundary.AttendanceLine;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.AttendanceImportReport;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code activities/activity.xhtml}: one activity, for an admin or a peer supporter who runs it, with its tick
 * list (or, for a group, members and their days), its details to edit, the attendance CSV import and, for admins,
 * adding a trainee.
 */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An attendance file lists at most a few hundred trainees. */
    public static final long FILE_MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    SupportActivities activities;

    @Inject
    AttendanceImport attendanceImport;

    @Inject
    AccessPolicy access;

    private String reference;
    private SupportActivity activity;
    private List<AttendanceLine> sheet = List.of();
    private final Map<String, LocalDate> joinedOn = new HashMap<>();
    private final Map<String, LocalDate> leftOn = new HashMap<>();
    private String addGmc;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String link;
    private Integer capacity;
    private byte[] file;
    private String fileName;
    private String charset = ImportCharset.UTF_8.parameter();
    private AttendanceImportReport report;

    /** The view action: the activity named by {@code ref}, or the not-found or forbidden page. */
    public void load() {
        if (reference == null || reference.isBlank()) {
            Pages.sendError(404);
            return;
        }
        try {
            refresh();
        } catch (NotFoundException | ConstraintViolationException missing) {
            Pages.sendError(404);
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        }
    }

    private void refresh() {
        ActivitySheet loaded = activities.attendanceSheet(reference);
        activity = loaded.activity();
        sheet = loaded.lines();
        title = activity.getTitle();
        description = activity.getDescription().orElse(null);
        startsAt = LocalDateTime.ofInstant(activity.getStartsAt(), DeaneryClock.ZONE);
        endsAt = LocalDateTime.ofInstant(activity.getEndsAt(), DeaneryClock.ZONE);
        place = activity.getPlace().orElse(null);
        link = activity.getLink().orElse(null);
        capacity = activity.getCapacity().orElse(null);
        for (AttendanceLine line : sheet) {
            joinedOn.put(line.gmcNumber(), line.joinedOn());
            leftOn.put(line.gmcNumber(), line.leftOn());
        }
    }

    /** Saves the details as edited; nothing changes when one is refused, and the form keeps what was typed. */
    public void change() {
        try {
            activities.change(
                    reference,
                    new ActivityDetails(
                            title,
                            description,
                            startsAt == null
                                    ? null
                                    : startsAt.atZone(DeaneryClock.ZONE).toInstant(),
                            endsAt == null
                                    ? null
                                    : endsAt.atZone(DeaneryClock.ZONE).toInstant(),
                            place,
                            link,
                            capacity));
            Messages.info("The activity's details are saved.");
            refresh();
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "details");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidValueException | ConflictException | NotFoundException refused) {
            Messages.refused(refused.getMessage());
        }
    }

    public void attended(String gmcNumber) {
        record(gmcNumber, true);
    }

    public void absent(String gmcNumber) {
        record(gmcNumber, false);
    }

    private void record(String gmcNumber, boolean attended) {
        act(() -> activities.recordAttendance(reference, gmcNumber, attended), "Attendance recorded.");
    }

    /** For a group or scheme: the days the trainee joined and left, as picked on their row. */
    public void saveMembership(String gmcNumber) {
        LocalDate joined = joinedOn.get(gmcNumber);
        if (joined == null) {
            Messages.refused("Joined on is required: choose the day they joined.");
            return;
        }
        act(
                () -> activities.recordMembership(reference, gmcNumber, joined, leftOn.get(gmcNumber)),
                "Membership recorded.");
    }

    /** Admins: gives a place to a trainee, in the activity's cohorts or not. */
    public void addTrainee() {
        if (addGmc == null || addGmc.isBlank()) {
            Messages.refused("GMC number is required: the trainee's 7-digit GMC number.");
            return;
        }
        act(() -> activities.addTrainee(reference, addGmc.strip()), "The trainee has a place.");
        addGmc = null;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            refresh();
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "sheet");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidValueException | ConflictException | NotFoundException refused) {
            Messages.refused(refused.getMessage());
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        file = uploaded.getContent();
        fileName = uploaded.getFileName();
        report = null;
    }

    public void importAttendance() {
        if (file == null) {
            Messages.refused("Choose an attendance CSV file first.");
            return;
        }
        report = attendanceImport.importAttendance(
                reference,
                new ByteArrayInputStream(file),
                ImportCharset.named(charset).orElse(ImportCharset.UTF_8));
        if (report.isAccepted()) {
            Messages.info("Attendance imported: " + report.recorded() + " recorded, " + report.changed() + " changed, "
                    + report.unchanged() + " unchanged.");
            file = null;
            fileName = null;
            refresh();
        } else {
            Messages.refused(
                    "Nothing was imported: the file has " + report.problems().size()
                            + (report.problems().size() == 1 ? " problem" : " problems")
                            + ", listed below. Correct them and import the file again.");
        }
    }

    public boolean isAdmin() {
        return access.callerIsDeanery();
    }

    public String getRef() {
        return reference;
    }

    public void setRef(String ref) {
        this.reference = ref;
    }

    public SupportActivity getActivity() {
        return activity;
    }

    public String getCohorts() {
        return activity == null
                ? ""
                : String.join(
                        ", ",
                        activity.getCohorts().stream()
                                .map(SupportActivities::cohortName)
                                .sorted()
                                .toList());
    }

    public List<AttendanceLine> getSheet() {
        return sheet;
    }

    public Map<String, LocalDate> getJoinedOn() {
        return joinedOn;
    }

    public Map<String, LocalDate> getLeftOn() {
        return leftOn;
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

    public String getAddGmc() {
        return addGmc;
    }

    public void setAddGmc(String addGmc) {
        this.addGmc = addGmc;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileMaxBytes() {
        return FILE_MAX_BYTES;
    }

    /** The encoding the file is read in: utf-8 or windows-1252. */
    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    public AttendanceImportReport getReport() {
        return report;
    }
}
