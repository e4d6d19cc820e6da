package org.crosscheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.Interval;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.PlaceClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Names;
import org.crosscheck.stories.StoryGrouper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims, blocks, names and notes written as JSON and read back equal, for every fixture article. */
class ClaimCodecTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");
    private static final Path HTML_PAGE = Path.of("src/test/resources/org/crosscheck/corpus/html/news-page.html");
    private static final Path RULES = Path.of("rules");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** Reads JSON as a tree and refuses a property written twice. */
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Every claim type the store keeps: all but the passages the rules derive from quotes. */
    private static final Set<Class<?>> STORED = storedTypes();

    private static Set<Class<?>> storedTypes() {
        Set<Class<?>> out = new HashSet<>();
        for (Class<?> c : Claim.class.getPermittedSubclasses()) {
            if (c != QuotePassage.class) {
                out.add(c);
            }
        }
        return out;
    }

    // ---- fixture articles, read as a run reads them ---------------------------------------

    /** The documents under {@code paths}, read, cleaned and extracted as {@code Crosscheck.check} does. */
    private static List<ExtractedDocument> read(Path... paths) throws Exception {
        List<ExtractedDocument> out = new ArrayList<>();
        Corpus.open(List.of(paths), Corpus.DEFAULT_MAX_DOCUMENT_BYTES)
                .forEach(d -> out.add(Extractor.extract(Cleaner.clean(d))), e -> fail(e.toString()));
        return out;
    }

    private static ExtractedDocument extract(String id, String text) {
        return Extractor.extract(Cleaner.clean(new Document(id, id + ".txt", text, List.of())));
    }

    /** The documents of each case of every rule's case file, one list a case. */
    private static List<List<ExtractedDocument>> ruleCases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<List<ExtractedDocument>> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(RULES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".cases.yaml")).sorted().toList();
        }
        for (Path file : files) {
            for (JsonNode c : yaml.readTree(file.toFile()).get("cases")) {
                List<ExtractedDocument> docs = new ArrayList<>();
                c.get("documents").fields().forEachRemaining(e -> docs.add(extract(e.getKey(), e.getValue().asText())));
                out.add(docs);
            }
        }
        return out;
    }

    /** The golden files' sentences, one document each, published on the file's anchor date. */
    private static List<ExtractedDocument> sentences(String file) throws IOException {
        List<ExtractedDocument> out = new ArrayList<>();
        String anchor = null;
        for (String line : Files.readString(GOLDEN.resolve(file)).split("\n")) {
            if (line.startsWith("# anchor ")) {
                String a = line.substring("# anchor ".length()).strip();
                anchor = a.equals("none") ? null : a;
            } else if (!line.isBlank() && !line.startsWith("#")) {
                out.add(extract("s" + out.size(), (anchor == null ? "" : "Published: " + anchor + "\n") + line + "\n"));
            }
        }
        return out;
    }

    /** The golden quote articles, separated by "---" lines. */
    private static List<ExtractedDocument> quoteArticles() throws IOException {
        List<ExtractedDocument> out = new ArrayList<>();
        for (String doc : Files.readString(GOLDEN.resolve("quotes.input.txt")).split("\n---\n")) {
            StringBuilder text = new StringBuilder("Published: 2021-04-14T10:00:00Z\nA story for the tests\n");
            doc.lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
            out.add(extract("q" + out.size(), text.toString()));
        }
        return out;
    }

    /** The documents once grouped into stories: claims tied to events, dates lent, places given names. */
    private static List<ExtractedDocument> grouped(List<ExtractedDocument> docs) {
        return StoryGrouper.group(docs).documents();
    }

    // ---- checks ----------------------------------------------------------------------------

    /** Encodes, decodes and re-encodes: the value comes back equal and the text is the same. */
    private static <T> String roundTrip(T value, Function<T, String> encode, Function<String, T> decode) {
        String json = encode.apply(value);
        T back = decode.apply(json);
        assertEquals(value, back, json);
        assertEquals(json, encode.apply(back), "encoding is not stable");
        return json;
    }

    private static String roundTrip(Claim c) {
        String json = roundTrip(c, ClaimCodec::claim, ClaimCodec::claim);
        assertComponentsInOrder(c, json);
        return json;
    }

    /** The JSON object holds the type, then each record component once, in declaration order, and nothing else. */
    private static void assertComponentsInOrder(Claim c, String json) {
        List<String> expected = new ArrayList<>(List.of(ClaimCodec.TYPE));
        Arrays.stream(c.getClass().getRecordComponents()).forEach(rc -> expected.add(rc.getName()));
        List<String> actual = new ArrayList<>();
        try {
            JsonNode node = TREE.readTree(json);
            node.fieldNames().forEachRemaining(actual::add);
            assertEquals(c.getClass().getSimpleName(), node.get(ClaimCodec.TYPE).asText());
        } catch (IOException e) {
            fail(e);
        }
        assertEquals(expected, actual, json);
    }

    /** Simple names, sorted, for readable failures. */
    private static List<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).sorted().toList();
    }

    /** Round-trips all the document's claims, blocks, names and notes; returns the claim types seen. */
    private static Set<Class<?>> roundTrip(ExtractedDocument d) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Claim c : d.claims()) {
            roundTrip(c);
            seen.add(c.getClass());
        }
        roundTrip(d.cleaned().blocks(), ClaimCodec::blocks, ClaimCodec::blocks);
        roundTrip(d.document().readNotes(), ClaimCodec::strings, ClaimCodec::strings);
        Names.Found names = d.names();
        Names.Found back = ClaimCodec.names(roundTrip(names, ClaimCodec::names, ClaimCodec::names));
        // Grouping sums over the counts in their order, so they come back in it.
        assertEquals(List.copyOf(names.counts().keySet()), List.copyOf(back.counts().keySet()));
        assertEquals(List.copyOf(names.people()), List.copyOf(back.people()));
        return seen;
    }

    // ---- tests -----------------------------------------------------------------------------

    @Test
    void seedArticlesRoundTrip() throws Exception {
        List<ExtractedDocument> seeds = read(SEEDS);
        assertEquals(5, seeds.size());
        for (ExtractedDocument d : seeds) {
            assertFalse(d.claims().isEmpty(), d.id());
            roundTrip(d);
        }
    }

    @Test
    void groupedSeedArticlesRoundTrip() throws Exception {
        grouped(read(SEEDS)).forEach(ClaimCodecTest::roundTrip);
    }

    /**
     * A place tied to its event carries the names beside it. Since a place is tied only where
     * its document's place in the event is sure or its words are close to a sure member's (as
     * figures are), no seed's place is tied any more, so the rule cases' grouped documents
     * supply one.
     */
    @Test
    void groupedPlacesWithTheirNamesRoundTrip() throws Exception {
        List<ExtractedDocument> docs = new ArrayList<>();
        for (List<ExtractedDocument> c : ruleCases()) {
            docs.addAll(grouped(c));
        }
        List<ExtractedDocument> withNames = docs.stream().filter(d -> d.claims().stream()
                .anyMatch(c -> c instanceof PlaceClaim p && !p.namesInDocument().isEmpty())).toList();
        assertFalse(withNames.isEmpty(), "no place with names");
        withNames.forEach(ClaimCodecTest::roundTrip);
    }

    @Test
    void everyFixtureArticleRoundTripsAndEveryStoredTypeIsSeen() throws Exception {
        Set<Class<?>> seen = new HashSet<>();
        List<ExtractedDocument> docs = new ArrayList<>(read(SEEDS, HTML_PAGE));
        docs.addAll(grouped(read(SEEDS)));
        for (List<ExtractedDocument> c : ruleCases()) {
            docs.addAll(c);
            docs.addAll(grouped(c));
        }
        for (String file : List.of("temporal.input.txt", "quantities.input.txt", "attributes.input.txt")) {
            docs.addAll(sentences(file));
        }
        docs.addAll(quoteArticles());
        for (ExtractedDocument d : docs) {
            seen.addAll(roundTrip(d));
        }
        assertEquals(names(STORED), names(seen), "claim types the fixtures never produce");
    }

    @Test
    void everyStoredTypeByHandWithNulls() {
        Span s = new Span(3, 9);
        List<Claim> claims = List.of(
                new TimestampClaim("d", s, "text", TimestampClaim.Role.UPDATED, "", "2021-04-13T00:27", -5, 7, true,
                        null, true),
                new WeekdayClaim("d", s, "Mon, 2 May", DayOfWeek.MONDAY, "2022-05-02", DayOfWeek.SUNDAY, null),
                new DateClaim("d", s, "since 2014", "DATE", "2014", "START", null, true, DateClaim.NO_DAY,
                        Long.MAX_VALUE, null, null, "arrest", List.of("vincent gigante")),
                new QuantityClaim("d", s, "x", "money:EUR", null, 1e300, "", 4.9E-324, true, Double.MAX_VALUE, true,
                        -0.0, null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, false, false, null,
                        null, null),
                new EventClaim("d", s, "met", "meeting", null, null),
                new PlaceClaim("d", s, "Brussels", "meeting", null, null),
                new QuoteClaim("d", s, "\"We\" \\ said\n\u2028\u00e9\ud83d\ude00", null, null, null, null, null, false, null,
                        true, true, null, DateClaim.NO_DAY, false),
                new RoleClaim("d", s, "former minister X", "X", "x", "former minister", "minister", null, false,
                        DateClaim.NO_DAY),
                new NameClaim("d", s, "Kiev", "kiev", "_"),
                new org.crosscheck.claims.ListedName("d", s, "Gourian", List.of("Tonban", "Khaledin")),
                new AttributeClaim("d", s, "33", "Tara Reid", "tara reid", true, "age", "33",
                        Double.NEGATIVE_INFINITY, true, 33, false, DateClaim.NO_DAY, null, null));
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Claim c : claims) {
            roundTrip(c);
            seen.add(c.getClass());
        }
        assertEquals(names(STORED), names(seen));
    }

    @Test
    void quantityAtInfinityWithNulls() {
        QuantityClaim q = new QuantityClaim("doc", new Span(0, 14), "more than 80k", "troops", null, Double.NaN,
                "more than", 80_000, true, Double.POSITIVE_INFINITY, false, 10_000, null, null, DateClaim.NO_DAY,
                null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, false, false, null, null, null);
        String json = roundTrip(q);
        assertTrue(json.contains("\"high\":\"Infinity\""), json);
        assertTrue(json.contains("\"written\":\"NaN\""), json);
        assertTrue(json.contains("\"subject\":null"), json);
        assertTrue(json.contains("\"asOf\":-9223372036854775808"), json);
        QuantityClaim back = (QuantityClaim) ClaimCodec.claim(json);
        assertEquals(q.interval(), back.interval());
        assertEquals("(80000, \u221e]", back.interval().toString());

        QuantityClaim below = new QuantityClaim("doc", new Span(0, 0), "", "killed", "civilians", 0,
                "fewer than", Double.NEGATIVE_INFINITY, false, 10, true, 1, "un", "the UN", 18_000, "published",
                1_618_223_220, 1_618_226_820, "ten", true, true, true, "e1", "civilians", "attack");
        assertTrue(roundTrip(below).contains("\"low\":\"-Infinity\""));
    }

    @Test
    void aQuantityStoredBeforeActsAndOwnersReadsBackWithNone() {
        QuantityClaim q = new QuantityClaim("doc", new Span(0, 2), "12", "killed", null, 12, "", 12, false, 12, false, 1, null,
                null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, true, null, null, null)
                .withClause("killed", "quake");
        String json = roundTrip(q);
        assertTrue(json.contains("\"act\":\"killed\",\"owner\":\"quake\"}"), json);
        String old = json.replace(",\"act\":\"killed\",\"owner\":\"quake\"", "");
        QuantityClaim back = (QuantityClaim) ClaimCodec.claim(old);
        assertEquals(q.withClause(null, null), back);
        // Only the two new components may be missing, and only from a quantity.
        assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(old.replace(",\"mainHappening\":null", "")));
        assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(json.replace(",\"owner\":\"quake\"", "")));
        assertEquals("{\"claim\":\"EventClaim\"}", ClaimCodec.withoutClause("{\"claim\":\"EventClaim\"}"));
        assertEquals("{\"claim\":\"QuantityClaim\",\"act\":null,\"owner\":null}", ClaimCodec.withoutClause("{\"claim\":\"QuantityClaim\"}"));
        assertEquals("{\"claim\":\"QuantityClaim\"", ClaimCodec.withoutClause("{\"claim\":\"QuantityClaim\""));
    }

    @Test
    void aQuoteStoredBeforeSaidDaysReadsBackWithNone() {
        QuoteClaim q = new QuoteClaim("d", new Span(0, 40), "We are ready to talk about it now.", "he", "Ned Price",
                "ned price", null, "ned price", true, "said", false, false, null, DateClaim.NO_DAY, false).withSaidDay(19_422);
        String json = roundTrip(q);
        assertTrue(json.endsWith(",\"saidDay\":19422}"), json);
        String old = json.replace(",\"saidDay\":19422", "");
        assertEquals(q.withSaidDay(DateClaim.NO_DAY), ClaimCodec.claim(old));
        assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(old.replace(",\"cue\":\"said\"", "")));
        assertEquals("{\"claim\":\"DateClaim\"}", ClaimCodec.withoutSaidDay("{\"claim\":\"DateClaim\"}"));
        assertEquals("{\"claim\":\"QuoteClaim\",\"saidDay\":-9223372036854775808}", ClaimCodec.withoutSaidDay("{\"claim\":\"QuoteClaim\"}"));
    }

    @Test
    void aDateStoredBeforeOtherPartiesReadsBackWithNone() {
        DateClaim d = new DateClaim("doc", new Span(0, 6), "Monday", "DATE", "2023-03-06", null, "2023-03-10", false,
                19_422, 19_422, null, null, "meeting", List.of("orla venn")).withParty("ravi sandu");
        String json = roundTrip(d);
        assertTrue(json.endsWith(",\"party\":\"ravi sandu\"}"), json);
        String old = json.replace(",\"party\":\"ravi sandu\"", "");
        assertEquals(d.withParty(null), ClaimCodec.claim(old));
        // Only the party may be missing, and only from a date.
        assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(old.replace(",\"about\":\"meeting\"", "")));
        assertEquals("{\"claim\":\"EventClaim\"}", ClaimCodec.withoutParty("{\"claim\":\"EventClaim\"}"));
        assertEquals("{\"claim\":\"DateClaim\",\"party\":null}", ClaimCodec.withoutParty("{\"claim\":\"DateClaim\"}"));
        assertEquals("{\"claim\":\"DateClaim\"", ClaimCodec.withoutParty("{\"claim\":\"DateClaim\""));
        assertEquals("{\"claim\":\"DateClaim\",\"party\":\"x\"}", ClaimCodec.withoutParty("{\"claim\":\"DateClaim\",\"party\":\"x\"}"));
    }

    @Test
    void setsAreWrittenSortedWhateverOrderTheyIterateIn() {
        Span s = new Span(0, 8);
        Set<String> names = new HashSet<>(List.of("zagreb", "brussels", "kyiv", "\u00e9vian", "belgium"));
        PlaceClaim a = new PlaceClaim("d", s, "Brussels", "meeting", "e1", names);
        PlaceClaim b = new PlaceClaim("d", s, "Brussels", "meeting", "e1", new TreeSet<>(names).descendingSet());
        String json = roundTrip(a);
        assertEquals(json, ClaimCodec.claim(b));
        assertTrue(json.endsWith("\"namesInDocument\":[\"belgium\",\"brussels\",\"kyiv\",\"zagreb\",\"\u00e9vian\"]}"),
                json);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("nato", 3);
        counts.put("antony blinken", 2);
        Names.Found found = new Names.Found(counts, new HashSet<>(Set.of("jens stoltenberg", "antony blinken")));
        assertEquals("{\"counts\":{\"nato\":3,\"antony blinken\":2},"
                        + "\"people\":[\"antony blinken\",\"jens stoltenberg\"]}",
                roundTrip(found, ClaimCodec::names, ClaimCodec::names));
    }

    @Test
    void notesAndEmptyValues() {
        roundTrip(List.of("a byte-order mark was removed", "invalid UTF-8 at byte 12, read as \ufffd", ""),
                ClaimCodec::strings, ClaimCodec::strings);
        assertEquals("[]", roundTrip(List.<String>of(), ClaimCodec::strings, ClaimCodec::strings));
        assertEquals("[]", roundTrip(List.<Block>of(), ClaimCodec::blocks, ClaimCodec::blocks));
        roundTrip(new Names.Found(new HashMap<>(), new TreeSet<>()), ClaimCodec::names, ClaimCodec::names);
        roundTrip(new Names.Found(null, null), ClaimCodec::names, ClaimCodec::names);
        roundTrip(List.of(new Block(new Span(0, 5), Block.Kind.TITLE, null),
                new Block(new Span(6, 6), Block.Kind.BOILERPLATE, "a share button")),
                ClaimCodec::blocks, ClaimCodec::blocks);
    }

    @Test
    void surrogatesAreEscapedSoALoneOneSurvivesUtf8() {
        NameClaim lone = new NameClaim("d", new Span(0, 3), "K\ud800v", "k", "_ \ud83d\ude00 Kyiv");
        String json = roundTrip(lone);
        assertTrue(json.chars().noneMatch(c -> Character.isSurrogate((char) c)), json);
        assertTrue(json.contains("K\\ud800v") && json.contains("\\ud83d\\ude00"), json);
        String viaUtf8 = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(lone, ClaimCodec.claim(viaUtf8));
        assertTrue(ClaimCodec.claim(new EventClaim("d", new Span(0, 1), "Vend\u00f4me", "visit", null, null))
                .contains("\"Vend\u00f4me\""), "other characters are written as they are");
    }

    /** The store's SQLite keeps the text as written, and its JSON functions read it. */
    @Test
    void sqliteKeepsTheTextAndReadsItAsJson() throws Exception {
        List<Claim> claims = new ArrayList<>();
        read(SEEDS).forEach(d -> claims.addAll(d.claims()));
        claims.add(new QuantityClaim("d", new Span(0, 2), "\udc00", "troops", null, Double.NaN, "",
                Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, 1, null, null, DateClaim.NO_DAY, null,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, false, false, null, null, null));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            db.createStatement().execute("create table claim (id integer primary key, json text not null)");
            try (PreparedStatement insert = db.prepareStatement("insert into claim (id, json) values (?, ?)")) {
                for (int i = 0; i < claims.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, ClaimCodec.claim(claims.get(i)));
                    insert.executeUpdate();
                }
            }
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select id, json, json_valid(json), json_extract(json, '$.claim'), typeof(json)"
                            + " from claim order by id")) {
                int n = 0;
                while (rs.next()) {
                    Claim c = claims.get(rs.getInt(1));
                    assertEquals(c, ClaimCodec.claim(rs.getString(2)));
                    assertEquals(1, rs.getInt(3), rs.getString(2));
                    assertEquals(c.getClass().getSimpleName(), rs.getString(4));
                    assertEquals("text", rs.getString(5));
                    n++;
                }
                assertEquals(claims.size(), n);
            }
        }
    }

    @Test
    void aQuotePassageIsNotStored() {
        QuoteClaim q = new QuoteClaim("d", new Span(0, 40), "We are ready to talk about it now.", "he", "Ned Price",
                "ned price", null, "ned price", true, "said", false, false, null, DateClaim.NO_DAY, false);
        QuotePassage p = q.passages().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(p));
        assertTrue(e.getMessage().contains("passage"), e.getMessage());
        String json = ClaimCodec.claim(q).replace("\"QuoteClaim\"", "\"QuotePassage\"");
        assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "null",
            "not json",
            "{",
            "[]",
            "42",
            "{}",
            "{\"claim\":\"NoSuchClaim\"}",
            "{\"claim\":\"EventClaim\",\"document\":\"d\",\"span\":{\"start\":0,\"end\":3},\"text\":\"met\",\"happening\":\"meeting\",\"mode\":null}",
            "{\"claim\":\"EventClaim\",\"document\":\"d\",\"span\":{\"start\":0,\"end\":3},\"text\":\"met\",\"happening\":\"meeting\",\"mode\":null,\"event\":null,\"extra\":1}",
            "{\"claim\":\"EventClaim\",\"document\":\"d\",\"span\":{\"start\":0,\"end\":3},\"text\":\"met\",\"happening\":\"meeting\",\"mode\":null,\"event\":null} trailing",
            "{\"claim\":\"EventClaim\",\"document\":\"d\",\"document\":\"e\",\"span\":{\"start\":0,\"end\":3},\"text\":\"met\",\"happening\":\"meeting\",\"mode\":null,\"event\":null}",
            "{\"claim\":\"EventClaim\",\"document\":\"d\",\"span\":{\"start\":5,\"end\":3},\"text\":\"met\",\"happening\":\"meeting\",\"mode\":null,\"event\":null}",
            "{\"claim\":\"RoleClaim\",\"document\":\"d\",\"span\":{\"start\":0,\"end\":3},\"text\":\"t\",\"person\":\"p\",\"personKey\":\"p\",\"title\":\"t\",\"role\":\"r\",\"country\":null,\"current\":null,\"day\":0}",
            "{\"claim\":\"RoleClaim\",\"document\":\"d\",\"span\":{\"start\":0,\"end\":3},\"text\":\"t\",\"person\":\"p\",\"personKey\":\"p\",\"title\":\"t\",\"role\":\"r\",\"country\":null,\"current\":true,\"day\":\"soon\"}",
            "{\"claim\":\"TimestampClaim\",\"document\":\"d\",\"span\":{\"start\":0,\"end\":3},\"text\":\"t\",\"role\":\"LATER\",\"label\":\"\",\"value\":\"v\",\"earliest\":0,\"latest\":0,\"zoned\":false,\"zoneNote\":null,\"ambiguousOrder\":false}",
    })
    void malformedClaimJsonIsAnIllegalArgument(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim(json));
        assertTrue(e.getMessage().startsWith("damaged JSON for a claim"), e.getMessage());
    }

    @Test
    void aDamagedClaimSaysWhereItIsDamaged() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimCodec.claim("{\"claim\":\"EventClaim\",\"document\":\"d\",}"));
        assertTrue(e.getMessage().startsWith("damaged JSON for a claim at character "), e.getMessage());
        int at = Integer.parseInt(e.getMessage().replaceAll("^damaged JSON for a claim at character (\\d+).*$", "$1"));
        assertTrue(at > 20 && at < 40, e.getMessage());
    }

    @Test
    void malformedListsAndNamesAreIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> ClaimCodec.claim((String) null));
        for (String json : List.of("", "{}", "[null]", "[{\"span\":{\"start\":0,\"end\":1},\"kind\":\"TITLE\"}]",
                "[{\"span\":{\"start\":0,\"end\":1},\"kind\":\"FOOTER\",\"reason\":null}]", "[1]")) {
            assertThrows(IllegalArgumentException.class, () -> ClaimCodec.blocks(json), json);
        }
        for (String json : List.of("", "[]", "null", "{\"counts\":{\"a\":\"many\"},\"people\":[]}",
                "{\"counts\":{},\"people\":[],\"more\":1}")) {
            assertThrows(IllegalArgumentException.class, () -> ClaimCodec.names(json), json);
        }
        for (String json : List.of("", "{}", "[null]", "[\"a\"", "null")) {
            assertThrows(IllegalArgumentException.class, () -> ClaimCodec.strings(json), json);
        }
    }

    // ---- properties ------------------------------------------------------------------------

    /** Any double: every bit pattern (NaNs, subnormals, both zeros), and the special values often. */
    private static Arbitrary<Double> anyDouble() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.doubles().withStandardSpecialValues(),
                Arbitraries.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0));
    }

    @Provide
    Arbitrary<Span> spans() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0))
                .as((a, b) -> new Span(Math.min(a, b), Math.max(a, b)));
    }

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<Double> bound = anyDouble().filter(d -> !d.isNaN());
        return Combinators.combine(bound, bound, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((a, b, lo, hi) -> new Interval(Math.min(a, b), lo, Math.max(a, b), hi));
    }

    @Provide
    Arbitrary<Double> doubles() {
        return anyDouble();
    }

    /**
     * Without jqwik's edge cases, which the four arbitraries together have more of than tries: the
     * doubles already give the infinities, zeros and NaN a third of the time.
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void spansAndIntervalsRoundTrip(@ForAll("spans") Span span, @ForAll("intervals") Interval interval,
                                    @ForAll("doubles") double written, @ForAll String text) {
        QuantityClaim q = new QuantityClaim("d", span, text, "troops", null, written, "", interval.low(),
                interval.lowOpen(), interval.high(), interval.highOpen(), written, null, text, DateClaim.NO_DAY, null,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, true, true, false, null, null, null);
        QuantityClaim back = (QuantityClaim) ClaimCodec.claim(roundTrip(q));
        assertEquals(interval, back.interval());
        assertEquals(span, back.span());
        roundTrip(List.of(new Block(span, Block.Kind.BODY, text)), ClaimCodec::blocks, ClaimCodec::blocks);
    }
}
