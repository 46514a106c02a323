variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "alert_email" {
  description = "E-mail to subscribe; empty for none."
  type        = string
}
