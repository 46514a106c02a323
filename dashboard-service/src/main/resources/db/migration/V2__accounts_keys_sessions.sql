-- Accounts: three roles, the login lockout, the optional TOTP second factor.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('VIEWER', 'TRADER', 'ADMIN'));
ALTER TABLE users
    ADD COLUMN enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN failed_logins INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until  TIMESTAMPTZ,
    ADD COLUMN totp_secret   TEXT,
    ADD COLUMN totp_enabled  BOOLEAN     NOT NULL DEFAULT FALSE;

-- Failed logins per client address, in fixed windows: shared by every dashboard task behind the load balancer.
CREATE TABLE login_address_failures (
    address      TEXT        PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    failures     INT         NOT NULL
);

-- API keys: only the SHA-256 of the key is kept (a key is 256 random bits, so a fast hash suffices).
CREATE TABLE api_keys (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    scope        TEXT        NOT NULL CHECK (scope IN ('read', 'trade')),
    key_hash     BYTEA       NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_keys_user ON api_keys (user_id);

-- Spring Session JDBC (its PostgreSQL schema): sessions survive a redeploy and are shared by every task.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
