package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists that find people and their titles, as data beside People and Roles. */
class PeopleWordListsTest {

    private static void lowerCaseWords(Set<String> list) {
        assertFalse(list.isEmpty());
        for (String w : list) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }

    @Test
    void wordsThatStartNoNameIncludeCountsAndTimeZones() {
        lowerCaseWords(Names.NOT_NAMES);
        assertTrue(Names.NOT_NAMES.containsAll(Set.of("the", "however", "monday", "police", "dozens", "hundreds", "gmt", "utc")));
        assertFalse(Names.NOT_NAMES.contains("orvale"));
        Names.Found found = Names.of(org.crosscheck.clean.Cleaner.clean(org.crosscheck.Fixtures.document("n",
                "Fire in Orvale\nDozens of people fled when the fire broke out at about 2045 GMT in Orvale, Anna Perl said.\n")));
        assertTrue(found.counts().containsKey("orvale"), found.counts().toString());
        assertTrue(found.counts().containsKey("anna perl"), found.counts().toString());
        assertFalse(found.counts().containsKey("dozens"), found.counts().toString());
        assertFalse(found.counts().containsKey("gmt"), found.counts().toString());
    }

    @Test
    void nameParticlesAndWordsThatStartNoPersonsName() {
        lowerCaseWords(People.PARTICLES);
        lowerCaseWords(People.NOT_NAMES);
        assertTrue(People.PARTICLES.containsAll(Set.of("van", "de", "von", "al", "bin")));
        assertTrue(People.NOT_NAMES.containsAll(Set.of("the", "however", "monday", "december", "said")));
        assertFalse(People.NOT_NAMES.contains("anna"));
    }

    @Test
    void abbreviatedTitlesKeepTheirStop() {
        lowerCaseWords(Words.ABBREVIATIONS);
        assertTrue(Words.ABBREVIATIONS.containsAll(Set.of("mr", "dr", "lt", "sgt", "adm", "cmdr")));
        assertFalse(Words.ABBREVIATIONS.contains("jan"), "a month's stop is read by the sentence splitter, not kept with a title");
        String text = "Adm. Lena Voss spoke.";
        java.util.List<Words.Word> words = Words.of(text, 0, text.length());
        assertEquals("Adm.", words.get(0).text());
        assertEquals("Lena", words.get(1).text());
    }

    @Test
    void speechVerbsReportSpeech() {
        lowerCaseWords(People.SPEECH);
        assertTrue(People.SPEECH.containsAll(Set.of("said", "told", "according", "tweeted", "saying", "stating", "lamented")));
        assertFalse(People.SPEECH.contains("killed"));
    }

    @Test
    void wordsThatSayWhereATitleIsHeld() {
        lowerCaseWords(People.TITLE_LINKS);
        assertTrue(People.TITLE_LINKS.containsAll(Set.of("at", "with", "for", "in")));
        assertFalse(People.TITLE_LINKS.contains("of"), "'of' has its own branch");
        assertFalse(People.TITLE_LINKS.contains("who"));
    }

    @Test
    void verbsAfterWhoThatGiveATitleSayWhetherItIsHeldNow() {
        lowerCaseWords(People.TITLE_CLAUSE_VERBS.keySet());
        assertEquals("past", People.TITLE_CLAUSE_VERBS.get("was"));
        assertEquals("now", People.TITLE_CLAUSE_VERBS.get("is"));
        assertEquals("past", People.TITLE_CLAUSE_VERBS.get("had been"));
        assertTrue(People.TITLE_CLAUSE_VERBS.values().stream().allMatch(v -> v.equals("now") || v.equals("past")));
        assertFalse(People.TITLE_CLAUSE_VERBS.containsKey("said"));
    }

    @Test
    void honorificsComeWithAndWithoutTheirStop() {
        lowerCaseWords(People.HONORIFICS);
        assertTrue(People.HONORIFICS.containsAll(Set.of("mr", "mr.", "dr", "dr.", "sir")));
    }

    @Test
    void titlesDomainsAndRanks() {
        lowerCaseWords(Roles.NOUNS);
        lowerCaseWords(Roles.DOMAIN);
        lowerCaseWords(Roles.RANKS);
        assertTrue(Roles.NOUNS.containsAll(Set.of("minister", "president", "spokesman", "councilman", "councillor", "member")));
        assertEquals("councillor", Roles.classify("City Council Member"));
        assertEquals("councillor", Roles.classify("Councilwoman"));
        assertEquals("councillor", Roles.classify("city councilor"));
        assertTrue(Roles.DOMAIN.contains("foreign"));
        assertTrue(Roles.RANKS.containsAll(Set.of("sergeant", "colonel")));
        assertFalse(Roles.NOUNS.contains("foreign"), "a domain is no title");
    }

