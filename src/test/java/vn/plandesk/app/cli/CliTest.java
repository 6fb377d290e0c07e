package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Launcher;
import vn.plandesk.app.Services;
import vn.plandesk.service.Messages;

/** The headless commands as an officer or a script would run them. */
class CliTest {
    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.on(dir.resolve("db"), args);
    }

    @Test
    void aFreshStoreStartsWithTheFourSamplesAndSamplesDoesNotDuplicateThem() throws IOException {
        CliRun first = cli("plans");
        assertEquals(4, first.out().lines().count(), first.err());
        CliRun samples = cli("samples");
        assertEquals(0, samples.code(), samples.err());
        assertEquals(List.of("1", "2", "3", "4"), samples.out().lines().toList());

        CliRun plans = cli("plans");
        List<String> lines = plans.out().lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("1\ttỉnh\t/KH-UBND\t—\t7 nhóm\t109 nhiệm vụ\t0 chỉ tiêu\tDanh mục các nhiệm vụ"));
        assertTrue(lines.get(1).startsWith("2\ttỉnh\t92/KH-UBND\t15/09/2025\t7 nhóm\t76 nhiệm vụ"));
        assertTrue(lines.get(2).startsWith("3\tphường/xã\t/KH-UBND\t—\t7 nhóm\t76 nhiệm vụ\t53 chỉ tiêu\tTriển khai"));
        assertTrue(lines.get(3).contains("\t7 nhóm\t47 nhiệm vụ\t"));

        JsonNode json = new ObjectMapper().readTree(cli("plans", "--json").out());
        assertEquals(4, json.size());
        JsonNode kh92 = json.get(1);
        assertEquals(2, kh92.get("id").asInt());
        assertEquals("PROVINCE", kh92.get("kind").asText());
        assertEquals("92", kh92.get("number").asText());
        assertEquals("KH-UBND", kh92.get("symbol").asText());
        assertEquals("2025-09-15", kh92.get("date").asText());
        assertEquals(7, kh92.get("groups").asInt());
        assertEquals(76, kh92.get("tasks").asInt());
        assertEquals(0, kh92.get("indicators").asInt());
        assertTrue(kh92.get("title").asText().startsWith("Sửa đổi, bổ sung"));
    }

    @Test
    void showPrintsGroupsAndTasks() {
        cli("samples");
        CliRun show = cli("show", "3");
        assertEquals(0, show.code());
        assertTrue(show.out().contains("VII. Tăng cường hợp tác quốc tế"));
        assertTrue(show.out().contains("Phối hợp thực hiện"));
        assertTrue(show.out().contains("Thường xuyên"));
    }

    @Test
    void exportThenImportGivesTheSamePlan() throws IOException {
        cli("samples");
        Path file = dir.resolve("ward.json");
        assertEquals(0, cli("export-json", "3", "--out", file.toString()).code());
        CliRun imported = cli("import-json", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("5", imported.out().strip());
        Path again = dir.resolve("again.json");
        cli("export-json", "5", "--out", again.toString());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
        assertEquals(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), cli("export-json", "3", "--out", "-").out());
    }

    @Test
    void aBadFileIsRefusedInVietnameseAndNothingIsWritten() throws IOException {
        cli("samples");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"plandesk-plan\",\"formatVersion\":1,\"plan\":{\"groups\":[{\"number\":1,"
                + "\"tasks\":[{\"name\":true}]}]}}");
        CliRun run = cli("import-json", bad.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Không nhập tệp " + bad), run.err());
        assertTrue(run.err().contains("$.plan.groups[0].tasks[0].name"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one sentence, no stack trace");
        assertEquals(4, cli("plans").out().lines().count(), "nothing was written");
    }

    @Test
    void errorsAreOneVietnameseSentenceWithANonZeroCode() {
        CliRun unknown = cli("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("Không có lệnh \"frobnicate\"."));
        CliRun missing = cli("show", "99");
        assertEquals(1, missing.code());
        assertEquals("Không có kế hoạch mã 99 trong kho.", missing.err().strip());
        CliRun noFile = cli("import-json", dir.resolve("nowhere.json").toString());
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().startsWith("Không tìm thấy tệp"));
        assertEquals(2, cli("generate", "--tasks", "nhiều", "--out", "-").code());
        assertEquals(2, cli("export-json", "1").code());
    }

    @Test
    void englishIsTheSecondLocale() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayOutputStream(), err).run("--db", dir.toString(), "--lang", "en", "show", "7");
        Messages.setLocale(Messages.VIETNAMESE);
        assertEquals(1, code);
        assertEquals("There is no plan with id 7 in the store.", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void generateMakesAPlanOfTheAskedSizeThatImports() throws IOException {
        Path file = dir.resolve("big.json");
        assertEquals(0, cli("generate", "--tasks", "500", "--out", file.toString()).code());
        assertEquals("5", cli("import-json", file.toString()).out().strip(), "after the four samples of the first start");
        JsonNode plans = new ObjectMapper().readTree(cli("plans", "--json").out());
        assertEquals(500, plans.get(4).get("tasks").asInt());
        assertEquals(7, plans.get(4).get("groups").asInt());
    }

    @Test
    void aSecondProcessOnAnOpenStoreIsToldAndChangesNothing() throws Exception {
        cli("samples");
        try (Services first = Services.open(dir.resolve("db"))) {
            Process p = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "--db", dir.resolve("db").toString(), "samples")
                    .redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue());
            assertTrue(err.contains("đang được một cửa sổ PlanDesk khác sử dụng"), err);
            assertFalse(err.contains("Exception"), err);
            assertEquals(4, first.plans().list().size(), "the second process wrote nothing");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
