package vn.plandesk.ui.derive;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.TaskChoice;

/** One task of the parent in the wizard: whether it is chosen and the officer's choices for it, as properties. */
final class TaskChoiceRow {
    final ParentTask parent;
    final BooleanProperty chosen = new SimpleBooleanProperty(false);
    final ObjectProperty<WardRole> role = new SimpleObjectProperty<>();
    final List<String> leadUnits = new ArrayList<>();
    final List<String> coordinatingUnits = new ArrayList<>();
    final StringProperty name = new SimpleStringProperty();
    final StringProperty result = new SimpleStringProperty();
    final StringProperty deadline = new SimpleStringProperty();
    final StringProperty note = new SimpleStringProperty();

    TaskChoiceRow(ParentTask parent, TaskChoice suggestion) {
        this.parent = parent;
        role.set(suggestion.role());
        leadUnits.addAll(suggestion.leadUnits());
        coordinatingUnits.addAll(suggestion.coordinatingUnits());
        name.set(suggestion.name());
        result.set(suggestion.result());
        deadline.set(suggestion.deadlineText());
        note.set(suggestion.note());
        // a "Phối hợp" row carries the default note, a "Chủ trì" row none, unless the officer wrote another
        role.addListener((o, old, now) -> {
            if (now == WardRole.LEAD && TaskChoice.COORDINATE_NOTE.equals(note.get())) {
                note.set("");
            } else if (now == WardRole.COORDINATE && (note.get() == null || note.get().isBlank())) {
                note.set(TaskChoice.COORDINATE_NOTE);
            }
        });
    }

    TaskChoice choice() {
        return new TaskChoice(parent.key(), role.get(), leadUnits, coordinatingUnits, name.get(), result.get(),
                deadline.get(), note.get());
    }
}
