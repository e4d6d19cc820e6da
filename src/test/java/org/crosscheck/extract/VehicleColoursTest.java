package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** The colour of a car named by its make; whole articles are in the rule cases. */
class VehicleColoursTest {

    private static List<AttributeClaim> read(String text) {
        return SentenceReaders.read(VehicleColours::sentence, text);
    }

    @Test
    void theFormsOfACarsColour() {
        String[][] cases = {
            {"She was hit by a silver Toyota Camry on Friday.", "silver Toyota Camry", "Toyota Camry", "vehicle:toyota camry", "silver"},
            {"She was hit by a gray 2013 Toyota Camry.", "gray 2013 Toyota Camry", "Toyota Camry", "vehicle:toyota camry", "grey"},
            {"A Grey Ford pulled away.", "Grey Ford", "Ford", "vehicle:ford", "grey"},
            {"A white Ford F-150 pulled away.", "white Ford F-150", "Ford F-150", "vehicle:ford f-150", "white"},
            {"A red Land Rover Discovery was seen.", "red Land Rover Discovery", "Land Rover Discovery", "vehicle:land rover discovery", "red"},
            {"A blue Honda on Monday hit her.", "blue Honda", "Honda", "vehicle:honda", "blue"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> found = read(c[0]);
            assertEquals(1, found.size(), c[0]);
            AttributeClaim a = found.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entity(), c[0]);
            assertEquals(c[3], a.entityKey(), c[0]);
            assertEquals(c[4], a.word(), c[0]);
            assertEquals(c[4], a.valueText(), c[0]);
            assertEquals(AttributeClaim.COLOUR, a.attribute(), c[0]);
            assertEquals(false, a.person(), c[0]);
        }
    }

    @Test
    void wordsThatGiveNoColour() {
        String[] cases = {
            "A dark gray Toyota Camry sped off.",      // a shade
            "A light-blue Honda Civic sped off.",      // a shade
            "A black and white Ford Focus sped off.",  // two colours
            "A greenish Ford Focus sped off.",         // a shade
            "A silver toyota was seen.",               // a make is written with a capital
            "The silverado sped off.",                 // no colour word
            "A red Fordson tractor sped off.",         // no make
            "A silver car sped off.",                  // no make
        };
        for (String c : cases) {
            assertEquals(List.of(), read(c), c);
        }
    }

    @Test
    void theMakesAreListedOnceFolded() {
        assertTrue(VehicleColours.MAKES.contains("toyota"));
        assertTrue(VehicleColours.MAKES.contains("land rover"));
        for (String make : VehicleColours.MAKES) {
            assertEquals(make, make.strip().toLowerCase(java.util.Locale.ROOT), make);
            String written = Character.toUpperCase(make.charAt(0)) + make.substring(1);
            List<AttributeClaim> found = read("A white " + written + " sped off.");
            assertEquals(1, found.size(), make);
            assertEquals("vehicle:" + make, found.get(0).entityKey(), make);
        }
    }
}
