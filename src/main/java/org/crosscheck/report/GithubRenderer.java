package org.crosscheck.report;

import java.io.IOException;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;

/**
 * GitHub Actions workflow commands, one annotation a finding: {@code ::error file=...,line=...,
 * col=...,title=...::message}. Article text is escaped as the workflow-command syntax requires, so
 * it can neither end the command early nor start a new one.
 */
public final class GithubRenderer implements StreamRenderer {

    @Override
    public void render(ReportStream report, Appendable out) throws IOException {
        report.findings(f -> {
            if (f.status() != Finding.Status.NEW) {
                return;
            }
            Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            String document = first != null ? first.document() : f.documents().get(0);
            out.append("::").append(command(f.severity())).append(" file=")
                    .append(property(report.pathOf(document)));
            if (first != null) {
                out.append(",line=").append(String.valueOf(first.line())).append(",col=").append(String.valueOf(first.column()));
            }
            out.append(",title=").append(property(f.rule() + " (" + f.severity().word() + ")"))
                    .append("::").append(data(f.message())).append('\n');
        });
        for (InputError e : report.errors()) {
            out.append("::warning file=").append(property(e.path())).append(",title=")
                    .append(property("input not processed")).append("::").append(data(e.message())).append('\n');
        }
    }

    private static String command(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** Escaping of a command's message. */
    public static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command's property values, which also may not hold ':' or ','. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
