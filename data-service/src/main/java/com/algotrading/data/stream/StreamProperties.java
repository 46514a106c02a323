package com.algotrading.data.stream;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** @param heartbeat how often an idle stream gets a comment line so proxies keep it open ({@code STREAM_HEARTBEAT}) */
@Validated
@ConfigurationProperties("data.stream")
record StreamProperties(@NotNull Duration heartbeat) {
}
