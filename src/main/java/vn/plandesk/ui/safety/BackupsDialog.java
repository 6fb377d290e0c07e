package vn.plandesk.ui.safety;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.service.Messages;
import vn.plandesk.service.StoreBackups;

/** The dialog of "Bản sao lưu…": the backups with their date, kind, size and whether they read back; "Khôi phục". */
public final class BackupsDialog {
    private final BackupsViewModel model;
    private final Stage stage = new Stage();

    public BackupsDialog(BackupsViewModel model) {
        this.model = model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        TableView<StoreBackups.Backup> table = new TableView<>(model.list());
        table.setId("backupsTable");
        Label empty = new Label();
        // while the list is read, an empty table must not say there is no backup
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty()).then("")
                .otherwise(Messages.get("backups.none")));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("backups.col.taken", 4, b -> OfficialDate.screen(b.taken().toLocalDate())
                + (b.dayOnly() ? "" : " " + String.format("%02d:%02d", b.taken().getHour(), b.taken().getMinute()))));
        table.getColumns().add(column("backups.col.kind", 6, StoreBackups.Backup::kind));
        table.getColumns().add(column("backups.col.size", 2, b -> Messages.get("backups.size",
                Math.max(1, (b.size() + 1023) / 1024))));
        table.getColumns().add(column("backups.col.readable", 3, b -> Messages.get(b.readable()
                ? "backups.readable" : "backups.damaged")));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        Label status = new Label();
        status.setId("backupsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());

        Button restore = new Button(Messages.get("backups.restore"));
        restore.setId("restoreBackup");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.restoreAskedProperty()));
        restore.setOnAction(e -> model.restore());
        Button close = new Button(Messages.get("check.close"));
        close.setId("closeBackups");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, restore, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(Messages.get("backups.hint"));
        hint.setWrapText(true);
        VBox bottom = new VBox(8, status, buttons);
        BorderPane root = new BorderPane(table, hint, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        // wide enough for a time and the longest kind at 150 % text on a 1366 px screen
        Scene scene = new Scene(root, 940, 460);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setTitle(Messages.get("backups.title"));
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    private static TableColumn<StoreBackups.Backup, String> column(String key, int share,
            java.util.function.Function<StoreBackups.Backup, String> text) {
        TableColumn<StoreBackups.Backup, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setMaxWidth(share * 1000.0);
        c.setSortable(false);
        return c;
    }
}
