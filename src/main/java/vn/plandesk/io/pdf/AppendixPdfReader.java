package vn.plandesk.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.plandesk.io.pdf.PageGlyphs.Glyph;
import vn.plandesk.io.InputLimits;
import vn.plandesk.io.table.AppendixGridReader;
import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.io.table.BodyTasks;
import vn.plandesk.io.table.CellGrid;
import vn.plandesk.io.table.DocumentKind;
import vn.plandesk.io.table.ListGrid;
import vn.plandesk.io.table.PlanHead;
import vn.plandesk.io.table.RowBreak;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;
import vn.plandesk.model.table.SheetMapping;

/**
 * Reads a plan from a PDF with a text layer, as the province signs and sends it: the appendix tables rebuilt page by
 * page from their ruling lines and the words' positions ({@link RuledTable}), a table continued over pages read as one
 * (its header repeated on each page left out, a row broken by the page joined again), page numbers left out since they
 * stand outside the rules; and the document's head and end from the pages before the tables ({@link PlanHead}). The
 * rows then go through the same {@link AppendixGridReader} as Excel and Word. PDFBox (already used to render pages)
 * serves: tabula-java, the well-kept table extractor, is built on PDFBox 2, which would clash with PDFBox 3 here, and
 * its guessing of tables by text alignment is not needed where every appendix is ruled.
 */
public final class AppendixPdfReader {
    /** How many rows of an appendix's first page can be its header (two header rows and a column-number row). */
    private static final int HEADER_ROWS = 4;
    /** Words further apart than this many font sizes stand in two columns (organ and Quốc hiệu, Nơi nhận and signer). */
    private static final float COLUMN_GAP_EM = 2.5f;
    /** Baselines further apart than this share of the page's usual line pitch part two paragraphs. */
    private static final float PARAGRAPH_GAP = 1.2f;
    private static final Locale VI = Locale.forLanguageTag("vi");

    public AppendixImport read(byte[] file, String fileName) {
        return read(file, fileName, Map.of());
    }

    /** @throws PlanDeskException when the file is refused or has no ruled appendix table; nothing was written */
    public AppendixImport read(byte[] file, String fileName, Map<String, SheetMapping> overrides) {
        if (file.length == 0) {
            throw new PlanDeskException("document.empty", fileName);
        }
        if (file.length > InputLimits.MAX_PDF_BYTES) {
            throw new PlanDeskException("document.tooLarge", fileName, InputLimits.megabytes(file.length),
                    InputLimits.MAX_PDF_BYTES / (1024 * 1024));
        }
        if (DocumentKind.of(file) != DocumentKind.PDF) {
            throw new PlanDeskException("pdf.notPdf", fileName);
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            return read(file, doc, fileName, overrides);
        } catch (InvalidPasswordException e) {
            throw new PlanDeskException(e, "pdf.password", fileName);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            throw new PlanDeskException(e, "document.damaged", fileName);
        }
    }

