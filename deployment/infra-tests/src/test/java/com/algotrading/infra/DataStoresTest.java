package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** RDS, S3 and ECR. */
class DataStoresTest {

    private static final String RDS = "modules/rds";
    private static final String S3 = "modules/s3";
    private static Terraform tf;
    private static JsonNode db;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
        db = tf.resource(RDS, "aws_db_instance", "this");
    }

    @Test
    void rdsRunsTheSamePostgresMajorAsTheTestSuite() {
        Matcher pomVersion = Pattern.compile("<postgres.binaries.version>(\\d+)\\.").matcher(Repository.read("pom.xml"));
        assertThat(pomVersion.find()).as("postgres.binaries.version in the root pom").isTrue();
        assertThat(db.path("engine").asString()).isEqualTo("postgres");
        assertThat(db.path("engine_version").asString()).isEqualTo("${var.engine_version}");
        assertThat(tf.variable(RDS, "engine_version").path("default").asString())
                .matches(pomVersion.group(1) + "(\\.\\d+)?");
        assertThat(tf.moduleCall("rds").has("engine_version")).as("the module default is the one tested").isFalse();
    }

    @Test
    void rdsIsPrivateEncryptedAndManagesItsOwnPassword() {
        assertThat(db.path("publicly_accessible").asBoolean(true)).isFalse();
        assertThat(db.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(db.path("manage_master_user_password").asBoolean()).isTrue();
        assertThat(db.has("password")).isFalse();
        assertThat(tf.moduleCall("rds").path("private_subnet_ids").asString())
                .isEqualTo("${module.network.private_subnet_ids}");
        assertThat(db.path("max_allocated_storage").asString()).isEqualTo("${var.max_allocated_storage}");
    }

    @Test
    void rdsSecurityGroupAdmitsOnlyTheEcsTasks() {
        JsonNode ingress = tf.module(RDS).path("resource").path("aws_vpc_security_group_ingress_rule");
        assertThat(ingress.propertyNames()).containsExactly("from_tasks");
        JsonNode rule = Terraform.block(ingress, "from_tasks");
        assertThat(rule.path("referenced_security_group_id").asString())
                .isEqualTo("${var.ecs_tasks_security_group_id}");
        assertThat(rule.has("cidr_ipv4")).isFalse();
        assertThat(rule.path("from_port").asInt()).isEqualTo(5432);
        assertThat(tf.moduleCall("rds").path("ecs_tasks_security_group_id").asString())
                .isEqualTo("${module.ecs.tasks_security_group_id}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void rdsStorageAutoscalesAndIsBackedUp(String environment) {
        JsonNode vars = tf.tfvars(environment);
        assertThat(vars.path("db_max_allocated_storage").asInt())
                .isGreaterThan(vars.path("db_allocated_storage").asInt());
        assertThat(vars.path("db_backup_retention_days").asInt()).isPositive();
        assertThat(db.path("backup_retention_period").asString()).isEqualTo("${var.backup_retention_days}");
    }

    @Test
    void prodRdsIsMultiAzProtectedAndKeepsAWeekOfBackups() {
        JsonNode prod = tf.tfvars("prod");
        assertThat(prod.path("db_multi_az").asBoolean()).isTrue();
        assertThat(prod.path("deletion_protection").asBoolean()).isTrue();
        assertThat(tf.moduleCall("rds").path("deletion_protection").asString()).isEqualTo("${var.deletion_protection}");
        assertThat(prod.path("db_backup_retention_days").asInt()).isGreaterThanOrEqualTo(7);
        assertThat(db.path("multi_az").asString()).isEqualTo("${var.multi_az}");
        assertThat(db.path("deletion_protection").asString()).isEqualTo("${var.deletion_protection}");
        assertThat(db.path("skip_final_snapshot").asString()).isEqualTo("${!var.deletion_protection}");
    }

    @Test
    void everyBucketBlocksPublicAccessAndRefusesPlainHttp() {
        assertThat(tf.locals(S3).path("buckets").propertyNames()).containsExactlyInAnyOrder("archive", "alb_logs");
        JsonNode block = tf.resource(S3, "aws_s3_bucket_public_access_block", "this");
        assertThat(block.path("for_each").asString()).isEqualTo("${local.buckets}");
        for (String setting : List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
                "restrict_public_buckets")) {
            assertThat(block.path(setting).asBoolean()).as(setting).isTrue();
        }
        JsonNode policy = tf.data(S3, "aws_iam_policy_document", "tls_only");
        assertThat(policy.path("for_each").asString()).isEqualTo("${local.buckets}");
        JsonNode deny = Terraform.block(policy, "statement");
        assertThat(deny.path("effect").asString()).isEqualTo("Deny");
        JsonNode condition = Terraform.block(deny, "condition");
        assertThat(condition.path("variable").asString()).isEqualTo("aws:SecureTransport");
        assertThat(Terraform.strings(condition.path("values"))).containsExactly("false");
        assertThat(tf.resource(S3, "aws_s3_bucket_policy", "this").path("policy").asString())
                .isEqualTo("${data.aws_iam_policy_document.tls_only[each.key].json}");
    }

    @Test
    void archiveIsKmsEncryptedAndVersioned() {
        JsonNode rule = Terraform.block(Terraform.block(tf.resource(S3,
                "aws_s3_bucket_server_side_encryption_configuration", "archive"), "rule"),
                "apply_server_side_encryption_by_default");
        assertThat(rule.path("sse_algorithm").asString()).isEqualTo("aws:kms");
        assertThat(rule.path("kms_master_key_id").asString()).isEqualTo("${aws_kms_key.archive.arn}");
        assertThat(tf.resource(S3, "aws_kms_key", "archive").path("enable_key_rotation").asBoolean()).isTrue();
        assertThat(Terraform.block(tf.resource(S3, "aws_s3_bucket_versioning", "archive"),
                "versioning_configuration").path("status").asString()).isEqualTo("Enabled");
    }

    @Test
    void archiveLifecycleTiersAndExpiresByVariables() {
        JsonNode rule = Terraform.block(tf.resource(S3, "aws_s3_bucket_lifecycle_configuration", "archive"), "rule");
        JsonNode transitions = rule.path("transition");
        assertThat(transitions.get(0).path("storage_class").asString()).isEqualTo("STANDARD_IA");
        assertThat(transitions.get(0).path("days").asString()).isEqualTo("${var.transition_ia_days}");
        assertThat(transitions.get(1).path("storage_class").asString()).isEqualTo("GLACIER");
        assertThat(transitions.get(1).path("days").asString()).isEqualTo("${var.transition_glacier_days}");
        assertThat(Terraform.block(rule, "expiration").path("days").asString()).isEqualTo("${var.expiration_days}");
        for (String environment : List.of("dev", "staging", "prod")) {
            JsonNode vars = tf.tfvars(environment);
            // S3 moves objects to Standard-IA after 30 days at the earliest, and bills IA for 30 days minimum.
            assertThat(vars.path("archive_transition_ia_days").asInt()).as(environment)
                    .isGreaterThanOrEqualTo(30)
                    .isLessThanOrEqualTo(vars.path("archive_transition_glacier_days").asInt() - 30);
            assertThat(vars.path("archive_transition_glacier_days").asInt()).as(environment)
                    .isLessThan(vars.path("archive_expiration_days").asInt());
        }
    }

    @Test
    void ecrScansOnPushAndKeepsTheLastNImages() {
        JsonNode repository = tf.resource("modules/ecr", "aws_ecr_repository", "this");
        assertThat(Terraform.block(repository, "image_scanning_configuration").path("scan_on_push").asBoolean())
                .isTrue();
        String policy = tf.resource("modules/ecr", "aws_ecr_lifecycle_policy", "keep_last").path("policy")
                .asString();
        assertThat(policy).contains("countType   = \"imageCountMoreThan\"", "countNumber = var.keep_images",
                "type = \"expire\"");
        for (String environment : List.of("dev", "staging", "prod")) {
            assertThat(tf.tfvars(environment).path("ecr_keep_images").asInt()).as(environment)
                    .isGreaterThanOrEqualTo(5);
        }
    }
}
