package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged rule set built ahead on a thread of its own: taken once by the first load of the
 * packaged rules, equal to one built on the spot, and as if never started when its build fails.
 */
class RuleBaseAheadTest {

    @BeforeEach
    void nothingLeftWaiting() {
        RuleBaseAhead.take();
    }

    @Test
    void theFirstLoadTakesTheRuleSetBuiltAheadAndLaterLoadsBuildTheirOwn() throws Exception {
        RuleSet built = RuleSet.loadPackagedAhead();
        RuleBaseAhead.start(() -> built);
        assertSame(built, RuleSet.load(null));
        RuleSet later = RuleSet.load(null);
        assertNotSame(built, later);
        assertNull(RuleBaseAhead.take());
    }

    @Test
    void aLoadWithAFolderLeavesTheRuleSetBuiltAheadWaiting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        RuleSet built = RuleSet.loadPackagedAhead();
        RuleBaseAhead.start(() -> built);
        java.nio.file.Files.writeString(dir.resolve("mine.drl"),
                RuleSetTest.HEADER + RuleSetTest.rule("mine", "mine", "note", "mine"));
        RuleSet withFolder = RuleSet.load(dir);
        assertFalse(withFolder.allPackaged());
        assertNotSame(built, withFolder);
        assertSame(built, RuleBaseAhead.take());
    }

    @Test
    void theRuleSetBuiltAheadIsTheOneBuiltOnTheSpot() throws Exception {
        RuleBaseAhead.start();
        RuleSet ahead = RuleBaseAhead.take();
        assertNotNull(ahead);
        RuleSet here = RuleSet.load(null);
        assertNotSame(ahead, here);
        assertEquals(names(here), names(ahead));
        assertEquals(here.catalogue(), ahead.catalogue());
        assertEquals(here.compiledAtBuildTime(), ahead.compiledAtBuildTime());
        assertEquals(here.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum(),
                ahead.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        assertTrue(ahead.allPackaged());
    }

    @Test
    void aFailedBuildIsAsIfNoneHadStarted() throws Exception {
        RuleBaseAhead.start(() -> {
            throw new RuleLoadException(List.of("broken ahead"));
        });
        assertNull(RuleBaseAhead.take());
        RuleBaseAhead.start(() -> {
            throw new IllegalStateException("fault ahead");
        });
        RuleSet loaded = RuleSet.load(null);
        assertNotNull(loaded);
        assertFalse(loaded.catalogue().isEmpty());
        assertNull(RuleBaseAhead.take());
    }

    @Test
    void aSecondStartDoesNotReplaceTheBuildWaiting() throws Exception {
        RuleSet first = RuleSet.loadPackagedAhead();
        AtomicInteger seconds = new AtomicInteger();
        RuleBaseAhead.start(() -> first);
        RuleBaseAhead.start(() -> {
            seconds.incrementAndGet();
            return null;
        });
        assertSame(first, RuleBaseAhead.take());
        assertEquals(0, seconds.get());
        assertNull(RuleBaseAhead.take());
    }

    @Test
    void takingWaitsForTheBuildAndKeepsAnInterrupt() throws Exception {
        RuleSet built = RuleSet.loadPackagedAhead();
        CountDownLatch release = new CountDownLatch(1);
        RuleBaseAhead.start(() -> {
            release.await();
            return built;
        });
        Thread.currentThread().interrupt();
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        }).start();
        try {
            assertSame(built, RuleBaseAhead.take());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theBuildRunsOnADaemonThreadOfItsOwn() throws Exception {
        RuleSet built = RuleSet.loadPackagedAhead();
        java.util.concurrent.atomic.AtomicReference<Thread> on = new java.util.concurrent.atomic.AtomicReference<>();
        // Started from a thread that is no daemon, whose threads are none unless made one.
        Thread starter = new Thread(() -> RuleBaseAhead.start(() -> {
            on.set(Thread.currentThread());
            return built;
        }));
        starter.setDaemon(false);
        starter.start();
        starter.join();
        assertSame(built, RuleBaseAhead.take());
        assertNotSame(Thread.currentThread(), on.get());
        assertTrue(on.get().isDaemon(), "a build ahead must not keep the JVM alive");
        assertEquals("crosscheck-rules", on.get().getName());
    }

    @Test
    void onlyACheckWithoutARulesFolderWantsIt() {
        assertTrue(RuleBaseAhead.wanted(new String[] {"check", "corpus"}));
        assertTrue(RuleBaseAhead.wanted(new String[] {"check", "corpus", "--format", "json", "--rules-x"}));
        assertFalse(RuleBaseAhead.wanted(new String[] {}));
        assertFalse(RuleBaseAhead.wanted(new String[] {"extract", "corpus"}));
        assertFalse(RuleBaseAhead.wanted(new String[] {"report", "check"}));
        assertFalse(RuleBaseAhead.wanted(new String[] {"check", "corpus", "--rules", "mine"}));
        assertFalse(RuleBaseAhead.wanted(new String[] {"check", "--rules=mine", "corpus"}));
        assertFalse(RuleBaseAhead.wanted(new String[] {"check", "--", "--rules"}));
    }

    private static List<String> names(RuleSet rules) {
        return rules.rules().stream().map(m -> m.id() + "/" + m.name() + "/" + m.severity()).toList();
    }
}
