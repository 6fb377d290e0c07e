package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private String rootStyle() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#main-window").query().getStyle();
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
        assertTrue(rootStyle().contains("1.5em"), rootStyle());

        clickOn("#menu-tools");
        clickOn("#menu-tools-language");
        clickOn("#menu-tools-language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("en", Messages.locale().getLanguage());
        assertEquals(titlesIn(Locale.ENGLISH), menuTitles(), "the window is built again in English");
        assertEquals(Messages.bundle(Locale.ENGLISH).getString("app.title"), stage.getTitle());
        assertTrue(rootStyle().contains("1.5em"), "the text size stays: " + rootStyle());

        quit();
        Messages.setLocale(Messages.VIETNAMESE); // a new program starts in the default language
        start();
        assertEquals("en", Messages.locale().getLanguage(), "the language was kept in the settings");
        assertEquals(titlesIn(Locale.ENGLISH), menuTitles());
        assertEquals(1.5, window.context().textScaleProperty().get(), 1e-9);
        assertTrue(rootStyle().contains("1.5em"), rootStyle());
    }
}
