package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.register.DocumentRegister;

/** The register and the reporting rules on a real H2 file: kept over a restart, carried by a backup and a restore. */
class DocumentStoreTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final IssuedDocument DECISION = IssuedDocument.of(DocumentType.QUYET_DINH, "12", "QĐ-UBND",
            LocalDate.of(2026, 2, 3), "UBND phường Chơn Thành", "về việc thành lập Tổ công nghệ số cộng đồng");

    private Path pdf(String name) throws IOException {
        Path f = outside.resolve(name);
        Files.write(f, PDF);
        return f;
    }

    @Test
    void aRestartFindsTheRegisterItsFilesAndThePlansRules() throws IOException {
        long planId;
        long docId;
        List<ReportingRule> rules = List.of(new ReportingRule(ReportKind.HALF_YEAR, 10, 6, "Phòng Văn hóa – Xã hội",
                "trước ngày 10/6"), new ReportingRule(ReportKind.AD_HOC, 0, 0, "UBND phường", "khi có yêu cầu"));
        try (Database db = Database.open(dir)) {
            planId = new PlanRepository(db).insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
            new ReportingRuleRepository(db).replace(planId, rules);
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            docId = register.add(DECISION, pdf("QĐ 12.pdf")).document().id();
            register.add(IssuedDocument.of(DocumentType.CONG_VAN, "229", "UBND-VHXH", LocalDate.of(2025, 8, 5),
                    "UBND phường", "về việc triển khai"));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(rules, new ReportingRuleRepository(db).rules(planId));
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            List<IssuedDocument> all = register.list();
            assertEquals(2, all.size());
            IssuedDocument d = all.get(0);
            assertEquals(docId, d.id());
            assertEquals(DECISION.withId(docId).withFile(d.file()), d);
            assertEquals("QĐ 12.pdf", d.file().name());
            assertEquals(PDF.length, d.file().size());
            assertArrayEquals(PDF, Files.readAllBytes(register.fileOf(d).orElseThrow()));
            assertTrue(register.fileOf(d).orElseThrow().startsWith(dir.resolve("documents")),
                    "the copy is inside the store folder");
            assertEquals(null, all.get(1).file());
            new PlanRepository(db).delete(planId);
            assertEquals(List.of(), new ReportingRuleRepository(db).rules(planId), "a plan's rules go with it");
        }
    }

    @Test
    void aBackupCarriesTheAttachedFilesAndARestoreBringsThemBack() throws IOException {
        Path stored;
        try (Database db = Database.open(dir)) {
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            IssuedDocument d = register.add(DECISION, pdf("QĐ 12.pdf")).document();
            stored = register.fileOf(d).orElseThrow();
        }
        // a migration backs the store up first: the backup must hold the register's files with the store file
        try (Database db = Database.open(dir, "classpath:db/migration", "classpath:db/testmigration")) {
            assertEquals(1, new DocumentRepository(db).list().size());
        }
        Path backup;
        try (Stream<Path> zips = Files.list(dir.resolve("backups"))) {
            backup = zips.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        assertTrue(Backups.readable(backup));
        try (Stream<Path> left = Files.list(dir.resolve("backups"))) {
            assertEquals(1, left.count(), "no part file is left beside the backup");
        }
        // the store is lost with its documents folder; the backup alone brings both back
        Files.delete(dir.resolve("plandesk.mv.db"));
        Files.delete(stored);
        Files.delete(dir.resolve("documents"));
        Database.restoreBackup(dir, backup);
        assertArrayEquals(PDF, Files.readAllBytes(stored));
        try (Database db = Database.open(dir, "classpath:db/migration", "classpath:db/testmigration")) {
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            IssuedDocument d = register.list().get(0);
            assertEquals(DECISION.summary(), d.summary());
            assertArrayEquals(PDF, Files.readAllBytes(register.fileOf(d).orElseThrow()));
        }
    }

    @Test
    void aRestoreAddsFilesAndNeverOverwritesOnesAlreadyThere() throws IOException {
        try (Database db = Database.open(dir)) {
            new DocumentRegister(new DocumentRepository(db)).add(DECISION, pdf("a.pdf"));
        }
        try (Database db = Database.open(dir, "classpath:db/migration", "classpath:db/testmigration")) {
            assertNotNull(db.folder());
        }
        Path backup;
        try (Stream<Path> zips = Files.list(dir.resolve("backups"))) {
            backup = zips.findFirst().orElseThrow();
        }
        Path other = dir.resolve("documents").resolve("kept.pdf");
        Files.write(other, PDF);
        Database.restoreBackup(dir, backup);
        assertArrayEquals(PDF, Files.readAllBytes(other), "a file the backup does not hold stays");
        try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
