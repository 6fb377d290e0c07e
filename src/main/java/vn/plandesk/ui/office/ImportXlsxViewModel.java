package vn.plandesk.ui.office;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.model.table.ColumnMapping;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.service.office.ImportPreview;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.ui.BackgroundWork;

/**
 * The state and commands of "Nhập từ Excel" ({@link ImportXlsxView}): read a file (on the window's worker) → when
 * PlanDesk is unsure, say what each column holds → preview with the rows to check → import as a new plan, or into a
 * stored plan accepting changes one by one. The only part of the view that calls the services; nothing is written
 * before the officer confirms, and a file that cannot be read leaves one sentence and writes nothing.
 */
public final class ImportXlsxViewModel {
    /** Where the import stands: what the view shows. */
    public enum Step {
        /** Nothing read yet, being read, or refused. */
        NONE,
        /** The officer says what each column holds. */
        MAPPING,
        /** The plan read, its doubtful rows, and where it goes. */
        PREVIEW,
        /** The changes the file makes to a stored plan, each accepted or not. */
        CHANGES,
        /** Written (or nothing to change). */
        DONE
    }

    /** Writes the accepted changes into a stored plan. */
    @FunctionalInterface
    public interface IntoPlan {
        void apply(long planId, PlanComparison comparison, Set<PlanChange> accepted);
    }

    /** A row of the mapping step: a sheet's column and the field the officer gives it. */
    public record MappingRow(SheetMapping sheet, ColumnMapping column, ObjectProperty<AppendixField> field) {
        /** "Phụ lục · C" */
        public String place() {
            return sheet.sheet() + " · " + column.letter();
        }
    }

    /** A change the file makes to the stored plan, and whether the officer accepts it (yes unless unticked). */
    public record ChangeRow(PlanChange change, BooleanProperty accepted) {
        public String kindText() {
            return Messages.get("office.change." + change.kind());
        }

        /** "Nhóm II · 3", "Chỉ tiêu · 4", or "Nhóm II" for its title */
        public String where() {
            String place = change.isIndicator() ? Messages.get("office.change.indicator")
                    : Messages.get("office.change.group", RomanNumeral.format(change.group()));
            return change.number().isEmpty() ? place : place + " · " + change.number();
        }
    }

    private final ImportXlsxService imports;
    private final PlanService plans;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /** The plans to import into; null first, for a new plan. */
    private final ObservableList<PlanSummary> targets = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private byte[] file;
    private String fileName;
    private PlanComparison comparison;
    private long intoId;
    private LongConsumer onNewPlan = id -> { };
    private IntoPlan intoPlan;
    private Consumer<String> onFinished = message -> { };

    public ImportXlsxViewModel(ImportXlsxService imports, PlanService plans, BackgroundWork work) {
        this.imports = imports;
        this.plans = plans;
        this.work = work;
        this.intoPlan = imports::commitInto;
    }

    /** Reads the file on the worker and goes to the mapping step or the preview; a refusal is one sentence. */
    public void open(Path path) {
        fileName = path.getFileName().toString();
        read(() -> {
            file = Files.readAllBytes(path);
            return imports.preview(file, fileName);
        }, false);
    }

    /** Reads the file again with the fields the officer gave the columns. */
    public void continueWithMapping() {
        List<SheetMapping> fixed = new ArrayList<>();
        for (SheetMapping m : preview.get().mappings()) {
            SheetMapping s = m;
            for (MappingRow r : mapping) {
                if (r.sheet() == m) {
                    AppendixField f = r.field().get();
                    s = s.assign(r.column().column(), f, f == AppendixField.YEAR ? r.column().year() : null);
                }
            }
            fixed.add(s);
        }
        read(() -> imports.preview(file, fileName, fixed), true);
    }

    @FunctionalInterface
    private interface Reading {
        ImportPreview call() throws Exception;
    }

    /** @param mapped whether the officer has given the columns' fields (see {@link #show}) */
    private void read(Reading reading, boolean mapped) {
        status.set(Messages.get("office.import.reading", fileName));
        busy.set(true);
        step.set(Step.NONE);
        Task<ImportPreview> task = new Task<>() {
            @Override
            protected ImportPreview call() throws Exception {
                return reading.call();
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            show(task.getValue(), mapped);
        });
        work.run(task, failure -> {
            busy.set(false);
            status.set(failure instanceof PlanDeskException p ? Messages.of(p)
                    : Messages.get("cli.unexpected", failure.getClass().getSimpleName()));
        });
    }

