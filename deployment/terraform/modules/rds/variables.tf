variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the database."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets, one per AZ."
  type        = list(string)
}

variable "ecs_tasks_security_group_id" {
  description = "The only security group allowed to connect."
  type        = string
}

variable "engine_version" {
  description = "PostgreSQL version; major 17 like the tests."
  type        = string
  default     = "17"
}

variable "instance_class" {
  description = "RDS instance class."
  type        = string
}

variable "allocated_storage" {
  description = "Initial storage in GB."
  type        = number
}

variable "max_allocated_storage" {
  description = "Storage autoscaling ceiling in GB."
  type        = number
}

variable "backup_retention_days" {
  description = "Days of automated backups."
  type        = number
}

variable "multi_az" {
  description = "Standby in the second AZ."
  type        = bool
}

variable "deletion_protection" {
  description = "Refuse deletion."
  type        = bool
}
