package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quantity reader's units and vague numbers, as data files beside QuantityParser. */
class QuantityUnitsTest {

    private static QuantityMatch first(String text) {
        List<QuantityMatch> found = QuantityParser.find(text, 0, text.length());
        assertTrue(!found.isEmpty(), text);
        return found.get(0);
    }

    @Test
    void currencyWordsSignsAndCodesGiveTheCode() {
        assertEquals("EUR", first("thieves took jewels worth 85 million euros").currency());
        assertEquals("GBP", first("a haul of 74 million pounds").currency());
        assertEquals("EUR", first("they stole \u20ac80 million in gems").currency());
        assertEquals("USD", first("they stole $2.6 million in gems").currency());
        assertEquals("INR", first("a fine of \u20b9500 was paid").currency());
        assertEquals("UAH", first("the fund holds UAH 9.9 mln").currency());
        assertEquals("INR", first("a loss of Rs 500 crore").currency());
        assertEquals(null, first("a loss of rs 500").currency(), "a code counts as written");
    }

    @Test
    void capitalsOnADollarSignSayWhoseDollarItIs() {
        assertEquals("AUD", first("the club paid A$40,000 for the boat").currency());
        assertEquals(40000, first("the club paid A$40,000 for the boat").value());
        assertEquals("A$40,000", span("the club paid A$40,000 for the boat"), "the letters start the sum");
        assertEquals("NZD", first("a grant of NZ$3 million was made").currency());
        assertEquals("CAD", first("she won C$12,000 in the draw").currency());
        assertEquals("USD", first("a loan of US$5 million").currency());
        assertEquals("US$5 million", span("a loan of US$5 million"));
        assertEquals("AUD", first("a $A3 million grant").currency(), "letters after the sign");
        assertEquals(3_000_000, first("a $A3 million grant").value());
        assertEquals("$A3 million", span("a $A3 million grant"));
        QuantityMatch us = first("repairs were put at $US2 million ($2.9 million) by the council");
        assertEquals("USD", us.currency(), "the sum in US dollars, not its conversion");
        assertEquals(2_000_000, us.value());
        assertEquals("$2.9 million", us.alsoWritten(), "the bracket is the conversion");
        QuantityMatch aud = first("the boat sold for A$2 million (US$1.5 million) last week");
        assertEquals("AUD", aud.currency());
        assertEquals("US$1.5 million", aud.alsoWritten(), "a bracket opening with letters on its sign");
        String sold = "the boat sold for A$2 million (US$1.5 million) last week";
        assertEquals(1, QuantityParser.find(sold, 0, sold.length()).size(), "one sum, its conversion in it");
        assertEquals("USD", first("a$5 fee was charged").currency(), "letters in lower case are a word, not the sign's");
        assertEquals("USD", first("a fee of $5 was charged").currency(), "a sign with no letters");
        assertTrue(noMoney("they paid $Q5 each"), "letters no list gives");
        assertTrue(noMoney("they paid $US 5 each"), "letters with a space before the number");
        assertTrue(noMoney("they paid US$ 5 each"), "a space after the sign");
        assertEquals("$5", span("they paid NZ $5 each"), "letters apart from the sign are a word");
        assertEquals("USD", first("they paid NZ $5 each").currency());
    }

    private static boolean noMoney(String text) {
        return QuantityParser.find(text, 0, text.length()).stream().allMatch(m -> m.currency() == null);
    }

    private static String span(String text) {
        QuantityMatch m = first(text);
        return text.substring(m.start(), m.end());
    }

    private static QuantityMatch valued(String text, double value) {
        for (QuantityMatch m : QuantityParser.find(text, 0, text.length())) {
            if (m.value() == value) {
                return m;
            }
        }
        throw new AssertionError("no " + value + " in " + text);
    }

    @Test
    void poundsOfAWeightAreNoMoney() {
        assertEquals(null, valued("Police said the man, who weighs about 160 pounds, fled on foot.", 160).currency(),
                "a weight's verb two words before, a hedge between");
        assertEquals(null, valued("She is 5-foot-4, 120 pounds, with short dark hair.", 120).currency(), "after a height");
        assertEquals(null, valued("He is six feet tall and 190 pounds.", 190).currency(), "'tall' three words before");
        assertEquals(null, valued("the parcel's weight was 12 pounds", 12).currency(), "weight, then was");
        assertEquals("GBP", valued("He paid 160 pounds for the ticket.", 160).currency(), "no weight's word: money");
        assertEquals("GBP", valued("The tall ship was sold to a collector in Leith for 900 pounds.", 900).currency(),
                "a weight's word further back than three words: money");
        assertEquals("EUR", valued("a sack of coins weighing 70 euros in all", 70).currency(), "only pounds are a weight's unit");
        assertEquals("GBP", valued("Four feet of rope cost 40 pounds.", 40).currency(), "the weight's word is the fourth word back: money");
        assertEquals(null, valued("Weighing 130 pounds, the dog was the heaviest.", 130).currency(), "the weight's word opens the text");
    }

