/**
 * Surveys: versioned questionnaires (instruments) whose answers are validated item by item and raise welfare concerns
 * by rule.
 */
package uk.deanery.welfare.surveys;
