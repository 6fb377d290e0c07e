package vn.plandesk.service.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.docx.AppendixDocxRoundTripTest;
import vn.plandesk.io.xlsx.AppendixXlsxRoundTripTest;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.SampleLibrary;

/**
 * Documents PlanDesk did not write: the Word exports of four bundled plans opened and saved again by LibreOffice (Word
 * → ODT → Word), and the same exports saved as PDF by LibreOffice, kept as test resources, import, recognised by their
 * content, with the same tasks and details. Scans and encrypted PDFs are refused with their own sentence; damaged or
 * unknown files with one sentence.
 */
class ImportDocumentTest {
    private final ImportXlsxService imports = new ImportXlsxService(null);

    @ParameterizedTest
    // the 2026 plan's tasks are in its body: it imports with no table at all
    @ValueSource(strings = {"chon-thanh-ward-plan.docx", "province-2025-appendix-ii.docx", "kh92-2025-partial.docx",
            "province-2026-plan.docx"})
    void documentsResavedByLibreOfficeImportAsPlanDeskWroteThem(String file) throws IOException {
        Plan expected = new SampleLibrary().plan(file.replace(".docx", ".json"));
        assertImportsAs(expected, expected, file);
    }

    /**
     * The officer's usual PDF: a Word file saved as PDF by LibreOffice (here PlanDesk's Word exports of the bundled
     * plans). LibreOffice drops the space where it wraps a line at a cell's edge and in centred text, and prints the
     * header repeated on each page at a fixed height, cutting its text; neither may join words or make a task.
     */
    @ParameterizedTest
    @ValueSource(strings = {"chon-thanh-ward-plan.pdf", "province-2025-appendix-ii.pdf", "kh92-2025-partial.pdf",
            "province-2026-plan.pdf"})
    void pdfsLibreOfficeMadeFromWordImportAsTheirPlans(String file) throws IOException {
        Plan expected = new SampleLibrary().plan(file.replace(".pdf", ".json"));
        assertImportsAs(expected, AppendixDocxRoundTripTest.parentCitedAsPrinted(expected), file);
    }

    /** The resource imports with the tables of {@code tables} (as printed) and the details of {@code expected}. */
    private void assertImportsAs(Plan expected, Plan tables, String file) throws IOException {
        // named without extension: the kind is told by the content
        ImportPreview preview = imports.preview(resource(file), "appendix");

        assertTrue(preview.importable());
        // every header PlanDesk prints is known, and a plan whose tasks are in its body has no table to map
        assertFalse(preview.needsMapping());
        assertEquals(List.of(), preview.warnings());
        AppendixXlsxRoundTripTest.assertSameTables(tables, preview.plan());
        if (PlanDocument.BODY.presentIn(expected)) {
            AppendixDocxRoundTripTest.assertSameDetails(expected, preview.plan());
        } else {
            // a plan known only by its appendix prints no body: the appendix's "(Kèm theo …)" line says which plan
            assertEquals(expected.ref(), preview.plan().ref());
        }
    }

    @Test
    void aScanWithoutTextLayerIsRefusedWithItsSentence() throws IOException {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image), 50, 50, 400, 200);
            }
            doc.save(out);
            scan = out.toByteArray();
        }
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> imports.preview(scan, "scan.pdf"));
        assertEquals("pdf.imageOnly", e.key());
    }

    @Test
    void anEncryptedPdfIsRefusedWithItsSentence() throws IOException {
        byte[] locked;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> imports.preview(locked, "locked.pdf"));
        assertEquals("pdf.password", e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%PDF-1.7\n garbage", "PK\u0003\u0004word/document broken", "plain text, not a plan"})
    void damagedOrUnknownFilesAreRefusedWithOneSentence(String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> imports.preview(bytes, "x"));
        assertTrue(List.of("document.damaged", "pdf.notPdf", "docx.notWord", "xlsx.notSpreadsheet")
                .contains(e.key()), e.key());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportDocumentTest.class.getResourceAsStream("/libreoffice/" + name)) {
            return in.readAllBytes();
        }
    }
}
