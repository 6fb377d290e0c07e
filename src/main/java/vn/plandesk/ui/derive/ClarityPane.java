package vn.plandesk.ui.derive;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import vn.plandesk.model.Plan;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.SixClarityCheck;

/**
 * The "6 rõ" gaps of a plan, one a line; clicking one reports the task to the caller (the window opens it).
 */
public final class ClarityPane extends BorderPane {
    private final ListView<SixClarityCheck.Gap> list = new ListView<>();
    private final Label summary = new Label();

    public ClarityPane(Consumer<SixClarityCheck.Gap> onOpen) {
        list.setId("gaps");
        list.setPlaceholder(new Label(Messages.get("clarity.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SixClarityCheck.Gap gap, boolean empty) {
                super.updateItem(gap, empty);
                setText(empty || gap == null ? null : ChangeText.describe(gap));
                // a long task name wraps within the pane instead of running off to the right
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            SixClarityCheck.Gap g = list.getSelectionModel().getSelectedItem();
            if (g != null) {
                onOpen.accept(g);
            }
        });
        summary.setWrapText(true);
        summary.setPadding(new javafx.geometry.Insets(0, 0, 6, 0));
        setTop(summary);
        setCenter(list);
        // the list is a window of its own: it says how it is closed (Esc too, as every dialog)
        javafx.scene.control.Button close = new javafx.scene.control.Button(Messages.get("fx.button.close"));
        close.setId("clarity-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        buttons.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        setBottom(buttons);
    }

    public void show(Plan plan) {
        var gaps = SixClarityCheck.check(plan);
        list.setItems(FXCollections.observableArrayList(gaps));
        summary.setText(Messages.get("clarity.summary", gaps.size(),
                gaps.stream().map(g -> g.group() + "/" + g.taskNumber()).distinct().count()));
    }
}
