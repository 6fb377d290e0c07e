package vn.plandesk.io.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.io.InputLimits;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Wording;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.Text;
import vn.plandesk.model.UnitList;
import vn.plandesk.model.WardRole;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.model.table.ColumnMapping;
import vn.plandesk.model.table.ImportWarning;
import vn.plandesk.model.table.SheetMapping;

/**
 * Reads a plan's appendices from tables as officers receive them, whatever the file: a title block above the table,
 * one or two header rows (years under "Thời gian"), headers repeated further down (on every page), group rows ("I",
 * "II." + title, often merged across), merged cells, line breaks inside cells, year marks "x" and month or quarter
 * texts. Columns are recognised by their Vietnamese headers; where a header is not known the {@link SheetMapping} says
 * so and the officer may correct it. The Excel, Word and PDF readers each turn their file into {@link CellGrid}s and
 * leave the rest to this class.
 */
public final class AppendixGridReader {
    private static final int HEADER_SEARCH_ROWS = 40;
    private static final Pattern GROUP_IN_ONE_CELL = Pattern.compile("^([IVX]{1,4})[.:)]?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d+)\\.(\\d+)$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");
    private final String noGridsKey;
    private final String noTableKey;

    /**
     * @param noGridsKey the message key when the file has no grid at all (its argument: the file's name)
     * @param noTableKey the message key when no grid has a header (arguments: the file's name, the grids' names)
     */
    public AppendixGridReader(String noGridsKey, String noTableKey) {
        this.noGridsKey = noGridsKey;
        this.noTableKey = noTableKey;
    }

    /**
     * Reads the grids in order into one plan; a mapping given for a grid (by its name) replaces the recognised one.
     *
     * @throws PlanDeskException when no grid holds a table the reader can use
     */
    public AppendixImport read(List<? extends CellGrid> grids, String fileName, Map<String, SheetMapping> overrides,
                               String planHeaderJson) {
        List<SheetMapping> mappings = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        PlanBuilder plan = new PlanBuilder();
        List<String> emptyGrids = new ArrayList<>();
        for (CellGrid grid : grids) {
            SheetMapping mapping = overrides.containsKey(grid.name()) ? overrides.get(grid.name()) : findHeader(grid);
            if (mapping == null) {
                emptyGrids.add(grid.name());
                continue;
            }
            mappings.add(mapping);
            if (!mapping.missing().isEmpty()) {
                continue;
            }
            new SheetReader(grid, mapping, plan, warnings).read();
        }
        if (mappings.isEmpty()) {
            if (emptyGrids.isEmpty()) {
                throw new PlanDeskException(noGridsKey, fileName);
            }
            throw new PlanDeskException(noTableKey, fileName, String.join(", ", emptyGrids));
        }
        if (mappings.stream().allMatch(m -> !m.missing().isEmpty()) && overrides.isEmpty()
                && mappings.stream().allMatch(m -> m.columns().stream().allMatch(c -> c.header().isBlank()))) {
            throw new PlanDeskException(noTableKey, fileName, mappings.get(0).sheet());
        }
        return new AppendixImport(plan.build(), mappings, warnings, planHeaderJson);
    }

    /**
     * Reads the grids as {@link #read(List, String, Map, String)} does, and takes the tasks from the body where the
     * document writes them there ({@link BodyTasks}) and its tables hold none: a plan like the 2026 one, whose only
     * tables may be its head and signature.
     *
     * @param bodyTasks the groups the body writes, empty when it writes none
     * @throws PlanDeskException when neither the tables nor the body hold tasks or indicators
     */
    public AppendixImport read(List<? extends CellGrid> grids, String fileName, Map<String, SheetMapping> overrides,
                               List<TaskGroup> bodyTasks) {
        if (bodyTasks.isEmpty()) {
            return read(grids, fileName, overrides, (String) null);
        }
        AppendixImport tables;
        try {
            tables = read(grids, fileName, overrides, (String) null);
        } catch (PlanDeskException noTable) {
            PlanBuilder plan = new PlanBuilder();
            for (TaskGroup g : bodyTasks) {
                plan.group(g.number(), g.title());
                g.tasks().forEach(plan::task);
            }
            return new AppendixImport(vn.plandesk.model.PlanBuilder.from(plan.build()).appendixTitles(List.of())
                    .build(), List.of(), List.of(), null);
        }
        Plan read = tables.plan();
        if (!read.groups().isEmpty()) {
            return tables;
        }
        Plan withBody = vn.plandesk.model.PlanBuilder.from(read.withGroups(bodyTasks))
                .numbering(PlanBuilder.numbering(bodyTasks)).build();
        return new AppendixImport(withBody, tables.mappings(), tables.warnings(), null);
    }

