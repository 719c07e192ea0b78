package org.riverwoods.kap.console.chairboard;

import org.riverwoods.kap.console.signin.ConsoleUser;

/**
 * Who looks at the board, captured on the request thread: the live stream renders tiles on a worker
 * thread, where the request-scoped {@link ConsoleUser} is gone.
 *
 * @param subject the token's subject, the name infusion-service records as who dosed and who verified
 */
public record Viewer(String token, String subject, boolean atTheChairsSide) {

    public static Viewer of(ConsoleUser user) {
        return new Viewer(user.token(), user.subject(), user.is("nurse") || user.is("prescriber"));
    }
}
