package org.crosscheck.claims;

import java.time.LocalDate;

/**
 * A value an article gives for an attribute of a named person or thing, not of a happening:
 * "the 33-year-old actress" gives Tara Reid's age, "home to 120,000 people" a town's population.
 * Attributes are compared across a whole story, joined on the entity's key and the attribute.
 *
 * @param entity    the person or thing as the article names it in full ("Tara Reid", "Valmora")
 * @param entityKey the key that joins its mentions across articles: a person's key ("tara reid"), or
 *                  the name's transliteration key for a thing
 * @param person    whether the entity is a person: a person is compared only once named in full
 * @param attribute what is given, one word: {@code age}, {@code population}
 * @param written   the value's words as written ("33", "thirty-three", "some 120,000")
 * @param day       the epoch day the article was published, or {@link DateClaim#NO_DAY}; ages are
 *                  true as of it
 * @param daySource how the day is known, in words ("published 2008-09-02"), or null
 * @param event     the event the article reports, once stories are grouped, or null: two articles of
 *                  one event speak of one time even when their dates are unknown
 */
public record AttributeClaim(String document, Span span, String text, String entity, String entityKey, boolean person,
                             String attribute, String written, double low, boolean lowOpen, double high,
                             boolean highOpen, long day, String daySource, String event) implements Claim {

    /** Days in a year, with leap years. */
    private static final double YEAR = 365.25;

    @Override
    public String kind() {
        return "attribute";
    }

    public Interval interval() {
        return new Interval(low, lowOpen, high, highOpen);
    }

    /** The value as an editor reads it: "33", or a hedged figure's range. */
    public String valueText() {
        return interval().text();
    }

    @Override
    public String value() {
        return entity + ": " + attribute + " " + valueText();
    }

    @Override
    public String key() {
        return "attribute|" + document + "|" + entityKey + "|" + attribute + "|" + interval();
    }

    /** Whether the entity is known well enough to compare: a thing, or a person named in full. */
    public boolean identified() {
        return !person || entityKey.contains(" ");
    }

    /**
     * How far a population may stray either way, as a share of it, and still be the same figure:
     * populations are estimates of different years and sources, so "a city of 160,000" and "home to
     * 167,000" give one town's size; 120,000 and 200,000 do not.
     */
    static final double POPULATION_LEEWAY = 0.05;

    /**
     * Whether the two values cannot both be true: their intervals share no value. A population is
     * first widened by {@link #POPULATION_LEEWAY} either way.
     */
    public boolean disagreesWith(AttributeClaim o) {
        return !leeway().overlaps(o.leeway());
    }

    private Interval leeway() {
        if (!"population".equals(attribute)) {
            return interval();
        }
        return new Interval(low * (1 - POPULATION_LEEWAY), false, high * (1 + POPULATION_LEEWAY), highOpen && Double.isInfinite(high));
    }

    /** Days between the two articles' dates, or -1 when either is unknown. */
    public long daysApartFrom(AttributeClaim o) {
        return day == DateClaim.NO_DAY || o.day == DateClaim.NO_DAY ? -1 : Math.abs(day - o.day);
    }

    /**
     * Two ages that the time between the articles explains: the articles are more than a year
     * apart, and the later gives the age the earlier's grows into by then (a birthday either side
     * allowed). Never true for other attributes or when a date is unknown.
     */
    public boolean agedBetween(AttributeClaim o) {
        if (!age() || !o.age() || daysApartFrom(o) <= 365) {
            return false;
        }
        AttributeClaim earlier = day < o.day ? this : o;
        AttributeClaim later = earlier == this ? o : this;
        double years = (later.day - earlier.day) / YEAR;
        double grew = later.low - earlier.low;
        return grew >= Math.floor(years) && grew <= Math.ceil(years);
    }

    /**
     * Two ages one year apart that a birthday between the articles may explain: their dates are
     * unknown, or more than 30 days apart with the later article giving the higher age.
     */
    public boolean birthdayMayExplain(AttributeClaim o) {
        if (!age() || !o.age() || Math.abs(low - o.low) != 1) {
            return false;
        }
        long apart = daysApartFrom(o);
        if (apart < 0) {
            return true;
        }
        if (apart <= 30 || apart > 365) {
            return false;
        }
        AttributeClaim later = day > o.day ? this : o;
        AttributeClaim earlier = later == this ? o : this;
        return later.low > earlier.low;
    }

    /**
     * Two ages of articles whose time apart is unknown: a date is unknown and they report
     * different events (or no event), so years between them may explain any difference.
     */
    public boolean timeApartUnknown(AttributeClaim o) {
        return age() && o.age() && daysApartFrom(o) < 0 && (event == null || !event.equals(o.event));
    }

    public AttributeClaim withEvent(String newEvent) {
        return new AttributeClaim(document, span, text, entity, entityKey, person, attribute, written, low, lowOpen, high,
                highOpen, day, daySource, newEvent);
    }

    /** The article's date in words: "published 2008-09-02", or "date unknown". */
    public String dayText() {
        return daySource == null ? "date unknown" : daySource;
    }

    private boolean age() {
        return attribute.equals("age") && low == high;
    }

    public AttributeClaim withDay(long newDay, String newDaySource) {
        return new AttributeClaim(document, span, text, entity, entityKey, person, attribute, written, low, lowOpen, high,
                highOpen, newDay, newDaySource, event);
    }

    public AttributeClaim withEntity(String newEntity, String newKey) {
        return new AttributeClaim(document, span, text, newEntity, newKey, person, attribute, written, low, lowOpen, high,
                highOpen, day, daySource, event);
    }

    /** The day as ISO text, for messages: "2008-09-02", or "an unknown date". */
    public String dayIso() {
        return day == DateClaim.NO_DAY ? "an unknown date" : LocalDate.ofEpochDay(day).toString();
    }
}
