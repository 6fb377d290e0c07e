package vn.plandesk.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
        Arguments parsed = Arguments.parse(args);
        if (!Arguments.dbValueMissing(args)) {
            LogFile.useStoreFolder(parsed.db());
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = start(args, () -> hasDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform")), System.out, err);
        if (code == OPEN_WINDOW) {
            try {
                DesktopApp.launchWith(Arguments.parse(args));
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
        Arguments parsed = Arguments.parse(args);
        // a --db without its folder is refused by the command line rather than quietly opening the home store
        if (parsed.command() != null && parsed.exchangeFile() == null || Arguments.dbValueMissing(args)) {
            return new Cli(out, err).run(args);
        }
        if (!display.getAsBoolean()) {
            if (parsed.locale() != null) {
                Messages.setLocale(Locale.forLanguageTag(parsed.locale()));
            }
            err.println(Messages.get("app.noDisplay"));
            return Cli.FAILED;
        }
        return OPEN_WINDOW;
    }

    /**
     * Whether a window can be shown: on Linux and the other Unix desktops only with an X or Wayland display; Windows
     * and macOS always have one. A headless toolkit chosen on purpose (the tests' Monocle) needs none.
     */
    static boolean hasDisplay(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equals(glassPlatform)) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** The options common to the window and the CLI, and the rest of the command line. */
    record Arguments(Path db, String locale, String command, List<String> rest) {
        /** The extension of the exchange format the installed program is associated with. */
        static final String EXCHANGE_EXTENSION = ".plandesk";

        /**
         * The plan file the desktop asked the window to open (a double click on a .plandesk file starts the program
         * with its path), or null.
         */
        Path exchangeFile() {
            if (command == null || !command.toLowerCase(Locale.ROOT).endsWith(EXCHANGE_EXTENSION)) {
                return null;
            }
            Path file = Paths.get(command);
            return java.nio.file.Files.isRegularFile(file) ? file : null;
        }

        /** Whether --db is given without a folder: refused, rather than quietly opening the home store. */
        static boolean dbValueMissing(String[] args) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--db") && (i + 1 == args.length || args[i + 1].isBlank()
                        || args[i + 1].startsWith("-"))) {
                    return true;
                }
            }
            return false;
        }

        static Arguments parse(String[] args) {
            Path db = null;
            String locale = null;
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            String command = null;
            int i = 0;
            while (i < rest.size()) {
                String a = rest.get(i);
                if (a.equals("--db") && i + 1 < rest.size()) {
                    db = Paths.get(rest.get(i + 1));
                    rest.remove(i);
                    rest.remove(i);
                } else if (a.equals("--lang") && i + 1 < rest.size()) {
                    locale = rest.get(i + 1);
                    rest.remove(i);
                    rest.remove(i);
                } else if (command == null && (a.equals("--help") || a.equals("-h"))) {
                    // the usual spellings of help print the usage, as "help" does, rather than open the window
                    command = "help";
                    rest.remove(i);
                } else if (command == null && a.equals("--version")) {
                    command = "version";
                    rest.remove(i);
                } else if (command == null && !a.startsWith("-")) {
                    command = a;
                    rest.remove(i);
                } else {
                    i++;
                }
            }
            return new Arguments(db, locale, command, List.copyOf(rest));
        }
    }
}
