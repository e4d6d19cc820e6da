package org.crosscheck.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists that editors extend without touching Java: plain UTF-8 resources beside the classes
 * that use them, one entry a line, {@code #} starting a comment, blank lines ignored. A list is
 * read once by the class that holds it. Words are folded to lower case; a two-column list is
 * separated by a tab.
 */
public final class Lexicon {

    /** Cells are separated by one tab or more (compiled once: {@code String.split} would compile it for every line). */
    private static final java.util.regex.Pattern TABS = java.util.regex.Pattern.compile("\t+");

    /** The articles, "the", "a" and "an": grammar, not a list an editor extends. */
    public static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private Lexicon() {
    }

    /**
     * A regular expression that matches any of the words, each as written (quoted), the longest
     * first so that a word is not cut short by one it begins with ("kos" before "ko").
     */
    public static String alternatives(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        List<String> quoted = new ArrayList<>();
        for (String w : sorted) {
            quoted.add(java.util.regex.Pattern.quote(w));
        }
        return String.join("|", quoted);
    }

    /** The entries of a one-column list, folded, in file order; a repeated entry is a mistake in the file. */
    public static Set<String> words(Class<?> owner, String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : rows(owner, resource, 1)) {
            if (!out.add(row[0])) {
                throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice");
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The entries of a one-column list as written (case counts), in file order; a repeated entry is a mistake. */
    public static Set<String> wordsAsWritten(Class<?> owner, String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (Line line : lines(owner, resource)) {
            String content = content(line);
            if (content.isEmpty()) {
                continue;
            }
            if (!out.add(content)) {
                throw new IllegalStateException(resource + ": '" + content + "' is listed twice");
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** A two-column list as a map from the first column to the second, both folded. */
    public static Map<String, String> pairs(Class<?> owner, String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(owner, resource, 2)) {
            if (out.put(row[0], row[1]) != null) {
                throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A two-column list whose first column is folded and whose second keeps its case, for keys
     * that are shown to editors ("kremlin" -> "Russia").
     */
    public static Map<String, String> keyedPairs(Class<?> owner, String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Line line : lines(owner, resource)) {
            String content = content(line);
            if (content.isEmpty()) {
                continue;
            }
            String[] cells = TABS.split(content);
            if (cells.length != 2) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected 2 tab-separated columns, found "
                        + cells.length);
            }
            if (out.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip()) != null) {
                throw new IllegalStateException(resource + ": '" + cells[0].strip() + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A list of groups, one a line, entries separated by commas and folded: titles that go
     * together. A group of fewer than two entries is a mistake in the file.
     */
    public static List<Set<String>> groups(Class<?> owner, String resource) {
        List<Set<String>> out = new ArrayList<>();
        for (Line line : lines(owner, resource)) {
            String content = content(line);
            if (content.isEmpty()) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            for (String cell : content.split(",")) {
                String entry = cell.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty()) {
                    group.add(entry);
                }
            }
            if (group.size() < 2) {
                throw new IllegalStateException(resource + ":" + line.number() + ": a group needs two entries or more");
            }
            out.add(Collections.unmodifiableSet(group));
        }
        return Collections.unmodifiableList(out);
    }

    /** A line without its comment, stripped. */
    private static String content(Line line) {
        int hash = line.text().indexOf('#');
        return (hash >= 0 ? line.text().substring(0, hash) : line.text()).strip();
    }

    /** The rows of a list with exactly {@code columns} tab-separated columns. */
    static List<String[]> rows(Class<?> owner, String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines(owner, resource)) {
            String content = content(line);
            if (content.isEmpty()) {
                continue;
            }
            String[] cells = TABS.split(content);
            if (cells.length != columns) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected " + columns
                        + " tab-separated column(s), found " + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip().toLowerCase(Locale.ROOT);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** One line of a word list as written, with its 1-based number. */
    public record Line(int number, String text) {
    }

    /**
     * Every line of a UTF-8 resource beside {@code owner}, as written, for lists with rules of
     * their own; a missing resource is named with its owner.
     */
    public static List<Line> lines(Class<?> owner, String resource) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = open(owner, resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                out.add(new Line(++number, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether the resource beside {@code owner} exists, as {@code owner.getResource(resource) != null} tells. */
    public static boolean exists(Class<?> owner, String resource) {
        return exists(OwnJar.INSTANCE, owner, resource);
    }

    static boolean exists(OwnJar jar, Class<?> owner, String resource) {
        if (jar.serves(owner)) {
            return jar.entry(owner, resource) != null;
        }
        return owner.getResource(resource) != null;
    }

    /** The resource beside {@code owner} as {@code owner.getResourceAsStream(resource)} opens it, or null. */
    static InputStream open(Class<?> owner, String resource) throws IOException {
        return open(OwnJar.INSTANCE, owner, resource);
    }

    static InputStream open(OwnJar jar, Class<?> owner, String resource) throws IOException {
        if (jar.serves(owner)) {
            java.util.jar.JarEntry entry = jar.entry(owner, resource);
            return entry == null ? null : jar.file.getInputStream(entry);
        }
        return owner.getResourceAsStream(resource);
    }

    /**
     * The jar crosscheck runs from ({@code java -jar}), when it is the only element of the class
     * path and names no other: a resource of a class from it is then that jar's entry, and is read
     * as one. The class loader finds the same entry, but only after asking each of the JDK's
     * modules for it (a resource outside their packages is looked for in all of them, some 0.3 ms
     * a list before the compiler has run, for the hundred-odd lists a start reads). Classes loaded
     * from folders (tests) or from a longer class path take the loader's way.
     */
    static final class OwnJar {
        static final OwnJar INSTANCE = open(System.getProperty("java.class.path", ""));

        final java.util.jar.JarFile file;
        final java.security.ProtectionDomain domain;

        OwnJar(java.util.jar.JarFile file, java.security.ProtectionDomain domain) {
            this.file = file;
            this.domain = domain;
        }

        static OwnJar open(String classPath) {
            return open(classPath, Lexicon.class.getProtectionDomain());
        }

        /**
         * The jar {@code classPath} names when it is where {@code domain}'s classes were loaded from
         * (Lexicon's own domain at a start; a test gives a domain of its own jar), else an OwnJar
         * that serves no class.
         */
        static OwnJar open(String classPath, java.security.ProtectionDomain domain) {
            java.util.jar.JarFile file = null;
            try {
                java.security.CodeSource source = domain.getCodeSource();
                java.io.File path = new java.io.File(classPath);
                if (source != null && classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                        && path.isFile() && source.getLocation() != null
                        && new java.io.File(source.getLocation().toURI()).equals(path.getAbsoluteFile())) {
                    file = new java.util.jar.JarFile(path, true, java.util.zip.ZipFile.OPEN_READ,
                            java.util.jar.JarFile.runtimeVersion());
                    java.util.jar.Manifest manifest = file.getManifest();
                    if (manifest != null && manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH) != null) {
                        file.close();
                        file = null;
                    }
                }
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
                file = null;
            }
            return new OwnJar(file, file == null ? null : domain);
        }

        /** Whether {@code owner} was loaded from this jar (with Lexicon, by the same loader). */
        boolean serves(Class<?> owner) {
            return file != null && owner.getProtectionDomain() == domain && owner.getClassLoader() == Lexicon.class.getClassLoader();
        }

        /** The entry a resource name resolves to, as {@link Class#getResource} resolves it. */
        java.util.jar.JarEntry entry(Class<?> owner, String resource) {
            String name = resource.startsWith("/") ? resource.substring(1)
                    : owner.getPackageName().isEmpty() ? resource
                    : owner.getPackageName().replace('.', '/') + "/" + resource;
            return file.getJarEntry(name);
        }
    }
}
