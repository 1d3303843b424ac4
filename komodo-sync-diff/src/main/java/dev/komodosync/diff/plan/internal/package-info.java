/**
 * Not API — may change in any release. The planner's parts: the resource index, id-to-name
 * normalisation, config diffs, scope, reference checks, deploy stages from the {@code after}
 * graph, variable and user-group planning, and the plan's actions as JSON with their fingerprint.
 */
package dev.komodosync.diff.plan.internal;
