package vn.plandesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan (Kế hoạch) with its body and appendices. Number, symbol and date may be blank in a draft: they are printed as
 * blanks to fill by hand.
 *
 * @param id             the store's key; null outside the store
 * @param kind           province, ward/commune, department
 * @param parentOrgan    the organ above the issuer, printed above it (often blank)
 * @param issuingOrgan   the issuer as the header prints it, lines separated by \n ("ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH")
 * @param issuer         the issuer as documents cite it ("UBND tỉnh Đồng Nai", "UBND phường Chơn Thành")
 * @param locality       the place in "Chơn Thành, ngày … tháng … năm …"
 * @param number         "92", blank in a draft
 * @param symbol         "KH-UBND"
 * @param issueDate      null in a draft
 * @param documentType   "KẾ HOẠCH"
 * @param summary        the trích yếu
 * @param legalBases     the "Căn cứ …" paragraphs, in order
 * @param introduction   paragraphs between the legal bases and the first section ("UBND phường ban hành Kế hoạch…",
 *                       or the 2026 plan's "Thực hiện Nghị quyết số 11/NQ-CP…")
 * @param sections       the body's sections I, II, …
 * @param recipients     "Nơi nhận", one per line, the last "Lưu: VT, …"
 * @param signer         the signature block
 * @param parentPlan     the plan this one derives from
 * @param replacesPlan   the plan this one replaces
 * @param numbering      how the tasks are numbered
 * @param appendixTitles the appendices' titles, in order (tasks first, then indicators)
 * @param groups         the seven task groups, I–VII
 * @param indicators     the indicators table, in order
 * @param partial        only part of the plan is known (KH 92 as far as the ward plan cites it)
 */
public record Plan(Long id, PlanKind kind, String parentOrgan, String issuingOrgan, String issuer, String locality,
                   String number, String symbol, LocalDate issueDate, String documentType, String summary,
                   List<String> legalBases, List<String> introduction, List<BodySection> sections,
                   List<String> recipients, Signer signer, PlanRef parentPlan, PlanRef replacesPlan,
                   NumberingScheme numbering, List<String> appendixTitles, List<TaskGroup> groups,
                   List<Indicator> indicators, boolean partial) {

    public Plan {
        kind = kind == null ? PlanKind.PROVINCE : kind;
        parentOrgan = Text.nfc(parentOrgan).strip();
        issuingOrgan = Text.nfc(issuingOrgan).strip();
        issuer = Text.nfc(issuer).strip();
        locality = Text.nfc(locality).strip();
        number = Text.nfc(number).strip();
        symbol = Text.nfc(symbol).strip();
        documentType = Text.nfc(documentType).strip();
        summary = Text.nfc(summary).strip();
        legalBases = Text.nfcList(legalBases);
        introduction = Text.nfcList(introduction);
        sections = Text.copy(sections);
        recipients = Text.nfcList(recipients);
        signer = signer == null ? Signer.empty() : signer;
        numbering = numbering == null ? NumberingScheme.CONTINUOUS : numbering;
        appendixTitles = Text.nfcList(appendixTitles);
        groups = Text.copy(groups);
        indicators = Text.copy(indicators);
    }

    /**
     * Every component, compared as the record's own equals compares them. Written out because a record's generated
     * equals is linked through invokedynamic at its first call, which cost the window's start about 9 ms of the FX
     * thread for this many components: the window's plan property compares each plan it is given with the one it held.
     * {@code RecordEqualsTest} checks that each component counts; the record's own hashCode agrees with this.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Plan o)) {
            return false;
        }
        // no identity check of its own: each component's equals has one, so a record compared with itself is quick
        return partial == o.partial && Objects.equals(id, o.id) && kind == o.kind && Objects.equals(number, o.number)
                && Objects.equals(symbol, o.symbol) && Objects.equals(issueDate, o.issueDate)
                && Objects.equals(issuer, o.issuer) && Objects.equals(parentOrgan, o.parentOrgan)
                && Objects.equals(issuingOrgan, o.issuingOrgan) && Objects.equals(locality, o.locality)
                && Objects.equals(documentType, o.documentType) && Objects.equals(summary, o.summary)
                && Objects.equals(legalBases, o.legalBases) && Objects.equals(introduction, o.introduction)
                && Objects.equals(sections, o.sections) && Objects.equals(recipients, o.recipients)
                && Objects.equals(signer, o.signer) && Objects.equals(parentPlan, o.parentPlan)
                && Objects.equals(replacesPlan, o.replacesPlan) && numbering == o.numbering
                && Objects.equals(appendixTitles, o.appendixTitles) && Objects.equals(groups, o.groups)
                && Objects.equals(indicators, o.indicators);
    }

    /** The plan's identity as other documents cite it. */
    public PlanRef ref() {
        return new PlanRef(number, symbol, issueDate, issuer);
    }

    public Optional<TaskGroup> group(int groupNumber) {
        return groups.stream().filter(g -> g.number() == groupNumber).findFirst();
    }

    /** Tasks and sub-tasks of every group. */
    public int taskCount() {
        return groups.stream().mapToInt(TaskGroup::taskCount).sum();
    }

    /** Every task and sub-task, group by group, parents before their sub-tasks. */
    public List<PlanTask> allTasks() {
        List<PlanTask> all = new ArrayList<>();
        for (TaskGroup g : groups) {
            for (PlanTask t : g.tasks()) {
                all.add(t);
                all.addAll(t.subTasks());
            }
        }
        return all;
    }

    public Plan withId(Long newId) {
        return new Plan(newId, kind, parentOrgan, issuingOrgan, issuer, locality, number, symbol, issueDate,
                documentType, summary, legalBases, introduction, sections, recipients, signer, parentPlan,
                replacesPlan, numbering, appendixTitles, groups, indicators, partial);
    }

    public Plan withGroups(List<TaskGroup> newGroups) {
        return new Plan(id, kind, parentOrgan, issuingOrgan, issuer, locality, number, symbol, issueDate,
                documentType, summary, legalBases, introduction, sections, recipients, signer, parentPlan,
                replacesPlan, numbering, appendixTitles, newGroups, indicators, partial);
    }

    public Plan withIndicators(List<Indicator> newIndicators) {
        return new Plan(id, kind, parentOrgan, issuingOrgan, issuer, locality, number, symbol, issueDate,
                documentType, summary, legalBases, introduction, sections, recipients, signer, parentPlan,
                replacesPlan, numbering, appendixTitles, groups, newIndicators, partial);
    }

    /** The same plan with no store keys anywhere, as an exchange file carries it. */
    public Plan withoutIds() {
        List<TaskGroup> gs = new ArrayList<>();
        for (TaskGroup g : groups) {
            gs.add(g.withTasks(g.tasks().stream().map(PlanTask::withoutIds).toList()));
        }
        return withId(null).withGroups(gs).withIndicators(indicators.stream().map(i -> i.withId(null)).toList());
    }
}
