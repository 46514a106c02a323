/** The OpenAPI document of the public API ({@code /v3/api-docs}, Swagger UI), through springdoc. */
package com.algotrading.dashboard.apidocs;
