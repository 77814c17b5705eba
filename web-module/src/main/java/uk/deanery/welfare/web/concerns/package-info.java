/** Pages about welfare concerns: a trainee's own, a supervisor's trainees', a programme director's programme. */
package uk.deanery.welfare.web.concerns;
