package vn.plandesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.Signer;

/**
 * The JSON of a plan's header (plan.header_json) and of a task's year grid (task.deadline_years), written and read with
 * jackson-core's streaming parser and generator instead of databind's mapper. Building that mapper and its
 * serializers for the header's records was about a tenth of a command's run (an export, an import, the window's first
 * read), for a dozen fields.
 *
 * <p>What it writes is byte for byte what databind's mapper wrote (the same generator, fields in the records' order,
 * nulls written, dates as ISO text, enums by name): the plans' checksums are taken over that text. It reads what it
 * writes; any other form (a number where a text is expected, a date in another shape) it does not guess at but
 * answers null, and the caller reads that JSON with databind as before.
 */
final class HeaderJson {
    /** The factory databind's mapper is built on, with its defaults: the same escaping, the same output. */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("-?\\d{1,9}");

    private HeaderJson() {
    }

    /** Thrown inside a read at the first thing this reader leaves to databind; never leaves this class. */
    private static final class NotMine extends Exception {
        NotMine() {
            super(null, null, false, false);
        }
    }

    static String write(PlanRepository.Header h) throws SQLException {
        return generate("header", g -> {
            g.writeStartObject();
            string(g, "parentOrgan", h.parentOrgan());
            string(g, "issuingOrgan", h.issuingOrgan());
            string(g, "locality", h.locality());
            string(g, "documentType", h.documentType());
            strings(g, "legalBases", h.legalBases());
            strings(g, "introduction", h.introduction());
            g.writeFieldName("sections");
            sections(g, h.sections());
            g.writeFieldName("recipients");
            strings(g, h.recipients());
            g.writeFieldName("signer");
            if (h.signer() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                strings(g, "authority", h.signer().authority());
                string(g, "title", h.signer().title());
                string(g, "name", h.signer().name());
                g.writeEndObject();
            }
            ref(g, "parentPlan", h.parentPlan());
            ref(g, "replacesPlan", h.replacesPlan());
            string(g, "numbering", h.numbering() == null ? null : h.numbering().name());
            strings(g, "appendixTitles", h.appendixTitles());
            g.writeEndObject();
        });
    }

    /** The year grid as {"2025":"x",…}, in the map's order. */
    static String writeYears(Map<Integer, String> years) throws SQLException {
        return generate("year grid", g -> {
            g.writeStartObject();
            for (Map.Entry<Integer, String> e : years.entrySet()) {
                string(g, String.valueOf(e.getKey()), e.getValue());
            }
            g.writeEndObject();
        });
    }

