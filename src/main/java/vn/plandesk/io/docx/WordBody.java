package vn.plandesk.io.docx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of a Word document (its word/document.xml) read as a stream: its paragraphs and tables in order, each table's
 * rows and cells with their spans and vertical merges, each paragraph as the text Word shows. Building POI's object
 * model of the whole document costs most of the time of reading a long appendix and about a kilobyte per run; this
 * keeps only what the import reads. Content controls and inserted text are read through; deleted text, field codes,
 * drawings and text boxes are not part of the text, as POI's paragraph text leaves them out too.
 */
final class WordBody {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** A paragraph or a table of the body. */
    sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph's text: runs joined, a tab as \t, a line break as \n. */
    record Paragraph(String text) implements Block {
    }

    record Table(List<Row> rows) implements Block {
    }

    /** A row: the grid columns it leaves empty before its first cell, then its cells. */
    record Row(int gridBefore, List<Cell> cells) {
    }

    /**
     * A cell: its paragraphs' texts, how many grid columns it spans, and whether it continues the cell above (a
     * vertical merge).
     */
    record Cell(List<String> paragraphs, int span, boolean continuesAbove) {
    }

    private final XMLStreamReader xml;

    private WordBody(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * The body's blocks. External entities and DTDs are refused: a document's XML is never allowed to reach outside it.
     *
     * @throws XMLStreamException when the XML is not well formed
     */
    static List<Block> read(InputStream documentXml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = f.createXMLStreamReader(documentXml);
        try {
            return new WordBody(xml).document();
        } finally {
            xml.close();
        }
    }

    private List<Block> document() throws XMLStreamException {
        List<Block> blocks = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && word("body")) {
                blocks(blocks);
                break;
            }
        }
        return blocks;
    }

    /** The paragraphs and tables up to the end of the current element (the body, or a content control in it). */
    private void blocks(List<Block> out) throws XMLStreamException {
        int depth = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return;
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("p")) {
                    out.add(new Paragraph(paragraph()));
                } else if (word("tbl")) {
                    out.add(table());
                } else if (transparent()) {
                    depth++;
                } else {
                    skip();
                }
            }
        }
    }

    private Table table() throws XMLStreamException {
        List<Row> rows = new ArrayList<>();
        int depth = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return new Table(rows);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("tr")) {
                    rows.add(row());
                } else if (transparent()) {
                    depth++;
                } else {
                    skip();
                }
            }
        }
    }

    private Row row() throws XMLStreamException {
        int before = 0;
        List<Cell> cells = new ArrayList<>();
        int depth = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return new Row(before, cells);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("tc")) {
                    cells.add(cell());
                } else if (word("trPr")) {
                    before = rowProperties();
                } else if (transparent()) {
                    depth++;
                } else {
                    skip();
                }
            }
        }
    }

    /** The row's gridBefore: grid columns left empty at its start. */
    private int rowProperties() throws XMLStreamException {
        int before = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                return before;
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("gridBefore")) {
                    before = Math.max(0, number(value(), 0));
                }
                skip();
            }
        }
    }

    private Cell cell() throws XMLStreamException {
        List<String> paragraphs = new ArrayList<>();
        int span = 1;
        boolean continues = false;
        int depth = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return new Cell(paragraphs, span, continues);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("p")) {
                    paragraphs.add(paragraph());
                } else if (word("tcPr") && depth == 0) {
                    int[] spanMerge = cellProperties();
                    span = spanMerge[0];
                    continues = spanMerge[1] == 1;
                } else if (transparent()) {
                    depth++;
                } else {
                    // a table nested in a cell is not part of the cell's text (POI's cell paragraphs leave it out)
                    skip();
                }
            }
        }
    }

    /** The cell's gridSpan (at least 1) and whether its vMerge continues the cell above (no value, or "continue"). */
    private int[] cellProperties() throws XMLStreamException {
        int span = 1;
        int continues = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                return new int[] {span, continues};
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("gridSpan")) {
                    span = Math.max(1, number(value(), 1));
                } else if (word("vMerge")) {
                    String v = value();
                    continues = v == null || v.equals("continue") ? 1 : 0;
                }
                skip();
            }
        }
    }

    /**
     * A paragraph's text as Word shows it: the runs' text (in hyperlinks, fields, content controls and insertions too),
     * tabs as \t, line breaks as \n; a run set in capitals (caps, smallCaps) in capitals.
     */
    private String paragraph() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean caps = false;
        int depth = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return text.toString();
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (!isWord()) {
                    skip();
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "t" -> {
                        String t = xml.getElementText();
                        text.append(caps ? t.toUpperCase(Locale.ROOT) : t);
                    }
                    case "r" -> {
                        caps = false;
                        depth++;
                    }
                    case "rPr" -> caps = capitals();
                    case "tab", "ptab" -> {
                        text.append('\t');
                        skip();
                    }
                    case "br", "cr" -> {
                        text.append('\n');
                        skip();
                    }
                    case "noBreakHyphen" -> {
                        text.append('\u2011');
                        skip();
                    }
                    case "hyperlink", "fldSimple", "smartTag", "customXml", "ins", "moveTo", "sdt", "sdtContent",
                         "dir", "bdo" -> depth++;
                    default -> skip(); // pPr, del, moveFrom, instrText, drawing, pict, object, sdtPr …
                }
            }
        }
    }

    /** Whether a run's properties set it in capitals. */
    private boolean capitals() throws XMLStreamException {
        boolean caps = false;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                return caps;
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (word("caps") || word("smallCaps")) {
                    String v = value();
                    caps |= v == null || !(v.equals("false") || v.equals("0") || v.equals("off"));
                }
                skip();
            }
        }
    }

    /** Elements whose children are read as if they stood in their place: content controls and custom XML. */
    private boolean transparent() {
        return word("sdt") || word("sdtContent") || word("customXml");
    }

    /** Skips the current element to its end. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private boolean word(String local) {
        return local.equals(xml.getLocalName()) && isWord();
    }

    private boolean isWord() {
        String ns = xml.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    /** The element's w:val attribute; null when it has none. */
    private String value() {
        String v = xml.getAttributeValue(W, "val");
        return v != null ? v : xml.getAttributeValue(W_STRICT, "val");
    }

    private static int number(String s, int otherwise) {
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
