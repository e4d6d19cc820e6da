/** What documents assert: claims with normalized values and the evidence span each came from. */
package org.crosscheck.claims;
