package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.regchange.ChangeView;
import jp.mamis.ejb.regchange.RegistrationChangeService;

import java.util.List;

/**
 * マイページ's 登録情報の変更履歴: the member's registration changes and their state (承認待ち…), newest
 * first. Loaded when the included section first uses it, so My Page's own bean stays as it is.
 */
@Named
@RequestScoped
public class MyRegistrationChanges {

    @EJB
    private RegistrationChangeService service;

    private List<ChangeView> rows;

    @jakarta.annotation.PostConstruct
    void load() {
        rows = service.myChanges();
    }

    public List<ChangeView> getRows() {
        return rows;
    }
}
