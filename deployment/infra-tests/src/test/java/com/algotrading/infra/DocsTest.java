package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The operator docs stay true to the Terraform and the scripts. */
class DocsTest {

    private static final ExternalTool BASH = new ExternalTool("bash", "apt-get install -y bash");
    private static final Pattern SCRIPT_CALL = Pattern.compile("\\./deployment/scripts/(\\w+\\.sh)([^\\n`]*)");
    private static Terraform tf;
    private static String deployment;

    @BeforeAll
    static void read() {
        tf = Terraform.config();
        deployment = Repository.read("docs/deployment.md");
    }

    @Test
    void operationsHasOneEntryPerAlarm() {
        String operations = Repository.read("docs/operations.md");
        for (String alarm : alarmNames()) {
            assertThat(operations).as("docs/operations.md entry for %s", alarm).containsPattern("(?m)^### " + alarm + "$");
        }
    }

    @Test
    void everyDocumentedScriptCallUsesOptionsTheScriptAccepts() {
        Matcher call = SCRIPT_CALL.matcher(deployment);
        int calls = 0;
        while (call.find()) {
            calls++;
            String help = BASH.run(Repository.ROOT, "deployment/scripts/" + call.group(1), "--help").output();
            Matcher option = Pattern.compile("--[a-z-]+").matcher(call.group(2));
            while (option.find()) {
                assertThat(help).as("%s --help lists %s", call.group(1), option.group()).contains(option.group());
            }
        }
        assertThat(calls).isGreaterThanOrEqualTo(6);
        assertThat(deployment).contains("./deployment/scripts/deploy.sh dev\n", "./deployment/scripts/rollback.sh dev\n",
                "./deployment/scripts/health_check.sh dev --verbose\n",
                "cd deployment/terraform && terraform init && terraform plan -var-file=environments/dev.tfvars -out=tfplan\n",
                "docker build -f deployment/docker/Dockerfile.trading -t algo-trading-dev-trading .\n");
    }

    @Test
    void everyRepositoryPathTheGuideNamesExists() {
        Matcher path = Pattern.compile("`((?:deployment|docs|\\.github)/[^`<>*\\s]+)`").matcher(deployment);
        Set<String> paths = new LinkedHashSet<>();
        while (path.find()) {
            paths.add(path.group(1));
        }
        assertThat(paths).isNotEmpty();
        for (String relative : paths) {
            assertThat(Repository.path(relative)).as("path named in docs/deployment.md").exists();
        }
    }

    @Test
    void configurationTableListsEveryVariableTheTaskDefinitionsSet() {
        JsonNode locals = tf.locals("");
        List<String> names = new ArrayList<>(locals.path("shared_env").propertyNames());
        names.addAll(locals.path("db_secrets").propertyNames());
        names.addAll(Terraform.strings(locals.path("angel_one_keys")));
        names.add("SERVICE_TOKEN");
        locals.path("services").forEach(service -> names.addAll(service.path("env").propertyNames()));
        for (String name : names) {
            assertThat(deployment).as("docs/deployment.md configuration").contains("`" + name + "`");
        }
    }

    @Test
    void localPlatformGuideAndRunLocalHelpNameTheSameVariablesAndOptions() {
        String guide = Repository.read("docs/local-platform.md");
        String help = BASH.run(Repository.ROOT, "deployment/scripts/run-local.sh", "--help").output();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)`(?:, `([A-Z_]+)`)*").matcher(guide);
        Set<String> variables = new LinkedHashSet<>();
        while (row.find()) {
            variables.add(row.group(1));
        }
        assertThat(variables).contains("DASHBOARD_PORT", "TRADING_SERVICE_PORT", "DATA_SERVICE_PORT", "SERVICE_TOKEN");
        for (String variable : variables) {
            assertThat(help).as("run-local.sh --help lists %s, as docs/local-platform.md does", variable)
                    .contains(variable);
        }
        for (String document : List.of("README.md", "docs/local-platform.md")) {
            Matcher call = Pattern.compile("deployment/scripts/run-local\\.sh((?: --[a-z-]+)*)").matcher(Repository.read(document));
            while (call.find()) {
                Matcher option = Pattern.compile("--[a-z-]+").matcher(call.group(1));
                while (option.find()) {
                    assertThat(help).as("%s: run-local.sh --help lists %s", document, option.group()).contains(option.group());
                }
            }
        }
    }

    @Test
    void sizingTableMatchesTheTfvars() {
        for (String environment : List.of("dev", "staging", "prod")) {
            JsonNode sizes = tf.tfvars(environment).path("task_sizes");
            StringBuilder row = new StringBuilder("| " + environment + " |");
            for (String service : List.of("trading", "dashboard", "data")) {
                row.append(' ').append(sizes.path(service).path("cpu").asInt()).append(" / ")
                        .append(sizes.path(service).path("memory").asInt()).append(" |");
            }
            assertThat(deployment).contains(row);
        }
    }

    /** Alarm names after the algo-trading-<env>- prefix, as the Terraform defines them. */
    private static List<String> alarmNames() {
        List<String> names = new ArrayList<>();
        Matcher ecs = Pattern.compile("\"\\$\\{key}-([a-z-]+)\"").matcher(tf.locals("modules/monitoring")
                .path("ecs_alarms").asString());
        while (ecs.find()) {
            names.add(ecs.group(1));
        }
        tf.module("modules/monitoring").path("resource").path("aws_cloudwatch_metric_alarm").properties()
                .forEach(entry -> {
                    String alarmName = entry.getValue().get(0).path("alarm_name").asString();
                    if (alarmName.startsWith("${local.name}-") && !alarmName.contains("each.")) {
                        names.add(alarmName.substring("${local.name}-".length()));
                    }
                });
        names.addAll(IamAndMonitoringTest.applicationMetricNames());
        assertThat(names).contains("cpu-high", "memory-high", "alb-5xx", "rds-free-storage-low", "TradingHalted");
        return names;
    }
}
