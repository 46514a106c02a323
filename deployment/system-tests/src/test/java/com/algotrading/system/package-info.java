/** The three services as packaged, each in its own process, tested together through the dashboard's public API. */
package com.algotrading.system;
