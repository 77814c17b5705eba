/** The Faces user interface: one sub-package per business component, each with its backing beans. */
package uk.deanery.welfare.web;
