#!/usr/bin/env python3
"""outlier_labels.py REPORT_HTML: every force outside a funnel plot's limits
(a circle of class "pt hi" or "pt lo") is named by a label in that plot, even
when the plot is crowded. Prints what is missing; exit 1 if anything is.
The fixture build's first funnel plot is crowded: 44 forces in one group."""
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
plots = re.findall(r"<svg[^>]*class=\"funnel\".*?</svg>", html, re.S)
missing, outliers = [], 0
for k, svg in enumerate(plots, 1):
    labels = set(re.findall(r'<text class="lb"[^>]*>([^<]*)</text>', svg))
    for name in re.findall(r'<circle class="pt (?:hi|lo)"[^>]*><title>([^:<]*):', svg):
        outliers += 1
        if name not in labels:
            missing.append(f"funnel plot {k}: {name} is outside the limits but has no label")
if not plots or not outliers:
    print("no funnel plot with an outlier: nothing was checked")
    sys.exit(1)
for m in missing:
    print(m)
sys.exit(1 if missing else 0)
