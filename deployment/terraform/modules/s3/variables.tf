variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "transition_ia_days" {
  description = "Days before archive objects move to Standard-IA."
  type        = number
}

variable "transition_glacier_days" {
  description = "Days before archive objects move to Glacier."
  type        = number
}

variable "expiration_days" {
  description = "Days before archive objects expire."
  type        = number
}

variable "alb_log_expiration_days" {
  description = "Days ALB access logs are kept."
  type        = number
}
