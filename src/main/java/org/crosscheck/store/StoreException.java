package org.crosscheck.store;

/**
 * A store that cannot be used, and why, in words for the person running crosscheck. The store
 * is left as it was: a batch that fails is rolled back whole.
 */
public final class StoreException extends RuntimeException {

    /** What went wrong; the command line maps each to an exit code. */
    public enum Kind {
        /** The file is not a crosscheck store: another file, or another application's database. */
        NOT_A_STORE,
        /** The store was written by a newer crosscheck, with a schema this one does not know. */
        NEWER_SCHEMA,
        /** The store (or its folder, where SQLite keeps its write-ahead log) cannot be written. */
        READ_ONLY,
        /** Another run is writing the store, and it stayed busy past the timeout. */
        BUSY,
        /** The disk (or the store's size limit) is full. */
        FULL,
        /** The store is damaged, or SQLite failed in another way. */
        FAILED
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
