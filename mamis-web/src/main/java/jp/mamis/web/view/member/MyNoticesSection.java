package jp.mamis.web.view.member;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.inquiry.InquiryService;
import jp.mamis.ejb.notice.NoticeService;

import java.util.List;

/**
 * My Page's お知らせ and お問合せ section (WEB-INF/templates/mypage-notices.xhtml): the notices of
 * every current association, newest first, and the member's own inquiries. Loaded once per request.
 */
@Named
@RequestScoped
public class MyNoticesSection {

    @EJB
    private NoticeService notices;

    @EJB
    private InquiryService inquiries;

    private List<NoticeService.NoticeView> shown;
    private List<InquiryService.Row> mine;

    @PostConstruct
    void load() {
        shown = notices.mine();
        mine = inquiries.mine();
    }

    public List<NoticeService.NoticeView> getNotices() { return shown; }
    public List<InquiryService.Row> getInquiries() { return mine; }
}
