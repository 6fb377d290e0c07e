package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.PlanTask;

/**
 * The window walked in Vietnamese, as a new officer would: every page, every menu, the dialogs the menus open and the
 * menu of a text field. No word of JavaFX's own English may show, and every dialog closes with Esc.
 */
class VietnameseWindowTest extends WindowTestBase {
    /** What JavaFX writes by itself, in English, on buttons, titles, empty tables and a text field's menu. */
    private static final Set<String> FX_ENGLISH = Set.of("OK", "Cancel", "Yes", "No", "Close", "Apply", "Finish",
            "Next", "Previous", "Message", "Confirmation", "Error", "Warning", "Information", "No content in table",
            "No content in List", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Show Details",
            "Hide Details", "Select an option.", "Choice Dialog", "Text Input Dialog", "Enter text.");

    /** The English words of JavaFX on every window showing now (its title, texts, prompts, empty tables). */
    private List<String> english() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (!w.isShowing() || w.getScene() == null) {
                    continue;
                }
                if (w instanceof Stage s && s.getTitle() != null && FX_ENGLISH.contains(s.getTitle().strip())) {
                    found.add("title " + s.getTitle());
                }
                walk(w.getScene().getRoot(), found);
            }
        });
        return found;
    }

    private static void walk(Node n, List<String> found) {
        // a combo box's own list always has its items ("any unit", the years) and never shows a placeholder
        // so does a menu's shortcut, which names the key as printed on it ("Delete", "Ctrl")
        if (!n.isVisible() || n instanceof javafx.scene.control.ComboBoxBase<?>
                || n.getStyleClass().contains("accelerator-text")) {
            return;
        }
        String text = n instanceof Labeled l ? l.getText() : n instanceof javafx.scene.text.Text t ? t.getText()
                : n instanceof TextInputControl f ? f.getPromptText() : null;
        if (text != null && FX_ENGLISH.contains(text.replace("_", "").strip())) {
            found.add(n.getClass().getSimpleName() + " " + text);
        }
        boolean noPlaceholder = n instanceof TableView<?> t ? t.getPlaceholder() == null
                : n instanceof TreeTableView<?> t ? t.getPlaceholder() == null
                : n instanceof ListView<?> l && l.getPlaceholder() == null;
        if (noPlaceholder) {
            found.add("empty " + n.getClass().getSimpleName() + " " + n.getId() + " would say No content");
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, found));
        }
    }

    private static void items(List<MenuItem> items, List<String> found) {
        for (MenuItem i : items) {
            if (i.getText() != null && FX_ENGLISH.contains(i.getText().replace("_", "").strip())) {
                found.add("menu " + i.getText());
            }
            if (i instanceof Menu m) {
                items(m.getItems(), found);
            }
        }
    }

    /** The windows showing besides the main one. */
    private List<Window> others() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage).toList();
    }

    /** Opens a dialog, finds no English on it, closes it with Esc. */
    private void dialog(String what, Runnable open) throws Exception {
        open.run();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !others().isEmpty());
        assertEquals(List.of(), english(), what + " in Vietnamese");
        Window d = others().get(0);
        assertTrue(d.getWidth() <= javafx.stage.Screen.getPrimary().getVisualBounds().getWidth(),
                what + " fits on the screen, its buttons in reach: " + d.getWidth());
        interact(() -> d.requestFocus());
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> others().isEmpty());
        assertTrue(others().isEmpty(), what + " closes with Esc");
    }

    private void menuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m.getItems(), all));
        MenuItem item = all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
        interact(item::fire);
    }

    private static void collect(List<MenuItem> items, List<MenuItem> out) {
        for (MenuItem i : items) {
            out.add(i);
            if (i instanceof Menu m) {
                collect(m.getItems(), out);
            }
        }
    }

    @Test
    void everyPageMenuAndDialogSpeaksVietnamese() throws Exception {
        start();
        for (KeyCode page : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.T)) {
            push(KeyCode.CONTROL, page);
            assertEquals(List.of(), english(), "page Ctrl+" + page.getName());
        }
        // a filter that leaves a group empty shows the table's own words for "nothing"
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        clickOn("#search");
        write("khong co nhiem vu nao nhu the nay");
        assertEquals(List.of(), english(), "an empty group");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        interact(() -> lookup("#search").queryAs(TextInputControl.class).clear());

        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> words = new ArrayList<>();
        bar.getMenus().forEach(m -> items(m.getItems(), words));
        assertEquals(List.of(), words, "the menus");
        for (Menu m : bar.getMenus()) {
            interact(m::show);
            assertEquals(List.of(), english(), "menu " + m.getText());
            interact(m::hide);
        }

        // a text field's own menu
        PlanTask first = group(1).tasks().get(0);
        select(1, first.id());
        // the request a right click makes (the headless robot's right click makes none)
        Node name = lookup("#form-name").query();
        interact(() -> {
            javafx.geometry.Bounds b = name.localToScreen(name.getBoundsInLocal());
            javafx.event.Event.fireEvent(name, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, b.getMinX() + 20,
                    b.getMinY() + 20, false, null));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        assertEquals(List.of(), english(), "the menu of a text field");
        ContextMenu menu = (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        assertEquals(9, menu.getItems().size(), "undo, redo, cut, copy, paste, delete, select all");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // the dialogs the menus open, each closed with Esc
        clickOn(cell(1, first.id(), "number"));
        dialog("Xóa nhiệm vụ", () -> type(KeyCode.DELETE));
        assertEquals(first, stored().group(1).orElseThrow().tasks().get(0), "Esc deletes nothing");
        dialog("Chuyển sang nhóm", () -> push(KeyCode.CONTROL, KeyCode.M));
        assertEquals(first, stored().group(1).orElseThrow().tasks().get(0), "Esc moves nothing");
        dialog("Giới thiệu", () -> type(KeyCode.F1));
        dialog("In", () -> push(KeyCode.CONTROL, KeyCode.P));
        dialog("Kiểm tra 6 rõ", () -> menuItem("menu-tools-clarity"));
        dialog("Danh mục đơn vị", () -> menuItem("menu-tools-wardUnits"));
        dialog("Lập kế hoạch phường", () -> menuItem("menu-tools-derive"));
        if (plan().parentPlan() != null) {
            dialog("So sánh với kế hoạch cấp trên", () -> menuItem("menu-tools-compare"));
        }
        dialog("Lỗi", () -> interact(() -> window.context().showError(new IllegalStateException("thử"))));
        assertFalse(english().contains("title Error"));
    }

    @Test
    void theSixClarityListHasACloseButton() throws Exception {
        start();
        menuItem("menu-tools-clarity");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !others().isEmpty());
        clickOn("#clarity-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> others().isEmpty());
    }
}
