package uk.deanery.welfare.web.programmes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import uk.deanery.welfare.roster.boundary.RosterImport;
import uk.deanery.welfare.roster.entity.RosterImportReport;
import uk.deanery.welfare.shared.ImportCharset;

/**
 * Backs the roster upload on {@code admin/programmes.xhtml}: a TIS-like roster CSV is imported whole or not at all,
 * and every problem is listed with its row and column.
 */
@Named
@ViewScoped
public class RosterUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A roster of a whole deanery (some thousands of trainees) is well under 5 MB. */
    public static final long FILE_MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    RosterImport rosters;

    @Inject
    ProgrammesBacking overview;

    @Inject
    ProgrammeSetupBacking setup;

    private byte[] file;
    private String fileName;
    private String charset = ImportCharset.UTF_8.parameter();
    private RosterImportReport report;

    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        file = uploaded.getContent();
        fileName = uploaded.getFileName();
        report = null;
    }

    public void importRoster() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (file == null) {
            context.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a roster CSV file first.", null));
            context.validationFailed();
            return;
        }
        report = rosters.importRoster(
                new ByteArrayInputStream(file), ImportCharset.named(charset).orElse(ImportCharset.UTF_8));
        if (report.problems().isEmpty()) {
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Roster imported: " + report.created() + " created, " + report.updated() + " updated, "
                                    + report.unchanged() + " unchanged.",
                            null));
            file = null;
            fileName = null;
            overview.reload();
            setup.reload();
        } else {
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Nothing was imported: the file has "
                                    + report.problems().size()
                                    + (report.problems().size() == 1 ? " problem" : " problems")
                                    + ", listed below. Correct them and import the file again.",
                            null));
            context.validationFailed();
        }
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

    public RosterImportReport getReport() {
        return report;
    }
}
