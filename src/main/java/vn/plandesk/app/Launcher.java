package vn.plandesk.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.service.Messages;

/**
 * The program's entry. Without a command it opens the window; with one it runs that command headless. It is a class
 * apart from the JavaFX Application because starting an Application subclass from the class path fails with
 * "JavaFX runtime components are missing".
 */
public final class Launcher {
    /** What {@link #start} returns when the window is to be opened rather than an exit code. */
    static final int OPEN_WINDOW = -1;

    private Launcher() {
    }

    public static void main(String[] args) {
        Cli.StartOptions options = Cli.startOptions(args);
        if (options != null) { // a wrong line (a --db without its folder) is told by the CLI, and opens no log
            LogFile.useStoreFolder(options.db());
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = start(args, options, () -> hasDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform")), System.out, err);
        if (code == OPEN_WINDOW) {
            try {
                DesktopApp.launchWith(options);
                return;
            } catch (UnsupportedOperationException | IllegalStateException e) {
                // the toolkit found no screen after all (a display that refuses the connection)
                err.println(Messages.get("app.noDisplay"));
                code = Cli.FAILED;
            }
        }
        if (code != Cli.OK) {
            System.exit(code);
        }
    }

    /**
     * Runs a command, or tells why the window cannot open, and returns the exit code; {@link #OPEN_WINDOW} when the
     * window is to be opened. Deciding this before JavaFX starts keeps its warnings and stack traces off the console.
     */
    static int start(String[] args, BooleanSupplier display, PrintStream out, PrintStream err) {
        return start(args, Cli.startOptions(args), display, out, err);
    }

    /** The same with the options already read from args: building their picocli parser again cost every command 10 ms. */
    private static int start(String[] args, Cli.StartOptions options, BooleanSupplier display, PrintStream out,
                             PrintStream err) {
        if (options == null || options.command()) {
            return new Cli(out, err).run(args);
        }
        if (!display.getAsBoolean()) {
            err.println(Messages.get("app.noDisplay"));
            return Cli.FAILED;
        }
        return OPEN_WINDOW;
    }

    /**
     * Whether a window can be shown: on Linux and the other Unix desktops only with an X or Wayland display; Windows
     * and macOS always have one. A headless toolkit chosen on purpose (the tests' Monocle) needs none.
     */
    public static boolean hasDisplay(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equals(glassPlatform)) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
