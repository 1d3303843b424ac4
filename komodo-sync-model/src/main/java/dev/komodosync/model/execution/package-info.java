/** The executions a procedure stage runs (behaviour §8.3), one record per execution type. */
package dev.komodosync.model.execution;
