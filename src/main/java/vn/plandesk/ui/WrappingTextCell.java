package vn.plandesk.ui;

import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import vn.plandesk.model.PlanTask;

/**
 * A table cell that wraps long text over several lines (task names run to five lines in the documents) and edits it
 * in a text field: Enter or leaving the field keeps the text, Escape drops it.
 */
final class WrappingTextCell extends TreeTableCell<PlanTask, String> {
    private final Text text = new Text();
    private TextField field;

    WrappingTextCell() {
        text.getStyleClass().add("cell-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 8));
        setGraphic(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (isEditing() && field != null) {
            field.setText(item);
            setGraphic(field);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableColumn().isEditable() || !getTreeTableView().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = new TextField();
            field.getStyleClass().add("cell-editor");
            field.setOnAction(e -> commitEdit(field.getText()));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }
        field.setText(getItem());
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        text.setText(getItem());
        setGraphic(getItem() == null ? null : text);
    }

    @Override
    public void commitEdit(String newValue) {
        super.commitEdit(newValue);
        text.setText(newValue);
        setGraphic(text);
    }
}
