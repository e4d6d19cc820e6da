package org.crosscheck.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.text.Lexicon;

/**
 * Verbs that give a person a title by what they do, after a name, a comma and "who" (", who heads
 * the union,", ", who coached the Chargers,"): the title's noun each stands for and whether the
 * title is held now or was held before ({@code title-heading-verbs.tsv}). Since the twenty-ninth
 * session.
 */
final class HeadingVerbs {

    /** A verb's title noun and tense. */
    record Heading(String noun, boolean current) {
    }

    /** The verbs, by their lower-case form. */
    static final Map<String, Heading> VERBS = read("title-heading-verbs.tsv");

    private HeadingVerbs() {
    }

    /** The title a verb gives, or null when it is none of the list's. */
    static Heading of(String lowerVerb) {
        return VERBS.get(lowerVerb);
    }

    static Map<String, Heading> read(String resource) {
        Map<String, Heading> out = new LinkedHashMap<>();
        for (Lexicon.Line line : Lexicon.lines(HeadingVerbs.class, resource)) {
            String t = line.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cells = t.split("\t");
            if (cells.length != 3 || !cells[2].equals("now") && !cells[2].equals("past")) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected verb, noun and now or past");
            }
            String noun = cells[1].toLowerCase(Locale.ROOT);
            if (!Roles.NOUNS.contains(noun)) {
                throw new IllegalStateException(resource + ":" + line.number() + ": '" + noun + "' is no title noun");
            }
            if (out.put(cells[0].toLowerCase(Locale.ROOT), new Heading(noun, cells[2].equals("now"))) != null) {
                throw new IllegalStateException(resource + ":" + line.number() + ": '" + cells[0] + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
