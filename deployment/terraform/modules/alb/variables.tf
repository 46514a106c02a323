variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the load balancer."
  type        = string
}

variable "vpc_cidr" {
  description = "VPC CIDR the ALB may forward to."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets, one per AZ."
  type        = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener."
  type        = string
}

variable "access_logs_bucket" {
  description = "S3 bucket receiving the access logs."
  type        = string
}

variable "dashboard_port" {
  description = "Container port of the dashboard service."
  type        = number
}

variable "deletion_protection" {
  description = "Protect the load balancer from deletion (prod)."
  type        = bool
}
