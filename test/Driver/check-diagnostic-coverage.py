#!/usr/bin/env python3
"""check-diagnostic-coverage.py SRC_ROOT [--update]

Every user-facing diagnostic must have a test. Collects the messages schemac reports
(the leading literal of each `error(...)`, `warning(...)`, `environmentError(...)` and
`report(Severity::...)` call in the sources) and looks for each in the test suite's files
(goldens, FileCheck lines, expected outputs). A message without a test must be listed in
test/Driver/Inputs/untested-diagnostics.txt; the check fails when a new message has no
test, and when a listed message has gained one (remove it from the list), so that the list
only shrinks. --update rewrites the list.
"""
import os
import re
import sys

SOURCE_DIRS = ["support", "ir", "frontend", "format", "passes", "backends", "migrate",
               "seed", "deploy", "analyze", "tools"]
CALL = re.compile(r'(?:\.|\b)(?:error|warning|environmentError|report\(Severity::(?:Error|Warning))'
                  r'\s*\((?:[^;]*?,\s*)?(?:llvm::)?(?:Twine\()?"((?:[^"\\]|\\.)*)"', re.S)


def messages(root):
    found = {}
    for directory in SOURCE_DIRS:
        for dirpath, _, files in os.walk(os.path.join(root, directory)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                text = open(path, encoding="utf-8").read()
                for match in CALL.finditer(text):
                    literal = re.split(r"\{\d*\}|%s|%d|\\n", match.group(1))[0]
                    literal = literal.replace('\\"', '"').replace("\\\\", "\\").strip()
                    if len(literal) < 12 or "\n" in literal:  # too short, or not one literal
                        continue
                    found.setdefault(literal, os.path.relpath(path, root))
    return found


def test_text(root):
    parts = []
    for dirpath, _, files in os.walk(os.path.join(root, "test")):
        for name in files:
            if name == "untested-diagnostics.txt":
                continue
            try:
                parts.append(open(os.path.join(dirpath, name), encoding="utf-8",
                                  errors="replace").read())
            except OSError:
                pass
    return "\n".join(parts)


def main():
    root = sys.argv[1]
    listed_path = os.path.join(root, "test", "Driver", "Inputs", "untested-diagnostics.txt")
    found = messages(root)
    corpus = test_text(root)
    untested = sorted(m for m in found if m not in corpus)
    if "--update" in sys.argv:
        with open(listed_path, "w", encoding="utf-8") as out:
            out.write("# Diagnostics without a test (test/Driver/check-diagnostic-coverage.py).\n"
                      "# Only ever remove lines: give the message a test instead.\n")
            for m in untested:
                out.write(f"{found[m]}\t{m}\n")
        print(f"{len(found)} messages, {len(untested)} listed as untested")
        return 0
    listed = {}
    for line in open(listed_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        where, message = line.rstrip("\n").split("\t", 1)
        listed[message] = where
    status = 0
    for m in untested:
        if m not in listed:
            print(f"error: {found[m]}: the diagnostic `{m}...` has no test")
            status = 1
    for m in listed:
        if m in found and m not in untested:
            print(f"error: `{m}...` has a test now; remove it from untested-diagnostics.txt")
            status = 1
        if m not in found:
            print(f"error: `{m}...` is no longer reported; remove it from untested-diagnostics.txt")
            status = 1
    print(f"{len(found)} diagnostic messages, {len(found) - len(untested)} with a test, "
          f"{len(untested)} listed without")
    return status


if __name__ == "__main__":
    sys.exit(main())
