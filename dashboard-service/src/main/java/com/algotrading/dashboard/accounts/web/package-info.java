/** The users and account REST API. */
package com.algotrading.dashboard.accounts.web;
