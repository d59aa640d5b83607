package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.regchange.ChangeView;
import jp.mamis.ejb.regchange.RegistrationChangeService;

import java.util.List;

/** 登録情報変更: the registration changes of this association's members, newest first ({@code ?awaiting=true}: only those waiting for its approval). */
@Named
@RequestScoped
public class RegistrationChangeQueue {

    @EJB
    private RegistrationChangeService service;

    private boolean awaiting;
    private List<ChangeView> rows;

    public void load() {
        rows = service.changesOfMembers(awaiting);
    }

    public boolean isAwaiting() { return awaiting; }
    public void setAwaiting(boolean v) { awaiting = v; }
    public List<ChangeView> getRows() { return rows; }
}
