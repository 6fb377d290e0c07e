package vn.plandesk.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.AppVersion;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.edit.UndoHistory;

/**
 * The officer's window: plans and groups on the left, the chosen group's tasks in the centre, the selected task's
 * details on the right, search and filters above, counts below. Features added later hook in through
 * {@link #menus()} and {@link #context()}.
 */
public final class MainWindow {

    private final Stage stage;
    private final Settings settings;
    private final Path storeFolder;
    private final WindowContext context;
    private final AppMenus menus = new AppMenus();
    private final Map<Integer, TaskGroupView> groups = new HashMap<>();
    private final Map<Page.Kind, Node> otherPages = new HashMap<>();
    /** The views features added, made the first time they are shown; they follow the open plan themselves. */
    private final Map<Page.Kind, java.util.function.Supplier<Node>> addedPages = new HashMap<>();
    private final Map<Page.Kind, Node> addedViews = new HashMap<>();
    private final StackPane centre = new StackPane();
    private final SplitPane main = new SplitPane();
    private final SplitPane work = new SplitPane();
    private final BorderPane root = new BorderPane();
    private SearchBar search;
    private Runnable onLanguageChange = () -> { };
    private MenuItem undo;
    private MenuItem redo;
    private TaskDetailForm form;
    private double formDivider;
    private int lastGroup = 1;
    /** Whether the officer wants the task form beside the table: it can be hidden for a wider table, remembered. */
    private final javafx.beans.property.BooleanProperty formWanted = new javafx.beans.property.SimpleBooleanProperty();

