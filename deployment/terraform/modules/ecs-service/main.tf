locals {
  full_name = "algo-trading-${var.environment}-${var.name}"

  # The root filesystem is read-only; these are the only writable paths, each an ephemeral task volume.
  # /tmp is the application's scratch space; the three others are where the ECS Exec (SSM) agent writes,
  # without which `aws ecs execute-command` fails on a read-only root filesystem.
  writable_paths = {
    tmp            = "/tmp"
    managed-agents = "/managed-agents"
    ssm-state      = "/var/lib/amazon/ssm"
    ssm-agent-logs = "/var/log/amazon/ssm"
  }

  container = {
    name      = var.name
    image     = var.image
    essential = true
    # The image's own user is non-root; the task definition pins it too so a changed image cannot run as root.
    user                   = "10001:10001"
    readonlyRootFilesystem = true
    portMappings = [{
      name          = "http"
      containerPort = var.container_port
      protocol      = "tcp"
      appProtocol   = "http"
    }]
    environment = [for key, value in var.environment_variables : { name = key, value = value }]
    secrets     = [for key, value_from in var.secrets : { name = key, valueFrom = value_from }]
    mountPoints = [for volume, path in local.writable_paths : { sourceVolume = volume, containerPath = path, readOnly = false }]
    healthCheck = {
      command     = ["CMD-SHELL", "curl -fsS http://localhost:${var.container_port}/actuator/health/liveness || exit 1"]
      interval    = 30
      timeout     = 5
      retries     = 3
      startPeriod = 90
    }
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = var.log_group_name
        awslogs-region        = var.region
        awslogs-stream-prefix = var.name
      }
    }
  }
}

resource "aws_ecs_task_definition" "this" {
  family                   = local.full_name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = var.execution_role_arn
  task_role_arn            = var.task_role_arn
  container_definitions    = jsonencode([local.container])
  # Replaced revisions stay ACTIVE so rollback.sh can return to them.
  skip_destroy = true

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  dynamic "volume" {
    for_each = local.writable_paths
    content {
      name = volume.key
    }
  }
}

resource "aws_ecs_service" "this" {
  name                   = local.full_name
  cluster                = var.cluster_arn
  task_definition        = aws_ecs_task_definition.this.arn
  desired_count          = var.desired_count
  enable_execute_command = true
  propagate_tags         = "SERVICE"

  deployment_minimum_healthy_percent = var.deployment_minimum_healthy_percent
  deployment_maximum_percent         = var.deployment_maximum_percent

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  capacity_provider_strategy {
    capacity_provider = var.capacity_provider
    weight            = 1
  }

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = var.security_group_ids
    assign_public_ip = false
  }

  health_check_grace_period_seconds = var.target_group_arn == null ? null : 120

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]
    content {
      target_group_arn = load_balancer.value
      container_name   = var.name
      container_port   = var.container_port
    }
  }

  # Every service is a Service Connect client; services with a discovery name are also reachable under it.
  service_connect_configuration {
    enabled   = true
    namespace = var.service_connect_namespace_arn

    dynamic "service" {
      for_each = var.discovery_name == null ? [] : [var.discovery_name]
      content {
        port_name      = "http"
        discovery_name = service.value
        client_alias {
          port     = var.container_port
          dns_name = service.value
        }
      }
    }
  }

  # deploy.sh and rollback.sh move the service between task definition revisions; Terraform must not undo that.
  lifecycle {
    ignore_changes = [task_definition]
  }
}
