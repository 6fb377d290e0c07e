package vn.plandesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan with some of its details changed: {@code PlanBuilder.from(plan).summary("…").build()}. The record has 23
 * components, so a form that changes one of them names it here instead of repeating the whole constructor.
 */
public final class PlanBuilder {
    private Long id;
    private PlanKind kind;
    private String parentOrgan;
    private String issuingOrgan;
    private String issuer;
    private String locality;
    private String number;
    private String symbol;
    private LocalDate issueDate;
    private String documentType;
    private String summary;
    private List<String> legalBases;
    private List<String> introduction;
    private List<BodySection> sections;
    private List<String> recipients;
    private Signer signer;
    private PlanRef parentPlan;
    private PlanRef replacesPlan;
    private NumberingScheme numbering;
    private List<String> appendixTitles;
    private List<TaskGroup> groups;
    private List<Indicator> indicators;
    private boolean partial;

    private PlanBuilder() {
    }

    public static PlanBuilder from(Plan p) {
        PlanBuilder b = new PlanBuilder();
        b.id = p.id();
        b.kind = p.kind();
        b.parentOrgan = p.parentOrgan();
        b.issuingOrgan = p.issuingOrgan();
        b.issuer = p.issuer();
        b.locality = p.locality();
        b.number = p.number();
        b.symbol = p.symbol();
        b.issueDate = p.issueDate();
        b.documentType = p.documentType();
        b.summary = p.summary();
        b.legalBases = p.legalBases();
        b.introduction = p.introduction();
        b.sections = p.sections();
        b.recipients = p.recipients();
        b.signer = p.signer();
        b.parentPlan = p.parentPlan();
        b.replacesPlan = p.replacesPlan();
        b.numbering = p.numbering();
        b.appendixTitles = p.appendixTitles();
        b.groups = p.groups();
        b.indicators = p.indicators();
        b.partial = p.partial();
        return b;
    }

    public Plan build() {
        return new Plan(id, kind, parentOrgan, issuingOrgan, issuer, locality, number, symbol, issueDate, documentType,
                summary, legalBases, introduction, sections, recipients, signer, parentPlan, replacesPlan, numbering,
                appendixTitles, groups, indicators, partial);
    }

    public PlanBuilder parentOrgan(String v) {
        parentOrgan = v;
        return this;
    }

    public PlanBuilder issuingOrgan(String v) {
        issuingOrgan = v;
        return this;
    }

    public PlanBuilder issuer(String v) {
        issuer = v;
        return this;
    }

    public PlanBuilder locality(String v) {
        locality = v;
        return this;
    }

    public PlanBuilder number(String v) {
        number = v;
        return this;
    }

    public PlanBuilder symbol(String v) {
        symbol = v;
        return this;
    }

    public PlanBuilder issueDate(LocalDate v) {
        issueDate = v;
        return this;
    }

    public PlanBuilder documentType(String v) {
        documentType = v;
        return this;
    }

    public PlanBuilder summary(String v) {
        summary = v;
        return this;
    }

    public PlanBuilder legalBases(List<String> v) {
        legalBases = v;
        return this;
    }

    public PlanBuilder introduction(List<String> v) {
        introduction = v;
        return this;
    }

    public PlanBuilder sections(List<BodySection> v) {
        sections = v;
        return this;
    }

    public PlanBuilder recipients(List<String> v) {
        recipients = v;
        return this;
    }

    public PlanBuilder signer(Signer v) {
        signer = v;
        return this;
    }

    public PlanBuilder numbering(NumberingScheme v) {
        numbering = v;
        return this;
    }

    public PlanBuilder kind(PlanKind v) {
        kind = v;
        return this;
    }

    public PlanBuilder appendixTitles(List<String> v) {
        appendixTitles = v;
        return this;
    }
}
