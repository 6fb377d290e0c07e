package vn.plandesk.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.plandesk.io.InputLimits;
import vn.plandesk.model.PlanDeskException;

/**
 * Counts what an .xlsx holds before POI builds it in memory: its parts are inflated as a stream and their rows, cells,
 * merged ranges and shared strings counted by their XML tags. POI's object model costs about a kilobyte per string or
 * row, so a file of a few megabytes can ask for gigabytes; this scan costs time in proportion to the bytes, stops at
 * the first limit passed, and refuses with one sentence.
 */
final class XlsxPreflight {
    private static final byte[] ROW = bytes("<row");
    private static final byte[] CELL = bytes("<c");
    private static final byte[] MERGE = bytes("<mergeCell ");
    private static final byte[] STRING = bytes("<si");

    private XlsxPreflight() {
    }

    static void check(byte[] file, String fileName) {
        long[] inflated = {0};
        long[] cells = {0};
        byte[] buffer = new byte[64 * 1024];
        try {
            XlsxZip.forEachEntry(file, (name, in) -> {
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                boolean strings = name.equals("xl/sharedStrings.xml");
                Counter rows = new Counter(ROW);
                Counter cellTags = new Counter(CELL);
                Counter merges = new Counter(MERGE);
                Counter sis = new Counter(STRING);
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflated[0] += n;
                    if (inflated[0] > InputLimits.MAX_INFLATED_BYTES
                            || inflated[0] > (long) file.length * InputLimits.MAX_INFLATE_RATIO + 1024 * 1024) {
                        throw new PlanDeskException("xlsx.zipBomb", fileName);
                    }
                    if (sheet) {
                        rows.feed(buffer, n);
                        cellTags.feed(buffer, n);
                        merges.feed(buffer, n);
                        if (rows.count > InputLimits.MAX_ROWS) {
                            throw new PlanDeskException("xlsx.tooManyRows", fileName, InputLimits.MAX_ROWS);
                        }
                        if (cells[0] + cellTags.count > InputLimits.MAX_CELLS) {
                            throw new PlanDeskException("xlsx.tooManyCells", fileName, InputLimits.MAX_CELLS);
                        }
                        if (merges.count > InputLimits.MAX_MERGED_REGIONS) {
                            throw new PlanDeskException("xlsx.tooManyMerged", fileName,
                                    InputLimits.MAX_MERGED_REGIONS);
                        }
                    } else if (strings) {
                        sis.feed(buffer, n);
                        if (sis.count > InputLimits.MAX_SHARED_STRINGS) {
                            throw new PlanDeskException("xlsx.tooManyStrings", fileName,
                                    InputLimits.MAX_SHARED_STRINGS);
                        }
                    }
                }
                cells[0] += cellTags.count;
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            throw new PlanDeskException(e, "xlsx.damaged", fileName);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Counts a tag's openings across buffers. The tag must be followed by a blank, '>' or '/' (so "<c" does not count
     * "<col" and "<si" does not count "<sheetView"), which is checked on the byte after the match.
     */
    private static final class Counter {
        private final byte[] tag;
        private int matched;
        long count;

        Counter(byte[] tag) {
            this.tag = tag;
        }

        void feed(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (matched == tag.length) {
                    if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r'
                            || tag[tag.length - 1] == ' ') {
                        count++;
                    }
                    matched = 0;
                }
                if (c == tag[matched]) {
                    matched++;
                } else {
                    matched = c == tag[0] ? 1 : 0;
                }
            }
        }
    }
}
