package vn.plandesk.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.plandesk.model.DocumentType;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.RegisterPickerViewModel.Line;

/**
 * "Chọn văn bản minh chứng": the register of documents issued as a list to choose a task's evidence from, with a
 * search, and below it a new document to add to the register. The controls only; {@link RegisterPickerViewModel}
 * holds the list and the choice and adds to the register. "Gắn minh chứng" hands the chosen documents on and closes.
 */
final class RegisterPicker {
    private final RegisterPickerViewModel model;
    private final Stage stage = new Stage();

    RegisterPicker(RegisterPickerViewModel model, String taskName, Window owner, double em,
                   Consumer<List<Long>> onChosen) {
        this.model = model;
        TextField search = new TextField();
        search.setId("register-search");
        search.setPromptText(Messages.get("registerPicker.searchPrompt"));
        search.textProperty().bindBidirectional(model.search());
        Label task = new Label(Messages.get("registerPicker.task", taskName));
        task.setWrapText(true);
        task.getStyleClass().add("form-heading");

        TableView<Line> list = new TableView<>(model.shown());
        list.setId("register-list");
        list.setEditable(true);
        list.setPlaceholder(FxLocalization.emptyPlaceholder());
        TableColumn<Line, Boolean> chosen = new TableColumn<>();
        ColumnHeaderLabel.on(chosen, Messages.get("registerPicker.column.chosen"));
        chosen.setId("register-chosen");
        chosen.setCellValueFactory(f -> f.getValue().chosen());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setEditable(true);
        list.getColumns().add(chosen);
        TableColumn<Line, String> type = column("registerPicker.column.type", "register-type", Line::type);
        TableColumn<Line, String> number = column("registerPicker.column.number", "register-number",
                Line::numberAndSymbol);
        TableColumn<Line, String> date = column("registerPicker.column.date", "register-date", Line::date);
        TableColumn<Line, String> issuer = column("registerPicker.column.issuer", "register-issuer",
                l -> l.document().issuer());
        TableColumn<Line, String> summary = column("registerPicker.column.summary", "register-summary",
                l -> l.document().summary());
        list.getColumns().addAll(List.of(type, number, date, issuer, summary));
        // a number and symbol or a date broken over two lines is misread ("2556/QĐ-UB / ND" at 150 % text): they
        // are shown whole, the trích yếu wraps in the room left, and a dialog too narrow for them scrolls sideways
        new ColumnFit<>(list, () -> em)
                .wrapping(chosen, Messages.get("registerPicker.column.chosen"), 3, 3)
                .whole(type, Messages.get("registerPicker.column.type"), 4, 7, Line::type)
                .whole(number, Messages.get("registerPicker.column.number"), 5, 9, Line::numberAndSymbol)
                .whole(date, Messages.get("registerPicker.column.date"), 5, 6, Line::date)
                .wrapping(issuer, Messages.get("registerPicker.column.issuer"), 6, 9)
                .wrapping(summary, Messages.get("registerPicker.column.summary"), 14, 24)
                .flexible(summary)
                .fit();
        // Space on a line chooses it or takes it off, as the officer expects of a list of check boxes
        list.setOnKeyPressed(e -> {
            Line l = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && l != null) {
                l.chosen().set(!l.chosen().get());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label message = new Label();
        message.setId("register-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        model.problem().addListener((o, was, bad) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), bad));
        message.getStyleClass().add("register-message");
        message.visibleProperty().bind(model.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        TitledPane adding = new TitledPane(Messages.get("registerPicker.new"), newDocument(owner));
        adding.setId("register-new");
        adding.setExpanded(false);

        Button apply = new Button(Messages.get("registerPicker.apply"));
        apply.setId("register-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> {
            onChosen.accept(model.chosenIds());
            stage.close();
        });
        Button close = new Button(Messages.get("registerPicker.close"));
        close.setId("register-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, apply, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(8, task, search, list, message, adding, buttons);
        root.setPadding(new Insets(10));
        root.setId("register-picker");
        stage.setTitle(Messages.get("registerPicker.title"));
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        // as large as the text: at 150 % the list's columns need half as much room again
        stage.setScene(ScreenFit.scene(root, 69 * em, 46 * em));
        if (owner != null && owner.getScene() != null) {
            // the window's text size and styles: the picker reads like the page it was opened from
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            TextSize.follow(owner.getScene(), stage.getScene());
        }
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    RegisterPickerViewModel model() {
        return model;
    }

    private static TableColumn<Line, String> column(String key, String id, Function<Line, String> value) {
        TableColumn<Line, String> c = new TableColumn<>();
        // "Cơ quan ban hành" wraps between its words in a narrow column instead of ending in "…"
        ColumnHeaderLabel.on(c, Messages.get(key));
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            // a long trích yếu wraps to the column instead of ending in "…"
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        c.setEditable(false);
        return c;
    }

    /** The fields of a new document of the register: type, number, symbol, date, issuer, trích yếu, its file. */
    private GridPane newDocument(Window owner) {
        ComboBox<DocumentType> type = new ListOnOpenComboBox<>();
        type.getItems().setAll(DocumentType.values());
        type.setId("register-new-type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType t) {
                return t == null ? "" : Messages.get(t.labelKey());
            }

            @Override
            public DocumentType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(model.type());
        TextField number = field("register-new-number", model.number(), "registerPicker.numberPrompt");
        TextField symbol = field("register-new-symbol", model.symbol(), "registerPicker.symbolPrompt");
        TextField date = field("register-new-date", model.date(), "registerPicker.datePrompt");
        TextField issuer = field("register-new-issuer", model.issuer(), "registerPicker.issuerPrompt");
        TextField summary = field("register-new-summary", model.summary(), "registerPicker.summaryPrompt");
        Label file = new Label();
        file.setId("register-new-file");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.file().get() == null
                ? Messages.get("registerPicker.noFile") : String.valueOf(model.file().get().getFileName()),
                model.file()));
        Button chooseFile = new Button(Messages.get("registerPicker.chooseFile"));
        chooseFile.setId("register-new-chooseFile");
        chooseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("registerPicker.fileKinds"), "*.pdf", "*.docx", "*.doc"));
            java.io.File f = chooser.showOpenDialog(stage);
            if (f != null) {
                model.file().set(f.toPath());
            }
        });
        Button add = new Button(Messages.get("registerPicker.add"));
        add.setId("register-new-add");
        add.setOnAction(e -> model.add());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("registerPicker.type", type), type, label("registerPicker.number", number), number,
                label("registerPicker.symbol", symbol), symbol);
        grid.addRow(1, label("registerPicker.date", date), date, label("registerPicker.issuer", issuer), issuer);
        GridPane.setColumnSpan(issuer, 3);
        grid.addRow(2, label("registerPicker.summary", summary), summary);
        GridPane.setColumnSpan(summary, 5);
        HBox fileRow = new HBox(8, chooseFile, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, label("registerPicker.file", fileRow), fileRow);
        GridPane.setColumnSpan(fileRow, 4);
        grid.add(add, 5, 3);
        GridPane.setHalignment(add, javafx.geometry.HPos.RIGHT);
        for (javafx.scene.Node n : List.of(number, symbol, date, issuer, summary)) {
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.get(prompt));
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        return l;
    }
}
