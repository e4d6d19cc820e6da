package org.crosscheck.claims;

import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.Transliteration;

/**
 * A proper name as one article spells it, at its first use in the article ("Kiev", "Donbass",
 * "Alishbandi"). {@code spelling} is its transliteration key; {@code block} groups keys that
 * may be one letter apart (same first letter and length), so the rule joins on it.
 */
public record NameClaim(String document, Span span, String text, String spelling, String context) implements Claim {

    /** @param context the name the word is part of at its first use, the word written "_": "_ Obama", "Ehud _", "_" */
    public NameClaim(String document, Span span, String text, String context) {
        this(document, span, text, Transliteration.key(text), context == null ? "_" : context);
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

    /**
     * The name in house style: two spellings that differ only by case, diacritics, hyphens or
     * British and American spelling (Vendôme, Vendome; Wi-Fi, WiFi; Technicolour, Technicolor) are
     * one spelling.
     */
    public String folded() {
        return HouseStyle.general().word(text);
    }

    /**
     * Whether {@code o} writes the same name another way: the words are variants, and the names
     * they are part of agree. Two names of one word each agree (Kiev, Kyiv); a surname alone
     * agrees with a full name it ends (Alishbandi, Heidar Alishvandi); two longer names agree when
     * another of their words is the same or a variant (Heidar Alishvandi, Heydar Alishbandi). So
     * Barack in "Barack Obama" is not Barak in "Ehud Barak".
     */
    public boolean variantOf(NameClaim o) {
        if (folded().equals(o.folded()) || !Transliteration.variants(text, o.text)) {
            return false;
        }
        String[] a = context.split(" ");
        String[] b = o.context.split(" ");
        if (a.length == 1 && b.length == 1) {
            return true;
        }
        if (a.length == 1 || b.length == 1) {
            String[] longer = a.length == 1 ? b : a;
            return longer[longer.length - 1].equals("_");
        }
        for (String x : a) {
            for (String y : b) {
                if (!x.equals("_") && !y.equals("_") && (x.equalsIgnoreCase(y) || Transliteration.variants(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }
}
