/**
 * A plan for people and tools: {@link dev.komodosync.diff.render.PlanText} (terminal),
 * {@link dev.komodosync.diff.render.PlanJson} (formats §2, with the fingerprint) and
 * {@link dev.komodosync.diff.render.PlanMarkdown} (a pull-request comment). Secrets are masked
 * in every rendering.
 */
package dev.komodosync.diff.render;
