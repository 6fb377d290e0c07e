package vn.plandesk.ui.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.NameAdaptation;
import vn.plandesk.service.derive.TaskChoice;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.WardUnitRepository;
import vn.plandesk.ui.FxThread;

/** The wizard's steps, choices and the plan they make, driven through its view model without a window. */
class DeriveWizardViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private DerivationService derivations;
    private WardUnitRegistry units;
    private long kh92;
    private DeriveWizardViewModel model;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        PlanRepository plans = new PlanRepository(db);
        derivations = new DerivationService(plans, new DerivationRepository(db));
        units = new WardUnitRegistry(new WardUnitRepository(db));
        kh92 = new PlanService(plans).loadSamples().get(1);
        model = FxThread.call(() -> new DeriveWizardViewModel(derivations, units));
        model.setOnProblem(problems::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PlanSummary summary(long id) {
        return model.parents().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private TaskChoiceRow row(String key) {
        return model.rows().stream().filter(r -> r.parent.key().equals(key)).findFirst().orElseThrow();
    }

    /** Step 1 filled in for KH 92 and "Chon Thanh", then on to the tasks. */
    private void toTasks() {
        FxThread.run(() -> {
            model.start(kh92);
            model.wardNameProperty().set("Chon Thanh");
            assertTrue(model.next());
        });
    }

    @Test
    void stepOneNeedsAParentAndAWardAndTheLocalityFollowsTheName() {
        FxThread.run(() -> {
            model.start(null);
            assertEquals(DeriveWizardViewModel.PARENT, model.stepProperty().get());
            assertEquals("Bước 1/3: Kế hoạch cấp trên và phường/xã", model.stepTitle());
            assertEquals(derivations.list().size(), model.parents().size(), "every stored plan is offered");
            assertNull(model.parentPlanProperty().get());
            assertTrue(model.nextDisabled().get());
            model.parentPlanProperty().set(summary(kh92));
            assertTrue(model.nextDisabled().get(), "no ward yet");
            model.wardNameProperty().set("Chơn Thành");
            assertFalse(model.nextDisabled().get());
            assertEquals("Chơn Thành", model.localityProperty().get(), "the place of the date follows the name");
            assertEquals("UBND phường Chơn Thành", model.issuer().get());
            model.levelProperty().set("xã");
            assertEquals("UBND xã Chơn Thành", model.issuer().get());
            model.localityProperty().set("Bình Phước");
            model.wardNameProperty().set("Nha Bích");
            assertEquals("Bình Phước", model.localityProperty().get(), "a place the officer wrote stays");
        });
    }

    @Test
    void thePlanOpenInTheWindowIsChosenBeforehand() {
        FxThread.run(() -> model.start(kh92));
        assertEquals(kh92, model.parentPlanProperty().get().id());
        assertTrue(DeriveWizardViewModel.describe(model.parentPlanProperty().get()).startsWith("92/KH-UBND ngày 15/9/2025"));
    }

    @Test
    void theChosenTasksRolesUnitsAndDeadlinesMakeTheWardPlan() {
        toTasks();
        Plan parent = derivations.plan(kh92);
        assertEquals(DeriveWizardViewModel.TASKS, model.stepProperty().get());
        assertEquals(parent.id(), model.parentProperty().get().id());
        assertEquals("Đã chọn 0/" + model.rows().size() + " nhiệm vụ", model.chosenCountProperty().get());

        FxThread.run(() -> {
            assertFalse(model.next(), "no task chosen");
            assertEquals(List.of("Chưa chọn nhiệm vụ nào của kế hoạch cấp trên."), problems);
            assertEquals(DeriveWizardViewModel.TASKS, model.stepProperty().get());

            model.rows(1).forEach(r -> r.chosen.set(true));
            TaskChoiceRow three = row("3");
            model.focus(three);
            assertTrue(model.focusTitleProperty().get().startsWith("Nhiệm vụ 3 của kế hoạch cấp trên: Xây dựng chương trình"));
            assertEquals(WardRole.COORDINATE, three.role.get(), "the suggestion: the ward coordinates");
            assertEquals(TaskChoice.COORDINATE_NOTE, three.note.get());
            three.role.set(WardRole.LEAD);
            assertEquals("", three.note.get(), "a Chủ trì row has no default note");
            model.setUnit(three.leadUnits, "Phòng Văn hóa - Xã hội", true);
            three.deadline.set("Quy IV/2025");
        });
        int chosen = model.rows(1).size();
        assertEquals("Đã chọn " + chosen + "/" + model.rows().size() + " nhiệm vụ", model.chosenCountProperty().get());

        FxThread.run(() -> assertTrue(model.next()));
        assertEquals(DeriveWizardViewModel.BODY, model.stepProperty().get());
        assertTrue(model.legalBasesProperty().get().contains("Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh về"));
        assertTrue(model.sectionsProperty().get().contains("# IV. TỔ CHỨC THỰC HIỆN"));
        FxThread.run(() -> model.summaryProperty().set("Kế hoạch thử của phường"));

        long id = FxThread.call(() -> model.create()).orElseThrow();
        Plan ward = derivations.plan(id);
        assertEquals("UBND phường Chon Thanh", ward.issuer());
        assertEquals("Kế hoạch thử của phường", ward.summary());
        assertEquals(chosen, ward.taskCount(), "group I of KH 92 as the ward cites it");
        PlanTask led = ward.allTasks().stream().filter(t -> t.parentRef().number().equals("3")).findFirst().orElseThrow();
        assertEquals(WardRole.LEAD, led.role());
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), led.leadUnits());
        assertEquals("Quy IV/2025", led.deadline().printed());
        assertEquals("", led.note());
        PlanTask other = ward.allTasks().get(0);
        assertEquals(WardRole.COORDINATE, other.role());
        assertEquals(TaskChoice.COORDINATE_NOTE, other.note());
        assertEquals(List.of("Chưa chọn nhiệm vụ nào của kế hoạch cấp trên."), problems, "nothing else refused");
    }

    @Test
    void goingBackAndForthKeepsTheChoicesAndDraftsTheBodyAgain() {
        toTasks();
        List<TaskChoiceRow> rows = List.copyOf(model.rows());
        FxThread.run(() -> {
            row("1").chosen.set(true);
            row("1").name.set("Tên do cán bộ sửa");
            assertTrue(model.back());
            assertEquals(DeriveWizardViewModel.PARENT, model.stepProperty().get());
            model.wardNameProperty().set("Tan Khai");
            assertTrue(model.next());
        });
        assertEquals(rows, List.copyOf(model.rows()), "the same parent: its tasks are not read again");
        assertTrue(row("1").chosen.get());
        assertEquals("Tên do cán bộ sửa", row("1").name.get());

        FxThread.run(() -> {
            assertTrue(model.next());
            String drafted = model.summaryProperty().get();
            model.summaryProperty().set("sửa");
            assertTrue(model.back());
            assertEquals(DeriveWizardViewModel.TASKS, model.stepProperty().get());
            assertTrue(model.next());
            assertEquals(drafted, model.summaryProperty().get(), "the body is drafted again from the parent");
            assertTrue(model.back());
            assertTrue(model.back());
        });

        // another parent: its tasks, none chosen, no task in the editor
        long other = model.parents().stream().filter(p -> p.id() != kh92 && p.tasks() > 0).findFirst().orElseThrow().id();
        FxThread.run(() -> {
            model.focus(row("1"));
            model.parentPlanProperty().set(summary(other));
            assertTrue(model.next());
        });
        assertEquals(other, model.parentProperty().get().id());
        assertNotEquals(rows, List.copyOf(model.rows()));
        assertTrue(model.chosen().isEmpty());
        assertNull(model.focusedProperty().get());
        assertEquals("Chọn một nhiệm vụ ở bên trái để ghi vai trò, đơn vị, kết quả và thời gian.",
                model.focusTitleProperty().get());
    }

    @Test
    void chooseAllAndNoneAndFocusingATaskChoosesIt() {
        toTasks();
        FxThread.run(() -> {
            model.chooseAll();
            assertEquals(model.rows().size(), model.chosen().size());
            model.chooseNone();
            assertTrue(model.chosen().isEmpty());
            TaskChoiceRow second = model.rows().get(1);
            model.focus(second);
            assertEquals(List.of(second), model.chosen());
            model.focus(null);
            assertTrue(model.noSuggestionsProperty().get());
            assertEquals("", model.suggestionsProperty().get());
        });
    }

    @Test
    void unitsAreOfferedFromTheRegistryAndKeptInItsOrder() {
        toTasks();
        List<String> registry = units.units();
        assertTrue(registry.size() >= 3, registry.toString());
        TaskChoiceRow row = row("1");
        FxThread.run(() -> {
            row.leadUnits.clear();
            row.leadUnits.add("Tổ công nghệ số cộng đồng");
            List<String> offered = model.unitChoices(row.leadUnits);
            assertEquals(registry, offered.subList(0, registry.size()));
            assertEquals("Tổ công nghệ số cộng đồng", offered.get(offered.size() - 1), "a unit the registry lacks is offered too");
            model.setUnit(row.leadUnits, registry.get(2), true);
            model.setUnit(row.leadUnits, registry.get(0), true);
            model.setUnit(row.leadUnits, registry.get(0), true);
            assertEquals(List.of(registry.get(0), registry.get(2), "Tổ công nghệ số cộng đồng"), row.leadUnits);
            model.setUnit(row.leadUnits, registry.get(2), false);
            assertEquals(List.of(registry.get(0), "Tổ công nghệ số cộng đồng"), row.leadUnits);
        });
    }

    @Test
    void theSuggestedRewordingsFollowTheWardsLevel() {
        FxThread.run(() -> {
            model.start(kh92);
            model.levelProperty().set("xã");
            model.wardNameProperty().set("Nha Bích");
            assertTrue(model.next());
        });
        NameAdaptation commune = new NameAdaptation("xã");
        TaskChoiceRow row = model.rows().stream()
                .filter(r -> !commune.suggestions(r.parent.task().name()).isEmpty()).findFirst().orElseThrow();
        String before = row.parent.task().name();
        FxThread.run(() -> {
            // as the province wrote it: the officer undid the wizard's own rewording
            row.name.set(before);
            model.focus(row);
            assertFalse(model.noSuggestionsProperty().get());
            assertTrue(model.suggestionsProperty().get().startsWith("Gợi ý sửa: “"), model.suggestionsProperty().get());
            model.applySuggestions();
        });
        assertEquals(commune.adapt(before), row.name.get());
        assertNotEquals(before, row.name.get());
    }
}
