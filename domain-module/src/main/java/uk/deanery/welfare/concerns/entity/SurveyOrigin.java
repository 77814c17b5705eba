package uk.deanery.welfare.concerns.entity;

import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where a concern raised from survey answers came from: the wave and the item whose answer met a flag rule. Never the
 * answer itself. Held by id and code, so the concerns component does not depend on the surveys one.
 */
@Embeddable
public class SurveyOrigin implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int ITEM_CODE_MAX = 40;

    @Column(name = "wave_id")
    private Long waveId;

    @Column(name = "item_code", length = ITEM_CODE_MAX)
    private String itemCode;

    protected SurveyOrigin() {}

    public SurveyOrigin(long waveId, String itemCode) {
        this.waveId = waveId;
        this.itemCode = requiredText("itemCode", itemCode, ITEM_CODE_MAX);
    }

    public long getWaveId() {
        return waveId;
    }

    public String getItemCode() {
        return itemCode;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof SurveyOrigin that
                        && Objects.equals(waveId, that.waveId)
                        && Objects.equals(itemCode, that.itemCode));
    }

    @Override
    public int hashCode() {
        return Objects.hash(waveId, itemCode);
    }

    @Override
    public String toString() {
        return "wave " + waveId + " item " + itemCode;
    }
}
