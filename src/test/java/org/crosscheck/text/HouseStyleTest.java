package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of house style the normaliser sets aside, and differences it must keep. */
class HouseStyleTest {

    private static final HouseStyle GENERAL = HouseStyle.general();

    private static String words(String s) {
        return GENERAL.words(s);
    }

    @Test
    void britishAndAmericanSpellingsAreOneWord() {
        assertEquals("the neighborhood", words("The neighbourhood"));
        assertEquals("recognized recognizes recognizing organization organizations", words(
                "Recognised recognises recognising organisation organisations"));
        assertEquals("colors colored colorful favorite behavioral neighborhood", words(
                "colours coloured colourful favourite behavioural neighbourhood"));
        assertEquals("center centered centering centers theater", words("centre centred centring centres theatre"));
        assertEquals("analyzed catalog defense traveled fulfill anemia technicolor advisors", words(
                "analysed catalogue defence travelled fulfil anaemia Technicolour Advisers"));
        assertEquals(words("neighborhood recognized color"), words("neighbourhood recognised colour"));
    }

    @Test
    void aUnitAfterANumberIsWrittenInOneForm() {
        assertEquals("a 5 kilometer walk", words("a 5 km walk"));
        assertEquals(words("a 5 km walk"), words("a 5 kilometres walk"));
        assertEquals(words("a 5 km walk"), words("a 5-kilometre walk"));
        assertEquals(words("a 5 km walk"), words("a 5km walk"));
        assertEquals(words("a 5 km walk"), words("a five-kilometre walk"));
        assertEquals("up 10 percent on", words("up 10 per cent on"));
        assertEquals(words("up 10 per cent on"), words("up 10 percent on"));
        assertEquals(words("up 10 per cent on"), words("up 10% on"));
        assertEquals(words("up 10 per cent, on"), words("up (10%), on"));
        assertEquals(words("up 10 per cent on"), words("up ten per cent on"));
        assertEquals("3 foot tall", words("3 ft tall"));
        assertEquals(words("3 ft tall"), words("three feet tall"));
        assertEquals(words("3 ft tall"), words("three-foot tall"));
        assertEquals("1 mile away", words("one mile away"));
        assertEquals(words("one mile away"), words("1 mi away"));
        assertEquals(words("one-mile away"), words("1 mi away"));
        assertEquals("at 60 mph on", words("at 60 miles per hour on"));
        assertEquals(words("at 60 mph on"), words("at 60 miles an hour on"));
        assertEquals("at 90 kph", words("at 90 km/h"));
        assertEquals(words("at 90 km/h"), words("at 90 kilometres per hour"));
        assertEquals("1.5 kilogram", words("1.5 kg"));
    }

    @Test
    void aUnitWordNotAfterANumberAndOtherMeasuresStayAsWritten() {
        // A unit without a number, a number without a unit, units of another size.
        assertEquals("kilometers of road", words("kilometres of road"));
        assertEquals("the feet of 3 men", words("the feet of 3 men"));
        assertEquals("10 tons", words("10 tons"));
        assertNotEquals(words("10 tons"), words("10 tonnes"));
        assertEquals("5m", words("5m"));
        assertNotEquals(words("5 km"), words("5 miles"));
        assertNotEquals(words("10 per cent"), words("11%"));
        assertEquals("11th", words("11th"));
        assertEquals("noone percent", words("no one percent"));
        assertEquals("one", words("one"));
        assertEquals("2 per", words("2 per"));
        assertEquals("10 x", words("10%x"));
        assertEquals("abc 10 percent", words("abc 10%"));
    }

    @Test
    void aMeasureIsOneUnitOverItsWords() {
        List<HouseStyle.Unit> u = GENERAL.compared("ran 60 miles per hour now");
        assertEquals(List.of("ran", "60 mph", "now"), u.stream().map(HouseStyle.Unit::key).toList());
        assertEquals(4, u.get(1).start());
        assertEquals(21, u.get(1).end());
        assertEquals(List.of("ran", "60", "miles", "per", "hour", "now"),
                GENERAL.units("ran 60 miles per hour now").stream().map(HouseStyle.Unit::key).toList());
        assertEquals(List.of("5 kilometer"), GENERAL.compared("5-kilometre").stream().map(HouseStyle.Unit::key).toList());
    }