    @Test
    void theWeightWordsAreData() {
        assertTrue(Lexicon.words(QuantityParser.class, "weight-words.txt").containsAll(List.of("weighing", "tall", "feet")));
    }

    @Test
    void scalesMultiplyAndVagueWordsGiveTheirRange() {
        assertEquals(3.5e9, first("the fund raised \u20ac3.5bn").value(), 1);
        assertEquals(2.3e6, first("2.3 million people voted").value(), 1);
        assertEquals(1.2e12, first("a debt of 1.2 trillion").value(), 1e3);
        QuantityMatch dozens = first("dozens of people were hurt");
        assertEquals(24, dozens.low());
        assertEquals(100, dozens.high());
        QuantityMatch several = first("several villages were flattened");
        assertEquals(3, several.low());
        assertEquals(10, several.high());
    }

    @Test
    void aVagueFewBeforeAScaleCountsGroups() {
        String text = "several hundred marchers";
        QuantityMatch hundreds = first(text);
        assertEquals(300, hundreds.low(), 1e-9, "several hundred is at least three hundred");
        assertEquals(1000, hundreds.high(), 1e-9);
        assertEquals(text.indexOf(" marchers"), hundreds.end(), "one figure over both words");
        assertEquals(1, QuantityParser.find(text, 0, text.length()).size(), "not several and a hundred apart");
        QuantityMatch dozens = first("Several dozen shops were looted");
        assertEquals(36, dozens.low(), 1e-9);
        assertEquals(120, dozens.high(), 1e-9);
        assertEquals("vague", dozens.hedge());
        assertEquals(3e6, first("several million dollars").low(), 1);
        assertEquals(24, first("dozens more were hurt").low(), 1e-9, "no scale after: the vague range as it stands");
        assertEquals(24, first("dozens hundred").low(), 1e-9, "only a vague few takes a scale");
        assertEquals(10, QuantityParser.SMALL_VAGUE_MOST, 1e-9);
    }

    @Test
    void countsInDozensAreAsRoundAsTheDozens() {
        QuantityMatch two = first("some two dozen people were hurt");
        assertEquals(24, two.value(), 1e-9);
        assertEquals(18, two.low(), 1e-9, "about two dozen: one dozen wide");
        assertEquals(30, two.high(), 1e-9);
        QuantityMatch three = first("at least three dozen young men");
        assertEquals(36, three.low(), 1e-9);
        assertTrue(Double.isInfinite(three.high()));
        assertEquals("at least three dozen", "at least three dozen young men".substring(three.start(), three.end()));
        QuantityMatch range = first("between two and three dozen houses");
        assertEquals(24, range.low(), 1e-9, "the low end counts dozens too");
        assertEquals(36, range.high(), 1e-9);
        QuantityMatch mixed = first("from 20 to two dozen people");
        assertEquals(20, mixed.low(), 1e-9, "a low end of more than a dozen counts no dozens");
        assertEquals(24, mixed.high(), 1e-9);
        assertEquals(2e6, first("from 2 to 3 million people").low(), 1, "a scale as before");
        assertEquals(12, first("a dozen people were hurt").value(), 1e-9);
        assertEquals(12, first("the dozen people").value(), 1e-9, "dozen alone is twelve");
        assertEquals(1, QuantityParser.find("two dozen", 0, 9).size(), "one figure, not two");
        assertEquals(2, first("2dozen eggs").value(), 1e-9, "a unit glued to the figure is no group");
        assertEquals(Double.valueOf(12), QuantityParser.COUNTING_UNITS.get("dozen"));
        QuantityParser.COUNTING_UNITS.forEach((w, n) -> assertTrue(n > 1 && n < 100, w + ": a group, never a scale"));
    }

