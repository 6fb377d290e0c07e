package vn.plandesk.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.report.ReportService;

/**
 * The state and commands of the report editor ({@link ReportEditorView}): the open report's header, its sections as a
 * tree listed flat with the one chosen and its paragraphs, the closing, Nơi nhận and signer, its appendices (read
 * only), and the commands that write a change through {@link ReportService#update}, each one step of the plan's undo
 * history. A sent report is shown read only; its correction is a new version. What is typed is kept before the
 * window moves on ({@link WindowContext#keepPendingEdits()}).
 */
final class ReportEditorViewModel {
    private final WindowContext context;
    private final ReportService reports;
    private final ReportWriter export;
    private final List<TextEdit<Report>> fields = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();

    private final TextEdit<Report> number = field(Report::number,
            (r, v) -> r.withNumberAndDate(v, r.symbol(), r.date()));
    private final TextEdit<Report> symbol = field(Report::symbol,
            (r, v) -> r.withNumberAndDate(r.number(), v, r.date()));
    private final TextEdit<Report> date = field(r -> r.date() == null ? "" : OfficialDate.screen(r.date()),
            (r, v) -> r.withNumberAndDate(r.number(), r.symbol(), parseDate(v)));
    private final TextEdit<Report> summary = field(Report::summary, (r, v) -> r.withText(v, r.recipients(),
            r.introduction(), r.sections(), r.closing(), r.distribution()));
    private final TextEdit<Report> recipients = field(r -> SectionRef.lines(r.recipients()),
            (r, v) -> r.withText(r.summary(), lines(v), r.introduction(), r.sections(), r.closing(),
                    r.distribution()));
    private final TextEdit<Report> introduction = field(r -> SectionRef.lines(r.introduction()),
            (r, v) -> r.withText(r.summary(), r.recipients(), lines(v), r.sections(), r.closing(),
                    r.distribution()));
    private final TextEdit<Report> closing = field(r -> SectionRef.lines(r.closing()),
            (r, v) -> r.withText(r.summary(), r.recipients(), r.introduction(), r.sections(), lines(v),
                    r.distribution()));
    private final TextEdit<Report> distribution = field(r -> SectionRef.lines(r.distribution()),
            (r, v) -> r.withText(r.summary(), r.recipients(), r.introduction(), r.sections(), r.closing(),
                    lines(v)));
    private final TextEdit<Report> signerAuthority = field(r -> SectionRef.lines(r.signer().authority()),
            (r, v) -> r.withSigner(new Signer(lines(v), r.signer().title(), r.signer().name())));
    private final TextEdit<Report> signerTitle = field(r -> r.signer().title(),
            (r, v) -> r.withSigner(new Signer(r.signer().authority(), v, r.signer().name())));
    private final TextEdit<Report> signerName = field(r -> r.signer().name(),
            (r, v) -> r.withSigner(new Signer(r.signer().authority(), r.signer().title(), v)));

    private final ObservableList<SectionRef> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SectionRef> section = new ReadOnlyObjectWrapper<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    /** The paragraph chosen in the section, -1 when none. */
    private final IntegerProperty paragraph = new SimpleIntegerProperty(-1);
    private final StringProperty paragraphText = new SimpleStringProperty("");
    private final ObservableList<ReportAppendix> appendices = FXCollections.observableArrayList();
    private final Consumer<Plan> onEdit = p -> reload();
    private boolean loading;

    ReportEditorViewModel(WindowContext context, ReportService reports, ReportWriter export) {
        this.context = context;
        this.reports = reports;
        this.export = export;
        context.addPendingEdit(this::keepTyped);
        // an undo or redo of a report's edit leaves the plan as it was: the editor tells it, the plan property not
        context.editorProperty().addListener((o, old, e) -> {
            if (old != null) {
                old.removeListener(onEdit);
            }
            if (e != null) {
                e.addListener(onEdit);
            }
            if (old != null && e != null && !Objects.equals(old.plan().id(), e.plan().id())) {
                open((Report) null);
            }
        });
        if (context.editor() != null) {
            context.editor().addListener(onEdit);
        }
    }

    private TextEdit<Report> field(Function<Report, String> value, BiFunction<Report, String, Report> change) {
        TextEdit<Report> f = new TextEdit<>(() -> loading || report.get() == null || report.get().sent() ? null
                : report.get(), value, change, this::update);
        fields.add(f);
        return f;
    }

