package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.text.HouseStyle;

/**
 * Words an article quotes, with who said them. {@code text} is what stands between the quote
 * marks (paragraphs of a quote that runs on are joined by their line breaks); {@code speaker}
 * is how the article names the speaker at this quote ("he", "the ministry", "State Department
 * spokesman Ned Price"), {@code speakerName} who that is, and {@code voice} the key the rules
 * compare: a person's name key, or an organisation's when a spokesperson or a statement speaks for
 * it. {@code named} is true when the words of attribution name the speaker themselves, false
 * when the speaker was inferred (a pronoun, "the statement", a quote continuing the one before). {@code cue} is the attribution's verb ("said", "according to"). A {@code fragment} is a
 * quote of fewer than four words inside a sentence, a scare quote ("invade Ukraine"): it has no
 * speaker. {@code event} and {@code day} are the article's main event and its date, once stories
 * are grouped: two quotes are of one statement only if their occasions can be the same.
 * {@code person} is the key of the person who spoke, when a person did, whether they speak for
 * themselves or for an organisation (then {@code voice} is the organisation's); null for an
 * organisation or a document. {@code pronounSure} is true when the speaker was inferred from "he" or "she" and the sentence
 * the pronoun points back to names one person only. {@code saidDay} is the day the words of
 * attribution say the quote was said ("Venn said on Monday", "told reporters Tuesday"), or
 * {@link DateClaim#NO_DAY} when they give none (see {@code extract.SaidDays}).
 */
public record QuoteClaim(String document, Span span, String text, String speaker, String speakerName, String voice,
                         String affiliation, String person, boolean named, String cue, boolean partial, boolean fragment, String event, long day,
                         boolean pronounSure, long saidDay)
        implements Claim {

    /** A quote whose attribution gives no day it was said. */
    public QuoteClaim(String document, Span span, String text, String speaker, String speakerName, String voice,
                      String affiliation, String person, boolean named, String cue, boolean partial, boolean fragment,
                      String event, long day, boolean pronounSure) {
        this(document, span, text, speaker, speakerName, voice, affiliation, person, named, cue, partial, fragment, event,
                day, pronounSure, DateClaim.NO_DAY);
    }

    @Override
    public String kind() {
        return "quote";
    }

    @Override
    public String value() {
        return describe(speakerName, text);
    }

    /** A quote as an editor reads it: the speaker, then the words in quote marks. */
    static String describe(String speakerName, String text) {
        return (speakerName == null ? "(no speaker)" : speakerName) + ": \u201c" + text + "\u201d";
    }

    @Override
    public String key() {
        return "quote|" + document + "|" + (voice == null ? "" : voice) + "|" + QuotePassage.normalize(text);
    }

    /** Where the sentences that start at {@code from} end: the first line break before a capital, or the end. */
    static int paragraphEnd(String text, int from) {
        for (int at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) {
            int k = at + 1;
            while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k))) {
                k++;
            }
            if (k < text.length() && !Character.isLowerCase(text.charAt(k))) {
                return at;
            }
        }
        return text.length();
    }

    /** Whether the quote has a speaker the rules can compare. */
    public boolean attributed() {
        return voice != null;
    }

    public QuoteClaim withOccasion(String newEvent, long newDay) {
        return new QuoteClaim(document, span, text, speaker, speakerName, voice, affiliation, person, named, cue, partial,
                fragment, newEvent, newDay, pronounSure, saidDay);
    }

    /** This quote said on {@code day} by its attribution ({@link DateClaim#NO_DAY}: not told). */
    public QuoteClaim withSaidDay(long day) {
        return new QuoteClaim(document, span, text, speaker, speakerName, voice, affiliation, person, named, cue, partial,
                fragment, event, this.day, pronounSure, day);
    }

    public QuoteClaim withVoice(String newName, String newVoice) {
        // A person named by surname alone is the story's one person of that surname: their key too.
        String newPerson = person != null && person.equals(voice) ? newVoice : person;
        return new QuoteClaim(document, span, text, speaker, newName, newVoice, affiliation, newPerson, named, cue, partial,
                fragment, event, day, pronounSure, saidDay);
    }

    /** The quote's passages in house style without a story's abbreviations. */
    public List<QuotePassage> passages() {
        return passages(HouseStyle.general());
    }

    /**
     * The quote's sentences of four words or more, which the quote rules compare one by one, so
     * evidence points at the sentence that differs; {@code style} is the story's house style.
     */
    public List<QuotePassage> passages(HouseStyle style) {
        return voice == null ? List.of() : passages(style, false);
    }

    /**
     * The sentences the rules compare: an attributed quote's sentences of four words or more, as
     * {@link #passages(HouseStyle)}; with {@code unattributed}, also those of a quote whose speaker
     * is not known, of {@link QuotePassage#MIN_WORDS_UNNAMED} words or more, which are compared only
     * where their own words show them one statement with another. Never a fragment's.
     */
    public List<QuotePassage> passages(HouseStyle style, boolean unattributed) {
        List<QuotePassage> out = new ArrayList<>();
        if (fragment || voice == null && !unattributed) {
            return out;
        }
        // A paragraph break before a capital ends a sentence, whatever mark stands before it ("around the
        // city...", then "I still don't know"); before a word in lower case the sentence runs on.
        for (int line = 0; line < text.length(); ) {
            int lineEnd = paragraphEnd(text, line);
            for (int[] s : org.crosscheck.text.Sentences.split(text, line, lineEnd)) {
                String sentence = text.substring(s[0], s[1]);
                QuotePassage p = new QuotePassage(document, new Span(span.start() + s[0], span.start() + s[1]), sentence,
                        speakerName, voice, affiliation, person, named, event, day, style, pronounSure, saidDay);
                if (p.wordCount() >= (voice == null ? QuotePassage.MIN_WORDS_UNNAMED : QuotePassage.MIN_WORDS)) {
                    out.add(p);
                }
            }
            line = lineEnd + 1;
        }
        return out;
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
        h = 31 * h + java.util.Objects.hashCode(speaker);
        h = 31 * h + java.util.Objects.hashCode(speakerName);
        h = 31 * h + java.util.Objects.hashCode(voice);
        h = 31 * h + java.util.Objects.hashCode(affiliation);
        h = 31 * h + java.util.Objects.hashCode(person);
        h = 31 * h + Boolean.hashCode(named);
        h = 31 * h + java.util.Objects.hashCode(cue);
        h = 31 * h + Boolean.hashCode(partial);
        h = 31 * h + Boolean.hashCode(fragment);
        h = 31 * h + java.util.Objects.hashCode(event);
        h = 31 * h + Long.hashCode(day);
        h = 31 * h + Boolean.hashCode(pronounSure);
        h = 31 * h + Long.hashCode(saidDay);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof QuoteClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(speaker, o.speaker)
                && java.util.Objects.equals(speakerName, o.speakerName)
                && java.util.Objects.equals(voice, o.voice)
                && java.util.Objects.equals(affiliation, o.affiliation)
                && java.util.Objects.equals(person, o.person)
                && named == o.named
                && java.util.Objects.equals(cue, o.cue)
                && partial == o.partial
                && fragment == o.fragment
                && java.util.Objects.equals(event, o.event)
                && day == o.day
                && pronounSure == o.pronounSure
                && saidDay == o.saidDay;
    }
}
