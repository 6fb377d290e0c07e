package vn.plandesk.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.Signer;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.report.ReportState;

/**
 * A report with every part a printed report has, built by hand in the shape of seed 003 (header, trích yếu, Kính gửi,
 * Căn cứ, sections I–III with their parts and bullet lines, footnotes, closing, Nơi nhận, signer) and two appendices:
 * the documents issued (two columns, portrait, over more than one page) and the progress table (six columns, landscape).
 */
public final class PrintableReport {
    public static final String SUMMARY = "Kết quả thực hiện Kế hoạch chuyển đổi số Quý I năm 2026";
    public static final String INTRODUCTION = "Căn cứ Kế hoạch số 37/KH-UBND ngày 05/01/2026 của UBND phường Chơn "
            + "Thành về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, UBND phường báo cáo kết quả "
            + "thực hiện Quý I năm 2026 như sau:";
    public static final String CITING = "Ban Chỉ đạo phường đã họp 02 phiên toàn thể; sau mỗi phiên có thông báo kết "
            + "luận[^1] giao nhiệm vụ cho các bộ phận, và Văn phòng đã có 02 văn bản đôn đốc[^2] tiến độ thực hiện.";
    public static final String NOTE_1 = "Thông báo số 101/TB-BCĐ ngày 27/02/2026 kết luận Phiên họp lần thứ nhất.";
    public static final String NOTE_2 = "Văn bản số 15/UBND-VP ngày 10/3/2026 về đôn đốc thực hiện nhiệm vụ.";
    public static final String CLOSING = "Trên đây là Báo cáo kết quả thực hiện Quý I năm 2026, UBND phường Chơn "
            + "Thành kính báo cáo./.";
    public static final String DOCUMENTS_TITLE = "Các văn bản triển khai nhiệm vụ đã ban hành trong Quý I năm 2026";
    public static final String DOCUMENTS_NOTE = "(Tính đến 18/3/2026)";
    public static final String PROGRESS_TITLE = "Tiến độ thực hiện các nhiệm vụ Quý I năm 2026";
    public static final int DOCUMENT_ROWS = 40;
    public static final int PROGRESS_ROWS = 30;

    private PrintableReport() {
    }

    public static Report full() {
        List<BodySection> sections = List.of(
                new BodySection("I. TÌNH HÌNH THỰC HIỆN, KẾT QUẢ ĐẠT ĐƯỢC", List.of(), List.of(
                        new BodySection("1. Công tác lãnh đạo, chỉ đạo điều hành", List.of(CITING,
                                "Chủ tịch UBND phường đã kiện toàn Ban Chỉ đạo về khoa học, công nghệ, đổi mới sáng "
                                        + "tạo và chuyển đổi số (Quyết định số 12/QĐ-UBND ngày 21/01/2026).")),
                        new BodySection("2. Hoàn thiện thể chế, chính sách", List.of(), List.of(
                                new BodySection("a) Tình hình, kết quả đạt được:", List.of(
                                        "Ban hành 03 kế hoạch triển khai các nhiệm vụ (Phụ lục I đính kèm).",
                                        "- Sở hữu trí tuệ:",
                                        "+ Hướng dẫn các hộ kinh doanh đăng ký nhãn hiệu tập thể.",
                                        "+ Tổ chức các hoạt động chào mừng Ngày Sở hữu trí tuệ thế giới 26/4.")),
                                new BodySection("b) Tồn tại, hạn chế:", List.of(
                                        "Còn 01 nhiệm vụ chậm tiến độ so với kế hoạch.")),
                                new BodySection("c) Nguyên nhân:", List.of(
                                        "Chờ hướng dẫn của Sở Khoa học và Công nghệ.")))))),
                new BodySection("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", List.of(
                        "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực."), List.of()),
                new BodySection("III. ĐỀ XUẤT, KIẾN NGHỊ", List.of(), List.of(
                        new BodySection("1. Kiến nghị với UBND tỉnh", List.of(
                                "Sớm bố trí kinh phí cho hạ tầng số cấp xã.")))));
        return new Report(5L, 3L, ReportKind.QUARTER, ReportPeriod.quarter(2026, 1), LocalDate.of(2026, 3, 18),
                "UBND TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH", "Chơn Thành", "7", "BC-UBND",
                LocalDate.of(2026, 3, 20), SUMMARY, List.of("Phòng Văn hóa – Xã hội", "Sở Khoa học và Công nghệ"),
                List.of(INTRODUCTION), sections, List.of(CLOSING),
                List.of("- Như kính gửi;", "- Thường trực Đảng ủy (b/c);", "- Lưu: VT, VHXH."),
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
                List.of(documents(), progress()), List.of(NOTE_1, NOTE_2), ReportState.DRAFT, 1, null, null);
    }

    /** The documents issued: a group row, then one document a row. */
    static ReportAppendix documents() {
        List<ReportAppendix.Row> rows = new ArrayList<>();
        rows.add(ReportAppendix.Row.group("I. Kế hoạch"));
        for (int i = 1; i <= DOCUMENT_ROWS; i++) {
            if (i == 21) {
                rows.add(ReportAppendix.Row.group("II. Quyết định"));
            }
            rows.add(ReportAppendix.Row.of(String.valueOf(i), document(i)));
        }
        return new ReportAppendix(ReportAppendix.Kind.DOCUMENTS, "Phụ lục I", DOCUMENTS_TITLE, DOCUMENTS_NOTE,
                List.of("STT", "Tên văn bản"), rows);
    }

    public static String document(int i) {
        return "Kế hoạch số " + (100 + i) + "/KH-UBND ngày 15/01/2026 của UBND phường Chơn Thành về triển khai "
                + "nhiệm vụ chuyển đổi số số " + i + " trên địa bàn phường.";
    }

    /** The progress table of the period, in the column set the issue names. */
    static ReportAppendix progress() {
        List<ReportAppendix.Row> rows = new ArrayList<>();
        rows.add(ReportAppendix.Row.group("I. Hoàn thiện thể chế, nâng cao nhận thức"));
        for (int i = 1; i <= PROGRESS_ROWS; i++) {
            rows.add(ReportAppendix.Row.of(String.valueOf(i), task(i), "Văn phòng HĐND và UBND phường",
                    "Đã ban hành văn bản hướng dẫn, tổ chức hội nghị quán triệt cho cán bộ, công chức",
                    i % 3 == 0 ? "Chậm tiến độ" : "Hoàn thành", "Kế hoạch số " + (200 + i) + "/KH-UBND"));
        }
        return new ReportAppendix(ReportAppendix.Kind.PROGRESS, "Phụ lục II", PROGRESS_TITLE, "",
                List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả", "Tình trạng", "Minh chứng"), rows);
    }

    public static String task(int i) {
        return "Nhiệm vụ " + i + ": tổ chức tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW đến cán bộ và người dân";
    }
}
