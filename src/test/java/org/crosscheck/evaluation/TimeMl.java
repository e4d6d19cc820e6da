package org.crosscheck.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML (.tml) document read for evaluation: the text of its TEXT element with every tag
 * removed, the gold TIMEX3 expressions as spans of that text, and the document creation time.
 */
record TimeMl(String id, String text, String dct, List<Gold> timexes) {

    /** A gold expression: {@code [start, end)} of the stripped text, TIMEX3 type and value. */
    record Gold(int start, int end, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile(
            "<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    static TimeMl read(Path file) throws Exception {
        String xml = Files.readString(file);
        Matcher dct = DCT.matcher(xml);
        String creation = dct.find() ? dct.group(1) : null;
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException(file + ": no TEXT element");
        }
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder text = new StringBuilder(body.length());
        List<Gold> gold = new ArrayList<>();
        int openStart = -1;
        String type = null;
        String value = null;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int close = body.indexOf('>', i);
                String tag = body.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    openStart = text.length();
                    type = null;
                    value = null;
                    Matcher a = ATTRIBUTE.matcher(tag);
                    while (a.find()) {
                        if (a.group(1).equals("type")) {
                            type = a.group(2);
                        } else if (a.group(1).equals("value")) {
                            value = a.group(2);
                        }
                    }
                    if (tag.endsWith("/")) {
                        openStart = -1;
                    }
                } else if (tag.equals("/TIMEX3") && openStart >= 0) {
                    gold.add(new Gold(openStart, text.length(), type, value));
                    openStart = -1;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = body.indexOf(';', i);
                String entity = body.substring(i + 1, semi);
                text.append(switch (entity) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    case "apos" -> '\'';
                    default -> '?';
                });
                i = semi + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        String name = file.getFileName().toString();
        return new TimeMl(name.substring(0, name.length() - 4), text.toString(), creation, gold);
    }
}
