package org.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A page's date never comes from a sentence of its article, wherever the sentence stands. */
class PageDateProperties {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    @Provide
    Arbitrary<LocalDate> day() {
        return Arbitraries.integers().between(0, 365 * 60).map(n -> LocalDate.of(1960, 1, 1).plusDays(n));
    }

    static String written(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** Sentences of an article that hold a date: an event, a history, a plan. */
    @Provide
    Arbitrary<String> sentence() {
        Arbitrary<String> shape = Arbitraries.of(
                "It opened on %s.",
                "On %s, the council met to talk about the harbour lamps and the long nights.",
                "%s was a cold day on the point.",
                "The fair, first held on %s, drew keepers from the whole coast.",
                "Keepers said the meeting on %s had been posted online.",
                "Festival on %s brings keepers together",
                "The report was published on %s and updated a week later.");
        return Combinators.combine(shape, day()).as((s, d) -> String.format(s, written(d)));
    }

    @Property(tries = 200)
    void thePageDateIsNeverABodySentencesDate(@ForAll @Size(max = 6) List<@From("sentence") String> body, @ForAll boolean byline,
                                              @ForAll("day") LocalDate stated) {
        StringBuilder html = new StringBuilder("<html><body><h1>Keepers meet in the hall</h1>");
        if (byline) {
            html.append("<p>By Tilda Marsh | ").append(written(stated)).append("</p>");
        }
        html.append("<div>");
        for (String s : body) {
            html.append("<p>").append(s).append("</p>");
        }
        html.append("<p>The keepers of the coast spoke for an hour about lamps, weather and the price of oil.</p></div>");
        html.append("</body></html>");
        String published = HtmlArticle.read(html.toString().getBytes(StandardCharsets.UTF_8), null).published();
        if (byline) {
            assertTrue(stated.toString().equals(published), "the byline's date, not " + published + " in " + html);
        } else {
            assertTrue(published == null, published + " taken from " + html);
        }
    }
}
