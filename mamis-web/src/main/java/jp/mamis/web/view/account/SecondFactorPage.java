package jp.mamis.web.view.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.account.SecondFactorService;
import jp.mamis.web.faces.Messages;

/** 2段階認証: the staff member enters the code of their authenticator app (and sets it up the first time). */
@Named
@RequestScoped
public class SecondFactorPage {

    @EJB
    private SecondFactorService service;

    private SecondFactorService.Status status;
    private String code;

    public void load() {
        status = service.status();
    }

    public String verify() {
        try {
            service.verify(code);
            return "/staff/index?faces-redirect=true";
        } catch (MamisException e) {
            Messages.error("secondFactorForm", e);
            status = service.status();
            return null;
        }
    }

    public SecondFactorService.Status getStatus() { return status; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
}
