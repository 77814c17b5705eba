package uk.deanery.welfare.shared;

/**
 * A person record's email address changed in the product (an admin's edit or a roster row): whatever was linked to
 * the old address, such as a sign-in, follows it. Fired in the transaction of the change; both are normalised.
 */
public record EmailChanged(String from, String to) {}
