/**
 * Komodo's Resource Sync webhooks (komodo-api §4), as pure functions: the route a request's path
 * names ({@link dev.komodosync.serve.webhook.WebhookRoute}), its authentication by a GitHub
 * HMAC signature or a GitLab token, compared in constant time
 * ({@link dev.komodosync.serve.webhook.WebhookVerifier}), and the branch a push names
 * ({@link dev.komodosync.serve.webhook.PushedBranch}). No I/O: the HTTP server and the runner
 * use them.
 */
package dev.komodosync.serve.webhook;
