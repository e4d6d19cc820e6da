package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The organisation a title is held in, and when two of them cannot be one. */
class RoleClaimTest {

    private static RoleClaim role(String title, String role) {
        return new RoleClaim("d", new Span(0, 1), title, "Mira Stone", "mira stone", title, role, null, true, DateClaim.NO_DAY);
    }

    private static RoleClaim held(String doc, String title, String person) {
        return new RoleClaim(doc, new Span(0, 1), title + " " + person, person, person.toLowerCase(Locale.ROOT), title,
                "x", null, true, DateClaim.NO_DAY);
    }

    @Test
    void aTitleAsWrittenThatHoldsTheOthersWordsIsNoConflict() {
        RoleClaim general = role("Attorney General", "general");
        RoleClaim plain = role("Attorney", "attorney");
        assertTrue(TitleClasses.RANKS.contains("general"));
        assertTrue(plain.containsTitleOf(general));
        assertFalse(plain.conflictsWith(general), "classes apart, the titles' words one inside the other");
        assertFalse(general.conflictsWith(plain));
        RoleClaim assistant = role("Assistant Attorney", "deputy attorney");
        assertTrue(assistant.conflictsWith(plain), "assistant makes another office");
        // Classes set by hand to two that do not go together: only the titles' words decide.
        assertFalse(role("Managing Director", "ceo").conflictsWith(role("Director", "attorney")));
        assertTrue(role("Managing Director", "ceo").conflictsWith(role("Senior Director", "attorney")), "senior: another office");
        RoleClaim spokesman = role("Defense Spokesman", "spokesperson");
        assertTrue(spokesman.conflictsWith(role("Defense Attorney", "attorney")), "neither holds the other");
    }

    @Test
    void twoRanksStayApartThoughOneTitleHoldsTheOthersWords() {
        RoleClaim brigadier = role("Brigadier", "brigadier");
        RoleClaim general = role("Brigadier General", "general");
        assertTrue(TitleClasses.oneContains(brigadier.title(), general.title()));
        assertFalse(brigadier.containsTitleOf(general));
        assertTrue(brigadier.conflictsWith(general));
        assertTrue(role("General", "general").containsTitleOf(role("Attorney General", "attorney")), "one rank only");
        assertTrue(role("Attorney General", "attorney").containsTitleOf(role("General", "general")));
        assertFalse(general.containsTitleOf(role("General Counsel", "counsel")), "no containment");
    }

    @Test
    void aJudgeOfAFederalAndOfAStateCourtAreTwoBenches() {
        RoleClaim federal = role("U.S. District Judge", "judge");
        RoleClaim spaced = role("U. S. District Judge", "judge");
        RoleClaim state = role("state District Judge", "judge");
        assertEquals("federal", federal.courtSystem());
        assertEquals("federal", spaced.courtSystem());
        assertEquals("federal", role("federal judge", "judge").courtSystem());
        assertEquals("state", state.courtSystem());
        assertEquals("state", role("Superior Court Judge", "judge").courtSystem());
        assertNull(role("District Judge", "judge").courtSystem());
        // A title naming both systems names neither.
        assertNull(role("state and federal judge", "judge").courtSystem());
        // "u" alone or "s" alone is no "U.S.".
        assertNull(role("S. District Judge", "judge").courtSystem());
        assertNull(role("U. District Judge", "judge").courtSystem());
        assertNull(role("District Judge U.", "judge").courtSystem());
        assertTrue(spaced.courtsDisagree(state));
        assertTrue(state.courtsDisagree(federal));
        assertTrue(state.conflictsWith(federal));
        assertFalse(federal.courtsDisagree(spaced));
        assertFalse(state.courtsDisagree(role("District Judge", "judge")));
        assertFalse(role("District Judge", "judge").courtsDisagree(state));
        assertTrue(role("state Supreme Court Justice", "justice").courtsDisagree(role("U.S. Supreme Court Justice", "justice")));
        // Only titles of people who sit in a court: a Secretary of State is no state bench.
        assertFalse(role("Secretary of State", "secretary of state").courtsDisagree(role("U.S. Secretary of State", "secretary of state")));
        // Two classes are the classes' business, not the courts'.
        assertFalse(role("state judge", "judge").courtsDisagree(role("U.S. magistrate", "magistrate")));
        assertEquals("Mira Stone: judge of a federal court", federal.value());
        assertEquals("Mira Stone: judge", role("District Judge", "judge").value());
        assertEquals("Mira Stone: secretary of state", role("U.S. Secretary of State", "secretary of state").value());
        assertEquals("federal", RoleClaim.COURT_SYSTEMS.get("us"));
        assertTrue(RoleClaim.COURT_TITLES.contains("judge"));
    }

