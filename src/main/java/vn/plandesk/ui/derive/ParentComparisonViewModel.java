package vn.plandesk.ui.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.Remapping;
import vn.plandesk.service.derive.SyncSession;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.ui.BackgroundWork;

/**
 * The state and commands of "So sánh với kế hoạch cấp trên" ({@link ParentComparisonDialog}): the plan compared
 * against, the changes not yet accepted, the selected one with its choices (the new plan's best points, another point,
 * keep or delete the ward tasks), accept one, accept all (on the window's worker), undo. The only part of the dialog
 * that calls the services; nothing changes in the store until a change is accepted.
 */
public final class ParentComparisonViewModel {
    /** One of the new plan's best points for the selected ward task, and whether the ward task follows it now. */
    public record Candidate(String key, String text, boolean chosen) {
    }

    /** Ward tasks about to be deleted, shown to the officer before anything is written. */
    public record Deletion(PlanChange change, String header, List<String> lines) {
    }

    private final DerivationService derivations;
    private final long wardId;
    private final BackgroundWork work;
    /** The open plan's editor, when the window joins accepted changes to its undo history; else null. */
    private final PlanEditor editor;
    private final Runnable onChanged;
    private final ObservableList<PlanSummary> choices = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> against = new SimpleObjectProperty<>();
    private final ObservableList<PlanChange> changes = FXCollections.observableArrayList();
    private final ObjectProperty<PlanChange> selected = new SimpleObjectProperty<>();
    private final ObservableList<ParentTask> targets = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mappable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper removable = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ParentTask> target = new SimpleObjectProperty<>();
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private Consumer<String> onError = message -> { };
    private Predicate<Deletion> confirmDeletion = d -> false;
    private SyncSession session;

    /**
     * @param editor    the open plan's editor: every accepted change becomes a step of the plan's undo history (the
     *                  window's Ctrl+Z takes it back; so does Hoàn tác, through the same history); null to keep the
     *                  undo in the session alone
     * @param onChanged told after every accepted or undone change, so the window can show the ward plan anew
     */
    public ParentComparisonViewModel(DerivationService derivations, long wardId, PlanEditor editor, BackgroundWork work,
                                     Runnable onChanged) {
        this.derivations = derivations;
        this.wardId = wardId;
        this.editor = editor;
        this.work = work;
        this.onChanged = onChanged;
        changes.addListener((javafx.collections.ListChangeListener<PlanChange>) c -> empty.set(changes.isEmpty()));
        selected.addListener((o, old, now) -> showSelected(now));
    }

    /** Loads the ward plan, the plans it may be compared against, and the changes since its own parent. */
    public void load() {
        Plan ward = derivations.plan(wardId);
        title.set(Messages.get("compare.title", ward.issuer()));
        PlanSummary own = new PlanSummary(-1, ward.kind(), "", "", null, "", 0, 0, 0,
                Messages.get("compare.ownParent"), false);
        List<PlanSummary> all = new ArrayList<>();
        all.add(own);
        derivations.list().stream().filter(p -> p.id() != wardId).forEach(all::add);
        choices.setAll(all);
        against.set(own);
        against.addListener((o, old, now) -> open(now == null || now.id() < 0 ? null : now.id()));
        open(null);
    }

    /** Compares the ward plan with its own parent (null) or with a plan that replaces it. */
    void open(Long newParentId) {
        try {
            session = derivations.compare(wardId, newParentId);
            targets.setAll(session.currentTasks());
            refresh();
        } catch (PlanDeskException e) {
            onError.accept(Messages.of(e));
        }
    }

    private void refresh() {
        List<PlanChange> now = session.changes();
        int index = changes.indexOf(selected.get());
        changes.setAll(now);
        // through null: a change equal to the one selected before is still a new row to select
        selected.set(null);
        selected.set(now.isEmpty() ? null : now.get(Math.max(0, Math.min(index, now.size() - 1))));
        canUndo.set(session.canUndo());
        long toChoose = now.stream().filter(c -> !session.acceptedByAll(c)).count();
        status.set(session.isReplacement() ? Messages.get("compare.statusReplacement", now.size(), toChoose)
                : Messages.get("compare.status", now.size()));
        showSelected(selected.get());
    }

