package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.register.SampleRegisterTest.joined;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.io.json.ReportJson;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.Text;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.register.SampleRegisterTest;
import vn.plandesk.store.Database;
import vn.plandesk.store.ReportRepository;

/**
 * The sample report against the text of seed 003, the PDF's text layer: its lines broken at the page width, blank lines
 * at page breaks, a page number left in the text, and the footnotes at the foot of their pages with their numbers
 * glued to the word that cites them ("kết luận1"). The sample joins the lines into whole paragraphs and cites each
 * footnote as [^n]; these tests read it back against the seed both ways: every paragraph occurs in the seed as it is
 * written, and the seed's text from "Kính gửi" to the signer's name is the sample's, in order, nothing dropped or added.
 */
class SampleReportTest {
    private static final Report SAMPLE = new SampleLibrary().report();
    private static final Pattern CITATION = Pattern.compile("\\[\\^(\\d+)]");
    private static List<String> seed;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = SampleReportTest.class.getResourceAsStream(SampleRegisterTest.SEED)) {
            seed = Text.nfc(new String(in.readAllBytes(), StandardCharsets.UTF_8)).lines().toList();
        }
    }

    @Test
    void theHeaderIsTheSeeds() {
        assertEquals("UBND TỈNH ĐỒNG NAI", SAMPLE.parentOrgan());
        assertEquals("SỞ KHOA HỌC VÀ CÔNG NGHỆ", SAMPLE.issuingOrgan());
        assertEquals("Số: " + " ".repeat(6) + "/BC-SKHCN", SAMPLE.numberLine(), "the number left blank");
        assertEquals("Đồng Nai", SAMPLE.locality());
        assertNull(SAMPLE.date(), "the seed leaves the day blank: ngày … tháng … năm 2025");
        assertEquals(List.of("Bộ Khoa học và Công nghệ."), SAMPLE.recipients());
        assertEquals("GIÁM ĐỐC", SAMPLE.signer().title());
        assertEquals("Phạm Văn Trinh", SAMPLE.signer().name());
        assertEquals(List.of(), SAMPLE.signer().authority());
        // the summary is the three lines under "BÁO CÁO"
        assertEquals(squeeze(between("BÁO CÁO", "Kính gửi:")), squeeze(SAMPLE.summary()));
        assertTrue(joined(between("BÁO CÁO", "Kính gửi:")).equals(SAMPLE.summary()), SAMPLE.summary());
    }

    @Test
    void itIsKeptAsSentOfNoPlan() {
        assertEquals(ReportKind.AD_HOC, SAMPLE.kind(), "a report of 11 months, on request");
        assertNull(SAMPLE.period());
        assertEquals(LocalDate.of(2025, 11, 18), SAMPLE.asOf());
        assertEquals(ReportState.SENT, SAMPLE.state());
        assertTrue(SAMPLE.sent());
        assertEquals(1, SAMPLE.version());
        assertNull(SAMPLE.planId());
        assertNull(SAMPLE.id());
        assertNull(SAMPLE.previousVersion());
    }

    @Test
    void theSectionsAreTheSeeds() {
        // each section by its number as printed, its parts in brackets; 12 repeats 11's numbers as the seed does
        String expected = "I.[1. 2.[2.1 2.2 2.3] 3.[3.1 3.2 3.3] 4.[4.1.[a) b) c)] 4.2.[a) b)] 4.3.[a) b) c)] 4.4."
                + " 4.5.[a) b) c)] 4.6.[a) b) c)] 4.7.[a) b) c)] 4.8.[a) b) c)]] 5.[5.1.[a) b)] 5.2.[a) b) c)]"
                + " 5.3.[a) b)] 5.4.[a) b)] 5.5.[a) b)]] 6.[6.1.[a) b)] 6.2.[a) b) c)]] 7.[7.1. 7.2.] 8.[8.1. 8.2.]"
                + " 9.[9.1. 9.2.] 10.[10.1. 10.2.] 11.[11.1. 11.2. 11.3.] 12.[12.1. 11.2. 11.3.]]"
                + " II.[1. 2. 3. 4.[4.1. 4.2. 4.3. 4.4. 4.5. 4.6. 4.7. 4.8.] 5. 6. 7. 8.] III.[1. 2.]";
        assertEquals(expected, outline(SAMPLE.sections()));
        assertEquals("I. TÌNH HÌNH THỰC HIỆN, KẾT QUẢ ĐẠT ĐƯỢC", SAMPLE.sections().get(0).heading());
        assertEquals("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", SAMPLE.sections().get(1).heading());
        assertEquals("III. ĐỀ XUẤT, KIẾN NGHỊ", SAMPLE.sections().get(2).heading());
        // III.2's recommendations are numbered paragraphs, 2.3's followed by its bullet lines
        List<String> recommendations = SAMPLE.sections().get(2).sections().get(1).paragraphs();
        assertEquals(List.of("2.1", "2.2", "2.3", "-", "-", "-", "-", "-"),
                recommendations.stream().map(p -> p.substring(0, p.indexOf(' '))).toList());
    }

    @Test
    void everyTopicHasItsPartsUnderTheSeedsNames() {
        int parts = 0;
        for (BodySection topic : SAMPLE.sections().get(0).sections()) {
            for (BodySection part : partsOf(topic)) {
                List<BodySection> three = part.sections().isEmpty() ? List.of() : part.sections();
                for (BodySection p : three.isEmpty() ? List.of(part) : three) {
                    String label = p.heading().substring(0, p.heading().indexOf(' '));
                    String expected = switch (label.replaceAll("^\\d+\\.", "").replace(".", "")) {
                        case "1", "a)" -> "kết quả đạt được";
                        case "2", "b)" -> "Tồn tại, hạn chế";
                        case "3", "c)" -> "Nguyên nhân";
                        default -> throw new AssertionError(p.heading());
                    };
                    assertTrue(p.heading().contains(expected), p.heading());
                    parts++;
                }
            }
        }
        assertEquals(56, parts);
    }

    /** A topic's parts: "2.1 …" under 2, or the a) b) c) of each of 4.1 … 4.8; 1 and 4.4 have none. */
    private static List<BodySection> partsOf(BodySection topic) {
        return topic.sections().stream().filter(s -> !s.sections().isEmpty() || isPart(s.heading())).toList();
    }

    private static boolean isPart(String heading) {
        return heading.matches("\\d+\\.\\d\\.? (Tình hình|Tồn tại|Nguyên nhân).*");
    }

    @Test
    void everyParagraphIsInTheSeedAsWritten() {
        String text = " " + joined(body()) + " ";
        List<String> missing = new ArrayList<>();
        for (String p : allText()) {
            if (!Pattern.compile(asSeedPrintsIt(p)).matcher(text).find()) {
                missing.add(p);
            }
        }
        assertEquals(List.of(), missing, "paragraphs not in the seed as written");
        for (String p : allText()) {
            assertEquals(p.strip().replaceAll("\\s+", " "), p, "whitespace normalised: " + p);
            assertEquals(Text.nfc(p), p);
        }
    }

    @Test
    void theSeedFromKinhGuiToTheSignerIsTheSamplesTextNothingDropped() {
        StringBuilder sample = new StringBuilder("Kính gửi:");
        SAMPLE.recipients().forEach(sample::append);
        allText().forEach(sample::append);
        sample.append("Nơi nhận:");
        SAMPLE.distribution().forEach(sample::append);
        sample.append(SAMPLE.signer().title()).append(SAMPLE.signer().name());
        String seedText = squeeze(body());
        String sampleText = squeeze(CITATION.matcher(sample).replaceAll("$1"));
        int at = 0;
        while (at < Math.min(seedText.length(), sampleText.length())
                && seedText.charAt(at) == sampleText.charAt(at)) {
            at++;
        }
        assertEquals(seedText.length(), at, "the sample leaves the seed at: …"
                + seedText.substring(Math.max(0, at - 60), Math.min(seedText.length(), at + 60)) + "…\n sample: …"
                + sampleText.substring(Math.max(0, at - 60), Math.min(sampleText.length(), at + 60)) + "…");
        assertEquals(seedText, sampleText);
    }

    @Test
    void theFootnotesAreTheSeedsEachCitedOnceInOrder() {
        assertEquals(4, SAMPLE.footnotes().size());
        for (int n = 1; n <= SAMPLE.footnotes().size(); n++) {
            assertEquals(joined(footnoteLines(n)), n + " " + SAMPLE.footnotes().get(n - 1));
        }
        List<String> cited = new ArrayList<>();
        for (String p : allText()) {
            Matcher m = CITATION.matcher(p);
            while (m.find()) {
                cited.add(m.group(1));
            }
        }
        assertEquals(List.of("1", "2", "3", "4"), cited);
    }

    @Test
    void theAppendixIsTheSeedsAndTheRegistersEntryForEntry() throws IOException {
        assertEquals(1, SAMPLE.appendices().size());
        ReportAppendix a = SAMPLE.appendices().get(0);
        assertEquals(ReportAppendix.Kind.DOCUMENTS, a.kind());
        assertEquals("PHỤ LỤC", a.label());
        assertEquals(joined(between("PHỤ LỤC", "(Tính đến 18/11/2025)")), a.title());
        assertEquals("(Tính đến 18/11/2025)", a.note());
        assertEquals(List.of("STT", "Tên văn bản"), a.columns());
        List<String> entries = SampleRegisterTest.seedEntries();
        List<IssuedDocument> register = new SampleLibrary().register();
        assertEquals(56, a.rows().size());
        for (int i = 0; i < a.rows().size(); i++) {
            ReportAppendix.Row row = a.rows().get(i);
            assertEquals(List.of(String.valueOf(i + 1), entries.get(i)), row.cells());
            assertTrue(SampleRegisterTest.cites(row.cells().get(1), register.get(i)),
                    "row " + (i + 1) + " against the register: " + row.cells().get(1) + "\n " + register.get(i));
        }
    }

    @Test
    void theShippedFileIsInTheCanonicalLayout() throws IOException {
        byte[] shipped;
        try (InputStream in = SampleLibrary.class.getResourceAsStream("/samples/" + SampleLibrary.REPORT)) {
            shipped = in.readAllBytes();
        }
        String text = new String(shipped, StandardCharsets.UTF_8);
        assertEquals(text, new ReportJson().writeString(SAMPLE));
        assertEquals(Text.nfc(text), text);
    }

    @Test
    void aNewStoreHoldsTheSampleReportOnceAndStartingAgainAddsNothing(@TempDir Path dir) {
        try (Services s = Services.open(dir)) {
            assertTrue(s.isNew());
            s.plans().loadSamples();
        }
        try (Services s = Services.open(dir)) {
            s.plans().loadSamples();
        }
        try (Database db = Database.open(dir)) {
            List<Report> stored = new ReportRepository(db, new ReportText()).list();
            assertEquals(1, stored.size(), "the sample report once");
            assertEquals(SAMPLE.withId(stored.get(0).id()), stored.get(0));
        }
    }

    // --- the seed's text ---

    /** The paragraphs and headings of the report in reading order, from the Căn cứ to the closing. */
    private static List<String> allText() {
        List<String> out = new ArrayList<>(SAMPLE.introduction());
        SAMPLE.sections().forEach(s -> walk(s, out));
        out.addAll(SAMPLE.closing());
        return out;
    }

    private static void walk(BodySection s, List<String> out) {
        out.add(s.heading());
        out.addAll(s.paragraphs());
        s.sections().forEach(c -> walk(c, out));
    }

    private static String outline(List<BodySection> sections) {
        return sections.stream().map(s -> s.heading().substring(0, s.heading().indexOf(' '))
                        + (s.sections().isEmpty() ? "" : "[" + outline(s.sections()) + "]"))
                .collect(Collectors.joining(" "));
    }

    /** The seed's lines from "Kính gửi:" to the signer's name, without the footnotes and the page number. */
    private static List<String> body() {
        int from = indexOf("Kính gửi:");
        int to = indexOf("Phạm Văn Trinh");
        List<String> lines = new ArrayList<>(seed.subList(from, to + 1));
        for (int n = SAMPLE.footnotes().size(); n >= 1; n--) {
            List<String> note = footnoteLines(n);
            int at = indexOf(note.get(0)) - from;
            lines.subList(at, at + note.size()).clear();
        }
        lines.removeIf(l -> l.strip().matches("\\d{1,3}")); // the page number the text layer kept (26)
        return lines;
    }

    /** The lines of footnote n at the foot of its page: from "n …" to the line before the page's next one. */
    private static List<String> footnoteLines(int n) {
        String note = SAMPLE.footnotes().get(n - 1);
        int at = 0;
        while (!seed.get(at).startsWith(n + " " + note.substring(0, 20))) {
            at++;
        }
        List<String> lines = new ArrayList<>();
        int length = 0;
        while (length < squeeze(n + note).length()) {
            lines.add(seed.get(at));
            length += squeeze(seed.get(at++)).length();
        }
        return lines;
    }

    private static int indexOf(String line) {
        for (int i = 0; i < seed.size(); i++) {
            if (seed.get(i).strip().startsWith(line.strip())) {
                return i;
            }
        }
        throw new AssertionError("not in the seed: " + line);
    }

    /** The lines after the one starting with {@code first}, up to the one starting with {@code last} (excluded). */
    private static List<String> between(String first, String last) {
        return seed.subList(indexOf(first) + 1, indexOf(last));
    }

    /** The text without any whitespace: what survives the PDF's line breaks and spacing whatever they were. */
    private static String squeeze(CharSequence text) {
        return text.toString().replaceAll("\\s+", "");
    }

    private static String squeeze(List<String> lines) {
        return squeeze(String.join("", lines));
    }

    /** A paragraph as the seed prints it: its footnote citations as the bare number, glued or after a space. */
    private static String asSeedPrintsIt(String paragraph) {
        StringBuilder regex = new StringBuilder();
        Matcher m = CITATION.matcher(paragraph);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(paragraph.substring(last, m.start()))).append(" ?").append(m.group(1));
            last = m.end();
        }
        return regex.append(Pattern.quote(paragraph.substring(last))).toString();
    }
}
