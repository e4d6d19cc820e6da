package org.crosscheck.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.WordDiff;
import org.crosscheck.corpus.InputError;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * One self-contained HTML page for editors, usable offline: findings grouped by story and event,
 * filters by severity and rule, each finding's values side by side in a table (source, value, the
 * words as written), its sources with the evidence highlighted in its line, the message, why its
 * severity, the rule's explanation, a word diff for quotes and for figures a small timeline. Every piece of article text is escaped, links are relative, and a
 * strict Content-Security-Policy allows only this page's own style and script, by their hashes.
 */
public final class HtmlRenderer implements Renderer {

    private static final String STYLE = String.join("\n",
            "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}",
            "header{background:#1d2430;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:20px}",
            "main{padding:16px 24px;max-width:1200px}",
            ".filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;margin:8px 0 16px}",
            ".filters label{cursor:pointer}",
            "section.story{margin-bottom:24px}h2{font-size:17px;margin:16px 0 4px}h3{font-size:15px;margin:12px 0 4px;color:#445}",
            "article{background:#fff;border:1px solid #d8dce3;border-left:6px solid #999;border-radius:6px;padding:10px 14px;margin:10px 0}",
            "article.error{border-left-color:#c62828}article.warning{border-left-color:#ef8f00}article.note{border-left-color:#1e6fbf}",
            "article[hidden]{display:none}",
            ".badge{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;color:#fff;margin-right:6px}",
            ".badge.error{background:#c62828}.badge.warning{background:#ef8f00}.badge.note{background:#1e6fbf}",
            ".rule{font-family:ui-monospace,monospace;font-size:13px}.status{font-size:12px;color:#666;margin-left:6px}",
            ".sources{display:flex;gap:10px;flex-wrap:wrap;margin:8px 0}",
            ".source{flex:1 1 320px;background:#fafbfc;border:1px solid #e3e6ea;border-radius:4px;padding:8px}",
            ".source .doc{font-size:12px;color:#555}mark{background:#ffe08a;padding:0 1px}",
            ".why{font-size:13px;color:#555}",
            "table.values{border-collapse:collapse;margin:8px 0;font-size:14px}",
            "table.values th,table.values td{border:1px solid #e3e6ea;padding:3px 8px;text-align:left;vertical-align:top}",
            "table.values th{background:#f3f4f6;font-weight:600}",
            "details pre{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;background:#f3f4f6;padding:8px}",
            "svg text{font:11px system-ui,sans-serif;fill:#333}.errors li{margin:4px 0}",
            ".diff{background:#fafbfc;border:1px solid #e3e6ea;padding:6px 8px;margin:6px 0}",
            "del{background:#fde2e1;color:#8a1c1c}ins{background:#dff3e3;color:#1c5e2c;text-decoration:underline}");

    private static final String SCRIPT = String.join("\n",
            "(function(){",
            "  function apply(){",
            "    var sev={};document.querySelectorAll('input.sev').forEach(function(c){sev[c.value]=c.checked;});",
            "    var rule=document.getElementById('rule').value;var shown=0;",
            "    document.querySelectorAll('article.finding').forEach(function(a){",
            "      var on=sev[a.dataset.severity]&&(rule===''||a.dataset.rule===rule);a.hidden=!on;if(on){shown++;}});",
            "    document.getElementById('shown').textContent=String(shown);",
            "  }",
            "  document.querySelectorAll('input.sev').forEach(function(c){c.addEventListener('change',apply);});",
            "  document.getElementById('rule').addEventListener('change',apply);",
            "  apply();",
            "})();");

