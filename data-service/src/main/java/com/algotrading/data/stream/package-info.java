/** The resumable Server-Sent Events stream of closed live bars. */
package com.algotrading.data.stream;
