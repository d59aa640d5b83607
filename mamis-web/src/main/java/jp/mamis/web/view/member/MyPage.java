package jp.mamis.web.view.member;

import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.ApplicationSummary;

import java.util.List;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.mypage.MyPageService;
import jp.mamis.ejb.mypage.MyPageView;

/** マイページ: loads the read-only view once per request (f:viewAction). */
@Named
@RequestScoped
public class MyPage {

    @EJB
    private MyPageService service;

    @EJB
    private AdmissionService admission;

    private MyPageView view;

    private List<ApplicationSummary> applications;

    @EJB
    private jp.mamis.ejb.certificate.CertificateService certificateService;

    private List<jp.mamis.ejb.certificate.CertificateSummary> certificates;

    public void load() {
        view = service.view();
        applications = admission.myApplications();
        certificates = certificateService.mine();
    }

    /** The member's certificate requests and certificates (在籍証明書), newest first. */
    public List<jp.mamis.ejb.certificate.CertificateSummary> getCertificates() {
        return certificates;
    }

    /** The member's applications (申請状況), newest first. */
    public List<ApplicationSummary> getApplications() {
        return applications;
    }

    public MyPageView getView() {
        return view;
    }
}
