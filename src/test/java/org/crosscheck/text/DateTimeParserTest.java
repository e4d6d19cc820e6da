package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.crosscheck.GoldenFiles;
import org.junit.jupiter.api.Test;

class DateTimeParserTest {

    /** One line per input: every date-time found in it, with its value and what was decided. */
    static String describe(String line, DateTimeParser.Options options) {
        List<DateTimeMatch> found = DateTimeParser.findAll(line, 0, line.length(), options);
        if (found.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (DateTimeMatch m : found) {
            if (sb.length() > 0) {
                sb.append(" ; ");
            }
            sb.append('"').append(line, m.start(), m.end()).append("\" = ").append(m.value());
            if (m.time() != null && m.offset() == null) {
                sb.append(" [local: no zone]");
            }
            if (m.zoneWritten() != null) {
                sb.append(" [zone ").append(m.zoneWritten()).append(']');
            }
            if (m.order() != DateTimeMatch.FieldOrder.WRITTEN) {
                sb.append(" [").append(m.order().name().toLowerCase()).append(']');
            }
            if (m.weekdayWritten() != null) {
                sb.append(" [weekday ").append(m.weekdayWritten()).append(']');
            }
        }
        return sb.toString();
    }

    @Test
    void readsEveryFormatInTheGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : GoldenFiles.read("timestamps.input.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.append(line).append("\n    -> ").append(describe(line, DateTimeParser.Options.TIMESTAMPS)).append('\n');
        }
        GoldenFiles.check("timestamps.expected.txt", out.toString());
    }

    @Test
    void ambiguousAbbreviationsFollowThePlacesTheDocumentNames() {
        String line = "December 24th, 2021 at 13:57 IST";
        DateTimeMatch india = DateTimeParser.findAll(line, 0, line.length(), new DateTimeParser.Options(false, "Mumbai")).get(0);
        DateTimeMatch ireland = DateTimeParser.findAll(line, 0, line.length(),
                new DateTimeParser.Options(false, "DUBLIN, Ireland - The Irish government")).get(0);
        DateTimeMatch israel = DateTimeParser.findAll(line, 0, line.length(),
                new DateTimeParser.Options(false, "JERUSALEM - Israel said")).get(0);
        assertEquals("2021-12-24T13:57+05:30", india.value());
        assertEquals("2021-12-24T13:57+01:00", ireland.value());
        assertEquals("2021-12-24T13:57+02:00", israel.value());
        assertTrue(ireland.zoneNote().contains("Irish Standard Time"), ireland.zoneNote());
        assertTrue(india.zoneNote().contains("can also mean"), india.zoneNote());
    }

    @Test
    void yearlessDatesOnlyWhenAsked() {
        String s = "on Wednesday, April 14 the ministers met";
        assertTrue(DateTimeParser.findAll(s, 0, s.length(), DateTimeParser.Options.TIMESTAMPS).isEmpty());
        List<DateTimeMatch> found = DateTimeParser.findAll(s, 0, s.length(), new DateTimeParser.Options(true, ""));
        assertEquals(1, found.size());
        assertEquals("--04-14", found.get(0).value());
        assertEquals(java.time.DayOfWeek.WEDNESDAY, found.get(0).weekdayWritten());
        assertEquals("Wednesday, April 14", s.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void offsetsPointIntoTheSearchedText() {
        String s = "xx Published: 2021-04-14T16:15:00Z yy";
        DateTimeMatch m = DateTimeParser.findAll(s, 3, s.length(), DateTimeParser.Options.TIMESTAMPS).get(0);
        assertEquals("2021-04-14T16:15:00Z", s.substring(m.start(), m.end()));
    }
}
