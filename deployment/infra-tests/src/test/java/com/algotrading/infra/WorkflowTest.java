package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/** The manual deploy and rollback workflows. */
class WorkflowTest {

    @ParameterizedTest
    @SuppressWarnings("unchecked")
    @CsvSource({"deploy.yml, deploy.sh", "rollback.yml, rollback.sh"})
    void dispatchedManuallyPerEnvironmentWithOidcAndCallingTheScript(String file, String script) throws IOException {
        String text = Repository.read(".github/workflows/" + file);
        Map<String, Object> workflow = new Yaml().load(text);
        // YAML 1.1 reads the bare key `on` as the boolean true.
        Map<Object, Object> raw = new Yaml().load(text);
        Map<String, Object> on = (Map<String, Object>) raw.getOrDefault("on", raw.get(Boolean.TRUE));
        Map<String, Object> environment = map(map(map(on, "workflow_dispatch"), "inputs"), "environment");
        assertThat(environment.get("type")).isEqualTo("choice");
        assertThat((List<Object>) environment.get("options")).containsExactly("dev", "staging", "prod");

        assertThat(map(workflow, "permissions")).containsEntry("id-token", "write");
        Map<String, Object> job = (Map<String, Object>) map(workflow, "jobs").values().iterator().next();
        assertThat(map(job, "environment")).containsEntry("name", "${{ inputs.environment }}");

        List<Object> steps = (List<Object>) job.get("steps");
        Map<String, Object> credentials = steps.stream().map(step -> (Map<String, Object>) step)
                .filter(step -> String.valueOf(step.get("uses")).startsWith("aws-actions/configure-aws-credentials@"))
                .findFirst().orElseThrow();
        assertThat(map(credentials, "with")).containsKey("role-to-assume")
                .doesNotContainKeys("aws-access-key-id", "aws-secret-access-key");
        assertThat(text).doesNotContainIgnoringCase("AWS_SECRET_ACCESS_KEY").doesNotContain("secrets.AWS");

        String run = steps.stream().map(step -> (Map<String, Object>) step).filter(step -> step.containsKey("run"))
                .map(step -> String.valueOf(step.get("run"))).filter(command -> command.contains(script))
                .findFirst().orElseThrow();
        assertThat(run).contains("./deployment/scripts/" + script + " \"${args[@]}\"").doesNotContain("${{");
        shellcheck(run);
    }

    private static void shellcheck(String script) throws IOException {
        Path file = Files.createTempFile("workflow-step", ".sh");
        Files.writeString(file, script);
        ExternalTool.Result result = ExternalTool.SHELLCHECK.require().run(Repository.ROOT, "--shell=bash",
                file.toString());
        Files.delete(file);
        assertThat(result.exitCode()).as("shellcheck of the workflow step:%n%s", result.output()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
