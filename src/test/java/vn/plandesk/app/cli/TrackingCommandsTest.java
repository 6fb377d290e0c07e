package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** progress, progress-set, documents, document-add and reports, on a store with the samples (plan 3: Chơn Thành). */
class TrackingCommandsTest {
    @TempDir
    Path db;

    private CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    private String ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @BeforeEach
    void samples() {
        ok("samples");
    }

    @Test
    void aResultSetForAQuarterIsListedWithItsEvidenceAndSurvivesTheNextRun() throws Exception {
        String set = ok("progress-set", "3", "1/2", "--period", "2026-Q1", "--status", "hoan thanh",
                "--result", "Đã phát động phong trào", "--unit", "Phòng Văn hóa - Xã hội",
                "--evidence", "2", "--evidence", "Báo cáo số 12/BC-UBND");
        assertEquals("Đã ghi nhiệm vụ 1/2: Hoàn thành, Quý I/2026.", set.strip());

        JsonNode rows = new ObjectMapper().readTree(ok("progress", "3", "--period", "2026-Q1", "--json"));
        assertEquals(76, rows.size(), "every task of the Chơn Thành plan");
        JsonNode row = rows.get(1);
        assertEquals("1/2", row.get("task").asText());
        assertEquals("DONE", row.get("status").asText());
        assertTrue(row.get("recordedInPeriod").asBoolean());
        assertEquals("Đã phát động phong trào", row.get("result").asText());
        assertEquals("Phòng Văn hóa - Xã hội", row.get("unit").asText());
        assertEquals("Báo cáo số 12/BC-UBND", row.get("evidence").asText());
        assertEquals(List.of(2L), List.of(row.get("documents").get(0).asLong()));

        String text = ok("progress", "3", "--period", "2026-Q1");
        assertTrue(text.startsWith("Quý I/2026\n"), text);
        assertTrue(text.contains("1/2\tHoàn thành\tĐã phát động phong trào\tBáo cáo số 12/BC-UBND\t"), text);
        // a one-off task keeps its status in the next quarter; the six-month view shows it as it stood at the end
        assertEquals("DONE", new ObjectMapper().readTree(ok("progress", "3", "--period", "2026-H1", "--json"))
                .get(1).get("status").asText());
    }

    @Test
    void badArgumentsAreRefusedInOneSentenceAndNothingIsWritten() {
        String before = ok("progress", "3", "--period", "2026-Q1", "--json");
        CliRun half = run("progress-set", "3", "1/2", "--period", "2026-H1", "--status", "DONE");
        assertEquals(2, half.code());
        assertTrue(half.err().contains("Kết quả được ghi theo quý"), half.err());
        CliRun task = run("progress-set", "3", "9/9", "--period", "2026-Q1", "--status", "DONE");
        assertNotEquals(0, task.code());
        assertTrue(task.err().contains("Không có nhiệm vụ \"9/9\""), task.err());
        CliRun status = run("progress-set", "3", "1/2", "--period", "2026-Q1", "--status", "XONG");
        assertNotEquals(0, status.code());
        assertTrue(status.err().startsWith("Không có trạng thái \"XONG\"; các trạng thái là: NOT_STARTED"), status.err());
        CliRun reason = run("progress-set", "3", "1/2", "--period", "2026-Q1", "--status", "NOT_DONE");
        assertNotEquals(0, reason.code());
        assertTrue(reason.err().contains("lý do"), reason.err());
        CliRun document = run("progress-set", "3", "1/2", "--period", "2026-Q1", "--status", "DONE",
                "--evidence", "999");
        assertNotEquals(0, document.code());
        for (CliRun r : List.of(half, task, status, reason, document)) {
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertEquals(before, ok("progress", "3", "--period", "2026-Q1", "--json"), "nothing was recorded");
    }

    @Test
    void theRegisterListsSeed003sEntriesAndADocumentIsAddedOnce() {
        List<String> lines = ok("documents").lines().toList();
        assertEquals(56, lines.size());
        assertTrue(lines.get(0).startsWith("1\tQuyết định\t2556/QĐ-UBND\t06/11/2025\tUBND tỉnh\t"), lines.get(0));
        String[] add = {"document-add", "--type", "Kế hoạch", "--number", "20/KH-UBND", "--date", "05/01/2026",
                "--issuer", "UBND phường Chơn Thành", "--summary", "Thực hiện chuyển đổi số năm 2026"};
        assertEquals("Đã thêm Kế hoạch số 20/KH-UBND ngày 05/01/2026 của UBND phường Chơn Thành vào sổ văn bản (mục 57).",
                ok(add).strip());
        assertTrue(ok(add).contains("đã có trong sổ văn bản (mục 57)"));
        assertEquals(57, ok("documents").lines().count());
        CliRun badDate = run("document-add", "--type", "QĐ", "--number", "1/QĐ-UBND", "--date", "31/02/2026",
                "--summary", "x");
        assertNotEquals(0, badDate.code());
        assertTrue(badDate.err().contains("31/02/2026"), badDate.err());
    }

    @Test
    void reportsOf2026AreTheFourQuartersTheHalfYearAndTheYearWithTheSeedsDueDates() {
        List<String> lines = ok("reports", "--year", "2026").lines().toList();
        List<String> due = lines.stream().map(l -> l.split("\t")[0] + " " + l.split("\t")[2]).toList();
        assertEquals(List.of("10/03/2026 2026-Q1", "10/06/2026 2026-H1", "10/06/2026 2026-Q2", "10/09/2026 2026-Q3",
                "25/11/2026 2026", "10/12/2026 2026-Q4"), due);
        assertEquals(2, ok("reports", "3", "--year", "2026").lines().count(), "the ward's own: six months, year");
        CliRun year = run("reports", "--year", "next");
        assertEquals(2, year.code());
        assertTrue(year.err().contains("\"next\""), year.err());
    }
}
