package org.crosscheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The packaged rules as Drools' executable model, compiled at build time by
 * {@link RuleModelGenerator}: building the rule base from it takes a fraction of compiling the DRL.
 * The index names the model's classes and the digest of the DRL files it was made from; when the
 * index is missing (classes compiled without the Maven build) or was made from other files, there
 * is no precompiled rule base and the DRL is compiled at run time as before.
 */
final class PrecompiledRules {

    /** Where the build step writes the index, on the class path. */
    static final String INDEX = "rules/packaged-model.properties";

    /**
     * The index's key for the names of the files in the rules folder the jar packages (its
     * {@code .drl} and {@code .md} files, comma-separated), so they are read without listing the jar.
     */
    static final String FILES = "files";

    private PrecompiledRules() {
    }

    /** The rule base built from the executable model of exactly these sources, or null. */
    static KieBase kieBase(Collection<RuleSource> sources) {
        Properties index = index();
        if (index == null || !digest(sources).equals(index.getProperty("sources"))) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        try {
            for (String name : index.getProperty("models", "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) Class.forName(name.strip(), true, PrecompiledRules.class.getClassLoader())
                            .getDeclaredConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null;
        }
        return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Properties index() {
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A checksum of the files' names and contents, in the given order: CRC-32 (computed natively,
     * where SHA-256 ran in the interpreter for some 20 ms of every start) and the number of bytes
     * summed. It tells a stale index from a current one; it is no defence against a forged model,
     * which would be a forged jar anyway.
     */
    static String digest(Collection<RuleSource> sources) {
        CRC32 crc = new CRC32();
        long bytes = 0;
        for (RuleSource s : sources) {
            byte[] name = s.fileName().getBytes(StandardCharsets.UTF_8);
            byte[] content = s.content().getBytes(StandardCharsets.UTF_8);
            crc.update(name);
            crc.update(0);
            crc.update(content);
            crc.update(0);
            bytes += name.length + content.length + 2;
        }
        return "crc32-" + Long.toHexString(crc.getValue()) + "-" + bytes;
    }
}
