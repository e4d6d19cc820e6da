package org.crosscheck.text;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time-zone abbreviations as news outlets write them. Several are ambiguous (IST is India, Ireland
 * or Israel); those are read the way a reader of the document would, from the places the document
 * names, and the choice is written into the note that travels with the timestamp.
 */
public final class TimeZones {

    /** One reading of an abbreviation: a fixed offset, or a region whose rules give the offset. */
    record Reading(String name, ZoneOffset offset, ZoneId region, List<String> placeHints) {
        ZoneOffset offsetAt(LocalDateTime local) {
            return offset != null ? offset : region.getRules().getOffset(local);
        }
    }

    private static final Map<String, List<Reading>> READINGS = new HashMap<>();

    private static void fixed(String abbr, String name, String offset, String... hints) {
        READINGS.computeIfAbsent(abbr, k -> new java.util.ArrayList<>())
                .add(new Reading(name, ZoneOffset.of(offset), null, List.of(hints)));
    }

    private static void region(String abbr, String name, String zone) {
        READINGS.computeIfAbsent(abbr, k -> new java.util.ArrayList<>())
                .add(new Reading(name, null, ZoneId.of(zone), List.of()));
    }

    static {
        // The first reading of each abbreviation is the default; later ones need a place hint.
        fixed("UTC", "Coordinated Universal Time", "Z");
        fixed("UT", "Universal Time", "Z");
        fixed("GMT", "Greenwich Mean Time", "Z");
        fixed("Z", "UTC", "Z");
        fixed("EST", "US Eastern Standard Time", "-05:00");
        fixed("EDT", "US Eastern Daylight Time", "-04:00");
        region("ET", "US Eastern Time", "America/New_York");
        fixed("CST", "US Central Standard Time", "-06:00");
        fixed("CST", "China Standard Time", "+08:00", "china", "chinese", "beijing", "shanghai", "xinhua", "taiwan", "taipei");
        fixed("CDT", "US Central Daylight Time", "-05:00");
        region("CT", "US Central Time", "America/Chicago");
        fixed("MST", "US Mountain Standard Time", "-07:00");
        fixed("MDT", "US Mountain Daylight Time", "-06:00");
        region("MT", "US Mountain Time", "America/Denver");
        fixed("PST", "US Pacific Standard Time", "-08:00");
        fixed("PDT", "US Pacific Daylight Time", "-07:00");
        region("PT", "US Pacific Time", "America/Los_Angeles");
        fixed("AKST", "Alaska Standard Time", "-09:00");
        fixed("AKDT", "Alaska Daylight Time", "-08:00");
        fixed("HST", "Hawaii Standard Time", "-10:00");
        fixed("AST", "Atlantic Standard Time", "-04:00");
        fixed("AST", "Arabia Standard Time", "+03:00", "saudi", "riyadh", "kuwait", "qatar", "doha", "bahrain", "iraq", "baghdad");
        fixed("ADT", "Atlantic Daylight Time", "-03:00");
        fixed("NST", "Newfoundland Standard Time", "-03:30");
        fixed("BST", "British Summer Time", "+01:00");
        fixed("BST", "Bangladesh Standard Time", "+06:00", "bangladesh", "dhaka");
        fixed("IST", "India Standard Time", "+05:30");
        fixed("IST", "Irish Standard Time", "+01:00", "ireland", "irish", "dublin");
        fixed("IST", "Israel Standard Time", "+02:00", "israel", "jerusalem", "tel aviv");
        fixed("IDT", "Israel Daylight Time", "+03:00");
        fixed("WET", "Western European Time", "Z");
        fixed("WEST", "Western European Summer Time", "+01:00");
        fixed("CET", "Central European Time", "+01:00");
        fixed("CEST", "Central European Summer Time", "+02:00");
        fixed("EET", "Eastern European Time", "+02:00");
        fixed("EEST", "Eastern European Summer Time", "+03:00");
        fixed("MSK", "Moscow Time", "+03:00");
        fixed("TRT", "Turkey Time", "+03:00");
        fixed("GST", "Gulf Standard Time", "+04:00");
        fixed("IRST", "Iran Standard Time", "+03:30");
        fixed("PKT", "Pakistan Standard Time", "+05:00");
        fixed("NPT", "Nepal Time", "+05:45");
        fixed("ICT", "Indochina Time", "+07:00");
        fixed("WIB", "Western Indonesia Time", "+07:00");
        fixed("SGT", "Singapore Time", "+08:00");
        fixed("HKT", "Hong Kong Time", "+08:00");
        fixed("PHT", "Philippine Time", "+08:00");
        fixed("MYT", "Malaysia Time", "+08:00");
        fixed("AWST", "Australian Western Standard Time", "+08:00");
        fixed("JST", "Japan Standard Time", "+09:00");
        fixed("KST", "Korea Standard Time", "+09:00");
        fixed("ACST", "Australian Central Standard Time", "+09:30");
        fixed("AEST", "Australian Eastern Standard Time", "+10:00");
        fixed("AEDT", "Australian Eastern Daylight Time", "+11:00");
        fixed("NZST", "New Zealand Standard Time", "+12:00");
        fixed("NZDT", "New Zealand Daylight Time", "+13:00");
        fixed("SAST", "South Africa Standard Time", "+02:00");
        fixed("WAT", "West Africa Time", "+01:00");
        fixed("CAT", "Central Africa Time", "+02:00");
        fixed("EAT", "East Africa Time", "+03:00");
    }

    private TimeZones() {
    }

    /** Whether {@code word} is a time-zone abbreviation crosscheck reads ("GMT", "EST"). */
    public static boolean isAbbreviation(String word) {
        return READINGS.containsKey(word);
    }

    /** The offset of {@code abbr} at {@code local}, read in the light of {@code context}, with a note. */
    static Resolved resolve(String abbr, LocalDateTime local, String context) {
        List<Reading> readings = READINGS.get(abbr);
        if (readings == null) {
            return null;
        }
        Reading chosen = readings.get(0);
        String why = null;
        if (readings.size() > 1 && context != null && !context.isEmpty()) {
            String lower = context.toLowerCase(Locale.ROOT);
            for (Reading r : readings.subList(1, readings.size())) {
                for (String hint : r.placeHints()) {
                    if (lower.contains(hint)) {
                        chosen = r;
                        why = "the document mentions \"" + hint + "\"";
                        break;
                    }
                }
                if (why != null) {
                    break;
                }
            }
        }
        ZoneOffset offset = chosen.offsetAt(local);
        String note = null;
        if (readings.size() > 1) {
            note = abbr + " read as " + chosen.name() + " (" + offset.getId() + ")"
                    + (why != null ? " because " + why : ", the most common reading in news")
                    + "; it can also mean " + alternatives(readings, chosen);
        } else if (chosen.region() != null) {
            note = abbr + " read as " + chosen.name() + ", " + offset.getId() + " on that date";
        }
        return new Resolved(offset, note);
    }

    private static String alternatives(List<Reading> readings, Reading chosen) {
        StringBuilder sb = new StringBuilder();
        for (Reading r : readings) {
            if (r != chosen) {
                if (sb.length() > 0) {
                    sb.append(" or ");
                }
                sb.append(r.name()).append(" (").append(r.offset().getId()).append(')');
            }
        }
        return sb.toString();
    }

    record Resolved(ZoneOffset offset, String note) {
    }
}
