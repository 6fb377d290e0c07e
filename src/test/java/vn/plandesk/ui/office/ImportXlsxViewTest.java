package vn.plandesk.ui.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.PlanSummary;

/** The officer imports an appendix: the preview shows the doubtful row, and after confirming the plan is stored. */
@ExtendWith(ApplicationExtension.class)
class ImportXlsxViewTest {
    private ImportViewHost host;

    @Start
    void start(Stage stage) throws Exception {
        host = ImportViewHost.show(stage, "plandesk-import-ui");
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void importAGeneratedWorkbookSeeTheWarningConfirm(FxRobot robot) throws Exception {
        Path file = host.dir().resolve("phu-luc.xlsx");
        Files.write(file, workbook());

        robot.interact(() -> host.view().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-confirm").tryQuery().isPresent());

        ListView<?> warnings = robot.lookup("#import-warnings").queryAs(ListView.class);
        assertEquals(1, warnings.getItems().size());
        assertTrue(warnings.getItems().get(0).toString().contains("dòng 4"), warnings.getItems().get(0).toString());
        assertEquals(0, host.plans().list().size(), "nothing is written before the officer confirms");

        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, host.plans().list().size());
        PlanSummary p = host.plans().list().get(0);
        assertEquals(2, p.tasks());
        assertTrue(robot.lookup("#import-status").queryAs(Label.class).getText().contains(String.valueOf(p.id())));
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("Phụ lục");
            row(s, 0, "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành");
            row(s, 1, "I", "Nâng cao nhận thức");
            row(s, 2, "1", "Quán triệt Nghị quyết 57", "Phòng Văn hóa - Xã hội", "Quý IV/2025");
            row(s, 3, "2", "Tuyên truyền", "Phòng Văn hóa - Xã hội", "lúc nào tiện");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XSSFSheet s, int r, String... cells) {
        XSSFRow row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
