# Only the container is created here: the values (the four ANGEL_ONE_* keys and SERVICE_TOKEN) are put in
# by an operator with `aws secretsmanager put-secret-value`, so they never enter the Terraform state.
resource "aws_secretsmanager_secret" "api_credentials" {
  name                    = "algo-trading-${var.environment}-api-credentials"
  description             = "Angel One SmartAPI credentials and the inter-service token (JSON)"
  recovery_window_in_days = var.environment == "prod" ? 30 : 7
}
