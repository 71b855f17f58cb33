"""Pool 28 (held out for its first tables, development data since stop 66): CIM 2206 reports with headings and
text in colour and shapes.

Headings set in coloured bands of shaded paragraphs, headings inside rounded rectangles and banners drawn as
shapes, part labels in a coloured circle beside a plain title line, white text on dark shading, pale grey body
text, coloured side rules, icons as pictures before headings, and body paragraphs with shading and borders.

Truth is counted while each paragraph is written. A part whose heading is drawn inside a shape (its words are in
the shape's text box, not in the body's text) has ``""`` as its heading in the truth; every other heading is
recorded as written in the body.
"""

from __future__ import annotations

import io
import random

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports in colour and shapes: shaded heading bands, headings in rounded rectangles and banners (text boxes), "
    "part labels in coloured circles, white-on-dark headings, pale grey text, coloured side rules, icon pictures "
    "before headings, shaded and bordered body paragraphs."
)
REPORTS = 28

LAYOUTS = (
    "shaded_band",
    "rounded_box",
    "circle_label",
    "grey_side_rule",
    "icon_heading",
    "boxed_body",
    "banner_shape",
)

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_OF = {p: p[0] for p in PARTS}
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)

AUTHORS = (
    ("Chaffey and Ellis-Chadwick", 2019),
    ("Chaffey and Smith", 2017),
    ("Kotler, Kartajaya and Setiawan", 2021),
    ("Ryan", 2020),
    ("Lemon and Verhoef", 2016),
    ("Kingsnorth", 2019),
    ("Strauss and Frost", 2014),
    ("Gartner", 2022),
    ("McKinsey & Company", 2021),
    ("Dahlen et al.", 2010),
)
REFERENCES = (
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: Routledge.",
    "Dahlen, M., Lange, F. and Smith, T. (2010) Marketing Communications: A Brand Narrative Approach. "
    "Chichester: Wiley.",
    "Gartner (2022) Personalization in Marketing Survey. Stamford: Gartner Inc.",
    "Kingsnorth, S. (2019) Digital Marketing Strategy. 2nd edn. London: Kogan Page.",
    "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0: Technology for Humanity. Hoboken: Wiley.",
    "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer journey', "
    "Journal of Marketing, 80(6), pp. 69-96.",
    "McKinsey & Company (2021) The value of getting personalization right - or wrong - is multiplying. New York: "
    "McKinsey.",
    "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page.",
    "Strauss, J. and Frost, R. (2014) E-Marketing. 7th edn. Harlow: Pearson.",
)

