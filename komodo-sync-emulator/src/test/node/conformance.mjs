// Conformance: drives the komodo-sync emulator with Komodo's official TypeScript client
// (komodo_client 2.3.2, pinned by package-lock.json) and fails on the first call that does not
// behave as Komodo Core 2.3.2 does (komodo-api.md). Usage: node conformance.mjs <info.json>
// where info.json is what `komodo-sync emulator --info-file` writes: {"url","key","secret"}.
// It leaves a known end state, which check-dump.mjs verifies in the emulator's dump.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

// komodo_client's auth dependency (mogh_auth_client) touches the browser's localStorage when it is
// imported: give Node an in-memory stand-in first, then import the client.
const storage = new Map();
globalThis.localStorage = {
  getItem: (key) => (storage.has(key) ? storage.get(key) : null),
  setItem: (key, value) => storage.set(key, String(value)),
  removeItem: (key) => storage.delete(key),
  clear: () => storage.clear(),
};
const { KomodoClient } = await import("komodo_client");

const info = JSON.parse(readFileSync(process.argv[2], "utf8"));
const komodo = KomodoClient(info.url, { type: "api-key", params: { key: info.key, secret: info.secret } });
let steps = 0;
const step = (name) => {
  steps++;
  console.log(`ok ${steps} - ${name}`);
};
const rejection = async (promise) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the call succeeded but should have failed");
};
const id = (doc) => doc._id.$oid;

// --- transport and identity
assert.equal(await komodo.core_version(), "2.3.2");
const me = await komodo.getUser();
assert.equal(me.admin, true);
assert.equal(me.enabled, true);
assert.match(id(me), /^[0-9a-f]{24}$/);
step("GetVersion and GET /user");

// --- create, read, update, rename, delete a resource of every kind
const kinds = [
  ["Server", "server", { enabled: true, address: "https://srv:8120" }, { region: "eu" }],
  ["Swarm", "swarm", {}, { links: ["https://swarm"] }],
  ["Deployment", "deployment", { server_id: "conf-srv" }, { network: "web" }],
  ["Stack", "stack", { server_id: "conf-srv" }, { file_contents: "services: {}\n" }],
  ["Build", "build", {}, { image_name: "acme/app" }],
  ["Repo", "repo", {}, { branch: "dev" }],
  ["Procedure", "procedure", {}, { schedule: "" }],
  ["Action", "action", {}, { file_contents: "console.log(1)" }],
  ["Builder", "builder", { type: "Url", params: { address: "https://builder" } }, { params: { address: "https://b2" } }],
  ["Alerter", "alerter", {}, { enabled: true }],
  ["ResourceSync", "sync", {}, { branch: "dev" }],
];
await komodo.write("CreateServer", { name: "conf-srv", config: { enabled: true } });
for (const [kind, field, config, update] of kinds) {
  const created = await komodo.write(`Create${kind}`, { name: `tmp ${kind}`, config });
  assert.match(id(created), /^[0-9a-f]{24}$/);
  const read = await komodo.read(`Get${kind}`, { [field]: id(created) });
  assert.equal(read.name, created.name);
  assert.equal(read.base_permission, "None");
  const updated = await komodo.write(`Update${kind}`, { id: created.name, config: update });
  for (const [key, value] of Object.entries(update)) {
    if (key !== "params") assert.deepEqual(updated.config[key], value, `${kind}.${key}`);
  }
  const renamed = await komodo.write(`Rename${kind}`, { id: id(created), name: `renamed-${kind.toLowerCase()}` });
  assert.equal(renamed.status, "Complete");
  assert.equal((await komodo.read(`Get${kind}`, { [field]: id(created) })).name, `renamed-${kind.toLowerCase()}`);
  const deleted = await komodo.write(`Delete${kind}`, { id: `renamed-${kind.toLowerCase()}` });
  assert.equal(id(deleted), id(created));
  const gone = await rejection(komodo.read(`Get${kind}`, { [field]: id(created) }));
  assert.equal(gone.status, 500);
  assert.equal(gone.result.error, `Did not find any ${kind} matching ${id(created)}`);
}
step("create, get, update, rename and delete each of the eleven kinds");

// --- names are normalised; references by name are stored as ids
const stack = await komodo.write("CreateStack", {
  name: "Conf Web",
  config: { server_id: "conf-srv", file_contents: "services:\n  web:\n    image: nginx\n" },
});
assert.equal(stack.name, "conf_web");
const server = await komodo.read("GetServer", { server: "conf-srv" });
assert.equal(stack.config.server_id, id(server));
await komodo.write("CreateDeployment", {
  name: "conf-api",
  config: { server_id: "conf-srv", image: { type: "Image", params: { image: "nginx:1.27" } } },
});
step("names normalised, references stored as ids");

// --- tags and description through UpdateResourceMeta
assert.deepEqual(
  await komodo.write("UpdateResourceMeta", {
    target: { type: "Deployment", id: "conf-api" },
    description: "the api",
    tags: ["conf-prod", "conf-web"],
  }),
  {}
);
const tags = await komodo.read("ListTags", {});
const prod = tags.find((tag) => tag.name === "conf-prod");
assert.ok(prod, "UpdateResourceMeta creates a missing tag");
const api = await komodo.read("GetDeployment", { deployment: "conf-api" });
assert.equal(api.description, "the api");
assert.deepEqual(api.tags, [id(prod), id(tags.find((tag) => tag.name === "conf-web"))]);
step("tags and description");

