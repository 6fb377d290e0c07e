package vn.plandesk.io.pdf;

import java.util.List;
import vn.plandesk.draw.timeline.LegendItem;
import vn.plandesk.draw.timeline.TimelinePainter;

/**
 * Every word the timeline PDF prints besides the plan's own text, already in the reader's language.
 *
 * @param title        "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ GIAI ĐOẠN 2025 - 2030"
 * @param identity     "(Kèm theo Kế hoạch số …/KH-UBND ngày … của …)"
 * @param summary      the plan's trích yếu
 * @param numberHeader the number column's header
 * @param nameHeader   the task column's header
 * @param legend       the legend's entries
 * @param axis         the axis's quarter and month labels
 * @param pagePattern  "Trang {0}/{1}"
 */
public record TimelinePdfText(String title, String identity, String summary, String numberHeader, String nameHeader,
                              List<LegendItem> legend, TimelinePainter.AxisLabels axis, String pagePattern) {
}
