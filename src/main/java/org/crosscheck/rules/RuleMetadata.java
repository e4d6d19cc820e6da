package org.crosscheck.rules;

import org.crosscheck.findings.Severity;

/**
 * What a DRL rule declares about itself in its header: {@code @id}, {@code @severity},
 * {@code @summary}, {@code @message} and, optionally, {@code @why} (the reason for its severity).
 * Several DRL rules may share one id when they report the same problem in different contexts,
 * for example at a lower severity when the context explains a difference.
 *
 * @param name the DRL rule's name, unique in the rule base
 * @param file where the rule was loaded from, for messages
 * @param line the 1-based line of the rule's declaration in that file
 */
public record RuleMetadata(
        String id, String name, Severity severity, String summary, String message, String why,
        String file, int line) {
}
