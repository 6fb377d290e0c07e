package vn.plandesk.ui.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.service.Messages;
import vn.plandesk.service.timeline.TimelineService;
import vn.plandesk.service.timeline.TimelineTracking;
import vn.plandesk.ui.ListOnOpenComboBox;

/**
 * "Tiến độ 2025–2030": the plan's tasks under their seven groups against the years 2025–2030, with zoom by year,
 * quarter and month, a line for today, and deadlines that move by dragging their diamonds. A standalone component:
 * the host sets the plan, binds {@link #selectedTaskProperty()} to its table (see {@link SelectionSync}), writes the
 * moved deadlines through its plan's editor ({@link #setOnMoveDeadline}) and sets the changed plan back, as the main
 * window's page does (see {@link TimelinePage}). Without a handler the chart is read-only.
 */
public final class TimelineView extends BorderPane {
    /** Below this the quarters of the year zoom get too narrow to hit; the view scrolls instead. */
    private static final double MIN_YEAR_UNITS_PER_DAY = 0.25;

    private final TimelineCanvas canvas = new TimelineCanvas();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<PlanTask> selectedTask = new SimpleObjectProperty<>(this, "selectedTask");
    private final ObjectProperty<TimelineZoom> zoom = new SimpleObjectProperty<>(this, "zoom", TimelineZoom.YEAR);
    private final ReadOnlyObjectWrapper<PlanTask> topTask = new ReadOnlyObjectWrapper<>(this, "topTask");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    /** The statuses of a period and the baseline drawn on the chart; null draws the plan alone. */
    private final ObjectProperty<TimelineTracking> tracking = new SimpleObjectProperty<>(this, "tracking");
    private final Set<Integer> collapsed = new HashSet<>();
    private final ToggleGroup zoomButtons = new ToggleGroup();
    private Consumer<PlanTask> onOpenTask = t -> { };
    private BiConsumer<PlanTask, Deadline> onMoveDeadline = (t, d) -> { };
    private final Button export = new Button(Messages.get("timeline.exportPdf"));
    /** The period whose statuses the chart shows; shown only when the host draws tracking ({@link #showPeriods}). */
    private final ComboBox<Period> period = new ListOnOpenComboBox<>();
    /** The legend under the chart: the PDF's, drawn by the same painter. */
    private final javafx.scene.canvas.Canvas legend = new javafx.scene.canvas.Canvas();
    /** Said instead of an empty chart when no task of the plan has a deadline to draw. */
    private final Label noDeadlines = new Label(Messages.get("timeline.noDeadlines"));
    private double textScale = 1;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setTop(toolbar());
        setCenter(canvas);
        legend.setId("timeline-legend");
        legend.widthProperty().addListener((o, a, b) -> paintLegend());
        noDeadlines.setId("timeline-no-deadlines");
        noDeadlines.setWrapText(true);
        noDeadlines.getStyleClass().add("timeline-no-deadlines");
        noDeadlines.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.StackPane legendBox = new javafx.scene.layout.StackPane(legend);
        legendBox.getStyleClass().add("timeline-legend");
        legendBox.setMinWidth(0);
        legend.widthProperty().bind(legendBox.widthProperty().subtract(16));
        setBottom(legendBox);
        plan.addListener((o, a, b) -> relayout());
        zoom.addListener((o, a, b) -> rezoom(a, b));
        today.addListener((o, a, b) -> relayout());
        tracking.addListener((o, a, b) -> relayout());
        selectedTask.addListener((o, a, t) -> showSelected(t));
        canvas.onSelectRow = i -> selectedTask.set(canvas.chart().rows().get(i).task());
        canvas.onToggleGroup = this::toggleGroup;
        canvas.onOpen = t -> onOpenTask.accept(t);
        canvas.onMove = this::move;
        canvas.onScrolled = this::updateTopTask;
        // the year zoom fits the width: lay out again when the width changes it
        canvas.canvas().widthProperty().addListener((o, a, b) -> {
            if (zoom.get() == TimelineZoom.YEAR && canvas.chart() != null
                    && scaleFor(TimelineZoom.YEAR).unitsPerDay() != canvas.chart().scale().unitsPerDay()) {
                relayout();
            }
        });
    }

    private ToolBar toolbar() {
        HBox zooms = new HBox();
        zooms.getStyleClass().add("segmented");
        for (TimelineZoom z : TimelineZoom.values()) {
            ToggleButton b = new ToggleButton(Messages.get("timeline.zoom." + z.name())) {
                @Override
                public void fire() {
                    if (!isSelected()) { // one zoom is always chosen: clicking the chosen one keeps it
                        super.fire();
                    }
                }
            };
            b.setId("timeline-zoom-" + z.name().toLowerCase());
            b.setUserData(z);
            b.setToggleGroup(zoomButtons);
            b.setTooltip(new Tooltip(Messages.get("timeline.zoom.tooltip")));
            b.setSelected(z == zoom.get());
            zooms.getChildren().add(b);
        }
        zoomButtons.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                zoom.set((TimelineZoom) b.getUserData());
            }
        });
        zoom.addListener((o, a, z) -> zoomButtons.getToggles().stream().filter(t -> t.getUserData() == z)
                .findFirst().ifPresent(zoomButtons::selectToggle));
        Label title = new Label(Messages.get("timeline.title"));
        title.setStyle("-fx-font-weight: bold;");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        export.setId("timeline-export-pdf");
        // the button says it short, so the bar keeps it in view at 150 % beside the period; the tip says it whole
        export.setTooltip(new Tooltip(Messages.get("timeline.exportPdf.title")));
        export.setDisable(true); // until the host says where the PDF goes
        period.setId("timeline-period");
        period.setTooltip(new Tooltip(Messages.get("timeline.period.tooltip")));
        period.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : Messages.get(p.labelKey(), p.labelArgs());
            }

            @Override
            public Period fromString(String s) {
                return null; // chosen from the list only
            }
        });
        period.setVisible(false);
        period.setManaged(false);
        HBox.setMargin(period, new Insets(0, 0, 0, 16));
        ToolBar bar = new ToolBar(title, zooms, period, spring, export);
        bar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setMargin(zooms, new Insets(0, 0, 0, 16));
        zooms.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public void setPlan(Plan p) {
        plan.set(p);
    }

    /** The task selected on the chart; setting it selects and reveals its row. */
    public ObjectProperty<PlanTask> selectedTaskProperty() {
        return selectedTask;
    }

    public ObjectProperty<TimelineZoom> zoomProperty() {
        return zoom;
    }

    /** The date the today line stands on (tests fix it). */
    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /** The first task row in view: a table that scrolls in step follows it. */
    public ReadOnlyObjectProperty<PlanTask> topTaskProperty() {
        return topTask.getReadOnlyProperty();
    }

    /** Double-click on a task. */
    public void setOnOpenTask(Consumer<PlanTask> handler) {
        onOpenTask = handler == null ? t -> { } : handler;
    }

    /**
     * Each deadline moved on the chart: the host writes it through its plan's editor, one step of its undo history,
     * and sets the changed plan back on this view.
     */
    public void setOnMoveDeadline(BiConsumer<PlanTask, Deadline> handler) {
        onMoveDeadline = handler == null ? (t, d) -> { } : handler;
    }

    /** What the toolbar's "Xuất tiến độ PDF" does; the button is off until a host sets it. */
    public void setOnExportPdf(Runnable action) {
        export.setOnAction(action == null ? null : e -> action.run());
        export.setDisable(action == null);
    }

    /** Shows the list of periods at the top, the chosen one first; the host draws the statuses of the one chosen. */
    public void showPeriods(java.util.List<Period> periods, Period chosen) {
        period.getItems().setAll(periods);
        period.setValue(chosen);
        period.setVisible(true);
        period.setManaged(true);
    }

    /** The period chosen at the top (null until {@link #showPeriods}). */
    public ObjectProperty<Period> periodProperty() {
        return period.valueProperty();
    }

    /** The statuses and baseline drawn on the chart (null: the plan alone). */
    public ObjectProperty<TimelineTracking> trackingProperty() {
        return tracking;
    }

    /** The rows as drawn now. */
    public TimelineChart chart() {
        return canvas.chart();
    }

    /** Scrolls so that a task's row is the first in view. */
    public void scrollToTop(PlanTask task) {
        int i = chart() == null ? -1 : chart().indexOf(task);
        if (i >= 0) {
            canvas.setScrollY(i * TimelineFrame.ROW_HEIGHT);
        }
    }

    private void relayout() {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        TimelineChart chart = TimelineService.layout(p, scaleFor(zoom.get()), collapsed, today.get(), tracking.get());
        canvas.setChart(chart, zoom.get());
        boolean none = p.allTasks().stream().allMatch(t -> t.deadline().isEmpty());
        setCenter(none ? noDeadlines : canvas);
        paintLegend();
        // the same task stays selected across a re-layout (its record is new after an edit)
        PlanTask sel = selectedTask.get();
        int i = chart.indexOf(sel);
        canvas.setSelected(i);
        if (i >= 0 && sel != chart.rows().get(i).task()) {
            selectedTask.set(chart.rows().get(i).task());
        }
        updateTopTask();
    }

    /** The text size of the window (1 at 100 %): the chart and its legend follow it. */
    public void setTextScale(double scale) {
        textScale = scale;
        canvas.setTextScale(scale);
        relayout(); // the year zoom fits the range to the width, which is in the larger units now
        paintLegend();
    }

    private void paintLegend() {
        Plan p = plan.get();
        double width = legend.getWidth();
        if (p == null || width <= 0) {
            return;
        }
        var items = vn.plandesk.service.timeline.TimelineLegend.of(p, tracking.get());
        double fontSize = TimelineFrame.FONT_SIZE * textScale;
        javafx.scene.canvas.GraphicsContext g = legend.getGraphicsContext2D();
        TimelineFxSurface surface = new TimelineFxSurface(g);
        double height = vn.plandesk.draw.timeline.TimelinePainter.legendHeight(surface, items, width, fontSize);
        legend.setHeight(Math.ceil(height) + 8);
        g.clearRect(0, 0, width, legend.getHeight());
        vn.plandesk.draw.timeline.TimelinePainter.paintLegend(surface, items, 0, 4, width, fontSize);
    }

    /** The legend's entries as drawn now (tests read them). */
    public java.util.List<String> legendLabels() {
        return plan.get() == null ? java.util.List.of()
                : vn.plandesk.service.timeline.TimelineLegend.of(plan.get(), tracking.get()).stream()
                .map(vn.plandesk.draw.timeline.LegendItem::label).toList();
    }

    /** The year zoom shows the whole range in the width there is (down to a floor); the others have fixed steps. */
    private TimelineScale scaleFor(TimelineZoom z) {
        TimelineScale fixed = TimelineScale.plan(z);
        if (z != TimelineZoom.YEAR || canvas.chartViewWidth() <= 0) {
            return fixed;
        }
        double days = fixed.width() / fixed.unitsPerDay();
        double fit = (canvas.chartViewWidth() - 24) / days; // room for the arrow heads at the end
        return TimelineScale.plan(Math.max(MIN_YEAR_UNITS_PER_DAY, fit));
    }

    /**
     * Keeps the date in the middle of the view in the middle after a zoom. When the whole range was in view there is
     * no middle the officer chose: the zoom goes to the selected task's due date, or to today.
     */
    private void rezoom(TimelineZoom from, TimelineZoom to) {
        if (canvas.chart() == null) {
            relayout();
            return;
        }
        double half = canvas.chartViewWidth() / 2;
        TimelineScale old = canvas.chart().scale();
        double days = (canvas.scrollX() + half) / old.unitsPerDay();
        if (old.width() <= canvas.chartViewWidth()) {
            LocalDate focus = selectedTask.get() != null && selectedTask.get().deadline().dueDate() != null
                    && old.contains(selectedTask.get().deadline().dueDate())
                    ? selectedTask.get().deadline().dueDate() : today.get();
            days = old.xEnd(focus) / old.unitsPerDay();
        }
        relayout();
        canvas.setScrollX(days * canvas.chart().scale().unitsPerDay() - half);
    }

    private void toggleGroup(int row) {
        int group = canvas.chart().rows().get(row).group().number();
        if (!collapsed.remove(group)) {
            collapsed.add(group);
        }
        relayout();
    }

    private void showSelected(PlanTask t) {
        TimelineChart chart = canvas.chart();
        if (chart == null) {
            return;
        }
        int i = chart.indexOf(t);
        if (i < 0 && t != null && plan.get() != null) {
            // the task is in a folded group: unfold it
            for (var g : plan.get().groups()) {
                boolean inGroup = g.tasks().stream().anyMatch(x -> same(x, t)
                        || x.subTasks().stream().anyMatch(s -> same(s, t)));
                if (inGroup && collapsed.remove(g.number())) {
                    relayout();
                    return;
                }
            }
        }
        canvas.setSelected(i);
        if (i >= 0) {
            canvas.reveal(i);
        }
    }

    private static boolean same(PlanTask a, PlanTask b) {
        return a.id() != null ? a.id().equals(b.id()) : a.equals(b);
    }

    private void updateTopTask() {
        TimelineChart chart = canvas.chart();
        if (chart == null || chart.rows().isEmpty()) {
            topTask.set(null);
            return;
        }
        for (int i = Math.max(0, canvas.firstVisibleRow()); i < chart.rows().size(); i++) {
            TimelineRow r = chart.rows().get(i);
            if (!r.isGroup()) {
                topTask.set(r.task());
                return;
            }
        }
    }

    private void move(PlanTask task, Deadline to) {
        onMoveDeadline.accept(task, to);
    }
}
