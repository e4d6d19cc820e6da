/** The command line: check, extract and rules, with named exit codes. */
package org.crosscheck.cli;
