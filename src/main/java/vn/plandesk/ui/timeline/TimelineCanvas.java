package vn.plandesk.ui.timeline;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanTask;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePainter;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.service.Messages;
import vn.plandesk.service.timeline.DeadlineRewrite;
import vn.plandesk.service.timeline.TimelineService;

/**
 * The timeline drawn on one Canvas the size of the viewport: only the rows in view are painted, so a plan of
 * thirteen thousand tasks scrolls as lightly as one of a hundred. Two scroll bars move the rows and the time axis;
 * the names column stays put on the left and the axis on top.
 */
final class TimelineCanvas extends Region {
    private static final double NAME_WIDTH = 380;
    private static final double DIAMOND_HIT = 8;

    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final TimelineFxSurface surface = new TimelineFxSurface(canvas.getGraphicsContext2D());
    private final Tooltip tooltip = new Tooltip();
    private final TimelinePainter.AxisLabels labels = TimelineService.axisLabels();
    private final String numberHeader = Messages.get("timeline.column.number");
    private final String nameHeader = Messages.get("timeline.column.task");

    private TimelineChart chart;
    /** The window's text size (1 at 100 %): the frame is drawn this much larger, so it reads like the rest. */
    private double k = 1;
    private TimelineZoom zoom = TimelineZoom.YEAR;
    private int selected = -1;
    private int hoverRow = -2;
    private int dragRow = -1;
    private double dragX;
    private Deadline dragDeadline;
    private double pressX;
    private boolean dragMoved;

    /** Row clicked (selection), group row clicked (fold), task double-clicked, diamond dropped. */
    IntConsumer onSelectRow = i -> { };
    IntConsumer onToggleGroup = i -> { };
    Consumer<PlanTask> onOpen = t -> { };
    BiConsumer<PlanTask, Deadline> onMove = (t, d) -> { };
    Runnable onScrolled = () -> { };

