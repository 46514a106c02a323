variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the tasks."
  type        = string
}

variable "alb_security_group_id" {
  description = "Security group of the load balancer."
  type        = string
}

variable "dashboard_port" {
  description = "Port the ALB forwards to."
  type        = number
}

variable "internal_ports" {
  description = "Ports the services call each other on."
  type        = list(number)
}

variable "log_retention_days" {
  description = "Retention of the service log group."
  type        = number
}
