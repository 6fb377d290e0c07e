package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plandesk.service.SampleLibrary;

/**
 * How the documents number what the officer reads: groups and quarters in Roman numerals ("Nhóm VII", "Quý IV"),
 * read back from an imported heading only when written as the documents write them; and tasks named by their place
 * "group/task/sub-task" in the exchange format and on the command line.
 */
class GroupNumeralsAndTaskPlacesTest {

    @Test
    void everyNumberComesBackFromItsNumeral() {
        for (int n = 1; n < 4000; n++) {
            String roman = RomanNumeral.format(n);
            assertEquals(n, RomanNumeral.parse(roman), roman);
            assertEquals(n, RomanNumeral.parse(" " + roman.toLowerCase() + ". "), "a heading's " + roman);
        }
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "IX", "XIV", "XL", "XC", "CD", "CM",
                "MMMCMXCIX"), List.of(1, 2, 3, 4, 5, 6, 7, 9, 14, 40, 90, 400, 900, 3999).stream()
                .map(RomanNumeral::format).toList());
    }

    @Test
    void onlyNumeralsWrittenAsTheDocumentsWriteThemAreRead() {
        for (String s : List.of("IIII", "VX", "IC", "VV", "", ".", "A", "1", "I I", "MMMM")) {
            assertEquals(-1, RomanNumeral.parse(s), s);
        }
        assertEquals(-1, RomanNumeral.parse(null));
        assertEquals(4, RomanNumeral.parse("IV.."));
        for (int n : new int[] {0, -1, 4000}) {
            assertThrows(IllegalArgumentException.class, () -> RomanNumeral.format(n), String.valueOf(n));
        }
    }

    @Test
    void tasksAreNamedByGroupTaskAndSubTaskInThePlansOrder() {
        for (Plan plan : new SampleLibrary().plans()) {
            Map<String, PlanTask> places = TaskPlaces.of(plan);
            assertEquals(new ArrayList<>(plan.allTasks()), new ArrayList<>(places.values()), plan.summary());
            for (TaskGroup g : plan.groups()) {
                for (int i = 0; i < g.tasks().size(); i++) {
                    PlanTask t = g.tasks().get(i);
                    assertSame(t, places.get(g.number() + "/" + (i + 1)));
                    for (int j = 0; j < t.subTasks().size(); j++) {
                        assertSame(t.subTasks().get(j), places.get(g.number() + "/" + (i + 1) + "/" + (j + 1)));
                    }
                }
            }
        }
        Plan withSubTasks = new SampleLibrary().plans().stream()
                .filter(p -> p.allTasks().stream().anyMatch(t -> !t.subTasks().isEmpty())).findFirst().orElseThrow();
        assertEquals(withSubTasks.taskCount(), TaskPlaces.of(withSubTasks).size(), "sub-tasks have places of their own");
        assertThrows(UnsupportedOperationException.class, () -> TaskPlaces.of(withSubTasks).clear());
    }
}
