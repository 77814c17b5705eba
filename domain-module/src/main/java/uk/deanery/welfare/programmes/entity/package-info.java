/** Who runs training where: deaneries, specialties, programmes and their cohorts, trusts, sites and directors. */
package uk.deanery.welfare.programmes.entity;
