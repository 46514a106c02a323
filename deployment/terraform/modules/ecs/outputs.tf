output "cluster_name" {
  value = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  value = aws_ecs_cluster.this.arn
}

output "log_group_name" {
  value = aws_cloudwatch_log_group.services.name
}

output "log_group_arn" {
  value = aws_cloudwatch_log_group.services.arn
}

output "namespace_arn" {
  value = aws_service_discovery_http_namespace.this.arn
}

output "tasks_security_group_id" {
  value = aws_security_group.tasks.id
}
