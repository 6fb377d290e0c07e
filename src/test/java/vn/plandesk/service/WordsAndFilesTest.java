package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanDeskException;

/**
 * The words the officer reads and the files the program writes: a sentence without arguments is printed as written
 * (its apostrophe kept), a refusal inside another is said in the same language, no language set means Vietnamese;
 * an export never takes the place of a folder, and takes a link's place without writing
 * where it pointed; a sample missing from the
 * build is named; the version shown is the build's.
 */
class WordsAndFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void aSentenceWithoutArgumentsKeepsItsApostrophe() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Derive a ward plan from the province's plan", Messages.get("derive.title"));
    }

    @Test
    void aRefusalInsideAnotherIsSaidInTheSameLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        String inner = Messages.of(new PlanDeskException("store.valueTooLongSomewhere"));
        String outer = Messages.get("pdf.cannotWrite", "ra.pdf", new PlanDeskException("store.valueTooLongSomewhere"));
        assertTrue(outer.contains(inner), outer);
        assertFalse(outer.contains("PlanDeskException"), outer);
    }

    @Test
    void noLanguageMeansVietnameseAndAnUnknownKeyIsShownAsItself() {
        Messages.setLocale(Locale.ENGLISH);
        Messages.setLocale(null);
        assertEquals(Messages.VIETNAMESE, Messages.locale());
        assertEquals("Kiểm tra kho dữ liệu", Messages.get("check.title"));
        assertEquals("no.such.key", Messages.get("no.such.key"));
    }

    @Test
    void anExportNeverTakesThePlaceOfAFolder() {
        Path folder = dir.resolve("ke-hoach.pdf");
        assertTrue(folder.toFile().mkdirs());
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> SafeFile.write(folder, "pdf.cannotWrite",
                out -> out.write(1)));
        assertEquals("pdf.cannotWrite", e.key());
        assertTrue(Messages.of(e).endsWith(Messages.get("file.notAFile")), "the reason in words: " + Messages.of(e));
        assertTrue(Files.isDirectory(folder), "the (empty) folder is still there");
    }

    @Test
    void anExportOverALinkTakesTheLinksPlaceAndLeavesTheFileItPointedTo() throws IOException {
        Path real = dir.resolve("that.txt");
        Files.writeString(real, "cũ");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        SafeFile.write(link, "pdf.cannotWrite", out -> out.write("mới".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("mới".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(link));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals("cũ", Files.readString(real), "a planted link does not send the export elsewhere");
    }

    @Test
    void aSampleMissingFromTheBuildIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SampleLibrary.bytes("khong-co.json"));
        assertTrue(e.getMessage().contains("khong-co.json"), e.getMessage());
    }

    @Test
    void theVersionShownIsTheBuildsNeverBlank() {
        assertTrue(AppVersion.get().matches("\\d+\\.\\d+.*|dev"), AppVersion.get());
    }
}