    @Test
    void aTitleOnePersonHoldsAtATime() {
        assertEquals("police chief", held("a", "Police Chief", "Carl Rudd").oneHolderTitle());
        assertEquals("police chief", held("a", "Denver Police Chief", "Carl Rudd").oneHolderTitle());
        assertEquals("mayor", held("a", "the mayor of Millbrook", "Dana Kell").oneHolderTitle());
        assertEquals("governor", held("a", "Gov.", "Dana Kell").oneHolderTitle());
        assertEquals("chief of police", held("a", "Chief of Police", "Dana Kell").oneHolderTitle(), "the longest listed title");
        assertEquals("head coach", held("a", "Colts head coach", "Dana Kell").oneHolderTitle());
        assertEquals("district attorney", held("a", "District Attorney General", "Dana Kell").oneHolderTitle(),
                "the longer of two listed titles");
        assertNull(held("a", "Deputy Police Chief", "Carl Rudd").oneHolderTitle(), "a qualifier");
        assertNull(held("a", "acting mayor", "Carl Rudd").oneHolderTitle(), "a qualifier");
        assertNull(held("a", "Chief", "Carl Rudd").oneHolderTitle(), "no listed title");
        assertNull(held("a", "Police Chief", "Rudd").oneHolderTitle(), "no first name");
        assertNull(new RoleClaim("a", new Span(0, 1), "t", "Carl Rudd", "karl rud", "Police Chief", "chief", null, false,
                DateClaim.NO_DAY).oneHolderTitle(), "not held now");
        assertTrue(RoleClaim.ONE_HOLDER.contains("sheriff"));
        assertTrue(RoleClaim.ONE_HOLDER_QUALIFIERS.contains("interim"));
        for (String t : RoleClaim.ONE_HOLDER) {
            assertEquals(t.strip().toLowerCase(Locale.ROOT), t);
            assertFalse(RoleClaim.ONE_HOLDER_QUALIFIERS.contains(t), t + " is no qualifier");
        }
    }

