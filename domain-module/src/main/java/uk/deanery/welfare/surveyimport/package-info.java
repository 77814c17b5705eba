/**
 * Historical survey import: past survey rounds, collected elsewhere (like the 2020 and 2021 study cohorts), brought in
 * from CSV so they join the same model as the waves run here. The file format is described in
 * {@link uk.deanery.welfare.surveyimport.control.HistoricalCsvReader}.
 */
package uk.deanery.welfare.surveyimport;
