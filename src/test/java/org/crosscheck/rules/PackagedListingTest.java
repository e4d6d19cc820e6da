package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged rules are read from a jar by the names the build's index lists, as walking the jar
 * would read them; an index without the list, or one that names a file the jar lacks, gives no
 * answer (the jar is then walked). The index's checksum tells a changed rule file from the one
 * the model was made from.
 */
class PackagedListingTest {

    private static final String INDEX = PrecompiledRules.INDEX;

    @Test
    void readsTheListedFilesOfTheExtensionInNameOrder(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(INDEX, "sources=x\nfiles=b-rule.drl,a-rule.md,a-rule.drl,b-rule.md\n");
        entries.put("rules/a-rule.drl", "rule A \u2013 text\n");
        entries.put("rules/b-rule.drl", "rule B\n");
        entries.put("rules/a-rule.md", "# A\n");
        entries.put("rules/b-rule.md", "# B\n");
        entries.put("rules/c-rule.drl", "not listed, not read\n");
        URL folder = jar(dir, entries);

        List<RuleSource> drl = RuleSet.listedInJar(folder, ".drl");
        assertEquals(List.of(new RuleSource("a-rule.drl", "(packaged) rules/a-rule.drl", "rule A \u2013 text\n"),
                new RuleSource("b-rule.drl", "(packaged) rules/b-rule.drl", "rule B\n")), drl);
        List<RuleSource> pages = RuleSet.listedInJar(folder, ".md");
        assertEquals(List.of("a-rule.md", "b-rule.md"), pages.stream().map(RuleSource::fileName).toList());
        assertEquals("# B\n", pages.get(1).content());
    }

    @Test
    void noAnswerWithoutAList(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(INDEX, "sources=x\nmodels=m\n");
        entries.put("rules/a-rule.drl", "rule A\n");
        assertNull(RuleSet.listedInJar(jar(dir, entries), ".drl"));
    }

    @Test
    void noAnswerWithoutAnIndex(@TempDir Path dir) throws IOException {
        assertNull(RuleSet.listedInJar(jar(dir, Map.of("rules/a-rule.drl", "rule A\n")), ".drl"));
    }

    @Test
    void noAnswerWhenAListedFileIsMissing(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(INDEX, "files=a-rule.drl,gone.drl\n");
        entries.put("rules/a-rule.drl", "rule A\n");
        assertNull(RuleSet.listedInJar(jar(dir, entries), ".drl"));
    }

    @Test
    void noAnswerFromAFolderOutsideAJar(@TempDir Path dir) throws IOException {
        assertNull(RuleSet.listedInJar(dir.toUri().toURL(), ".drl"));
    }

    @Test
    void malformedTextIsAnError(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("bad.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "rules/", new byte[0]);
            put(out, INDEX, "files=a.drl\n".getBytes(StandardCharsets.UTF_8));
            put(out, "rules/a.drl", new byte[] {'r', (byte) 0xC3, '(', '\n'});
        }
        URL folder = new URL("jar:" + jar.toUri() + "!/rules");
        assertThrows(IOException.class, () -> RuleSet.listedInJar(folder, ".drl"));
    }

    @Test
    void theBuildsIndexListsThePackagedFiles() throws IOException {
        String index = new String(PackagedListingTest.class.getClassLoader().getResourceAsStream(INDEX).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(index.contains("\nfiles=attribute-conflict.drl,attribute-conflict.md,"), index);
        assertTrue(index.contains(",weekday-mismatch.drl,weekday-mismatch.md\n"), index);
    }

    @Test
    void theChecksumFollowsNamesContentsAndOrder() {
        RuleSource a = new RuleSource("a.drl", "rules/a.drl", "rule A");
        RuleSource b = new RuleSource("b.drl", "rules/b.drl", "rule B");
        String ab = PrecompiledRules.digest(List.of(a, b));
        assertEquals(ab, PrecompiledRules.digest(List.of(new RuleSource("a.drl", "elsewhere", "rule A"), b)));
        assertTrue(ab.matches("crc32-[0-9a-f]{1,8}-26"), ab);
        assertNotEquals(ab, PrecompiledRules.digest(List.of(b, a)));
        assertNotEquals(ab, PrecompiledRules.digest(List.of(new RuleSource("a.drl", "rules/a.drl", "rule a"), b)));
        assertNotEquals(ab, PrecompiledRules.digest(List.of(new RuleSource("c.drl", "rules/a.drl", "rule A"), b)));
        assertNotEquals(ab, PrecompiledRules.digest(List.of(a)));
        assertEquals("crc32-0-0", PrecompiledRules.digest(List.of()));
        assertNotEquals(PrecompiledRules.digest(List.of(new RuleSource("a.drl", "p", "rule A"))),
                PrecompiledRules.digest(List.of(new RuleSource("a.dr", "p", "lrule A"))), "a name ends where its text begins");
        assertNotEquals(PrecompiledRules.digest(List.of(new RuleSource("a.drl", "p", "rule A"), new RuleSource("b", "p", "B"))),
                PrecompiledRules.digest(List.of(new RuleSource("a.drl", "p", "rule Ab"), new RuleSource("", "p", "B"))),
                "a text ends where the next name begins");
    }

    private static URL jar(Path dir, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "rules/", new byte[0]);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                put(out, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new URL("jar:" + jar.toUri() + "!/rules");
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(bytes);
        out.closeEntry();
    }
}
