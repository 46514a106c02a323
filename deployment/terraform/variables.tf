variable "environment" {
  description = "Deployment environment; part of every resource name."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "aws_region" {
  description = "AWS region. Mumbai keeps the platform close to NSE/BSE and Angel One."
  type        = string
  default     = "ap-south-1"
}

variable "vpc_cidr" {
  description = "CIDR of the VPC; split into two public and two private subnets."
  type        = string
  default     = "10.20.0.0/16"
}

variable "certificate_arn" {
  description = "ACM certificate for the HTTPS listener (pass TF_VAR_certificate_arn; it is account-specific)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws:acm:", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN (arn:aws:acm:...)."
  }
}

variable "alert_email" {
  description = "E-mail subscribed to the alerts topic; empty for none (subscribe later by hand)."
  type        = string
  default     = ""
}

variable "alerts_webhook" {
  description = "Hand the trading service ALERTS_WEBHOOK_URL from the api-credentials secret's key of that name (its alerts also go to that webhook); put the key in the secret before turning this on."
  type        = bool
  default     = false
}

variable "task_sizes" {
  description = "Fargate CPU units and memory (MB) per service."
  type = map(object({
    cpu    = number
    memory = number
  }))

  validation {
    condition     = alltrue([for name in ["trading", "dashboard", "data"] : contains(keys(var.task_sizes), name)])
    error_message = "task_sizes needs trading, dashboard and data."
  }
}

variable "use_fargate_spot" {
  description = "Run the interruptible services (data, dashboard) on Fargate Spot. The trading service never is."
  type        = bool
}

variable "log_retention_days" {
  description = "Retention of the ECS and VPC flow log groups."
  type        = number
}

variable "paper_trading" {
  description = "PAPER_TRADING for the trading service: true simulates fills, false sends real orders."
  type        = bool
  default     = true
}

variable "max_daily_trades" {
  description = "MAX_DAILY_TRADES risk limit for the trading service."
  type        = number
}

variable "log_level" {
  description = "LOG_LEVEL of the services."
  type        = string
  default     = "INFO"
}

variable "market_feed" {
  description = "MARKET_FEED of the data service: angelone (live WebSocket), simulated, replay or none."
  type        = string
  default     = "simulated"

  validation {
    condition     = contains(["angelone", "simulated", "replay", "none"], var.market_feed)
    error_message = "market_feed must be angelone, simulated, replay or none."
  }
}

variable "image_tag" {
  description = "Image tag of the task definitions Terraform registers; deploy.sh passes the git commit it deploys."
  type        = string
  default     = "latest"
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
}

variable "db_allocated_storage" {
  description = "Initial RDS storage in GB."
  type        = number
}

variable "db_max_allocated_storage" {
  description = "Ceiling for RDS storage autoscaling in GB."
  type        = number
}

variable "db_backup_retention_days" {
  description = "Days of automated RDS backups."
  type        = number
}

variable "db_multi_az" {
  description = "Standby RDS instance in the second AZ."
  type        = bool
}

variable "deletion_protection" {
  description = "Refuse to delete the RDS instance and the load balancer (and snapshot the database if it is deleted anyway)."
  type        = bool
}

variable "ecr_keep_images" {
  description = "How many images each ECR repository keeps; older ones expire (rollback reaches this far back)."
  type        = number
}

variable "archive_transition_ia_days" {
  description = "Days before archived market data moves to S3 Standard-IA."
  type        = number
}

variable "archive_transition_glacier_days" {
  description = "Days before archived market data moves to Glacier Flexible Retrieval."
  type        = number
}

variable "archive_expiration_days" {
  description = "Days before archived market data is deleted."
  type        = number
}

variable "alb_log_expiration_days" {
  description = "Days ALB access logs are kept."
  type        = number
  default     = 90
}

variable "dashboard_name" {
  description = "CloudWatch dashboard name; change it only when several environments share one account."
  type        = string
  default     = "AlgoTradingSystem"
}
