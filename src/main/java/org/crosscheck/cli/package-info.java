/** The command line: check, report, store, review, extract, rules and baseline, with named exit codes. */
package org.crosscheck.cli;
