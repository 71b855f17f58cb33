"""A generated corpus of Harvard-referenced reports, truth by construction (issue 14).

``records`` invents CSL-JSON works with Faker, ``render`` renders them with citeproc-py in Cite Them Right
Harvard, ``documents`` assembles reports and records the truth, ``scoring`` compares the checker with it.
``blind3_works`` and ``blind3_text`` are the third held-out pool ("blind3", "blind3-more"): never tune on it.
Run ``python benchmarks/reference_accuracy.py`` for the table; tests/checks/references/test_generated_corpus.py
asserts the targets on the test half.
"""