    /** "A", "B", … "Z", "AA": the column as a spreadsheet names it, for the officer. */
    static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /**
     * The header of a sheet: the row among the first ones that names the most known columns, with the row under it
     * when years stand there or header cells are merged down into it. Null when no row names two known columns.
     */
    static SheetMapping findHeader(CellGrid grid) {
        int best = -1;
        int bestScore = 1;
        int last = Math.min(grid.lastRow(), HEADER_SEARCH_ROWS);
        for (int r = 0; r <= last; r++) {
            int score = recognisedFields(grid, r);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best < 0) {
            return null;
        }
        boolean two = false;
        for (int c = 0; c < grid.columns(); c++) {
            if (grid.mergedDown(best, c) || AppendixField.yearOf(grid.text(best + 1, c)) != null) {
                two = true;
                break;
            }
        }
        boolean indicators = isIndicatorHeader(grid, best, two);
        List<ColumnMapping> columns = new ArrayList<>();
        Set<AppendixField> taken = new HashSet<>();
        for (int c = 0; c < grid.columns(); c++) {
            String upper = grid.text(best, c);
            String lower = two ? grid.text(best + 1, c) : "";
            String header = lower.isEmpty() || lower.equals(upper) ? upper
                    : upper.isEmpty() ? lower : upper + " / " + lower;
            AppendixField field;
            Integer year = AppendixField.yearOf(lower.isEmpty() ? upper : lower);
            if (year != null) {
                field = AppendixField.YEAR;
            } else {
                field = AppendixField.recognize(lower.isEmpty() ? upper : lower, indicators);
                if (field == null && !lower.isEmpty()) {
                    field = AppendixField.recognize(upper, indicators);
                }
            }
            if (field != null && field != AppendixField.YEAR && !taken.add(field)) {
                field = null; // the same field twice: the officer says which one is meant
            }
            if (header.isEmpty() && field == null) {
                continue;
            }
            columns.add(new ColumnMapping(c, columnLetters(c), header, field, year));
        }
        return new SheetMapping(grid.name(), best + 1, two ? 2 : 1, indicators, columns);
    }

    private static int recognisedFields(CellGrid grid, int r) {
        Set<AppendixField> fields = new HashSet<>();
        for (int c = 0; c < grid.columns(); c++) {
            String t = grid.text(r, c);
            if (t.length() > 120) {
                continue; // a sentence of the title block, not a header
            }
            AppendixField f = AppendixField.recognize(t, false);
            if (f != null && f != AppendixField.YEAR) {
                fields.add(f);
            }
        }
        return fields.size();
    }

    private static boolean isIndicatorHeader(CellGrid grid, int r, boolean two) {
        boolean indicator = false;
        boolean name = false;
        for (int c = 0; c < grid.columns(); c++) {
            for (int rr = r; rr <= r + (two ? 1 : 0); rr++) {
                AppendixField f = AppendixField.recognize(grid.text(rr, c), true);
                indicator |= f == AppendixField.INDICATOR || f == AppendixField.UNIT;
                name |= f == AppendixField.NAME;
            }
        }
        return indicator && !name;
    }

    /** Reads the rows of one sheet under its header into the plan being built. */
    private static final class SheetReader {
        private final CellGrid grid;
        private final SheetMapping mapping;
        private final PlanBuilder plan;
        private final List<ImportWarning> warnings;
        private final List<Set<String>> headerTexts = new ArrayList<>();
        private PlanRef parentPlan;

