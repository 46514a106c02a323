/**
 * Who may reach what: the security filter chain (form login with a session, API keys, CSRF, the rules per role
 * and scope), the security headers of every answer, and the login page.
 */
package com.algotrading.dashboard.security;
