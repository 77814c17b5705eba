/**
 * Survey logic that needs no transaction: the documented JSON format instruments are imported and exported in, the
 * editor's form that writes that format, and turning the flags of submitted answers into welfare concerns.
 */
package uk.deanery.welfare.surveys.control;
