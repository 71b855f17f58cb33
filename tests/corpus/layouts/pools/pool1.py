"""Pool 1: CIM 2206 reports formatted by hand in Word, as many candidates do.

Every heading is a Normal paragraph made to look like a heading with run formatting (bold, underline, capitals, a
larger size); no heading styles anywhere. Numbering is typed by hand ("1.", "a)"), beside a few automatic bullets.
Part labels vary by layout ("Task 1 – Part (b)", "1(b)", "Question 1b", "Part B:", "1.b)", "TASK ONE", a label on
its own line with the part's title on the next). Truth is counted while the text is written: body paragraphs and
list items only (a typed number is text, an automatic bullet is not).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, count

DESCRIPTION = (
    "Scripts formatted by hand: headings are bold, underlined, capitalised or enlarged Normal paragraphs, never "
    "heading styles; one layout is 13 pt with 1.5 spacing and bold headings; numbering typed by hand"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_OF = {part: part[0] for part in PARTS}
LETTER = {part: part[1] for part in PARTS}
NUMBER_WORD = {"1": "ONE", "2": "TWO", "3": "THREE"}
TASK_TITLE = {
    "1": "Personalisation in digital channels",
    "2": "Conversion action plan and personalised content",
    "3": "Managing personalisation and its risks",
}
SHORT_TITLE = {
    "1a": "Organisation overview",
    "1b": "Current and future developments in personalisation",
    "1c": "Personalising digital channels for one target segment",
    "2a": "Action plan to maximise conversion rates",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation",
    "3b": "Three risks of implementing personalisation",
}


@dataclass(frozen=True)
class Style:
    name: str
    font: str
    size: float
    spacing: float
    margins: tuple[float, float, float, float]  # top, bottom, left, right in cm
    title_page: bool
    footer: bool
    page_breaks: bool
    word_count_line: bool
    appendix: bool
    table: bool
    chart: bool
    bullets: bool
    hand_numbers: str  # "1." or "a)" or ""
    sub_headings: bool
    one_a_words: tuple[int, int]


STYLES = (
    Style("thirteen_point_bold", "Arial", 13, 1.5, (2.54, 2.54, 2.54, 2.54), True, True, True, True, False,
          False, False, False, "1.", False, (200, 270)),
    Style("underlined_brackets", "Calibri", 11, 1.0, (2.0, 2.0, 2.0, 2.0), False, False, False, False, True,
          True, False, True, "", True, (330, 450)),
    Style("question_label_lines", "Times New Roman", 12, 1.15, (2.54, 2.54, 2.54, 2.54), False, True, True,
          False, False, False, True, False, "a)", False, (280, 380)),
    Style("part_letter_caps", "Georgia", 12, 2.0, (2.54, 2.54, 3.0, 2.54), True, False, False, True, True,
          True, False, False, "1.", True, (150, 200)),
    Style("dotted_large", "Arial", 10.5, 1.15, (1.27, 1.27, 1.27, 1.27), False, True, True, False, False,
          True, True, True, "", True, (300, 400)),
    Style("caps_underlined_14", "Cambria", 14, 1.0, (2.54, 2.54, 2.54, 2.54), True, True, False, True, False,
          False, True, False, "a)", False, (250, 330)),
    Style("bold_label_run", "Calibri", 12, 1.5, (2.2, 2.2, 2.5, 2.5), False, True, True, False, True,
          True, False, True, "1.", True, (220, 300)),
)  # fmt: skip

AUTHORS = (
    ("Chaffey and Ellis-Chadwick", 2019, "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. "
     "7th edn. Harlow: Pearson."),
    ("Chaffey and Smith", 2017, "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence: planning, "
     "optimizing and integrating online marketing. 5th edn. Abingdon: Routledge."),
    ("Ryan", 2016, "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page."),
    ("Kotler and Keller", 2016, "Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: "
     "Pearson."),
    ("Kingsnorth", 2019, "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online "
     "marketing. 2nd edn. London: Kogan Page."),
    ("Google", 2018, "Google (2018) Micro-moments: your guide to winning the shift to mobile. Available at: "
     "https://www.thinkwithgoogle.com (Accessed: 12 May 2019)."),
    ("Epsilon", 2018, "Epsilon (2018) The power of me: the impact of personalization on marketing performance. "
     "Available at: https://www.epsilon.com (Accessed: 3 June 2019)."),
    ("ICO", 2018, "ICO (2018) Guide to the General Data Protection Regulation (GDPR). Wilmslow: Information "
     "Commissioner's Office."),
    ("Econsultancy", 2019, "Econsultancy (2019) Digital intelligence briefing: 2019 digital trends. London: "
     "Econsultancy."),
    ("Gartner", 2019, "Gartner (2019) Gartner predicts 80% of marketers will abandon personalization efforts "
     "by 2025. Stamford: Gartner."),
    ("Accenture", 2018, "Accenture (2018) Making it personal: pulse check 2018. Dublin: Accenture Interactive."),
    ("Hanlon", 2019, "Hanlon, A. (2019) Digital marketing: strategic planning and integration. London: SAGE."),
)  # fmt: skip

SEGMENTS = (
    "young professionals aged 25 to 34",
    "busy parents with children under ten",
    "students living away from home",
    "retired customers over 65",
    "small business owners",
    "first-time buyers",
)
CHANNELS = (("email", "the mobile app"), ("the website", "email"), ("paid social media", "the website"))

GENERAL = (
    "Personalisation means using data to tailor messages, offers and experiences to each customer ({cite}).",
    "According to {cite_n}, {pct}% of consumers are more likely to buy from a brand that offers personalised "
    "experiences.",
    "{org} should treat personalisation as a strategic capability rather than a one-off campaign tactic.",
    "Customers increasingly expect consistent experiences across mobile, web, email and social media ({cite}).",
    "The main constraint for {org} is the quality of its customer data, which is spread across {n} systems.",
    "Competitors such as {rival} already use real-time product recommendations on their websites.",
    "This suggests that the management team needs to invest in both technology and skills over the next {years} years.",
    "As {cite_n} argue, relevance is the key to gaining attention in crowded digital channels.",
    "A phased approach would allow {org} to test ideas cheaply before scaling the ones that work.",
    "In my own experience as a customer, generic emails are usually deleted without being opened.",
    "The benefits are clear, but the costs and risks must also be weighed carefully ({cite}).",
    "Data from the company's analytics shows that {pct}% of sessions now start on a smartphone.",
)

SPECIFIC = {
    "1a": (
        "{org} is a {kind} based in {city}, employing around {staff} people with an annual turnover of "
        "approximately £{turnover} million.",
        "The company sells {products} through its website, a mobile app and {stores} stores across the UK.",
        "Its main competitors are {rival}, {rival2} and a growing number of online-only start-ups.",
        "The customer base is mainly made up of {segment}, who account for about {pct}% of online revenue.",
        "Around {custs} customers are registered on the loyalty scheme, which gives the business a useful "
        "source of first-party data.",
        "In terms of maturity, {org} uses only basic personalisation such as inserting the first name into emails.",
        "Website content is the same for every visitor and product recommendations are not yet used.",
        "Using the maturity model described by {cite_n}, the organisation sits at the second of five stages.",
        "Senior management has recently agreed a digital transformation budget of £{budget}k for the next year.",
    ),
    "1b": (
        "Current developments include behavioural targeting, dynamic website content and triggered emails ({cite}).",
        "Artificial intelligence now allows offers to be adjusted in real time based on browsing behaviour.",
        "Basic personalisation relies on segmentation, whereas advanced approaches build individual profiles ({cite}).",
        "Voice assistants and chatbots are likely to become important personalised channels in the future.",
        "One disadvantage is the cost of the data platforms needed, which can exceed £{budget}k a year.",
        "Privacy concerns are growing, and customers may see some tailored messages as intrusive ({cite}).",
        "Predictive analytics could help {org} anticipate what customers need before they search for it.",
        "Gartner (2019) predicts that many marketers will abandon personalisation because of poor returns.",
        "This means that {org} should focus on a small number of high-value uses rather than trying everything.",
        "Location-based personalisation on mobile offers strong potential for a business with {stores} stores.",
    ),
    "1c": (
        "The chosen segment for this report is {segment}, who are heavy users of mobile channels.",
        "A good example is Netflix, whose recommendations drive most of what subscribers watch ({cite}).",
        "Amazon's product suggestions show how purchase history can be used to increase basket size.",
        "A poor example I experienced was a retailer that kept showing adverts for a product I had already bought.",
        "Success can be measured through click-through rates, conversion rates and repeat purchase rates.",
        "For this segment, {org} would need data on preferences, purchase frequency and preferred channels.",
        "Cross-channel consistency matters because {segment} often start on mobile and finish on desktop.",
        "Spotify's personalised playlists show the value of making the customer feel understood ({cite}).",
        "Failure usually comes from poor data quality, irrelevant timing or too many messages.",
        "Good personalisation would help {org} reach its goal of increasing repeat purchases by {pct}%.",
    ),
    "2a": (
        "The two channels chosen for this plan are {ch1} and {ch2}, as they reach the segment most effectively.",
        "The plan follows the RACE framework of reach, act, convert and engage ({cite}).",
        "Google's micro-moments research shows the importance of I-want-to-know and I-want-to-buy moments ({cite}).",
        "In the first three months, {org} will clean and combine its existing customer data into one view.",
        "The conversion goal is to increase the online conversion rate from {conv}% to {conv2}% within a year.",
        "An online community could be created where customers share reviews, tips and questions.",
        "Progress will be reviewed monthly by the digital team against the agreed key performance indicators.",
        "Abandoned basket emails will be triggered within one hour, using the items left in the basket.",
        "Existing loyalty data will be used to personalise offers at each stage of the customer journey.",
        "A budget of £{budget}k is proposed, mainly for software, content and staff training.",
    ),
    "2b": (
        "Content on {ch1} can be personalised using dynamic blocks that change according to the customer's history.",
        "On {ch2}, personalised content could include recommendations, reminders and tailored offers ({cite}).",
        "Re-marketing allows {org} to show relevant adverts to visitors who left without buying ({cite}).",
        "User-generated content, such as reviews from similar customers, helps to build trust and engagement.",
        "Content should be kept simple so that customers are not overwhelmed with too many choices.",
        "Dynamic re-marketing on social media can display the exact products a visitor viewed.",
        "Frequency caps are needed to stop re-marketing adverts becoming annoying to the customer.",
        "Video content tailored to the season and location can increase engagement by {pct}% ({cite}).",
        "Email subject lines could refer to the customer's last purchase to increase open rates.",
        "Each piece of content should support the wider campaign goals agreed in the action plan.",
    ),
    "3a": (
        "Implementing personalisation will require a small cross-functional team led by a digital manager.",
        "Some skills, such as data science, may need to come from an external agency at first ({cite}).",
        "For paid channels, {org} can rely on the targeting tools of platforms like Google and Facebook.",
        "Owned channels such as the website and email need a customer data platform to personalise at scale.",
        "Earned channels are harder to control, but social listening can show what customers are saying.",
        "A basic implementation could start with segmented emails, before moving to real-time website content.",
        "Mobile must be a priority, since {pct}% of the target audience browse mainly on smartphones.",
        "Advanced tracking will depend on customer consent, especially as third-party cookies decline ({cite}).",
        "The main challenge is scalability, as the current systems cannot process data in real time.",
        "It is recommended that {org} invests £{budget}k over two years, with clear milestones and reviews.",
    ),
    "3b": (
        "The first risk is legal compliance, because personalisation depends on processing personal data ({cite}).",
        "Under the GDPR, {org} must have a lawful basis, such as consent, for using customer data in marketing.",
        "Fines can reach 4% of global turnover or €20 million, whichever is higher ({cite}).",
        "The second risk is a poor customer experience if recommendations are wrong or feel creepy.",
        "The third risk is over-reliance on automation, where errors can be repeated across thousands of messages.",
        "Target's pregnancy prediction case shows how personalisation can cross a line with customers.",
        "To reduce these risks, {org} should publish a clear privacy notice and make opting out easy.",
        "The likelihood of a data breach is moderate, but the impact on trust would be very high.",
        "Regular audits and human checks of automated campaigns are recommended to senior management.",
        "Being transparent about how data is used can turn privacy into a source of trust ({cite}).",
    ),
}

QUOTES = (
    "As Chaffey and Ellis-Chadwick (2019, p. 112) state, “personalisation is only as good as the data behind it”.",
    "Ryan (2016, p. 45) notes that “customers reward brands that remember them”.",
    "Kingsnorth (2019, p. 201) argues that “relevance beats reach in almost every digital channel”.",
)

SUB_HEADINGS = {
    "1a": ("Organisation name", "Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments", "Implications for strategy"),
    "1c": ("Examples of good practice", "Examples of bad practice", "Data required"),
    "2a": ("Goals and objectives", "Stages of the plan", "Online communities"),
    "2b": ("Content for each channel", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Basic versus advanced implementation"),
    "3b": ("Risk 1: Legal compliance", "Risk 2: Customer experience", "Risk 3: Automation"),
}


class Writer:
    """Fills the sentence templates with one organisation's facts."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        company = fake.last_name() + " " + rng.choice(("Foods", "Outdoor", "Home", "Travel", "Fashion", "Living"))
        self.org = company + rng.choice((" Ltd", "", " plc", " Group"))
        self.facts = {
            "org": self.org,
            "city": fake.city(),
            "rival": fake.last_name() + " & Co",
            "rival2": fake.last_name() + "'s",
            "kind": rng.choice(("family-owned retailer", "medium-sized company", "national chain")),
            "staff": f"{rng.randrange(120, 4800):,}",
            "turnover": str(rng.randrange(8, 240)),
            "products": rng.choice(("clothing and accessories", "food and drink", "furniture and homeware")),
            "stores": str(rng.randrange(6, 90)),
            "segment": rng.choice(SEGMENTS),
            "custs": f"{rng.randrange(20, 900) * 1000:,}",
            "budget": str(rng.randrange(40, 400)),
            "conv": f"{rng.randrange(10, 25) / 10:.1f}",
            "conv2": f"{rng.randrange(26, 45) / 10:.1f}",
            "years": rng.choice(("two", "three")),
            "n": str(rng.randrange(3, 7)),
        }
        self.channels = rng.choice(CHANNELS)
        self.cited: set[int] = set()

    def cite(self, narrative: bool) -> str:
        index = self.rng.randrange(len(AUTHORS))
        self.cited.add(index)
        author, year, _ = AUTHORS[index]
        return f"{author} ({year})" if narrative else f"{author}, {year}"

    def sentence(self, part: str, used: set[str]) -> str:
        pool = SPECIFIC[part] + GENERAL
        choices = [s for s in SPECIFIC[part] if s not in used] if part == "1a" else []
        choices = choices or [s for s in pool if s not in used] or list(pool)
        template = self.rng.choice(choices)
        used.add(template)
        values = dict(self.facts)
        values["pct"] = str(self.rng.randrange(18, 86))
        values["ch1"], values["ch2"] = self.channels
        values["cite"] = self.cite(False)
        values["cite_n"] = self.cite(True)
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def paragraph(self, part: str, used: set[str], sentences: int) -> str:
        return " ".join(self.sentence(part, used) for _ in range(sentences))


