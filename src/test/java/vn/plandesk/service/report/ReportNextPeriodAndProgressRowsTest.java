package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.tracking.TaskStatus;

/**
 * The Quý I/2026 draft of the Chơn Thành plan read as the officer reads it: section II lists the open work due by the
 * end of the next quarter and the late work carried over, group by group; the progress table marks late rows; a task in
 * progress with a result is told among the results, with its evidence.
 */
class ReportNextPeriodAndProgressRowsTest extends OnChonThanhReports {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);
    private static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);

    private Report draft() {
        return store.reports.drafted(store.editor.plan(), ReportKind.QUARTER, RQ1);
    }

    /** Open, with a due date by the end of Quý II, and either due in Quý II or already late. */
    private List<PlanTask> dueNext() {
        List<PlanTask> out = new ArrayList<>();
        for (TaskStatus r : store.tracking.entries(store.editor.plan(), Q1, Q1_END)) {
            LocalDate due = r.task().deadline().dueDate();
            if (!r.status().closed() && due != null && !due.isAfter(Q2_END) && (due.isAfter(Q1_END) || r.late())) {
                out.add(r.task());
            }
        }
        return out;
    }

    private static List<String> lines(BodySection two) {
        return two.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    private static String nextLine(PlanTask t) {
        String units = String.join(", ", t.leadUnits());
        return "- " + named(t) + " (" + (units.isEmpty() ? "" : units + "; ") + "thời gian: "
                + t.deadline().raw().replace('\n', ' ') + ").";
    }

    @Test
    void theNextQuarterListsOpenWorkDueByItsEndAndLateWorkCarriedOverGroupByGroup() {
        Report r = draft();
        BodySection two = r.sections().get(1);
        assertEquals("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", two.heading());
        List<PlanTask> expected = dueNext();
        assertFalse(expected.isEmpty(), "the plan has work of 2025 not reported, late in 2026");
        assertEquals(expected.stream().map(ReportNextPeriodAndProgressRowsTest::nextLine).toList(), lines(two));
        assertTrue(two.paragraphs().isEmpty(), "the parts say it all");

        List<String> titles = new ArrayList<>();
        for (TaskGroup g : store.editor.plan().groups()) {
            if (g.tasks().stream().flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t),
                    t.subTasks().stream())).anyMatch(expected::contains)) {
                titles.add(g.title());
            }
        }
        List<String> headings = two.sections().stream().map(BodySection::heading).toList();
        assertEquals(titles.size(), headings.size(), "a group with nothing due is left out: " + headings);
        for (int i = 0; i < headings.size(); i++) {
            assertEquals((i + 1) + ". " + titles.get(i), headings.get(i), "numbered on without gaps");
        }
    }

    @Test
    void workReportedDoneOrNotToBeDoneIsNoLongerListed() {
        List<PlanTask> due = dueNext();
        PlanTask done = due.get(0);
        PlanTask dropped = due.get(due.size() - 1);
        store.tracking.record(store.editor, ProgressEntry.of(done.id(), Q1, ProgressStatus.DONE));
        store.tracking.record(store.editor, new ProgressEntry(dropped.id(), Q1, ProgressStatus.NOT_DONE, "", null, "", "",
                "Tỉnh dừng triển khai", "", List.of()));
        List<String> lines = lines(draft().sections().get(1));
        assertFalse(lines.contains(nextLine(done)), "done");
        assertFalse(lines.contains(nextLine(dropped)), "not to be done");
        assertEquals(due.size() - 2, lines.size());
    }

    @Test
    void aLateRowOfTheProgressTableSaysSoUnlessItIsReportedBehind() {
        Plan plan = store.editor.plan();
        List<TaskStatus> rows = store.tracking.entries(plan, Q1, Q1_END);
        TaskStatus late = rows.stream().filter(r -> r.late() && r.status() == ProgressStatus.NOT_STARTED).findFirst()
                .orElseThrow();
        TaskStatus onTime = rows.stream().filter(r -> !r.late()).findFirst().orElseThrow();
        ReportAppendix table = draft().appendices().get(0);
        assertEquals("Chưa triển khai (quá hạn)", cell(table, late.task(), 4));
        assertFalse(cell(table, onTime.task(), 4).contains("quá hạn"), cell(table, onTime.task(), 4));

        store.tracking.record(store.editor, new ProgressEntry(late.task().id(), Q1, ProgressStatus.BEHIND, "", null, "",
                "Chưa bố trí kinh phí", "", "", List.of()));
        assertEquals("Chậm tiến độ", cell(draft().appendices().get(0), late.task(), 4),
                "behind schedule already says it is late");
    }

    @Test
    void workInProgressWithAResultIsToldAmongTheResultsWithItsEvidence() {
        List<PlanTask> group1 = store.editor.plan().group(1).orElseThrow().tasks();
        PlanTask withResult = group1.get(0);
        PlanTask withoutResult = group1.get(2);
        PlanTask doneBare = group1.get(3);
        store.tracking.record(store.editor, new ProgressEntry(withResult.id(), Q1, ProgressStatus.IN_PROGRESS,
                "Đã khảo sát 3 khu phố.", null, "", "", "", "Biên bản khảo sát ngày 20/3/2026;", List.of()));
        store.tracking.record(store.editor, ProgressEntry.of(withoutResult.id(), Q1, ProgressStatus.IN_PROGRESS));
        store.tracking.record(store.editor, ProgressEntry.of(doneBare.id(), Q1, ProgressStatus.DONE));
        Report r = draft();
        List<String> results = r.sections().get(0).sections().get(0).sections().get(0).paragraphs();
        assertEquals(List.of("- " + named(withResult) + ": Đã khảo sát 3 khu phố (Biên bản khảo sát ngày"
                + " 20/3/2026).", "- " + named(doneBare) + ": Hoàn thành."), results,
                "in progress without a result is not a result yet; done without one says so");
        ReportAppendix table = r.appendices().get(0);
        assertEquals("Đã khảo sát 3 khu phố.", cell(table, withResult, 3));
        assertEquals("Biên bản khảo sát ngày 20/3/2026;", cell(table, withResult, 5));
        assertEquals("", cell(table, withoutResult, 5));
    }

    @Test
    void aGroupWithNothingLateSaysNoneAndAQuarterWithoutIndicatorResultsSaysSo() {
        Report r = draft();
        BodySection one = r.sections().get(0);
        TaskGroup waiting = store.editor.plan().groups().stream().filter(g -> store.tracking.entries(store.editor.plan(), Q1, Q1_END)
                .stream().filter(row -> row.group() == g.number()).noneMatch(TaskStatus::late)).findFirst()
                .orElseThrow(() -> new AssertionError("every group of the sample has a late task"));
        BodySection part = one.sections().get(waiting.number() - 1);
        assertEquals(waiting.number() + ". " + waiting.title(), part.heading());
        assertEquals(List.of("Trong kỳ chưa có nhiệm vụ hoàn thành."), part.sections().get(0).paragraphs());
        assertEquals(List.of("Không."), part.sections().get(1).paragraphs(), "nothing lags");
        assertEquals(List.of("Không."), part.sections().get(2).paragraphs(), "so no cause");
        BodySection indicators = one.sections().get(one.sections().size() - 1);
        assertEquals(List.of("Trong kỳ chưa có kết quả chỉ tiêu."), indicators.paragraphs());
        ReportAppendix table = r.appendices().get(r.appendices().size() - 1);
        assertEquals(ReportAppendix.Kind.INDICATORS, table.kind());
        assertTrue(table.rows().stream().filter(row -> !row.group())
                .allMatch(row -> row.cells().get(4).isEmpty() && row.cells().get(5).isEmpty()), "no value, no judgement");
        assertEquals(ReportAppendix.Kind.PROGRESS, r.appendices().get(0).kind());
        assertEquals(List.of("Phụ lục I", "Phụ lục II"), r.appendices().stream().map(ReportAppendix::label).toList(),
                "no document issued: no documents table, and the appendices numbered on");
        List<String> groupRows = r.appendices().get(0).rows().stream().filter(ReportAppendix.Row::group)
                .map(row -> row.cells().get(0)).toList();
        assertEquals(store.editor.plan().groups().stream().map(g -> g.roman() + ". " + g.title()).toList(), groupRows,
                "each group's row heads its tasks");
    }

    private static String cell(ReportAppendix table, PlanTask task, int column) {
        return table.rows().stream().filter(row -> !row.group() && row.cells().get(1).equals(task.name().strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + task.name())).cells().get(column);
    }
}
