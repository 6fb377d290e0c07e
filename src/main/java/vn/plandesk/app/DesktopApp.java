package vn.plandesk.app;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.service.Messages;
import vn.plandesk.store.StoreLocation;
import vn.plandesk.ui.MainWindow;

/** The JavaFX application: opens the store, shows the main window, closes the store on exit. */
public final class DesktopApp extends Application {
    /** What the window prints then, followed by the milliseconds since the JVM started and the plan's tasks. */
    public static final String READY_LINE = "editable-after-ms ";
    private static Cli.StartOptions arguments = Cli.startOptions(new String[0]);
    /** The store, opening while the toolkit starts; null when the application was launched otherwise. */
    private static StoreOpening opening;
    private Services services;
    private MainWindow window;

    static void launchWith(Cli.StartOptions args) {
        arguments = args;
        opening = StoreOpening.start(args.db());
        SoftwareDrawing.beforeToolkit(args.db() != null ? args.db() : StoreLocation.defaultFolder());
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        vn.plandesk.ui.FxLocalization.install();
        if (arguments.locale() != null) {
            Messages.setLocale(Locale.forLanguageTag(arguments.locale()));
        }
        try {
            services = opening != null ? opening.services() : Services.open(arguments.db(), false);
            if (arguments.locale() == null) {
                useSavedLanguage(services);
            }
        } catch (PlanDeskException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.of(e));
            alert.setHeaderText(Messages.get("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        java.nio.file.Path file = arguments.exchangeFile();
        if (file != null) {
            openExchangeFile(services, file);
        }
        window = showWindow(stage, services, WindowExtensions.all(services), services.isNew());
        stage.setOnCloseRequest(e -> window.saveState());
        if (arguments.exitWhenEditable()) {
            exitWhenEditable(window);
        }
    }

    /**
     * For the start-up benchmark and the class-data archive of the package: once a plan is open and its first frame
     * drawn, prints how long that took since the process started, and quits as the officer's Quit does, by closing
     * the window: its jobs (the tracking page's read-ahead, started once the plan shows) finish before the store
     * closes. {@code Platform.exit()} hid no window, and the store closed under the running job, which failed.
     */
    static void exitWhenEditable(MainWindow window) {
        if (window.context().plan() != null) { // the plan read ahead was shown with the window
            exitAfterNextFrame(window, window.context().plan());
            return;
        }
        window.context().planProperty().addListener((o, old, plan) -> {
            if (old == null && plan != null) {
                exitAfterNextFrame(window, plan);
            }
        });
    }

    /** Quits once the frame with the plan is drawn ({@link vn.plandesk.ui.NextFrame}); the time is taken then. */
    private static void exitAfterNextFrame(MainWindow window, vn.plandesk.model.Plan plan) {
        vn.plandesk.ui.NextFrame.drawn(window.context().stage().getScene(), () -> {
            // since the JVM started: the process's start time as Linux gives it counts from the second the
            // machine booted in, rounded down, and made this up to a second too long
            long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println(READY_LINE + ms + " " + plan.taskCount());
            window.saveState();
            window.context().stage().close();
        });
    }

    /**
     * Imports the plan file the desktop opened PlanDesk with, as a new plan that the window then opens; a file that
     * is refused is told in one sentence and changes nothing.
     */
    private static void openExchangeFile(Services services, java.nio.file.Path file) {
        try {
            long id = services.plans().importJson(java.nio.file.Files.readAllBytes(file));
            services.settings().put("plan.last", id);
        } catch (PlanDeskException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    Messages.get("cli.importRefused", file.toString(), Messages.of(e)));
            alert.setHeaderText(Messages.get("app.title"));
            alert.showAndWait();
        } catch (java.io.IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("cli.io", e.getMessage()));
            alert.setHeaderText(Messages.get("app.title"));
            alert.showAndWait();
        }
    }

    /** The language the officer chose in the menu last time, kept in the settings. */
    static void useSavedLanguage(Services services) {
        services.settings().get("locale").ifPresent(l -> Messages.setLocale(Locale.forLanguageTag(l)));
    }

    /**
     * Builds the main window on a stage with the features that hook into it; choosing another language builds it
     * again (the plans' undo histories live in the services and survive).
     */
    static MainWindow showWindow(Stage stage, Services services) {
        return showWindow(stage, services, WindowExtensions.all(services));
    }

    /** The same with the given features (tests give them fixed answers to the file dialogs). */
    static MainWindow showWindow(Stage stage, Services services,
                                 List<BiConsumer<MainWindow, Services>> extensions) {
        return showWindow(stage, services, extensions, false);
    }

    /**
     * The same; on the first start in a store the window shows at once and loads the sample plans in the
     * background, then opens the ward plan.
     */
    static MainWindow showWindow(Stage stage, Services services,
                                 List<BiConsumer<MainWindow, Services>> extensions, boolean loadSamples) {
        SoftwareDrawing.remember(services.settings());
        MainWindow w = new MainWindow(stage, services.plans(), services.editors(), services.settings(),
                services.storeFolder());
        w.setOnLanguageChange(() -> showWindow(stage, services, extensions));
        extensions.forEach(x -> x.accept(w, services));
        w.show(loadSamples);
        return w;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
