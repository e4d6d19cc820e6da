package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares. */
final class CorpusOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--max-document-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "Skip, and list as an error, any document larger than this (default: ${DEFAULT-VALUE}).")
    long maxDocumentBytes;
}
