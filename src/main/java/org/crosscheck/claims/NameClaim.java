package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.Romanisation;
import org.crosscheck.text.Transliteration;

/**
 * A proper name as one article spells it, at its first use in the article ("Kiev", "Donbass",
 * "Alishbandi"), or two names written side by side, as a person's first name and surname ("Jon
 * Owen", "Duncan Rait", "Tall Grass": a {@linkplain #pair() pair}). {@code spelling} is its
 * transliteration key; {@link #blocks()} are the keys a word meets the words one letter apart
 * from it under, so the rule joins on them.
 */
public record NameClaim(String document, Span span, String text, String spelling, String context) implements Claim {

    /** Shortest word the word rule compares: shorter names' variants are other words. */
    public static final int MIN_LETTERS = 4;

    /**
     * Shortest word compared as a romanisation the spelling keys miss ({@link #romanisationOf}):
     * shorter words that differ in a first letter or a letter added in front are other names
     * (Ali, Eli; Omar, Amar).
     */
    static final int MIN_ROMANISED = 7;
    /** Shortest romanisation key a word meets others under: shorter keys gather unrelated words. */
    static final int MIN_ROMANISED_KEY = 3;
    /** Prefix of the block key a long word meets its other romanisations under. */
    static final String ROMANISED_BLOCK = "romanised:";

    /** @param context the name the word is part of at its first use, the word written "_": "_ Obama", "Ehud _", "_" */
    public NameClaim(String document, Span span, String text, String context) {
        this(document, span, text, Transliteration.key(text), context == null ? "_" : context);
    }

    @Override
    public String kind() {
        return "name";
    }

    @Override
    public String value() {
        return text;
    }

