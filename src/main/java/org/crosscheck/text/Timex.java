package org.crosscheck.text;

import java.time.LocalDate;

/**
 * A temporal expression at {@code [start, end)}, normalized the TIMEX3 way: its {@code type}
 * (DATE, TIME, DURATION or SET) and {@code value} ({@code 2021-04-12}, {@code 2021-W14},
 * {@code P3D}, {@code XXXX-WI}, {@code PRESENT_REF}). {@code earliest} and {@code latest} bound
 * the days a DATE or TIME can mean (null when it has no calendar extent, or was not resolved);
 * {@code mod} is {@code START} for "since 2014", an interval open towards the anchor.
 *
 * @param anchored whether the value depends on the anchor date it was resolved against
 */
public record Timex(int start, int end, String type, String value, String mod, boolean anchored,
                    LocalDate earliest, LocalDate latest) {

    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String DURATION = "DURATION";
    public static final String SET = "SET";
}
