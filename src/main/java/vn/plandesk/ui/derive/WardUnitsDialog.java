package vn.plandesk.ui.derive;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.ui.ScreenFit;

/**
 * "Danh mục đơn vị của phường/xã": the ward's own units, in the order the wizard and the task form offer them. The
 * officer adds, renames, removes and reorders; each change is saved at once.
 */
public final class WardUnitsDialog {
    private final WardUnitRegistry registry;
    private final Stage stage = new Stage();
    private final ListView<String> list = new ListView<>();
    private final TextField name = new TextField();

    public WardUnitsDialog(WardUnitRegistry registry) {
        this.registry = registry;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        list.setId("wardUnits");
        list.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        name.setId("unitName");
        name.setPromptText(Messages.get("units.namePrompt"));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, u) -> {
            if (u != null) {
                name.setText(u);
            }
        });
        Button add = button("addUnit", "units.add", this::add);
        add.setDefaultButton(true);
        Button rename = button("renameUnit", "units.rename", this::rename);
        Button remove = button("removeUnit", "units.remove", this::remove);
        Button up = button("unitUp", "units.up", () -> move(-1));
        Button down = button("unitDown", "units.down", () -> move(1));
        for (Button b : List.of(rename, remove, up, down)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Button close = button("closeUnits", "units.close", stage::close);
        close.setCancelButton(true);
        HBox entry = new HBox(8, name, add, rename);
        entry.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox side = new VBox(8, up, down, remove);
        side.setFillWidth(true);
        for (Button b : List.of(up, down, remove)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label hint = new Label(Messages.get("units.hint"));
        hint.setWrapText(true);
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(list, new VBox(8, hint, entry), side, bottom, null);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(list, new Insets(8, 8, 8, 0));
        BorderPane.setMargin(side, new Insets(8, 0, 8, 0));
        reload(null);
        stage.setTitle(Messages.get("units.title"));
        stage.setScene(ScreenFit.scene(root, 620, 480));
        stage.show();
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void add() {
        String n = name.getText().strip();
        if (n.isEmpty()) {
            return;
        }
        List<String> units = new ArrayList<>(list.getItems());
        if (units.contains(n)) {
            list.getSelectionModel().select(n);
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        units.add(at < 0 ? units.size() : at + 1, n);
        save(units, n);
        name.clear();
    }

    private void rename() {
        String old = list.getSelectionModel().getSelectedItem();
        String n = name.getText().strip();
        if (old == null || n.isEmpty() || n.equals(old)) {
            return;
        }
        List<String> units = new ArrayList<>(list.getItems());
        units.set(units.indexOf(old), n);
        save(units, n);
    }

    private void remove() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at < 0) {
            return;
        }
        List<String> units = new ArrayList<>(list.getItems());
        units.remove(at);
        save(units, units.isEmpty() ? null : units.get(Math.min(at, units.size() - 1)));
    }

    private void move(int delta) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        List<String> units = new ArrayList<>(list.getItems());
        String u = units.remove(from);
        units.add(to, u);
        save(units, u);
    }

    /** Saves the whole list at once (the registry keeps it whole) and shows it as stored. */
    private void save(List<String> units, String select) {
        try {
            registry.replaceAll(units);
        } catch (PlanDeskException e) {
            Alert a = new Alert(Alert.AlertType.WARNING, Messages.of(e));
            a.initOwner(stage);
            a.setHeaderText(null);
            a.show();
        }
        reload(select);
    }

    private void reload(String select) {
        list.setItems(FXCollections.observableArrayList(registry.units()));
        if (select != null) {
            list.getSelectionModel().select(select);
            list.scrollTo(select);
        }
    }
}
