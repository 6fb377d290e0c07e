package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.util.Callback;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.Messages;
import vn.plandesk.service.search.PlanIndex;
import vn.plandesk.service.search.TaskQuery;

/**
 * Search and filters over the open plan. Words are searched in every text field ignoring diacritics and case; their
 * hits are marked and Enter steps to the next. Filters (unit, role, year, quarter, overdue, rows to check) hide the
 * other rows.
 */
final class SearchBar extends FlowPane {
    private final WindowContext context;
    private final TextField search = new TextField();
    private final Label hits = new Label();
    private final ComboBox<String> unit = new ListOnOpenComboBox<>();
    private final ComboBox<WardRole> role = new ListOnOpenComboBox<>();
    private final ComboBox<Integer> year = new ListOnOpenComboBox<>();
    private final ComboBox<Integer> quarter = new ListOnOpenComboBox<>();
    private final CheckBox overdue = new CheckBox(Messages.get("filter.overdue"));
    private final CheckBox flagged = new CheckBox(Messages.get("filter.flagged"));
    private boolean resetting;

    SearchBar(WindowContext context) {
        this.context = context;
        getStyleClass().add("search-bar");
        search.setId("search");
        search.setPromptText(Messages.get("search.prompt"));
        search.getStyleClass().add("search-field");
        search.textProperty().addListener((o, old, t) -> {
            apply();
            showHits(); // an emptied field finds the same nothing as before: "Không thấy" must still go
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                context.nextHit(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        hits.setId("search-hits");
        hits.getStyleClass().add("search-hits");
        Button previous = new Button(Messages.get("search.previous"));
        previous.setOnAction(e -> context.nextHit(-1));
        Button next = new Button(Messages.get("search.next"));
        next.setId("search-next");
        next.setOnAction(e -> context.nextHit(1));

        unit.setId("filter-unit");
        unit.setPromptText(Messages.get("filter.anyUnit"));
        unit.setButtonCell(cell((String u) -> u == null ? Messages.get("filter.anyUnit") : u).call(null));
        unit.setCellFactory(cell(u -> u == null ? Messages.get("filter.anyUnit") : u));
        role.setId("filter-role");
        role.getItems().addAll(null, WardRole.LEAD, WardRole.COORDINATE);
        role.setButtonCell(cell((WardRole r) -> r == null ? Messages.get("filter.anyRole") : Messages.get("role." + r.name())).call(null));
        role.setCellFactory(cell(r -> r == null ? Messages.get("filter.anyRole") : Messages.get("role." + r.name())));
        year.setId("filter-year");
        year.getItems().add(null);
        for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
            year.getItems().add(y);
        }
        year.setButtonCell(cell((Integer y) -> y == null ? Messages.get("filter.anyYear") : String.valueOf(y)).call(null));
        year.setCellFactory(cell(y -> y == null ? Messages.get("filter.anyYear") : String.valueOf(y)));
        quarter.setId("filter-quarter");
        quarter.getItems().addAll(null, 1, 2, 3, 4);
        quarter.setButtonCell(cell((Integer q) -> q == null ? Messages.get("filter.anyQuarter") : Messages.get("filter.quarterN", q)).call(null));
        quarter.setCellFactory(cell(q -> q == null ? Messages.get("filter.anyQuarter") : Messages.get("filter.quarterN", q)));
        overdue.setId("filter-overdue");
        flagged.setId("filter-flagged");
        Button clear = new Button(Messages.get("filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> clearFilters());
        for (ComboBox<?> c : List.of(unit, role, year, quarter)) {
            c.valueProperty().addListener((o, old, v) -> apply());
        }
        overdue.selectedProperty().addListener((o, old, v) -> apply());
        flagged.selectedProperty().addListener((o, old, v) -> apply());

        context.hitsProperty().addListener((o, old, h) -> showHits());
        context.currentHitProperty().addListener((o, old, h) -> showHits());
        context.indexProperty().addListener((o, old, idx) -> fillUnits(idx));
        fillUnits(context.indexProperty().get());
        getChildren().addAll(search, hits, previous, next, unit, role, year, quarter, overdue, flagged, clear);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void clearFilters() {
        resetting = true;
        try {
            unit.setValue(null);
            role.setValue(null);
            year.setValue(null);
            quarter.setValue(null);
            overdue.setSelected(false);
            flagged.setSelected(false);
        } finally {
            resetting = false;
        }
        apply();
    }

    private void fillUnits(PlanIndex idx) {
        String chosen = unit.getValue();
        List<String> names = new ArrayList<>();
        names.add(null);
        if (idx != null) {
            names.addAll(idx.unitNames());
        }
        if (!names.equals(unit.getItems())) {
            resetting = true;
            try {
                unit.getItems().setAll(names);
                unit.setValue(names.contains(chosen) ? chosen : null);
            } finally {
                resetting = false;
            }
        }
    }

    private void apply() {
        if (resetting) {
            return;
        }
        context.queryProperty().set(new TaskQuery(search.getText(), unit.getValue() == null ? "" : unit.getValue(),
                role.getValue(), year.getValue(), quarter.getValue(), overdue.isSelected(), flagged.isSelected()));
    }

    private void showHits() {
        int n = context.hitsProperty().get().size();
        if (search.getText().isBlank()) {
            hits.setText("");
        } else if (n == 0) {
            hits.setText(Messages.get("search.noHits"));
        } else {
            hits.setText(Messages.get("search.hits", Math.max(0, context.currentHitProperty().get()) + (context.currentHitProperty().get() < 0 ? 0 : 1), n));
        }
    }

    private static <T> Callback<javafx.scene.control.ListView<T>, ListCell<T>> cell(java.util.function.Function<T, String> text) {
        return l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? text.apply(null) : text.apply(item));
            }
        };
    }
}
