package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.service.Settings;

/**
 * JavaFX's background cache is turned off at a start that follows one which drew in software, and only then; the
 * window notes what it found for the next start.
 */
class SoftwareDrawingTest extends WindowTestBase {
    private String before;

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty(SoftwareDrawing.CACHE_PROPERTY);
        } else {
            System.setProperty(SoftwareDrawing.CACHE_PROPERTY, before);
        }
    }

    private void withoutProperty() {
        before = System.getProperty(SoftwareDrawing.CACHE_PROPERTY);
        System.clearProperty(SoftwareDrawing.CACHE_PROPERTY);
    }

    @Test
    void theWindowNotesThatItDrewInSoftwareAndTheNextStartTurnsTheCacheOff() throws Exception {
        withoutProperty();
        start();
        // the tests' toolkit (Monocle, headless) draws in software, as Xvfb's does
        assertFalse(Platform.isSupported(ConditionalFeature.SCENE3D));
        quit();
        assertTrue(SoftwareDrawing.lastStartDrewInSoftware(dir), Files.readString(dir.resolve(Settings.FILE_NAME)));

        SoftwareDrawing.beforeToolkit(dir);
        assertEquals("true", System.getProperty(SoftwareDrawing.CACHE_PROPERTY));
    }

    @Test
    void aStoreWithoutThatNoteLeavesTheCacheOn() throws Exception {
        withoutProperty();
        SoftwareDrawing.beforeToolkit(dir); // no settings file at all: a first start
        assertNull(System.getProperty(SoftwareDrawing.CACHE_PROPERTY));

        Files.writeString(dir.resolve(Settings.FILE_NAME), "graphics.software=false\nplan.last=3\n");
        SoftwareDrawing.beforeToolkit(dir); // a graphics card's pipeline last time
        assertNull(System.getProperty(SoftwareDrawing.CACHE_PROPERTY));

        Files.writeString(dir.resolve(Settings.FILE_NAME), "graphics.software=\\u00");
        SoftwareDrawing.beforeToolkit(dir); // a file Properties cannot read
        assertNull(System.getProperty(SoftwareDrawing.CACHE_PROPERTY));
    }

    @Test
    void aValueGivenOnTheCommandLineIsKept() throws Exception {
        before = System.getProperty(SoftwareDrawing.CACHE_PROPERTY);
        System.setProperty(SoftwareDrawing.CACHE_PROPERTY, "false");
        Files.writeString(dir.resolve(Settings.FILE_NAME), "graphics.software=true\n");
        SoftwareDrawing.beforeToolkit(dir);
        assertEquals("false", System.getProperty(SoftwareDrawing.CACHE_PROPERTY));
    }

    @Test
    void aFolderThatIsNoStoreYetIsReadAsAFirstStart() {
        Path missing = dir.resolve("not-yet");
        assertFalse(SoftwareDrawing.lastStartDrewInSoftware(missing));
    }
}
