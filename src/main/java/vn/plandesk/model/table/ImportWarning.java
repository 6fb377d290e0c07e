package vn.plandesk.model.table;

import java.util.List;

/**
 * A doubtful row of an imported sheet, for the officer to check in the preview.
 *
 * @param sheet the sheet's name
 * @param row   the sheet row, 1-based as Excel shows it
 * @param key   the message key of the bundle; its arguments are sheet, row, then {@code args}
 * @param args  what the message names: the text found, the field
 */
public record ImportWarning(String sheet, int row, String key, List<String> args) {
    public ImportWarning {
        args = List.copyOf(args);
    }

    /** The arguments for the message: sheet, row, then the rest. */
    public Object[] messageArgs() {
        Object[] a = new Object[args.size() + 2];
        a[0] = sheet;
        a[1] = String.valueOf(row);
        for (int i = 0; i < args.size(); i++) {
            a[i + 2] = args.get(i);
        }
        return a;
    }
}
