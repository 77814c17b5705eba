package uk.deanery.welfare.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.control.InstrumentForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.FlagForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.ItemForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.SectionForm;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.control.InstrumentProblem;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * Editing a draft instrument in the database: the whole content replaced in one transaction, checked like an import,
 * refused for a published version and for an editor who started from a version someone else has since saved.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class InstrumentEditorIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(InstrumentEditorIT.class);
    }

    @Inject
    InstrumentService instruments;

    @Inject
    AuditLog audit;

    private Instrument load(String code) {
        return instruments.find(code, 1).orElseThrow();
    }

    private InstrumentJson.Result save(InstrumentForm form) {
        return instruments.editDraft(
                form.getCode(),
                form.getVersion(),
                form.getLockVersion(),
                form.toJson().toString());
    }

    /** A new draft, edited to hold one section with a yes/no item that raises a flag and a number item. */
    private String draftWithTwoItems() {
        String code = instruments
                .createDraft(TestData.uniqueCode("EDIT-"), "Pulse check")
                .getCode();
        InstrumentForm form = InstrumentForm.of(load(code));
        SectionForm section = form.addSection();
        section.setTitle("Now");
        ItemForm supported = section.addItem();
        supported.setCode("SUPPORTED");
        supported.setText("Do you feel supported?");
        supported.setRequired(true);
        FlagForm flag = supported.addFlag();
        flag.setValues("no");
        flag.setCategory("WELLBEING_BURNOUT");
        ItemForm hours = section.addItem();
        hours.setCode("HOURS");
        hours.setText("Hours worked last week");
        hours.setType(ItemType.NUMBER);
        hours.setMin("0");
        hours.setMax("100");
        assertThat(save(form).problems()).isEmpty();
        return code;
    }

    @Test
    void editingADraftStoresTheNewContentAndIsAudited() {
        String code = draftWithTwoItems();

        Instrument stored = load(code);
        assertThat(stored.getTitle()).isEqualTo("Pulse check");
        assertThat(stored.items()).extracting(Item::getCode).containsExactly("SUPPORTED", "HOURS");
        assertThat(stored.item("SUPPORTED").orElseThrow().getFlagRules())
                .singleElement()
                .hasToString("is no -> WELLBEING_BURNOUT");
        assertThat(stored.item("HOURS").orElseThrow().getMax())
                .hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("100"));

        // Again with the same section title and item codes: the old rows must make way for the new ones.
        InstrumentForm form = InstrumentForm.of(stored);
        form.setTitle("Pulse check, revised");
        SectionForm section = form.getSections().get(0);
        ItemForm hours = section.getItems().get(1);
        hours.setText("Hours worked in the last seven days");
        section.moveUp(hours);

        InstrumentJson.Result result = save(form);

        assertThat(result.problems()).isEmpty();
        Instrument revised = load(code);
        assertThat(revised.getTitle()).isEqualTo("Pulse check, revised");
        assertThat(revised.items()).extracting(Item::getCode).containsExactly("HOURS", "SUPPORTED");
        assertThat(revised.item("HOURS").orElseThrow().getText()).isEqualTo("Hours worked in the last seven days");
        assertThat(revised.getVersion()).isGreaterThan(stored.getVersion());
        assertThat(audit.entriesFor(InstrumentService.SUBJECT_INSTRUMENT, code + " v1"))
                .extracting(AuditEntry::getAction)
                .containsOnly(InstrumentService.ACTION_CREATE, InstrumentService.ACTION_EDIT)
                .filteredOn(InstrumentService.ACTION_EDIT::equals)
                .hasSize(2);
    }

    @Test
    void aBadEditReportsEveryProblemAndStoresNothing() {
        String code = draftWithTwoItems();
        Instrument before = load(code);
        InstrumentForm form = InstrumentForm.of(before);
        form.setTitle("");
        form.getSections().get(0).getItems().get(0).getFlags().get(0).setValues("maybe");
        ItemForm hours = form.getSections().get(0).getItems().get(1);
        hours.setText(" ");
        hours.setMin("lots");
        form.addSection().setTitle("Empty");

        InstrumentJson.Result result = save(form);

        assertThat(result.instrument()).isEmpty();
        assertThat(result.problems())
                .extracting(InstrumentProblem::path)
                .containsExactlyInAnyOrder(
                        "$.title",
                        "$.sections[0].items[0].flags[0].when",
                        "$.sections[0].items[1].text",
                        "$.sections[0].items[1].min",
                        "$.sections[1].items");
        Instrument after = load(code);
        assertThat(after.sameContentAs(before)).isTrue();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void aPublishedInstrumentRefusesEdits() {
        String code = draftWithTwoItems();
        instruments.publish(code, 1);
        Instrument published = load(code);
        InstrumentForm form = InstrumentForm.of(published);
        form.setTitle("Changed after publishing");

        assertThatThrownBy(() -> save(form)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getField()).isEqualTo("status");
            assertThat(e.getReason())
                    .contains("is published and can no longer change")
                    .contains("new draft version");
        });
        assertThat(load(code).getTitle()).isEqualTo("Pulse check");
    }

    @Test
    void anEditStartedFromAVersionSomeoneElseHasSavedSinceIsRefused() {
        String code = draftWithTwoItems();
        Instrument opened = load(code);
        InstrumentForm first = InstrumentForm.of(opened);
        InstrumentForm second = InstrumentForm.of(opened);
        first.setTitle("First editor's title");
        second.setTitle("Second editor's title");

        assertThat(save(first).problems()).isEmpty();

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getField()).isEqualTo("version");
            assertThat(e.getReason()).contains("someone else saved");
        });
        assertThat(load(code).getTitle()).isEqualTo("First editor's title");
    }
}
