package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IamAndMonitoringTest {

    private static final String IAM = "modules/iam";
    private static final String MONITORING = "modules/monitoring";
    private static Terraform tf;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
    }

    @Test
    void executionRoleReadsOnlyOurSecretsAndPullsOnlyOurRepositories() {
        Map<String, JsonNode> statements = bySid(tf.data(IAM, "aws_iam_policy_document", "execution"));
        assertThat(statements.get("PullOurImages").path("resources").asString()).isEqualTo("${var.ecr_repository_arns}");
        assertThat(statements.get("ReadOurSecrets").path("resources").asString()).isEqualTo("${var.secret_arns}");
        assertThat(Terraform.strings(statements.get("ReadOurSecrets").path("actions")))
                .containsExactly("secretsmanager:GetSecretValue");
        assertThat(statements.get("WriteOurLogs").path("resources").toString()).contains("var.log_group_arn");
        assertThat(tf.moduleCall("iam").path("secret_arns").toString())
                .contains("module.secrets.api_credentials_arn", "module.rds.master_user_secret_arn");
        assertThat(tf.moduleCall("iam").path("ecr_repository_arns").asString())
                .isEqualTo("${module.ecr.repository_arns}");
    }

    @Test
    void onlyActionsWithoutResourceLevelPermissionsUseAWildcardResource() {
        List<JsonNode> all = new ArrayList<>();
        all.addAll(Terraform.statements(tf.data(IAM, "aws_iam_policy_document", "execution")));
        all.addAll(Terraform.statements(tf.data(IAM, "aws_iam_policy_document", "task")));
        for (JsonNode statement : all) {
            List<String> actions = Terraform.strings(statement.path("actions"));
            assertThat(actions).as(statement.toString()).noneMatch(action -> action.endsWith(":*") || action.equals("*"));
            if (statement.path("resources").toString().contains("\"*\"")) {
                assertThat(actions).as(statement.path("sid").asString()).allMatch(action ->
                        action.equals("ecr:GetAuthorizationToken") || action.startsWith("ssmmessages:")
                                || action.equals("cloudwatch:PutMetricData"));
            }
        }
    }

    @Test
    void everyServiceMayPublishMetricsOnlyInTheAlgoTradingSystemNamespace() {
        JsonNode task = tf.data(IAM, "aws_iam_policy_document", "task");
        assertThat(task.path("for_each").asString()).isEqualTo("${aws_iam_role.task}");
        assertThat(tf.resource(IAM, "aws_iam_role", "task").path("for_each").asString())
                .isEqualTo("${toset([\"trading\", \"dashboard\", \"data\"])}");
        JsonNode metrics = bySid(task).get("PublishOwnMetrics");
        JsonNode condition = Terraform.block(metrics, "condition");
        assertThat(condition.path("test").asString()).isEqualTo("StringEquals");
        assertThat(condition.path("variable").asString()).isEqualTo("cloudwatch:namespace");
        assertThat(Terraform.strings(condition.path("values"))).containsExactly("${var.metrics_namespace}");
        assertThat(tf.moduleCall("iam").path("metrics_namespace").asString()).isEqualTo("${local.metrics_namespace}");
        assertThat(tf.locals("").path("metrics_namespace").asString()).isEqualTo("AlgoTradingSystem");
        assertThat(tf.resource("modules/ecs-service", "aws_ecs_task_definition", "this").path("task_role_arn")
                .asString()).isEqualTo("${var.task_role_arn}");
        assertThat(tf.moduleCall("service").path("task_role_arn").asString())
                .isEqualTo("${module.iam.task_role_arns[each.key]}");
    }

    @Test
    void onlyTradingPublishesAlertsAndOnlyDataTouchesItsArchivePrefix() {
        Map<String, String> onlyFor = new java.util.HashMap<>();
        tf.data(IAM, "aws_iam_policy_document", "task").path("dynamic").path("statement").forEach(dynamic -> {
            JsonNode content = Terraform.block(dynamic, "content");
            onlyFor.put(content.path("sid").asString(), dynamic.path("for_each").asString());
        });
        assertThat(onlyFor).containsEntry("PublishAlerts", "${each.key == \"trading\" ? [1] : []}")
                .containsEntry("ArchiveObjects", "${each.key == \"data\" ? [1] : []}")
                .containsEntry("ListArchivePrefix", "${each.key == \"data\" ? [1] : []}");
        Map<String, JsonNode> statements = bySid(tf.data(IAM, "aws_iam_policy_document", "task"));
        assertThat(Terraform.strings(statements.get("PublishAlerts").path("resources")))
                .containsExactly("${var.alerts_topic_arn}");
        assertThat(Terraform.strings(statements.get("ArchiveObjects").path("resources")))
                .containsExactly("${var.archive_bucket_arn}/${var.archive_prefix}*");
        assertThat(Terraform.strings(statements.get("ArchiveObjects").path("actions")))
                .containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
    }

    @Test
    void applicationMetricsComeFromTheSharedListInTheAlgoTradingSystemNamespace() {
        JsonNode metrics = Terraform.JSON.readTree(
                Repository.read("deployment/terraform/modules/monitoring/application-metrics.json"));
        assertThat(metrics.path("namespace").asString()).isEqualTo("AlgoTradingSystem");
        assertThat(Terraform.strings(metrics.path("dimensions"))).containsExactly("Environment", "Service");
        assertThat(applicationMetricNames()).contains("TradingHalted", "BrokerCircuitOpen", "MarketFeedStale",
                "OrderRejections", "ErrorCount");
        assertThat(tf.locals(MONITORING).path("application").asString())
                .isEqualTo("${jsondecode(file(\"${path.module}/application-metrics.json\"))}");
        JsonNode alarm = tf.resource(MONITORING, "aws_cloudwatch_metric_alarm", "application");
        assertThat(alarm.path("for_each").asString()).isEqualTo("${local.application_alarms}");
        assertThat(tf.locals(MONITORING).path("application_alarms").asString()).contains("local.application.metrics",
                "metric.owner == \"every\" ? local.application.services", "can(metric.alarm)");
        assertThat(alarm.path("namespace").asString()).isEqualTo("${local.application.namespace}");
        assertThat(alarm.path("metric_name").asString()).isEqualTo("${each.value.metric}");
        assertThat(alarm.path("dimensions").asString())
                .isEqualTo("${zipmap(local.application.dimensions, [var.environment, each.value.service])}");
    }

    @Test
    void everyMetricHasAnOwnerThatPublishesItAndEveryAlarmedOneASeriesCloudWatchReceives() {
        JsonNode list = Terraform.JSON.readTree(
                Repository.read("deployment/terraform/modules/monitoring/application-metrics.json"));
        List<String> services = Terraform.strings(list.path("services"));
        assertThat(services).containsExactlyInAnyOrder("trading-service", "data-service", "dashboard-service");
        String series = tf.locals(MONITORING).path("series").toString();
        list.path("metrics").forEach(metric -> {
            String name = metric.path("name").asString();
            assertThat(services.contains(metric.path("owner").asString()) || metric.path("owner").asString().equals("every"))
                    .as(name).isTrue();
            assertThat(metric.path("type").asString()).as(name).isIn("gauge", "counter", "timer");
            if (metric.has("alarm")) {
                assertThat(series).as(name).contains(metric.path("type").asString());
            }
        });
    }

    @Test
    void theTradingServiceIsToldTheAlertsTopic() {
        assertThat(tf.locals("").path("services").toString()).contains("ALERTS_TOPIC_ARN")
                .contains("module.sns.topic_arn");
    }

    @Test
    void everyAlarmNotifiesTheAlertsTopic() {
        JsonNode alarms = tf.module(MONITORING).path("resource").path("aws_cloudwatch_metric_alarm");
        assertThat(alarms.propertyNames()).containsExactlyInAnyOrder("ecs", "alb_5xx", "alb_unhealthy_targets",
                "rds_cpu_high", "rds_connections_high", "rds_free_storage_low", "application");
        for (String name : alarms.propertyNames()) {
            assertThat(Terraform.block(alarms, name).path("alarm_actions").asString()).as(name)
                    .isEqualTo("${local.alarm_actions}");
        }
        assertThat(Terraform.strings(tf.locals(MONITORING).path("alarm_actions")))
                .containsExactly("${var.alerts_topic_arn}");
        assertThat(tf.moduleCall("monitoring").path("alerts_topic_arn").asString()).isEqualTo("${module.sns.topic_arn}");
        assertThat(tf.locals(MONITORING).path("ecs_alarms").asString().replaceAll("\\s+", " ")).contains("\"${key}-cpu-high\"",
                "metric = \"CPUUtilization\"", "\"${key}-memory-high\"", "metric = \"MemoryUtilization\"");
        assertThat(tf.resource(MONITORING, "aws_cloudwatch_metric_alarm", "alb_unhealthy_targets")
                .path("metric_name").asString()).isEqualTo("UnHealthyHostCount");
        assertThat(tf.resource(MONITORING, "aws_cloudwatch_metric_alarm", "alb_5xx").toString())
                .contains("HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count");
        assertThat(tf.resource(MONITORING, "aws_cloudwatch_metric_alarm", "rds_free_storage_low")
                .path("metric_name").asString()).isEqualTo("FreeStorageSpace");
    }

    @Test
    void alertsTopicHasAnOptionalEmailSubscription() {
        JsonNode subscription = tf.resource("modules/sns", "aws_sns_topic_subscription", "email");
        assertThat(subscription.path("count").asString()).isEqualTo("${var.alert_email == \"\" ? 0 : 1}");
        assertThat(subscription.path("protocol").asString()).isEqualTo("email");
        assertThat(tf.variable("", "alert_email").path("default").asString()).isEmpty();
        assertThat(tf.resource("modules/sns", "aws_sns_topic", "alerts").path("kms_master_key_id").asString())
                .isEqualTo("${aws_kms_key.alerts.arn}");
    }

    @Test
    void dashboardShowsTheGuidesKeyMetrics() {
        JsonNode dashboard = tf.resource(MONITORING, "aws_cloudwatch_dashboard", "this");
        assertThat(dashboard.path("dashboard_name").asString()).isEqualTo("${var.dashboard_name}");
        assertThat(tf.moduleCall("monitoring").path("dashboard_name").asString()).isEqualTo("${var.dashboard_name}");
        assertThat(dashboard.path("dashboard_body").asString()).contains("\"CPUUtilization\"",
                "\"MemoryUtilization\"", "\"RequestCount\"", "\"TargetResponseTime\"", "\"DatabaseConnections\"",
                "\"HTTPCode_Target_5XX_Count\"", "local.application_alarms");
    }

    static List<String> applicationMetricNames() {
        JsonNode metrics = Terraform.JSON.readTree(
                Repository.read("deployment/terraform/modules/monitoring/application-metrics.json"));
        List<String> names = new ArrayList<>();
        metrics.path("metrics").forEach(metric -> names.add(metric.path("name").asString()));
        return names;
    }

    private static Map<String, JsonNode> bySid(JsonNode policyDocument) {
        return Terraform.statements(policyDocument).stream()
                .collect(Collectors.toMap(statement -> statement.path("sid").asString(), statement -> statement));
    }
}
