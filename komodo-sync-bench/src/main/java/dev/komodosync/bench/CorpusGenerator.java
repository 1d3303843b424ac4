package dev.komodosync.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a realistic sync folder of {@code n} resources, deterministically from a seed: every
 * kind, in nested folders of about {@value #PER_FILE} resources a file, as people write them —
 * stacks with compose files or git repos and multi-line {@code environment} strings interpolating
 * {@code [[VARIABLES]]}, deployments of images and of builds, {@code after} chains up to
 * {@value #MAX_AFTER_DEPTH} deep across stacks and deployments, procedures whose stages run batch
 * executions with wildcard and regex patterns, actions with JavaScript in {@code """} strings,
 * variables (some secret), user groups with permissions.
 *
 * <p>The mix of files exercises every path of the loader: about 5% use TOML 1.1 (inline tables over
 * several lines with a trailing comma), about 5% have a mistake Komodo tolerates (an unknown key:
 * a warning), and about 2% carry exported inventory keys (unknown keys too) with dates in an
 * array, an infinite float, and a multi-line string that ends in a quote (four quotes in a row):
 * constructs the fast path once left to tomlj, and reads itself now (tomlj reads only files with
 * syntax errors, which a corpus that loads cleanly has none of).
 */
final class CorpusGenerator {

    static final int PER_FILE = 50;
    static final int MAX_AFTER_DEPTH = 18;
    /** How many stacks and deployments of the busy shape deploy, in percent (the plain shape: 35). */
    static final int BUSY_DEPLOY_PERCENT = 60;

    /** One declared resource as the generator planned it. */
    record Planned(String kind, String name, int team, boolean deploy, List<String> after) {}

    private final Random random;
    private final int size;
    private final Map<String, String> files = new TreeMap<>();
    private final Map<String, List<String>> names = new TreeMap<>();
    private final List<Planned> deployables = new ArrayList<>();
    private final int teams;
    private int fileCounter;
    /** What is special about the file being written: "toml11", "warning", "inventory" or "plain". */
    private String flavour = "plain";

    /** Whether this is the busy shape ({@link Corpus.Shape#BUSY}): more deploys, half the built images pinned. */
    private final boolean busy;

    CorpusGenerator(long seed, int size) {
        this(seed, size, Corpus.Shape.PLAIN);
    }

    /** The generator of {@code shape}; the plain shape's bytes do not depend on the busy one's. */
    CorpusGenerator(long seed, int size, Corpus.Shape shape) {
        this.random = new Random(seed);
        this.size = size;
        this.teams = Math.max(1, size / 400);
        this.busy = shape == Corpus.Shape.BUSY;
    }

    /** The files, by path relative to the sync folder, in sorted order. */
    Map<String, String> generate() {
        int servers = Math.max(2, size * 5 / 100);
        int swarms = Math.max(1, size / 100);
        int builders = Math.max(1, size / 100);
        int alerters = Math.max(1, size / 100);
        int repos = Math.max(1, size * 6 / 100);
        int builds = Math.max(1, size * 7 / 100);
        int deployments = Math.max(1, size * 26 / 100);
        int procedures = Math.max(1, size * 8 / 100);
        int actions = Math.max(1, size * 4 / 100);
        int syncs = Math.max(1, size / 100);
        int stacks = Math.max(1, size - servers - swarms - builders - alerters - repos - builds - deployments
                - procedures - actions - syncs);
        names("server", "node-%03d", servers);
        names("swarm", "swarm-%02d", swarms);
        names("builder", "builder-%02d", builders);
        names("alerter", "alerts-%02d", alerters);
        names("repo", "repo-%05d", repos);
        names("build", "build-%05d", builds);
        names("stack", "app-%05d", stacks);
        names("deployment", "svc-%05d", deployments);
        names("procedure", "proc-%05d", procedures);
        names("action", "action-%05d", actions);
        names("resource_sync", "sync-%03d", syncs);

        write("infra/servers", "server", this::server);
        write("infra/swarms", "swarm", this::swarm);
        write("infra/builders", "builder", this::builder);
        write("ops/alerters", "alerter", this::alerter);
        write("ops/syncs", "resource_sync", this::resourceSync);
        write("ci/repos", "repo", this::repo);
        write("ci/builds", "build", this::build);
        planDeployables();
        writeDeployables();
        write("automation/procedures", "procedure", this::procedure);
        write("automation/actions", "action", this::action);
        variables();
        userGroups();
        return files;
    }

    /** The stacks and deployments with their deploy flags and {@code after} lists. */
    List<Planned> deployables() {
        return List.copyOf(deployables);
    }

    /** Names of every kind. */
    Map<String, List<String>> names() {
        return names;
    }

    /** Number of teams (folders of apps, and secret variables). */
    int teams() {
        return teams;
    }

    private void names(String kind, String pattern, int count) {
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(String.format(Locale.ROOT, pattern, i));
        }
        names.put(kind, list);
    }

    private interface Writer {
        void write(StringBuilder out, String name, int index);
    }

    private void write(String prefix, String kind, Writer writer) {
        List<String> list = names.get(kind);
        for (int start = 0; start < list.size(); start += PER_FILE) {
            StringBuilder out = new StringBuilder(PER_FILE * 900);
            fileHeader(out);
            for (int i = start; i < Math.min(list.size(), start + PER_FILE); i++) {
                writer.write(out, list.get(i), i);
                typo(out, i - start);
                out.append('\n');
            }
            files.put(String.format(Locale.ROOT, "%s-%03d.toml", prefix, start / PER_FILE), out.toString());
        }
    }

    /**
     * Picks what is special about the next file: one file in 20 uses TOML 1.1, one in 20 has a
     * warning, one in 50 carries inventory keys (rarer TOML), the others nothing.
     */
    private void fileHeader(StringBuilder out) {
        int file = fileCounter++;
        flavour = file % 20 == 3 ? "toml11" : file % 20 == 8 ? "warning" : file % 50 == 11 ? "inventory" : "plain";
        if (flavour.equals("inventory")) {
            out.append("# Exported by the inventory tool; Komodo ignores these keys.\n"
                    + "maintenance_windows = [2025-03-01T04:00:00Z, 2025-03-08T04:00:00Z, \"weekly\"]\n"
                    + "error_budget = inf\n"
                    + "notes = \"\"\"Owner says \"do not reboot\"\"\"\"\n\n");
        } else {
            out.append("# Managed by the platform team. Edit through a pull request.\n\n");
        }
    }

    /** In a file with a warning, a misspelt key after the third resource: it lands in that resource's last table. */
    private void typo(StringBuilder out, int inFile) {
        if (flavour.equals("warning") && inFile == 2) {
            out.append("enabeld = true\n");
        }
    }

    // ---- kinds ----

    private void server(StringBuilder out, String name, int index) {
        int dc = 1 + index % 3;
        out.append("[[server]]\nname = \"").append(name).append("\"\n");
        out.append("description = \"Docker host ").append(index).append(" in dc-").append(dc).append("\"\n");
        out.append("tags = [\"dc-").append(dc).append("\", \"").append(index % 4 == 0 ? "gpu" : "general").append("\"]\n");
        if (flavour.equals("warning") && index % PER_FILE == 1) {
            out.append("last_audit = \"2025-03-01\"\n");
        }
        out.append("[server.config]\naddress = \"https://").append(name).append(".dc").append(dc)
                .append(".example.net:8120\"\nenabled = true\nregion = \"dc-").append(dc).append("\"\n");
        out.append("ignore_mounts = [\"/mnt/backup\", \"/var/lib/docker/overlay2\"]\n");
        out.append("cpu_warning = 85.0\ndisk_warning = 80.0\n");
        if (flavour.equals("toml11")) {
            out.append("maintenance_windows = [\n  {\n    name = \"patching\",\n    schedule_type = \"Weekly\",\n"
                    + "    day_of_week = \"Sunday\",\n    hour = 3,\n    duration_minutes = 60,\n  },\n]\n");
        } else if (random.nextInt(3) == 0) {
            out.append("maintenance_windows = [\n  { name = \"patching\", schedule_type = \"Weekly\", day_of_week = \"Sunday\","
                    + " hour = 3, minute = 0, duration_minutes = 60 },\n]\n");
        }
    }

    private void swarm(StringBuilder out, String name, int index) {
        List<String> servers = names.get("server");
        out.append("[[swarm]]\nname = \"").append(name).append("\"\n");
        out.append("config.servers = [\"").append(pick(servers)).append("\", \"").append(pick(servers)).append("\"]\n");
        out.append("config.send_unhealthy_alerts = ").append(index % 2 == 0).append('\n');
    }

    private void builder(StringBuilder out, String name, int index) {
        out.append("[[builder]]\nname = \"").append(name).append("\"\n");
        if (index % 2 == 0) {
            out.append("config.type = \"Server\"\nconfig.params.server_id = \"").append(pick(names.get("server"))).append("\"\n");
        } else {
            out.append("[builder.config]\ntype = \"Aws\"\n[builder.config.params]\nregion = \"eu-central-1\"\n")
                    .append("instance_type = \"c5.2xlarge\"\nvolume_gb = 40\n")
                    .append("security_group_ids = [\"sg-0a1b2c3d\", \"sg-0e4f5a6b\"]\nassign_public_ip = true\n");
        }
    }

    private void alerter(StringBuilder out, String name, int index) {
        out.append("[[alerter]]\nname = \"").append(name).append("\"\n[alerter.config]\nenabled = true\n");
        String[] types = {"Slack", "Discord", "Ntfy"};
        out.append("endpoint.type = \"").append(types[index % 3]).append("\"\n");
        out.append("endpoint.params.url = \"https://hooks.example.net/").append(name).append("\"\n");
        out.append("alert_types = [\"ServerUnreachable\", \"ServerDisk\", \"StackStateChange\", \"ProcedureFailed\"]\n");
    }

    private void resourceSync(StringBuilder out, String name, int index) {
        out.append("[[resource_sync]]\nname = \"").append(name).append("\"\n[resource_sync.config]\n");
        out.append("repo = \"acme/infra-sync\"\nresource_path = [\"sync/team-").append(index).append("\"]\n");
        out.append("include_variables = ").append(index == 0).append("\nmatch_tags = [\"team-")
                .append(String.format(Locale.ROOT, "%02d", index % teams)).append("\"]\n");
    }

    private void repo(StringBuilder out, String name, int index) {
        out.append("[[repo]]\nname = \"").append(name).append("\"\n");
        out.append("description = \"source of ").append(name).append("\"\ntags = [\"ci\"]\n[repo.config]\n");
        out.append("server = \"").append(pick(names.get("server"))).append("\"\n");
        out.append("repo = \"acme/").append(name).append("\"\nbranch = \"").append(index % 5 == 0 ? "develop" : "main")
                .append("\"\ngit_account = \"acme-bot\"\n");
        out.append("on_pull.command = \"\"\"\n# render the templates\n./scripts/render.sh --env prod\n\"\"\"\n");
        out.append("environment = \"\"\"\nRENDER_TARGET = /srv/").append(name).append("\nTZ = [[TZ]]\n\"\"\"\n");
    }

    private void build(StringBuilder out, String name, int index) {
        out.append("[[build]]\nname = \"").append(name).append("\"\n");
        out.append("description = \"image of ").append(name).append("\"\ntags = [\"ci\"]\n[build.config]\n");
        out.append("builder = \"").append(pick(names.get("builder"))).append("\"\n");
        out.append("repo = \"acme/").append(name).append("\"\nbranch = \"main\"\n");
        out.append("version = { major = 1, minor = ").append(index % 20).append(", patch = ").append(index % 7).append(" }\n");
        out.append("image_registry = { domain = \"ghcr.io\", account = \"acme-bot\", organization = \"acme\" }\n");
        out.append("build_args = \"\"\"\nNODE_ENV = production\nAPP_NAME = ").append(name).append("\n\"\"\"\n");
        out.append("secret_args = \"NPM_TOKEN = [[NPM_TOKEN]]\"\n");
        out.append("labels = \"\"\"\norg.opencontainers.image.source: https://github.com/acme/").append(name)
                .append("\norg.opencontainers.image.licenses: Apache-2.0\n\"\"\"\n");
        out.append("pre_build.command = \"npm ci && npm run build\"\n");
    }

    private void planDeployables() {
        List<String> stacks = names.get("stack");
        List<String> deployments = names.get("deployment");
        List<List<Planned>> byTeam = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            byTeam.add(new ArrayList<>());
        }
        Map<String, Integer> depth = new TreeMap<>();
        int s = 0;
        int d = 0;
        while (s < stacks.size() || d < deployments.size()) {
            boolean stack = d >= deployments.size() || (s < stacks.size() && random.nextInt(100) < 58);
            String name = stack ? stacks.get(s++) : deployments.get(d++);
            int team = random.nextInt(teams);
            List<Planned> mates = byTeam.get(team);
            List<String> after = new ArrayList<>();
            int deep = 0;
            if (!mates.isEmpty() && random.nextInt(100) < 45) {
                int wanted = random.nextInt(4) == 0 ? 2 : 1;
                for (int k = 0; k < 6 && after.size() < wanted; k++) {
                    Planned candidate = mates.get(Math.max(0, mates.size() - 1 - random.nextInt(Math.min(4, mates.size()))));
                    int candidateDepth = depth.get(candidate.name());
                    if (candidateDepth < MAX_AFTER_DEPTH && !after.contains(candidate.name())) {
                        after.add(candidate.name());
                        deep = Math.max(deep, candidateDepth);
                    }
                }
            }
            depth.put(name, after.isEmpty() ? 1 : deep + 1);
            Planned planned = new Planned(stack ? "stack" : "deployment", name, team,
                    random.nextInt(100) < (busy ? BUSY_DEPLOY_PERCENT : 35), after);
            mates.add(planned);
            deployables.add(planned);
        }
    }

    private void writeDeployables() {
        for (int team = 0; team < teams; team++) {
            for (String kind : List.of("stack", "deployment")) {
                List<Planned> mine = new ArrayList<>();
                for (Planned p : deployables) {
                    if (p.team() == team && p.kind().equals(kind)) {
                        mine.add(p);
                    }
                }
                for (int start = 0; start < mine.size(); start += PER_FILE) {
                    StringBuilder out = new StringBuilder(PER_FILE * 1000);
                    fileHeader(out);
                    for (int i = start; i < Math.min(mine.size(), start + PER_FILE); i++) {
                        if (kind.equals("stack")) {
                            stack(out, mine.get(i), i - start);
                        } else {
                            deployment(out, mine.get(i), i - start);
                        }
                        typo(out, i - start);
                        out.append('\n');
                    }
                    files.put(String.format(Locale.ROOT, "apps/team-%02d/%ss-%03d.toml", team, kind, start / PER_FILE),
                            out.toString());
                }
            }
        }
    }

    private void common(StringBuilder out, Planned p) {
        out.append("[[").append(p.kind()).append("]]\nname = \"").append(p.name()).append("\"\n");
        out.append("description = \"").append(p.kind().equals("stack") ? "compose project " : "container ")
                .append(p.name()).append(" of team ").append(p.team()).append("\"\n");
        out.append("tags = [\"team-").append(String.format(Locale.ROOT, "%02d", p.team())).append("\", \"")
                .append(p.team() % 2 == 0 ? "prod" : "staging").append("\"]\n");
        if (p.deploy()) {
            out.append("deploy = true\n");
        }
        if (!p.after().isEmpty()) {
            out.append("after = [\"").append(String.join("\", \"", p.after())).append("\"]\n");
        }
    }

    private void stack(StringBuilder out, Planned p, int inFile) {
        common(out, p);
        String team = String.format(Locale.ROOT, "%02d", p.team());
        out.append("[stack.config]\nserver = \"").append(pick(names.get("server"))).append("\"\n");
        if (flavour.equals("warning") && inFile == 3) {
            out.append("auto_pul = true\n");
        }
        boolean git = random.nextInt(100) < 50;
        if (git) {
            out.append("repo = \"acme/team-").append(team).append("-").append(p.name()).append("\"\nbranch = \"main\"\n");
            out.append("git_account = \"acme-bot\"\nfile_paths = [\"compose.yaml\", \"compose.prod.yaml\"]\n");
            out.append("auto_update = ").append(random.nextBoolean()).append('\n');
        } else {
            out.append("file_contents = \"\"\"\nservices:\n  ").append(p.name()).append(":\n    image: ghcr.io/acme/")
                    .append(p.name()).append(":latest\n    restart: unless-stopped\n    env_file: .env\n")
                    .append("    ports:\n      - \"").append(8000 + inFile).append(":8080\"\n")
                    .append("    healthcheck:\n      test: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:8080/health\"]\n")
                    .append("      interval: 30s\n    volumes:\n      - /srv/").append(p.name()).append(":/data\n")
                    .append("    labels:\n      traefik.enable: \"true\"\n      traefik.http.routers.").append(p.name())
                    .append(".rule: Host(`").append(p.name()).append(".apps.example.net`)\n\"\"\"\n");
        }
        out.append("environment = \"\"\"\nTZ = [[TZ]]\nDOMAIN = ").append(p.name()).append(".[[DOMAIN]]\n")
                .append("DB_PASSWORD = [[DB_PASSWORD_").append(team).append("]]\n")
                .append("DB_HOST = db.team-").append(team).append(".internal\nDB_NAME = ").append(p.name().replace('-', '_'))
                .append("\nREDIS_URL = redis://cache.team-").append(team).append(".internal:6379/0\n")
                .append("SMTP_HOST = smtp.example.net\nSENTRY_DSN = https://[[SENTRY_KEY]]@sentry.example.net/")
                .append(p.team()).append("\nLOG_LEVEL = info\nWORKERS = ").append(2 + random.nextInt(6)).append("\n\"\"\"\n");
        out.append("links = [\"https://grafana.example.net/d/").append(p.name()).append("\"]\n");
        if (flavour.equals("toml11")) {
            out.append("post_deploy = {\n  command = \"docker image prune -f\",\n}\n");
        }
        if (random.nextInt(2) == 0) {
            out.append("[stack.config.pre_deploy]\ncommand = \"\"\"\nmkdir -p /srv/").append(p.name())
                    .append("/data\nchown 1000:1000 /srv/").append(p.name()).append("/data\n\"\"\"\n");
        }
    }

    private void deployment(StringBuilder out, Planned p, int inFile) {
        common(out, p);
        out.append("[deployment.config]\nserver = \"").append(pick(names.get("server"))).append("\"\n");
        // A third of the deployments run a build's image; two thirds in the busy shape.
        int roll = random.nextInt(3);
        boolean fromBuild = busy ? roll != 2 : roll == 0;
        if (flavour.equals("toml11")) {
            out.append("image = {\n  type = \"Image\",\n  params = { image = \"ghcr.io/acme/").append(p.name())
                    .append(":1.").append(inFile).append("\" },\n}\n");
        } else if (fromBuild) {
            out.append("image.type = \"Build\"\nimage.params.build = \"").append(pick(names.get("build"))).append("\"\n");
            if (busy && random.nextBoolean()) {
                // Pinned to a version: it does not redeploy for the build's newer one (a departure, KS428).
                out.append("image.params.version = \"1.").append(random.nextInt(20)).append('.').append(random.nextInt(50))
                        .append("\"\n");
            }
        } else {
            out.append("image.type = \"Image\"\nimage.params.image = \"ghcr.io/acme/").append(p.name()).append(":1.")
                    .append(inFile).append("\"\n");
        }
        if (flavour.equals("warning") && inFile == 2) {
            out.append("restart_policy = \"always\"\n");
        }
        out.append("network = \"bridge\"\nrestart = \"unless-stopped\"\n");
        out.append("ports = \"").append(9000 + inFile).append(": 8080\"\n");
        out.append("volumes = \"\"\"\n/srv/").append(p.name()).append("/data = /data\n/etc/localtime = /etc/localtime\n\"\"\"\n");
        out.append("environment = \"\"\"\nTZ = [[TZ]]\nSERVICE_NAME = ").append(p.name())
                .append("\nAPI_TOKEN = [[API_TOKEN]]\nUPSTREAM = http://").append(pickDeployable("deployment"))
                .append(":8080\nCACHE_TTL = ").append(30 + random.nextInt(600)).append("\nSENTRY_DSN = https://[[SENTRY_KEY]]@sentry.example.net/")
                .append(p.team()).append("\n\"\"\"\n");
        out.append("extra_args = [\"--memory=512m\", \"--cpus=1.5\"]\n");
        out.append("labels = \"traefik.enable: true\"\n");
    }

    private void procedure(StringBuilder out, String name, int index) {
        List<String> stacks = names.get("stack");
        out.append("[[procedure]]\nname = \"").append(name).append("\"\n");
        out.append("description = \"nightly rollout ").append(index).append("\"\n[procedure.config]\n");
        out.append("schedule = \"Every day at 0").append(index % 6).append(":30\"\nschedule_timezone = \"Europe/Berlin\"\n\n");
        String prefix = pick(stacks);
        out.append("[[procedure.config.stage]]\nname = \"Pull\"\nexecutions = [\n")
                .append("  { execution.type = \"BatchPullStack\", execution.params.pattern = \"")
                .append(prefix, 0, prefix.length() - 2).append("*\" },\n")
                .append("  { execution.type = \"PullRepo\", execution.params.repo = \"").append(pick(names.get("repo")))
                .append("\" },\n]\n\n");
        out.append("[[procedure.config.stage]]\nname = \"Deploy\"\nexecutions = [\n")
                .append("  { execution.type = \"BatchDeployStackIfChanged\", execution.params.pattern = \"\"\"\n")
                .append(prefix, 0, prefix.length() - 1).append("*\n\\^").append(prefix, 0, prefix.length() - 3)
                .append("[0-9]+$\\\n\"\"\" },\n")
                .append("  { execution.type = \"DeployStack\", execution.params.stack = \"").append(pickDeployable("stack"))
                .append("\" },\n")
                .append("  { execution.type = \"RunBuild\", execution.params.build = \"").append(pick(names.get("build")))
                .append("\", enabled = ").append(index % 3 != 0).append(" },\n]\n\n");
        out.append("[[procedure.config.stage]]\nname = \"Settle\"\nexecutions = [\n")
                .append("  { execution.type = \"Sleep\", execution.params.duration_ms = 5000 },\n")
                .append("  { execution.type = \"RunAction\", execution.params.action = \"").append(pick(names.get("action")))
                .append("\" },\n]\n");
    }

    private String pickDeployable(String kind) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Planned p = deployables.get(random.nextInt(deployables.size()));
            if (p.kind().equals(kind)) {
                return p.name();
            }
        }
        return names.get(kind).get(0);
    }

    private void action(StringBuilder out, String name, int index) {
        out.append("[[action]]\nname = \"").append(name).append("\"\n[action.config]\n");
        out.append("arguments_format = \"json\"\narguments = '{\"channel\": \"ops\", \"retries\": ").append(index % 4).append("}'\n");
        out.append("file_contents = \"\"\"\nconst version = /^\\d+\\.\\d+\\.\\d+$/;\n")
                .append("for (const stack of await komodo.read(\"ListStacks\", {})) {\n")
                .append("  if (version.test(stack.info.latest_image_tag)) { console.log(`ok \\n ${stack.name}`); }\n")
                .append("}\n\"\"\"\n");
    }

    private void variables() {
        StringBuilder out = new StringBuilder();
        out.append("[[variable]]\nname = \"TZ\"\nvalue = \"Europe/Berlin\"\n\n");
        out.append("[[variable]]\nname = \"DOMAIN\"\nvalue = \"apps.example.net\"\ndescription = \"public domain\"\n\n");
        out.append("[[variable]]\nname = \"NPM_TOKEN\"\nis_secret = true\n\n");
        out.append("[[variable]]\nname = \"API_TOKEN\"\nis_secret = true\n\n");
        out.append("[[variable]]\nname = \"SENTRY_KEY\"\nvalue = \"0123456789abcdef\"\n\n");
        for (int team = 0; team < teams; team++) {
            out.append("[[variable]]\nname = \"DB_PASSWORD_").append(String.format(Locale.ROOT, "%02d", team))
                    .append("\"\ndescription = \"database password of team ").append(team).append("\"\nis_secret = true\n\n");
        }
        files.put("variables.toml", out.toString());
    }

    private void userGroups() {
        StringBuilder out = new StringBuilder();
        for (int team = 0; team < Math.min(teams, 20); team++) {
            String t = String.format(Locale.ROOT, "%02d", team);
            out.append("[[user_group]]\nname = \"team-").append(t).append("\"\nusers = [\"dev-").append(t)
                    .append("-a\", \"dev-").append(t).append("-b\"]\nall.Server = \"Read\"\npermissions = [\n")
                    .append("  { target = { type = \"Stack\", id = \"app-").append(t).append("*\" }, level = \"Execute\" },\n")
                    .append("  { target.type = \"Deployment\", target.id = \"\\\\^svc-").append(t)
                    .append(".*\\\\\", level = \"Read\", specific = [\"Logs\"] },\n]\n\n");
        }
        files.put("user-groups.toml", out.toString());
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Writes {@code files} under {@code folder}. */
    static void writeAll(Map<String, String> files, Path folder) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
