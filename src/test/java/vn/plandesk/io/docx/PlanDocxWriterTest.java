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
            // a row for each task and group (a task that breaks across pages adds its parts, "12 (tiếp)")
            assertEquals(ward.taskCount() + ward.groups().size() + 1, tasks.getRows().stream()
                    .filter(r -> !vn.plandesk.io.table.RowBreak.marksContinuation(r.getCell(0).getText())).count());
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
    void aRowTallerThanAPageIsWrittenInPartsEachAfterTheFirstWithItsSttAndTiep() throws Exception {
        vn.plandesk.model.TaskGroup first = ward.groups().get(0);
        vn.plandesk.model.PlanTask t = first.tasks().get(1);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            units.add("Phòng chuyên môn số " + i);
        }
        // 1,500 characters and 30 units: more lines than a landscape page holds
        String name = ("Triển khai chuyển đổi số trong cơ quan nhà nước, " + "đổi mới sáng tạo ".repeat(2)).repeat(19)
                .strip();
        assertTrue(name.length() >= 1500, "length " + name.length());
        vn.plandesk.model.PlanTask longTask = new vn.plandesk.model.PlanTask(t.id(), t.number(), name, t.leader(),
                units, t.coordinatingUnits(), t.result(), t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(),
                t.subTasks(), t.start());
        vn.plandesk.model.PlanTask shortTask = new vn.plandesk.model.PlanTask(t.id() == null ? null : t.id() + 1000, "3", "Ngắn", "",
                List.of(), List.of(), "", vn.plandesk.model.Deadline.none(), null, null, "", t.flags(), List.of(),
                t.start());
        Plan plan = ward.withGroups(List.of(first.withTasks(List.of(first.tasks().get(0), longTask, shortTask))));
        byte[] file = new PlanDocxWriter().write(plan);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            XWPFTable tasks = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            List<String> numbers = new ArrayList<>();
            StringBuilder names = new StringBuilder();
            StringBuilder lead = new StringBuilder();
            for (var row : tasks.getRows()) {
                assertTrue(row.getCtRow().isSetTrPr() && !row.getCtRow().getTrPr().getCantSplitList().isEmpty(),
                        "row " + row.getCell(0).getText() + " is kept whole");
                String number = row.getCell(0).getText();
                numbers.add(number.replace("\n", " "));
                if (number.startsWith(t.number())) {
                    names.append(names.length() == 0 ? "" : " ").append(row.getCell(2).getText());
                    lead.append(lead.length() == 0 ? "" : "\n").append(row.getCell(4).getText());
                    // each part fits a page below the repeated header: at most 481.9 pt of 13.8 pt lines
                    int lines = 0;
                    for (int c = 0; c < row.getTableCells().size(); c++) {
                        var cell = row.getCell(c);
                        double width = ((java.math.BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).intValue() / 20.0;
                        lines = Math.max(lines, vn.plandesk.io.table.TableFont.lines(cell.getText(), width - 6.5, false,
                                12));
                    }
                    assertTrue(lines * 13.8 < 481.9 - 5 * 13.8, "part " + number + " of " + lines + " lines");
                }
            }
            assertTrue(numbers.size() >= 6, numbers.toString());
            assertEquals(List.of("STT", "I", "1", t.number()), numbers.subList(0, 4));
            for (String n : numbers.subList(4, numbers.size() - 1)) {
                assertEquals(t.number() + " (tiếp)", n, numbers.toString());
            }
            assertEquals("3", numbers.get(numbers.size() - 1));
            assertEquals(name, names.toString(), "the parts hold the name, line by line");
            assertEquals(String.join(";\n", units), lead.toString(), "and the units");
            // the task's cell lines are exactly 13.8 pt apart, as planned
            var spacing = tasks.getRow(3).getCell(2).getParagraphs().get(0).getCTP().getPPr().getSpacing();
            assertEquals(276, ((java.math.BigInteger) spacing.getLine()).intValue());
        }
        // read back, the parts are one task again
        vn.plandesk.io.table.AppendixImport back = new AppendixDocxReader().read(file, "long.docx");
        List<vn.plandesk.model.PlanTask> read = back.plan().allTasks();
        assertEquals(3, read.size(), read.toString());
        assertEquals(name, read.get(1).name());
        assertEquals(units, read.get(1).leadUnits());
    }

    @Test
    void aHeadingKeepsWithItsTextAndTheBodyIsSetAtTheLinesOfThePdf() throws Exception {
        try (XWPFDocument doc = read(new SampleLibrary().plan("province-2026-plan.json"))) {
            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("2. Ban Chỉ đạo về phát triển khoa học")).findFirst().orElseThrow();
            var pr = heading.getCTP().getPPr();
            assertTrue(pr.isSetKeepNext() && pr.isSetKeepLines(), "the heading is never cut and keeps with its text");
            XWPFParagraph text = doc.getParagraphs().get(doc.getParagraphs().indexOf(heading) + 1);
            // 1.15 lines of 14 pt (18.5 pt, docs/printing.md), 6 pt after, indented 1.27 cm: as the PDF's body
            assertEquals(276, ((java.math.BigInteger) text.getCTP().getPPr().getSpacing().getLine()).intValue());
            assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO,
                    text.getCTP().getPPr().getSpacing().getLineRule());
            assertEquals(120, ((java.math.BigInteger) text.getCTP().getPPr().getSpacing().getAfter()).intValue());
            assertEquals(720, text.getIndentationFirstLine());
        }
    }

    @Test
    void theBodyPointsToTheIndicatorsTableOnlyWhenThereIsOne() throws Exception {
        String pointer = "Gửi kèm bảng tổng hợp các chỉ tiêu";
        try (XWPFDocument doc = read(ward)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains(pointer)));
        }
        try (XWPFDocument doc = read(ward.withIndicators(List.of()))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.stream().noneMatch(t -> t.contains(pointer)), "points to a table that is not printed");
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("cho đến năm 2045.")), "the sentence still ends");
            assertTrue(texts.stream().noneMatch(t -> t.equals("BẢNG TỔNG HỢP CÁC CHỈ TIÊU")), "no empty table");
        }
    }

    @Test
    void theSignatureBlockIsNeverCutNorLeftAloneOnAPage() throws Exception {
        try (XWPFDocument doc = read(new SampleLibrary().plan("province-2026-plan.json"))) {
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertTrue(signature.getRow(0).getCell(0).getText().startsWith("Nơi nhận:"), "the last table");
            var row = signature.getRow(0).getCtRow();
            assertTrue(row.isSetTrPr() && row.getTrPr().sizeOfCantSplitArray() > 0, "the block is kept whole");
            XWPFParagraph last = doc.getParagraphs().stream().filter(p -> p.getText().endsWith("./."))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(last.getCTP().getPPr().isSetKeepNext(), "the last paragraph goes over with the block");
        }
    }

    private static XWPFDocument read(Plan plan) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(new PlanDocxWriter().write(plan)));
    }
}
