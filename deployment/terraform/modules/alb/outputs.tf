output "dns_name" {
  value = aws_lb.this.dns_name
}

output "arn_suffix" {
  value = aws_lb.this.arn_suffix
}

output "security_group_id" {
  value = aws_security_group.alb.id
}

output "dashboard_target_group_arn" {
  value = aws_lb_target_group.dashboard.arn
}

output "dashboard_target_group_arn_suffix" {
  value = aws_lb_target_group.dashboard.arn_suffix
}
