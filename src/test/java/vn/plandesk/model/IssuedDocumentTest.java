package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a register entry is cited and when two entries are one document. */
class IssuedDocumentTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 29);

    @Test
    void stateAndPartyStyleNumbersAreJoinedAsTheyArePrinted() {
        assertEquals("1945/QĐ-UBND", IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE, "", "")
                .numberAndSymbol());
        assertEquals("1-KH/BCĐ", IssuedDocument.of(DocumentType.KE_HOACH, "1", "KH/BCĐ", DATE, "", "")
                .numberAndSymbol());
        assertEquals("1945/QĐ-UBND ngày 29/10/2025 của UBND tỉnh",
                IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE, "UBND tỉnh", "").citation());
        assertEquals("QĐ-UBND", IssuedDocument.of(DocumentType.QUYET_DINH, "", "QĐ-UBND", DATE, "", "")
                .numberAndSymbol(), "a draft not yet numbered");
        assertEquals("12", IssuedDocument.of(DocumentType.KHAC, "12", "", DATE, "", "").numberAndSymbol());
        assertEquals("", IssuedDocument.of(DocumentType.KHAC, "", "", DATE, "", "").numberAndSymbol());
        assertEquals("ngày 05/9/2025", IssuedDocument.of(DocumentType.KHAC, "", "", LocalDate.of(2025, 9, 5), "", "x")
                .citation());
        assertEquals("của UBND tỉnh", IssuedDocument.of(DocumentType.KHAC, "", "", null, "UBND tỉnh", "x").citation(),
                "a document known only by its issuer");
        assertEquals("12 của UBND tỉnh", IssuedDocument.of(DocumentType.KHAC, "12", "", null, "UBND tỉnh", "x")
                .citation());
    }

    @Test
    void theChairmanAndTheCommitteeNumberInOneBook() {
        IssuedDocument committee = IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE, "UBND tỉnh", "a");
        IssuedDocument chairman = IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE,
                "Chủ tịch UBND tỉnh", "b");
        IssuedDocument spelledOut = IssuedDocument.of(DocumentType.QUYET_DINH, " 1945", "QD-UBND", DATE,
                Normalizer.normalize("Ủy ban nhân dân tỉnh", Normalizer.Form.NFD), "c");
        assertEquals(committee.key(), chairman.key());
        assertEquals(committee.key(), spelledOut.key(), "diacritics, Đ/D and the spelled-out name do not count");
        assertNotEquals(committee.key(), IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND",
                DATE.plusDays(1), "UBND tỉnh", "a").key());
        assertNotEquals(committee.key(), IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND", DATE,
                "UBND phường Chơn Thành", "a").key());
        assertNotEquals(committee.key(), IssuedDocument.of(DocumentType.QUYET_DINH, "1946", "QĐ-UBND", DATE,
                "UBND tỉnh", "a").key());
        assertFalse(committee.repeated());
    }

    @Test
    void aDocumentEnteredWithoutItsTypeIsFiledAsOther() {
        assertEquals(DocumentType.KHAC, new IssuedDocument(null, null, "12", "", DATE, "", "", null, null).type());
    }

    @Test
    void aSymbolSuggestsItsType() {
        assertEquals(DocumentType.QUYET_DINH, DocumentType.fromSymbol("QĐ-UBND"));
        assertEquals(DocumentType.QUYET_DINH, DocumentType.fromSymbol("QD-UBND"));
        assertEquals(DocumentType.KE_HOACH, DocumentType.fromSymbol("KH/BCĐ"));
        assertEquals(DocumentType.HUONG_DAN, DocumentType.fromSymbol("HD-UBND"));
        assertEquals(DocumentType.KHAC, DocumentType.fromSymbol("UBND-KGVX"));
        assertEquals(DocumentType.KHAC, DocumentType.fromSymbol(""));
    }
}
