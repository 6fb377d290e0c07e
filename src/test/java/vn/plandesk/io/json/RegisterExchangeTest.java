package vn.plandesk.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportingRule;

/** Version 2 of the exchange format: reporting rules and register entries beside the plan; version 1 still reads. */
class RegisterExchangeTest {
    private final PlanJson json = new PlanJson();
    private static final String V1 = "{\"format\":\"plandesk-plan\",\"formatVersion\":1,\"plan\":{\"kind\":\"WARD\","
            + "\"summary\":\"Kế hoạch\",\"groups\":[{\"number\":1,\"tasks\":[{\"name\":\"Tuyên truyền\"}]}]}}";

    private static String v2(String extra) {
        return "{\"format\":\"plandesk-plan\",\"formatVersion\":2,\"plan\":{\"kind\":\"WARD\"}," + extra + "}";
    }

    private PlanDeskException refused(String text) {
        return assertThrows(PlanDeskException.class, () -> json.readFile(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rulesAndDocumentsGoOutAndComeBackWithTheSameBytes() {
        Plan plan = json.read(V1.getBytes(StandardCharsets.UTF_8));
        List<ReportingRule> rules = List.of(new ReportingRule(ReportKind.QUARTER, 10, 3, "Sở Khoa học và Công nghệ",
                "trước ngày 10 của tháng cuối Quý"), new ReportingRule(ReportKind.AD_HOC, 0, 0, "", ""));
        IssuedDocument first = IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND",
                LocalDate.of(2025, 10, 29), "UBND tỉnh", "ban hành Quy chế");
        IssuedDocument repeat = IssuedDocument.of(DocumentType.QUYET_DINH, "1945", "QĐ-UBND",
                LocalDate.of(2025, 10, 29), "Chủ tịch UBND tỉnh", "Ban hành Quy chế").withRepeatOf(0L);
        IssuedDocument party = IssuedDocument.of(DocumentType.KE_HOACH, "1", "KH/BCĐ", null, "", "triển khai");
        ExchangeFile file = new ExchangeFile(plan, rules, List.of(first, repeat, party));
        byte[] bytes = json.write(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"formatVersion\" : 2"));
        assertTrue(text.indexOf("\"plan\"") < text.indexOf("\"reportingRules\"")
                && text.indexOf("\"reportingRules\"") < text.indexOf("\"documents\""), text);
        assertTrue(text.contains("\"repeated\" : true"));
        ExchangeFile back = json.readFile(bytes);
        assertEquals(file, back);
        assertArrayEquals(bytes, json.write(back));
        assertEquals(plan, json.read(bytes), "a reader of the plan alone gets the plan");
    }

    @Test
    void aVersionOneFileStillImports() {
        ExchangeFile old = json.readFile(V1.getBytes(StandardCharsets.UTF_8));
        assertEquals("Tuyên truyền", old.plan().groups().get(0).tasks().get(0).name());
        assertEquals(List.of(), old.reportingRules());
        assertEquals(List.of(), old.documents());
        assertEquals("json.unknownKey", refused(V1.replace("\"formatVersion\":1,", "\"formatVersion\":1,"
                + "\"reportingRules\":[],")).key(), "version 1 had no rules");
    }

    @Test
    void faultsInRulesAndDocumentsAreNamedByTheirPath() {
        PlanDeskException badDay = refused(v2("\"reportingRules\":[{\"kind\":\"YEAR\",\"day\":25,\"month\":11},"
                + "{\"kind\":\"QUARTER\",\"day\":10,\"month\":4}]"));
        assertEquals("json.at", badDay.key());
        assertEquals("$.reportingRules[1]", badDay.args()[0]);
        PlanDeskException kind = refused(v2("\"reportingRules\":[{\"kind\":\"MONTHLY\",\"day\":25,\"month\":1}]"));
        assertEquals("$.reportingRules[0].kind", kind.args()[0]);
        PlanDeskException key = refused(v2("\"documents\":[{\"type\":\"KE_HOACH\",\"number\":\"1\",\"file\":\"x\"}]"));
        assertEquals("json.unknownKey", key.key());
        assertEquals("$.documents[0].file", key.args()[0]);
        PlanDeskException date = refused(v2("\"documents\":[{\"type\":\"KE_HOACH\",\"number\":\"1\","
                + "\"date\":\"29/10/2025\"}]"));
        assertEquals("$.documents[0].date", date.args()[0]);
        PlanDeskException lone = refused(v2("\"documents\":[{\"type\":\"KE_HOACH\",\"number\":\"1\","
                + "\"repeated\":true}]"));
        assertEquals("$.documents[0].repeated", lone.args()[0]);
        PlanDeskException empty = refused(v2("\"documents\":[{\"type\":\"KE_HOACH\"}]"));
        assertEquals("json.missing", empty.key());
        PlanDeskException notList = refused(v2("\"documents\":{}"));
        assertEquals("$.documents", notList.args()[0]);
        PlanDeskException typed = refused(v2("\"documents\":[{\"type\":\"KE_HOACH\",\"number\":12}]"));
        assertEquals("$.documents[0].number", typed.args()[0]);
    }

    @Test
    void aRegisterFileIsCheckedLikeAPlanFile() {
        DocumentsJson documents = new DocumentsJson();
        assertEquals("json.wrongFormat", assertThrows(PlanDeskException.class, () -> documents.readRegister(
                V1.getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("json.wrongVersion", assertThrows(PlanDeskException.class, () -> documents.readRegister(
                "{\"format\":\"plandesk-register\",\"formatVersion\":9,\"documents\":[]}"
                        .getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("json.syntax", assertThrows(PlanDeskException.class, () -> documents.readRegister(
                "{\"format\":\"plandesk-register\",".getBytes(StandardCharsets.UTF_8))).key());
    }
}
