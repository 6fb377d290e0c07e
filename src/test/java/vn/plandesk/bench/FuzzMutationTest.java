package vn.plandesk.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The fuzz's mutants: repeatable from the seed, different from the file they come from, a workbook mostly a zip. */
class FuzzMutationTest {
    private static final byte[] JSON = "{\"format\":\"plandesk-plan\",\"plan\":{\"number\":\"12\",\"groups\":[]}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void mutantsAreRepeatableFromTheSeedAndDifferFromTheFile() {
        for (long seed = 0; seed < 50; seed++) {
            assertTrue(Arrays.equals(Fuzz.mutateText(JSON, new Random(seed)), Fuzz.mutateText(JSON, new Random(seed))),
                    "seed " + seed);
        }
        long changed = java.util.stream.LongStream.range(0, 50)
                .filter(seed -> !Arrays.equals(JSON, Fuzz.mutateText(JSON, new Random(seed)))).count();
        assertTrue(changed >= 45, "most mutants differ: " + changed);
    }

    @Test
    void aWorkbookMutantMostOftenStaysAZipWithAnEntryChanged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new String[] {"[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        byte[] workbook = bytes.toByteArray();
        int zips = 0;
        for (long seed = 0; seed < 40; seed++) {
            byte[] m = Fuzz.mutateWorkbook(workbook, new Random(seed));
            assertFalse(Arrays.equals(workbook, m), "seed " + seed);
            if (m.length > 4 && m[0] == 'P' && m[1] == 'K') {
                zips++;
            }
        }
        assertTrue(zips >= 25, "three in four keep the zip: " + zips);
    }

    @Test
    void aSentenceWithWordsOfALibraryIsCaughtAndTheFilesOwnWordsAreNot() {
        assertTrue(Fuzz.leaks("Không nhập tệp FILE: Giá trị sai kiểu hoặc không hợp lệ tại $.plan.issueDate (Cannot "
                + "deserialize value of type `java.time.LocalDate` from String \"15/09/2025\")."));
        assertTrue(Fuzz.leaks("Không lưu được: một giá trị của trường number dài 80 ký tự."));
        assertTrue(Fuzz.leaks("Không lưu được: một giá trị của trường ref_issuer dài 1.218 ký tự."));
        assertTrue(Fuzz.leaks("Đã xảy ra lỗi ngoài dự kiến (IllegalStateException: the sheet is not open)."));
        assertFalse(Fuzz.leaks("Không nhập tệp FILE: Giá trị \"the value\" tại $.plan.groups[0].number không phải "
                + "một giá trị được phép; chỉ được ghi một trong: PROVINCE, WARD, DEPARTMENT."));
        assertFalse(Fuzz.leaks("Không nhập tệp FILE: Giá trị \"x\" tại $.plan.groups[4].tasks[12].flags[0] không phải "
                + "một giá trị được phép; chỉ được ghi một trong: YEAR_INFERRED."), "the format's codes are its words");
    }
}
