package vn.plandesk.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import vn.plandesk.service.Messages;

/**
 * JavaFX's own words in the officer's language, and Esc for every window the program opens. JavaFX ships no
 * Vietnamese: its dialog buttons ("OK", "Cancel"), alert titles and headers ("Message", "Confirmation", "Error") and
 * the menu of a text field ("Undo", "Copy", "Paste") would read English in a Vietnamese window. Installed once, this
 * follows every window as it opens, so a dialog a feature adds later is covered without knowing about it.
 */
public final class FxLocalization {
    /** JavaFX's standard buttons and the keys of their words in the bundles. */
    private static final Map<ButtonType, String> BUTTONS = Map.of(
            ButtonType.OK, "fx.button.ok", ButtonType.CANCEL, "fx.button.cancel", ButtonType.YES, "fx.button.yes",
            ButtonType.NO, "fx.button.no", ButtonType.CLOSE, "fx.button.close", ButtonType.APPLY, "fx.button.apply",
            ButtonType.FINISH, "fx.button.finish", ButtonType.NEXT, "fx.button.next",
            ButtonType.PREVIOUS, "fx.button.previous");
    /** JavaFX's default title and header of each kind of alert, and the key of ours; read from JavaFX itself. */
    private static Map<String, String> alertDefaults;
    private static boolean installed;

    private FxLocalization() {
    }

    /** Starts following the windows (once; on the FX thread). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(FxLocalization::prepare);
            }
        });
        Window.getWindows().forEach(FxLocalization::prepare);
    }

    /** What an empty table or list shows instead of JavaFX's "No content in table". */
    public static Label emptyPlaceholder() {
        return new Label(Messages.get("fx.table.empty"));
    }

    private static void prepare(Window w) {
        // popups (menus, tooltips, lists of a combo box) are windows too, with nothing of this to do
        if (!(w instanceof Stage stage) || stage.getScene() == null) {
            return;
        }
        Scene scene = stage.getScene();
        DialogPane pane = scene.getRoot() instanceof DialogPane p ? p
                : scene.getRoot().lookup(".dialog-pane") instanceof DialogPane p ? p : null;
        if (pane != null) {
            words(stage, pane);
        }
        if (scene.getProperties().putIfAbsent(FxLocalization.class, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, FxLocalization::textMenu);
        if (pane != null || stage.getOwner() != null) {
            // a filter: fields and check boxes of a dialog take Esc for themselves and would keep the dialog open
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && stage.isShowing() && !usesEscape(scene.getFocusOwner())) {
                    e.consume();
                    // as the window's own close button: a dialog closes with its cancel answer, a window may object
                    WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
                    Event.fireEvent(stage, request);
                    if (!request.isConsumed() && pane == null) {
                        stage.close();
                    }
                }
            });
        }
    }

    /** An open list drops down and a cell being edited drops its text with Esc: there Esc is theirs. */
    private static boolean usesEscape(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ComboBoxBase<?> c && c.isShowing()
                    || n instanceof javafx.scene.control.IndexedCell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }

    private static void words(Stage stage, DialogPane pane) {
        for (ButtonType t : pane.getButtonTypes()) {
            String key = BUTTONS.get(t);
            if (key != null && pane.lookupButton(t) instanceof Button b) {
                b.setText(Messages.get(key));
            }
        }
        Map<String, String> defaults = alertDefaults();
        if (stage.getTitle() != null && defaults.containsKey(stage.getTitle())) {
            stage.setTitle(Messages.get(defaults.get(stage.getTitle())));
        }
        if (pane.getHeaderText() != null && defaults.containsKey(pane.getHeaderText())) {
            pane.setHeaderText(Messages.get(defaults.get(pane.getHeaderText())));
        }
    }

    private static Map<String, String> alertDefaults() {
        if (alertDefaults == null) {
            Map<String, String> m = new HashMap<>();
            for (Alert.AlertType type : Alert.AlertType.values()) {
                if (type != Alert.AlertType.NONE) {
                    Alert a = new Alert(type);
                    String key = "fx.title." + type.name().toLowerCase(java.util.Locale.ROOT);
                    m.put(a.getTitle(), key);
                    m.put(a.getHeaderText(), key);
                }
            }
            alertDefaults = m;
        }
        return alertDefaults;
    }

    /** A text field's menu in our words, given to the field before JavaFX would show its own English one. */
    private static void textMenu(ContextMenuEvent e) {
        Node n = e.getTarget() instanceof Node t ? t : null;
        while (n != null && !(n instanceof TextInputControl)) {
            n = n.getParent();
        }
        if (n instanceof TextInputControl field && field.getContextMenu() == null) {
            field.setContextMenu(textMenu(field));
        }
    }

    static ContextMenu textMenu(TextInputControl f) {
        MenuItem undo = item("fx.menu.undo", f::undo);
        MenuItem redo = item("fx.menu.redo", f::redo);
        MenuItem cut = item("fx.menu.cut", f::cut);
        MenuItem copy = item("fx.menu.copy", f::copy);
        MenuItem paste = item("fx.menu.paste", f::paste);
        MenuItem delete = item("fx.menu.delete", () -> f.deleteText(f.getSelection()));
        MenuItem all = item("fx.menu.selectAll", f::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), all);
        menu.getStyleClass().add("text-menu");
        menu.setOnShowing(e -> {
            boolean editable = f.isEditable() && !f.isDisabled();
            boolean selected = f.getSelection().getLength() > 0;
            undo.setDisable(!editable || !f.isUndoable());
            redo.setDisable(!editable || !f.isRedoable());
            cut.setDisable(!editable || !selected);
            copy.setDisable(!selected);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || !selected);
            all.setDisable(f.getLength() == 0 || f.getSelection().getLength() == f.getLength());
        });
        return menu;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setOnAction(e -> action.run());
        return i;
    }
}
