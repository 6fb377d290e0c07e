package vn.plandesk.ui;

import static vn.plandesk.ui.PlanDetailsView.field;
import static vn.plandesk.ui.PlanDetailsView.label;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.print.FileTarget;

/**
 * The editor of one report: header, Kính gửi, Căn cứ, the sections as a tree with the chosen one's heading and
 * paragraphs, closing, Nơi nhận, signer, and the appendices read only; with the buttons to mark it sent, make a
 * corrected version and print it. Each field is kept when left, and before the window moves on, as one undoable
 * edit; a sent report is shown read only and says so.
 */
final class ReportEditorView extends ScrollPane {
    private final ReportEditorViewModel model;
    private final FileTarget files;
    private final TreeView<SectionRef> tree = new TreeView<>();
    private final ListView<String> paragraphs = new ListView<>();
    private final VBox appendices = new VBox(8);
    private boolean syncing;

    ReportEditorView(ReportEditorViewModel model, FileTarget files) {
        this.model = model;
        this.files = files;
        setId("report-editor");
        setFitToWidth(true);
        VBox box = new VBox();
        box.getStyleClass().addAll("form-box", "report-editor");

        Label empty = new Label(Messages.get("reports.noReport"));
        empty.setId("report-none");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.report().isNull());
        empty.managedProperty().bind(empty.visibleProperty());

        Label heading = new Label();
        heading.setId("report-heading");
        heading.getStyleClass().add("group-title");
        heading.setWrapText(true);
        Label sentNote = new Label();
        sentNote.setId("report-sent-note");
        sentNote.getStyleClass().add("report-sent-note");
        sentNote.setWrapText(true);
        model.report().addListener((o, old, r) -> {
            heading.setText(r == null ? "" : Messages.get("reports.editor.heading",
                    Messages.get(r.kind().labelKey()), r.period() == null ? "" : r.period().printed(),
                    Messages.get(r.state().labelKey()), r.version()));
            sentNote.setText(r == null || !r.sent() ? "" : Messages.get("reports.editor.sentNote", r.number() + "/"
                    + r.symbol(), r.date() == null ? "" : OfficialDate.screen(r.date())));
        });
        // the tables are made again only when the appendices change (a report opened), not at each edit
        model.appendices().addListener((javafx.collections.ListChangeListener<ReportAppendix>) c ->
                showAppendices(model.appendices()));
        sentNote.visibleProperty().bind(sentNote.textProperty().isNotEmpty());
        sentNote.managedProperty().bind(sentNote.visibleProperty());
        Label problem = new Label();
        problem.setId("report-problem");
        problem.getStyleClass().add("tracking-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox body = new VBox();
        body.getStyleClass().add("form-box");
        body.visibleProperty().bind(model.report().isNotNull());
        body.managedProperty().bind(body.visibleProperty());
        // number, symbol and date on one line that wraps at a large text size, each label whole
        FlowPane top = new FlowPane(16, 6, labelled("reports.editor.number", text("report-number", model.number()), 6),
                labelled("reports.editor.symbol", text("report-symbol", model.symbol()), 8),
                labelled("reports.editor.date", text("report-date", model.date()), 8));
        body.getChildren().addAll(actions(), top,
                field("reports.editor.summary", area("report-summary", 2, model.summary())),
                field("reports.editor.recipients", area("report-recipients", 2, model.recipients())),
                field("reports.editor.introduction", area("report-introduction", 3, model.introduction())),
                sections(),
                field("reports.editor.closing", area("report-closing", 2, model.closing())),
                field("reports.editor.distribution", area("report-distribution", 3, model.distribution())),
                field("reports.editor.signerAuthority", area("report-signer-authority", 2, model.signerAuthority())),
                field("reports.editor.signerTitle", text("report-signer-title", model.signerTitle())),
                field("reports.editor.signerName", text("report-signer-name", model.signerName())),
                field("reports.editor.appendices", appendices));
        box.getChildren().addAll(empty, heading, sentNote, problem, body);
        setContent(box);
    }

