variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "name" {
  description = "Service suffix: trading, dashboard or data-service."
  type        = string
}

variable "image" {
  description = "Image of the first task definition revision."
  type        = string
}

variable "cpu" {
  description = "Fargate CPU units."
  type        = number
}

variable "memory" {
  description = "Fargate memory in MB."
  type        = number
}

variable "container_port" {
  description = "Port the application listens on."
  type        = number
}

variable "region" {
  description = "Region of the log group."
  type        = string
}

variable "cluster_arn" {
  description = "ECS cluster."
  type        = string
}

variable "log_group_name" {
  description = "Log group the container logs to."
  type        = string
}

variable "execution_role_arn" {
  description = "Role ECS uses to start the task."
  type        = string
}

variable "task_role_arn" {
  description = "Role the application runs with."
  type        = string
}

variable "environment_variables" {
  description = "Plain configuration, never secrets."
  type        = map(string)
}

variable "secrets" {
  description = "Environment variable name => Secrets Manager valueFrom (arn:json-key::)."
  type        = map(string)
}

variable "subnet_ids" {
  description = "Private subnets of the tasks."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the tasks."
  type        = list(string)
}

variable "desired_count" {
  description = "Number of tasks."
  type        = number
}

variable "deployment_minimum_healthy_percent" {
  description = "Lower bound of running tasks during a deployment."
  type        = number
}

variable "deployment_maximum_percent" {
  description = "Upper bound of running tasks during a deployment."
  type        = number
}

variable "capacity_provider" {
  description = "FARGATE or FARGATE_SPOT."
  type        = string

  validation {
    condition     = contains(["FARGATE", "FARGATE_SPOT"], var.capacity_provider)
    error_message = "capacity_provider must be FARGATE or FARGATE_SPOT."
  }
}

variable "target_group_arn" {
  description = "ALB target group, or null for a service reachable only inside the VPC."
  type        = string
  default     = null
}

variable "service_connect_namespace_arn" {
  description = "Service Connect namespace."
  type        = string
}

variable "discovery_name" {
  description = "Name other services call this one by, or null for a client-only service."
  type        = string
  default     = null
}
