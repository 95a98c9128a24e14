"""Reads the quotation dumps the trainers learn from (QuoteKeeperDump, SpeakerTrainingDump; issue 5).

Each dump line is one quotation of a PolNeAR article: {"doc", "start", "end", ...} with UTF-16
offsets. `matched` pairs it with the article's gold, as score_quotes.py matches quotes.
"""
import json


def matched(dump, split, scorer):
    """Yields (line, gold document, offset mapper, index of the matching gold quote or None) per line.

    Lines of an article whose gold file does not line up with its text (3 in train) are skipped.
    """
    golds = {}
    with open(dump, encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            name = q["doc"]
            if name not in golds:
                try:
                    golds[name] = scorer.load_gold(split, [name])[name]
                except (ValueError, FileNotFoundError):
                    golds[name] = None
            d = golds[name]
            if d is None:
                continue
            at = scorer.utf16_to_index(d.text)
            yield q, d, at, scorer.match_quote(scorer.SysQuote(at(q["start"]), at(q["end"])), d.quotes)
