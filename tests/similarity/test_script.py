"""What the comparison leaves out: the cover page, headings, the reference list, citations, cited quotations,
the brief's wording and the cohort's boilerplate; and what it keeps."""

from __future__ import annotations

from marker.similarity import compare_scripts, script_text
from marker.similarity.script import compared_spans
from tests.similarity.builders import make_script, prepared, prose, rubric

REFERENCES = ("Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",)
QUOTED = (
    "As the textbook puts it, “personalisation is the process of tailoring messages and offers to individual "
    "customers based on what is known about them and what they have done before” (Chaffey and Ellis-Chadwick, "
    "2019, p. 45)."
)


def compared_text(document_text: str, spans: list[tuple[int, int]]) -> str:
    return " ".join(document_text[start:end] for start, end in spans)


def test_cover_page_headings_reference_list_and_citations_are_not_compared() -> None:
    body = [prose(1, 60) + " (Chaffey and Ellis-Chadwick, 2019).", prose(2, 40)]
    document = make_script(body, cover="Candidate number 556677 Acme Widgets", references=REFERENCES)
    text = compared_text(script_text(document), compared_spans(document, rubric()))
    assert "556677" not in text and "Acme" not in text
    assert "Organisation overview" not in text
    assert "Harlow" not in text and "Ellis-Chadwick" not in text
    assert prose(2, 40) in text


def test_a_cited_quotation_is_left_out_but_an_uncited_one_is_kept() -> None:
    uncited = QUOTED.replace(" (Chaffey and Ellis-Chadwick, 2019, p. 45)", "")
    document = make_script([QUOTED, uncited])
    text = compared_text(script_text(document), compared_spans(document, rubric()))
    assert text.count("tailoring messages") == 1
    assert "As the textbook puts it" in text


def test_a_script_whose_parts_cannot_be_found_is_still_compared() -> None:
    from marker.documents.model import Block, BlockKind, Document

    document = Document("x.pdf", "pdf", (Block(BlockKind.PARAGRAPH, prose(3, 80)),), 1, "pdf")
    assert len(prepared(document, "x").words) >= 80


def test_scripts_sharing_only_the_brief_cited_quotations_and_sources_are_not_paired() -> None:
    requirements = [part.requirement for part in rubric().parts]
    scripts = [
        prepared(make_script([*requirements, QUOTED, prose(seed, 300)], references=REFERENCES), f"s{seed}")
        for seed in (10, 11, 12)
    ]
    report = compare_scripts(scripts)
    assert report.pairs == ()
    assert all(summary.best_with is None for summary in report.scripts)


def test_boilerplate_held_by_30_percent_of_the_cohort_is_ignored_but_a_passage_in_fewer_scripts_is_not() -> None:
    boilerplate = prose(99, 60)
    scripts = []
    for seed in range(20, 36):  # 5 of 16 scripts (31 %) hold the boilerplate
        body = [prose(seed, 300)] + ([boilerplate] if seed < 25 else [])
        scripts.append(prepared(make_script(body), f"s{seed}"))
    assert compare_scripts(scripts).pairs == ()

    scripts = [
        prepared(make_script([prose(s, 300)] + ([boilerplate] if s < 22 else [])), f"s{s}") for s in range(20, 30)
    ]
    report = compare_scripts(scripts)  # now 2 of 10 (20 %): a shared passage
    assert [(p.a, p.b) for p in report.pairs] == [("s20", "s21")]


def test_in_a_small_cohort_a_ring_of_four_copying_scripts_is_not_taken_for_boilerplate() -> None:
    shared = prose(98, 80)
    scripts = [prepared(make_script([prose(s, 200)] + ([shared] if s < 44 else [])), f"s{s}") for s in range(40, 46)]
    assert len(compare_scripts(scripts).pairs) == 6  # 4 of 6 scripts hold it, but fewer than five