    /** The header the JSON holds, or null when it holds a form this reader leaves to databind. */
    static PlanRepository.Header read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String parentOrgan = null;
            String issuingOrgan = null;
            String locality = null;
            String documentType = null;
            List<String> legalBases = null;
            List<String> introduction = null;
            List<BodySection> sections = null;
            List<String> recipients = null;
            Signer signer = null;
            PlanRef parentPlan = null;
            PlanRef replacesPlan = null;
            NumberingScheme numbering = null;
            List<String> appendixTitles = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "parentOrgan" -> parentOrgan = string(p);
                    case "issuingOrgan" -> issuingOrgan = string(p);
                    case "locality" -> locality = string(p);
                    case "documentType" -> documentType = string(p);
                    case "legalBases" -> legalBases = strings(p);
                    case "introduction" -> introduction = strings(p);
                    case "sections" -> sections = sections(p);
                    case "recipients" -> recipients = strings(p);
                    case "signer" -> signer = signer(p);
                    case "parentPlan" -> parentPlan = ref(p);
                    case "replacesPlan" -> replacesPlan = ref(p);
                    case "numbering" -> numbering = numbering(p);
                    case "appendixTitles" -> appendixTitles = strings(p);
                    default -> p.skipChildren(); // databind's mapper ignores what it does not know, too
                }
            }
            end(p);
            return new PlanRepository.Header(parentOrgan, issuingOrgan, locality, documentType, legalBases,
                    introduction, sections, recipients, signer, parentPlan, replacesPlan, numbering, appendixTitles);
        } catch (NotMine | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The year grid the JSON holds, in year order, or null when it holds a form this reader leaves to databind. */
    static TreeMap<Integer, String> readYears(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            TreeMap<Integer, String> years = new TreeMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String year = p.currentName();
                if (!YEAR.matcher(year).matches()) {
                    throw new NotMine();
                }
                p.nextToken();
                years.put(Integer.valueOf(year), string(p));
            }
            end(p);
            return years;
        } catch (NotMine | IOException | RuntimeException e) {
            return null;
        }
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    /** What is written; a failure is the generator's limits (a nesting too deep), told as the mapper's were. */
    private static String generate(String what, Writing writing) throws SQLException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writing.to(g);
        } catch (IOException e) {
            throw new SQLException("cannot write the plan's " + what, e);
        }
        return out.toString();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        strings(g, values);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void sections(JsonGenerator g, List<BodySection> sections) throws IOException {
        if (sections == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (BodySection s : sections) {
            if (s == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            string(g, "heading", s.heading());
            strings(g, "paragraphs", s.paragraphs());
            g.writeFieldName("sections");
            sections(g, s.sections());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void ref(JsonGenerator g, String name, PlanRef ref) throws IOException {
        g.writeFieldName(name);
        if (ref == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "number", ref.number());
        string(g, "symbol", ref.symbol());
        string(g, "date", ref.date() == null ? null : ref.date().toString());
        string(g, "issuer", ref.issuer());
        g.writeEndObject();
    }

    private static void expect(JsonToken token, JsonToken expected) throws NotMine {
        if (token != expected) {
            throw new NotMine();
        }
    }

    /** The object is closed and nothing follows it. */
    private static void end(JsonParser p) throws IOException, NotMine {
        expect(p.currentToken(), JsonToken.END_OBJECT);
        expect(p.nextToken(), null);
    }

    private static String string(JsonParser p) throws IOException, NotMine {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> p.getText();
            default -> throw new NotMine(); // databind would make a text of a number or a boolean
        };
    }

    private static List<String> strings(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(string(p));
        }
        return values;
    }

    private static List<BodySection> sections(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<BodySection> sections = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                sections.add(null);
                continue;
            }
            expect(p.currentToken(), JsonToken.START_OBJECT);
            String heading = null;
            List<String> paragraphs = null;
            List<BodySection> subsections = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "heading" -> heading = string(p);
                    case "paragraphs" -> paragraphs = strings(p);
                    case "sections" -> subsections = sections(p);
                    default -> p.skipChildren();
                }
            }
            sections.add(new BodySection(heading, paragraphs, subsections));
        }
        return sections;
    }

    private static Signer signer(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        List<String> authority = null;
        String title = null;
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "authority" -> authority = strings(p);
                case "title" -> title = string(p);
                case "name" -> name = string(p);
                default -> p.skipChildren();
            }
        }
        return new Signer(authority, title, name);
    }

    private static PlanRef ref(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String number = null;
        String symbol = null;
        LocalDate date = null;
        String issuer = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "number" -> number = string(p);
                case "symbol" -> symbol = string(p);
                case "date" -> date = date(p);
                case "issuer" -> issuer = string(p);
                default -> p.skipChildren();
            }
        }
        return new PlanRef(number, symbol, date, issuer);
    }

    private static LocalDate date(JsonParser p) throws IOException, NotMine {
        String text = string(p);
        if (text == null) {
            return null;
        }
        if (!ISO_DATE.matcher(text).matches()) {
            throw new NotMine(); // databind's date reader takes other shapes, and an empty text as no date
        }
        return LocalDate.parse(text);
    }

    private static NumberingScheme numbering(JsonParser p) throws IOException, NotMine {
        String name = string(p);
        if (name == null) {
            return null;
        }
        for (NumberingScheme n : NumberingScheme.values()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new NotMine();
    }
}
