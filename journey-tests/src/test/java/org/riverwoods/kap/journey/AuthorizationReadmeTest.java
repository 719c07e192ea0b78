package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The README's role tables are what docs/authorization-matrix.md says. With
 * {@code -Dkap.authorization.write-readme=true} it writes them instead of failing.
 */
class AuthorizationReadmeTest {

    @Test
    void theReadmeRoleTablesAreGeneratedFromTheMatrix() throws IOException {
        Path root = JourneyPlatform.repositoryRoot();
        Path readme = root.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String generated = AuthorizationReadme.block(AuthorizationMatrix.read(root));
        if (Boolean.getBoolean(AuthorizationReadme.WRITE_PROPERTY)) {
            Files.writeString(readme, AuthorizationReadme.withBlock(text, generated), StandardCharsets.UTF_8);
            System.out.println("[authorization] README.md role tables written from " + AuthorizationMatrix.FILE);
            return;
        }
        assertEquals(generated, AuthorizationReadme.currentBlock(text), "README.md's role tables differ from "
                + AuthorizationMatrix.FILE + "; edit the matrix, then regenerate them: " + AuthorizationReadme.REGENERATE);
    }
}
