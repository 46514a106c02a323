# prod: sizes from the platform's sizing table (CPU units / MB). certificate_arn comes from TF_VAR_certificate_arn.
environment = "prod"

task_sizes = {
  trading   = { cpu = 1024, memory = 2048 }
  dashboard = { cpu = 512, memory = 1024 }
  data      = { cpu = 512, memory = 1024 }
}

use_fargate_spot   = false
log_retention_days = 90

paper_trading    = true
max_daily_trades = 20
log_level        = "INFO"
market_feed      = "angelone"

db_instance_class        = "db.t4g.medium"
db_allocated_storage     = 20
db_max_allocated_storage = 200
db_backup_retention_days = 14
db_multi_az              = true
deletion_protection      = true

ecr_keep_images = 30

archive_transition_ia_days      = 30
archive_transition_glacier_days = 90
archive_expiration_days         = 1825
