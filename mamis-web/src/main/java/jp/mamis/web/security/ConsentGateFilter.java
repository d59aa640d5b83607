package jp.mamis.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.ejb.consent.ConsentService;

import java.io.IOException;

/**
 * Nothing under {@code /member/} is served to an account that has not consented to the terms in
 * force: it is sent to the consent page instead (ajax requests get a partial-response redirect).
 * The member services check the same on their own, so the gate does not rest on this filter alone.
 */
@WebFilter("/member/*")
public class ConsentGateFilter extends HttpFilter {

    @EJB
    private ConsentService consent;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user != null && !consent.hasConsentedToCurrent(user)) {
            String target = request.getContextPath() + "/consent.xhtml";
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>", target);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
