/**
 * Value objects, the persistence base class and the exceptions that every business component shares; nothing here
 * knows about a particular component.
 */
package uk.deanery.welfare.shared;
