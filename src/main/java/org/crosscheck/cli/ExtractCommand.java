package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.InputError;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.report.JsonRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck extract PATH...}: the claims of each document as JSON, for inspection and evaluation. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the claims extracted from each document as JSON.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CorpusOptions input;

    @Option(names = "--dct", paramLabel = "ISO-DATE",
            description = "Document creation date to resolve dates against when a document gives no timestamp of its own.")
    String dct;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate dctDate = null;
        if (dct != null) {
            try {
                dctDate = LocalDate.parse(dct.length() > 10 ? dct.substring(0, 10) : dct);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dct takes an ISO date such as 2021-04-14; got '" + dct + "'");
            }
        }
        Corpus corpus;
        try {
            corpus = Corpus.open(input.paths, input.maxDocumentBytes);
        } catch (Corpus.MissingPathException e) {
            err.println("crosscheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        List<Object> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(corpus.walkErrors());
        LocalDate anchor = dctDate;
        corpus.forEach(document -> {
            ExtractedDocument d = Extractor.extract(Cleaner.clean(document), anchor);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", d.id());
            TimestampClaim published = d.published();
            entry.put("dct", published != null ? published.value() : anchor == null ? null : anchor.toString());
            List<Object> claims = new ArrayList<>();
            for (Claim c : d.claims()) {
                claims.add(describe(c));
            }
            entry.put("claims", claims);
            documents.add(entry);
        }, errors::add);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("documents", documents);
        doc.put("errors", errors);
        out.println(JsonRenderer.MAPPER.writeValueAsString(doc));
        return errors.isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERRORS.code();
    }

    /**
     * Every field of a claim, in a fixed order: kind, start, end, text, value, then the claim's
     * own fields; a temporal claim also gets its TIMEX3 type and value as {@code timex}.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> describe(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("start", c.span().start());
        m.put("end", c.span().end());
        m.put("text", c.text());
        m.put("value", c.value());
        if (c instanceof DateClaim d) {
            Map<String, Object> timex = new LinkedHashMap<>();
            timex.put("type", d.type());
            timex.put("value", d.value());
            m.put("timex", timex);
        }
        Map<String, Object> fields = JsonRenderer.MAPPER.convertValue(c, Map.class);
        fields.remove("span");
        fields.remove("document");
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(fields).entrySet()) {
            m.putIfAbsent(e.getKey(), e.getValue());
        }
        return m;
    }
}
