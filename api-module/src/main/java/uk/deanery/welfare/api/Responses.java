package uk.deanery.welfare.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error answers, always JSON with every problem. */
final class Responses {

    static final int UNPROCESSABLE = 422;

    private Responses() {}

    static Response unprocessable(Problems problems) {
        return Response.status(UNPROCESSABLE)
                .type(MediaType.APPLICATION_JSON)
                .entity(problems)
                .build();
    }

    static Response badRequest(Problems problems) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(problems)
                .build();
    }
}
