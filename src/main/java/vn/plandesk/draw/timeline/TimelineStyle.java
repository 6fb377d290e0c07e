package vn.plandesk.draw.timeline;

/**
 * What a shape's colour says, the same on screen and on paper: the ward's role in the task, late work, work done.
 * Colours are 0xRRGGBB so both the JavaFX and the PDF painter can use them.
 */
public enum TimelineStyle {
    /** The ward leads the task ("Chủ trì thực hiện"). */
    LEAD(0x2F6DB5, 0x1D4A80),
    /** The ward coordinates ("Phối hợp thực hiện"). */
    COORDINATE(0x8DB8E0, 0x4F84B8),
    /** A province plan's task: no ward role, the lead unit's own task. */
    UNIT(0x6C8A6E, 0x46604A),
    /** Due before today and not done. */
    OVERDUE(0xD23B2E, 0x8E1F16),
    /** Marked "Đã thực hiện", or reported done in the period shown. */
    DONE(0x5DAE76, 0x2E7044),
    /** A deadline the parser could not read. */
    WARNING(0xF2A900, 0x8A5A00),
    /** Waiting for the province's direction: light grey, hatched where it has room. */
    WAITING(0xD9DDE2, 0x6B7280),
    /** The task as issued: drawn in outline only. */
    BASELINE(0xFFFFFF, 0x3D4650);

    private final int fill;
    private final int stroke;

    TimelineStyle(int fill, int stroke) {
        this.fill = fill;
        this.stroke = stroke;
    }

    public int fill() {
        return fill;
    }

    public int stroke() {
        return stroke;
    }
}
