package jp.mamis.ejb.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The address the current web request came from, set by the web tier for each request so the
 * services can write it into the access log without every method taking it as a parameter.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
