package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

/** The parser's side of the command line: the help of each command, wrong lines, exit codes, completion. */
class CliParserTest {
    /** Every command the README lists (import-xlsx, import-docx and import-pdf are names of import). */
    private static final List<String> COMMANDS = List.of("plans", "show", "export-json", "import-json", "samples",
            "generate", "derive", "diff", "remap", "check", "import", "import-xlsx", "import-docx", "import-pdf",
            "export-xlsx", "export-docx", "export-pdf", "export-timeline", "backups", "restore-backup",
            "bench-import", "bench-timeline", "bench-pdf", "bench-ui", "bench-start", "kill-loop", "completion",
            "report-export", "salvage", "bench-edit");

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.on(dir.resolve("db"), args);
    }

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void everyCommandHasItsOwnHelpInTheOfficersLanguage() {
        for (String command : COMMANDS) {
            CliRun help = cli(command, "--help");
            assertEquals(Cli.OK, help.code(), command + ": " + help.err());
            String name = command.startsWith("import-") && !command.equals("import-json") ? "import" : command;
            assertTrue(help.out().startsWith("Cách dùng: plandesk " + name), command + ": " + help.out());
            assertFalse(help.out().contains("usage.description") || help.out().contains("cli."),
                    "every text comes from the bundle: " + help.out());
            assertEquals("", help.err(), command);
            assertEquals(help.out(), cli("help", command).out(), "help COMMAND is COMMAND --help");
        }
        CliRun show = cli("show", "-h");
        assertTrue(show.out().contains("Các nhóm và nhiệm vụ của kế hoạch, dạng bảng."), show.out());
        assertTrue(show.out().contains("Mã kế hoạch (xem lệnh plans)."), show.out());
        CliRun english = cli("--lang", "en", "export-pdf", "--help");
        assertTrue(english.out().startsWith("Usage: plandesk export-pdf"), english.out());
        assertTrue(english.out().contains("Export the plan and/or its appendices as PDF"), english.out());
        assertFalse(Files.exists(dir.resolve("db").resolve("plandesk.mv.db")), "help opens no store");
    }

    @Test
    void aWrongLineIsOneSentenceWithExitCodeTwoAndOpensNothing() {
        CliRun unknownOption = cli("plans", "--frob");
        assertEquals(Cli.USAGE, unknownOption.code());
        assertEquals("Lệnh plans không có tùy chọn --frob (xem plandesk plans --help).", unknownOption.err().strip());
        CliRun extra = cli("show", "1", "2");
        assertEquals(Cli.USAGE, extra.code());
        assertEquals("Lệnh show không nhận thêm \"2\" (xem plandesk show --help).", extra.err().strip());
        CliRun missing = cli("show");
        assertEquals(Cli.USAGE, missing.code());
        assertEquals("Thiếu mã kế hoạch (xem lệnh plans).", missing.err().strip());
        CliRun noFile = cli("import");
        assertEquals(Cli.USAGE, noFile.code());
        assertEquals("Thiếu tên tệp.", noFile.err().strip());
        CliRun twice = cli("export-pdf", "1", "--out", "a.pdf", "--out", "b.pdf");
        assertEquals(Cli.USAGE, twice.code());
        assertEquals("Tùy chọn --out chỉ được cho một lần.", twice.err().strip());
        CliRun badId = cli("show", "một");
        assertEquals(Cli.USAGE, badId.code());
        assertEquals("Mã kế hoạch phải là số (xem lệnh plans), không phải \"một\".", badId.err().strip());
        CliRun badCount = cli("bench-ui", "--runs", "0");
        assertEquals(Cli.USAGE, badCount.code());
        assertEquals("Giá trị của --runs phải là số nguyên dương, không phải \"0\".", badCount.err().strip());
        for (CliRun r : List.of(unknownOption, extra, missing, noFile, twice, badId, badCount)) {
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("db").resolve("plandesk.mv.db")), "a wrong line opens no store");
        CliRun english = cli("--lang", "en", "plans", "--frob");
        assertEquals("The command plans has no option --frob (see plandesk plans --help).", english.err().strip());
    }

    @Test
    void theStoreAndLanguageOptionsMayFollowTheCommand() {
        CliRun run = cli("plans", "--lang", "en", "--frob");
        assertEquals("The command plans has no option --frob (see plandesk plans --help).", run.err().strip());
        assertEquals(4, cli("plans", "--db", dir.resolve("other").toString()).out().lines().count());
        assertTrue(Files.exists(dir.resolve("other").resolve("plandesk.mv.db")));
    }

    @Test
    void completionPrintsAShellScriptThatKnowsEveryCommand() {
        CliRun completion = cli("completion");
        assertEquals(Cli.OK, completion.code(), completion.err());
        assertTrue(completion.out().startsWith("#!/usr/bin/env bash"), completion.out());
        for (String command : COMMANDS) {
            assertTrue(completion.out().contains(command), command);
        }
        assertTrue(completion.out().contains("--paper"), "options are completed too");
    }
}