    @Test
    void oneHolderWithAnotherFirstName() {
        RoleClaim carl = held("a", "Police Chief", "Carl Rudd");
        assertTrue(held("b", "Police Chief", "John Rudd").oneHolderWithOtherFirstName(carl));
        assertTrue(held("b", "Denver Police Chief", "John A. Rudd").oneHolderWithOtherFirstName(carl), "one place unnamed, a middle initial");
        assertTrue(held("b", "Denver Police Chief", "John Rudd")
                .oneHolderWithOtherFirstName(held("a", "Denver Police Chief", "Carl Rudd")), "one place");
        assertFalse(held("b", "Aurora Police Chief", "John Rudd")
                .oneHolderWithOtherFirstName(held("a", "Denver Police Chief", "Carl Rudd")), "two places");
        assertFalse(held("b", "Police Chief", "William Rudd").oneHolderWithOtherFirstName(held("a", "Police Chief", "Bill Rudd")),
                "a first name and its everyday form");
        assertFalse(held("b", "Police Chief", "Carl Rudd").oneHolderWithOtherFirstName(carl), "one name");
        assertFalse(held("b", "Police Chief", "John Reed").oneHolderWithOtherFirstName(carl), "another surname");
        assertFalse(held("b", "Fire Chief", "John Rudd").oneHolderWithOtherFirstName(carl), "another title");
        assertFalse(held("b", "Deputy Police Chief", "John Rudd").oneHolderWithOtherFirstName(carl), "a deputy");
        assertFalse(carl.oneHolderWithOtherFirstName(held("b", "Deputy Police Chief", "John Rudd")), "a deputy");
        assertFalse(held("b", "Chief", "John Rudd").oneHolderWithOtherFirstName(held("a", "Chief", "Carl Rudd")), "no listed title");
        RoleClaim us = new RoleClaim("a", new Span(0, 1), "t", "Carl Rudd", "karl rud", "US Attorney General", "attorney general",
                "US", true, DateClaim.NO_DAY);
        RoleClaim uk = new RoleClaim("b", new Span(0, 1), "t", "John Rudd", "jon rud", "UK Attorney General", "attorney general",
                "UK", true, DateClaim.NO_DAY);
        RoleClaim none = new RoleClaim("b", new Span(0, 1), "t", "John Rudd", "jon rud", "Attorney General", "attorney general",
                null, true, DateClaim.NO_DAY);
        assertFalse(uk.oneHolderWithOtherFirstName(us), "two countries");
        assertTrue(none.oneHolderWithOtherFirstName(us), "one country unnamed");
        assertTrue(us.oneHolderWithOtherFirstName(none), "one country unnamed");
        assertEquals("carl rudd", held("a", "Police Chief", "Carl A. Rudd").holderName());
        assertEquals("carl rudd", held("a", "Police Chief", "Carl Rudd").holderName());
    }

    @Test
    void aTitleOfOneHolderInANamedPlaceOrBody() {
        assertEquals("general manager", held("a", "Chargers general manager", "A.J. Smith").namedHolderTitle());
        assertEquals("chief executive officer", held("a", "Telvar Chief Executive Officer", "Nadia Orrin").namedHolderTitle(),
                "the longest listed title");
        assertEquals("police chief", held("a", "Denver Police Chief", "Carl Rudd").namedHolderTitle(), "the one-holder list too");
        assertNull(held("a", "Police Chief", "Carl Rudd").namedHolderTitle(), "no place named");
        assertNull(held("a", "general manager", "A.J. Smith").namedHolderTitle(), "no body named");
        assertNull(held("a", "Chargers assistant general manager", "A.J. Smith").namedHolderTitle(), "a qualifier");
        assertNull(held("a", "Chargers general manager", "Smith").namedHolderTitle(), "no first name");
        assertNull(held("a", "Chargers spokesman", "A.J. Smith").namedHolderTitle(), "no listed title");
        assertNull(new RoleClaim("a", new Span(0, 1), "t", "A.J. Smith", "aj smit", "Chargers general manager", "manager", null,
                false, DateClaim.NO_DAY).namedHolderTitle(), "not held now");
        assertTrue(RoleClaim.ONE_HOLDER_OF_A_BODY.contains("general manager"));
        for (String t : RoleClaim.ONE_HOLDER_OF_A_BODY) {
            assertEquals(t.strip().toLowerCase(Locale.ROOT), t);
            assertFalse(RoleClaim.ONE_HOLDER_QUALIFIERS.contains(t), t + " is no qualifier");
        }
    }