    @Test
    void aSiteNamedWithItsAddressEndingIsTheSiteName() {
        assertEquals("flickr and myspace the", words("Flickr, and MySpace.com, the"));
        assertEquals(words("on Example.org."), words("on Example"));
        assertEquals("shop co", words("shop.co"));
        assertEquals("4 com", words("4.com"));
    }

    @Test
    void wordsThatMerelyLookBritishAreLeftAlone() {
        assertEquals("pour hour your tour", words("pour hour your tour"));
        assertEquals("advertise surprise exercise compromise", words("advertise surprise exercise compromise"));
        assertEquals("austria australia", words("Austria Australia"));
        assertNotEquals(words("Austria"), words("Australia"));
    }

    @Test
    void numberWordsAreNumerals() {
        assertEquals("6 6 11th 11th 12th 21 21st 40 6000", words("six 6 eleventh 11th Twelfth twenty-one twenty-first forty 6,000"));
        assertEquals(words("the 11th hour"), words("the eleventh hour"));
        assertNotEquals(words("the 11th hour"), words("the 12th hour"));
        assertNotEquals(words("six"), words("seven"));
        assertEquals("1.5 million", words("1.5 million"));
    }

    @Test
    void oneStandingAloneIsAWord() {
        assertEquals("noone knows which one", words("No one knows which one"));
        assertEquals("noone", words("no-one"));
        assertEquals("31", words("thirty-one"));
        // Only a tens word and a unit word make one number; other hyphenated numbers are joined like any word.
        assertEquals("29 99th 200 101st hundred", words("twenty-nine ninety-ninth twenty-zero ten-first hundred"));
    }

    @Test
    void timesOfDayAreOnATwentyFourHourClock() {
        assertEquals("at 18:00 18:00 18:00 18:00 18:00", words("at 6 p.m. 6:00 p.m. 6pm 6 PM 18:00"));
        assertEquals("06:30 18:30 00:15 12:00 12:00 00:00 13:00", words("6:30 a.m. 6.30pm 12:15 am noon 12 noon midnight one p.m."));
        assertEquals("after 18:00", words("after 6 p.m"));
        assertEquals("after 18:00 18:00", words("after 6 p.m.. 6:00 p.m.."));
        assertEquals("until 18:00 and", words("until 6 p.m., and"));
        assertNotEquals(words("at 6 p.m."), words("at 7 p.m."));
        assertNotEquals(words("at 6 p.m."), words("at 6 a.m."));
        assertEquals("13 pm", words("13 p.m."));
        assertEquals("6 a man", words("6 a man"));
        assertEquals("00:00 at", words("12 midnight at"));
        assertEquals("at 18:00", words("at 6pm"));
    }

    @Test
    void fourDigitsBeforeAZoneAreATimeAndTheZoneAfterATimeIsHouseStyle() {
        assertEquals(words("at 18:41 this evening (02:41 GMT Friday)"), words("at 6:41pm PST this evening (0241 GMT Friday)"));
        assertEquals("at 20:45", words("at 2045 GMT"));
        assertEquals("at 18:41", words("at 6:41 p.m. EST"));
        assertEquals("at 18:41 friday", words("at 18:41 UTC Friday"));
        assertEquals("in 2045 the", words("in 2045 the"), "four digits without a zone are a number");
        assertEquals("in 1999 gmt", words("in 1999 GMT"), "no time has 99 minutes");
        assertEquals("at 2445 gmt", words("at 2445 GMT"), "no time has 24 hours");
        assertEquals("at 2045 gmtx", words("at 2045 GMTX"));
    }

    @Test
    void diacriticsAndLettersThatDoNotDecomposeAreFolded() {
        assertEquals("vendome", GENERAL.word("Vendôme"));
        assertEquals("sao paulo", words("São Paulo"));
        assertEquals("strasse lodz oresund aeroe", words("Straße Łódź Øresund Ærøe"));
    }

    @Test
    void hyphensAndApostrophesInsideWordsAreDropped() {
        assertEquals("buildup buildup", words("build-up buildup"));
        assertEquals("wifi", GENERAL.word("Wi-Fi"));
        assertEquals("cooperation", GENERAL.word("Co-operation"));
        assertEquals("ukraines im", words("Ukraine\u2019s I'm"));
        assertEquals("wellorganized", words("well-organised"));
        assertEquals("build up", words("build -- up"));
        assertEquals("us us us", words("U.S. US .U.S"));
        assertEquals("either or 6 30", words("either/or 6..30"));
    }