    // ---- what the view shows

    ReadOnlyObjectProperty<Report> report() {
        return report.getReadOnlyProperty();
    }

    /** True when no report is open or the open one was sent: it is kept as sent. */
    ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    /** The last refusal as the officer reads it; empty when none. */
    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** True while a file of the report is written. */
    ReadOnlyBooleanProperty exporting() {
        return exporting.getReadOnlyProperty();
    }

    TextEdit<Report> number() {
        return number;
    }

    TextEdit<Report> symbol() {
        return symbol;
    }

    /** The date of issue as typed, dd/MM/yyyy. */
    TextEdit<Report> date() {
        return date;
    }

    TextEdit<Report> summary() {
        return summary;
    }

    TextEdit<Report> recipients() {
        return recipients;
    }

    TextEdit<Report> introduction() {
        return introduction;
    }

    TextEdit<Report> closing() {
        return closing;
    }

    TextEdit<Report> distribution() {
        return distribution;
    }

    TextEdit<Report> signerAuthority() {
        return signerAuthority;
    }

    TextEdit<Report> signerTitle() {
        return signerTitle;
    }

    TextEdit<Report> signerName() {
        return signerName;
    }

    /** The sections, each after its parent. */
    ObservableList<SectionRef> sections() {
        return sections;
    }

    ReadOnlyObjectProperty<SectionRef> section() {
        return section.getReadOnlyProperty();
    }

    StringProperty heading() {
        return heading;
    }

    /** The chosen section's own paragraphs and bullet lines ("- …"), in order. */
    ObservableList<String> paragraphs() {
        return paragraphs;
    }

    IntegerProperty paragraph() {
        return paragraph;
    }

    /** The chosen paragraph's text as typed. */
    StringProperty paragraphText() {
        return paragraphText;
    }

    ObservableList<ReportAppendix> appendices() {
        return appendices;
    }

    // ---- opening

    /** Opens a stored report (null closes the editor). */
    void open(Long id) {
        open(id == null ? null : reports.report(id).orElse(null));
    }

    void open(Report r) {
        keepTyped();
        problem.set("");
        show(r, null, -1);
    }

    /** Reads the open report again from the store (after an undo or redo): gone when its drafting was undone. */
    private void reload() {
        Report r = report.get();
        if (r == null || loading) {
            return;
        }
        Report now = reports.report(r.id()).orElse(null);
        if (!Objects.equals(now, r)) {
            SectionRef s = section.get();
            show(now, s == null ? null : s.path(), paragraph.get());
        }
    }

    private void show(Report r, List<Integer> sectionPath, int paragraphIndex) {
        boolean was = loading;
        loading = true;
        try {
            report.set(r);
            readOnly.set(r == null || r.sent());
            fields.forEach(f -> f.load(r));
            List<SectionRef> all = r == null ? List.of() : SectionRef.flatten(r.sections());
            // the tree is built again only when the sections changed, so a click in it is not lost to a rebuild
            if (!all.equals(sections)) {
                sections.setAll(all);
            }
            if (r == null || !r.appendices().equals(appendices)) {
                appendices.setAll(r == null ? List.of() : r.appendices());
            }
            SectionRef chosen = sectionPath == null ? null
                    : all.stream().filter(s -> s.path().equals(sectionPath)).findFirst().orElse(null);
            choose(chosen, paragraphIndex);
        } finally {
            loading = was;
        }
    }

    // ---- choosing

    /** Shows a section's heading and paragraphs for editing (null: none), what was typed in the last one kept. */
    void selectSection(SectionRef s) {
        if (s != null && s.equals(section.get())) {
            return;
        }
        keepSection();
        SectionRef now = s == null ? null
                : sections.stream().filter(x -> x.path().equals(s.path())).findFirst().orElse(null);
        choose(now, -1);
    }

    private void choose(SectionRef s, int paragraphIndex) {
        boolean was = loading;
        loading = true;
        try {
            section.set(s);
            heading.set(s == null ? "" : s.section().heading());
            List<String> ps = s == null ? List.of() : s.section().paragraphs();
            if (!ps.equals(paragraphs)) {
                paragraphs.setAll(ps);
            }
            int p = paragraphIndex >= ps.size() ? ps.size() - 1 : paragraphIndex;
            paragraph.set(p);
            paragraphText.set(p < 0 ? "" : ps.get(p));
        } finally {
            loading = was;
        }
    }

