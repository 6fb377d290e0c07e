package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused file is told in one sentence of the officer's language that says what is wrong and where: no words of
 * the JSON library (Java types, "Cannot deserialize"), no store column names, in Vietnamese and with --lang en.
 */
class CliInputSentenceTest {
    /** Words of Jackson, H2, POI or Java that must never reach the officer in a Vietnamese sentence. */
    private static final Pattern LEAK = Pattern.compile("(?i)\\b(cannot|deserializ\\w*|coerc\\w*|exception|java|"
            + "jackson|token|expected|must|value|column|varying|sql|poi|xml|type|null|error|number)\\b|`|\\[\\d{5}-");
    /** The same for an English sentence: only the library's own words. */
    private static final Pattern LEAK_EN = Pattern.compile("(?i)\\b(deserializ\\w*|coerc\\w*|exception|java|"
            + "jackson|token|varying|sql|poi|CoercionConfig|Enum class)\\b|`|\\[\\d{5}-");

    @TempDir
    Path dir;
    private Path db;
    private String plan;

    @BeforeEach
    void exportASample() throws Exception {
        db = dir.resolve("db");
        Path json = dir.resolve("plan.json");
        CliRun.ok(db, "export-json", "2", "--out", json.toString());
        plan = Files.readString(json, StandardCharsets.UTF_8);
    }

    private String refusal(String text, String lang) throws Exception {
        return refusal(text, lang, "");
    }

    private String refusal(String text, String lang, String what) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String before = CliRun.ok(db, "plans");
        CliRun r = lang == null ? CliRun.on(db, "import-json", file.toString())
                : CliRun.on(db, "--lang", lang, "import-json", file.toString());
        assertEquals(Cli.FAILED, r.code(), what + " " + r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        // the JSON path and the file's own values are the file's words, quoted as they are
        String said = err.replaceAll("\\$[\\w.\\[\\]]*", "").replaceAll("\"[^\"]*\"", "");
        assertFalse((lang == null ? LEAK : LEAK_EN).matcher(said).find(), err);
        assertEquals(before, CliRun.ok(db, "plans"), "nothing written");
        return err;
    }

    @Test
    void aDateThatIsNotADateIsToldInVietnameseWithItsPathAndForm() throws Exception {
        String text = plan.replace("\"issueDate\" : \"2025-09-15\"", "\"issueDate\" : \"15/09/2025\"");
        String vi = refusal(text, null);
        assertTrue(vi.contains("$.plan.issueDate") && vi.contains("\"15/09/2025\"") && vi.contains("YYYY-MM-DD")
                && vi.contains("không phải một ngày"), vi);
        String en = refusal(text, "en");
        assertTrue(en.contains("$.plan.issueDate") && en.contains("not a date") && en.contains("YYYY-MM-DD"), en);
        String impossible = plan.replace("\"issueDate\" : \"2025-09-15\"", "\"issueDate\" : \"2025-02-30\"");
        assertTrue(refusal(impossible, null).contains("\"2025-02-30\""));
    }

