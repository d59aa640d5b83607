package jp.mamis.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.dashboard.DashboardService;
import jp.mamis.ejb.inquiry.InquiryService;
import jp.mamis.ejb.review.ReviewService;

/**
 * The dashboard panel on the staff landing page (WEB-INF/templates/staff-dashboard.xhtml):
 * applications by type and stage, members by category, changes since the previous sign-in and
 * unanswered inquiries. Loaded once per request.
 */
@Named
@RequestScoped
public class StaffDashboard {

    @EJB
    private DashboardService service;

    @EJB
    private InquiryService inquiries;

    private DashboardService.Dashboard view;
    private long openInquiries;

    @PostConstruct
    void load() {
        view = service.view();
        openInquiries = inquiries.openCount();
    }

    public DashboardService.Dashboard getView() { return view; }
    /** The previous sign-in as shown, e.g. 2026/11/20 09:15; null at the first. */
    public String getPreviousLogin() {
        return view.previousLogin() == null ? null
                : view.previousLogin().format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"));
    }
    public long getOpenInquiries() { return openInquiries; }
    public ReviewService.Stage[] getStages() { return ReviewService.Stage.values(); }
    public MemberCategory[] getCategories() { return MemberCategory.values(); }
}
