#!/usr/bin/env python3
"""bench-migrate.py ANCHORS_DIR [--runs N] [--schemac PATH] - the migration runtime's speed,
side by side with Prisma Migrate's own history commands (../shared/anchors' prisma-migrate:
Prisma 7.10.1's schema engine, wasm, through @prisma/adapter-pg) on the same PostgreSQL
(`pg-local`, 127.0.0.1). Not in CI: it needs the anchors installed (see their README).

Scenarios (whole processes, wall time, median of --runs after one warm-up; peak RSS from
/usr/bin/time -f %M):
  status-500   `migrate status` on a database with a 500-migration history, up to date
  apply-6      `migrate apply` / `deploy` of the example's six migrations into an empty database
  new-1000     `migrate new` / `create` on a 1,000-model schema with 100 earlier migrations
               (schemac: from the last snapshot, no database; Prisma: replays the history on
               a shadow database)
Prints one table row per scenario: schemac, Prisma, ratio, peak RSS of each."""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("anchors")
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--schemac", default=None)
args = parser.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schemac = args.schemac or os.path.join(root, "build", "bin", "schemac")
anchors = os.path.abspath(args.anchors)
pm = os.path.join(anchors, "bin", "prisma-migrate")
base = subprocess.run([f"{anchors}/bin/pg-local", "url", "postgres"], capture_output=True,
                      text=True, check=True).stdout.strip().rsplit("/", 1)[0]
work = tempfile.mkdtemp()


def url(db):
    return f"{base}/{db}"


def psql(sql):
    subprocess.run(["psql", "-X", "-q", url("postgres"), "-c", sql], check=True, capture_output=True)


def fresh(db):
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')


def timed(cmd, env=None):
    """(seconds, peak RSS in MB) of one run."""
    start = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True,
                       env=dict(os.environ, **(env or {})))
    elapsed = time.perf_counter() - start
    if r.returncode not in (0,):
        sys.exit(f"bench-migrate: {' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    rss = int(r.stderr.strip().splitlines()[-1]) / 1024
    return elapsed, rss


def measure(setup, cmd, env=None):
    times, rss = [], []
    for i in range(args.runs + 1):
        if setup:
            setup()
        t, m = timed(cmd(), env)
        if i:
            times.append(t)
            rss.append(m)
    return statistics.median(times), max(rss)


def row(name, s, p):
    print(f"| {name} | {s[0]*1000:.0f} ms | {p[0]*1000:.0f} ms | {p[0]/s[0]:.1f}x | {s[1]:.0f} MB | {p[1]:.0f} MB |",
          flush=True)


print("| scenario | schemac | Prisma Migrate | ratio | schemac peak RSS | Prisma peak RSS |")
print("|---|---:|---:|---:|---:|---:|")

# status-500: 500 migrations, each adding one table.
hist = os.path.join(work, "h500")
schema = os.path.join(work, "s500.prisma")
models = []
for i in range(500):
    models.append(f"model T{i} {{\n  id Int @id\n  name String\n}}\n")
    open(schema, "w").write('datasource db {\n  provider = "postgresql"\n}\n\n' + "\n".join(models))
    subprocess.run([schemac, "migrate", "new", f"t{i}", "--schema", schema, "--dir", hist], check=True,
                   capture_output=True, env=dict(os.environ, SCHEMAC_NOW=f"2026{(i // 60 // 24) + 1:04d}{(i // 60) % 24:02d}{i % 60:02d}00"[:14]))
fresh("bench_status")
subprocess.run([schemac, "migrate", "apply", "--url", url("bench_status"), "--dir", hist], check=True, capture_output=True)
s = measure(None, lambda: [schemac, "migrate", "status", "--url", url("bench_status"), "--dir", hist])
p = measure(None, lambda: [pm, "status", "--url", url("bench_status"), "--dir", hist])
row("`migrate status`, 500 migrations, up to date", s, p)

# apply-6: the example's history into an empty database.
example = os.path.join(root, "examples", "job-platform", "migrations")
s = measure(lambda: fresh("bench_apply"), lambda: [schemac, "migrate", "apply", "--url", url("bench_apply"), "--dir", example])
p = measure(lambda: fresh("bench_apply"), lambda: [pm, "deploy", "--url", url("bench_apply"), "--dir", example])
row("`migrate apply` of the example's 6 migrations, empty database", s, p)

# new-1000: 1,000 generated models, then 99 more migrations adding one model each.
gen = subprocess.run([sys.executable, os.path.join(root, "utils", "gen-schema.py"), "--models", "1000", "--seed", "7"],
                     capture_output=True, text=True, check=True).stdout
gen = "\n".join(l for l in gen.splitlines() if not l.strip().startswith("url")) + "\n"
hist = os.path.join(work, "h100")
schema = os.path.join(work, "s1000.prisma")
extra = ""
for i in range(100):
    if i:
        extra += f"\nmodel Extra{i} {{\n  id Int @id\n  label String\n}}\n"
    open(schema, "w").write(gen + extra)
    subprocess.run([schemac, "migrate", "new", f"m{i}", "--schema", schema, "--dir", hist], check=True,
                   capture_output=True, env=dict(os.environ, SCHEMAC_NOW=f"202601010{i // 60:01d}{i % 60:02d}00"))
open(schema, "w").write(gen + extra + "\nmodel Final {\n  id Int @id\n}\n")
fresh("bench_new")
subprocess.run([schemac, "migrate", "apply", "--url", url("bench_new"), "--dir", hist], check=True, capture_output=True)


def new_setup(folder):
    def setup():
        for name in os.listdir(folder):
            if name.endswith("_bench_final"):
                shutil.rmtree(os.path.join(folder, name))
    return setup


s = measure(new_setup(hist), lambda: [schemac, "migrate", "new", "bench_final", "--schema", schema, "--dir", hist],
            env={"SCHEMAC_NOW": "20270101000000"})
prisma_hist = os.path.join(work, "h100p")
shutil.copytree(hist, prisma_hist, ignore=shutil.ignore_patterns("*bench_final*"))
p = measure(new_setup(prisma_hist), lambda: [pm, "create", "--url", url("bench_new"), "--schema", schema,
                                            "--dir", prisma_hist, "--name", "bench_final"])
row("`migrate new` on 1,000 models after 100 migrations", s, p)
shutil.rmtree(work)
