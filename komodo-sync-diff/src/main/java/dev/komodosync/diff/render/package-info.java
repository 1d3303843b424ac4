/**
 * A plan for people and tools: {@link dev.komodosync.diff.render.PlanText} (terminal),
 * {@link dev.komodosync.diff.render.PlanJson} (formats §2, with the fingerprint),
 * {@link dev.komodosync.diff.render.PlanMarkdown} (a pull-request comment) and
 * {@link dev.komodosync.diff.render.PlanTomlDiff} (the exported TOML of what exists against the
 * declared TOML, as Komodo's UI shows a pending sync); {@link dev.komodosync.diff.render.RenderOptions}
 * says how text and Markdown show creates and deletes. Nested values are shown member by member.
 * Secrets are masked in every rendering.
 */
package dev.komodosync.diff.render;
