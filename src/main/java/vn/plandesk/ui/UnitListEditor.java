package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.plandesk.model.Text;
import vn.plandesk.model.UnitList;
import vn.plandesk.service.Messages;

/**
 * Several units for one task: each shown as a tag with a remove button, a field below to add one, completing from the
 * units the plan already names; a name not in the plan is added as typed.
 */
final class UnitListEditor extends VBox {
    /**
     * A flow pane's least width is that of its widest tag; with a long unit name (and text at 150 %) that pushed the
     * whole form wider than its column. The tags wrap their names instead, so the pane may be as narrow as its column.
     */
    private final FlowPane tags = new FlowPane() {
        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
        }
    };
    private final TextField input = new TextField();
    private List<String> units = List.of();
    private Consumer<List<String>> onChange = u -> { };

    UnitListEditor(String id, Supplier<Collection<String>> known) {
        setId(id);
        getStyleClass().add("unit-list");
        tags.getStyleClass().add("unit-tags");
        tags.setPrefWrapLength(80);
        input.setPrefColumnCount(6);
        input.setId(id + "-input");
        input.setPromptText(Messages.get("form.unitPrompt"));
        // the hint is short so it fits at 150 %
        HoverTooltip.install(input, () -> new Tooltip(Messages.get("form.unitPromptHelp")));
        FocusAutoCompletion.bind(input, request -> {
            String typed = Text.fold(request.getUserText());
            if (typed.isEmpty()) {
                // the field is emptied after each unit is added: no list should pop up then and swallow the next click
                return List.<String>of();
            }
            return known.get().stream()
                    .filter(u -> !units.contains(u) && Text.fold(u).contains(typed))
                    .sorted().limit(12).toList();
        });
        input.setOnAction(e -> add(input.getText()));
        getChildren().addAll(tags, input);
    }

    void setOnChange(Consumer<List<String>> handler) {
        onChange = handler;
    }

    void setUnits(List<String> newUnits) {
        units = List.copyOf(newUnits);
        tags.getChildren().clear();
        for (String u : units) {
            Label name = new Label(u);
            name.setWrapText(true);
            name.setMinWidth(0);
            Button remove = new Button("×");
            remove.getStyleClass().add("unit-remove");
            HoverTooltip.install(remove, () -> new Tooltip(Messages.get("form.removeUnit", u)));
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> {
                List<String> next = new ArrayList<>(units);
                next.remove(u);
                onChange.accept(next);
            });
            HBox tag = new HBox(name, remove);
            tag.setMinWidth(0);
            tag.maxWidthProperty().bind(tags.widthProperty());
            tag.getStyleClass().add("unit-tag");
            tags.getChildren().add(tag);
        }
    }

    /** A unit typed but not yet added with Enter is added now: the window moves on and must not lose it. */
    void keepTyped() {
        if (!input.getText().isBlank()) {
            add(input.getText());
        }
    }

    /** Adds what was typed or pasted: "A; B" adds two units, "Phòng Kinh tế, Hạ tầng và Đô thị" one. */
    private void add(String typed) {
        input.clear();
        List<String> next = new ArrayList<>(units);
        for (String u : UnitList.split(typed)) {
            if (!next.contains(u)) {
                next.add(u);
            }
        }
        if (next.size() > units.size()) {
            onChange.accept(next);
        }
    }
}
