package org.crosscheck.extract;

import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * Which happening a toll (the dead, the hurt, the missing) is of, where articles name the event's
 * harm by different words: "a firebomb attack left three dead" and "three died in the bank fire",
 * "one victim died in the attack" and "the shooting killed one". The kinds of
 * {@code toll-happening-kinds.txt} are one toll's within one event: a toll whose clause names one
 * of them, in an event of one of them, counts the event's dead, as a toll whose clause names the
 * event's own kind does. A clause with a background marker or a verb of its own date still tells
 * of another happening.
 */
public final class TollHappenings {

    /** Kinds whose tolls are one toll inside one event ({@code toll-happening-kinds.txt}). */
    static final Set<String> KINDS = Lexicon.words(TollHappenings.class, "toll-happening-kinds.txt");
    /** The measures of a toll. */
    static final Set<String> TOLLS = Set.of("killed", "injured", "missing");

    private TollHappenings() {
    }

    /**
     * Whether a figure of {@code measure} whose clause tells of {@code about} counts the toll of an
     * event of {@code eventKind}.
     */
    public static boolean eventToll(String measure, Happenings.About about, String eventKind) {
        return TOLLS.contains(measure) && about.kind() != null && !about.ownDate() && !about.background()
                && KINDS.contains(about.kind()) && eventKind != null && KINDS.contains(eventKind);
    }
}
