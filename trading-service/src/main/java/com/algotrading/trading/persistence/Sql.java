package com.algotrading.trading.persistence;

import org.springframework.jdbc.core.SqlParameterValue;

import java.sql.Types;
import java.util.Optional;

/**
 * Typed parameters for optional values: a bare null makes the JDBC layer ask the database for the parameter's type
 * first, one more round trip on every write of the order path.
 */
public final class Sql {

    private Sql() {
    }

    public static SqlParameterValue bigint(Optional<Long> value) {
        return new SqlParameterValue(Types.BIGINT, value.orElse(null));
    }

    public static SqlParameterValue text(Optional<String> value) {
        return new SqlParameterValue(Types.VARCHAR, value.orElse(null));
    }
}
