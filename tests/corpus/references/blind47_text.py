"""Prose for the forty-seventh held-out pool, "blind47": campaign, digital, press and public-affairs staff at
political parties, think tanks, trade unions, lobbying and public-affairs agencies, local councils and campaigning
charities in the UK and Ireland, writing CIM Level 6 and 7 assignments and MSc Political Communication essays.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers write:
elections, by-elections and referendums with their years, manifestos and their pledges, polls with fieldwork dates,
sample sizes and vote shares in brackets, Hansard debates and columns, select-committee reports with their HC
numbers, Acts and Bills with their years and sessions, the Electoral Commission's rules, spending limits and
returns, conference speeches and Ard Fheiseanna, leaflets, slogans and email subject lines, Dáil and Seanad
debates, ministers, shadow ministers, MPs, TDs and peers with their titles, parties and constituencies in brackets,
hashtags and handles, interview codes from their own research, CIM assessment criteria and appendices.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} shows that {C}, a point {B} has been slow to act on.",
    "{N} suggests that {C}.",
    "{N} makes the case that {C}.",
    "{N} concludes that {C}, which matters for any campaign in {seat}.",
    "{N} observes that {C}.",
    "{N} goes further, contending that {C}.",
    "{N} warns that {C}.",
    "{N} demonstrates that {C}, particularly among {voters}.",
    "{N} reminds practitioners that {C}.",
    "{N} notes that {C}, although the evidence from {election} is mixed.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O} {N} argues that {C}.",
    "{O} {N} found that {C}.",
    "As {N} points out, {C}.",
    "{O} research by {N} suggests that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "{O} the analysis in {N} indicates that {C}.",
    "Writing about {election}, {N} claims that {C}.",
    "Drawing on {N}, this report accepts that {C}.",
    "{O} work by {N} shows that {C}.",
    "A similar conclusion is reached by {N}, who argues that {C}.",
    "Following {N}, the campaign team assumed that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {election} found that {C}.",
    "{N} model of the market-oriented party suggests that {C}.",
    "{O} {N} analysis shows that {C}.",
    "{N} framework is useful here because {C}.",
    "According to {N} research, {C}.",
    "{N} account of the campaign makes clear that {C}.",
    "{N} typology helps explain why {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, especially among {voters} {P}.",
    "Evidence from {election} suggests that {C} {P}.",
    "{C} {P:see}.",
    "{O} {C} {P:see also}.",
    "For {B}, this matters because {C} {P}.",
    "There is good evidence that {C} {P}.",
    "In practice, {C} {P}.",
    "{C}, and {C2} {P}.",
    "Campaign professionals increasingly recognise that {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} moved its spend online.",
    "{C} {P}, so the ground campaign in {seat} was rebuilt around it.",
    "{O} {C} {P}, and this shaped the target-seat list.",
    "Because {C} {P}, the digital team tested every message twice.",
    "Although {C} {P}, the party's leaflets still led on the economy.",
    "{C} {P}; the implication for {B} is clear.",
    "If {C} {P}, then the case for a permanent campaign is strong.",
    "{C} {P}, a finding the press office took seriously after {election}.",
    "Given that {C} {P:see}, the agency advised against a negative campaign.",
    "{C} {P}, while {C2}.",
]  # fmt: skip

CLAIMS = [
    "negative campaigning depresses turnout among undecided voters",
    "voters judge parties on competence more than on policy detail",
    "leader image outweighs manifesto content in most general elections",
    "micro-targeted social media advertising has a smaller effect than campaigners believe",
    "door-to-door canvassing raises turnout by several percentage points",
    "a market-oriented party designs its offer around voter research rather than ideology",
    "trust in politicians has fallen steadily since the expenses scandal",
    "younger voters respond to authenticity more than to slogans",
    "local campaigning matters most in marginal seats",
    "tactical voting rewards parties that can show they are the local challenger",
    "party membership numbers are a poor guide to campaign capacity",
    "public-affairs agencies win access by offering expertise rather than money",
    "lobbying is most effective at the early stages of policy formation",
    "the permanent campaign blurs the line between governing and campaigning",
    "voter ID requirements deter a small but measurable share of eligible electors",
    "party branding works as a cognitive shortcut for low-information voters",
    "celebrity endorsements rarely change votes but can raise registration",
    "the cost-of-living crisis has made economic credibility the decisive issue",
    "campaign messages framed around loss are more persuasive than those framed around gain",
    "single-issue campaigns use emotional storytelling to build supporter lists",
    "charities that campaign risk being seen as partisan by some donors",
    "local councils struggle to reach residents who do not use social media",
    "fact-checking has a limited effect on the spread of misleading claims",
    "by-election results exaggerate the swing that follows at a general election",
    "polling errors tend to overstate support for the party of opposition",
    "broadcast debates reinforce existing preferences rather than changing them",
    "the Electoral Commission's guidance leaves non-party campaigners uncertain about spending limits",
    "devolved elections are treated by many voters as second-order contests",
    "Irish voters reward constituency service under the single transferable vote",
    "trade unions remain among the most effective third-party campaigners",
    "political podcasts reach audiences that broadcast news no longer does",
    "email fundraising depends on urgency and a clear ask",
    "mobilising the base is cheaper than persuading swing voters",
    "campaigns now test slogans with focus groups and online panels before launch",
    "coalition partners are punished more than the larger party at the next election",
    "a clear and repeated message cuts through better than a long list of pledges",
]  # fmt: skip

OPENERS = [
    "In the run-up to polling day,",
    "In political marketing terms,",
    "From a public-affairs perspective,",
    "For a campaign with a small budget,",
    "Since {election},",
    "In the context of {seat},",
    "Looking at the long campaign,",
    "For the press office,",
    "In the Irish context,",
    "At constituency level,",
    "When planning the digital campaign,",
    "For a trade union campaign,",
    "In local government,",
    "Across the devolved nations,",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to the campaign I worked on.",
    "This matters for how volunteers are briefed before a canvassing session.",
    "The digital team was small, with two full-time staff and a group of volunteers.",
    "Each recommendation below is linked to a measurable objective.",
    "The table in the appendix sets out the target audiences and channels.",
    "Our council's communications team has to stay politically neutral in everything it publishes.",
    "The main risk is that the message is lost in a crowded news cycle.",
    "Volunteer retention was a recurring problem across the campaign.",
    "A SWOT analysis of the organisation is given in the next part.",
    "The approach recommended here could be tested in a single ward before it is rolled out.",
    "This is discussed further in the evaluation.",
    "Budget constraints mean that paid advertising must be targeted carefully.",
    "The charity's trustees are cautious about anything that could be seen as party political.",
    "Much of this work happens away from the public eye, in meetings with officials and advisers.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} describes political marketing as {Q}.",
    "As one former strategist put it, {Q} {P}.",
    "{N} warns that {Q}.",
    "The point is made bluntly: {Q} {P}.",
    "Campaign managers are reminded that {Q} {P}.",
    "{N} puts it this way: {Q}.",
    "In the words of {N}, {Q}.",
    "One study of {election} concluded that {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "red wall", "hard-working families", "Workington man", "squeezed middle", "strong and stable", "levelling up",
    "Stop the boats", "blue wall", "the doorstep", "dead cat", "air war", "ground war", "grid", "lines to take",
    "cut through", "shy Tory", "Motorway man", "the Westminster bubble", "soft Labour", "Take back control",
]  # fmt: skip

SCARE_FRAMES = [
    "The so-called ‘{Q}’ voters were central to the strategy {P}.",
    "So-called \"{Q}\" seats swung heavily in {election} {P}.",
    "{N} describes the tactic as a ‘{Q}’ strategy.",
    "Much of the coverage focused on the “{Q}” {P}.",
    "What campaigners call the '{Q}' has become harder to manage {P}.",
    "{N} questions whether the '{Q}' still exists.",
]  # fmt: skip

SUBJECT_LINES = [
    "Only {party} can win here", "It's a two-horse race in {seat}", "Your vote, your voice", "Get Brexit Done",
    "We've got 48 hours left", "Can you chip in £5 before midnight?", "Don't forget your photo ID on Thursday",
    "Stop the cuts to our NHS", "A fresh start for {seat}", "I'm standing for you", "Save our library",
    "Change starts here", "Time for a new Taoiseach", "Make your voice heard: register by Monday",
    "Polling day: here's where to vote", "Re: your question about the bins",
]  # fmt: skip

SUBJECT_FRAMES = [
    "The leaflet's headline, “{Q}”, used the bar-chart squeeze message that research on tactical voting supports {P}.",
    "The fundraising email subject line \"{Q}\" outperformed the control version, as urgency theory predicts {P}.",
    "Our final leaflet led with ‘{Q}’, echoing the framing recommended by {N}.",
    "A post headed '{Q}' reached more non-followers than any other, consistent with {P}.",
    "The strapline “{Q}” was chosen after testing, following the advice of {N}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "by-election-bracket": [
        "The Selby and Ainsty by-election (July {Y}) was the moment the volunteers noticed the change.",
        "Our team canvassed in the {seat} by-election ({month} {Y}), where turnout fell below 40%.",
        "Rutherglen and Hamilton West (October 2023) showed how quickly a majority can disappear.",
    ],
    "poll-fieldwork": [
        "Fieldwork took place on {fw} {month} {Y} (n = {sample}, GB adults, weighted).",
        "The survey ({sample} respondents, fieldwork {month} {Y}) used an online panel.",
        "{pollster}'s latest figures (fieldwork {d} {month}) put the gap at {pct} points.",
    ],
    "vote-share-bracket": [
        "The final result in {seat} (Lab {pct}%, Con {pct2}%, Reform {pct3}%) surprised the local party.",
        "Nationally, the shares were close (Con 43.6%, Lab 32.1%, LD 11.5%).",
        "Support for independence has hovered around half (Yes {pct}%, No {pct2}%) for years.",
    ],
    "mp-party-seat": [
        "{mp} (Lab, {seat}) asked the first question at the session.",
        "The amendment was tabled by {mp2} (Con, {seat}) and supported by several backbenchers.",
        "{mp} MP (Lib Dem, {seat}) wrote to every household in the constituency.",
    ],
    "td-constituency": [
        "Éamon Ó Murchú TD (FF, Cork South-Central) raised the issue during Leaders' Questions.",
        "{td} TD (SF, Dublin Bay North) topped the poll on the first count.",
        "Senator Síle Breathnach (FG, Labour Panel) proposed the motion in the Seanad.",
    ],
    "minister-title-years": [
        "{minister} (Secretary of State for {portfolio}, {Y}-{Y2}) launched the consultation.",
        "{minister}, then Minister of State for {portfolio} ({Y}-{Y2}), refused to meet the campaign.",
        "The Shadow Secretary of State for {portfolio}, {mp}, promised to repeal the rule.",
    ],
    "peer-title": [
        "{peer} (Con) moved the amendment at Report Stage in the Lords.",
        "Baroness Rahman of Bow (Lab) chairs the cross-party group.",
        "Lord Haddleton of Pudsey (Crossbench) has spoken often on electoral reform.",
    ],
    "act-year": [
        "The Elections Act 2022 made photo ID compulsory at polling stations in Great Britain.",
        "Under the Political Parties, Elections and Referendums Act 2000, donations over £500 must come from a permissible source.",
        "The Representation of the People Act 1983 still governs imprints on printed material.",
    ],
    "section-of-act": [
        "Section 94 of the Political Parties, Elections and Referendums Act 2000 (as amended) sets the limits for third parties.",
        "Part 2 of the Transparency of Lobbying, Non-Party Campaigning and Trade Union Administration Act 2014 is the relevant part.",
        "The rules in s. 106 of the 1983 Act on false statements about candidates apply to social media too.",
    ],
    "bill-session": [
        "The Votes at 16 Bill (Bill {billno}, Session {sess}) never reached Committee Stage.",
        "The Elections Bill completed its Second Reading on {d} {month} {Y} by {seats} votes to {seats2}.",
        "Clause {n} of the Bill, as introduced, caused most of the disagreement.",
    ],
    "committee-hc-number": [
        "The Committee's report on lobbying (HC {hc}) recommended a statutory register.",
        "Its Fourth Report of Session {sess} (HC {hc}) was published just before the recess.",
        "The Government Response (HC {hc}, {month} {Y}) accepted three of the eleven recommendations.",
    ],
    "hansard-volume": [
        "The exchange takes up several columns in volume 729 of Hansard.",
        "Hansard records the Speaker calling for order {n} times during the debate.",
        "The transcript runs from column {col} to column {col2} of the Official Report.",
    ],
    "election-date": [
        "Polling day was Thursday {d} July {Y}, six weeks after the election was called.",
        "The local elections on Thursday 2 May {Y} were the last test before the general election.",
        "Ireland went to the polls on Friday 29 November {Y}.",
    ],
    "short-campaign-range": [
        "The short campaign (30 May-4 July 2024) gave the party five weeks to reach its target voters.",
        "Our regulated period ({month} {Y}-May {Y2}) began earlier than most volunteers realised.",
        "During purdah (pre-election period, {month}-{month2} {Y}) the council paused all campaigns.",
    ],
    "dail-number": [
        "The 33rd Dáil (2020-2024) was the most fragmented in the history of the State.",
        "The programme for government agreed in June 2020 (the Fianna Fáil, Fine Gael and Green coalition) ran its full term.",
        "The 27th Seanad (2020-2025) passed the Bill without amendment.",
    ],
    "ard-fheis": [
        "At the Fianna Fáil Ard Fheis ({month} {Y}) the leader promised a housing emergency plan.",
        "The Sinn Féin Ard Fheis in {Y} was held in the RDS, Dublin, and streamed live.",
        "The speech to the Fine Gael Ard Fheis (Galway, {Y}) focused on the economy.",
    ],
    "party-conference": [
        "At Conservative Party Conference (Manchester, October {Y}) the fringe was dominated by housing.",
        "The leader's speech at Labour Conference in Liverpool ({month} {Y}) was interrupted by a protester.",
        "Liberal Democrat Conference (Brighton, September {Y}) voted to keep the policy.",
    ],
    "kings-speech": [
        "The King's Speech (July {Y}) included {q}0 Bills, two of them on elections.",
        "The Queen's Speech of December 2019 promised to repeal the Fixed-term Parliaments Act.",
        "Nothing on votes at sixteen appeared in the King's Speech of November {Y}.",
    ],
    "pmqs-date": [
        "At PMQs on {d} {month} {Y}, the Prime Minister was asked about the scheme six times.",
        "The clip from Prime Minister's Questions (Wednesday {d} {month}) reached two million views.",
    ],
    "slogan-year": [
        "The Vote Leave slogan of 2016, ‘Take back control’, is still taught on every political marketing course.",
        "Labour's 1997 pledge card listed five promises on a card the size of a credit card.",
        "Strong and stable, the message of {Y}, was soon turned against the party that used it.",
    ],
    "hashtag-handle": [
        "The hashtag #GE{Y} trended for most of election night.",
        "Posts from {handle} were shared more than those from the leader's own account.",
        "We used #VoteSNP, #BackingBritain and #{seatnospace}Decides to track the conversation.",
    ],
    "spending-limit": [
        "The spending limit for the short campaign was £{n},000 plus a per-elector allowance.",
        "Non-party campaigners must register once they spend more than £{n},000 in England (£10,000 in Scotland, Wales or Northern Ireland).",
        "The party's return (total spend £{d}.{q}m) was filed three months after polling day.",
    ],
    "electoral-commission-case": [
        "The Electoral Commission fined the campaign £{n},000 (case reference PEF/{Y}/0{d}).",
        "An investigation into the donation (ref. EC-{Y}-{n}) was closed without further action.",
    ],
    "referendum-result": [
        "Leave won by 51.9% to 48.1% on a turnout of 72.2%.",
        "In 2014 Scotland voted No by 55.3% to 44.7%.",
        "The Thirty-sixth Amendment of the Constitution was approved by 66.4% (1,429,981 votes).",
    ],
    "turnout-bracket": [
        "Turnout fell to 59.7% in 2024 (the lowest since 2001).",
        "Turnout in {seat} ({pct}%) was well below the national figure.",
        "Only a quarter of eighteen to twenty-four year olds voted (YouGov estimate, post-election wave).",
    ],
    "majority-swing": [
        "The seat now has a majority of {maj} ({pct}%) after a swing of {pct2} points from Con to Lab.",
        "A uniform swing of 4.5% (Con to Lab) would have delivered a hung parliament.",
    ],
    "tv-debate": [
        "The ITV leaders' debate (4 June {Y}) drew an audience of five million.",
        "In the BBC Question Time special ({d} {month} {Y}) the audience laughed at the answer.",
        "The RTÉ Prime Time debate of {Y} was the first with seven leaders.",
    ],
    "mrp-projection": [
        "{pollster}'s MRP (June {Y}) projected the party to win {seats} seats.",
        "The final Electoral Calculus MRP ({month} {Y}) had {seat} as too close to call.",
    ],
    "interview-code": [
        "Respondent 7 (agent, Welsh marginal) said that volunteers were the scarcest resource.",
        "Interviewee C (councillor, Labour group) described the leaflets as too text-heavy.",
        "Participant 12 (public-affairs consultant, {n} years' experience) disagreed.",
    ],
    "assessment-criteria": [
        "This section addresses Task 1(b) (AC 2.3 and AC 2.4).",
        "In line with Learning Outcome 3 (AC 3.1), the plan below sets SMART objectives.",
        "Word count for Task 2: {words} (excluding tables and appendices).",
    ],
    "figure-appendix": [
        "The target-seat matrix is in Appendix C (Figure {q}).",
        "Table {q} (below) compares the three channels on cost per contact.",
        "See Appendix {q} for the full canvassing script (version 3, {month} {Y}).",
    ],
    "acronym-definition": [
        "Get Out The Vote (GOTV) operations begin at 7am on polling day.",
        "A Party Election Broadcast (PEB) is allocated by the broadcasters, not bought.",
        "Ireland uses the Single Transferable Vote (STV) in multi-member constituencies.",
        "The Additional Member System (AMS) is used for Holyrood and, until 2026, the Senedd.",
    ],
    "party-abbreviation": [
        "Labour and Co-operative Party (Lab Co-op) candidates stood in {n} seats.",
        "The Social Democratic and Labour Party (SDLP) lost ground to Sinn Féin in the west.",
        "The Democratic Unionist Party (DUP) returned to Stormont in February {Y}.",
    ],
    "council-control": [
        "{council} (Labour-run since 1974) runs its own resident panel.",
        "{council} (no overall control since May {Y}) cut its communications budget by a third.",
    ],
    "register-lobbyists": [
        "The agency appears on the Register of Consultant Lobbyists (Q{q} {Y} return) with eleven clients.",
        "Irish lobbying returns (period {month}-{month2} {Y}) must be filed within 21 days.",
    ],
    "foi-petition": [
        "A Freedom of Information request (FOI {Y}/0{n}) revealed the cost of the advertising.",
        "The e-petition (number {petition}) passed 100,000 signatures in four days.",
    ],
    "standing-order": [
        "The debate was granted under Standing Order No. 24 as an emergency debate.",
        "Under Standing Order 14, government business has precedence on most days.",
    ],
    "headline-quote": [
        "The Sun's 1992 front page, ‘It's The Sun Wot Won It’, is still quoted in newsrooms.",
        'The headline "Enemies of the People" appeared over photographs of three judges in November 2016.',
        "The tabloid's front page of {d} {month} {Y} read simply ‘{party}: the truth’.",
    ],
    "reshuffle-date": [
        "The reshuffle of 13 November 2023 brought a former Prime Minister back as Foreign Secretary.",
        "After the reshuffle ({month} {Y}) the department had its fourth Secretary of State in three years.",
    ],
    "metrics-bracket": [
        "The clip reached {n}k views on TikTok (organic, no paid boost).",
        "The email had a {pct}% open rate (A/B test, {sample} recipients).",
        "The petition page converted well (CTR {pct}%, CPA £{d}.50).",
    ],
    "date-on-leaflet": [
        "The leaflet was printed with the imprint ‘Promoted by {mp} on behalf of {party}, both at 12 High Street’ as the law requires.",
        "Our Focus leaflet ({month} {Y} edition) led with potholes.",
    ],
    "ward-list": [
        "The three target wards (Moss Side, Hulme and Ardwick) were chosen using past results.",
        "Candidates were selected for Ward 4 (Riverside) and Ward 7 (Castle) in {month} {Y}.",
    ],
    "time-zone": [
        "Polls closed at 10pm (BST) and the exit poll was published at one second past.",
        "The embargo lifted at 00:01 (GMT) on {d} {month}.",
    ],
    "session-years": [
        "In the 2019-24 Parliament there were twenty-odd by-elections.",
        "The 2023-24 session was the last before the dissolution.",
    ],
}

BRANDS = ["Labour", "the Conservatives", "the Liberal Democrats", "Reform UK", "the SNP", "Plaid Cymru", "Sinn Féin",
          "Fianna Fáil", "Fine Gael", "the Green Party", "Unite", "UNISON", "the GMB", "Shelter", "Citizens Advice",
          "38 Degrees", "Best for Britain", "the TUC", "Friends of the Earth", "Greenpeace UK", "Oxfam GB",
          "the Local Government Association", "Hope not Hate", "Portland", "Hanbury Strategy", "Mumsnet"]  # fmt: skip

_SEATS = ["Bristol South", "Rutherglen", "Ynys Môn", "Hartlepool", "Wakefield", "Chesham and Amersham", "Tiverton and Honiton",
          "Mid Bedfordshire", "Blackpool South", "Galway West", "Cork North-Central", "Dublin Fingal", "Arfon",
          "Na h-Eileanan an Iar", "Bolton North East", "Bradford West", "Bethnal Green and Stepney", "Stoke-on-Trent Central",
          "North Shropshire", "Foyle"]  # fmt: skip
_MPS = ["Harriet Whitfield", "Oliver Pemberton", "Sajid Hussain", "Rushanara Begum", "Folasade Adebayo", "Rhiannon Huws",
        "Dame Claire Ashworth", "Sir Edward Harcourt", "Dr Nusrat Khan", "Łukasz Kowalski", "Ruairidh MacLeòid",
        "Chidi Okonkwo", "Tasnim Rahman", "Iolo Prys", "Georgina Ludlow"]  # fmt: skip
_MINISTERS = ["The Rt Hon Dame Harriet Whitfield MP", "Sir Oliver Pemberton MP", "Shabana Qureshi MP", "Dr Imran Mahmood MP",
              "The Rt Hon Tom Fairbrother", "Baroness Chowdhury", "Lord Pemberton of Ashby", "Siân Llywelyn MS", "Ngozi Nwachukwu"]  # fmt: skip
_PEERS = ["Lord Fairbrother of Thame", "Baroness Uddin of Whitechapel", "Lord Okonkwo", "Baroness Ní Bhriain",
          "Lord Stainthorpe", "Baroness Hebditch of Ludlow"]  # fmt: skip
_PORTFOLIOS = ["Levelling Up, Housing and Communities", "Digital, Culture, Media and Sport", "Wales", "Scotland",
               "Northern Ireland", "Education", "Work and Pensions", "the Home Department", "Health and Social Care",
               "Housing", "Democracy"]  # fmt: skip
_PARTY_NAMES = ["Labour", "the Lib Dems", "the Conservatives", "the Greens", "Plaid Cymru", "the SNP", "Reform UK", "Sinn Féin",
                "Fianna Fáil", "Alliance"]  # fmt: skip
_POLLSTER_NAMES = ["YouGov", "Ipsos", "Survation", "More in Common", "Opinium", "Savanta", "Deltapoll", "Red C", "Focaldata"]  # fmt: skip
_VOTERS = ["first-time voters", "older homeowners", "renters", "swing voters in marginal seats", "lapsed Labour voters",
           "Leave voters", "university students", "rural voters", "union members", "women under forty",
           "British Muslim voters", "Polish-born residents"]  # fmt: skip
_ELECTION_NAMES = ["the 2024 general election", "the 2019 general election", "the 2017 snap election", "the 2016 referendum",
                   "the 2014 independence referendum", "the 2020 Irish general election", "the 2021 Senedd election",
                   "the 2023 local elections", "the Brexit referendum", "the 2024 Irish general election",
                   "the 2018 Repeal the Eighth referendum"]  # fmt: skip
_COUNCILS = ["Manchester City Council", "Cardiff Council", "Glasgow City Council", "Dublin City Council",
             "Kirklees Council", "Tower Hamlets Council", "Cyngor Gwynedd", "Bristol City Council"]  # fmt: skip
_HANDLES = ["@UKLabour", "@Conservatives", "@LibDems", "@theSNP", "@Plaid_Cymru", "@sinnfeinireland", "@fiannafailparty",
            "@ElectoralCommUK", "@instituteforgov", "@HansardSociety"]  # fmt: skip
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    seat = rng.choice(_SEATS)
    year = rng.randint(2012, 2024)
    first = rng.randint(1, 20)
    col = rng.randint(20, 900)
    pct = rng.randint(18, 48)
    seats = rng.randint(120, 420)
    return {
        "seat": seat, "seatnospace": seat.replace(" ", "").replace("-", ""), "mp": rng.choice(_MPS),
        "mp2": rng.choice(_MPS), "minister": rng.choice(_MINISTERS), "peer": rng.choice(_PEERS),
        "td": rng.choice(["Ciarán McGuinness", "Aoife Ní Chonaill", "Pádraig Mac Giolla Phádraig", "Niamh O'Driscoll"]),
        "portfolio": rng.choice(_PORTFOLIOS), "party": rng.choice(_PARTY_NAMES), "pollster": rng.choice(_POLLSTER_NAMES),
        "voters": rng.choice(_VOTERS), "election": rng.choice(_ELECTION_NAMES), "council": rng.choice(_COUNCILS),
        "handle": rng.choice(_HANDLES), "month": rng.choice(_MONTH_NAMES), "month2": rng.choice(_MONTH_NAMES),
        "fw": f"{first}-{first + rng.randint(1, 3)}", "maj": f"{rng.randint(1, 24)},{rng.randint(0, 999):03d}",
        "words": f"2,{rng.randint(100, 999)}", "sess": f"{year}-{str(year + 1)[2:]}", "sample": f"{rng.randint(1, 4)},{rng.randint(0, 999):03d}",
        "pct": str(pct), "pct2": str(rng.randint(12, 40)), "pct3": str(rng.randint(4, 20)),
        "seats": str(seats), "seats2": str(seats - rng.randint(10, 100)), "hc": str(rng.randint(12, 1480)),
        "col": str(col), "col2": str(col + rng.randint(3, 40)), "billno": str(rng.randint(4, 320)),
        "petition": str(rng.randint(600000, 720000)),
    }  # fmt: skip
