package vn.plandesk.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;

/**
 * A report on a plan, as a document: what seed 003 is (the Sở KHCN's report to the Ministry) and what the ward sends
 * every quarter, half-year and year. Drafting fills it from the store; from then on it is the officer's text, kept whole,
 * so that a report once sent never changes when progress does.
 *
 * <p>A footnote is cited in a paragraph as {@code [^n]}, n counting from 1 into {@link #footnotes}; printing turns it
 * into a superscript number and puts the note at the foot of the page.
 *
 * @param id              the store's key; null outside the store
 * @param planId          the plan reported on; null for a report of no stored plan (the bundled sample)
 * @param kind            quý, 6 tháng, năm, đột xuất
 * @param period          the period covered; null only for an ad-hoc report, which says its own reach (asOf)
 * @param asOf            the day the figures refer to ("tính đến ngày …"); null when the period's end
 * @param parentOrgan     the organ above the issuer in the header ("UBND TỈNH ĐỒNG NAI"); blank when none
 * @param issuingOrgan    the issuer in the header ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN")
 * @param locality        the place before the date ("Đồng Nai", "Chơn Thành")
 * @param number          the number, blank until the report is numbered ("Số:      /BC-SKHCN")
 * @param symbol          "BC-UBND", "BC-SKHCN"
 * @param date            the date of issue, null until signed ("ngày    tháng    năm 2025")
 * @param summary         the trích yếu under "BÁO CÁO"
 * @param recipients      "Kính gửi:" lines
 * @param introduction    the Căn cứ paragraph(s) before section I
 * @param sections        I, II, III with their parts, as the plan body's sections
 * @param closing         the closing sentence(s) ("Trên đây là Báo cáo … kính báo cáo./.")
 * @param distribution    the "Nơi nhận:" lines ("- Như kính gửi;", "- Lưu: VT, CĐS.")
 * @param signer          the signature block
 * @param appendices      the tables after the signature
 * @param footnotes       the footnotes' texts, in order
 * @param state           draft or sent; the bundled sample (seed 003) is kept as sent, so it reads but never changes
 * @param version         1 for a first report; a correction of a sent report is the next version
 * @param previousVersion the id of the version this one corrects; null for a first version
 * @param sentAt          when it was marked sent; null while a draft
 */
public record Report(Long id, Long planId, ReportKind kind, ReportPeriod period, LocalDate asOf,
                     String parentOrgan, String issuingOrgan, String locality, String number, String symbol,
                     LocalDate date, String summary, List<String> recipients, List<String> introduction,
                     List<BodySection> sections, List<String> closing, List<String> distribution, Signer signer,
                     List<ReportAppendix> appendices, List<String> footnotes, ReportState state, int version,
                     Long previousVersion, Instant sentAt) {

    public Report {
        if (kind == null) {
            throw new IllegalArgumentException("a report needs its kind");
        }
        if (period == null && kind != ReportKind.AD_HOC) {
            throw new IllegalArgumentException("a periodic report needs its period");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        state = state == null ? ReportState.DRAFT : state;
        parentOrgan = Text.nfc(parentOrgan).strip();
        issuingOrgan = Text.nfc(issuingOrgan).strip();
        locality = Text.nfc(locality).strip();
        number = Text.nfc(number).strip();
        symbol = Text.nfc(symbol).strip();
        summary = Text.nfc(summary).strip();
        recipients = Text.nfcList(recipients);
        introduction = Text.nfcList(introduction);
        sections = Text.copy(sections);
        closing = Text.nfcList(closing);
        distribution = Text.nfcList(distribution);
        signer = signer == null ? Signer.empty() : signer;
        appendices = Text.copy(appendices);
        footnotes = Text.nfcList(footnotes);
    }

    /** Whether it was sent, and so can no longer change. */
    public boolean sent() {
        return state == ReportState.SENT;
    }

    /**
     * Whom it goes to first, as a list of reports names it: the name without the "- " and the ";" or "." that the
     * Kính gửi lines carry ("Phòng Văn hóa – Xã hội"); "" when it names nobody.
     */
    public String firstRecipient() {
        return recipients.isEmpty() ? ""
                : recipients.get(0).strip().replaceFirst("^[-+]\\s*", "").replaceAll("[;.,]+$", "").strip();
    }

    /** "Số: 12/BC-UBND", and "Số:      /BC-UBND" while it has no number, as the header prints it. */
    public String numberLine() {
        return "Số: " + (number.isEmpty() ? "      " : number) + "/" + symbol;
    }

    public Report withId(Long newId) {
        return new Report(newId, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, summary, recipients, introduction, sections, closing, distribution, signer, appendices,
                footnotes, state, version, previousVersion, sentAt);
    }

    /** The same report under another plan (an exchange file read into another store). */
    public Report withPlanId(Long newPlanId) {
        return new Report(id, newPlanId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, summary, recipients, introduction, sections, closing, distribution, signer, appendices,
                footnotes, state, version, previousVersion, sentAt);
    }

    /** The report's text parts replaced, everything else kept: what the officer's edits change. */
    public Report withText(String newSummary, List<String> newRecipients, List<String> newIntroduction,
                           List<BodySection> newSections, List<String> newClosing, List<String> newDistribution) {
        return new Report(id, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, newSummary, newRecipients, newIntroduction, newSections, newClosing, newDistribution, signer,
                appendices, footnotes, state, version, previousVersion, sentAt);
    }

    public Report withSections(List<BodySection> newSections) {
        return withText(summary, recipients, introduction, newSections, closing, distribution);
    }

    /** The header's number and date (given when it is signed). */
    public Report withNumberAndDate(String newNumber, String newSymbol, LocalDate newDate) {
        return new Report(id, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, newNumber, newSymbol,
                newDate, summary, recipients, introduction, sections, closing, distribution, signer, appendices,
                footnotes, state, version, previousVersion, sentAt);
    }

    public Report withSigner(Signer newSigner) {
        return new Report(id, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, summary, recipients, introduction, sections, closing, distribution, newSigner, appendices,
                footnotes, state, version, previousVersion, sentAt);
    }

    public Report withAppendices(List<ReportAppendix> newAppendices) {
        return new Report(id, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, summary, recipients, introduction, sections, closing, distribution, signer, newAppendices,
                footnotes, state, version, previousVersion, sentAt);
    }

    /** The same report naming another version as the one it corrects (its id in another store or file). */
    public Report withPreviousVersion(Long newPrevious) {
        return new Report(id, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, summary, recipients, introduction, sections, closing, distribution, signer, appendices,
                footnotes, state, version, newPrevious, sentAt);
    }

    /** The report as sent at the given moment. */
    public Report sentAt(Instant when) {
        return new Report(id, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, number, symbol,
                date, summary, recipients, introduction, sections, closing, distribution, signer, appendices,
                footnotes, ReportState.SENT, version, previousVersion, when);
    }

    /**
     * A correction of this sent report: a new draft of the next version, with the same text, which the officer then
     * edits. It has no id until stored and no number or date until it is signed.
     */
    public Report correction() {
        return new Report(null, planId, kind, period, asOf, parentOrgan, issuingOrgan, locality, "", symbol, null,
                summary, recipients, introduction, sections, closing, distribution, signer, appendices, footnotes,
                ReportState.DRAFT, version + 1, id, null);
    }
}
