package org.crosscheck.claims;

import org.crosscheck.text.Transliteration;

/**
 * A proper name as one article spells it, at its first use in the article ("Kiev", "Donbass",
 * "Alishbandi"). {@code spelling} is its transliteration key; {@code block} groups keys that
 * may be one letter apart (same first letter and length), so the rule joins on it.
 */
public record NameClaim(String document, Span span, String text, String spelling) implements Claim {

    public NameClaim(String document, Span span, String text) {
        this(document, span, text, Transliteration.key(text));
    }

    @Override
    public String kind() {
        return "name";
    }

    @Override
    public String value() {
        return text;
    }

    @Override
    public String key() {
        return "name|" + document + "|" + text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Keys that can be variants share it: first letter and length. */
    public String block() {
        return spelling.isEmpty() ? "" : spelling.charAt(0) + ":" + spelling.length();
    }

    /** The name in lower case: two spellings that differ only by case are one spelling. */
    public String folded() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code o} writes the same name another way. */
    public boolean variantOf(NameClaim o) {
        return !folded().equals(o.folded()) && Transliteration.variants(text, o.text);
    }
}
