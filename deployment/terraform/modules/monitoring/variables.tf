variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "region" {
  description = "Region of the dashboard widgets."
  type        = string
}

variable "dashboard_name" {
  description = "CloudWatch dashboard name."
  type        = string
}

variable "alerts_topic_arn" {
  description = "SNS topic every alarm notifies."
  type        = string
}

variable "cluster_name" {
  description = "ECS cluster."
  type        = string
}

variable "ecs_services" {
  description = "Short key => ECS service name."
  type        = map(string)
}

variable "alb_arn_suffix" {
  description = "Load balancer dimension value."
  type        = string
}

variable "target_group_arn_suffix" {
  description = "Dashboard target group dimension value."
  type        = string
}

variable "db_identifier" {
  description = "RDS instance identifier."
  type        = string
}

variable "db_connections_threshold" {
  description = "Connections above which the RDS alarm fires."
  type        = number
  default     = 80
}
