package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EcsServiceTest {

    private static final String SERVICE = "modules/ecs-service";
    private static final List<String> ANGEL_ONE_KEYS =
            List.of("ANGEL_ONE_API_KEY", "ANGEL_ONE_CLIENT_ID", "ANGEL_ONE_PASSWORD", "ANGEL_ONE_TOTP_SECRET");
    private static Terraform tf;
    private static JsonNode services;
    private static JsonNode container;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
        services = tf.locals("").path("services");
        container = tf.locals(SERVICE).path("container");
    }

    @Test
    void theReusableServiceModuleIsUsedForAllThreeServices() {
        JsonNode call = tf.moduleCall("service");
        assertThat(call.path("source").asString()).isEqualTo("./modules/ecs-service");
        assertThat(call.path("for_each").asString()).isEqualTo("${local.services}");
        assertThat(services.propertyNames()).containsExactlyInAnyOrder("trading", "dashboard", "data");
        assertThat(List.of(services.path("dashboard").path("port").asInt(), services.path("trading").path("port")
                .asInt(), services.path("data").path("port").asInt())).containsExactly(8080, 8081, 8082);
    }

    @Test
    void tradingNeverRunsTwoCopiesAndNeverOnSpot() {
        JsonNode trading = services.path("trading");
        assertThat(trading.path("desired_count").asInt()).isEqualTo(1);
        assertThat(trading.path("min_healthy").asInt()).isZero();
        assertThat(trading.path("max_percent").asInt()).isEqualTo(100);
        assertThat(trading.path("capacity_provider").asString()).isEqualTo("FARGATE");
        JsonNode call = tf.moduleCall("service");
        assertThat(call.path("desired_count").asString()).isEqualTo("${each.value.desired_count}");
        assertThat(call.path("deployment_minimum_healthy_percent").asString()).isEqualTo("${each.value.min_healthy}");
        assertThat(call.path("deployment_maximum_percent").asString()).isEqualTo("${each.value.max_percent}");
        assertThat(call.path("capacity_provider").asString()).isEqualTo("${each.value.capacity_provider}");
        JsonNode service = tf.resource(SERVICE, "aws_ecs_service", "this");
        assertThat(service.path("deployment_minimum_healthy_percent").asString())
                .isEqualTo("${var.deployment_minimum_healthy_percent}");
        assertThat(service.path("deployment_maximum_percent").asString())
                .isEqualTo("${var.deployment_maximum_percent}");
        assertThat(service.path("desired_count").asString()).isEqualTo("${var.desired_count}");
        assertThat(Terraform.block(service, "capacity_provider_strategy").path("capacity_provider").asString())
                .isEqualTo("${var.capacity_provider}");
        assertThat(service.has("launch_type")).as("capacity provider strategy only").isFalse();
    }

    @Test
    void dataAndDashboardUseSpotInDevAndStagingOnly() {
        for (String name : List.of("dashboard", "data")) {
            assertThat(services.path(name).path("capacity_provider").asString()).as(name)
                    .isEqualTo("${var.use_fargate_spot ? \"FARGATE_SPOT\" : \"FARGATE\"}");
        }
        assertThat(tf.tfvars("dev").path("use_fargate_spot").asBoolean()).isTrue();
        assertThat(tf.tfvars("staging").path("use_fargate_spot").asBoolean()).isTrue();
        assertThat(tf.tfvars("prod").path("use_fargate_spot").asBoolean()).isFalse();
        assertThat(Terraform.strings(tf.resource("modules/ecs", "aws_ecs_cluster_capacity_providers", "this")
                .path("capacity_providers"))).containsExactlyInAnyOrder("FARGATE", "FARGATE_SPOT");
    }

    @Test
    void deploymentsRollBackOnTheCircuitBreakerAndEcsExecIsOn() {
        JsonNode service = tf.resource(SERVICE, "aws_ecs_service", "this");
        JsonNode breaker = Terraform.block(service, "deployment_circuit_breaker");
        assertThat(breaker.path("enable").asBoolean()).isTrue();
        assertThat(breaker.path("rollback").asBoolean()).isTrue();
        assertThat(service.path("enable_execute_command").asBoolean()).isTrue();
    }

    @Test
    void scriptsOwnTheRunningRevisionAndOldRevisionsStayAvailableForRollback() {
        JsonNode service = tf.resource(SERVICE, "aws_ecs_service", "this");
        assertThat(Terraform.block(service, "lifecycle").path("ignore_changes").toString()).contains("task_definition");
        assertThat(tf.resource(SERVICE, "aws_ecs_task_definition", "this").path("skip_destroy").asBoolean()).isTrue();
        assertThat(tf.moduleCall("service").path("image").asString()).endsWith(":${var.image_tag}");
    }

    @Test
    void containersRunAsNonRootOnAReadOnlyRootFilesystemWithWritableTmp() {
        assertThat(container.path("user").asString()).matches("[1-9][0-9]*:[1-9][0-9]*");
        assertThat(container.path("readonlyRootFilesystem").asBoolean()).isTrue();
        JsonNode writable = tf.locals(SERVICE).path("writable_paths");
        assertThat(writable.path("tmp").asString()).isEqualTo("/tmp");
        assertThat(container.path("mountPoints").asString()).contains("local.writable_paths");
        assertThat(Terraform.block(tf.resource(SERVICE, "aws_ecs_task_definition", "this").path("dynamic"),
                "volume").path("for_each").asString()).isEqualTo("${local.writable_paths}");
        assertThat(tf.resource(SERVICE, "aws_ecs_task_definition", "this").path("container_definitions")
                .asString()).isEqualTo("${jsonencode([local.container])}");
    }

    @Test
    void containersLogToTheServiceLogGroupWithRetentionPerEnvironment() {
        JsonNode logging = container.path("logConfiguration");
        assertThat(logging.path("logDriver").asString()).isEqualTo("awslogs");
        assertThat(logging.path("options").path("awslogs-group").asString()).isEqualTo("${var.log_group_name}");
        assertThat(tf.moduleCall("service").path("log_group_name").asString())
                .isEqualTo("${module.ecs.log_group_name}");
        assertThat(tf.resource("modules/ecs", "aws_cloudwatch_log_group", "services").path("retention_in_days")
                .asString()).isEqualTo("${var.log_retention_days}");
        for (String environment : List.of("dev", "staging", "prod")) {
            assertThat(tf.tfvars(environment).path("log_retention_days").asInt()).as(environment).isPositive();
        }
        assertThat(tf.tfvars("prod").path("log_retention_days").asInt())
                .isGreaterThanOrEqualTo(tf.tfvars("dev").path("log_retention_days").asInt());
    }

    @Test
    void brokerCredentialsComeFromSecretsManagerByJsonKey() {
        assertThat(Terraform.strings(tf.locals("").path("angel_one_keys"))).containsExactlyElementsOf(ANGEL_ONE_KEYS);
        assertThat(services.path("trading").path("secret_keys").asString()).as("the webhook URL only when asked for")
                .isEqualTo("${concat(local.angel_one_keys, [\"SERVICE_TOKEN\"], var.alerts_webhook ?"
                        + " [\"ALERTS_WEBHOOK_URL\"] : [])}");
        assertThat(tf.variable("", "alerts_webhook").path("default").asBoolean()).as("off unless the secret has the key")
                .isFalse();
        assertThat(services.path("data").path("secret_keys").asString())
                .isEqualTo("${concat(local.angel_one_keys, [\"SERVICE_TOKEN\"])}");
        assertThat(Terraform.strings(services.path("dashboard").path("secret_keys")))
                .as("the dashboard never sees broker credentials").containsExactly("SERVICE_TOKEN", "DASHBOARD_ADMIN_PASSWORD");
        assertThat(tf.moduleCall("service").path("secrets").asString())
                .contains("for key in each.value.secret_keys : key => \"${module.secrets.api_credentials_arn}:${key}::\"",
                        "local.db_secrets");
        assertThat(tf.locals("").path("db_secrets").path("DB_PASSWORD").asString())
                .isEqualTo("${module.rds.master_user_secret_arn}:password::");
        assertThat(container.path("secrets").asString()).contains("valueFrom = value_from");
    }

    @Test
    void noSecretTravelsAsAPlainEnvironmentVariable() {
        List<String> secretNames = List.of("ANGEL_ONE", "PASSWORD", "SERVICE_TOKEN", "DB_USER", "SECRET");
        JsonNode shared = tf.locals("").path("shared_env");
        for (String name : shared.propertyNames()) {
            assertThat(secretNames).noneMatch(name::contains);
        }
        for (String service : services.propertyNames()) {
            for (String name : services.path(service).path("env").propertyNames()) {
                assertThat(secretNames).as("%s env %s", service, name).noneMatch(name::contains);
            }
        }
    }
}
