/** The service-provider interface through which resource kinds are added. */
package dev.komodosync.model.spi;
