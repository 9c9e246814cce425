#!/usr/bin/env python3
"""Writes the tables of docs/sources.md from model/catalog/catalog.json and
model/workload.cpp: every default figure with its source. Run it after
changing a default; tests/model/tst_sources.cpp fails while the document and
the catalog disagree."""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
catalog = json.loads((root / "model/catalog/catalog.json").read_text())
doc = root / "docs/sources.md"

def cell(x):
    return str(x).replace("|", "\\|").replace("\n", " ")

lines = []
lines.append("## Workload defaults (`model/workload.cpp`)\n")
lines.append("| Field | Default | Unit | Source |")
lines.append("|---|---|---|---|")
src = (root / "model/workload.cpp").read_text()
for m in re.finditer(r'\{"(\w+)", &Workload::\w+, "([^"]*)", [^,]+, [^,]+, ([^,]+),\s*((?:"[^"]*"\s*)+)\}', src):
    name, unit, default, source = m.group(1), m.group(2), m.group(3).strip(), m.group(4)
    source = "".join(re.findall(r'"([^"]*)"', source))
    lines.append(f"| `{name}` | {cell(default)} | {cell(unit)} | {cell(source)} |")

lines.append("\n## Prices (`catalog.json`, `prices`)\n")
lines.append("| Price | Value (USD) | Source |")
lines.append("|---|---|---|")
for key, p in catalog["prices"].items():
    lines.append(f"| `{key}` | {cell(p['value'])} | {cell(p.get('source', ''))} |")

lines.append("\n## Volume-priced tiers (`catalog.json`, `priceTiers`)\n")
lines.append("| Schedule | Tiers (up to, USD per unit) | Source |")
lines.append("|---|---|---|")
for key, t in catalog.get("priceTiers", {}).items():
    tiers = "; ".join(f"{'beyond' if up is None else 'to ' + format(up, ',') + ' ' + t['unit']}: {rate}" for up, rate in t["tiers"])
    lines.append(f"| `{key}` | {cell(tiers)} | {cell(t.get('source', ''))} |")

lines.append("\n## Instance types (`catalog.json`, `instanceTypes`)\n")
lines.append("| Family | Type | vCPU | Memory GiB | USD/hour | Baseline | Source |")
lines.append("|---|---|---|---|---|---|---|")
for family, types in catalog["instanceTypes"].items():
    for t in types:
        base = t.get("baseline", 1)
        source = t.get("source", "")
        if "baselineSource" in t:
            source += "; baseline: " + t["baselineSource"]
        lines.append(f"| {family} | `{t['name']}` | {t.get('vcpus','')} | {t.get('memoryGiB','')} | {t.get('hourlyUsd','')} | {base} | {cell(source)} |")

lines.append("\n## Component parameters (`catalog.json`, `kinds` and `groups`)\n")
for kind in catalog["kinds"] + catalog["groups"]:
    params = kind.get("params", [])
    if not params:
        continue
    lines.append(f"### {kind['name']} (`{kind['id']}`)\n")
    lines.append("| Parameter | Default | Unit | Source |")
    lines.append("|---|---|---|---|")
    for p in params:
        d = p.get("default", "")
        if isinstance(d, bool):
            d = "true" if d else "false"
        name = f"`{p['name']}`" + (" (size)" if p.get("sizing") else "")
        lines.append(f"| {name} | {cell(d)} | {cell(p.get('unit', ''))} | {cell(p.get('source', ''))} |")
    lines.append("")

text = doc.read_text()
begin, end = "<!-- tables: tools/write-sources.py -->", "<!-- end of tables -->"
head, rest = text.split(begin)
_, tail = rest.split(end)
doc.write_text(head + begin + "\n\n" + "\n".join(lines).rstrip() + "\n\n" + end + tail)
