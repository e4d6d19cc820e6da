package org.crosscheck.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.ListedName;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.PlaceClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.extract.Names;

/**
 * Plain JSON text for what the store keeps of an extracted document: its claims one by one, its
 * blocks, its names and its read notes. Decoding gives back values equal to those encoded, so
 * grouping and rules can run again on them without the article being read or extracted again.
 *
 * <p>A claim is a JSON object of its record components in declaration order, after a
 * {@code "claim"} property naming its record ({@code "claim":"QuantityClaim"}). That property is
 * not called {@code "type"}, a component of {@link DateClaim}, and its value is not {@code kind()},
 * which is "quote" both for a quote and for a quote's passage. Nulls are written; infinite and NaN
 * numbers are written as the strings {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"}; a
 * set's elements are written sorted, so equal claims give equal text. UTF-16 surrogates are written
 * as escapes, so a lone one (a JSON Lines article may hold one) survives a store that keeps its text
 * as UTF-8. A map is written in its own iteration order and comes back in it: grouping sums over
 * the names' counts in that order, so a re-run adds them up the same way.
 *
 * <p>{@link QuotePassage} is not stored: the rule session derives it from its {@link QuoteClaim}
 * with the story's house style, which depends on all the story's texts.
 */
public final class ClaimCodec {

    /** The property that names a claim's record. */
    public static final String TYPE = "claim";

    private static final JsonMapper JSON = mapper();
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final ObjectWriter CLAIM_WRITER = JSON.writerFor(Claim.class);
    private static final ObjectReader CLAIM_READER = JSON.readerFor(Claim.class);
    private static final ObjectWriter BLOCKS_WRITER = JSON.writerFor(BLOCKS);
    private static final ObjectReader BLOCKS_READER = JSON.readerFor(BLOCKS);
    private static final ObjectWriter NAMES_WRITER = JSON.writerFor(Names.Found.class);
    private static final ObjectReader NAMES_READER = JSON.readerFor(Names.Found.class);
    private static final ObjectWriter STRINGS_WRITER = JSON.writerFor(STRINGS);
    private static final ObjectReader STRINGS_READER = JSON.readerFor(STRINGS);

    private ClaimCodec() {
    }

    /** The type name each stored claim is written with, and read back by. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = ClaimCodec.TYPE)
    @JsonSubTypes({
            @JsonSubTypes.Type(AttributeClaim.class),
            @JsonSubTypes.Type(DateClaim.class),
            @JsonSubTypes.Type(EventClaim.class),
            @JsonSubTypes.Type(ListedName.class),
            @JsonSubTypes.Type(NameClaim.class),
            @JsonSubTypes.Type(PlaceClaim.class),
            @JsonSubTypes.Type(QuantityClaim.class),
            @JsonSubTypes.Type(QuoteClaim.class),
            @JsonSubTypes.Type(RoleClaim.class),
            @JsonSubTypes.Type(TimestampClaim.class),
            @JsonSubTypes.Type(WeekdayClaim.class)})
    private interface ClaimMixIn {
    }

    /** The report leaves a place's names out ({@code @JsonIgnore} on the record); the store keeps them. */
    private abstract static class PlaceClaimMixIn {
        @JsonIgnore(false)
        Set<String> namesInDocument;

        @JsonIgnore(false)
        abstract Set<String> namesInDocument();
    }

    /** Writes a set's elements in their natural order, whatever order the set iterates in. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSetSerializer extends StdSerializer<Set> {
        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List sorted = new ArrayList(set);
            sorted.sort(null);
            gen.writeStartArray(set, sorted.size());
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, gen);
            }
            gen.writeEndArray();
        }
    }

    /** JSON's own escapes, and each surrogate escaped by its code; other characters are written as they are. */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static JsonMapper mapper() {
        SimpleModule sets = new SimpleModule("store-sets");
        sets.addSerializer(Set.class, new SortedSetSerializer());
        // Read back in the sorted order written, which is the order of the extractor's TreeSets.
        sets.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        JsonFactory factory = new JsonFactoryBuilder()
                .characterEscapes(new SurrogateEscapes())
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                // Record components only: no getter-like methods, whatever they are named.
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                // A record is built through its canonical constructor, never by setting its final fields.
                .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addMixIn(Claim.class, ClaimMixIn.class)
                .addMixIn(PlaceClaim.class, PlaceClaimMixIn.class)
                .addModule(sets)
                .build();
    }

