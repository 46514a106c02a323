locals {
  name              = "algo-trading-${var.environment}"
  metrics_namespace = "AlgoTradingSystem"
  archive_prefix    = "candles/"
  angel_one_keys    = ["ANGEL_ONE_API_KEY", "ANGEL_ONE_CLIENT_ID", "ANGEL_ONE_PASSWORD", "ANGEL_ONE_TOTP_SECRET"]

  # The three services differ only in these values; everything else comes from the shared ecs-service module.
  services = {
    trading = {
      suffix         = "trading"
      port           = 8081
      discovery_name = "trading-service"
      public         = false
      # Exactly one trading task may ever hold the broker session: the old task stops before the new one
      # starts (minimum 0 %, maximum 100 %), and it never runs on Spot, where it could be reclaimed mid-order.
      desired_count     = 1
      min_healthy       = 0
      max_percent       = 100
      capacity_provider = "FARGATE"
      # ALERTS_WEBHOOK_URL (a Slack or Telegram bridge) carries its own token: a secret key, and only when asked for,
      # since a task whose secret lacks a key it is given does not start
      secret_keys = concat(local.angel_one_keys, ["SERVICE_TOKEN"], var.alerts_webhook ? ["ALERTS_WEBHOOK_URL"] : [])
      env = {
        PAPER_TRADING    = tostring(var.paper_trading)
        MAX_DAILY_TRADES = tostring(var.max_daily_trades)
        # the kill switch, risk changes, the broker circuit, reconciliation and the daily summary are told here
        ALERTS_TOPIC_ARN = module.sns.topic_arn
      }
    }
    dashboard = {
      suffix            = "dashboard"
      port              = 8080
      discovery_name    = null
      public            = true
      desired_count     = 1
      min_healthy       = 100
      max_percent       = 200
      capacity_provider = var.use_fargate_spot ? "FARGATE_SPOT" : "FARGATE"
      # The first admin's password (used only while the dashboard has no user admin), never broker credentials.
      secret_keys = ["SERVICE_TOKEN", "DASHBOARD_ADMIN_PASSWORD"]
      env         = {}
    }
    data = {
      suffix            = "data-service"
      port              = 8082
      discovery_name    = "data-service"
      public            = false
      desired_count     = 1
      min_healthy       = 100
      max_percent       = 200
      capacity_provider = var.use_fargate_spot ? "FARGATE_SPOT" : "FARGATE"
      secret_keys       = concat(local.angel_one_keys, ["SERVICE_TOKEN"])
      env = {
        MARKET_FEED       = var.market_feed
        ARCHIVE_S3_BUCKET = module.s3.archive_bucket_name
      }
    }
  }

  shared_env = {
    ENVIRONMENT         = var.environment
    LOG_LEVEL           = var.log_level
    DB_URL              = "jdbc:postgresql://${module.rds.address}:5432/algotrading?sslmode=require"
    TRADING_SERVICE_URL = "http://trading-service:8081"
    DATA_SERVICE_URL    = "http://data-service:8082"
  }

  # RDS keeps the master credentials in its own secret with the JSON keys username and password.
  db_secrets = {
    DB_USER     = "${module.rds.master_user_secret_arn}:username::"
    DB_PASSWORD = "${module.rds.master_user_secret_arn}:password::"
  }
}

module "network" {
  source = "./modules/network"

  environment        = var.environment
  cidr               = var.vpc_cidr
  log_retention_days = var.log_retention_days
}

module "s3" {
  source = "./modules/s3"

  environment             = var.environment
  transition_ia_days      = var.archive_transition_ia_days
  transition_glacier_days = var.archive_transition_glacier_days
  expiration_days         = var.archive_expiration_days
  alb_log_expiration_days = var.alb_log_expiration_days
}

module "alb" {
  source = "./modules/alb"

  environment         = var.environment
  vpc_id              = module.network.vpc_id
  vpc_cidr            = var.vpc_cidr
  public_subnet_ids   = module.network.public_subnet_ids
  certificate_arn     = var.certificate_arn
  access_logs_bucket  = module.s3.alb_logs_bucket_name
  dashboard_port      = local.services.dashboard.port
  deletion_protection = var.deletion_protection
}

