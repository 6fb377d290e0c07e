package vn.plandesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cell's list of units ("Đơn vị chủ trì", "Đơn vị phối hợp") read into unit names, the one rule for every place a
 * list is typed or read: spreadsheets, the task form, pasted text.
 *
 * <p>Commas never separate units: names carry their own ("Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Văn hóa, Thể thao
 * và Du lịch", "Các cơ quan, đơn vị"). The documents separate units with ";" (002: "Phòng Văn hóa - Xã hội; cơ quan,
 * đơn vị"), so where a cell has a ";" only ";" separates and a line break inside a name is a wrapped line. Without a
 * ";" each line is a unit, unless the line plainly goes on from the one before: that one ends in "," "-" "&" or
 * "và", or this one starts in lower case ("Phòng Kinh tế," / "Hạ tầng và Đô thị"). A leading bullet ("-", "+", "•")
 * starts a unit; a trailing "." or ";" is dropped.
 */
public final class UnitList {
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UnitList() {
    }

    /** The units of one cell or typed entry, in order, each NFC and stripped, duplicates and blanks dropped. */
    public static List<String> split(String cell) {
        String s = Text.nfc(cell);
        List<String> out = new ArrayList<>();
        // a blank cell needs no check of its own: its lines are all empty, and an empty unit is dropped
        if (s.indexOf(';') >= 0) {
            for (String part : s.split(";")) {
                add(out, part.lines().map(l -> BULLET.matcher(l.strip()).replaceFirst("")).toList());
            }
            return out;
        }
        List<String> unit = new ArrayList<>();
        String previous = null;
        for (String raw : s.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean bullet = BULLET.matcher(line).find();
            String text = BULLET.matcher(line).replaceFirst("");
            if (previous != null && !bullet && !goesOn(previous, text)) {
                add(out, unit);
                unit = new ArrayList<>();
            } else if (bullet && !unit.isEmpty()) {
                add(out, unit);
                unit = new ArrayList<>();
            }
            unit.add(text);
            previous = text;
        }
        add(out, unit);
        return out;
    }

    /** Whether a line continues the unit of the line before it rather than naming a unit of its own. */
    private static boolean goesOn(String before, String line) {
        String b = before.strip();
        if (b.endsWith(",") || b.endsWith("-") || b.endsWith("&") || b.endsWith(" và") || b.equals("và")) {
            return true;
        }
        int first = line.codePointAt(0);
        return Character.isLetter(first) && Character.isLowerCase(first);
    }

    private static void add(List<String> out, List<String> lines) {
        String u = SPACES.matcher(String.join(" ", lines)).replaceAll(" ").strip();
        u = BULLET.matcher(u).replaceFirst("").strip();
        // no ";" is left here (where there is one it separates), so a trailing "." is all there is to drop
        while (u.endsWith(".")) {
            u = u.substring(0, u.length() - 1).strip();
        }
        if (!u.isEmpty() && !out.contains(u)) {
            out.add(u);
        }
    }
}
