package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs the external checkers of the deployment tooling inside the Maven build. */
class ToolChecksTest {

    private static final Path SCRIPTS = Repository.path("deployment/scripts");

    @Test
    void terraformIsFormatted() {
        // CHECKPOINT_DISABLE: no version check call to HashiCorp from a test.
        ExternalTool.Result fmt = ExternalTool.TERRAFORM.require().run(Repository.ROOT,
                Map.of("CHECKPOINT_DISABLE", "1"), "fmt", "-check", "-recursive", "-diff", "deployment/terraform");
        assertThat(fmt.exitCode()).as("terraform fmt -check -recursive deployment/terraform:%n%s", fmt.output())
                .isZero();
    }

    @Test
    void scriptsAreShellcheckClean() throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--external-sources"));
        List<String> scripts = shellFiles();
        assertThat(scripts).as("shell files under deployment/scripts")
                .contains("deployment/scripts/deploy.sh", "deployment/scripts/rollback.sh",
                        "deployment/scripts/health_check.sh", "deployment/scripts/lib/common.sh");
        arguments.addAll(scripts);
        ExternalTool.Result shellcheck = ExternalTool.SHELLCHECK.require().run(Repository.ROOT,
                arguments.toArray(String[]::new));
        assertThat(shellcheck.exitCode()).as("shellcheck:%n%s", shellcheck.output()).isZero();
    }

    @Test
    void everyScriptStartsWithStrictMode() {
        for (String script : List.of("deploy.sh", "rollback.sh", "health_check.sh")) {
            assertThat(Files.isExecutable(SCRIPTS.resolve(script))).as(script + " is executable").isTrue();
            assertThat(Repository.read("deployment/scripts/" + script)).as(script)
                    .startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");
        }
    }

    @Test
    void scriptSuitePasses() {
        ExternalTool.BATS.require();
        // deploy.sh edits task definitions with the real jq; only aws, terraform, docker and curl are stubbed.
        ExternalTool.JQ.require();
        ExternalTool.Result bats = ExternalTool.BATS.run(Repository.ROOT, Map.of("TERM", "dumb"),
                "--tap", "deployment/scripts/tests");
        assertThat(bats.exitCode()).as("bats deployment/scripts/tests:%n%s", bats.output()).isZero();
        assertThat(bats.output()).as("the suite ran tests").containsPattern("(?m)^ok 1 ");
    }

    /** Scripts, the sourced library, the stubs and the bats files themselves. */
    private static List<String> shellFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".sh") || file.toString().endsWith(".bats")
                            || file.toString().endsWith(".bash") || file.getParent().endsWith("stubs"))
                    .map(file -> Repository.ROOT.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }
}