module "ecr" {
  source = "./modules/ecr"

  repository_names = [for service in local.services : "${local.name}-${service.suffix}"]
  keep_images      = var.ecr_keep_images
}

module "secrets" {
  source = "./modules/secrets"

  environment = var.environment
}

module "sns" {
  source = "./modules/sns"

  environment = var.environment
  alert_email = var.alert_email
}

module "ecs" {
  source = "./modules/ecs"

  environment           = var.environment
  vpc_id                = module.network.vpc_id
  alb_security_group_id = module.alb.security_group_id
  dashboard_port        = local.services.dashboard.port
  internal_ports        = [local.services.trading.port, local.services.data.port]
  log_retention_days    = var.log_retention_days
}

module "rds" {
  source = "./modules/rds"

  environment                 = var.environment
  vpc_id                      = module.network.vpc_id
  private_subnet_ids          = module.network.private_subnet_ids
  ecs_tasks_security_group_id = module.ecs.tasks_security_group_id
  instance_class              = var.db_instance_class
  allocated_storage           = var.db_allocated_storage
  max_allocated_storage       = var.db_max_allocated_storage
  backup_retention_days       = var.db_backup_retention_days
  multi_az                    = var.db_multi_az
  deletion_protection         = var.deletion_protection
}

module "iam" {
  source = "./modules/iam"

  environment         = var.environment
  ecr_repository_arns = module.ecr.repository_arns
  log_group_arn       = module.ecs.log_group_arn
  secret_arns         = [module.secrets.api_credentials_arn, module.rds.master_user_secret_arn]
  metrics_namespace   = local.metrics_namespace
  alerts_topic_arn    = module.sns.topic_arn
  alerts_kms_key_arn  = module.sns.kms_key_arn
  archive_bucket_arn  = module.s3.archive_bucket_arn
  archive_prefix      = local.archive_prefix
  archive_kms_key_arn = module.s3.archive_kms_key_arn
}

module "service" {
  source   = "./modules/ecs-service"
  for_each = local.services

  environment    = var.environment
  name           = each.value.suffix
  image          = "${module.ecr.repository_urls["${local.name}-${each.value.suffix}"]}:${var.image_tag}"
  cpu            = var.task_sizes[each.key].cpu
  memory         = var.task_sizes[each.key].memory
  container_port = each.value.port
  region         = var.aws_region

  cluster_arn        = module.ecs.cluster_arn
  log_group_name     = module.ecs.log_group_name
  execution_role_arn = module.iam.execution_role_arn
  task_role_arn      = module.iam.task_role_arns[each.key]

  environment_variables = merge(local.shared_env, each.value.env)
  secrets = merge(
    { for key in each.value.secret_keys : key => "${module.secrets.api_credentials_arn}:${key}::" },
    local.db_secrets,
  )

  subnet_ids                         = module.network.private_subnet_ids
  security_group_ids                 = [module.ecs.tasks_security_group_id]
  desired_count                      = each.value.desired_count
  deployment_minimum_healthy_percent = each.value.min_healthy
  deployment_maximum_percent         = each.value.max_percent
  capacity_provider                  = each.value.capacity_provider
  target_group_arn                   = each.value.public ? module.alb.dashboard_target_group_arn : null
  service_connect_namespace_arn      = module.ecs.namespace_arn
  discovery_name                     = each.value.discovery_name
}

module "monitoring" {
  source = "./modules/monitoring"

  environment             = var.environment
  region                  = var.aws_region
  dashboard_name          = var.dashboard_name
  alerts_topic_arn        = module.sns.topic_arn
  cluster_name            = module.ecs.cluster_name
  ecs_services            = { for key, service in module.service : key => service.service_name }
  alb_arn_suffix          = module.alb.arn_suffix
  target_group_arn_suffix = module.alb.dashboard_target_group_arn_suffix
  db_identifier           = module.rds.identifier
}
