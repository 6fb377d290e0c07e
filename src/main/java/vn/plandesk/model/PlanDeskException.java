package vn.plandesk.model;

import java.util.Arrays;

/**
 * A failure the officer must be told about: it carries a message key of the resource bundle and its arguments, so
 * every layer can raise it and the window or the CLI says it in the officer's language.
 */
public class PlanDeskException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public PlanDeskException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public PlanDeskException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
