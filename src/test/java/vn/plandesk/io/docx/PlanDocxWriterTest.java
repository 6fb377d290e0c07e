package vn.plandesk.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/** The Word document read back: its sections, header, tables and type follow the official layout. */
class PlanDocxWriterTest {
    private final Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");

    @Test
    void portraitBodyThenOneLandscapeSectionPerAppendixNumberedFromOne() throws Exception {
        try (XWPFDocument doc = read(ward)) {
            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertEquals(3, sections.size(), "body, tasks appendix, indicators appendix");
            CTSectPr body = sections.get(0);
            assertEquals(11906, ((java.math.BigInteger) body.getPgSz().getW()).intValue());
            assertEquals(PlanDocxWriter.LEFT, ((java.math.BigInteger) body.getPgMar().getLeft()).intValue());
            assertEquals(1701, PlanDocxWriter.LEFT, "30 mm");
            assertEquals(850, PlanDocxWriter.RIGHT, "15 mm");
            assertTrue(body.isSetTitlePg(), "no number on the first page");
            for (CTSectPr appendix : sections.subList(1, 3)) {
                assertEquals(STPageOrientation.LANDSCAPE, appendix.getPgSz().getOrient());
                assertEquals(16838, ((java.math.BigInteger) appendix.getPgSz().getW()).intValue());
                assertEquals(1, appendix.getPgNumType().getStart().intValue());
                assertEquals(2, appendix.sizeOfHeaderReferenceArray());
            }
        }
    }

