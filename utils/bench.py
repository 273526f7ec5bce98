#!/usr/bin/env python3
"""bench.py - benchmark whole cold schemac processes.

    bench.py [--task check|diff|migrate|lint|lint-migrate|format|doc|scaling]
             [--schemac build/bin/schemac] [--runs N]
             [--models 1,1000,10000] [--prisma DIR]

For N = 1 (the bundled example) and generated schemas of N models (utils/gen-schema.py),
prints the median wall time of a whole process, the throughput in MB/s and the peak RSS
(also as a multiple of the input size).
  --task check  `schemac check` (default); with --prisma, Prisma's schema-wasm validator.
                `--models 60000` is the stress case: a 50 MB schema must get a verdict
                (valid, exit 0) like any other; the run fails when it does not
  --task migrate `schemac diff --from OLD --to NEW`, NEW the --mutate version of OLD;
                with --prisma, Prisma's prisma-diff-sql OLD NEW
  --task lint   `schemac lint FILE` (schema rules)
  --task lint-migrate `schemac lint --base OLD NEW` (schema and change rules)
  --task diff   `schemac diff --from-empty --to FILE` (SQL on stdout); with --prisma,
                Prisma's `migrate diff --from-empty` (the anchors' prisma-diff-sql)
  --task format `schemac format --check` of the formatted schema (the pre-commit case);
                with --prisma, `prisma format` (CLI) and Prisma's wasm formatter in-process
  --task doc    `schemac doc FILE -o DIR` (Markdown) and `--format=html`; with --prisma,
                prisma-markdown (the anchors' prisma-docs-markdown) up to 1,000 models
  --task scaling every command above on both generators (utils/gen-schema.py and the
                anchors' gen_schema.py, --gen2 PATH; its --mutate for the pairs) at
                --models (default 1000,5000,10000,20000): median time per model, and the
                growth factor from the first size to the size ten times larger (linear
                is 10; the goal is under 12). With --prisma, Prisma's validator and
                migrate diff (wasm, in-process) beside check, create and diff up to 5,000
                models, with the ratio. With --url (a PostgreSQL server's URL, database
                part ignored), each size's create script is loaded into a fresh database
                there and `introspect` and `diff --from-url` (drift) are measured too.
With --prisma pointing at an installed copy of ../shared/anchors, Prisma runs on the same
files and the last column gives its median time divided by schemac's.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def measure(cmd, runs):
    times, rss = [], []
    code = None
    run_once(cmd)  # warm the page cache; every measured run is still a fresh process
    for _ in range(runs):
        t, r, code = run_once(cmd)
        times.append(t)
        rss.append(r)
    return statistics.median(times), max(rss), code


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schemac", default=os.path.join(ROOT, "build", "bin", "schemac"))
    parser.add_argument("--runs", type=int, default=0, help="runs per size (default: by size)")
    parser.add_argument("--models", default="1,1000,10000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prisma", help="folder of an installed ../shared/anchors copy")
    parser.add_argument("--task", choices=["check", "diff", "migrate", "lint", "lint-migrate", "format", "doc", "scaling"], default="check")
    parser.add_argument("--gen2", default=os.path.join(os.path.dirname(ROOT), "shared", "anchors", "gen_schema.py"),
                        help="--task scaling: the second generator (../shared/anchors/gen_schema.py)")
    parser.add_argument("--url", help="--task scaling: a PostgreSQL server for the "
                        "introspection commands (a database per size is created there)")
    parser.add_argument("--prisma-max", type=int, default=5000,
                        help="--task scaling: largest size Prisma runs at")
    parser.add_argument("--mutate", type=int, default=3,
                        help="--task migrate: the mutation set of the new side")
    args = parser.parse_args()
    if args.task == "scaling":
        return scaling(args)

    tmp = tempfile.mkdtemp(prefix="schemac-bench-")
    print(f"{'models':>7} {'bytes':>10} {'median ms':>10} {'MB/s':>8} {'peak RSS MB':>12} "
          f"{'RSS/input':>10}  tool")
    print(f"# task: {args.task}")
    failures = []
    for n in [int(x) for x in args.models.split(",")]:
        if n == 1:
            path = os.path.join(ROOT, "examples", "job-platform", "schema.prisma")
        else:
            path = os.path.join(tmp, f"gen-{n}.prisma")
            subprocess.run([sys.executable, os.path.join(ROOT, "utils", "gen-schema.py"),
                            "--models", str(n), "--seed", str(args.seed), "-o", path], check=True)
        size = os.path.getsize(path)
        new_path = None
        if args.task in ("migrate", "lint-migrate"):
            new_path = os.path.join(tmp, f"gen-{n}-x{args.mutate}.prisma")
            subprocess.run([sys.executable, os.path.join(ROOT, "utils", "gen-schema.py"),
                            "--models", str(n), "--seed", str(args.seed), "--mutate",
                            str(args.mutate), "-o", new_path], check=True)
        runs = args.runs or (51 if n <= 100 else 21 if n <= 1000 else 9)
        if args.task == "check":
            tools = [("schemac", [args.schemac, "check", path])]
        elif args.task == "diff":
            tools = [("schemac", [args.schemac, "diff", "--from-empty", "--to", path])]
        elif args.task == "lint":
            tools = [("schemac", [args.schemac, "lint", "--no-config", path])]
        elif args.task == "lint-migrate":
            tools = [("schemac", [args.schemac, "lint", "--no-config", "--base", path, new_path])]
        elif args.task == "format":
            formatted = os.path.join(tmp, f"formatted-{n}.prisma")
            with open(formatted, "w") as out:
                subprocess.run([args.schemac, "format", "--stdout", path], stdout=out, check=True)
            path = formatted
            tools = [("schemac", [args.schemac, "format", "--check", path])]
        elif args.task == "doc":
            tools = [("schemac", [args.schemac, "doc", path, "-o", os.path.join(tmp, f"doc-{n}")]),
                     ("schemac-html", [args.schemac, "doc", "--format=html", path, "-o",
                                       os.path.join(tmp, f"doc-{n}.html")])]
        else:
            tools = [("schemac", [args.schemac, "diff", "--from", path, "--to", new_path])]
        if args.prisma and not args.task.startswith("lint"):
            stripped = os.path.join(tmp, f"prisma-{n}.prisma")
            with open(path) as src, open(stripped, "w") as dst:
                dst.writelines(l for l in src if not l.lstrip().startswith("url "))
            if args.task == "check":
                tools.append(("prisma-wasm", [os.path.join(args.prisma, "bin", "psl-wasm"),
                                              "validate", stripped]))
            elif args.task == "diff":
                tools.append(("prisma-diff", [os.path.join(args.prisma, "bin", "prisma-diff-sql"),
                                              ":empty", stripped]))
            elif args.task == "format":
                tools.append(("prisma-format", [os.path.join(args.prisma, "bin", "prisma-format"),
                                                "--check", stripped]))
                tools.append(("prisma-wasm-format", [os.path.join(args.prisma, "bin", "psl-wasm"),
                                                     "format", stripped]))
            elif args.task == "doc":
                if n <= 1000:
                    tools.append(("prisma-markdown",
                                  [os.path.join(args.prisma, "bin", "prisma-docs-markdown"),
                                   stripped, os.path.join(tmp, f"prisma-doc-{n}.md")]))
            else:
                stripped_new = os.path.join(tmp, f"prisma-{n}-new.prisma")
                with open(new_path) as src, open(stripped_new, "w") as dst:
                    dst.writelines(l for l in src if not l.lstrip().startswith("url "))
                tools.append(("prisma-diff", [os.path.join(args.prisma, "bin", "prisma-diff-sql"),
                                              stripped, stripped_new]))
        ours = None
        for name, cmd in tools:
            median, rss, code = measure(cmd, runs if name.startswith("schemac") else min(runs, 5))
            status = "" if code == 0 else f" (exit {code})"
            if code != 0 and name == "schemac" and args.task == "check":
                failures.append(f"{n} models: schemac check exited {code}")
            ratio = ""
            if ours is None:
                ours = median
            elif not name.startswith("schemac"):
                ratio = f"  {median / ours:.0f}x slower than schemac"
            print(f"{n:>7} {size:>10} {median * 1000:>10.2f} {size / median / 1e6:>8.1f} "
                  f"{rss / 1e6:>12.1f} {rss / size:>10.1f}  {name}{status}{ratio}")
            sys.stdout.flush()
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


SCALING_COMMANDS = ["check", "create", "diff", "diff-back", "drop", "lint", "lint-base",
                    "format", "doc", "doc-html"]


def scaling_command(args, name, files, tmp):
    """The schemac command line of one scaling command on one size's files."""
    s, a, b, loose = args.schemac, files["a"], files["b"], files["loose"]
    return {
        "check": [s, "check", a],
        "create": [s, "diff", "--from-empty", "--to", a],
        "diff": [s, "diff", "--from", a, "--to", b],
        "diff-back": [s, "diff", "--from", b, "--to", a],
        "drop": [s, "diff", "--from", a, "--to-empty"],
        "lint": [s, "lint", "--no-config", a],
        "lint-base": [s, "lint", "--no-config", "--base", a, b],
        "format": [s, "format", "--stdout", loose],
        "doc": [s, "doc", a, "-o", os.path.join(tmp, "doc")],
        "doc-html": [s, "doc", "--format=html", a, "-o", os.path.join(tmp, "doc.html")],
        "introspect": [s, "introspect", "--url", files.get("url", "")],
        "drift": [s, "diff", "--from-url", files.get("url", ""), "--to", a],
    }[name]


