package vn.plandesk.io.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.table.AppendixTable.Column;
import vn.plandesk.io.table.AppendixTable.Row;
import vn.plandesk.model.Plan;
import vn.plandesk.model.table.AppendixField;

/** The appendix tables the Word and Excel exports draw. */
class AppendixTablesTest {
    private static final Plan WARD = sample("chon-thanh-ward-plan.json");
    private static final Plan PROVINCE = sample("province-2025-appendix-ii.json");

    @Test
    void yearMarksTakeLessWidthThanTheResult() {
        AppendixTable t = AppendixTables.of(PROVINCE).get(0);
        double result = width(t, AppendixField.RESULT);
        double years = t.columns().stream().filter(c -> c.field() == AppendixField.YEAR).mapToDouble(Column::width).sum();
        assertTrue(years < width(t, AppendixField.NAME), "six marks take " + years + ", the task names less");
        for (Column c : t.columns()) {
            if (c.field() == AppendixField.YEAR) {
                assertTrue(c.width() < result / 1.5, "a year column " + c.width() + " beside the result " + result);
            }
        }
    }

    @Test
    void everyColumnHoldsItsLongestWordWhole() {
        for (Plan plan : List.of(WARD, PROVINCE)) {
            for (AppendixTable t : AppendixTables.of(plan)) {
                for (Row r : t.rows()) {
                    if (r.spansColumns()) {
                        continue;
                    }
                    for (int c = 0; c < t.columns().size(); c++) {
                        for (String word : r.cells().get(c).split("\\s+")) {
                            float w = TableFont.width(word, false, AppendixTables.TABLE_POINTS);
                            assertTrue(w < t.columns().get(c).width(), "\"" + word + "\" is broken in column " + c);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theTableFillsTheLandscapeTextWidth() {
        for (AppendixTable t : AppendixTables.of(WARD)) {
            double sum = t.columns().stream().mapToDouble(Column::width).sum();
            assertTrue(Math.abs(sum - 252 * 72 / 25.4) < 1, "width " + sum);
        }
    }

    private static double width(AppendixTable t, AppendixField field) {
        return t.columns().stream().filter(c -> c.field() == field).findFirst().orElseThrow().width();
    }

    static Plan sample(String name) {
        try (InputStream in = AppendixTablesTest.class.getResourceAsStream("/samples/" + name)) {
            return new PlanJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
