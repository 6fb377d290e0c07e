package vn.plandesk.ui.derive;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.MenuItem;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.WindowContext;
import vn.plandesk.ui.ScreenFit;

/**
 * The derive feature in the window's Công cụ menu: the wizard that makes a ward plan from the province's, the
 * comparison with the parent plan, the "6 rõ" check and the list of the ward's units. Each adds itself to the window.
 */
public final class DeriveMenu {
    private final DerivationService derivations;
    private final WardUnitRegistry wardUnits;

    public DeriveMenu(DerivationService derivations, WardUnitRegistry wardUnits) {
        this.derivations = derivations;
        this.wardUnits = wardUnits;
    }

    /** "Tạo kế hoạch của phường/xã từ kế hoạch của tỉnh…": the new plan opens in the window when made. */
    public void wizard(MainWindow window) {
        WindowContext context = window.context();
        window.menus().add(AppMenus.Slot.TOOLS, item("menu.tools.derive", () -> {
            DeriveWizard wizard = new DeriveWizard(derivations, wardUnits, context::openPlan);
            Plan open = context.plan();
            if (open != null && open.kind() == PlanKind.PROVINCE) {
                wizard.preselect(open.id());
            }
            ownedBy(wizard.stage(), context, Modality.NONE);
            wizard.show();
        }));
    }

    /**
     * "So sánh với kế hoạch cấp trên…", for a ward plan that names its parent. Accepted changes go into the plan's
     * undo history, so the window shows them at once and Ctrl+Z takes them back.
     */
    public void comparison(MainWindow window) {
        WindowContext context = window.context();
        MenuItem compare = item("menu.tools.compare", () -> {
            if (context.editor() != null) {
                ParentComparisonDialog d = new ParentComparisonDialog(derivations, context.editor(), context.background());
                // modal: the comparison's steps and the window's edits must not interleave (see the dialog)
                ownedBy(d.stage(), context, Modality.WINDOW_MODAL);
                d.show();
            }
        });
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Plan p = context.plan();
            return p == null || p.kind() != PlanKind.WARD || p.parentPlan() == null;
        }, context.planProperty()));
        window.menus().add(AppMenus.Slot.TOOLS, compare);
    }

    /** "Kiểm tra 6 rõ": the gaps of the open plan, kept current; a click opens the task in the window. */
    public void clarity(MainWindow window) {
        WindowContext context = window.context();
        MenuItem check = item("menu.tools.clarity", () -> {
            ClarityPane pane = new ClarityPane(gap -> {
                if (gap.task().id() != null) {
                    context.reveal(gap.task().id());
                }
            });
            pane.setId("clarity-pane");
            pane.setPadding(new Insets(8));
            Stage stage = new Stage();
            ownedBy(stage, context, Modality.NONE);
            stage.setTitle(Messages.get("clarity.title"));
            stage.setScene(ScreenFit.scene(pane, 760, 520));
            ChangeListener<Plan> follow = (o, old, p) -> {
                if (p != null) {
                    pane.show(p);
                }
            };
            context.planProperty().addListener(follow);
            stage.setOnHidden(e -> context.planProperty().removeListener(follow));
            pane.show(context.plan());
            stage.show();
        });
        check.disableProperty().bind(context.planProperty().isNull());
        window.menus().add(AppMenus.Slot.TOOLS, check);
    }

    /** "Danh mục đơn vị của phường/xã…"; the task form of a ward plan offers these units too. */
    public void wardUnits(MainWindow window) {
        WindowContext context = window.context();
        context.addUnitSuggestions(p -> p.kind() == PlanKind.WARD ? wardUnits.units() : java.util.List.of());
        window.menus().add(AppMenus.Slot.TOOLS, item("menu.tools.wardUnits", () -> {
            WardUnitsDialog d = new WardUnitsDialog(wardUnits);
            ownedBy(d.stage(), context, Modality.NONE);
            d.show();
        }));
        // the officer's abbreviations and synonyms for mapping the ward's tasks onto a replacing plan
        derivations.dictionary().ifPresent(dictionary ->
                window.menus().add(AppMenus.Slot.TOOLS, item("menu.tools.dictionary", () -> {
                    DictionaryDialog d = new DictionaryDialog(dictionary);
                    ownedBy(d.stage(), context, Modality.NONE);
                    d.show();
                })));
        // the window's own Ngôn ngữ follows: keep it apart from the derive items
        window.menus().add(AppMenus.Slot.TOOLS, new javafx.scene.control.SeparatorMenuItem());
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setId(key.replace('.', '-'));
        i.setOnAction(e -> action.run());
        return i;
    }

    private static void ownedBy(Stage stage, WindowContext context, Modality modality) {
        stage.initOwner(context.stage());
        stage.initModality(modality);
        // the dialogs take the text size chosen for the window
        stage.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                vn.plandesk.ui.TextSize.apply(scene, context.textScaleProperty().get());
            }
        });
    }
}
