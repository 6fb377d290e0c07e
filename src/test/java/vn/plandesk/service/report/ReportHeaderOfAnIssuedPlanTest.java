package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;

/**
 * A report drafted on a plan once it is issued: the plan is cited by its number and date, the report numbered in the
 * same organ's book ("KH-UBND" → "BC-UBND"), the issuer taken from the header when the plan names none, and a document
 * without a summary cited by its number, date and issuer alone.
 */
class ReportHeaderOfAnIssuedPlanTest extends OnChonThanhReports {
    private Report draftWith(java.util.function.UnaryOperator<PlanBuilder> details) {
        store.editor.updateDetails("edit.details", p -> details.apply(PlanBuilder.from(p)).build());
        return store.reports.drafted(store.editor.plan(), ReportKind.QUARTER, RQ1);
    }

    @Test
    void anIssuedPlanIsCitedByItsNumberAndDate() {
        Report r = draftWith(b -> b.number("145").issueDate(LocalDate.of(2025, 10, 20)));
        assertEquals("Kết quả thực hiện Kế hoạch số 145/KH-UBND ngày 20/10/2025 trong Quý I/2026", r.summary());
        assertTrue(r.introduction().get(0).startsWith("Căn cứ Kế hoạch số 145/KH-UBND ngày 20/10/2025 của UBND phường"
                + " Chơn Thành về triển khai"), r.introduction().get(0));
        assertEquals("BC-UBND", r.symbol());
    }

    @Test
    void theReportIsNumberedInTheSameOrgansBook() {
        assertEquals("BC-BCĐ", draftWith(b -> b.symbol("KH-BCĐ")).symbol());
        assertEquals("BC-UBND", draftWith(b -> b.symbol("QĐ-UBND")).symbol(), "not a plan's symbol: the default");
        assertEquals("BC-UBND", draftWith(b -> b.symbol("KH-")).symbol(), "no organ after KH-: the default");
        Report bare = draftWith(b -> b.symbol("").number("7"));
        assertTrue(bare.summary().startsWith("Kết quả thực hiện Kế hoạch số 7 trong"), bare.summary());
    }

    @Test
    void withoutAnIssuerTheHeadersFirstLineSpeaks() {
        Report r = draftWith(b -> b.issuer(""));
        assertTrue(r.introduction().get(0).contains(" của ỦY BAN NHÂN DÂN về "), r.introduction().get(0));
        assertTrue(r.closing().get(0).endsWith(", ỦY BAN NHÂN DÂN kính báo cáo./."), r.closing().get(0));
    }

    @Test
    void aDocumentWithoutASummaryIsCitedByNumberDateAndIssuer() {
        IssuedDocument d = store.register.add(IssuedDocument.of(DocumentType.QUYET_DINH, "9", "QĐ-UBND",
                LocalDate.of(2026, 2, 2), "UBND phường Chơn Thành", "")).document();
        long task = store.editor.plan().allTasks().get(0).id();
        store.tracking.record(store.editor, new ProgressEntry(task, Period.parse("2026-Q1"), ProgressStatus.DONE, "",
                null, "", "", "", "", List.of(d.id())));
        Report r = store.reports.drafted(store.editor.plan(), ReportKind.QUARTER, RQ1);
        ReportAppendix documents = r.appendices().get(1);
        assertEquals(List.of(ReportAppendix.Row.of("1", "Quyết định số 9/QĐ-UBND ngày 02/02/2026 của UBND phường"
                + " Chơn Thành.")), documents.rows());
        String done = r.sections().get(0).sections().get(0).sections().get(0).paragraphs().get(0);
        assertTrue(done.endsWith(": Hoàn thành (Quyết định số 9/QĐ-UBND ngày 02/02/2026 của UBND phường Chơn Thành)."),
                done);
    }
}
