package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.UnitList;

/** The one rule that reads a list of units, on the hard cases of the source documents. */
class UnitListSplitTest {
    @Test
    void commasBelongToTheNames() {
        assertEquals(List.of("Các cơ quan, đơn vị"), UnitList.split("Các cơ quan, đơn vị"));
        assertEquals(List.of("Phòng Kinh tế, Hạ tầng và Đô thị"), UnitList.split("Phòng Kinh tế, Hạ tầng và Đô thị"));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), UnitList.split("Sở Văn hóa, Thể thao và Du lịch"));
        assertEquals(List.of("Các sở, ban, ngành, địa phương"), UnitList.split("Các sở, ban, ngành, địa phương"));
    }

    @Test
    void semicolonsSeparateAndLineBreaksInsideANameAreWraps() {
        // seed 002, tasks 20 and 21, as the cell is printed (wrapped in its narrow column)
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "cơ quan, đơn vị"),
                UnitList.split("Phòng Văn \nhóa - Xã hội; \ncơ quan, đơn \nvị"));
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"),
                UnitList.split("Phòng Văn hóa - Xã hội;\nPhòng Kinh tế,\nHạ tầng và Đô thị."));
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị"),
                UnitList.split("Phòng Văn hóa - Xã hội; Các cơ quan, đơn vị;"));
    }

    @Test
    void withoutSemicolonsEachLineIsAUnitUnlessItGoesOn() {
        assertEquals(List.of("Sở Tài chính", "Sở Nội vụ", "Công an tỉnh"),
                UnitList.split("Sở Tài chính\nSở Nội vụ\nCông an tỉnh"));
        assertEquals(List.of("Phòng Kinh tế, Hạ tầng và Đô thị", "Trạm Y tế"),
                UnitList.split("Phòng Kinh tế,\nHạ tầng và Đô thị\nTrạm Y tế"));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), UnitList.split("Sở Văn hóa, Thể thao và\nDu lịch"));
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), UnitList.split("Phòng Văn hóa -\nXã hội"));
        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Tài chính"),
                UnitList.split("- Sở Khoa học và Công nghệ;\n- Sở Tài chính."));
        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Tài chính"),
                UnitList.split("+ Sở Khoa học và Công nghệ\n+ Sở Tài chính"));
    }

    @Test
    void aLineGoesOnAfterAnAmpersandOrALoneAndOrWhenItStartsInLowerCase() {
        assertEquals(List.of("Phòng Kinh tế & Hạ tầng", "Trạm Y tế"),
                UnitList.split("Phòng Kinh tế &\nHạ tầng\nTrạm Y tế"));
        // a narrow column wraps the "và" onto a line of its own
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), UnitList.split("Sở Văn hóa, Thể thao\nvà\nDu lịch"));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"),
                UnitList.split("Sở Văn hóa, Thể thao\nvà Du lịch\nSở Tài chính"));
        assertEquals(List.of("Ủy ban nhân dân phường", "Công an phường"),
                UnitList.split("Ủy ban nhân dân\nphường\nCông an phường"));
    }

    @Test
    void blankLinesBetweenUnitsNeitherSplitNorJoinThem() {
        assertEquals(List.of("Sở Tài chính", "Sở Nội vụ"), UnitList.split("Sở Tài chính\n\nSở Nội vụ"));
        assertEquals(List.of("Sở Tài chính", "Sở Nội vụ"), UnitList.split("Sở Tài chính\r\n \r\nSở Nội vụ\r\n"));
        assertEquals(List.of("Phòng Kinh tế, Hạ tầng và Đô thị"),
                UnitList.split("Phòng Kinh tế,\n\nHạ tầng và Đô thị"));
    }

    @Test
    void aCellThatStartsWithASemicolonIsStillSeparatedBySemicolonsAlone() {
        assertEquals(List.of("Trạm Y tế"), UnitList.split("; Trạm Y tế"));
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), UnitList.split(";Phòng Văn \nhóa - Xã hội"));
    }

    @Test
    void blanksAndRepeatsAreDropped() {
        assertEquals(List.of(), UnitList.split(""));
        assertEquals(List.of(), UnitList.split(" ;\n "));
        assertEquals(List.of(), UnitList.split(null));
        assertEquals(List.of(), UnitList.split(" \n\t\n"));
        assertEquals(List.of(), UnitList.split("- \n."));
        assertEquals(List.of("Trạm Y tế"), UnitList.split("Trạm Y tế; Trạm  Y tế"));
    }

    /** Every unit of the sample plans reads back whole, alone and in the cell the appendices print. */
    @Test
    void everySampleUnitListReadsBackAsWritten() {
        int lists = 0;
        for (Plan p : new SampleLibrary().plans()) {
            for (PlanTask t : p.allTasks()) {
                for (List<String> units : List.of(t.leadUnits(), t.coordinatingUnits())) {
                    if (units.isEmpty()) {
                        continue;
                    }
                    lists++;
                    assertEquals(units, UnitList.split(String.join(";\n", units)), p.ref() + " " + t.number());
                    for (String u : units) {
                        assertEquals(List.of(u), UnitList.split(u), p.ref() + " " + t.number());
                    }
                }
            }
        }
        assertEquals(true, lists > 100, "the samples list units");
    }
}