    /** Mark sent, correct, print: what is done with the report as a whole. */
    private Node actions() {
        Button send = button("report-mark-sent", "reports.editor.markSent", this::markSent);
        send.disableProperty().bind(model.readOnly());
        Button correct = button("report-correct", "reports.editor.correct", model::correct);
        correct.disableProperty().bind(model.readOnly().not().or(model.report().isNull()));
        Button pdf = button("report-pdf", "reports.editor.pdf", () -> export("pdf"));
        Button word = button("report-word", "reports.editor.word", () -> export("docx"));
        pdf.disableProperty().bind(model.report().isNull().or(model.exporting()));
        word.disableProperty().bind(pdf.disableProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("report-exporting");
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.exporting());
        FlowPane row = new FlowPane(8, 6, send, correct, pdf, word, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The sections as a tree on the left; the chosen one's heading, paragraphs and the paragraph being edited. */
    private Node sections() {
        tree.setId("report-sections");
        tree.setShowRoot(false);
        tree.setPrefHeight(14 * javafx.scene.text.Font.getDefault().getSize());
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(SectionRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.section().heading());
            }
        });
        model.sections().addListener((javafx.collections.ListChangeListener<SectionRef>) c -> buildTree());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                model.selectSection(item.getValue());
            }
        });
        model.section().addListener((o, old, s) -> selectInTree(s));

        TextField heading = new TextField();
        heading.setId("report-section-heading");
        heading.textProperty().bindBidirectional(model.heading());
        heading.setOnAction(e -> model.keepSection());
        TextEditFields.keepOnLeave(heading, model::keepSection);

        paragraphs.setId("report-paragraphs");
        paragraphs.setItems(model.paragraphs());
        paragraphs.setPrefHeight(9 * javafx.scene.text.Font.getDefault().getSize());
        paragraphs.setCellFactory(l -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(l.widthProperty().subtract(24));
            return cell;
        });
        paragraphs.getSelectionModel().selectedIndexProperty().addListener((o, old, i) -> {
            if (!syncing) {
                model.selectParagraph(i.intValue());
            }
        });
        model.paragraph().addListener((o, old, i) -> selectParagraph(i.intValue()));
        model.paragraphs().addListener((javafx.collections.ListChangeListener<String>) c ->
                selectParagraph(model.paragraph().get()));

        TextArea paragraph = new TextArea();
        paragraph.setId("report-paragraph");
        paragraph.setWrapText(true);
        paragraph.setPrefRowCount(4);
        paragraph.textProperty().bindBidirectional(model.paragraphText());
        paragraph.editableProperty().bind(model.readOnly().not().and(model.paragraph().greaterThanOrEqualTo(0)));
        TextEditFields.keepOnLeave(paragraph, model::keepParagraph);
        heading.editableProperty().bind(model.readOnly().not().and(model.section().isNotNull()));

        Button add = button("report-add-paragraph", "reports.editor.addParagraph", () -> model.addParagraph(false));
        Button bullet = button("report-add-bullet", "reports.editor.addBullet", () -> model.addParagraph(true));
        Button remove = button("report-remove-paragraph", "reports.editor.removeParagraph", model::removeParagraph);
        Button up = button("report-paragraph-up", "reports.editor.up", () -> model.moveParagraph(-1));
        Button down = button("report-paragraph-down", "reports.editor.down", () -> model.moveParagraph(1));
        Button sub = button("report-add-subsection", "reports.editor.addSubsection", model::addSubsection);
        var noSection = model.readOnly().or(model.section().isNull());
        var noParagraph = noSection.or(model.paragraph().lessThan(0));
        add.disableProperty().bind(noSection);
        bullet.disableProperty().bind(noSection);
        sub.disableProperty().bind(noSection);
        remove.disableProperty().bind(noParagraph);
        up.disableProperty().bind(noParagraph);
        down.disableProperty().bind(noParagraph);
        FlowPane buttons = new FlowPane(6, 6, add, bullet, remove, up, down, sub);

        VBox right = new VBox(field("reports.editor.sectionHeading", heading),
                field("reports.editor.paragraphs", paragraphs), buttons,
                field("reports.editor.paragraph", paragraph));
        right.getStyleClass().add("form-box");
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox left = new VBox(label("reports.editor.sections"), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        // its width in em of the page's text, so it grows with the text size (main.css)
        left.getStyleClass().add("report-section-list");
        HBox both = new HBox(10, left, right);
        both.getStyleClass().add("report-sections");
        return both;
    }

    /** The flat list of sections as a tree, each under its parent, the chosen one kept chosen. */
    private void buildTree() {
        syncing = true;
        try {
            TreeItem<SectionRef> root = new TreeItem<>();
            Map<List<Integer>, TreeItem<SectionRef>> byPath = new HashMap<>();
            for (SectionRef s : model.sections()) {
                TreeItem<SectionRef> item = new TreeItem<>(s);
                item.setExpanded(true);
                List<Integer> parent = s.path().subList(0, s.path().size() - 1);
                byPath.getOrDefault(parent, root).getChildren().add(item);
                byPath.put(s.path(), item);
            }
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        selectInTree(model.section().get());
    }

    private void selectInTree(SectionRef s) {
        syncing = true;
        try {
            TreeItem<SectionRef> found = s == null ? null : find(tree.getRoot(), s.path());
            if (found == null) {
                tree.getSelectionModel().clearSelection();
            } else if (tree.getSelectionModel().getSelectedItem() != found) {
                tree.getSelectionModel().select(found);
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<SectionRef> find(TreeItem<SectionRef> item, List<Integer> path) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().path().equals(path)) {
            return item;
        }
        for (TreeItem<SectionRef> c : item.getChildren()) {
            TreeItem<SectionRef> f = find(c, path);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void selectParagraph(int i) {
        syncing = true;
        try {
            if (i < 0 || i >= paragraphs.getItems().size()) {
                paragraphs.getSelectionModel().clearSelection();
            } else if (paragraphs.getSelectionModel().getSelectedIndex() != i) {
                paragraphs.getSelectionModel().select(i);
                paragraphs.scrollTo(i);
            }
        } finally {
            syncing = false;
        }
    }

    /** Each appendix as a table to read (it was filled when the report was drafted). */
    private void showAppendices(List<ReportAppendix> list) {
        appendices.getChildren().clear();
        for (ReportAppendix a : list) {
            Label title = new Label(String.join(" – ", List.of(a.label(), a.title()).stream()
                    .filter(t -> !t.isEmpty()).toList()) + (a.note().isEmpty() ? "" : " " + a.note()));
            title.setWrapText(true);
            TableView<ReportAppendix.Row> t = new TableView<>();
            t.getStyleClass().add("report-appendix");
            t.setEditable(false);
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            double em = javafx.scene.text.Font.getDefault().getSize();
            for (int i = 0; i < a.columns().size(); i++) {
                int col = i;
                TableColumn<ReportAppendix.Row, String> c = new TableColumn<>(a.columns().get(i));
                c.setSortable(false);
                // each column shares the width by how much it holds: "STT" stays narrow, a task's text gets room
                c.setPrefWidth(em * Math.max(3, Math.min(30, typicalLength(a, col) / 2.0)));
                c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().group()
                        ? (col == 0 ? "" : col == 1 ? d.getValue().cells().get(0) : "")
                        : d.getValue().cells().get(col)));
                t.getColumns().add(c);
            }
            t.getItems().setAll(a.rows());
            t.setPrefHeight(Math.min(12, a.rows().size() + 2) * 2.2 * javafx.scene.text.Font.getDefault().getSize());
            appendices.getChildren().addAll(title, t);
        }
    }

    /** The longer of a column's heading and its cells' average length, in characters. */
    private static double typicalLength(ReportAppendix a, int col) {
        double cells = a.rows().stream().filter(r -> !r.group()).mapToInt(r -> r.cells().get(col).length())
                .average().orElse(0);
        return Math.max(a.columns().get(col).length(), cells);
    }

    /** Asks for the number and date when the report lacks them, then marks it sent. */
    private void markSent() {
        Report r = model.report().get();
        if (r == null) {
            return;
        }
        if (!model.needsNumberAndDate()) {
            model.markSent();
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(Messages.get("reports.send.title"));
        d.setHeaderText(Messages.get("reports.send.header"));
        TextField number = new TextField(r.number());
        number.setId("report-send-number");
        TextField date = new TextField(r.date() == null ? "" : OfficialDate.screen(r.date()));
        date.setId("report-send-date");
        date.setPromptText("05/04/2026");
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(Messages.get("reports.editor.number")), number);
        g.addRow(1, new Label(Messages.get("reports.editor.date")), date);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.markSent(number.getText(),
                date.getText()));
    }

    private void export(String extension) {
        Report r = model.report().get();
        if (r == null) {
            return;
        }
        String name = "bao-cao-" + (r.period() == null ? "dot-xuat" : r.period().code())
                + (r.version() > 1 ? "-v" + r.version() : "") + "." + extension;
        files.file(getScene() == null ? null : getScene().getWindow(), name).ifPresent(p -> model.export(p, () -> { }));
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node labelled(String key, TextField f, int columns) {
        Label l = label(key);
        l.setMinWidth(Region.USE_PREF_SIZE);
        f.setPrefColumnCount(columns);
        HBox box = new HBox(8, l, f);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TextField text(String id, TextEdit<?> edit) {
        return TextEditFields.line(id, edit, model.readOnly());
    }

    private TextArea area(String id, int rows, TextEdit<?> edit) {
        return TextEditFields.area(id, rows, edit, model.readOnly());
    }
}