    private AppendixImport read(byte[] file, PDDocument doc, String fileName, Map<String, SheetMapping> overrides)
            throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages > InputLimits.MAX_PDF_PAGES) {
            throw new PlanDeskException("pdf.tooManyPages", fileName, pages, InputLimits.MAX_PDF_PAGES);
        }
        if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
            throw new PlanDeskException("pdf.password", fileName);
        }
        List<PdfPages.Page> read = PdfPages.read(file, doc);
        if (read.stream().allMatch(p -> p.glyphs().stream().allMatch(Glyph::space))) {
            throw new PlanDeskException("pdf.imageOnly", fileName);
        }
        List<ListGrid> grids = new ArrayList<>();
        List<String> body = new ArrayList<>();
        ListGrid grid = null;
        List<List<String>> firstRows = new ArrayList<>();
        long cells = 0;
        for (int p = 0; p < pages; p++) {
            List<Glyph> onPage = read.get(p).glyphs();
            RuledTable table = read.get(p).table();
            if (table == null) {
                if (grids.isEmpty()) {
                    body.addAll(paragraphs(onPage, read.get(p).width()));
                }
                continue;
            }
            List<String> above = new ArrayList<>();
            for (TextLines.Line l : TextLines.of(onPage.stream().filter(g -> g.y() < table.top).toList())) {
                if (!l.text().matches("\\d{1,4}")) {
                    above.add(l.text());
                }
            }
            int label = labelLine(above);
            String pageName = String.valueOf(p + 1);
            boolean continued = grid != null && label < 0;
            if (!continued) {
                grid = new ListGrid("Bảng " + (grids.size() + 1));
                grids.add(grid);
                firstRows.clear();
                for (String line : above.subList(Math.max(label, 0), above.size())) {
                    grid.addLine(line, new CellGrid.Place(pageName, 0));
                }
                if (grids.size() == 1 && label > 0) {
                    body.addAll(above.subList(0, label));
                }
            }
            int rowOnPage = 0;
            boolean first = true;
            for (RuledTable.Row row : table.rows) {
                rowOnPage++;
                cells += row.cells().size();
                if (!continued && firstRows.size() < HEADER_ROWS) {
                    firstRows.add(row.cells());
                } else if (continued && first && repeatsHeader(row.cells(), firstRows)) {
                    continue; // the header repeated on this page
                }
                if (continued && first && carriedOver(row.cells())) {
                    List<String> rest = new ArrayList<>(row.cells());
                    rest.set(0, "");
                    grid.extendLast(rest);
                    first = false;
                    continue;
                }
                first = false;
                grid.add(row.cells(), row.mergedDown(), new CellGrid.Place(pageName, rowOnPage));
            }
            if (cells > InputLimits.MAX_CELLS) {
                throw new PlanDeskException("document.tooManyCells", fileName, InputLimits.MAX_CELLS);
            }
        }
        AppendixImport in = new AppendixGridReader("pdf.noTable", "pdf.noTable")
                .read(grids, fileName, overrides, BodyTasks.read(body));
        return new AppendixImport(PlanHead.read(body).applyTo(in.plan()), in.mappings(), in.warnings(), null);
    }

    /** The index of the line "PHỤ LỤC" or "Phụ lục II" that starts an appendix; -1 when the page has none. */
    private static int labelLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Text.fold(lines.get(i)).startsWith("phu luc")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a row at the top of a page repeats one of the appendix's header rows: each cell the same as the header's
     * or its start, spaces aside, and at least half of the header's cells there. LibreOffice prints the repeated
     * header at a fixed height that cuts the end of its taller cells ("Lãnh đạo phụ" for "Lãnh đạo phụ trách").
     */
    static boolean repeatsHeader(List<String> cells, List<List<String>> header) {
        for (List<String> h : header) {
            if (h.size() != cells.size()) {
                continue;
            }
            int shown = 0;
            int wanted = 0;
            boolean starts = true;
            for (int i = 0; i < h.size() && starts; i++) {
                String cell = squashed(cells.get(i));
                starts = squashed(h.get(i)).startsWith(cell);
                shown += cell.isEmpty() ? 0 : 1;
                wanted += h.get(i).isBlank() ? 0 : 1;
            }
            if (starts && shown > 0 && 2 * shown >= wanted) {
                return true;
            }
        }
        return false;
    }

    private static String squashed(String cell) {
        return cell.replaceAll("\\s+", "");
    }

    /** A row with no number (or its number with "(tiếp)") but other text, first on a page: the rest of the row the page break cut. */
    private static boolean carriedOver(List<String> cells) {
        return !cells.isEmpty() && (cells.get(0).isEmpty() || RowBreak.marksContinuation(cells.get(0)))
                && cells.stream().skip(1).anyMatch(c -> !c.isEmpty());
    }

    /**
     * A page of the body as paragraphs in reading order: runs of lines set in two columns (organ and Quốc hiệu, Nơi
     * nhận and signature) give the left column as one paragraph, then the right; other lines join into paragraphs,
     * a new one starting at an indented or centred line, an all-capital line standing alone. An empty paragraph
     * stands where the alignment changes, as the rules under the head do in Word.
     */
    static List<String> paragraphs(List<Glyph> glyphs, float pageWidth) {
        List<TextLines.Line> lines = new ArrayList<>();
        for (TextLines.Line l : TextLines.of(glyphs)) {
            if (!l.text().matches("\\d{1,4}")) {
                lines.add(l);
            }
        }
        float mid = pageWidth / 2;
        float margin = Float.MAX_VALUE;
        float rightMargin = 0;
        for (TextLines.Line l : lines) {
            margin = Math.min(margin, l.left());
            rightMargin = Math.max(rightMargin, l.right());
        }
        float pitch = linePitch(lines);
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        TextLines.Line prev = null;
        boolean prevCaps = false;
        int i = 0;
        while (i < lines.size()) {
            int end = columnRun(lines, i, mid, margin, rightMargin);
            if (end > i) {
                flush(out, para);
                columns(lines.subList(i, end), mid, out);
                prev = null;
                i = end;
                continue;
            }
            TextLines.Line l = lines.get(i);
            boolean caps = l.text().equals(l.text().toUpperCase(VI)) && l.text().matches(".*\\p{L}.*");
            float leftGap = l.left() - margin;
            boolean centred = leftGap > 2 && Math.abs(leftGap - (rightMargin - l.right())) < l.size();
            boolean indented = !centred && leftGap > 0.8f * l.size();
            boolean apart = prev != null && l.baseline() - prev.baseline() > PARAGRAPH_GAP * pitch;
            if (para.length() == 0 || caps || prevCaps || indented || apart) {
                flush(out, para);
                if (apart || caps || prevCaps) {
                    out.add("");
                }
                para.append(l.text());
            } else {
                para.append(' ').append(l.text());
            }
            prev = l;
            prevCaps = caps;
            i++;
        }
        flush(out, para);
        return out;
    }

    /**
     * Lines set in two columns: the left column as one paragraph, then the right. Where a line has words in both
     * columns the gap between them tells where the columns part; words starting right of that stand in the right
     * column.
     */
    private static void columns(List<TextLines.Line> run, float mid, List<String> out) {
        float boundary = 0;
        int twos = 0;
        for (TextLines.Line l : run) {
            List<TextLines.Line> segs = TextLines.segments(l, COLUMN_GAP_EM);
            if (segs.size() >= 2) {
                boundary += (segs.get(0).right() + segs.get(1).left()) / 2;
                twos++;
            }
        }
        boundary = twos == 0 ? mid : boundary / twos;
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (TextLines.Line l : run) {
            for (TextLines.Line s : TextLines.segments(l, COLUMN_GAP_EM)) {
                StringBuilder side = s.left() > boundary ? right : left;
                if (side.length() > 0) {
                    side.append('\n');
                }
                side.append(s.text());
            }
        }
        out.add(recipientsJoined(left.toString()));
        out.add(right.toString());
        out.add("");
    }

    /** The distance between baselines most lines of the page keep: the line pitch inside a paragraph. */
    private static float linePitch(List<TextLines.Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float d = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (d > 0) {
                gaps.add(d);
            }
        }
        if (gaps.isEmpty()) {
            return Float.MAX_VALUE;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 3);
    }

    /**
     * Recipients wrapped over lines: after "Nơi nhận", a line not starting with "-" goes on with the one above. A column
     * starting with "-" is the list going on from the page before.
     */
    private static String recipientsJoined(String column) {
        StringBuilder s = new StringBuilder();
        boolean recipients = column.matches("(?s)^[-+•].*");
        for (String line : column.split("\n")) {
            boolean continues = recipients && !line.matches("^[-+•].*");
            if (s.length() > 0) {
                s.append(continues ? " " : "\n");
            }
            s.append(line);
            recipients |= Text.fold(line).startsWith("noi nhan");
        }
        return s.toString();
    }

    /** The end of a run of lines set in two columns starting at {@code from}; {@code from} when there is none. */
    private static int columnRun(List<TextLines.Line> lines, int from, float mid, float margin, float rightMargin) {
        int end = from;
        boolean right = false;
        // once the right column is seen, a left line may reach past the middle up to it (a long recipient)
        float rightColumn = mid;
        while (end < lines.size()) {
            TextLines.Line l = lines.get(end);
            List<TextLines.Line> segs = TextLines.segments(l, COLUMN_GAP_EM);
            if (segs.size() >= 2) {
                rightColumn = Math.max(rightColumn, segs.get(segs.size() - 1).left() - l.size());
            }
            boolean inLeft = segs.size() == 1 && l.right() < rightColumn && l.left() < mid;
            // a short line centred on the page (the end of a centred title) is not in a column
            boolean pageCentred = Math.abs((l.left() - margin) - (rightMargin - l.right())) < l.size();
            boolean inRight = segs.size() == 1 && l.left() >= mid - l.size() && !pageCentred;
            if (segs.size() >= 2 || inRight) {
                right = true;
            } else if (!inLeft) {
                break;
            }
            end++;
        }
        return right ? end : from;
    }

    private static void flush(List<String> out, StringBuilder para) {
        if (para.length() > 0) {
            out.add(para.toString());
            para.setLength(0);
        }
    }
}
