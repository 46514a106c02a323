output "alb_dns_name" {
  description = "Public DNS name of the load balancer; point the dashboard's domain (CNAME/alias) at it."
  value       = module.alb.dns_name
}

output "ecr_repository_urls" {
  description = "Repository URL per repository name."
  value       = module.ecr.repository_urls
}

output "cluster_name" {
  value = module.ecs.cluster_name
}

output "service_names" {
  value = { for key, service in module.service : key => service.service_name }
}

output "static_egress_ip" {
  description = "The NAT gateway's Elastic IP: register it with Angel One as the platform's static IP."
  value       = module.network.nat_public_ip
}

output "log_group_name" {
  value = module.ecs.log_group_name
}

output "alerts_topic_arn" {
  value = module.sns.topic_arn
}

output "api_credentials_secret_arn" {
  value = module.secrets.api_credentials_arn
}

output "archive_bucket_name" {
  value = module.s3.archive_bucket_name
}

output "dashboard_name" {
  value = module.monitoring.dashboard_name
}
