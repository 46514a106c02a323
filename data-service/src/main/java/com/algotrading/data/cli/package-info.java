/** The jar as a command: {@code java -jar data-service.jar import --file F --exchange NSE --symbol S --interval 1m}. */
package com.algotrading.data.cli;
