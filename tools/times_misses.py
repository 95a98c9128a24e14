#!/usr/bin/env python3
"""Lists the time-expression errors of `newsgraph extract` output against TimeML gold (issue 6).

    times_misses.py TML_DIR ARTICLES.jsonl [--kind wrong|missing|spurious] [--shape SHAPE] [--top N]

Each error is one of
  wrong     the expression was found (overlapping extents) but no found value equals the gold one
  missing   no found expression overlaps the gold one
  spurious  a found expression overlaps no gold one
and is grouped by the expression's shape: its words with digits as 9, month names as MON, weekday
names as WD, numbers in words as NUM (so "Oct. 23" and "Nov. 8" fall together). Prints the shapes
by count, with examples, so rules go to the errors that are general rather than to one document.
Matching is the same as score_times.py's. Standard library only.
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score_times.py")

MON = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"


def scorer():
    spec = importlib.util.spec_from_file_location("score_times", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shape(text):
    s = text.lower()
    s = re.sub(r"\b" + MON + r"\b\.?", "MON", s)
    s = re.sub(r"\b" + WD + r"\b", "WD", s)
    s = re.sub(r"\b" + NUM + r"\b", "NUM", s)
    s = re.sub(r"\d", "9", s)
    return re.sub(r"\s+", " ", s).strip()


def errors(st, tml_dir, jsonl):
    arts = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                key = re.sub(r"\.(txt|tml)$", "", os.path.basename(str(a.get("source", "")).split("#")[0]))
                arts[key] = a
    for p in st.tml_files(tml_dir):
        key = os.path.basename(p)[:-4]
        dct, body, gold = st.parse_tml(p)
        a = arts.get(key)
        if a is None:
            continue
        text = a.get("text") or ""
        shift = text.find(body[:200].strip()[:80]) - (len(body) - len(body.lstrip()))
        at = st.utf16_index_map(text)
        times = [(at(t["start"]) - shift, at(t["end"]) - shift, t.get("value"), t.get("text")) for t in a.get("times") or []]
        for gs, ge, gt, gv in gold:
            hits = [(s, e, v, t) for s, e, v, t in times if s < ge and gs < e]
            ctx = body[max(0, gs - 50):ge + 30].replace("\n", " ")
            if not hits:
                yield "missing", key, dct, gt, gv, None, ctx
            elif not any(v == gv for _, _, v, _ in hits):
                yield "wrong", key, dct, gt, gv, [(t, v) for _, _, v, t in hits], ctx
        for s, e, v, t in times:
            if not any(s < ge and gs < e for gs, ge, _, _ in gold):
                yield "spurious", key, dct, t, None, v, body[max(0, s - 50):e + 30].replace("\n", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tml_dir")
    ap.add_argument("jsonl")
    ap.add_argument("--kind", choices=["wrong", "missing", "spurious"])
    ap.add_argument("--shape", help="show every error of this shape, with its context")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    st = scorer()
    groups = collections.defaultdict(list)
    counts = collections.Counter()
    for e in errors(st, args.tml_dir, args.jsonl):
        counts[e[0]] += 1
        if args.kind and e[0] != args.kind:
            continue
        groups[(e[0], shape(e[3]))].append(e)
    print("errors:", dict(counts))
    if args.shape:
        for (kind, sh), es in sorted(groups.items()):
            if sh == args.shape:
                for kind, key, dct, text, gv, got, ctx in es:
                    print(f"{kind:8} {key} dct={dct} {text!r} gold={gv} got={got}\n          ...{ctx}...")
        return 0
    for (kind, sh), es in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:args.top]:
        ex = "; ".join(f"{e[3]!r} {e[4]}<-{e[5]}" for e in es[:3])
        print(f"{len(es):4} {kind:8} {sh:30} {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
