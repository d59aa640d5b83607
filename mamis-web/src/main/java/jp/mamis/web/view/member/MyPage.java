package jp.mamis.web.view.member;

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

    private MyPageView view;

    public void load() {
        view = service.view();
    }

    public MyPageView getView() {
        return view;
    }
}
