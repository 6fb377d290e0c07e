package vn.plandesk.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its control. A Tooltip is a popup window with a scene of its own:
 * the thirty or so the window's first frame had (the navigator's cells, the form's unit tags, the status bar) took
 * about a twentieth of the FX thread's work at the window's start, for tips the officer reads one at a time. Made on
 * entering, the tip shows after JavaFX's usual delay as the pointer rests on the control.
 */
final class HoverTooltip {
    private HoverTooltip() {
    }

    /**
     * Gives the control the tooltip {@code make} makes when the pointer first enters it; {@code make} may answer null
     * (nothing to tell yet), and is asked again at the next entry.
     */
    static void install(Control control, Supplier<Tooltip> make) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                Tooltip made = control.getTooltip() != null ? control.getTooltip() : make.get();
                if (made != null) { // none yet: an empty cell has nothing to tell, until it shows something
                    control.setTooltip(made);
                    control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
