package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Terraform configuration under deployment/terraform as parsed by @cdktf/hcl2json (HashiCorp's own HCL
 * parser): blocks become arrays of objects, literal values stay typed, and every expression is kept verbatim as a
 * "${...}" string. hcl4j was tried first; it evaluates expressions while parsing and silently turns conditionals
 * and function calls into something else (or null), which would make assertions about them meaningless.
 */
final class Terraform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path MODULE = Repository.path("deployment/infra-tests");
    private static Terraform loaded;

    private final Map<String, JsonNode> files;

    private Terraform(Map<String, JsonNode> files) {
        this.files = files;
    }

    /** Parses once per test JVM; skips (or fails in CI) when Node.js is missing. */
    static synchronized Terraform config() {
        if (loaded == null) {
            loaded = new Terraform(parseAll());
        }
        return loaded;
    }

    /** All blocks of the .tf files directly in {@code dir} ("" for the root module), merged as Terraform does. */
    ObjectNode module(String dir) {
        ObjectNode merged = JSON.createObjectNode();
        files.forEach((file, parsed) -> {
            Path parent = Path.of(file).getParent();
            String fileDir = parent == null ? "" : parent.toString();
            if (file.endsWith(".tf") && fileDir.equals(dir)) {
                merge(merged, (ObjectNode) parsed);
            }
        });
        assertThat(merged.isEmpty()).as("Terraform module %s exists", dir).isFalse();
        return merged;
    }

    JsonNode tfvars(String environment) {
        JsonNode vars = files.get("environments/" + environment + ".tfvars");
        assertThat(vars).as("environments/%s.tfvars", environment).isNotNull();
        return vars;
    }

    /** The body of {@code resource "type" "name"} (or {@code data}) in a module. */
    JsonNode resource(String dir, String type, String name) {
        return single(module(dir).path("resource").path(type).path(name), "resource %s.%s in %s", type, name, dir);
    }

    JsonNode data(String dir, String type, String name) {
        return single(module(dir).path("data").path(type).path(name), "data %s.%s in %s", type, name, dir);
    }

    JsonNode locals(String dir) {
        ObjectNode merged = JSON.createObjectNode();
        module(dir).path("locals").forEach(block -> merged.setAll((ObjectNode) block));
        return merged;
    }

    JsonNode moduleCall(String name) {
        return single(module("").path("module").path(name), "module %s", name);
    }

    JsonNode variable(String dir, String name) {
        return single(module(dir).path("variable").path(name), "variable %s in %s", name, dir);
    }

    /** The first (usually only) instance of a nested block, e.g. {@code block(lb, "access_logs")}. */
    static JsonNode block(JsonNode parent, String name) {
        return single(parent.path(name), "block %s", name);
    }

    /** Every statement of an aws_iam_policy_document, static and dynamic ones (by their content). */
    static List<JsonNode> statements(JsonNode policyDocument) {
        List<JsonNode> statements = new ArrayList<>();
        policyDocument.path("statement").forEach(statements::add);
        policyDocument.path("dynamic").path("statement").forEach(dynamic -> statements.add(block(dynamic, "content")));
        return statements;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode single(JsonNode blocks, String what, Object... args) {
        assertThat(blocks.isArray() && !blocks.isEmpty()).as(what, args).isTrue();
        return blocks.get(0);
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        source.properties().forEach(entry -> {
            JsonNode existing = target.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                merge(existingObject, valueObject);
            } else if (existing instanceof ArrayNode existingArray && value instanceof ArrayNode valueArray) {
                existingArray.addAll(valueArray);
            } else {
                target.set(entry.getKey(), value.deepCopy());
            }
        });
    }

    private static Map<String, JsonNode> parseAll() {
        ExternalTool.NODE.require();
        if (!Files.isDirectory(MODULE.resolve("node_modules/@cdktf/hcl2json"))) {
            ExternalTool.Result install = ExternalTool.NPM.require().run(MODULE, "ci", "--no-audit", "--no-fund");
            assertThat(install.exitCode()).as("npm ci in %s:%n%s", MODULE, install.output()).isZero();
        }
        ExternalTool.Result parsed = ExternalTool.NODE.run(MODULE, "hcl2json.js",
                Repository.path("deployment/terraform").toString());
        assertThat(parsed.exitCode()).as("HCL parse errors:%n%s", parsed.output()).isZero();
        JsonNode all = JSON.readTree(parsed.stdout());
        Map<String, JsonNode> files = new TreeMap<>();
        all.properties().forEach(entry -> files.put(entry.getKey(), entry.getValue()));
        return files;
    }
}