    @Test
    void openCompoundsAreClosed() {
        assertEquals("5 percent 5 percent", words("five per cent 5 percent"));
        assertEquals("per", words("per"));
    }

    @Test
    void storyDefinedAbbreviationsStandForTheirLongForm() {
        HouseStyle story = HouseStyle.ofStory(List.of("Microsoft's Internet Explorer (IE) is a web browser.",
                "The International Energy Agency (IEA) said so. NATO (North Atlantic Treaty Organization) met."));
        assertEquals(Map.of("ie", "internet explorer", "iea", "international energy agency",
                "nato", "north atlantic treaty organization"), story.abbreviations());
        assertEquals("all ie users", story.words("all Internet Explorer users"));
        assertEquals(story.words("all IE users"), story.words("all Internet Explorer users"));
        assertEquals("iea and nato", story.words("International Energy Agency and North Atlantic Treaty Organization"));
        assertEquals("internet users", story.words("Internet users"));
    }

    @Test
    void anAbbreviationTheStoryDoesNotDefineIsNotGuessed() {
        assertEquals("all internet explorer users", GENERAL.words("all Internet Explorer users"));
        assertNotEquals(GENERAL.words("all IE users"), GENERAL.words("all Internet Explorer users"));
        assertEquals(Map.of(), HouseStyle.ofStory(List.of("Internet Explorer is a browser. IE is old.")).abbreviations());
    }

    @Test
    void definitionsNeedMatchingInitials() {
        assertEquals(Map.of("fbi", "federal bureau of investigation", "mod", "ministry of defense",
                "madd", "mothers against drunk driving"), HouseStyle.ofStory(List.of(
                "The Federal Bureau of Investigation (FBI) and the Ministry of Defence (MoD) met Mothers Against Drunk Driving (MADD).",
                "Shares of Nokia (NOK) and Intel Corp (INTC) fell, said Mr (Mr) Smith (JS).")).abbreviations());
    }

    @Test
    void aDefinitionNeedsTwoCapitalsAndWordsThatBeginWithLetters() {
        assertEquals(Map.of("ea", "energy agency"), HouseStyle.ofStory(List.of(
                "Cable Operators (Co) met. EA (Energy Agency) said. TC (Twin 2Cities) won. XY (Xavier) lost.")).abbreviations());
    }

    @Test
    void anAbbreviationDefinedTwoWaysInOneStoryIsLeftOut() {
        HouseStyle story = HouseStyle.ofStory(List.of("The Islamic Emirate (IE) said.", "Internet Explorer (IE) crashed.",
                "The Energy Agency (EA) met."));
        assertEquals(Map.of("ea", "energy agency"), story.abbreviations());
    }

    @Test
    void unitsKeepTheirPlaceInTheText() {
        String text = "Police left at 6:00 p.m., and (he) said--";
        assertEquals(List.of(new HouseStyle.Unit(0, 6, "police"), new HouseStyle.Unit(7, 11, "left"),
                new HouseStyle.Unit(12, 14, "at"), new HouseStyle.Unit(15, 25, "18:00"), new HouseStyle.Unit(26, 29, "and"),
                new HouseStyle.Unit(30, 34, "he"), new HouseStyle.Unit(35, 41, "said")), GENERAL.units(text));
        HouseStyle story = HouseStyle.ofStory(List.of("Internet Explorer (IE) crashed."));
        assertEquals(List.of(new HouseStyle.Unit(0, 3, "all"), new HouseStyle.Unit(4, 21, "ie")),
                story.units("all Internet Explorer"));
        assertEquals(List.of(new HouseStyle.Unit(0, 3, "per")), GENERAL.units("per"));
        assertEquals(List.of(), GENERAL.units(" -- `` "));
    }

    @Test
    void aStoryStyleGivesTheSameWordsTwice() {
        HouseStyle story = HouseStyle.ofStory(List.of("Internet Explorer (IE) crashed."));
        String once = story.words("All Internet Explorer users");
        assertEquals(once, story.words("All Internet Explorer users"));
        assertEquals("all ie users", once);
    }