    @Test
    void organisationNounsQuoteCuesAndTitleQualifiers() {
        lowerCaseWords(Organisations.NOUNS);
        assertTrue(Organisations.NOUNS.containsAll(Set.of("ministry", "police", "university", "military")));
        lowerCaseWords(Organisations.ALIASES.keySet());
        lowerCaseWords(Organisations.HOME.keySet());
        assertEquals("NATO", Organisations.ALIASES.get("north atlantic treaty organization"));
        assertEquals("Russia", Organisations.HOME.get("kremlin"));
        // Every home is keyed as a key is written after its aliases: no alias would rewrite it.
        for (String home : Organisations.HOME.keySet()) {
            assertFalse(Organisations.ALIASES.containsKey(home), home);
        }
        assertEquals("US state department", Organisations.key("the U.S. Department of State"));
        assertEquals("US state department", Organisations.key("State Department"));
        assertEquals("Russia foreign ministry", Organisations.key("the Ministry of Foreign Affairs of Russia"));
        assertEquals("NATO", Organisations.key("the North Atlantic Treaty Organisation"));
        lowerCaseWords(QuoteExtractor.CUES);
        assertTrue(QuoteExtractor.CUES.contains("reads"));
        lowerCaseWords(QuoteExtractor.DOCUMENT_NOUNS);
        assertTrue(QuoteExtractor.DOCUMENT_NOUNS.containsAll(Set.of("statement", "release")));
        lowerCaseWords(QuoteExtractor.STATEMENT_VERBS);
        assertTrue(QuoteExtractor.STATEMENT_VERBS.containsAll(Set.of("released", "issued")));
        assertFalse(QuoteExtractor.STATEMENT_VERBS.contains("said"), "a verb of speech attributes its own sentence's quote");
        lowerCaseWords(Roles.NOT_CURRENT);
        assertTrue(Roles.NOT_CURRENT.containsAll(Set.of("former", "outgoing")));
        lowerCaseWords(Roles.GENERIC);
        assertTrue(Roles.GENERIC.containsAll(Set.of("head", "chief")));
        assertFalse(Roles.GENERIC.contains("president"), "a president's office is said by the title");
    }

    @Test
    void titlesHeldTogetherAndTheCountriesTitlesName() {
        assertTrue(Roles.compatible("ceo", "chairman"), "a company's chief executive is often its chairman");
        assertTrue(Roles.compatible("foreign minister", "secretary of state"), "two names of one office");
        assertTrue(Roles.compatible("spokesperson", "publicist"));
        assertFalse(Roles.compatible("prosecutor", "ceo"), "no line holds both");
        assertFalse(Roles.compatible("foreign minister", "defense minister"));
        assertEquals("Russia", Roles.country("Kremlin spokesman"), "the key keeps its case");
        assertEquals("US", Roles.country("U.S. Secretary of State"));
        assertEquals("UK", Roles.country("British Foreign Secretary"));
        assertEquals(null, Roles.country("Foreign Secretary"));
    }

    @Test
    void documentsAnOrganisationIssuesAreDocumentsAQuoteCanComeFrom() {
        lowerCaseWords(Issuers.DOCUMENT_NOUNS);
        assertTrue(Issuers.DOCUMENT_NOUNS.containsAll(Set.of("statement", "release", "communiqué")));
        assertFalse(Issuers.DOCUMENT_NOUNS.contains("letter"), "a person writes letters; an organisation issues statements");
        assertTrue(QuoteExtractor.DOCUMENT_NOUNS.containsAll(Issuers.DOCUMENT_NOUNS));
    }

    @Test
    void aRankWrittenBesideAFunctionIsARankOfItsOwn() {
        assertEquals("commander", Roles.rankIn("navy spokesman Commander"));
        assertEquals("commodore", Roles.rankIn("Commodore"));
        assertEquals("sergeant", Roles.rankIn("police spokesman Sgt."), "an abbreviated rank");
        assertEquals("sergeant", Roles.rankIn("Detective Sergeant"), "the last rank is the one held");
        assertEquals(null, Roles.rankIn("General Manager"), "a rank word before another noun qualifies it");
        assertEquals(null, Roles.rankIn("county Sheriff deputy"));
        assertEquals(null, Roles.rankIn("Chief Operating Officer"), "officer and chief are generic");
        assertEquals(null, Roles.rankIn("navy spokesman"));
        assertEquals(null, Roles.rankIn("NATO Secretary General"), "general after a title's noun is part of the office");
        assertEquals(null, Roles.rankIn("Attorney General"));
        assertEquals("general", Roles.rankIn("army spokesman Lieutenant General"), "after a rank it is one");
        assertEquals("general", Roles.rankIn("General"));
        assertEquals(null, Roles.rankIn("the fire commander"), "a rank is written with a capital before a name");
        assertEquals("coo", Roles.classify("Chief Operating Officer"));
        assertEquals("cfo", Roles.classify("chief financial officer"));
        assertTrue(Roles.RANKS.contains("commodore"));
        assertFalse(Roles.compatible("commander", "commodore"), "two ranks");
        assertFalse(Roles.compatible("ceo", "coo"));
        assertTrue(Roles.compatible("president", "coo"), "a president is often the chief operating officer");
    }
}
