package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Names;

/**
 * People across a story's articles: an article that names someone only by surname ("Secretary
 * Blinken", "Mr Alishbandi told AFP") means the one person of that surname the story names in
 * full. When the story names two people of that surname in full, the surname stays as it is,
 * so different people are never merged. Titles, quotes' voices and ages are resolved alike.
 */
final class StoryPeople {

    private StoryPeople() {
    }

    static List<ExtractedDocument> resolve(List<ExtractedDocument> documents) {
        Map<String, TreeSet<String>> fullBySurname = new HashMap<>();
        Map<String, String> display = new TreeMap<>();
        // The people the story quotes in full: a surname two names share in the text but only one of
        // them is quoted by ("Peter Capaldi" said, and a misread "That Capaldi") is that one's voice.
        Map<String, TreeSet<String>> quotedBySurname = new HashMap<>();
        for (ExtractedDocument d : documents) {
            for (String name : d.names().people()) {
                add(personKey(name), org.crosscheck.text.Capitals.words(name), fullBySurname, display, false);
            }
            for (Claim c : d.claims()) {
                if (c instanceof RoleClaim r) {
                    add(r.personKey(), r.person(), fullBySurname, display, true);
                } else if (c instanceof QuoteClaim q && q.voice() != null && q.speakerName() != null
                        && q.voice().equals(personKey(q.speakerName()))) {
                    add(q.voice(), q.speakerName(), fullBySurname, display, false);
                    add(q.voice(), q.speakerName(), quotedBySurname, display, false);
                }
            }
        }
        Aged aged = agedPeople(documents);
        List<ExtractedDocument> out = new ArrayList<>(documents.size());
        for (ExtractedDocument d : documents) {
            boolean changed = false;
            List<Claim> claims = new ArrayList<>(d.claims().size());
            for (Claim c : d.claims()) {
                Claim n = c;
                if (c instanceof RoleClaim r && !r.personKey().contains(" ")) {
                    String full = unique(fullBySurname.get(r.personKey()));
                    if (full != null) {
                        n = r.withPerson(display.get(full), full);
                    }
                } else if (c instanceof AttributeClaim a && a.person() && a.entityKey().startsWith(AttributeClaim.DESCRIBED)) {
                    String full = aged.of(a.event(), a.entityKey());
                    if (full != null) {
                        n = a.withEntity(display.getOrDefault(full, aged.names().get(full)), full);
                    }
                } else if (c instanceof AttributeClaim a && a.person() && !a.entityKey().contains(" ")) {
                    String full = unique(fullBySurname.get(a.entityKey()));
                    if (full != null) {
                        n = a.withEntity(display.get(full), full);
                    }
                } else if (c instanceof QuoteClaim q && q.voice() != null && !q.voice().contains(" ")
                        && q.voice().equals(personKey(q.speakerName() == null ? "" : q.speakerName()))) {
                    String full = unique(fullBySurname.get(q.voice()));
                    if (full == null) {
                        full = uniqueUpToShorter(quotedBySurname.get(q.voice()));
                    }
                    if (full != null) {
                        n = q.withVoice(display.get(full), full);
                    }
                } else if (c instanceof QuoteClaim q && q.voice() != null && q.voice().contains(" ")
                        && q.voice().equals(personKey(q.speakerName() == null ? "" : q.speakerName()))) {
                    String shorter = shorterName(q.voice(), fullBySurname.get(q.voice().substring(q.voice().lastIndexOf(' ') + 1)));
                    if (shorter != null) {
                        n = q.withVoice(display.get(shorter), shorter);
                    }
                }
                changed |= n != c;
                claims.add(n);
            }
            out.add(changed ? d.withClaims(claims) : d);
        }
        return out;
    }