def load_database(args, files, name):
    """Creates database `name` on --url's server and runs the create script of files["a"]."""
    from urllib.parse import urlsplit, urlunsplit
    parts = urlsplit(args.url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    url = urlunsplit(parts._replace(path="/" + name))
    quiet = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
    subprocess.run(["psql", "-q", "-X", admin, "-c", f'DROP DATABASE IF EXISTS "{name}"',
                    "-c", f'CREATE DATABASE "{name}"'], check=True, stdout=subprocess.DEVNULL,
                   env=quiet)
    script = subprocess.run([args.schemac, "diff", "--from-empty", "--to", files["a"]],
                            check=True, capture_output=True, text=True).stdout
    subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-1", url], input=script,
                   text=True, check=True, stdout=subprocess.DEVNULL, env=quiet)
    return url


def scaling_files(args, generator, n, tmp):
    """Generates the base schema, its changed version and an unaligned copy."""
    folder = os.path.join(tmp, f"{generator}-{n}")
    os.makedirs(folder, exist_ok=True)
    # A Prisma 7 project: the URL lives in prisma.config.ts, not in the schema.
    open(os.path.join(folder, "prisma.config.ts"), "w").close()
    files = {k: os.path.join(folder, f"{k}.prisma") for k in ("a", "b", "loose")}
    if generator == "schemac":
        gen = [sys.executable, os.path.join(ROOT, "utils", "gen-schema.py"), "--models", str(n),
               "--seed", str(args.seed)]
        subprocess.run(gen + ["-o", files["a"]], check=True)
        subprocess.run(gen + ["--mutate", str(args.mutate), "-o", files["b"]], check=True)
        subprocess.run(gen + ["--misalign", "-o", files["loose"]], check=True)
    else:
        gen = [sys.executable, args.gen2, "--models", str(n), "--seed", "2001"]
        subprocess.run(gen + ["-o", files["a"]], check=True)
        subprocess.run(gen + ["--mutate", "2078", "-o", files["b"]], check=True)
        subprocess.run(gen + ["--unaligned", "-o", files["loose"]], check=True)
    return files


