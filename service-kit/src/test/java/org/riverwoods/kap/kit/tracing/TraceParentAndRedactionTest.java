package org.riverwoods.kap.kit.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The pieces of tracing that need no application: reading a traceparent, and the shape of a path. */
class TraceParentAndRedactionTest {

    @Test
    void aTraceParentIsReadOnlyInItsW3cForm() {
        assertEquals("0af7651916cd43dd8448eb211c80319c",
                TraceParent.traceId("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        assertNull(TraceParent.traceId(null));
        assertNull(TraceParent.traceId(""));
        assertNull(TraceParent.traceId("00-00000000000000000000000000000000-b7ad6b7169203331-01"),
                "an all-zero trace id");
        assertNull(TraceParent.traceId("00-0af7651916cd43dd-b7ad6b7169203331-01"), "a short trace id");
        assertNull(TraceParent.traceId("Jane Roe"));
        assertNull(TraceParent.current(), "no span is current outside an application");
    }

    @Test
    void aPathKeepsItsWordsAndLosesItsValues() {
        assertEquals("/api/v1/patients", SpanRedaction.pathShape("/api/v1/patients"));
        assertEquals("/api/v1/patients/{*}/diary/{*}",
                SpanRedaction.pathShape("/api/v1/patients/3fa85f64-5717-4562-b3fc-2c963f66afa6/diary/2026-11-20"));
        assertEquals("/api/v1/patients/{*}",
                SpanRedaction.pathShape("/api/v1/patients/abcdef12-5717-4562-b3fc-2c963f66afa6"));
        assertEquals("/api/v1/treatment-plans/{*}/status",
                SpanRedaction.pathShape("/api/v1/treatment-plans/0c3f7f8e-8f1e-4f7e-9d4b-6b5a0e7c2d11/status"));
        assertEquals("/api/v1/search/{*}", SpanRedaction.pathShape("/api/v1/search/Jane%20Roe"));
        assertEquals("/api/v1/search/{*}", SpanRedaction.pathShape("/api/v1/search/Roe?mrn=123"));
        assertEquals("/", SpanRedaction.pathShape("/"));
    }
}
