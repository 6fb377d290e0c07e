package vn.plandesk.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanDeskException;

/**
 * Reads the visible sheets of an .xlsx straight from the XML of its parts, with the JDK's streaming parser: each cell's
 * text as Excel shows it, the merged ranges, and the plan PlanDesk's own exports carry in a custom property. Nothing
 * else of the workbook is built. POI's workbook model read the same through XmlBeans and took two thirds of an import's
 * reading time (issue 16); PlanDesk's exports are still written with POI.
 *
 * <p>The file has passed {@link WorkbookOpener#checkXlsx}: its parts are few and bounded. The parser reads no DTD (a
 * part declaring one is refused) and resolves no entity, so nothing outside the file is ever read. Parts are found by
 * their relationships, and elements by their local names, so that a workbook saved in the "strict" flavour of the
 * format reads as one saved in the usual one.
 */
final class XlsxSheetReader {
    /**
     * One parser factory per file: factories are not promised to be safe across threads, and imports run in the
     * background. The JDK's own is used, never one a library on the class path would put in its place.
     */
    private final XMLInputFactory xml = XMLInputFactory.newDefaultFactory();

    /** The sheets an officer sees, in the workbook's order, and the plan property when the file carries one. */
    record Workbook(List<SheetGrid> sheets, String planProperty) {
    }

    private final String fileName;
    /** The XML parts of the package by their names, lower case, without a leading slash. */
    private final Map<String, byte[]> parts = new HashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    /** The number format of each cell style ("s" of a cell), by its index. */
    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> customFormats = new HashMap<>();
    private boolean date1904;