    /**
     * The mapping step while PlanDesk is unsure; once the officer has mapped the columns, only while a sheet still
     * lacks its number or name column: a column the officer left unused is their answer, not a doubt to ask again.
     */
    /**
     * What the preview holds, its counts written as the officer writes numbers ("13.000 nhiệm vụ", not "13000"): a
     * long appendix read from a PDF has thousands of tasks and warnings.
     */
    static String previewSentence(Plan plan, int warnings) {
        return Messages.get("office.import.preview", plan.groups().size(), plan.taskCount(),
                plan.indicators().size(), warnings);
    }

    private void show(ImportPreview read, boolean mapped) {
        preview.set(read);
        boolean ask = mapped ? read.mappings().stream().anyMatch(m -> !m.missing().isEmpty()) : read.needsMapping();
        if (ask) {
            status.set(Messages.get("office.import.mapping"));
            List<MappingRow> rows = new ArrayList<>();
            for (SheetMapping m : read.mappings()) {
                for (ColumnMapping c : m.columns()) {
                    rows.add(new MappingRow(m, c, new SimpleObjectProperty<>(c.field())));
                }
            }
            mapping.setAll(rows);
            step.set(Step.MAPPING);
            return;
        }
        status.set(previewSentence(read.plan(), read.warnings().size()));
        warnings.setAll(read.warnings().stream().map(w -> Messages.get(w.key(), w.messageArgs())).toList());
        List<PlanSummary> all = new ArrayList<>();
        all.add(null);
        all.addAll(plans.list());
        targets.setAll(all);
        target.set(null);
        importable.set(read.importable());
        step.set(Step.PREVIEW);
    }

    /** Imports the preview as a new plan, or lists the changes it makes to the chosen stored plan. */
    public void confirm() {
        PlanSummary into = target.get();
        try {
            if (into == null) {
                long id = imports.commitNew(preview.get());
                done(Messages.get("office.import.done", String.valueOf(id)));
                onNewPlan.accept(id);
            } else {
                compareWith(into.id());
            }
        } catch (PlanDeskException x) {
            status.set(Messages.of(x));
        }
    }

    private void compareWith(long planId) {
        comparison = imports.compare(preview.get(), planId);
        intoId = planId;
        if (comparison.changes().isEmpty()) {
            done(Messages.get("office.import.noChanges"));
            return;
        }
        status.set(Messages.get("office.import.changes"));
        changes.setAll(comparison.changes().stream().map(c -> new ChangeRow(c, new SimpleBooleanProperty(true))).toList());
        step.set(Step.CHANGES);
    }

    /** Writes the ticked changes into the stored plan. */
    public void apply() {
        Set<PlanChange> accepted = new HashSet<>();
        changes.stream().filter(r -> r.accepted().get()).forEach(r -> accepted.add(r.change()));
        try {
            intoPlan.apply(intoId, comparison, accepted);
            done(Messages.get("office.import.applied", String.valueOf(accepted.size())));
        } catch (PlanDeskException x) {
            status.set(Messages.of(x));
        }
    }

    private void done(String message) {
        status.set(message);
        step.set(Step.DONE);
        onFinished.accept(message);
    }

    /** Called with the new plan's id after an import as a new plan. */
    public void setOnNewPlan(LongConsumer action) {
        onNewPlan = action;
    }

    /** How accepted changes are written into a stored plan: straight to the store unless told otherwise. */
    public void setIntoPlan(IntoPlan intoPlan) {
        this.intoPlan = intoPlan;
    }

    /** Called with the closing sentence once the import is written (or found nothing to change). */
    public void setOnFinished(Consumer<String> action) {
        onFinished = action;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the file is read on the worker. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    /** The doubtful rows, one sentence each with its sheet row. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<PlanSummary> targets() {
        return targets;
    }

    /** The stored plan to import into; null for a new plan. */
    public ObjectProperty<PlanSummary> targetProperty() {
        return target;
    }

    /** Whether the preview can be written (its sheets have number and name columns, and rows). */
    public ReadOnlyBooleanProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }
}
