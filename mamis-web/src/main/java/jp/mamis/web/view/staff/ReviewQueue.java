package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.application.ApplicationSummary;
import jp.mamis.ejb.review.ReviewService;

import java.util.List;

/** 審査一覧: counts by stage and the applications of the chosen stage ({@code ?stage=}, default 審査待ち). */
@Named
@RequestScoped
public class ReviewQueue {

    @EJB
    private ReviewService service;

    private ReviewService.Stage stage = ReviewService.Stage.ACTIONABLE;
    private ReviewService.Counts counts;
    private List<ApplicationSummary> rows;

    public void load() {
        counts = service.counts();
        rows = service.queue(stage);
    }

    public ReviewService.Stage[] getStages() { return ReviewService.Stage.values(); }
    public ReviewService.Stage getStage() { return stage; }
    public void setStage(ReviewService.Stage v) { stage = v == null ? ReviewService.Stage.ACTIONABLE : v; }
    public ReviewService.Counts getCounts() { return counts; }
    public List<ApplicationSummary> getRows() { return rows; }
}
