package vn.plandesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officer's settings (language, window size, split positions, last open plan, text size; whether the last start
 * drew in software, which the next start reads before its toolkit starts), kept in
 * {@code settings.properties} beside the store: they travel with the store folder, and a test on a temporary store
 * never touches the officer's own. Written through a temporary file, so a crash leaves the old file whole.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    public static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path folder) {
        this.file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("settings unreadable, using defaults: {}", e.getMessage());
            }
        }
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public double getDouble(String key, double fallback) {
        return get(key).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    public Optional<Long> getLong(String key) {
        try {
            return get(key).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void put(String key, Object value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, String.valueOf(value));
        }
    }

    /** Writes the settings; a failure is logged, never shown: losing a window size is no reason to stop work. */
    public synchronized void save() {
        try {
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "PlanDesk settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("settings not saved: {}", e.getMessage());
        }
    }
}
