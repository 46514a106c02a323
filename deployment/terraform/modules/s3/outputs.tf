output "archive_bucket_name" {
  value = aws_s3_bucket.archive.id
}

output "archive_bucket_arn" {
  value = aws_s3_bucket.archive.arn
}

output "archive_kms_key_arn" {
  value = aws_kms_key.archive.arn
}

output "alb_logs_bucket_name" {
  value = aws_s3_bucket.alb_logs.id
}
