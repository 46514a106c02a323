/** The Server-Sent Events streams: the resumable stream of closed live bars and the conflated last-price ticks. */
package com.algotrading.data.stream;
