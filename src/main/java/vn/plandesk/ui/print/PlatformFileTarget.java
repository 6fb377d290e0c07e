package vn.plandesk.ui.print;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.plandesk.service.Messages;
import vn.plandesk.service.Settings;

/**
 * Asks the officer where to save or what to open, with the platform's file dialogs. They open in the folder used last
 * (kept in the settings, so across restarts), at first in the officer's documents folder, never in the folder the
 * program happened to be started from.
 */
final class PlatformFileTarget implements FileTarget {
    /** The settings key of the folder of the last file saved or opened. */
    static final String LAST_FOLDER = "files.lastFolder";

    private final Settings settings;
    private final Path home;
    private final Map<String, String> env;
    private final boolean windows;

    PlatformFileTarget(Settings settings) {
        this(settings, Path.of(System.getProperty("user.home")), System.getenv(),
                System.getProperty("os.name", "").startsWith("Windows"));
    }

    PlatformFileTarget(Settings settings, Path home, Map<String, String> env, boolean windows) {
        this.settings = settings;
        this.home = home;
        this.env = env;
        this.windows = windows;
    }

    @Override
    public Optional<Path> file(Window owner, String suggestedName) {
        String ext = extension(suggestedName);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.saveTitle." + ext));
        chooser.setInitialDirectory(startFolder().toFile());
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(filter(ext));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath).map(p -> withExtension(p, ext)).map(this::rememberFileOf);
    }

    @Override
    public Optional<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("print.folderTitle"));
        chooser.setInitialDirectory(startFolder().toFile());
        File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath).map(this::remember);
    }

    @Override
    public Optional<Path> open(Window owner, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.openTitle." + extensions[0]));
        chooser.setInitialDirectory(startFolder().toFile());
        // an open dialog may take several kinds at once (Word, PDF, Excel): its filter has a name of its own
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.openType." + extensions[0]),
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath).map(this::rememberFileOf);
    }

    /** Where the next file dialog opens: the folder used last while it exists, else the documents folder. */
    Path startFolder() {
        return Optional.ofNullable(settings).flatMap(s -> s.get(LAST_FOLDER)).map(Path::of).filter(Files::isDirectory)
                .orElseGet(this::documentsFolder);
    }

    /**
     * The officer's documents folder: on Linux the XDG user directory (which a Vietnamese desktop names "Tài liệu"),
     * else "Documents" in the home folder (Windows, macOS), else the home folder itself.
     */
    Path documentsFolder() {
        if (!windows) {
            Optional<Path> xdg = Optional.ofNullable(env.get("XDG_DOCUMENTS_DIR")).map(this::expandHome)
                    .or(this::xdgUserDirsEntry).filter(Files::isDirectory);
            if (xdg.isPresent()) {
                return xdg.get();
            }
        }
        Path docs = home.resolve("Documents");
        return Files.isDirectory(docs) ? docs : home;
    }

    /** XDG_DOCUMENTS_DIR="$HOME/Tài liệu" in user-dirs.dirs, as the desktop wrote it. */
    private Optional<Path> xdgUserDirsEntry() {
        Path config = Optional.ofNullable(env.get("XDG_CONFIG_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(home.resolve(".config"));
        try {
            return Files.readAllLines(config.resolve("user-dirs.dirs"), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> l.startsWith("XDG_DOCUMENTS_DIR="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).findFirst().map(this::expandHome);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Path expandHome(String path) {
        return path.startsWith("$HOME") ? Path.of(home + path.substring("$HOME".length())) : Path.of(path);
    }

    private Path rememberFileOf(Path file) {
        if (file.toAbsolutePath().getParent() != null) {
            remember(file.toAbsolutePath().getParent());
        }
        return file;
    }

    /** Keeps the folder for the next file dialog, and for the next start. */
    Path remember(Path folder) {
        if (settings != null) {
            settings.put(LAST_FOLDER, folder.toAbsolutePath());
            settings.save();
        }
        return folder;
    }

    private static FileChooser.ExtensionFilter filter(String ext) {
        return new FileChooser.ExtensionFilter(Messages.get("file.type." + ext), "*." + ext);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "pdf" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Some platforms' dialogs hand back the name as typed: the file gets the extension it was asked for. */
    private static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(name + "." + ext);
    }
}