    @Test
    void theWordDiffShowsOnlyRealDifferences() {
        assertEquals("its [-urgent-]{+immediate+} military build-up along the border", WordDiff.plain(
                "its urgent military build-up along the border.", "its immediate military buildup along the border", GENERAL));
        assertEquals("after 6 p.m. in the neighbourhood", WordDiff.plain("after 6 p.m. in the neighbourhood",
                "after 6:00 p.m. in the neighborhood", GENERAL));
        assertEquals("after [-6 p.m.-]{+7 p.m.+} in the neighbourhood", WordDiff.plain("after 6 p.m. in the neighbourhood",
                "after 7 p.m. in the neighborhood", GENERAL));
        assertEquals("by rolling back this 11th hour rule", WordDiff.plain("by rolling back this 11th hour rule",
                "by rolling back this eleventh-hour rule", GENERAL));
        assertEquals("the [-11th-]{+twelfth+} hour", WordDiff.plain("the 11th hour", "the twelfth hour", GENERAL));
        assertEquals("[-Microsoft-] encourages all IE users", WordDiff.plain("Microsoft encourages all IE users",
                "encourages all Internet Explorer users", HouseStyle.ofStory(List.of("Internet Explorer (IE)"))));
        assertEquals("all {+new+} users", WordDiff.plain("all users", "all new users", GENERAL));
        assertEquals("the {+old+} man {+quietly+} said", WordDiff.plain("the man said", "the old man quietly said", GENERAL));
        assertEquals("at [-6 p.m.-]{+7 p.m.+} today", WordDiff.plain("at 6 p.m. today", "at 7 p.m. today", GENERAL));
        assertEquals("the man said {+loudly+}", WordDiff.plain("the man said", "the man said loudly", GENERAL));
        assertEquals("the man [-said-]", WordDiff.plain("the man said", "the man", GENERAL));
    }
    @Test
    void theWordDiffAsPiecesIsWhatItRenders() {
        String first = "its urgent military build-up along the border";
        String second = "its immediate military buildup along the border <script>";
        List<WordDiff.Piece> pieces = WordDiff.pieces(first, second, GENERAL);
        assertEquals(List.of(new WordDiff.Piece(WordDiff.Kind.KEEP, "its"), new WordDiff.Piece(WordDiff.Kind.REMOVED, "urgent"),
                new WordDiff.Piece(WordDiff.Kind.ADDED, "immediate"), new WordDiff.Piece(WordDiff.Kind.KEEP, "military")),
                pieces.subList(0, 4));
        assertEquals(new WordDiff.Piece(WordDiff.Kind.ADDED, "<script>"), pieces.get(pieces.size() - 1), "unescaped");
        StringBuilder again = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            String text = switch (p.kind()) {
                case KEEP -> p.text();
                case REMOVED -> "[-" + p.text() + "-]";
                case ADDED -> "{+" + p.text() + "+}";
            };
            boolean joined = p.kind() == WordDiff.Kind.ADDED && again.toString().endsWith("-]");
            again.append(again.length() == 0 || joined ? "" : " ").append(text);
        }
        assertEquals(WordDiff.render(first, second, WordDiff.PLAIN, s -> s, GENERAL), again.toString());
    }

    @Test
    void aStorysStyleWorksOutADerivedValueOncePerTextAndKindAndTheGeneralStyleEveryTime() {
        HouseStyle story = HouseStyle.ofStory(List.of("The International Energy Agency (IEA) said so."));
        int[] calls = new int[1];
        java.util.function.Function<String, Integer> length = t -> {
            calls[0]++;
            return t.length();
        };
        assertEquals(5, story.derived("length", "a, b.", length));
        assertEquals(5, story.derived("length", "a, b.", length));
        assertEquals(1, calls[0]);
        // Another kind of value of the same text is its own.
        assertEquals(10, (int) story.derived("twice", "a, b.", t -> 2 * t.length()));
        assertEquals(5, story.derived("length", "a, b.", length));
        assertEquals(3, story.derived("length", "abc", length));
        assertEquals(2, calls[0]);
        HouseStyle general = HouseStyle.general();
        assertEquals(5, general.derived("length", "a, b.", length));
        assertEquals(5, general.derived("length", "a, b.", length));
        assertEquals(4, calls[0]);
    }
}