// --- variables
await komodo.write("CreateVariable", { name: "CONF_VAR", value: "one", description: "", is_secret: false });
await komodo.write("UpdateVariableValue", { name: "CONF_VAR", value: "two" });
await komodo.write("UpdateVariableDescription", { name: "CONF_VAR", description: "a variable" });
await komodo.write("CreateVariable", { name: "CONF_SECRET", value: "hunter2", is_secret: true });
await komodo.write("UpdateVariableIsSecret", { name: "CONF_SECRET", is_secret: false });
await komodo.write("CreateVariable", { name: "CONF_GONE", value: "x" });
await komodo.write("DeleteVariable", { name: "CONF_GONE" });
const variables = await komodo.read("ListVariables", {});
assert.deepEqual(variables.map((v) => v.name), ["CONF_SECRET", "CONF_VAR"]);
assert.equal((await komodo.read("GetVariable", { name: "CONF_VAR" })).value, "two");
const duplicateVariable = await rejection(komodo.write("CreateVariable", { name: "CONF_VAR", value: "x" }));
assert.equal(duplicateVariable.status, 500);
step("variables created, updated, deleted");

// --- user groups and permissions
await komodo.write("CreateUserGroup", { name: "conf-ops" });
await komodo.write("SetUsersInUserGroup", { user_group: "conf-ops", users: [me.username, "nobody"] });
await komodo.write("SetEveryoneUserGroup", { user_group: "conf-ops", everyone: false });
await komodo.write("UpdatePermissionOnResourceType", {
  user_target: { type: "UserGroup", id: "conf-ops" },
  resource_type: "Server",
  permission: "Read",
});
assert.deepEqual(
  await komodo.write("UpdatePermissionOnTarget", {
    user_target: { type: "UserGroup", id: "conf-ops" },
    resource_target: { type: "Deployment", id: "conf-api" },
    permission: { level: "Execute", specific: ["Logs"] },
  }),
  {}
);
const group = (await komodo.read("ListUserGroups", {})).find((g) => g.name === "conf-ops");
assert.deepEqual(group.users, [id(me)]);
assert.deepEqual(group.all, { Server: "Read" });
const permissions = await komodo.read("ListUserTargetPermissions", { user_target: { type: "UserGroup", id: id(group) } });
assert.equal(permissions.length, 1);
assert.equal(permissions[0].level, "Execute");
assert.deepEqual(permissions[0].specific, ["Logs"]);
assert.deepEqual(await komodo.read("ListUserTargetPermissions", { user_target: { type: "UserGroup", id: "ghost" } }), []);
const doomed = await komodo.write("CreateUserGroup", { name: "conf-doomed" });
await komodo.write("DeleteUserGroup", { id: id(doomed) });
step("user groups and permissions");

// --- deploys, polled to completion as the client does
const deploy = await komodo.execute_and_poll("Deploy", { deployment: "conf-api", stop_signal: null, stop_time: null });
assert.equal(deploy.status, "Complete");
assert.equal(deploy.success, true);
assert.equal(deploy.operation, "Deploy");
assert.deepEqual(deploy.target, { type: "Deployment", id: id(api) });
const deployStack = await komodo.execute_and_poll("DeployStack", { stack: "conf_web", services: [], stop_time: null });
assert.equal(deployStack.status, "Complete");
assert.equal(deployStack.success, true);
const container = await komodo.read("GetDeploymentContainer", { deployment: "conf-api" });
assert.equal(container.state, "running");
assert.equal(container.container.image, "nginx:1.27");
const listedStack = (await komodo.read("ListStacks", {})).find((s) => s.name === "conf_web");
assert.equal(listedStack.info.state, "running");
const missing = await rejection(komodo.execute("Deploy", { deployment: "conf-ghost" }));
assert.equal(missing.status, 500);
step("Deploy and DeployStack with execute_and_poll");

// --- pagination
for (const name of ["conf-al-c", "conf-al-a", "conf-al-b"]) {
  await komodo.write("CreateAlerter", { name });
}
const page = await komodo.read("ListAlerters", { limit: 2, page: 1 });
assert.deepEqual(page.map((a) => a.name), ["conf-al-c"]);
const all = await komodo.read("ListFullAlerters", { limit: 0 });
assert.deepEqual(all.map((a) => a.name), ["conf-al-a", "conf-al-b", "conf-al-c"]);
await komodo.write("DeleteAlerter", { id: "conf-al-a" });
step("pagination");

// --- errors: a duplicate name, a bad key
const duplicate = await rejection(komodo.write("CreateDeployment", { name: "conf-api" }));
assert.equal(duplicate.status, 409);
assert.equal(duplicate.result.error, "Resource with name 'conf-api' already exists");
assert.ok(Array.isArray(duplicate.result.trace));
const intruder = KomodoClient(info.url, { type: "api-key", params: { key: info.key, secret: "S_wrong_S" } });
const refused = await rejection(intruder.read("ListServers", {}));
assert.equal(refused.status, 401);
assert.equal(refused.result.error, "Invalid user credentials");
step("duplicate name (409) and bad key (401)");

console.log(`conformance: ${steps} steps passed against ${info.url}`);
