package vn.plandesk.service.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.store.Database;
import vn.plandesk.store.DocumentRepository;

/**
 * Finding and citing the register's entries, and the limits of what it keeps: a search finds only the entries that
 * hold every word, an entry without a date too; a cited repeat brings its original along; a copy gone from the store
 * folder is not offered; an exchange file's entries are checked like typed ones; a number, symbol and issuer are kept
 * up to their limits and refused past them; a file of 50 MB is kept, one
 * past it refused saying its size.
 */
class RegisterLookupsAndLimitsTest {
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    @TempDir
    Path outside;
    private Database db;
    private DocumentRegister register;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.VIETNAMESE);
        db = Database.open(dir);
        register = new DocumentRegister(new DocumentRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static IssuedDocument document(String number, LocalDate date, String summary) {
        return IssuedDocument.of(DocumentType.KE_HOACH, number, "KH-UBND", date, "UBND phường Chơn Thành", summary);
    }

    @Test
    void aSearchFindsOnlyTheEntriesHoldingEveryWordAnUndatedOneToo() {
        IssuedDocument data = register.add(document("18", LocalDate.of(2026, 3, 15), "về dữ liệu số")).document();
        IssuedDocument undated = register.add(document("", null, "Tuyên truyền chuyển đổi số")).document();
        assertEquals(List.of(data), register.search("du lieu"));
        assertEquals(List.of(undated), register.search("tuyen truyen"));
        assertEquals(List.of(), register.search("ngân sách"));
        assertEquals(Optional.of(data), register.find(data.id()));
        assertEquals(Optional.empty(), register.find(undated.id() + 99));
        assertEquals(Optional.empty(), register.fileOf(undated), "an entry without a file offers none");
    }

    @Test
    void aFoldersRootGivenAsTheFileIsRefusedAsUnreadableAndNothingIsStored() {
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> register.add(document("19", LocalDate.of(2026, 3, 16), "về chuyển đổi số"), dir.getRoot()));
        assertEquals("register.file.unreadable", e.key());
        assertEquals("", e.args()[0], "a root has no file name to tell");
        assertEquals(List.of(), register.search(""));
    }

    @Test
    void aCitedRepeatBringsItsOriginalAlongInTheRegistersOrder() {
        register.loadSamples();
        IssuedDocument repeat = register.list().stream().filter(IssuedDocument::repeated).findFirst().orElseThrow();
        IssuedDocument original = register.get(repeat.repeatOf());
        assertEquals(List.of(original, repeat), register.cited(List.of(repeat.id())));
    }

    @Test
    void aCopyGoneFromTheStoreFolderIsNotOffered() throws IOException {
        Path file = outside.resolve("kh18.pdf");
        Files.write(file, PDF);
        IssuedDocument entry = register.add(document("18", LocalDate.of(2026, 3, 15), "về dữ liệu số"), file)
                .document();
        Path copy = register.fileOf(entry).orElseThrow();
        Files.delete(copy);
        assertEquals(Optional.empty(), register.fileOf(entry));
    }

    @Test
    void anExchangeFilesEntriesAreCheckedLikeTypedOnesAndComeBackStored() {
        assertEquals("register.empty", assertThrows(PlanDeskException.class,
                () -> DocumentRegister.carried(List.of(document("", null, "")))).key());
        List<IssuedDocument> stored = register.addAll(List.of(document("18", LocalDate.of(2026, 3, 15), "về dữ liệu")));
        assertEquals(1, stored.size());
        assertEquals(register.list(), stored);
    }

    @Test
    void aNumberWithoutSymbolIsTypedAsItIs() {
        IssuedDocument e = DocumentRegister.entry("Kế hoạch", "15", "06/11/2025", "UBND phường", "về dữ liệu");
        assertEquals("15", e.number());
        assertEquals("", e.symbol());
    }

    @Test
    void aNumberSymbolAndIssuerAreKeptUpToTheirLimitsAndRefusedPastThem() {
        String fifty = "1".repeat(50);
        assertTrue(register.add(IssuedDocument.of(DocumentType.KE_HOACH, fifty, "S".repeat(50), null,
                "U".repeat(500), "")).document().id() != null);
        for (IssuedDocument tooLong : List.of(
                IssuedDocument.of(DocumentType.KE_HOACH, fifty + "1", "KH", null, "UBND", ""),
                IssuedDocument.of(DocumentType.KE_HOACH, "2", "S".repeat(51), null, "UBND", ""),
                IssuedDocument.of(DocumentType.KE_HOACH, "3", "KH", null, "U".repeat(501), ""))) {
            assertEquals("register.tooLong", assertThrows(PlanDeskException.class, () -> register.add(tooLong)).key());
        }
        assertEquals(1, register.list().size());
    }

    @Test
    void aFileOfFiftyMegabytesIsKept() throws IOException {
        Path scan = outside.resolve("scan.pdf");
        try (RandomAccessFile f = new RandomAccessFile(scan.toFile(), "rw")) {
            f.write(PDF);
            f.setLength(DocumentRegister.MAX_FILE_BYTES);
        }
        IssuedDocument kept = register.add(document("18", LocalDate.of(2026, 3, 15), "về dữ liệu số"), scan)
                .document();
        assertEquals(DocumentRegister.MAX_FILE_BYTES, Files.size(register.fileOf(kept).orElseThrow()));
    }

    @Test
    void aFilePastFiftyMegabytesIsRefusedSayingItsSize() throws IOException {
        Path big = outside.resolve("scan.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write(PDF);
            f.setLength(DocumentRegister.MAX_FILE_BYTES + 1);
        }
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> register.add(document("18", LocalDate.of(2026, 3, 15), "về dữ liệu số"), big));
        assertEquals("register.file.tooLarge", e.key());
        assertEquals(List.of("scan.pdf", 50L, 50L), List.of(e.args()));
        assertEquals(List.of(), register.list());
    }
}
