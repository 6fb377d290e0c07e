package vn.plandesk.draw.timeline;

/** The paper a timeline is printed on, landscape, in PDF points (1/72 inch). */
public enum TimelinePaper {
    A4(841.89, 595.28),
    A3(1190.55, 841.89);

    private final double width;
    private final double height;

    TimelinePaper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Landscape width. */
    public double width() {
        return width;
    }

    /** Landscape height. */
    public double height() {
        return height;
    }
}
