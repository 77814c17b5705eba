package uk.deanery.welfare.surveys.boundary;

/** Fired when an admin opens a wave; invitations go out once the wave is committed. */
public record WaveOpened(long waveId) {}
