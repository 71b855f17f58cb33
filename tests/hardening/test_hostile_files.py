"""Hostile and broken files through the isolated reader: each gets its documented outcome, and nothing else.

The corpus (``corpus.py``) is built by the tests. Each file is read the way the web pages read uploads (in a
child process under time and memory limits); the time limit is set low here so that a file that would run
long ends as ``timeout`` instead of stalling the suite. How long each file takes is measured by
``benchmarks/hostile_files.py``, not asserted here.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from typing import get_args

import pytest

from marker.documents import Document, ReadLimits, UnreadableDocument, isolation, read_document_isolated
from marker.documents.errors import MESSAGES, UnreadableCode
from tests.hardening.corpus import GENEROUS_BUDGET_S, OK, HostileFile, budget_for, corpus_ids, hostile_corpus

# Generous: no readable file comes near it however busy the machine; the file that must time out gets its own.
LIMITS = ReadLimits(timeout_s=GENEROUS_BUDGET_S)


def _corpus_file(name: str) -> HostileFile:
    return next(item for item in hostile_corpus() if item.name == name)


def _outcome(item: HostileFile, limits: ReadLimits | None = None) -> tuple[str, Document | UnreadableDocument]:
    limits = limits or ReadLimits(timeout_s=budget_for(item))
    try:
        document = read_document_isolated(item.data, item.name, limits=limits, layout="never")
    except UnreadableDocument as error:
        return error.code, error
    return OK, document


def test_the_corpus_has_at_least_50_files_covering_every_kind_of_trouble() -> None:
    corpus = hostile_corpus()
    assert len(corpus) >= 50
    assert len({item.name for item in corpus}) == len(corpus), "names are test ids: keep them unique"
    expected = Counter(item.expected for item in corpus)
    # Every way a file can be refused that a file (rather than the machine) can cause is exercised.
    # (too_much_memory depends on the machine's limits, not on a file alone.)
    for code in set(get_args(UnreadableCode)) - {"too_much_memory"}:
        assert expected[code] >= 1, f"no corpus file for {code}"
    assert expected[OK] >= 3, "odd but readable files must stay readable"


@pytest.mark.parametrize("name", corpus_ids())
def test_hostile_file_gets_its_documented_outcome(name: str) -> None:
    item = _corpus_file(name)
    code, result = _outcome(item)
    assert code == item.expected, f"{name} ({item.why}): expected {item.expected}, got {code}: {result}"
    if isinstance(result, UnreadableDocument):
        # A message for a person: the documented one (or a more specific one), never a trace or a path.
        assert result.message
        assert "Traceback" not in result.message and "/tmp" not in result.message and "Error" not in result.message
        if result.message != MESSAGES[result.code]:
            assert len(result.message) > 40
    else:
        assert isinstance(result, Document)
        assert result.blocks, f"{name} was readable but gave no text"


def test_xxe_never_reaches_the_text() -> None:
    """Whatever the reader does with an entity, the contents of /etc/passwd never appear in a report."""
    for name in ("xxe-file.docx", "xxe-utf16.docx", "laughs.docx"):
        code, result = _outcome(_corpus_file(name))
        assert code == "doctype"
        assert "root:" not in str(result)


def test_password_protected_pdf_is_refused_but_owner_only_protection_is_read() -> None:
    locked_code, _ = _outcome(_corpus_file("locked-aes.pdf"))
    open_code, document = _outcome(_corpus_file("owner-only-aes.pdf"))
    assert locked_code == "encrypted"
    assert open_code == OK
    assert isinstance(document, Document)
    assert any("Organisation overview" in block.text for block in document.blocks)


def test_a_long_pdf_within_the_page_limit_is_read_with_all_its_pages() -> None:
    code, document = _outcome(_corpus_file("long-250.pdf"))
    assert code == OK
    assert isinstance(document, Document)
    assert document.pages == 250
    assert document.pages_source == "pdf"


def test_page_limit_is_the_configured_one() -> None:
    item = _corpus_file("long-250.pdf")
    code, error = _outcome(item, ReadLimits(timeout_s=LIMITS.timeout_s, max_pages=200))
    assert code == "too_many_pages"
    assert "250 pages" in str(error)


@pytest.mark.usefixtures("forking_the_caller")
def test_a_read_past_its_time_limit_is_stopped_without_waiting_for_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader stuck without using CPU (so the CPU limit never fires) is killed when the time limit passes.

    The child is forked, so it inherits the patched reader (which sleeps) and the enormous grace period: if the
    parent waited for the grace period after a timeout, the call would not come back within the minute allowed.
    (tests/documents/test_warm_reader.py stops a child of the warm reader the same way.)
    """
    monkeypatch.setattr(isolation, "_GRACE_S", 600.0)
    monkeypatch.setattr(isolation, "read_document", lambda *args, **kwargs: time.sleep(300))
    outcome: list[str] = []
    item = _corpus_file("owner-only.pdf")
    worker = threading.Thread(target=lambda: outcome.append(_outcome(item, ReadLimits(timeout_s=0.5))[0]), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the timed-out child was waited for instead of killed"
    assert outcome == ["timeout"]


@pytest.mark.usefixtures("forking_the_caller")
def test_a_child_reaped_by_another_thread_does_not_fail_the_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under threaded workers, multiprocessing's start() in one thread reaps other threads' finished children.

    The reader must then still return its answer: here the race is made certain by reaping the child with
    waitpid (as the other thread's poll would) before the reader looks at it.
    """
    from multiprocessing import process

    real_await = isolation._await_answer

    def await_then_lose_the_race(receiver: object, timeout_s: float) -> object:
        answer = real_await(receiver, timeout_s)  # type: ignore[arg-type]
        for child in list(process._children):  # type: ignore[attr-defined]
            if child.name == "marker-read":
                os.waitpid(child.pid, 0)
        return answer

    monkeypatch.setattr(isolation, "_await_answer", await_then_lose_the_race)
    code, document = _outcome(_corpus_file("owner-only.pdf"))
    assert code == OK
    assert isinstance(document, Document)
