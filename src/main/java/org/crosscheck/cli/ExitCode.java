package org.crosscheck.cli;

/** What the process's exit status tells a CI job. */
public enum ExitCode {
    /** No finding at or above the --fail-on threshold. */
    OK(0),
    /** At least one new finding at or above the --fail-on threshold. */
    FINDINGS(1),
    /** A usage or configuration error: a bad option, a missing path, an unreadable rules folder, a broken rule. */
    USAGE(2),
    /** crosscheck itself failed. */
    INTERNAL(3),
    /** The run finished, but some inputs could not be processed; they are listed in the report's errors. */
    INPUT_ERRORS(4),
    /** The store is busy: another run was writing it and did not finish within --store-timeout. Nothing was written. */
    STORE_BUSY(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
