package org.riverwoods.kap.outcomes;

import org.riverwoods.kap.testing.RealServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this service runs against the real broker and its own real database. */
@QuarkusTestResource(value = RealServices.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
public class RealServicesForOutcomes {
}
