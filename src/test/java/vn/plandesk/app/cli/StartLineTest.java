package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

/** What the launcher reads of a line before it chooses between the window and a command. */
class StartLineTest {
    @TempDir
    Path dir;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private static Cli.StartOptions read(String... args) {
        return Cli.startOptions(args);
    }

    @Test
    void theProgramsOwnOptionsStartTheWindowWithThem() {
        assertEquals(new Cli.StartOptions(null, null, null, false, false), read());
        Path db = dir.resolve("store");
        assertEquals(new Cli.StartOptions(db, null, null, false, false), read("--db", db.toString()));
        assertEquals(new Cli.StartOptions(db, "en", null, true, false),
                read("--lang", "en", "--db", db.toString(), Cli.EXIT_WHEN_EDITABLE));
        assertEquals("en", Messages.locale().getLanguage(), "the language is set as soon as it is read");
        assertEquals(new Cli.StartOptions(db, "vi", null, false, false), read("--db=" + db, "--lang=vi"));
        assertEquals("vi", Messages.locale().getLanguage());
    }

    @Test
    void aCommandBeforeOrAfterTheOptionsIsACommandAndKeepsItsStoreForTheLog() {
        Path db = dir.resolve("store");
        for (List<String> line : List.of(List.of("--db", db.toString(), "plans"), List.of("plans", "--db", db.toString()),
                List.of("export-pdf", "3", "--db=" + db, "--out", "-"),
                List.of(Cli.EXIT_WHEN_EDITABLE, "--db", db.toString(), "plans"))) {
            assertEquals(new Cli.StartOptions(db, null, null, false, true), read(line.toArray(String[]::new)),
                    line.toString());
        }
    }

    @Test
    void helpVersionAndUnknownOptionsOrWordsAreForTheCommandLineToRunOrTell() {
        for (String word : List.of("--help", "-h", "help", "--version", "-x", "--unknown", "--", "nothing.plandesk")) {
            Cli.StartOptions options = read("--db", dir.toString(), word);
            assertTrue(options.command(), word);
            assertNull(options.exchangeFile(), word);
        }
    }

    @Test
    void aPlanFileOpensInTheWindowOnlyWhenItIsTheOnlyWordAndExists() throws IOException {
        Path file = dir.resolve("Kế hoạch.PLANDESK");
        Files.writeString(file, "{}");
        assertEquals(new Cli.StartOptions(null, null, file, false, false), read(file.toString()));
        Cli.StartOptions twoWords = read(file.toString(), "plans");
        assertTrue(twoWords.command());
        assertNull(twoWords.exchangeFile());
        assertTrue(read(dir.toString()).command(), "a folder is no plan file");
    }

    @Test
    void aWrongOptionOfTheProgramIsLeftToTheCommandLineWhichRefusesIt() {
        String db = dir.toString();
        List<List<String>> wrong = List.of(List.of("--db"), List.of("--db", "--lang", "en"), List.of("--db", " "),
                List.of("--db="), List.of("--db", db, "--db", db), List.of("--lang"), List.of("--lang", "en", "--lang=vi"),
                List.of("--db", "a\0b"));
        for (List<String> line : wrong) {
            String[] args = line.toArray(String[]::new);
            assertNull(read(args), line.toString());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Messages.setLocale(Messages.VIETNAMESE);
            int code = new Cli(OutputStream.nullOutputStream(), err).run(args);
            assertEquals(Cli.USAGE, code, line + ": " + err);
            assertFalse(err.toString().isBlank(), line.toString());
        }
    }
}
