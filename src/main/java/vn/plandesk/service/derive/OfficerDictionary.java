package vn.plandesk.service.derive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.SafeFile;

/**
 * The officer's own lines of the matching dictionary ("phrase = meaning"), kept in the store folder beside the
 * settings so that they travel with the store and its backups. Read on every comparison, so a line added now counts
 * in the next one.
 */
public final class OfficerDictionary {
    static final String FILE = "match-dictionary.txt";
    private final Path file;

    public OfficerDictionary(Path storeFolder) {
        this.file = storeFolder.resolve(FILE);
    }

    /** The officer's lines as written, or "" when there are none yet. */
    public String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new PlanDeskException(e, "dictionary.unreadable", file.toString(), e.getMessage());
        }
    }

    /** Replaces the officer's lines; written beside and moved in place, so a failed write leaves the old lines. */
    public void save(String text) {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        SafeFile.write(file, "dictionary.unwritable", out -> out.write(bytes));
    }

    /** The shipped dictionary with the officer's lines. */
    public MatchDictionary dictionary() {
        return MatchDictionary.shipped().with(text());
    }

    /** The shipped lines, for the officer to read beside their own. */
    public static String shippedText() {
        StringBuilder b = new StringBuilder();
        MatchDictionary.shipped().lines().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> b.append(e.getKey()).append(" = ").append(e.getValue()).append('\n'));
        return b.toString();
    }
}
