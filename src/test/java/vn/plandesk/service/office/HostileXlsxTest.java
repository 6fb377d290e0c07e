package vn.plandesk.service.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * Workbooks built to cost minutes and gigabytes: each is refused in one sentence (or read, when it is a real
 * appendix with a stray cell), quickly and in little memory. The time limits guard against a hang, not a target.
 */
class HostileXlsxTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private ImportXlsxService imports;
    private byte[] appendix;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        plans = new PlanRepository(db);
        imports = new ImportXlsxService(plans);
        appendix = new OfficeExportService(plans).exportXlsx(plans.insert(new SampleLibrary().plan("kh92-2025-partial.json")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private byte[] withSheet(UnaryOperator<String> edit) throws Exception {
        return ImportXlsxServiceTest.replaceEntry(appendix, "xl/worksheets/sheet1.xml",
                b -> edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static String beforeSheetDataEnd(String sheet, String rows) {
        return sheet.replace("</sheetData>", rows + "</sheetData>");
    }

    private PlanDeskException refused(String name, byte[] file, String key) {
        List<PlanSummary> before = plans.list();
        PlanDeskException e = assertTimeoutPreemptively(HANG, () -> assertThrows(PlanDeskException.class,
                () -> imports.commitNew(imports.preview(file, name))));
        assertEquals(key, e.key(), () -> Messages.of(e));
        String sentence = Messages.of(e);
        assertTrue(sentence.contains(name), sentence);
        assertFalse(sentence.contains("Exception") || sentence.contains("\n"), sentence);
        assertEquals(before, plans.list(), "nothing was written");
        return e;
    }

    @Test
    void textInTheLastColumnOfTheLastRowIsRefusedNamingTheCell() throws Exception {
        byte[] file = withSheet(s -> beforeSheetDataEnd(s,
                "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        PlanDeskException e = refused("xfd.xlsx", file, "xlsx.tooManyColumns");
        assertTrue(Messages.of(e).contains("XFD1048576"), Messages.of(e));
    }

    @Test
    void anEmptyFormattedCellFarAwayCostsNothingAndTheAppendixImports() throws Exception {
        byte[] file = withSheet(s -> beforeSheetDataEnd(s, "<row r=\"1048576\"><c r=\"XFD1048576\" s=\"0\"/></row>"));
        long id = assertTimeoutPreemptively(HANG, () -> imports.commitNew(imports.preview(file, "stray.xlsx")));
        assertEquals(76, plans.load(id).orElseThrow().allTasks().size());
    }

    @Test
    void hugeMergedRangesAreNotExpandedCellByCell() throws Exception {
        StringBuilder merges = new StringBuilder("<mergeCells count=\"100\">");
        for (int i = 0; i < 100; i++) {
            int row = 2000 + i * 1000;
            merges.append("<mergeCell ref=\"A").append(row).append(":GR").append(row + 999).append("\"/>");
        }
        merges.append("</mergeCells>");
        byte[] file = withSheet(s -> s.contains("<mergeCells")
                ? s.replaceFirst("<mergeCells count=\"\\d+\">", merges.substring(0, merges.length() - "</mergeCells>".length()))
                : s.replace("</sheetData>", "</sheetData>" + merges));
        long id = assertTimeoutPreemptively(HANG, () -> imports.commitNew(imports.preview(file, "merged.xlsx")));
        assertEquals(76, plans.load(id).orElseThrow().allTasks().size());
    }

    @Test
    void tooManyMergedRangesAreRefused() throws Exception {
        StringBuilder merges = new StringBuilder();
        for (int i = 0; i < 20_001; i++) {
            merges.append("<mergeCell ref=\"A").append(5000 + 2 * i).append(":B").append(5000 + 2 * i).append("\"/>");
        }
        byte[] file = withSheet(s -> s.replace("</sheetData>", "</sheetData><mergeCells>" + merges + "</mergeCells>")
                .replaceAll("</mergeCells>(.*)<mergeCells[^>]*>", "$1"));
        refused("merges.xlsx", file, "xlsx.tooManyMerged");
    }

    @Test
    void moreEmptyRowsThanTheLimitAreRefusedBeforeTheyAreBuilt() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 200; r < 200 + 150_000; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        refused("rows.xlsx", withSheet(s -> beforeSheetDataEnd(s, rows.toString())), "xlsx.tooManyRows");
    }

    @Test
    void moreSharedStringsThanTheLimitAreRefusedBeforeTheyAreBuilt() throws Exception {
        StringBuilder strings = new StringBuilder();
        for (int i = 0; i < 600_000; i++) {
            strings.append("<si><t>").append(i).append("</t></si>");
        }
        byte[] file = ImportXlsxServiceTest.replaceEntry(appendix, "xl/sharedStrings.xml",
                b -> new String(b, StandardCharsets.UTF_8).replace("</sst>", strings + "</sst>")
                        .getBytes(StandardCharsets.UTF_8));
        refused("strings.xlsx", file, "xlsx.tooManyStrings");
    }

    @Test
    void aZipBombGetsItsOwnSentence() throws Exception {
        String zeros = "0".repeat(60 * 1024 * 1024);
        byte[] file = withSheet(s -> s.replace("<sheetData>", "<sheetData><!--" + zeros + "-->"));
        refused("bomb.xlsx", file, "xlsx.zipBomb");
    }

    @Test
    void aDamagedSheetIsOneSentenceNamingTheSheet() throws Exception {
        byte[] file = withSheet(s -> s.replaceFirst("<c r=\"A5\"", "<c r=\"A5\" t=\"bogus\""));
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> imports.commitNew(imports.preview(file, "bad.xlsx")));
        assertFalse(Messages.of(e).contains("Exception"), Messages.of(e));
    }

    @Test
    void anAppendixOfThirteenThousandTasksIsWithinTheLimits() throws Exception {
        // the last task row repeated down to 13,000 tasks: what a large province appendix holds
        int copies = 13_000 - 76;
        byte[] file = withSheet(s -> {
            int end = s.lastIndexOf("</row>") + "</row>".length();
            int start = s.lastIndexOf("<row ", end);
            String row = s.substring(start, end);
            int last = Integer.parseInt(row.replaceFirst("(?s)^<row r=\"(\\d+)\".*", "$1"));
            StringBuilder more = new StringBuilder();
            for (int i = 1; i <= copies; i++) {
                more.append(row.replace("r=\"" + last + "\"", "r=\"" + (last + i) + "\"")
                        .replaceAll("r=\"([A-Z]+)" + last + "\"", "r=\"$1" + (last + i) + "\""));
            }
            return s.substring(0, end) + more + s.substring(end);
        });
        ImportPreview preview = assertTimeoutPreemptively(HANG, () -> imports.preview(file, "big.xlsx"));
        assertEquals(13_000, preview.plan().allTasks().size());
    }
}
