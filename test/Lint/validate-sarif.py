#!/usr/bin/env python3
"""Validates a SARIF log (stdin) against the SARIF 2.1.0 JSON schema (Draft 4)."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
log = json.load(sys.stdin)
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
for error in errors:
    print("invalid: %s at %s" % (error.message, "/".join(str(p) for p in error.path)))
results = sum(len(run.get("results", [])) for run in log.get("runs", []))
print("valid SARIF 2.1.0: %d results" % results if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
