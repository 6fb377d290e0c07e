package vn.plandesk.io.table;

import vn.plandesk.model.table.AppendixField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.io.table.AppendixTable.Column;
import vn.plandesk.io.table.AppendixTable.HeaderCell;
import vn.plandesk.io.table.AppendixTable.Row;
import vn.plandesk.io.table.AppendixTable.RowKind;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.model.TaskGroup;

/**
 * Lays a plan's appendices out as tables, in the column sets of the seeds: the province style (STT | Nhiệm vụ |
 * Thời gian 2025…2030 | Lãnh đạo phụ trách | Đơn vị chủ trì, thực hiện | Đơn vị phối hợp | Kết quả) for plans without a
 * parent, the ward style (STT | STT theo KH … | Tên nhiệm vụ | Nhiệm vụ theo KH … | Đơn vị chủ trì | Đơn vị phối hợp |
 * Kết quả | Thời gian hoàn thành | Ghi chú) for plans that derive from one, and the indicators table.
 */
public final class AppendixTables {
    public static final String TASKS_TITLE = "DANH MỤC CÁC NHIỆM VỤ";
    public static final String INDICATORS_TITLE = "BẢNG TỔNG HỢP CÁC CHỈ TIÊU";
    /** Units in one cell are separated so that a reader can split them again; names may contain commas. */
    public static final String UNIT_SEPARATOR = ";\n";
    /** The type size of table text in the exports, points. */
    public static final float TABLE_POINTS = 12;
    /** The text width of an A4 landscape page within the official margins (297 − 30 − 15 mm), points. */
    private static final float LANDSCAPE_TEXT = (297 - 30 - 15) * 72 / 25.4f;
    /** The lines of table text a landscape page holds within its margins (210 − 20 − 20 mm), less the title block. */
    private static final float LINES_PER_PAGE = (210 - 20 - 20) * 72 / 25.4f / (TABLE_POINTS * 1.15f) - 2;
    /** A cell's side margins and border in the workbook, points. */
    private static final float CELL_ROOM = 6.5f;
    /**
     * A cell's side margins and border in a printed document, points: 2 pt a side and the rule, as the PDF's cells, so
     * that the Word file's columns are the PDF's and its table runs to the PDF's pages.
     */
    public static final float PRINTED_CELL_ROOM = 4.5f;
    /** "(Phụ lục II)" in a summary: the plan is that appendix of a larger plan. */
    private static final Pattern OWN_LABEL = Pattern.compile("\\(Phụ lục ([IVX]+)\\)");

    private AppendixTables() {
    }

    /**
     * The plan's appendices, tasks first, then indicators; none when the plan has neither. Every group has its row,
     * with tasks or not, so that a workbook read back has all of them.
     */
    public static List<AppendixTable> of(Plan plan) {
        return of(plan, true);
    }

    /**
     * @param workbook whether the table is for a workbook to be read back, which has every group and cites the parent
     *                 plan's issuer in full; a printed document leaves out groups without tasks and cites the parent
     *                 plan in its column headers as seed 002 does ("… của UBND tỉnh)")
     */
    public static List<AppendixTable> of(Plan plan, boolean workbook) {
        // a workbook carries the tasks wherever the document prints them; a printed document has no task appendix
        // when the tasks are the text of its body
        boolean tasks = hasTaskAppendix(plan, workbook);
        boolean indicators = !plan.indicators().isEmpty();
        int count = (tasks ? 1 : 0) + (indicators ? 1 : 0);
        List<AppendixTable> out = new ArrayList<>();
        String attachedTo = PlanCitation.attachedTo(plan.documentType(), plan.ref(),
                OfficialDate.year(plan, java.time.Year.now().getValue()));
        if (tasks) {
            out.add(tasks(plan, label(plan, count, 1), title(plan, 0, TASKS_TITLE), attachedTo, workbook));
        }
        if (indicators) {
            out.add(indicators(plan, label(plan, count, out.size() + 1), title(plan, out.size(), INDICATORS_TITLE),
                    attachedTo, workbook));
        }
        return out;
    }

    private static boolean hasTaskAppendix(Plan plan, boolean workbook) {
        return plan.groups().stream().anyMatch(g -> !g.tasks().isEmpty())
                && (workbook || PlanDocument.tasksSection(plan) == null);
    }

