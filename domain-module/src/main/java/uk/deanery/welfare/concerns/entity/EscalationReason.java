package uk.deanery.welfare.concerns.entity;

/** Why a concern reached a level: routed there when raised, or moved up because the holder did not acknowledge it. */
public enum EscalationReason {
    ROUTED,
    DEADLINE_MISSED
}
