package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;
import vn.plandesk.service.Messages;

/**
 * The state and commands of the plan's details ({@link PlanDetailsView}): each field of the open plan as a property,
 * the body's sections as a flat list with the one chosen, and the commands that write a change through the plan's
 * editor, each one undoable edit. What is typed is kept before the window moves on
 * ({@link WindowContext#keepPendingEdits()}).
 */
final class PlanDetailsViewModel {
    private final WindowContext context;
    private final List<TextEdit<Plan>> fields = new ArrayList<>();
    private final TextEdit<Plan> number = field(Plan::number, (p, v) -> PlanBuilder.from(p).number(v).build());
    private final TextEdit<Plan> symbol = field(Plan::symbol, (p, v) -> PlanBuilder.from(p).symbol(v).build());
    private final TextEdit<Plan> locality = field(Plan::locality, (p, v) -> PlanBuilder.from(p).locality(v).build());
    private final TextEdit<Plan> parentOrgan = field(Plan::parentOrgan,
            (p, v) -> PlanBuilder.from(p).parentOrgan(v).build());
    private final TextEdit<Plan> issuingOrgan = field(Plan::issuingOrgan,
            (p, v) -> PlanBuilder.from(p).issuingOrgan(v).build());
    private final TextEdit<Plan> issuer = field(Plan::issuer, (p, v) -> PlanBuilder.from(p).issuer(v).build());
    private final TextEdit<Plan> documentType = field(Plan::documentType,
            (p, v) -> PlanBuilder.from(p).documentType(v).build());
    private final TextEdit<Plan> summary = field(Plan::summary, (p, v) -> PlanBuilder.from(p).summary(v).build());
    private final TextEdit<Plan> legalBases = field(p -> SectionRef.lines(p.legalBases()),
            (p, v) -> PlanBuilder.from(p).legalBases(SectionRef.split(v)).build());
    private final TextEdit<Plan> introduction = field(p -> SectionRef.lines(p.introduction()),
            (p, v) -> PlanBuilder.from(p).introduction(SectionRef.split(v)).build());
    private final TextEdit<Plan> recipients = field(p -> SectionRef.lines(p.recipients()),
            (p, v) -> PlanBuilder.from(p).recipients(SectionRef.split(v)).build());
    private final TextEdit<Plan> signerAuthority = field(p -> SectionRef.lines(p.signer().authority()),
            (p, v) -> PlanBuilder.from(p)
                    .signer(new Signer(SectionRef.split(v), p.signer().title(), p.signer().name())).build());
    private final TextEdit<Plan> signerTitle = field(p -> p.signer().title(),
            (p, v) -> PlanBuilder.from(p).signer(new Signer(p.signer().authority(), v, p.signer().name())).build());
    private final TextEdit<Plan> signerName = field(p -> p.signer().name(),
            (p, v) -> PlanBuilder.from(p).signer(new Signer(p.signer().authority(), p.signer().title(), v)).build());
    private final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<NumberingScheme> numbering = new SimpleObjectProperty<>();
    private final ObservableList<SectionRef> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SectionRef> section = new ReadOnlyObjectWrapper<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty paragraphs = new SimpleStringProperty("");
    private boolean loading;

    PlanDetailsViewModel(WindowContext context) {
        this.context = context;
        context.planProperty().addListener((o, old, p) -> load());
        context.addPendingEdit(this::keepTyped);
        load();
    }

    private TextEdit<Plan> field(Function<Plan, String> value, BiFunction<Plan, String, Plan> change) {
        TextEdit<Plan> f = new TextEdit<>(() -> loading ? null : context.plan(), value, change, this::update);
        fields.add(f);
        return f;
    }

