package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the model makes of text and records as they come from files of other hands: line ends typed on Windows, white
 * space before a searched word, characters outside the Vietnamese blocks, a plan or deadline whose older file leaves
 * fields out, a deadline said as "trong …". These are the model's own tests, so that mutation testing finds a fault
 * here in milliseconds instead of running every test that builds a plan.
 */
class PlainInputReadAsTheOfficerMeantTest {

    @Test
    void lineEndsOfWindowsAndOldMacFilesBecomeOneLineBreakEach() {
        assertEquals("Dòng 1\nDòng 2\nDòng 3", Text.nfc("Dòng 1\r\nDòng 2\rDòng 3"));
        assertEquals("\nđầu dòng", Text.nfc("\r\nđầu dòng"), "a break at the very start too");
    }

    @Test
    void aSearchKeyHasNoWhiteSpaceBeforeOrAfterItsWords() {
        assertEquals("chuyen doi so", Text.fold("  \tChuyển đổi số  "));
        assertEquals("", Text.fold(" \n "));
    }

    @Test
    void charactersPastTheLatinAndVietnameseBlocksFoldToo() {
        // U+2000 (EN QUAD) is the first character the precomputed table does not hold: still white space
        assertEquals("so 1 so 2", Text.fold("Số 1\u2000Số 2"));
        assertEquals("ⅻ", Text.fold("Ⅻ"), "a Roman numeral sign is lower-cased as well");
    }

    @Test
    void aPlanFromAFileThatLeavesOutItsKindSignerAndNumberingIsAProvincePlanNumberedStraightThrough() {
        Plan p = new Plan(null, null, "", "", "", "", "", "", null, "", "", null, null, null, null, null, null, null,
                null, null, null, null, false);
        assertEquals(PlanKind.PROVINCE, p.kind());
        assertEquals(Signer.empty(), p.signer());
        assertEquals(NumberingScheme.CONTINUOUS, p.numbering());
        assertEquals(List.of(), p.groups());
    }

    @Test
    void onlyGroupsOneToSevenExist() {
        assertThrows(IllegalArgumentException.class, () -> new TaskGroup(0, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TaskGroup(8, "", List.of()));
        assertEquals("I", new TaskGroup(1, "", List.of()).roman());
        assertEquals("VII", new TaskGroup(7, "", List.of()).roman());
    }

    @Test
    void aDeadlineSaidAsWithinAMonthQuarterOrYearIsReadAsWithinIt() {
        assertEquals(Deadline.Relation.DURING, Deadline.of("Trong tháng 6/2026").relation());
        assertEquals(Deadline.Relation.DURING, Deadline.of("Trong quý II/2026").relation());
        assertEquals(Deadline.Relation.DURING, Deadline.of("Trong năm 2026").relation());
        assertEquals(Deadline.Relation.BY, Deadline.of("Trước quý II/2026").relation());
        assertEquals(Deadline.Relation.BY, Deadline.of("Quý II/2026").relation());
    }

    @Test
    void aDeadlineFromAFileThatLeavesOutItsKindIsNone() {
        Deadline d = new Deadline("", new java.util.TreeMap<>(), null, null, null, null, null, false, false, null, null);
        assertEquals(Deadline.Kind.NONE, d.kind());
        assertEquals(Deadline.Relation.BY, d.relation());
    }
}
