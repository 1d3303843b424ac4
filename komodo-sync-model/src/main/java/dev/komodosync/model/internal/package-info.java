/** Not API — may change in any release. Komodo's own kinds, contributed through the kind SPI; SHA-256 digests. */
package dev.komodosync.model.internal;
