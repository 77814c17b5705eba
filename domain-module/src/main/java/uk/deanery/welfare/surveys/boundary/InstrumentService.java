package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.control.InstrumentProblem;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.InstrumentStatus;

/**
 * Managing instruments (admins only: import, export, publish, retire, new draft versions) and reading published
 * ones (any role). Every change is audited by instrument code and version.
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
