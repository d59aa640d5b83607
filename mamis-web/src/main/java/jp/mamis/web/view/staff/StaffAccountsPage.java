package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.ejb.staff.StaffAccountService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** 職員アカウント (association admins only): the own association's staff accounts, a new one, role, enable/disable, second factor reset. */
@Named
@ViewScoped
public class StaffAccountsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final List<Role> ROLES = List.of(Role.STAFF_VIEWER, Role.STAFF_OPERATOR, Role.STAFF_ADMIN);

    @EJB
    private StaffAccountService service;

    private List<StaffAccountService.Row> rows;
    private String loginId;
    private String name;
    private Role role = Role.STAFF_OPERATOR;
    private String password;

    /** Staff who are not their association's admin get a plain 404, as for any page they may not see. */
    public void load() throws java.io.IOException {
        if (rows == null) {
            try {
                rows = service.list();
            } catch (jakarta.ejb.EJBAccessException e) {
                Messages.notFound();
            }
        }
    }

    public void create() {
        try {
            String created = service.create(new StaffAccountService.NewAccount(loginId, name, role, password));
            rows = service.list();
            loginId = null;
            name = null;
            password = null;
            role = Role.STAFF_OPERATOR;
            Messages.info("staff.created", created);
        } catch (MamisException e) {
            Messages.error("newForm", e);
        }
    }

    public void changeRole(StaffAccountService.Row r, Role to) {
        act(() -> service.changeRole(r.id(), r.version(), to), "staff.roleChanged", r);
    }

    public void disable(StaffAccountService.Row r) {
        act(() -> service.disable(r.id(), r.version()), "staff.disabled", r);
    }

    public void enable(StaffAccountService.Row r) {
        act(() -> service.enable(r.id(), r.version()), "staff.enabled", r);
    }

    public void resetSecondFactor(StaffAccountService.Row r) {
        act(() -> service.resetSecondFactor(r.id(), r.version()), "staff.secondFactorReset", r);
    }

    private void act(Runnable change, String key, StaffAccountService.Row r) {
        try {
            change.run();
            Messages.info(key, r.loginId());
        } catch (MamisException e) {
            Messages.error("staffForm", e);
        }
        rows = service.list();
    }

    public List<Role> getRoles() { return ROLES; }
    public List<StaffAccountService.Row> getRows() { return rows; }
    public String getLoginId() { return loginId; }
    public void setLoginId(String v) { loginId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public Role getRole() { return role; }
    public void setRole(Role v) { role = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
}