    @Test
    void wrongValuesAreToldByWhatTheFormatExpects() throws Exception {
        record Case(String from, String to, String path, String says) {
        }
        for (Case c : List.of(
                new Case("\"kind\" : \"PROVINCE\"", "\"kind\" : \"CITY\"", "$.plan.kind", "PROVINCE, WARD, DEPARTMENT"),
                new Case("\"kind\" : \"PROVINCE\"", "\"kind\" : 5", "$.plan.kind", "\"5\""),
                new Case("\"documentType\" : \"KẾ HOẠCH\"", "\"documentType\" : 5", "$.plan.documentType", "đoạn chữ"),
                new Case("\"partial\" : true", "\"partial\" : \"có\"", "$.plan.partial", "true hoặc false"),
                new Case("\"appendixTitles\" : [", "\"appendixTitles\" : \"Phụ lục\", \"x\" : [",
                        "$.plan.appendixTitles", "danh sách"),
                new Case("\"documentType\" : \"KẾ HOẠCH\"", "\"documentType\" : \"A\", \"appendixTitles\" : []",
                        "\"appendixTitles\"", "hai lần"),
                new Case("\"number\" : 1,", "\"number\" : 9,", "$.plan.groups[0].number", "từ 1 đến 7"),
                new Case("\"number\" : 1,", "", "$.plan.groups[0].number", "Thiếu"),
                new Case("\"numbering\" : \"CONTINUOUS\"", "\"numbering\" : \"" + "[".repeat(600) + "\"",
                        "$.plan.numbering",
                        "\"" + "[".repeat(60) + "…\""),
                new Case("\"number\" : 1,", "\"number\" : \"một\",", "$.plan.groups[0].number", "số nguyên"),
                new Case("\"number\" : 1,", "\"number\" : 99999999999999999999,", "$.plan.groups[0].number",
                        "quá lớn"),
                new Case("\"tasks\" : [", "\"tasks\" : [ { \"name\" : \"A\", \"deadline\" : { \"years\" : { \"20x5\" : \"x\" } } },",
                        "$.plan.groups[0].tasks[0].deadline.years.20x5", "2000 đến 2100"),
                new Case("\"tasks\" : [", "\"tasks\" : [ { \"name\" : \"A\", \"deadline\" : \"Quý IV\" },",
                        "$.plan.groups[0].tasks[0].deadline", "ngoặc nhọn"))) {
            assertTrue(plan.contains(c.from()), c.from());
            String text = plan.replaceFirst(Pattern.quote(c.from()), java.util.regex.Matcher.quoteReplacement(c.to()));
            String vi = refusal(text, null, c.to());
            assertTrue(vi.contains(c.path()) && vi.contains(c.says()), vi);
            refusal(text, "en", c.to());
        }
    }

    @Test
    void aTaskNumberTooLongForTheStoreNamesTheSheetRowAndFieldInTheOfficersWords() throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        CliRun.ok(db, "export-xlsx", "2", "--out", xlsx.toString());
        String sheetName;
        int rowNumber;
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row task = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().equals("1") && row.getRowNum() > 3) {
                    task = row;
                    break;
                }
            }
            assertTrue(task != null, "the first task's row");
            task.getCell(0).setCellValue("1.".repeat(15));
            sheetName = sheet.getSheetName();
            rowNumber = task.getRowNum() + 1;
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        String before = CliRun.ok(db, "plans");
        for (String lang : new String[] {null, "en"}) {
            CliRun r = lang == null ? CliRun.on(db, "import-xlsx", xlsx.toString())
                    : CliRun.on(db, "--lang", lang, "import-xlsx", xlsx.toString());
            assertEquals(Cli.FAILED, r.code(), r.out());
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains(sheetName) && err.contains(String.valueOf(rowNumber)), err);
            assertTrue(lang == null ? err.contains("\"Số thứ tự\"") && err.contains("30 ký tự")
                    : err.contains("\"Number\"") && err.contains("30 characters"), err);
            assertFalse(err.contains("number") || err.contains("CHARACTER VARYING"), err);
        }
        assertEquals(before, CliRun.ok(db, "plans"), "nothing written");
    }

    @Test
    void aFolderGivenAsTheFileToImportIsNamedInTheOfficersWords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("thư mục"));
        for (String command : List.of("import-json", "import-xlsx")) {
            CliRun r = CliRun.on(db, command, folder.toString());
            assertEquals(Cli.FAILED, r.code());
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains(folder.toString()) && err.contains("là một thư mục"), err);
            assertFalse(err.contains("directory"), err);
        }
    }

    @Test
    void aCitedPlanTooLongForTheStoreIsNamedByItsSheetAndRow() throws Exception {
        Path xlsx = dir.resolve("ward.xlsx");
        CliRun.ok(db, "export-xlsx", "3", "--out", xlsx.toString());
        String sheetName = null;
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (sheetName == null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().contains("của UBND tỉnh")) {
                            cell.setCellValue(cell.getStringCellValue().replace("của UBND tỉnh",
                                    "của UBND tỉnh" + " Đồng Nai".repeat(80)));
                            sheetName = sheet.getSheetName();
                        }
                    }
                }
            }
            assertTrue(sheetName != null, "a citation of the parent plan in the workbook");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        CliRun r = CliRun.on(db, "import-xlsx", xlsx.toString());
        assertEquals(Cli.FAILED, r.code(), r.out());
        String err = r.err().strip();
        assertTrue(err.lines().reduce((a, b) -> b).orElse("").contains("Cơ quan ban hành của kế hoạch được dẫn")
                && err.contains(sheetName), err);
        assertFalse(err.contains("ref_issuer"), err);
    }
}
