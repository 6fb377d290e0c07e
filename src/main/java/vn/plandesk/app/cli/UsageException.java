package vn.plandesk.app.cli;

/** A command line the program cannot follow: told in one sentence, exit code {@link Cli#USAGE}. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
