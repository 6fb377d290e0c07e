package vn.plandesk.ui;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.RecordEquality;

/** Page and the navigator's PageNode, whose equals is written out, compare every component. */
class PageEqualsTest {
    @Test
    void aPageIsItsKindAndGroup() throws Exception {
        RecordEquality.assertEveryComponentCounts(List.of(Page.group(1), Page.group(2), Page.INDICATORS,
                Page.DETAILS, Page.TRACKING));
    }

    @Test
    void aNavigatorNodeIsItsPlanAndPage() throws Exception {
        RecordEquality.assertEveryComponentCounts(List.of(new PlanNavigator.PageNode(3, Page.group(1)),
                new PlanNavigator.PageNode(4, Page.group(1)), new PlanNavigator.PageNode(3, Page.DETAILS)));
    }
}
