# dev: sizes from the platform's sizing table (CPU units / MB). certificate_arn comes from TF_VAR_certificate_arn.
environment = "dev"

task_sizes = {
  trading   = { cpu = 256, memory = 512 }
  dashboard = { cpu = 256, memory = 512 }
  data      = { cpu = 256, memory = 512 }
}

use_fargate_spot   = true
log_retention_days = 14

paper_trading    = true
max_daily_trades = 50
log_level        = "DEBUG"
market_feed      = "simulated"

db_instance_class        = "db.t4g.micro"
db_allocated_storage     = 20
db_max_allocated_storage = 50
db_backup_retention_days = 1
db_multi_az              = false
deletion_protection      = false

ecr_keep_images = 10

archive_transition_ia_days      = 30
archive_transition_glacier_days = 90
archive_expiration_days         = 365