    @Override
    public String key() {
        return "name|" + document + "|" + text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this is two names side by side ("Jon Owen"), not one word. */
    public boolean pair() {
        return text.indexOf(' ') >= 0 && text.indexOf(' ') == text.lastIndexOf(' ');
    }

    /** Whether this is three words of a name side by side ("Fiji Islands Auto"). */
    public boolean triple() {
        return text.indexOf(' ') >= 0 && text.indexOf(' ') != text.lastIndexOf(' ');
    }

    /** Whether this is one word. */
    public boolean single() {
        return text.indexOf(' ') < 0;
    }

    /** The first word of a pair in house style ("jon" for "Jon Owen"); the word itself for one word. */
    public String first() {
        return HouseStyle.general().word(pair() ? text.substring(0, text.indexOf(' ')) : text);
    }

    /** The last word of a pair in house style ("owen" for "Jon Owen"); the word itself for one word. */
    public String last() {
        return HouseStyle.general().word(text.substring(text.lastIndexOf(' ') + 1));
    }

    /** The words written as one, in house style: "tallgrass" for "Tall Grass" and for "TallGrass". */
    public String joined() {
        return HouseStyle.general().word(text.replace(" ", ""));
    }

    /**
     * The keys a word meets its variants under (its key, and its key with one letter left out;
     * see {@link Transliteration#blocks}), as facts the rule joins on; none for a pair.
     */
    public List<NameBlock> blocks() {
        if (!single()) {
            return List.of();
        }
        List<NameBlock> out = new ArrayList<>();
        // The name in house style, folded once for all its keys.
        String folded = folded();
        for (String k : Transliteration.blocks(text)) {
            out.add(new NameBlock(k, document, folded));
        }
        String romanised = Romanisation.key(text);
        if (text.length() >= MIN_ROMANISED && romanised.length() >= MIN_ROMANISED_KEY) {
            out.add(new NameBlock(ROMANISED_BLOCK + romanised, document, folded()));
        }
        return out;
    }

    /**
     * The name in house style: two spellings that differ only by case, diacritics, hyphens or
     * British and American spelling (Vendôme, Vendome; Wi-Fi, WiFi; Technicolour, Technicolor) are
     * one spelling.
     */
    public String folded() {
        return HouseStyle.general().word(text);
    }

    /**
     * Whether {@code o} writes the same name another way: the words are variants, and the names
     * they are part of agree. Two names of one word each agree (Kiev, Kyiv); a surname alone
     * agrees with a full name it ends (Alishbandi, Heidar Alishvandi); two longer names agree when
     * another of their words is the same or a variant (Heidar Alishvandi, Heydar Alishbandi). So
     * Barack in "Barack Obama" is not Barak in "Ehud Barak". A long word with a letter dropped inside
     * ({@link Transliteration#letterDropped}: Karavan, Karvan) is a variant in the same cases: a
     * surname alone is how a report names the person of a full name again (Teixeira, Mark
     * Teixeira), whatever the difference; a lone word is never compared with a first name (Walther,
     * a judge, is not Walter in "Walter Bugden"). Pairs and words shorter than
     * {@link #MIN_LETTERS} are left to the pair rules.
     */
    public boolean variantOf(NameClaim o) {
        if (!single() || !o.single() || text.length() < MIN_LETTERS || o.text.length() < MIN_LETTERS
                || folded().equals(o.folded())) {
            return false;
        }
        boolean spelled = Transliteration.variants(text, o.text);
        if (!spelled && !Transliteration.letterDropped(text, o.text)) {
            return false;
        }
        return contextsAgree(o);
    }

    /**
     * Whether {@code o} writes this word as another romanisation of one foreign name that the
     * spelling keys of {@link #variantOf} miss, such as a first letter changed (Kasimbek, Gasimbek;
     * Elisavet, Ilisavet), as {@link Romanisation#of} reads them, both words of
     * {@link #MIN_ROMANISED} letters or more with a romanisation key of {@link #MIN_ROMANISED_KEY}
     * letters or more (the block they meet under, {@link #blocks()}), and
     * the names they are part of agree as in {@link #variantOf}. The rule reports such a pair only
     * from one outlet or as a slip in one article: two outlets' romanisations are house styles.
     */
    public boolean romanisationOf(NameClaim o) {
        if (!single() || !o.single() || text.length() < MIN_ROMANISED || o.text.length() < MIN_ROMANISED
                || folded().equals(o.folded()) || Transliteration.variants(text, o.text)
                || Transliteration.letterDropped(text, o.text) || !Romanisation.of(text, o.text)) {
            return false;
        }
        return contextsAgree(o);
    }

    /** Whether the names the two words are part of agree (see {@link #variantOf}). */
    private boolean contextsAgree(NameClaim o) {
        String[] a = context.split(" ");
        String[] b = o.context.split(" ");
        if (a.length == 1 && b.length == 1) {
            return true;
        }
        if (a.length == 1 || b.length == 1) {
            String[] longer = a.length == 1 ? b : a;
            return longer[longer.length - 1].equals("_");
        }
        for (String x : a) {
            for (String y : b) {
                if (!x.equals("_") && !y.equals("_") && (x.equalsIgnoreCase(y) || Transliteration.variants(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code o} writes this word as another romanisation of one foreign name
     * ({@link Romanisation#of}: Heidar, Heydar; Younis, Yunis; Karavan, Karvan), not as a
     * misspelling (a letter doubled, a consonant added or dropped, two letters swapped). Two
     * outlets' romanisations are two house styles; the rule reports them only from one outlet.
     */
    public boolean romanisedFrom(NameClaim o) {
        return Romanisation.of(text, o.text);
    }

    /**
     * Whether one of this word and {@code o}'s is an older romanisation of a name whose owner now
     * writes the other ({@link Romanisation#superseded}: Kiev, Kyiv): reported whatever the outlets.
     */
    public boolean supersededWith(NameClaim o) {
        return Romanisation.superseded(text, o.text);
    }

    /** Whether {@code o}'s first name is another romanisation of this pair's ({@link Romanisation#of}: Giannis, Yiannis). */
    public boolean firstNameRomanisedFrom(NameClaim o) {
        return pair() && o.pair() && Romanisation.of(firstWord(), o.firstWord());
    }

    /** Whether {@code o}'s surname is another romanisation of this pair's ({@link Romanisation#of}: Kougias, Kouyias). */
    public boolean surnameRomanisedFrom(NameClaim o) {
        return pair() && o.pair() && Romanisation.of(lastWord(), o.lastWord());
    }

    /**
     * Whether {@code o} writes the same person's first name another way before the same surname
     * ("Jon Owen", "John Owen"; "Elias Vrettakos", "Ilias Vrettakos"): both are pairs with one last
     * word, and their first words are {@linkplain Transliteration#firstNameVariants first-name
     * variants} that the word rule does not already report.
     */
    public boolean firstNameVariantOf(NameClaim o) {
        return pair() && o.pair() && last().equals(o.last()) && !first().equals(o.first())
                && !wordVariants(firstWord(), o.firstWord()) && Transliteration.firstNameVariants(firstWord(), o.firstWord());
    }

    /**
     * Whether {@code o} writes the same person's surname another way after the same first name
     * ("Duncan Rait", "Duncan Raite"; "Anthony Calamita", "Anthony LaCalamita"): both are pairs with
     * one first word, and their last words are {@linkplain Transliteration#surnameVariants surname
     * variants} that the word rule does not already report.
     */
    public boolean surnameVariantOf(NameClaim o) {
        return pair() && o.pair() && first().equals(o.first()) && !last().equals(o.last()) && !firstAgain() && !o.firstAgain()
                && !wordVariants(lastWord(), o.lastWord()) && Transliteration.surnameVariants(lastWord(), o.lastWord());
    }

    /**
     * Whether the last word of a pair is hyphened to its first word again ("Ada Lake-Ada", a headline
     * run into the text that repeats the name): no double-barrelled surname.
     */
    private boolean firstAgain() {
        for (String part : lastWord().split("-")) {
            if (lastWord().contains("-") && part.equalsIgnoreCase(firstWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the two is a pair and the other that pair written as one word ("Tall Grass",
     * "TallGrass"). A word with a hyphen is house style (Wi-Fi), not one.
     */
    public boolean writtenAsOne(NameClaim o) {
        NameClaim two = pair() ? this : o;
        NameClaim one = two == this ? o : this;
        return two.pair() && one.single() && !one.text.contains("-") && two.joined().equals(one.folded());
    }

    /**
     * The name in the singular, word by word, in house style ({@link Transliteration#singular}):
     * "fiji island auto" for "Fiji Islands Auto" and for "Fiji Island Auto".
     */
    public String singular() {
        StringBuilder out = new StringBuilder();
        for (String w : folded().split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Transliteration.singular(w));
        }
        return out.toString();
    }

    /**
     * Whether {@code o} writes the middle word of these three words of a name in the singular
     * where this writes it in the plural, or the other way round, the words on either side the
     * same ("Fiji Islands Auto", "Fiji Island Auto"; "Motion Picture Arts", "Motion Pictures
     * Arts"). Two words are not enough (Marine Mammal, Marine Mammals; Hurricane and Hurricanes
     * Katrina), nor a word that ends the name.
     */
    public boolean inflectedOf(NameClaim o) {
        if (!triple() || !o.triple() || folded().equals(o.folded()) || !singular().equals(o.singular())) {
            return false;
        }
        String[] a = folded().split(" ");
        String[] b = o.folded().split(" ");
        return a.length == 3 && b.length == 3 && a[0].equals(b[0]) && a[2].equals(b[2]) && !a[1].equals(b[1])
                && a[1].length() >= MIN_LETTERS && b[1].length() >= MIN_LETTERS;
    }

    /** Nouns English writes in either number when they modify the next noun of a name (election, elections). */
    static final java.util.Set<String> EITHER_NUMBER = org.crosscheck.text.Lexicon.words(NameClaim.class, "either-number-modifiers.txt");

    /**
     * Whether {@code o} writes these three words of a name with the middle one in the other number
     * ({@link #inflectedOf}) and that word is a noun English writes in either number before the
     * next ({@code either-number-modifiers.txt}: Central Election Commission, Central Elections
     * Commission): two renderings of a body's name in two house styles, not a misnaming.
     */
    public boolean renderedFrom(NameClaim o) {
        return inflectedOf(o) && EITHER_NUMBER.contains(singular().split(" ")[1]);
    }

    /**
     * Whether {@code o} gives the person of this surname another first name that shares its first
     * letter ("David Stevens", "Dale Stevens"): both are pairs with one last word and their first
     * words are {@linkplain Transliteration#otherFirstNames two names, not one spelled two ways}.
     * The rule holds this only where the surname is one person in the story.
     */
    public boolean otherFirstNameOf(NameClaim o) {
        return pair() && o.pair() && last().equals(o.last()) && !first().equals(o.first())
                && !capitals(lastWord()) && Transliteration.otherFirstNames(firstWord(), o.firstWord());
    }

    /** Whether a word is written in capitals only ("RCMP"): an acronym, no surname. */
    private static boolean capitals(String word) {
        return word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private String firstWord() {
        return text.substring(0, text.indexOf(' '));
    }

    private String lastWord() {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /** Words the word rule compares itself (so a pair rule does not report them twice). */
    private static boolean wordVariants(String a, String b) {
        return Transliteration.variants(a, b) || Transliteration.letterDropped(a, b);
    }

    /**
     * As the record's own: components in order, each hashed as {@code Objects.hashCode} or its
     * wrapper's {@code hashCode}, combined as {@code 31 * h + hash} from 0 (the same value, so
     * maps keep their order), written out because the record's is built from method handles at
     * run time, some classes and calls in the interpreter at every start ({@code RecordMethodsTest}).
     */
    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(document);
        h = 31 * h + java.util.Objects.hashCode(span);
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(spelling);
        h = 31 * h + java.util.Objects.hashCode(context);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof NameClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(spelling, o.spelling)
                && java.util.Objects.equals(context, o.context);
    }
}
