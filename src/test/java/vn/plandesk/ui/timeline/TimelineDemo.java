package vn.plandesk.ui.timeline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import vn.plandesk.model.Plan;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * A window with the timeline beside a task table, for looking at it: {@code TimelineDemo [sample-file|N] [shots-dir]}
 * shows a sample plan (or a synthetic plan of N tasks); with a folder it writes a picture of the window at each zoom
 * there and quits.
 */
public final class TimelineDemo {
    private static String[] args = new String[0];

    private TimelineDemo() {
    }

    /** Not the Application itself: launching one from the class path needs a separate main class. */
    public static void main(String[] a) {
        args = a;
        Application.launch(Window.class);
    }

    /** The demo's window. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        String which = args.length > 0 ? args[0] : "chon-thanh-ward-plan.json";
        Path folder = Files.createTempDirectory("timeline-demo");
        Database db = Database.open(folder);
        PlanRepository repo = new PlanRepository(db);
        PlanService plans = new PlanService(repo);
        Plan plan = which.matches("\\d+") ? SyntheticPlan.generate(Integer.parseInt(which), 57L)
                : new SampleLibrary().plan(which);
        long id = plans.add(plan);
        TimelineHost host = new TimelineHost(new PlanEditors(repo).open(id));
        Scene scene = host.scene(1580, 960);
        stage.setScene(scene);
        stage.setTitle("Tiến độ 2025–2030");
        stage.show();
        if (args.length > 1) {
            File dir = new File(args[1]);
            dir.mkdirs();
            host.view.todayProperty().set(LocalDate.now());
            for (TimelineZoom z : TimelineZoom.values()) {
                host.view.zoomProperty().set(z);
                host.table.getSelectionModel().select(Math.min(9, host.table.getItems().size() - 1));
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        new File(dir, "zoom-" + z.name().toLowerCase() + ".png"));
            }
            Platform.exit();
            db.close();
        }
    }
    }
}
