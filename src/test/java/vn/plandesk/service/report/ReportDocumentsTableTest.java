package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.Period;

/**
 * The documents table of a drafted report: the documents cited as proof up to the end of the period, dated by the day
 * the report is made as of, in date order; one cited only in a later quarter or dated after that day is not listed.
 */
class ReportDocumentsTableTest extends OnChonThanhReports {
    private Report draft() {
        return store.reports.drafted(store.editor.plan(), ReportKind.QUARTER, RQ1);
    }

    private IssuedDocument document(String number, LocalDate date, String summary) {
        return store.register.add(IssuedDocument.of(DocumentType.KE_HOACH, number, "KH-UBND", date, "UBND phường Chơn Thành",
                summary)).document();
    }

    private void proof(int task, String quarter, IssuedDocument... documents) {
        long id = store.editor.plan().allTasks().get(task).id();
        store.tracking.record(store.editor, new ProgressEntry(id, Period.parse(quarter), ProgressStatus.DONE, "Đã ban hành", null,
                "", "", "", "", java.util.Arrays.stream(documents).map(IssuedDocument::id).toList()));
    }

    @Test
    void theDocumentsCitedUpToTheEndOfTheQuarterAreListedInDateOrder() {
        IssuedDocument january = document("5", LocalDate.of(2026, 1, 5), "về chuyển đổi số năm 2026.");
        IssuedDocument december = document("140", LocalDate.of(2025, 12, 10), "về tuyên truyền Nghị quyết 57");
        IssuedDocument april = document("30", LocalDate.of(2026, 4, 10), "về dữ liệu số");
        IssuedDocument may = document("41", LocalDate.of(2026, 5, 4), "về hạ tầng số");
        proof(0, "2025-Q4", december);
        proof(2, "2026-Q1", january, april);
        proof(5, "2026-Q2", may);
        Report q1 = draft();
        ReportAppendix table = q1.appendices().stream().filter(a -> a.kind() == ReportAppendix.Kind.DOCUMENTS)
                .findFirst().orElseThrow();
        assertEquals("Phụ lục II", table.label());
        assertEquals("(Tính đến 31/3/2026)", table.note());
        assertEquals(List.of(
                ReportAppendix.Row.of("1", "Kế hoạch số 140/KH-UBND ngày 10/12/2025 của UBND phường Chơn Thành về"
                        + " tuyên truyền Nghị quyết 57."),
                ReportAppendix.Row.of("2", "Kế hoạch số 5/KH-UBND ngày 05/01/2026 của UBND phường Chơn Thành về"
                        + " chuyển đổi số năm 2026.")), table.rows(),
                "the one of 10/4 is after the report's day, the one of May proves a later quarter");
    }
}