SENTENCES = {
    "1a": (
        "{org} was founded in {founded} and now trades from {stores} stores and a growing online shop.",
        "The business employs around {staff} people and reported revenue of £{rev} million last year.",
        "Its customers are mainly {segment}, who buy through the website, the app and social media.",
        "Online sales make up {pct}% of revenue, up from {pct2}% three years ago.",
        "The marketing team of {team} people runs email, paid search and social campaigns in-house.",
        "Main competitors include {rival} and {rival2}, both of which invest heavily in digital channels.",
        "The brand is known for friendly service, although its digital experience lags behind its rivals.",
        "Digital maturity is moderate (Chaffey and Ellis-Chadwick, 2019), with data held in separate systems.",
        "The mission of {org} is to make quality products easy to find and buy, wherever customers are.",
        "Head office is in {city}, where the warehouse also handles online orders for next-day delivery.",
        "A loyalty scheme launched in {loyal} now has about {members},000 active members.",
        "Average order value online is £{aov}, compared with £{aov2} in stores.",
        "The website receives roughly {visits},000 visits a month, two thirds of them from mobile devices.",
        "Customer satisfaction scores are high in stores but lower for delivery and returns.",
        "A PESTLE review shows that rising costs and changing shopping habits are the main pressures on the firm.",
        "The board has made digital growth one of three priorities in its five-year plan.",
        "Data on customers sits in the loyalty database, the e-commerce platform and the email tool.",
    ),
    "1b": (
        "Personalisation means tailoring content, offers and experiences to each customer ({cite}).",
        "At present {org} personalises little beyond using a first name in its weekly email.",
        "Product recommendations on the website are the same for every visitor, whatever they have browsed.",
        "Research suggests that {pct}% of consumers are more likely to buy from brands that personalise ({cite}).",
        "Artificial intelligence now allows offers to change in real time as a visitor moves through the site.",
        "Future developments include predictive analytics, conversational chatbots and personalised video.",
        "As {author} ({year}, p. {page}) argues, “personalisation must be useful rather than merely clever”.",
        "The retirement of third-party cookies pushes firms towards first-party and zero-party data ({cite}).",
        "A customer data platform would join loyalty, web and store data into a single view of each customer.",
        "Competitors such as {rival} already send triggered emails based on browsing behaviour.",
        "Voice search and smart speakers are a further channel where tailored answers will matter ({cite}).",
    ),
    "1c": (
        "The chosen segment is {segment}, who make up {pct}% of {org}'s online customers.",
        "These customers browse mainly on mobile, often in the evening, and respond well to offers by email.",
        "On the website, the home page would show categories this segment has viewed most recently.",
        "The app could send push notifications when an item on a saved list drops in price ({cite}).",
        "Email content would be built from dynamic blocks that reflect each customer's last {days} days of activity.",
        "Social media advertising would use lookalike audiences built from the segment's best customers ({cite}).",
        "Personalised search results would rank products by the customer's preferred sizes and brands.",
        "Lemon and Verhoef (2016) stress that every touchpoint on the journey shapes the customer experience.",
        "Success would be measured through click-through rate, average order value and repeat purchase.",
    ),
    "2a": (
        "The objective is to raise the online conversion rate from {low}% to {high}% within twelve months.",
        "Phase one, over the first quarter, would simplify checkout from five steps to three ({cite}).",
        "Saved baskets and guest checkout would remove two of the main reasons for abandonment.",
        "A/B testing of product pages would compare layouts, images and calls to action every fortnight.",
        "The budget for the plan is £{money}, split between technology, content and staff training.",
        "Chaffey and Smith (2017) recommend the SOSTAC framework to link objectives with tactics and control.",
        "Each month the team would review conversion by device, channel and segment in a shared dashboard.",
        "Live chat on high-value pages would answer questions before customers leave the site.",
        "Responsibility for delivery sits with the head of e-commerce, supported by an agency for testing.",
    ),
    "2b": (
        "Personalised content would greet returning visitors with products related to their last visit.",
        "Re-marketing would target visitors who left a basket worth more than £{basket} ({cite}).",
        "A sequence of three emails would follow an abandoned basket: after one hour, one day and three days.",
        "Display re-marketing would cap frequency at {cap} impressions a week to avoid annoying customers.",
        "As {author} ({year}) notes, relevance rather than repetition is what brings customers back.",
        "Social re-marketing on Instagram and Facebook would show dynamic product ads to recent visitors.",
        "Content would be tested against a control group so that its true effect on sales can be measured.",
        "Loyalty members would see offers matched to their points balance and favourite categories.",
    ),
    "3a": (
        "Implementation would be led by a cross-functional team of {team} staff from marketing, IT and service.",
        "The first step is to audit data sources and agree a single customer identifier ({cite}).",
        "A project plan with clear milestones would run over {months} months with monthly steering meetings.",
        "Staff would need training in the new platform, with champions in each department.",
        "Kotler, Kartajaya and Setiawan (2021) argue that technology succeeds only when people adopt it.",
        "Change management would follow Kotter's eight steps, starting with a clear sense of urgency.",
        "A pilot with one segment would prove the value before the approach is rolled out more widely.",
        "Budget approval would depend on a business case showing a return within {months} months.",
        "Governance would cover who may use customer data, for what purpose and for how long.",
    ),
    "3b": (
        "The first risk is a breach of data protection law under the UK GDPR ({cite}).",
        "Fines can reach 4% of global turnover, and the damage to trust may cost even more.",
        "The second risk is that personalisation feels intrusive and customers opt out ({cite}).",
        "Clear consent messages and an easy preference centre would reduce this risk.",
        "The third risk is poor data quality, which leads to irrelevant or wrong recommendations.",
        "Regular data cleansing and a single customer view would lower this risk over time ({cite}).",
        "A risk register would record each risk's likelihood, impact, owner and mitigation.",
        "Technical failure of the new platform could also interrupt campaigns during busy periods.",
    ),
}

SUBHEADS = {
    "1a": ("Background", "Customers and channels"),
    "1b": ("Current position", "Future developments"),
    "1c": ("The segment", "Channel by channel"),
    "2a": ("Objectives", "Tactics and timing"),
    "2b": ("Personalised content", "Re-marketing"),
    "3a": ("People and process", "Technology"),
    "3b": ("Risks and mitigation", "Monitoring"),
}
BULLETS = (
    "Simplify checkout and offer guest purchase",
    "Show recently viewed products on the home page",
    "Send triggered emails within one hour of abandonment",
    "Test new product page layouts every fortnight",
    "Train staff to read the personalisation dashboard",
    "Review consent wording with the data protection officer",
)

