package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.control.InstrumentProblem;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.InstrumentStatus;

/**
 * Managing instruments (admins only: create, edit, import, export, publish, retire, new draft versions) and reading
 * published ones (any role). Every change is audited by instrument code and version, never by content.
 */
@ApplicationScoped
@Transactional
public class InstrumentService {

    public static final String SUBJECT_INSTRUMENT = "Instrument";
    public static final String ACTION_IMPORT = "IMPORT_INSTRUMENT";
    public static final String ACTION_EXPORT = "EXPORT_INSTRUMENT";
    public static final String ACTION_PUBLISH = "PUBLISH_INSTRUMENT";
    public static final String ACTION_RETIRE = "RETIRE_INSTRUMENT";
    public static final String ACTION_NEW_VERSION = "NEW_INSTRUMENT_VERSION";
    public static final String ACTION_CREATE = "CREATE_INSTRUMENT";
    public static final String ACTION_EDIT = "EDIT_INSTRUMENT";
    public static final String ACTION_MANAGE = "MANAGE_INSTRUMENTS";
    public static final String ACTION_READ = "READ_INSTRUMENT";
    /** Large enough for any instrument the format allows in practice, small enough to refuse a stray upload. */
    public static final int JSON_MAX = 2_000_000;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    InstrumentJson json = new InstrumentJson();

    /**
     * Reads an instrument file and stores it as a draft, or stores nothing and reports every problem. A code and
     * version that already exist are a problem too.
     */
    public InstrumentJson.Result importJson(
            @NotBlank(message = "is required") @Size(max = JSON_MAX, message = "must be at most {max} characters")
                    String instrumentJson) {
        access.requireRole(ACTION_IMPORT, Role.ADMIN);
        InstrumentJson.Result result = json.read(instrumentJson, categoryCodes());
        if (result.hasProblems()) {
            return result;
        }
        Instrument instrument = result.instrument().orElseThrow();
        if (find(instrument.getCode(), instrument.getInstrumentVersion()).isPresent()) {
            return new InstrumentJson.Result(
                    Optional.empty(),
                    List.of(new InstrumentProblem(
                            "$.version",
                            instrument + " already exists; import it under a new version or edit the existing draft")));
        }
        em.persist(instrument);
        audited(ACTION_IMPORT, instrument);
        return result;
    }

    /** Starts a new instrument as an empty draft, version 1; the code must be new. */
    public Instrument createDraft(
            @NotBlank(message = "is required")
                    @Size(max = Instrument.CODE_MAX, message = "must be at most {max} characters")
                    String code,
            @NotBlank(message = "is required")
                    @Size(max = Instrument.TITLE_MAX, message = "must be at most {max} characters")
                    String title) {
        access.requireRole(ACTION_CREATE, Role.ADMIN);
        Instrument draft = new Instrument(code, title);
        if (exists(draft.getCode())) {
            throw new ConflictException(
                    "code", "an instrument " + draft.getCode() + " already exists; start a new draft version of it");
        }
        em.persist(draft);
        return audited(ACTION_CREATE, draft);
    }

