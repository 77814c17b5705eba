/** Reading attendance CSV files into rows, and applying them to an activity in one all-or-nothing transaction. */
package uk.deanery.welfare.interventions.control;
