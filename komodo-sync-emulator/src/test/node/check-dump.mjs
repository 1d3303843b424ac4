// Checks, field by field, the emulator's dump (a snapshot file, formats.md §1) of the end state
// conformance.mjs leaves. Usage: node check-dump.mjs <dump.json>
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const dump = JSON.parse(readFileSync(process.argv[2], "utf8"));
const id = (doc) => doc._id.$oid;
const byName = (list, name) => {
  const found = (list ?? []).filter((item) => item.name === name);
  assert.equal(found.length, 1, `exactly one ${name}`);
  return found[0];
};
const tagName = (tagId) => dump.tags.find((tag) => id(tag) === tagId)?.name;

assert.deepEqual(dump.servers.map((s) => s.name), ["conf-srv"]);
const server = dump.servers[0];
assert.match(id(server), /^[0-9a-f]{24}$/);
assert.equal(server.config.enabled, true);

for (const key of ["swarms", "builds", "repos", "procedures", "actions", "builders", "resource_syncs"]) {
  assert.deepEqual(dump[key] ?? [], [], `${key}: every temporary resource was deleted`);
}
assert.deepEqual(dump.alerters.map((a) => a.name), ["conf-al-b", "conf-al-c"]);

const api = byName(dump.deployments, "conf-api");
assert.equal(dump.deployments.length, 1);
assert.equal(api.description, "the api");
assert.equal(api.config.server_id, id(server));
assert.deepEqual(api.config.image, { type: "Image", params: { image: "nginx:1.27" } });
assert.deepEqual(api.tags.map(tagName), ["conf-prod", "conf-web"]);

const web = byName(dump.stacks, "conf_web");
assert.equal(dump.stacks.length, 1);
assert.equal(web.config.server_id, id(server));
assert.deepEqual(web.info.deployed_contents, [
  { path: "compose.yaml", contents: "services:\n  web:\n    image: nginx\n" },
]);

assert.deepEqual(
  dump.variables.map((v) => [v.name, v.value, v.description, v.is_secret]),
  [
    ["CONF_SECRET", "hunter2", "", false],
    ["CONF_VAR", "two", "a variable", false],
  ]
);

const admin = dump.users.find((user) => user.username === "admin");
assert.ok(admin, "the admin user");
const group = byName(dump.user_groups, "conf-ops");
assert.equal(dump.user_groups.length, 1, "conf-doomed was deleted");
assert.equal(group.everyone, false);
assert.deepEqual(group.users, [id(admin)]);
// SnapshotWriter writes a PermissionLevelAndSpecifics in its object form.
assert.deepEqual(group.all, { Server: { level: "Read", specific: [] } });

assert.equal(dump.permissions.length, 1);
assert.deepEqual(dump.permissions[0].user_target, { type: "UserGroup", id: id(group) });
assert.deepEqual(dump.permissions[0].resource_target, { type: "Deployment", id: id(api) });
assert.equal(dump.permissions[0].level, "Execute");
assert.deepEqual(dump.permissions[0].specific, ["Logs"]);

assert.deepEqual(dump.runtime.deployments, { "conf-api": { state: "running", image: "nginx:1.27" } });
assert.deepEqual(dump.runtime.stacks, { conf_web: { state: "running" } });

console.log("dump: the conformance end state is in the emulator's dump, field by field");
