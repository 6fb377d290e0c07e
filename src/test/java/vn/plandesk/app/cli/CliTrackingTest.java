package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.edit.PlanEditor;

/** What is tracked goes along with export-json and import-json; the services keep an issued plan's baseline. */
class CliTrackingTest {
    @TempDir
    Path dir;

    private String cli(String... args) {
        CliRun run = CliRun.on(dir.resolve("db"), args);
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    @Test
    void progressRecordedInTheStoreTravelsThroughTheExchangeFile() throws Exception {
        cli("samples");
        ProgressEntry recorded;
        try (Services s = Services.open(dir.resolve("db"))) {
            PlanEditor editor = s.editors().open(3);
            PlanTask t = editor.plan().allTasks().get(2);
            recorded = new ProgressEntry(t.id(), Period.parse("2026-Q1"), ProgressStatus.DONE, "Đã ban hành kế hoạch",
                    null, "Phòng Kinh tế, Hạ tầng và Đô thị", "", "", "Kế hoạch số 20/KH-UBND", List.of());
            s.tracking().record(editor, recorded);
            assertTrue(s.tracking().baseline(3).isEmpty(), "the ward plan is a draft: no baseline");
            s.editors().open(2);
            assertEquals("92", s.tracking().baseline(2).orElseThrow().number(),
                    "KH 92 is issued: its baseline is kept when it is first opened");
        }
        Path file = dir.resolve("ward.json");
        cli("export-json", "3", "--out", file.toString());
        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : 2"), json.substring(0, 80));
        assertTrue(json.contains("\"Đã ban hành kế hoạch\""));
        assertEquals("5", cli("import-json", file.toString()).strip());
        try (Services s = Services.open(dir.resolve("db"))) {
            List<ProgressEntry> got = s.tracking().progress(5).all();
            assertEquals(1, got.size());
            assertEquals(recorded.withTaskId(0), got.get(0).withTaskId(0));
            assertEquals(s.plans().get(5).allTasks().get(2).id(), got.get(0).taskId(), "the same task of the copy");
        }
    }
}
