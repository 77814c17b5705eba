/** Routing and escalation of concerns: who holds a concern, and what happens when they do not acknowledge it. */
package uk.deanery.welfare.concerns.control;
