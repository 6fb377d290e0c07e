package vn.plandesk.model;

import java.util.List;

/**
 * A section of the plan body: its heading as printed ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) …"), its paragraphs,
 * and the sections under it.
 */
public record BodySection(String heading, List<String> paragraphs, List<BodySection> sections) {
    public BodySection {
        heading = Text.nfc(heading).strip();
        paragraphs = Text.nfcList(paragraphs);
        sections = Text.copy(sections);
    }

    public BodySection(String heading, List<String> paragraphs) {
        this(heading, paragraphs, List.of());
    }
}
