#!/usr/bin/env python3
"""Checks that the rule table, the rule docs and the rule tests stay in step.

Every rule that `schemac lint --list-rules --format=json` lists needs:
  docs/rules/<id>.md   with its group and default severity and the four sections, and a
                       line in docs/rules/README.md;
  test/Lint/rules/<id>.prisma or .test
                       a schemac-opt --verify-diagnostics test with an expected finding
                       of the rule (firing) and a case marked "does not fire".
A doc page or test file for a rule that does not exist is an error too.
"""
import argparse
import json
import os
import re
import subprocess
import sys

SECTIONS = ["## What it finds", "## Why it matters", "## How to fix it", "## Equivalents"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schemac", required=True)
    parser.add_argument("--docs", required=True)
    parser.add_argument("--tests", required=True)
    args = parser.parse_args()

    rules = json.loads(subprocess.run([args.schemac, "lint", "--list-rules", "--format=json"],
                                      check=True, capture_output=True, text=True).stdout)
    problems = []
    index = open(os.path.join(args.docs, "README.md")).read()
    ids = set()
    for rule in rules:
        rid = rule["id"]
        ids.add(rid)
        doc = os.path.join(args.docs, rid + ".md")
        if not os.path.exists(doc):
            problems.append(f"{rid}: no doc page {doc}")
        else:
            text = open(doc).read()
            header = f"Group: `{rule['group']}` · default: {rule['severity']}"
            if header not in text:
                problems.append(f"{rid}: {doc} does not say `{header}`")
            for section in SECTIONS:
                if section not in text:
                    problems.append(f"{rid}: {doc} has no `{section}` section")
        if f"[`{rid}`]({rid}.md)" not in index:
            problems.append(f"{rid}: not listed in docs/rules/README.md")
        tests = [os.path.join(args.tests, rid + ext) for ext in (".prisma", ".test")]
        tests = [t for t in tests if os.path.exists(t)]
        if not tests:
            problems.append(f"{rid}: no test {args.tests}/{rid}.prisma or .test")
            continue
        text = open(tests[0]).read()
        if "--verify-diagnostics" not in text:
            problems.append(f"{rid}: {tests[0]} does not run schemac-opt --verify-diagnostics")
        if not re.search(r"expected-(warning|error)[^\n]*\{\{[^\n]*\[" + re.escape(rid) + r"\]\}\}", text):
            problems.append(f"{rid}: {tests[0]} expects no finding of the rule (firing case)")
        if "does not fire" not in text.lower():
            problems.append(f"{rid}: {tests[0]} has no case marked \"does not fire\"")
    for name in sorted(os.listdir(args.docs)):
        stem, ext = os.path.splitext(name)
        if ext == ".md" and name != "README.md" and stem not in ids:
            problems.append(f"docs/rules/{name}: no such rule")
    for name in sorted(os.listdir(args.tests)):
        stem, ext = os.path.splitext(name)
        if ext in (".prisma", ".test") and stem not in ids:
            problems.append(f"test/Lint/rules/{name}: no such rule")
    for problem in problems:
        print("error: " + problem)
    print(f"{len(rules)} rules, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
