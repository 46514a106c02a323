/**
 * The trader's pages: server-rendered Thymeleaf views (the layout, the overview's first figures) whose scripts then
 * read and act through the same public API as programs do ({@code /api/v1/...}, with the session and the CSRF
 * token), so a page can do nothing its user could not do with a key of the same role.
 */
package com.algotrading.dashboard.pages;
