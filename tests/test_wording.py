from quotetui.wording import plural


def test_one_is_singular_and_others_plural_with_thousands() -> None:
    assert plural(1, "quote") == "1 quote"
    assert plural(0, "quote") == "0 quotes"
    assert plural(1200, "speaker") == "1,200 speakers"


def test_a_consonant_y_becomes_ies_and_a_vowel_y_stays() -> None:
    assert plural(2, "review log entry") == "2 review log entries"
    assert plural(3, "day") == "3 days"
    assert plural(1, "entry") == "1 entry"
