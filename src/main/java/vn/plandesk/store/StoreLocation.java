package vn.plandesk.store;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the store lives when no --db folder is given: ~/.plandesk on Linux and macOS, %APPDATA%\PlanDesk on Windows. */
public final class StoreLocation {
    private StoreLocation() {
    }

    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String appData = System.getenv("APPDATA");
        if (os.contains("win") && appData != null && !appData.isBlank()) {
            return Paths.get(appData, "PlanDesk");
        }
        return Paths.get(System.getProperty("user.home"), ".plandesk");
    }
}
