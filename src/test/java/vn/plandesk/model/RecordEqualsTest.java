package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plandesk.service.SampleLibrary;

/**
 * The records whose equals is written out (to spare the window's start the linking of a generated one) compare every
 * component, as the generated one does: two records built from equal components are equal, with equal hash codes, and
 * a record that differs from another in one component only, whichever, is not equal to it.
 */
class RecordEqualsTest {
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    static Stream<List<? extends Record>> corpora() {
        List<PlanTask> tasks = new ArrayList<>();
        for (Plan p : SAMPLES) {
            p.groups().forEach(g -> g.tasks().forEach(t -> {
                tasks.add(t);
                tasks.addAll(t.subTasks());
            }));
        }
        return Stream.of(SAMPLES, tasks);
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void everyComponentCounts(List<? extends Record> corpus) throws Exception {
        Class<?> type = corpus.get(0).getClass();
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
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
            Object stored = components[i].getAccessor().invoke(variant);
            assertTrue(!Objects.equals(stored, firstValues[i]),
                    type.getSimpleName() + "." + components[i].getName() + ": no different value found to try");
            assertNotEquals(first, variant, type.getSimpleName() + "." + components[i].getName() + " must count");
            assertNotEquals(variant, first, type.getSimpleName() + "." + components[i].getName() + " must count");
        }
    }

    private static Object[] values(Record r, RecordComponent[] components) throws Exception {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(r);
        }
        return values;
    }

    /** Another record's value of the component where one differs, else a value of its type that differs. */
    private static Object different(List<? extends Record> corpus, RecordComponent[] components, int i, Object value)
            throws Exception {
        for (Record other : corpus) {
            Object v = components[i].getAccessor().invoke(other);
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
