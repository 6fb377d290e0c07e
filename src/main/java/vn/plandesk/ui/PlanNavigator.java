package vn.plandesk.ui;

import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanNames;

/**
 * The left of the window: the plans of the store by kind, and under the open plan its seven groups with their task
 * counts, the indicators and the plan's details. A task dragged onto a group moves there.
 */
final class PlanNavigator extends TreeView<Object> {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** A group's title in the list: its first phrase, on one or two lines; the page and the tooltip have it whole. */
    private static final int GROUP_TITLE_LENGTH = 48;

    /** A node under the open plan: a group's page, the indicators or the details. */
    record PageNode(long planId, Page page) {
        /** Plan and page; written out for the reason of {@link Page#equals}: the start looks for its page's node. */
        @Override
        public boolean equals(Object other) {
            return other instanceof PageNode o && planId == o.planId && java.util.Objects.equals(page, o.page);
        }
    }

    private final WindowContext context;
    private final TreeItem<Object> root = new TreeItem<>();
    private boolean updating;
    private java.util.Map<Long, String> names = java.util.Map.of();

    PlanNavigator(WindowContext context) {
        this.context = context;
        setId("navigator");
        setShowRoot(false);
        setRoot(root);
        setCellFactory(t -> new NavCell());
        getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (updating || item == null) {
                return;
            }
            if (item.getValue() instanceof PlanSummary s) {
                context.openPlan(s.id());
            } else if (item.getValue() instanceof PageNode n) {
                context.pageProperty().set(n.page());
            }
        });
        context.planProperty().addListener((o, old, p) -> {
            if (old == null || p == null || !old.id().equals(p.id()) || old.groups().size() != p.groups().size()) {
                reload();
            } else {
                refresh(); // the counts live in the cells' text
            }
        });
        context.shownProperty().addListener((o, old, s) -> refresh());
        context.plansVersion().addListener((o, old, v) -> reload());
        context.pageProperty().addListener((o, old, p) -> selectPage());
        // not listed here: the window shows its first plan at once, which lists the plans with that plan's pages
        // (reading and building the list twice cost the start 6 ms of the FX thread), or calls reload() itself
    }

    /** Lists the plans again (after an import, say). */
    void reload() {
        updating = true;
        try {
            root.getChildren().clear();
            Plan open = context.plan();
            List<PlanSummary> plans = context.plans().list();
            names = PlanNames.of(plans);
            for (PlanKind kind : PlanKind.values()) {
                List<PlanSummary> ofKind = plans.stream().filter(p -> p.kind() == kind).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                TreeItem<Object> k = new TreeItem<>(kind);
                k.setExpanded(true);
                for (PlanSummary s : ofKind) {
                    TreeItem<Object> item = new TreeItem<>(s);
                    if (open != null && open.id() == s.id()) {
                        // all seven groups, those without a task yet included: each is where its first task is added
                        for (int g = 1; g <= TaskGroup.COUNT; g++) {
                            item.getChildren().add(new TreeItem<>(new PageNode(s.id(), Page.group(g))));
                        }
                        item.getChildren().add(new TreeItem<>(new PageNode(s.id(), Page.INDICATORS)));
                        item.getChildren().add(new TreeItem<>(new PageNode(s.id(), Page.DETAILS)));
                        for (Page added : context.addedPages()) {
                            item.getChildren().add(new TreeItem<>(new PageNode(s.id(), added)));
                        }
                        item.setExpanded(true);
                    }
                    k.getChildren().add(item);
                }
                root.getChildren().add(k);
            }
        } finally {
            updating = false;
        }
        selectPage();
    }


    private void selectPage() {
        Plan open = context.plan();
        if (open == null) {
            return;
        }
        PageNode wanted = new PageNode(open.id(), context.pageProperty().get());
        for (TreeItem<Object> k : root.getChildren()) {
            for (TreeItem<Object> p : k.getChildren()) {
                for (TreeItem<Object> n : p.getChildren()) {
                    if (wanted.equals(n.getValue()) && getSelectionModel().getSelectedItem() != n) {
                        updating = true;
                        try {
                            getSelectionModel().select(n);
                        } finally {
                            updating = false;
                        }
                    }
                }
            }
        }
    }

    private String text(Object item) {
        if (item instanceof PlanKind k) {
            return Messages.get("nav.kind." + k.name());
        }
        if (item instanceof PlanSummary s) {
            return names.getOrDefault(s.id(), PlanNames.name(s));
        }
        if (item instanceof PageNode n) {
            Plan p = context.plan();
            if (p == null) {
                return "";
            }
            return switch (n.page().kind()) {
                case INDICATORS -> Messages.get("nav.indicators", p.indicators().size());
                case DETAILS -> Messages.get("nav.details");
                case TIMELINE -> Messages.get("nav.timeline");
                case TRACKING -> Messages.get("nav.tracking");
                case REPORTS -> Messages.get("nav.reports");
                case GROUP -> p.group(n.page().group()).map(this::groupText).orElseGet(() -> groupText(
                        new TaskGroup(n.page().group(), context.groupTitle(n.page().group()), List.of())));
            };
        }
        return String.valueOf(item);
    }

    private String groupText(TaskGroup g) {
        Set<Long> shown = context.shownProperty().get();
        if (shown == null) {
            return Messages.get("nav.group", g.roman(), PlanNames.shorten(g.title(), GROUP_TITLE_LENGTH), g.taskCount());
        }
        long n = 0;
        for (PlanTask t : g.tasks()) {
            n += shown.contains(t.id()) ? 1 : 0;
            n += t.subTasks().stream().filter(s -> shown.contains(s.id())).count();
        }
        return Messages.get("nav.groupFiltered", g.roman(), PlanNames.shorten(g.title(), GROUP_TITLE_LENGTH), n,
                g.taskCount());
    }

    private final class NavCell extends TreeCell<Object> {
        /** Made when the pointer first enters the cell ({@link HoverTooltip}); the text of the cell's item. */
        private javafx.scene.control.Tooltip tip;
        private String tipText;

        NavCell() {
            // names wrap within the list's width rather than widening it or ending in "…"; the tooltip has the whole
            // title (a plan's is shortened to the phrases that tell it apart, see PlanNames)
            setPrefWidth(0);
            setWrapText(true);
            HoverTooltip.install(this, () -> {
                if (tipText == null) {
                    return null;
                }
                tip = new javafx.scene.control.Tooltip(tipText);
                tip.setWrapText(true);
                tip.setMaxWidth(40 * javafx.scene.text.Font.getDefault().getSize());
                return tip;
            });
            setOnMouseDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, groupOf(getItem()) > 0));
            setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnMouseDragReleased(e -> {
                pseudoClassStateChanged(DROP_TARGET, false);
                int group = groupOf(getItem());
                Long dragged = context.dragged();
                if (group > 0 && dragged != null) {
                    context.setDragged(null);
                    e.consume();
                    context.edit("edit.moveToGroup", () -> context.editor().moveTask(dragged, group, null, null));
                    context.pageProperty().set(Page.group(group));
                    context.selectedTaskProperty().set(null);
                    context.selectedTaskProperty().set(dragged);
                }
            });
        }

        /**
         * The height of the name wrapped in the room the cell leaves it. The list asks a cell for its height before
         * the cell knows its width, and a wrapping label then answers with one line, which ends in "…".
         */
        @Override
        protected double computePrefHeight(double width) {
            double one = super.computePrefHeight(width);
            if (getText() == null || getTreeView() == null || getTreeItem() == null) {
                return one;
            }
            double em = getFont().getSize();
            double w = width > 0 ? width : getTreeView().getWidth();
            // the tree indents each level by about 1 em, and the disclosure arrow takes about 1.6 em more
            int level = Math.max(0, getTreeView().getTreeItemLevel(getTreeItem()) - 1);
            double room = w - snappedLeftInset() - snappedRightInset() - (level + 1.6) * em - 4;
            if (room <= em) {
                return one;
            }
            javafx.scene.text.Text t = new javafx.scene.text.Text(getText());
            t.setFont(getFont());
            t.setWrappingWidth(room);
            return Math.max(one, Math.ceil(t.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset());
        }

        private int groupOf(Object item) {
            return item instanceof PageNode n && n.page().kind() == Page.Kind.GROUP ? n.page().group() : 0;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setId(null);
                tipText = null;
                setTooltip(null);
                return;
            }
            setText(text(item));
            tipText = item instanceof PlanSummary s ? getText() + "\n" + s.title()
                    : item instanceof PageNode n && n.page().kind() == Page.Kind.GROUP && context.plan() != null
                    ? vn.plandesk.model.RomanNumeral.format(n.page().group()) + ". " + context.groupTitle(n.page().group())
                    : getText();
            if (tip != null) {
                tip.setText(tipText);
                setTooltip(tip);
            }
            setId(item instanceof PageNode n
                    ? (n.page().kind() == Page.Kind.GROUP ? "nav-group-" + n.page().group() : "nav-" + n.page().kind().name().toLowerCase())
                    : item instanceof PlanSummary s ? "nav-plan-" + s.id() : null);
        }
    }
}
