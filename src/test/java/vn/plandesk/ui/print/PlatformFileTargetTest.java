package vn.plandesk.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Settings;

/**
 * Where the window's file dialogs open: the officer's documents folder at first, then the folder used last, also after
 * a restart; never the folder the program was started from.
 */
class PlatformFileTargetTest {
    @TempDir
    Path home;
    @TempDir
    Path store;

    private PlatformFileTarget linux(Settings settings, Map<String, String> env) {
        return new PlatformFileTarget(settings, home, env, false);
    }

    @Test
    void theXdgDocumentsFolderComesFirstThenDocumentsThenHome() throws Exception {
        Settings settings = new Settings(store);
        assertEquals(home, linux(settings, Map.of()).startFolder(), "no documents folder: the home folder");

        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), linux(settings, Map.of()).startFolder());
        assertEquals(home.resolve("Documents"), new PlatformFileTarget(settings, home, Map.of(), true).startFolder(),
                "Windows: Documents in the user's folder");

        Path vietnamese = Files.createDirectories(home.resolve("Tài liệu"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Màn hình nền\"\nXDG_DOCUMENTS_DIR=\"$HOME/Tài liệu\"\n");
        assertEquals(vietnamese, linux(settings, Map.of()).startFolder(), "the desktop's own documents folder");

        Path elsewhere = Files.createDirectories(home.resolve("cfg"));
        Files.writeString(elsewhere.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Documents\"\n");
        assertEquals(home.resolve("Documents"), linux(settings, Map.of("XDG_CONFIG_HOME", elsewhere.toString())).startFolder());
    }

    @Test
    void theLastFolderUsedIsRememberedAcrossRestarts() throws Exception {
        Files.createDirectories(home.resolve("Documents"));
        FileTarget window = FileTarget.platform(new Settings(store));
        PlatformFileTarget target = (PlatformFileTarget) window;
        Path reports = Files.createDirectories(home.resolve("Báo cáo 2026"));
        target.remember(reports);
        assertEquals(reports, target.startFolder());

        PlatformFileTarget afterRestart = linux(new Settings(store), Map.of());
        assertEquals(reports.toAbsolutePath(), afterRestart.startFolder(), "kept in settings.properties");

        Files.delete(reports);
        assertEquals(home.resolve("Documents"), linux(new Settings(store), Map.of()).startFolder(),
                "a folder since removed: the documents folder again");
    }
}
