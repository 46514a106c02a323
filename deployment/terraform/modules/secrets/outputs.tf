output "api_credentials_arn" {
  value = aws_secretsmanager_secret.api_credentials.arn
}