    /** What each field holds when it differs from the plan, kept: the page's pending edit. */
    void keepTyped() {
        // each kept field reloads the page from the plan: read them all before keeping the first
        List<String> typed = fields.stream().map(f -> f.text().get()).toList();
        SectionRef s = section.get();
        String h = heading.get();
        String ps = paragraphs.get();
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).keep(typed.get(i));
        }
        keepSection(s, h, ps);
    }

    /** Writes the plan's date as chosen, unless the plan has it. */
    void keepDate(LocalDate d) {
        if (!loading && context.plan() != null && !Objects.equals(d, context.plan().issueDate())) {
            update(p -> PlanBuilder.from(p).issueDate(d).build());
        }
    }

    /** Writes the numbering scheme chosen, unless the plan has it. */
    void keepNumbering(NumberingScheme s) {
        if (!loading && s != null && context.plan() != null && s != context.plan().numbering()) {
            update(p -> PlanBuilder.from(p).numbering(s).build());
        }
    }

    private boolean update(UnaryOperator<Plan> change) {
        return context.edit("edit.details", () -> context.editor().updateDetails("edit.details", change));
    }

    private void load() {
        Plan plan = context.plan();
        if (plan == null) {
            return;
        }
        loading = true;
        try {
            fields.forEach(f -> f.load(plan));
            issueDate.set(plan.issueDate());
            numbering.set(plan.numbering());
            SectionRef sel = section.get();
            List<SectionRef> all = SectionRef.flatten(plan.sections());
            sections.setAll(all);
            select(sel == null ? null : all.stream().filter(s -> s.path().equals(sel.path())).findFirst().orElse(null));
        } finally {
            loading = false;
        }
    }

    /** Shows a section's heading and paragraphs for editing (null: none). */
    void select(SectionRef s) {
        boolean was = loading;
        loading = true;
        try {
            section.set(s);
            heading.set(s == null ? "" : s.section().heading());
            paragraphs.set(s == null ? "" : SectionRef.lines(s.section().paragraphs()));
        } finally {
            loading = was;
        }
    }

    /** "Thêm phần": a new section after the chosen one, at its level (at the end when none is chosen), chosen. */
    void addSection() {
        if (context.plan() == null) {
            return;
        }
        keepSection();
        SectionRef s = section.get();
        List<Integer> at = new ArrayList<>(s == null ? List.of(context.plan().sections().size() - 1) : s.path());
        at.set(at.size() - 1, at.get(at.size() - 1) + 1);
        BodySection fresh = new BodySection(Messages.get("details.section.newHeading"), List.of());
        if (update(p -> PlanBuilder.from(p).sections(SectionRef.insert(p.sections(), at, fresh)).build())) {
            sections.stream().filter(r -> r.path().equals(at)).findFirst().ifPresent(this::select);
        }
    }

    /** "Xóa phần": the chosen section out, with everything under it, as one edit. */
    void removeSection() {
        SectionRef s = section.get();
        if (s == null || context.plan() == null) {
            return;
        }
        update(p -> PlanBuilder.from(p).sections(SectionRef.insert(p.sections(), s.path(), null)).build());
    }

    /** Writes the chosen section's heading and paragraphs as typed, unless they are unchanged. */
    void keepSection() {
        keepSection(section.get(), heading.get(), paragraphs.get());
    }

    private void keepSection(SectionRef s, String typedHeading, String typedParagraphs) {
        if (loading || s == null || context.plan() == null) {
            return;
        }
        BodySection changed = new BodySection(typedHeading, SectionRef.split(typedParagraphs), s.section().sections());
        if (changed.equals(s.section())) {
            return;
        }
        update(p -> PlanBuilder.from(p).sections(SectionRef.replace(p.sections(), s.path(), changed)).build());
    }

    TextEdit<Plan> number() {
        return number;
    }

    TextEdit<Plan> symbol() {
        return symbol;
    }

    TextEdit<Plan> locality() {
        return locality;
    }

    TextEdit<Plan> parentOrgan() {
        return parentOrgan;
    }

    TextEdit<Plan> issuingOrgan() {
        return issuingOrgan;
    }

    TextEdit<Plan> issuer() {
        return issuer;
    }

    TextEdit<Plan> documentType() {
        return documentType;
    }

    TextEdit<Plan> summary() {
        return summary;
    }

    TextEdit<Plan> legalBases() {
        return legalBases;
    }

    TextEdit<Plan> introduction() {
        return introduction;
    }

    TextEdit<Plan> recipients() {
        return recipients;
    }

    TextEdit<Plan> signerAuthority() {
        return signerAuthority;
    }

    TextEdit<Plan> signerTitle() {
        return signerTitle;
    }

    TextEdit<Plan> signerName() {
        return signerName;
    }

    /** The plan's date; {@link #keepDate} writes a new one. */
    ObjectProperty<LocalDate> issueDateProperty() {
        return issueDate;
    }

    /** The plan's numbering scheme; {@link #keepNumbering} writes a new one. */
    ObjectProperty<NumberingScheme> numberingProperty() {
        return numbering;
    }

    List<NumberingScheme> schemes() {
        return List.of(NumberingScheme.values());
    }

    /** The body's sections, each after its parent. */
    ObservableList<SectionRef> sections() {
        return sections;
    }

    /** The section chosen for editing, or null. */
    ReadOnlyObjectProperty<SectionRef> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    StringProperty headingProperty() {
        return heading;
    }

    StringProperty paragraphsProperty() {
        return paragraphs;
    }
}
