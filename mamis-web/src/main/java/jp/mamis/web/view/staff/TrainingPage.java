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

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * 研修修了日: one member of the caller's association ({@code ?membership=}); an operator sets the
 * day the training ends when it was extended, with the reason. Another association's member
 * answers 404.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CategoryReviews service;

    @Inject
    private SecurityContext security;

    private Long membership;
    private CategoryReviews.Training training;
    private LocalDate end;
    private String reason;

    public void load() throws IOException {
        if (training != null) {
            return;
        }
        if (membership == null) {
            Messages.notFound();
            return;
        }
        try {
            read();
        } catch (MamisException e) {
            Messages.notFound();
        }
    }

    private void read() {
        training = service.training(membership);
        end = training.trainingEnd();
        reason = null;
    }

    public void save() {
        try {
            service.changeTraining(membership, end, reason, training.doctorVersion());
            read();
            Messages.info("training.saved");
        } catch (MamisException e) {
            Messages.error("trainingForm", e);
        }
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.Groups.OPERATOR);
    }

    public Long getMembership() { return membership; }
    public void setMembership(Long v) { membership = v; }
    public CategoryReviews.Training getTraining() { return training; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate v) { end = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
