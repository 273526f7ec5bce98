#!/usr/bin/env python3
"""check-html.py SCHEMAC SCHEMA OUT_DIR - the HTML documentation, rendered for real.

Writes `schemac doc --format=html` of SCHEMA, opens it in headless Chromium (Debian's
`chromium`, no network: the Mermaid renderer is inlined), and checks the DOM after the
scripts ran: the page says it rendered, and the ER diagram's SVG has a box for every model
and a line (with its label) for every relation that `schemac doc --format=json` lists.
Saves a screenshot as OUT_DIR/<schema>.png (a test artifact). Exit 1 on any failure."""
import html.parser
import json
import os
import shutil
import subprocess
import sys


class SvgText(html.parser.HTMLParser):
    """Collects the text inside the first erDiagram <svg>, and counts relationship lines."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.done = False
        self.texts = []
        self.lines = 0
        self.boxes = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "svg" and not self.done and self.depth == 0 and "erDiagram" in classes:
            self.depth = 1
            return
        if self.depth:
            if tag == "svg":
                self.depth += 1
            if tag == "path" and "relationshipLine" in classes:
                self.lines += 1
            if tag == "g" and "node" in classes and "-entity-" in (attrs.get("id") or ""):
                self.boxes += 1

    def handle_endtag(self, tag):
        if self.depth and tag == "svg":
            self.depth -= 1
            if self.depth == 0:
                self.done = True

    def handle_data(self, data):
        if self.depth and data.strip():
            self.texts.append(data.strip())


def main():
    schemac, schema, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    name = os.path.splitext(os.path.basename(schema))[0]
    page = os.path.join(out_dir, name + ".html")
    subprocess.run([schemac, "doc", "--format=html", schema, "-o", page], check=True)
    model = json.loads(subprocess.run([schemac, "doc", "--format=json", schema], check=True,
                                      capture_output=True, text=True).stdout)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("check-html: chromium is not installed (utils/setup.sh installs it)")
        return 1
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--disable-extensions", "--virtual-time-budget=60000"]
    url = "file://" + os.path.abspath(page)
    dom = subprocess.run(flags + ["--window-size=1400,1000", "--dump-dom", url], capture_output=True,
                         text=True, timeout=300).stdout
    failures = []
    if 'data-rendered="true"' not in dom:
        failures.append("the page did not finish rendering the diagram")
    # The diagram fits a 1,400 px wide window (zoom and scrolling are for closer looks).
    import re
    right = re.search(r'data-diagram-right="(\d+)"', dom)
    width = re.search(r'data-page-width="(\d+)"', dom)
    if not right or not width or int(right.group(1)) > int(width.group(1)):
        failures.append(f"the diagram is wider than the page: ends at {right and right.group(1)} px, "
                        f"the page is {width and width.group(1)} px")
    parser = SvgText()
    parser.feed(dom)
    text = " ".join(parser.texts)
    tokens = set(text.split())
    for m in model["models"]:
        if m["name"] not in tokens:
            failures.append(f"model {m['name']} is not in the diagram")
    if parser.boxes != len(model["models"]):
        failures.append(f"{parser.boxes} entity boxes for {len(model['models'])} models")
    for r in model["relations"]:
        label = r["field"] or r["name"] or r["constraint"]
        if label not in tokens:
            failures.append(f"relation {r['from']}.{label} has no label in the diagram")
    if parser.lines != len(model["relations"]):
        failures.append(f"{parser.lines} relationship lines for {len(model['relations'])} relations")
    shot = os.path.join(out_dir, name + ".png")
    subprocess.run(flags + ["--window-size=1600,1200", "--screenshot=" + shot, url],
                   capture_output=True, timeout=300)
    if not os.path.exists(shot) or os.path.getsize(shot) == 0:
        failures.append("no screenshot")
    for f in failures:
        print("FAIL", f)
    print(f"check-html: {name}: {len(model['models'])} models, {len(model['relations'])} relations,"
          f" {parser.boxes} boxes and {parser.lines} lines rendered; screenshot {shot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
