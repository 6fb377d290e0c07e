package vn.plandesk.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plandesk.model.PlanDeskException;

/**
 * Opens a workbook the officer chose, refusing with one clear sentence anything that is not a plain spreadsheet: too
 * big, empty, not a spreadsheet at all, protected by a password, a zip bomb, or damaged. Nothing is read from a file
 * until it passed the checks that can be made on its bytes.
 */
final class WorkbookOpener {
    /** Appendices are a few hundred rows; a file above this is not one an officer received. */
    static final int MAX_BYTES = vn.plandesk.io.InputLimits.MAX_FILE_BYTES;
    /** An .xlsx part expanding more than 100 times its compressed size is a zip bomb, not a spreadsheet. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    /** POI's own zip limits, set once before POI first opens a zip (the appendix reader opens none: its checks do). */
    private static final class PoiZipLimits {
        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }

        static void set() {
            // the static block above does it, once
        }
    }

    private WorkbookOpener() {
    }

    static Workbook open(byte[] bytes, String fileName) {
        if (isOle2(bytes, fileName)) {
            return openOle2(bytes, fileName);
        }
        checkXlsx(bytes, fileName);
        PoiZipLimits.set();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new PlanDeskException(e, "xlsx.password", fileName);
        } catch (IOException | RuntimeException e) {
            throw refusal(e, fileName);
        }
    }

    /**
     * Whether the file is an OLE2 compound file (an old .xls, or an .xlsx encrypted with a password) rather than a zip.
     *
     * @throws PlanDeskException "xlsx.empty" or "xlsx.tooLarge"
     */
    static boolean isOle2(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new PlanDeskException("xlsx.empty", fileName);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PlanDeskException("xlsx.tooLarge", fileName, bytes.length / (1024 * 1024),
                    MAX_BYTES / (1024 * 1024));
        }
        return startsWith(bytes, OLE2);
    }

    /**
     * The checks an .xlsx passes on its bytes before anything is built from it: a zip naming a workbook part, within
     * the limits of {@link XlsxPreflight}.
     *
     * @throws PlanDeskException "xlsx.notSpreadsheet", or the preflight's refusals
     */
    static void checkXlsx(byte[] bytes, String fileName) {
        if (!startsWith(bytes, ZIP) || !hasWorkbookPart(bytes)) {
            throw new PlanDeskException("xlsx.notSpreadsheet", fileName);
        }
        XlsxPreflight.check(bytes, fileName);
    }

    /** An OLE2 file is either an .xlsx encrypted with a password or an old .xls. */
    static Workbook openOle2(byte[] bytes, String fileName) {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new PlanDeskException("xlsx.password", fileName);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                throw new PlanDeskException("xlsx.notSpreadsheet", fileName);
            }
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            throw new PlanDeskException(e, "xlsx.password", fileName);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            throw refusal(e, fileName);
        }
    }

    private static PlanDeskException refusal(Exception e, String fileName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeded the max entry size") || m.contains("max text size")) {
                return new PlanDeskException(e, "xlsx.zipBomb", fileName);
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException
                    || m.contains("No valid entries or contents found")
                    || m.contains("is not a valid workbook") || m.contains("does not contain a workbook")) {
                return new PlanDeskException(e, "xlsx.notSpreadsheet", fileName);
            }
        }
        return new PlanDeskException(e, "xlsx.damaged", fileName);
    }

    /**
     * Whether the zip names an Excel workbook part: a Word document or any other zip is not a spreadsheet. Entry names
     * stand uncompressed in the zip's headers, so they are looked for in the raw bytes and nothing is inflated.
     */
    private static boolean hasWorkbookPart(byte[] bytes) {
        byte[] name = "xl/workbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + name.length <= bytes.length; i++) {
            for (int k = 0; k < name.length; k++) {
                if (bytes[i + k] != name[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