        SheetReader(CellGrid grid, SheetMapping mapping, PlanBuilder plan, List<ImportWarning> warnings) {
            this.grid = grid;
            this.mapping = mapping;
            this.plan = plan;
            this.warnings = warnings;
        }

        void read() {
            int first = mapping.headerRow() - 1;
            readTitleBlock(first);
            for (ColumnMapping c : mapping.columns()) {
                Set<String> texts = new HashSet<>();
                for (int r = first; r < first + mapping.headerRows(); r++) {
                    texts.add(Text.fold(grid.text(r, c.column())));
                }
                texts.add("thoi gian");
                headerTexts.add(texts);
                if ((c.field() == AppendixField.PARENT_NUMBER || c.field() == AppendixField.ROLE) && parentPlan == null) {
                    parentPlan = checkCitation(PlanCitation.parse(c.header()), first);
                }
            }
            if (parentPlan != null) {
                plan.parentPlan(parentPlan);
            }
            if (!mapping.indicators()) {
                plan.ward(mapping.column(AppendixField.PARENT_NUMBER).isPresent()
                        || mapping.column(AppendixField.ROLE).isPresent());
            }
            for (int r = first + mapping.headerRows(); r <= grid.lastRow(); r++) {
                readRow(r);
            }
        }

        /** "PHỤ LỤC", the title lines, "(Kèm theo Kế hoạch số … của …)" above the header. */
        private void readTitleBlock(int headerRow) {
            StringBuilder title = new StringBuilder();
            for (int r = 0; r < headerRow; r++) {
                String line = firstText(r);
                String f = Text.fold(line);
                if (line.isEmpty() || f.startsWith("phu luc")) {
                    continue;
                }
                if (f.startsWith("(kem theo") || f.startsWith("kem theo")) {
                    PlanRef ref = checkCitation(PlanCitation.parse(line), r);
                    if (ref != null) {
                        plan.attachedTo(ref);
                    }
                    continue;
                }
                if (title.length() > 0) {
                    title.append(' ');
                }
                title.append(line.replace('\n', ' '));
            }
            if (title.length() > 0) {
                plan.appendixTitle(mapping.indicators(), title.toString().replaceAll("\\s+", " ").strip());
            }
        }

        private String firstText(int r) {
            for (int c = 0; c < grid.columns(); c++) {
                String t = grid.text(r, c);
                if (!t.isEmpty()) {
                    return t;
                }
            }
            return "";
        }

        private void readRow(int r) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (ColumnMapping c : mapping.columns()) {
                String t = grid.text(r, c.column());
                cells.add(t);
                any |= !t.isEmpty();
            }
            String other = firstText(r);
            if (!any && other.isEmpty()) {
                return;
            }
            if (isRepeatedHeader(cells) || isColumnNumbers(cells)) {
                return;
            }
            String number = cell(cells, AppendixField.NUMBER);
            String name = oneLine(cell(cells, mapping.indicators() ? AppendixField.INDICATOR : AppendixField.NAME));
            if (readGroupRow(r, cells, number, name, other)) {
                return;
            }
            checkLengths(r, cells);
            number = number.replace('\n', ' ').strip();
            if (number.matches("\\d+\\.")) {
                number = number.substring(0, number.length() - 1);
            }
            if (name.isEmpty()) {
                warn(r, "xlsx.warn.noName", number.isEmpty() ? other : number);
                return;
            }
            if (number.isEmpty()) {
                warn(r, "xlsx.warn.noNumber", clip(name));
            }
            if (mapping.indicators()) {
                plan.indicator(new Indicator(null, number, name, oneLine(cell(cells, AppendixField.UNIT)),
                        plan.section(), cell(cells, AppendixField.TARGET)));
            } else {
                readTask(r, cells, number, name);
            }
        }

