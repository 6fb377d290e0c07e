package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.model.tracking.ProgressStatus;

/** unit-sheets writes a workbook a unit; unit-sheets-read prints the changes, and records them with --apply. */
class CliUnitSheetsTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.on(dir.resolve("db"), args);
    }

    private String ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void unitWorkbooksOutAndBack() throws Exception {
        ok("samples");
        Path out = dir.resolve("phieu");
        String written = ok("unit-sheets", "3", "--period", "2026-Q1", "--out", out.toString());
        assertTrue(written.contains("2026-Q1 Phòng Văn hóa - Xã hội.xlsx"), written);
        Path vhxh = out.resolve("2026-Q1 Phòng Văn hóa - Xã hội.xlsx");
        Path kinhTe = out.resolve("2026-Q1 Phòng Kinh tế, Hạ tầng và Đô thị.xlsx");
        assertTrue(Files.exists(kinhTe));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(vhxh));
             ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            for (Row r : wb.getSheetAt(0)) {
                if (r.getCell(11) != null) {
                    r.getCell(6).setCellValue("Hoàn thành");
                    r.getCell(7).setCellValue("Đã triển khai");
                    break;
                }
            }
            wb.write(o);
            Files.write(vhxh, o.toByteArray());
        }
        String preview = ok("unit-sheets-read", "3", vhxh.toString());
        assertTrue(preview.contains("Chưa triển khai → Hoàn thành") || preview.contains("→ Hoàn thành"), preview);
        assertTrue(preview.contains("1 thay đổi"), preview);
        assertTrue(preview.contains("kết quả: \"Đã triển khai\""), preview);
        try (Services s = Services.open(dir.resolve("db"))) {
            assertTrue(s.tracking().progress(3).all().isEmpty(), "without --apply nothing is written");
        }
        String applied = ok("unit-sheets-read", "3", vhxh.toString(), "--apply");
        assertTrue(applied.contains("Đã ghi 1 kết quả"), applied);
        try (Services s = Services.open(dir.resolve("db"))) {
            assertEquals(ProgressStatus.DONE, s.tracking().progress(3).all().get(0).status());
        }
        assertTrue(ok("unit-sheets-read", "3", vhxh.toString()).contains("không có thay đổi"));

        CliRun other = run("unit-sheets-read", "3", kinhTe.toString(), "--unit", "Phòng Văn hóa - Xã hội", "--apply");
        assertEquals(1, other.code());
        assertTrue(other.err().strip().startsWith("Tệp 2026-Q1 Phòng Kinh tế"), other.err());
        assertFalse(other.err().contains("Exception"), other.err());
        assertEquals(1, run("unit-sheets", "3", "--period", "2026-H1", "--out", out.toString()).code());
        CliRun noFile = run("unit-sheets-read", "3");
        assertEquals(2, noFile.code(), "a file is needed");
        assertEquals("Thiếu tên tệp.", noFile.err().strip());
        CliRun badQuarter = run("unit-sheets", "3", "--period", "2026-Q5", "--out", out.toString());
        assertEquals(1, badQuarter.code());
        assertTrue(badQuarter.err().contains("\"2026-Q5\""), "the period as typed: " + badQuarter.err());
    }
}
