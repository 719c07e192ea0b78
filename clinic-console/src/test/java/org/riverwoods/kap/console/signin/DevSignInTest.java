package org.riverwoods.kap.console.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The development sign-in as a newcomer and as a hostile page would use it. */
@QuarkusTest
@TestProfile(DevSignInProfile.class)
class DevSignInTest {

    @Test
    void aPageWithoutSessionGoesToSignInAndComesBack() {
        given().redirects().follow(false).when().get("/today").then().statusCode(303)
                .header("Location", endsWith("/sign-in?next=%2Ftoday"));
        given().when().get("/sign-in").then().statusCode(200).body(containsString("<label for=\"role\">Role</label>"));
    }

    @Test
    void anHtmxRequestWithoutSessionIsToldWhereToSignIn() {
        given().redirects().follow(false).header("HX-Request", "true").when().get("/today").then().statusCode(401)
                .header("HX-Redirect", "/sign-in?next=%2Ftoday");
    }

    @Test
    void signingInGivesAnHttpOnlyStrictSessionAndATokenForTheRole() {
        Response signedIn = given().redirects().follow(false).formParam("role", "nurse").formParam("next", "/today")
                .when().post("/sign-in");
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/today"));
        String cookie = signedIn.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        // the services behind are down here: the page says which one, and nothing was changed
        given().cookie(DevSessions.COOKIE, signedIn.cookie(DevSessions.COOKIE)).when().get("/today").then()
                .statusCode(503).body(containsString("treatment-service is not answering"));
    }

    @Test
    void theNextPageIsAlwaysOneOfTheConsole() {
        for (String hostile : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example" }) {
            given().redirects().follow(false).formParam("role", "nurse").formParam("next", hostile).when()
                    .post("/sign-in").then().statusCode(303).header("Location", not(containsString("evil")));
        }
    }

    @Test
    void aPatientSignsInOnlyWithHerIdAndTheFieldSaysWhy() {
        given().formParam("role", "patient").formParam("patientId", "not-a-uuid").when().post("/sign-in").then()
                .statusCode(400).body(containsString("id=\"patientId-error\""))
                .body(containsString("aria-invalid=\"true\"")).body(not(containsString("not-a-uuid")));
        given().formParam("role", "superuser").when().post("/sign-in").then().statusCode(400)
                .body(containsString("id=\"role-error\""));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWhateverTheCookie() {
        String session = given().redirects().follow(false).formParam("role", "nurse").when().post("/sign-in")
                .cookie(DevSessions.COOKIE);
        given().redirects().follow(false).cookie(DevSessions.COOKIE, session).header("Sec-Fetch-Site", "cross-site")
                .when().post("/sign-out").then().statusCode(403);
        // the session survived the hostile form: the real sign-out still works, and ends it
        given().redirects().follow(false).cookie(DevSessions.COOKIE, session).header("Sec-Fetch-Site", "same-origin")
                .when().post("/sign-out").then().statusCode(303).header("Location", endsWith("/sign-in"));
        given().redirects().follow(false).cookie(DevSessions.COOKIE, session).when().get("/today").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
    }

    @Test
    void aPatientStartsOnHerOwnPagesAndTheCookieHoldsNoToken() {
        String patient = "6f1c2a9e-8d1b-4a53-9d62-3f0b9b3c1e11";
        String session = given().redirects().follow(false).formParam("role", "patient").formParam("patientId", patient)
                .when().post("/sign-in").cookie(DevSessions.COOKIE);
        given().redirects().follow(false).cookie(DevSessions.COOKIE, session).when().get("/").then().statusCode(303)
                .header("Location", endsWith("/me"));
        // the token itself never reaches the browser: only a random session id is in the cookie
        assertTrue(!session.isBlank() && !session.startsWith("eyJ") && !session.contains("."), session);
    }

    @Test
    void stylesAndScriptsNeedNoSession() {
        given().when().get("/static/console.css").then().statusCode(200).body(not(emptyOrNullString()));
        given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().when().get("/webjars/uplot/dist/uPlot.iife.min.js").then().statusCode(200);
        given().when().get("/webjars/htmx-ext-sse/sse.js").then().statusCode(200);
    }
}
