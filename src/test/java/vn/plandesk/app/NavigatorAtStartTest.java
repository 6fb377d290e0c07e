package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.PlanSummary;

/**
 * The navigator lists every plan from the window's first frame on, whether the first plan was read ahead (the
 * navigator is then listed once, with that plan's pages) or is still being read (the plans are listed while it is).
 */
class NavigatorAtStartTest extends WindowTestBase {
    /** The plans the navigator lists, and how many pages it shows under them. */
    private static String listed(TreeView<?> navigator) {
        List<Long> plans = new ArrayList<>();
        int pages = 0;
        for (TreeItem<?> kind : navigator.getRoot().getChildren()) {
            for (TreeItem<?> plan : kind.getChildren()) {
                plans.add(((PlanSummary) plan.getValue()).id());
                pages += plan.getChildren().size();
            }
        }
        return plans.stream().sorted().toList() + " pages " + (pages > 0);
    }

    private String allPlans(boolean withPages) {
        return services.plans().list().stream().map(PlanSummary::id).sorted().toList() + " pages " + withPages;
    }

    @Test
    void aPlanReadAheadIsShownWithEveryPlanListed() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AtomicReference<String> atShow = new AtomicReference<>();
        AtomicReference<String> expected = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            openStoreWithWardPlanReadAhead();
            window = DesktopApp.showWindow(stage, services);
            atShow.set(listed((TreeView<?>) stage.getScene().lookup("#navigator")));
            expected.set(allPlans(true));
        });
        assertEquals(expected.get(), atShow.get());
    }

    @Test
    void whileTheFirstPlanIsReadThePlansAreListedAlready() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AtomicReference<String> atShow = new AtomicReference<>();
        AtomicReference<String> expected = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir);
            window = DesktopApp.showWindow(stage, services); // nothing read ahead: the plan opens in the background
            atShow.set((window.context().plan() == null ? "reading, " : "shown, ")
                    + listed((TreeView<?>) stage.getScene().lookup("#navigator")));
            expected.set("reading, " + allPlans(false));
        });
        assertEquals(expected.get(), atShow.get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(allPlans(true), listed(lookup("#navigator").queryAs(TreeView.class)));
    }
}
