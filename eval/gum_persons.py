#!/usr/bin/env python3
"""Person clusters of `newsgraph extract` against GUM's gold coreference (issue 4).

Usage:
  gum_persons.py totext GUM_DIR OUT_DIR      write the news documents as dated text + token offsets
  gum_persons.py score  GUM_DIR OUT_DIR ARTICLES_JSONL [--verbose]

GUM_DIR is shared/data/gum. `totext` rebuilds each GUM_news_* text from xml/ (sentences, paragraphs,
tokens joined with the usual spacing) and writes OUT_DIR/NAME.txt ("date YYYY-MM-DD" header, the
document's creation date) and OUT_DIR/NAME.tokens.json (each token's offsets in the body).
`score` reads the extract output for those files and computes B-cubed (Bagga & Baldwin; a mention
missing on one side counts as a miss, as in the CoNLL scorer) of our PERSON entities against GUM's
person chains, in two settings:

  named   key: the person chains that have a proper name (a mention with an NP/NPS token);
          response: mentions of our PERSON entities (names, titles, pronouns), and our unresolved
          person mentions as singletons
  all     key: every gold person chain, nominals and singletons included

A response mention matches the smallest gold person mention whose tokens contain it (each gold
mention matched once). The last line is "named: P=.. R=.. F1=..".
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = re.compile(r"^([,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|'|’s|’)$")
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“"}


def news_docs(gum):
    folder = os.path.join(gum, "coref", "gum", "conll")
    return sorted(f[:-6] for f in os.listdir(folder) if f.startswith("GUM_news_") and f.endswith(".conll"))


def read_xml(gum, name):
    """Tokens in order, each with (word, pos, sentence_no, paragraph_no), and the creation date."""
    raw = open(os.path.join(gum, "xml", name + ".xml"), encoding="utf-8").read()
    date = re.search(r'dateCreated="(\d{4}-\d{2}-\d{2})', raw)
    tokens, sent, para = [], -1, 0
    for line in raw.split("\n"):
        if line.startswith("<s ") or line == "<s>":
            sent += 1
        elif re.match(r"^<(p|head|list|item|figure|caption|sp)\b", line):
            para += 1
        elif line and not line.startswith("<"):
            cols = line.split("\t")
            tokens.append((cols[0], cols[1], sent, para))
    return tokens, (date.group(1) if date else None)


def read_conll(gum, name):
    """Gold mentions: list of (first, last_inclusive, chain_id, type) over token indices."""
    path = os.path.join(gum, "coref", "gum", "conll", name + ".conll")
    open_ = {}
    mentions = []
    i = 0
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        tag = cols[-1]
        if tag != "_":
            for m in re.finditer(r"\(([a-z]+)-(\d+)(?:-[^()|]*)?\)|\(([a-z]+)-(\d+)[^()|]*|([a-z]+)-(\d+)[^()|]*\)", tag):
                if m.group(1):
                    mentions.append((i, i, m.group(2), m.group(1)))
                elif m.group(3):
                    open_.setdefault(m.group(4), []).append((i, m.group(3)))
                else:
                    start, typ = open_[m.group(6)].pop()
                    mentions.append((start, i, m.group(6), typ))
        i += 1
    return mentions, i


def totext(args):
    os.makedirs(args.out, exist_ok=True)
    for name in news_docs(args.gum):
        tokens, date = read_xml(args.gum, name)
        body, offsets, prev = "", [], None
        for word, pos, sent, para in tokens:
            if prev is not None:
                if para != prev[3]:
                    body += "\n\n"
                elif not NO_SPACE_BEFORE.match(word) and prev[0] not in NO_SPACE_AFTER:
                    body += " "
            offsets.append([len(body), len(body) + len(word)])
            body += word
            prev = (word, pos, sent, para)
        with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(f"date {date}\n" + body + "\n")
        with open(os.path.join(args.out, name + ".tokens.json"), "w", encoding="utf-8") as f:
            json.dump({"offsets": offsets, "proper": [p.startswith("NP") for _, p, _, _ in tokens]}, f)
    print(f"wrote {len(news_docs(args.gum))} documents to {args.out}")


def b3(key, response):
    """key, response: dict mention -> cluster id. Returns (P, R, num_p, den_p, num_r, den_r)."""
    def clusters(assign):
        out = {}
        for m, c in assign.items():
            out.setdefault(c, set()).add(m)
        return out
    kc, rc = clusters(key), clusters(response)
    num_r = sum(len(kc[key[m]] & rc[response[m]]) / len(kc[key[m]]) for m in key if m in response)
    num_p = sum(len(rc[response[m]] & kc[key[m]]) / len(rc[response[m]]) for m in response if m in key)
    return num_p, len(response), num_r, len(key)


def score(args):
    arts = {}
    for line in open(args.jsonl, encoding="utf-8"):
        a = json.loads(line)
        arts[os.path.basename(a["source"]).replace(".txt", "")] = a
    totals = {"named": [0, 0, 0, 0], "all": [0, 0, 0, 0]}
    for name in news_docs(args.gum):
        a = arts.get(name)
        if a is None:
            print(f"{name}: no article in the output", file=sys.stderr)
            continue
        side = json.load(open(os.path.join(args.out, name + ".tokens.json"), encoding="utf-8"))
        gold, _ = read_conll(args.gum, name)
        persons = [g for g in gold if g[3] == "person"]
        named_chains = {g[2] for g in persons if any(side["proper"][i] for i in range(g[0], g[1] + 1))}
        response = our_mentions(a, side["offsets"])
        for setting in totals:
            keep = [g for g in persons if setting == "all" or g[2] in named_chains]
            key = {(g[0], g[1]): g[2] for g in keep}
            resp = align(response, keep)
            s = b3(key, resp)
            totals[setting] = [x + y for x, y in zip(totals[setting], s)]
            if args.verbose and setting == "named":
                p, r = s[0] / max(1, s[1]), s[2] / max(1, s[3])
                print(f"{name}: named P={p:.3f} R={r:.3f} ({s[3]} gold mentions, {s[1]} ours)")
    for setting in ("all", "named"):
        np_, dp, nr, dr = totals[setting]
        p, r = np_ / max(1, dp), nr / max(1, dr)
        f = 2 * p * r / max(1e-9, p + r)
        print(f"{setting}: P={p:.3f} R={r:.3f} F1={f:.3f} (gold mentions {dr}, ours {dp})")


def our_mentions(a, offsets):
    """Our person mentions as token ranges -> cluster id (unresolved ones as singletons)."""
    persons = {e["id"] for e in a["entities"] if e["type"] == "PERSON"}
    out = []
    for n, m in enumerate(a["mentions"]):
        if m["entity"] in persons or (m["entity"] is None and m["type"] == "PERSON"):
            toks = [i for i, (s, e) in enumerate(offsets) if s < m["end"] and m["start"] < e]
            if toks:
                out.append(((toks[0], toks[-1]), m["entity"] or f"single{n}"))
    return out


def align(response, gold):
    """Each response mention takes the smallest unmatched gold mention containing it, else stays itself."""
    taken, out = set(), {}
    for (first, last), cluster in response:
        inside = [g for g in gold if g[0] <= first and last <= g[1] and (g[0], g[1]) not in taken]
        if inside:
            g = min(inside, key=lambda g: g[1] - g[0])
            taken.add((g[0], g[1]))
            out[(g[0], g[1])] = cluster
        else:
            out[("ours", first, last)] = cluster
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("totext")
    t.add_argument("gum")
    t.add_argument("out")
    s = sub.add_parser("score")
    s.add_argument("gum")
    s.add_argument("out")
    s.add_argument("jsonl")
    s.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    totext(args) if args.cmd == "totext" else score(args)


if __name__ == "__main__":
    main()
