package jp.mamis.ejb.categoryreview;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Raises the category review tasks due today, every day at 02:30 Japan time. Not persistent: a
 * run missed while the server was down is made up by the next one, because a task is raised
 * for every transition due by then that has none yet (and never twice).
 */
@Singleton
public class CategoryReviewJob {

    private static final Logger LOG = Logger.getLogger(CategoryReviewJob.class.getName());

    @Inject
    private CategoryReviews reviews;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Tokyo", persistent = false, info = "category review at the end of training")
    void daily() {
        int raised = reviews.raiseDue(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        LOG.info(() -> "Category review: " + raised + " task(s) raised");
    }
}
