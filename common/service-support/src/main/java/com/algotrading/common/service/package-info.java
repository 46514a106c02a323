/** Spring support every service shares: settings bean, start-up, failure analysis. The domain stays Spring-free in {@code common/domain}. */
package com.algotrading.common.service;
