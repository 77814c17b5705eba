/**
 * What a person sees when something fails that is not theirs to fix: the page they were on, with what they typed, a
 * clear message and a reference to quote; never a stack trace.
 */
package uk.deanery.welfare.web.errors;
