/** System tests: the real EAR deployed into a Payara Server that the build provisions. */
package uk.deanery.welfare.systemtest;
