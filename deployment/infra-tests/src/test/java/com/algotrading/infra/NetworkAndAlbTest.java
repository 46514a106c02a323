package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NetworkAndAlbTest {

    private static final String NETWORK = "modules/network";
    private static final String ALB = "modules/alb";
    private static Terraform tf;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
    }

    @Test
    void vpcSpansTwoAzsWithPublicAndPrivateSubnets() {
        assertThat(tf.locals(NETWORK).path("azs").asString())
                .isEqualTo("${slice(data.aws_availability_zones.available.names, 0, 2)}");
        for (String tier : new String[] {"public", "private"}) {
            JsonNode subnet = tf.resource(NETWORK, "aws_subnet", tier);
            assertThat(subnet.path("count").asInt()).as(tier).isEqualTo(2);
            assertThat(subnet.path("availability_zone").asString()).isEqualTo("${local.azs[count.index]}");
            assertThat(subnet.path("map_public_ip_on_launch").asBoolean(false)).as(tier).isFalse();
        }
    }

    @Test
    void privateSubnetsLeaveThroughOneNatGatewayWithAnElasticIp() {
        assertThat(tf.resource(NETWORK, "aws_eip", "nat").path("domain").asString()).isEqualTo("vpc");
        JsonNode nat = tf.resource(NETWORK, "aws_nat_gateway", "this");
        assertThat(nat.path("allocation_id").asString()).isEqualTo("${aws_eip.nat.id}");
        assertThat(nat.path("subnet_id").asString()).isEqualTo("${aws_subnet.public[0].id}");
        assertThat(nat.has("count")).as("a single NAT gateway, so a single egress IP").isFalse();
        JsonNode privateRoute = Terraform.block(tf.resource(NETWORK, "aws_route_table", "private"), "route");
        assertThat(privateRoute.path("cidr_block").asString()).isEqualTo("0.0.0.0/0");
        assertThat(privateRoute.path("nat_gateway_id").asString()).isEqualTo("${aws_nat_gateway.this.id}");
        assertThat(privateRoute.has("gateway_id")).as("no internet gateway route from private subnets").isFalse();
        assertThat(tf.resource(NETWORK, "aws_route_table_association", "private").path("route_table_id").asString())
                .isEqualTo("${aws_route_table.private.id}");
    }

    @Test
    void vpcFlowLogsRecordAllTraffic() {
        JsonNode flowLog = tf.resource(NETWORK, "aws_flow_log", "this");
        assertThat(flowLog.path("vpc_id").asString()).isEqualTo("${aws_vpc.this.id}");
        assertThat(flowLog.path("traffic_type").asString()).isEqualTo("ALL");
        assertThat(tf.resource(NETWORK, "aws_cloudwatch_log_group", "flow_logs").path("retention_in_days")
                .asString()).isEqualTo("${var.log_retention_days}");
    }

    @Test
    void albServesHttpsWithTheCertificateVariableAndRedirectsHttp() {
        JsonNode https = tf.resource(ALB, "aws_lb_listener", "https");
        assertThat(https.path("port").asInt()).isEqualTo(443);
        assertThat(https.path("protocol").asString()).isEqualTo("HTTPS");
        assertThat(https.path("certificate_arn").asString()).isEqualTo("${var.certificate_arn}");
        assertThat(https.path("ssl_policy").asString()).startsWith("ELBSecurityPolicy-TLS13");
        assertThat(tf.moduleCall("alb").path("certificate_arn").asString()).isEqualTo("${var.certificate_arn}");

        JsonNode http = tf.resource(ALB, "aws_lb_listener", "http_redirect");
        assertThat(http.path("port").asInt()).isEqualTo(80);
        JsonNode action = Terraform.block(http, "default_action");
        assertThat(action.path("type").asString()).isEqualTo("redirect");
        JsonNode redirect = Terraform.block(action, "redirect");
        assertThat(redirect.path("protocol").asString()).isEqualTo("HTTPS");
        assertThat(redirect.path("status_code").asString()).isEqualTo("HTTP_301");
    }

    @Test
    void albDropsInvalidHeadersAndLogsAccessToS3() {
        JsonNode lb = tf.resource(ALB, "aws_lb", "this");
        assertThat(lb.path("drop_invalid_header_fields").asBoolean()).isTrue();
        assertThat(lb.path("internal").asBoolean()).isFalse();
        assertThat(lb.path("subnets").asString()).isEqualTo("${var.public_subnet_ids}");
        JsonNode accessLogs = Terraform.block(lb, "access_logs");
        assertThat(accessLogs.path("enabled").asBoolean()).isTrue();
        assertThat(accessLogs.path("bucket").asString()).isEqualTo("${var.access_logs_bucket}");
        assertThat(tf.moduleCall("alb").path("access_logs_bucket").asString())
                .isEqualTo("${module.s3.alb_logs_bucket_name}");
    }

    @Test
    void onlyTheDashboardIsBehindTheAlbAndItIsCheckedOnReadiness() {
        assertThat(tf.module(ALB).path("resource").path("aws_lb_target_group").propertyNames())
                .containsExactly("dashboard");
        JsonNode healthCheck = Terraform.block(tf.resource(ALB, "aws_lb_target_group", "dashboard"), "health_check");
        assertThat(healthCheck.path("path").asString()).isEqualTo("/actuator/health/readiness");

        JsonNode services = tf.locals("").path("services");
        assertThat(services.path("dashboard").path("public").asBoolean()).isTrue();
        assertThat(services.path("trading").path("public").asBoolean()).isFalse();
        assertThat(services.path("data").path("public").asBoolean()).isFalse();
        assertThat(tf.moduleCall("service").path("target_group_arn").asString())
                .isEqualTo("${each.value.public ? module.alb.dashboard_target_group_arn : null}");
        assertThat(Terraform.block(tf.resource("modules/ecs-service", "aws_ecs_service", "this").path("dynamic"),
                "load_balancer").path("for_each").asString())
                .isEqualTo("${var.target_group_arn == null ? [] : [var.target_group_arn]}");
    }

    @Test
    void tradingAndDataAreReachableOnlyInsideTheVpcThroughServiceConnect() {
        JsonNode services = tf.locals("").path("services");
        assertThat(services.path("trading").path("discovery_name").asString()).isEqualTo("trading-service");
        assertThat(services.path("data").path("discovery_name").asString()).isEqualTo("data-service");
        assertThat(tf.locals("").path("shared_env").path("TRADING_SERVICE_URL").asString())
                .isEqualTo("http://trading-service:8081");
        assertThat(tf.locals("").path("shared_env").path("DATA_SERVICE_URL").asString())
                .isEqualTo("http://data-service:8082");

        JsonNode service = tf.resource("modules/ecs-service", "aws_ecs_service", "this");
        JsonNode serviceConnect = Terraform.block(service, "service_connect_configuration");
        assertThat(serviceConnect.path("enabled").asBoolean()).isTrue();
        assertThat(serviceConnect.path("namespace").asString()).isEqualTo("${var.service_connect_namespace_arn}");
        JsonNode network = Terraform.block(service, "network_configuration");
        assertThat(network.path("assign_public_ip").asBoolean(true)).isFalse();
        assertThat(tf.moduleCall("service").path("subnet_ids").asString())
                .isEqualTo("${module.network.private_subnet_ids}");
        assertThat(tf.resource("modules/ecs", "aws_service_discovery_http_namespace", "this").path("name")
                .asString()).endsWith(".internal");
    }

    @Test
    void tasksAcceptOnlyTheAlbOnTheDashboardPortAndEachOtherOnInternalPorts() {
        JsonNode ingress = tf.module("modules/ecs").path("resource").path("aws_vpc_security_group_ingress_rule");
        assertThat(ingress.propertyNames()).containsExactlyInAnyOrder("from_alb", "between_tasks");
        JsonNode fromAlb = Terraform.block(ingress, "from_alb");
        assertThat(fromAlb.path("referenced_security_group_id").asString()).isEqualTo("${var.alb_security_group_id}");
        assertThat(fromAlb.path("from_port").asString()).isEqualTo("${var.dashboard_port}");
        assertThat(fromAlb.has("cidr_ipv4")).isFalse();
        JsonNode betweenTasks = Terraform.block(ingress, "between_tasks");
        assertThat(betweenTasks.path("referenced_security_group_id").asString())
                .isEqualTo("${aws_security_group.tasks.id}");
        assertThat(Terraform.strings(tf.moduleCall("ecs").path("internal_ports")))
                .containsExactly("${local.services.trading.port}", "${local.services.data.port}");
    }
}
