package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Fits the columns of a plain table (tracking, reports, the register picker) to their content at the window's text size, as the task
 * tables are fitted ({@link ColumnShares}): none narrower than its least width (its header's longest word, a value it
 * shows whole, a floor in em), the room left shared up to each column's own width, the rest to the column that wraps
 * (the task name). A table whose least widths are wider than the window scrolls sideways instead of squeezing or
 * cutting a column. The widths follow the table's width, the text size and the rows.
 *
 * @param <S> a row of the table
 */
final class ColumnFit<S> {
    /** The cell's and the header's padding and border around a text, in em. */
    private static final double PAD_EM = ColumnShares.CELL_PAD_EM;
    /** A button's own padding and border around its label, in em, on top of the cell's. */
    private static final double BUTTON_PAD_EM = 1.6;
    /** Room kept for the vertical scroll bar and the table's border, in em. */
    private static final double SCROLL_BAR_EM = 1.6;

    /**
     * @param whole   the text of a row the column shows whole on one line, or null for a column whose text wraps
     * @param control the label of a button every row of the column holds, or null
     */
    private record Spec<S>(TableColumn<S, ?> column, String header, double leastEm, double wantedEm,
                           Function<S, String> whole, String control) {
    }

    private final DoubleSupplier em;
    private final TableView<S> table;
    private final List<Spec<S>> specs = new ArrayList<>();
    private int flexible = -1;

    /** The columns of a table of the window, following its text size. */
    ColumnFit(WindowContext context, TableView<S> table) {
        this(table, context::em);
        context.textScaleProperty().addListener((o, old, s) -> fit());
    }

    /** The columns of a table whose text size is {@code em} (a dialog's, fixed while it is open). */
    ColumnFit(TableView<S> table, DoubleSupplier em) {
        this.em = em;
        this.table = table;
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((o, old, w) -> fit());
        ListChangeListener<S> rows = c -> fit();
        table.getItems().addListener(rows);
        table.itemsProperty().addListener((o, old, items) -> {
            if (old != null) {
                old.removeListener(rows);
            }
            if (items != null) {
                items.addListener(rows);
            }
            fit();
        });
    }

    /**
     * A column whose text wraps: at least {@code leastEm} and its header's longest word, {@code wantedEm} when there is
     * room.
     */
    ColumnFit<S> wrapping(TableColumn<S, ?> column, String header, double leastEm, double wantedEm) {
        specs.add(new Spec<>(column, header, leastEm, wantedEm, null, null));
        return startingWidth(column, wantedEm);
    }

    /** A column whose rows hold a button labelled {@code label}: at least as wide as the button, its label whole. */
    ColumnFit<S> button(TableColumn<S, ?> column, String header, double leastEm, double wantedEm, String label) {
        specs.add(new Spec<>(column, header, leastEm, wantedEm, null, label));
        return startingWidth(column, wantedEm);
    }

    /** A column whose values are shown whole on one line: at least as wide as the widest of them. */
    ColumnFit<S> whole(TableColumn<S, ?> column, String header, double leastEm, double wantedEm,
                       Function<S, String> text) {
        specs.add(new Spec<>(column, header, leastEm, wantedEm, text, null));
        return startingWidth(column, wantedEm);
    }

    /** The column's own width until the table has one to share ({@link ColumnShares#startingWidth}). */
    private ColumnFit<S> startingWidth(TableColumn<S, ?> column, double wantedEm) {
        ColumnShares.startingWidth(column, wantedEm * em.getAsDouble());
        return this;
    }

    /** The column that takes the room left when every column has its own width (the task name). */
    ColumnFit<S> flexible(TableColumn<S, ?> column) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).column() == column) {
                flexible = i;
            }
        }
        return this;
    }

    /** Sets the columns' widths for the table's width, the text size and the rows now. */
    void fit() {
        if (specs.isEmpty()) {
            return;
        }
        double em = this.em.getAsDouble();
        double[] least = new double[specs.size()];
        double[] wanted = new double[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            Spec<S> s = specs.get(i);
            List<String> whole = s.whole() == null || table.getItems() == null ? List.<String>of()
                    : table.getItems().stream().map(s.whole()).filter(t -> t != null && !t.isEmpty()).toList();
            least[i] = Math.ceil(ColumnShares.least(s.header(), whole, s.leastEm() * em, PAD_EM * em,
                    t -> ColumnShares.width(t, em, false), t -> ColumnShares.width(t, em, true)));
            if (s.control() != null) {
                least[i] = Math.max(least[i], Math.ceil(ColumnShares.width(s.control(), em, false)
                        + (PAD_EM + BUTTON_PAD_EM) * em));
            }
            wanted[i] = Math.max(least[i], s.wantedEm() * em);
            // the user may widen a column, never squeeze it below what it needs
            s.column().setMinWidth(least[i]);
        }
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - SCROLL_BAR_EM * em;
        double[] w = available <= 0 ? wanted : ColumnShares.share(available, least, wanted, flexible);
        for (int i = 0; i < w.length; i++) {
            specs.get(i).column().setPrefWidth(Math.floor(Math.max(least[i], w[i])));
        }
    }
}
