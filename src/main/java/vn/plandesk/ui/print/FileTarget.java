package vn.plandesk.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.plandesk.service.Messages;

/** Asks the officer where to save, with the platform's file dialogs. */
public final class FileTarget implements PrintDialog.Target {
    @Override
    public Optional<Path> file(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("print.saveTitle"));
        chooser.setInitialFileName(suggestedName + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("print.pdfFiles"), "*.pdf"));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("print.folderTitle"));
        File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
