"""The layout corpus's generator: hyphenated layouts turn on Word's automatic hyphenation, and adding layouts
leaves the earlier reports' seeds, and so their files and truth, as they were."""

from __future__ import annotations

import io
import zipfile

from tests.corpus.layouts.generate import LAYOUTS, SEEDS, build_report, layout_for


def _parts(seed: int) -> tuple[str, str]:
    data, _ = build_report(seed, layout_for(seed))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/settings.xml").decode(), archive.read("word/styles.xml").decode()


def test_the_first_seven_layouts_take_seeds_0_to_41_in_turn_and_each_later_one_six_of_its_own() -> None:
    assert [layout_for(seed) for seed in range(42)] == [LAYOUTS[seed % 7] for seed in range(42)]
    later = [layout_for(seed).name for seed in SEEDS[42:]]
    assert later == [layout.name for layout in LAYOUTS[7:] for _ in range(6)]
    # Each later layout has reports in both halves (odd seeds are the test half).
    assert all({seed % 2 for seed in SEEDS[42:] if layout_for(seed) == layout} == {0, 1} for layout in LAYOUTS[7:])


def test_a_hyphenated_layout_turns_on_automatic_hyphenation_in_en_gb() -> None:
    hyphenated = next(seed for seed in SEEDS if layout_for(seed).hyphenated)
    settings, styles = _parts(hyphenated)
    assert '<w:defaultTabStop w:val="720"/><w:autoHyphenation/>' in settings  # where Word's schema puts it
    assert '<w:lang w:val="en-GB" w:eastAsia="en-GB"' in styles
    settings, styles = _parts(0)
    assert "autoHyphenation" not in settings
    assert '<w:lang w:val="en-US"' in styles
