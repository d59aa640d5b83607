package jp.mamis.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page (/mamis/): members go to マイページ, secretariat staff to their queue, everyone else to the login. */
@Named
@RequestScoped
public class Start {

    @Inject
    private ExternalContext external;

    /** f:viewAction of index.xhtml. */
    public String route() {
        if (external.isUserInRole("MEMBER")) {
            return "/member/mypage?faces-redirect=true";
        }
        if (external.isUserInRole("STAFF")) {
            return "/staff/index?faces-redirect=true";
        }
        return "/login?faces-redirect=true";
    }
}
