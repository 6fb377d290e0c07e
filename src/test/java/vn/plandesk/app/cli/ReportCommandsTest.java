package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * reports, report-draft and report-sent on one store with the samples (plan 3: Chơn Thành), run in order as the
 * officer would: the calendar, a draft, the store's list, sending, and the refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportCommandsTest {
    @TempDir
    static Path db;
    private String drafted;

    private CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    private String ok(String... args) {
        return CliRun.ok(db, args);
    }

    /** A refusal: the exit code and one sentence, no stack trace. */
    private String refused(int code, String... args) {
        CliRun r = run(args);
        assertEquals(code, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        return r.err().strip();
    }

    @BeforeAll
    void samples() {
        ok("samples");
    }

    @Test
    @Order(1)
    void theCalendarOfThePlanShowsEachDueReportNotDraftedYet() {
        List<String> lines = ok("reports", "3", "--year", "2026").lines().toList();
        assertEquals(2, lines.size(), "the ward's own: six months, year");
        assertEquals(List.of("10/06/2026", "Báo cáo 6 tháng", "2026-H1", "6 tháng đầu năm 2026",
                "Phòng Văn hóa – Xã hội", "3"), List.of(lines.get(0).split("\t")).subList(0, 6));
        assertTrue(lines.get(0).endsWith("\tChưa lập\t"), lines.get(0));
        assertEquals("", ok("reports").strip(), "no report in the store yet");
    }

    @Test
    @Order(2)
    void aDraftIsMadeFromTheStoreAndListedWithItsState() throws Exception {
        drafted = ok("report-draft", "3", "--period", "2026-H1").strip();
        assertTrue(drafted.matches("\\d+"), drafted);
        String h1 = ok("reports", "3", "--year", "2026").lines().findFirst().orElseThrow();
        assertTrue(h1.endsWith("\tDự thảo\t" + drafted), h1);
        assertEquals(List.of(drafted + "\tBáo cáo 6 tháng\t2026-H1\tDự thảo\tphiên bản 1\t3\tKết quả thực hiện Kế hoạch"
                + " số …/KH-UBND trong 6 tháng đầu năm 2026"), ok("reports").lines().toList());
        JsonNode json = new ObjectMapper().readTree(ok("reports", "--json"));
        assertEquals(Long.parseLong(drafted), json.get(0).get("id").asLong());
        assertEquals("DRAFT", json.get(0).get("state").asText());
        JsonNode calendar = new ObjectMapper().readTree(ok("reports", "3", "--year", "2026", "--json"));
        assertEquals("2026-06-10", calendar.get(0).get("due").asText());
        assertEquals(Long.parseLong(drafted), calendar.get(0).get("reportId").asLong());
        assertEquals("MISSING", calendar.get(1).get("state").asText());
    }

    @Test
    @Order(3)
    void aReportMarkedSentIsKeptAsSent() {
        assertEquals("Đã đánh dấu báo cáo mã " + drafted + " đã gửi: Số: 15/BC-UBND ngày 08/06/2026.",
                ok("report-sent", drafted, "--number", "15", "--date", "08/06/2026").strip());
        assertTrue(ok("reports").contains("\tĐã gửi\t"));
        String again = refused(1, "report-sent", drafted, "--number", "16", "--date", "09/06/2026");
        assertTrue(again.startsWith("Báo cáo đã gửi được giữ nguyên"), again);
    }

    @Test
    @Order(4)
    void badArgumentsAreRefusedInOneSentence() {
        assertTrue(refused(1, "report-draft", "3", "--period", "2026-Q5").contains("2026-Q5"));
        assertTrue(refused(2, "report-draft", "3", "--period", "2026", "--kind", "weekly").contains("\"weekly\""));
        assertTrue(refused(1, "report-draft", "3", "--period", "2026-Q1", "--kind", "YEAR")
                .startsWith("Báo cáo năm không lập cho kỳ Quý I/2026"));
        assertTrue(refused(1, "report-draft", "99", "--period", "2026-Q1").contains("99"));
        assertTrue(refused(2, "report-sent", "x", "--number", "1", "--date", "08/06/2026").contains("\"x\""));
        assertTrue(refused(2, "report-sent", drafted, "--number", "15", "--date", "31/02/2026")
                .contains("31/02/2026"));
        assertTrue(refused(1, "report-sent", "999", "--number", "15", "--date", "08/06/2026").contains("999"));
        assertEquals(1, ok("reports").lines().count(), "nothing stored by a refusal");
    }
}
