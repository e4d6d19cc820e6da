/** Loads the DRL rules, reads their metadata, and evaluates them over claims through one sink. */
package org.crosscheck.rules;
