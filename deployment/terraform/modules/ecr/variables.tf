variable "repository_names" {
  description = "Repository names, one per service."
  type        = list(string)
}

variable "keep_images" {
  description = "Images kept per repository."
  type        = number
}
