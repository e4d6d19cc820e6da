package org.crosscheck.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build step, run by Maven after the classes are compiled ({@code process-classes}): compiles the
 * packaged {@code rules/*.drl} into Drools' executable model and writes its classes, with
 * {@link PrecompiledRules#INDEX} naming the model and the sources it was made from, into the
 * build's class folder, so the jar starts without compiling DRL. It needs
 * {@code drools-model-codegen}, which is on the build's class path only, never in the jar.
 *
 * <p>Usage: {@code RuleModelGenerator RULES_FOLDER CLASSES_FOLDER}. Exits 1, printing every
 * problem with its file and line, when a packaged rule does not compile.
 */
public final class RuleModelGenerator {

    private RuleModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RuleModelGenerator RULES_FOLDER CLASSES_FOLDER");
            System.exit(2);
        }
        long started = System.nanoTime();
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> list = Files.list(rules)) {
            for (Path p : list.filter(x -> x.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = p.getFileName().toString();
                sources.add(new RuleSource(name, "rules/" + name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        List<String> packaged = new ArrayList<>();
        try (Stream<Path> list = Files.list(rules)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".md")) {
                    packaged.add(name);
                }
            }
        }
        String filesLine = PrecompiledRules.FILES + "=" + String.join(",", packaged) + "\n";
        Path index = out.resolve(PrecompiledRules.INDEX);
        String digest = PrecompiledRules.digest(sources);
        if (upToDate(index, digest, filesLine, out.resolve("org/crosscheck"))) {
            return;
        }
        // Classes of an earlier model have other names: none may reach the jar.
        Path generated = out.resolve("crosscheck");
        if (Files.isDirectory(generated)) {
            try (Stream<Path> walk = Files.walk(generated)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.crosscheck", "packaged-rules", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (RuleSource s : sources) {
            kfs.write("src/main/resources/rules/" + s.fileName(), s.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                System.err.println((m.getPath() == null ? "rules" : m.getPath().replace("src/main/resources/", ""))
                        + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText());
            }
            System.exit(1);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new ArrayList<>();
        int classes = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && !name.startsWith("org/drools/project/model/")) {
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                classes++;
            } else if (name.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.contains(":")) {
                        models.add(line.strip());
                    }
                }
            }
        }
        if (models.isEmpty()) {
            System.err.println("RuleModelGenerator: Drools wrote no model class");
            System.exit(1);
        }
        models.sort(null);
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# Written by RuleModelGenerator at build time; read by PrecompiledRules.\n"
                + "sources=" + digest + "\n"
                + "models=" + String.join(",", models) + "\n"
                + filesLine, StandardCharsets.UTF_8);
        // Quiet on success, as mvn -q is; the index says what was made.
        Files.writeString(out.resolveSibling("rule-model.txt"), String.format("%d rule files, %d classes, model %s, in %d ms%n",
                sources.size(), classes, String.join(",", models), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * The index was made from these sources and lists these files, after the last change to
     * crosscheck's own classes (which the model calls).
     */
    private static boolean upToDate(Path index, String digest, String filesLine, Path ownClasses) throws IOException {
        if (!Files.isRegularFile(index)) {
            return false;
        }
        String written = Files.readString(index, StandardCharsets.UTF_8);
        if (!written.contains("sources=" + digest + "\n") || !written.contains("\n" + filesLine)) {
            return false;
        }
        long made = Files.getLastModifiedTime(index).toMillis();
        try (Stream<Path> walk = Files.walk(ownClasses)) {
            return walk.filter(Files::isRegularFile).allMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() < made;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
