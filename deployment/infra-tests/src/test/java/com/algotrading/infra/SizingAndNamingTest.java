package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SizingAndNamingTest {

    /** The sizing table of the architecture: CPU units / MB per environment and service. */
    private static final Map<String, Map<String, List<Integer>>> SIZING = Map.of(
            "dev", Map.of("trading", List.of(256, 512), "dashboard", List.of(256, 512), "data", List.of(256, 512)),
            "staging", Map.of("trading", List.of(512, 1024), "dashboard", List.of(256, 512), "data", List.of(256, 512)),
            "prod", Map.of("trading", List.of(1024, 2048), "dashboard", List.of(512, 1024), "data", List.of(512, 1024)));

    private static Terraform tf;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void tfvarsCarryTheSizingTableExactly(String environment) {
        JsonNode vars = tf.tfvars(environment);
        assertThat(vars.path("environment").asString()).isEqualTo(environment);
        JsonNode sizes = vars.path("task_sizes");
        assertThat(sizes.propertyNames()).containsExactlyInAnyOrder("trading", "dashboard", "data");
        SIZING.get(environment).forEach((service, cpuAndMemory) -> {
            assertThat(sizes.path(service).path("cpu").asInt()).as("%s %s cpu", environment, service)
                    .isEqualTo(cpuAndMemory.get(0));
            assertThat(sizes.path(service).path("memory").asInt()).as("%s %s memory", environment, service)
                    .isEqualTo(cpuAndMemory.get(1));
        });
    }

    @Test
    void taskDefinitionsTakeTheirSizeFromTheEnvironmentTable() {
        JsonNode service = tf.moduleCall("service");
        assertThat(service.path("cpu").asString()).isEqualTo("${var.task_sizes[each.key].cpu}");
        assertThat(service.path("memory").asString()).isEqualTo("${var.task_sizes[each.key].memory}");
        JsonNode taskDefinition = tf.resource("modules/ecs-service", "aws_ecs_task_definition", "this");
        assertThat(taskDefinition.path("cpu").asString()).isEqualTo("${var.cpu}");
        assertThat(taskDefinition.path("memory").asString()).isEqualTo("${var.memory}");
        assertThat(Terraform.strings(taskDefinition.path("requires_compatibilities"))).containsExactly("FARGATE");
    }

    @Test
    void rootPinsTerraformAndTheAwsProviderAndDefaultsToMumbai() {
        JsonNode terraform = Terraform.block(tf.module(""), "terraform");
        assertThat(terraform.path("required_version").asString()).isEqualTo(">= 1.6");
        JsonNode aws = Terraform.block(terraform, "required_providers").path("aws");
        assertThat(aws.path("source").asString()).isEqualTo("hashicorp/aws");
        assertThat(aws.path("version").asString()).startsWith("~>");
        assertThat(tf.variable("", "aws_region").path("default").asString()).isEqualTo("ap-south-1");
        assertThat(tf.variable("", "environment").path("validation").toString()).contains("dev", "staging", "prod");
    }

    @Test
    void s3BackendIsOptionalAndConfiguredPerEnvironment() {
        assertThat(Repository.path("deployment/terraform/backend.tf")).doesNotExist();
        assertThat(Repository.read("deployment/terraform/backend.tf.example")).contains("backend \"s3\"");
        for (String environment : SIZING.keySet()) {
            assertThat(Repository.read("deployment/terraform/environments/" + environment + ".s3.tfbackend"))
                    .contains("key          = \"" + environment + "/terraform.tfstate\"", "encrypt      = true",
                            "use_lockfile = true");
        }
    }

    @Test
    void namesFollowTheGuide() {
        assertThat(tf.locals("").path("name").asString()).isEqualTo("algo-trading-${var.environment}");
        assertThat(tf.resource("modules/ecs", "aws_ecs_cluster", "this").path("name").asString())
                .isEqualTo("${local.name}-cluster");
        assertThat(tf.locals("modules/ecs").path("name").asString()).isEqualTo("algo-trading-${var.environment}");
        assertThat(tf.resource("modules/ecs", "aws_cloudwatch_log_group", "services").path("name").asString())
                .isEqualTo("/aws/ecs/${local.name}");
        assertThat(tf.locals("modules/ecs-service").path("full_name").asString())
                .isEqualTo("algo-trading-${var.environment}-${var.name}");
        assertThat(tf.resource("modules/ecs-service", "aws_ecs_service", "this").path("name").asString())
                .isEqualTo("${local.full_name}");
        JsonNode services = tf.locals("").path("services");
        assertThat(List.of(services.path("trading").path("suffix").asString(),
                services.path("dashboard").path("suffix").asString(), services.path("data").path("suffix").asString()))
                .containsExactly("trading", "dashboard", "data-service");
        assertThat(tf.moduleCall("ecr").path("repository_names").asString())
                .isEqualTo("${[for service in local.services : \"${local.name}-${service.suffix}\"]}");
        assertThat(tf.resource("modules/sns", "aws_sns_topic", "alerts").path("name").asString())
                .isEqualTo("algo-trading-${var.environment}-alerts");
        assertThat(tf.resource("modules/secrets", "aws_secretsmanager_secret", "api_credentials").path("name")
                .asString()).isEqualTo("algo-trading-${var.environment}-api-credentials");
        assertThat(tf.variable("", "dashboard_name").path("default").asString()).isEqualTo("AlgoTradingSystem");
    }

    @Test
    void outputsGiveWhatOperatorsNeed() {
        JsonNode outputs = tf.module("").path("output");
        assertThat(outputs.propertyNames()).contains("alb_dns_name", "ecr_repository_urls", "cluster_name",
                "static_egress_ip");
        assertThat(Terraform.block(outputs, "static_egress_ip").path("value").asString())
                .isEqualTo("${module.network.nat_public_ip}");
        assertThat(Terraform.block(tf.module("modules/network").path("output"), "nat_public_ip").path("value")
                .asString()).isEqualTo("${aws_eip.nat.public_ip}");
    }
}
