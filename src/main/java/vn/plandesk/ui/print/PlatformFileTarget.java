package vn.plandesk.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.plandesk.service.Messages;

/** Asks the officer where to save or what to open, with the platform's file dialogs. */
final class PlatformFileTarget implements FileTarget {
    @Override
    public Optional<Path> file(Window owner, String suggestedName) {
        String ext = extension(suggestedName);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.saveTitle." + ext));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(filter(ext));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath).map(p -> withExtension(p, ext));
    }

    @Override
    public Optional<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("print.folderTitle"));
        File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> open(Window owner, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.openTitle." + extensions[0]));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.type." + extensions[0]),
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
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
