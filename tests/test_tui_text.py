def test_confidence_is_shown_rounded_down_so_the_bulk_threshold_agrees() -> None:
    from quotetui.tui.text import confidence_text

    assert confidence_text(0.949) == "0.94"
    assert confidence_text(0.95) == "0.95"
    assert confidence_text(0.29) == "0.29"
    assert confidence_text(1.0) == "1.00"
    assert confidence_text(None) == ""
    assert confidence_text(None, "not given") == "not given"
