/**
 * Survey instruments as the domain sees them (sections, items, conditions on earlier answers, the flag rules that turn
 * answers into concern categories) and the waves that put them to cohorts, with each trainee's participation and
 * response. Pure Java apart from the mappings, so answer checks run anywhere.
 */
package uk.deanery.welfare.surveys.entity;
