package org.crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

class CleanerTest {

    static String describe(CleanedDocument d) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks()) {
            String t = b.span().of(d.text());
            sb.append(String.format("%-11s %-36s %s%n", b.kind(), b.reason(), t.length() > 80 ? t.substring(0, 80) + "…" : t));
        }
        return sb.toString();
    }

    @Test
    void seedsMatchTheirGoldenClassification() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Document d : Fixtures.seeds()) {
            out.append("=== ").append(d.id()).append('\n').append(describe(Cleaner.clean(d)));
        }
        GoldenFiles.check("cleaner-seeds.expected.txt", out.toString());
    }

    @Test
    void spansPointIntoTheOriginalText() throws IOException {
        for (Document d : Fixtures.seeds()) {
            for (Block b : Cleaner.clean(d).blocks()) {
                String s = b.span().of(d.text());
                assertEquals(s.strip(), s, "a block span starts and ends on text");
                assertTrue(!s.contains("\n"), "a block is one line");
            }
        }
    }

    /** Classifies each line of {@code page} and returns line text -> kind. */
    private static Map<String, Block.Kind> kinds(String page) {
        CleanedDocument d = Cleaner.clean(Fixtures.document("page", page));
        Map<String, Block.Kind> out = new LinkedHashMap<>();
        for (Block b : d.blocks()) {
            out.put(b.span().of(d.text()), b.kind());
        }
        return out;
    }

    private static void assertBoilerplate(Map<String, Block.Kind> kinds, String... lines) {
        List<String> wrong = new ArrayList<>();
        for (String l : lines) {
            if (kinds.get(l) != Block.Kind.BOILERPLATE) {
                wrong.add(l + " -> " + kinds.get(l));
            }
        }
        assertEquals(List.of(), wrong, "lines that should be boilerplate");
    }

    @Test
    void pageFurnitureNotSeenInTheSeeds() {
        String page = String.join("\n",
                "Skip to main content",
                "Menu",
                "Harbour authority reopens the northern channel after dredging",
                "By Maria Okafor",
                "Published: 3 March 2022, 09:14 GMT",
                "Share this article",
                "The northern channel of the port reopened to cargo ships on Thursday after six weeks of dredging, the harbour authority said.",
                "Photo: Jan Novak / Reuters",
                "Story continues below advertisement",
                "Ships of up to 12 metres draught can now use the channel, according to the authority's notice to mariners.",
                "\u00abWe expect traffic to return to normal by the end of the month,\u00bb a spokeswoman said.",
                "Sign up for our newsletter",
                "Most read",
                "Council approves budget for new tram line",
                "Storm warning issued for coastal districts",
                "Local club wins regional cup after penalty shoot-out",
                "Cargando...",
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "\u00a9 2022 Example Media Group. All rights reserved.");
        Map<String, Block.Kind> k = kinds(page);
        assertBoilerplate(k, "Skip to main content", "Menu", "Share this article", "Photo: Jan Novak / Reuters",
                "Story continues below advertisement", "Sign up for our newsletter", "Most read",
                "Council approves budget for new tram line", "Storm warning issued for coastal districts",
                "Local club wins regional cup after penalty shoot-out", "Cargando...", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "\u00a9 2022 Example Media Group. All rights reserved.");
        assertEquals(Block.Kind.TITLE, k.get("Harbour authority reopens the northern channel after dredging"));
        assertEquals(Block.Kind.METADATA, k.get("By Maria Okafor"));
        assertEquals(Block.Kind.METADATA, k.get("Published: 3 March 2022, 09:14 GMT"));
        assertEquals(Block.Kind.BODY, k.get("Ships of up to 12 metres draught can now use the channel, according to the authority's notice to mariners."));
        assertEquals(Block.Kind.BODY, k.get("\u00abWe expect traffic to return to normal by the end of the month,\u00bb a spokeswoman said."));
    }

    @Test
    void timestampedHeadlineRunsAnywhereAreFurniture() {
        String page = String.join("\n",
                "Ministers agree on grain corridor",
                "Officials from both countries signed the agreement in Istanbul on Friday, the ministry said.",
                "09:12 02.08.2022",
                "Prices of wheat fall after agreement",
                "08:40 02.08.2022",
                "First ship leaves Odesa port",
                "07:55 02.08.2022",
                "UN welcomes the deal",
                "The first convoy is expected to sail next week, a spokesman told reporters.");
        Map<String, Block.Kind> k = kinds(page);
        assertBoilerplate(k, "09:12 02.08.2022", "Prices of wheat fall after agreement", "08:40 02.08.2022",
                "First ship leaves Odesa port", "07:55 02.08.2022", "UN welcomes the deal");
        assertEquals(Block.Kind.BODY, k.get("The first convoy is expected to sail next week, a spokesman told reporters."));
    }

    @Test
    void aHeaderWithTitleAndLabelledTimestampsIsNotAHeadlineList() {
        String page = String.join("\n",
                "URL: https://news.example.org/2005/11/27/quake",
                "Strong earthquake shakes coastal towns",
                "Posted 11/27/2005 7:21 AM",
                "Updated 11/27/2005 3:41 PM",
                "An earthquake of magnitude 5.9 shook the coast on Sunday, officials said.");
        Map<String, Block.Kind> k = kinds(page);
        assertEquals(Block.Kind.METADATA, k.get("URL: https://news.example.org/2005/11/27/quake"));
        assertEquals(Block.Kind.TITLE, k.get("Strong earthquake shakes coastal towns"));
        assertEquals(Block.Kind.METADATA, k.get("Posted 11/27/2005 7:21 AM"));
        assertEquals(Block.Kind.METADATA, k.get("Updated 11/27/2005 3:41 PM"));
    }

    @Test
    void subheadingsInsideTheArticleStay() {
        String page = String.join("\n",
                "Floods close mountain roads",
                "Heavy rain closed three mountain passes overnight, police said.",
                "Rescue work continues",
                "Two villages remain cut off, and helicopters are bringing supplies, the regional governor said.");
        Map<String, Block.Kind> k = kinds(page);
        assertEquals(Block.Kind.BODY, k.get("Rescue work continues"));
    }

    @Test
    void aPageWithNoTitleHasNone() {
        CleanedDocument d = Cleaner.clean(Fixtures.document("p",
                "By Example Wire\nMarch 3, 2022 9:14 am\nThe bridge was closed for repairs on Monday, officials said."));
        assertNull(d.title());
    }

    @Test
    void titleRepeatsAreRecognisedAfterASectionWordAndWhenCut() {
        assertTrue(Cleaner.isTitleRepeat("World Storm closes airport for...", "Storm closes airport for two days"));
        assertTrue(Cleaner.isTitleRepeat("Storm closes airport", "Storm closes airport for two days"));
        assertTrue(!Cleaner.isTitleRepeat("Airport reopens", "Storm closes airport for two days"));
    }

    @Test
    void timestampLinesAreNotSentences() {
        assertTrue(Cleaner.isTimestampLine("Updated: April 17, 2021 02:20 pm"));
        assertTrue(Cleaner.isTimestampLine("Politics 2023-09-15T06:14:22+03:00"));
        assertTrue(!Cleaner.isTimestampLine("It happened on April 13, 2021 at 12:27 am."));
        assertTrue(!Cleaner.isTimestampLine("the ministers met on 14.04.2021"));
    }

    @Test
    void aBlogsPostingLineIsATimestampLineAndASentenceThatSaysPostedIsNot() {
        assertTrue(Cleaner.isTimestampLine("On behalf of Ann Lee & Partners, LLP. posted in Road Safety on Friday, September 20, 2013."));
        assertTrue(Cleaner.isTimestampLine("Posted by Ann Lee on September 20, 2013"));
        assertTrue(Cleaner.isTimestampLine("Posted on Friday, September 20, 2013"));
        assertTrue(!Cleaner.isTimestampLine("The video of the crash was posted in the group on September 20, 2013."));
        assertTrue(!Cleaner.isTimestampLine("Ann Lee posted in Road Safety on September 20, 2013 that the crossing is unsafe."));
        assertTrue(!Cleaner.isTimestampLine("Ann Lee wrote in Road Safety on September 20, 2013."));
        String longer = "On behalf of " + "Ann Lee ".repeat(20) + "posted in Road Safety on September 20, 2013.";
        assertTrue(longer.length() > Cleaner.POSTING_LINE_CHARS);
        assertTrue(!Cleaner.isTimestampLine(longer));
    }

    @Test
    void aPostingLineGivesThePagesPublicationTime() {
        CleanedDocument c = Cleaner.clean(Fixtures.document("p", "Driver charged after crash\n"
                + "On behalf of Ann Lee & Partners, LLP. posted in Road Safety on Friday, September 20, 2013.\n"
                + "A driver was charged on Thursday after a woman was struck and killed on Main Street in Orvale, police said.\n"));
        org.crosscheck.extract.ExtractedDocument d = org.crosscheck.extract.Extractor.extract(c);
        assertTrue(d.published() != null && d.published().value().startsWith("2013-09-20"), String.valueOf(d.published()));
    }

    @Test
    void theCleanersWordListsAreDataFilesFoldedToLowerCase() {
        for (java.util.Set<String> list : List.of(Cleaner.TIMESTAMP_LABEL_WORDS, Cleaner.POSTING_WORDS,
                Boilerplate.INTERFACE_LINES, Boilerplate.LIST_HEADINGS)) {
            assertTrue(!list.isEmpty());
            for (String w : list) {
                assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
            }
        }
        assertTrue(Cleaner.TIMESTAMP_LABEL_WORDS.containsAll(java.util.Set.of("published", "updated", "posted", "on", "at")));
        assertTrue(Cleaner.POSTING_WORDS.containsAll(java.util.Set.of("posted", "in", "by", "on", "behalf", "of", "and")));
        assertTrue(Boilerplate.INTERFACE_LINES.containsAll(java.util.Set.of("read more", "share this", "don t miss")));
        assertTrue(Boilerplate.LIST_HEADINGS.containsAll(java.util.Set.of("related stories", "most read")));
        assertTrue(!Boilerplate.INTERFACE_LINES.contains("the police said"));
    }
}
