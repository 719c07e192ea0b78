package org.riverwoods.kap.console.services;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** A service that does not answer: a 503 page that names it and says nothing was changed. */
@Provider
public class NotAnsweringPage implements ExceptionMapper<ServiceNotAnswering> {

    @Inject
    @Location("common/not-answering.html")
    Template page;

    @Override
    public Response toResponse(ServiceNotAnswering e) {
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.data("service", e.service().displayName()).render()).build();
    }
}