PALETTES = (
    ("1F4E79", "DEEAF6"),
    ("7030A0", "EDE3F6"),
    ("C55A11", "FBE4D5"),
    ("00806B", "DDF2EE"),
    ("9E1B32", "F8DDE2"),
    ("2E5597", "DAE3F3"),
)
FONTS = ("Calibri", "Arial", "Georgia", "Segoe UI", "Verdana", "Cambria", "Century Gothic")


def _label(style: int, part: str, with_title: bool) -> str:
    task, letter = part[0], part[1]
    label = {
        0: f"Task {task} ({letter})",
        1: f"Task {task}{letter} –",
        2: f"{task}({letter})",
        3: f"PART {task}{letter.upper()}",
        4: f"Task {task} • Part {letter}",
    }[style]
    if with_title:
        return f"{label} {PART_TITLES[part]}"
    return label.rstrip(" –")


GENERIC = (
    "This matters because customers compare {org} with the best experience they have had anywhere ({cite}).",
    "A simple test and learn approach would keep costs low while evidence is gathered.",
    "The data needed for this is already collected, but it is not yet joined up across channels.",
    "Staff in stores would also need to understand the approach so that the experience feels consistent.",
    "Results should be reported monthly to the senior team, with clear targets for each measure.",
    "Customer feedback from reviews and surveys would be used to refine the approach ({cite}).",
    "It is important that any change is measured against a control group rather than last year's figures.",
    "Smaller rivals have shown that this can be done without a large technology budget ({cite}).",
)


