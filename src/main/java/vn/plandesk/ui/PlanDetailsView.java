package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;
import vn.plandesk.service.Messages;

/**
 * The plan's own details: organ, number, symbol and date, locality, summary, legal bases, sections, recipients and
 * signer. Each field is kept when left, and before the window shows another page or plan or closes, as one undoable
 * edit.
 */
final class PlanDetailsView extends ScrollPane {
    /** A section of the body and where it stands: indexes from the top level down. */
    private record SectionRef(List<Integer> path, BodySection section) {
    }

    private final WindowContext context;
    private final List<Runnable> loaders = new ArrayList<>();
    /** Keeps what each field holds when it differs from the plan: this page's pending edit. */
    private final List<Runnable> keepers = new ArrayList<>();
    private final ListView<SectionRef> sections = new ListView<>();
    private final TextField heading = new TextField();
    private final TextArea paragraphs = new TextArea();
    private boolean loading;

    PlanDetailsView(WindowContext context) {
        this.context = context;
        setId("plan-details");
        setFitToWidth(true);
        VBox box = new VBox();
        box.getStyleClass().add("form-box");
        Label title = new Label(Messages.get("details.title"));
        title.getStyleClass().add("group-title");
        GridPane top = new GridPane();
        top.getStyleClass().add("form-grid");
        top.addRow(0, label("details.number"), text("details-number", Plan::number, (p, v) -> PlanBuilder.from(p).number(v).build()),
                label("details.symbol"), text("details-symbol", Plan::symbol, (p, v) -> PlanBuilder.from(p).symbol(v).build()));
        DatePicker date = new DatePicker();
        date.setId("details-date");
        date.setOnAction(e -> {
            if (!loading && context.plan() != null && !java.util.Objects.equals(date.getValue(), context.plan().issueDate())) {
                LocalDate d = date.getValue();
                context.edit("edit.details", () -> context.editor().updateDetails("edit.details", p -> PlanBuilder.from(p).issueDate(d).build()));
            }
        });
        loaders.add(() -> date.setValue(context.plan().issueDate()));
        keepers.add(() -> TaskDetailForm.keepTypedDate(date));
        top.addRow(1, label("details.date"), date, label("details.locality"),
                text("details-locality", Plan::locality, (p, v) -> PlanBuilder.from(p).locality(v).build()));
        ComboBox<NumberingScheme> numbering = new ComboBox<>();
        numbering.getItems().addAll(NumberingScheme.values());
        numbering.setButtonCell(new SchemeCell());
        numbering.setCellFactory(l -> new SchemeCell());
        numbering.setOnAction(e -> {
            NumberingScheme s = numbering.getValue();
            if (!loading && s != null && context.plan() != null && s != context.plan().numbering()) {
                context.edit("edit.details", () -> context.editor().updateDetails("edit.details", p -> PlanBuilder.from(p).numbering(s).build()));
            }
        });
        loaders.add(() -> numbering.setValue(context.plan().numbering()));

        sections.setId("details-sections");
        sections.setPlaceholder(FxLocalization.emptyPlaceholder());
        sections.setPrefHeight(12 * javafx.scene.text.Font.getDefault().getSize());
        sections.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SectionRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "  ".repeat(item.path().size() - 1) + item.section().heading());
            }
        });
        sections.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> showSection(s));
        heading.setId("details-section-heading");
        paragraphs.setId("details-section-paragraphs");
        paragraphs.setWrapText(true);
        paragraphs.setPrefRowCount(6);
        heading.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                keepSection();
            }
        });
        paragraphs.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                keepSection();
            }
        });
        keepers.add(this::keepSection);

        box.getChildren().addAll(title, top,
                field("details.numbering", numbering),
                field("details.parentOrgan", text("details-parentOrgan", Plan::parentOrgan, (p, v) -> PlanBuilder.from(p).parentOrgan(v).build())),
                field("details.issuingOrgan", area("details-issuingOrgan", 2, p -> p.issuingOrgan(), (p, v) -> PlanBuilder.from(p).issuingOrgan(v).build())),
                field("details.issuer", text("details-issuer", Plan::issuer, (p, v) -> PlanBuilder.from(p).issuer(v).build())),
                field("details.documentType", text("details-documentType", Plan::documentType, (p, v) -> PlanBuilder.from(p).documentType(v).build())),
                field("details.summary", area("details-summary", 3, Plan::summary, (p, v) -> PlanBuilder.from(p).summary(v).build())),
                field("details.legalBases", area("details-legalBases", 5, p -> lines(p.legalBases()), (p, v) -> PlanBuilder.from(p).legalBases(split(v)).build())),
                field("details.introduction", area("details-introduction", 3, p -> lines(p.introduction()), (p, v) -> PlanBuilder.from(p).introduction(split(v)).build())),
                field("details.sections", sections),
                sectionButtons(),
                field("details.section.heading", heading),
                field("details.section.paragraphs", paragraphs),
                field("details.recipients", area("details-recipients", 4, p -> lines(p.recipients()), (p, v) -> PlanBuilder.from(p).recipients(split(v)).build())),
                field("details.signerAuthority", area("details-signerAuthority", 2, p -> lines(p.signer().authority()),
                        (p, v) -> PlanBuilder.from(p).signer(new Signer(split(v), p.signer().title(), p.signer().name())).build())),
                field("details.signerTitle", text("details-signerTitle", p -> p.signer().title(),
                        (p, v) -> PlanBuilder.from(p).signer(new Signer(p.signer().authority(), v, p.signer().name())).build())),
                field("details.signerName", text("details-signerName", p -> p.signer().name(),
                        (p, v) -> PlanBuilder.from(p).signer(new Signer(p.signer().authority(), p.signer().title(), v)).build())));
        setContent(box);
        context.planProperty().addListener((o, old, p) -> load());
        context.addPendingEdit(() -> keepers.forEach(Runnable::run));
        load();
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private static Node field(String key, Node control) {
        VBox v = new VBox(label(key), control);
        v.getStyleClass().add("form-field");
        return v;
    }

    private TextField text(String id, Function<Plan, String> value, BiFunction<Plan, String, Plan> change) {
        TextField f = new TextField();
        f.setId(id);
        bind(f, value, change);
        f.setOnAction(e -> keep(f, value, change));
        return f;
    }

    private TextArea area(String id, int rows, Function<Plan, String> value, BiFunction<Plan, String, Plan> change) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        bind(a, value, change);
        return a;
    }

    private void bind(TextInputControl f, Function<Plan, String> value, BiFunction<Plan, String, Plan> change) {
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                keep(f, value, change);
            }
        });
        keepers.add(() -> keep(f, value, change));
        loaders.add(() -> {
            String v = value.apply(context.plan());
            if (!v.equals(f.getText())) {
                f.setText(v);
            }
        });
    }

    private void keep(TextInputControl f, Function<Plan, String> value, BiFunction<Plan, String, Plan> change) {
        Plan p = context.plan();
        if (loading || p == null) {
            return;
        }
        String v = f.getText() == null ? "" : f.getText();
        if (Text.nfc(v).strip().equals(value.apply(p))) {
            return;
        }
        context.edit("edit.details", () -> context.editor().updateDetails("edit.details", x -> change.apply(x, v)));
    }

    private void load() {
        if (context.plan() == null) {
            return;
        }
        loading = true;
        try {
            loaders.forEach(Runnable::run);
            SectionRef sel = sections.getSelectionModel().getSelectedItem();
            List<SectionRef> all = new ArrayList<>();
            flatten(context.plan().sections(), List.of(), all);
            sections.getItems().setAll(all);
            if (sel != null) {
                all.stream().filter(s -> s.path().equals(sel.path())).findFirst()
                        .ifPresent(s -> sections.getSelectionModel().select(s));
            }
            showSection(sections.getSelectionModel().getSelectedItem());
        } finally {
            loading = false;
        }
    }

    private static void flatten(List<BodySection> list, List<Integer> path, List<SectionRef> out) {
        for (int i = 0; i < list.size(); i++) {
            List<Integer> p = new ArrayList<>(path);
            p.add(i);
            out.add(new SectionRef(List.copyOf(p), list.get(i)));
            flatten(list.get(i).sections(), p, out);
        }
    }

    private void showSection(SectionRef s) {
        boolean was = loading;
        loading = true;
        try {
            heading.setDisable(s == null);
            paragraphs.setDisable(s == null);
            heading.setText(s == null ? "" : s.section().heading());
            paragraphs.setText(s == null ? "" : lines(s.section().paragraphs()));
        } finally {
            loading = was;
        }
    }

    /** "Thêm phần" puts a new section after the selected one, at its level; "Xóa phần" takes the selected one out. */
    private javafx.scene.layout.HBox sectionButtons() {
        javafx.scene.control.Button add = new javafx.scene.control.Button(Messages.get("details.section.add"));
        add.setId("details-section-add");
        add.setOnAction(e -> addSection());
        javafx.scene.control.Button remove = new javafx.scene.control.Button(Messages.get("details.section.remove"));
        remove.setId("details-section-remove");
        remove.disableProperty().bind(sections.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSection());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(add, remove);
        row.getStyleClass().add("button-row");
        return row;
    }

    private void addSection() {
        if (context.plan() == null) {
            return;
        }
        keepSection();
        SectionRef s = sections.getSelectionModel().getSelectedItem();
        List<Integer> at = new ArrayList<>(s == null ? List.of(context.plan().sections().size() - 1) : s.path());
        at.set(at.size() - 1, at.get(at.size() - 1) + 1);
        BodySection fresh = new BodySection(Messages.get("details.section.newHeading"), List.of());
        if (context.edit("edit.details", () -> context.editor().updateDetails("edit.details",
                p -> PlanBuilder.from(p).sections(insert(p.sections(), at, 0, fresh)).build()))) {
            sections.getItems().stream().filter(r -> r.path().equals(at)).findFirst()
                    .ifPresent(r -> sections.getSelectionModel().select(r));
        }
    }

    private void removeSection() {
        SectionRef s = sections.getSelectionModel().getSelectedItem();
        if (s == null || context.plan() == null) {
            return;
        }
        // the removal is one edit: Sửa → Hoàn tác brings the section back with everything under it
        context.edit("edit.details", () -> context.editor().updateDetails("edit.details",
                p -> PlanBuilder.from(p).sections(insert(p.sections(), s.path(), 0, null)).build()));
    }

    /** The sections with one inserted at a path (or, given null, the one at the path removed). */
    private static List<BodySection> insert(List<BodySection> list, List<Integer> path, int depth, BodySection what) {
        List<BodySection> out = new ArrayList<>(list);
        int i = path.get(depth);
        if (depth == path.size() - 1) {
            if (what == null) {
                out.remove(i);
            } else {
                out.add(Math.min(i, out.size()), what);
            }
        } else {
            BodySection s = out.get(i);
            out.set(i, new BodySection(s.heading(), s.paragraphs(), insert(s.sections(), path, depth + 1, what)));
        }
        return out;
    }

    private void keepSection() {
        SectionRef s = sections.getSelectionModel().getSelectedItem();
        if (loading || s == null || context.plan() == null) {
            return;
        }
        BodySection changed = new BodySection(heading.getText(), split(paragraphs.getText()), s.section().sections());
        if (changed.equals(s.section())) {
            return;
        }
        context.edit("edit.details", () -> context.editor().updateDetails("edit.details",
                p -> PlanBuilder.from(p).sections(replace(p.sections(), s.path(), 0, changed)).build()));
    }

    private static List<BodySection> replace(List<BodySection> list, List<Integer> path, int depth, BodySection with) {
        List<BodySection> out = new ArrayList<>(list);
        int i = path.get(depth);
        if (depth == path.size() - 1) {
            out.set(i, with);
        } else {
            BodySection s = out.get(i);
            out.set(i, new BodySection(s.heading(), s.paragraphs(), replace(s.sections(), path, depth + 1, with)));
        }
        return out;
    }

    private static String lines(List<String> list) {
        return String.join("\n", list);
    }

    private static List<String> split(String text) {
        return Arrays.asList(Text.nfc(text).split("\n"));
    }

    private static final class SchemeCell extends ListCell<NumberingScheme> {
        @Override
        protected void updateItem(NumberingScheme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get("numbering." + item.name()));
        }
    }
}
