"""An occasion's words: a noun phrase as written, without its article, its clauses and its date
(returned apart), titles in quotation marks kept."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotetui.engine import mechanisms as words
from quotetui.engine.occasions.date_phrases import _DAY_PARTS, DatePhrase, _date_entity, date_phrase
from quotetui.engine.occasions.parse import _lemma
from quotetui.engine.occasions.shows import (
    _POSSESSIVE,
    ShowTitle,
    show_text,
    title_after,
    title_at,
)

_MAX_WORDS = 16  # an occasion longer than this is a sentence, not a name


def _phrase(
    head: Token, quoted: Sequence[bool], *, keep_det: bool = False, more: Sequence[Token] = ()
) -> tuple[str, int, int, DatePhrase | None] | None:
    """A noun phrase as an occasion's words: without its article, its dates (returned apart),
    its clauses and anything quoted as speech; titles in quotation marks kept. ``more``:
    further heads the parse split the phrase into ("BBC Radio Four's | Any Questions")."""
    heads = sorted([head, *more], key=lambda t: t.i)
    doc = head.doc
    drop: set[int] = set()
    dates: set[int] = set()  # dropped as the date, which does not end the phrase
    date: DatePhrase | None = None
    subtree = sorted({t.i for top in heads for t in top.subtree})
    for i in subtree:
        tok = doc[i]
        if i in drop:
            continue
        if tok.dep_ == "det" and tok.head in heads and tok.i < tok.head.i and not keep_det:
            if tok.pos_ == "DET":
                drop.add(i)
        elif tok.dep_ == "prep" and any(
            c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in tok.children
        ):
            # "Queen's Club, eight days before the start of Wimbledon": a time, no name's.
            drop.update(t.i for t in tok.subtree)
        elif tok.dep_ in ("relcl", "advcl", "ccomp", "mark") or (
            tok.i > head.i
            and tok not in heads
            and (tok.dep_ in ("acl", "appos") or (tok.dep_ in ("cc", "conj") and tok.head in heads))
        ):
            if tok.dep_ in ("acl", "appos") and _short_modifier(tok, quoted):
                continue  # "hosted by the Paley Center", ", USA Today's newsmaker series"
            sub = list(tok.subtree)
            if tok.dep_ == "acl" and date is None and _lemma(tok) in words.ISSUING_VERBS:
                # "a statement released Thursday": the clause goes, its date stays.
                for t in sub:
                    ent = _date_entity(t)
                    if ent is not None and not quoted[t.i]:
                        date = date_phrase(ent)
                        break
            drop.update(t.i for t in sub)
    # A show's title is a name, whatever its words: "Fox News Sunday" holds no date.
    titled: set[int] = set()
    for i in subtree:
        title = title_at(doc, i, quoted)
        if title is not None:
            titled.update(range(title.opening, title.closing + 1))
    for i in subtree:
        if i in drop or i in titled:
            continue
        ent = _date_entity(doc[i])
        if ent is None:
            continue
        if date is None:
            date = date_phrase(ent)
        end = ent.end
        while end < len(doc) and doc[end].lower_ in _DAY_PARTS:
            end += 1
        dates.update(range(ent.start, end))
        if end < len(doc) and doc[end].tag_ == "POS":
            dates.add(end)
        root = ent.root
        if root.head.dep_ == "prep" and root.head.i < ent.start:
            dates.add(root.head.i)  # "interview on Thursday": the "on" goes with the date
        if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
            dates.add(ent.end)
    toks = [doc[i] for i in subtree if i not in drop and i not in dates and not quoted[i]]
    # A phrase broken by a dropped clause ends where the clause began.
    kept: list[Token] = []
    for tok in toks:
        if (
            kept
            and tok.i > kept[-1].i + 1
            and tok.i > head.i
            and any(i in drop and not doc[i].is_punct for i in range(kept[-1].i + 1, tok.i))
        ):
            break
        kept.append(tok)
    while kept and (
        (kept[-1].is_punct and not kept[-1].is_quote) or kept[-1].dep_ in ("cc", "prep", "case")
    ):
        kept.pop()
    while kept and kept[0].is_punct and not kept[0].is_quote:
        kept.pop(0)
    if not kept:
        return None
    if len(kept) > _MAX_WORDS:
        kept = [t for t in kept if t.i <= heads[-1].i + _MAX_WORDS // 2] or kept[:_MAX_WORDS]
    text = _balance_quotes(_join(kept))
    if not text:
        return None
    end = kept[-1].idx + len(kept[-1])
    show = _show_after(kept, quoted)
    if show is not None:
        # "told CBS's “Face the Nation”": the parse may leave the title out of the phrase
        # (hung on the verb, or a sentence of its own); the show is what names the medium.
        last = kept[-1] if kept[-1].lower_ not in _POSSESSIVE or len(kept) < 2 else kept[-2]
        if last is not kept[-1]:
            text = _balance_quotes(_join(kept[:-1]))
        text = text + last.whitespace_ + show_text(doc, last.i + 1, show.closing)
        end = doc[show.closing].idx + len(doc[show.closing])
    return text, kept[0].idx, end, date


def _show_after(kept: Sequence[Token], quoted: Sequence[bool]) -> ShowTitle | None:
    """A show's title in quotation marks right after the phrase's last words ("CBS's
    “Face the Nation”"), when the phrase does not hold it already."""
    doc = kept[0].doc
    for tok in kept:
        inside = title_at(doc, tok.i, quoted) if tok.is_quote else None
        if inside is not None and inside.closing > kept[-1].i:
            return inside  # "interview on “Fox News Sunday.”": its closing mark left out
    last = kept[-1]
    if last.lower_ in _POSSESSIVE and len(kept) > 1:
        last = kept[-2]
    if last.is_quote:
        return None
    title = title_after(last, quoted)
    if title is None or title.opening <= kept[-1].i:
        return None
    return title


def _join(tokens: Sequence[Token]) -> str:
    """Tokens as written, with a space where a dropped stretch was."""
    parts: list[str] = []
    for k, tok in enumerate(tokens):
        last = k == len(tokens) - 1
        if last:
            parts.append(tok.text)
        elif tokens[k + 1].i == tok.i + 1:
            parts.append(tok.text_with_ws)
        else:
            parts.append(tok.text + " ")
    return "".join(parts).strip()


def _short_modifier(child: Token, quoted: Sequence[bool]) -> bool:
    sub = list(child.subtree)
    if any(quoted[t.i] for t in sub) or len(sub) > 8:
        return False
    if child.dep_ == "acl":
        return child.tag_ == "VBN" and not any(t.ent_type_ == "DATE" for t in sub)
    return child.pos_ in ("PROPN", "NOUN")


def _balance_quotes(text: str) -> str:
    """Drop a quotation mark left without its partner at either end of a phrase."""
    pairs = (("“", "”"), ("‘", "’"), ('"', '"'))
    for left, right in pairs:
        if left == right:
            if text.count(left) % 2:
                text = (
                    text.strip(left).strip()
                    if text.endswith(left) or text.startswith(left)
                    else text
                )
        else:
            if text.count(left) < text.count(right) and text.endswith(right):
                text = text[: -len(right)].rstrip()
            elif text.count(left) > text.count(right) and text.startswith(left):
                text = text[len(left) :].lstrip()
    return text.strip(" ,;:")
