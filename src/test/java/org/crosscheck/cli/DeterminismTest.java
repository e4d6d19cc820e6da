package org.crosscheck.cli;

import static org.crosscheck.cli.CheckCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.crosscheck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes whatever the default locale and time zone. */
class DeterminismTest {

    @Test
    void localeAndTimeZoneDoNotChangeAByte(@TempDir Path dir) throws Exception {
        String json = run("check", Fixtures.SEEDS.toString(), "--format", "json").out();
        Path sarif = dir.resolve("a.sarif");
        run("check", Fixtures.SEEDS.toString(), "--report", "sarif:" + sarif);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Turkish folds "I" differently; Tokyo is far from UTC; Arabic writes other digits.
            for (String[] setting : new String[][] {{"tr", "TR", "Asia/Tokyo"}, {"ar", "EG", "America/Los_Angeles"}}) {
                Locale.setDefault(new Locale(setting[0], setting[1]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[2]));
                assertEquals(json, run("check", Fixtures.SEEDS.toString(), "--format", "json").out(), setting[0]);
                Path other = dir.resolve(setting[0] + ".sarif");
                run("check", Fixtures.SEEDS.toString(), "--report", "sarif:" + other);
                assertEquals(Files.readString(sarif), Files.readString(other), setting[0]);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
