package vn.plandesk.ui.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The officer's answers to the file dialogs, given in advance: save under the suggested name in a folder, open a set file. */
public final class FixedFileTarget implements FileTarget {
    private final Path saveIn;
    private final Path folder;
    private Path toOpen;
    /** The names the dialogs suggested, in order. */
    public final List<String> suggested = new ArrayList<>();

    public FixedFileTarget(Path saveIn, Path folder) {
        this.saveIn = saveIn;
        this.folder = folder;
    }

    /** The file the next "open" dialog answers with; null answers as if the officer cancelled. */
    public void willOpen(Path file) {
        toOpen = file;
    }

    @Override
    public Optional<Path> file(Window owner, String suggestedName) {
        suggested.add(suggestedName);
        return Optional.of(saveIn.resolve(suggestedName));
    }

    @Override
    public Optional<Path> folder(Window owner) {
        return Optional.of(folder);
    }

    @Override
    public Optional<Path> open(Window owner, String... extensions) {
        return Optional.ofNullable(toOpen);
    }
}
