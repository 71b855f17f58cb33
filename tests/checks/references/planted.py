"""Whole reports with planted referencing problems, and the links and problems a careful tutor would mark.

Each report is built as blocks with region labels, as segmentation would give them. ``problems`` lists every
problem a tutor would flag as (kind, author, year); ``links`` gives, for each citation in reading order, the
entry (author, year) it refers to, or None when the work is not (or must not be) in the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from marker.checks.regions import REFERENCE_LIST
from marker.documents.model import Block, BlockKind, Document

Work = tuple[str, str]


@dataclass(frozen=True)
class PlantedReport:
    name: str
    document: Document
    regions: tuple[str | None, ...]
    links: tuple[Work | None, ...]
    problems: frozenset[tuple[str, str | None, str | None]]


def build(name: str, sections: list[tuple[str | None, str, list[str]]]) -> tuple[Document, tuple[str | None, ...]]:
    """A document from (region, heading, paragraphs) sections; each heading carries its section's region."""
    blocks: list[Block] = []
    regions: list[str | None] = []
    for region, heading, paragraphs in sections:
        blocks.append(Block(BlockKind.HEADING, heading, level=1))
        regions.append(region)
        for text in paragraphs:
            blocks.append(Block(BlockKind.PARAGRAPH, text))
            regions.append(region)
    return Document(name, "docx", tuple(blocks), None, None), tuple(regions)


def _report(name: str, sections: list[tuple[str | None, str, list[str]]], links: list[Work | None],
            problems: set[tuple[str, str | None, str | None]]) -> PlantedReport:  # fmt: skip
    document, regions = build(name, sections)
    return PlantedReport(name, document, regions, tuple(links), frozenset(problems))


CLEAN = _report(
    "clean.docx",
    [
        (
            "1a",
            "Task 1 (a) Organisation overview",
            [
                "Greggs is a UK bakery chain with over 2,400 shops (Greggs plc, 2023). The Chartered Institute of "
                "Marketing (CIM) (2015) defines marketing as the management process responsible for identifying, "
                "anticipating and satisfying customer requirements profitably.",
                "Its digital channels now matter as much as its shops (CIM, 2015; Chaffey and Ellis-Chadwick, 2019).",
            ],
        ),
        (
            "1b",
            "Task 1 (b) Digital channels",
            [
                "Lemon and Verhoef (2016, p. 71) see the journey as having pre-purchase, purchase and post-purchase "
                "stages, and van Doorn et al. (2010) show that engagement goes beyond purchase.",
                "Early thinking on brand personality (Waltham, 2010, cited in Seeberg, 2013, p. 10) still shapes "
                "how Greggs talks on TikTok, where most visits come from phones (Statista, no date).",
                "As Ryan (2016, p. 112) puts it, ‘an email list is the one audience a brand truly owns’, which is why "
                "Greggs invests in its app.",
            ],
        ),
        (
            REFERENCE_LIST,
            "References",
            [
                "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
                "Chartered Institute of Marketing (CIM) (2015) Marketing and the 7Ps. Available at: "
                "https://www.cim.co.uk/7ps.pdf (Accessed: 3 October 2024).",
                "Greggs plc (2023) Annual report and accounts 2023. Newcastle: Greggs plc.",
                "Lemon, K.N. and Verhoef, P.C. (2016) ‘Understanding customer experience throughout the customer "
                "journey’, Journal of Marketing, 80(6), pp. 69–96.",
                "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.",
                "Seeberg, T. (2013) ‘Brand personality revisited’, in Jones, M. (ed.) Brands and meaning. Oxford: "
                "Oxford University Press, pp. 5–22.",
                "Statista (n.d.) Share of mobile traffic in the UK. Available at: https://www.statista.com/x "
                "(Accessed: 5 May 2024).",
                "van Doorn, J. et al. (2010) ‘Customer engagement behavior’, Journal of Service Research, 13(3), "
                "pp. 253–266. doi:10.1177/1094670510375599.",
            ],
        ),
    ],
    [
        ("Greggs plc", "2023"),
        ("Chartered Institute of Marketing", "2015"),
        ("Chartered Institute of Marketing", "2015"),
        ("Chaffey", "2019"),
        ("Lemon", "2016"),
        ("van Doorn", "2010"),
        None,
        ("Seeberg", "2013"),
        ("Statista", "n.d."),
        ("Ryan", "2016"),
    ],
    set(),
)

