locals {
  name = "algo-trading-${var.environment}"
}

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# Execution role: what ECS itself needs to start a task — pull our images, write our logs, read our secrets.
resource "aws_iam_role" "execution" {
  name               = "${local.name}-ecs-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid = "PullOurImages"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
    ]
    resources = var.ecr_repository_arns
  }

  # GetAuthorizationToken has no resource-level permissions.
  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "WriteOurLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${var.log_group_arn}:*"]
  }

  statement {
    sid       = "ReadOurSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = var.secret_arns
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "start-tasks"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# Task roles: what the application code may call, one role per service.
resource "aws_iam_role" "task" {
  for_each = toset(["trading", "dashboard", "data"])

  name               = "${local.name}-${each.key}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "task" {
  for_each = aws_iam_role.task

  statement {
    sid       = "PublishOwnMetrics"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [var.metrics_namespace]
    }
  }

  # ECS Exec (aws ecs execute-command) opens its session through these SSM channels.
  statement {
    sid = "EcsExec"
    actions = [
      "ssmmessages:CreateControlChannel",
      "ssmmessages:CreateDataChannel",
      "ssmmessages:OpenControlChannel",
      "ssmmessages:OpenDataChannel",
    ]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = each.key == "trading" ? [1] : []
    content {
      sid       = "PublishAlerts"
      actions   = ["sns:Publish"]
      resources = [var.alerts_topic_arn]
    }
  }

  dynamic "statement" {
    for_each = each.key == "trading" ? [1] : []
    content {
      sid       = "EncryptAlerts"
      actions   = ["kms:GenerateDataKey*", "kms:Decrypt"]
      resources = [var.alerts_kms_key_arn]
    }
  }

  dynamic "statement" {
    for_each = each.key == "data" ? [1] : []
    content {
      sid       = "ArchiveObjects"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${var.archive_bucket_arn}/${var.archive_prefix}*"]
    }
  }

  dynamic "statement" {
    for_each = each.key == "data" ? [1] : []
    content {
      sid       = "ListArchivePrefix"
      actions   = ["s3:ListBucket"]
      resources = [var.archive_bucket_arn]
      condition {
        test     = "StringLike"
        variable = "s3:prefix"
        values   = ["${var.archive_prefix}*"]
      }
    }
  }

  dynamic "statement" {
    for_each = each.key == "data" ? [1] : []
    content {
      sid       = "EncryptArchive"
      actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
      resources = [var.archive_kms_key_arn]
    }
  }
}

resource "aws_iam_role_policy" "task" {
  for_each = aws_iam_role.task

  name   = "${each.key}-service"
  role   = each.value.id
  policy = data.aws_iam_policy_document.task[each.key].json
}