    private XlsxSheetReader(String fileName) {
        this.fileName = fileName;
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * @throws PlanDeskException "xlsx.notSpreadsheet" when the package names no workbook, "xlsx.damagedAt" naming the
     *                           sheet whose part cannot be read, "xlsx.damaged" for any other fault of the file, and the
     *                           limits of {@link SheetGrid.Builder}
     */
    static Workbook read(byte[] file, String fileName) {
        return new XlsxSheetReader(fileName).read(file);
    }

    private Workbook read(byte[] file) {
        unzip(file);
        Map<String, Relation> root = relations("");
        String workbook = target(root, "/officeDocument", "xl/workbook.xml");
        if (workbook == null) {
            throw new PlanDeskException("xlsx.notSpreadsheet", fileName);
        }
        Map<String, Relation> fromWorkbook = relations(workbook);
        List<SheetRef> sheets = parse(workbook, this::workbook);
        String strings = target(fromWorkbook, "/sharedStrings", null);
        if (strings != null) {
            parse(strings, r -> {
                readSharedStrings(r);
                return null;
            });
        }
        String styles = target(fromWorkbook, "/styles", null);
        if (styles != null) {
            parse(styles, r -> {
                readStyles(r);
                return null;
            });
        }
        List<SheetGrid> grids = new ArrayList<>();
        for (SheetRef sheet : sheets) {
            if (sheet.hidden()) {
                continue;
            }
            Relation rel = fromWorkbook.get(sheet.relationId());
            if (rel == null || !parts.containsKey(rel.target())) {
                throw new PlanDeskException("xlsx.damagedAt", fileName, sheet.name());
            }
            SheetGrid.Builder grid = new SheetGrid.Builder(sheet.name(), fileName);
            grids.add(parse(rel.target(), r -> readSheet(r, grid), "xlsx.damagedAt", fileName, sheet.name()));
        }
        String custom = target(root, "/custom-properties", null);
        String plan = custom == null ? null : parse(custom, this::planProperty);
        return new Workbook(grids, plan);
    }

    // ---- the package -------------------------------------------------------------------------------------------

    private void unzip(byte[] file) {
        try {
            XlsxZip.forEachEntry(file, (entry, in) -> {
                String name = partName(entry);
                // pictures and other binary parts are not read
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    parts.put(name, in.readAllBytes());
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new PlanDeskException(e, "xlsx.damaged", fileName);
        }
    }

    /** Part names are case-insensitive in the format; zips name them with or without a leading slash. */
    private static String partName(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private record Relation(String type, String target) {
    }

    /** The relationships of a part ("" for the package's own), by their ids, targets resolved to part names. */
    private Map<String, Relation> relations(String part) {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relation> out = new HashMap<>();
        if (!parts.containsKey(rels)) {
            return out;
        }
        parse(rels, r -> {
            while (next(r) != XMLStreamConstants.END_DOCUMENT) {
                if (r.isStartElement() && r.getLocalName().equals("Relationship")
                        && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                    String id = r.getAttributeValue(null, "Id");
                    String target = r.getAttributeValue(null, "Target");
                    String type = r.getAttributeValue(null, "Type");
                    if (id != null && target != null && type != null) {
                        out.put(id, new Relation(type, resolve(folder, target)));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** A relationship's target as a part name: relative to the source's folder, or absolute from a leading slash. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target : folder + target;
        List<String> names = new ArrayList<>();
        for (String step : path.split("/")) {
            if (step.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else if (!step.isEmpty() && !step.equals(".")) {
                names.add(step);
            }
        }
        return partName(String.join("/", names));
    }

    /**
     * The part named by the first relationship whose type ends so ("/styles") and that the package holds, else the
     * fallback when the package holds that; null for none.
     */
    private String target(Map<String, Relation> relations, String typeEnd, String fallback) {
        return relations.values().stream().filter(r -> r.type().endsWith(typeEnd)).map(Relation::target)
                .filter(parts::containsKey).findFirst()
                .orElse(fallback != null && parts.containsKey(fallback) ? fallback : null);
    }

    // ---- XML ---------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface PartReader<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    /** Reads a part that is not a sheet: a fault in it is a damaged file. */
    private <T> T parse(String part, PartReader<T> reader) {
        return parse(part, reader, "xlsx.damaged", fileName);
    }

    /** Reads a part; a fault in it is refused with the key and arguments given (a sheet's names the sheet). */
    private <T> T parse(String part, PartReader<T> reader, String faultKey, Object... faultArgs) {
        try {
            XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(parts.get(part)));
            try {
                return reader.read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            throw new PlanDeskException(e, faultKey, faultArgs);
        }
    }

    /** The next event; a DTD anywhere in the file is refused, as no part of a spreadsheet declares one. */
    private int next(XMLStreamReader r) throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
            throw new PlanDeskException("xlsx.damaged", fileName);
        }
        return event;
    }

    /** The text of the element the reader is on, with the escapes Excel writes for control characters decoded. */
    private String elementText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next(r);
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end");
                default -> {
                }
            }
        }
        return decodeEscapes(text.toString());
    }

    /**
     * The text of a rich string (a shared string, an inline string): its {@code t}, or its runs' {@code t} one after
     * the other; the phonetic guides ({@code rPh}) are not part of what the cell shows.
     */
    private String richText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t") && phonetic == 0) {
                    text.append(elementText(r));
                    continue;
                }
                depth++;
                if (name.equals("rPh")) {
                    phonetic = depth;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == phonetic) {
                    phonetic = 0;
                }
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end");
            }
        }
        return text.toString();
    }

    /** Excel writes characters XML cannot hold as "_x000D_"; "_x005F_" escapes an underscore that looks like one. */
    static String decodeEscapes(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (; at >= 0; at = s.indexOf("_x", from)) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex(s, at + 2, at + 6)) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
            } else {
                out.append(s, from, at + 2);
                from = at + 2;
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- the workbook's parts ----------------------------------------------------------------------------------

    private record SheetRef(String name, String relationId, boolean hidden) {
    }

    private List<SheetRef> workbook(XMLStreamReader r) throws XMLStreamException {
        List<SheetRef> sheets = new ArrayList<>();
        while (next(r) != XMLStreamConstants.END_DOCUMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "workbookPr" -> {
                    String v = r.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                }
                case "sheet" -> {
                    String state = r.getAttributeValue(null, "state");
                    sheets.add(new SheetRef(String.valueOf(r.getAttributeValue(null, "name")), relationId(r),
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
                default -> {
                }
            }
        }
        return sheets;
    }

    /** The sheet's r:id, whichever namespace the flavour of the format gives "r". */
    private static String relationId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (r.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private void readSharedStrings(XMLStreamReader r) throws XMLStreamException {
        while (next(r) != XMLStreamConstants.END_DOCUMENT) {
            if (r.isStartElement() && r.getLocalName().equals("si")) {
                sharedStrings.add(richText(r));
            }
        }
    }

    private void readStyles(XMLStreamReader r) throws XMLStreamException {
        boolean cellFormats = false;
        while (next(r) != XMLStreamConstants.END_DOCUMENT) {
            if (r.isStartElement()) {
                switch (r.getLocalName()) {
                    case "numFmt" -> {
                        String id = r.getAttributeValue(null, "numFmtId");
                        String code = r.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            customFormats.put(Integer.parseInt(id.trim()), code);
                        }
                    }
                    case "cellXfs" -> cellFormats = true;
                    case "xf" -> {
                        if (cellFormats) {
                            String id = r.getAttributeValue(null, "numFmtId");
                            styleFormats.add(id == null ? 0 : Integer.parseInt(id.trim()));
                        }
                    }
                    default -> {
                    }
                }
            } else if (r.isEndElement() && r.getLocalName().equals("cellXfs")) {
                cellFormats = false;
            }
        }
    }

    private String planProperty(XMLStreamReader r) throws XMLStreamException {
        boolean ours = false;
        while (next(r) != XMLStreamConstants.END_DOCUMENT) {
            if (r.isStartElement()) {
                if (r.getLocalName().equals("property")) {
                    ours = AppendixXlsxReader.PLAN_PROPERTY.equals(r.getAttributeValue(null, "name"));
                } else if (ours && r.getLocalName().equals("lpwstr")) {
                    return elementText(r);
                }
            } else if (r.isEndElement() && r.getLocalName().equals("property")) {
                ours = false;
            }
        }
        return null;
    }

    // ---- a sheet -----------------------------------------------------------------------------------------------

    /** A sheet's cells and merged ranges, read up to the part's end into the grid. */
    private SheetGrid readSheet(XMLStreamReader r, SheetGrid.Builder grid) throws XMLStreamException {
        int row = -1;
        int column = -1;
        while (next(r) != XMLStreamConstants.END_DOCUMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "row" -> {
                    String at = r.getAttributeValue(null, "r");
                    row = at == null ? row + 1 : Integer.parseInt(at.trim()) - 1;
                    column = -1;
                }
                case "c" -> {
                    String ref = r.getAttributeValue(null, "r");
                    if (ref == null) {
                        column++;
                    } else {
                        CellAt at = cellAt(ref);
                        row = at.row();
                        column = at.column();
                    }
                    if (row < 0 || column < 0) {
                        throw new IllegalArgumentException("cell outside the sheet: " + ref);
                    }
                    grid.put(row, column, cell(r));
                }
                case "mergeCell" -> {
                    String ref = r.getAttributeValue(null, "ref");
                    if (ref != null) {
                        grid.merge(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }
        return grid.build();
    }

    private record CellAt(int row, int column) {
    }

    /** "B12" as 0-based row and column; Excel's last cell is XFD1048576. */
    private static CellAt cellAt(String ref) {
        int column = 0;
        int i = 0;
        for (; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            if (i >= 3) {
                throw new IllegalArgumentException("not a cell: " + ref);
            }
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        if (i == 0 || i == ref.length() || ref.length() - i > 7) {
            throw new IllegalArgumentException("not a cell: " + ref);
        }
        return new CellAt(Integer.parseInt(ref.substring(i)) - 1, column - 1);
    }

    /** The text a cell shows, read up to its end tag: its value by its type, a formula's last computed value. */
    private String cell(XMLStreamReader r) throws XMLStreamException {
        String type = r.getAttributeValue(null, "t");
        String style = r.getAttributeValue(null, "s");
        String value = null;
        String inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v" -> value = elementText(r);
                    case "is" -> inline = richText(r);
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end");
            }
        }
        if (type == null || type.equals("n")) {
            return value == null || value.isBlank() ? "" : number(Double.parseDouble(value.trim()), style);
        }
        return switch (type) {
            case "s" -> value == null || value.isBlank() ? "" : sharedStrings.get(Integer.parseInt(value.trim()));
            case "inlineStr" -> inline != null ? inline : value == null ? "" : value;
            case "str" -> value == null ? "" : value;
            case "b" -> String.valueOf(value != null && value.trim().equals("1"));
            case "e" -> "";
            case "d" -> value == null || value.isBlank() ? "" : isoDate(value.trim());
            default -> throw new IllegalArgumentException("unknown cell type " + type);
        };
    }

    /** A number as the cell shows it: a date where its style formats it as one, else as "General" would. */
    private String number(double value, String style) {
        int index = style == null || style.isBlank() ? 0 : Integer.parseInt(style.trim());
        if (index < styleFormats.size() && DateUtil.isValidExcelDate(value)) {
            int format = styleFormats.get(index);
            String code = customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
            if (DateUtil.isADateFormat(format, code)) {
                return OfficialDate.screen(DateUtil.getLocalDateTime(value, date1904).toLocalDate());
            }
        }
        return SheetGrid.number(value);
    }

    /** A cell of the date type holds an ISO date ("2025-09-15" or "2025-09-15T00:00:00"). */
    private static String isoDate(String value) {
        try {
            return OfficialDate.screen(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
