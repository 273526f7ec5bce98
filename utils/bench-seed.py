#!/usr/bin/env python3
"""bench-seed.py [--runs N] [--applications N] [--schemac PATH] - speed of `schemac seed` and
`schemac anonymize`, side by side with what a Prisma project does today, on a throwaway
PostgreSQL started here (utils/pg-test-server.sh: unix socket, fsync off).

  seed       `schemac seed users=N/100 jobs=N/10 applications=N` on the example, rows/s;
             baseline: the same rows as batched multi-row INSERTs (1,000 rows per
             statement, one transaction) through psql, which is how Prisma Client's
             `createMany` sends them (Prisma Client itself cannot run on this machine's
             offline registry settings).
  anonymize  `schemac anonymize` of that database into an empty one, MB/s; baseline
             `pg_dump | pg_restore` (custom format) and `pg_dump | psql` (plain).
Prints a Markdown table with medians of --runs."""
import argparse, os, re, statistics, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--applications", type=int, default=1000000)
parser.add_argument("--schemac", default=None)
args = parser.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schemac = args.schemac or os.path.join(root, "build", "bin", "schemac")
schema = os.path.join(root, "examples", "job-platform", "schema.prisma")
pg = tempfile.mkdtemp(prefix="schemac-bench-pg-")
os.chmod(pg, 0o755)
server = os.path.join(root, "utils", "pg-test-server.sh")
subprocess.run([server, "start", pg], check=True, capture_output=True)


def url(db):
    return f"postgresql://postgres@localhost/{db}?host={pg}"


def psql(db, sql=None, stdin=None):
    cmd = ["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1"]
    if sql:
        cmd += ["-c", sql]
    return subprocess.run(cmd, input=stdin, check=True, capture_output=True, text=True).stdout


def fresh(db, with_schema=True):
    psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql("postgres", f'CREATE DATABASE "{db}"')
    if with_schema:
        create = subprocess.run([schemac, "diff", "--from-empty", "--to", schema], capture_output=True,
                                text=True, check=True).stdout
        psql(db, stdin=create)


def timed(cmd, **kw):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, **kw)
    return time.perf_counter() - start


n = args.applications
counts = [f"users={n // 100}", f"jobs={n // 10}", f"applications={n}"]
rows = n // 100 + n // 10 + n
try:
    seed_times = []
    for _ in range(args.runs):
        fresh("bench_seed")
        seed_times.append(timed([schemac, "seed", "--quiet", "--url", url("bench_seed"), "--schema", schema] + counts))
    # The baseline's statements: the same rows, as INSERT ... VALUES (...), (...) batches.
    script = os.path.join(pg, "rows.sql")
    subprocess.run([schemac, "seed", "--quiet", "--schema", schema, "--out", script] + counts, check=True)
    inserts = os.path.join(pg, "inserts.sql")
    with open(script) as src, open(inserts, "w") as out:
        out.write("BEGIN;\n")
        table = cols = None
        batch = []

        def flush():
            if batch:
                out.write(f"INSERT INTO {table} ({cols}) VALUES\n" + ",\n".join(batch) + ";\n")
                batch.clear()

        def literal(field):
            if field == "\\N":
                return "NULL"
            text = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), field)
            return "'" + text.replace("'", "''") + "'"

        for line in src:
            m = re.match(r"COPY (.+?) \((.+)\) FROM stdin;", line)
            if m:
                table, cols = m.group(1), m.group(2)
                continue
            if line.startswith("\\."):
                flush()
                table = None
                continue
            if table is None:
                if line.startswith("SELECT setval"):
                    out.write(line)
                continue
            batch.append("(" + ", ".join(literal(f) for f in line.rstrip("\n").split("\t")) + ")")
            if len(batch) == 1000:
                flush()
        out.write("COMMIT;\n")
    insert_times = []
    for _ in range(args.runs):
        fresh("bench_insert")
        insert_times.append(timed(["psql", "-X", "-q", "-h", pg, "-U", "postgres", "-d", "bench_insert",
                                   "-v", "ON_ERROR_STOP=1", "-f", inserts]))
    anon_times, dump_times, plain_times = [], [], []
    size = int(subprocess.run(["psql", "-X", "-tA", "-h", pg, "-U", "postgres", "-d", "bench_seed", "-c",
                               "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                               "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"],
                              capture_output=True, text=True, check=True).stdout.strip())
    for _ in range(args.runs):
        fresh("bench_anon", with_schema=False)
        anon_times.append(timed([schemac, "anonymize", "--quiet", "--from-url", url("bench_seed"), "--to-url", url("bench_anon")],
                                env=dict(os.environ, SCHEMAC_ANONYMIZE_KEY="bench")))
        fresh("bench_dump", with_schema=False)
        dump_times.append(timed(["bash", "-c", f"pg_dump -Fc -h {pg} -U postgres bench_seed | pg_restore -h {pg} -U postgres -d bench_dump"]))
        fresh("bench_plain", with_schema=False)
        plain_times.append(timed(["bash", "-c", f"pg_dump -h {pg} -U postgres bench_seed | psql -X -q -h {pg} -U postgres -d bench_plain"]))
    s, i = statistics.median(seed_times), statistics.median(insert_times)
    a, d, p = statistics.median(anon_times), statistics.median(dump_times), statistics.median(plain_times)
    print(f"| task | schemac | baseline | ratio |")
    print(f"|---|---:|---:|---:|")
    print(f"| seed {rows:,} rows (example, {n:,} applications) | {s:.2f} s, {rows / s:,.0f} rows/s | "
          f"batched INSERTs via psql: {i:.2f} s, {rows / i:,.0f} rows/s | {i / s:.1f}x |")
    print(f"| anonymize {size / 1e6:,.0f} MB of tables | {a:.2f} s, {size / 1e6 / a:,.0f} MB/s | "
          f"pg_dump -Fc \\| pg_restore: {d:.2f} s ({size / 1e6 / d:,.0f} MB/s); pg_dump \\| psql: {p:.2f} s | "
          f"{a / d:.2f}x / {a / p:.2f}x of their time |")
finally:
    subprocess.run([server, "stop", pg], capture_output=True)
