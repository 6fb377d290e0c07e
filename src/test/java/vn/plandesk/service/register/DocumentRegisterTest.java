package vn.plandesk.service.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.store.Database;
import vn.plandesk.store.DocumentRepository;

/** The register's use cases on a real store: duplicates, files, search, edits and removal. */
class DocumentRegisterTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;
    private Database db;
    private DocumentRegister register;

    private static final LocalDate DATE = LocalDate.of(2025, 10, 29);
    private static final IssuedDocument QD_1945 = IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE,
            "UBND tỉnh", "ban hành Quy chế quản lý vận hành và sử dụng Hệ thống Trục liên thông tỉnh Đồng Nai");
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void open() {
        db = Database.open(dir);
        register = new DocumentRegister(new DocumentRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = outside.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private List<Path> copies() throws IOException {
        Path folder = dir.resolve(DocumentRepository.FILES_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void theSameDocumentTwiceIsFlaggedAndNotStoredTwice() throws IOException {
        DocumentRegister.Added first = register.add(QD_1945);
        assertFalse(first.duplicate());
        IssuedDocument byTheChairman = IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE,
                "Chủ tịch UBND tỉnh", "ban hành Quy chế Quản lý, vận hành và sử dụng Hệ thống Trục liên thông");
        DocumentRegister.Added again = register.add(byTheChairman, file("qd.pdf", PDF));
        assertTrue(again.duplicate());
        assertEquals(first.document(), again.document(), "the entry already there is returned");
        assertEquals(1, register.list().size());
        assertEquals(List.of(), copies(), "nothing is copied for a document already held");
        assertTrue(DocumentRegister.describe(again).contains("mục " + first.document().id()));
        assertFalse(register.add(IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE.plusDays(1),
                "UBND tỉnh", "khác")).duplicate(), "another date is another document");
    }

    @Test
    void pdfAndWordFilesAreKeptOthersRefusedWithOneSentence() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        IssuedDocument word = register.add(QD_1945, file("quyết định.docx", docx.toByteArray())).document();
        assertEquals("quyết định.docx", word.file().name());
        assertTrue(word.file().stored().endsWith(".docx"));
        byte[] doc = new byte[512];
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole, 0, doc, 0, ole.length);
        byte[] stream = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stream, 0, doc, 100, stream.length);
        assertEquals(".doc", DocumentRegister.extension(doc));
        // renamed files are told by their bytes
        IssuedDocument pdf = register.attach(word.id(), file("scan.docx", PDF));
        assertTrue(pdf.file().stored().endsWith(".pdf"));
        assertEquals(1, copies().size(), "the replaced copy, used by no entry, is dropped");

        int before = register.list().size();
        List<Path> copiesBefore = copies();
        for (Path bad : List.of(file("bảng.xlsx", xlsx()), file("ghi chú.txt", "Quyết định số 1".getBytes(
                StandardCharsets.UTF_8)), file("ảnh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))) {
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> register.add(
                    IssuedDocument.of(DocumentType.CONG_VAN, "7", "UBND-VHXH", DATE, "UBND phường", "x"), bad));
            assertEquals("register.file.notDocument", e.key());
            assertEquals(bad.getFileName().toString(), e.args()[0]);
        }
        assertEquals("register.file.empty", assertThrows(PlanDeskException.class,
                () -> register.add(IssuedDocument.of(DocumentType.KHAC, "8", "", DATE, "", "y"),
                        file("rỗng.pdf", new byte[0]))).key());
        Path huge = outside.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write(PDF);
            f.setLength(DocumentRegister.MAX_FILE_BYTES + 1);
        }
        assertEquals("register.file.tooLarge", assertThrows(PlanDeskException.class,
                () -> register.add(IssuedDocument.of(DocumentType.KHAC, "9", "", DATE, "", "z"), huge)).key());
        assertEquals(before, register.list().size(), "a refused file stores no entry");
        assertEquals(copiesBefore, copies(), "and copies nothing");
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        register.add(QD_1945);
        register.add(IssuedDocument.of(DocumentType.KE_HOACH, "79", "KH-UBND", LocalDate.of(2025, 9, 5), "UBND tỉnh",
                "ứng phó sự cố bảo đảm an toàn thông tin mạng trên địa bàn tỉnh đồng nai"));
        assertEquals(List.of("79"), register.search("AN TOAN thong tin").stream().map(IssuedDocument::number).toList());
        assertEquals(List.of("1945"), register.search("quyet dinh truc lien thong").stream()
                .map(IssuedDocument::number).toList());
        assertEquals(List.of("79"), register.search("05/09/2025").stream().map(IssuedDocument::number).toList());
        assertEquals(List.of("1945"), register.search("1945/QD").stream().map(IssuedDocument::number).toList());
        assertEquals(2, register.search("  ").size(), "no words: every entry");
        List<IssuedDocument> all = register.list();
        assertEquals(List.of(all.get(1), all.get(0)), register.find(List.of(all.get(1).id(), 999L, all.get(0).id())),
                "evidence by id, in the order asked, a removed id left out");
        assertEquals(List.of(), register.search("chuyển đổi số"));
    }

    @Test
    void anEditThatWouldMakeTwoEntriesOneIsRefused() {
        IssuedDocument a = register.add(QD_1945).document();
        IssuedDocument b = register.add(IssuedDocument.of(DocumentType.QUYET_DINH, "1958", "QĐ-UBND", DATE,
                "UBND tỉnh", "về Quy chế quản lý, vận hành, khai thác Kho dữ liệu số tỉnh Đồng Nai.")).document();
        IssuedDocument clash = new IssuedDocument(b.id(), b.type(), "1945", b.symbol(), b.date(), b.issuer(),
                b.summary(), null, null);
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> register.edit(clash));
        assertEquals("register.sameAsOther", e.key());
        assertEquals(b, register.get(b.id()), "nothing was written");
        IssuedDocument fixed = new IssuedDocument(b.id(), DocumentType.QUYET_DINH, "1958", "QĐ-UBND", DATE,
                "Chủ tịch UBND tỉnh", "sửa trích yếu", null, null);
        assertEquals(fixed, register.edit(fixed));
        assertEquals(fixed, register.get(b.id()));
        assertNotEquals(a, register.get(b.id()));
    }

    @Test
    void aDocumentCitedAsEvidenceIsNotRemovedAnUncitedOneIsWithItsCopy() throws IOException {
        IssuedDocument cited = register.add(QD_1945, file("a.pdf", PDF)).document();
        IssuedDocument sameFile = register.add(IssuedDocument.of(DocumentType.KHAC, "2", "", DATE, "", "b"),
                file("b.pdf", PDF)).document();
        assertEquals(cited.file().stored(), sameFile.file().stored(), "the same bytes are kept once");
        // progress entries keep their evidence links in progress_evidence; the register only counts the links to a
        // document, so two links without their progress rows stand in for two results citing it
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE progress_evidence");
                s.execute("CREATE TABLE progress_evidence (progress_id BIGINT, document_id BIGINT)");
                s.execute("INSERT INTO progress_evidence VALUES (1, " + cited.id() + "), (2, " + cited.id() + ")");
            }
            return null;
        });
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> register.remove(cited.id()));
        assertEquals("register.cited", e.key());
        assertEquals(2, e.args()[1]);
        assertEquals(2, register.list().size());

        register.remove(sameFile.id());
        assertEquals(List.of(cited), register.list());
        assertEquals(1, copies().size(), "the copy still serves the other entry");
        assertTrue(register.fileOf(cited).isPresent());
        assertEquals("register.noSuchDocument",
                assertThrows(PlanDeskException.class, () -> register.remove(sameFile.id())).key());
    }

    @Test
    void anEntryNeedsANumberOrASummary() {
        assertEquals("register.empty", assertThrows(PlanDeskException.class,
                () -> register.add(IssuedDocument.of(DocumentType.CONG_VAN, " ", "UBND-VHXH", DATE, "", " "))).key());
        assertEquals(List.of(), register.list());
    }

    @Test
    void whatTheOfficerTypesBecomesAnEntryOrOneSentence() {
        assertEquals(IssuedDocument.of(DocumentType.QUYET_DINH, "2556", "QĐ-UBND", LocalDate.of(2025, 11, 6),
                "UBND tỉnh", "về Đề án"), DocumentRegister.entry("quyet dinh", "2556/QĐ-UBND", "06/11/2025",
                "UBND tỉnh", "về Đề án"));
        assertEquals(IssuedDocument.of(DocumentType.KE_HOACH, "1", "KH/BCĐ", null, "", "triển khai"),
                DocumentRegister.entry("", "1-KH/BCĐ", "", "", "triển khai"), "the type told by the symbol");
        assertEquals(DocumentType.CONG_VAN, DocumentRegister.entry("CONG_VAN", "229/UBND-VHXH", "05/08/2025", "",
                "x").type());
        assertEquals(DocumentType.HUONG_DAN, DocumentRegister.entry("Hướng dẫn", "3633/HD-UBND", "", "", "x").type());
        assertEquals("register.badType", assertThrows(PlanDeskException.class,
                () -> DocumentRegister.entry("Quyết", "1/QĐ-UBND", "", "", "x")).key());
        assertEquals("register.badDate", assertThrows(PlanDeskException.class,
                () -> DocumentRegister.entry("", "1/QĐ-UBND", "2025-11-06", "", "x")).key());
    }

    @Test
    void eachFileIsKeptWholeApartFromOthersAndDroppedWithItsLastEntry() throws IOException {
        byte[] other = "%PDF-1.7\n% another decision\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        IssuedDocument a = register.add(QD_1945, file("a.pdf", PDF)).document();
        IssuedDocument b = register.add(IssuedDocument.of(DocumentType.KHAC, "2", "", DATE, "", "b"),
                file("b.pdf", other)).document();
        assertNotEquals(a.file().stored(), b.file().stored());
        assertArrayEquals(PDF, Files.readAllBytes(register.fileOf(a).orElseThrow()));
        assertArrayEquals(other, Files.readAllBytes(register.fileOf(b).orElseThrow()));
        assertEquals("a.pdf", register.list().get(0).file().name());

        IssuedDocument detached = register.detach(a.id());
        assertEquals(null, detached.file());
        assertEquals(detached, register.get(a.id()));
        assertEquals(1, copies().size(), "a's copy, used by no entry, is dropped");
        register.remove(b.id());
        assertEquals(List.of(), copies(), "and b's with b");
    }

    @Test
    void theSentencesOfAddingSayWhichHappened() {
        DocumentRegister.Added added = register.add(QD_1945);
        assertEquals("Đã thêm Quyết định số 1945/QĐ-UBND ngày 29/10/2025 của UBND tỉnh vào sổ văn bản (mục "
                + added.document().id() + ").", DocumentRegister.describe(added));
        assertEquals("Quyết định số 1945/QĐ-UBND ngày 29/10/2025 của UBND tỉnh đã có trong sổ văn bản (mục "
                + added.document().id() + "): cùng số, ký hiệu, ngày và cơ quan ban hành nên không thêm lần nữa.",
                DocumentRegister.describe(register.add(QD_1945)));
        assertEquals("Khác", DocumentRegister.describe(IssuedDocument.of(DocumentType.KHAC, "", "", null, "", "x")));
        assertEquals(DocumentType.QUYET_DINH, DocumentRegister.entry("QĐ", "1/UBND", "", "", "x").type());
        assertEquals("register.empty", assertThrows(PlanDeskException.class, () -> register.edit(new IssuedDocument(
                added.document().id(), DocumentType.KHAC, "", "", null, "", "", null, null))).key());
    }

    @Test
    void theSampleRegisterLoadsOnceIntoAnEmptyStore() {
        assertEquals(56, register.loadSamples());
        assertEquals(0, register.loadSamples());
        assertEquals(56, register.list().size());
    }
}
