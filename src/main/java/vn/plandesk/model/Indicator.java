package vn.plandesk.model;

/**
 * A row of the indicators table ("Bảng tổng hợp các chỉ tiêu").
 *
 * @param id      the store's key, null outside the store
 * @param number  as printed: "12", "12.1"; blank for a section row
 * @param name    "Chỉ tiêu"
 * @param unit    "Đơn vị tính" ("%", "Thứ bậc", "% GRDP", or blank)
 * @param section the horizon section it stands in: "Đến năm 2030", "Đến năm 2045"
 * @param target  "Kết quả" as printed ("≥ 01", "> 0,7", "16-18", text); blank for a parent row such as 12
 */
public record Indicator(Long id, String number, String name, String unit, String section, String target) {
    public Indicator {
        number = Text.nfc(number).strip();
        name = Text.nfc(name).strip();
        unit = Text.nfc(unit).strip();
        section = Text.nfc(section).strip();
        target = Text.nfc(target).strip();
    }

    /** The target read as comparator, value, range or text. */
    public IndicatorTarget parsedTarget() {
        return IndicatorTarget.parse(target);
    }

    public boolean hasValue() {
        return !target.isEmpty();
    }

    public Indicator withId(Long newId) {
        return new Indicator(newId, number, name, unit, section, target);
    }
}
