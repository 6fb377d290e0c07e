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
    /** Marked "Đã thực hiện". */
    DONE(0x8A8A8A, 0x5C5C5C),
    /** A deadline the parser could not read. */
    WARNING(0xF2A900, 0x8A5A00);

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
