package com.algotrading.common.service.metrics;

import com.algotrading.common.settings.InvalidSettingException;
import com.algotrading.common.settings.PlatformSettings;
import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

import java.time.Duration;

/**
 * Every service's meters carry {@code Environment} (dev, staging, prod, local) and {@code Service} (its
 * {@code spring.application.name}): the dimensions the alarms select on. Outside {@code ENVIRONMENT=local} a
 * CloudWatch registry publishes the listed application metrics every {@code platform.metrics.step} (1 minute, the
 * alarms' period), in batches of up to {@value #BATCH} data per call, with the SDK's own region, credentials (the task
 * role) and endpoint ({@code AWS_ENDPOINT_URL}) chains.
 */
@AutoConfiguration
public class PlatformMetricsConfiguration {

    /** CloudWatch takes at most 1000 data in one PutMetricData call. */
    static final int BATCH = 1000;

    @Bean
    ApplicationMetrics applicationMetrics() {
        return ApplicationMetrics.load();
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> platformDimensions(PlatformSettings settings, Environment environment) {
        String service = environment.getProperty("spring.application.name", "unnamed");
        return meters -> meters.config().commonTags("Environment", settings.environment().profile(), "Service", service);
    }

    /** Outermost, so it sees the status of every answer, the error pages' included. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<ErrorCount> errorCount(MeterRegistry meters) {
        FilterRegistrationBean<ErrorCount> registration = new FilterRegistrationBean<>(new ErrorCount(meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(Deployed.class)
    static class CloudWatchExport {

        @Bean(destroyMethod = "close")
        CloudWatchAsyncClient cloudWatch() {
            return CloudWatchAsyncClient.create();
        }

        @Bean
        CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchAsyncClient cloudWatch, ApplicationMetrics metrics,
                                                        Environment environment) {
            Duration step = environment.getProperty("platform.metrics.step", Duration.class, Duration.ofMinutes(1));
            CloudWatchConfig config = new CloudWatchConfig() {
                @Override
                public String get(String key) {
                    return null;
                }

                @Override
                public String namespace() {
                    return metrics.namespace();
                }

                @Override
                public Duration step() {
                    return step;
                }

                @Override
                public int batchSize() {
                    return BATCH;
                }
            };
            CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(config, Clock.SYSTEM, cloudWatch);
            // every other meter stays local: CloudWatch charges per metric and per call
            registry.config().meterFilter(MeterFilter.denyUnless(id -> metrics.names().contains(id.getName())));
            return registry;
        }
    }

    /**
     * Any environment but local, unless {@code platform.metrics.cloudwatch.enabled=false} (the build sets it for every
     * test, which must never call AWS); a bad ENVIRONMENT stops the service elsewhere, so it publishes nothing here.
     */
    static final class Deployed implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (!context.getEnvironment().getProperty("platform.metrics.cloudwatch.enabled", Boolean.class, true)) {
                return false;
            }
            try {
                return !PlatformSettings.from(context.getEnvironment()::getProperty).environment().isLocal();
            } catch (InvalidSettingException invalid) {
                return false;
            }
        }
    }
}
