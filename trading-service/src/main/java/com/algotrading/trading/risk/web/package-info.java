/**
 * The risk state and limits over HTTP. A named interface of the risk feature for {@link
 * com.algotrading.trading.risk.web.RiskBody}: the kill switch answers with the risk state too.
 */
@NamedInterface("web")
package com.algotrading.trading.risk.web;

import org.springframework.modulith.NamedInterface;
