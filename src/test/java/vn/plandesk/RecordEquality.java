package vn.plandesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The check of a record whose equals is written out (to spare the window's start the linking of a generated one): it
 * compares every component, as the generated one does. Records built from equal components are equal, with equal
 * hash codes; a record that differs from another in one component only, whichever, is not equal to it.
 */
public final class RecordEquality {
    private RecordEquality() {
    }

    /**
     * Checks the records of a corpus, which should differ among themselves in every component (else a value of the
     * component's type is made up: a flipped boolean, a longer string, the next constant, an empty list).
     */
    public static void assertEveryComponentCounts(List<? extends Record> corpus) throws Exception {
        Class<?> type = corpus.get(0).getClass();
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        for (Record r : corpus) {
            Object[] values = values(r, components);
            Object copy = canonical.newInstance(values);
            assertNotSame(r, copy);
            assertEquals(r, copy, "built from equal components");
            assertEquals(r.hashCode(), copy.hashCode());
            assertFalse(r.equals(null));
            assertFalse(r.equals(values[0] == null ? "" : values[0]));
        }
        Record first = corpus.get(0);
        Object[] firstValues = values(first, components);
        for (int i = 0; i < components.length; i++) {
            Object[] changed = firstValues.clone();
            changed[i] = different(corpus, components, i, firstValues[i]);
            Object variant = canonical.newInstance(changed);
            String name = type.getSimpleName() + "." + components[i].getName();
            assertTrue(!Objects.equals(accessor(components[i], variant), firstValues[i]),
                    name + ": no different value found to try");
            assertNotEquals(first, variant, name + " must count");
            assertNotEquals(variant, first, name + " must count");
        }
    }

    private static Object accessor(RecordComponent component, Object record) throws Exception {
        java.lang.reflect.Method m = component.getAccessor();
        m.setAccessible(true);
        return m.invoke(record);
    }

    private static Object[] values(Object r, RecordComponent[] components) throws Exception {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = accessor(components[i], r);
        }
        return values;
    }

    /** Another record's value of the component where one differs, else a value of its type that differs. */
    private static Object different(List<? extends Record> corpus, RecordComponent[] components, int i, Object value)
            throws Exception {
        for (Record other : corpus) {
            Object v = accessor(components[i], other);
            if (!Objects.equals(v, value)) {
                return v;
            }
        }
        Class<?> t = components[i].getType();
        if (t == boolean.class) {
            return !(Boolean) value;
        }
        if (t == Long.class || t == long.class) {
            return value == null ? 1L : (Long) value + 1;
        }
        if (t == int.class) {
            return (Integer) value + 1;
        }
        if (t == String.class) {
            return value + " khác";
        }
        if (t == List.class) {
            return ((List<?>) value).isEmpty() ? List.of("khác") : List.of();
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[(Arrays.asList(constants).indexOf(value) + 1) % constants.length];
        }
        if (t == java.time.LocalDate.class) {
            return value == null ? java.time.LocalDate.of(2026, 1, 1) : null;
        }
        return null;
    }
}
