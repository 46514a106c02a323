variable "environment" {
  description = "dev, staging or prod."
  type        = string
}
