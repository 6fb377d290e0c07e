package vn.plandesk.ui.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Signer;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.BodyText;
import vn.plandesk.service.derive.DeriveRequest;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.NameAdaptation;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.PlanBody;
import vn.plandesk.service.derive.TaskChoice;
import vn.plandesk.service.derive.WardDerivation;
import vn.plandesk.service.derive.WardIdentity;
import vn.plandesk.service.derive.WardPlanDraft;
import vn.plandesk.service.derive.WardUnitRegistry;

/**
 * The state and commands of the derive wizard ({@link DeriveWizard}), the only part of it that calls the services:
 * step 1 the parent plan and the ward, step 2 the parent's tasks as {@link TaskChoiceRow}s with the one in focus,
 * step 3 the plan body drafted from the parent; {@link #create()} stores the ward plan.
 */
final class DeriveWizardViewModel {
    /** Step 1: the parent plan and the ward. */
    public static final int PARENT = 0;
    /** Step 2: the parent's tasks, the ward's role, units and texts for each. */
    public static final int TASKS = 1;
    /** Step 3: the plan body. */
    public static final int BODY = 2;

    private final DerivationService derivations;
    private final List<String> unitNames;
    private Consumer<String> problems = s -> { };

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
    private final ObservableList<PlanSummary> parents = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> parentPlan = new SimpleObjectProperty<>();
    private final StringProperty level = new SimpleStringProperty(WardIdentity.WARD);
    private final StringProperty wardName = new SimpleStringProperty("");
    private final StringProperty locality = new SimpleStringProperty("");
    private final StringBinding issuer;
    private final BooleanBinding nextDisabled;

    private final ReadOnlyObjectWrapper<Plan> parent = new ReadOnlyObjectWrapper<>();
    private Long parentId;
    private final ObservableList<TaskChoiceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chosenCount = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<TaskChoiceRow> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper focusTitle = new ReadOnlyStringWrapper(Messages.get("derive.pickTask"));
    private final ReadOnlyStringWrapper suggestions = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noSuggestions = new ReadOnlyBooleanWrapper(true);
    private NameAdaptation adaptation;

    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty legalBases = new SimpleStringProperty("");
    private final StringProperty introduction = new SimpleStringProperty("");
    private final StringProperty sections = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");

    DeriveWizardViewModel(DerivationService derivations, WardUnitRegistry units) {
        this.derivations = derivations;
        this.unitNames = units.units();
        wardName.addListener((o, old, now) -> {
            // the place of the date follows the ward's name until the officer writes another
            if (locality.get().isBlank() || locality.get().equals(old)) {
                locality.set(now);
            }
        });
        issuer = Bindings.createStringBinding(() -> ward().issuer(), level, wardName);
        nextDisabled = Bindings.createBooleanBinding(
                () -> step.get() == PARENT && (parentPlan.get() == null || wardName.get().isBlank()),
                step, parentPlan, wardName);
    }

    /** Where a refusal goes, as the sentence the officer reads (the view shows it in a dialog). */
    public void setOnProblem(Consumer<String> handler) {
        problems = handler;
    }

    /** Lists the stored plans and shows step 1, with the plan of this id chosen when it is listed. */
    public void start(Long preselected) {
        parents.setAll(derivations.list());
        parents.stream().filter(p -> preselected != null && p.id() == preselected).findFirst().ifPresent(parentPlan::set);
        step.set(PARENT);
    }

    /**
     * Goes to a step. Leaving step 1 forwards loads the parent's tasks (once per parent plan: the officer's choices
     * stay when going back and forth); leaving step 2 forwards needs a chosen task and drafts the body again.
     *
     * @return false when refused (the sentence went to the problem handler)
     */
    public boolean go(int target) {
        try {
            if (target == TASKS && step.get() == PARENT) {
                loadParent();
            }
            if (target == BODY && step.get() == TASKS) {
                if (chosen().isEmpty()) {
                    throw new PlanDeskException("derive.noTasks");
                }
                draftBody();
            }
        } catch (PlanDeskException e) {
            problems.accept(Messages.of(e));
            return false;
        }
        step.set(target);
        return true;
    }

    public boolean next() {
        return go(step.get() + 1);
    }

    public boolean back() {
        return go(step.get() - 1);
    }

    /** The ward as typed in step 1. */
    public WardIdentity ward() {
        return new WardIdentity(level.get(), wardName.get(), locality.get());
    }

    private void loadParent() {
        PlanSummary s = parentPlan.get();
        if (parentId != null && parentId == s.id()) {
            return;
        }
        Plan p = derivations.plan(s.id());
        parentId = s.id();
        WardIdentity w = ward();
        List<TaskChoiceRow> all = new ArrayList<>();
        for (ParentTask t : ParentTask.of(p)) {
            TaskChoiceRow row = new TaskChoiceRow(t, WardDerivation.suggestion(t, w));
            row.chosen.addListener((o, old, now) -> updateCount());
            all.add(row);
        }
        focus(null);
        rows.setAll(all);
        parent.set(p);
        updateCount();
    }

    private void updateCount() {
        chosenCount.set(Messages.get("derive.chosen", chosen().size(), rows.size()));
    }

