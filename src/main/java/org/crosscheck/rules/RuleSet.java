package org.crosscheck.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.Timing;
import org.crosscheck.findings.Severity;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rules: the DRL files packaged in the jar under {@code rules/}, plus those of a
 * {@code --rules} folder. A file in that folder with the same name as a packaged file replaces
 * it; any other file adds rules. Every problem is reported with its file and line, never as a
 * stack trace.
 */
public final class RuleSet {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern RULE_DECLARATION = Pattern.compile(
            "^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|(\\S+))", Pattern.MULTILINE);
    private static final String PACKAGED_FOLDER = "rules";
    private static final String PACKAGED_PREFIX = "(packaged) ";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KieBase kieBase;
    private final Map<String, RuleMetadata> byName;
    private final Map<String, String> explanations = new TreeMap<>();
    private boolean compiledAtBuildTime;

    private RuleSet(KieBase kieBase, Map<String, RuleMetadata> byName) {
        this.kieBase = kieBase;
        this.byName = byName;
    }

    /** One entry of the catalogue: a rule id with its default severity, summary and explanation page. */
    public record CatalogueEntry(String id, Severity severity, String summary, String explanation) {
    }

    /**
     * The rules by id. The default severity is that of the DRL rule named like the id, else the
     * most serious of the id's rules; the explanation is the rule's page ({@code <id>.md}), or null.
     */
    public List<CatalogueEntry> catalogue() {
        Map<String, RuleMetadata> chosen = new TreeMap<>();
        for (RuleMetadata m : rules()) {
            RuleMetadata known = chosen.get(m.id());
            boolean knownIsPrimary = known != null && known.name().equals(known.id());
            if (known == null || m.name().equals(m.id())
                    || (!knownIsPrimary && m.severity().ordinal() < known.severity().ordinal())) {
                chosen.put(m.id(), m);
            }
        }
        return chosen.values().stream()
                .map(m -> new CatalogueEntry(m.id(), m.severity(), m.summary(), explanations.get(m.id()))).toList();
    }

    /**
     * The packaged rules, with those in {@code extraFolder} (may be null) added or replacing. The
     * packaged rules alone come from their executable model, compiled at build time, when the
     * class path has one made from exactly these files; with a folder, every rule is compiled from
     * its DRL at run time.
     */
    public static RuleSet load(Path extraFolder) throws RuleLoadException {
        if (extraFolder == null) {
            RuleSet built = RuleBaseAhead.take();
            if (built != null) {
                Timing.step("loading the rules: the rule base built ahead");
                return built;
            }
        }
        return load(extraFolder, true);
    }

    /** The packaged rules alone, as {@link #load} gives them, for {@link RuleBaseAhead} (on a thread of its own, so untimed). */
    static RuleSet loadPackagedAhead() throws RuleLoadException {
        return load(null, true, false);
    }

    /** The packaged rules compiled from their DRL now, never from the build's executable model (for comparing the two). */
    public static RuleSet loadCompiledAtRunTime() throws RuleLoadException {
        return load(null, false);
    }

    /** Whether the rule base came from the executable model compiled at build time. */
    public boolean compiledAtBuildTime() {
        return compiledAtBuildTime;
    }

    private static RuleSet load(Path extraFolder, boolean precompiledAllowed) throws RuleLoadException {
        return load(extraFolder, precompiledAllowed, true);
    }

    private static RuleSet load(Path extraFolder, boolean precompiledAllowed, boolean timed) throws RuleLoadException {
        Map<String, RuleSource> sources = new TreeMap<>();
        Map<String, String> pages = new TreeMap<>();
        for (RuleSource s : packagedSources(".drl")) {
            sources.put(s.fileName(), s);
        }
        for (RuleSource s : packagedSources(".md")) {
            pages.put(s.fileName(), s.content());
        }
        if (extraFolder != null) {
            for (RuleSource s : folderSources(extraFolder)) {
                sources.put(s.fileName(), s);
            }
            pages.putAll(folderPages(extraFolder));
        }
        RuleSet set = null;
        if (extraFolder == null && precompiledAllowed) {
            if (timed) {
                Timing.step("loading the rules: reading DRL and pages");
            }
            KieBase prebuilt = PrecompiledRules.kieBase(sources.values());
            if (timed) {
                Timing.step("loading the rules: building the rule base");
            }
            if (prebuilt != null) {
                set = withMetadata(prebuilt, sources.values());
                set.compiledAtBuildTime = true;
            }
        }
        if (set == null) {
            set = compile(sources.values());
        }
        RuleSet loaded = set;
        pages.forEach((file, text) -> loaded.explanations.put(file.substring(0, file.length() - 3), text));
        return set;
    }

