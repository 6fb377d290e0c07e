package vn.plandesk.service.office;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.model.table.ColumnMapping;
import vn.plandesk.model.table.SheetMapping;

/**
 * Whether the officer may write what an import read, decided on the preview alone (no file read): a table needs its
 * number and name columns, one such sheet is enough, tasks written in the body need no table, and a preview with
 * neither tasks nor indicators has nothing to write.
 */
class ImportPreviewTest {
    private static final ColumnMapping NUMBER = new ColumnMapping(0, "A", "STT", AppendixField.NUMBER, null);
    private static final ColumnMapping NAME = new ColumnMapping(1, "B", "Nhiệm vụ", AppendixField.NAME, null);
    private static final ColumnMapping UNITS = new ColumnMapping(2, "C", "Đơn vị chủ trì", AppendixField.LEAD_UNITS,
            null);

    private static Plan plan(List<PlanTask> tasks, List<Indicator> indicators) {
        return new Plan(null, PlanKind.WARD, "", "", "", "", "", "", null, "", "", List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, List.of(),
                tasks.isEmpty() ? List.of() : List.of(new TaskGroup(1, "Nhóm", tasks)), indicators, false);
    }

    private static final Plan ONE_TASK = plan(List.of(PlanTask.named("1", "Số hóa hồ sơ")), List.of());

    private static SheetMapping sheet(String name, ColumnMapping... columns) {
        return new SheetMapping(name, 1, 1, false, List.of(columns));
    }

    private static ImportPreview preview(Plan plan, List<SheetMapping> mappings) {
        return new ImportPreview("a.xlsx", plan, List.of(), mappings, 1);
    }

    @Test
    void aTableWithItsNumberAndNameColumnsCanBeWritten() {
        assertTrue(preview(ONE_TASK, List.of(sheet("PL", NUMBER, NAME, UNITS))).importable());
    }

    @Test
    void aTableWithoutItsNumberColumnCannotBeWrittenUntilTheOfficerNamesIt() {
        assertFalse(preview(ONE_TASK, List.of(sheet("PL", NAME, UNITS))).importable());
        assertFalse(preview(ONE_TASK, List.of(sheet("PL", NUMBER, UNITS))).importable(), "nor without its names");
    }

    @Test
    void oneSheetWithItsColumnsIsEnoughWhenAnotherSheetLacksThem() {
        assertTrue(preview(ONE_TASK, List.of(sheet("Ghi chú", UNITS), sheet("PL", NUMBER, NAME))).importable());
    }

    @Test
    void tasksWrittenInTheBodyNeedNoTable() {
        assertTrue(preview(ONE_TASK, List.of()).importable());
    }

    @Test
    void indicatorsAloneAreSomethingToWriteButAnEmptyReadingIsNot() {
        Plan indicators = plan(List.of(), List.of(new Indicator(null, "1", "Tỷ lệ hồ sơ trực tuyến", "%", "", "80")));
        assertTrue(preview(indicators, List.of()).importable());
        assertFalse(preview(plan(List.of(), List.of()), List.of()).importable());
        assertFalse(preview(plan(List.of(), List.of()), List.of(sheet("PL", NUMBER, NAME))).importable());
    }
}
