variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "cidr" {
  description = "VPC CIDR."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the flow log group."
  type        = number
}