LIST_PROBLEMS = _report(
    "list-problems.docx",
    [
        (
            "1b",
            "Task 1 (b)",
            [
                "Brands grow by reaching more buyers (Sharp, 2011), not by loyalty alone (Romaniuk and Sharp, 2016).",
                "Word of mouth is trusted more than advertising (Nielsen, 2021).",
            ],
        ),
        (
            "2a",
            "Task 2 (a)",
            [
                "Loyalty schemes often fail to change behaviour (Smith, 2018).",
                "Binet and Field (2013) recommend a 60:40 split.",
            ],
        ),
        (
            REFERENCE_LIST,
            "Reference list",
            [
                "Sharp, B. (2010) How brands grow. South Melbourne: Oxford University Press.",
                "Aaker, D.A. (1991) Managing brand equity. New York: Free Press.",
                "Binet, L. and Field, P. (2013) The long and the short of it. London: IPA.",
                "Nielsen (2021) Trust in advertising study. Available at: https://www.nielsen.com/trust-2021/",
                "Romaniuk, J. and Sharp, B. (2016) How brands grow: part 2. South Melbourne: Oxford University Press.",
            ],
        ),
    ],
    [None, ("Romaniuk", "2016"), ("Nielsen", "2021"), None, ("Binet", "2013")],
    {
        ("year_mismatch", "Sharp", "2011"),
        ("cited_not_listed", "Smith", "2018"),
        ("listed_not_cited", "Aaker", "1991"),
        ("missing_access_date", "Nielsen", "2021"),
        ("not_alphabetical", "Aaker", "1991"),
    },
)

FORM_PROBLEMS = _report(
    "form-problems.docx",
    [
        (
            "1c",
            "Task 1 (c) Content",
            [
                "Content should be planned around the customer (Pulizzi & Barrett, 2009).",
                "Kotler et al. (2016) describe marketing management as choosing target markets.",
                "Engagement is more than purchase (Van Doorn, Lemon, Mittal, Nass, Pick, Pirner and Verhoef, 2010).",
                "Customer experience research has grown quickly (De Keyser et. al, 2020).",
                "Berger (2014) notes that “word of mouth is a frequent and important part of social talk” and "
                "that people share what makes them look good.",
            ],
        ),
        (
            "3a",
            "Task 3 (a)",
            [
                "Consumers move through awareness, interest, desire and action (Strong, 1925, cited in Barry, 1987).",
            ],
        ),
        (
            REFERENCE_LIST,
            "References",
            [
                "Barry, T.E. (1987) ‘The development of the hierarchy of effects’, Current Issues and Research in "
                "Advertising, 10(1), pp. 251–295.",
                "Berger, J. (2014) ‘Word of mouth and interpersonal communication’, Journal of Consumer "
                "Psychology, 24(4), pp. 586–607.",
                "De Keyser, A. et al. (2020) ‘Moving the customer experience field forward’, Journal of Service "
                "Research, 23(4), pp. 433–455.",
                "Harris, J. Customer loyalty in UK grocery retail. London: Routledge.",
                "Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: Pearson.",
                "Pulizzi, J. and Barrett, N. (2009) Get content get customers. New York: McGraw-Hill.",
                "Strong, E.K. (1925) The psychology of selling and advertising. New York: McGraw-Hill.",
                "van Doorn, J. et al. (2010) ‘Customer engagement behavior’, Journal of Service Research, 13(3), "
                "pp. 253–266.",
            ],
        ),
    ],
    [
        ("Pulizzi", "2009"),
        ("Kotler", "2016"),
        ("van Doorn", "2010"),
        ("De Keyser", "2020"),
        ("Berger", "2014"),
        ("Strong", "1925"),
        ("Barry", "1987"),
    ],
    {
        ("ampersand_in_brackets", "Pulizzi", "2009"),
        ("et_al_misuse", "Kotler", "2016"),
        ("et_al_misuse", "Van Doorn", "2010"),
        ("et_al_misuse", "De Keyser", "2020"),
        ("quotation_without_page", "Berger", "2014"),
        ("secondary_source_listed", "Strong", "1925"),
        ("incomplete_entry", "Harris", None),
        ("listed_not_cited", "Harris", None),
    },
)

NO_LIST = _report(
    "no-list.docx",
    [
        (
            "2a",
            "Task 2 (a)",
            [
                "The customer journey is no longer linear (Edelman, 2010; Lemon and Verhoef, 2016).",
                "Ofcom (2022) found adults spend over four hours a day online.",
            ],
        ),
        ("2b", "Task 2 (b)", ["The plan follows the RACE framework (reach, act, convert, engage)."]),
    ],
    [None, None, None],
    {("no_reference_list", None, None)},
)

