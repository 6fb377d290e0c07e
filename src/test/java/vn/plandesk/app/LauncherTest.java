package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.service.AppVersion;
import vn.plandesk.service.Messages;

/** The start of the program: what it does before any window opens. */
class LauncherTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run start(boolean display, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Messages.setLocale(Messages.VIETNAMESE);
        int code = Launcher.start(args, () -> display, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everySpellingOfHelpPrintsTheUsageAndExitsWithoutAWindow() {
        for (String help : List.of("--help", "-h", "help")) {
            Run run = start(true, "--db", dir.toString(), help);
            assertEquals(Cli.OK, run.code(), help);
            assertTrue(run.out().startsWith("Cách dùng: plandesk"), help + ": " + run.out());
            assertTrue(run.out().contains("import-xlsx") && run.out().contains("--version"), run.out());
            assertEquals("", run.err(), help);
        }
        assertFalse(Files.exists(dir.resolve("plandesk.mv.db")), "help opens no store");
    }

    @Test
    void everyLineOfTheUsageAfterTheFirstIsIndentedLikeTheRest() {
        for (String lang : List.of("vi", "en")) {
            List<String> lines = start(true, "--lang", lang, "--help").out().lines().toList();
            assertTrue(lines.size() > 20, lang);
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(line.startsWith("  ") && !line.startsWith("   "), lang + ": not indented: " + line);
            }
        }
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        Run run = start(true, "--version");
        assertEquals(Cli.OK, run.code());
        assertEquals("PlanDesk " + AppVersion.get(), run.out().strip());
        assertFalse(AppVersion.get().isBlank() || AppVersion.get().contains("${"), AppVersion.get());
    }

    @Test
    void aWindowStartWithoutADisplayIsToldInOneSentence() {
        Run run = start(false, "--db", dir.toString());
        assertEquals(Cli.FAILED, run.code());
        assertEquals(List.of(Messages.get("app.noDisplay")), run.err().lines().toList());
        // a command needs no display
        assertEquals(Cli.OK, start(false, "--db", dir.toString(), "help").code());
    }

    @Test
    void aPlanFileTheDesktopOpensWithPlanDeskStartsTheWindowNotACommand() throws IOException {
        Path file = dir.resolve("ke-hoach.plandesk");
        Files.writeString(file, "{}");
        assertEquals(Launcher.OPEN_WINDOW, start(true, "--db", dir.resolve("db").toString(), file.toString()).code());
        assertEquals(file, Cli.startOptions(new String[] {file.toString()}).exchangeFile());
        // a name that is no file stays an unknown command, told as such
        Run missing = start(true, "--db", dir.resolve("db").toString(), dir.resolve("none.plandesk").toString());
        assertEquals(Cli.USAGE, missing.code());
    }

    @Test
    void anEmptyLineOrTheProgramsOwnOptionsOpenTheWindowInTheAskedLanguage() {
        assertEquals(Launcher.OPEN_WINDOW, start(true).code());
        assertEquals(Launcher.OPEN_WINDOW, start(true, "--lang", "en", "--db", dir.toString()).code());
        assertEquals(Launcher.OPEN_WINDOW, start(true, "--db", dir.toString(), Cli.EXIT_WHEN_EDITABLE).code());
        Run english = start(false, "--db", dir.toString(), "--lang", "en");
        assertEquals("en", Messages.locale().getLanguage(), "--lang is read before the window is refused");
        assertEquals(List.of(Messages.get("app.noDisplay")), english.err().lines().toList());
        Messages.setLocale(Messages.VIETNAMESE);
        assertFalse(Files.exists(dir.resolve("plandesk.mv.db")), "deciding opens no store");
    }

    @Test
    void aDisplayIsThereOnWindowsAndMacAndOnLinuxOnlyWithXOrWayland() {
        assertFalse(Launcher.hasDisplay(Map.of(), "Linux", null));
        assertFalse(Launcher.hasDisplay(Map.of("DISPLAY", ""), "Linux", null));
        assertTrue(Launcher.hasDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertTrue(Launcher.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertTrue(Launcher.hasDisplay(Map.of(), "Windows 11", null));
        assertTrue(Launcher.hasDisplay(Map.of(), "Mac OS X", null));
        assertTrue(Launcher.hasDisplay(Map.of(), "Linux", "Monocle"));
    }

    /** The real program in a process of its own, with no display: one sentence, no JavaFX warning or stack trace. */
    @Test
    void theProgramStartedWithoutADisplaySaysSoWithoutAStackTrace() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", dir.resolve("db").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ended");
        String text = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), text);
        assertEquals(List.of(Messages.get("app.noDisplay")), text.lines().toList());
    }
}
