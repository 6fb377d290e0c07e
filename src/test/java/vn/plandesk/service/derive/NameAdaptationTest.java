package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAdaptationTest {
    private final NameAdaptation ward = new NameAdaptation("phường");

    @Test
    void suggestsTheRewordingsOfSeed002() {
        assertEquals("Xây dựng kế hoạch phủ sóng thông tin di động thế hệ 5G toàn phường",
                ward.adapt("Xây dựng kế hoạch phủ sóng thông tin di động thế hệ 5G toàn tỉnh"));
        assertEquals("Triển khai các chính sách hỗ trợ của địa phương",
                ward.adapt("Triển khai các chính sách hỗ trợ của tỉnh"));
        assertEquals("các dự án trên địa bàn xã", new NameAdaptation("xã").adapt("các dự án trên địa bàn tỉnh"));
        assertEquals(List.of(new NameAdaptation.Suggestion("toàn tỉnh", "toàn phường"),
                        new NameAdaptation.Suggestion("của tỉnh", "của địa phương")),
                ward.suggestions("Tuyên truyền toàn tỉnh về chính sách của tỉnh."));
    }

    @Test
    void leavesNamesAndOtherWordsAlone() {
        String s = "Kế hoạch của Tỉnh ủy, của UBND tỉnh và của tỉnh Đồng Nai; tỉnh thành";
        assertEquals(s, ward.adapt(s));
        assertTrue(ward.suggestions(s).isEmpty());
    }

    @Test
    void dropsTheProvinceNameFromGroupTitles() {
        assertEquals("… và chuyển đổi số", NameAdaptation.groupTitle("… và chuyển đổi số của tỉnh Đồng Nai"));
        assertEquals("… và chuyển đổi số", NameAdaptation.groupTitle("… và chuyển đổi số tỉnh Đồng Nai"));
        assertEquals("… trong doanh nghiệp", NameAdaptation.groupTitle("… trong doanh nghiệp"));
    }

    @Test
    void readsWardNames() {
        assertEquals(new WardIdentity("xã", "Nha Bích", "Nha Bích"), WardIdentity.parse("xã Nha Bích"));
        assertEquals(new WardIdentity("phường", "Chơn Thành", "Chơn Thành"), WardIdentity.parse("UBND phường Chơn Thành"));
        assertEquals(new WardIdentity("phường", "Minh Hưng", "Minh Hưng"), WardIdentity.parse("Minh Hưng"));
        assertEquals("UBND phường Chơn Thành", WardIdentity.parse("Chơn Thành").issuer());
    }
}
