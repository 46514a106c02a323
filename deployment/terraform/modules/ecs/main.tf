locals {
  name = "algo-trading-${var.environment}"
}

resource "aws_ecs_cluster" "this" {
  name = "${local.name}-cluster"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]
}

resource "aws_cloudwatch_log_group" "services" {
  name              = "/aws/ecs/${local.name}"
  retention_in_days = var.log_retention_days
}

# Service Connect names (trading-service, data-service) resolve only inside this namespace, i.e. the VPC.
resource "aws_service_discovery_http_namespace" "this" {
  name        = "${local.name}.internal"
  description = "Service Connect namespace of the algo-trading services"
}

resource "aws_security_group" "tasks" {
  name        = "${local.name}-ecs-tasks"
  description = "All three services; the dashboard port is open to the ALB, the others only to each other"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "from_alb" {
  security_group_id            = aws_security_group.tasks.id
  description                  = "Dashboard from the load balancer"
  referenced_security_group_id = var.alb_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = var.dashboard_port
  to_port                      = var.dashboard_port
}

resource "aws_vpc_security_group_ingress_rule" "between_tasks" {
  for_each = toset([for port in var.internal_ports : tostring(port)])

  security_group_id            = aws_security_group.tasks.id
  description                  = "Service-to-service on ${each.value}"
  referenced_security_group_id = aws_security_group.tasks.id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
}

# Outbound: the broker API and WebSocket, AWS APIs and ECR over the NAT gateway, PostgreSQL inside the VPC.
resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.tasks.id
  description       = "Outbound through the NAT gateway and inside the VPC"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
