package jp.mamis.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.ejb.account.SecondFactor;

import java.io.IOException;

/**
 * Staff pages (and staff downloads) need the second factor of this session: until it is given,
 * they lead to the code page. The services check the same ({@code Callers.staff()}); this only
 * spares the user an error page.
 */
@WebFilter("/staff/*")
public class SecondFactorFilter extends HttpFilter {

    @Inject
    private SecondFactor secondFactor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user != null && !secondFactor.isVerified(user)) {
            response.sendRedirect(request.getContextPath() + "/second-factor.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
