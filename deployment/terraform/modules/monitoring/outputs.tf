output "dashboard_name" {
  value = aws_cloudwatch_dashboard.this.dashboard_name
}

output "application_metric_names" {
  value = [for metric in local.application.metrics : metric.name]
}
