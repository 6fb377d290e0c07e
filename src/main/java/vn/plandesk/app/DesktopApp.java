package vn.plandesk.app;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.MainWindow;

/** The JavaFX application: opens the store, shows the main window, closes the store on exit. */
public final class DesktopApp extends Application {
    private static Launcher.Arguments arguments = Launcher.Arguments.parse(new String[0]);
    private Services services;

    static void launchWith(Launcher.Arguments args) {
        arguments = args;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        if (arguments.locale() != null) {
            Messages.setLocale(Locale.forLanguageTag(arguments.locale()));
        }
        try {
            services = Services.open(arguments.db());
        } catch (PlanDeskException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.of(e));
            alert.setHeaderText(Messages.get("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        new MainWindow(services.plans()).show(stage);
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
