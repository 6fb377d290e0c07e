package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.store.Salvage;

/**
 * The sentences the officer reads after a salvage, from its outcome alone (no store opened): a store only H2's
 * recovery tool could read is told as such, with the warning that the copy may be an older state, and is never called
 * whole; a part of a plan that was lost is named in words, with the plan.
 */
@ExtendWith(InVietnamese.class)
class SalvageReportSentencesTest {
    @TempDir
    Path dir;

    private Path damaged() {
        return dir.resolve("kho");
    }

    private Path target() {
        return dir.resolve("moi");
    }

    @Test
    void aStoreReadByTheRecoveryToolIsToldAsSuchAndNeverCalledWhole() {
        StoreSalvage.Report r = StoreSalvage.report(new Salvage.Result(2, 5, 0, 1, 0, true, List.of()), damaged(),
                target());
        assertFalse(r.whole(), "nothing says that all was saved");
        assertEquals(List.of(
                "Kho dữ liệu " + damaged() + " không mở được; những gì còn đọc được đã được lấy ra bằng công cụ phục hồi"
                        + " của H2.",
                "Đã chép sang kho mới " + target() + ": 2 kế hoạch, 5 kết quả thực hiện, 0 báo cáo, 1 văn bản trong sổ"
                        + " và 0 tệp đính kèm.",
                "Kho bị hỏng nên những gì chép được có thể là một trạng thái cũ hơn của kho, thiếu các thay đổi sau cùng;"
                        + " hãy kiểm tra kho mới trước khi dùng.",
                "Kho bị hỏng " + damaged() + " được giữ nguyên, không có gì được ghi vào nó."), r.lines());
    }

    @Test
    void aLostPartOfAPlanIsNamedInWordsWithThePlan() {
        Salvage.Loss derivation = new Salvage.Loss("salvage.planPartLost",
                List.of("2 (92/KH-UBND)", new Salvage.MessageKey("salvage.part.derivation")));
        Salvage.Loss documents = new Salvage.Loss("salvage.partLost",
                List.of(new Salvage.MessageKey("salvage.part.documents")));
        StoreSalvage.Report r = StoreSalvage.report(new Salvage.Result(1, 0, 0, 0, 0, false,
                List.of(derivation, documents)), damaged(), target());
        assertFalse(r.whole());
        assertEquals(List.of(
                "Không cứu được 2 mục:",
                "  Kế hoạch 2 (92/KH-UBND): không đọc được liên kết với kế hoạch cấp trên; kế hoạch được chép sang"
                        + " không có phần này.",
                "  Không đọc được sổ văn bản từ kho bị hỏng."), r.lines().subList(1, 4));
    }
}
