package org.crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The words looked for before the line patterns run never hide a line the patterns would name. */
class BoilerplatePrefilterTest {

    @Test
    void asciiLowerChangesAToZOnly() {
        assertEquals("leave a reply \u00c9t\u00e9 [x]", Boilerplate.asciiLower("LEAVE a Reply \u00c9t\u00e9 [x]"));
        String lower = "already lower";
        assertSame(lower, Boilerplate.asciiLower(lower));
        assertEquals("@[`{az", Boilerplate.asciiLower("@[`{AZ"));
    }

    @Test
    void everyCommentFormPhraseHoldsOneOfTheWords() {
        for (String line : new String[] {"Please enter your comment!", "Leave a Reply", "LEAVE A COMMENT", "Cancel reply",
                "Post Comment", "Your email address will not be published.", "Required fields are marked *",
                "Save my name, email, and website", "You have entered an incorrect email address!",
                "Comments are closed.", "Add a comment", "Join the conversation", "Sign in to comment",
                "Be the first to comment", "12 Comments"}) {
            assertTrue(Boilerplate.mayBeCommentForm(Boilerplate.asciiLower(line)), line);
            assertEquals("comment form", Boilerplate.interfaceReason(line, line.split(" ").length), line);
        }
        assertFalse(Boilerplate.mayBeCommentForm("the minister spoke on tuesday"));
    }

    @Test
    void cookieNoticesAndHashtagsAreStillNamed() {
        String notice = "We use cookies to improve your experience on our site and to show you relevant advertising, "
                + "and by continuing to browse this website you agree to our use of cookies and our policy";
        assertEquals("cookie notice", Boilerplate.interfaceReason(notice, notice.split(" ").length));
        assertEquals("cookie notice", Boilerplate.interfaceReason("This site uses Cookies.", 4));
        assertNull(Boilerplate.interfaceReason("The cookie factory reopened.", 4));
        assertEquals("tag line", Boilerplate.interfaceReason("#ukraine #nato", 2));
        assertEquals("tag line", Boilerplate.interfaceReason("  #ukraine   #nato ", 2));
        assertNull(Boilerplate.interfaceReason("#ukraine and #nato", 3));
        assertNull(Boilerplate.interfaceReason("ukraine #nato", 2));
        assertNull(Boilerplate.interfaceReason("# nato", 2));
    }

    @Test
    void everyInterfaceLineMayBeOneHoweverWritten() {
        assertTrue(Boilerplate.LONGEST_INTERFACE_LINE >= "skip to main content".length());
        for (String entry : Boilerplate.INTERFACE_LINES) {
            String dressed = "- " + entry.toUpperCase(java.util.Locale.ROOT).replace(" ", " | ") + " -";
            assertTrue(Boilerplate.mayBeInterfaceLine(entry), entry);
            assertTrue(Boilerplate.mayBeInterfaceLine(dressed), dressed);
            assertTrue(Boilerplate.INTERFACE_LINES.contains(Boilerplate.fold(dressed)), dressed);
        }
        assertEquals("interface text", Boilerplate.interfaceReason("Skip to main content", 4));
        assertEquals("interface text", Boilerplate.interfaceReason("SKIP TO >> MAIN CONTENT", 5));
    }

    @Test
    void aLineWithMoreLettersThanTheLongestEntryIsNone() {
        int longest = Boilerplate.LONGEST_INTERFACE_LINE;
        String full = "ab9 ".repeat(longest).replaceAll("\\s", "").substring(0, longest - 1) + " Z";
        assertTrue(Boilerplate.mayBeInterfaceLine(full));
        assertTrue(Boilerplate.mayBeInterfaceLine(" , " + full + " !!! ..."));
        assertFalse(Boilerplate.mayBeInterfaceLine(full + "k"));
        assertFalse(Boilerplate.mayBeInterfaceLine("k" + full));
        assertFalse(Boilerplate.mayBeInterfaceLine("\u00e9" + full));
        assertTrue(Boilerplate.mayBeInterfaceLine(""));
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("aZ9 -.|\u00e9\u0130\u03a3\u2003").ofMaxLength(40);
    }

    @Property(tries = 2000)
    void aLineRuledOutFoldsLongerThanEveryEntry(@ForAll("lines") String line) {
        if (!Boilerplate.mayBeInterfaceLine(line)) {
            assertTrue(Boilerplate.fold(line).length() > Boilerplate.LONGEST_INTERFACE_LINE, line);
        }
    }
}
