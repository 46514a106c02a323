package com.algotrading.dashboard.accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
@EnableConfigurationProperties(AccountsProperties.class)
class AccountsConfiguration {

    /**
     * Spring Security's delegating encoder: new hashes are BCrypt ({@code {bcrypt}...}), older formats still verify
     * and are re-hashed at the next login, so the algorithm can change without a reset.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
