package org.crosscheck.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Old classes under a prefix are written again as Java 8 classes that load and run as before; the rest is copied. */
class ClassVersionUpgradeTest {

    /** A Java 5 class {@code name} with {@code static int pick(int x)}: x > 3 ? 1 : 2, a branch that needs a frame in Java 8. */
    private static byte[] java5Class(String name) {
        return oldClass(name, Opcodes.V1_5);
    }

    private static byte[] oldClass(String name, int version) {
        ClassWriter w = new ClassWriter(0);
        w.visit(version, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick", "(I)I", null, null);
        m.visitCode();
        Label other = new Label();
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitInsn(Opcodes.ICONST_3);
        m.visitJumpInsn(Opcodes.IF_ICMPLE, other);
        m.visitInsn(Opcodes.ICONST_1);
        m.visitInsn(Opcodes.IRETURN);
        m.visitLabel(other);
        m.visitInsn(Opcodes.ICONST_2);
        m.visitInsn(Opcodes.IRETURN);
        m.visitMaxs(2, 1);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    @Test
    void oldClassesUnderAPrefixBecomeJava8AndRunAsBefore(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        byte[] text = "not a class".getBytes(StandardCharsets.UTF_8);
        byte[] kept = java5Class("other/Kept");
        byte[] java6 = oldClass("old/Six", Opcodes.V1_6);
        long time = 1_600_000_000_000L;
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Object[] e : new Object[][] {{"old/Pick.class", java5Class("old/Pick")}, {"notes.txt", text},
                    {"other/Kept.class", kept}, {"old/Six.class", java6}}) {
                JarEntry entry = new JarEntry((String) e[0]);
                entry.setTime(time);
                out.putNextEntry(entry);
                out.write((byte[]) e[1]);
                out.closeEntry();
            }
        }
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            ClassVersionUpgrade.main(new String[] {jar.toString(), "old/"});
        } finally {
            System.setOut(stdout);
        }
        assertEquals("classes written again as Java 8: 1", said.toString(StandardCharsets.UTF_8).strip());
        List<String> names = new ArrayList<>();
        try (JarFile in = new JarFile(jar.toFile())) {
            in.stream().forEach(e -> names.add(e.getName()));
            assertEquals(52, ClassVersionUpgrade.major(in.getInputStream(in.getEntry("old/Pick.class")).readAllBytes()));
            assertArrayEquals(text, in.getInputStream(in.getEntry("notes.txt")).readAllBytes());
            assertArrayEquals(kept, in.getInputStream(in.getEntry("other/Kept.class")).readAllBytes(), "not under the prefix");
            assertArrayEquals(java6, in.getInputStream(in.getEntry("old/Six.class")).readAllBytes(), "Java 6 is kept");
            assertEquals(time, in.getEntry("old/Pick.class").getTime(), "each entry keeps its time");
            assertEquals(time, in.getEntry("notes.txt").getTime());
        }
        assertEquals(List.of("old/Pick.class", "notes.txt", "other/Kept.class", "old/Six.class"), names,
                "every entry, in its order");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Method pick = loader.loadClass("old.Pick").getMethod("pick", int.class);
            assertEquals(1, pick.invoke(null, 4));
            assertEquals(2, pick.invoke(null, 3));
        }
    }

    @Test
    void theMajorVersionIsReadFromTheHeader() {
        assertEquals(49, ClassVersionUpgrade.major(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 49}));
        assertEquals(0x0134, ClassVersionUpgrade.major(new byte[] {0, 0, 0, 0, 0, 0, 1, 0x34}));
        assertEquals(Integer.MAX_VALUE, ClassVersionUpgrade.major(new byte[7]), "too short to be a class");
    }
}
