package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;

/** The plan's details: its fields, sections and what gets saved, through the view model without a window. */
class PlanDetailsViewModelTest {
    @TempDir
    Path dir;
    private OpenPlanFixture fixture;
    private PlanDetailsViewModel model;
    private Plan plan;

    private void open() {
        fixture = new OpenPlanFixture(dir);
        model = FxThread.call(() -> new PlanDetailsViewModel(fixture.context));
        plan = fixture.open(fixture.first(PlanKind.WARD));
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void showsTheOpenPlansDetailsAndItsSectionsInOrder() {
        open();
        assertEquals(plan.number(), model.number().text().get());
        assertEquals(plan.symbol(), model.symbol().text().get());
        assertEquals(plan.issuer(), model.issuer().text().get());
        assertEquals(plan.summary(), model.summary().text().get());
        assertEquals(String.join("\n", plan.legalBases()), model.legalBases().text().get(), "one basis a line");
        assertEquals(String.join("\n", plan.recipients()), model.recipients().text().get());
        assertEquals(plan.signer().name(), model.signerName().text().get());
        assertEquals(plan.issueDate(), model.issueDateProperty().get());
        assertEquals(plan.numbering(), model.numberingProperty().get());
        assertEquals(List.of(NumberingScheme.values()), model.schemes());

        BodySection first = plan.sections().get(0);
        SectionRef top = model.sections().get(0);
        assertEquals(List.of(0), top.path());
        assertEquals(first.heading(), top.indented());
        if (!first.sections().isEmpty()) {
            SectionRef sub = model.sections().get(1);
            assertEquals(List.of(0, 0), sub.path(), "a sub-section follows its section");
            assertEquals("  " + first.sections().get(0).heading(), sub.indented());
        }
        assertNull(model.sectionProperty().get(), "no section chosen yet");
        assertEquals("", model.headingProperty().get());
    }

    @Test
    void eachFieldIsSavedAsOneUndoableEdit() {
        open();
        record Field(TextEdit<?> edit, String typed, Function<Plan, Object> stored, Object expected) {
        }
        List<Field> fields = List.of(
                new Field(model.number(), " 15 ", Plan::number, "15"),
                new Field(model.symbol(), "KH-BCĐ", Plan::symbol, "KH-BCĐ"),
                new Field(model.locality(), "Bình Phước", Plan::locality, "Bình Phước"),
                new Field(model.summary(), "Kế hoạch thử", Plan::summary, "Kế hoạch thử"),
                new Field(model.legalBases(), "Căn cứ một;\nCăn cứ hai;", Plan::legalBases,
                        List.of("Căn cứ một;", "Căn cứ hai;")),
                new Field(model.signerTitle(), "PHÓ CHỦ TỊCH", p -> p.signer().title(), "PHÓ CHỦ TỊCH"),
                new Field(model.signerName(), "Nguyễn Văn A", p -> p.signer().name(), "Nguyễn Văn A"));
        for (Field f : fields) {
            int steps = fixture.undoSteps();
            FxThread.run(() -> {
                f.edit().text().set(f.typed());
                f.edit().keep();
            });
            assertEquals(f.expected(), f.stored().apply(fixture.stored()));
            assertEquals(steps + 1, fixture.undoSteps(), "one step of undo");
            FxThread.run(() -> f.edit().keep());
            assertEquals(steps + 1, fixture.undoSteps(), "unchanged: no step");
        }
        assertEquals("PHÓ CHỦ TỊCH", fixture.stored().signer().title(), "the signer's name kept the title");

        LocalDate day = LocalDate.of(2025, 10, 1);
        FxThread.run(() -> model.keepDate(day));
        assertEquals(day, fixture.stored().issueDate());
        assertEquals(day, model.issueDateProperty().get());
        NumberingScheme other = plan.numbering() == NumberingScheme.values()[0] ? NumberingScheme.values()[1]
                : NumberingScheme.values()[0];
        int steps = fixture.undoSteps();
        FxThread.run(() -> {
            model.keepNumbering(other);
            model.keepNumbering(other);
            model.keepDate(day);
        });
        assertEquals(other, fixture.stored().numbering());
        assertEquals(steps + 1, fixture.undoSteps(), "the same scheme or date again changes nothing");

        FxThread.run(() -> fixture.context.editor().undo());
        assertEquals(plan.numbering(), fixture.stored().numbering());
        assertEquals(plan.numbering(), model.numberingProperty().get(), "the page follows the undo");
    }

    @Test
    void sectionsAreEditedAddedAndRemovedEachAsOneEdit() {
        open();
        Plan before = fixture.stored();
        int count = model.sections().size();
        FxThread.run(() -> {
            model.select(model.sections().get(0));
            model.headingProperty().set("I. MỤC ĐÍCH, YÊU CẦU (đã sửa)");
            model.paragraphsProperty().set("Đoạn một.\nĐoạn hai.");
            model.keepSection();
        });
        BodySection edited = fixture.stored().sections().get(0);
        assertEquals("I. MỤC ĐÍCH, YÊU CẦU (đã sửa)", edited.heading());
        assertEquals(List.of("Đoạn một.", "Đoạn hai."), edited.paragraphs());
        assertEquals(before.sections().get(0).sections(), edited.sections(), "its sub-sections stay");
        assertEquals(List.of(0), model.sectionProperty().get().path(), "still chosen after the reload");
        assertEquals("Đoạn một.\nĐoạn hai.", model.paragraphsProperty().get());

        FxThread.run(model::addSection);
        Plan added = fixture.stored();
        assertEquals(before.sections().size() + 1, added.sections().size());
        String fresh = vn.plandesk.service.Messages.get("details.section.newHeading");
        assertEquals(fresh, added.sections().get(1).heading());
        assertEquals(fresh, model.headingProperty().get());
        assertEquals(List.of(1), model.sectionProperty().get().path(), "the new section, after the chosen one, is chosen");
        assertEquals(count + 1, model.sections().size());

        FxThread.run(model::removeSection);
        assertEquals(before.sections().size(), fixture.stored().sections().size());
        for (int i = 0; i < 3; i++) {
            FxThread.run(() -> fixture.context.editor().undo());
        }
        assertEquals(before.sections(), fixture.stored().sections(), "edit, add, remove: three steps, undone in turn");
    }

    @Test
    void whatIsTypedIsKeptWhenThePlanOrPageChanges() {
        open();
        FxThread.run(() -> {
            model.select(model.sections().get(0));
            model.headingProperty().set("Tên mục gõ dở");
            model.summary().text().set("Trích yếu gõ dở");
            fixture.context.pageProperty().set(Page.INDICATORS);
        });
        assertEquals("Trích yếu gõ dở", fixture.stored().summary());
        assertEquals("Tên mục gõ dở", fixture.stored().sections().get(0).heading());

        long other = fixture.first(PlanKind.PROVINCE);
        FxThread.run(() -> model.issuer().text().set("UBND phường (gõ dở)"));
        long wardId = plan.id();
        fixture.open(other);
        assertEquals("UBND phường (gõ dở)", fixture.plans.get(wardId).issuer(), "kept into the plan that was open");
        assertEquals(fixture.context.plan().issuer(), model.issuer().text().get(), "the page shows the plan opened");
    }
}
