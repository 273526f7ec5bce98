#!/usr/bin/env python3
"""check-deploy.py SCHEMAC PG_SOCKET_DIR - `schemac migrate deploy --env` across three
environments (three databases on the test server), with the original request's
configuration block as written.

1. the example's six migrations go development -> staging -> production; production
   refuses before staging has them; the override (--skip-promotion-check --reason) is logged;
2. a deploy whose migration fails at its third statement, and one whose integrity check
   fails (a row deleted by another session after apply), each roll back automatically, in
   the down and in the restore mode: the database is then identical (schema and every row,
   pg_dump) to before the deploy;
3. backup create/list/restore into another database with equal row counts, retention
   pruning with a fixed clock, a corrupt or missing dump refused with nothing touched;
4. without a terminal and without --yes nothing runs; onSuccess/onFailure get the JSON event;
5. bad configuration: one case per kind of error, with file:line:col.
Prints one line per check and `N checks, N failed`."""
import json, os, shutil, subprocess, sys, tempfile

schemac, pg = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
checks = failures = 0
work = tempfile.mkdtemp(prefix="schemac-deploy-")
os.makedirs(os.path.join(work, "prisma"))
shutil.copy(os.path.join(root, "examples", "job-platform", "schema.prisma"), os.path.join(work, "prisma"))
shutil.copytree(os.path.join(root, "examples", "job-platform", "migrations"), os.path.join(work, "prisma", "migrations"))
migrations = os.path.join(work, "prisma", "migrations")


def url(db):
    return f"postgresql://postgres@localhost/{db}?host={pg}"


def psql(db, sql):
    return subprocess.run(["psql", "-X", "-q", "-tA", "-h", pg, "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1",
                           "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def fresh(db):
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql("postgres", f'CREATE DATABASE "{db}"')


def dump(db):
    """Schema and every row, history table included only by name (its rows record the deploy)."""
    out = subprocess.run(["pg_dump", "-h", pg, "-U", "postgres", "--no-owner", "-T", "_prisma_migrations", db],
                         capture_output=True, text=True, check=True).stdout
    return "\n".join(l for l in out.splitlines() if not l.startswith("\\restrict") and not l.startswith("\\unrestrict"))


def check(ok, what, detail=""):
    global checks, failures
    checks += 1
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else "\n     " + str(detail)[-800:]))
    if not ok:
        failures += 1


CONFIG = """# The original request's block, as written, plus the environments' settings.
database:
  migration:
    autoMigrate: false  # Require manual approval
    backup:
      enabled: true
      retention: 30  # days
    validation:
      enabled: true
      strict: true
    environments:
      - development
      - staging
      - production
  environments:
    development:
      url: env(DEPLOY_DEV_URL)
      autoMigrate: true
      backup: { enabled: false }
    staging:
      url: env(DEPLOY_STAGING_URL)
      validation: { strict: false }
    production:
      url: env(DEPLOY_PROD_URL)
      validation: { strict: false }
      lockTimeout: 5s
      onSuccess: "cat > {work}/success.json"
      onFailure: "cat > {work}/failure.json"
  docs: docs/schema
""".replace("{work}", work)
open(os.path.join(work, ".schemac.yaml"), "w").write(CONFIG)
for db in ["deploy_dev", "deploy_staging", "deploy_prod", "deploy_restore"]:
    fresh(db)
env = dict(os.environ, DEPLOY_DEV_URL=url("deploy_dev"), DEPLOY_STAGING_URL=url("deploy_staging"),
           DEPLOY_PROD_URL=url("deploy_prod"))
env.pop("DATABASE_URL", None)


def deploy(name, *extra, stdin=subprocess.DEVNULL):
    return subprocess.run([schemac, "migrate", "deploy", "--env", name] + list(extra), cwd=work, env=env,
                          capture_output=True, text=True, stdin=stdin)


def tool(*args):
    return subprocess.run([schemac] + list(args), cwd=work, env=env, capture_output=True, text=True)


