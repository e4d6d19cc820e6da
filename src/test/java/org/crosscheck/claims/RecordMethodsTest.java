package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The claims whose {@code hashCode} and {@code equals} are written out give exactly what the
 * records' own methods (built by {@link ObjectMethods}, as the compiler would have them) give: the
 * same hash for every instance, so hash maps and sets keep their order, and the same equality.
 */
class RecordMethodsTest {

    private static final List<Class<? extends Record>> WRITTEN_OUT = List.of(Span.class, QuoteClaim.class,
            NameClaim.class, RoleClaim.class, EventClaim.class, DateClaim.class, TimestampClaim.class,
            PlaceClaim.class, org.crosscheck.extract.Happenings.About.class, named("org.crosscheck.extract.Happenings$Passing"),
            named("org.crosscheck.stories.EventLinkage$DayKind"));

    /** A record class private to its package's class, by name. */
    private static Class<? extends Record> named(String name) {
        try {
            return Class.forName(name).asSubclass(Record.class);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    @Test
    void hashAndEqualityAsTheRecordsOwn() throws Throwable {
        Random random = new Random(15);
        for (Class<? extends Record> type : WRITTEN_OUT) {
            MethodHandle hash = generated(type, "hashCode", MethodType.methodType(int.class, type));
            MethodHandle equals = generated(type, "equals", MethodType.methodType(boolean.class, type, Object.class));
            int distinctHashes = 0;
            for (int round = 0; round < 300; round++) {
                Object[] values = values(type, random);
                Record a = make(type, values);
                int expected = (int) hash.invoke(a);
                assertEquals(expected, a.hashCode(), type.getSimpleName() + " " + a);
                distinctHashes += expected != 0 ? 1 : 0;
                Record copy = make(type, values.clone());
                assertEquals(true, (boolean) equals.invoke(a, copy));
                assertEquals(true, a.equals(copy));
                assertEquals(false, a.equals(null));
                assertEquals(false, a.equals("text"));
                // The same values but one, which is changed (or set to null).
                Object[] changed = values.clone();
                int k = random.nextInt(changed.length);
                changed[k] = other(type.getRecordComponents()[k], changed[k], random);
                Record b = make(type, changed);
                assertEquals((boolean) equals.invoke(a, b), a.equals(b), type.getSimpleName() + " component " + k);
                assertEquals((boolean) equals.invoke(b, a), b.equals(a));
                assertEquals((int) hash.invoke(b), b.hashCode());
            }
            assertTrue(distinctHashes > 250, type.getSimpleName());
        }
    }

    /** The method the compiler's record would call, made by the same bootstrap. */
    private static MethodHandle generated(Class<?> type, String name, MethodType methodType) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.unreflect(components[i].getAccessor());
        }
        String names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(";"));
        Object made = ObjectMethods.bootstrap(lookup, name, methodType, type, names, getters);
        return made instanceof CallSite site ? site.dynamicInvoker() : (MethodHandle) made;
    }

    private static Record make(Class<? extends Record> type, Object[] values) throws Exception {
        if (type == Span.class && (int) values[1] < (int) values[0]) {
            Object start = values[1];
            values[1] = values[0];
            values[0] = start;
        }
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    private static Object[] values(Class<?> type, Random random) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i], random);
        }
        return values;
    }

    private static Object value(RecordComponent c, Random random) {
        Class<?> t = c.getType();
        if (t == int.class) {
            return random.nextInt(1000);
        }
        if (t == long.class) {
            return random.nextBoolean() ? random.nextLong() : (long) random.nextInt(50);
        }
        if (t == boolean.class) {
            return random.nextBoolean();
        }
        if (t == Span.class) {
            int start = random.nextInt(500);
            return random.nextInt(8) == 0 ? null : new Span(start, start + random.nextInt(40));
        }
        if (t == String.class) {
            String[] pool = {null, "", "a", "Obama", "the president", "2009-01-20", "said", "\u00e9t\u00e9"};
            return pool[random.nextInt(pool.length)] + (random.nextInt(3) == 0 ? "" : String.valueOf(random.nextInt(99)));
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return random.nextInt(5) == 0 ? null : constants[random.nextInt(constants.length)];
        }
        if (t == org.crosscheck.extract.Happenings.About.class) {
            if (random.nextInt(8) == 0) {
                return null;
            }
            try {
                return make(org.crosscheck.extract.Happenings.About.class,
                        values(org.crosscheck.extract.Happenings.About.class, random));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        if (t == java.util.Set.class && c.getGenericType() instanceof ParameterizedType) {
            java.util.Set<String> set = new java.util.TreeSet<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                set.add("p" + random.nextInt(4));
            }
            return set;
        }
        if (t == List.class && c.getGenericType() instanceof ParameterizedType) {
            List<String> list = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                list.add("p" + random.nextInt(4));
            }
            return list;
        }
        throw new AssertionError("no values for " + t + " of " + c);
    }

    /** Another value of the component: a different one, or the same when there is no other. */
    private static Object other(RecordComponent c, Object current, Random random) {
        for (int tries = 0; tries < 20; tries++) {
            Object v = value(c, random);
            if (v == null ? current != null : !v.equals(current)) {
                return v;
            }
        }
        return current;
    }
}
