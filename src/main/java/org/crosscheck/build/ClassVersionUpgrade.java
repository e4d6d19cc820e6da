package org.crosscheck.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run on the shaded jar before its class archive is made: classes compiled for Java
 * 5 or older (picocli 4.7.7 is) are written again as Java 8 classes, with the stack map frames that
 * version needs. The JVM's class archive (AppCDS) leaves out classes older than Java 6, so without
 * this every start loads picocli's 172 classes from the jar and verifies them the old way, about a
 * tenth of a second. The code of each method is unchanged; only the class version and the frames
 * are new. Needs ASM (provided scope: on the build's class path, not in the jar).
 *
 * <p>Usage: {@code ClassVersionUpgrade JAR PREFIX...}: the old classes whose entry names start with
 * one of the prefixes ({@code picocli/}) are written again, the jar in place, every other entry
 * copied as it is, in its order. Other old classes in the jar (ANTLR's and MVEL's, which only an
 * editor's own rules load, compiled at run time) are left as they are.
 */
public final class ClassVersionUpgrade {

    /** Class file major versions below this are written again. */
    static final int OLDEST_KEPT = 50;

    private ClassVersionUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        java.util.List<String> prefixes = java.util.List.of(args).subList(1, args.length);
        Path out = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        try (JarFile in = new JarFile(jar.toFile());
             URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             OutputStream file = Files.newOutputStream(out);
             JarOutputStream target = new JarOutputStream(file)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().endsWith(".class") && prefixes.stream().anyMatch(e.getName()::startsWith)
                        && major(bytes) < OLDEST_KEPT) {
                    bytes = upgrade(bytes, loader);
                    upgraded++;
                }
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                target.putNextEntry(copy);
                target.write(bytes);
                target.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("classes written again as Java 8: " + upgraded);
    }

    /** The class file's major version. */
    static int major(byte[] bytes) {
        return bytes.length < 8 ? Integer.MAX_VALUE : (bytes[6] & 0xff) << 8 | bytes[7] & 0xff;
    }

    /** The class as a Java 8 class, with its frames computed; classes it names are looked up in {@code loader}. */
    static byte[] upgrade(byte[] bytes, ClassLoader loader) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
