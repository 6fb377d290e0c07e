package vn.plandesk.ui;

import java.util.Collection;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * ControlsFX's completion of a text field, bound when the field first takes the keys. The binding makes its popup (a
 * window with a scene of its own) at once: the form's three completed fields made three at every start of the window,
 * for lists that drop down only once the officer types in one of them.
 */
final class FocusAutoCompletion {
    private FocusAutoCompletion() {
    }

    /** Completes what is typed in {@code field} with {@code suggestions}, from the field's first focus on. */
    static <T> void bind(TextField field, Callback<AutoCompletionBinding.ISuggestionRequest, Collection<T>> suggestions) {
        ChangeListener<Boolean> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    field.focusedProperty().removeListener(this);
                    TextFields.bindAutoCompletion(field, suggestions);
                }
            }
        };
        field.focusedProperty().addListener(first);
    }
}
