package vn.plandesk.io.pdf;

import java.util.List;

/** Units in one cell: one a line, since unit names carry commas of their own ("Đơn vị chủ trì, thực hiện"). */
final class Units {
    private Units() {
    }

    static String joined(List<String> units) {
        return String.join(";\n", units);
    }
}
