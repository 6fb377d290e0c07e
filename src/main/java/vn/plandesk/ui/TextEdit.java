package vn.plandesk.ui;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.plandesk.model.Text;

/**
 * A text field of a document being edited (the plan's details, a report): what it holds, and the command that keeps
 * what is typed in the document as one edit, unless it says what the document says.
 *
 * @param <T> the document
 */
final class TextEdit<T> {
    private final StringProperty text = new SimpleStringProperty("");
    private final Supplier<T> editable;
    private final Function<T, String> value;
    private final BiFunction<T, String, T> change;
    private final Consumer<UnaryOperator<T>> update;

    /**
     * @param editable the document as it is now, or null while it cannot change (loading, sent)
     * @param value    the field's text in the document
     * @param change   the document with a typed text in the field
     * @param update   writes a change of the document as one edit
     */
    TextEdit(Supplier<T> editable, Function<T, String> value, BiFunction<T, String, T> change,
             Consumer<UnaryOperator<T>> update) {
        this.editable = editable;
        this.value = value;
        this.change = change;
        this.update = update;
    }

    StringProperty text() {
        return text;
    }

    /** Writes what the field holds into the document, unless it holds what the document has. */
    void keep() {
        keep(text.get());
    }

    /** Writes a text read from the field before (several fields are read before the first is kept). */
    void keep(String typed) {
        T d = editable.get();
        if (d == null) {
            return;
        }
        String v = typed == null ? "" : typed;
        if (Text.nfc(v).strip().equals(value.apply(d))) {
            return;
        }
        update.accept(x -> change.apply(x, v));
    }

    /** Shows the document's text (nothing for no document). */
    void load(T d) {
        String v = d == null ? "" : value.apply(d);
        if (!v.equals(text.get())) {
            text.set(v);
        }
    }
}
