package vn.plandesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import vn.plandesk.service.Settings;

/**
 * Whether JavaFX draws the window in software on this machine, as the last start found, and what follows from it.
 *
 * <p>JavaFX keeps the backgrounds of its controls (several fills and gradients each) as images, drawn again from
 * there, a cache made for its graphics-card pipelines. Where it draws in software (no graphics card its pipelines
 * accept: a virtual machine, a remote desktop, an older card), the cache costs more than it saves. Measured under the
 * software pipeline on the samples, a frame of the group's table scrolling took 26 ms to paint with the cache and 3 ms
 * without (medians of some 80 frames each), and the window's start took about 80 ms longer with it.
 *
 * <p>JavaFX reads that setting ({@value #CACHE_PROPERTY}) once, when its toolkit starts and before it chooses its
 * pipeline, so the program cannot turn the cache off on seeing the pipeline. It remembers what the last start found
 * instead ({@value #KEY} in the store's settings) and turns the cache off from the next start on. A machine whose
 * drawing changed (a card fitted, a driver mended) is served right again from the start after. A value given on the
 * command line is left as it is.
 */
final class SoftwareDrawing {
    /** The setting: "true" when the last start drew in software. */
    static final String KEY = "graphics.software";
    /** JavaFX's own switch of the background cache. */
    static final String CACHE_PROPERTY = "prism.disableRegionCaching";

    private SoftwareDrawing() {
    }

    /**
     * Before the toolkit starts: turns JavaFX's background cache off when the last start in this store folder drew in
     * software. The settings file is read here on its own (one key) rather than through {@link Settings}: making that
     * class starts the logging, which looks through every jar of the program, and the toolkit would wait for it (the
     * services read the same file on the store's thread meanwhile).
     */
    static void beforeToolkit(Path storeFolder) {
        if (System.getProperty(CACHE_PROPERTY) == null && lastStartDrewInSoftware(storeFolder)) {
            System.setProperty(CACHE_PROPERTY, "true");
        }
    }

    static boolean lastStartDrewInSoftware(Path storeFolder) {
        Path file = storeFolder.resolve(Settings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false; // the services say so in the log when they read the same file
        }
        return Boolean.parseBoolean(values.getProperty(KEY));
    }

    /**
     * Once the toolkit has started: whether it draws in software. Only JavaFX's graphics-card pipelines (Direct3D,
     * OpenGL) can draw in 3D; its software pipeline cannot, and the toolkit says so through the public API.
     */
    static boolean drawsInSoftware() {
        return !Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /** Notes what this start found, for the next one (the settings are written when the window closes). */
    static void remember(Settings settings) {
        settings.put(KEY, drawsInSoftware());
    }
}
