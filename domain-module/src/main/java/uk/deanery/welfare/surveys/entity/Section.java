package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.deanery.welfare.shared.BaseEntity;

/**
 * A titled group of items, shown as one step of the questionnaire. Titles are unique within an instrument, which
 * makes them the section's business key.
 */
@Entity
@Table(
        name = "instrument_section",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_section_instrument_title",
                        columnNames = {"instrument_id", "title"}))
public class Section extends BaseEntity {

    public static final int TITLE_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, foreignKey = @ForeignKey(name = "fk_section_instrument"))
    private Instrument instrument;

    @NotNull
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Item> items = new ArrayList<>();

    protected Section() {}

    Section(Instrument instrument, String title, int sortOrder) {
        this.instrument = required("instrument", instrument);
        this.title = requiredText("title", title, TITLE_MAX);
        this.sortOrder = sortOrder;
    }

    /**
     * Appends an item; its code must be new to the instrument and its condition must look at an earlier item.
     *
     * @return the item, now part of the instrument
     */
    public Item add(Item item) {
        instrument.requireDraft();
        required("item", item);
        instrument.checkNewItem(this, item);
        item.attachTo(this, items.isEmpty() ? 0 : items.get(items.size() - 1).getSortOrder() + 1);
        items.add(item);
        return item;
    }

    void remove(Item item) {
        items.remove(item);
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public String getTitle() {
        return title;
    }

    public List<Item> getItems() {
        return Collections.unmodifiableList(items);
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean hasTitle(String candidate) {
        return candidate != null && title.equalsIgnoreCase(candidate.strip());
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Section that
                        && title.equalsIgnoreCase(that.title)
                        && Objects.equals(instrument, that.instrument));
    }

    @Override
    public int hashCode() {
        return title.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return title;
    }
}
