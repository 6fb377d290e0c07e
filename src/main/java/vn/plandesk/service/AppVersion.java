package vn.plandesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the program as built, shown by `--version` and in the About box. */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            // an unfiltered copy (an IDE that skips the build's resource step) still names a version
            return v.isBlank() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
