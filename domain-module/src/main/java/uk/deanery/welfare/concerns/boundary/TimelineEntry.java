package uk.deanery.welfare.concerns.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a concern's case timeline: when, who, what happened, and for a note or a status change its text
 * (empty otherwise). Accessors are called with parentheses from the pages ({@code #{entry.what()}}).
 */
public record TimelineEntry(Instant at, String who, String what, String text, boolean internal)
        implements Serializable {}
