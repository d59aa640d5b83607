package jp.mamis.web.view.member;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.categoryreview.CategoryReviews;
import jp.mamis.ejb.fee.ReliefService;

import java.util.List;

/**
 * My Page's 会費減免 section (WEB-INF/templates/mypage-relief.xhtml): the relief of this and the
 * next fiscal year for each membership, and the notices of category changes at the end of training.
 * Loaded once per request when the section is first rendered.
 */
@Named
@RequestScoped
public class MyReliefSection {

    @EJB
    private ReliefService relief;

    @EJB
    private CategoryReviews reviews;

    private ReliefService.MyReliefs reliefs;
    private List<CategoryReviews.Notice> notices;

    @PostConstruct
    void load() {
        reliefs = relief.mine();
        notices = reviews.myNotices();
    }

    public ReliefService.MyReliefs getReliefs() {
        return reliefs;
    }

    public List<CategoryReviews.Notice> getNotices() {
        return notices;
    }
}
