package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.plandesk.io.table.AppendixTables;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * An appendix (Phụ lục, Mẫu 2.1): on A4 landscape, its label ("PHỤ LỤC", or "Phụ lục I", "Phụ lục II" when the plan
 * has several), its title in capitals, the italic line that ties it to the plan, a short rule, then its table.
 */
abstract class AppendixPdf implements PdfPart {
    protected final Plan plan;
    private final PlanDocument document;
    private final int draftYear;

    AppendixPdf(Plan plan, PlanDocument document, int draftYear) {
        this.plan = plan;
        this.document = document;
        this.draftYear = draftYear;
    }

    @Override
    public PageSize pageSize() {
        return OfficialStyle.LANDSCAPE;
    }

    @Override
    public final void render(Document doc, PdfFonts fonts) {
        List<PlanDocument> appendices = appendicesOf(plan);
        int index = Math.max(0, appendices.indexOf(document));
        OfficialBlocks.appendixHead(doc, fonts, AppendixTables.label(plan, appendices.size(), index + 1),
                title(index).toUpperCase(Locale.forLanguageTag("vi")), OfficialText.attachedTo(plan, draftYear));
        OfficialTable table = new OfficialTable(fonts, columns(fonts)).breakingRows();
        header(table);
        table.startIn(doc);
        rows(table);
        table.finish();
    }

    /** The appendices the plan has, in the order they are numbered. */
    static List<PlanDocument> appendicesOf(Plan plan) {
        List<PlanDocument> list = new ArrayList<>();
        for (PlanDocument d : List.of(PlanDocument.TASKS, PlanDocument.INDICATORS)) {
            if (d.presentIn(plan)) {
                list.add(d);
            }
        }
        return list;
    }

    /** The title the plan gives this appendix, or the usual one. */
    private String title(int index) {
        List<String> titles = plan.appendixTitles();
        return index < titles.size() ? titles.get(index) : defaultTitle();
    }

    abstract String defaultTitle();

    /** How each column's cells align, left to right. */
    abstract List<TextAlignment> alignments();

    /** The header cells and a sample of the rows, for sharing the width by what the columns hold. */
    abstract void measure(ColumnBalance balance);

    /** The columns, their widths shared by what they hold (see {@link ColumnBalance}). */
    final List<OfficialTable.Column> columns(PdfFonts fonts) {
        return OfficialTable.balanced(fonts, alignments(), OfficialStyle.LANDSCAPE, this::measure);
    }

    /** The tasks and sub-tasks in print order, sampled when there are many (the balance is told how many). */
    final List<PlanTask> sampledTasks(ColumnBalance balance) {
        List<PlanTask> all = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            for (PlanTask t : g.tasks()) {
                all.add(t);
                all.addAll(t.subTasks());
            }
        }
        balance.rowsInAll(all.size());
        return ColumnBalance.sample(all);
    }

    abstract void header(OfficialTable table);

    abstract void rows(OfficialTable table);

    /**
     * The task appendices' rows: each group's row ("I" + title), then its tasks, each followed by its sub-tasks. A
     * group without tasks is left out, as the plans' own appendices do (they print only groups that have tasks).
     */
    final void taskRowsByGroup(OfficialTable table, java.util.function.BiConsumer<OfficialTable, PlanTask> row) {
        for (TaskGroup g : plan.groups()) {
            if (g.tasks().isEmpty()) {
                continue;
            }
            table.groupRow(g.roman(), g.title());
            for (PlanTask t : g.tasks()) {
                row.accept(table, t);
                for (PlanTask s : t.subTasks()) {
                    row.accept(table, s);
                }
            }
        }
    }
}
