package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.ejb.categoryreview.CategoryReviews;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 会員区分変更タスク: the caller's association's open category changes at the end of training;
 * an operator applies one (from the training end date or a chosen date) or dismisses it with a reason.
 */
@Named
@ViewScoped
public class CategoryReviewPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "tasksForm";

    @EJB
    private CategoryReviews service;

    @Inject
    private SecurityContext security;

    private List<CategoryReviews.TaskRow> tasks;
    /** Per task id: the chosen effective date and the dismissal reason. */
    private final Map<Long, LocalDate> effective = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        if (tasks == null) {
            read();
        }
    }

    private void read() {
        tasks = service.open();
        effective.clear();
        reasons.clear();
        tasks.forEach(t -> effective.put(t.id(), t.dueDate()));
    }

    public void apply(CategoryReviews.TaskRow t) {
        try {
            service.apply(t.id(), effective.get(t.id()), t.version());
            Messages.info("categoryReview.applied", t.name(), t.from(), t.to());
            read();
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
    }

    public void dismiss(CategoryReviews.TaskRow t) {
        try {
            service.dismiss(t.id(), reasons.get(t.id()), t.version());
            Messages.info("categoryReview.dismissed", t.name());
            read();
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.Groups.OPERATOR);
    }

    public List<CategoryReviews.TaskRow> getTasks() { return tasks; }
    public Map<Long, LocalDate> getEffective() { return effective; }
    public Map<Long, String> getReasons() { return reasons; }
}
