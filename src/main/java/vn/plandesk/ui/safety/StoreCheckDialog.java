package vn.plandesk.ui.safety;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import vn.plandesk.service.Messages;

/** The dialog of "Kiểm tra kho dữ liệu": a progress indicator while the check reads, then its sentences. */
public final class StoreCheckDialog {
    private final StoreCheckViewModel model;
    private final Stage stage = new Stage();

    public StoreCheckDialog(StoreCheckViewModel model) {
        this.model = model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("checkLines");
        lines.setFocusTraversable(false);
        lines.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.runningProperty());
        Label title = new Label(Messages.get("check.title"));
        title.setStyle("-fx-font-weight: bold;");
        HBox head = new HBox(8, title, progress);
        head.setAlignment(Pos.CENTER_LEFT);
        Button close = new Button(Messages.get("check.close"));
        close.setId("closeCheck");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        // when the check fails: copy what still reads into a new store, leaving this one as it is
        Button salvage = new Button(Messages.get("salvage.button"));
        salvage.setId("salvageStore");
        salvage.visibleProperty().bind(model.salvageOfferedProperty());
        salvage.managedProperty().bind(salvage.visibleProperty());
        salvage.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("salvage.chooseFolder"));
            java.io.File folder = chooser.showDialog(stage);
            if (folder != null) {
                model.salvageInto(folder.toPath());
            }
        });
        HBox buttons = new HBox(8, salvage, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(lines, head, null, buttons, null);
        BorderPane.setMargin(lines, new Insets(8, 0, 8, 0));
        HBox.setHgrow(title, Priority.NEVER);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 640, 360);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setTitle(Messages.get("check.title"));
        stage.setScene(scene);
        stage.show();
        model.check();
    }
}
