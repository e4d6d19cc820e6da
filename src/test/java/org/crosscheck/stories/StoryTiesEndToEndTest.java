package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Stories from real extraction: a roundup that names, among others, the people of two stories
 * is weakly tied to each (names 0.2 to 0.4 alike) and joins one of them, not both together.
 */
class StoryTiesEndToEndTest {

    private static Grouping group(String... idAndText) {
        return EventGroupingTest.group(idAndText);
    }

    private static final String INJURY = "Published: June 2, 2021 10:00 GMT\nRunning back hurt\n"
            + "Running back Reggie Hale of the Orleans Saints broke his ankle in practice, coach Sean Payton said.\n"
            + "Payton said Hale would miss the season, and the Saints signed Tom Wynn to replace him.\n";
    private static final String RULE = "Published: June 2, 2021 12:00 GMT\nSpecies rule\n"
            + "President George Hale signed a rule on endangered species, the Interior Department said.\n"
            + "Senator Ann Morrow said the Hale rule weakened the Endangered Species Act.\n";

    @Test
    void oneArticleNamingBothStoriesDoesNotJoinThem() {
        Grouping g = group(
                "a1", INJURY, "a2", INJURY.replace("broke his ankle", "tore a ligament"), "a3", INJURY.replace("in practice", "on Tuesday"),
                "b1", RULE, "b2", RULE.replace("weakened", "gutted"), "b3", RULE.replace("signed", "approved"),
                "c", "Published: June 3, 2021 09:00 GMT\nWeek in review\n"
                        + "Mayor Lena Ortiz of Dellmont opened the new bridge, and Judge Paul Brandt retired.\n"
                        + "Singer Nina Hart began her tour in Karsk.\n"
                        + "Reggie Hale is out for the season, and President George Hale signed a rule.\n");
        assertEquals(g.storyOf().get("a1"), g.storyOf().get("a3"));
        assertEquals(g.storyOf().get("b1"), g.storyOf().get("b3"));
        assertNotEquals(g.storyOf().get("a1"), g.storyOf().get("b1"), "a roundup weakly tied to both does not join them");
        assertEquals(g.storyOf().get("b1"), g.storyOf().get("c"), "it joins the story its names are more alike to");
    }
}
