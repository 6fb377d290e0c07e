package vn.plandesk.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The entries of an .xlsx, found by the zip's central directory as Excel finds them. Reading the local headers one
 * after the other (the JDK's ZipInputStream) fails on workbooks written as a stream, POI's SXSSF among them, whose
 * entries end with 64-bit data descriptors: Excel opens those files, so PlanDesk must too.
 */
final class XlsxZip {
    /** What is done with each entry. */
    @FunctionalInterface
    interface EntryReader {
        void read(String name, InputStream content) throws IOException;
    }

    private XlsxZip() {
    }

    /**
     * Gives each file entry, in the order its bytes stand in the zip, to the reader.
     *
     * @throws IOException when the zip cannot be read (no central directory, an entry compressed in a way not
     *                     supported, a damaged stream)
     */
    static void forEachEntry(byte[] file, EntryReader reader) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (e.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    reader.read(e.getName(), in);
                }
            }
        }
    }
}
