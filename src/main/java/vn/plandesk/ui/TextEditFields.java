package vn.plandesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * The text fields of a form bound to a view model's {@link TextEdit} (the plan's details, a report): each shows the
 * value, keeps what is typed when it is left (and a one-line field on Enter), and is read only while asked.
 */
final class TextEditFields {
    private TextEditFields() {
    }

    /** A one-line field; {@code readOnly} may be null for a field that is always editable. */
    static TextField line(String id, TextEdit<?> edit, ObservableBooleanValue readOnly) {
        TextField f = new TextField();
        f.setId(id);
        bind(f, edit, readOnly);
        f.setOnAction(e -> edit.keep());
        return f;
    }

    /** A field of {@code rows} wrapped lines; {@code readOnly} may be null for a field that is always editable. */
    static TextArea area(String id, int rows, TextEdit<?> edit, ObservableBooleanValue readOnly) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        bind(a, edit, readOnly);
        return a;
    }

    /** Runs {@code keep} whenever the field loses the focus: what was typed is kept when the officer moves on. */
    static void keepOnLeave(TextInputControl f, Runnable keep) {
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                keep.run();
            }
        });
    }

    private static void bind(TextInputControl f, TextEdit<?> edit, ObservableBooleanValue readOnly) {
        f.textProperty().bindBidirectional(edit.text());
        if (readOnly != null) {
            f.editableProperty().bind(javafx.beans.binding.Bindings.not(readOnly));
        }
        keepOnLeave(f, edit::keep);
    }
}