    public MainWindow(Stage stage, PlanService plans, PlanEditors editors, Settings settings, Path storeFolder) {
        this.stage = stage;
        this.settings = settings;
        this.storeFolder = storeFolder;
        this.context = new WindowContext(stage, plans, editors, settings);
        // a job still running (a save) finishes before the store closes; no new job starts once the window is gone
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> context.background().close());
        context.textScaleProperty().set(settings.getDouble("text.scale", 1.0));
    }

    public WindowContext context() {
        return context;
    }

    public AppMenus menus() {
        return menus;
    }

    /**
     * Adds a page to the centre of the window, listed under the open plan in the navigator. The view is made the first
     * time the page is shown and kept; it follows {@link WindowContext#planProperty()} itself.
     */
    public void addPage(Page page, java.util.function.Supplier<Node> view) {
        addedPages.put(page.kind(), view);
        context.addedPages().add(page);
    }

    /** Called when the officer chooses another language: the app builds the window again in it. */
    public void setOnLanguageChange(Runnable action) {
        onLanguageChange = action;
    }

    public void show() {
        show(false);
    }

    /**
     * Builds and shows the window; with {@code loadSamples} (the first start in a new store) it loads the sample plans
     * in the background first, with their progress in the status bar, then opens the ward plan.
     */
    public void show(boolean loadSamples) {
        FxLocalization.install();
        search = new SearchBar(context);
        PlanNavigator navigator = new PlanNavigator(context);
        form = new TaskDetailForm(context);
        centre.getStyleClass().add("centre");
        VBox middle = new VBox(search, centre);
        VBox.setVgrow(centre, javafx.scene.layout.Priority.ALWAYS);
        work.getItems().addAll(middle, form);
        work.setId("work-split");
        main.getItems().addAll(navigator, work);
        main.setId("main-split");
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(form, false);
        buildMenus();
        root.setId("main-window");
        root.setTop(menus.bar());
        root.setCenter(main);
        root.setBottom(new StatusBar(context));
        root.getStyleClass().add("main-window");
        context.pageProperty().addListener((o, old, p) -> showPage(p));
        // a progress entry is a step of the undo history that leaves the plan's tasks as they were
        context.edits().addListener((o, old, v) -> updateUndoItems());
        context.planProperty().addListener((o, old, p) -> {
            updateUndoItems();
            if (old == null || p == null || !old.id().equals(p.id())) {
                groups.clear();
                otherPages.clear();
                showPage(context.pageProperty().get());
            }
        });

        // never larger than the screen: a size kept on a large monitor, or the first start's, on a 1366×768 laptop
        // would put the menu bar and the status bar out of reach whenever the window is not maximized
        Scene scene = ScreenFit.scene(root, settings.getDouble("window.width", 1400),
                settings.getDouble("window.height", 860));
        scene.getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        TextSize.apply(scene, context.textScaleProperty().get());
        context.textScaleProperty().addListener((o, old, v) -> TextSize.apply(scene, v.doubleValue()));
        noTypingAfterShortcut(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        settings.get("window.x").ifPresent(x -> stage.setX(Double.parseDouble(x)));
        settings.get("window.y").ifPresent(y -> stage.setY(Double.parseDouble(y)));
        // the first start fills the screen: the appendix tables are wide; afterwards the officer's own choice holds
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized").orElse("true")));
        main.setDividerPositions(settings.getDouble("split.main", 0.18));
        work.setDividerPositions(settings.getDouble("split.work", 0.76));
        formDivider = settings.getDouble("split.work", 0.76);
        formWanted.set(Boolean.parseBoolean(settings.get("form.shown").orElse("true")));
        formWanted.addListener((o, was, now) -> showWhatThePageNeeds());
        context.pageProperty().addListener((o, old, p) -> showWhatThePageNeeds());
        context.selectedTaskProperty().addListener((o, old, id) -> showWhatThePageNeeds());
        showWhatThePageNeeds();
        // the plan read ahead while the toolkit started is put in the window before it shows: the window and the
        // plan's table are styled and laid out in one pass, instead of a second pass after the window's first frame
        Long first = loadSamples ? null : firstPlan();
        // the tracking page's read-ahead and the like wait for the first frame rather than share the cores with it
        context.holdUntilFirstFrame();
        boolean shown = first != null && context.showIfOpen(first);
        if (!shown) {
            navigator.reload(); // the plans, listed while the first one is read (or the samples loaded)
        }
        stage.show();
        NextFrame.drawn(stage.getScene(), context::firstFrameDrawn);
        updateUndoItems();
        if (loadSamples) {
            context.loadSamples(this::openFirstPlan);
        } else if (first != null && !shown) {
            context.openPlan(first);
        }
    }

    /**
     * Keeps what is typed but not yet kept, then window size, split positions, text size and the open plan for the
     * next start. Called whenever the window closes (its close button, Ctrl+Q, another language).
     */
    public void saveState() {
        context.keepPendingEdits();
        if (!stage.isMaximized()) {
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
        }
        settings.put("window.maximized", stage.isMaximized());
        if (main.getDividerPositions().length > 0) {
            settings.put("split.main", main.getDividerPositions()[0]);
        }
        if (work.getDividerPositions().length > 0) {
            settings.put("split.work", work.getDividerPositions()[0]);
        } else {
            settings.put("split.work", formDivider);
        }
        settings.put("form.shown", formWanted.get());
        settings.put("text.scale", context.textScaleProperty().get());
        if (context.plan() != null) {
            settings.put("plan.last", context.plan().id());
        }
        settings.save();
    }

    /**
     * A key that fires a menu shortcut writes nothing into the focused field. Text fields take Ctrl+Alt+key as AltGr
     * and type its character, so Ctrl+Alt+1/2/3 (text size) also typed the digit: the character that follows any
     * shortcut's key press is dropped (for the other shortcuts the fields drop it already).
     */
    private static void noTypingAfterShortcut(Scene scene) {
        boolean[] shortcut = new boolean[1];
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> shortcut[0] =
                scene.getAccelerators().keySet().stream().anyMatch(k -> k.match(e)));
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (shortcut[0]) {
                e.consume();
            }
        });
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> shortcut[0] = false);
    }

    private void openFirstPlan() {
        Long first = firstPlan();
        if (first != null) {
            context.openPlan(first);
        }
    }

    /** The plan the window opens at its start: the one open last, when it is still there; else the first ward plan. */
    private Long firstPlan() {
        List<PlanSummary> plans = context.plans().list();
        Long last = settings.getLong("plan.last").filter(id -> plans.stream().anyMatch(p -> p.id() == id)).orElse(null);
        if (last == null) {
            last = plans.stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id).findFirst()
                    .orElse(plans.isEmpty() ? null : plans.get(0).id());
        }
        return last;
    }

    private void showPage(Page page) {
        if (context.plan() == null || page == null) {
            return;
        }
        Node node = switch (page.kind()) {
            case GROUP -> groupView(page.group());
            case INDICATORS -> otherPages.computeIfAbsent(Page.Kind.INDICATORS, k -> new IndicatorsView(context));
            case DETAILS -> otherPages.computeIfAbsent(Page.Kind.DETAILS, k -> new PlanDetailsView(context));
            case TIMELINE, TRACKING, REPORTS -> addedPages.containsKey(page.kind())
                    ? addedViews.computeIfAbsent(page.kind(), k -> addedPages.get(k).get()) : null;
        };
        if (node != null) {
            centre.getChildren().setAll(node);
        }
    }

    /** The view of a group, made the first time it is shown, then kept. */
    private Node groupView(int number) {
        // not made inside computeIfAbsent: a view shows its plan as it is made, which runs the window's listeners
        TaskGroupView view = groups.get(number);
        if (view == null) {
            view = new TaskGroupView(context, number);
            groups.put(number, view);
        }
        return view.node();
    }

    /**
     * The filter bar and the task form belong to the group pages: the indicators and the plan's details have no
     * task, so they are hidden there. The timeline shows the form only while it has a task chosen (its start date is
     * edited there), never greyed. The officer may hide the form for a wider table.
     */
    private void showWhatThePageNeeds() {
        Page.Kind kind = context.pageProperty().get().kind();
        boolean group = kind == Page.Kind.GROUP;
        if (group) {
            lastGroup = context.pageProperty().get().group();
        }
        // the tracking page searches and filters its tasks with the same bar
        boolean searched = group || kind == Page.Kind.TRACKING;
        search.setVisible(searched);
        search.setManaged(searched);
        boolean showForm = formWanted.get()
                && (group || kind == Page.Kind.TIMELINE && context.selectedTaskProperty().get() != null);
        boolean shown = work.getItems().contains(form);
        if (showForm && !shown) {
            work.getItems().add(form);
            work.setDividerPositions(formDivider);
        } else if (!showForm && shown) {
            formDivider = work.getDividerPositions()[0];
            work.getItems().remove(form);
        }
    }

    private TaskGroupView currentGroup() {
        Page p = context.pageProperty().get();
        return p.kind() == Page.Kind.GROUP ? groups.get(p.group()) : null;
    }

    private PlanTask selectedTask() {
        Long id = context.selectedTaskProperty().get();
        return id == null || context.editor() == null ? null : context.editor().task(id).orElse(null);
    }

    // ---- menus and their actions

    private void buildMenus() {
        menus.file.getItems().addAll(AppMenus.separator(),
                AppMenus.item("menu.file.quit", "Shortcut+Q", () -> {
                    saveState();
                    stage.close();
                }));

        undo = AppMenus.item("menu.edit.undo", "Shortcut+Z", this::undo);
        redo = AppMenus.item("menu.edit.redo", "Shortcut+Y", this::redo);
        menus.edit.getItems().addAll(undo, redo, AppMenus.separator(),
                AppMenus.item("menu.edit.addTask", "Shortcut+N", this::addTask),
                AppMenus.item("menu.edit.addSubTask", "Shortcut+Shift+N", this::addSubTask),
                AppMenus.item("menu.edit.delete", "Delete", this::deleteTask),
                AppMenus.item("menu.edit.moveUp", "Alt+Up", () -> moveBy(-1)),
                AppMenus.item("menu.edit.moveDown", "Alt+Down", () -> moveBy(1)),
                AppMenus.item("menu.edit.moveToGroup", "Shortcut+M", this::moveToGroup),
                AppMenus.separator(),
                AppMenus.item("menu.edit.find", "Shortcut+F", () -> {
                    // the search is the group pages': from another page it goes back to the last group shown
                    if (context.pageProperty().get().kind() != Page.Kind.GROUP) {
                        context.pageProperty().set(Page.group(lastGroup));
                    }
                    search.focusSearch();
                }),
                AppMenus.item("menu.edit.findNext", "F3", () -> context.nextHit(1)),
                AppMenus.item("menu.edit.findPrevious", "Shift+F3", () -> context.nextHit(-1)));

        for (int g = 1; g <= TaskGroup.COUNT; g++) {
            int group = g;
            MenuItem item = new MenuItem(Messages.get("menu.view.group", vn.plandesk.model.RomanNumeral.format(g)));
            item.setId("menu-view-group-" + g);
            item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + g));
            item.setOnAction(e -> context.pageProperty().set(Page.group(group)));
            menus.view.getItems().add(item);
        }
        Menu size = new Menu(Messages.get("menu.view.textSize"));
        size.setId("menu-view-textSize");
        ToggleGroup sizes = new ToggleGroup();
        for (int i = 0; i < TextSize.SIZES.length; i++) {
            double s = TextSize.SIZES[i];
            RadioMenuItem r = new RadioMenuItem(Math.round(s * 100) + " %");
            r.setId("menu-view-size-" + Math.round(s * 100));
            r.setToggleGroup(sizes);
            r.setSelected(Math.abs(context.textScaleProperty().get() - s) < 0.01);
            r.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Alt+" + (i + 1)));
            r.setOnAction(e -> context.textScaleProperty().set(s));
            size.getItems().add(r);
        }
        menus.view.getItems().addAll(
                AppMenus.item("menu.view.indicators", "Shortcut+8", () -> context.pageProperty().set(Page.INDICATORS)),
                AppMenus.item("menu.view.details", "Shortcut+9", () -> context.pageProperty().set(Page.DETAILS)),
                AppMenus.separator(),
                AppMenus.item("menu.view.clearFilters", "Shortcut+Shift+L", () -> search.clearFilters()),
                formToggle(),
                size);

        Menu language = new Menu(Messages.get("menu.tools.language"));
        language.setId("menu-tools-language");
        ToggleGroup langs = new ToggleGroup();
        for (String[] l : new String[][] {{"vi", "menu.tools.vietnamese"}, {"en", "menu.tools.english"}}) {
            RadioMenuItem r = new RadioMenuItem(Messages.get(l[1]));
            r.setId("menu-tools-language-" + l[0]);
            r.setToggleGroup(langs);
            r.setSelected(Messages.locale().getLanguage().equals(l[0]));
            r.setOnAction(e -> {
                if (!Messages.locale().getLanguage().equals(l[0])) {
                    settings.put("locale", l[0]);
                    Messages.setLocale(Locale.forLanguageTag(l[0]));
                    saveState();
                    onLanguageChange.run();
                }
            });
            language.getItems().add(r);
        }
        menus.tools.getItems().add(language);
        menus.help.getItems().add(AppMenus.item("menu.help.about", "F1", () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.get("about.text", storeFolder, AppVersion.get()));
            a.initOwner(stage);
            a.setHeaderText(Messages.get("app.title"));
            a.show();
        }));
    }

    private MenuItem formToggle() {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(Messages.get("menu.view.form"));
        item.setId("menu-view-form");
        item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+D"));
        item.selectedProperty().bindBidirectional(formWanted);
        return item;
    }

    private void updateUndoItems() {
        PlanEditor e = context.editor();
        UndoHistory h = e == null ? null : e.history();
        undo.setDisable(h == null || !h.canUndo());
        redo.setDisable(h == null || !h.canRedo());
        undo.setText(h == null || !h.canUndo() ? Messages.get("menu.edit.undo")
                : Messages.get("menu.edit.undoWhat", Messages.get(h.nextUndo().orElseThrow().labelKey())));
        redo.setText(h == null || !h.canRedo() ? Messages.get("menu.edit.redo")
                : Messages.get("menu.edit.redoWhat", Messages.get(h.nextRedo().orElseThrow().labelKey())));
    }

    private void undo() {
        PlanEditor e = context.editor();
        if (e == null) {
            return;
        }
        String label = e.history().nextUndo().map(UndoHistory.Entry::labelKey).orElse(null);
        if (label == null) {
            context.statusProperty().set(Messages.get("status.nothingToUndo"));
            return;
        }
        if (context.edit(null, e::undo)) {
            context.statusProperty().set(Messages.get("status.undone", Messages.get(label)));
        }
    }

    private void redo() {
        PlanEditor e = context.editor();
        if (e == null) {
            return;
        }
        String label = e.history().nextRedo().map(UndoHistory.Entry::labelKey).orElse(null);
        if (label == null) {
            context.statusProperty().set(Messages.get("status.nothingToRedo"));
            return;
        }
        if (context.edit(null, e::redo)) {
            context.statusProperty().set(Messages.get("status.redone", Messages.get(label)));
        }
    }

    private void addTask() {
        PlanEditor e = context.editor();
        Page p = context.pageProperty().get();
        if (e == null) {
            return;
        }
        if (p.kind() == Page.Kind.INDICATORS) {
            context.edit("edit.addIndicator", () -> e.addIndicator(null));
            return;
        }
        if (p.kind() != Page.Kind.GROUP) {
            return;
        }
        PlanTask sel = selectedTask();
        context.addTask(p.group(), sel == null ? null : sel.id());
    }

    private void addSubTask() {
        PlanEditor e = context.editor();
        PlanTask sel = selectedTask();
        if (e == null || sel == null) {
            return;
        }
        long[] id = new long[1];
        if (context.edit("edit.addSubTask", () -> id[0] = e.addSubTask(sel.id()))) {
            context.selectedTaskProperty().set(id[0]);
        }
    }

    private void deleteTask() {
        PlanEditor e = context.editor();
        PlanTask sel = selectedTask();
        if (e == null || sel == null) {
            return;
        }
        String name = sel.name().length() > 80 ? sel.name().substring(0, 80) + "…" : sel.name();
        String question = sel.subTasks().isEmpty() ? Messages.get("confirm.delete", sel.number(), name)
                : Messages.get("confirm.delete.subs", sel.number(), name, sel.subTasks().size());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("confirm.delete.undo"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setTitle(Messages.get("confirm.delete.title"));
        confirm.setHeaderText(question);
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            context.selectedTaskProperty().set(null);
            context.edit("edit.deleteTask", () -> e.deleteTask(sel.id()));
        }
    }

    private void moveBy(int delta) {
        PlanEditor e = context.editor();
        PlanTask sel = selectedTask();
        if (e != null && sel != null) {
            context.edit(delta < 0 ? "edit.moveUp" : "edit.moveDown", () -> e.moveBy(sel.id(), delta));
            context.selectedTaskProperty().set(null);
            context.selectedTaskProperty().set(sel.id());
        }
    }

    private void moveToGroup() {
        PlanEditor e = context.editor();
        PlanTask sel = selectedTask();
        if (e == null || sel == null) {
            return;
        }
        Plan plan = e.plan();
        List<String> choices = plan.groups().stream().map(g -> g.roman() + ". " + g.title()).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(stage);
        d.setTitle(Messages.get("move.title"));
        d.setHeaderText(Messages.get("move.header", sel.number()));
        // the list is as wide as the longest group title: the dialog ran off the screen, its buttons out of reach
        if (d.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.ComboBox<?> list) {
            list.setPrefWidth(36 * context.em());
            list.setMaxWidth(36 * context.em());
        }
        d.getDialogPane().setMaxWidth(44 * context.em());
        d.showAndWait().ifPresent(choice -> {
            int group = plan.groups().get(choices.indexOf(choice)).number();
            if (context.edit("edit.moveToGroup", () -> e.moveTask(sel.id(), group, null, null))) {
                context.reveal(sel.id());
            }
        });
    }
}
