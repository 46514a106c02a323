/**
 * Dashboard users: roles, passwords (Spring Security's delegating encoder, BCrypt), the form login with its
 * throttling, lockout and optional TOTP second factor, the first admin, and the users' and account API.
 */
package com.algotrading.dashboard.accounts;