    @Test
    void shortScalesCountOnlyGluedAndAsWritten() {
        assertEquals(2e8, first("a deal worth $200MM").value(), 1, "MM is a million in a price");
        assertEquals(8e4, first("a crowd of 80k").value(), 1);
        assertEquals(5e6, first("a $5M settlement").value(), 1);
        assertEquals(2.3e6, first("raised 2.3mn dollars").value(), 1);
        assertEquals(5e6, first("raised $5million").value(), 1, "a scale written in full counts glued too");
        assertEquals(3.5, first("a 3.5mm stereo jack").value(), 1e-9, "lower-case mm is a length");
        assertEquals(200, first("a 200 mm lens").value(), 1e-9);
        assertEquals(10, first("about 10 k of them").value(), 1e-9, "k after a space multiplies nothing");
        assertEquals(5.56, first("a 5.56Mm round").value(), 1e-9, "mm in another case is no scale");
        assertTrue(QuantityParser.GLUED_SCALES.containsAll(List.of("k", "M", "MM", "bn")));
        for (String w : QuantityParser.GLUED_SCALES) {
            assertTrue(Lexicon.pairs(QuantityParser.class, "scales.tsv").containsKey(w.toLowerCase(java.util.Locale.ROOT)), w);
        }
    }

    @Test
    void aGluedMIsMillionsInMoneyAndBeforeWhatItCountsAndElseMetresOrAModelsName() {
        assertEquals(5e6, first("took $5m from the vault").value(), 1, "money before: millions");
        assertEquals(8, first("took $5m from the vault").end(), "the scale's letter is part of the figure");
        assertEquals(6.9e6, first("the audience peaked at 6.9m.").value(), 1, "nothing says metres: millions, as before");
        assertEquals(1.1e7, first("a loss of 11m euros from the raid").value(), 1, "a currency word after: millions");
        assertEquals(6.1e6, first("the site has 6.1m users").value(), 1, "a counted word after: millions");
        assertEquals(600, first("he fell 600m from the ridge").value(), 1e-9, "a length: metres, no scale");
        assertEquals(60, first("a wall 60m high").value(), 1e-9);
        assertEquals(80, first("they laid 80m of cable").value(), 1e-9);
        assertTrue(QuantityParser.find("a GeForce 9400M chip", 0, 20).isEmpty(), "a capital M without money names a model");
        assertEquals(5e6, first("a $5M settlement").value(), 1, "with money a capital M is millions");
        assertEquals(2e6, first("raised 2M dollars").value(), 1, "and so before a currency word");
    }

    @Test
    void theMetreFollowersAreLowerCaseWordsOfPlaceAndMeasure() {
        assertTrue(QuantityParser.METRE_FOLLOWERS.containsAll(List.of("from", "of", "high", "down", "while")));
        for (String w : QuantityParser.METRE_FOLLOWERS) {
            assertTrue(w.matches("[a-z]+"), w);
        }
        assertTrue(!QuantityParser.METRE_FOLLOWERS.contains("people") && !QuantityParser.METRE_FOLLOWERS.contains("users"),
                "what millions count is no metre's follower");
    }

    @Test
    void aNumberKnowsWhetherASpaceFollowsIt() {
        assertTrue(first("seven inch nails").spaced());
        assertTrue(!first("17-inch laptops").spaced(), "a hyphen");
        assertTrue(!first("a 3.5mm jack").spaced(), "nothing");
        assertTrue(!first("the count was 12").spaced(), "the end of the text");
    }

    @Test
    void theListsAreWellFormed() {
        assertTrue(Lexicon.keyedPairs(QuantityParser.class, "currency-words.tsv").values().stream()
                .allMatch(code -> code.matches("[A-Z]{3}")), "ISO codes");
        assertTrue(Lexicon.keyedPairs(QuantityParser.class, "currency-signs.tsv").keySet().stream()
                .allMatch(sign -> sign.length() == 1));
        for (String[] row : Lexicon.rows(QuantityParser.class, "vague-quantities.tsv", 3)) {
            assertTrue(Double.parseDouble(row[1]) < Double.parseDouble(row[2]), row[0]);
        }
        Lexicon.pairs(QuantityParser.class, "scales.tsv").values().forEach(f -> assertTrue(Double.parseDouble(f) >= 100, f));
        assertTrue(Lexicon.wordsAsWritten(QuantityParser.class, "currency-codes.txt").contains("Rs"));
        QuantityParser.SIGN_LETTERS.forEach((form, code) -> {
            assertTrue(form.matches("[a-z]+\\$|\\$[a-z]+"), form);
            assertTrue(code.matches("[A-Z]{3}"), code);
        });
    }

