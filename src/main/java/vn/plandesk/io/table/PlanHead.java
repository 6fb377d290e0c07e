package vn.plandesk.io.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;

/**
 * The details an official document states around its body (Nghị định 30/2020/NĐ-CP): the issuing organ and the Quốc
 * hiệu side by side, "Số: 92/KH-UBND", "Chơn Thành, ngày 15 tháng 9 năm 2025", the document type and its trích yếu,
 * the "Căn cứ …" paragraphs, and at the end "Nơi nhận" beside the signature. A Word file and a PDF each give their
 * paragraphs in reading order (a two-column block left column first); this class reads the details out of them by
 * their words, not by their position on the page.
 *
 * @param parentOrgan  the organ above the issuer ("UBND TỈNH ĐỒNG NAI" above "SỞ …"), "" when none
 * @param issuingOrgan its lines joined by \n
 */
public record PlanHead(String parentOrgan, String issuingOrgan, String number, String symbol, String locality,
                       LocalDate issueDate, String documentType, String summary, List<String> legalBases,
                       List<String> recipients, Signer signer) {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern NUMBER = Pattern.compile("^S[ốo]\\s*:\\s*(\\d*)\\s*/\\s*(\\S+)\\s*$");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(.*?),?\\s*ngày\\s+(\\d{1,2}|\\s*)\\s*tháng\\s+(\\d{1,2}|\\s*)\\s*năm\\s+(\\d{4})\\s*$");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.\\s.*");

    /** Whether the paragraphs hold a document's head: the Quốc hiệu and a "Số:" line. */
    public boolean found() {
        return !issuingOrgan.isEmpty() || !number.isEmpty() || !symbol.isEmpty();
    }

    /**
     * Reads the head from paragraphs in reading order, each possibly of several lines; stops at the appendices
     * ("PHỤ LỤC"). Whatever is not there stays blank.
     */
    public static PlanHead read(List<String> paragraphs) {
        List<String> organ = new ArrayList<>();
        String number = "";
        String symbol = "";
        String locality = "";
        LocalDate date = null;
        String type = "";
        StringBuilder summary = new StringBuilder();
        List<String> bases = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        boolean nation = false;
        boolean afterDate = false;
        boolean summaryDone = false;
        boolean recipientsStarted = false;
        List<String> lines = new ArrayList<>();
        for (String para : paragraphs) {
            String t = Text.nfc(para).replace('\u00A0', ' ').strip();
            if (t.isEmpty()) {
                lines.add("");
            } else {
                t.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            }
        }
        for (String p : lines) {
            String f = Text.fold(p);
            if (p.isEmpty()) {
                if (!summary.isEmpty()) {
                    summaryDone = true;
                }
                continue;
            }
            if (f.startsWith("phu luc")) {
                break;
            }
            Matcher n = NUMBER.matcher(p);
            if (!afterDate && number.isEmpty() && symbol.isEmpty() && n.matches()) {
                number = n.group(1).replaceFirst("^0(\\d)$", "$1");
                symbol = n.group(2);
                continue;
            }
            if (!nation && f.startsWith("cong hoa xa hoi chu nghia viet nam")) {
                nation = true;
                continue;
            }
            if (!nation) {
                organ.add(p);
                continue;
            }
            if (f.startsWith("doc lap") && f.contains("hanh phuc")) {
                continue;
            }
            Matcher d = PLACE_DATE.matcher(p);
            if (!afterDate && d.matches()) {
                locality = d.group(1).strip();
                date = date(d.group(2), d.group(3), d.group(4));
                afterDate = true;
                continue;
            }
            if (!afterDate) {
                continue;
            }
            if (recipientsStarted) {
                if (p.startsWith("-") || p.startsWith("+") || p.startsWith("•")) {
                    recipients.add(p.replaceFirst("^[-+•]\\s*", "").strip());
                } else {
                    signature.add(p);
                }
                continue;
            }
            if (f.startsWith("noi nhan")) {
                recipientsStarted = true;
                continue;
            }
            if (type.isEmpty()) {
                type = p;
                continue;
            }
            if (f.startsWith("can cu")) {
                bases.add(p);
                summaryDone = true;
                continue;
            }
            if (!summaryDone && bases.isEmpty()) {
                if (!summary.isEmpty()) {
                    summary.append(' ');
                }
                summary.append(p);
            } else {
                summaryDone = true;
            }
        }
        String parent = "";
        if (organ.size() > 2 || organ.size() == 2 && !Text.fold(organ.get(0)).equals("uy ban nhan dan")) {
            parent = organ.remove(0);
        }
        return new PlanHead(parent, String.join("\n", organ), number, symbol, locality, date, type,
                summary.toString().replaceAll("\\s+", " ").strip(), bases, recipients, signer(signature));
    }

    /** Authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), then the title, then the name. */
    private static Signer signer(List<String> lines) {
        if (lines.isEmpty()) {
            return Signer.empty();
        }
        List<String> authority = new ArrayList<>();
        String title = "";
        String name = lines.get(lines.size() - 1);
        for (String l : lines.subList(0, lines.size() - 1)) {
            if (AUTHORITY.matcher(l).matches()) {
                authority.add(l);
            } else {
                title = title.isEmpty() ? l : title + " " + l;
            }
        }
        if (lines.size() == 1 && name.equals(name.toUpperCase(VI))) {
            return new Signer(List.of(), name, "");
        }
        return new Signer(authority, title, name);
    }

    private static LocalDate date(String day, String month, String year) {
        if (day.isBlank() || month.isBlank()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The plan with these details in place of its own where the head states them. */
    public Plan applyTo(Plan plan) {
        if (!found()) {
            return plan;
        }
        PlanBuilder b = PlanBuilder.from(plan).parentOrgan(parentOrgan).issuingOrgan(issuingOrgan);
        // a body without an appendix table says the plan is a ward's only by its organ
        if (Text.fold(issuingOrgan).matches("(?s).*\\b(phuong|xa)\\b.*")) {
            b.kind(vn.plandesk.model.PlanKind.WARD);
        }
        if (!number.isEmpty() || !symbol.isEmpty()) {
            b.number(number).symbol(symbol);
        }
        if (!locality.isEmpty()) {
            b.locality(locality);
        }
        if (issueDate != null) {
            b.issueDate(issueDate);
        }
        if (!documentType.isEmpty()) {
            b.documentType(documentType);
        }
        if (!summary.isEmpty()) {
            b.summary(summary);
        }
        if (!legalBases.isEmpty()) {
            b.legalBases(legalBases);
        }
        if (!recipients.isEmpty()) {
            b.recipients(recipients);
        }
        if (!signer.name().isEmpty() || !signer.title().isEmpty()) {
            b.signer(signer);
        }
        return b.build();
    }
}
