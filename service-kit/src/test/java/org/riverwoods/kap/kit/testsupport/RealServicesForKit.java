package org.riverwoods.kap.kit.testsupport;

import org.riverwoods.kap.testing.RealServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of the kit runs against the real broker and a real database of its own. */
@QuarkusTestResource(value = RealServices.class,
        initArgs = @ResourceArg(name = "database", value = RealServicesForKit.DATABASE))
public class RealServicesForKit {

    public static final String DATABASE = "kit";
}