SUFFIXES_AND_PDF_LISTS = _report(
    "suffixes.pdf",
    [
        (
            "1a",
            "Task 1 (a)",
            [
                "Loyalty schemes can reduce margins (Campbell, 2016) but improve data (Campbell, 2016b).",
                "Personalisation raises open rates (Ryan, 2016, pp. 112–114).",
            ],
        ),
        (
            REFERENCE_LIST,
            "Task 1 references",
            [
                "Campbell, A. (2016a) Loyalty schemes and margins. London: Kogan\nPage.\n"
                "Campbell, A. (2016b) ‘Data from loyalty cards’, Journal of Retailing\nand Consumer Services, 31, "
                "pp. 12–19.\nRyan, D. (2016) Understanding digital marketing. 4th edn. London:\nKogan Page.",
            ],
        ),
        (
            "2a",
            "Task 2 (a)",
            [
                "Email still gives the best return of any channel (Data and Marketing Association (DMA), 2022), and "
                "the DMA (2022) puts it at £35 for every £1.",
                "Mobile now accounts for most traffic (Statista, n.d.) and Sørensen (2021) shows chatbots cut calls.",
            ],
        ),
        (
            REFERENCE_LIST,
            "Task 2 references",
            [
                "Data and Marketing Association (DMA) (2022) Marketer email tracker 2022. Available at:\n"
                "https://dma.org.uk/research/marketer-email-\ntracker-2022 (Accessed: 11 April 2024).\n"
                "Statista (no date) Share of mobile traffic. Available at: https://www.statista.com/x\n"
                "Sorensen, K. (2021) ‘Chatbots in retail’, International Journal of Retail & Distribution\n"
                "Management, 49(7), pp. 912–930.",
            ],
        ),
    ],
    [
        None,
        ("Campbell", "2016b"),
        ("Ryan", "2016"),
        ("Data and Marketing Association", "2022"),
        ("Data and Marketing Association", "2022"),
        ("Statista", "n.d."),
        ("Sorensen", "2021"),
    ],
    {
        ("year_mismatch", "Campbell", "2016"),
        ("missing_access_date", "Statista", "n.d."),
        ("not_alphabetical", "Sorensen", "2021"),
    },
)

HARD_BUT_CLEAN = _report(
    "hard-clean.docx",
    [
        (
            "3b",
            "Task 3 (b) Recommendations",
            [
                "Marketing writer Mark Ritson (2019) warns against digital hype, and Binet and Field's (2013) "
                "60:40 rule is widely used (see also Sharp, 2010).",
                "In 2019 the NHS launched its app (Figure 3) and conversion was significant (p < 0.05, n = 412).",
                "Hennig-Thurau et al. (2004, p. 39) found that consumers post ‘out of concern for other consumers "
                "and to help the company’, which supports review requests after delivery.",
                "O’Brien (2018) shows how charities recruit on Instagram, as do Evans-Smith (2020) and "
                "de Chernatony, McDonald and Wallace (2011).",
            ],
        ),
        (
            REFERENCE_LIST,
            "Bibliography",
            [
                "Binet, L. and Field, P. (2013) The long and the short of it. London: IPA.",
                "de Chernatony, L., McDonald, M. and Wallace, E. (2011) Creating powerful brands. 4th edn. Oxford: "
                "Butterworth-Heinemann.",
                "Evans-Smith, R. (2020) ‘Measuring influencer marketing’, in Hackley, C. (ed.) The Routledge "
                "companion to digital marketing. Abingdon: Routledge, pp. 201–219.",
                "Hennig-Thurau, T., Gwinner, K.P., Walsh, G. and Gremler, D.D. (2004) ‘Electronic word-of-mouth’, "
                "Journal of Interactive Marketing, 18(1), pp. 38–52.",
                "O'Brien, H. (2018) ‘Charities and Instagram’, Journal of Philanthropy and Marketing, 23(2), e1612.",
                "Ritson, M. (2019) ‘Don’t fall for the digital hype’, Marketing Week, 14 May. Available at: "
                "https://www.marketingweek.com/ritson-hype/ (Accessed: 2 April 2024).",
                "Sharp, B. (2010) How brands grow. South Melbourne: Oxford University Press.",
            ],
        ),
    ],
    [
        ("Ritson", "2019"),
        ("Binet", "2013"),
        ("Sharp", "2010"),
        ("Hennig-Thurau", "2004"),
        ("O'Brien", "2018"),
        ("Evans-Smith", "2020"),
        ("de Chernatony", "2011"),
    ],
    set(),
)

PLANTED = (CLEAN, LIST_PROBLEMS, FORM_PROBLEMS, NO_LIST, SUFFIXES_AND_PDF_LISTS, HARD_BUT_CLEAN)