    /** "Chọn" for a relink the officer must decide; the kind of change otherwise. */
    public String kindText(PlanChange c) {
        if (c.kind() == PlanChange.Kind.RELINK && session != null && !session.acceptedByAll(c)) {
            return Messages.get("compare.kind.choose");
        }
        return Messages.get("change.kind." + c.kind().name());
    }

    /** The change in one sentence, without the ward tasks (they have their own column). */
    public String changeText(PlanChange c) {
        return ChangeText.describe(c.withWardTasks(List.of()));
    }

    /** "1.a) 30 % · 1.e) 12 % · 4.a) 11 %" for a ward task of a replacement. */
    public String candidatesText(PlanChange c) {
        if (session == null) {
            return "";
        }
        return session.proposal(c).map(p -> p.candidates().stream()
                .map(k -> Messages.get("compare.candidate.short", k.key(), Math.round(k.score() * 100)))
                .collect(Collectors.joining(" · "))).orElse("");
    }

    private void showSelected(PlanChange c) {
        boolean replacing = session != null && session.isReplacement();
        boolean map = replacing && c != null
                && (c.kind() == PlanChange.Kind.RELINK || c.kind() == PlanChange.Kind.UNMATCHED);
        mappable.set(map);
        removable.set(!replacing && c != null && c.kind() == PlanChange.Kind.REMOVED && !c.wardTasks().isEmpty());
        List<Candidate> list = new ArrayList<>();
        if (map) {
            List<String> chosen = c.newKey() == null ? List.of() : Remapping.keys(c.newKey());
            session.proposal(c).ifPresent(p -> {
                for (Remapping.Candidate k : p.candidates()) {
                    String name = targets.stream().filter(n -> n.key().equals(k.key())).findFirst()
                            .map(n -> ChangeText.excerpt(n.task().name())).orElse("");
                    list.add(new Candidate(k.key(), Messages.get("compare.candidate", k.key(),
                            Math.round(k.score() * 100), name), chosen.contains(k.key())));
                }
            });
        }
        candidates.setAll(list);
        if (c == null) {
            detail.set("");
            return;
        }
        StringBuilder b = new StringBuilder(ChangeText.describe(c));
        if (c.oldTask() != null) {
            b.append("\n\n").append(Messages.get("compare.before")).append(' ').append(c.oldTask().name());
        }
        if (c.newTask() != null) {
            b.append("\n").append(Messages.get("compare.after")).append(' ').append(c.newTask().name());
        }
        detail.set(b.toString());
        if (c.newKey() != null) {
            targets.stream().filter(t -> t.key().equals(c.newKey())).findFirst().ifPresent(target::set);
        }
    }

    /** The ticked candidates become the points the ward task follows ("3.đ), 3.h)" when several); none: the proposal. */
    public void chooseCandidates(List<String> keys) {
        PlanChange c = selected.get();
        if (c == null || c.oldKey() == null) {
            return;
        }
        act(() -> session.retarget(c.oldKey(), keys.isEmpty() ? "" : Remapping.citation(keys)));
    }

    /** The selected ward task follows the point chosen in the list of the new plan's tasks. */
    public void retarget() {
        PlanChange c = selected.get();
        ParentTask t = target.get();
        if (c == null || t == null || c.oldKey() == null) {
            return;
        }
        act(() -> session.retarget(c.oldKey(), t.key()));
    }

    /** No counterpart: the ward task keeps citing the old plan; nothing in the ward plan changes. */
    public void keepOld() {
        PlanChange c = selected.get();
        if (c == null || c.oldKey() == null) {
            return;
        }
        session.keep(c);
        refresh();
    }

    /** The ward tasks the selected change would delete, as the officer is asked about them; empty when none. */
    public Optional<Deletion> deletion() {
        PlanChange c = selected.get();
        if (c == null || c.wardTasks().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String key : c.wardTasks()) {
            session.wardTask(key).ifPresent(t ->
                    lines.add(Messages.get("compare.deleteLine", key, ChangeText.excerpt(t.name()))));
        }
        return Optional.of(new Deletion(c, Messages.get("compare.deleteHeader", c.wardTasks().size()), lines));
    }

