package com.algotrading.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/** The Dockerfiles and compose file, read as text: there is no Docker engine to build them here. */
class DockerTest {

    private static final List<String> KINDS = List.of("trading", "dashboard", "data");

    @ParameterizedTest
    @CsvSource({"trading, trading-service, 8081", "dashboard, dashboard-service, 8080", "data, data-service, 8082"})
    void eachDockerfileBuildsItsModuleAndServesItsPort(String kind, String module, int port) {
        String dockerfile = dockerfile(kind);
        assertThat(dockerfile).contains("ARG MODULE=" + module + "\n", "ARG PORT=" + port + "\n");
        assertThat(Repository.read("deployment/terraform/main.tf"))
                .containsPattern("suffix\\s+= \"" + (kind.equals("data") ? "data-service" : kind)
                        + "\"\\s+port\\s+= " + port);
    }

    @Test
    void theThreeDockerfilesAreOneRecipeDifferingOnlyInModuleAndPort() {
        String recipe = withoutServiceSpecificLines(dockerfile("trading"));
        for (String kind : KINDS) {
            assertThat(withoutServiceSpecificLines(dockerfile(kind))).as(kind).isEqualTo(recipe);
        }
    }

    @Test
    void buildIsMultiStageWithJdk25AndMavenAndRunsOnAJre25() {
        String dockerfile = dockerfile("trading");
        List<String> froms = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results()
                .map(match -> match.group(1)).toList();
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).startsWith("eclipse-temurin:25-jdk");
        assertThat(froms.get(1)).startsWith("eclipse-temurin:25-jre");
        assertThat(dockerfile).contains("./mvnw -B -q -pl \"${MODULE}\" -am package -DskipTests",
                "-Djarmode=tools -jar \"${MODULE}/target/${MODULE}.jar\" extract --layers --launcher",
                "ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\", \"serve\"]");
        assertThat(Pattern.compile("(?m)^COPY --from=build /layers/(\\S+)/ \\./$").matcher(dockerfile).results()
                .map(match -> match.group(1)).toList())
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    }

    @Test
    void runtimeIsNonRootWithTheUserTheTaskDefinitionPins() {
        String dockerfile = dockerfile("trading");
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
        assertThat(user.find()).as("numeric USER").isTrue();
        assertThat(Integer.parseInt(user.group(1))).isPositive();
        assertThat(Repository.read("deployment/terraform/modules/ecs-service/main.tf"))
                .contains("user                   = \"" + user.group(1) + ":" + user.group(2) + "\"");
        assertThat(dockerfile.indexOf("USER ")).isGreaterThan(dockerfile.lastIndexOf("RUN "));
    }

    @Test
    void runtimeHasHealthcheckContainerAwareJvmAndOciLabels() {
        String dockerfile = dockerfile("trading");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n\\s+CMD curl -fsS .*/actuator/health/liveness");
        assertThat(dockerfile).contains("-XX:MaxRAMPercentage=", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=/tmp");
        assertThat(dockerfile).doesNotContainPattern("-Xmx\\d");
        assertThat(dockerfile).contains("org.opencontainers.image.title=", "org.opencontainers.image.source=",
                "org.opencontainers.image.revision=\"${REVISION}\"");
    }

    @Test
    void dockerignoreKeepsBuildOutputGitAndSecretsOutOfTheContext() {
        List<String> ignored = Repository.read(".dockerignore").lines().toList();
        assertThat(ignored).contains(".git", "**/target/", "**/node_modules/", ".env");
        assertThat(ignored).doesNotContain("mvnw", ".mvn", ".mvn/", "pom.xml");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgres17AndTheServicesInHealthGatedOrder() {
        Map<String, Object> compose = new Yaml().load(Repository.read("deployment/docker/compose.yaml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "trading-service", "data-service",
                "dashboard-service");
        Matcher pomImage = Pattern.compile("<postgres.image>([^<]+)</postgres.image>").matcher(Repository.read("pom.xml"));
        assertThat(pomImage.find()).isTrue();
        assertThat(services.get("postgres").get("image")).isEqualTo(pomImage.group(1)).asString().startsWith("postgres:17");
        services.forEach((name, service) -> {
            assertThat(service).as(name).containsKey("healthcheck");
            Map<String, Map<String, String>> dependsOn =
                    (Map<String, Map<String, String>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> assertThat(condition).as(name + " -> " + dependency)
                    .containsEntry("condition", "service_healthy"));
            if (!name.equals("postgres")) {
                Map<String, String> build = (Map<String, String>) service.get("build");
                assertThat(Repository.path(build.get("dockerfile"))).exists();
                assertThat(service).containsEntry("read_only", true);
                assertThat(dependsOn).as(name).isNotEmpty();
            }
        });
        assertThat(((Map<String, Object>) services.get("dashboard-service").get("depends_on")).keySet())
                .containsExactlyInAnyOrder("trading-service", "data-service");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeServicesAnswerOtherContainersButPublishOnTheHostsLoopbackOnly() {
        Map<String, Object> compose = new Yaml().load(Repository.read("deployment/docker/compose.yaml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        List<String> platform = List.of("trading-service", "data-service", "dashboard-service");
        for (String name : platform) {
            Map<String, Object> service = services.get(name);
            Map<String, String> environment = (Map<String, String>) service.get("environment");
            // ENVIRONMENT=local alone would bind 127.0.0.1 inside the container, out of the other containers' reach
            assertThat(environment).as(name).containsEntry("ENVIRONMENT", "local").containsEntry("SERVER_ADDRESS", "0.0.0.0");
            assertThat((List<String>) service.get("ports")).as(name).isNotEmpty().allMatch(port -> port.startsWith("127.0.0.1:"));
        }
    }

    private static String dockerfile(String kind) {
        return Repository.read("deployment/docker/Dockerfile." + kind);
    }

    /** Drops the two ARG defaults and the header comment naming the service. */
    private static String withoutServiceSpecificLines(String dockerfile) {
        return dockerfile.lines()
                .filter(line -> !line.startsWith("ARG MODULE=") && !line.startsWith("ARG PORT="))
                .filter(line -> !line.contains("(port ") && !line.startsWith("#   docker build"))
                .reduce("", (text, line) -> text + line + "\n");
    }
}