    TimelineCanvas() {
        getStyleClass().add("timeline-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        getChildren().addAll(canvas, vbar, hbar);
        vbar.valueProperty().addListener((o, a, b) -> {
            paint();
            onScrolled.run();
        });
        hbar.valueProperty().addListener((o, a, b) -> paint());
        vbar.setUnitIncrement(TimelineFrame.ROW_HEIGHT);
        hbar.setUnitIncrement(40);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        Tooltip.install(canvas, tooltip);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setFocusTraversable(true);
    }

    Canvas canvas() {
        return canvas;
    }

    /** Draws the frame larger or smaller with the window's text size; scrolling and hit tests follow. */
    void setTextScale(double scale) {
        if (scale > 0 && scale != k) {
            k = scale;
            requestLayout();
            updateBars();
            paint();
        }
    }

    TimelineChart chart() {
        return chart;
    }

    void setChart(TimelineChart chart, TimelineZoom zoom) {
        this.chart = chart;
        this.zoom = zoom;
        updateBars();
        paint();
    }

    /** A row to bring into view once the canvas has a height; -1 for none. */
    private int pendingReveal = -1;

    int selectedRow() {
        return selected;
    }

    void setSelected(int row) {
        selected = row;
        paint();
    }

    double scrollY() {
        return vbar.getValue();
    }

    void setScrollY(double y) {
        vbar.setValue(Math.max(0, Math.min(y, vbar.getMax())));
    }

    double scrollX() {
        return hbar.getValue();
    }

    void setScrollX(double x) {
        hbar.setValue(Math.max(0, Math.min(x, hbar.getMax())));
    }

    double chartViewWidth() {
        return Math.max(0, canvas.getWidth() / k - NAME_WIDTH);
    }

    double bodyHeight() {
        return Math.max(0, canvas.getHeight() / k - TimelineFrame.AXIS_HEIGHT);
    }

    /** Scrolls the least that shows a row whole. */
    void reveal(int row) {
        if (bodyHeight() <= 0) {
            // not laid out yet (a page about to be shown): scroll when the height is known
            pendingReveal = row;
            return;
        }
        pendingReveal = -1;
        double top = row * TimelineFrame.ROW_HEIGHT;
        if (top < scrollY()) {
            setScrollY(top);
        } else if (top + TimelineFrame.ROW_HEIGHT > scrollY() + bodyHeight()) {
            setScrollY(top + TimelineFrame.ROW_HEIGHT - bodyHeight());
        }
    }

    /** The index of the first row in view. */
    int firstVisibleRow() {
        return (int) Math.floor(scrollY() / TimelineFrame.ROW_HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double vw = vbar.prefWidth(-1);
        double hh = hbar.prefHeight(-1);
        canvas.setWidth(Math.max(0, w - vw));
        canvas.setHeight(Math.max(0, h - hh));
        vbar.resizeRelocate(w - vw, 0, vw, h - hh);
        hbar.resizeRelocate(NAME_WIDTH * k, h - hh, Math.max(0, w - vw - NAME_WIDTH * k), hh);
        updateBars();
        if (pendingReveal >= 0 && chart != null && pendingReveal < chart.rows().size() && bodyHeight() > 0) {
            reveal(pendingReveal);
        }
        paint();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 700;
    }

    private void updateBars() {
        if (chart == null) {
            return;
        }
        double contentHeight = chart.rows().size() * TimelineFrame.ROW_HEIGHT;
        vbar.setMax(Math.max(0, contentHeight - bodyHeight()));
        vbar.setVisibleAmount(Math.max(1, bodyHeight() * vbar.getMax() / Math.max(1, contentHeight)));
        vbar.setBlockIncrement(Math.max(TimelineFrame.ROW_HEIGHT, bodyHeight() - TimelineFrame.ROW_HEIGHT));
        double contentWidth = chart.scale().width() + 24; // room for the arrow heads at the end
        hbar.setMax(Math.max(0, contentWidth - chartViewWidth()));
        hbar.setVisibleAmount(Math.max(1, chartViewWidth() * hbar.getMax() / Math.max(1, contentWidth)));
        hbar.setBlockIncrement(Math.max(40, chartViewWidth() - 40));
        setScrollY(vbar.getValue());
        setScrollX(hbar.getValue());
    }

    void paint() {
        if (chart == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        javafx.scene.canvas.GraphicsContext g = canvas.getGraphicsContext2D();
        surface.setContext(g);
        String label = dragDeadline == null ? "" : dragDeadline.printed();
        g.save();
        g.scale(k, k);
        TimelineFrame.paint(surface, chart, labels, numberHeader, nameHeader, view(label));
        g.restore();
    }

    TimelineFrame.View view(String dragLabel) {
        return new TimelineFrame.View(canvas.getWidth() / k, canvas.getHeight() / k, NAME_WIDTH, scrollX(), scrollY(),
                selected, dragRow, dragX, dragLabel);
    }

    /** The row under a canvas y. */
    private int rowAt(double canvasY) {
        double y = canvasY / k;
        if (y < TimelineFrame.AXIS_HEIGHT || chart == null) {
            return -1;
        }
        int row = (int) Math.floor((y - TimelineFrame.AXIS_HEIGHT + scrollY()) / TimelineFrame.ROW_HEIGHT);
        return row < chart.rows().size() ? row : -1;
    }

    /** Chart units under a canvas x. */
    private double chartX(double x) {
        return x / k - NAME_WIDTH + scrollX();
    }

    /** The canvas point of a row's movable diamond, for tests and for hit testing; null when it has none. */
    double[] diamondPoint(int row) {
        TimelineShape.Diamond d = chart.rows().get(row).movableDiamond();
        if (d == null) {
            return null;
        }
        return new double[]{(NAME_WIDTH + d.x() - scrollX()) * k, (TimelineFrame.AXIS_HEIGHT
                + row * TimelineFrame.ROW_HEIGHT - scrollY() + TimelineFrame.ROW_HEIGHT / 2) * k};
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            setScrollX(scrollX() - d / k);
        } else {
            setScrollY(scrollY() - e.getDeltaY() / k);
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        int row = rowAt(e.getY());
        if (row < 0 || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimelineRow r = chart.rows().get(row);
        if (r.isGroup()) {
            onToggleGroup.accept(row);
            return;
        }
        if (e.getClickCount() == 2) {
            onOpen.accept(r.task());
            return;
        }
        onSelectRow.accept(row);
        double[] p = diamondPoint(row);
        if (p != null && e.getX() >= NAME_WIDTH * k && Math.abs(e.getX() - p[0]) <= DIAMOND_HIT * k
                && r.task().id() != null) {
            dragRow = row;
            dragX = chartX(p[0]);
            pressX = e.getX();
            dragMoved = false;
            dragDeadline = r.task().deadline();
            tooltip.hide();
            paint();
        }
    }

    /** The deadline a drop at chart x would write, and the ghost diamond moved to its due date. */
    private Deadline snapped(TimelineRow r, double x) {
        LocalDate date = chart.scale().date(Math.max(0, Math.min(x, chart.scale().width() - 1)));
        return DeadlineRewrite.snap(r.task().deadline(), date, zoom.snapsToMonth());
    }

    private void dragged(MouseEvent e) {
        if (dragRow < 0) {
            return;
        }
        if (Math.abs(e.getX() - pressX) < 3 && !dragMoved) {
            return; // a click on the diamond is not a move
        }
        dragMoved = true;
        TimelineRow r = chart.rows().get(dragRow);
        dragDeadline = snapped(r, chartX(e.getX()));
        LocalDate due = dragDeadline.dueDate();
        dragX = due == null ? chartX(e.getX()) : chart.scale().xEnd(due);
        paint();
    }

    private void released(MouseEvent e) {
        if (dragRow < 0) {
            return;
        }
        TimelineRow r = chart.rows().get(dragRow);
        Deadline to = dragMoved ? dragDeadline : null;
        dragRow = -1;
        dragDeadline = null;
        paint();
        if (to != null && !to.equals(r.task().deadline())) {
            onMove.accept(r.task(), to);
        }
    }

    private void moved(MouseEvent e) {
        int row = rowAt(e.getY());
        if (row == hoverRow) {
            return;
        }
        hoverRow = row;
        if (row < 0) {
            tooltip.setText(null);
            tooltip.hide();
            return;
        }
        tooltip.setText(tooltipText(chart.rows().get(row)));
    }

    static String tooltipText(TimelineRow r) {
        if (r.isGroup()) {
            return Messages.get("timeline.tooltip.group", r.group().roman(), r.group().title(), r.group().taskCount());
        }
        PlanTask t = r.task();
        String units = t.leadUnits().isEmpty() ? Messages.get("timeline.tooltip.noUnit")
                : String.join("; ", t.leadUnits());
        String deadline = t.deadline().printed().isEmpty() ? Messages.get("timeline.tooltip.noDeadline")
                : t.deadline().printed();
        String text = Messages.get("timeline.tooltip", t.number(), t.name(), units, deadline);
        if (r.overdue()) {
            text += "\n" + Messages.get("timeline.tooltip.overdue");
        }
        if (!t.deadline().isReadable()) {
            text += "\n" + Messages.get("timeline.tooltip.unreadable");
        }
        return text;
    }
}