    @Override
    public void render(Report report, Appendable out) throws IOException {
        Map<String, Report.DocumentEntry> docs = new HashMap<>();
        report.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, Report.EventEntry> events = new HashMap<>();
        report.events().forEach(e -> events.put(e.id(), e));
        Map<String, Report.RuleEntry> rules = new HashMap<>();
        report.rules().forEach(r -> rules.put(r.id(), r));

        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(hash(STYLE)).append("'; script-src '").append(hash(SCRIPT))
                .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        out.append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>crosscheck report</title>\n");
        out.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header><h1>crosscheck report</h1><div>");
        Report.Summary s = report.summary();
        out.append(esc(s.documents() + " documents, " + s.claims() + " claims, " + report.findings().size() + " findings: "
                + s.findings().get("error") + " errors, " + s.findings().get("warning") + " warnings, "
                + s.findings().get("note") + " notes; " + s.newFindings().get("error") + " new errors"));
        out.append("</div></header>\n<main>\n<div class=\"filters\" role=\"group\" aria-label=\"filters\">");
        for (String sev : List.of("error", "warning", "note")) {
            out.append("<label><input type=\"checkbox\" class=\"sev\" id=\"filter-").append(sev).append("\" value=\"")
                    .append(sev).append("\" checked> ").append(sev).append("</label>");
        }
        out.append("<label>rule <select id=\"rule\"><option value=\"\">all rules</option>");
        TreeSet<String> ruleIds = new TreeSet<>();
        report.findings().forEach(f -> ruleIds.add(f.rule()));
        for (String r : ruleIds) {
            out.append("<option value=\"").append(esc(r)).append("\">").append(esc(r)).append("</option>");
        }
        out.append("</select></label><span><span id=\"shown\">").append(String.valueOf(report.findings().size()))
                .append("</span> shown</span></div>\n");

        // Story, then event: the event all of a finding's documents report, else "across events".
        Map<String, Map<String, List<Finding>>> grouped = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            String story = f.story() == null ? "(no story)" : f.story();
            TreeSet<String> evs = new TreeSet<>();
            for (String d : f.documents()) {
                Report.DocumentEntry de = docs.get(d);
                evs.add(de == null || de.event() == null ? "" : de.event());
            }
            String event = evs.size() == 1 && !evs.first().isEmpty() ? evs.first() : "";
            grouped.computeIfAbsent(story, k -> new LinkedHashMap<>()).computeIfAbsent(event, k -> new ArrayList<>()).add(f);
        }
        Map<String, String> storyLabels = new HashMap<>();
        report.stories().forEach(st -> storyLabels.put(st.id(), st.label()));
        for (Map.Entry<String, Map<String, List<Finding>>> story : grouped.entrySet()) {
            out.append("<section class=\"story\"><h2>").append(esc(story.getKey()));
            String label = storyLabels.get(story.getKey());
            if (label != null) {
                out.append(": ").append(esc(label));
            }
            out.append("</h2>\n");
            for (Map.Entry<String, List<Finding>> event : story.getValue().entrySet()) {
                Report.EventEntry e = events.get(event.getKey());
                out.append("<h3>").append(e == null ? "Across events, or about one document" : esc(e.id() + ": " + e.kind()
                        + (e.mode() == null ? "" : ", " + e.mode()) + (e.date() == null ? "" : ", " + e.date())
                        + (e.place() == null ? "" : ", " + e.place())
                        + (e.participants().isEmpty() ? "" : " (" + String.join(", ", e.participants()) + ")")))
                        .append("</h3>\n");
                for (Finding f : event.getValue()) {
                    finding(out, f, docs, rules.get(f.rule()));
                }
            }
            out.append("</section>\n");
        }
        if (report.findings().isEmpty()) {
            out.append("<p>No findings.</p>\n");
        }
        if (!report.errors().isEmpty()) {
            out.append("<h2>Inputs that could not be processed</h2>\n<ul class=\"errors\">");
            for (InputError e : report.errors()) {
                out.append("<li>").append(esc(e.path())).append(": ").append(esc(e.message())).append("</li>");
            }
            out.append("</ul>\n");
        }
        out.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private static void finding(Appendable out, Finding f, Map<String, Report.DocumentEntry> docs, Report.RuleEntry rule)
            throws IOException {
        String sev = f.severity().word();
        out.append("<article class=\"finding ").append(sev).append("\" data-severity=\"").append(sev)
                .append("\" data-rule=\"").append(esc(f.rule())).append("\">\n<div><span class=\"badge ").append(sev)
                .append("\">").append(sev).append("</span><span class=\"rule\">").append(esc(f.rule())).append("</span>");
        if (f.status() != Finding.Status.NEW) {
            out.append("<span class=\"status\">").append(esc(f.status().word() + ": " + f.statusReason())).append("</span>");
        }
        out.append("</div>\n<p>").append(esc(f.message())).append("</p>\n");
        if (!f.evidence().isEmpty()) {
            out.append("<table class=\"values\"><thead><tr><th>Source</th><th>Value</th><th>As written</th></tr></thead><tbody>");
            for (Evidence e : f.evidence()) {
                Report.DocumentEntry d = docs.get(e.document());
                ValueTable.Row r = new ValueTable.Row(e.document(), d == null ? null : d.source(), e);
                out.append("<tr><td><strong>").append(esc(r.document())).append("</strong>")
                        .append(r.outlet() == null ? "" : " " + esc(r.outlet()))
                        .append(" <span class=\"doc\">").append(r.at()).append("</span></td><td>").append(esc(r.value()))
                        .append("</td><td>").append(esc("\u201c" + r.written() + "\u201d")).append("</td></tr>");
            }
            out.append("</tbody></table>\n");
        }
        out.append("<div class=\"sources\">");
        if (f.evidence().isEmpty()) {
            for (String d : f.documents()) {
                out.append("<div class=\"source\">").append(documentLink(d, docs.get(d))).append("</div>");
            }
        }
        for (Evidence e : f.evidence()) {
            out.append("<div class=\"source\">").append(documentLink(e.document(), docs.get(e.document())))
                    .append("<div class=\"doc\">line ").append(String.valueOf(e.line())).append(", column ")
                    .append(String.valueOf(e.column())).append("</div><div>")
                    .append(e.before() == null ? "" : esc(e.before())).append("<mark>").append(esc(e.text())).append("</mark>")
                    .append(e.after() == null ? "" : esc(e.after())).append("</div></div>");
        }
        out.append("</div>\n");
        for (QuoteDiffs.Pair p : QuoteDiffs.of(f)) {
            out.append("<div class=\"diff\">").append(wordDiff(p.first(), p.other())).append("</div>\n");
        }
        timeline(out, f);
        out.append("<div class=\"why\">Why ").append(sev).append(": ").append(esc(f.severityReason())).append("</div>\n");
        if (rule != null && rule.explanation() != null) {
            out.append("<details><summary>About ").append(esc(rule.id())).append("</summary><pre>")
                    .append(esc(rule.explanation())).append("</pre></details>\n");
        }
        out.append("</article>\n");
    }

