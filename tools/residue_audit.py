#!/usr/bin/env python3
"""How much a cleaning removed, and whether any cut touches a quotation (issue 3).

  residue_audit.py CLEAN.jsonl [--extract EXTRACT.jsonl] [--brat DIR] [--show N]

CLEAN.jsonl    `newsgraph clean --format jsonl PATH` (or `extract` output): the
               articles with their `removed` spans.
--extract      `newsgraph extract` output of the same articles: its `quotes`
               spans must not overlap any removed span.
--brat DIR     PolNeAR-style brat standoff (*.ann): every annotated attribution
               Content span (found in the article text by its words) must not
               overlap any removed span.

Also counted in the analysed text (the text with every removed span blanked):
lines that are only "Advertisement", and embedded posts left in (a paragraph
closed by "— Name (@handle) Month D, YYYY") whose first eight words occur again
elsewhere in the analysed text, i.e. repeats that would double a quote.

Always checked: quotation-mark regions of the text itself (“...”, "...",
paired within a paragraph). Prints removed characters as a share of all
characters, the cuts by note, and every cut that overlaps a quotation; ends
with "N passed, M failed" (an article passes when none of its cuts overlaps a
quotation). Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys

OPEN_CLOSE = {"“": "”", '"': '"'}


def quoted_regions(text):
    """Spans between paired double quotation marks, within one paragraph each."""
    regions = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            c = para[i]
            if c in OPEN_CLOSE:
                j = para.find(OPEN_CLOSE[c], i + 1)
                if j < 0:
                    regions.append((pos + i, pos + len(para)))  # a quote running on to the next paragraph
                    break
                regions.append((pos + i, pos + j + 1))
                i = j + 1
            else:
                i += 1
        pos += len(para) + 1
    return regions


def brat_contents(folder):
    """Annotated Content strings per file stem (the .ann name minus its _xxxx suffix)."""
    contents = collections.defaultdict(list)
    for name in os.listdir(folder):
        if not name.endswith(".ann"):
            continue
        stem = re.sub(r"_[0-9a-f]{4}\.ann$", "", name)
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[1].startswith("Content "):
                    contents[stem].append(parts[2])
    return contents


def spans_of(text, strings):
    spans = []
    for s in strings:
        k = text.find(s)
        if k >= 0:
            spans.append((k, k + len(s)))
    return spans


def utf16_to_index(text):
    """Map UTF-16 offsets (the contract's) to Python string indices."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    table = []
    for i, c in enumerate(text):
        table.append(i)
        if ord(c) >= 0x10000:
            table.append(i + 1)
    table.append(len(text))
    return lambda i: table[min(i, len(table) - 1)]


SIGNATURE = re.compile(r"[—–-]{1,2} ?[^\n—–]{1,80}?\(@\w{1,30}\) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*$")
AD_LINE = re.compile(r"^\s*advertisements?:?\s*$", re.IGNORECASE)


def analysed(text, cuts):
    chars = list(text)
    for s, e, _ in cuts:
        for i in range(s, e):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def left_residue(text):
    """Advertisement lines and repeated embedded posts left in an analysed text."""
    ads = sum(1 for line in text.split("\n") if AD_LINE.match(line))
    repeats = 0
    words_of = lambda s: re.findall(r"[\w']+", re.sub(r"(https?://|pic\.twitter\.com/)\S+", " ", s.lower()))
    flat = " ".join(words_of(text))
    for para in text.split("\n"):
        sig = SIGNATURE.search(para)
        if not sig:
            continue
        words = words_of(para[:sig.start()])
        if len(words) >= 8 and flat.count(" ".join(words[:8])) > 1:
            repeats += 1
    return ads, repeats


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("clean")
    ap.add_argument("--extract")
    ap.add_argument("--brat")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    articles = load(args.clean)
    quotes = {}
    for a in load(args.extract) if args.extract else []:
        at = utf16_to_index(a["text"])
        quotes[a["id"]] = [(at(q["start"]), at(q["end"])) for q in a.get("quotes") or []]
    gold = brat_contents(args.brat) if args.brat else {}
    total = removed = 0
    by_note = collections.Counter()
    failed = 0
    shown = 0
    checked = collections.Counter()
    ads_left = repeats_left = 0
    for a in articles:
        text = a["text"]
        total += len(text)
        at = utf16_to_index(text)
        cuts = [(at(r["start"]), at(r["end"]), r.get("note") or r.get("kind")) for r in a.get("removed") or []]
        removed += sum(e - s for s, e, _ in cuts)
        ads, repeats = left_residue(analysed(text, cuts))
        ads_left += ads
        repeats_left += repeats
        by_note.update(n for _, _, n in cuts)
        stem = os.path.splitext(os.path.basename(a.get("source") or ""))[0]
        guarded = [("quotation marks", r) for r in quoted_regions(text)]
        guarded += [("extracted quote", r) for r in quotes.get(a["id"], [])]
        guarded += [("annotated content", r) for r in spans_of(text, gold.get(stem, []))]
        checked.update(what for what, _ in guarded)
        bad = [(s, e, n, what) for s, e, n in cuts for what, r in guarded if overlaps((s, e), r)]
        if bad:
            failed += 1
            for s, e, n, what in bad:
                if shown < args.show:
                    shown += 1
                    print(f"cut inside {what}: {a.get('source')} [{n}] {text[s:e][:100]!r}")
    print(f"articles={len(articles)} characters={total} removed={removed} share={100.0 * removed / max(1, total):.3f}%")
    for note, n in by_note.most_common():
        print(f"  {n:5d}  {note}")
    print(f"left in the analysed text: {ads_left} advertisement lines, {repeats_left} repeated embedded posts")
    print("quotations checked: " + ", ".join(f"{n} {what}" for what, n in sorted(checked.items())))
    print(f"{len(articles) - failed} passed, {failed} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