class Report:
    """One report being written, with its words counted as they go in."""

    def __init__(self, style: Style, rng: random.Random, writer: Writer) -> None:
        self.style = style
        self.rng = rng
        self.writer = writer
        self.doc = docx.Document()
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.figures = 0
        self.tables = 0
        normal = self.doc.styles["Normal"]
        normal.font.name = style.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), style.font)
        normal.font.size = Pt(style.size)
        normal.paragraph_format.line_spacing = style.spacing
        normal.paragraph_format.space_after = Pt(rng.choice((0, 6, 8)))
        for section in self.doc.sections:
            section.page_height, section.page_width = Cm(29.7), Cm(21.0)
            top, bottom, left, right = style.margins
            section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
            section.left_margin, section.right_margin = Cm(left), Cm(right)

    # --- plain paragraphs ---------------------------------------------------------------------------------------
    def run_para(self, text: str = "", **fmt: object) -> docx.text.paragraph.Paragraph:
        paragraph = self.doc.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bool(fmt.get("bold"))
            run.italic = bool(fmt.get("italic"))
            run.underline = bool(fmt.get("underline"))
            if fmt.get("caps"):
                run.font.all_caps = True
            if fmt.get("size"):
                run.font.size = Pt(float(fmt["size"]))  # type: ignore[arg-type]
        if fmt.get("center"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def body(self, part: str, text: str, style: str | None = None) -> None:
        paragraph = self.doc.add_paragraph(text, style=style)
        if self.style.name in ("part_letter_caps", "thirteen_point_bold") and style is None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self.words[part] += count(text)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def caption(self, text: str) -> None:
        self.run_para(text, italic=True, size=max(9.0, self.style.size - 2), center=True)

    # --- headings made by hand ----------------------------------------------------------------------------------
    def task_heading(self, task: str) -> None:
        s = self.style.name
        title = TASK_TITLE[task]
        if s == "thirteen_point_bold":
            self.run_para(f"TASK {task}: {title.upper()}", bold=True)
        elif s == "underlined_brackets":
            self.run_para(f"Task {task} – {title}", bold=True, underline=True, size=14)
        elif s == "question_label_lines":
            self.run_para(f"Question {task}", bold=True, size=16, center=True)
        elif s == "part_letter_caps":
            self.run_para(f"TASK {NUMBER_WORD[task]}", bold=True, size=14, center=True)
        elif s == "dotted_large":
            self.run_para(f"Task {task}. {title}", size=16)
        elif s == "caps_underlined_14":
            self.run_para(f"TASK {NUMBER_WORD[task]} – {title.upper()}", bold=True, underline=True)
        else:
            self.run_para(f"TASK {task}", bold=True, size=15)

    def part_heading(self, part: str) -> None:
        s = self.style.name
        task, letter, title = TASK_OF[part], LETTER[part], SHORT_TITLE[part]
        if s == "thirteen_point_bold":
            text = f"Task {task} – Part ({letter}): {title}"
            self.run_para(text, bold=True)
        elif s == "underlined_brackets":
            text = f"{task}({letter}) {title}"
            self.run_para(text, bold=True, underline=True, size=12)
        elif s == "question_label_lines":
            text = f"Question {task}{letter}"
            self.run_para(text, bold=True, size=14)
            self.run_para(title, bold=True, italic=True, size=12)
        elif s == "part_letter_caps":
            text = f"Part {letter.upper()}: {title}"
            self.run_para(text, bold=True, underline=True)
        elif s == "dotted_large":
            text = f"{task}.{letter}) {title}"
            self.run_para(text, size=14)
        elif s == "caps_underlined_14":
            text = f"{task}({letter}) – {title}"
            self.run_para(text, bold=True, underline=True, caps=True)
        else:
            text = f"Task {task} ({letter})"
            paragraph = self.doc.add_paragraph()
            label = paragraph.add_run(text)
            label.bold, label.font.size = True, Pt(13)
            rest = paragraph.add_run(f"  {title}")
            rest.font.size = Pt(13)
            text = f"{text}  {title}"
        self.headings[part] = text

    def sub_heading(self, text: str) -> None:
        s = self.style.name
        if s == "dotted_large":
            self.run_para(text, bold=True, size=self.style.size)
        elif s == "part_letter_caps":
            self.run_para(text, italic=True)
        else:
            self.run_para(text, italic=True, bold=s == "underlined_brackets")

    # --- extras -------------------------------------------------------------------------------------------------
    def hand_list(self, part: str, items: int, used: set[str]) -> None:
        for number in range(items):
            label = f"{number + 1}." if self.style.hand_numbers == "1." else f"{'abcdef'[number]})"
            paragraph_text = f"{label} {self.writer.sentence(part, used)}"
            self.body(part, paragraph_text)
            fmt = self.doc.paragraphs[-1].paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(0.75), Cm(-0.75)

    def bullets(self, part: str, items: int, used: set[str]) -> None:
        for _ in range(items):
            self.body(part, self.writer.sentence(part, used), style="List Bullet")

    def kpi_table(self) -> None:
        ch1, ch2 = self.writer.channels
        rows = [
            ("Channel", "Objective", "KPI", "Target"),
            (ch1.capitalize(), "Increase conversion", "Conversion rate", f"{self.writer.facts['conv2']}%"),
            (ch1.capitalize(), "Reduce basket abandonment", "Abandonment rate", f"-{self.rng.randrange(10, 30)}%"),
            (ch2.capitalize(), "Grow engagement", "Click-through rate", f"{self.rng.randrange(3, 9)}%"),
            (ch2.capitalize(), "Build community", "Active members", f"{self.rng.randrange(2, 20) * 500:,}"),
        ]
        self.tables += 1
        self.caption(f"Table {self.tables}: Key performance indicators for the action plan")
        table = self.doc.add_table(rows=len(rows), cols=4)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                if r == 0:
                    cell.paragraphs[0].runs[0].bold = True
        self.doc.add_paragraph()

    def chart(self) -> None:
        width, height = 640, 360
        image = Image.new("RGB", (width, height), "white")
        draw = ImageDraw.Draw(image)
        labels = ("Email", "Web", "App", "Social", "Search")
        values = [self.rng.randrange(10, 95) for _ in labels]
        draw.line((60, 20, 60, 310), fill="black")
        draw.line((60, 310, 620, 310), fill="black")
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            x = 90 + i * 105
            draw.rectangle((x, 310 - value * 3, x + 60, 310), fill=(46, 92, 160))
            draw.text((x + 5, 318), label, fill="black")
            draw.text((x + 15, 310 - value * 3 - 14), f"{value}%", fill="black")
        stream = io.BytesIO()
        image.save(stream, format="PNG")
        stream.seek(0)
        self.doc.add_picture(stream, width=Cm(12))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.figures += 1
        self.caption(f"Figure {self.figures}: Share of customers using each channel (company data, 2019)")

    def footer(self, candidate: str) -> None:
        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.text = f"Candidate number: {candidate}\tPage "
        paragraph._p.append(
            parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )

    # --- parts --------------------------------------------------------------------------------------------------
    def write_part(self, part: str, target: int) -> None:
        style, rng, used = self.style, self.rng, set[str]()
        self.part_heading(part)
        subs = list(SUB_HEADINGS[part]) if style.sub_headings and rng.random() < 0.8 else []
        extras: list[str] = []
        if style.hand_numbers and part in ("1b", "2a", "3a", "3b") and rng.random() < 0.7:
            extras.append("hand")
        if style.bullets and part in ("1c", "2b", "3a") and rng.random() < 0.8:
            extras.append("bullets")
        if style.table and part == "2a":
            extras.append("table")
        if style.chart and part == "2b":
            extras.append("chart")
        if part in ("1b", "1c") and rng.random() < 0.4:
            extras.append("quote")
        if part == "1a" and style.sub_headings:
            subs = list(SUB_HEADINGS["1a"])
        step = 0
        while self.words[part] < target - 25:
            if subs and (step == 0 or self.words[part] > target * (len(SUB_HEADINGS[part]) - len(subs)) / 3):
                self.sub_heading(subs.pop(0))
                if part == "1a" and step == 0:
                    self.body(part, f"{self.writer.org} ({self.writer.facts['kind']}).")
                    step += 1
                    continue
            if extras and step > 0 and rng.random() < 0.5:
                extra = extras.pop(0)
                if extra == "hand":
                    self.hand_list(part, rng.randrange(3, 6), used)
                elif extra == "bullets":
                    self.bullets(part, rng.randrange(3, 6), used)
                elif extra == "table":
                    self.kpi_table()
                elif extra == "chart":
                    self.chart()
                else:
                    self.body(part, rng.choice(QUOTES) + " " + self.writer.sentence(part, used))
            else:
                remaining = target - self.words[part]
                sentences = max(1, min(rng.randrange(3, 7), remaining // 18 + 1))
                self.body(part, self.writer.paragraph(part, used, sentences))
            step += 1
            if len(used) > 18:
                used.clear()

    def word_count_line(self, task: str) -> None:
        group = next(g for g, members in LIMIT_GROUPS.items() if members[0][0] == task)
        words = sum(self.words[p] for p in LIMIT_GROUPS[group])
        form = self.rng.choice(("Word count: {n:,}", "(Word count: {n:,} words)", "Word count for Task {t}: {n}"))
        self.run_para(form.format(n=words, t=task), italic=True)

    def title_page(self, candidate: str, name: str) -> None:
        for _ in range(self.rng.randrange(5, 9)):
            self.doc.add_paragraph()
        self.run_para("CIM Level 6 Diploma in Professional Digital Marketing", bold=True, size=16, center=True)
        self.run_para("Mastering Digital Channels (2206)", bold=True, size=20, center=True)
        self.doc.add_paragraph()
        self.run_para(f"Personalisation report for {self.writer.org}", size=14, center=True)
        for _ in range(self.rng.randrange(4, 8)):
            self.doc.add_paragraph()
        self.run_para(f"Candidate number: {candidate}", center=True)
        if self.rng.random() < 0.5:
            self.run_para(f"Candidate name: {name}", center=True)
        self.run_para("Submission: July 2019", center=True)
        self.page_break()

    def references(self) -> None:
        heading = self.rng.choice(("References", "Reference List", "REFERENCES", "Bibliography"))
        self.run_para(heading, bold=True, size=self.style.size + 2, underline=self.style.name != "dotted_large")
        for index in sorted(self.writer.cited | {0, 5, 7}, key=lambda i: AUTHORS[i][2]):
            paragraph = self.doc.add_paragraph(AUTHORS[index][2])
            paragraph.paragraph_format.left_indent, paragraph.paragraph_format.first_line_indent = Cm(1), Cm(-1)

    def appendix(self) -> None:
        self.page_break()
        self.run_para("Appendix 1: Customer survey summary", bold=True, size=self.style.size + 2)
        self.doc.add_paragraph(
            f"A short online survey of {self.rng.randrange(40, 300)} customers of {self.writer.org} was carried out "
            "in May 2019. The main findings are summarised below."
        )
        table = self.doc.add_table(rows=4, cols=2)
        table.style = "Table Grid"
        for r, (question, answer) in enumerate(
            (
                ("Question", "Agree (%)"),
                ("I like offers based on my past purchases", str(self.rng.randrange(40, 80))),
                ("I worry about how my data is used", str(self.rng.randrange(30, 70))),
                ("I use the mobile app every week", str(self.rng.randrange(15, 60))),
            )
        ):
            table.cell(r, 0).text, table.cell(r, 1).text = question, answer


def group_target(rng: random.Random, limit: int) -> int:
    roll = rng.random()
    if roll < 0.2:
        factor = rng.uniform(0.55, 0.8)
    elif roll < 0.45:
        factor = rng.uniform(1.02, 1.13)
    else:
        factor = rng.uniform(0.88, 1.0)
    return int(limit * factor)


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(f"pool1-{index}")
    fake = Faker("en_GB")
    fake.seed_instance(index * 7919 + 11)
    style = STYLES[index % len(STYLES)]
    writer = Writer(rng, fake)
    report = Report(style, rng, writer)
    candidate = f"{rng.randrange(10**8, 10**9)}"
    report.doc.core_properties.author = fake.name()
    report.doc.core_properties.title = "Mastering Digital Channels"
    if style.title_page:
        report.title_page(candidate, report.doc.core_properties.author)
    if style.footer:
        report.footer(candidate)
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    targets = {"1a": rng.randrange(*style.one_a_words)}
    for group, (first, second) in LIMIT_GROUPS.items():
        total = group_target(rng, limits[group])
        share = rng.uniform(0.42, 0.58)
        targets[first], targets[second] = int(total * share), total - int(total * share)
    for task in ("1", "2", "3"):
        if task != "1" and style.page_breaks:
            report.page_break()
        elif task != "1":
            report.doc.add_paragraph()
        report.task_heading(task)
        for part in (p for p in PARTS if p[0] == task):
            report.write_part(part, targets[part])
        if style.word_count_line:
            report.word_count_line(task)
    if style.page_breaks or rng.random() < 0.5:
        report.page_break()
    report.references()
    if style.appendix:
        report.appendix()
    stream = io.BytesIO()
    report.doc.save(stream)
    part_words = dict(report.words)
    truth = Truth(
        name="",
        seed=index,
        layout=style.name,
        split="",
        part_words=part_words,
        group_words={g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
        headings=dict(report.headings),
    )
    return stream.getvalue(), truth
