package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.surveys.SurveyFixtures.everyItemType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;

class InstrumentTest {

    private static void refusedBecausePublished(Executable change) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getField()).isEqualTo("status");
            assertThat(e.getReason())
                    .contains("is published and can no longer change")
                    .contains("new draft version");
        });
    }

    @Test
    void aNewInstrumentIsDraftVersionOneWithAnUpperCaseCode() {
        Instrument instrument = new Instrument(" img-induction ", "IMG induction");

        assertThat(instrument.getCode()).isEqualTo("IMG-INDUCTION");
        assertThat(instrument.getInstrumentVersion()).isEqualTo(1);
        assertThat(instrument.getStatus()).isEqualTo(InstrumentStatus.DRAFT);
    }

    @Test
    void refusesACodeWithSpacesAndAVersionOutOfRange() {
        assertThatThrownBy(() -> new Instrument("IMG INDUCTION", "t"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("code"));
        assertThatThrownBy(() -> new Instrument("IMG", "t", 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("version"));
    }

    @Test
    void aPublishedInstrumentRefusesEveryChange() {
        Instrument instrument = everyItemType();
        instrument.publish();
        Section section = instrument.getSections().get(0);
        Item item = instrument.item("ANXIETY").orElseThrow();

        refusedBecausePublished(() -> instrument.retitle("New title"));
        refusedBecausePublished(() -> instrument.introduce("New introduction"));
        refusedBecausePublished(() -> instrument.addSection("Another"));
        refusedBecausePublished(() -> instrument.removeSection("Starting"));
        refusedBecausePublished(() -> instrument.removeItem("HOURS"));
        refusedBecausePublished(() -> section.add(Item.yesNo("NEW", "New?")));
        refusedBecausePublished(() -> item.withHelpText("help"));
        refusedBecausePublished(() -> item.answerRequired(false));
        refusedBecausePublished(() -> item.flag(AnswerPredicate.equalTo("5"), "WORKLOAD"));
        refusedBecausePublished(() -> item.showOnlyIf(null));
        refusedBecausePublished(instrument::publish);
        assertThat(instrument.items()).hasSize(6);
        assertThat(item.getFlagRules()).hasSize(1);
    }

    @Test
    void publishingNeedsItemsInEverySection() {
        Instrument empty = new Instrument("EMPTY", "Empty");
        assertThatThrownBy(empty::publish)
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("at least one item");

        Instrument withEmptySection = everyItemType();
        withEmptySection.addSection("Nothing here yet");
        assertThatThrownBy(withEmptySection::publish)
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("'Nothing here yet' has no items");
        assertThat(withEmptySection.isDraft()).isTrue();
    }

    @Test
    void newDraftVersionCopiesEverythingIntoTheNextVersionAndLeavesThePublishedOneAlone() {
        Instrument published = everyItemType();
        published.publish();

        Instrument draft = published.newDraftVersion();

        assertThat(draft.getCode()).isEqualTo("TEST-ALL");
        assertThat(draft.getInstrumentVersion()).isEqualTo(2);
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.sameContentAs(published)).isTrue();
        assertThat(draft).isNotEqualTo(published);
        assertThat(draft.items())
                .allSatisfy(item -> assertThat(item.getInstrument()).isSameAs(draft));

        draft.retitle("Every item type, revised");
        draft.item("HOURS").orElseThrow().withHelpText("Count locum shifts too.");
        draft.getSections().get(1).add(Item.yesNo("NEW_QUESTION", "New?"));

        assertThat(published.getTitle()).isEqualTo("Every item type");
        assertThat(published.item("HOURS").orElseThrow().getHelpText()).contains("Include on-call hours.");
        assertThat(published.item("NEW_QUESTION")).isEmpty();
        assertThat(draft.sameContentAs(published)).isFalse();
    }

    @Test
    void aDraftIsEditedDirectlyNotCopied() {
        assertThatThrownBy(() -> everyItemType().newDraftVersion())
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getReason()).contains("still a draft"));
    }

    @Test
    void onlyAPublishedInstrumentCanBeRetiredAndARetiredOneCanStillBeCopied() {
        Instrument instrument = everyItemType();
        assertThatThrownBy(instrument::retire).isInstanceOf(ConflictException.class);

        instrument.publish();
        instrument.retire();

        assertThat(instrument.getStatus()).isEqualTo(InstrumentStatus.RETIRED);
        assertThat(instrument.newDraftVersion().getInstrumentVersion()).isEqualTo(2);
        refusedBecausePublishedOrRetired(instrument);
    }

    private static void refusedBecausePublishedOrRetired(Instrument instrument) {
        assertThatThrownBy(() -> instrument.retitle("x"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getReason()).contains("is retired"));
    }

    @Test
    void itemCodesAreUniqueAcrossTheWholeInstrumentIgnoringCase() {
        Instrument instrument = everyItemType();
        Section second = instrument.getSections().get(1);

        assertThatThrownBy(() -> second.add(Item.yesNo("anxiety", "Again?")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("code");
                    assertThat(e.getReason()).isEqualTo("the instrument already has an item ANXIETY");
                });
    }

    @Test
    void sectionTitlesAreUniqueIgnoringCase() {
        Instrument instrument = everyItemType();

        assertThatThrownBy(() -> instrument.addSection("starting"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("title"));
    }

    @Test
    void aConditionCanOnlyLookAtAnEarlierItem() {
        Instrument instrument = everyItemType();
        Section first = instrument.getSections().get(0);

        assertThatThrownBy(() -> first.add(Item.yesNo("EARLY", "Early?")
                        .showOnlyIf(Condition.when("SUPERVISOR", AnswerPredicate.equalTo("yes")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("showIf.item");
                    assertThat(e.getReason())
                            .isEqualTo("SUPERVISOR comes after EARLY; a condition can only look at an earlier item");
                });
        assertThatThrownBy(() -> first.add(Item.yesNo("GHOST", "Ghost?")
                        .showOnlyIf(Condition.when("NOWHERE", AnswerPredicate.equalTo("yes")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getReason())
                        .isEqualTo("the instrument has no item NOWHERE before GHOST"));
        assertThatThrownBy(() -> instrument
                        .item("PROGRAMME")
                        .orElseThrow()
                        .showOnlyIf(Condition.when("ANXIETY", AnswerPredicate.atLeast(3))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getReason())
                        .contains("ANXIETY comes after PROGRAMME"));
        assertThat(instrument.item("EARLY")).isEmpty();
    }

    @Test
    void aConditionMustTestAnswersTheEarlierItemCanHave() {
        Section second = everyItemType().getSections().get(1);

        assertThatThrownBy(() -> second.add(Item.yesNo("MAYBE", "?")
                        .showOnlyIf(Condition.when("SUPERVISOR", AnswerPredicate.equalTo("maybe")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("showIf");
                    assertThat(e.getReason())
                            .isEqualTo("'maybe' can never be an answer to SUPERVISOR: must be yes or no");
                });
        assertThatThrownBy(() -> second.add(
                        Item.yesNo("MORE", "?").showOnlyIf(Condition.when("PROGRAMME", AnswerPredicate.atLeast(2)))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getReason())
                        .isEqualTo("AT_LEAST needs a LIKERT_5 or NUMBER item, PROGRAMME is SINGLE_CHOICE"));
        assertThatThrownBy(() -> second.add(Item.yesNo("TEXTUAL", "?")
                        .showOnlyIf(Condition.when("SUPERVISOR_DETAIL", AnswerPredicate.equalTo("x")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getReason())
                        .contains("FREE_TEXT answer (SUPERVISOR_DETAIL) cannot be tested"));
    }

    @Test
    void anItemAnotherItemDependsOnCannotBeRemoved() {
        Instrument instrument = everyItemType();

        assertThatThrownBy(() -> instrument.removeItem("SUPERVISOR"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getReason())
                        .isEqualTo(
                                "the condition of SUPERVISOR_DETAIL looks at SUPERVISOR; change that condition first"));

        instrument.removeItem("supervisor_detail");
        instrument.removeItem("SUPERVISOR");
        assertThat(instrument.items())
                .extracting(Item::getCode)
                .containsExactly("PROGRAMME", "ANXIETY", "HOURS", "TOPICS");
    }

    @Test
    void itemsComeInSectionOrderThenItemOrder() {
        assertThat(everyItemType().items())
                .extracting(Item::getCode)
                .isEqualTo(List.of("PROGRAMME", "ANXIETY", "HOURS", "SUPERVISOR", "SUPERVISOR_DETAIL", "TOPICS"));
    }

    @Test
    void equalityIsCodeAndVersion() {
        assertThat(new Instrument("A", "One")).isEqualTo(new Instrument("a", "Two"));
        assertThat(new Instrument("A", "One")).isNotEqualTo(new Instrument("A", "One", 2));
    }

    @Test
    void aDraftTakesOverTheContentOfAnEditedCopyButKeepsItsCodeAndVersion() {
        Instrument draft = new Instrument("TEST-ALL", "Old title");
        draft.addSection("Old section").add(Item.yesNo("OLD", "Old?"));
        Instrument edited = everyItemType();

        draft.removeAllSections();
        draft.takeContentOf(edited);

        assertThat(draft.sameContentAs(edited)).isTrue();
        assertThat(draft.item("OLD")).isEmpty();
        assertThat(draft.getCode()).isEqualTo("TEST-ALL");
        assertThat(draft.isDraft()).isTrue();
        assertThat(edited.items())
                .allSatisfy(item -> assertThat(item.getInstrument()).isSameAs(edited));
    }

    @Test
    void takingOverContentNeedsTheOldSectionsRemovedAndADraft() {
        Instrument draft = new Instrument("TEST-ALL", "Old title");
        draft.addSection("Old section");

        assertThatThrownBy(() -> draft.takeContentOf(everyItemType()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getField()).isEqualTo("sections"));

        Instrument published = everyItemType();
        published.publish();
        refusedBecausePublished(published::removeAllSections);
        refusedBecausePublished(() -> published.takeContentOf(everyItemType()));
        assertThat(published.items()).hasSize(6);
    }
}
