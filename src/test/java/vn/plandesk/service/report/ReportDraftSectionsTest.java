package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.service.tracking.TaskStatus;

/**
 * What a drafted quarter's report says, read as the officer reads it: work waiting, not to be done or behind is among
 * the shortcomings with its cause, work in progress without a result is in neither list; a group without tasks is
 * left out and the rest numbered on; a result of a later or earlier quarter is not this quarter's; an indicator
 * without a target has no judgement; the indicators table heads each section once; a document the register lists
 * twice is listed once, one cited only for a later quarter not at all; work done ahead of its date is not due next;
 * a plan without trích yếu or issuer still drafts; a value typed with its percent sign keeps its unit once.
 */
class ReportDraftSectionsTest extends OnChonThanhReports {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);
    private static final ResourceBundle WORDS = Messages.bundle(Messages.VIETNAMESE);

    private Report draft(Plan plan) {
        return store.reports.drafted(plan, ReportKind.QUARTER, RQ1);
    }

    private static String status(ProgressStatus s) {
        return WORDS.getString(s.key()).toLowerCase(Locale.ROOT);
    }

    private static List<String> allParagraphs(BodySection s) {
        List<String> out = new ArrayList<>(s.paragraphs());
        s.sections().forEach(sub -> out.addAll(allParagraphs(sub)));
        return out;
    }

    @Test
    void workWaitingNotToBeDoneOrBehindIsAmongTheShortcomingsAndInProgressWithoutAResultInNeither() {
        Plan plan = store.editor.plan();
        List<TaskStatus> rows = store.tracking.entries(plan, Q1, Q1_END);
        // work not yet due: whatever is reported of it, it is not late
        java.util.function.Predicate<TaskStatus> notDue = r -> !r.late()
                && !StatusRule.duePassed(r.task().deadline(), Q1_END);
        TaskGroup group = plan.groups().stream().filter(g -> rows.stream()
                .filter(r -> r.group() == g.number() && notDue.test(r)).count() >= 4).findFirst().orElseThrow();
        List<PlanTask> onTime = rows.stream().filter(r -> r.group() == group.number() && notDue.test(r))
                .map(TaskStatus::task).toList();
        PlanTask waiting = onTime.get(0);
        PlanTask dropped = onTime.get(1);
        PlanTask behind = onTime.get(2);
        PlanTask started = onTime.get(3);
        store.tracking.record(store.editor, new ProgressEntry(waiting.id(), Q1, ProgressStatus.WAITING, "", null, "",
                "Chưa có hướng dẫn của Sở", "", "", List.of()));
        store.tracking.record(store.editor, new ProgressEntry(dropped.id(), Q1, ProgressStatus.NOT_DONE, "", null, "",
                "", "Tỉnh dừng triển khai", "", List.of()));
        store.tracking.record(store.editor, new ProgressEntry(behind.id(), Q1, ProgressStatus.BEHIND, "", null, "",
                "Chưa bố trí kinh phí", "", "", List.of()));
        store.tracking.record(store.editor, ProgressEntry.of(started.id(), Q1, ProgressStatus.IN_PROGRESS));

        BodySection part = draft(store.editor.plan()).sections().get(0).sections()
                .get(plan.groups().indexOf(group));
        List<String> shortcomings = part.sections().get(1).paragraphs();
        assertTrue(shortcomings.contains("- " + named(waiting) + ": " + status(ProgressStatus.WAITING)
                + "; Chưa có hướng dẫn của Sở."), shortcomings.toString());
        assertTrue(shortcomings.contains("- " + named(dropped) + ": " + status(ProgressStatus.NOT_DONE) + "."),
                shortcomings.toString());
        assertTrue(shortcomings.contains("- " + named(behind) + ": " + status(ProgressStatus.BEHIND)
                + "; Chưa bố trí kinh phí."), shortcomings.toString());
        assertTrue(part.sections().get(2).paragraphs().contains("- " + named(dropped) + ": Tỉnh dừng triển khai."),
                part.sections().get(2).paragraphs().toString());
        assertTrue(allParagraphs(part).stream().noneMatch(l -> l.startsWith("- " + named(started) + ":")),
                "in progress without a result is neither a result nor a shortcoming");
    }

    @Test
    void aGroupWithoutTasksIsLeftOutOfBothSectionsAndTheOthersAreNumberedOn() {
        Plan plan = store.editor.plan();
        TaskGroup emptied = plan.groups().get(1);
        Plan without = plan.withGroups(plan.groups().stream()
                .map(g -> g == emptied ? g.withTasks(List.of()) : g).toList());
        Report r = draft(without);
        List<String> headings = r.sections().get(0).sections().stream().map(BodySection::heading).toList();
        List<String> expected = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            if (g != emptied) {
                expected.add((expected.size() + 1) + ". " + g.title());
            }
        }
        assertEquals(expected, headings.subList(0, headings.size() - 1));
        assertTrue(headings.get(headings.size() - 1).startsWith(plan.groups().size() + ". "),
                "the indicators come next: " + headings);
        assertTrue(r.sections().get(1).sections().stream().noneMatch(s -> s.heading().endsWith(emptied.title())),
                "nothing is due next in a group without tasks");
        Plan empty = plan.withGroups(plan.groups().stream().map(g -> g.withTasks(List.of())).toList());
        assertEquals(List.of(ReportDraft.text("report.draft.nextNone")), draft(empty).sections().get(1).paragraphs(),
                "nothing due next at all is said so");
    }

    @Test
    void aResultOfAnotherQuarterIsNotThisQuartersAndAnIndicatorWithoutATargetIsNotJudged() {
        Indicator tfp = indicator("9");
        Indicator heading = indicator("12");
        result(tfp, Period.parse("2026-Q2"), "58");
        result(tfp, Period.parse("2025-Q4"), "54");
        result(heading, Q1, "Đang triển khai");
        Report r = draft(store.editor.plan());
        BodySection one = r.sections().get(0);
        assertEquals(List.of("Trong kỳ chưa có kết quả chỉ tiêu."),
                one.sections().get(one.sections().size() - 1).paragraphs(),
                "neither Quý II's nor Quý IV/2025's result; an indicator without a target is not told as reached");
        ReportAppendix table = r.appendices().get(r.appendices().size() - 1);
        assertEquals(List.of("", ""), row(table, "9").subList(4, 6));
        assertEquals(List.of("Đang triển khai", ""), row(table, "12").subList(4, 6));
    }

    @Test
    void theIndicatorsTableHeadsEachSectionOnceAndAnIndicatorWithoutANumberIsToldByItsName() {
        Plan plan = store.editor.plan();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Indicator x = plan.indicators().get(i);
            String section = i == 0 ? "" : i < 4 ? "Đến năm 2030" : "Đến năm 2045";
            indicators.add(new Indicator(x.id(), i == 5 ? "" : x.number(), x.name(), x.unit(), section, x.target()));
        }
        Indicator unnumbered = indicators.get(5);
        result(plan.indicators().get(5), Q1, "Đạt");
        Report r = draft(plan.withIndicators(indicators));
        ReportAppendix table = r.appendices().get(r.appendices().size() - 1);
        assertEquals(List.of("Đến năm 2030", "Đến năm 2045"), table.rows().stream().filter(ReportAppendix.Row::group)
                .map(row -> row.cells().get(0)).toList());
        assertFalse(table.rows().get(0).group(), "an indicator without a section has no heading");
        BodySection one = r.sections().get(0);
        List<String> lines = one.sections().get(one.sections().size() - 1).paragraphs();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("- " + unnumbered.name().strip() + ": Đạt"), lines.get(0));
    }

    @Test
    void aValueTypedWithItsPercentSignKeepsItsUnitOnce() {
        result(indicator("11"), Q1, "31%");
        result(indicator("9"), Q1, "56%");
        Report r = draft(store.editor.plan());
        BodySection one = r.sections().get(0);
        List<String> lines = one.sections().get(one.sections().size() - 1).paragraphs();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- 11. ") && l.contains(": 31% GRDP (chỉ tiêu")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- 9. ") && l.contains(": 56% (chỉ tiêu")),
                lines.toString());
    }

    @Test
    void aDocumentTheRegisterListsTwiceIsListedOnceAndOneProvingOnlyALaterQuarterNotAtAll() {
        store.register.loadSamples();
        IssuedDocument repeat = store.register.list().stream().filter(IssuedDocument::repeated).findFirst()
                .orElseThrow();
        IssuedDocument original = store.register.get(repeat.repeatOf());
        IssuedDocument march = store.register.add(IssuedDocument.of(DocumentType.KE_HOACH, "18", "KH-UBND",
                LocalDate.of(2026, 3, 15), "UBND phường Chơn Thành", "về dữ liệu số")).document();
        List<PlanTask> tasks = store.editor.plan().allTasks();
        store.tracking.record(store.editor, new ProgressEntry(tasks.get(0).id(), Q1, ProgressStatus.DONE,
                "Đã ban hành", null, "", "", "", "", List.of(original.id(), repeat.id())));
        store.tracking.record(store.editor, new ProgressEntry(tasks.get(1).id(), Period.parse("2026-Q2"),
                ProgressStatus.DONE, "Đã ban hành", null, "", "", "", "", List.of(march.id())));
        ReportAppendix documents = draft(store.editor.plan()).appendices().stream()
                .filter(a -> a.kind() == ReportAppendix.Kind.DOCUMENTS).findFirst().orElseThrow();
        assertEquals(1, documents.rows().size(), documents.rows().toString());
        assertTrue(documents.rows().get(0).cells().get(1).contains(original.citation()),
                documents.rows().get(0).toString());
    }

    @Test
    void workDoneAheadOfItsDateIsNotDueNextAndWorkWithoutALeadUnitIsListedWithoutOne() {
        Plan plan = store.editor.plan();
        List<PlanTask> dueInQ2 = store.tracking.entries(plan, Q1, Q1_END).stream()
                .filter(r -> !r.status().closed() && r.task().deadline().dueDate() != null
                        && r.task().deadline().dueDate().isAfter(Q1_END)
                        && !r.task().deadline().dueDate().isAfter(LocalDate.of(2026, 6, 30)))
                .map(TaskStatus::task).toList();
        PlanTask done = dueInQ2.get(0);
        PlanTask unled = dueInQ2.get(dueInQ2.size() - 1);
        store.tracking.record(store.editor, ProgressEntry.of(done.id(), Q1, ProgressStatus.DONE));
        store.editor.updateTask(unled.id(), "edit.leadUnits", t -> TaskFields.leadUnits(t, List.of()));
        List<String> next = allParagraphs(draft(store.editor.plan()).sections().get(1));
        assertTrue(next.stream().noneMatch(l -> l.startsWith("- " + named(done) + " (")), "done ahead: " + next);
        assertTrue(next.contains("- " + named(unled) + " (thời gian: " + unled.deadline().raw().replace('\n', ' ')
                + ")."), next.toString());
    }

    @Test
    void aPlanWithoutTrichYeuOrIssuerStillDraftsInTheOrgansName() {
        Plan plan = PlanBuilder.from(store.editor.plan()).summary("").issuer("")
                .issuingOrgan("UBND PHƯỜNG CHƠN THÀNH").build();
        Report r = draft(plan);
        assertTrue(r.introduction().get(0).contains("UBND PHƯỜNG CHƠN THÀNH"), r.introduction().get(0));
    }

    private static List<String> row(ReportAppendix t, String number) {
        return t.rows().stream().filter(r -> !r.group() && r.cells().get(0).equals(number)).findFirst().orElseThrow()
                .cells();
    }
}
