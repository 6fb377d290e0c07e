package vn.plandesk.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import vn.plandesk.service.Messages;

/**
 * The menu bar, with named places where features add their items: import and export formats, printing, tools. An
 * empty sub-menu stays hidden until something is added to it.
 */
public final class AppMenus {
    /** A place in the menus. */
    public enum Slot {
        /** Tệp → Nhập ▸ */
        FILE_IMPORT,
        /** Tệp → Xuất ▸ */
        FILE_EXPORT,
        /** Tệp, above Thoát: printing and other whole-plan actions. */
        FILE,
        /** Sửa, at the end. */
        EDIT,
        /** Xem, at the end: other views of the plan (timeline, …). */
        VIEW,
        /** Công cụ: derive, compare, … */
        TOOLS
    }

    private final MenuBar bar = new MenuBar();
    private final Map<Slot, Menu> menus = new EnumMap<>(Slot.class);
    final Menu file = new Menu(Messages.get("menu.file"));
    final Menu edit = new Menu(Messages.get("menu.edit"));
    final Menu view = new Menu(Messages.get("menu.view"));
    final Menu tools = new Menu(Messages.get("menu.tools"));
    final Menu help = new Menu(Messages.get("menu.help"));

    AppMenus() {
        bar.setId("menu-bar");
        file.setId("menu-file");
        edit.setId("menu-edit");
        view.setId("menu-view");
        tools.setId("menu-tools");
        Menu imports = new Menu(Messages.get("menu.file.import"));
        Menu exports = new Menu(Messages.get("menu.file.export"));
        imports.setId("menu-file-import");
        exports.setId("menu-file-export");
        for (Menu m : new Menu[] {imports, exports}) {
            m.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(m.getItems()));
        }
        file.getItems().addAll(imports, exports);
        menus.put(Slot.FILE_IMPORT, imports);
        menus.put(Slot.FILE_EXPORT, exports);
        menus.put(Slot.FILE, file);
        menus.put(Slot.EDIT, edit);
        menus.put(Slot.VIEW, view);
        menus.put(Slot.TOOLS, tools);
        bar.getMenus().addAll(file, edit, view, tools, help);
    }

    MenuBar bar() {
        return bar;
    }

    /** Adds an item at a slot. Items of {@link Slot#FILE} go above the closing "Thoát". */
    public void add(Slot slot, MenuItem item) {
        Menu m = menus.get(slot);
        if (slot == Slot.FILE) {
            int quit = m.getItems().size() - 2; // above the separator and Thoát
            m.getItems().add(Math.max(2, quit), item);
        } else {
            m.getItems().add(item);
        }
    }

    /** A menu item with its shortcut (null for none); the text's underscore marks the mnemonic. */
    public static MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setId(key.replace('.', '-'));
        if (shortcut != null) {
            i.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    static SeparatorMenuItem separator() {
        return new SeparatorMenuItem();
    }
}
