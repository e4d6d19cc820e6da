/** Findings: what a rule reports, with its evidence, severity, reason and fingerprint. */
package org.crosscheck.findings;
