"""Which person a bare family name means: of two namesakes ("Marsh" with Helen and Peter
Marsh), and where the tagger took the name for another word."""

from __future__ import annotations

from records import only


def test_a_bare_name_far_from_a_namesake_is_the_one_the_article_named_first(attribute):
    # The reporter names the namesake in full each time; the bare name, paragraphs on, is the
    # article's own subject, not whoever was last named in full.
    text = (
        "Senator Helen Marsh opened her campaign office in Dunmore on Tuesday, promising to "
        "fight for the town's hospital.\n\n"
        "Marsh told supporters that the closure would cost hundreds of jobs. Her husband, the "
        "former mayor Peter Marsh, stood beside her.\n\n"
        "Peter Marsh led the town for a decade and still draws crowds at local events.\n\n"
        "Volunteers handed out leaflets and signed up new members for the phone bank. The "
        "hospital, which opened in 1962, treats 40,000 patients a year. Its board meets next "
        "month.\n\n"
        'Later, Marsh took questions from reporters outside the hall. "This hospital is not '
        'for sale," Marsh said.'
    )
    assert only(attribute(text), "not for sale")["speaker"] == "Helen Marsh"


def test_a_bare_name_right_after_a_namesakes_full_name_is_theirs(attribute):
    text = (
        "Senator Helen Marsh opened her campaign office in Dunmore on Tuesday, promising to "
        "fight for the town's hospital.\n\n"
        "Her husband, the former mayor Peter Marsh, spoke first. "
        '"I ran this town for ten years," Marsh said.'
    )
    assert only(attribute(text), "ran this town")["speaker"] == "Peter Marsh"


def test_a_known_family_name_the_tagger_took_for_a_verb_is_still_the_person(attribute):
    # "Trump himself was delighted": the tagger makes "Trump" a verb; a verb is no subject.
    text = (
        "Mark Trump runs the campaign from an office above a bakery in Dunmore. His adviser, "
        "Paul Gaunt, suggested a tweet on Monday.\n\n"
        "Gaunt cautioned against sending it. The tweet went out anyway. Trump himself was "
        'delighted by the resulting row. "The people who were upset were people we wanted to '
        'upset," he later said.'
    )
    assert only(attribute(text), "people who were upset")["speaker"] == "Mark Trump"
