package org.crosscheck.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.corpus.Document;
import org.crosscheck.stories.Event;

/**
 * The copies among one story's documents, so that a syndicated article copied k times does not
 * make the story's rule joins k times k as large. Documents are copies when their facts (the
 * document, its claims, its name blocks and quote passages, in order) are equal in every field
 * but the document's id (and a document's path), and they belong to the same events, dating them
 * alike. Copies are found by their text first, then compared fact by fact: never pairwise over
 * the story.
 *
 * <p>The session holds two members of each set of copies, the first and the last by id (one for a
 * single document). A firing over them is then expanded to every tuple of copies that the session
 * over every document would match: the rules' conditions read the fields of the facts they match,
 * compare documents' ids only with one another (equal, unequal, before, after), and ask of other
 * facts only whether one exists; so a tuple of copies matches exactly when a tuple of the
 * session's members in the same order does, and the first and the last of each set give every
 * order two documents can be in. A firing over three or more documents cannot be expanded this
 * way: {@link #expand} gives null and the story is evaluated over every document. A firing over a
 * claim of each of two documents is not expanded pair by pair: {@link #expansion} gives the pairs
 * as one ({@link Pairs}), each copy's facts once, so k copies of each side cost k, not k times k.
 */
final class Copies {

    private static final Map<Class<?>, Method[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    private final List<String> ids;
    private final List<List<Object>> facts;
    private final int[] setOf;
    private final List<int[]> members;
    private final int[] rank;
    private final Map<Object, int[]> where;
    private final Set<List<Object>> expanded = new HashSet<>();
    private final boolean any;

    /**
     * @param ids each document's id, in the story's order
     * @param facts each document's facts, in the order they are inserted, its {@link Document} first
     * @param events the story's events
     * @param find whether to look for copies at all (without, every document is its own set)
     */
    Copies(List<String> ids, List<List<Object>> facts, List<Event> events, boolean find) {
        this.ids = ids;
        this.facts = facts;
        int n = ids.size();
        setOf = new int[n];
        members = new ArrayList<>();
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byId[r]] = r;
        }
        List<List<Integer>> sets = new ArrayList<>();
        if (find) {
            Map<Integer, StringBuilder> inEvents = new HashMap<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(ids.get(i), i);
            }
            for (int e = 0; e < events.size(); e++) {
                mark(inEvents, index, events.get(e).documents(), e + "+");
                mark(inEvents, index, events.get(e).datedBy(), e + "*");
            }
            Map<String, List<Integer>> leadersByText = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String text = ((Document) facts.get(i).get(0)).text();
                List<Integer> leaders = leadersByText.computeIfAbsent(text, k -> new ArrayList<>());
                Integer found = null;
                for (int leader : leaders) {
                    if (sameEvents(inEvents.get(leader), inEvents.get(i)) && sameFacts(facts.get(leader), facts.get(i))) {
                        found = leader;
                        break;
                    }
                }
                if (found == null) {
                    leaders.add(i);
                    setOf[i] = sets.size();
                    sets.add(new ArrayList<>(List.of(i)));
                } else {
                    setOf[i] = setOf[found];
                    sets.get(setOf[i]).add(i);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                setOf[i] = i;
                sets.add(List.of(i));
            }
        }
        boolean several = false;
        for (List<Integer> set : sets) {
            int[] m = set.stream().mapToInt(Integer::intValue).toArray();
            m = Arrays.stream(m).boxed().sorted((a, b) -> Integer.compare(rank[a], rank[b])).mapToInt(Integer::intValue)
                    .toArray();
            members.add(m);
            several |= m.length > 1;
        }
        any = several;
        int count = 0;
        for (List<Object> of : facts) {
            count += of.size();
        }
        where = new IdentityHashMap<>(count);
        for (int i = 0; i < n; i++) {
            List<Object> of = facts.get(i);
            for (int p = 0; p < of.size(); p++) {
                where.put(of.get(p), new int[] {i, p});
            }
        }
    }

    private static void mark(Map<Integer, StringBuilder> inEvents, Map<String, Integer> index, List<String> documents,
                             String mark) {
        for (String d : documents) {
            Integer i = index.get(d);
            if (i != null) {
                inEvents.computeIfAbsent(i, k -> new StringBuilder()).append(mark).append(' ');
            }
        }
    }

    private static boolean sameEvents(StringBuilder a, StringBuilder b) {
        return a == null ? b == null : b != null && a.toString().equals(b.toString());
    }

    /** Whether some document has a copy. */
    boolean any() {
        return any;
    }

    /** The documents the session holds, in the story's order: the first and the last of each set by id. */
    List<Integer> sessionDocuments() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int[] m = members.get(setOf[i]);
            if (m[0] == i || m[m.length - 1] == i) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The documents a firing is over, in the order its facts name them, into {@code involved}
     * (room for two): how many, or -1 for three or more.
     */
    private int involved(FindingSink.Firing firing, int[] involved) {
        int count = 0;
        for (Object o : firing.objects()) {
            int[] at = where.get(o);
            if (at == null || count > 0 && involved[0] == at[0] || count > 1 && involved[1] == at[0]) {
                continue;
            }
            if (count == 2) {
                return -1;
            }
            involved[count++] = at[0];
        }
        return count;
    }

    private boolean copied(int[] involved, int count) {
        boolean copied = false;
        for (int k = 0; k < count; k++) {
            copied |= members.get(setOf[involved[k]]).length > 1;
        }
        return copied;
    }

    /**
     * What the session over all documents makes in place of {@code firing}, a firing of the
     * session over {@link #sessionDocuments}: the firing itself when its documents have no copies;
     * nothing when another firing of the same order of the same sets was expanded already; for a
     * firing of two documents that one sighting can stand for ({@link #pairs}), its pairs as one;
     * otherwise every firing over copies ({@link #expand}); null when the firing is over three or
     * more documents.
     */
    Expansion expansion(FindingSink.Firing firing) {
        int[] involved = new int[2];
        int count = involved(firing, involved);
        if (count < 0) {
            return null;
        }
        if (!copied(involved, count)) {
            return new Expansion(List.of(firing), null);
        }
        if (!expanded.add(shape(firing, involved, count))) {
            return new Expansion(List.of(), null);
        }
        Pairs pairs = count == 2 ? pairs(firing, involved) : null;
        return pairs != null ? new Expansion(List.of(), pairs) : new Expansion(each(firing, involved, count), null);
    }

    /** What a firing of the session stands for: firings over copies, one by one, or pairs of copies as one. */
    record Expansion(List<FindingSink.Firing> each, Pairs pairs) {
    }

    /**
     * Every firing the session over all documents makes in place of {@code firing}, a firing of
     * the session over {@link #sessionDocuments}: empty when another firing of the same order of
     * the same sets was expanded already, null when the firing is over three or more documents.
     */
    List<FindingSink.Firing> expand(FindingSink.Firing firing) {
        int[] involved = new int[2];
        int count = involved(firing, involved);
        if (count < 0) {
            return null;
        }
        if (!copied(involved, count)) {
            return List.of(firing);
        }
        if (!expanded.add(shape(firing, involved, count))) {
            return List.of();
        }
        return each(firing, involved, count);
    }

    private List<FindingSink.Firing> each(FindingSink.Firing firing, int[] involved, int count) {
        List<FindingSink.Firing> out = new ArrayList<>();
        if (count == 1) {
            for (int i : members.get(setOf[involved[0]])) {
                out.add(substitute(firing, involved, new int[] {i}, 1));
            }
            return out;
        }
        int x = involved[0];
        int y = involved[1];
        int order = Integer.compare(rank[x], rank[y]);
        for (int i : members.get(setOf[x])) {
            for (int j : members.get(setOf[y])) {
                if (Integer.compare(rank[i], rank[j]) == order) {
                    out.add(substitute(firing, involved, new int[] {i, j}, 2));
                }
            }
        }
        return out;
    }

    /**
     * The pairs of copies a firing of two documents stands for, as one: each side's copies that
     * are in one of its pairs at least, the facts each of them gives the firing, and the first
     * pair by id. Null, so that the pairs are made one by one, when the firing stands for one pair
     * only, when a side gives it no claim (a finding of such pairs would not share a claim and
     * join), or when it holds a claim of neither document (which every pair would hold alike).
     *
     * <p>Why one sighting can stand for every pair: each pair holds the claims of its two copies
     * at the places the firing's own claims are, so pairs that share a copy share a claim, and
     * every pair shares one with a pair of the first copy in the firing's order (the pair of the
     * first of one side and each copy of the other after it, or before it): the pairs are one
     * disagreement, and what it shows (sources, evidence, claim keys) is their union.
     */
    private Pairs pairs(FindingSink.Firing firing, int[] involved) {
        boolean[] claims = new boolean[2];
        for (Object o : firing.objects()) {
            if (o instanceof org.crosscheck.claims.Claim) {
                int[] at = where.get(o);
                if (at == null) {
                    return null;
                }
                claims[at[0] == involved[0] ? 0 : 1] = true;
            }
        }
        if (!claims[0] || !claims[1]) {
            return null;
        }
        int x = involved[0];
        int y = involved[1];
        int[] xs = members.get(setOf[x]);
        int[] ys = members.get(setOf[y]);
        int order = Integer.compare(rank[x], rank[y]);
        // x before y: a copy of x is in a pair when some copy of y comes after it, that is the last.
        int[] firstSide = order < 0 ? before(xs, rank[ys[ys.length - 1]]) : after(xs, rank[ys[0]]);
        int[] secondSide = order < 0 ? after(ys, rank[xs[0]]) : before(ys, rank[xs[xs.length - 1]]);
        if (firstSide.length + secondSide.length < 3) {
            return null;
        }
        // The first pair by id: the first copy of the first side in a pair, and the first copy of
        // the second side paired with it.
        int a = firstSide[0];
        int b = order < 0 ? after(ys, rank[a])[0] : secondSide[0];
        List<List<Object>> first = new ArrayList<>();
        for (int i : firstSide) {
            first.add(side(firing, x, i));
        }
        List<List<Object>> second = new ArrayList<>();
        for (int j : secondSide) {
            second.add(side(firing, y, j));
        }
        List<Object> neither = new ArrayList<>();
        for (Object o : firing.objects()) {
            int[] at = where.get(o);
            if (at == null || at[0] != x && at[0] != y) {
                neither.add(o);
            }
        }
        return new Pairs(firing.rule(), first, second, neither, substitute(firing, involved, new int[] {a, b}, 2),
                shape(firing, involved, 2), position(a, b), () -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int i : firstSide) {
                        for (int j : secondSide) {
                            if (Integer.compare(rank[i], rank[j]) == order) {
                                String p = ids.get(i);
                                String q = ids.get(j);
                                out.add(p.compareTo(q) <= 0 ? List.of(p, q) : List.of(q, p));
                            }
                        }
                    }
                    return out;
                });
    }

    /**
     * Pairs of copies as one: the rule; for each copy of each side in a pair, the facts it gives the
     * firing, in the firing's order; the firing's other objects; the firing over the first pair by id,
     * which set of copies they are ({@link #copiesOf}) and its place among them ({@link #position});
     * and each pair's two documents, sorted, worked out only when asked for.
     */
    record Pairs(String rule, List<List<Object>> first, List<List<Object>> second, List<Object> neither,
                 FindingSink.Firing firstPair, Object copies, long position,
                 java.util.function.Supplier<List<List<String>>> documents) {
    }

    /** The members, sorted by rank, ranked below {@code r}. */
    private int[] before(int[] members, int r) {
        return Arrays.stream(members).filter(i -> rank[i] < r).toArray();
    }

    /** The members, sorted by rank, ranked above {@code r}. */
    private int[] after(int[] members, int r) {
        return Arrays.stream(members).filter(i -> rank[i] > r).toArray();
    }

    /** The facts document {@code from} gives the firing, as its copy {@code to}'s, in the firing's order. */
    private List<Object> side(FindingSink.Firing firing, int from, int to) {
        List<Object> out = new ArrayList<>();
        for (Object o : firing.objects()) {
            int[] at = where.get(o);
            if (at != null && at[0] == from) {
                out.add(facts.get(to).get(at[1]));
            }
        }
        return out;
    }

    /** A pair's place among the pairs of its copies: by the first document's id, then the second's. */
    private long position(int first, int second) {
        return (long) rank[first] * ids.size() + rank[second];
    }

    /**
     * What a firing of two documents of which one at least has copies is up to the choice of
     * copies (equal for every expansion of one firing of the session, and for each firing of the
     * session over every copy that expansion stands for), or null for any other firing: a joined
     * finding lists one pair of such firings ({@code Disagreements.Sighting#copies}).
     */
    Object copiesOf(FindingSink.Firing firing) {
        if (!any) {
            return null;
        }
        int[] involved = new int[2];
        int count = involved(firing, involved);
        if (count <= 0) {
            return null;
        }
        return copied(involved, count) ? shape(firing, involved, count) : null;
    }

    /**
     * A firing's place among the firings over the same copies ({@link #copiesOf}): by the id of the
     * document its facts name first, then of the other; 0 for a firing of no document.
     */
    long position(FindingSink.Firing firing) {
        int[] involved = new int[2];
        int count = involved(firing, involved);
        return count == 2 ? position(involved[0], involved[1]) : count == 1 ? rank[involved[0]] : 0;
    }

    /** What a firing is up to the choice of copies: the rule, each fact's set and place, the documents' order. */
    private List<Object> shape(FindingSink.Firing firing, int[] involved, int count) {
        List<Object> key = new ArrayList<>();
        key.add(firing.rule());
        key.add(count == 2 ? Integer.compare(rank[involved[0]], rank[involved[1]]) : 0);
        for (Object o : firing.objects()) {
            key.add(shapeOf(o, involved, count));
        }
        return key;
    }

    /**
     * One object of a firing up to the choice of copies: a fact by its set and place, a document id by
     * its role, another string as it is, a record that a rule builds from facts (a pair of sentences)
     * by its components, and anything else by identity.
     */
    private Object shapeOf(Object o, int[] involved, int count) {
        int[] at = o == null ? null : where.get(o);
        if (at != null) {
            return List.of(setOf[at[0]], at[1], at[0] == involved[0] ? 0 : 1);
        } else if (o instanceof String s && (s.equals(ids.get(involved[0])) || count == 2 && s.equals(ids.get(involved[1])))) {
            return List.of(s.equals(ids.get(involved[0])) ? 0 : 1);
        } else if (o instanceof String s) {
            return s;
        } else if (o != null && o.getClass().isRecord()) {
            // Opened only when every component is a fact: a pair of sentences, not an event.
            List<Object> parts = new ArrayList<>();
            for (Method m : ACCESSORS.computeIfAbsent(o.getClass(), Copies::accessors)) {
                try {
                    int[] part = where.get(m.invoke(o));
                    if (part == null) {
                        return new Same(o);
                    }
                    // Its facts are the session's, not the copies' an expansion substitutes: told apart by set.
                    parts.add(List.of(setOf[part[0]], part[1], setOf[part[0]] == setOf[involved[0]] ? 0 : 1));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return new Same(o);
                }
            }
            return parts;
        }
        return new Same(o);
    }

    /** An object compared by identity. */
    private record Same(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same s && s.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    private FindingSink.Firing substitute(FindingSink.Firing firing, int[] involved, int[] targets, int count) {
        List<Object> objects = new ArrayList<>(firing.objects().size());
        for (Object o : firing.objects()) {
            objects.add(substitute(o, involved, targets, count));
        }
        Map<String, Object> declarations = new HashMap<>();
        firing.declarations().forEach((k, v) -> declarations.put(k, substitute(v, involved, targets, count)));
        return new FindingSink.Firing(firing.rule(), objects, declarations);
    }

    /** The copy's fact in place of a session document's, or its id in place of the document's id. */
    private Object substitute(Object o, int[] involved, int[] targets, int count) {
        int[] at = o == null ? null : where.get(o);
        for (int k = 0; k < count; k++) {
            if (at != null && at[0] == involved[k]) {
                return facts.get(targets[k]).get(at[1]);
            }
            if (at == null && o instanceof String s && s.equals(ids.get(involved[k]))) {
                return ids.get(targets[k]);
            }
        }
        return o;
    }

    /** Whether two documents' facts are equal in every field but the document's id and path. */
    static boolean sameFacts(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameBut(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two records are equal in every component but {@code document} (a document's {@code id} and {@code path}). */
    static boolean sameBut(Object a, Object b) {
        if (a.getClass() != b.getClass() || !a.getClass().isRecord()) {
            return false;
        }
        for (Method m : COMPONENTS.computeIfAbsent(a.getClass(), Copies::compared)) {
            try {
                Object x = m.invoke(a);
                Object y = m.invoke(b);
                if (x instanceof List<?> xs && y instanceof List<?> ys ? !sameElements(xs, ys) : !Objects.equals(x, y)) {
                    return false;
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                return false;
            }
        }
        return true;
    }

    /** Whether two lists hold, in order, records equal but for their document ({@link #sameBut}) or equal values. */
    private static boolean sameElements(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != null && x.getClass().isRecord() ? y == null || !sameBut(x, y) : !Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Every component's accessor of a record type, made accessible once. */
    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] out = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            out[i] = components[i].getAccessor();
            out[i].setAccessible(true);
        }
        return out;
    }

    private static Method[] compared(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            boolean identity = type == Document.class ? name.equals("id") || name.equals("path") : name.equals("document");
            if (!identity) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                out.add(m);
            }
        }
        return out.toArray(new Method[0]);
    }
}
