package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The values the deployment hands the services must be values the services accept: a typo here would only show as
 * a data-service that refuses to start in AWS. The accepted values are read from the services' own enums.
 */
class ServiceVariablesTest {

    private static final Pattern ENUM_BODY = Pattern.compile("enum \\w+ \\{(.*?)(;|\\}\\s*$)", Pattern.DOTALL);
    private static final Pattern CONSTANT = Pattern.compile("^\\s*([A-Z][A-Z0-9_]*)\\s*[,;]?\\s*$", Pattern.MULTILINE);

    private static Terraform tf;

    @BeforeAll
    static void parse() {
        tf = Terraform.config();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void eachEnvironmentGivesAFeedAndLogLevelTheServicesAccept(String environment) {
        assertThat(feedKinds()).contains(upper(tf.tfvars(environment).path("market_feed").asString()));
        assertThat(logLevels()).contains(upper(tf.tfvars(environment).path("log_level").asString()));
    }

    @Test
    void theMarketFeedVariableDefaultsToAndValidatesExactlyTheFeedKinds() {
        var variable = tf.variable("", "market_feed");
        assertThat(feedKinds()).contains(upper(variable.path("default").asString()));
        String condition = Terraform.block(variable, "validation").path("condition").asString();
        assertThat(feedKinds()).allSatisfy(kind ->
                assertThat(condition).contains("\"" + kind.toLowerCase(Locale.ROOT) + "\""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeGivesAFeedTheDataServiceAccepts() {
        Map<String, Object> compose = new Yaml().load(Repository.read("deployment/docker/compose.yaml"));
        Map<String, Object> shared = (Map<String, Object>) compose.get("x-service");
        Map<String, String> environment = (Map<String, String>) shared.get("environment");
        assertThat(feedKinds()).contains(upper(environment.get("MARKET_FEED")));
        assertThat(logLevels()).contains(upper(environment.get("LOG_LEVEL")));
    }

    private static List<String> feedKinds() {
        return constants("data-service/src/main/java/com/algotrading/data/feed/FeedKind.java");
    }

    private static List<String> logLevels() {
        return constants("common/domain/src/main/java/com/algotrading/common/settings/LogLevel.java");
    }

    /** The constants of the enum in a source file, comments skipped. */
    private static List<String> constants(String source) {
        String code = Repository.read(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher body = ENUM_BODY.matcher(code);
        assertThat(body.find()).as("an enum in %s", source).isTrue();
        List<String> constants = Pattern.compile("[,\\s]+").splitAsStream(body.group(1).strip())
                .filter(name -> CONSTANT.matcher(name).matches()).toList();
        assertThat(constants).as("constants of %s", source).isNotEmpty();
        return constants;
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
