package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.service.Messages;

/** Text size and language chosen from the menus, and kept for the next start. */
class MainWindowSettingsTest extends WindowTestBase {

    private List<String> menuTitles() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> titlesIn(Locale l) {
        ResourceBundle b = Messages.bundle(l);
        return List.of("menu.file", "menu.edit", "menu.view", "menu.tools", "menu.help").stream().map(b::getString)
                .toList();
    }

    /** The size of the window's text, as a label of its status bar has it, against JavaFX's own. */
    private double textScale() {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label label = lookup("#status-counts").queryAs(javafx.scene.control.Label.class);
        return label.getFont().getSize() / javafx.scene.text.Font.getDefault().getSize();
    }

    @Test
    void textSizeAndLanguageFromTheMenusSurviveARestart() throws Exception {
        start();
        assertEquals(titlesIn(Messages.VIETNAMESE), menuTitles());

        clickOn("#menu-view");
        clickOn("#menu-view-textSize");
        clickOn("#menu-view-size-150");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, window.context().textScaleProperty().get(), 1e-9);
        assertEquals(1.5, textScale(), 0.01);

        clickOn("#menu-tools");
        clickOn("#menu-tools-language");
        clickOn("#menu-tools-language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("en", Messages.locale().getLanguage());
        assertEquals(titlesIn(Locale.ENGLISH), menuTitles(), "the window is built again in English");
        assertEquals(Messages.bundle(Locale.ENGLISH).getString("app.title"), stage.getTitle());
        assertEquals(1.5, textScale(), 0.01, "the text size stays");

        quit();
        Messages.setLocale(Messages.VIETNAMESE); // a new program starts in the default language
        start();
        assertEquals("en", Messages.locale().getLanguage(), "the language was kept in the settings");
        assertEquals(titlesIn(Locale.ENGLISH), menuTitles());
        assertEquals(1.5, window.context().textScaleProperty().get(), 1e-9);
        assertEquals(1.5, textScale(), 0.01);

        clickOn("#menu-view");
        clickOn("#menu-view-textSize");
        clickOn("#menu-view-size-100");
        assertEquals(1.0, textScale(), 0.01);
        clickOn("#menu-view");
        clickOn("#menu-view-textSize");
        clickOn("#menu-view-size-125");
        assertEquals(1.25, textScale(), 0.01);
    }
}
