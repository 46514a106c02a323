provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      Project     = "algo-trading"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
