output "address" {
  value = aws_db_instance.this.address
}

output "identifier" {
  value = aws_db_instance.this.identifier
}

output "master_user_secret_arn" {
  description = "Secret RDS manages, with JSON keys username and password."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}