    @Test
    void headerTableAndAppendixTables() throws Exception {
        try (XWPFDocument doc = read(ward)) {
            List<XWPFTable> tables = doc.getTables();
            XWPFTable header = tables.get(0);
            assertEquals("ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH", header.getRow(0).getCell(0).getParagraphs().get(0).getText());
            assertTrue(header.getRow(0).getCell(1).getText().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            assertTrue(header.getRow(0).getCell(1).getText().contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(header.getRow(1).getCell(0).getText().startsWith("Số: "));
            assertTrue(header.getRow(1).getCell(1).getText().startsWith("Chơn Thành, ngày"));

            XWPFTable tasks = tables.stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst()
                    .orElseThrow();
            assertTrue(tasks.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0, "header repeats");
            assertTrue(tasks.getRow(1).getCtRow().getTrPr().sizeOfCantSplitArray() > 0, "a group row is not split");
            assertEquals("I", tasks.getRow(1).getCell(0).getText());
            assertEquals(2, tasks.getRow(1).getTableCells().size(), "the group row spans the columns after STT");
            assertEquals(ward.taskCount() + ward.groups().size() + 1, tasks.getNumberOfRows());
            assertEquals("Times New Roman", tasks.getRow(2).getCell(2).getParagraphs().get(0).getRuns().get(0)
                    .getFontFamily());
            assertEquals(ward.groups().get(0).tasks().get(0).name(), tasks.getRow(2).getCell(2).getText());
            // the ward's role and completion time centred, as the PDF sets them
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER,
                    tasks.getRow(2).getCell(3).getParagraphs().get(0).getAlignment(), "role");
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER,
                    tasks.getRow(2).getCell(7).getParagraphs().get(0).getAlignment(), "completion time");
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT,
                    tasks.getRow(2).getCell(2).getParagraphs().get(0).getAlignment(), "task name");
        }
    }

    @Test
    void provinceTableHasTheYearGridUnderThoiGian() throws Exception {
        try (XWPFDocument doc = read(new SampleLibrary().plan("province-2025-appendix-ii.json"))) {
            // an appendix-only plan: the appendix table is the document's only table
            XWPFTable t = doc.getTables().get(0);
            assertEquals("Thời gian", t.getRow(0).getCell(2).getText());
            assertEquals("2025", t.getRow(1).getCell(2).getText());
            assertEquals("2030", t.getRow(1).getCell(7).getText());
        }
    }

    @Test
    void groupRowsKeepWithTheirFirstTaskAndEmptyGroupsAreLeftOut() throws Exception {
        vn.plandesk.model.TaskGroup third = ward.groups().get(2);
        Plan oneTask = ward.withGroups(ward.groups().stream()
                .map(g -> g == third ? g.withTasks(List.of(g.tasks().get(0))) : g.withTasks(List.of())).toList());
        try (XWPFDocument doc = read(oneTask)) {
            XWPFTable tasks = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            assertEquals(3, tasks.getNumberOfRows(), "header, the one group with a task, the task");
            assertEquals("III", tasks.getRow(1).getCell(0).getText());
            for (var cell : tasks.getRow(1).getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    assertTrue(p.getCTP().getPPr().isSetKeepNext(), "the group row keeps with its first task");
                }
            }
        }
    }

    @Test
    void anAppendixOnlyPlanBeginsWithItsAppendix() throws Exception {
        Plan province = new SampleLibrary().plan("province-2025-appendix-ii.json");
        try (XWPFDocument doc = read(province)) {
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().equals("KẾ HOẠCH")), "a body page");
            assertEquals(2, doc.getTables().size() + 1, "no header table, the appendix table only");
            // seed 000 is the plan's Phụ lục II and prints itself so
            assertEquals("Phụ lục II", doc.getParagraphs().get(0).getText());
            assertEquals(STPageOrientation.LANDSCAPE, doc.getDocument().getBody().getSectPr().getPgSz().getOrient());
        }
    }

    @Test
    void datesAsTheRuleWritesThemAndADraftTakesTheYearOfItsDocument() throws Exception {
        try (XWPFDocument doc = read(ward)) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("Chơn Thành, ngày      tháng      năm 2025", header.getRow(1).getCell(1).getText());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals(
                    "(Kèm theo Kế hoạch số       /KH-UBND ngày       /     /2025 của UBND phường Chơn Thành)")));
            XWPFTable tasks = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            assertEquals("STT (theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh)",
                    tasks.getRow(0).getCell(1).getText());
        }
    }

    @Test
    void the2026PlanHasItsLetteredTasksInSectionTwo() throws Exception {
        Plan plan = new SampleLibrary().plan("province-2026-plan.json");
        try (XWPFDocument doc = read(plan)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int section = texts.indexOf("II. NHIỆM VỤ CỤ THỂ");
            int group = texts.indexOf("1. " + plan.groups().get(0).title());
            int first = texts.indexOf("a) " + plan.groups().get(0).tasks().get(0).name());
            int next = texts.indexOf("III. TỔ CHỨC THỰC HIỆN");
            assertTrue(section >= 0 && section < group && group < first && first < next, texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.equals("PHỤ LỤC")), "no task appendix");
            // seed 004's "(Đính kèm Phụ lục I, II)" cites no appendix that is printed
            assertTrue(texts.stream().noneMatch(t -> t.contains("Đính kèm Phụ lục")), "cites appendices not printed");
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("tỉnh Đồng Nai./.")), "the text's closing mark");
        }
        try (XWPFDocument doc = read(plan.withIndicators(ward.indicators()))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.stream().anyMatch(t -> t.equals("(Đính kèm Phụ lục)/.")), texts.toString());
            assertTrue(texts.contains("PHỤ LỤC"), "the one appendix's label");
        }
    }

    @Test
    void aRowTallerThanTheRoomAPageMayBeLeftEmptyMayBreakAcrossPagesAsInThePdf() throws Exception {
        vn.plandesk.model.TaskGroup first = ward.groups().get(0);
        vn.plandesk.model.PlanTask t = first.tasks().get(1);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            units.add("Phòng chuyên môn số " + i);
        }
        String name = "Nhiệm vụ dài " + "triển khai chuyển đổi số trong cơ quan nhà nước, ".repeat(30);
        vn.plandesk.model.PlanTask longTask = new vn.plandesk.model.PlanTask(t.id(), t.number(), name, t.leader(),
                units, t.coordinatingUnits(), t.result(), t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(),
                t.subTasks(), t.start());
        vn.plandesk.model.PlanTask shortTask = new vn.plandesk.model.PlanTask(t.id() == null ? null : t.id() + 1000, "3", "Ngắn", "",
                List.of(), List.of(), "", vn.plandesk.model.Deadline.none(), null, null, "", t.flags(), List.of(),
                t.start());
        Plan plan = ward.withGroups(List.of(first.withTasks(List.of(first.tasks().get(0), longTask, shortTask))));
        try (XWPFDocument doc = read(plan)) {
            XWPFTable tasks = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            List<String> whole = new ArrayList<>();
            for (var row : tasks.getRows()) {
                boolean cantSplit = row.getCtRow().isSetTrPr() && !row.getCtRow().getTrPr().getCantSplitList().isEmpty();
                whole.add(row.getCell(0).getText() + ":" + cantSplit);
            }
            // header and group row whole; task 1 (nine lines in its "Đơn vị phối hợp") and the long task 2 start
            // where they fall, as the PDF lets them; the one-line task 3 is kept whole
            assertEquals(List.of("STT:true", "I:true", "1:false", "2:false", "3:true"), whole);
        }
    }

    private static XWPFDocument read(Plan plan) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(new PlanDocxWriter().write(plan)));
    }
}
