package vn.plandesk.model.tracking;

import java.time.LocalDate;
import java.util.List;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;

/**
 * What the ward reports for one task in one quarter. The task's deadline is never touched: progress lives beside it.
 *
 * @param taskId        the task's store key
 * @param period        the quarter reported on
 * @param status        where the task stands
 * @param result        "Kết quả thực hiện": what was achieved
 * @param asOf          the day the report refers to ("tính đến ngày …"); null when not given
 * @param unit          the unit that reported it
 * @param shortcomings  "Tồn tại, hạn chế"
 * @param cause         "Nguyên nhân"; for {@link ProgressStatus#NOT_DONE} the reason, which is required
 * @param evidence      evidence in free text ("Báo cáo số 12/BC-UBND …")
 * @param documentIds   documents of the register that prove the result
 */
public record ProgressEntry(long taskId, Period period, ProgressStatus status, String result, LocalDate asOf,
                            String unit, String shortcomings, String cause, String evidence, List<Long> documentIds) {

    /** The longest text of an entry: as the exchange format allows, and far beyond a report's paragraph. */
    public static final int MAX_TEXT = 10_000;

    public ProgressEntry {
        if (period == null || period.kind() != Period.Kind.QUARTER) {
            throw new IllegalArgumentException("progress is recorded per quarter");
        }
        if (status == null) {
            throw new IllegalArgumentException("a progress entry needs a status");
        }
        result = Text.nfc(result).strip();
        unit = Text.nfc(unit).strip();
        shortcomings = Text.nfc(shortcomings).strip();
        cause = Text.nfc(cause).strip();
        evidence = Text.nfc(evidence).strip();
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds.stream().distinct().toList());
        for (String text : List.of(result, unit, shortcomings, cause, evidence)) {
            if (text.length() > MAX_TEXT) {
                throw new PlanDeskException("progress.tooLong", MAX_TEXT);
            }
        }
        if (status == ProgressStatus.NOT_DONE && cause.isEmpty()) {
            throw new PlanDeskException("progress.reasonRequired");
        }
    }

    /** An entry with only a status. */
    public static ProgressEntry of(long taskId, Period period, ProgressStatus status) {
        return new ProgressEntry(taskId, period, status, "", null, "", "", "", "", List.of());
    }

    public ProgressEntry withTaskId(long id) {
        return new ProgressEntry(id, period, status, result, asOf, unit, shortcomings, cause, evidence, documentIds);
    }

    /** Whether something checks the result: a text of evidence or a document of the register. */
    public boolean hasEvidence() {
        return !evidence.isEmpty() || !documentIds.isEmpty();
    }
}