        /** A group row ("I" + title, or "II. title" in one merged cell) or a section row of the indicators. */
        private boolean readGroupRow(int r, List<String> cells, String number, String name, String first) {
            String numeral;
            String title;
            Matcher one = GROUP_IN_ONE_CELL.matcher(number.isEmpty() ? first : number);
            if (!number.isEmpty() && RomanNumeral.parse(number) > 0 && number.equals(number.toUpperCase())) {
                numeral = number;
                title = name.isEmpty() ? otherThan(cells, number) : name;
            } else if (one.matches() && RomanNumeral.parse(one.group(1)) > 0
                    && (number.isEmpty() || name.isEmpty() || name.equals(number))) {
                numeral = one.group(1);
                title = one.group(2);
            } else {
                return false;
            }
            title = oneLine(title);
            int n = RomanNumeral.parse(numeral);
            if (title.length() > InputLimits.MAX_TEXT_CHARS
                    || mapping.indicators() && title.length() > InputLimits.MAX_SECTION_CHARS) {
                CellGrid.Place p = grid.place(r);
                throw new PlanDeskException("table.tooLong", p.sheet(), p.row(),
                        new Wording(mapping.indicators() ? "input.field.section" : "input.field.groupTitle"),
                        title.length(), mapping.indicators() ? InputLimits.MAX_SECTION_CHARS
                                : InputLimits.MAX_TEXT_CHARS);
            }
            if (mapping.indicators()) {
                plan.section(title);
                return true;
            }
            if (n > TaskGroup.COUNT) {
                warn(r, "xlsx.warn.groupRange", numeral);
                return true;
            }
            if (title.isEmpty()) {
                warn(r, "xlsx.warn.groupTitle", numeral);
            }
            if (!plan.group(n, title)) {
                warn(r, "xlsx.warn.groupTwice", numeral);
            }
            return true;
        }

        private String otherThan(List<String> cells, String number) {
            for (String c : cells) {
                if (!c.isEmpty() && !c.equals(number)) {
                    return c;
                }
            }
            return "";
        }

        private void readTask(int r, List<String> cells, String number, String name) {
            TreeMap<Integer, String> years = new TreeMap<>();
            for (int i = 0; i < mapping.columns().size(); i++) {
                ColumnMapping c = mapping.columns().get(i);
                String t = oneLine(cells.get(i));
                if (c.field() == AppendixField.YEAR && c.year() != null && !t.isEmpty()) {
                    years.put(c.year(), t.equalsIgnoreCase("x") ? "x" : t);
                }
            }
            String raw = oneLine(cell(cells, AppendixField.DEADLINE));
            Deadline deadline = Deadline.of(raw, years);
            if (!deadline.isReadable()) {
                warn(r, "xlsx.warn.deadline", raw.isEmpty() ? String.join(" ", years.values()) : raw);
            }
            WardRole role = null;
            String roleText = cell(cells, AppendixField.ROLE);
            if (!roleText.isEmpty()) {
                role = WardRole.fromPrinted(roleText);
                if (role == null) {
                    warn(r, "xlsx.warn.role", oneLine(roleText));
                }
            }
            String parentNumber = oneLine(cell(cells, AppendixField.PARENT_NUMBER));
            TaskRef parentRef = parentNumber.isEmpty() ? null
                    : new TaskRef(parentPlan == null ? new PlanRef("", "", null, "") : parentPlan, parentNumber);
            PlanTask task = new PlanTask(null, number, name, oneLine(cell(cells, AppendixField.LEADER)),
                    UnitList.split(cell(cells, AppendixField.LEAD_UNITS)),
                    UnitList.split(cell(cells, AppendixField.COORDINATING_UNITS)),
                    lines(cell(cells, AppendixField.RESULT)), deadline, role, parentRef,
                    lines(cell(cells, AppendixField.NOTE)), List.of(), List.of());
            if (!plan.hasGroup()) {
                warn(r, "xlsx.warn.noGroup", clip(name));
            }
            plan.task(task);
        }

        private boolean isRepeatedHeader(List<String> cells) {
            boolean any = false;
            for (int i = 0; i < cells.size(); i++) {
                String f = Text.fold(cells.get(i));
                if (f.isEmpty()) {
                    continue;
                }
                if (!headerTexts.get(i).contains(f)) {
                    return false;
                }
                any = true;
            }
            return any && !Text.fold(cell(cells, AppendixField.NUMBER)).matches("\\d.*");
        }

