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

    /** The paragraphs and tables up to the end of the current element (the body). */
    private void blocks(List<Block> out) throws XMLStreamException {
        children(() -> {
            if (word("p")) {
                out.add(new Paragraph(paragraph()));
            } else if (word("tbl")) {
                out.add(table());
            } else {
                skip();
            }
        });
    }

    private Table table() throws XMLStreamException {
        List<Row> rows = new ArrayList<>();
        children(() -> {
            if (word("tr")) {
                rows.add(row());
            } else {
                skip();
            }
        });
        return new Table(rows);
    }

    private Row row() throws XMLStreamException {
        int[] before = {0};
        List<Cell> cells = new ArrayList<>();
        children(() -> {
            if (word("tc")) {
                cells.add(cell());
            } else if (word("trPr")) {
                // gridBefore: grid columns left empty at the row's start
                children(() -> {
                    if (word("gridBefore")) {
                        before[0] = Math.max(0, number(value(), 0));
                    }
                    skip();
                });
            } else {
                skip();
            }
        });
        return new Row(before[0], cells);
    }

    private Cell cell() throws XMLStreamException {
        List<String> paragraphs = new ArrayList<>();
        int[] span = {1};
        boolean[] continues = {false};
        children(() -> {
            if (word("p")) {
                paragraphs.add(paragraph());
            } else if (word("tcPr")) {
                children(() -> {
                    if (word("gridSpan")) {
                        span[0] = Math.max(1, number(value(), 1));
                    } else if (word("vMerge")) {
                        // no value continues the cell above, as "continue" does; "restart" starts a merge
                        String v = value();
                        continues[0] = v == null || v.equals("continue");
                    }
                    skip();
                });
            } else {
                // a table nested in a cell is not part of the cell's text (POI's cell paragraphs leave it out)
                skip();
            }
        });
        return new Cell(paragraphs, span[0], continues[0]);
    }

    /** What is done at the start of a child element; it reads the element to its end. */
    @FunctionalInterface
    private interface Child {
        void start() throws XMLStreamException;
    }

    /**
     * Calls {@code child} at each child element of the current element, up to its end. The children of content
     * controls and custom XML are taken as if they stood in their place.
     */
    private void children(Child child) throws XMLStreamException {
        int depth = 0;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return;
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                if (transparent()) {
                    depth++;
                } else {
                    child.start();
                }
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
        boolean[] caps = {false};
        children(() -> {
            if (word("caps") || word("smallCaps")) {
                String v = value();
                caps[0] |= v == null || !(v.equals("false") || v.equals("0") || v.equals("off"));
            }
            skip();
        });
        return caps[0];
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