    /**
     * One claim as a JSON object, {@code "claim"} first.
     *
     * @throws IllegalArgumentException for a {@link QuotePassage}, which is not stored
     */
    public static String claim(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        if (claim instanceof QuotePassage) {
            throw new IllegalArgumentException("a quote passage is not stored: the rules derive it from its quote"
                    + " with the story's house style");
        }
        return write(CLAIM_WRITER, claim);
    }

    /**
     * The claim {@link #claim(Claim)} wrote.
     *
     * @throws IllegalArgumentException when the text is not such a claim
     */
    public static Claim claim(String json) {
        return read(CLAIM_READER, withoutSaidDay(withoutParty(withoutClause(json))), "a claim");
    }

    /**
     * A quantity claim a store kept from before figures carried their clause's act and owner
     * (extractor versions before 2026-12-29) with both null, so that the store's documents can be
     * read again; any other missing property stays an error. {@code "act":} can only be a key: inside
     * a string its quotes are escaped.
     */
    static String withoutClause(String json) {
        if (json == null || !json.startsWith("{\"" + TYPE + "\":\"QuantityClaim\"") || json.contains("\"act\":")) {
            return json;
        }
        int end = json.lastIndexOf('}');
        return end < 0 ? json : json.substring(0, end) + ",\"act\":null,\"owner\":null" + json.substring(end);
    }

    /**
     * A date claim a store kept from before dates carried the other party of a happening of two
     * (extractor versions before 2027-02-03) with no party, so that the store's documents can be read
     * again. {@code "party":} can only be a key: inside a string its quotes are escaped.
     */
    static String withoutParty(String json) {
        return withMissing(json, "DateClaim", "\"party\":", "\"party\":null");
    }

    /**
     * A quote a store kept from before quotes carried the day they were said (extractor versions
     * before 2027-02-03) with that day unknown ({@link DateClaim#NO_DAY}).
     */
    static String withoutSaidDay(String json) {
        return withMissing(json, "QuoteClaim", "\"saidDay\":", "\"saidDay\":" + DateClaim.NO_DAY);
    }

    /** {@code json}, a claim of class {@code type} without {@code key}, with {@code property} added last. */
    private static String withMissing(String json, String type, String key, String property) {
        if (json == null || !json.startsWith("{\"" + TYPE + "\":\"" + type + "\"") || json.contains(key)) {
            return json;
        }
        int end = json.lastIndexOf('}');
        return end < 0 ? json : json.substring(0, end) + "," + property + json.substring(end);
    }

    /** A document's blocks as a JSON array. */
    public static String blocks(List<Block> blocks) {
        return write(BLOCKS_WRITER, Objects.requireNonNull(blocks, "blocks"));
    }

    /**
     * The blocks {@link #blocks(List)} wrote, as an unmodifiable list.
     *
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static List<Block> blocks(String json) {
        return List.copyOf(read(BLOCKS_READER, json, "a list of blocks"));
    }

    /** A document's names as a JSON object: counts in the map's order, people sorted. */
    public static String names(Names.Found names) {
        return write(NAMES_WRITER, Objects.requireNonNull(names, "names"));
    }

    /**
     * The names {@link #names(Names.Found)} wrote.
     *
     * @throws IllegalArgumentException when the text is not such names
     */
    public static Names.Found names(String json) {
        return read(NAMES_READER, json, "a document's names");
    }

    /** A list of strings, such as a document's read notes, as a JSON array. */
    public static String strings(List<String> strings) {
        return write(STRINGS_WRITER, Objects.requireNonNull(strings, "strings"));
    }

    /**
     * The strings {@link #strings(List)} wrote, as an unmodifiable list.
     *
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static List<String> strings(String json) {
        return List.copyOf(read(STRINGS_READER, json, "a list of strings"));
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads {@code json}; malformed text, a missing or unknown property, a null or a bad value is an error. */
    private static <T> T read(ObjectReader reader, String json, String what) {
        if (json == null) {
            throw new IllegalArgumentException("no JSON text for " + what);
        }
        T value;
        try {
            value = reader.readValue(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("damaged JSON for " + what + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
        if (value == null) {
            throw new IllegalArgumentException("damaged JSON for " + what + ": null");
        }
        if (value instanceof List<?> list && list.contains(null)) {
            throw new IllegalArgumentException("damaged JSON for " + what + ": a null element");
        }
        return value;
    }

    private static String where(JsonLocation at) {
        return at == null || at.getCharOffset() < 0 ? "" : " at character " + at.getCharOffset();
    }
}
