package vn.plandesk.service.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Text;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleLibrary;

/**
 * The sample register against the text of seed 003's appendix "(Tính đến 18/11/2025)": entry for entry, every field,
 * its repeated entries flagged.
 */
public class SampleRegisterTest {
    /** The seed's text as the source documents give it, kept with the tests so that they run on a fresh clone. */
    public static final String SEED = "/seeds/003_dd7ee7efefcaa9e0.txt";
    private static final List<IssuedDocument> SAMPLE = new SampleLibrary().register();

    /** The appendix's entries as printed: lines joined, a line ending in "-" joined without a space (71/NQ-\nCP). */
    public static List<String> seedEntries() throws IOException {
        List<String> lines;
        try (java.io.InputStream in = SampleRegisterTest.class.getResourceAsStream(SEED)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        int start = 0;
        while (!lines.get(start).startsWith("STT Tên văn bản")) {
            start++;
        }
        String all = " " + Text.nfc(joined(lines.subList(start + 1, lines.size()))) + " ";
        List<int[]> starts = new ArrayList<>();
        int from = 0;
        for (int n = 1; ; n++) {
            Matcher m = Pattern.compile(" " + n + " (?=Quyết|Kế|Công|Hướng)").matcher(all);
            if (!m.find(from)) {
                break;
            }
            starts.add(new int[] {m.start(), m.end()});
            from = m.end();
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : all.length();
            entries.add(all.substring(starts.get(i)[1], end).strip());
        }
        return entries;
    }

    /**
     * The seed's lines as one text: blank lines dropped, lines joined by a space, or glued after a "-" that ends a
     * symbol ("71/NQ-" "CP"), runs of whitespace as one space.
     */
    public static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean glued = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                    && text.charAt(text.length() - 2) != ' ';
            text.append(glued || text.length() == 0 ? "" : " ").append(l);
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @Test
    void everyEntryMatchesTheSeedFieldByField() throws IOException {
        List<String> seed = seedEntries();
        assertEquals(56, seed.size(), "the appendix lists 56 documents");
        assertEquals(seed.size(), SAMPLE.size());
        for (int i = 0; i < seed.size(); i++) {
            IssuedDocument d = SAMPLE.get(i);
            assertTrue(cites(seed.get(i), d), "entry " + (i + 1) + ":\n seed:   " + seed.get(i) + "\n sample: " + d);
        }
    }

    /** Whether an entry's text as the seed prints it names the register entry, field by field. */
    public static boolean cites(String text, IssuedDocument d) {
        String label = Pattern.quote(Messages.bundle(Messages.VIETNAMESE).getString(d.type().labelKey()));
        int day = d.date().getDayOfMonth();
        int month = d.date().getMonthValue();
        String date = "0?" + day + "/0?" + month + "/" + d.date().getYear();
        String issuer = d.issuer().isEmpty() ? "" : " của " + Pattern.quote(d.issuer());
        // number, symbol, date, issuer and summary each in its place; only the type's capitals vary ("Kế Hoạch")
        String cited = "(?iu:" + label + ")( số)? " + Pattern.quote(d.numberAndSymbol()) + " ngày " + date
                + issuer + " " + Pattern.quote(d.summary());
        // entry 20 glues the issuer to the symbol: "1173/QĐ-UBND tỉnh ngày 05/9/2025 về …"
        String glued = "(?iu:" + label + ")( số)? " + Pattern.quote(d.numberAndSymbol()) + " tỉnh ngày " + date
                + " " + Pattern.quote(d.summary());
        return text.matches(cited) || (d.issuer().equals("UBND tỉnh") && text.matches(glued));
    }

    @Test
    void theTypesAreTheSeedsAndItsRepeatedEntriesAreFlagged() {
        Map<DocumentType, Long> types = SAMPLE.stream()
                .collect(Collectors.groupingBy(IssuedDocument::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(DocumentType.QUYET_DINH, 20L, DocumentType.KE_HOACH, 26L, DocumentType.CONG_VAN, 9L,
                DocumentType.HUONG_DAN, 1L), types);
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < SAMPLE.size(); i++) {
            if (SAMPLE.get(i).repeated()) {
                repeated.add(i + 1);
            }
        }
        // 11 repeats 2 (1945/QĐ-UBND of 29/10/2025, there of the UBND, here of its Chủ tịch); 12 and 16 repeat 3
        assertEquals(List.of(11, 12, 16), repeated);
        assertEquals(SAMPLE.get(1).key(), SAMPLE.get(10).key());
        assertEquals(SAMPLE.get(2).key(), SAMPLE.get(11).key());
        assertEquals(SAMPLE.get(2).key(), SAMPLE.get(15).key());
        assertEquals(53, SAMPLE.stream().map(IssuedDocument::key).distinct().count());
    }

    @Test
    void theFirstStartLoadsTheRegisterWithThePlansAndAgainAddsNothing(@TempDir Path dir) {
        try (Services s = Services.open(dir)) {
            List<IssuedDocument> stored = s.documents().list();
            assertEquals(56, stored.size());
            assertEquals(stored.get(1).id(), stored.get(10).repeatOf());
            assertEquals(stored.get(2).id(), stored.get(11).repeatOf());
            assertEquals(stored.get(2).id(), stored.get(15).repeatOf());
            for (int i = 0; i < stored.size(); i++) {
                IssuedDocument d = stored.get(i);
                assertEquals(SAMPLE.get(i).withId(d.id()).withRepeatOf(d.repeatOf()), d);
            }
            s.plans().loadSamples();
            assertEquals(56, s.documents().list().size(), "loading the samples again adds nothing");
            // the officer corrects the summary of entry 2 and of its repeat 11: both stay, 11 still flagged
            IssuedDocument second = stored.get(1);
            IssuedDocument fixed = new IssuedDocument(second.id(), second.type(), second.number(), second.symbol(),
                    second.date(), second.issuer(), second.summary() + ".", null, null);
            assertEquals(fixed, s.documents().edit(fixed));
            IssuedDocument eleventh = stored.get(10);
            IssuedDocument fixedRepeat = new IssuedDocument(eleventh.id(), eleventh.type(), eleventh.number(),
                    eleventh.symbol(), eleventh.date(), eleventh.issuer(), "sửa", null, null);
            assertEquals(second.id(), s.documents().edit(fixedRepeat).repeatOf());
            assertEquals(stored.get(1).id(), s.documents().list().get(10).repeatOf());
        }
    }

    @Test
    void theShippedRegisterIsInTheCanonicalLayout() throws IOException {
        byte[] shipped;
        try (var in = SampleLibrary.class.getResourceAsStream("/samples/" + SampleLibrary.REGISTER)) {
            shipped = in.readAllBytes();
        }
        assertEquals(new String(shipped, StandardCharsets.UTF_8),
                new String(new vn.plandesk.io.json.DocumentsJson().writeRegister(SAMPLE), StandardCharsets.UTF_8));
    }
}
