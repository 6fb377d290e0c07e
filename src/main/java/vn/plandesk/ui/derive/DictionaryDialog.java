package vn.plandesk.ui.derive;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.OfficerDictionary;
import vn.plandesk.ui.ScreenFit;

/**
 * "Từ điển đối chiếu": the officer's own abbreviations and synonyms for matching a ward's tasks with a replacing plan,
 * beside the shipped ones. Saved when the officer says so; the next comparison reads them.
 */
public final class DictionaryDialog {
    private final OfficerDictionary dictionary;
    private final Stage stage = new Stage();
    private final TextArea own = new TextArea();
    private final Label status = new Label();

    public DictionaryDialog(OfficerDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        own.setId("dictionaryText");
        status.setId("dictionaryStatus");
        own.setText(dictionary.text());
        TextArea shipped = new TextArea(OfficerDictionary.shippedText());
        shipped.setEditable(false);
        shipped.setWrapText(true);
        own.setWrapText(true);
        Label hint = new Label(Messages.get("dictionary.hint"));
        hint.setWrapText(true);
        VBox right = new VBox(4, new Label(Messages.get("dictionary.shipped")), shipped);
        VBox.setVgrow(shipped, Priority.ALWAYS);
        SplitPane texts = new SplitPane(own, right);
        texts.setDividerPositions(0.55);
        Button save = new Button(Messages.get("dictionary.save"));
        save.setId("saveDictionary");
        save.setOnAction(e -> save());
        Button close = new Button(Messages.get("dictionary.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        for (Button b : new Button[] {save, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, save, status, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(texts, hint, null, buttons, null);
        BorderPane.setMargin(texts, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(8));
        stage.setTitle(Messages.get("dictionary.title"));
        stage.setScene(ScreenFit.scene(root, 900, 560));
        stage.show();
    }

    private void save() {
        try {
            dictionary.save(own.getText());
            status.setText(Messages.get("dictionary.saved"));
        } catch (PlanDeskException e) {
            Alert a = new Alert(Alert.AlertType.WARNING, Messages.of(e));
            a.initOwner(stage);
            a.setHeaderText(null);
            a.show();
        }
    }
}
