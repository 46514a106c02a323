package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * A stand-in for `terraform validate`, which needs the AWS provider and cannot run here: every reference
 * points at something declared, and every module call passes exactly the variables the module takes.
 */
class TerraformReferencesTest {

    private static final Set<String> META_ARGUMENTS = Set.of("source", "for_each", "count", "depends_on", "providers");
    private static Terraform tf;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "modules/network", "modules/alb", "modules/ecs", "modules/ecs-service", "modules/rds",
            "modules/s3", "modules/ecr", "modules/secrets", "modules/iam", "modules/monitoring", "modules/sns"})
    void everyReferenceIsDeclared(String dir) {
        JsonNode module = tf.module(dir);
        String code = sourceOf(dir);
        assertThat(matches(code, "\\bvar\\.([a-z0-9_]+)")).as("variables used in %s", dir)
                .isSubsetOf(module.path("variable").propertyNames());
        assertThat(matches(code, "\\blocal\\.([a-z0-9_]+)")).as("locals used in %s", dir)
                .isSubsetOf(tf.locals(dir).propertyNames());
        for (String reference : matches(code, "(?<!data\\.)\\b(aws_[a-z0-9_]+\\.[a-z0-9_]+)\\b")) {
            String[] typeAndName = reference.split("\\.");
            assertThat(module.path("resource").path(typeAndName[0]).has(typeAndName[1]))
                    .as("resource %s referenced in %s", reference, dir).isTrue();
        }
        for (String reference : matches(code, "\\bdata\\.(aws_[a-z0-9_]+\\.[a-z0-9_]+)\\b")) {
            String[] typeAndName = reference.split("\\.");
            assertThat(module.path("data").path(typeAndName[0]).has(typeAndName[1]))
                    .as("data source %s referenced in %s", reference, dir).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"network", "s3", "alb", "ecr", "secrets", "sns", "ecs", "rds", "iam", "service", "monitoring"})
    void moduleCallsPassExactlyTheModulesVariablesAndUseOnlyItsOutputs(String name) {
        JsonNode call = tf.moduleCall(name);
        String dir = call.path("source").asString().replaceFirst("^\\./", "");
        JsonNode variables = tf.module(dir).path("variable");
        Set<String> passed = new HashSet<>(call.propertyNames());
        passed.removeAll(META_ARGUMENTS);
        assertThat(passed).as("arguments of module %s", name).isSubsetOf(variables.propertyNames());
        for (String variable : variables.propertyNames()) {
            if (!Terraform.block(variables, variable).has("default")) {
                assertThat(passed).as("required variable %s of %s", variable, dir).contains(variable);
            }
        }
        Set<String> outputs = new HashSet<>(tf.module(dir).path("output").propertyNames());
        assertThat(matches(sourceOf(""), "\\bmodule\\." + name + "(?:\\[[^]]+])?\\.([a-z0-9_]+)"))
                .as("outputs of %s used by the root module", dir).isSubsetOf(outputs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void tfvarsSetOnlyDeclaredVariablesAndAllRequiredOnesButTheCertificate(String environment) {
        JsonNode variables = tf.module("").path("variable");
        Set<String> set = new HashSet<>(tf.tfvars(environment).propertyNames());
        assertThat(set).isSubsetOf(variables.propertyNames());
        for (String variable : variables.propertyNames()) {
            boolean required = !Terraform.block(variables, variable).has("default");
            if (required && !variable.equals("certificate_arn")) {
                assertThat(set).as("%s.tfvars sets %s", environment, variable).contains(variable);
            }
        }
        assertThat(set).as("the certificate comes from TF_VAR_certificate_arn").doesNotContain("certificate_arn");
    }

    private static Set<String> matches(String code, String regex) {
        Set<String> found = new HashSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The .tf files of one module directory, without comments. */
    private static String sourceOf(String dir) {
        Path path = Repository.path("deployment/terraform").resolve(dir);
        try (Stream<Path> files = Files.list(path)) {
            List<Path> tfFiles = files.filter(file -> file.toString().endsWith(".tf")).sorted().toList();
            StringBuilder code = new StringBuilder();
            for (Path file : tfFiles) {
                Files.readAllLines(file).stream().filter(line -> !line.strip().startsWith("#"))
                        .forEach(line -> code.append(line).append('\n'));
            }
            return code.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
