package org.riverwoods.kap.console.signin;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The development sign-in: a role and, for a patient, her id. It answers 404 unless the local
 * platform turned it on; production signs in through OIDC and signs out at the same /sign-out.
 */
@Path("/")
public class SignInResource {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> ROLE_ORDER = List.of("nurse", "prescriber", "therapist", "analyst", "admin", "patient");

    @Inject
    DevSignInSettings settings;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    DevSessions sessions;

    @Inject
    DevTokenMinter minter;

    @Inject
    @Location("signin/sign-in.html")
    Template signInPage;

    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@QueryParam("next") String next) {
        requireDevSignIn();
        return page(safeNext(next), null, null, null);
    }

    @POST
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("role") String role, @FormParam("patientId") String patientId,
            @FormParam("next") String next) {
        requireDevSignIn();
        if (role == null || !ConsoleUser.ROLES.contains(role)) {
            return Response.status(400).entity(page(safeNext(next), role, "role", "Choose a role")).build();
        }
        UUID patient = null;
        if (role.equals("patient")) {
            if (patientId == null || !UUID_PATTERN.matcher(patientId.trim()).matches()) {
                return Response.status(400).entity(page(safeNext(next), role, "patientId",
                        "A patient signs in with her patient id (a UUID, shown on her chart)")).build();
            }
            patient = UUID.fromString(patientId.trim());
        }
        String name = patient == null ? "Development " + role : "Patient";
        String session = sessions.start(minter.mint(role, patient), role, patient, name);
        NewCookie cookie = new NewCookie.Builder(DevSessions.COOKIE).value(session).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge((int) sessionSettings.lifetime().toSeconds()).build();
        return Response.seeOther(URI.create(safeNext(next))).cookie(cookie).build();
    }

    /** Sign-out for the development sign-in; with OIDC, quarkus-oidc answers this path itself. */
    @POST
    @Path("sign-out")
    public Response signOut(@CookieParam(DevSessions.COOKIE) String session) {
        requireDevSignIn();
        sessions.end(session);
        NewCookie gone = new NewCookie.Builder(DevSessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/sign-in")).cookie(gone).build();
    }

    private TemplateInstance page(String next, String role, String errorField, String error) {
        return signInPage.data("next", next).data("roles", ROLE_ORDER).data("chosen", role)
                .data("errorField", errorField).data("error", error);
    }

    private void requireDevSignIn() {
        if (!settings.enabled()) {
            throw new NotFoundException();
        }
    }

    /** Only a path of this console: never an open redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }
}
