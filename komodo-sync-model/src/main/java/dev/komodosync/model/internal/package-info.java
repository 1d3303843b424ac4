/** Not API — may change in any release. Komodo's own kinds, contributed through the kind SPI. */
package dev.komodosync.model.internal;
