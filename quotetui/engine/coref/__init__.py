"""Within one article: which person or organisation each name, pronoun and role noun means.

:class:`ArticleEntities` reads a parsed article once, in three steps, each linear in its length:

1. **Names → entities.** Every person name (NER's PERSON, and a capitalised subject of a
   reporting verb the NER missed) and every organisation name becomes a mention; mentions are
   grouped into entities. Names of two or more words join when one holds the other's words in
   order with the same family name and suffix ("Donald J. Trump" = "Donald Trump", never
   "Donald Trump Jr." nor "Melania Trump"). A one-word name ("Obama", "Hillary") joins the entity
   whose family or given name it is; when two people share it, a title ("Mr.", "Mrs.") or a
   pronoun bound to it ("Obama said he …") picks the one of matching gender, else the one
   named just before, else the one the article named in full first (a namesake is named in
   full each time); a name no entity has ("Melanie") is an entity of its own. A surname written one
   letter off a known one ("Wines" for "Wimes") is the same person.
2. **Gender** of each person: from titles, gendered nouns said of them ("the spokeswoman",
   "his wife"), the given name (:mod:`quotetui.engine.gender`'s lexicon), and pronouns bound to
   their name in one clause ("Smith said she …" with nobody else named) — never from how this
   resolver linked a pronoun.
3. **Salience, in reading order** (after Lappin & Leass): each mention adds to its entity's
   salience by its grammatical role (subject, speaker of a reporting verb, object, possessor),
   and salience halves with every sentence. A third-person pronoun goes to the most salient
   entity that agrees with it in gender, number and animacy ("he"/"she": a person, not an
   organisation or place, not one of the other gender; "it"/"they": an organisation or group;
   "they" also people the reporter named together as a subject, one plural entity ("Professors
   Foner and Alba suggest …", "Nancy Foner and Richard Alba"), never a place; a group named by
   a plural, "Democrats", is "they" and never "it", and "they" leans to a group over one body),
   and is then a mention of it; a role noun ("the senator", "the company") goes to the most
   salient entity the article gave that role. Each link keeps its margin over the runner-up,
   which the ranker and the confidence read.

:meth:`ArticleEntities.resolve` turns a speaker mention into a :class:`Speaker`. A pronoun or a
role that cannot be resolved is never written out as a name, and a name that is a pronoun, a
number, a time, a heading or holds quotation marks is no speaker (:func:`is_junk_name`).

The package, each module building on those before it:

- ``words``: the word classes the rules reason with (pronouns, dependency labels, role nouns);
- ``junk``: strings that are never a speaker's name; ``records``: ``Entity`` and name mentions;
- ``weights``: salience by grammatical role; ``agreement``: gender and whether names agree;
- ``tagging``: repairs of the NER's names; ``captions``: captions, credits and datelines;
- ``descriptions``: noun phrases that describe people; ``spans``: spans in the parse;
- ``mentions``: the name mentions, and the state the reading shares; ``roles``: the roles the
  article gives each person; ``chains``: mentions into entities, and each person's gender;
- ``resolver``: a speaker mention, a label or a document as a speaker (``resolve``);
- ``pronouns``: a pronoun's ranked candidates; ``holders``: a role noun's holder;
- ``salience``: the salience pass in reading order; ``article``: :class:`ArticleEntities`.

Names with a leading underscore are the package's own: its modules share them, nothing outside
does. ``ArticleEntities`` is one class built of one mixin per step (``_Mentions`` …
``_Salience``), each module's methods reading the state ``mentions._Article`` declares.
"""

from __future__ import annotations

from quotetui.engine.coref.article import ArticleEntities
from quotetui.engine.coref.descriptions import is_person_noun
from quotetui.engine.coref.junk import is_junk_name
from quotetui.engine.coref.records import Entity
from quotetui.engine.coref.spans import antecedent_span
from quotetui.engine.coref.words import PRONOUNS, canonical_role

__all__ = [
    "PRONOUNS",
    "ArticleEntities",
    "Entity",
    "antecedent_span",
    "canonical_role",
    "is_junk_name",
    "is_person_noun",
]