    /**
     * A word-level diff of two wordings: words only in the first struck through, words only in the
     * second underlined, all escaped. Compared in house style without the story's abbreviations,
     * which the report does not hold.
     */
    static String wordDiff(String first, String second) {
        return WordDiff.render(first, second, new WordDiff.Style() {
            public String keep(String w) {
                return w;
            }

            public String removed(String w) {
                return "<del>" + w + "</del>";
            }

            public String added(String w) {
                return "<ins>" + w + "</ins>";
            }
        }, HtmlRenderer::esc, HouseStyle.general());
    }

    /** A link to the source file: the path, percent-encoded as a relative reference, so it can carry no scheme. */
    private static String documentLink(String id, Report.DocumentEntry d) {
        String label = "<strong>" + esc(id) + "</strong>" + (d != null && d.source() != null ? " " + esc(d.source()) : "")
                + (d != null && d.published() != null ? " <span class=\"doc\">" + esc(d.published()) + "</span>" : "");
        if (d == null || d.path() == null) {
            return "<div>" + label + "</div>";
        }
        String href = SarifRenderer.uri(d.path());
        if (href.startsWith("/")) {
            href = "file://" + href;
        }
        return "<div><a href=\"" + esc(href) + "\">" + label + "</a></div>";
    }

    /** Figures against their as-of dates: a bar from low to high, an arrow when open upwards. */
    private static void timeline(Appendable out, Finding f) throws IOException {
        List<Evidence> points = f.evidence().stream().filter(e -> e.asOf() != null && e.low() != null).toList();
        if (points.size() < 2) {
            return;
        }
        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;
        double maxValue = 0;
        for (Evidence e : points) {
            long d = LocalDate.parse(e.asOf()).toEpochDay();
            minDay = Math.min(minDay, d);
            maxDay = Math.max(maxDay, d);
            maxValue = Math.max(maxValue, e.high() != null ? e.high() : e.low() * 1.25);
        }
        int width = 460;
        int height = 140;
        int left = 70;
        int bottom = height - 24;
        double span = Math.max(1, maxDay - minDay);
        out.append("<svg width=\"").append(String.valueOf(width)).append("\" height=\"").append(String.valueOf(height))
                .append("\" role=\"img\" aria-label=\"figures by as-of date\"><line x1=\"").append(String.valueOf(left))
                .append("\" y1=\"").append(String.valueOf(bottom)).append("\" x2=\"").append(String.valueOf(width - 10))
                .append("\" y2=\"").append(String.valueOf(bottom)).append("\" stroke=\"#999\"/>");
        out.append("<text x=\"4\" y=\"14\">").append(esc(number(maxValue))).append("</text><text x=\"4\" y=\"")
                .append(String.valueOf(bottom)).append("\">0</text>");
        // Figures of one day stand side by side under one label.
        Map<Long, List<Evidence>> byDay = new LinkedHashMap<>();
        for (Evidence e : points) {
            byDay.computeIfAbsent(LocalDate.parse(e.asOf()).toEpochDay(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Long, List<Evidence>> day : byDay.entrySet()) {
            double center = left + 20 + (width - left - 60) * (day.getKey() - minDay) / span;
            List<Evidence> same = day.getValue();
            Set<String> documents = new LinkedHashSet<>();
            for (int i = 0; i < same.size(); i++) {
                Evidence e = same.get(i);
                documents.add(e.document());
                double x = center + 10 * (i - (same.size() - 1) / 2.0);
                double y1 = bottom - (bottom - 20) * (e.low() / maxValue);
                boolean open = e.high() == null;
                double y2 = open ? 20 : bottom - (bottom - 20) * (e.high() / maxValue);
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1e6fbf\" stroke-width=\"6\"%s/>",
                        x, y1, x, Math.min(y1 - 3, y2), open ? " stroke-dasharray=\"4 3\"" : ""));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", center, height - 8))
                    .append(esc(same.get(0).asOf() + " " + String.join(", ", documents))).append("</text>");
        }
        out.append("</svg>\n");
    }

    /** An axis label: thousands grouped, smaller values to at most two decimals, no trailing zeros. */
    static String number(double v) {
        return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
                : new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
