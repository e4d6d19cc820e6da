package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word lists are read straight from the jar crosscheck runs from, resolved as the class loader
 * resolves a class's resource names; a class from elsewhere, or a class path of more than that
 * jar, takes the loader's way.
 */
class OwnJarTest {

    @Test
    void resolvesNamesBesideTheClassAndFromTheRoot(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, null);
        try (JarFile file = new JarFile(jar.toFile())) {
            Lexicon.OwnJar own = new Lexicon.OwnJar(file, Lexicon.class.getProtectionDomain());
            assertTrue(own.serves(Lexicon.class));
            assertTrue(own.serves(HouseStyle.class), "a class from the same place");
            assertFalse(own.serves(String.class), "a JDK class");
            assertFalse(own.serves(OwnJarTest.class), "a test class, from another folder");
            assertEquals("org/crosscheck/text/beside.txt", own.entry(Lexicon.class, "beside.txt").getName());
            assertEquals("top.txt", own.entry(Lexicon.class, "/top.txt").getName());
            assertEquals("org/crosscheck/text/lists/deeper.txt", own.entry(Lexicon.class, "lists/deeper.txt").getName());
            assertNull(own.entry(Lexicon.class, "top.txt"), "not beside the class");
            assertNull(own.entry(Lexicon.class, "missing.txt"));
            try (InputStream in = file.getInputStream(own.entry(HouseStyle.class, "beside.txt"))) {
                assertEquals("one\ntwo\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aServedClassReadsFromTheJarOnly(@TempDir Path dir) throws IOException {
        try (JarFile file = new JarFile(jar(dir, null).toFile())) {
            Lexicon.OwnJar own = new Lexicon.OwnJar(file, Lexicon.class.getProtectionDomain());
            assertTrue(Lexicon.exists(own, Lexicon.class, "beside.txt"));
            assertFalse(Lexicon.exists(own, Lexicon.class, "abbreviations.txt"), "in the classes' folder, not in this jar");
            try (InputStream in = Lexicon.open(own, Lexicon.class, "beside.txt")) {
                assertEquals("one\ntwo\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertNull(Lexicon.open(own, Lexicon.class, "abbreviations.txt"));
            assertTrue(Lexicon.exists(own, OwnJarTest.class, "/org/crosscheck/text/abbreviations.txt"), "not served: the loader's way");
            try (InputStream in = Lexicon.open(own, OwnJarTest.class, "/org/crosscheck/text/abbreviations.txt")) {
                assertNotNull(in);
            }
            assertFalse(Lexicon.exists(own, OwnJarTest.class, "/top.txt"), "the jar is not on the tests' class path");
        }
    }

    @Test
    void aJarWithoutADomainServesNoClass(@TempDir Path dir) throws IOException {
        try (JarFile file = new JarFile(jar(dir, null).toFile())) {
            assertFalse(new Lexicon.OwnJar(file, null).serves(Lexicon.class));
        }
        assertFalse(new Lexicon.OwnJar(null, Lexicon.class.getProtectionDomain()).serves(Lexicon.class));
    }

    @Test
    void onlyTheJarTheClassesCameFromAndAloneOnTheClassPath(@TempDir Path dir) throws IOException {
        Path other = jar(dir, null);
        assertNull(Lexicon.OwnJar.open(other.toString()).file, "not where Lexicon was loaded from");
        assertNull(Lexicon.OwnJar.open(System.getProperty("java.class.path")).file, "the tests' class path");
        assertNull(Lexicon.OwnJar.open(other + java.io.File.pathSeparator + other).file);
        assertNull(Lexicon.OwnJar.open(dir.resolve("none.jar").toString()).file);
        assertNull(Lexicon.OwnJar.open("").file);
        assertNull(Lexicon.OwnJar.INSTANCE.file, "tests run from class folders");
    }

    @Test
    void theJarItsDomainCameFromIsOpenedWhenItIsTheWholeClassPath(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, null);
        java.security.ProtectionDomain domain = domain(jar);
        Lexicon.OwnJar own = Lexicon.OwnJar.open(jar.toString(), domain);
        try {
            assertNotNull(own.file, "the jar the domain's classes came from, alone on the class path");
            assertSame(domain, own.domain, "classes of that domain are served");
            assertEquals("one\ntwo\n", new String(own.file.getInputStream(own.entry(Lexicon.class, "beside.txt")).readAllBytes(),
                    StandardCharsets.UTF_8));
        } finally {
            own.file.close();
        }
        Path bare = dir.resolve("bare.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(bare))) {
            put(out, "top.txt", "top\n");
        }
        Lexicon.OwnJar noManifest = Lexicon.OwnJar.open(bare.toString(), domain(bare));
        try {
            assertNotNull(noManifest.file, "a jar without a manifest names no other jar");
        } finally {
            noManifest.file.close();
        }
    }

    @Test
    void aJarNamingOthersOrNotTheDomainsOwnIsNotOpened(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "other.jar");
        Lexicon.OwnJar own = Lexicon.OwnJar.open(jar.toString(), domain(jar));
        assertNull(own.file, "its manifest names another jar (Class-Path)");
        assertNull(own.domain);
        Path plain = jar(Files.createDirectory(dir.resolve("plain")), null);
        java.security.ProtectionDomain domain = domain(plain);
        assertNull(Lexicon.OwnJar.open(plain + java.io.File.pathSeparator + plain, domain).file, "a longer class path");
        assertNull(Lexicon.OwnJar.open(plain.toString(), new java.security.ProtectionDomain(null, null)).file, "no code source");
        assertNull(Lexicon.OwnJar.open(plain.toString(),
                new java.security.ProtectionDomain(new java.security.CodeSource(null, (java.security.cert.Certificate[]) null), null)).file,
                "a code source without a location");
        assertNull(Lexicon.OwnJar.open(plain.toString(), domain(jar)).file, "classes from another jar");
        Path zip = Files.copy(plain, dir.resolve("lists.zip"));
        assertNull(Lexicon.OwnJar.open(zip.toString(), domain(zip)).file, "not named as a jar");
        Path folder = Files.createDirectory(dir.resolve("classes.jar"));
        assertNull(Lexicon.OwnJar.open(folder.toString(), domain(folder)).file, "a folder named as a jar");
    }

    private static java.security.ProtectionDomain domain(Path location) throws IOException {
        return new java.security.ProtectionDomain(
                new java.security.CodeSource(location.toUri().toURL(), (java.security.cert.Certificate[]) null), null);
    }

    @Test
    void theLoadersWayWhenTheJarServesNot() throws IOException {
        assertTrue(Lexicon.exists(HouseStyleLists.class, "abbreviations.txt"), "a resource of the classes' folder");
        assertTrue(Lexicon.exists(OwnJarTest.class, "/org/crosscheck/text/abbreviations.txt"));
        try (InputStream in = Lexicon.open(HouseStyleLists.class, "abbreviations.txt")) {
            assertNotNull(in);
        }
        assertFalse(Lexicon.exists(Lexicon.class, "no-such-list.txt"));
        assertNull(Lexicon.open(Lexicon.class, "no-such-list.txt"));
    }

    private static Path jar(Path dir, String classPath) throws IOException {
        Path jar = dir.resolve("lists.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            put(out, "top.txt", "top\n");
            put(out, "org/crosscheck/text/beside.txt", "one\ntwo\n");
            put(out, "org/crosscheck/text/lists/deeper.txt", "deep\n");
        }
        assertNotNull(jar);
        return jar;
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