    /** The labels of the appendices the plan prints, in order ("Phụ lục I", "Phụ lục II"; or the one label). */
    public static List<String> printedLabels(Plan plan) {
        int count = (hasTaskAppendix(plan, false) ? 1 : 0) + (plan.indicators().isEmpty() ? 0 : 1);
        List<String> labels = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            labels.add(label(plan, count, n));
        }
        return labels;
    }

    /**
     * The label of the n-th of the plan's count appendices: "Phụ lục I", "Phụ lục II" when it has several; with one,
     * "PHỤ LỤC", unless the plan is itself one appendix of a larger plan and says which in its summary ("Danh mục các
     * nhiệm vụ (Phụ lục II) …", seed 000): then it keeps that number, as the seed prints it.
     */
    public static String label(Plan plan, int count, int n) {
        if (count == 1) {
            Matcher own = OWN_LABEL.matcher(plan.summary());
            return own.find() ? "Phụ lục " + own.group(1) : "PHỤ LỤC";
        }
        return "Phụ lục " + RomanNumeral.format(n);
    }

    private static String title(Plan plan, int index, String fallback) {
        return index < plan.appendixTitles().size() ? plan.appendixTitles().get(index) : fallback;
    }

    /**
     * Whether a column's cells are centred, as the PDF sets them: the numbers, the year marks, the unit of measure,
     * and the ward's role ("Chủ trì thực hiện") and completion time ("Quý IV/2025").
     */
    public static boolean centred(AppendixField f) {
        return f == AppendixField.NUMBER || f == AppendixField.PARENT_NUMBER || f == AppendixField.YEAR
                || f == AppendixField.UNIT || f == AppendixField.ROLE || f == AppendixField.DEADLINE;
    }

    /** Ward style when any task points into a parent plan or carries the ward's role. */
    public static boolean wardStyle(Plan plan) {
        return plan.allTasks().stream().anyMatch(t -> t.parentRef() != null || t.role() != null);
    }

    private static AppendixTable tasks(Plan plan, String label, String title, String attachedTo,
                                       boolean workbook) {
        List<Column> columns = new ArrayList<>();
        List<HeaderCell> header = new ArrayList<>();
        boolean deadlineText = plan.allTasks().stream().anyMatch(t -> !t.deadline().raw().isEmpty());
        boolean yearGrid = plan.allTasks().stream().anyMatch(t -> !t.deadline().years().isEmpty());
        Map<AppendixField, String> headers = new EnumMap<>(AppendixField.class);
        if (wardStyle(plan)) {
            String cited = parentCitation(plan, workbook);
            headers.put(AppendixField.PARENT_NUMBER, "STT (theo " + cited + ")");
            headers.put(AppendixField.NAME, "Tên nhiệm vụ");
            headers.put(AppendixField.ROLE, "Nhiệm vụ (theo " + cited + ")");
            headers.put(AppendixField.LEAD_UNITS, "Đơn vị chủ trì");
            columns.add(new Column(AppendixField.NUMBER, null, 5));
            columns.add(new Column(AppendixField.PARENT_NUMBER, null, 10));
            columns.add(new Column(AppendixField.NAME, null, 24));
            columns.add(new Column(AppendixField.ROLE, null, 11));
            columns.add(new Column(AppendixField.LEAD_UNITS, null, 12));
            columns.add(new Column(AppendixField.COORDINATING_UNITS, null, 12));
            columns.add(new Column(AppendixField.RESULT, null, 11));
            if (yearGrid) {
                years(plan).forEach(y -> columns.add(new Column(AppendixField.YEAR, y, 6)));
            }
            columns.add(new Column(AppendixField.DEADLINE, null, 9));
            columns.add(new Column(AppendixField.NOTE, null, 9));
        } else {
            columns.add(new Column(AppendixField.NUMBER, null, 5));
            columns.add(new Column(AppendixField.NAME, null, 26));
            years(plan).forEach(y -> columns.add(new Column(AppendixField.YEAR, y, 6)));
            columns.add(new Column(AppendixField.LEADER, null, 11));
            columns.add(new Column(AppendixField.LEAD_UNITS, null, 13));
            columns.add(new Column(AppendixField.COORDINATING_UNITS, null, 13));
            columns.add(new Column(AppendixField.RESULT, null, 12));
            if (deadlineText) {
                columns.add(new Column(AppendixField.DEADLINE, null, 9));
            }
        }
        boolean years = columns.stream().anyMatch(c -> c.field() == AppendixField.YEAR);
        int headerRows = years ? 2 : 1;
        boolean firstYear = true;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col.field() == AppendixField.YEAR) {
                if (firstYear) {
                    int span = (int) columns.stream().filter(x -> x.field() == AppendixField.YEAR).count();
                    header.add(new HeaderCell(0, c, 1, span, "Thời gian"));
                    firstYear = false;
                }
                header.add(new HeaderCell(1, c, 1, 1, String.valueOf(col.year())));
            } else {
                header.add(new HeaderCell(0, c, headerRows, 1, headers.getOrDefault(col.field(), col.field().header())));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            if (!workbook && g.tasks().isEmpty()) {
                continue;
            }
            rows.add(new Row(RowKind.GROUP, List.of(g.roman(), g.title())));
            for (PlanTask t : g.tasks()) {
                rows.add(new Row(RowKind.TASK, cells(t, columns, workbook)));
                for (PlanTask s : t.subTasks()) {
                    rows.add(new Row(RowKind.SUB_TASK, cells(s, columns, workbook)));
                }
            }
        }
        return new AppendixTable(false, label, title, attachedTo, balanced(columns, header, rows, workbook),
                headerRows, header, rows);
    }

    /** The columns with the width shared by what they hold (see {@link ColumnBalance}), in points. */
    private static List<Column> balanced(List<Column> columns, List<HeaderCell> header, List<Row> rows,
                                         boolean workbook) {
        ColumnBalance balance = new ColumnBalance(columns.size(), TableFont.at(TABLE_POINTS),
                workbook ? CELL_ROOM : PRINTED_CELL_ROOM)
                .linesPerPage(LINES_PER_PAGE);
        for (HeaderCell h : header) {
            balance.header(h.column(), h.columnSpan(), h.text());
        }
        List<Row> body = rows.stream().filter(r -> !r.spansColumns()).toList();
        balance.rowsInAll(body.size());
        ColumnBalance.sample(body).forEach(r -> balance.row(r.cells()));
        float[] widths = balance.widths(LANDSCAPE_TEXT);
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            out.add(new Column(col.field(), col.year(), widths[c]));
        }
        return out;
    }

    /** 2025–2030, widened when a task marks a year outside. */
    private static List<Integer> years(Plan plan) {
        TreeSet<Integer> ys = new TreeSet<>();
        for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
            ys.add(y);
        }
        plan.allTasks().forEach(t -> ys.addAll(t.deadline().years().keySet()));
        List<Integer> out = new ArrayList<>();
        for (int y = ys.first(); y <= ys.last(); y++) {
            out.add(y);
        }
        return out;
    }

    /** The parent plan as the ward headers cite it, from the plan or else from its first task that points up. */
    private static String parentCitation(Plan plan, boolean workbook) {
        PlanRef parent = plan.parentPlan();
        if (parent == null) {
            parent = plan.allTasks().stream().filter(t -> t.parentRef() != null).map(t -> t.parentRef().plan())
                    .findFirst().orElse(null);
        }
        if (parent == null) {
            return "Kế hoạch cấp trên";
        }
        return workbook ? PlanCitation.cite(parent) : PlanCitation.inColumnHeader(parent);
    }

    /** A task's cells; a printed document writes a deadline as the PDF prints it, a workbook as it was typed. */
    static List<String> cells(PlanTask t, List<Column> columns, boolean workbook) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            cells.add(switch (c.field()) {
                case NUMBER -> t.number();
                case PARENT_NUMBER -> t.parentRef() == null ? "" : t.parentRef().number();
                case NAME -> t.name();
                case ROLE -> t.role() == null ? "" : t.role().printed();
                case YEAR -> t.deadline().years().getOrDefault(c.year(), "");
                case LEADER -> t.leader();
                case LEAD_UNITS -> String.join(UNIT_SEPARATOR, t.leadUnits());
                case COORDINATING_UNITS -> String.join(UNIT_SEPARATOR, t.coordinatingUnits());
                case RESULT -> t.result();
                case DEADLINE -> workbook ? t.deadline().raw() : t.deadline().printed();
                case NOTE -> t.note();
                default -> "";
            });
        }
        return cells;
    }

    private static AppendixTable indicators(Plan plan, String label, String title, String attachedTo,
                                            boolean workbook) {
        List<Column> columns = List.of(new Column(AppendixField.NUMBER, null, 5),
                new Column(AppendixField.INDICATOR, null, 50), new Column(AppendixField.UNIT, null, 10),
                new Column(AppendixField.TARGET, null, 35));
        List<HeaderCell> header = List.of(new HeaderCell(0, 0, 1, 1, "STT"), new HeaderCell(0, 1, 1, 1, "Chỉ tiêu"),
                new HeaderCell(0, 2, 1, 1, "Đơn vị tính"), new HeaderCell(0, 3, 1, 1, "Kết quả"));
        List<Row> rows = new ArrayList<>();
        String section = null;
        int sections = 0;
        for (Indicator i : plan.indicators()) {
            if (!i.section().isEmpty() && !i.section().equals(section)) {
                section = i.section();
                rows.add(new Row(RowKind.SECTION, List.of(RomanNumeral.format(++sections), section)));
            }
            rows.add(new Row(RowKind.INDICATOR, List.of(i.number(), i.name(), i.unit(), i.target())));
        }
        return new AppendixTable(true, label, title, attachedTo, balanced(columns, header, rows, workbook), 1, header,
                rows);
    }
}
