package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.claims.WeekdayClaim;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.cli.Main;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static ExtractedDocument extract(String text) {
        return Extractor.extract(Cleaner.clean(Fixtures.document("d", text)));
    }

    @Test
    void seedClaimsMatchTheirGoldenFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"extract", Fixtures.SEEDS.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        GoldenFiles.check("extract-seeds.expected.json", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noClaimOnTheSeedsComesFromBoilerplate() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Document d : Fixtures.seeds()) {
            CleanedDocument cleaned = Cleaner.clean(d);
            ExtractedDocument e = Extractor.extract(cleaned);
            for (Claim c : e.claims()) {
                Block home = cleaned.blocks().stream().filter(b -> b.span().contains(c.span())).findFirst().orElse(null);
                if (home == null || home.kind() == Block.Kind.BOILERPLATE) {
                    wrong.add(d.id() + ": " + c.text());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aDatelineTakesItsYearFromThePublicationDate() {
        ExtractedDocument d = extract("Published: April 14, 2021 09:00 GMT\n"
                + "KYIV, April 13 (Reuters) - Ukraine asked Russia to explain its troop build-up, the ministry said.\n");
        TimestampClaim dateline = d.claims().stream().filter(c -> c instanceof TimestampClaim t
                && t.role() == TimestampClaim.Role.DATELINE).map(c -> (TimestampClaim) c).findFirst().orElseThrow();
        assertEquals("2021-04-13", dateline.value());
        assertEquals("April 13", dateline.text());
    }

    private static TimestampClaim datelineOf(ExtractedDocument d) {
        return d.claims().stream().filter(c -> c instanceof TimestampClaim t && t.role() == TimestampClaim.Role.DATELINE)
                .map(c -> (TimestampClaim) c).findFirst().orElse(null);
    }

    @Test
    void aDatelineOnALineOfItsOwnIsReadThoughItStandsWhereATitleWould() {
        TimestampClaim dateline = datelineOf(extract("Published: May 4, 2019 09:00 GMT\nBERGEN, May 3 (Nordic Wire) --\n\n"
                + "The harbour authority said on Friday that the western pier would stay shut until June.\n"));
        assertEquals("2019-05-03", dateline.value());
        assertEquals("May 3", dateline.text());
    }

    @Test
    void aTitleWithWordsAfterTheDashIsNotADateline() {
        assertNull(datelineOf(extract("Published: May 4, 2019 09:00 GMT\nBERGEN, May 3 -- Harbour stays shut\n\n"
                + "The harbour authority said on Friday that the western pier would stay shut until June.\n")));
    }

    @Test
    void aTitleDoesNotCountAmongTheTwoParagraphsThatMayHoldTheDateline() {
        TimestampClaim dateline = datelineOf(extract("Harbour stays shut after the storm\n\n"
                + "Ferry passengers were sent to other ports for the week.\n\n"
                + "BERGEN, May 3, 2019 (Nordic Wire) -- The harbour authority said the western pier would stay shut.\n"));
        assertEquals("2019-05-03", dateline.value());
    }

    @Test
    void aDatelineIsSoughtInTheFirstTwoParagraphsOnly() {
        assertNull(datelineOf(extract("Harbour stays shut after the storm\n\n"
                + "Ferry passengers were sent to other ports for the week.\n\n"
                + "Fishing boats stayed in the inner basin until the wind fell.\n\n"
                + "BERGEN, May 3, 2019 (Nordic Wire) -- The harbour authority said the western pier would stay shut.\n")));
    }

    @Test
    void aSentenceStartingWithCapitalsIsNotADateline() {
        ExtractedDocument d = extract("Published: April 14, 2021 09:00 GMT\n"
                + "In April, 13 ministers met in Brussels and agreed on the plan, officials said.\n");
        assertTrue(d.claims().stream().noneMatch(c -> c instanceof TimestampClaim t && t.role() == TimestampClaim.Role.DATELINE));
    }

    @Test
    void theOutletComesFromABylineOrLabelThatNamesANewsOrganisation() {
        assertEquals("Example Press Agency", extract("By Example Press Agency\nThe bridge reopened on Monday, officials said.").source());
        assertNull(extract("By Jane Doe\nThe bridge reopened on Monday, officials said.").source());
        assertEquals("news.example.org", extract("URL: https://www.news.example.org/a/b\nBy Jane Doe\n"
                + "The bridge reopened on Monday, officials said.").source());
    }

    @Test
    void labelsDecideRolesAndTheFirstUnlabelledTimestampIsThePublicationTime() {
        ExtractedDocument d = extract("16:15 14.04.2021\nTalks end without agreement\nMinisters left Geneva on Wednesday, officials said.\n"
                + "Last modified: 15.04.2021 08:00\n");
        assertEquals("2021-04-14T16:15", d.published().value());
        assertEquals("2021-04-15T08:00", d.updated().value());
        assertTrue(d.published().label().contains("no role label"));
    }

    @Test
    void weekdayClaimsRecordWhereTheirYearCameFrom() {
        ExtractedDocument d = extract("Published: April 15, 2021 10:00 GMT\nThe talks began on Monday, April 12, officials said.\n");
        WeekdayClaim w = (WeekdayClaim) d.claims().stream().filter(c -> c instanceof WeekdayClaim).findFirst().orElseThrow();
        assertEquals("2021-04-12", w.date());
        assertEquals(w.written(), w.calendar());
        assertTrue(w.yearSource().contains("publication date 2021-04-15"), w.yearSource());
    }
}