# 1. Promotion order.
r = deploy("production", "--yes")
check(r.returncode == 1 and "staging has not applied 20261207001000_initial_setup" in r.stderr + r.stdout and
      psql("deploy_prod", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0",
      "production refuses migrations staging has not applied, and changes nothing", r.stderr)
r = deploy("development")
check(r.returncode == 0 and "deployed (development" in r.stdout, "development deploys without approval (autoMigrate: true)", r.stderr)
r = deploy("staging")
check(r.returncode == 1 and "not approved" in r.stderr and
      psql("deploy_staging", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0",
      "no terminal, no --yes: nothing runs", r.stderr)
r = deploy("staging", "--yes")
check(r.returncode == 0 and os.listdir(os.path.join(work, ".schemac", "backups", "staging")), "staging deploys with --yes, after a backup", r.stderr)
r = deploy("production", "--yes")
check(r.returncode == 0, "production deploys once staging has the migrations", r.stderr)
event = json.load(open(os.path.join(work, "success.json")))
check(event["outcome"] == "success" and len(event["applied"]) == 6, "onSuccess receives the JSON event", json.dumps(event))
check(os.path.exists(os.path.join(work, "docs", "schema", "README.md")), "the documentation is regenerated")
changelogs = os.listdir(os.path.join(work, "docs", "schema", "changelog"))
log_text = open(os.path.join(work, "docs", "schema", "changelog", sorted(changelogs)[-1])).read()
check(any(c.startswith("production-") for c in changelogs) and "JobMatch" in log_text,
      "a changelog of the deploy's migrations is written", changelogs)

# Data in production, then a new migration, in development only.
subprocess.run([schemac, "seed", "--quiet", "--url", url("deploy_prod"), "--schema", os.path.join(work, "prisma", "schema.prisma"),
                "users=50", "jobs=40", "applications=120"], check=True)
schema = os.path.join(work, "prisma", "schema.prisma")
text = open(schema).read().replace("model DailyJobStats {", "model Tag {\n  id   Int    @id @default(autoincrement())\n  name String @unique\n}\n\nmodel DailyJobStats {")
open(schema, "w").write(text)
subprocess.run([schemac, "migrate", "new", "add_tags", "--schema", schema, "--dir", migrations], check=True,
               capture_output=True, env=dict(env, SCHEMAC_NOW="20261207007000"))
r = deploy("production", "--yes", "--skip-promotion-check", "--reason", "hotfix approved by the on-call", "--analyze")
log = tool("migrate", "log", "--env", "production").stdout
analysis = os.listdir(os.path.join(work, "docs", "schema", "analysis")) if os.path.isdir(os.path.join(work, "docs", "schema", "analysis")) else []
check(r.returncode == 0 and "analysis after the deploy:" in r.stderr and analysis,
      "--analyze: the database analysed before and after, the report beside the docs", r.stderr[-600:])
check(r.returncode == 0 and "skipped: hotfix approved by the on-call" in log, "the promotion override is logged with its reason", log)

# 2. A migration failing at its third statement, then an integrity failure: rolled back.
broken = os.path.join(migrations, "20261207008000_color")
good = os.path.join(migrations, "20261207007500_slug")
os.makedirs(good)
open(os.path.join(good, "migration.sql"), "w").write('ALTER TABLE "Tag" ADD COLUMN "slug" TEXT;\n')
open(os.path.join(good, "down.sql"), "w").write('ALTER TABLE "Tag" DROP COLUMN "slug";\n')
os.makedirs(broken)
open(os.path.join(broken, "migration.sql"), "w").write(
    'ALTER TABLE "Tag" ADD COLUMN "color" TEXT;\nUPDATE "User" SET "name" = "name";\nINSERT INTO "Nope" VALUES (1);\n')
open(os.path.join(broken, "down.sql"), "w").write('ALTER TABLE "Tag" DROP COLUMN "color";\n')
for mode in ["down", "restore"]:
    before = dump("deploy_prod")
    r = deploy("production", "--yes", "--skip-promotion-check", "--reason", "test", f"--rollback={mode}")
    after = dump("deploy_prod")
    import difflib
    check(r.returncode == 1 and "failed at statement 3" in r.stdout + r.stderr and before == after,
          f"a migration failing at its third statement is rolled back ({mode}): database identical",
          r.stderr + "\n".join(list(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm=""))[:30]))
shutil.rmtree(broken)
for mode in ["down", "restore"]:
    before = dump("deploy_prod")
    r = deploy("production", "--yes", "--skip-promotion-check", "--reason", "test", f"--rollback={mode}",
               "--test-delete-row-from", '"Application"')
    after = dump("deploy_prod")
    check(r.returncode == 1 and "integrity check failed" in r.stderr and before == after,
          f"an integrity failure (a row lost) is rolled back ({mode}): database identical", r.stderr + r.stdout)
event = json.load(open(os.path.join(work, "failure.json")))
check(event["outcome"] == "failure" and "integrity" in event["failure"], "onFailure receives the JSON event", json.dumps(event))
r = deploy("production", "--yes", "--skip-promotion-check", "--reason", "test")
check(r.returncode == 0 and psql("deploy_prod", "SELECT count(*) FROM information_schema.columns WHERE table_name = 'Tag' AND column_name = 'slug'") == "1",
      "after the rollbacks the next deploy applies the fixed history", r.stderr)

# Strict validation (development keeps the block's strict: true): a destructive migration
# stops the deploy before anything runs.
drop = os.path.join(migrations, "20261207009000_drop_slug")
os.makedirs(drop)
open(os.path.join(drop, "migration.sql"), "w").write('ALTER TABLE "Tag" DROP COLUMN "slug";\n')
tags_snapshot = open(os.path.join(migrations, "20261207007000_add_tags", "schema.sir")).read()
shutil.copy(os.path.join(migrations, "20261207007000_add_tags", "schema.sir"), os.path.join(drop, "schema.sir"))
# The hand-written slug migration gets its snapshot (Tag with the slug column), so that the
# drop can be linted against it.
with_slug = tags_snapshot.replace('column "name" Text from "name"', 'column "name" Text from "name"\n  column "slug" Text?', 1)
open(os.path.join(migrations, "20261207007500_slug", "schema.sir"), "w").write(with_slug)
r = deploy("development")
check(r.returncode == 1 and "strict validation stops the deploy" in r.stderr and
      psql("deploy_dev", "SELECT to_regclass('\"Tag\"') IS NULL") == "t",
      "strict validation stops a destructive migration before anything runs", r.stderr)
shutil.rmtree(drop)

# 3. Backups.
r = tool("backup", "create", "--env", "production", "--format=json")
created = json.loads(r.stdout) if r.returncode == 0 else {}
check(created.get("sha256") and created.get("tables", 0) > 5, "backup create --format=json", r.stdout + r.stderr)
listing = tool("backup", "list", "--env", "production").stdout
listed = json.loads(tool("backup", "list", "--env", "production", "--format=json").stdout)
check(len(listed) >= 2 and all(b["sha256"] and "rows" in b for b in listed), "backup list --format=json", listed)
check(r.returncode == 0 and listing.count(".dump") >= 2, "backup create and list", r.stderr + listing)
r = tool("backup", "restore", "--env", "production", "--to-url", url("deploy_restore"))
counts = 'SELECT (SELECT count(*) FROM "User"), (SELECT count(*) FROM "Application")'
check(r.returncode == 0 and psql("deploy_restore", counts) == psql("deploy_prod", counts),
      "restore into another database: row counts equal", r.stderr)
folder = os.path.join(work, ".schemac", "backups", "production")
newest = sorted(f for f in os.listdir(folder) if f.endswith(".dump"))[-1]
with open(os.path.join(folder, newest), "r+b") as f:
    f.seek(100)
    f.write(b"corrupt")
before = dump("deploy_restore")
r = tool("backup", "restore", "--env", "production", "--file", newest, "--to-url", url("deploy_restore"))
check(r.returncode == 1 and before == dump("deploy_restore"), "a corrupt dump is refused, nothing touched",
      r.stderr + r.stdout + open(os.path.join(work, ".schemac", "logs", "production.jsonl")).read()[-300:])
os.remove(os.path.join(folder, newest))
r = tool("backup", "restore", "--env", "production", "--file", newest, "--to-url", url("deploy_restore"))
check(r.returncode != 0 and before == dump("deploy_restore"), "a missing dump is refused, nothing touched", r.stderr)
kept = len([f for f in os.listdir(folder) if f.endswith(".dump")])
r = subprocess.run([schemac, "backup", "prune", "--env", "production"], cwd=work, capture_output=True, text=True,
                   env=dict(env, SCHEMAC_NOW="20270301000000"))
left = len([f for f in os.listdir(folder) if f.endswith(".dump")])
check(r.returncode == 0 and kept > 0 and left == 0, f"retention: backups older than 30 days pruned ({kept} -> {left}) with a fixed clock", r.stderr)

# 5. Bad configuration.
bad = {
    "unknown key": ("database:\n  migration:\n    autoMigrat: false\n", "3:5: error: unknown key `autoMigrat`"),
    "bad boolean": ("database:\n  migration:\n    autoMigrate: sometimes\n", "3:18: error: expected true or false"),
    "bad number": ("database:\n  migration:\n    backup:\n      retention: forever\n", "4:18: error: expected a whole number"),
    "literal URL": ("database:\n  migration:\n    environments: [prod]\n  environments:\n    prod:\n      url: postgresql://u:pw@h/db\n",
                    "6:12: error: `url` must name an environment variable"),
    "unlisted environment": ("database:\n  migration:\n    environments: [prod]\n  environments:\n    qa:\n      url: env(X)\n",
                             "5:5: error: environment `qa` is not in `database.migration.environments`"),
    "bad duration": ("database:\n  migration:\n    environments: [prod]\n  environments:\n    prod:\n      lockTimeout: soon\n",
                     "6:20: error: expected a duration"),
    "bad rollback": ("database:\n  migration:\n    environments: [prod]\n  environments:\n    prod:\n      rollback: maybe\n",
                     "6:17: error: expected down, restore or none"),
}
for kind, (text, expected) in bad.items():
    path = os.path.join(work, "bad.yaml")
    open(path, "w").write(text)
    r = subprocess.run([schemac, "migrate", "deploy", "--env", "prod", "--config", path], cwd=work, env=env,
                       capture_output=True, text=True)
    check(r.returncode == 2 and expected in r.stderr, f"bad configuration ({kind}): {expected}", r.stderr)
for db in ["deploy_dev", "deploy_staging", "deploy_prod", "deploy_restore"]:
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
if failures:
    print(open(os.path.join(work, ".schemac", "logs", "development.jsonl")).read()[-3000:])
shutil.rmtree(work)
print(f"{checks} checks, {failures} failed")
sys.exit(1 if failures else 0)
