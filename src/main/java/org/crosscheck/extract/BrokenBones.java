package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;

/**
 * Which bone a named person broke: "Lund broke his right fibula", "after breaking her collarbone",
 * "Lund, who is back from his broken left tibia", "suffered a fractured kneecap", and in brackets
 * right after the name, as an injury list gives it: "Lund (broken tibia)". The person of a verb or a
 * possessive is the name nearest before it in its clause, as a fall's faller is
 * ({@link FallDistances#holder}). The value is the bone as {@code broken-bones.tsv} compares it,
 * after its side when one is written ("right fibula"): a side only one source gives is no
 * disagreement ("fibula", "right fibula"). Two bones in one phrase ("his tibia and fibula") give
 * none, nor does a region that holds several bones ("ankle", "leg"). The attribute
 * {@link AttributeClaim#BONE_BROKEN}, compared only inside one event: a player may break another
 * bone in another season.
 */
final class BrokenBones {

    /** Bones and the bone each is compared as ("shinbone": tibia). */
    static final Map<String, String> BONES = Lexicon.pairs(BrokenBones.class, "broken-bones.tsv");

    private static final String BONE = "(?:(left|right)\\s+)?(" + String.join("|", BONES.keySet()) + ")(?![\\p{L}-])";
    /** "broke his right fibula", "after breaking her collarbone", "fractured his jaw". */
    private static final Pattern VERB = Pattern.compile("(?i)(?<![\\p{L}])(?:broke|breaks|breaking|broken|fractured|fractures"
            + "|fracturing)\\s+(?:his|her)\\s+" + BONE);
    /** "his broken right fibula", "a fractured kneecap". */
    private static final Pattern NOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:a|his|her)\\s+(?:broken|fractured)\\s+" + BONE);
    /** "(broken tibia)" right after a name. */
    private static final Pattern BRACKET = Pattern.compile("(?i)\\s*\\(\\s*(?:a\\s+)?(?:broken|fractured)\\s+" + BONE + "\\s*\\)");
    /** Another bone or a plural joined to the bone: "tibia and fibula", "tibia, fibula", "tibia/fibula". */
    private static final Pattern SECOND_BONE = Pattern.compile("(?i)\\s*(?:,|/|\\band\\b|\\bor\\b)\\s*(?:(?:left|right|his|her)\\s+)?("
            + String.join("|", BONES.keySet()) + ")(?![\\p{L}-])");

    private BrokenBones() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "broke", "breaking", "fractur")) {
            return;
        }
        // The bracket after a name first: its words are no verb's or possessive's then.
        List<Span> brackets = new java.util.ArrayList<>();
        for (People.Mention m : here) {
            int end = m.nameSpan().end();
            Matcher x = BRACKET.matcher(text).region(end, to);
            if (x.lookingAt()) {
                add(text, id, m.nameSpan().start(), x, m, published, daySource, out);
                brackets.add(new Span(x.start(), x.end()));
            }
        }
        for (Pattern p : List.of(VERB, NOUN)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                Span found = new Span(x.start(), x.end());
                if (brackets.stream().anyMatch(b -> b.contains(found)) || SECOND_BONE.matcher(text).region(x.end(), to).lookingAt()) {
                    continue;
                }
                People.Mention who = FallDistances.holder(text, from, x.start(), here, before);
                add(text, id, x.start(), x, who, published, daySource, out);
            }
        }
    }

    private static void add(String text, String id, int start, Matcher x, People.Mention who, long published, String daySource,
                            List<AttributeClaim> out) {
        if (who == null) {
            return;
        }
        String bone = BONES.get(x.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        String value = x.group(1) != null ? x.group(1).toLowerCase(Locale.ROOT) + " " + bone : bone;
        String own = AttributeExtractor.ownName(who.fullName());
        String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
        Span span = new Span(start, x.end());
        out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.BONE_BROKEN, value, 0, false, 0,
                false, published, daySource, null));
    }
}