    /** Deleting ward tasks: shown first and confirmed by the officer ({@link #setConfirmDeletion}), one step of undo. */
    public void deleteWardTasks() {
        Optional<Deletion> d = deletion();
        if (d.isEmpty() || !confirmDeletion.test(d.get())) {
            return;
        }
        try {
            session.deleteWardTasks(d.get().change());
            recordAccepted(1);
        } catch (PlanDeskException e) {
            onError.accept(Messages.of(e));
        }
        refresh();
        onChanged.run();
    }

    /** Accepts the selected change; a removed parent task with ward tasks goes through the deletion's confirmation. */
    public void accept() {
        PlanChange c = selected.get();
        if (c == null) {
            return;
        }
        if (c.kind() == PlanChange.Kind.REMOVED && !c.wardTasks().isEmpty()) {
            deleteWardTasks();
            return;
        }
        try {
            int before = session.undoDepth();
            session.accept(c);
            recordAccepted(session.undoDepth() - before);
        } catch (PlanDeskException e) {
            onError.accept(Messages.of(e));
        }
        refresh();
        onChanged.run();
    }

    /**
     * The confident changes, applied together and stored in one transaction (one step of undo), on the window's
     * worker while {@link #busyProperty} is true. Never deletes a ward task: those are listed for the officer to
     * confirm one by one.
     */
    public void acceptAll() {
        SyncSession s = session;
        int before = s.undoDepth();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                return s.acceptAll();
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            // the whole acceptance is one stored step of the session, so one step of the plan's undo
            recordAccepted(s.undoDepth() - before);
            refresh();
            status.set(Messages.get("compare.acceptedAll", task.getValue(), status.get()));
            onChanged.run();
        });
        work.run(task, failure -> {
            busy.set(false);
            // the changes accepted before the failure stay, each undoable
            recordAccepted(s.undoDepth() - before);
            onError.accept(failure instanceof PlanDeskException p ? Messages.of(p)
                    : Messages.get("cli.unexpected", failure.getClass().getSimpleName()));
            refresh();
            onChanged.run();
        });
    }

    /** Takes back the newest accepted change (through the plan's undo history when the window keeps one). */
    public void undo() {
        try {
            if (editor != null) {
                editor.undo();
            } else {
                session.undo();
            }
        } catch (PlanDeskException e) {
            onError.accept(Messages.of(e));
        }
        refresh();
        onChanged.run();
    }

    /** Adds the changes just accepted to the plan's undo history, one step each as the session keeps them. */
    private void recordAccepted(int count) {
        if (editor == null) {
            return;
        }
        SyncSession s = session;
        PlanEditor.StoredChange step = s.asStoredChange();
        for (int i = 0; i < count; i++) {
            editor.recordStored("edit.acceptParentChange", s.ward(), step);
        }
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (PlanDeskException e) {
            onError.accept(Messages.of(e));
        }
        refresh();
    }

    /** Told the sentence of a failure the officer must read. */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /** Asks the officer whether to delete the ward tasks shown; true deletes them. */
    public void setConfirmDeletion(Predicate<Deletion> confirmDeletion) {
        this.confirmDeletion = confirmDeletion;
    }

    public ObservableList<PlanSummary> choices() {
        return choices;
    }

    public ObjectProperty<PlanSummary> againstProperty() {
        return against;
    }

    public ObservableList<PlanChange> changes() {
        return changes;
    }

    public ObjectProperty<PlanChange> selectedProperty() {
        return selected;
    }

    /** The new plan's tasks, for correcting a proposed mapping. */
    public ObservableList<ParentTask> targets() {
        return targets;
    }

    public ObjectProperty<ParentTask> targetProperty() {
        return target;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while accept all runs on the worker. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether the selected change's mapping can be corrected (a ward task of a replacement). */
    public ReadOnlyBooleanProperty mappableProperty() {
        return mappable.getReadOnlyProperty();
    }

    /** Whether the selected change is a parent task removed (same plan) whose ward tasks the officer may delete. */
    public ReadOnlyBooleanProperty removableProperty() {
        return removable.getReadOnlyProperty();
    }

    /** Accept and accept all are off when nothing is listed or accept all is running. */
    public BooleanBinding acceptDisabled() {
        return Bindings.or(empty, busy);
    }

    public SyncSession session() {
        return session;
    }
}
