"""Works for the forty-seventh held-out pool, "blind47": what campaign, digital, press and public-affairs staff in
the UK and Ireland cite on CIM Level 6 and 7 and MSc Political Communication courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from what such writers put in
their reference lists: manifestos under the party's name, polls under the pollster's, Hansard debates and columns,
select-committee reports with their HC numbers, Acts and Bills under the Parliament that passed them, the Electoral
Commission's guidance and spending returns, Dáil and Seanad debates, think-tank and union reports with named
authors, conference speeches, newspaper and PoliticsHome pieces, podcasts, YouTube videos and X posts, and the
political-marketing textbooks and journals (Journal of Political Marketing, Parliamentary Affairs, Political
Studies) with one to eight authors. Names are British, Irish (Ó, Mac, Ní, fadas), Scottish Gaelic, Welsh,
Nigerian-British, Pakistani-British, Bangladeshi-British and Polish, beside the Dutch, German and American names
of the academic literature; people are invented, organisations are real.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) by the cultures these writers meet. Families keep their fadas, "Ó", "Mac", "Ní" and hyphens.
_BRITISH = [("Whitfield", "Harriet"), ("Pemberton", "Oliver"), ("Ashworth", "Claire"), ("Haddleton", "James"),
            ("Caldicott", "Eleanor"), ("Fairbrother", "Tom"), ("Ludlow", "Georgina"), ("Brightwell", "Simon"),
            ("Okeley", "Rachel"), ("Stainthorpe", "Matthew"), ("Cresswell-Hart", "Imogen"), ("Rowntree", "Daniel"),
            ("Kettering", "Lucy"), ("Salisbury-Jones", "Hugo"), ("Marchbank", "Fiona"), ("Thackeray", "Adam"),
            ("Winslade", "Helen"), ("Pollard", "Chris"), ("Blakemore", "Joanna"), ("Hebditch", "Mark"),
            ("Forsyth", "Alison"), ("Gatenby", "Peter"), ("Lindley", "Becky"), ("Harcourt", "Edward")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Seán"), ("Ní Chonaill", "Aoife"), ("Mac Giolla Phádraig", "Pádraig"),
          ("Ó Ceallaigh", "Órla"), ("Ní Bhriain", "Caoimhe"), ("O'Driscoll", "Niamh"), ("McGuinness", "Ciarán"),
          ("Ó Murchú", "Éamon"), ("Nic Giolla Bhríde", "Sinéad"), ("Mac Cárthaigh", "Donncha"), ("Fitzgerald", "Clodagh"),
          ("O'Halloran", "Eoin"), ("Breathnach", "Síle"), ("Ní Dhomhnaill", "Gráinne"), ("Geraghty", "Fionnuala")]  # fmt: skip
_GAELIC = [("MacLeòid", "Ruairidh"), ("NicDhòmhnaill", "Catrìona"), ("Caimbeul", "Seumas"), ("MacAoidh", "Eilidh"),
           ("MacLeod", "Morag"), ("Matheson", "Iain"), ("MacKinnon", "Kirsty"), ("Urquhart", "Calum")]  # fmt: skip
_WELSH = [("Llywelyn", "Siân"), ("Gruffudd", "Dafydd"), ("Huws", "Rhiannon"), ("Prys", "Iolo"), ("Jenkins", "Llinos"),
          ("Pritchard", "Gwenllian"), ("Vaughan-Thomas", "Owain"), ("Bowen", "Elin"), ("Parry", "Meleri")]  # fmt: skip
_NIGERIAN = [("Adebayo", "Folasade"), ("Okonkwo", "Chidi"), ("Oyelaran", "Temitope"), ("Nwachukwu", "Ngozi"),
             ("Adeyemi-Coker", "Babatunde"), ("Ogunleye", "Funmilayo"), ("Eze", "Chinedu"), ("Olufemi", "Kemi"),
             ("Afolabi", "Tunde"), ("Onyekachi", "Adaeze")]  # fmt: skip
_PAKISTANI = [("Hussain", "Sajid"), ("Khan", "Nusrat"), ("Mahmood", "Imran"), ("Chaudhry", "Ayesha"), ("Iqbal", "Zubair"),
              ("Qureshi", "Shabana"), ("Malik", "Faisal"), ("Rehman", "Saima"), ("Butt", "Asif")]  # fmt: skip
_BANGLADESHI = [("Rahman", "Tasnim"), ("Begum", "Rushanara"), ("Uddin", "Shahid"), ("Chowdhury", "Apsana"),
                ("Miah", "Nazmul"), ("Islam", "Farhana"), ("Hoque", "Mahfuz"), ("Ahmed", "Rokeya")]  # fmt: skip
_POLISH = [("Kowalski", "Łukasz"), ("Wiśniewska", "Małgorzata"), ("Wójcik", "Krzysztof"), ("Kamińska", "Agnieszka"),
           ("Lewandowski", "Paweł"), ("Zielińska", "Zofia"), ("Dąbrowski", "Tomasz"), ("Woźniak", "Katarzyna"),
           ("Grabowska", "Joanna"), ("Szczęsny", "Marek")]  # fmt: skip
_ACADEMIC = [("Henneberg", "Stefan"), ("Strömbäck", "Jesper"), ("Lilleker", "Darren"), ("Maarek", "Philippe"),
             ("Kaid", "Lynda"), ("Newman", "Bruce"), ("Müller", "Jürgen"), ("Rossi", "Giulia"), ("Johansson", "Erik"),
             ("García", "Lucía"), ("Larsson", "Ingrid"), ("Dalton", "Russell"), ("Kreiss", "Daniel"),
             ("Bimber", "Bruce"), ("Gibson", "Rachel"), ("Römmele", "Andrea")]  # fmt: skip
# Surnames with a particle kept apart, as a reference manager holds them (particle, family, given).
_PARTICLED = [("van der", "Meer", "Tom"), ("de", "Vreese", "Claes"), ("van", "Aelst", "Peter"), ("von", "Beyme", "Klaus"),
              ("de", "Burgh", "Hugo"), ("ap", "Dafydd", "Llinos"), ("van", "Heerde", "Julia"), ("de", "Souza", "Marina"),
              ("du", "Preez", "Annelie"), ("le", "Gall", "Brigitte")]  # fmt: skip
_CULTURES = [(_BRITISH, 30), (_IRISH, 14), (_GAELIC, 5), (_WELSH, 6), (_NIGERIAN, 7), (_PAKISTANI, 7),
             (_BANGLADESHI, 6), (_POLISH, 6), (_ACADEMIC, 12)]  # fmt: skip

# Organisations as these writers cite them, with tags saying what makes them hard.
_PARTIES = [("Labour Party", set()), ("The Labour Party", set()), ("Conservative and Unionist Party", set()),
            ("Conservative Party", set()), ("Liberal Democrats", set()), ("Scottish National Party (SNP)", {"abbreviation"}),
            ("SNP", {"acronym"}), ("Plaid Cymru", set()), ("Sinn Féin", {"accent"}), ("Fianna Fáil", {"accent"}),
            ("Fine Gael", set()), ("Green Party of England and Wales", set()), ("Reform UK", set()),
            ("Social Democratic and Labour Party (SDLP)", {"abbreviation"}), ("Democratic Unionist Party", set()),
            ("Alliance Party of Northern Ireland", set()), ("Scottish Greens", set()), ("Labour Party Ireland", set())]  # fmt: skip
_POLLSTERS = [("YouGov", set()), ("YouGov plc", {"company"}), ("Ipsos", set()), ("Ipsos UK", set()), ("Survation", set()),
              ("More in Common", set()), ("Opinium", set()), ("Savanta", set()), ("Deltapoll", set()),
              ("Redfield & Wilton Strategies", {"ampersand"}), ("Red C Research", set()), ("Ireland Thinks", set()),
              ("Ipsos B&A", {"ampersand"}), ("JL Partners", set()), ("Lord Ashcroft Polls", set()),
              ("BMG Research", set()), ("Focaldata", set()), ("British Election Study", set())]  # fmt: skip
_BODIES = [("Electoral Commission", {"government"}), ("The Electoral Commission", {"government"}),
           ("An Coimisiún Toghcháin", {"government", "accent"}), ("Institute for Government", set()),
           ("Institute for Government (IfG)", {"abbreviation"}), ("Hansard Society", set()), ("The Hansard Society", set()),
           ("Electoral Reform Society", set()), ("Institute for Fiscal Studies (IFS)", {"abbreviation"}),
           ("Resolution Foundation", set()), ("Policy Exchange", set()), ("IPPR", {"acronym"}), ("Demos", set()),
           ("Fabian Society", set()), ("Centre for Policy Studies", set()), ("UK in a Changing Europe", set()),
           ("Joseph Rowntree Foundation", set()), ("Full Fact", set()), ("British Future", set()),
           ("Trades Union Congress (TUC)", {"abbreviation"}), ("Unite the Union", set()), ("UNISON", {"acronym"}),
           ("GMB Union", set()), ("Local Government Association (LGA)", {"abbreviation"}),
           ("Chartered Institute of Public Relations (CIPR)", {"abbreviation"}), ("PRCA", {"acronym"}),
           ("Association of Professional Political Consultants", set()),
           ("Office of the Registrar of Consultant Lobbyists", {"government"}),
           ("Standards in Public Office Commission (SIPO)", {"government", "abbreviation"}),
           ("The Citizens' Assembly", {"apostrophe"}), ("Women's Equality Party", {"apostrophe"}),
           ("Barnardo's", {"apostrophe"}), ("The King's Trust", {"apostrophe"}), ("Shelter", set()),
           ("Friends of the Earth", set()), ("Greenpeace UK", set()), ("Citizens Advice", set()), ("Age UK", set()),
           ("38 Degrees", {"digit"}), ("Hope not Hate", set()), ("Oxfam GB", set()), ("Trussell", set()),
           ("Portland Communications Ltd", {"company"}), ("Hanbury Strategy", {"company"}), ("Edelman", {"company"}),
           ("WPP plc", {"company"}), ("Lansons Communications", {"company"}), ("Public First", {"company"}),
           ("Thinks Insight & Strategy", {"company", "ampersand"}), ("Meta", {"company"}), ("Google", {"company"}),
           ("Ofcom", {"government"}), ("Manchester City Council", {"council"}), ("Cardiff Council", {"council"}),
           ("Glasgow City Council", {"council"}), ("Dublin City Council", {"council"}),
           ("Royal Borough of Kensington and Chelsea", {"council"}), ("Bristol City Council", {"council"})]  # fmt: skip
_GOVERNMENT = [("Cabinet Office", set()), ("HM Government", set()), ("Prime Minister's Office, 10 Downing Street", {"apostrophe", "comma"}),
               ("Ministry of Housing, Communities & Local Government", {"ampersand", "comma"}),
               ("Department for Levelling Up, Housing and Communities", {"comma"}),
               ("Department for Science, Innovation & Technology", {"ampersand", "comma"}), ("Scottish Government", set()),
               ("Welsh Government", set()), ("Llywodraeth Cymru Welsh Government", set()), ("Northern Ireland Office", set()),
               ("Government of Ireland", set()), ("Department of the Taoiseach", set()),
               ("Department of Housing, Local Government and Heritage", {"comma"}), ("Central Statistics Office (CSO)", {"abbreviation"}),
               ("House of Commons Library", set()), ("Office for National Statistics", set())]  # fmt: skip
_COMMITTEES = ["House of Commons Public Administration and Constitutional Affairs Committee",
               "House of Commons Digital, Culture, Media and Sport Committee", "House of Commons Levelling Up, Housing and Communities Committee",
               "House of Lords Communications and Digital Committee", "House of Commons Committee on Standards",
               "House of Commons Procedure Committee", "Joint Committee on Standing Orders", "Scottish Affairs Committee",
               "Welsh Affairs Committee", "Joint Committee on Gender Equality"]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "The Irish Times", "BBC News", "PoliticsHome", "New Statesman", "The Spectator",
          "Financial Times", "The Observer", "Irish Independent", "The Herald", "WalesOnline", "The House", "RTÉ News",
          "Daily Mirror", "The Telegraph", "The Journal.ie", "Byline Times"]  # fmt: skip
_PUBLISHERS = [("Palgrave Macmillan", "Cham"), ("Routledge", "Abingdon"), ("Manchester University Press", "Manchester"),
               ("Oxford University Press", "Oxford"), ("Sage", "London"), ("Bloomsbury Academic", "London"),
               ("Edinburgh University Press", "Edinburgh"), ("Policy Press", "Bristol"), ("Biteback Publishing", "London"),
               ("Polity", "Cambridge"), ("Cambridge University Press", "Cambridge"), ("Gill Books", "Dublin"),
               ("University of Wales Press", "Cardiff"), ("Kogan Page", "London")]  # fmt: skip
_JOURNALS = ["Journal of Political Marketing", "Parliamentary Affairs", "Political Studies", "The Political Quarterly",
             "British Journal of Politics and International Relations", "Irish Political Studies", "Electoral Studies",
             "Party Politics", "Journal of Elections, Public Opinion and Parties", "Political Communication",
             "International Journal of Press/Politics", "Journal of Public Affairs", "Public Relations Review",
             "European Journal of Marketing", "Journal of Marketing Management", "Scottish Affairs",
             "Journal of Legislative Studies", "Representation", "Policy & Politics"]  # fmt: skip
_TOPICS = ["political marketing", "the permanent campaign", "voter segmentation", "negative campaigning", "micro-targeting",
           "party branding", "market-oriented parties", "leader image", "by-election campaigning", "digital canvassing",
           "the red wall", "tactical voting", "voter ID", "turnout", "dark money", "lobbying", "constituency campaigning",
           "manifesto pledges", "political advertising", "disinformation", "youth engagement", "local elections",
           "referendum campaigns", "trust in politicians", "party membership", "celebrity endorsement", "TikTok politics",
           "political podcasts", "public affairs", "grassroots campaigning", "the cost-of-living crisis",
           "Scottish independence", "Brexit", "devolution", "coalition government", "Irish unification", "proportional representation",
           "the Welsh Senedd", "campaign finance", "spin doctors", "opinion polling", "the doorstep"]  # fmt: skip
_PLACES = ["Britain", "the UK", "Ireland", "Scotland", "Wales", "Northern Ireland", "England", "Westminster", "Europe",
           "the Republic of Ireland", "the devolved nations"]  # fmt: skip
_ELECTIONS = ["the 2024 general election", "the 2019 general election", "the 2017 general election", "the 2016 EU referendum",
              "the 2014 independence referendum", "the 2020 Irish general election", "the 2024 Irish general election",
              "the 2021 Senedd election", "the 2021 Holyrood election", "the 2022 Assembly election", "the 2023 local elections",
              "the 2018 abortion referendum", "the 2015 marriage equality referendum", "the 2024 mayoral elections"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"]  # fmt: skip
_DEBATES = ["Elections Bill", "Voter Identification", "Online Safety Bill", "Cost of Living", "Lobbying (Transparency)",
            "Votes at 16", "Political Donations", "Devolution (Scotland)", "Electoral Commission (Strategy and Policy Statement)",
            "Misinformation and Trusted Journalism", "Representation of the People", "Local Government Finance"]  # fmt: skip
_ACTS = [("Elections Act 2022", 2022, "UK Parliament"), ("Political Parties, Elections and Referendums Act 2000", 2000, "UK Parliament"),
         ("Transparency of Lobbying, Non-Party Campaigning and Trade Union Administration Act 2014", 2014, "UK Parliament"),
         ("Representation of the People Act 1983", 1983, "UK Parliament"), ("Fixed-term Parliaments Act 2011", 2011, "UK Parliament"),
         ("Dissolution and Calling of Parliament Act 2022", 2022, "UK Parliament"), ("Online Safety Act 2023", 2023, "UK Parliament"),
         ("Scottish Elections (Franchise and Representation) Act 2020", 2020, "Scottish Parliament"),
         ("Senedd and Elections (Wales) Act 2020", 2020, "Senedd Cymru"), ("Electoral Reform Act 2022", 2022, "Houses of the Oireachtas"),
         ("Regulation of Lobbying Act 2015", 2015, "Houses of the Oireachtas"), ("Electoral Act 1997", 1997, "Houses of the Oireachtas"),
         ("Lobbying Act 2014", 2014, "legislation.gov.uk"), ("Elections Act 2022", 2022, "legislation.gov.uk")]  # fmt: skip
_BILLS = ["Representation of the People Bill", "Elections (Proportional Representation) Bill", "Votes at 16 Bill",
          "Political Advertising (Truth) Bill", "Lobbying (Transparency) Bill", "Electoral Reform (Amendment) Bill"]  # fmt: skip


class Blind47WorkFactory(WorkFactory):
    """The blind47 pool's works, from its own seeded random source (see the module docstring)."""

    KINDS: ClassVar[list[str]] = ["book", "chapter", "journal", "manifesto", "poll", "think-tank", "report", "government", "committee",
             "hansard", "legislation", "bill", "news", "speech", "web", "podcast", "video", "social"]  # fmt: skip
    _WEIGHTS: ClassVar[list[int]] = [10, 5, 20, 6, 7, 8, 4, 5, 4, 5, 3, 2, 9, 3, 6, 2, 2, 3]

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 47 + 4747)
        self.people: list[dict[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        rng = self.rng
        if self.people and rng.random() < 0.06:  # someone already in this run: a second work, or a namesake
            return dict(rng.choice(self.people))
        if rng.random() < 0.08:
            particle, family, given = rng.choice(_PARTICLED)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            culture = rng.choices([c for c, _ in _CULTURES], weights=[w for _, w in _CULTURES])[0]
            family, given = rng.choice(culture)
            if rng.random() < 0.25:  # a given name from another culture: families mix
                given = rng.choice(rng.choice([c for c, _ in _CULTURES]))[1]
            if rng.random() < 0.05 and "-" not in family and " " not in family:
                family = f"{family}-{rng.choice(_BRITISH)[0].split('-')[0]}"
            name = {"family": family, "given": given}
        self.people.append(name)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [38, 25, 15, 8, 6, 4, 2, 2][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        seen: list[dict[str, str]] = []
        while len(seen) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in seen):
                seen.append(person)
        return seen

    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1964, 1994)
        if roll < 0.3:
            return self.rng.randint(1995, 2015)
        return self.rng.randint(2016, 2025)

    def _date(self, year: int | None = None) -> list[int]:
        return [year or self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if issued is None:
            base = datetime.date(2023, 1, 1)
        else:
            base = datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28)
        day = base + datetime.timedelta(days=self.rng.randint(1, 800))
        day = max(day, datetime.date(2022, self.rng.randint(1, 12), self.rng.randint(1, 28)))
        day = min(day, datetime.date(2026, 11, 30))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _online(self, record: dict[str, Any], url: str, access: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < access:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self._accessed_after(issued)

    def _slug(self) -> str:
        words = self.rng.sample(["campaign", "election", "voters", "poll", "policy", "briefing", "report", "lobbying",
                                 "manifesto", "trust", "turnout", "debate", "party", "council", "reform", "news"], 3)  # fmt: skip
        return "-".join(words) + f"-{self.rng.randint(10, 9999)}"

    def _title(self) -> str:
        rng = self.rng
        topic, other = rng.sample(_TOPICS, 2)
        place, election = rng.choice(_PLACES), rng.choice(_ELECTIONS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {election}",
            f"Selling the party: {topic} in {place}", f"Who decides? {topic[0].upper()}{topic[1:]} after {election}",
            f"Beyond the doorstep: {topic} and {other}", f"{topic[0].upper()}{topic[1:]} revisited",
            f"The marketing of {topic} in {election}", f"Winning back trust: {topic} in {place}",
            f"From leaflets to TikTok: {topic} in {place}", f"Does {topic} work? Lessons from {election}",
            f"{topic[0].upper()}{topic[1:]}, {other} and the voter", f"Campaigning in {place}: {topic} since {rng.randint(1997, 2020)}",
        ]  # fmt: skip
        return rng.choice(forms)

    def _org(self, table: list[tuple[str, set[str]]]) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def _org_dated(self, name: str, tags: set[str], record: dict[str, Any], kind: str) -> tuple[str, set[str]]:
        """Now and then the same body in the same year as an earlier work ("YouGov, 2024a" and "2024b"); only works
        whose titles carry no date of their own are paired, so a manifesto or an Act keeps its year."""
        if "issued" not in record or kind not in ("report", "government", "web", "video", "social", "podcast"):
            return name, tags
        if self.dated_orgs and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.dated_orgs)
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return name, tags

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        name, tags = self._org_dated(name, tags, record, kind)
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of political marketing", "Political communication in Britain",
                                                "How Ireland voted", "The British general election of " + str(self.rng.choice([2015, 2017, 2019, 2024])),
                                                "The Palgrave handbook of political communication", "Campaigning for the Senedd",
                                                "Voters and parties in the devolved nations"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 78)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1093, 1177, 1111, 1002])}/{self.rng.randint(10000000, 99999999)}"
            )
        return self._person_work(record, "journal")

    def _manifesto(self) -> Work:
        name, tags = self._org(_PARTIES)
        year = self.rng.choice([1997, 2001, 2005, 2010, 2015, 2016, 2017, 2019, 2020, 2021, 2022, 2024, 2024])
        short = name.split(" (")[0].removeprefix("The ")
        title = self.rng.choice([f"{short} manifesto {year}", f"Our plan for {self.rng.choice(_PLACES).removeprefix('the ')}: manifesto {year}",
                                 f"Change: {short} manifesto {year}", f"Clear plan, bold action: manifesto {year}",
                                 f"For the many, not the few ({year})", f"Local election manifesto {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [self._date(year)[:1]]},
                                  "publisher": short}  # fmt: skip
        if self.rng.random() < 0.75:
            self._online(record, f"https://www.{short.lower().replace(' ', '')}.org/{self._slug()}")
        return self._org_work(record, "manifesto", name, tags | {"party"})

    def _poll(self) -> Work:
        name, tags = self._org(_POLLSTERS)
        year = self.rng.randint(2014, 2025)
        month = self.rng.choice(_MONTHS)
        day = self.rng.randint(1, 26)
        title = self.rng.choice([
            f"Westminster voting intention ({day}-{day + 2} {month} {year})", f"Political monitor: {month} {year}",
            f"Voting intention: Lab {self.rng.randint(30, 46)}%, Con {self.rng.randint(18, 36)}%",
            f"Red Wall voting intention, {month} {year}", f"Sunday Times/{self.rng.choice(['Red C', 'Ireland Thinks'])} opinion poll, {month} {year}",
            f"Public attitudes to {self.rng.choice(_TOPICS)}", f"What do voters think of {self.rng.choice(_TOPICS)}?",
            f"Leader ratings tracker {year}", f"Most important issues facing the country, {month} {year}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title}
        if self.rng.random() < 0.93:
            record["issued"] = {"date-parts": [[year, _MONTHS.index(month) + 1, day]]}
        self._online(record, f"https://www.{name.split()[0].lower()}.com/{self._slug()}", 0.85)
        return self._org_work(record, "poll", name, tags | {"pollster"})

    def _think_tank(self) -> Work:
        """A report with named authors, published by a think tank, union or charity."""
        name, _tags = self._org(_BODIES)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Dublin", "Edinburgh", "Cardiff", "Belfast"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, f"https://www.{name.split()[0].lower()}.org.uk/publications/{self._slug()}")
        if self.rng.random() < 0.1:
            del record["issued"]
            record.pop("accessed", None)
            if "URL" in record:
                record["accessed"] = self._accessed_after(None)
        return self._person_work(record, "think-tank")

    def _report(self) -> Work:
        name, tags = self._org(_BODIES)
        year = self.year()
        title = self.rng.choice([self._title(), f"Annual report {year}", f"Report on {self.rng.choice(_ELECTIONS)}",
                                 f"Audit of political engagement {self.rng.randint(14, 21)}", f"Impact report {year}-{str(year + 1)[2:]}",
                                 f"Spending returns: {self.rng.choice(_ELECTIONS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0]}
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.65:
            self._online(record, f"https://www.{name.split()[0].lower().strip(chr(39))}.org.uk/{self._slug()}")
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        if self.rng.random() < 0.3:
            name, tags = self._org([(n, t) for n, t in _BODIES if "government" in t])
        else:
            name, tags = self._org(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            self._title(), f"Guidance for candidates and agents: {self.rng.choice(['UK Parliamentary general elections', 'local elections in England', 'Senedd elections', 'by-elections'])}",
            f"Defending democracy: {self.rng.choice(_TOPICS)}", f"Statutory guidance on {self.rng.choice(_TOPICS)}",
            f"Report on the administration of {self.rng.choice(_ELECTIONS)}", f"Strategy and policy statement {self.rng.randint(2019, 2025)}",
        ])}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [self._date()[: self.rng.choice([1, 3])]]}
        self._online(record, f"https://www.gov.uk/government/publications/{self._slug()}", 0.9)
        return self._org_work(record, "government", name, tags | {"government"})

    def _committee(self) -> Work:
        name = self.rng.choice(_COMMITTEES)
        year = self.rng.randint(2010, 2025)
        number = self.rng.randint(12, 1450)
        ordinal = self.rng.choice(["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Ninth", "Twelfth"])
        record: dict[str, Any] = {"type": "report", "title": f"{self._title()} ({ordinal} Report of Session {year - 1}-{str(year)[2:]}, HC {number})",
                                  "issued": {"date-parts": [[year]]}, "publisher": "House of Commons", "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(
                record, f"https://committees.parliament.uk/publications/{self.rng.randint(1000, 48000)}/documents/"
            )
        return self._org_work(record, "committee", name, {"government", "committee"})

    def _hansard(self) -> Work:
        rng = self.rng
        date = self._date(rng.randint(2005, 2025))
        written = f"{date[2]} {_MONTHS[date[1] - 1]} {date[0]}"
        if rng.random() < 0.3:
            name = rng.choice(["Houses of the Oireachtas", "Dáil Éireann", "Seanad Éireann"])
            title = f"{rng.choice(['Dáil Éireann', 'Seanad Éireann'])} debate, {written}: {rng.choice(_DEBATES)}"
            url = f"https://www.oireachtas.ie/en/debates/debate/dail/{date[0]}-{date[1]:02d}-{date[2]:02d}/"
        else:
            name = rng.choice(
                ["Hansard", "Hansard", "UK Parliament", "House of Commons", "House of Lords", "Hansard HC Deb"]
            )
            col = rng.randint(10, 1200)
            title = f"{rng.choice(_DEBATES)}. HC Deb {written}, vol. {rng.randint(600, 760)}, cols {col}-{col + rng.randint(2, 40)}"
            url = f"https://hansard.parliament.uk/commons/{date[0]}-{date[1]:02d}-{date[2]:02d}/debates/{rng.randint(10000, 99999)}"
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [date]}}
        self._online(record, url, 0.9)
        return self._org_work(record, "hansard", name, {"government", "hansard"})

    def _legislation(self) -> Work:
        title, year, body = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["container-title"] = (
                "legislation.gov.uk" if body != "Houses of the Oireachtas" else "Irish Statute Book"
            )
            self._online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents")
        return self._org_work(record, "legislation", body, {"legislation", "government"})

    def _bill(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "bill", "title": f"{self.rng.choice(_BILLS)} {year}-{str(year + 1)[2:]}",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, f"https://bills.parliament.uk/bills/{self.rng.randint(3000, 3900)}", 0.9)
        return self._org_work(
            record, "bill", self.rng.choice(["UK Parliament", "House of Commons", "House of Lords"]), {"government"}
        )

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [self._date(self.rng.randint(2010, 2025))]}}  # fmt: skip
        self._online(
            record,
            f"https://www.{paper.lower().replace(' ', '').replace('é', 'e')}.co.uk/politics/{self._slug()}",
            0.85,
        )
        if self.rng.random() < 0.8:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _speech(self) -> Work:
        rng = self.rng
        party = rng.choice(["Labour Party", "Conservative Party", "Liberal Democrat", "SNP", "Plaid Cymru", "Fianna Fáil Ard Fheis",
                            "Sinn Féin Ard Fheis", "TUC", "Fine Gael Ard Fheis"])  # fmt: skip
        event = party if "Ard Fheis" in party else f"{party} Conference"
        date = self._date(rng.randint(2008, 2025))
        record: dict[str, Any] = {"type": "speech", "title": rng.choice([f"Speech to {event}", f"Leader's speech, {event}",
                                  "Keynote speech on " + rng.choice(_TOPICS), "Launch of the campaign"]),
                                  "author": self._people(1), "issued": {"date-parts": [date]}, "event": event,
                                  "event-place": rng.choice(["Liverpool", "Manchester", "Birmingham", "Brighton", "Aberdeen", "Llandudno", "Dublin", "Athlone"])}  # fmt: skip
        if rng.random() < 0.7:
            self._online(
                record,
                f"https://www.{rng.choice(['labour.org.uk', 'conservatives.com', 'libdems.org.uk', 'snp.org', 'gov.uk'])}/speech/{self._slug()}",
            )
        return self._person_work(record, "speech")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "About us", "Our campaigns",
                                  "How we are funded", "Register to vote", "Become a member", "Our values",
                                  f"Campaign spending at {self.rng.choice(_ELECTIONS)}"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [self._date()[: self.rng.choice([1, 3])]]}
        url = f"https://www.{self.rng.choice(['electoralcommission.org.uk', 'instituteforgovernment.org.uk', 'hansardsociety.org.uk', 'politicshome.com', 'sinnfein.ie', 'plaid.cymru'])}/{self._slug()}"
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            self._online(record, url, 0.85)
            return self._person_work(record, "web")
        self._online(record, url, 0.85)
        name, tags = self._org(self.rng.choice([_PARTIES, _BODIES, _POLLSTERS]))
        return self._org_work(record, "web", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["The Rest Is Politics", "Political Thinking", "Inside Politics", "Pod Save the UK",
                                "The Irish Times Inside Politics", "Electoral Dysfunction", "IfG LIVE"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 420)}: {self._title()}",
                                  "container-title": show, "medium": "Podcast", "issued": {"date-parts": [self._date(self.rng.randint(2018, 2025))]}}  # fmt: skip
        self._online(record, f"https://podcasts.apple.com/gb/podcast/{self._slug()}", 0.9)
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        name, tags = self._org(
            self.rng.choice(
                [_BODIES, [("BBC Radio 4", set()), ("Goalhanger Podcasts", set()), ("The Irish Times", set())]]
            )
        )
        return self._org_work(record, "podcast", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([self._title(), "Party political broadcast",
                                  f"Election night {self.rng.randint(2015, 2024)}: key moments", "How polling works", "Meet your candidate"]),
                                  "medium": "YouTube video", "issued": {"date-parts": [self._date(self.rng.randint(2012, 2025))]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", 0.9)
        name, tags = self._org(
            self.rng.choice(
                [_PARTIES, _BODIES, [("BBC News", set()), ("Sky News", set()), ("RTÉ", {"accent"}), ("GB News", set())]]
            )
        )
        return self._org_work(record, "video", name, tags)

    def _social(self) -> Work:
        rng = self.rng
        date = self._date(rng.randint(2016, 2025))
        post = rng.choice(["Polls are open until 10pm. Use your vote.", "Tonight's result is a message to Downing Street",
                           "Thank you to every volunteer who knocked on a door", "We will not stand by while bills go up",
                           "New poll: the gap is closing", "Don't forget your photo ID"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": post, "container-title": rng.choice(["X", "X (formerly Twitter)", "LinkedIn", "TikTok", "Instagram"]),
                                  "issued": {"date-parts": [date]}}  # fmt: skip
        self._online(
            record,
            f"https://x.com/{rng.choice(['campaignhq', 'press_office', 'ukpolling', 'teamcomms'])}/status/{rng.randint(10**17, 10**18)}",
            0.9,
        )
        if rng.random() < 0.6:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self._org(rng.choice([_PARTIES, _BODIES]))
        return self._org_work(record, "social", name, tags)