    /** The rows of the parent's tasks in one of its groups, in the parent's order. */
    public List<TaskChoiceRow> rows(int group) {
        return rows.stream().filter(r -> r.parent.group() == group).toList();
    }

    public List<TaskChoiceRow> chosen() {
        return rows.stream().filter(r -> r.chosen.get()).toList();
    }

    public void chooseAll() {
        rows.forEach(r -> r.chosen.set(true));
    }

    public void chooseNone() {
        rows.forEach(r -> r.chosen.set(false));
    }

    /**
     * Puts a task in the editor (null: none); choosing a task's details means choosing the task. Its suggested
     * rewordings follow the ward's level.
     */
    public void focus(TaskChoiceRow row) {
        focused.set(row);
        if (row == null) {
            focusTitle.set(Messages.get("derive.pickTask"));
            suggestions.set("");
            noSuggestions.set(true);
            adaptation = null;
            return;
        }
        focusTitle.set(Messages.get("derive.parentTask", row.parent.key(), row.parent.task().name()));
        adaptation = new NameAdaptation(ward().level());
        List<NameAdaptation.Suggestion> found = adaptation.suggestions(row.parent.task().name());
        suggestions.set(found.isEmpty() ? Messages.get("derive.noSuggestions")
                : Messages.get("derive.suggestions", String.join("; ",
                found.stream().map(s -> "“" + s.from() + "” → “" + s.to() + "”").toList())));
        noSuggestions.set(found.isEmpty());
        row.chosen.set(true);
    }

    /** Rewrites the focused task's name with the suggested rewordings ("tỉnh" → "phường", …). */
    public void applySuggestions() {
        TaskChoiceRow row = focused.get();
        if (row != null && adaptation != null) {
            row.name.set(adaptation.adapt(row.name.get()));
        }
    }

    /** The units offered for a list of a task: the ward's registry, then any the list holds that it lacks. */
    public List<String> unitChoices(List<String> selected) {
        List<String> all = new ArrayList<>(unitNames);
        selected.stream().filter(u -> !all.contains(u)).forEach(all::add);
        return all;
    }

    /** Ticks or unticks a unit in a task's list; the list keeps the order of the offered units. */
    public void setUnit(List<String> selected, String unit, boolean on) {
        if (on) {
            if (!selected.contains(unit)) {
                List<String> order = unitChoices(selected);
                selected.add(unit);
                selected.sort(Comparator.comparingInt(order::indexOf));
            }
        } else {
            selected.remove(unit);
        }
    }

    private void draftBody() {
        PlanBody body = WardPlanDraft.body(parent.get(), ward());
        summary.set(body.summary());
        legalBases.set(String.join("\n", body.legalBases()));
        introduction.set(String.join("\n", body.introduction()));
        sections.set(BodyText.format(body.sections()));
        recipients.set(String.join("\n", body.recipients()));
        signerTitle.set(body.signer().title());
        signerName.set(body.signer().name());
    }

    /** Stores the ward plan with its parent's snapshot; its id, or empty when refused (told to the handler). */
    public Optional<Long> create() {
        PlanBody body = new PlanBody(summary.get(), List.of(legalBases.get().split("\n")),
                List.of(introduction.get().split("\n")), BodyText.parse(sections.get()),
                List.of(recipients.get().split("\n")), new Signer(List.of(), signerTitle.get(), signerName.get()));
        List<TaskChoice> choices = chosen().stream().map(TaskChoiceRow::choice).toList();
        try {
            return Optional.of(derivations.derive(parentId, new DeriveRequest(parent.get(), ward(), choices, body)));
        } catch (PlanDeskException e) {
            problems.accept(Messages.of(e));
            return Optional.empty();
        }
    }

    /** How the list of plans names one: its citation, issuer, number of tasks and title. */
    public static String describe(PlanSummary p) {
        String ref = p.number().isEmpty() ? Messages.get("derive.noNumber") : p.ref().citation();
        return ref + " — " + p.issuer() + " — " + Messages.get("cli.plans.tasks", p.tasks()) + " — " + p.title();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The title of the step shown. */
    public String stepTitle() {
        return Messages.get("derive.step" + (step.get() + 1));
    }

    public BooleanBinding nextDisabled() {
        return nextDisabled;
    }

    public ObservableList<PlanSummary> parents() {
        return parents;
    }

    public ObjectProperty<PlanSummary> parentPlanProperty() {
        return parentPlan;
    }

    public List<String> levels() {
        return List.of(WardIdentity.WARD, WardIdentity.COMMUNE);
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty wardNameProperty() {
        return wardName;
    }

    public StringProperty localityProperty() {
        return locality;
    }

    public StringBinding issuer() {
        return issuer;
    }

    /** The parent plan whose tasks step 2 lists; changes when another parent is loaded. */
    public ReadOnlyObjectProperty<Plan> parentProperty() {
        return parent.getReadOnlyProperty();
    }

    public ObservableList<TaskChoiceRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskChoiceRow> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty focusTitleProperty() {
        return focusTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestionsProperty() {
        return suggestions.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noSuggestionsProperty() {
        return noSuggestions.getReadOnlyProperty();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty legalBasesProperty() {
        return legalBases;
    }

    public StringProperty introductionProperty() {
        return introduction;
    }

    public StringProperty sectionsProperty() {
        return sections;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }
}
