package vn.plandesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.plandesk.store.StoreLocation;

/**
 * Sends the log (PlanDesk's warnings and the libraries' own, with their stack traces) to {@code plandesk.log} in the
 * store folder instead of the officer's terminal, where only the one-sentence messages belong. It must run before the
 * first logger is made: the logging backend reads its settings once.
 */
final class LogFile {
    static final String NAME = "plandesk.log";
    private static final String PROPERTY = "org.slf4j.simpleLogger.logFile";

    private LogFile() {
    }

    static void useStoreFolder(Path db) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Path folder = (db == null ? StoreLocation.defaultFolder() : db).toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            System.setProperty(PROPERTY, folder.resolve(NAME).toString());
        } catch (IOException | RuntimeException e) {
            // the folder cannot be made: the log stays on stderr, and opening the store will say why
        }
    }
}
