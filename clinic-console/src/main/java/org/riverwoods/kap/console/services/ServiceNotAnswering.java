package org.riverwoods.kap.console.services;

/** A service did not answer in time or refused the connection: the page says which, never guesses. */
public class ServiceNotAnswering extends RuntimeException {

    private final Service service;

    public ServiceNotAnswering(Service service, Throwable cause) {
        super(service.displayName() + " is not answering", cause);
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
