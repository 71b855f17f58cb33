"""The prose around the citations: sentence frames, claims and text that looks like a citation but is not.

Frames come in two disjoint pools, one for the development half and one for the test half, so the test half
holds sentences the checker was never tuned on. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one,
``{C}`` a claim, ``{B}`` a brand, ``{O}`` a sentence opener.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

NARRATIVE_START = {
    "dev": ["{N} argue that {C}.", "{N} found that {C}.", "{N} show that {C}, which matters for {B}.",
            "{N} stress that {C}.", "{N} note that {C} in most markets."],
    "test": ["{N} suggest that {C}.", "{N} report that {C}.", "{N} observe that {C}, a point {B} has yet to act on.",
             "{N} claim that {C}.", "{N} warn that {C} unless budgets grow."],
}  # fmt: skip
NARRATIVE_MID = {
    "dev": ["As {N} explain, {C}.", "{O}, {N} found that {C}.", "This supports the view of {N} that {C}.",
            "{C}, as {N} point out.", "{B} could learn from {N}, who show that {C}."],
    "test": ["According to {N}, {C}.", "{C}; {N} reached a similar conclusion.", "Work by {N} shows that {C}.",
             "{O}, {N} suggest that {C}.", "For {B}, the lesson from {N} is that {C}."],
}  # fmt: skip
POSSESSIVE = {
    "dev": ["{N} model suggests that {C}.", "{O}, {N} framework explains why {C}."],
    "test": ["{N} study found that {C}.", "{O}, {N} findings imply that {C}."],
}  # fmt: skip
PARENTHETICAL_END = {
    "dev": ["{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}."],
    "test": ["{C} {P}.", "{O}, {C} {P}.", "It is widely accepted that {C} {P}."],
}  # fmt: skip
PARENTHETICAL_MID = {
    "dev": ["{C} {P}, and {C2}.", "{C} {P}, although {C2}."],
    "test": ["{C} {P}; even so, {C2}.", "{C} {P}, while {C2}."],
}  # fmt: skip
CLAIMS = {
    "dev": ["{B} could {bs} to win {A}", "{T} raises {R} among {A}", "{A} expect brands to {bs}",
            "{T} works best when it is tied to {R}", "small brands gain more from {T} than large ones"],
    "test": ["{T} lowers the cost of reaching {A}", "firms that {bs} see stronger {R}",
             "{B} relies on {T} more than its rivals do", "{A} reward {T} with {R}",
             "the return on {T} falls as budgets grow"],
}  # fmt: skip
OPENERS = {
    "dev": ["However", "In practice", "For {B}", "Similarly", "At the same time"],
    "test": ["By contrast", "In the case of {B}", "More recently", "Even so", "In this market"],
}  # fmt: skip
PLAIN = {
    "dev": ["{B} sells through its own app, its website and three marketplaces.",
            "The campaign ran for six weeks across social media and email.",
            "{O}, {C}."],
    "test": ["{B} reaches most of its customers through its loyalty app.",
             "The brand's owned channels matter more than its paid ones.",
             "{O}, {C}."],
}  # fmt: skip
AUDIENCES = ["younger shoppers", "loyal customers", "first-time buyers", "B2B buyers", "students", "parents",
             "commuters", "older customers", "Gen Z consumers"]  # fmt: skip
RESULTS = ["repeat purchase", "brand trust", "click-through rates", "basket size", "advocacy", "retention",
           "conversion", "share of voice"]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "acronym-year": {"dev": ["{C}, as the rules require ({ACR} {Y}).", "Consent is recorded under the law ({ACR} {Y})."],
                     "test": ["{B} must comply with the regulation ({ACR} {Y}).",
                              "The data policy was rewritten ({ACR} {Y}) last spring."]},
    "year-noun": {"dev": ["{B}'s sales rose sharply ({Y} revenue: £{n}m).", "Prices were frozen ({Y} figures)."],
                  "test": ["Online sales doubled ({Y} results).", "{B} cut its ad spend ({Y} budget: £{n}m)."]},
    "noun-year": {"dev": ["Footfall fell after the relaunch ({Y}).", "Sales peaked during the first lockdown ({Y})."],
                  "test": ["Trust recovered after the data breach ({Y}).", "The rebrand ({Y}) divided loyal customers."]},
    "figures": {"dev": ["Most respondents agreed (n = {n}).", "Results are shown in the chart (Figure {q}).",
                        "Sales grew in the third quarter (Q{q} {Y})."],
                "test": ["Half of the panel agreed (n = {n}, {Y}).", "The survey ran for a month ({d} March {Y}).",
                         "Revenue grew year on year ({Y}–{Y2})."]},
}  # fmt: skip
SCARE_QUOTES = {
    "dev": ["‘phygital’", "‘human in the loop’", "‘always on’", "‘the new normal’"],
    "test": ["‘test and learn’", "‘buy now, pay later’", "‘digital by default’", "‘customer first’"],
}  # fmt: skip
SCARE_FRAMES = {
    "dev": ["Brands now talk of {Q} marketing {P}.", "{B} calls its approach {Q} {P}."],
    "test": ["Marketers describe this as {Q} {P}.", "The idea of {Q} service is now common {P}."],
}  # fmt: skip
SUBJECT_LINES = {
    "dev": ["‘Your basket misses you: 20% off today’", "‘Last chance to save on {M}’",
            "“We saved you a seat at our summer sale”"],
    "test": ["‘Your {M} order is waiting for you’", "“Only hours left: free delivery ends tonight”",
             "‘New in: the {M} edit picked for you’"],
}  # fmt: skip
SUBJECT_FRAMES = {
    "dev": ["One retailer's subject line, {Q}, lifted open rates {P}.", "An email headed {Q} performed best {P}."],
    "test": ["The subject line {Q} doubled opens {P}.", "{B} sent the message {Q} to lapsed customers {P}."],
}  # fmt: skip
QUOTE_FRAMES = {  # a direct quotation; {P} carries a page locator unless the problem is planted
    "dev": ["{Q} {P}.", "It has been argued that {Q} {P}."],
    "test": ["{Q} {P}.", "One author puts it plainly: {Q} {P}."],
}  # fmt: skip
