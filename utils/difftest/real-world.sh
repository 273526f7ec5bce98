#!/bin/bash
# real-world.sh DIR - download the real-world corpus (utils/difftest/real-world.json: public
# projects' Prisma schemas, pinned to a commit) into DIR, one schema per project (the files
# of a multi-file schema folder concatenated), with the datasource URL lines dropped as
# Prisma 7 wants them. Then: utils/difftest/difftest.py --files DIR/*.prisma
# The schemas are other projects' files: they are downloaded, never committed here.
set -euo pipefail
dir=${1:?usage: real-world.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
python3 - "$here/real-world.json" "$dir" <<'PY'
import json, re, sys, urllib.request
corpus, out = sys.argv[1], sys.argv[2]
for entry in json.load(open(corpus)):
    text = ""
    for path in entry["files"]:
        url = f"https://raw.githubusercontent.com/{entry['repo']}/{entry['commit']}/{path}"
        text += urllib.request.urlopen(url, timeout=60).read().decode("utf-8", "replace") + "\n"
    text = "\n".join(l for l in text.split("\n")
                     if not re.match(r"\s*(url|directUrl|shadowDatabaseUrl)\s*=", l))
    name = re.sub(r"[^A-Za-z0-9]+", "_", entry["repo"] + "__" + entry["path"]).strip("_")[:90]
    open(f"{out}/{name}.prisma", "w").write(text)
    print(f"{entry['repo']} {entry['path']} ({len(entry['files'])} file(s))")
PY