    private static Map<String, String> folderPages(Path folder) throws RuleLoadException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(x -> x.getFileName().toString().endsWith(".md")).sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RuleLoadException(List.of(folder + ": cannot read rule pages: " + e.getMessage()));
        }
        return out;
    }

    /** Only the rules in {@code folder}, without the packaged ones (for testing a rule in isolation). */
    public static RuleSet loadOnly(Path folder) throws RuleLoadException {
        return compile(folderSources(folder));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Metadata of the DRL rule named {@code ruleName}. */
    public RuleMetadata metadata(String ruleName) {
        return byName.get(ruleName);
    }

    /**
     * The default severity of a rule id: the most serious of its rules' (a rule's variants that
     * lower it, "figures from different parties", are notes under a warning), or null for an id no
     * rule has.
     */
    public org.crosscheck.findings.Severity defaultSeverity(String id) {
        org.crosscheck.findings.Severity most = null;
        for (RuleMetadata meta : byName.values()) {
            if (meta.id().equals(id) && (most == null || meta.severity().compareTo(most) < 0)) {
                most = meta.severity();
            }
        }
        return most;
    }

    /** Whether the DRL rule named {@code ruleName} is one crosscheck ships, unchanged (not from a {@code --rules} folder). */
    public boolean packaged(String ruleName) {
        RuleMetadata meta = byName.get(ruleName);
        return meta != null && meta.file().startsWith(PACKAGED_PREFIX);
    }

    /** Whether every rule is one crosscheck ships. */
    public boolean allPackaged() {
        return byName.keySet().stream().allMatch(this::packaged);
    }

    /** Every DRL rule's metadata, by id, then name. */
    public List<RuleMetadata> rules() {
        List<RuleMetadata> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparing(RuleMetadata::id).thenComparing(RuleMetadata::name));
        return all;
    }

    private static RuleSet compile(Collection<RuleSource> sources) throws RuleLoadException {
        List<String> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            throw new RuleLoadException(List.of("no .drl rule files were found"));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.crosscheck", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byInternalPath = new HashMap<>();
        int n = 0;
        for (RuleSource s : sources) {
            String internal = String.format("src/main/resources/rules/r%04d.drl", n++);
            byInternalPath.put(internal, s);
            byInternalPath.put(internal.substring("src/main/resources/".length()), s);
            kfs.write(internal, s.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleSource s = m.getPath() == null ? null : byInternalPath.get(m.getPath());
            String where = s == null ? "rules" : s.displayPath();
            String line = m.getLine() > 0 ? ":" + m.getLine() + (m.getColumn() > 0 ? ":" + m.getColumn() : "") : "";
            problems.add(where + line + ": " + oneLine(m.getText()));
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(withoutEchoes(problems));
        }
        return withMetadata(ks.newKieContainer(releaseId).getKieBase(), sources);
    }

    /** The rule set of a compiled rule base, each rule's metadata read from its header and located in its source. */
    private static RuleSet withMetadata(KieBase kieBase, Collection<RuleSource> sources) throws RuleLoadException {
        List<String> problems = new ArrayList<>();
        Map<String, Declared> declared = declarations(sources);
        Map<String, RuleMetadata> byName = new LinkedHashMap<>();
        Map<String, String> fileOfId = new HashMap<>();
        Map<String, String> summaryOfId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Declared d = declared.getOrDefault(rule.getName(), new Declared("rules", 0));
                RuleMetadata meta = metadata(rule, d, problems);
                if (meta == null) {
                    continue;
                }
                String otherFile = fileOfId.putIfAbsent(meta.id(), meta.file());
                if (otherFile != null && !otherFile.equals(meta.file())) {
                    problems.add(meta.file() + ":" + meta.line() + ": rule id \"" + meta.id()
                            + "\" is also declared in " + otherFile
                            + "; to replace a packaged rule, give your file the same name as the packaged one");
                }
                String otherSummary = summaryOfId.putIfAbsent(meta.id(), meta.summary());
                if (otherSummary != null && !otherSummary.equals(meta.summary())) {
                    problems.add(meta.file() + ":" + meta.line() + ": rules with id \"" + meta.id()
                            + "\" must share one @summary");
                }
                byName.put(rule.getName(), meta);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RuleLoadException(problems);
        }
        return new RuleSet(kieBase, byName);
    }

    private record Declared(String file, int line) {
    }

    /** Where each rule name is declared, found in the sources' text. */
    private static Map<String, Declared> declarations(Collection<RuleSource> sources) {
        Map<String, Declared> out = new HashMap<>();
        for (RuleSource s : sources) {
            String content = s.content();
            Matcher m = RULE_DECLARATION.matcher(content);
            // Lines are counted on from the declaration before (each from the file's start was
            // quadratic: some 10 ms of every start, in the interpreter).
            int line = 1;
            int counted = 0;
            while (m.find()) {
                String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                int start = m.start(1);
                for (int i = counted; i < start; i++) {
                    if (content.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = Math.max(counted, start);
                out.put(name, new Declared(s.displayPath(), line));
            }
        }
        return out;
    }

    private static RuleMetadata metadata(Rule rule, Declared where, List<String> problems) {
        Map<String, Object> meta = rule.getMetaData();
        String prefix = where.file() + ":" + where.line() + ": rule \"" + rule.getName() + "\": ";
        String id = text(meta.get("id"));
        String severity = text(meta.get("severity"));
        String summary = text(meta.get("summary"));
        String message = text(meta.get("message"));
        String why = text(meta.get("why"));
        List<String> missing = new ArrayList<>();
        if (id == null) {
            missing.add("@id");
        }
        if (severity == null) {
            missing.add("@severity");
        }
        if (summary == null) {
            missing.add("@summary");
        }
        if (message == null) {
            missing.add("@message");
        }
        if (!missing.isEmpty()) {
            problems.add(prefix + "missing " + String.join(", ", missing) + " in its header");
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(prefix + "@id \"" + id + "\" must be lower-case words joined by hyphens");
            return null;
        }
        Severity sev = Severity.parse(severity);
        if (sev == null) {
            problems.add(prefix + "@severity \"" + severity + "\" must be error, warning or note");
            return null;
        }
        return new RuleMetadata(id, rule.getName(), sev, summary, message, why, where.file(), where.line());
    }

    /** Metadata values arrive with their quotes when written as string literals. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s.isEmpty() ? null : s;
    }

    /** Drops Drools' follow-up "Parser returned a null Package" when the file already has a located error. */
    private static List<String> withoutEchoes(List<String> problems) {
        List<String> out = new ArrayList<>();
        for (String p : problems) {
            if (p.endsWith("Parser returned a null Package")) {
                String file = p.substring(0, p.indexOf(": Parser returned"));
                if (problems.stream().anyMatch(q -> q != p && q.startsWith(file + ":"))) {
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static List<RuleSource> folderSources(Path folder) throws RuleLoadException {
        if (!Files.isDirectory(folder)) {
            throw new RuleLoadException(List.of(folder + ": rules folder not found"));
        }
        List<RuleSource> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile).sorted().toList();
            for (Path p : files) {
                out.add(new RuleSource(p.getFileName().toString(), p.toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RuleLoadException(List.of(folder + ": cannot read rules folder: " + e.getMessage()));
        }
        if (out.isEmpty()) {
            throw new RuleLoadException(List.of(folder + ": no .drl rule files in this folder"));
        }
        return out;
    }

    /** The files with this extension packaged under {@code rules/} on the class path, from a jar or a folder. */
    static List<RuleSource> packagedSources(String extension) throws RuleLoadException {
        URL url = RuleSet.class.getClassLoader().getResource(PACKAGED_FOLDER);
        if (url == null) {
            throw new RuleLoadException(List.of("the packaged rules/ folder is missing from the class path"));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                List<RuleSource> listed = listedInJar(url, extension);
                if (listed != null) {
                    return listed;
                }
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return readPackaged(fs.getPath(PACKAGED_FOLDER), extension);
            }
            return readPackaged(Path.of(uri), extension);
        } catch (IOException | URISyntaxException e) {
            throw new RuleLoadException(List.of("cannot read the packaged rules: " + e.getMessage()));
        }
    }

    /**
     * The files with this extension under {@code rules/} in the jar, as {@link #readPackaged} reads
     * them, found by the names the build's index lists ({@link PrecompiledRules#FILES}) instead of
     * by walking the jar as a file system (which indexes all of its thirteen thousand entries, some
     * 25 ms of every start); null when the index lists no files or a listed file is missing, and the
     * jar is then walked as before.
     */
    static List<RuleSource> listedInJar(URL folderUrl, String extension) throws IOException {
        java.net.URLConnection connection = folderUrl.openConnection();
        if (!(connection instanceof java.net.JarURLConnection jarConnection)) {
            return null;
        }
        java.util.jar.JarFile jar = jarConnection.getJarFile();
        java.util.jar.JarEntry indexEntry = jar.getJarEntry(PrecompiledRules.INDEX);
        if (indexEntry == null) {
            return null;
        }
        java.util.Properties index = new java.util.Properties();
        try (java.io.InputStream in = jar.getInputStream(indexEntry)) {
            index.load(new java.io.StringReader(utf8(in.readAllBytes())));
        }
        String files = index.getProperty(PrecompiledRules.FILES);
        if (files == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : files.split(",")) {
            if (!name.isBlank() && name.strip().endsWith(extension)) {
                names.add(name.strip());
            }
        }
        names.sort(null);
        List<RuleSource> out = new ArrayList<>();
        for (String name : names) {
            java.util.jar.JarEntry entry = jar.getJarEntry(PACKAGED_FOLDER + "/" + name);
            if (entry == null) {
                return null;
            }
            try (java.io.InputStream in = jar.getInputStream(entry)) {
                out.add(new RuleSource(name, PACKAGED_PREFIX + "rules/" + name, utf8(in.readAllBytes())));
            }
        }
        return out;
    }

    /** UTF-8 text, malformed input an error as {@link Files#readString} makes it. */
    private static String utf8(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static List<RuleSource> readPackaged(Path folder, String extension) throws IOException {
        List<RuleSource> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(x -> x.getFileName().toString().endsWith(extension)).sorted().toList()) {
                String name = p.getFileName().toString();
                out.add(new RuleSource(name, PACKAGED_PREFIX + "rules/" + name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