    @Test
    void oneHolderWithAnotherSurname() {
        RoleClaim smith = held("a", "Chargers general manager", "A.J. Smith");
        assertTrue(held("b", "Chargers General Manager", "A.J. Butler").oneHolderWithOtherSurname(smith));
        assertTrue(smith.oneHolderWithOtherSurname(held("b", "Chargers General Manager", "AJ Butler")), "one first name without full stops");
        assertTrue(held("b", "Glenmoor fire chief", "Petra Halvorsen")
                .oneHolderWithOtherSurname(held("a", "Glenmoor Fire Chief", "Petra Lindqvist")));
        assertTrue(held("b", "San Diego Chargers general manager", "A.J. Butler").oneHolderWithOtherSurname(smith),
                "one place holding the other's words");
        assertFalse(held("b", "Rovers general manager", "A.J. Butler").oneHolderWithOtherSurname(smith), "two bodies");
        assertFalse(held("b", "general manager", "A.J. Butler").oneHolderWithOtherSurname(smith), "no body named");
        assertFalse(held("b", "Chargers general manager", "A.J. Smith").oneHolderWithOtherSurname(smith), "one name");
        assertFalse(held("b", "Chargers general manager", "T.J. Butler").oneHolderWithOtherSurname(smith), "another first name");
        assertFalse(held("b", "Chargers head coach", "A.J. Butler").oneHolderWithOtherSurname(smith), "another title");
        assertFalse(held("b", "Chargers general manager", "A.J. Smyth").oneHolderWithOtherSurname(smith),
                "one surname spelled two ways: the spelling rules'");
        assertFalse(held("b", "Glenmoor Fire Chief", "Alexis Kouyias")
                .oneHolderWithOtherSurname(held("a", "Glenmoor Fire Chief", "Alexis Kougias")), "two romanisations: house style");
        assertFalse(held("b", "Glenmoor Fire Chief", "J. Halloran")
                .oneHolderWithOtherSurname(held("a", "Glenmoor Fire Chief", "J. Sorensen")), "an initial alone");
        assertFalse(held("b", "Glenmoor Fire Chief", "Petra Lindqvist Halvorsen")
                .oneHolderWithOtherSurname(held("a", "Glenmoor Fire Chief", "Petra Lindqvist")), "a maiden name kept");
        assertFalse(held("b", "Glenmoor Fire Chief", "Petra Lindqvist")
                .oneHolderWithOtherSurname(held("a", "Glenmoor Fire Chief", "Petra Lindqvist Halvorsen")), "a maiden name kept");
        assertFalse(held("b", "Chargers general manager", "Butler").oneHolderWithOtherSurname(smith), "no first name");
        assertEquals("smith", smith.holderSurname());
    }

    @Test
    void theHeadsListIsReadFromItsFile() {
        assertEquals("center", RoleClaim.ORGANISATION_HEADS.get("centre"));
        assertEquals("office", RoleClaim.ORGANISATION_HEADS.get("department"));
        assertEquals("center", RoleClaim.ORGANISATION_HEADS.get("hospital"));
        assertFalse(RoleClaim.ORGANISATION_HEADS.containsKey("police"));
        RoleClaim.ORGANISATION_HEADS.forEach((k, v) -> {
            assertEquals(k.strip().toLowerCase(Locale.ROOT), k);
            assertTrue(RoleClaim.ORGANISATION_HEADS.containsKey(v), v + " is a class named after a listed noun");
        });
    }

    @Test
    void theOrganisationIsTheCapitalizedRunEndingWithItsLastHead() {
        assertEquals("Valmora Security Response Center", role("director of the Valmora Security Response Center", "director").organisation());
        assertEquals("Valmora Security Response Alliance", role("Valmora Security Response Alliance director", "director").organisation());
        assertEquals("Orvale Fire Department", role("Orvale Fire Department Chief", "chief").organisation());
        assertEquals("Orvale Hospital's", role("Orvale Hospital's spokeswoman", "spokesperson").organisation());
        assertNull(role("Troy police Lt.", "lieutenant").organisation());
        assertNull(role("head of the Valmora crime family", "head").organisation());
        assertNull(role("spokesman", "spokesperson").organisation());
    }

