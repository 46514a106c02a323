/**
 * What every endpoint of this service shares: its own problem types (beside the platform's standard ones) and the
 * reading of a symbol parameter. The advice that maps the features' exceptions is {@code ApiExceptionHandler}.
 */
package com.algotrading.data.web;
