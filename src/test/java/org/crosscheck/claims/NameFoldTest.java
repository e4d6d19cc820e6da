package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crosscheck.text.HouseStyle;
import org.junit.jupiter.api.Test;

/** A name's folded key, remembered by the name's string, is always the house-style key of that name. */
class NameFoldTest {

    private static int slot(String s) {
        return NameClaim.slot(s);
    }

    /** The hash's high half takes part in the slot: strings whose hashes differ only there are apart. */
    @Test
    void theSlotMixesTheHashsHighHalfIn() {
        String high = "\u0842\u0002";
        assertEquals(0x10000, high.hashCode());
        assertEquals(1, NameClaim.slot(high));
        assertEquals(0, NameClaim.slot(""));
        assertEquals("b".hashCode(), NameClaim.slot("b"));
        assertEquals(0xfff, NameClaim.slot("\u0fff"));
    }

    @Test
    void aNameAskedAgainGivesItsKey() {
        for (String name : List.of("Vendôme", "Wi-Fi", "Technicolour", "KIEV", "Kyiv")) {
            String key = HouseStyle.general().word(name);
            assertEquals(key, NameClaim.fold(name));
            assertEquals(key, NameClaim.fold(name));
            assertEquals(key, new NameClaim("a", new Span(0, name.length()), name, "_").folded());
        }
        assertEquals("vendome", NameClaim.fold("Vendôme"));
    }

    @Test
    void anotherStringOfTheSameLettersGivesTheSameKey() {
        String a = "Colour";
        String b = new String(a.toCharArray());
        assertEquals(NameClaim.fold(a), NameClaim.fold(b));
        assertEquals("color", NameClaim.fold(b));
    }

    /** Names that share a slot take it from each other, each still given its own key. */
    @Test
    void namesOfOneSlotKeepTheirOwnKeys() {
        List<String> same = new ArrayList<>();
        String first = "Name0";
        same.add(first);
        for (int i = 1; same.size() < 3; i++) {
            String s = "Name" + i;
            if (slot(s) == slot(first)) {
                same.add(s);
            }
        }
        for (int round = 0; round < 3; round++) {
            for (String s : same) {
                assertEquals(s.toLowerCase(java.util.Locale.ROOT), NameClaim.fold(s));
            }
        }
        assertNotEquals(NameClaim.fold(same.get(0)), NameClaim.fold(same.get(1)));
    }

    @Property(tries = 100)
    void alwaysTheHouseStyleKey(@ForAll String name, @ForAll String other) {
        assertEquals(HouseStyle.general().word(name), NameClaim.fold(name));
        assertEquals(HouseStyle.general().word(other), NameClaim.fold(other));
        assertEquals(HouseStyle.general().word(name), NameClaim.fold(name));
    }
}