    @Test
    void organisationsDisagreeOnlyWithHeadsOfTwoClassesAndNeitherHoldingTheOther() {
        RoleClaim center = role("director of the Valmora Security Response Center", "director");
        RoleClaim alliance = role("Valmora Security Response Alliance director", "director");
        RoleClaim shortAlliance = role("Security Response Alliance director", "director");
        assertTrue(center.organisationsDisagree(alliance));
        assertTrue(center.conflictsWith(alliance));
        assertTrue(shortAlliance.conflictsWith(center));
        assertFalse(shortAlliance.organisationsDisagree(alliance));
        // One class: a department and an office, a hospital and a medical center.
        assertFalse(role("Orvale Sheriff's Department spokesman", "spokesperson")
                .organisationsDisagree(role("Orvale Sheriff's Office spokesman", "spokesperson")));
        assertFalse(role("Orvale Hospital spokeswoman", "spokesperson")
                .organisationsDisagree(role("Orvale Medical Center spokeswoman", "spokesperson")));
        assertFalse(role("Valmora Foreign Ministry spokesman", "spokesperson")
                .organisationsDisagree(role("Valmora Foreign Office spokesman", "spokesperson")));
        // Heads of two classes, but one name holds the other's words: one body.
        assertFalse(role("Orvale Hospital spokeswoman", "spokesperson")
                .organisationsDisagree(role("Orvale Hospital Foundation spokeswoman", "spokesperson")));
        // One organisation named, the other not.
        assertFalse(center.organisationsDisagree(role("director", "director")));
        // Not held now: no conflict, whatever the organisations.
        RoleClaim former = new RoleClaim("d", new Span(0, 1), "x", "Mira Stone", "mira stone",
                "former director of the Valmora Security Response Alliance", "director", null, false, DateClaim.NO_DAY);
        assertFalse(center.conflictsWith(former));
        assertFalse(former.conflictsWith(center));
        // One class held for two countries conflicts; for one country, or with no organisation, it does not.
        RoleClaim uk = new RoleClaim("d", new Span(0, 1), "x", "Mira Stone", "mira stone", "UK ambassador", "ambassador", "UK", true,
                DateClaim.NO_DAY);
        RoleClaim us = new RoleClaim("d", new Span(0, 1), "x", "Mira Stone", "mira stone", "US ambassador", "ambassador", "US", true,
                DateClaim.NO_DAY);
        assertTrue(uk.conflictsWith(us));
        assertFalse(uk.conflictsWith(uk));
        assertFalse(role("director", "director").conflictsWith(role("director", "director")));
        assertEquals("Mira Stone: director in Valmora Security Response Center", center.value());
        assertEquals("Mira Stone: director", role("director", "director").value());
    }

    private static RoleClaim of(String key) {
        return new RoleClaim("d", new Span(0, 1), "director", "x", key, "director", "director", null, true, DateClaim.NO_DAY);
    }

    @Test
    void titlesAreJoinedOnTheFirstNamesEverydayFormAndTheRestOfTheKey() {
        assertEquals(of("dave rosi").joinKey(), of("david rosi").joinKey());
        assertEquals(of("jim or").joinKey(), of("james or").joinKey());
        assertEquals("dav rosi", of("david rosi").joinKey());
        assertEquals("rosi", of("rosi").joinKey(), "a surname alone is kept");
        assertFalse(of("dana rosi").joinKey().equals(of("david rosi").joinKey()), "another first name");
        assertFalse(of("david rose").joinKey().equals(of("david rosi").joinKey()), "another surname");
    }

    @Test
    void anOrganisationKeepsTheNameJoinedToItsNoun() {
        assertEquals("Centre for Arctic Studies", role("director of the Centre for Arctic Studies", "director").organisation());
        assertEquals("Lindor Institute of Marine Research", role("head of the Lindor Institute of Marine Research", "director").organisation());
        assertEquals("Centre", role("director of the Centre for the study of ice", "director").organisation(), "a lower-case word after the joining word");
        assertEquals("Centre", role("director of the Centre for", "director").organisation(), "nothing after it");
        assertEquals("Centre", role("Centre director", "director").organisation(), "the head as the title's first word");
        assertTrue(role("Centre director", "director").organisationsDisagree(role("director of the Arctic Alliance", "director")),
                "the class of a head that opens the title");
        assertTrue(role("director of the Centre for Arctic Studies", "director")
                .organisationsDisagree(role("director of the Arctic Alliance", "director")), "a centre and an alliance");
        assertFalse(role("director of the Centre for Arctic Studies", "director")
                .organisationsDisagree(role("director of the Arctic Centre", "director")), "one class of head");
    }

