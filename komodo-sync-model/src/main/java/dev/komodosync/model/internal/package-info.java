/** Implementation details of the model module. Not API: may change in any release. */
package dev.komodosync.model.internal;
