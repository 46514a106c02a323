/** What every endpoint shares: RFC 7807 problem details with a stable type per error. */
package com.algotrading.data.web;