    private static RoleClaim classed(String doc, String title, String role, String person, boolean current, String country) {
        return new RoleClaim(doc, new Span(0, 1), title + " " + person, person, person.toLowerCase(Locale.ROOT), title,
                role, country, current, DateClaim.NO_DAY);
    }

    @Test
    void oneTitleClassGivenToTwoListedFirstNamesOfOneSurname() {
        RoleClaim herbert = classed("a", "FBI director", "director", "Herbert Hoover", true, null);
        assertTrue(classed("b", "FBI Director", "director", "Edgar Hoover", true, null).sameTitleWithOtherFirstName(herbert));
        assertFalse(classed("b", "FBI Director", "director", "William Hoover", true, null)
                .sameTitleWithOtherFirstName(classed("a", "FBI director", "director", "Bill Hoover", true, null)), "one name's forms");
        assertFalse(classed("b", "FBI Director", "director", "Edgar Hoover", false, null).sameTitleWithOtherFirstName(herbert), "not held now");
        assertFalse(herbert.sameTitleWithOtherFirstName(classed("b", "FBI Director", "director", "Edgar Hoover", false, null)), "not held now");
        assertFalse(classed("b", "FBI spokesman", "spokesperson", "Edgar Hoover", true, null).sameTitleWithOtherFirstName(herbert), "two classes");
        assertFalse(classed("b", "head", "head", "Edgar Hoover", true, null)
                .sameTitleWithOtherFirstName(classed("a", "head", "head", "Herbert Hoover", true, null)), "a generic title");
        assertFalse(classed("b", "Sgt.", "sergeant", "Edgar Hoover", true, null)
                .sameTitleWithOtherFirstName(classed("a", "Sgt.", "sergeant", "Herbert Hoover", true, null)), "a rank alone");
        assertFalse(classed("b", "FBI Director", "director", "Edgar Hover", true, null).sameTitleWithOtherFirstName(herbert), "two surnames");
        assertFalse(classed("b", "FBI Director", "director", "Hoover", true, null).sameTitleWithOtherFirstName(herbert), "a surname alone");
        assertFalse(herbert.sameTitleWithOtherFirstName(classed("b", "FBI Director", "director", "Hoover", true, null)), "a surname alone");
        assertFalse(classed("b", "FBI Director", "director", "Boone Hoover", true, null).sameTitleWithOtherFirstName(herbert),
                "a first name of no list");
        assertFalse(herbert.sameTitleWithOtherFirstName(classed("b", "FBI Director", "director", "Boone Hoover", true, null)),
                "a first name of no list");
        assertFalse(classed("b", "UK director", "director", "Edgar Hoover", true, "UK")
                .sameTitleWithOtherFirstName(classed("a", "US director", "director", "Herbert Hoover", true, "US")), "two countries");
        assertTrue(classed("b", "UK director", "director", "Edgar Hoover", true, "UK")
                .sameTitleWithOtherFirstName(classed("a", "director", "director", "Herbert Hoover", true, null)), "one country unsaid");
        assertFalse(classed("b", "director of the Lindor Research Institute", "director", "Edgar Hoover", true, null)
                .sameTitleWithOtherFirstName(classed("a", "director of the Lindor Security Alliance", "director", "Herbert Hoover", true, null)),
                "two organisations");
        assertFalse(classed("b", "Denver mayor", "mayor", "John Rudd", true, null)
                .sameTitleWithOtherFirstName(classed("a", "Denver mayor", "mayor", "Carl Rudd", true, null)), "a one-holder title: that rule's");
        assertTrue(classed("b", "Denver mayor", "mayor", "John Rudd", true, null)
                .oneHolderWithOtherFirstName(classed("a", "Denver mayor", "mayor", "Carl Rudd", true, null)));
    }
}
