package org.riverwoods.kap.console.signin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Before every page: who is signed in. With the development sign-in, the session cookie; otherwise
 * the OIDC identity quarkus-oidc established (its access token is what the services get). Nobody
 * signed in: to the sign-in page, or for an htmx request an {@code HX-Redirect} there. A form sent
 * from another site is refused, whatever cookie it carries.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionGate implements ContainerRequestFilter {

    @Inject
    ConsoleUser user;

    @Inject
    DevSessions sessions;

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isOpen(path)) {
            return;
        }
        if (crossSite(request)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).entity("Cross-site form refused").build());
            return;
        }
        if (sessions.enabled()) {
            Cookie cookie = request.getCookies().get(DevSessions.COOKIE);
            Optional<DevSessions.DevSession> session = sessions.touch(cookie == null ? null : cookie.getValue());
            if (session.isPresent()) {
                DevSessions.DevSession s = session.get();
                user.signIn(s.token(), s.roles(), s.patientId(), s.name());
                return;
            }
            request.abortWith(toSignIn(request, path));
            return;
        }
        AccessTokenCredential credential = identity.isAnonymous() ? null
                : identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        UUID patientId = TokenClaims.patientId(credential.getToken());
        user.signIn(credential.getToken(), identity.getRoles(), patientId, identity.getPrincipal().getName());
    }

    private static boolean isOpen(String path) {
        return path.equals("/sign-in") || path.startsWith("/static/") || path.startsWith("/webjars/")
                || path.startsWith("/q/");
    }

    /**
     * Browsers say where a request comes from: a state change from another site (a hidden form
     * posting to the console with the user's cookie) is refused.
     */
    private static boolean crossSite(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return false;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }

    private static Response toSignIn(ContainerRequestContext request, String path) {
        URI signIn = URI.create("/sign-in?next=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
        if (request.getHeaderString("HX-Request") != null) {
            return Response.status(Response.Status.UNAUTHORIZED).header("HX-Redirect", signIn.toString()).build();
        }
        return Response.seeOther(signIn).build();
    }
}
