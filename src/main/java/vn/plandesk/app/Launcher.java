package vn.plandesk.app;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The program's entry. Without a command it opens the window; with one it runs that command headless. It is a class
 * apart from the JavaFX Application because starting an Application subclass from the class path fails with
 * "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Arguments parsed = Arguments.parse(args);
        boolean dbMissing = Arguments.dbValueMissing(args);
        if (!dbMissing) {
            LogFile.useStoreFolder(parsed.db());
        }
        if (parsed.command() == null && !dbMissing) {
            DesktopApp.launchWith(parsed);
            return;
        }
        int code = new Cli(System.out, System.err).run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The options common to the window and the CLI, and the rest of the command line. */
    record Arguments(Path db, String locale, String command, List<String> rest) {
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
