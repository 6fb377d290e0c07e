package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.draw.timeline.TimelinePainter;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;

/**
 * The timeline on paper: landscape, vector, drawn by the same {@link TimelinePainter} as the screen. The first page
 * carries the title and the plan's identity; every page repeats the axis, the column headers and the legend, and
 * each row's number and full name. Rows go on over as many pages as they need: the chart is never shrunk to fit.
 */
public final class TimelinePdf {
    static final double MARGIN = 28;
    static final double AXIS_HEIGHT = 26;
    static final double NUMBER_WIDTH = 30;

    private TimelinePdf() {
    }

    /** The width of the names column on a paper. */
    static double nameWidth(TimelinePaper paper) {
        return paper == TimelinePaper.A3 ? 360 : 250;
    }

    static double fontSize(TimelinePaper paper) {
        return paper == TimelinePaper.A3 ? 8.5 : 7.5;
    }

    /** The width the time axis takes on a paper: the caller lays the chart out to it. */
    public static double chartWidth(TimelinePaper paper) {
        return paper.width() - 2 * MARGIN - nameWidth(paper);
    }

    /** A row placed on a page: its top and height, and the name lines it prints. */
    private record Placed(TimelineRow row, double top, double height, List<String> lines) {
    }

    public static void write(TimelineChart chart, TimelinePdfText text, TimelinePaper paper, OutputStream out)
            throws IOException {
        PageSize size = new PageSize((float) paper.width(), (float) paper.height());
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(text.title());
            info.setSubject(text.summary());
            info.setCreator("PlanDesk");
            PdfFonts fonts = PdfFonts.forOneDocument();
            // measure on a scratch surface first: pagination needs every row's wrapped height
            TimelinePdfSurface measure = new TimelinePdfSurface(null, paper.height(), fonts);
            double fs = fontSize(paper);
            double width = paper.width() - 2 * MARGIN;
            double legendWidth = width - 70; // the page number stands right of the legend
            double legendHeight = TimelinePainter.legendHeight(measure, text.legend(), legendWidth, fs) + 4;
            double titleHeight = 52 + (text.summary().isEmpty() ? 0
                    : TimelinePainter.wrap(measure, text.summary(), fs + 1.5, false, width * 0.8).size() * (fs + 1.5) * 1.25);
            List<List<Placed>> pages = paginate(chart, measure, paper, fs, titleHeight, legendHeight);
            for (int p = 0; p < pages.size(); p++) {
                PdfPage page = pdf.addNewPage(size);
                TimelinePdfSurface s = new TimelinePdfSurface(new PdfCanvas(page), paper.height(), fonts);
                double top = MARGIN;
                if (p == 0) {
                    titleBlock(s, text, paper, fs, width);
                    top = MARGIN + titleHeight;
                }
                drawPage(s, chart, text, paper, fs, pages.get(p), top);
                s.line(MARGIN, paper.height() - MARGIN - legendHeight, paper.width() - MARGIN,
                        paper.height() - MARGIN - legendHeight, TimelinePainter.BORDER, 0.5, false);
                double legendTop = paper.height() - MARGIN - legendHeight + 2;
                TimelinePainter.paintLegend(s, text.legend(), MARGIN, legendTop, legendWidth, fs);
                String pageText = MessageFormat.format(text.pagePattern(), p + 1, pages.size());
                s.text(pageText, paper.width() - MARGIN - s.textWidth(pageText, fs, false), legendTop + fs * 1.35,
                        fs, false, TimelinePainter.TEXT_MUTED);
            }
        }
    }

    /** Title, identity and summary, centred. */
    private static void titleBlock(TimelinePdfSurface s, TimelinePdfText text, TimelinePaper paper, double fs,
                                     double width) {
        double y = MARGIN + 14;
        double titleSize = fs + 5;
        double w = s.textWidth(text.title(), titleSize, true);
        s.text(text.title(), (paper.width() - w) / 2, y, titleSize, true, TimelinePainter.TEXT);
        y += titleSize + 4;
        double iw = s.italicWidth(text.identity(), fs + 2);
        s.italic(text.identity(), (paper.width() - iw) / 2, y, fs + 2, TimelinePainter.TEXT);
        y += fs + 6;
        for (String line : TimelinePainter.wrap(s, text.summary(), fs + 1.5, false, width * 0.8)) {
            double lw = s.textWidth(line, fs + 1.5, false);
            s.text(line, (paper.width() - lw) / 2, y, fs + 1.5, false, TimelinePainter.TEXT_MUTED);
            y += (fs + 1.5) * 1.25;
        }
    }

    private static List<List<Placed>> paginate(TimelineChart chart, TimelinePdfSurface measure, TimelinePaper paper,
                                               double fs, double titleHeight, double legendHeight) {
        double fullWidth = paper.width() - 2 * MARGIN;
        double nameText = nameWidth(paper) - NUMBER_WIDTH - 4;
        double lineHeight = fs * 1.25;
        double bottom = paper.height() - MARGIN - legendHeight - 4;
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        double y = MARGIN + titleHeight + AXIS_HEIGHT;
        for (TimelineRow row : chart.rows()) {
            List<String> lines;
            if (row.isGroup()) {
                String title = row.group().roman() + ". " + row.group().title();
                lines = TimelinePainter.wrap(measure, title, fs, true, fullWidth - 10);
            } else {
                lines = TimelinePainter.wrap(measure, row.task().name(), fs, false, nameText - row.depth() * fs);
            }
            double h = Math.max(lines.size() * lineHeight + 5, 15);
            // a group band is not left alone at the foot of a page
            double need = row.isGroup() ? h + 15 : h;
            if (y + need > bottom && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = MARGIN + AXIS_HEIGHT;
            }
            page.add(new Placed(row, y, h, lines));
            y += h;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static void drawPage(TimelinePdfSurface s, TimelineChart chart, TimelinePdfText text,
                                 TimelinePaper paper, double fs, List<Placed> rows, double top) {
        TimelineScale scale = chart.scale();
        double left = MARGIN;
        double right = paper.width() - MARGIN;
        double chartLeft = left + nameWidth(paper);
        double bodyTop = top + AXIS_HEIGHT;
        double bodyBottom = rows.isEmpty() ? bodyTop : rows.get(rows.size() - 1).top() + rows.get(rows.size() - 1).height();
        // shift: pagination assumed the table starts after the title on page one only
        double shift = rows.isEmpty() ? 0 : bodyTop - rows.get(0).top();
        bodyBottom += shift;
        // header: column names and the axis
        s.fillRect(left, top, chartLeft - left, AXIS_HEIGHT, TimelinePainter.AXIS_BACKGROUND);
        s.text(text.numberHeader(), left + 4, top + AXIS_HEIGHT / 2 + fs * 0.35, fs, true, TimelinePainter.TEXT);
        s.text(text.nameHeader(), left + NUMBER_WIDTH, top + AXIS_HEIGHT / 2 + fs * 0.35, fs, true,
                TimelinePainter.TEXT);
        TimelinePainter.paintAxis(s, scale, text.axis(), chartLeft, chartLeft, right, top, AXIS_HEIGHT, fs);
        TimelinePainter.paintGrid(s, scale, chartLeft, chartLeft, right, bodyTop, bodyBottom);
        for (Placed p : rows) {
            double y = p.top() + shift;
            TimelineRow row = p.row();
            if (row.isGroup()) {
                TimelinePainter.paintGroupBand(s, row, left, right, y, p.height(), fs, false, p.lines());
                continue;
            }
            TimelinePainter.paintNameCell(s, row, left, NUMBER_WIDTH, y, p.height(), fs, p.lines());
            s.line(left + NUMBER_WIDTH - 4, y, left + NUMBER_WIDTH - 4, y + p.height(), TimelinePainter.BORDER, 0.5,
                    false);
            // shapes keep the screen's proportions, centred in a row that wrapped names made taller
            double shapeHeight = Math.min(p.height(), 18);
            s.pushClip(chartLeft, y, right - chartLeft, p.height());
            TimelinePainter.paintShapes(s, row, chartLeft, y + (p.height() - shapeHeight) / 2, shapeHeight);
            s.popClip();
            // today's line runs through task rows only, so it never crosses a group's title
            TimelinePainter.paintToday(s, scale, chart.today(), chartLeft, chartLeft, right, y, y + p.height());
            s.pushClip(chartLeft, y, right - chartLeft, p.height());
            TimelinePainter.paintStatusMarks(s, row, chartLeft, y + (p.height() - shapeHeight) / 2, shapeHeight);
            s.popClip();
            s.line(left, y + p.height(), right, y + p.height(), TimelinePainter.GRID_MINOR, 0.4, false);
        }
        // the frame: around the table, between the columns
        s.strokeRect(left, top, right - left, bodyBottom - top, TimelinePainter.GRID_YEAR, 0.8);
        s.line(chartLeft, top, chartLeft, bodyBottom, TimelinePainter.GRID_YEAR, 0.8, false);
    }
}