class _Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(28_000 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(28_000 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        rng = self.rng
        self.dark, self.pale = rng.choice(PALETTES)
        self.font = rng.choice(FONTS)
        self.size = rng.choice((10.5, 11, 11, 12, 12, 13, 14))
        self.spacing = rng.choice((1.0, 1.15, 1.5, 2.0))
        self.label_style = rng.randrange(5)
        self.with_title = rng.random() < 0.7
        self.org = self.fake.company()
        self.candidate = f"{rng.randrange(10**8, 10**9)}"
        self.doc = docx.Document()
        self.shape_id = 100
        self.part_words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.current: str | None = None
        self.values = {
            "org": self.org,
            "rival": self.fake.company(),
            "rival2": self.fake.company(),
            "founded": rng.randrange(1955, 2012),
            "stores": rng.randrange(8, 240),
            "staff": f"{rng.randrange(120, 4800):,}",
            "rev": rng.randrange(12, 640),
            "segment": rng.choice(
                (
                    "young professionals aged 25 to 34",
                    "families with children under ten",
                    "students living away from home",
                    "retired customers aged over 60",
                    "small business owners",
                )
            ),
            "team": rng.randrange(4, 16),
            "city": self.fake.city(),
            "loyal": rng.randrange(2008, 2021),
            "members": rng.randrange(20, 900),
            "aov": rng.randrange(28, 90),
            "aov2": rng.randrange(18, 60),
            "visits": rng.randrange(60, 990),
        }

    # --- formatting helpers ---------------------------------------------------------------------------------
    def _fill(self, template: str) -> str:
        rng = self.rng
        author, year = rng.choice(AUTHORS)
        values = dict(self.values)
        values.update(
            cite=f"{author}, {year}",
            author=author,
            year=year,
            page=rng.randrange(12, 380),
            pct=rng.randrange(18, 81),
            pct2=rng.randrange(5, 18),
            days=rng.choice((7, 14, 30)),
            low=rng.choice(("1.4", "1.8", "2.1", "2.6")),
            high=rng.choice(("3.0", "3.2", "3.5", "4.0")),
            money=f"{rng.randrange(40, 400) * 1000:,}",
            basket=rng.choice((30, 40, 50, 75)),
            cap=rng.randrange(3, 8),
            months=rng.choice((6, 9, 12, 18)),
        )
        return template.format(**values)

    @staticmethod
    def _insert_ppr(paragraph, element) -> None:
        """Put pBdr or shd into pPr in schema order (before tabs, spacing, ind, jc and the rest)."""
        ppr = paragraph._p.get_or_add_pPr()
        later = {
            "pBdr": ("shd", "tabs", "suppressAutoHyphens", "spacing", "ind", "contextualSpacing", "jc", "rPr"),
            "shd": ("tabs", "suppressAutoHyphens", "spacing", "ind", "contextualSpacing", "jc", "rPr"),
        }[element.tag.split("}")[1]]
        for child in ppr:
            if child.tag.split("}")[1] in later:
                child.addprevious(element)
                return
        ppr.append(element)

    def shade(self, paragraph, fill: str) -> None:
        self._insert_ppr(paragraph, parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def border(self, paragraph, sides: str, colour: str, size: int = 12) -> None:
        inner = "".join(
            f'<w:{side} w:val="single" w:sz="{size}" w:space="4" w:color="{colour}"/>'
            for side in ("top", "left", "bottom", "right")
            if side[0] in sides
        )
        self._insert_ppr(paragraph, parse_xml(f"<w:pBdr {NS}>{inner}</w:pBdr>"))

    def run(self, paragraph, text: str, *, bold=False, colour=None, size=None, italic=False):
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if size:
            run.font.size = Pt(size)
        return run

    def shape_run(self, paragraph, text: str, *, geom: str, width_cm: float, height_cm: float, size: float) -> None:
        """An inline drawn shape (rounded rectangle, ellipse, banner) whose text box holds ``text``."""
        self.shape_id += 1
        inset = 0 if geom == "ellipse" else 72000
        wrap = "none" if geom == "ellipse" else "square"
        if geom != "ellipse" and len(text) * size * 0.02 > width_cm - 1.5:
            height_cm += 0.8
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        half = int(size * 2)
        xml = (
            f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="114300"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{self.shape_id}" name="Shape {self.shape_id}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            "<wps:wsp><wps:cNvSpPr/><wps:spPr>"
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{self.dark}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>'
            f'</w:pPr><w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="{half}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="{wrap}" lIns="{inset}" tIns="36000" rIns="{inset}" bIns="36000" '
            'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
        )
        paragraph._p.append(parse_xml(xml))

    def icon(self) -> io.BytesIO:
        image = Image.new("RGB", (64, 64), "white")
        draw = ImageDraw.Draw(image)
        colour = "#" + self.dark
        kind = self.rng.randrange(3)
        if kind == 0:
            draw.ellipse((4, 4, 60, 60), fill=colour)
            draw.rectangle((28, 16, 36, 48), fill="white")
        elif kind == 1:
            draw.rectangle((6, 6, 58, 58), fill=colour)
            draw.polygon([(16, 44), (32, 16), (48, 44)], fill="white")
        else:
            draw.polygon([(32, 2), (62, 32), (32, 62), (2, 32)], fill=colour)
        stream = io.BytesIO()
        image.save(stream, format="PNG")
        stream.seek(0)
        return stream

    # --- document parts ---------------------------------------------------------------------------------------
    def setup(self) -> None:
        doc, rng = self.doc, self.rng
        normal = doc.styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.size)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(rng.choice((4, 6, 8, 10)))
        if self.layout == "grey_side_rule":
            normal.font.color.rgb = RGBColor.from_string(rng.choice(("8C8C8C", "999999", "A6A6A6", "7F7F7F")))
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            style = doc.styles[name]
            style.font.name = self.font
            style.font.color.rgb = RGBColor.from_string(self.dark)
        doc.styles["Heading 1"].font.size = Pt(self.size + 5)
        doc.styles["Heading 2"].font.size = Pt(self.size + 2.5)
        doc.styles["Heading 3"].font.size = Pt(self.size + 0.5)
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        margin = Cm(rng.choice((1.9, 2.2, 2.54, 3.0)))
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = Cm(rng.choice((2.0, 2.54)))
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.text = f"Candidate number: {self.candidate}    CIM 2206 Mastering Digital Channels"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in header.runs:
            run.font.size = Pt(9)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        footer._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))

    def cover(self) -> None:
        doc = self.doc
        for _ in range(4):
            doc.add_paragraph()
        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(title, "Mastering Digital Channels (2206)", bold=True, colour=self.dark, size=24)
        sub = doc.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(sub, f"Personalisation at {self.org}", size=16)
        if self.layout in ("shaded_band", "boxed_body"):
            self.shade(title, self.pale)
        for line in (f"Candidate number: {self.candidate}", "CIM Level 6 Diploma in Professional Digital Marketing"):
            p = doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def task_heading(self, task: str) -> None:
        doc, layout = self.doc, self.layout
        text = f"Task {task}"
        if self.rng.random() < 0.6:
            text += f": {TASK_NAMES[task]}" if self.label_style != 3 else f" – {TASK_NAMES[task].upper()}"
        if self.label_style == 3:
            text = text.upper()
        if layout in ("shaded_band", "banner_shape"):
            p = doc.add_paragraph(style="Heading 1")
            self.run(p, text, colour="FFFFFF")
            self.shade(p, self.dark)
        elif layout == "grey_side_rule":
            p = doc.add_paragraph(style="Heading 1")
            p.add_run(text)
            self.border(p, "lb", self.dark, 36)
        elif layout == "rounded_box":
            p = doc.add_paragraph(style="Heading 1")
            p.add_run(text)
            self.border(p, "b", self.dark, 12)
        elif layout == "icon_heading":
            p = doc.add_paragraph(style="Heading 1")
            p.add_run().add_picture(self.icon(), width=Cm(0.8))
            p.add_run(" " + text)
        elif layout == "boxed_body":
            p = doc.add_paragraph(style="Heading 1")
            self.run(p, text, colour="FFFFFF")
            self.shade(p, "262626")
        else:
            p = doc.add_paragraph(style="Heading 1")
            p.add_run(text)
        self.current = None

    def part_heading(self, part: str) -> None:
        doc, layout = self.doc, self.layout
        text = _label(self.label_style, part, self.with_title)
        self.current = part
        if layout == "shaded_band":
            p = doc.add_paragraph(style="Heading 2")
            self.run(p, text, colour=self.dark)
            self.shade(p, self.pale)
            self.headings[part] = text
        elif layout == "rounded_box" or (layout == "banner_shape" and part != "1a"):
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(10)
            geom = "roundRect" if layout == "rounded_box" else self.rng.choice(("homePlate", "snip2SameRect", "rect"))
            width = 15.0 if layout == "rounded_box" else 16.0
            self.shape_run(p, text, geom=geom, width_cm=width, height_cm=1.1, size=self.size)
            self.headings[part] = ""
        elif layout == "banner_shape":
            p = doc.add_paragraph(style="Heading 2")
            self.run(p, text, colour="FFFFFF")
            self.shade(p, self.dark)
            self.headings[part] = text
        elif layout == "circle_label":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(12)
            label = f"{part[0]}{part[1]}" if self.label_style != 3 else part.upper()
            self.shape_run(p, label, geom="ellipse", width_cm=1.3, height_cm=1.3, size=self.size - 0.5)
            title = PART_TITLES[part] if self.rng.random() < 0.75 else _label(self.label_style, part, True)
            self.run(p, title, bold=True, colour=self.dark, size=self.size + 2)
            self.headings[part] = title
        elif layout == "grey_side_rule":
            p = doc.add_paragraph(style="Heading 2")
            p.add_run(text)
            self.border(p, "l", self.dark, 24)
            self.headings[part] = text
        elif layout == "icon_heading":
            p = doc.add_paragraph(style="Heading 2")
            p.add_run().add_picture(self.icon(), width=Cm(0.6))
            p.add_run(" " + text)
            self.headings[part] = text
        else:  # boxed_body
            p = doc.add_paragraph(style="Heading 2")
            self.run(p, text, colour=self.dark)
            self.border(p, "b", self.dark, 8)
            self.headings[part] = text

    def body(self, text: str, *, boxed: bool = False) -> None:
        p = self.doc.add_paragraph(text)
        if boxed:
            self.shade(p, self.pale)
            self.border(p, "tlbr" if self.layout == "boxed_body" else "l", self.dark, 8)
        elif self.layout == "boxed_body" and self.rng.random() < 0.15:
            self.shade(p, "F2F2F2")
        self.part_words[self.current] += count(text)

    def subheading(self, text: str) -> None:
        if self.layout in ("shaded_band", "icon_heading", "banner_shape"):
            self.doc.add_paragraph(text, style="Heading 3")
        else:
            p = self.doc.add_paragraph()
            self.run(p, text, bold=True, italic=self.rng.random() < 0.5, colour=self.dark)

    def bullets(self, part: str) -> None:
        numbered = self.rng.random() < 0.4
        for item in self.rng.sample(BULLETS, self.rng.randrange(3, 5)):
            text = item + "."
            self.doc.add_paragraph(text, style="List Number" if numbered else "List Bullet")
            self.part_words[part] += count(text)

    def table(self, part: str) -> None:
        rng = self.rng
        if part == "1a":
            rows = [("Measure", "Value"), ("Founded", str(self.values["founded"]))]
            rows += [("Stores", str(self.values["stores"])), ("Revenue", f"£{self.values['rev']}m")]
            caption = f"Table 1: {self.org} at a glance"
        else:
            rows = [("Month", "Activity", "KPI")]
            rows += [
                (f"Month {m}", a, k)
                for m, a, k in zip(
                    (1, 3, 6),
                    ("Checkout redesign", "Email triggers", "Re-marketing"),
                    ("Checkout completion", "Click-through rate", "Return visits"),
                    strict=True,
                )
            ]
            caption = "Table 2: Conversion action plan"
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        cap = self.doc.add_paragraph(caption, style="Caption")
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER if rng.random() < 0.5 else WD_ALIGN_PARAGRAPH.LEFT

    def write_part(self, part: str, target: int) -> None:
        rng = self.rng
        pool = list(SENTENCES[part]) + list(GENERIC)
        subs = rng.random() < 0.45 and part != "1a"
        written = 0
        paragraphs = 0
        want_bullets = part in ("2a", "3a", "1c") and rng.random() < 0.6
        want_box = rng.random() < (0.7 if self.layout in ("boxed_body", "grey_side_rule") else 0.25)
        if part in ("1a", "2a") and rng.random() < 0.5:
            self.table(part)
        while written < target:
            if subs and paragraphs in (0, 3):
                self.subheading(SUBHEADS[part][0 if paragraphs == 0 else 1])
            sentences = []
            for _ in range(rng.randrange(3, 6)):
                if not pool:
                    pool = list(SENTENCES[part]) + list(GENERIC)
                sentence = self._fill(pool.pop(rng.randrange(len(pool))))
                if written + count(" ".join([*sentences, sentence])) > target + 12 and sentences:
                    break
                sentences.append(sentence)
            text = " ".join(sentences)
            before = self.part_words[part]
            self.body(text, boxed=want_box and paragraphs == 2)
            written += self.part_words[part] - before
            paragraphs += 1
            if want_bullets and paragraphs == 2:
                before = self.part_words[part]
                self.bullets(part)
                written += self.part_words[part] - before
                want_bullets = False

    def word_count_line(self, words: int) -> None:
        p = self.doc.add_paragraph()
        self.run(p, f"Word count: {words:,}", italic=True, size=self.size - 1)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def references(self) -> None:
        p = self.doc.add_paragraph("References", style="Heading 1")
        if self.layout in ("shaded_band", "banner_shape", "boxed_body"):
            p.runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
            self.shade(p, self.dark)
        for ref in REFERENCES:
            entry = self.doc.add_paragraph(ref)
            entry.paragraph_format.left_indent = Cm(1)
            entry.paragraph_format.first_line_indent = Cm(-1)

    def build(self) -> tuple[bytes, Truth]:
        rng = self.rng
        self.setup()
        self.cover()
        scale = 1.0 if self.size <= 12 and self.spacing <= 1.5 else 0.6
        targets = {"1a": int(rng.randrange(200, 340) * scale)}
        for group, (first, second) in LIMIT_GROUPS.items():
            factor = rng.choice((0.6, 0.75, 0.9, 0.95, 0.98, 1.0, 1.05, 1.08, 1.11))
            total = int(LIMITS[group] * factor)
            share = rng.uniform(0.4, 0.6)
            targets[first] = int(total * share)
            targets[second] = total - targets[first]
        word_lines = rng.random() < 0.5
        for task in ("1", "2", "3"):
            self.task_heading(task)
            for part in (p for p in PARTS if p[0] == task):
                self.part_heading(part)
                self.write_part(part, targets[part])
            if word_lines:
                self.current = None
                group = next(g for g, members in LIMIT_GROUPS.items() if members[0][0] == task)
                self.word_count_line(sum(self.part_words[p] for p in LIMIT_GROUPS[group]))
            if task != "3" and rng.random() < 0.6:
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.references()
        if rng.random() < 0.3:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.doc.add_paragraph("Appendix 1: Customer survey summary", style="Heading 1")
            self.doc.add_paragraph(
                f"A short survey of {rng.randrange(40, 300)} customers of {self.org} asked about their use of "
                "the app, the website and email offers."
            )
        out = io.BytesIO()
        self.doc.save(out)
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.part_words),
            group_words={g: sum(self.part_words[p] for p in m) for g, m in LIMIT_GROUPS.items()},
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of pool 28 as DOCX bytes and its truth."""
    return _Report(index).build()
