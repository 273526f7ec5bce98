#!/usr/bin/env python3
"""bench-deploy.py [--applications N] [--runs N] [--schemac PATH] - the deploy of the example's
last migration on a database with N applications (+N/100 users, N/10 jobs), on a throwaway
server started here (utils/pg-test-server.sh):
  deploy    `schemac migrate deploy --env bench --yes` of the last migration (backup,
            validate, apply, verify, docs)
  rollback  the same deploy failing its integrity check (a row deleted after apply), rolled
            back automatically (the backup restored)
  bare      `pg_dump -Fc` then `schemac migrate apply` of the same migration: the deploy's
            overhead is deploy / bare - 1
Prints a Markdown table of medians."""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--applications", type=int, default=1000000)
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--schemac", default=None)
args = parser.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schemac = args.schemac or os.path.join(root, "build", "bin", "schemac")
pg = tempfile.mkdtemp(prefix="schemac-bench-pg-")
os.chmod(pg, 0o755)
server = os.path.join(root, "utils", "pg-test-server.sh")
subprocess.run([server, "start", pg], check=True, capture_output=True)
work = tempfile.mkdtemp(prefix="schemac-bench-deploy-")
os.chmod(work, 0o755)
shutil.copytree(os.path.join(root, "examples", "job-platform", "migrations"), os.path.join(work, "migrations"))
schema = os.path.join(work, "schema.prisma")
shutil.copy(os.path.join(root, "examples", "job-platform", "schema.prisma"), schema)
names = sorted(n for n in os.listdir(os.path.join(work, "migrations")) if n[0].isdigit())
open(os.path.join(work, ".schemac.yaml"), "w").write("""database:
  migration:
    environments: [bench]
    validation: { enabled: true, strict: false }
  environments:
    bench:
      url: env(BENCH_URL)
  migrations: migrations
  schema: schema.prisma
""")


def url(db):
    return f"postgresql://postgres@localhost/{db}?host={pg}"


def psql(db, sql):
    subprocess.run(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", db, "-c", sql], check=True, capture_output=True)


n = args.applications
template = "bench_template"
psql("postgres", f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
psql("postgres", f"CREATE DATABASE {template}")
subprocess.run([schemac, "migrate", "apply", "--url", url(template), "--dir", os.path.join(work, "migrations"),
                "--to", names[-2]], check=True, capture_output=True)
subprocess.run([schemac, "seed", "--quiet", "--url", url(template), "--schema", schema,
                f"users={n // 100}", f"jobs={n // 10}", f"applications={n}"], check=True)
psql(template, "VACUUM ANALYZE")


def fresh():
    psql("postgres", "DROP DATABASE IF EXISTS bench WITH (FORCE)")
    psql("postgres", f"CREATE DATABASE bench TEMPLATE {template}")
    shutil.rmtree(os.path.join(work, ".schemac"), ignore_errors=True)


env = dict(os.environ, BENCH_URL=url("bench"))
deploy_t, rollback_t, bare_t, rollback_step = [], [], [], []
try:
    for _ in range(args.runs):
        fresh()
        t = time.perf_counter()
        subprocess.run([schemac, "migrate", "deploy", "--env", "bench", "--yes"], cwd=work, env=env, check=True, capture_output=True)
        deploy_t.append(time.perf_counter() - t)
        fresh()
        t = time.perf_counter()
        r = subprocess.run([schemac, "migrate", "deploy", "--env", "bench", "--yes", "--test-delete-row-from", '"Application"'],
                           cwd=work, env=env, capture_output=True, text=True)
        rollback_t.append(time.perf_counter() - t)
        if r.returncode != 1 or "rollback ... ok" not in r.stderr:
            sys.exit("bench-deploy: the failing deploy did not roll back:\n" + r.stderr)
        import re
        rollback_step.append(int(re.search(r"rollback \.\.\. ok \((\d+) ms\)", r.stderr).group(1)) / 1000)
        fresh()
        t = time.perf_counter()
        subprocess.run(["pg_dump", "-Fc", "-h", pg, "-U", "postgres", "-f", os.path.join(work, "bare.dump"), "bench"], check=True)
        subprocess.run([schemac, "migrate", "apply", "--url", url("bench"), "--dir", os.path.join(work, "migrations")],
                       check=True, capture_output=True)
        bare_t.append(time.perf_counter() - t)
    d, r, b = statistics.median(deploy_t), statistics.median(rollback_t), statistics.median(bare_t)
    print("| task | median |")
    print("|---|---:|")
    print(f"| deploy of `{names[-1]}`, {n:,} applications | {d:.2f} s |")
    print(f"| the same deploy failing its integrity check, rolled back (backup restored), whole run | {r:.2f} s |")
    print(f"| of which the automated rollback itself | {statistics.median(rollback_step):.2f} s |")
    print(f"| bare `pg_dump -Fc` + `migrate apply` | {b:.2f} s |")
    print(f"| deploy overhead over bare | {100 * (d / b - 1):.1f}% |")
finally:
    subprocess.run([server, "stop", pg], capture_output=True)
    shutil.rmtree(work, ignore_errors=True)
