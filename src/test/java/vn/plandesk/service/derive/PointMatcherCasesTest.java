package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanTask;

/**
 * The matcher on a handful of points written for the case, where a whole plan would hide what one rule does: a task
 * without a name (or a point without one), a task that shares only a plan word with a list of sectors, one that shares
 * only small words with a point, and, in a plan of two points, the words every text shares weighing nothing.
 */
class PointMatcherCasesTest {
    private static ParentTask task(int group, String key, String name) {
        return new ParentTask(group, key, PlanTask.named(key, name), false);
    }

    private static final List<ParentTask> POINTS = List.of(
            task(6, "6.h)", "Đẩy mạnh chuyển đổi số trong các lĩnh vực trọng điểm như nông nghiệp, công nghiệp,"
                    + " thương mại, giáo dục, y tế, giao thông, xây dựng, du lịch"),
            task(3, "3.a)", "Xây dựng chương trình phát triển công nghệ chiến lược của tỉnh"),
            task(5, "5.b)", "Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin của tỉnh"));

    private static PointMatcher matcher(List<ParentTask> olds, PointMatcher.Weights weights) {
        List<String> corpus = new ArrayList<>();
        olds.forEach(t -> corpus.add(t.task().name()));
        POINTS.forEach(t -> corpus.add(t.task().name()));
        return new PointMatcher(corpus, MatchDictionary.shipped(), weights);
    }

    private static PointMatcher.Weights withSector(double sector) {
        PointMatcher.Weights w = PointMatcher.Weights.DEFAULT;
        return new PointMatcher.Weights(w.functionWord(), w.pair(), w.clause(), w.sameGroup(), w.coverage(),
                w.planWord(), w.listItem(), sector);
    }

    @Test
    void aTaskWithoutANameMatchesNoPoint() {
        // a ward task whose name the officer has not written yet: no point is proposed for it, and no score is
        // undefined (a score that is not a number would sort anywhere)
        ParentTask blank = task(6, "9", "");
        double[] scores = matcher(List.of(blank), PointMatcher.Weights.DEFAULT).scores(blank, POINTS);
        for (double s : scores) {
            assertTrue(s >= 0 && s < PointMatcher.THRESHOLDS.low(), "score " + s);
        }
        // nor is a point without words proposed for a task that has them
        ParentTask named = POINTS.get(1);
        ParentTask empty = task(3, "3.z)", "");
        double[] against = matcher(List.of(named), PointMatcher.Weights.DEFAULT).scores(named, List.of(empty));
        assertTrue(against[0] >= 0 && against[0] < PointMatcher.THRESHOLDS.low(), "score " + against[0]);
    }

    @Test
    void aPlanWordInAListOfSectorsNamesNoSector() {
        // "xây dựng" is listed among the sectors of 6.h), but a task that builds a plan is not on the building sector:
        // the rule of sectors adds nothing to its score
        ParentTask plan = task(3, "37", "Xây dựng kế hoạch đào tạo nhân lực công nghệ số");
        assertArrayEquals(matcher(List.of(plan), withSector(0)).scores(plan, POINTS),
                matcher(List.of(plan), PointMatcher.Weights.DEFAULT).scores(plan, POINTS), 1e-12);
        // a task on a sector of the list does gain from it
        ParentTask health = task(6, "107", "Triển khai bệnh án điện tử tại các cơ sở y tế");
        double without = matcher(List.of(health), withSector(0)).scores(health, POINTS)[0];
        double with = matcher(List.of(health), PointMatcher.Weights.DEFAULT).scores(health, POINTS)[0];
        assertTrue(with > without, with + " > " + without);
        assertEquals(0, matcher(List.of(health), withSector(0)).scores(health, POINTS)[2] - matcher(List.of(health),
                PointMatcher.Weights.DEFAULT).scores(health, POINTS)[2], 1e-12, "a point that lists no sectors");
    }

    @Test
    void aPointSharingOnlySmallWordsWithATaskIsNotProposed() {
        // "của", "các", "và", "cho" join the words that say what a task is about; a point that shares only them
        // with the task is about something else
        ParentTask training = task(2, "20", "Tổ chức tập huấn cho cán bộ của các xã và các phường");
        ParentTask other = task(3, "3.c)", "Hỗ trợ cho doanh nghiệp nhỏ và vừa của tỉnh trong các khu công nghiệp");
        List<ParentTask> points = List.of(other);
        PointMatcher.Weights w = PointMatcher.Weights.DEFAULT;
        PointMatcher.Weights full = new PointMatcher.Weights(1, w.pair(), w.clause(), w.sameGroup(), w.coverage(),
                w.planWord(), w.listItem(), w.sector());
        // the rest of the plan, where these words are rare
        List<String> corpus = List.of(training.task().name(), other.task().name(), "Phát triển hạ tầng số",
                "Số hóa hồ sơ hành chính", "Xây dựng cơ sở dữ liệu đất đai", "Ứng dụng trí tuệ nhân tạo",
                "Phát triển kinh tế số", "Thanh toán không dùng tiền mặt", "Chính quyền số", "Đô thị thông minh");
        double s = new PointMatcher(corpus, MatchDictionary.shipped(), w).scores(training, points)[0];
        double f = new PointMatcher(corpus, MatchDictionary.shipped(), full).scores(training, points)[0];
        assertTrue(s < PointMatcher.THRESHOLDS.low(), "score " + s);
        assertTrue(f >= PointMatcher.THRESHOLDS.low(), "weighed in full they would make it a candidate: " + f);
    }

    @Test
    void ofTwoPointsOpeningWithTheTaskWordsTheOneOnItsSubjectIsProposedInASmallPlan() {
        // a replacing plan of two points, both opening as the task does: the words all three texts share tell nothing,
        // "du lịch" tells which point it is, though the other point is shorter
        ParentTask tourism = task(1, "4", "Chuyển đổi số trong du lịch");
        List<ParentTask> points = List.of(
                task(1, "1.a)", "Chuyển đổi số trong du lịch, xây dựng bản đồ số điểm đến và hệ thống vé điện tử"),
                task(1, "1.b)", "Chuyển đổi số trong y tế"));
        double[] scores = PointMatcher.of(List.of(tourism), points, MatchDictionary.shipped()).scores(tourism, points);
        assertTrue(scores[0] > scores[1], scores[0] + " against " + scores[1]);
    }
}
