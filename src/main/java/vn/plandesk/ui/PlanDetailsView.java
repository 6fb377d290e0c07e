package vn.plandesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.service.Messages;

/**
 * The plan's own details: organ, number, symbol and date, locality, summary, legal bases, sections, recipients and
 * signer. Each field is kept when left, and before the window shows another page or plan or closes, as one undoable
 * edit. The page builds the controls and binds them to its {@link PlanDetailsViewModel}, which holds the plan's
 * fields and writes their changes.
 */
final class PlanDetailsView extends ScrollPane {
    private final PlanDetailsViewModel model;
    private final ListView<SectionRef> sections = new ListView<>();
    private final TextField heading = new TextField();
    private final TextArea paragraphs = new TextArea();

    PlanDetailsView(WindowContext context) {
        this.model = new PlanDetailsViewModel(context);
        setId("plan-details");
        setFitToWidth(true);
        VBox box = new VBox();
        box.getStyleClass().add("form-box");
        Label title = new Label(Messages.get("details.title"));
        title.getStyleClass().add("group-title");
        GridPane top = new GridPane();
        top.getStyleClass().add("form-grid");
        top.addRow(0, label("details.number"), text("details-number", model.number()),
                label("details.symbol"), text("details-symbol", model.symbol()));
        DatePicker date = new DatePicker();
        date.setId("details-date");
        date.valueProperty().bindBidirectional(model.issueDateProperty());
        // the picker tells its action before its bindings hear of the new value: hand the value over
        date.setOnAction(e -> model.keepDate(date.getValue()));
        // a date typed but not yet entered is kept too
        context.addPendingEdit(() -> TaskDetailForm.keepTypedDate(date));
        top.addRow(1, label("details.date"), date, label("details.locality"), text("details-locality", model.locality()));
        ComboBox<NumberingScheme> numbering = new ListOnOpenComboBox<>();
        numbering.getItems().addAll(model.schemes());
        numbering.setButtonCell(new SchemeCell());
        numbering.setCellFactory(l -> new SchemeCell());
        numbering.valueProperty().bindBidirectional(model.numberingProperty());
        numbering.setOnAction(e -> model.keepNumbering(numbering.getValue()));

        sections.setId("details-sections");
        sections.setPlaceholder(FxLocalization.emptyPlaceholder());
        sections.setPrefHeight(12 * javafx.scene.text.Font.getDefault().getSize());
        sections.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SectionRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.indented());
            }
        });
        sections.setItems(model.sections());
        sections.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != model.sectionProperty().get()) {
                model.select(s);
            }
        });
        model.sectionProperty().addListener((o, old, s) -> {
            if (s == null) {
                sections.getSelectionModel().clearSelection();
            } else {
                sections.getSelectionModel().select(s);
            }
        });
        heading.setId("details-section-heading");
        paragraphs.setId("details-section-paragraphs");
        paragraphs.setWrapText(true);
        paragraphs.setPrefRowCount(6);
        heading.textProperty().bindBidirectional(model.headingProperty());
        paragraphs.textProperty().bindBidirectional(model.paragraphsProperty());
        heading.disableProperty().bind(model.sectionProperty().isNull());
        paragraphs.disableProperty().bind(model.sectionProperty().isNull());
        heading.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.keepSection();
            }
        });
        paragraphs.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.keepSection();
            }
        });

        box.getChildren().addAll(title, top,
                field("details.numbering", numbering),
                field("details.parentOrgan", text("details-parentOrgan", model.parentOrgan())),
                field("details.issuingOrgan", area("details-issuingOrgan", 2, model.issuingOrgan())),
                field("details.issuer", text("details-issuer", model.issuer())),
                field("details.documentType", text("details-documentType", model.documentType())),
                field("details.summary", area("details-summary", 3, model.summary())),
                field("details.legalBases", area("details-legalBases", 5, model.legalBases())),
                field("details.introduction", area("details-introduction", 3, model.introduction())),
                field("details.sections", sections),
                sectionButtons(),
                field("details.section.heading", heading),
                field("details.section.paragraphs", paragraphs),
                field("details.recipients", area("details-recipients", 4, model.recipients())),
                field("details.signerAuthority", area("details-signerAuthority", 2, model.signerAuthority())),
                field("details.signerTitle", text("details-signerTitle", model.signerTitle())),
                field("details.signerName", text("details-signerName", model.signerName())));
        setContent(box);
    }

    static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    static Node field(String key, Node control) {
        VBox v = new VBox(label(key), control);
        v.getStyleClass().add("form-field");
        return v;
    }

    private static TextField text(String id, TextEdit<?> edit) {
        return TextEditFields.line(id, edit, null);
    }

    private static TextArea area(String id, int rows, TextEdit<?> edit) {
        return TextEditFields.area(id, rows, edit, null);
    }

    /** "Thêm phần" puts a new section after the selected one, at its level; "Xóa phần" takes the selected one out. */
    private HBox sectionButtons() {
        Button add = new Button(Messages.get("details.section.add"));
        add.setId("details-section-add");
        add.setOnAction(e -> model.addSection());
        Button remove = new Button(Messages.get("details.section.remove"));
        remove.setId("details-section-remove");
        remove.disableProperty().bind(model.sectionProperty().isNull());
        remove.setOnAction(e -> model.removeSection());
        HBox row = new HBox(add, remove);
        row.getStyleClass().add("button-row");
        return row;
    }

    private static final class SchemeCell extends ListCell<NumberingScheme> {
        @Override
        protected void updateItem(NumberingScheme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get("numbering." + item.name()));
        }
    }
}
