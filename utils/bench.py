#!/usr/bin/env python3
"""bench.py - benchmark whole cold schemac processes.

    bench.py [--task check|diff|migrate|lint|lint-migrate|format|doc] [--schemac build/bin/schemac]
             [--runs N]
             [--models 1,1000,10000] [--prisma DIR]

For N = 1 (the bundled example) and generated schemas of N models (utils/gen-schema.py),
prints the median wall time of a whole process, the throughput in MB/s and the peak RSS
(also as a multiple of the input size).
  --task check  `schemac check` (default); with --prisma, Prisma's schema-wasm validator
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
    parser.add_argument("--task", choices=["check", "diff", "migrate", "lint", "lint-migrate", "format", "doc"], default="check")
    parser.add_argument("--mutate", type=int, default=3,
                        help="--task migrate: the mutation set of the new side")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="schemac-bench-")
    print(f"{'models':>7} {'bytes':>10} {'median ms':>10} {'MB/s':>8} {'peak RSS MB':>12} "
          f"{'RSS/input':>10}  tool")
    print(f"# task: {args.task}")
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
            ratio = ""
            if ours is None:
                ours = median
            elif not name.startswith("schemac"):
                ratio = f"  {median / ours:.0f}x slower than schemac"
            print(f"{n:>7} {size:>10} {median * 1000:>10.2f} {size / median / 1e6:>8.1f} "
                  f"{rss / 1e6:>12.1f} {rss / size:>10.1f}  {name}{status}{ratio}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