    /** Chooses a paragraph of the section for editing, what was typed in the last one kept. */
    void selectParagraph(int index) {
        if (index == paragraph.get()) {
            return;
        }
        keepParagraph();
        boolean was = loading;
        loading = true;
        try {
            int i = index < 0 || index >= paragraphs.size() ? -1 : index;
            paragraph.set(i);
            paragraphText.set(i < 0 ? "" : paragraphs.get(i));
        } finally {
            loading = was;
        }
    }

    // ---- commands

    /** What each field holds when it differs from the report, kept: the editor's pending edit. */
    void keepTyped() {
        if (loading || report.get() == null || report.get().sent()) {
            return;
        }
        // each kept field shows the report again: read them all before keeping the first
        List<String> typed = fields.stream().map(f -> f.text().get()).toList();
        SectionRef s = section.get();
        String h = heading.get();
        int p = paragraph.get();
        String pt = paragraphText.get();
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).keep(typed.get(i));
        }
        keepSection(s, h, p, pt);
    }

    /** Writes the chosen section's heading and chosen paragraph as typed, unless they are unchanged. */
    void keepSection() {
        keepSection(section.get(), heading.get(), paragraph.get(), paragraphText.get());
    }

    /** The same: a paragraph is kept when the officer leaves it. */
    void keepParagraph() {
        keepSection();
    }

    private void keepSection(SectionRef s, String typedHeading, int p, String typedParagraph) {
        if (loading || s == null || report.get() == null || report.get().sent()) {
            return;
        }
        List<String> ps = new ArrayList<>(s.section().paragraphs());
        if (p >= 0 && p < ps.size()) {
            ps.set(p, Text.nfc(typedParagraph == null ? "" : typedParagraph).strip());
        }
        changeSection(s, new BodySection(typedHeading, ps, s.section().sections()), p);
    }

    /** "Thêm đoạn" / "Thêm dòng": a new paragraph (or bullet line "- ") after the chosen one, chosen. */
    void addParagraph(boolean bullet) {
        SectionRef s = current();
        if (s == null) {
            return;
        }
        List<String> ps = new ArrayList<>(s.section().paragraphs());
        int at = paragraph.get() < 0 ? ps.size() : paragraph.get() + 1;
        ps.add(at, Messages.get(bullet ? "reports.editor.newBullet" : "reports.editor.newParagraph"));
        changeSection(s, new BodySection(s.section().heading(), ps, s.section().sections()), at);
    }

    /** "Xóa đoạn": the chosen paragraph out. */
    void removeParagraph() {
        SectionRef s = current();
        int p = paragraph.get();
        if (s == null || p < 0 || p >= s.section().paragraphs().size()) {
            return;
        }
        List<String> ps = new ArrayList<>(s.section().paragraphs());
        ps.remove(p);
        changeSection(s, new BodySection(s.section().heading(), ps, s.section().sections()),
                Math.min(p, ps.size() - 1));
    }

    /** "Lên" / "Xuống": the chosen paragraph one place up (-1) or down (+1), still chosen. */
    void moveParagraph(int delta) {
        SectionRef s = current();
        int p = paragraph.get();
        if (s == null || p < 0) {
            return;
        }
        int to = p + delta;
        List<String> ps = new ArrayList<>(s.section().paragraphs());
        if (to < 0 || to >= ps.size()) {
            return;
        }
        ps.add(to, ps.remove(p));
        changeSection(s, new BodySection(s.section().heading(), ps, s.section().sections()), to);
    }

    /** "Thêm mục con": a new sub-section at the end of the chosen section, chosen. */
    void addSubsection() {
        SectionRef s = current();
        if (s == null) {
            return;
        }
        List<BodySection> subs = new ArrayList<>(s.section().sections());
        subs.add(new BodySection(Messages.get("reports.editor.newSection"), List.of()));
        List<Integer> path = new ArrayList<>(s.path());
        path.add(subs.size() - 1);
        if (update(r -> r.withSections(SectionRef.replace(r.sections(), s.path(),
                new BodySection(s.section().heading(), s.section().paragraphs(), subs))))) {
            sections.stream().filter(x -> x.path().equals(path)).findFirst().ifPresent(x -> choose(x, -1));
        }
    }

    /** The chosen section after keeping what was typed in it, or null when nothing can be changed. */
    private SectionRef current() {
        if (report.get() == null || report.get().sent()) {
            return null;
        }
        keepSection();
        return section.get();
    }

    private void changeSection(SectionRef s, BodySection changed, int choose) {
        if (changed.equals(s.section())) {
            return;
        }
        if (update(r -> r.withSections(SectionRef.replace(r.sections(), s.path(), changed)))) {
            sections.stream().filter(x -> x.path().equals(s.path())).findFirst().ifPresent(x -> choose(x, choose));
        }
    }

    /** Whether marking sent needs the number or date still: the view asks for them first. */
    boolean needsNumberAndDate() {
        Report r = report.get();
        return r != null && (r.number().isEmpty() || r.date() == null);
    }

    /** "Đánh dấu đã gửi" with the number and date given (kept first when they differ); read only from then on. */
    boolean markSent(String typedNumber, String typedDate) {
        Report r = report.get();
        if (r == null || r.sent()) {
            return false;
        }
        keepTyped();
        r = report.get();
        String n = Text.nfc(typedNumber == null ? "" : typedNumber).strip();
        LocalDate d;
        try {
            d = parseDate(typedDate);
        } catch (PlanDeskException e) {
            problem.set(Messages.of(e));
            return false;
        }
        if (n.isEmpty() || d == null) {
            problem.set(Messages.get("reports.editor.needsNumber"));
            return false;
        }
        long id = r.id();
        // numbered, dated and sent in one step, undone as one
        return run("reports.done.sent", e -> show(reports.markSent(e, id, n, d), null, -1));
    }

    /** "Đánh dấu đã gửi" with the number and date the report has. */
    boolean markSent() {
        Report r = report.get();
        return r != null && markSent(r.number(), r.date() == null ? "" : OfficialDate.screen(r.date()));
    }

    /** "Lập bản sửa đổi": a new draft of the next version beside the sent report, opened. */
    boolean correct() {
        Report r = report.get();
        if (r == null || !r.sent()) {
            return false;
        }
        long id = r.id();
        return run("reports.done.corrected", e -> show(reports.correct(e, id), null, -1));
    }

    /**
     * "In PDF…" / "Xuất Word…": writes the report as it is now (what is typed kept first) to a file off the FX thread;
     * {@code then} runs on the FX thread once it is written.
     */
    void export(Path file, Runnable then) {
        keepTyped();
        Report r = report.get();
        if (r == null || file == null) {
            return;
        }
        exporting.set(true);
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() {
                updateProgress(-1, 1);
                export.export(r, file);
                return null;
            }
        };
        write.setOnSucceeded(e -> {
            exporting.set(false);
            context.statusProperty().set(Messages.get("reports.done.exported", file.getFileName()));
            then.run();
        });
        // the worker tells a failure here, in the editor's own line, instead of the window's alert
        context.background().run(write, t -> {
            exporting.set(false);
            problem.set(t instanceof PlanDeskException p ? Messages.of(p)
                    : Messages.get("reports.exportFailed", file.getFileName()));
        });
    }

    /** Writes a changed report as one step of the plan's undo history; a refusal is told in a sentence. */
    private boolean update(UnaryOperator<Report> change) {
        Report r = report.get();
        if (r == null) {
            return false;
        }
        Report changed;
        try {
            changed = change.apply(r);
        } catch (PlanDeskException e) {
            problem.set(Messages.of(e));
            return false;
        }
        if (changed.equals(r)) {
            return true;
        }
        SectionRef s = section.get();
        int p = paragraph.get();
        return run("reports.done.edited", e -> show(reports.update(e, changed), s == null ? null : s.path(), p));
    }

    private boolean run(String doneKey, Consumer<PlanEditor> work) {
        PlanEditor editor = context.editor();
        if (editor == null) {
            return false;
        }
        boolean was = loading;
        loading = true;
        try {
            work.accept(editor);
            problem.set("");
            context.statusProperty().set(Messages.get(doneKey));
            return true;
        } catch (PlanDeskException e) {
            problem.set(Messages.of(e));
            return false;
        } finally {
            loading = was;
        }
    }

    private static List<String> lines(String typed) {
        return SectionRef.split(typed).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A date as the officer types it (dd/MM/yyyy); blank is no date. */
    static LocalDate parseDate(String typed) {
        String t = Text.nfc(typed == null ? "" : typed).strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t, OfficialDate.SCREEN);
        } catch (DateTimeParseException e) {
            throw new PlanDeskException("reports.editor.badDate", t);
        }
    }
}
