/**
 * Survey instruments as the domain sees them: sections, items, conditions on earlier answers and the flag rules that
 * turn answers into concern categories. Pure Java apart from the mappings, so answer checks run anywhere.
 */
package uk.deanery.welfare.surveys.entity;
