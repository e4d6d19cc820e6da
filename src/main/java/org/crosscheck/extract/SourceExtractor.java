package org.crosscheck.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;

/**
 * The outlet a plain-text page comes from, when the page names it: a byline or a header label
 * that names a news organisation ("By Anadolu Agency", "Ukrainian news"), else the host of the
 * page's address line. A byline naming a person is an author, not an outlet, and gives no source.
 */
final class SourceExtractor {

    private static final Pattern OUTLET_WORD = Pattern.compile(
            "\\b(news|agency|press|times|post|herald|tribune|gazette|journal|telegraph|daily|wire|radio|tv"
                    + "|television|broadcasting|broadcaster|media|network|chronicle|observer|guardian|courier"
                    + "|reuters|associated press|afp|bbc|cnn|bloomberg|xinhua|tass|ria|interfax|ukrinform|unian)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(by|reported by|written by|posted by|source)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);

    private SourceExtractor() {
    }

    static String source(CleanedDocument doc) {
        for (Block b : doc.blocks(Block.Kind.METADATA)) {
            if (!b.reason().equals("byline") && !b.reason().equals("label")) {
                continue;
            }
            String line = b.span().of(doc.text()).strip();
            Matcher prefix = BYLINE_PREFIX.matcher(line);
            String name = prefix.lookingAt() ? line.substring(prefix.end()).strip() : line;
            if (OUTLET_WORD.matcher(name).find() && name.length() <= 60) {
                return name;
            }
        }
        for (Block b : doc.blocks(Block.Kind.METADATA)) {
            if (b.reason().equals("url")) {
                Matcher host = URL_HOST.matcher(b.span().of(doc.text()));
                if (host.find()) {
                    return host.group(1).toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** The host of a page's address, without "www." or a mobile prefix: the outlet of last resort. */
    private static final Pattern URL_HOST = Pattern.compile(
            "(?:https?://|(?=www\\.))(?:www\\d?\\.|m\\.|amp\\.|mobile\\.)?([A-Za-z0-9.-]{1,253})");
}
