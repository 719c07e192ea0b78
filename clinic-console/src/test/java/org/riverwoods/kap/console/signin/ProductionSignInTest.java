package org.riverwoods.kap.console.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Without the local platform's switch there is no development sign-in, and no page without OIDC. */
@QuarkusTest
@TestProfile(ProductionProfile.class)
class ProductionSignInTest {

    @Test
    void thereIsNoDevelopmentSignIn() {
        given().redirects().follow(false).when().get("/sign-in").then().statusCode(not(200))
                .body(not(containsString("name=\"role\"")));
        given().redirects().follow(false).formParam("role", "admin").when().post("/sign-in").then()
                .statusCode(not(303)).header("Set-Cookie", not(containsString(DevSessions.COOKIE)));
    }

    @Test
    void aPageNeedsTheIdentityProvider() {
        // the provider is unreachable here: never a page, whatever the status quarkus-oidc answers
        given().redirects().follow(false).when().get("/today").then()
                .statusCode(anyOf(is(302), is(401), is(500), is(503))).body(not(containsString("Review queue")));
    }

    @Test
    void healthNeedsNoSignIn() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
