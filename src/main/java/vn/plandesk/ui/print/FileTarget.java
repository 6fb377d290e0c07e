package vn.plandesk.ui.print;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Where the officer saves a file or which file they open: the platform's file dialogs in the app
 * ({@link #platform()}), fixed places in tests. An empty answer means the officer cancelled.
 */
public interface FileTarget {
    /** A file to write, offered under the suggested name (with its extension, which also sets the file filter). */
    Optional<Path> file(Window owner, String suggestedName);

    /** A folder to write several files into. */
    Optional<Path> folder(Window owner);

    /** An existing file to read, of the given extensions (without dots). */
    Optional<Path> open(Window owner, String... extensions);

    /** The platform's dialogs, opening in the documents folder; they remember no folder. */
    static FileTarget platform() {
        return new PlatformFileTarget(null);
    }

    /**
     * The platform's dialogs as the window uses them for every file: they open in the folder used last, kept in the
     * settings across restarts, at first in the officer's documents folder.
     */
    static FileTarget platform(vn.plandesk.service.Settings settings) {
        return new PlatformFileTarget(settings);
    }
}
