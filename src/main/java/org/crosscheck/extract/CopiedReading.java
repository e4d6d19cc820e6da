package org.crosscheck.extract;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.corpus.Document;

/**
 * A copy's reading taken from its original's instead of extracted again. Everything extraction
 * reads of a document is in its copy key ({@link Document#copyKey()}: text, title, outlet and
 * publication date), so a copy of a read document is read exactly alike but for whose it is: its
 * claims are the original's under the copy's id, at the same spans, and its blocks and names are
 * the original's. A corpus that holds many copies of one article (a feed read twice, a syndicated
 * story) then costs one extraction per distinct text. {@code CopiedReadingTest} holds the copied
 * reading equal to an extraction of the copy.
 */
public final class CopiedReading {

    /** Each claim record's canonical constructor and components, found once per record class. */
    private static final ClassValue<Rebuild> REBUILD = new ClassValue<>() {
        @Override
        protected Rebuild computeValue(Class<?> type) {
            return Rebuild.of(type);
        }
    };

    private CopiedReading() {
    }

    /**
     * The reading of {@code copy}, from {@code original}'s: what {@code Extractor.extract} would give
     * for the copy.
     *
     * @throws IllegalArgumentException when the two are not copies (their copy keys differ)
     */
    public static ExtractedDocument of(ExtractedDocument original, Document copy) {
        if (!original.document().copyKey().equals(copy.copyKey())) {
            throw new IllegalArgumentException(copy.id() + " is not a copy of " + original.id()
                    + ": their text, title, outlet or publication date differ");
        }
        if (original.document().equals(copy)) {
            return original;
        }
        List<Claim> claims = new ArrayList<>(original.claims().size());
        for (Claim c : original.claims()) {
            claims.add(under(c, copy.id()));
        }
        return new ExtractedDocument(new CleanedDocument(copy, original.cleaned().blocks()), original.source(), original.title(),
                claims, original.names(), original.figures());
    }

    /** {@code claim} as the document {@code document} makes it: every other component the same. */
    static Claim under(Claim claim, String document) {
        if (claim.document().equals(document)) {
            return claim;
        }
        return (Claim) REBUILD.get(claim.getClass()).with(claim, document);
    }

    /** How to build a claim record again with another document. */
    record Rebuild(Constructor<?> constructor, RecordComponent[] components, int document) {

        /** For a record with a {@code String document} component (every claim record has one). */
        static Rebuild of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            Class<?>[] types = new Class<?>[components.length];
            int document = -1;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals("document") && types[i] == String.class) {
                    document = i;
                }
            }
            if (document < 0) {
                throw new IllegalArgumentException(type.getName() + " has no document component");
            }
            try {
                return new Rebuild(type.getDeclaredConstructor(types), components, document);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor: " + type.getName(), e);
            }
        }

        /** {@code value} (a record of this kind) with {@code id} as its document; what its constructor throws is thrown. */
        Object with(Object value, String id) {
            Object[] values = new Object[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    values[i] = i == document ? id : components[i].getAccessor().invoke(value);
                }
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("cannot rebuild " + value.getClass().getSimpleName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + value.getClass().getSimpleName(), e);
            }
        }
    }
}
