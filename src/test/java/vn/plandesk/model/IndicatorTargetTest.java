package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTargetTest {
    @Test
    void comparedValuesWithVietnameseNumbers() {
        IndicatorTarget t = IndicatorTarget.parse("≥ 01");
        assertEquals(IndicatorTarget.Comparator.AT_LEAST, t.comparator());
        assertEquals(0, BigDecimal.ONE.compareTo(t.value()));

        IndicatorTarget qualified = IndicatorTarget.parse("≥ 02 khu vực");
        assertEquals(IndicatorTarget.Comparator.AT_LEAST, qualified.comparator());
        assertEquals("khu vực", qualified.qualifier());

        IndicatorTarget decimal = IndicatorTarget.parse("> 0,7");
        assertEquals(IndicatorTarget.Comparator.MORE_THAN, decimal.comparator());
        assertEquals(0, new BigDecimal("0.7").compareTo(decimal.value()));

        assertEquals(IndicatorTarget.Comparator.AT_MOST, IndicatorTarget.parse("≤ 25").comparator());
        assertEquals(0, new BigDecimal("1008").compareTo(IndicatorTarget.parse("1.008").value()));
        assertEquals(IndicatorTarget.Comparator.EQUAL, IndicatorTarget.parse("100").comparator());
    }

    @Test
    void rangesAndText() {
        IndicatorTarget range = IndicatorTarget.parse("16-18");
        assertEquals(IndicatorTarget.Comparator.RANGE, range.comparator());
        assertEquals(0, new BigDecimal("16").compareTo(range.value()));
        assertEquals(0, new BigDecimal("18").compareTo(range.upper()));

        IndicatorTarget text = IndicatorTarget.parse("Trong nhóm dẫn đầu cả nước");
        assertEquals(IndicatorTarget.Comparator.TEXT, text.comparator());
        assertNull(text.value());

        IndicatorTarget sentence = IndicatorTarget.parse("100% hệ thống thông tin được bảo đảm an toàn theo cấp độ");
        assertEquals(IndicatorTarget.Comparator.TEXT, sentence.comparator(), "a figure that opens a sentence");
        assertEquals(IndicatorTarget.Comparator.NONE, IndicatorTarget.parse("").comparator());
    }

    @Test
    void aFigureWithUpToFourWordsAfterItIsANumberAndALongerOneIsText() {
        IndicatorTarget four = IndicatorTarget.parse("≥ 90 % hộ gia đình");
        assertEquals(IndicatorTarget.Comparator.AT_LEAST, four.comparator());
        assertEquals(0, new BigDecimal("90").compareTo(four.value()));
        assertEquals("% hộ gia đình", four.qualifier());
        assertEquals(IndicatorTarget.Comparator.TEXT, IndicatorTarget.parse("100 % trường học có wifi").comparator(),
                "five words");
    }

    @Test
    void aFigureGroupedWithASpaceIsNotReadAsItsFirstDigits() {
        // "1 000 người" is a thousand, not 1 with "000 người" after it: left to the officer
        IndicatorTarget spaced = IndicatorTarget.parse("1 000 người");
        assertEquals(IndicatorTarget.Comparator.TEXT, spaced.comparator());
        assertNull(spaced.value());
        assertEquals(IndicatorTarget.Comparator.TEXT, IndicatorTarget.parse("≥ 2 500 lượt").comparator());
    }
}
