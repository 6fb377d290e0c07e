package vn.plandesk.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import vn.plandesk.service.Messages;

/**
 * Reads, without picocli, what the launcher must know before it chooses between the window and a command: the store
 * folder, the language, a plan file the desktop asks the window to open, and whether the line names anything else.
 * Building picocli's parser for this, and again for the command, cost every command about a tenth of its run; picocli
 * still reads every line that is not a plain window start, and tells what is wrong with it.
 *
 * <p>The spellings are those {@link RootCommand} declares: {@code --db DIR} or {@code --db=DIR}, the same for
 * {@code --lang}, and {@link Cli#EXIT_WHEN_EDITABLE}.
 */
final class StartLine {
    static final String DB = "--db";
    static final String LANG = "--lang";
    /** The extension of the exchange format the installed program is associated with. */
    static final String EXCHANGE_EXTENSION = ".plandesk";

    private StartLine() {
    }

    /** The options of the line; null when one of the program's own options is wrong (the CLI will say how). */
    static Cli.StartOptions read(String[] args) {
        Path db = null;
        String locale = null;
        String file = null;
        boolean exitWhenEditable = false;
        boolean command = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") && arg.indexOf('=') > 0 ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals(DB) || name.equals(LANG)) {
                String value;
                if (name.length() < arg.length()) {
                    value = arg.substring(name.length() + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return null;
                }
                if (name.equals(DB)) {
                    // a --db without its folder, or given twice, is refused rather than quietly opening another store
                    if (db != null || value.isBlank() || value.startsWith("-")) {
                        return null;
                    }
                    try {
                        db = Paths.get(value);
                    } catch (InvalidPathException e) {
                        return null;
                    }
                } else {
                    if (locale != null) {
                        return null;
                    }
                    locale = value;
                    // set at once, as picocli's parse does, so that what is told before the window is in this language
                    Messages.setLocale(Locale.forLanguageTag(value));
                }
            } else if (arg.equals(Cli.EXIT_WHEN_EDITABLE) && !command) {
                exitWhenEditable = true;
            } else if (arg.startsWith("-") || file != null) {
                command = true; // --help, --version, a command's option or an unknown one: for the CLI to run or tell
            } else {
                file = arg; // a plan file for the window, or a command's name
            }
        }
        Path exchange = exchangeFile(file);
        command |= file != null && exchange == null;
        return new Cli.StartOptions(db, locale, command ? null : exchange, !command && exitWhenEditable, command);
    }

    private static Path exchangeFile(String name) {
        if (name == null || !name.toLowerCase(Locale.ROOT).endsWith(EXCHANGE_EXTENSION)) {
            return null;
        }
        try {
            Path path = Paths.get(name);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null; // no file by that name: the CLI tells it as an unknown command
        }
    }
}
