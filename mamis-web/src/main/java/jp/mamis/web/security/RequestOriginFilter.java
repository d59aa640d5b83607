package jp.mamis.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.ejb.audit.RequestOrigin;

import java.io.IOException;

/** Tells the services where each request came from, for the access log. */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
