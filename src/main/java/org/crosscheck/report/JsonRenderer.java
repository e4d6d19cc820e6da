package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** The report as JSON: two-space indentation, "\n" line ends, fields in contract order. */
public final class JsonRenderer implements StreamRenderer {

    /** The mapper for reports: strict, bounded, and never polymorphic. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(64 * 1024 * 1024).maxNestingDepth(64).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPrettyPrinter(ReportJson.prettyPrinter())
            .build();

    /** The report as this mapper writes it, written without the mapper ({@link ReportJson}). */
    @Override
    public void render(ReportStream report, Appendable out) throws IOException {
        ReportJson.write(report, StreamRenderer.writer(out));
        out.append('\n');
    }
}
