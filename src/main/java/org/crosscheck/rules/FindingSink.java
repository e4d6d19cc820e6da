package org.crosscheck.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.corpus.Document;
import org.crosscheck.findings.Disagreements;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.stories.Event;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one global every rule reports through: {@code sink.report(kcontext)}. It reads the rule's
 * id, severity and message template from the rule's own metadata, takes the evidence from the
 * claims the rule matched, and fills the template's {@code {$decl.property}} placeholders from
 * the rule's declarations. Rules report pairs; each firing is kept ({@link Firing}) and, once the
 * rules have fired, becomes a sighting ({@link #sighting}), and {@link #findings} joins the pairs of
 * one disagreement ({@link Disagreements}). A firing in a session of representatives of copies is
 * expanded to every copy first ({@link Copies}).
 */
public final class FindingSink {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final RuleSet rules;
    private final Map<String, String> texts;
    private final String story;
    private final Map<String, int[]> lineStarts = new LinkedHashMap<>();
    private final List<Firing> firings = new ArrayList<>();
    private final Map<Claim, Evidence> evidenceOf = new IdentityHashMap<>();

    /**
     * @param texts the text of each document in the session, by id, for line and column numbers
     * @param story the story the session covers, or null
     */
    FindingSink(RuleSet rules, Map<String, String> texts, String story) {
        this.rules = rules;
        this.texts = texts;
        this.story = story;
    }

    /** One firing of a rule: its name, the facts it matched, in order, and its declarations' values. */
    record Firing(String rule, List<Object> objects, Map<String, Object> declarations) {
    }

    /** Called from a rule's action: the firing is kept, and becomes a finding once the rules have fired. */
    public void report(RuleContext kcontext) {
        Match match = kcontext.getMatch();
        Map<String, Object> declarations = new HashMap<>();
        for (String id : match.getDeclarationIds()) {
            declarations.put(id, match.getDeclarationValue(id));
        }
        firings.add(new Firing(kcontext.getRule().getName(), new ArrayList<>(match.getObjects()), declarations));
    }

    /** The firings reported so far, in the order they fired. */
    List<Firing> firings() {
        return firings;
    }

    /**
     * What one firing reports: the rule's id, severity and reason, the evidence of the claims it
     * matched, and its message, rendered from the declarations only if the finding stands alone;
     * {@code copies} says which copies of one pair of documents it is one of (null: none), and
     * {@code position} its place among them.
     */
    Disagreements.Sighting sighting(Firing firing, Object copies, long position) {
        RuleMetadata meta = rules.metadata(firing.rule());
        List<Evidence> evidence = new ArrayList<>();
        TreeSet<String> documents = new TreeSet<>();
        List<String> keys = new ArrayList<>();
        gather(firing.objects(), evidence, documents, keys);
        Map<String, Object> declarations = firing.declarations();
        return new Disagreements.Sighting(new Finding(Findings.fingerprint(meta.id(), keys), meta.id(),
                meta.severity(), reason(meta), null, story, List.copyOf(documents), evidence, Finding.Status.NEW, null),
                keys, () -> fill(meta.message(), declarations), copies, position, null);
    }

    /**
     * What a firing of the session reports for every pair of copies it stands for, as one sighting
     * ({@link Copies.Pairs}): the union of the pairs' sources, evidence and claim keys, made from
     * each copy's facts once, not from each pair; its fingerprint is the first pair's, the one a
     * joined finding lists ({@code Disagreements}). It never stands alone, so it has no message.
     */
    Disagreements.Sighting sighting(Copies.Pairs pairs) {
        RuleMetadata meta = rules.metadata(pairs.rule());
        List<Evidence> evidence = new ArrayList<>();
        TreeSet<String> documents = new TreeSet<>();
        List<String> keys = new ArrayList<>();
        for (List<List<Object>> side : List.of(pairs.first(), pairs.second())) {
            for (List<Object> facts : side) {
                // A copy's claims at one place are given once, as in a firing over its pair.
                List<Evidence> own = new ArrayList<>();
                gather(facts, own, documents, keys);
                evidence.addAll(own);
            }
        }
        gather(pairs.neither(), evidence, documents, keys);
        String first = Findings.fingerprint(meta.id(), sightingKeys(pairs.firstPair()));
        return new Disagreements.Sighting(new Finding(first, meta.id(), meta.severity(), reason(meta), null, story,
                List.copyOf(documents), evidence, Finding.Status.NEW, null), keys, null, pairs.copies(), pairs.position(),
                pairs.documents());
    }

    private List<String> sightingKeys(Firing firing) {
        List<String> keys = new ArrayList<>();
        gather(firing.objects(), new ArrayList<>(), new TreeSet<>(), keys);
        return keys;
    }

    private static String reason(RuleMetadata meta) {
        return meta.why() != null ? meta.why() : "default severity of " + meta.id() + ": " + meta.severity().action();
    }

    /** The evidence (a claim at one place once), sources and claim keys of a firing's objects. */
    private void gather(List<Object> objects, List<Evidence> evidence, TreeSet<String> documents, List<String> keys) {
        for (Object o : objects) {
            if (o instanceof Claim c) {
                documents.add(c.document());
                keys.add(c.key());
                if (evidence.stream().noneMatch(e -> e.document().equals(c.document())
                        && e.start() == c.span().start() && e.end() == c.span().end())) {
                    evidence.add(evidenceOf.computeIfAbsent(c, this::evidence));
                }
            } else if (o instanceof Document d) {
                documents.add(d.id());
                keys.add("document|" + d.id());
            } else if (o instanceof Event e) {
                keys.add("event|" + e.kind() + "|" + e.date() + "|" + String.join(",", e.documents()));
            }
        }
    }

    private Evidence evidence(Claim c) {
        int[] lc = lineAndColumn(c.document(), c.span().start());
        String asOf = null;
        Double low = null;
        Double high = null;
        if (c instanceof QuantityClaim q) {
            asOf = q.asOf() == DateClaim.NO_DAY ? null : java.time.LocalDate.ofEpochDay(q.asOf()).toString();
            low = finite(q.low());
            high = finite(q.high());
        } else if (c instanceof AttributeClaim a && a.scalar()) {
            // A person's age or a fall's length is a figure too: its interval lets a joined finding's
            // message put the sources that agree on it together.
            low = finite(a.low());
            high = finite(a.high());
        }
        return new Evidence(c.document(), c.span().start(), c.span().end(), lc[0], lc[1],
                c.text(), shownValue(c), context(c.document(), c.span().start(), -1),
                context(c.document(), c.span().end(), 1), asOf, low, high);
    }

    /**
     * The value an evidence row shows: the claim's own, except a date, which shows what its finding's
     * message shows ({@link DateClaim#shown}): a bare weekday read against no date or against a date
     * its story lent is "a Saturday", not a day crosscheck inferred and the source never gave.
     */
    static String shownValue(org.crosscheck.claims.Claim c) {
        return c instanceof DateClaim d ? d.shown() : c.value();
    }

    /** The findings of these sightings: pairs that share a claim joined, one per disagreement. */
    static List<Finding> findings(List<Disagreements.Sighting> sightings) {
        return Disagreements.merge(sightings);
    }

    /**
     * The findings of these sightings, pairs that share a claim joined, one per disagreement; a
     * joined finding less serious than its rule id's default ({@link RuleSet#defaultSeverity}) says why in its message.
     */
    static List<Finding> findings(List<Disagreements.Sighting> sightings, RuleSet rules) {
        return Disagreements.merge(sightings, rules::defaultSeverity);
    }

    private static final int CONTEXT = 240;

    /** Up to 240 characters of the evidence's line before ({@code direction} -1) or after (+1) {@code at}. */
    private String context(String document, int at, int direction) {
        String text = texts.get(document);
        if (text == null) {
            return null;
        }
        int from = at;
        int to = at;
        if (direction < 0) {
            while (from > 0 && at - from < CONTEXT && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
                from--;
            }
        } else {
            while (to < text.length() && to - at < CONTEXT && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
                to++;
            }
        }
        return text.substring(from, to);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private int[] lineAndColumn(String document, int offset) {
        String text = texts.get(document);
        if (text == null) {
            return new int[] {0, 0};
        }
        int[] starts = lineStarts.computeIfAbsent(document, k -> computeLineStarts(text));
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new int[] {lo + 1, offset - starts[lo] + 1};
    }

    /** Where each line starts: after a {@code \n}, or after a {@code \r} not followed by one. */
    static int[] computeLineStarts(String text) {
        // The characters are read from an array: charAt checks its index at every character.
        char[] cs = text.toCharArray();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == '\n' || c == '\r' && (i + 1 >= cs.length || cs[i + 1] != '\n')) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, 2 * count);
                }
                starts[count++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /**
     * Fills {@code {$decl}}, {@code {$decl.property}} and {@code {$decl.method:$other}} (a method of
     * one claim given another); an unknown name stays visible as {@code {?name}}.
     */
    static String fill(String template, Map<String, Object> declarations) {
        StringLookup lookup = key -> {
            int dot = key.indexOf('.');
            String decl = dot < 0 ? key : key.substring(0, dot);
            if (!declarations.containsKey(decl)) {
                return "{?" + key + "}";
            }
            Object value = declarations.get(decl);
            if (dot >= 0) {
                String path = key.substring(dot + 1);
                int colon = path.indexOf(':');
                if (colon >= 0) {
                    // {$a.method:$b}: a method of $a given the claim $b, as "the people both name".
                    String other = path.substring(colon + 1);
                    if (!declarations.containsKey(other)) {
                        return "{?" + key + "}";
                    }
                    return String.valueOf(call(value, path.substring(0, colon), declarations.get(other)));
                }
                for (String prop : path.split("\\.")) {
                    value = property(value, prop);
                    if (value == null) {
                        break;
                    }
                }
            }
            return String.valueOf(value);
        };
        StringSubstitutor sub = new StringSubstitutor(lookup, "{", "}", '\\');
        sub.setDisableSubstitutionInValues(true);
        return sub.replace(template);
    }

    /** {@code target.name(argument)} for a public method of one parameter, or a visible {@code {?name}}. */
    private static Object call(Object target, String name, Object argument) {
        if (target == null || argument == null) {
            return null;
        }
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0].isInstance(argument)) {
                try {
                    return m.invoke(target, argument);
                } catch (ReflectiveOperationException e) {
                    return "{?" + name + "}";
                }
            }
        }
        return "{?" + name + "}";
    }

    private static Object property(Object target, String name) {
        if (target == null) {
            return null;
        }
        Method m = ACCESSORS.computeIfAbsent(target.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> accessor(target.getClass(), n));
        if (m == null) {
            return "{?" + name + "}";
        }
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            return "{?" + name + "}";
        }
    }

    private static Method accessor(Class<?> type, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {name, "get" + cap, "is" + cap}) {
            try {
                Method m = type.getMethod(candidate);
                if (m.getParameterCount() == 0) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }
}