    /**
     * For each event, the person its reports name with each age ("Duncan Rait, 36"), keyed as a
     * description by age is ({@link AttributeClaim#DESCRIBED}): a fall told of "a 36-year-old
     * climber" is that person's when the event's reports name exactly one person of that age. One
     * person whose surname the reports spell two ways (Rait, Raite: the same first name, surnames one
     * letter apart) is one, under the spelling most of the reports use; two people of one age
     * leave the description to no one.
     */
    static Aged agedPeople(List<ExtractedDocument> documents) {
        Map<String, Map<String, Map<String, Integer>>> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ExtractedDocument d : documents) {
            for (Claim c : d.claims()) {
                if (c instanceof AttributeClaim a && a.person() && a.event() != null && "age".equals(a.attribute())
                        && a.entityKey().contains(" ") && !a.entityKey().startsWith(AttributeClaim.DONE_TO) && a.low() == a.high()) {
                    names.putIfAbsent(a.entityKey(), a.entity());
                    counts.computeIfAbsent(a.event(), k -> new TreeMap<>())
                            .computeIfAbsent(AttributeClaim.DESCRIBED + (long) a.low(), k -> new TreeMap<>())
                            .merge(a.entityKey(), 1, Integer::sum);
                }
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        counts.forEach((event, byAge) -> byAge.forEach((age, keys) -> {
            String best = null;
            for (Map.Entry<String, Integer> k : keys.entrySet()) {
                if (best == null || k.getValue() > keys.get(best)) {
                    best = k.getKey();
                }
            }
            for (String k : keys.keySet()) {
                if (!oneName(k, best)) {
                    return;
                }
            }
            out.computeIfAbsent(event, e -> new HashMap<>()).put(age, best);
        }));
        return new Aged(out, names);
    }

    /**
     * The people of a story's events by age: for each event, the person key of each age key
     * ({@link AttributeClaim#DESCRIBED}), and each person's name as the first of their ages writes it.
     */
    record Aged(Map<String, Map<String, String>> byEvent, Map<String, String> names) {

        /** The person of {@code event} whose age {@code agedKey} gives, or null. */
        String of(String event, String agedKey) {
            Map<String, String> ofEvent = event == null ? null : byEvent.get(event);
            return ofEvent == null ? null : ofEvent.get(agedKey);
        }
    }

    /** Whether two person keys name one person spelled two ways: the same first word, last words one letter apart. */
    static boolean oneName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return x.length == y.length && x[0].equals(y[0]) && oneEditApart(x[x.length - 1], y[y.length - 1]);
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }

    private static void add(String key, String name, Map<String, TreeSet<String>> fullBySurname, Map<String, String> display,
                            boolean preferred) {
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            return;
        }
        fullBySurname.computeIfAbsent(key.substring(space + 1), k -> new TreeSet<>()).add(key);
        if (preferred || !display.containsKey(key)) {
            display.put(key, name);
        }
    }

    /**
     * The one shortest name of the story, of two words or more, whose words are all in {@code key}
     * and which ends with the same surname: "James G. Bodiford" is the story's "James Bodiford".
     * Null when there is none, or two of that length ("Jane Roe", "John Roe" for "Jane John Roe").
     */
    static String shorterName(String key, java.util.Set<String> sameSurname) {
        if (sameSurname == null) {
            return null;
        }
        java.util.List<String> words = java.util.List.of(key.split(" "));
        String best = null;
        int bestLength = Integer.MAX_VALUE;
        boolean tie = false;
        for (String k : sameSurname) {
            String[] w = k.split(" ");
            if (k.equals(key) || w.length < 2 || w.length >= words.size() || !words.containsAll(java.util.List.of(w))) {
                continue;
            }
            if (w.length < bestLength) {
                best = k;
                bestLength = w.length;
                tie = false;
            } else if (w.length == bestLength) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The one name of {@code keys} once each is taken as the story's shorter name for it, if it has
     * one ("Actor Peter Capaldi" is "Peter Capaldi"): null when two people remain, or none.
     */
    static String uniqueUpToShorter(TreeSet<String> keys) {
        if (keys == null) {
            return null;
        }
        TreeSet<String> people = new TreeSet<>();
        for (String k : keys) {
            String shorter = shorterName(k, keys);
            people.add(shorter == null ? k : shorter);
        }
        return unique(people);
    }

    private static String unique(TreeSet<String> keys) {
        return keys != null && keys.size() == 1 ? keys.first() : null;
    }

    private static String personKey(String name) {
        return Names.personKey(name);
    }
}
