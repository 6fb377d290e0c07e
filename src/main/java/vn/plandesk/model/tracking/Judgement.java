package vn.plandesk.model.tracking;

/** An indicator's value against its target. */
public enum Judgement {
    /** đạt */
    ACHIEVED,
    /** chưa đạt */
    NOT_ACHIEVED,
    /** vượt */
    EXCEEDED,
    /** a target in words, or a value with no number, waits for the officer's judgement */
    BY_HAND;

    public String key() {
        return "indicator.judgement." + name();
    }
}
