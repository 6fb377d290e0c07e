package vn.plandesk.service.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;

/** A ward plan travels with its reporting rules and the register, and arrives whole in another store. */
class RegisterExchangeServiceTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    @Test
    void aPlanWithItsRulesAndTheRegisterRoundTripsBetweenStores() {
        byte[] sent;
        List<IssuedDocument> register;
        try (Services s = Services.open(home)) {
            long ward = s.plans().list().stream().filter(p -> p.issuer().contains("Chơn Thành"))
                    .map(PlanSummary::id).findFirst().orElseThrow();
            sent = s.plans().exportJson(ward, true);
            register = s.documents().list();
            assertEquals(s.reporting().rules(ward).size(), 3);
        }
        try (Services s = Services.open(elsewhere, false)) {
            long id = s.plans().importJson(sent);
            assertEquals(3, s.reporting().rules(id).size());
            List<IssuedDocument> arrived = s.documents().list();
            assertEquals(register.size(), arrived.size(), "the repeated entries arrive flagged, as sent");
            for (int i = 0; i < arrived.size(); i++) {
                assertEquals(register.get(i).withId(null).withRepeatOf(null).withFile(null),
                        arrived.get(i).withId(null).withRepeatOf(null));
                assertEquals(register.get(i).repeated(), arrived.get(i).repeated());
            }
            assertArrayEquals(sent, s.plans().exportJson(id, true), "exported again: the same bytes");
            s.plans().importJson(sent);
            assertEquals(register.size(), s.documents().list().size(), "a second import adds no document twice");
            String withoutRegister = new String(s.plans().exportJson(id), StandardCharsets.UTF_8);
            assertEquals(-1, withoutRegister.indexOf("\"documents\""));
        }
    }

    @Test
    void aFileWithABadRuleWritesNothing() {
        String bad = "{\"format\":\"plandesk-plan\",\"formatVersion\":2,\"plan\":{\"kind\":\"WARD\",\"summary\":\"x\"},"
                + "\"documents\":[{\"type\":\"KE_HOACH\",\"number\":\"1\"}],"
                + "\"reportingRules\":[{\"kind\":\"YEAR\",\"day\":40,\"month\":11}]}";
        try (Services s = Services.open(elsewhere, false)) {
            assertThrows(PlanDeskException.class, () -> s.plans().importJson(bad.getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(), s.plans().list());
            assertEquals(List.of(), s.documents().list());
        }
    }
}
