output "execution_role_arn" {
  value = aws_iam_role.execution.arn
}

output "task_role_arns" {
  description = "Task role per service: trading, dashboard, data."
  value       = { for name, role in aws_iam_role.task : name => role.arn }
}
