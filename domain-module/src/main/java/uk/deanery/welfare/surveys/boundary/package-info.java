/** Managing and reading instruments, and loading the built-in ones; the transaction and access edge. */
package uk.deanery.welfare.surveys.boundary;