    @Test
    void aWordOfDegreeBeforeTheRichterScaleMakesAMagnitude() {
        assertTrue(first("aftershocks of 3.8 degrees on the Richter scale").magnitude());
        assertTrue(first("a quake of 6 points on the Richter scale").magnitude());
        assertTrue(first("a quake of 6.1 on the Richter scale").magnitude());
        assertTrue(!first("it was 38 degrees on the terrace").magnitude(), "no Richter scale");
        assertTrue(!first("38 degrees in the shade on the Richter scale").magnitude(), "the scale not right after the degrees");
        assertTrue(!first("with 12 degrees on the Richter scale").magnitude(), "ten or more is no magnitude");
    }

    @Test
    void digitsGluedToLettersThatAreNoUnitGiveNoFigure() {
        for (String text : List.of("the Dellport 76ers won again", "a 3G network", "a 4x4 truck", "a 102x40 grid",
                "back in the 1960s", "we met at 3pm", "his 1,000th goal", "a 1080p screen", "a 10U server")) {
            assertTrue(QuantityParser.find(text, 0, text.length()).isEmpty(), text);
        }
        assertEquals(76, first("the Dellport 76 ers won").value(), 1e-9, "a space parts the number from the word");
        assertEquals(12, first("12 of the 76ers came").value(), 1e-9, "the figure before is still read");
        assertEquals(1, QuantityParser.find("12 of the 76ers came", 0, 20).size());
    }

    @Test
    void gluedUnitsAndScalesStillGiveFigures() {
        assertEquals(5, first("she ran 5km to the shore").value(), 1e-9);
        assertEquals(10, first("a limit of 10mph").value(), 1e-9);
        assertEquals(3, first("a bag of 3kg").value(), 1e-9);
        assertEquals(16, first("a phone with 16GB").value(), 1e-9);
        assertEquals(5e9, first("a loss of $5bn").value(), 1);
        assertEquals(3, first("add 3g of sugar").value(), 1e-9, "a small g is grams");
        assertTrue(QuantityParser.find("a 3G phone", 0, 10).isEmpty(), "a capital G is no unit: case counts");
        assertTrue(QuantityParser.GLUED_UNITS.containsAll(List.of("km", "mph", "kg", "GB")));
        for (String u : QuantityParser.GLUED_UNITS) {
            String text = "it was 7" + u + " then";
            QuantityMatch m = first(text);
            assertEquals(7, m.value(), 1e-9, u);
            assertEquals(u, m.after().get(0), u);
            assertTrue(!QuantityParser.GLUED_SCALES.contains(u), u + " is a unit, not a scale");
        }
    }

    @Test
    void scaleLettersGluedToMoneyMultiplyIt() {
        assertEquals(1e9, first("the port borrowed $1B last year").value(), 1);
        assertEquals("$1B", span("the port borrowed $1B last year"), "the letter is part of the sum");
        assertEquals(1e9, first("the port borrowed $1b last year").value(), 1, "any case in money");
        assertEquals(5e12, first("a $5tn plan").value(), 1);
        assertEquals(5e12, first("a $5T plan").value(), 1);
        assertEquals(1.2e12, first("spent $1.2trn on roads").value(), 1);
        assertEquals(2e9, first("a \u20ac2bn loan").value(), 1);
        assertEquals(2e9, first("they paid 2b dollars").value(), 1, "a currency word after the letter");
        assertEquals("USD", first("they paid 2b dollars").currency());
        assertEquals(3.5e9, first("the app had 3.5B downloads").value(), 1, "a decimal fraction with B and no money");
        for (String text : List.of("he moved to 1B in May", "a 2B pencil", "a 1.5T scanner", "a 3.5b file", "a 1.5tn rig")) {
            assertTrue(QuantityParser.find(text, 0, text.length()).isEmpty(), text);
        }
        QuantityParser.MONEY_SCALES.forEach((w, f) -> assertTrue(f >= 1e9, w));
        assertTrue(QuantityParser.MONEY_SCALES.keySet().containsAll(List.of("b", "tn")));
        for (String w : QuantityParser.FRACTION_SCALES) {
            assertTrue(QuantityParser.MONEY_SCALES.containsKey(w.toLowerCase(java.util.Locale.ROOT)), w + " is a money scale");
        }
    }
}
