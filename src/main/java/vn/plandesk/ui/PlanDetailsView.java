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
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;
import vn.plandesk.service.Messages;

/**
 * The plan's own details: organ, number, symbol and date, locality, summary, legal bases, sections, recipients and
 * signer. Each field is kept when left, as one undoable edit.
 */
final class PlanDetailsView extends ScrollPane {
    /** A section of the body and where it stands: indexes from the top level down. */
    private record SectionRef(List<Integer> path, BodySection section) {
    }

    private final WindowContext context;
    private final List<Runnable> loaders = new ArrayList<>();
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
        top.addRow(0, label("details.number"), text("details-number", Plan::number, (p, v) -> copy(p, 6, v)),
                label("details.symbol"), text("details-symbol", Plan::symbol, (p, v) -> copy(p, 7, v)));
        DatePicker date = new DatePicker();
        date.setId("details-date");
        date.setOnAction(e -> {
            if (!loading && context.plan() != null && !java.util.Objects.equals(date.getValue(), context.plan().issueDate())) {
                LocalDate d = date.getValue();
                context.edit("edit.details", () -> context.editor().updateDetails("edit.details", p -> copy(p, 8, d)));
            }
        });
        loaders.add(() -> date.setValue(context.plan().issueDate()));
        top.addRow(1, label("details.date"), date, label("details.locality"),
                text("details-locality", Plan::locality, (p, v) -> copy(p, 5, v)));
        ComboBox<NumberingScheme> numbering = new ComboBox<>();
        numbering.getItems().addAll(NumberingScheme.values());
        numbering.setButtonCell(new SchemeCell());
        numbering.setCellFactory(l -> new SchemeCell());
        numbering.setOnAction(e -> {
            NumberingScheme s = numbering.getValue();
            if (!loading && s != null && context.plan() != null && s != context.plan().numbering()) {
                context.edit("edit.details", () -> context.editor().updateDetails("edit.details", p -> copy(p, 19, s)));
            }
        });
        loaders.add(() -> numbering.setValue(context.plan().numbering()));

        sections.setId("details-sections");
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

        box.getChildren().addAll(title, top,
                field("details.numbering", numbering),
                field("details.parentOrgan", text("details-parentOrgan", Plan::parentOrgan, (p, v) -> copy(p, 2, v))),
                field("details.issuingOrgan", area("details-issuingOrgan", 2, p -> p.issuingOrgan(), (p, v) -> copy(p, 3, v))),
                field("details.issuer", text("details-issuer", Plan::issuer, (p, v) -> copy(p, 4, v))),
                field("details.documentType", text("details-documentType", Plan::documentType, (p, v) -> copy(p, 9, v))),
                field("details.summary", area("details-summary", 3, Plan::summary, (p, v) -> copy(p, 10, v))),
                field("details.legalBases", area("details-legalBases", 5, p -> lines(p.legalBases()), (p, v) -> copy(p, 11, split(v)))),
                field("details.introduction", area("details-introduction", 3, p -> lines(p.introduction()), (p, v) -> copy(p, 12, split(v)))),
                field("details.sections", sections),
                sectionButtons(),
                field("details.section.heading", heading),
                field("details.section.paragraphs", paragraphs),
                field("details.recipients", area("details-recipients", 4, p -> lines(p.recipients()), (p, v) -> copy(p, 14, split(v)))),
                field("details.signerAuthority", area("details-signerAuthority", 2, p -> lines(p.signer().authority()),
                        (p, v) -> copy(p, 15, new Signer(split(v), p.signer().title(), p.signer().name())))),
                field("details.signerTitle", text("details-signerTitle", p -> p.signer().title(),
                        (p, v) -> copy(p, 15, new Signer(p.signer().authority(), v, p.signer().name())))),
                field("details.signerName", text("details-signerName", p -> p.signer().name(),
                        (p, v) -> copy(p, 15, new Signer(p.signer().authority(), p.signer().title(), v)))));
        setContent(box);
        context.planProperty().addListener((o, old, p) -> load());
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
                p -> copy(p, 13, insert(p.sections(), at, 0, fresh))))) {
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
                p -> copy(p, 13, insert(p.sections(), s.path(), 0, null))));
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
                p -> copy(p, 13, replace(p.sections(), s.path(), 0, changed))));
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

    /** The plan with one of its header components (by record position) replaced. */
    private static Plan copy(Plan p, int field, Object v) {
        Object[] a = {p.id(), p.kind(), p.parentOrgan(), p.issuingOrgan(), p.issuer(), p.locality(), p.number(),
                p.symbol(), p.issueDate(), p.documentType(), p.summary(), p.legalBases(), p.introduction(),
                p.sections(), p.recipients(), p.signer(), p.parentPlan(), p.replacesPlan(), p.numbering(),
                p.appendixTitles(), p.groups(), p.indicators(), p.partial()};
        a[field] = v;
        @SuppressWarnings("unchecked")
        Plan out = new Plan((Long) a[0], (vn.plandesk.model.PlanKind) a[1], (String) a[2], (String) a[3],
                (String) a[4], (String) a[5], (String) a[6], (String) a[7], (LocalDate) a[8], (String) a[9],
                (String) a[10], (List<String>) a[11], (List<String>) a[12], (List<BodySection>) a[13],
                (List<String>) a[14], (Signer) a[15], (vn.plandesk.model.PlanRef) a[16],
                (vn.plandesk.model.PlanRef) a[17], (NumberingScheme) a[18], (List<String>) a[19],
                (List<vn.plandesk.model.TaskGroup>) a[20], (List<vn.plandesk.model.Indicator>) a[21], (Boolean) a[22]);
        return out;
    }

    private static final class SchemeCell extends ListCell<NumberingScheme> {
        @Override
        protected void updateItem(NumberingScheme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get("numbering." + item.name()));
        }
    }
}
