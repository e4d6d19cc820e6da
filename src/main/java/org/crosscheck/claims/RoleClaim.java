package org.crosscheck.claims;

/**
 * A title an article gives a person ("US Secretary of State Antony Blinken"): {@code person} as
 * the article names them in full, {@code personKey} the key that joins their mentions across
 * articles, {@code title} as written, {@code role} its class ("secretary of state"), the
 * {@code country} it is held for when written, and whether it is held now ({@code current} is
 * false for "former", "then-", "late", "designate"). {@code day} is the article's date, once
 * stories are grouped.
 */
public record RoleClaim(String document, Span span, String text, String person, String personKey, String title,
                        String role, String country, boolean current, long day) implements Claim {

    @Override
    public String kind() {
        return "role";
    }

    @Override
    public String value() {
        return person + ": " + role + (country == null ? "" : " (" + country + ")") + (current ? "" : ", not current");
    }

    @Override
    public String key() {
        return "role|" + document + "|" + personKey + "|" + role + "|" + (country == null ? "" : country);
    }

    /**
     * Whether this title and {@code o}'s cannot be held by one person at once: classes that are
     * not compatible, or one class held for two different countries.
     */
    public boolean conflictsWith(RoleClaim o) {
        if (!current || !o.current) {
            return false;
        }
        if (!TitleClasses.compatible(role, o.role)) {
            return true;
        }
        return role.equals(o.role) && country != null && o.country != null && !country.equals(o.country);
    }

    /** Days between the two articles' dates; 0 when either is unknown. */
    public long daysApartFrom(RoleClaim o) {
        return day == DateClaim.NO_DAY || o.day == DateClaim.NO_DAY ? 0 : Math.abs(day - o.day);
    }

    /** Text order across the session: by document id, then by position. */
    public boolean after(RoleClaim o) {
        int c = document.compareTo(o.document);
        return c > 0 || c == 0 && span.start() > o.span.start();
    }

    public RoleClaim withDay(long newDay) {
        return new RoleClaim(document, span, text, person, personKey, title, role, country, current, newDay);
    }

    public RoleClaim withPerson(String newPerson, String newKey) {
        return new RoleClaim(document, span, text, newPerson, newKey, title, role, country, current, day);
    }
}