    /**
     * Replaces the title, introduction, sections and items of a draft with those of an instrument document (the JSON
     * format of {@link InstrumentJson}, whose {@code code} and {@code version} must be the draft's), checked by the
     * same rules as an import. Stores nothing and reports every problem if there is any.
     *
     * @param lockVersion the draft's {@link Instrument#getVersion() lock version} when the editor read it; if someone
     *     has saved the draft since, the edit is refused instead of overwriting theirs
     * @return the edited draft, or every problem
     * @throws ConflictException if the instrument is not a draft, or was changed since {@code lockVersion}
     */
    public InstrumentJson.Result editDraft(
            @NotBlank(message = "is required") String code,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int version,
            long lockVersion,
            @NotBlank(message = "is required") @Size(max = JSON_MAX, message = "must be at most {max} characters")
                    String instrumentJson) {
        access.requireRole(ACTION_EDIT, Role.ADMIN);
        Instrument draft = require(code, version);
        draft.requireDraft();
        if (draft.getVersion() != lockVersion) {
            throw staleEdit(draft);
        }
        InstrumentJson.Result result = json.read(instrumentJson, categoryCodes());
        if (result.hasProblems()) {
            return result;
        }
        Instrument edited = result.instrument().orElseThrow();
        List<InstrumentProblem> wrongDraft = new ArrayList<>();
        if (!edited.getCode().equals(draft.getCode())) {
            wrongDraft.add(new InstrumentProblem("$.code", "must be " + draft.getCode() + ", the draft being edited"));
        }
        if (edited.getInstrumentVersion() != draft.getInstrumentVersion()) {
            wrongDraft.add(new InstrumentProblem(
                    "$.version", "must be " + draft.getInstrumentVersion() + ", the draft being edited"));
        }
        if (!wrongDraft.isEmpty()) {
            return new InstrumentJson.Result(Optional.empty(), wrongDraft);
        }
        // Sections and items are children: changing only them would not move the draft's own lock version.
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            draft.removeAllSections();
            // The old rows go first: EclipseLink deletes after it inserts, and titles and codes are unique keys.
            em.flush();
            draft.takeContentOf(edited);
            em.flush();
        } catch (OptimisticLockException concurrent) {
            ConflictException conflict = staleEdit(draft);
            conflict.initCause(concurrent);
            throw conflict;
        }
        audited(ACTION_EDIT, draft);
        return new InstrumentJson.Result(Optional.of(draft), List.of());
    }

    public String exportJson(
            @NotBlank(message = "is required") String code,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int version) {
        access.requireRole(ACTION_EXPORT, Role.ADMIN);
        Instrument instrument = require(code, version);
        audited(ACTION_EXPORT, instrument);
        return json.write(instrument);
    }

    public Instrument publish(
            @NotBlank(message = "is required") String code,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int version) {
        access.requireRole(ACTION_PUBLISH, Role.ADMIN);
        Instrument instrument = require(code, version);
        instrument.publish();
        return audited(ACTION_PUBLISH, instrument);
    }

    public Instrument retire(
            @NotBlank(message = "is required") String code,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int version) {
        access.requireRole(ACTION_RETIRE, Role.ADMIN);
        Instrument instrument = require(code, version);
        instrument.retire();
        return audited(ACTION_RETIRE, instrument);
    }

    /** Copies the newest version of the instrument into a new draft; refused while the newest is itself a draft. */
    public Instrument newDraftVersion(@NotBlank(message = "is required") String code) {
        access.requireRole(ACTION_NEW_VERSION, Role.ADMIN);
        Instrument latest = em.createNamedQuery(Instrument.FIND_BY_CODE, Instrument.class)
                .setParameter("code", upper(code))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("instrument", code));
        Instrument draft = latest.newDraftVersion();
        em.persist(draft);
        return audited(ACTION_NEW_VERSION, draft);
    }

    /** The newest published version of the instrument, for anyone signed in. */
    public Optional<Instrument> findPublished(@NotBlank(message = "is required") String code) {
        access.requireRole(ACTION_READ, Role.values());
        return em.createNamedQuery(Instrument.FIND_BY_CODE_AND_STATUS, Instrument.class)
                .setParameter("code", upper(code))
                .setParameter("status", InstrumentStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every published instrument, newest version first within a code, for anyone signed in. */
    public List<Instrument> listPublished() {
        access.requireRole(ACTION_READ, Role.values());
        return em.createNamedQuery(Instrument.FIND_BY_STATUS, Instrument.class)
                .setParameter("status", InstrumentStatus.PUBLISHED)
                .getResultList();
    }

    /** Every instrument in every status, for admins. */
    public List<Instrument> list() {
        access.requireRole(ACTION_MANAGE, Role.ADMIN);
        return em.createNamedQuery(Instrument.FIND_ALL, Instrument.class).getResultList();
    }

    /** One version in any status, drafts included, for admins. */
    public Optional<Instrument> find(
            @NotBlank(message = "is required") String code,
            @Min(value = 1, message = "must be at least 1") @Max(value = 9999, message = "must be at most 9999")
                    int version) {
        access.requireRole(ACTION_MANAGE, Role.ADMIN);
        return em.createNamedQuery(Instrument.FIND_BY_CODE_AND_VERSION, Instrument.class)
                .setParameter("code", upper(code))
                .setParameter("instrumentVersion", version)
                .getResultStream()
                .findFirst();
    }

    /** Whether any version of the instrument exists, in any status. */
    public boolean exists(@NotBlank(message = "is required") String code) {
        access.requireRole(ACTION_MANAGE, Role.ADMIN);
        return em.createNamedQuery(Instrument.COUNT_BY_CODE, Long.class)
                        .setParameter("code", upper(code))
                        .getSingleResult()
                > 0;
    }

    private Instrument require(String code, int version) {
        return find(code, version).orElseThrow(() -> new NotFoundException("instrument", code + " v" + version));
    }

    private static ConflictException staleEdit(Instrument draft) {
        return new ConflictException(
                "version",
                "someone else saved " + draft
                        + " since you opened it; reload it to see their changes, then edit again");
    }

    private Set<String> categoryCodes() {
        return new HashSet<>(em.createQuery("SELECT c.code FROM ConcernCategory c", String.class)
                .getResultList());
    }

    private Instrument audited(String action, Instrument instrument) {
        audit.record(action, SUBJECT_INSTRUMENT, instrument.toString(), AuditOutcome.ALLOWED);
        return instrument;
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
