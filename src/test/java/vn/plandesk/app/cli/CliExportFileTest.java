package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

/** Every export kind writes through the same safe writer: a missing folder is made, a planted symlink gets nothing. */
class CliExportFileTest {
    @TempDir
    Path dir;

    private int cli(String... args) {
        Messages.setLocale(Messages.VIETNAMESE);
        String[] all = Stream.concat(Stream.of("--db", dir.resolve("db").toString()), Stream.of(args))
                .toArray(String[]::new);
        return new Cli(new ByteArrayOutputStream(), new ByteArrayOutputStream()).run(all);
    }

    @Test
    void everyExportKindMakesAMissingFolder() {
        for (List<String> export : List.of(List.of("export-json", "2"), List.of("export-xlsx", "2"),
                List.of("export-docx", "2"), List.of("export-timeline", "2"), List.of("export-pdf", "2", "--doc", "tasks"))) {
            Path out = dir.resolve("new folder " + export.get(0)).resolve("deeper").resolve("plan.out");
            List<String> args = new java.util.ArrayList<>(export);
            args.addAll(List.of("--out", out.toString()));
            assertEquals(0, cli(args.toArray(String[]::new)), export.toString());
            assertTrue(Files.isRegularFile(out), export + " wrote its file in the folder it made");
        }
    }

    @Test
    void reportsUnitSheetsAndGeneratedPlansMakeAMissingFolderToo() throws Exception {
        ByteArrayOutputStream id = new ByteArrayOutputStream();
        Messages.setLocale(Messages.VIETNAMESE);
        assertEquals(0, new Cli(id, new ByteArrayOutputStream()).run(new String[] {"--db", dir.resolve("db").toString(),
                "report-draft", "3", "--period", "2026-Q1"}));
        String report = id.toString(StandardCharsets.UTF_8).strip();
        for (String kind : List.of("pdf", "docx")) {
            Path out = dir.resolve("new folder report " + kind).resolve("deeper").resolve("report." + kind);
            assertEquals(0, cli("report-export", report, "--out", out.toString()), kind);
            assertTrue(Files.size(out) > 0, "report-export " + kind + " wrote its file in the folder it made");
        }
        Path generated = dir.resolve("new folder generate").resolve("deeper").resolve("plan.json");
        assertEquals(0, cli("generate", "--tasks", "3", "--out", generated.toString()));
        assertTrue(Files.readString(generated).contains("plandesk-plan"));
        Path sheets = dir.resolve("new folder unit-sheets").resolve("deeper");
        assertEquals(0, cli("unit-sheets", "3", "--period", "2026-Q1", "--out", sheets.toString()));
        try (Stream<Path> made = Files.list(sheets)) {
            List<String> names = made.map(p -> p.getFileName().toString()).toList();
            assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.endsWith(".xlsx")), names.toString());
        }
    }

    @Test
    void aFolderGivenAsTheFileIsRefusedAndKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("an empty folder"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Messages.setLocale(Messages.VIETNAMESE);
        int code = new Cli(new ByteArrayOutputStream(), err).run(new String[] {"--db", dir.resolve("db").toString(),
                "export-json", "2", "--out", folder.toString()});
        assertEquals(Cli.FAILED, code);
        String said = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.contains(folder.toString()) && said.contains("thư mục"), said);
        assertTrue(Files.isDirectory(folder), "the folder is not replaced by the export");
    }

    @Test
    void aSymlinkPlantedUnderTheOldPredictableNameReceivesNothing() throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "giữ nguyên");
        Path out = dir.resolve("plan.json");
        try {
            Files.createSymbolicLink(dir.resolve(".plan.json.part"), victim);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return; // no symlinks here (Windows without the right): nothing to plant
        }
        assertEquals(0, cli("export-json", "2", "--out", out.toString()));
        assertEquals("giữ nguyên", Files.readString(victim, StandardCharsets.UTF_8));
        assertTrue(Files.readString(out).contains("plandesk-plan"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part") && !n.equals(".plan.json.part")).toList(), "no temporary file left");
        }
    }
}
