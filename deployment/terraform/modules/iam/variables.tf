variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "ecr_repository_arns" {
  description = "The only repositories the execution role may pull from."
  type        = list(string)
}

variable "log_group_arn" {
  description = "The ECS log group."
  type        = string
}

variable "secret_arns" {
  description = "The only secrets the execution role may read (API credentials, RDS master secret)."
  type        = list(string)
}

variable "metrics_namespace" {
  description = "The only CloudWatch namespace the services may publish to."
  type        = string
}

variable "alerts_topic_arn" {
  description = "Topic the trading service publishes alerts to."
  type        = string
}

variable "alerts_kms_key_arn" {
  description = "Key of the alerts topic."
  type        = string
}

variable "archive_bucket_arn" {
  description = "Market-data archive bucket."
  type        = string
}

variable "archive_prefix" {
  description = "Prefix inside the archive bucket the data service owns."
  type        = string
}

variable "archive_kms_key_arn" {
  description = "Key of the archive bucket."
  type        = string
}