        /** The row "(1) (2) (3) …" or "1 2 3 …" under the header of many official tables. */
        private boolean isColumnNumbers(List<String> cells) {
            int expected = 0;
            int count = 0;
            for (String c : cells) {
                if (c.isEmpty()) {
                    continue;
                }
                Matcher m = COLUMN_NUMBER.matcher(c);
                if (!m.matches()) {
                    return false;
                }
                int n = Integer.parseInt(m.group(1));
                if (expected > 0 && n != expected) {
                    return false;
                }
                expected = n + 1;
                count++;
            }
            return count >= 3;
        }

        private String cell(List<String> cells, AppendixField field) {
            for (int i = 0; i < mapping.columns().size(); i++) {
                if (mapping.columns().get(i).field() == field) {
                    return cells.get(i);
                }
            }
            return "";
        }

        /**
         * Refuses a row whose cell is longer than the store keeps its field (a number of 20 characters, a leader of
         * 500, any text of 10,000), naming the sheet, the row and the field in the officer's words: the store's own
         * refusal could only name its column.
         */
        private void checkLengths(int r, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                AppendixField field = mapping.columns().get(i).field();
                int max = maxChars(field);
                if (cells.get(i).length() > max) {
                    CellGrid.Place p = grid.place(r);
                    throw new PlanDeskException("table.tooLong", p.sheet(), p.row(),
                            new Wording("input.field." + field.name()), cells.get(i).length(), max);
                }
            }
        }

        /**
         * A plan cited in the header or the title block ("Kèm theo Kế hoạch số … của …"), refused when its number,
         * symbol or issuer is longer than the store keeps them: the citation is the first thing the store writes.
         */
        private PlanRef checkCitation(PlanRef ref, int r) {
            if (ref == null) {
                return null;
            }
            String[][] parts = {{ref.number(), "input.field.citedNumber"}, {ref.symbol(), "input.field.citedSymbol"},
                    {ref.issuer(), "input.field.citedIssuer"}};
            for (String[] part : parts) {
                int max = part[1].endsWith("Issuer") ? InputLimits.MAX_LINE_CHARS : InputLimits.MAX_SHORT_CHARS;
                if (part[0].length() > max) {
                    CellGrid.Place p = grid.place(r);
                    throw new PlanDeskException("table.tooLong", p.sheet(), p.row(), new Wording(part[1]),
                            part[0].length(), max);
                }
            }
            return ref;
        }

        private static int maxChars(AppendixField field) {
            return switch (field) {
                case NUMBER, PARENT_NUMBER -> InputLimits.MAX_NUMBER_CHARS;
                case LEADER, DEADLINE -> InputLimits.MAX_LINE_CHARS;
                case UNIT -> InputLimits.MAX_UNIT_CHARS;
                case YEAR -> InputLimits.MAX_YEAR_MARK_CHARS;
                case IGNORED -> Integer.MAX_VALUE;
                default -> InputLimits.MAX_TEXT_CHARS;
            };
        }

        private void warn(int r, String key, String... args) {
            CellGrid.Place p = grid.place(r);
            warnings.add(new ImportWarning(p.sheet(), p.row(), key, List.of(args)));
        }
    }

    /** A cell's lines joined by a space: names and numbers have no line breaks of their own. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /** Each line stripped, blank lines dropped: a result may list its products line by line. */
    static String lines(String s) {
        return String.join("\n", s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    /** Collects what the sheets give, in order, and makes the plan. */
    private static final class PlanBuilder {
        private final LinkedHashMap<Integer, String> groupTitles = new LinkedHashMap<>();
        private final Map<Integer, List<PlanTask>> groupTasks = new LinkedHashMap<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private String taskTitle = "";
        private String indicatorTitle = "";
        private PlanRef attachedTo;
        private PlanRef parentPlan;
        private boolean ward;
        private Integer group;
        private String section = "";

        void ward(boolean w) {
            ward |= w;
        }

        void parentPlan(PlanRef ref) {
            parentPlan = ref;
        }

        void attachedTo(PlanRef ref) {
            if (attachedTo == null) {
                attachedTo = ref;
            }
        }

        void appendixTitle(boolean ofIndicators, String title) {
            if (ofIndicators && indicatorTitle.isEmpty()) {
                indicatorTitle = title;
            } else if (!ofIndicators && taskTitle.isEmpty()) {
                taskTitle = title;
            }
        }

        /** Starts (or goes back to) a group; false when the group was there already. */
        boolean group(int n, String title) {
            group = n;
            if (groupTitles.containsKey(n)) {
                return false;
            }
            groupTitles.put(n, title);
            groupTasks.put(n, new ArrayList<>());
            return true;
        }

        boolean hasGroup() {
            return group != null;
        }

        void task(PlanTask task) {
            if (group == null) {
                group(1, "");
            }
            List<PlanTask> tasks = groupTasks.get(group);
            Matcher sub = SUB_NUMBER.matcher(task.number());
            if (sub.matches() && !tasks.isEmpty()) {
                PlanTask parent = tasks.get(tasks.size() - 1);
                if (parent.number().equals(sub.group(1))) {
                    List<PlanTask> subs = new ArrayList<>(parent.subTasks());
                    subs.add(task);
                    tasks.set(tasks.size() - 1, parent.withSubTasks(subs));
                    return;
                }
            }
            tasks.add(task);
        }

        void section(String title) {
            section = title;
        }

        String section() {
            return section;
        }

        void indicator(Indicator indicator) {
            indicators.add(indicator);
        }

        Plan build() {
            List<TaskGroup> groups = new ArrayList<>();
            new TreeMap<>(groupTitles).forEach((n, title) -> groups.add(new TaskGroup(n, title, groupTasks.get(n))));
            PlanRef ref = attachedTo == null ? new PlanRef("", "KH-UBND", null, "") : attachedTo;
            String issuer = ref.issuer();
            boolean wardIssuer = Text.fold(issuer).contains("phuong") || Text.fold(issuer).matches(".*\\bxa\\b.*");
            PlanKind kind = ward || wardIssuer ? PlanKind.WARD : PlanKind.PROVINCE;
            List<String> titles = new ArrayList<>();
            if (!groups.isEmpty()) {
                titles.add(taskTitle);
            }
            if (!indicators.isEmpty()) {
                titles.add(indicatorTitle);
            }
            String summary = !taskTitle.isEmpty() ? taskTitle : indicatorTitle;
            return new Plan(null, kind, "", issuingOrgan(issuer), issuer, locality(issuer), ref.number(),
                    ref.symbol().isEmpty() ? "KH-UBND" : ref.symbol(), ref.date(), "KẾ HOẠCH", summary, List.of(),
                    List.of(), List.of(), List.of(), null, parentPlan, null, numbering(groups), titles, groups,
                    indicators, false);
        }

        /** "UBND phường Chơn Thành" → "ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH", as the header prints it. */
        private static String issuingOrgan(String issuer) {
            var vi = java.util.Locale.forLanguageTag("vi");
            if (issuer.startsWith("UBND ")) {
                return "ỦY BAN NHÂN DÂN\n" + issuer.substring(5).toUpperCase(vi);
            }
            return issuer.toUpperCase(vi);
        }

        /** "UBND phường Chơn Thành" → "Chơn Thành". */
        private static String locality(String issuer) {
            return issuer.replaceFirst("^(UBND|Ủy ban nhân dân|Sở [^ ]+)\\s+", "")
                    .replaceFirst("^(phường|xã|tỉnh|thành phố|huyện|thị xã)\\s+", "").strip();
        }

        private static NumberingScheme numbering(List<TaskGroup> groups) {
            boolean lettered = false;
            int restarts = 0;
            for (TaskGroup g : groups) {
                if (g.tasks().isEmpty()) {
                    continue;
                }
                String first = g.tasks().get(0).number();
                lettered |= first.matches("[a-zđ]\\)?");
                if (first.equals("1")) {
                    restarts++;
                }
            }
            if (lettered) {
                return NumberingScheme.LETTERED;
            }
            return restarts > 1 ? NumberingScheme.PER_GROUP : NumberingScheme.CONTINUOUS;
        }
    }
}