def scaling(args):
    sizes = [int(x) for x in (args.models if args.models != "1,1000,10000"
                              else "1000,5000,10000,20000").split(",")]
    generators = ["schemac"] + (["anchors"] if os.path.exists(args.gen2) else [])
    if len(generators) == 1:
        print(f"# {args.gen2} not found: only utils/gen-schema.py schemas", file=sys.stderr)
    tmp = tempfile.mkdtemp(prefix="schemac-scaling-")
    prisma = {}
    if args.prisma:
        bin_dir = os.path.join(args.prisma, "bin")
        prisma = {"check": lambda f: [os.path.join(bin_dir, "psl-wasm"), "validate", f["a"]],
                  "create": lambda f: [os.path.join(bin_dir, "prisma-diff-sql"), ":empty", f["a"]],
                  "diff": lambda f: [os.path.join(bin_dir, "prisma-diff-sql"), f["a"], f["b"]]}
    commands = SCALING_COMMANDS + (["introspect", "drift"] if args.url else [])
    failures = 0
    for generator in generators:
        print(f"\n## generator: {'utils/gen-schema.py' if generator == 'schemac' else args.gen2}")
        header = f"{'command':<10}" + "".join(f"{n:>10}" for n in sizes)
        print(header + "   (median ms; then µs per model)")
        times = {}
        prisma_times = {}
        for n in sizes:
            files = scaling_files(args, generator, n, tmp)
            runs = args.runs or (9 if n <= 1000 else 5 if n <= 5000 else 3)
            if args.url:
                files["url"] = load_database(args, files, f"schemac_scaling_{generator}_{n}")
            for name in commands:
                median, _, code = measure(scaling_command(args, name, files, tmp), runs)
                if code not in (0, 1):  # lint exits 1 on findings
                    print(f"# {name} at {n} models exited {code}", file=sys.stderr)
                    failures += 1
                times[(name, n)] = median
                if name in prisma and n <= args.prisma_max:
                    prisma_times[(name, n)] = measure(prisma[name](files), min(runs, 3))[0]
        for name in commands:
            row = "".join(f"{times[(name, n)] * 1000:>10.1f}" for n in sizes)
            per = "".join(f"{times[(name, n)] * 1e6 / n:>8.1f}" for n in sizes)
            print(f"{name:<10}{row}   {per}")
        print(f"\n{'growth':<10}" + "".join(f"{f'{n}->{10 * n}':>14}" for n in sizes if 10 * n in sizes))
        for name in commands:
            cells = ""
            for n in sizes:
                if 10 * n in sizes:
                    g = times[(name, 10 * n)] / times[(name, n)]
                    cells += f"{g:>13.1f}x" + ("!" if g >= 12 else " ")
                    failures += g >= 12
            print(f"{name:<10}{cells}")
        if prisma_times:
            print(f"\n{'vs Prisma':<10}" + "".join(f"{n:>24}" for n in sizes if n <= args.prisma_max))
            for name in prisma:
                cells = ""
                for n in sizes:
                    if (name, n) in prisma_times:
                        p, o = prisma_times[(name, n)], times[(name, n)]
                        cells += f"{p * 1000:>9.0f} / {o * 1000:>6.1f} = {p / o:>4.0f}x"
                print(f"{name:<10}{cells}")
    print(f"\n{failures} over the growth limit or failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
