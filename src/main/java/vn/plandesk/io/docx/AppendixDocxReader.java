package vn.plandesk.io.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.plandesk.io.InputLimits;
import vn.plandesk.io.table.AppendixGridReader;
import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.io.table.BodyTasks;
import vn.plandesk.io.table.DocumentKind;
import vn.plandesk.io.table.ListGrid;
import vn.plandesk.io.table.PlanHead;
import vn.plandesk.io.table.RowBreak;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;
import vn.plandesk.model.table.SheetMapping;

/**
 * Reads a plan from a Word document as the province sends it: the appendix tables (merged cells across and down,
 * header rows, group rows, the year grid, sub-tasks, empty cells) through the same {@link AppendixGridReader} as Excel
 * and PDF, and the document's head and end (organ, number, date, trích yếu, Căn cứ, Nơi nhận, signer) into the plan's
 * details. Each table of the document is one grid named "Bảng N"; the paragraphs above a table from its "PHỤ LỤC" on
 * are its title block. The document's text is read as a stream ({@link WordBody}), not through POI's object model of the
 * whole document, which took most of the time of reading a long appendix.
 */
public final class AppendixDocxReader {
    private static final int TITLE_LINES = 8;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / InputLimits.MAX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(InputLimits.MAX_DOCX_PART_BYTES);
    }

    public AppendixImport read(byte[] file, String fileName) {
        return read(file, fileName, Map.of());
    }

    /**
     * @throws PlanDeskException when the file is refused or has no appendix table; nothing was written
     */
    public AppendixImport read(byte[] file, String fileName, Map<String, SheetMapping> overrides) {
        List<ListGrid> grids = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> sinceTable = new ArrayList<>();
        long cells = 0;
        int tables = 0;
        for (WordBody.Block block : body(file, fileName)) {
            if (block instanceof WordBody.Paragraph p) {
                String t = text(p.text());
                paragraphs.add(t);
                if (!t.isEmpty()) {
                    sinceTable.add(t);
                }
            } else if (block instanceof WordBody.Table t) {
                tables++;
                ListGrid grid = new ListGrid("Bảng " + tables);
                titleBlock(sinceTable).forEach(line -> grid.addLine(line, null));
                cells += rows(t, grid);
                if (cells > InputLimits.MAX_CELLS) {
                    throw new PlanDeskException("document.tooManyCells", fileName, InputLimits.MAX_CELLS);
                }
                grids.add(grid);
                sinceTable.clear();
                for (WordBody.Row row : t.rows()) {
                    for (WordBody.Cell c : row.cells()) {
                        c.paragraphs().forEach(p -> paragraphs.add(text(p)));
                    }
                }
            }
        }
        List<String> body = beforeAppendices(paragraphs);
        AppendixImport in = new AppendixGridReader("docx.noTable", "docx.noTable")
                .read(grids, fileName, overrides, BodyTasks.read(body));
        PlanHead head = PlanHead.read(body);
        return new AppendixImport(head.applyTo(in.plan()), in.mappings(), in.warnings(), null);
    }

    /**
     * The document's head and end: the paragraphs before the first appendix's "PHỤ LỤC" label. A file that is only an
     * appendix has none, and its plan keeps what its title block says (as a PDF of it does).
     */
    private static List<String> beforeAppendices(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (Text.fold(paragraphs.get(i)).startsWith("phu luc")) {
                return paragraphs.subList(0, i);
            }
        }
        return paragraphs;
    }

    /** The lines above a table from the last "PHỤ LỤC" on: the appendix's label, title and "(Kèm theo …)". */
    private static List<String> titleBlock(List<String> sinceTable) {
        for (int i = sinceTable.size() - 1; i >= Math.max(0, sinceTable.size() - TITLE_LINES); i--) {
            if (Text.fold(sinceTable.get(i)).startsWith("phu luc")) {
                return List.copyOf(sinceTable.subList(i, sinceTable.size()));
            }
        }
        return List.of();
    }

    /**
     * The table's rows into the grid: a cell spanning columns gives its text to its first column; a cell continuing a
     * vertical merge gives the text of the cell it continues, which is marked as merged down.
     */
    private static long rows(WordBody.Table table, ListGrid grid) {
        long cells = 0;
        List<String> above = List.of();
        List<List<String>> texts = new ArrayList<>();
        List<boolean[]> downs = new ArrayList<>();
        for (WordBody.Row row : table.rows()) {
            List<String> cellsOfRow = new ArrayList<>();
            List<Boolean> continues = new ArrayList<>();
            for (int i = 0; i < row.gridBefore(); i++) {
                cellsOfRow.add("");
                continues.add(false);
            }
            for (WordBody.Cell cell : row.cells()) {
                boolean cont = cell.continuesAbove();
                int col = cellsOfRow.size();
                String t = cont ? (col < above.size() ? above.get(col) : "") : text(cell);
                cellsOfRow.add(t);
                continues.add(cont);
                for (int i = 1; i < cell.span(); i++) {
                    cellsOfRow.add("");
                    continues.add(cont);
                }
                cells += cell.span();
            }
            boolean[] down = new boolean[cellsOfRow.size()];
            if (!downs.isEmpty()) {
                boolean[] prev = downs.get(downs.size() - 1);
                for (int c = 0; c < continues.size() && c < prev.length; c++) {
                    prev[c] = continues.get(c);
                }
            }
            texts.add(cellsOfRow);
            downs.add(down);
            above = cellsOfRow;
        }
        for (int i = 0; i < texts.size(); i++) {
            List<String> row = texts.get(i);
            if (i > 0 && continues(row)) {
                // the part of a row PlanDesk cut at a page break ("12 (tiếp)"): the rest of the row above
                List<String> rest = new ArrayList<>(row);
                rest.set(0, "");
                grid.extendLast(rest);
            } else {
                grid.add(row, downs.get(i), null);
            }
        }
        return cells;
    }

    /** A row whose STT says it goes on from the row above ({@link RowBreak#marksContinuation}), with text beside it. */
    private static boolean continues(List<String> row) {
        return !row.isEmpty() && RowBreak.marksContinuation(row.get(0))
                && row.stream().skip(1).anyMatch(c -> !c.isEmpty());
    }

    private static String text(WordBody.Cell cell) {
        List<String> ps = new ArrayList<>();
        for (String p : cell.paragraphs()) {
            ps.add(text(p));
        }
        while (!ps.isEmpty() && ps.get(ps.size() - 1).isEmpty()) {
            ps.remove(ps.size() - 1);
        }
        return String.join("\n", ps).strip();
    }

    /** A paragraph's text, NFC, line breaks as \n, tabs as spaces, outer blanks stripped. */
    private static String text(String paragraph) {
        return Text.nfc(paragraph).replace('\u00A0', ' ').replace('\t', ' ').replace("\r", "").strip();
    }

    /**
     * The blocks of the document's main part, refusing with one sentence what is not a readable Word file. The package
     * is opened by POI with the bounds set above (entry size, inflation ratio); its main part is then read as a stream.
     */
    private static List<WordBody.Block> body(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new PlanDeskException("document.empty", fileName);
        }
        if (bytes.length > InputLimits.MAX_DOCX_BYTES) {
            throw new PlanDeskException("document.tooLarge", fileName, InputLimits.megabytes(bytes.length),
                    InputLimits.MAX_DOCX_BYTES / (1024 * 1024));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                if (fs.getRoot().hasEntry("EncryptionInfo")) {
                    throw new PlanDeskException("document.password", fileName);
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof PlanDeskException p) {
                    throw p;
                }
            }
            throw new PlanDeskException("docx.notWord", fileName);
        }
        if (magic != FileMagic.OOXML || !DocumentKind.containsAscii(bytes, "word/document")) {
            throw new PlanDeskException("docx.notWord", fileName);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            PackagePart main = mainPart(pkg);
            if (main == null) {
                throw new PlanDeskException("docx.notWord", fileName);
            }
            try (InputStream in = main.getInputStream()) {
                return WordBody.read(in);
            }
        } catch (EncryptedDocumentException e) {
            throw new PlanDeskException(e, "document.password", fileName);
        } catch (XMLStreamException e) {
            throw new PlanDeskException(e, "document.damaged", fileName);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("max text size")) {
                    throw new PlanDeskException(e, "document.zipBomb", fileName);
                }
            }
            throw new PlanDeskException(e, "document.damaged", fileName);
        } finally {
            if (pkg != null) {
                // read only: nothing is saved back
                pkg.revert();
            }
        }
    }

    /** The package's main document, when it is a Word document's (not a workbook's or a presentation's). */
    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            return null;
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        return type.contains("wordprocessingml") || type.contains("ms-word") ? part : null;
    }
}
