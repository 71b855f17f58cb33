"""Accuracy of the Harvard reference checker on the generated corpus, per citation form and problem kind.

Run by hand from the repository root: ``python benchmarks/reference_accuracy.py [--misses dev|test]``.
The corpus (tests/corpus/references) is rendered by citeproc-py in Cite Them Right Harvard from invented
records; tune on the dev half, report the test half.

The "blind" half (``--halves blind --misses blind``, 100 reports) is an independent measurement: its sentence
frames, brands, non-citation decoys and wider mix of works (more countries' names, real UK organisations with
"&", "plc", apostrophes and abbreviations, news articles, more undated works) were written without reading the
checker (marker/checks) or its tests; "blind-more" is 300 more reports of it, for the rarer forms. Do not
tune on either; once its misses have been read, it is no longer blind.

The "blind2" half (``--halves blind2,blind2-more``, 100 + 300 reports) is a second independent measurement,
written later by another hand without reading the checker, its tests or the blind pools: its own frames (after
commas, in lists, after quotations, "see"/"e.g."/"cf." in the bracket), its own real UK brands and decoys (model
names, products and acronyms with years, legislation, percentages, dates, handles, slogans, subject lines), and
its own works (names from many more countries, agencies, trade bodies, regulators, research firms, trade press).
It was held out for one stop (tables only); its misses have since been read and fixed, so it is development
data now, like "blind": a held-out figure needs a pool nobody has tuned on.

The "blind3" half (``--halves blind3,blind3-more``, 100 + 300 reports, seeds 6000-6399) is a third independent
measurement, written by a third hand without reading the checker, its tests or any other pool
(tests/corpus/references/blind3_works.py and blind3_text.py): its own works (textbooks, chapters, articles with
one to eight authors, signed and unsigned news, companies, trade bodies, regulators' guidance, government,
real and invented research firms, undated pages, one organisation twice a year; names from twenty cultures),
frames (quotations introduced by the author, bullet-like and list sentences, "see"/"e.g."/"cf." in the
bracket, varied quotation marks and apostrophes) and fifteen kinds of decoy. It was held out until its tables
had been read on the code of one stop; its misses were then read and fixed, so it is development data now.

The "blind4" half (``--halves blind4,blind4-more``, 100 + 300 reports, seeds 4000-4399) is a fourth independent
measurement, held out until its first tables were read (its misses have been read and fixed since, so it is
development data now): written by a fourth hand without reading the checker, its tests or any other pool
(tests/corpus/references/blind4_works.py and blind4_text.py): its own works (textbooks in later editions,
chapters in edited books, articles with one to eight authors, blogs, signed and unsigned news, companies with
"plc"/"Ltd"/"&"/apostrophes, trade bodies, regulators, government departments, research firms, undated pages;
names from many cultures with particles, hyphens, apostrophes, Mc/Mac/O' and double surnames), its own frames and
twenty-three kinds of decoy (dates, money, statistics, places, job titles, lifespans, products, campaigns, events,
laws, standards, abbreviations, section references, asides, slogans, survey answers, handles, financial periods,
model names, tickers, awards, age ranges).

The "blind5" half (``--halves blind5,blind5-more``, 100 + 300 reports, seeds 3000-3399) is a fifth independent
measurement, held out until its first tables were read (its misses have been read and fixed since, so it is
development data now): written by a fifth hand without reading the checker, its tests or any other pool
(tests/corpus/references/blind5_works.py and blind5_text.py): its own works (textbooks in later editions and
e-books, chapters, articles with one to eight authors and a DOI, a database link or none, trade press, signed
and unsigned news, blogs, podcasts, companies, trade bodies, regulators and departments, Acts and regulations,
research firms whose titles carry a year, two organisations as joint authors, conference papers, theses; names
from eleven groups of cultures), its own frames and twenty-six kinds of decoy (awards, events, festivals, films
and TV series, campaigns, laws, financial periods, figures, dates, abbreviations with years, brands with "&",
interviewees, places, products, founders' lifespans, figure and section references, model names, handles and
hashtags, slogans, email subject lines, quoted reviews, age ranges, tickers, standards, sports seasons, versions).

The "blind6" half (``--halves blind6,blind6-more``, 100 + 300 reports, seeds 10000-10399) is a sixth independent
measurement, held out until its first tables were read (its misses have been read and fixed since, so it is
development data now): written by a sixth hand without reading the checker, its tests or any other pool
(tests/corpus/references/blind6_works.py and blind6_text.py): its own works (textbooks in later editions and
e-books, chapters, articles with one to eight authors, conference papers, theses, signed and unsigned news, trade
press, blogs, podcasts, videos, social media posts, company pages and plc reports, professional and trade bodies,
regulators and departments, research firms and consultancies, keynote talks; names from seventeen groups of
cultures), its own frames (table and figure notes, "see also"/"for example,"/"as discussed in" in the bracket) and
thirty-five kinds of decoy.

The "blind7" half (``--halves blind7,blind7-more``, 100 + 300 reports, seeds 11000-11399) is a seventh independent
measurement (held out for one stop, development data since stop 22): written by a seventh hand without reading
the checker, its tests or any other pool
(tests/corpus/references/blind7_works.py and blind7_text.py): its own works (textbooks in later editions and
e-books, chapters, articles with one to eight authors and a DOI, a database link or none, market research,
company reports and pages, regulators and departments, Acts read as "Great Britain", trade bodies, news and trade
press, podcasts, YouTube videos, social media posts, theses and conference papers; organisations in lower case,
with "The", "&", "at", "of", a comma, an apostrophe or "?"), its own frames and thirty-six kinds of decoy (songs
and films credited in brackets, named reviews, court cases, standards, lifespans, job titles with tenures,
section pointers with "see" and "cf." among them).

The "blind8" half (seeds 12000-12399) was written by an eighth hand, the same way: forty-three kinds of decoy
(company histories, rankings, annual-report comparatives, awards, posts held, the candidate's own figures among
them), e-books read on reading platforms, lecture slides, chatbot answers. It was held out for its first tables
(stop 22), then became development data. Its works leave out access dates by habit; the builder records every
online source without one (and without a DOI) as a missing access date, which Cite Them Right asks for.

The "blind9" half (seeds 13000-13399) is a ninth independent measurement (held out for its first tables,
development data since stop 22): written by a ninth hand without reading the checker, its tests or any other
pool, leaning on sectors the others may not (B2B, charities and the public sector, hospitality and tourism,
financial services, FMCG, luxury, sport, agencies), with sixty kinds of decoy.

The "blind10" half (seeds 14000-14399) is a tenth independent measurement (held out for its first tables,
development data since stop 22), written by a tenth hand the same way (international marketing, retail,
automotive, pharma, education, SaaS, fashion, food service, PR and events), with fifty kinds of decoy.

The "blind11" half (``--halves blind11,blind11-more``, 100 + 300 reports, seeds 15000-15399) is an eleventh
independent measurement (held out for its first tables, development data since stop 23): written by an eleventh
hand the same way (part-time students in industry, international students, Level 3 to Level 7; construction,
energy, telecoms, gaming, beauty, pets, travel, heritage, local government), with forty-eight kinds of decoy.

The "blind12" half (``--halves blind12,blind12-more``, 100 + 300 reports, seeds 16000-16399) is a twelfth
independent measurement (held out for its first tables at stop 23, development data since stop 24): written by a
twelfth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind12_works.py and blind12_text.py), as degree apprentices, career changers and students
writing in English as a second language write (financial services and insurance, higher education recruitment,
music, live events and ticketing, football, food and drink start-ups, grocery, car-sharing, NHS and public health
campaigns; ASA rulings, regulators, Acts read as "Great Britain", investor pages, trade press, podcasts, videos,
social posts, lecture slides), with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind13" half (``--halves blind13,blind13-more``, 100 + 300 reports, seeds 17000-17399) is a thirteenth
independent measurement (held out for its first tables, development data since stop 23, when it was read while
blind12 stayed held out): written by a thirteenth hand the same way (small-business owners on the CIM
Certificate, agency account executives, in-house marketers in multinationals, group reports; agencies, creators,
charities, publishing, news and streaming, property, fitness, luxury resale, toys, B2B SaaS in Europe; HBR, blogs,
LinkedIn posts, podcasts, videos, Acts read as "Great Britain", standards, CIM study guides), with forty-seven kinds
of decoy.

The "blind14" half (``--halves blind14,blind14-more``, 100 + 300 reports, seeds 18000-18399) is a fourteenth
independent measurement (held out for its first tables at stops 23 and 24, development data since stop 25):
written by a fourteenth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind14_works.py and blind14_text.py), as sixth-form and NCFE Level 3
learners, mature students returning to study, public and third sector marketing managers and students from South
Asia, West Africa and Eastern Europe write (private clinics, farm shops, tourism boards and attractions, banking
apps, furniture and DIY, pubs and breweries, airlines, universities, gaming studios, subscription boxes; Mintel,
Statista, Kantar, GWI, ONS, DCMS, VisitBritain, regulators by name or initials, Acts read as "Great Britain",
Emerald and Taylor & Francis journals, news and trade press, podcasts, videos, social posts, press releases), with
forty-six kinds of decoy. While held out, we reported its tables only.

The "blind15" half (``--halves blind15,blind15-more``, 100 + 300 reports, seeds 19000-19399) is a fifteenth
independent measurement (held out for its first tables at stops 24 and 25, development data since stop 25): written
by a fifteenth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind15_works.py and blind15_text.py), as international postgraduates
from China, Nigeria, India, Brazil and Vietnam, CIM Diploma candidates in the Gulf and South-East Asia, freelance
consultants and lecturers writing model answers write (hotels and restaurants, beauty, car dealerships and EVs,
telecoms, pet care, energy and green technology, housebuilders, law and accountancy, online marketplaces, museums
and galleries; Kotler, Chaffey, Jobber and Solomon in later editions, the classics, Euromonitor, Gartner, Forrester,
Econsultancy, Smart Insights, Think with Google, Meta for Business, CMA, Ofgem, Ofcom, Gulf and Asian governments,
Acts read as "Great Britain", annual reports, news and trade press, podcasts, videos, social posts, CIM study
texts), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind16" half (``--halves blind16,blind16-more``, 100 + 300 reports, seeds 20000-20399) is a sixteenth
independent measurement, HELD OUT: written by a sixteenth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind16_works.py and blind16_text.py), as hurried final-year
undergraduates, CIM Level 4 learners in small firms in Scotland, Wales and Ireland and marketing assistants in
manufacturing write (industrial B2B, logistics and couriers, outdoor and camping gear, coffee chains, supermarket own
brands, mobile games, travel agencies, local councils, weddings and events, charity shops; the Scottish and Welsh
Governments, councils, Companies House, regulators, Acts read as "Great Britain", trade associations, market research,
plc reports, Reuters, Bloomberg, Sky News, regional papers, trade press, YouTube, TikTok, blogs, podcasts, conference
talks, lecture slides), with forty-eight kinds of decoy. Never tune on it: report its tables only.

The "blind17" half (``--halves blind17,blind17-more``, 100 + 300 reports, seeds 21000-21399) is a seventeenth
independent measurement, HELD OUT: written by a seventeenth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind17_works.py and blind17_text.py), as mature part-time CIM Level 6 and
Chartered learners who are senior marketers write, careful but taught older house Harvard, in long sentences with
several works to a bracket and "see", "e.g.", "cf." and "quoted in" inside it (banks and building societies, insurers,
pharmaceuticals, university recruitment, NHS trusts, housing associations, energy suppliers, telecoms, car dealer
groups, estate agents, B2B software; FCA, Ofcom, Ofgem, ONS, Bank of England, CMA, ICO, MHRA, Which?, Mintel, Kantar,
Deloitte, McKinsey, the standard textbooks in late editions, Journal of Marketing, Harvard Business Review, WARC,
Campaign, Marketing Week, sector trade press, annual reports, investor presentations, white papers, EU regulations,
Acts through legislation.gov.uk or as "Great Britain", BSI and ISO standards, LinkedIn posts, podcasts, webinars),
with fifty kinds of decoy. Never tune on it: report its tables only.

The "blind18" half (``--halves blind18,blind18-more``, 100 + 300 reports, seeds 22000-22399) is an eighteenth
independent measurement, held out for its first tables at stop 25, development data since stop 26:
written by an eighteenth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind18_works.py and blind18_text.py), as Level 3/4 digital-marketing
apprentices in the UK and CIM candidates writing in their second language in Nigeria, Kenya, Ghana, India, Pakistan,
Sri Lanka, Poland and Romania write ("as stated by", "as per", "in the words of", sources in table and figure notes;
fintech and mobile money, fashion e-commerce, beauty influencers, football clubs, music festivals, food delivery,
gyms, private schools, airlines, hotels, telecoms; Indian and African editions of the textbooks, GSMA, the World
Bank, the IMF and UN agencies, statistics bureaus and central banks, regulators, Acts read as the state that passed
them, Statista, DataReportal, We Are Social & Meltwater, HubSpot, Think with Google, Meta's help centre, NielsenIQ,
plc and PLC reports, local newspapers and tech press, YouTube tutorials, podcasts, Instagram, TikTok, X and LinkedIn
posts), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind19" half (``--halves blind19,blind19-more``, 100 + 300 reports, seeds 23000-23399) is a nineteenth
independent measurement, held out for its first tables at stop 25, development data since stop 26:
written by a nineteenth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind19_works.py and blind19_text.py), as 16-19-year-olds on NCFE and BTEC
Level 3 business and marketing courses and first-year undergraduates write: short plain sentences, "says" and
"according to", websites cited by their name ("Wikipedia (2023) says"), the source in brackets at the end of a
paragraph (local gyms, barbers and hairdressers, takeaways, bubble tea shops, esports teams, trainer resale, car
washes, phone repair shops, youth football clubs, festivals; BBC Bitesize, tutor2u, Which?, Wikipedia, Trustpilot,
Google Trends, Statista, Mintel, YouGov, Reddit and Mumsnet threads, company 'About us' pages and annual reports,
councils and regulators, Acts, BBC News, the Guardian and local papers, trade press, YouTube videos, podcasts, TikTok,
Instagram and X posts, a textbook or two), with forty-four kinds of decoy. While held out, we reported its tables only.

The "blind20" half (``--halves blind20,blind20-more``, 100 + 300 reports, seeds 24000-24399) is a twentieth
independent measurement, held out for its first tables at stop 25, development data since stop 26:
written by a twentieth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind20_works.py and blind20_text.py), as lecturers writing model answers
and literature reviews and MSc and PhD students write (dense brackets of several works, "see", "see also", "e.g."
and "cf." inside them, page ranges, "cited in", classics by their first year: Levitt 1960, Borden 1964, Kotler 1967;
B2B professional services, nonprofit and public sector marketing, luxury, tourism and place branding, higher
education; Journal of Marketing, EJM, JAMS and IMM articles with one to eight authors, Sage, Routledge and Elgar
handbook chapters, EMAC, AMA and Academy of Marketing papers, SSRN and university working papers, theses, OECD, EU,
Eurostat, ONS, HESA and regulators' reports, Acts, company reports, news and trade press, podcasts, lecture videos
and LinkedIn posts), with forty-three kinds of decoy. While held out, we reported its tables only.

The "blind21" half (``--halves blind21,blind21-more``, 100 + 300 reports, seeds 25000-25399) is a twenty-first
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since: written by a twenty-first hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind21_works.py and blind21_text.py), as digital and social-media
practitioners on the CIM Diploma in Digital Marketing and agency account executives write (platforms, tools and
version numbers, hashtags and @handles, quarters, financial years, sample sizes and metrics in brackets, A/B tests,
campaigns with years, creators, podcast episodes and conference talks, app-store ratings and prices; D2C brands,
subscription boxes, SaaS, streaming, gaming, beauty, travel apps, fintech, food delivery, fashion resale; textbooks
in their latest editions, journal articles with one to eight authors, Meta, Google and TikTok newsrooms and undated
help-centre pages, Hootsuite, Semrush, Ahrefs and Moz blogs, DataReportal, eMarketer, Gartner, Forrester and Mintel,
the ASA, CAP, ICO, Ofcom and CMA, PECR and other legislation, company reports and press releases, news and trade
press, podcasts, YouTube videos, LinkedIn and X posts, conference talks and webinars), with forty-eight kinds of
decoy. While held out, we reported its tables only.

The "blind22" half (``--halves blind22,blind22-more``, 100 + 300 reports, seeds 26000-26399) is a twenty-second
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since: written by a twenty-second hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind22_works.py and blind22_text.py), as CIM candidates at study
centres in the Gulf, Hong Kong, Singapore, Malaysia, mainland China, Vietnam and the Caribbean write ("as per",
"based on", "refer to" in the bracket, agencies by their initials, British and American spelling mixed; family names
first, "bin"/"binti", "Al-"/"El-"/"Abu"; property developers, luxury malls, airlines and airports, Islamic banks,
tourism boards, hotel groups, F&B chains, super-apps and marketplaces, telecoms, universities recruiting overseas;
the textbooks' Asian and global editions, statistics offices, ministries, tourism boards and central banks,
Euromonitor, Nielsen, Kantar, McKinsey, PwC, Deloitte, Acts by their jurisdiction, annual and sustainability reports,
Gulf and Asian newspapers and trade press, WeChat, Xiaohongshu and Instagram posts, YouTube videos, podcasts), with
fifty kinds of decoy. While held out, we reported its tables only.

The "blind23" half (``--halves blind23,blind23-more``, 100 + 300 reports, seeds 27000-27399) is a twenty-third
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since: written by a twenty-third hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind23_works.py and blind23_text.py), as CIM Level 4 and NCFE Level 3
learners write practical, reflective first-person reports about the charity, club, museum, theatre or health campaign
they work for (hospices, food banks, animal rescues, museums, theatres, leisure centres, rugby and cricket clubs,
heritage sites, stop-smoking and vaccination campaigns, community energy, housing charities; their own annual
reports, board papers, handbooks, funding bids, surveys and interviews, the Charity Commission, NCVO, CAF, Sport
England, Arts Council England, Historic England, VisitBritain, NHS England, UKHSA, councils, Acts as "Great Britain",
Mintel, nfpResearch and YouGov, the Guardian, BBC News, local papers, Third Sector, Civil Society and Charity Times,
nonprofit marketing textbooks and journals, YouTube videos, podcasts, Facebook, Instagram and LinkedIn posts), with
forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind24" half (``--halves blind24,blind24-more``, 100 + 300 reports, seeds 28000-28399) is a twenty-fourth
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since: written by a twenty-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind24_works.py and blind24_text.py), as in-house brand and category managers at
consumer-goods, food and drink and household-products firms in the UK, Ireland and the Netherlands write on the CIM
Diploma in Professional Marketing (Level 6) about sustainability, ESG and purpose marketing, greenwashing, packaging,
certification and pricing (their ranges and pack sizes, retailers, trading periods, promotions, certification marks
and targets with years, consumer panels; plant-based foods, soft drinks, beer and spirits, household cleaning, beauty,
pet food, baby food, own labels, refill start-ups; green-marketing textbooks in later editions, handbook chapters,
journal articles with one to eight authors, the CMA's Green Claims Code, ASA and CAP, DEFRA, WRAP, the Ellen MacArthur
Foundation, B Lab and the Carbon Trust, Acts as "Great Britain" and EU directives, ISO and BSI standards, Kantar
Worldpanel, Circana, NielsenIQ, Mintel and IGD, company annual and sustainability reports with "plc", "Ltd", "&" and
apostrophes, undated brand pages, The Grocer, Marketing Week, Campaign and signed news, podcasts, YouTube videos,
LinkedIn and Instagram posts), with forty-four kinds of decoy. While held out, we reported its tables only.

The "blind25" half (``--halves blind25,blind25-more``, 100 + 300 reports, seeds 29000-29399) is a twenty-fifth
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since: written by a twenty-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind25_works.py and blind25_text.py), as sport, music, events and entertainment marketers on
CIM courses in Australia, New Zealand, Canada and Ireland write (Commonwealth spelling; Māori, Pacific, Aboriginal and
First Nations, Irish-language "Ó"/"Ní"/"Uí"/"Mac an", "Mc"/"Mac"/"O'", French-Canadian, hyphenated and double
surnames, macrons and fadas; leagues and seasons, tours, festivals, venues, ticketing, fan engagement, sponsorship,
broadcasting and streaming rights, athletes and artists as brands, sports betting, esports; the ABS, Stats NZ,
Statistics Canada, the CSO, Sport Australia, Sport NZ, Creative Ireland, regulators, Acts under their jurisdiction,
leagues and governing bodies, IFPI, Live Nation, Tabcorp and Flutter annual reports, Nielsen Sports, Deloitte, Roy
Morgan, Angus Reid, Red C, the Irish Times, ABC News, RNZ, CBC, SportBusiness, Music Week, Billboard, Pollstar,
Mumbrella, sport and arts marketing textbooks and journals, podcasts, YouTube videos, Instagram and TikTok posts),
with fifty kinds of decoy. While held out, we reported its tables only.

The "blind26" half (``--halves blind26,blind26-more``, 100 + 300 reports, seeds 30000-30399) is a twenty-sixth
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since: written by a twenty-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind26_works.py and blind26_text.py), as engineers and technical specialists moving into B2B
marketing and CIM Level 6 candidates in industrial and technology firms in Germany, the Netherlands, Scandinavia,
India and the UK write: dense with acronyms, product and model codes, firmware versions, standards and clauses, EU
regulation numbers, trade fairs with their years, tender and framework references and financial periods (industrial
automation, semiconductors, cloud and cybersecurity, telecoms equipment, logistics software, medical devices,
agricultural machinery, construction products, renewable energy equipment, chemicals; B2B textbooks in their editions,
Industrial Marketing Management and JBIM papers, IEEE and ACM conference papers, Gartner, IDC, Forrester, McKinsey,
BCG and Accenture, annual reports, datasheets and white papers, Eurostat, Destatis, CBS and NASSCOM, EU regulations,
UK Acts and ISO/IEC standards, trade press, webinars, YouTube product demos, podcasts and LinkedIn posts; names with
"van der", "ter", "von", umlauts, "ø" and "å"), with forty-seven kinds of decoy. While held out, we reported its
tables only.

The "blind27" half (``--halves blind27,blind27-more``, 100 + 300 reports, seeds 31000-31399) is a twenty-seventh
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since stop 27: written by a twenty-seventh hand the same way, without reading the checker, its tests or any other
pool (tests/corpus/references/blind27_works.py and blind27_text.py), as public relations and corporate communications
students and practitioners on CIM and CIPR courses write (press releases and embargoes, media coverage and share of
voice, crisis communications, journalists and spokespeople named with their outlets, broadcast programmes, press
agencies, statements quoted; public affairs, fashion and beauty PR, tech PR, NGOs and campaigning charities, sport
governing bodies, food recalls, airlines in a crisis; PR textbooks in their editions, Public Relations Review and
other journals, CIPR, PRCA, PRWeek, Edelman, Muck Rack, Cision, Meltwater, IPSO, Ofcom and ASA rulings, select
committee reports and Hansard, company statements and newsrooms, PA Media, Reuters, AP, BBC News, the Guardian, the
FT, The Times and Sky News, podcasts, YouTube videos, X and LinkedIn posts), with forty-five kinds of decoy. While
held out, we reported its tables only.

The "blind28" half (``--halves blind28,blind28-more``, 100 + 300 reports, seeds 32000-32399) is a twenty-eighth
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since stop 27: written by a twenty-eighth hand the same way, without reading the checker, its tests or any other
pool (tests/corpus/references/blind28_works.py and blind28_text.py), as hospitality, travel and tourism marketing
students and managers in Spain, Italy, Greece, Portugal, Turkey, Cyprus and Malta write CIM assignments in English
(seasons, occupancy, overtourism, destination brands, cruise calls, festivals and heritage sites; hotel chains,
boutique hotels, cruise lines, low-cost airlines, tour operators, wine tourism, beach clubs, museums, regional tourism
boards; double surnames with "de", "del", "de la", "dos", Italian "di", "De", "Lo", Greek, Turkish and Maltese names;
UNWTO, WTTC, Eurostat, INE, ISTAT, ELSTAT, TurkStat, tourism boards, Booking.com, STR, Skift, Phocuswright, hotel
groups' and airlines' annual reports, EU and national legislation, El País, Kathimerini, Times of Malta, Hosteltur and
Travel Weekly, Tourism Management and Annals of Tourism Research, textbooks, podcasts, YouTube videos and Instagram
posts), with forty-five kinds of decoy. While held out, we reported its tables only.

The "blind29" half (``--halves blind29,blind29-more``, 100 + 300 reports, seeds 33000-33399) is a twenty-ninth
independent measurement, held out for its first tables (measured by its writer at the start of stop 26), development
data since stop 27: written by a twenty-ninth hand the same way, without reading the checker, its tests or any other
pool (tests/corpus/references/blind29_works.py and blind29_text.py), as MSc Marketing Analytics students and analysts
write (beta values, p-values, R-squared, sample sizes and Cronbach's alpha in the text, survey scales and items, SPSS,
R, Python and Tableau with their versions, datasets, models and algorithms with years, A/B tests, uplift and
attribution models; e-commerce, grocery delivery, streaming, fintech, telecoms churn, loyalty programmes and retail
media networks; marketing analytics textbooks, JMR, Marketing Science and IJRM articles, machine-learning papers with
many authors, arXiv preprints, ACM and IEEE conference papers, Kaggle datasets, GitHub repositories, Google Analytics
and Meta documentation, Nielsen, Statista, McKinsey and Gartner, regulators and Acts, company reports, news and trade
press, blogs, YouTube tutorials, podcasts and LinkedIn posts), with forty-five kinds of decoy. While held out, we
reported its tables only.

The "blind30" half (``--halves blind30,blind30-more``, 100 + 300 reports, seeds 34000-34399) is a thirtieth
independent measurement, held out for its first tables (measured by its writer at the start of stop 27), development
data since: written by a thirtieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind30_works.py and blind30_text.py), as marketers in banks, building societies, insurers,
pension providers, credit unions and fintechs in the UK, Nigeria, Ghana, Kenya and South Africa write CIM Level 6 and
Level 7 assignments (tax years, interest rates and APRs, rate decisions, regulators' policy statements and circulars,
Acts with their numbers and sections, statutory instruments, mobile money, agency banking and USSD codes, amounts in
naira, shillings, cedis and rand, pensions and insurance terms; Yoruba, Igbo, Hausa, Akan, Kikuyu, Luo, Zulu, Xhosa
and Afrikaans names with particles, hyphens and tone marks; FCA, PRA, Bank of England, CBN, CBK, SARB, FSCA and Bank
of Ghana, Acts cited by their governments, central-bank statistics, World Bank, GSMA and EFInA reports, banks' and
insurers' annual reports, Business Day, Nation, Mail & Guardian and the Financial Times, trade press, blogs, podcasts,
YouTube videos and LinkedIn posts), with forty-five kinds of decoy. While held out, we reported its tables only.

The "blind31" half (``--halves blind31,blind31-more``, 100 + 300 reports, seeds 35000-35399) is a thirty-first
independent measurement, held out for its first tables (measured by its writer at the start of stop 27), development
data since: written by a thirty-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind31_works.py and blind31_text.py), as communications and marketing staff in NHS trusts,
integrated care boards, local councils, public health teams, medical charities and pharmaceutical and medical-device
companies write on CIM and NCFE courses (screening, vaccination and behaviour-change campaigns, social marketing,
patient information, HCP marketing under the ABPI Code and PMCPA cases, NICE guidance with its codes, trial phases and
registry numbers, drug and device names and doses, Acts and statutory instruments, committee papers, campaign and
awareness-week names, NHS bands, staff with titles and post-nominals, financial years, postcodes and hashtags; NHS
England, UKHSA, OHID, NICE, MHRA, WHO, the King's Fund, Nuffield Trust, Health Foundation, Ipsos, trusts, ICBs and
councils, charities and pharma companies, BMJ, Lancet and social-marketing journal articles and trial papers with up
to eight authors, textbooks and chapters, NHS pages with no date, news and trade press, podcasts and social posts;
authors with South Asian, West African, Filipino, Polish, Romanian and British names), with forty-eight kinds of
decoy. While held out, we reported its tables only.

The "blind32" half (``--halves blind32,blind32-more``, 100 + 300 reports, seeds 36000-36399) is a thirty-second
independent measurement, held out for its first tables (measured by its writer at the start of stop 27), development
data since: written by a thirty-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind32_works.py and blind32_text.py), as marketing apprentices (CIM Level 4, NCFE Level 3
and degree apprentices) in university recruitment, admissions and student-marketing teams, further-education colleges
and training providers write work-based reports (UCAS cycles and deadlines, clearing, open days, league tables and
world rankings with years, REF, TEF and NSS results, OfS conditions, international agents and visas, student personas
and journeys, CRM and email nurture, prospectus copy, social media for Gen Z, course, module, qualification and
apprenticeship standard codes; UCAS, HESA, OfS, QAA, Universities UK, British Council, IfATE, Ofsted, DfE,
universities and colleges as authors, Wonkhe, Times Higher Education, FE Week and The PIE News, higher-education
marketing textbooks and journals, college annual reports, Acts on legislation.gov.uk, YouTube videos, podcasts and
TikTok posts; names from China, India, Nigeria, Pakistan, Vietnam, Malaysia, Brazil, the Middle East and the UK), with
forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind33" half (``--halves blind33,blind33-more``, 100 + 300 reports, seeds 37000-37399) is a thirty-third
independent measurement, held out for its first tables (measured by its writer in the middle of stop 27), development
data since: written by a thirty-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind33_works.py and blind33_text.py), as automotive and mobility marketers at car makers,
dealer groups, leasing and subscription firms, EV charging networks, micromobility and ride-hailing companies in the
UK, Germany, France, Italy, Sweden, Japan, South Korea and India write on CIM Level 6 and Level 7 courses (model years
and trims, registration plates, WLTP ranges and CO2 figures, Euro NCAP stars, motor shows, recall numbers, finance
offers with APRs, the ZEV mandate, prices in pounds, euros, rupees, yen and won; SMMT, ACEA, VDA, DfT, OZEV, DVSA, the
European Commission and EU Regulations, OEM and dealer-group annual reports, JD Power, Auto Trader and Cox Automotive
research, Autocar, Auto Express, Automotive News, Which? and the FT, textbooks and journal articles with up to eight
authors, YouTube reviews, podcasts and LinkedIn posts; German, French, Italian, Swedish, Japanese, Korean, Indian and
British names), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind34" half (``--halves blind34,blind34-more``, 100 + 300 reports, seeds 38000-38399) is a thirty-fourth
independent measurement, held out for its first tables (measured by its writer in the middle of stop 27), development
data since: written by a thirty-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind34_works.py and blind34_text.py), as brand, CRM and e-commerce marketers at luxury
houses, fashion retailers and beauty brands in Paris, Milan, London, Seoul, Tokyo, Shanghai, Hong Kong and Dubai write
on CIM and postgraduate courses in English (seasons and collections, fashion and couture weeks with their years,
collaborations and capsules, K-beauty and J-beauty launches, product names and sizes, prices in euros, won, yen, yuan,
dirhams and Hong Kong dollars, Tmall, Xiaohongshu and Douyin campaigns, resale and rental, founding years, tickers,
financial years and quarters, EU and Korean regulation, exhibitions, films and dramas with their years; Kering, LVMH,
Richemont, L'Oréal, Shiseido and Amorepacific reports, Bain-Altagamma, McKinsey and BoF, Euromonitor, Mintel and
Statista, the ASA, CAP and CMA, EU, Korean, French and UK legislation, BoF, WWD, Vogue Business and Jing Daily, luxury
and fashion textbooks and journals with up to eight authors, brand pages with and without dates, podcasts, YouTube
videos and Instagram posts; French, Italian, Korean and Chinese (family name first), Japanese, Arabic and British
names), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind35" half (``--halves blind35,blind35-more``, 100 + 300 reports, seeds 39000-39399) is a thirty-fifth
independent measurement, held out for its first tables (measured by its writer in the middle of stop 27), development
data since: written by a thirty-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind35_works.py and blind35_text.py), as business-development and marketing managers at law
firms, accountancy practices, consultancies, architects, recruiters and wealth managers in the UK, Ireland, Singapore
and Australia write on CIM Level 6 and Professional Services Marketing Group courses (court cases with neutral
citations and party names, statutes, sections and statutory instruments, SRA, ICAEW, ACCA, RICS, FCA and MAS rules,
Legal 500 and Chambers rankings with their years, awards, client panels, tenders and pitches, fee structures, partner
promotions, annual reviews with prior-year figures, people with post-nominals and job titles, LinkedIn posts, podcasts
and events; regulators, professional bodies, directories, Thomson Reuters, Acritas and BTI, law, accountancy and
recruitment firms (LLP, plc, "&", apostrophes) and government bodies as authors, transparency reports,
professional-services marketing textbooks, chapters and journal articles with up to eight authors, trade press,
LinkedIn and web pages with and without dates; Irish, Scottish, Welsh, Singaporean Chinese, Malay, Tamil, Australian
and British names), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind36" half (``--halves blind36,blind36-more``, 100 + 300 reports, seeds 40000-40399) is a thirty-sixth
independent measurement, held out for its first tables (measured by its writer at the end of stop 27), development
data since: written by a thirty-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind36_works.py and blind36_text.py), as owners and marketers of farms, farm shops, dairies,
distilleries, breweries, vineyards, food producers and rural tourism businesses in Wales, Scotland, Cornwall, Northern
Ireland, Yorkshire and the Marches write on CIM Level 4 and Level 6 courses and funded rural business programmes (PDO
and PGI names, Red Tractor and other marks, awards and shows with their years, vintages, harvests and casks, herd and
flock numbers, grant schemes and rounds, prices, ABV and opening times, Welsh and Gaelic names, reviews, posts and
programmes; DEFRA, AHDB, NFU, FSA, the devolved governments, levy boards, unions, VisitWales and VisitScotland,
Kantar, Mintel and IGD, companies with "plc", "Ltd", "&" and apostrophes, Acts on legislation.gov.uk, rural marketing
textbooks, chapters and journal articles with up to eight authors, the farming press, podcasts, Instagram and Facebook
posts, web pages with and without dates or access dates; Welsh (ap, ab), Gaelic (Mac, Nic), Cornish, Irish, Ulster
Scots, English and other names), with forty-two kinds of decoy. While held out, we reported its tables only.

The "blind37" half (``--halves blind37,blind37-more``, 100 + 300 reports, seeds 41000-41399) is a thirty-seventh
independent measurement, held out for its first tables (measured by its writer at the end of stop 27), development
data since: written by a thirty-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind37_works.py and blind37_text.py), as community, influencer and performance marketers at
games studios, publishers, esports teams and streaming platforms in the UK, Poland, Finland, Sweden, France, Japan,
South Korea and Brazil write on CIM and postgraduate courses (game titles with release years and editions, seasons and
battle passes, patches and versions, consoles and storefronts, Steam wishlists, streamers and their handles, Discord
servers, leagues, tournaments and splits with their years, PEGI ratings, loot-box rules, prices in local currencies,
KPIs and A/B tests; Ukie, PEGI, the ASA and CMA, Newzoo, Circana, GfK, Ampere, publisher annual reports (CD Projekt,
Ubisoft, Embracer, Remedy, Nintendo), trade press, games-marketing textbooks, chapters and journal articles with up to
eight authors, GDC talks, YouTube videos, podcasts, X and Reddit posts, web pages with and without dates; Polish,
Finnish, Swedish, French, Japanese, Korean, Brazilian Portuguese and British names), with forty-seven kinds of decoy.
While held out, we reported its tables only.

The "blind38" half (``--halves blind38,blind38-more``, 100 + 300 reports, seeds 42000-42399) is a thirty-eighth
independent measurement, held out for its first tables (measured by its writer at the end of stop 27), development
data since: written by a thirty-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind38_works.py and blind38_text.py), as customer, brand and campaigns marketers at energy
suppliers, water companies, broadband and telecoms providers, train operating companies, bus groups and airports in
the UK and Ireland write on CIM Level 4 to Level 7 courses (price caps and tariff names with their dates, Ofgem,
Ofwat, Ofcom, ORR and CRU decisions and reference numbers, PR24, RIIO and control periods, smart meter and fibre
roll-outs, timetable changes, franchises and contracts with their years, fares, railcards and fare caps, strikes and
storms with their dates, priority services registers, net zero targets, survey waves, licence conditions, awards,
tickers and financial years; regulators, DESNZ, DfT and ONS, Citizens Advice, Which?, Transport Focus and CCW, annual
reports of Centrica, Octopus, Severn Trent, BT, FirstGroup and Heathrow, Utility Week, Rail Magazine, the FT and BBC
News, textbooks and journals with up to eight authors, web pages with and without dates or access dates, podcasts and
LinkedIn posts; British, Irish, South Asian, Caribbean, Polish and Nigerian names), with forty-five kinds of decoy.
While held out, we reported its tables only.

The "blind39" half (``--halves blind39,blind39-more``, 100 + 300 reports, seeds 43000-43399) is a thirty-ninth
independent measurement, held out for its first tables (measured by its writer early in stop 28), development data
since: written by a thirty-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind39_works.py and blind39_text.py), as marketing, sales and communications staff at
housebuilders, estate and letting agents, housing associations, build-to-rent operators, proptech start-ups, builders'
merchants and construction-product makers in the UK and Ireland write on CIM Level 4 to Level 7 courses (planning
application references, developments, phases, plots and house types, show-home launches with their dates, Help to Buy,
stamp duty and price indices with their months, EPC and BER ratings, Part L and the Future Homes Standard, the
Building Safety Act 2022, cladding, EWS1 and Grenfell, RICS survey levels and NHBC stars, the Renters' Rights Bill,
rents and mortgage rates, awards and trade shows, tickers, company numbers and financial years, taglines, subject
lines, hashtags and web addresses; Rightmove, Zoopla, Daft.ie, Savills and Knight Frank, housebuilders' annual reports
(plc), the HBF, NHBC, RICS, Shelter, housing associations, MHCLG, HM Land Registry, the ONS and the Irish CSO, Acts by
country or on legislation.gov.uk and Bills by UK Parliament, Property Week, Estates Gazette, Construction News, Inside
Housing, the Guardian, the Irish Times and BBC News, property-marketing textbooks, chapters and journal articles
(Housing Studies, Journal of Property Research) with up to eight authors, podcasts, YouTube walk-throughs, LinkedIn
posts, dissertations, web pages with and without dates or access dates; British, Irish, Indian, Pakistani, Chinese,
Romanian and Ghanaian names), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind41" half (``--halves blind41,blind41-more``, 100 + 300 reports, seeds 45000-45399) is a forty-first
independent measurement, held out for its first tables (measured by its writer early in stop 28), development data
since: written by a forty-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind41_works.py and blind41_text.py), as e-commerce, marketplace, CRM and growth marketers
at retailers, D2C brands, delivery apps and marketplaces in Spain, Portugal, Mexico, Brazil, Colombia, Argentina and
Chile write on CIM Level 4 to Level 7 courses in English (Hot Sale, Buen Fin, Black Friday, Cyber Monday and CyberDay
with their years, dates and figures in reais, pesos and euros with conversions, Mercado Libre, Amazon, Shein, Rappi,
Glovo and iFood, Pix, Bizum and MB Way, the LGPD, the GDPR and national laws with their numbers and years, CNMC,
Procon, PROFECO and SERNAC decisions, tickers, app versions, promo codes, hashtags, founding years, stores, awards,
holidays, regional-language campaigns in Catalan, Galician and Basque; Statista, eMarketer, Euromonitor, Kantar,
Nielsen, IBGE, INE, AMVO and the e-commerce chambers, annual reports of Inditex, Mercado Libre and Magalu, legislation
listed under the state, El País, Expansión, Folha de S.Paulo, the FT and Marketing Week, textbooks some read in
translation, journals such as the Journal of Retailing and the Revista de Administração de Empresas with up to eight
authors, theses, conference papers, podcasts, YouTube videos and LinkedIn posts, web pages with and without dates or
access dates; Spanish and Portuguese double surnames with "y", "e", "i" and particles, Catalan, Galician, Basque,
Mexican, Brazilian, Colombian, Argentine and Chilean names), with forty-four kinds of decoy. While held out, we
reported its tables only.

The "blind40" half (``--halves blind40,blind40-more``, 100 + 300 reports, seeds 44000-44399) is a fortieth independent
measurement, held out for its first tables (measured by its writer early in stop 28), development data since: written
by a fortieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind40_works.py and blind40_text.py), as sustainability, brand-purpose and
corporate-responsibility marketers at B Corps, consumer brands, retailers, packaging firms and NGOs' corporate-
partnership teams in the UK, the Netherlands, Germany, Denmark and Canada write on CIM Level 6 and Level 7 courses
(ASA rulings and complaint references, the CMA's Green Claims Code, the EU Green Claims and Empowering Consumers
Directives, CSRD and ESRS, ISO, GRI, SBTi, TCFD and ISSB with their numbers and years, COP meetings by number and
city, net zero target years and baselines, Scope 1, 2 and 3, B Corp scores, carbon labels, certification marks, Earth
Overshoot Day, programmes, campaigns, treaties and awards with their years, tickers and financial years, survey waves;
company impact and ESG reports, NGO and trade-body reports, regulators in four countries, EU law, trade press and
newspapers, textbooks and journals with up to eight authors, podcasts and LinkedIn posts, web pages with and without
dates or access dates; British, Dutch, German, Danish, French-Canadian, First Nations and Inuit, Chinese and Indian
names), with forty-four kinds of decoy. While held out, we reported its tables only.

The "blind42" half (``--halves blind42,blind42-more``, 100 + 300 reports, seeds 46000-46399) is a forty-second
independent measurement, held out for its first tables (measured by its writer in stop 28), development data since:
written by a forty-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind42_works.py and blind42_text.py), as brand, digital and trade marketers at FMCG firms,
telecom operators, fintechs, edtechs, D2C start-ups and agencies in India, Pakistan, Bangladesh and Sri Lanka write on
CIM Level 4 to Level 7 courses, some with Indian MBA habits (Diwali, Eid, Durga Puja, Pongal, Avurudu and Pohela
Boishakh campaigns with their years and dates, IPL and PSL seasons and sponsors, crore and lakh figures, rupee, taka
and LKR amounts, fiscal years and quarters, UPI, Paytm, bKash and JazzCash, tariff plans, ASCI, TRAI, SEBI, RBI, PTA
and BTRC rulings with their numbers and dates, the DPDP Act 2023 and other Acts, Tier 2 and Tier 3 cities, tickers,
founding years, awards, slogans, hashtags, agencies, influencers and handles; Kotler and Keller with Koshy and Jha,
Indian textbooks, IIMB Management Review, Vikalpa and the Journal of Marketing with up to eight authors, regulators,
Acts listed under the state, annual reports of Hindustan Unilever Limited, Tata Consumer Products Ltd, Reliance
Industries Limited and Engro, Nielsen, Kantar, KPMG India, NASSCOM, IBEF and Statista, The Economic Times, Mint,
Business Standard, Dawn, The Daily Star, afaqs! and exchange4media and their bureaux, theses, podcasts and LinkedIn
posts, web pages with and without dates or access dates; North and South Indian names with initials and without,
single names, Sikh, Tamil, Bengali, Pakistani, Sinhala and Muslim names, "de Silva" particles, hyphens and accented
overseas co-authors), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind43" half (``--halves blind43,blind43-more``, 100 + 300 reports, seeds 47000-47399) is a forty-third
independent measurement, held out for its first tables (measured by its writer in stop 28), development data since:
written by a forty-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind43_works.py and blind43_text.py), as audience-development, marketing and press staff at
theatres, museums, galleries, orchestras, festivals, book publishers, record labels, film distributors, broadcasters
and streaming services in the UK, Ireland and the US write on CIM Level 4 to Level 7 and arts-management courses
(plays, novels, albums, films and series with their years, premieres, revivals, reissues and box-office weekends,
seasons and exhibitions with their dates, award shortlists, Arts Council England and Creative Scotland funding rounds,
the BFI, ticketing and membership figures, Audience Agency segments; Arts Council England, The Audience Agency, Nesta,
DCMS, the BPI, the Publishers Association, Nielsen BookScan, Luminate, Ofcom, the BBC, Netflix and Penguin Random
House reports, The Stage, The Bookseller, Music Week, Variety and The New York Times, arts-marketing textbooks and
journals with up to eight authors, podcasts, YouTube videos and LinkedIn posts, web pages with and without dates or
access dates; British, Irish, American, Caribbean, Jewish, Italian and Greek names with particles, suffixes, hyphens
and accents), with forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind44" half (``--halves blind44,blind44-more``, 100 + 300 reports, seeds 48000-48399) is a forty-fourth
independent measurement, held out for its first tables (measured by its writer in stop 28), development data since:
written by a forty-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind44_works.py and blind44_text.py), as fundraising, communications and advocacy staff at
international NGOs, UN agencies, humanitarian charities and social enterprises write on CIM Level 6 and 7 courses from
Nairobi, Addis Ababa, Amman, Beirut, Cairo, Kampala, Mogadishu and London (emergency appeals with their launch dates
and totals, UN resolutions and document symbols with their years, SDG targets by number, the Grand Bargain, donor
conferences, cash transfers in shillings, birr and dinars, M-Pesa and USSD codes, the Core Humanitarian Standard,
safeguarding reviews, the Charity Commission and the DEC, IPC phases, response plans and clusters, logframe
indicators, anonymised interview codes, case-study names with ages, Ethiopian and Hijri calendar dates, hashtags,
handles and straplines, CIM criterion codes; UNHCR, UNICEF, WFP, OCHA, IOM, the World Bank, ODI, Oxfam, Save the
Children, MSF, the IRC, the Red Cross and Red Crescent, FCDO, USAID, UN General Assembly and Security Council
resolutions, Acts listed under the state, fundraising and development-communication textbooks, journals such as
Disasters, Development in Practice and Nonprofit and Voluntary Sector Quarterly with up to eight authors, ODI and HPG
working papers, The New Humanitarian, Devex, Al Jazeera and BBC News, podcasts, YouTube videos, LinkedIn posts,
dissertations, conference papers, web pages with and without dates or access dates; Arabic names with al-, El-, Abu,
bin, bint and Abdel, Ethiopian and Eritrean names, now and then written whole, Somali, Swahili, Ugandan, Kurdish,
Sudanese, Lebanese and British names), with forty-five kinds of decoy. While held out, we reported its tables only.

The "blind46" half (``--halves blind46,blind46-more``, 100 + 300 reports, seeds 50000-50399) is a forty-sixth
independent measurement, held out for its first tables (measured by its writer in stop 28), development data since:
written by a forty-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind46_works.py and blind46_text.py), as brand, loyalty, franchise and delivery marketers at
restaurant groups, coffee-shop and bakery chains, quick-service franchises, food-delivery partnerships and hospitality
groups write on CIM Level 4 to 7 courses in the UK, Istanbul, Izmir, Ankara, Athens, Thessaloniki and Cyprus (menu
launches and limited-time offers with their dates, loyalty-app versions, franchise agreements and store openings by
year, food-hygiene ratings, calorie labelling and Natasha's Law, Michelin stars and AA rosettes with their years,
lira, euro and pound prices with inflation and exchange rates, Ramadan and Christmas menus, delivery commission rates,
tickers, financial years, company numbers, promo codes, hashtags and handles, survey samples, interview codes and CIM
task references; UKHospitality, the Food Standards Agency, Kantar, CGA by NIQ, Lumina Intelligence, Euromonitor, TÜİK,
ELSTAT and CYSTAT, annual reports of Whitbread PLC, Greggs plc, Domino's, TAB Gıda and Yum! Brands, Inc., regulations
listed under the government that made them, The Caterer, Big Hospitality, Hürriyet Daily News and Kathimerini,
hospitality-marketing textbooks and chapters, journals such as the International Journal of Hospitality Management,
Cornell Hospitality Quarterly and Anatolia with up to eight authors, podcasts, Instagram and LinkedIn posts,
dissertations, web pages with and without dates or access dates; Turkish names with ç, ğ, ı, İ, ö, ş and ü, Greek and
Greek-Cypriot names, transliterated and long, Armenian, Kurdish and British names with hyphens, particles, O' and Mc),
with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind47" half (``--halves blind47,blind47-more``, 100 + 300 reports, seeds 51000-51399) is a forty-seventh
independent measurement, held out for its first tables (measured by its writer in stop 28), development data since:
written by a forty-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind47_works.py and blind47_text.py), as campaign, digital, press and public-affairs staff
at political parties, think tanks, trade unions, lobbying and public-affairs agencies, local councils and campaigning
charities in the UK and Ireland write on CIM Level 6 and 7 and MSc Political Communication courses (elections,
by-elections and referendums with their years, manifestos and pledges, polls with fieldwork dates, sample sizes and
vote shares, Hansard debates and columns, select-committee reports with their HC numbers, Acts and Bills with their
sessions, the Electoral Commission's rules, spending limits and returns, conference speeches and Ard Fheiseanna,
leaflets, slogans and email subject lines, Dáil and Seanad debates, ministers, shadow ministers, MPs, TDs and peers
with their titles, parties and constituencies in brackets, hashtags and handles, interview codes; manifestos under the
party's name, YouGov, Ipsos, Survation, More in Common, Red C and other pollsters, the Electoral Commission, the
Institute for Government, the Hansard Society, unions, charities and agencies, Acts and Bills under the Parliament or
the Oireachtas, Hansard and Dáil debates, committee reports, political-marketing textbooks and journals such as the
Journal of Political Marketing, Parliamentary Affairs and Political Studies with up to eight authors, the Guardian,
The Times, the Irish Times, BBC News and PoliticsHome, conference speeches, podcasts, YouTube videos and X posts, web
pages with and without dates or access dates; British, Irish with Ó, Mac, Ní and fadas, Scottish Gaelic, Welsh,
Nigerian-British, Pakistani-British, Bangladeshi-British and Polish names, and particles), with forty-four kinds of
decoy. While held out, we reported its tables only.

The "blind45" half (``--halves blind45,blind45-more``, 100 + 300 reports, seeds 49000-49399) is a forty-fifth
independent measurement, held out for its first tables (measured by its writer in stop 28), development data since:
written by a forty-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind45_works.py and blind45_text.py), as demand-generation, product-marketing, content and
growth marketers at B2B SaaS, cybersecurity, fintech-infrastructure and developer-tools companies write on CIM Level 6
and 7 courses from Toronto, Vancouver, Montreal, Austin, Boston, New York, San Francisco and Seattle, many trained in
APA (ARR and MRR figures, Series A to D rounds with their years, Gartner Magic Quadrants, Forrester Waves and G2 grids
with their years, SOC 2 Type II, ISO 27001:2022, GDPR, CCPA/CPRA, PIPEDA, CASL and Quebec's Law 25, product versions
and release names, SaaStr, Dreamforce and RSA Conference with their years, earnings calls, tickers and fiscal years,
pricing tiers, OKRs, CVE numbers, personas, webinar times, CIM criterion codes, French from Montreal; Gartner,
Forrester, IDC, G2, consultancies and investors, HubSpot, Salesforce, Snowflake Inc. and Shopify Inc. annual reports,
10-Ks and earnings calls, the SEC, the FTC, NIST and Canadian regulators, US, Canadian and Quebec statutes under the
state that made them, B2B marketing textbooks and chapters, Industrial Marketing Management and the Journal of
Business-to-Business Marketing with up to eight authors, Harvard Business Review and MIT Sloan Management Review,
TechCrunch, The Information and The Globe and Mail, podcasts, webinars, LinkedIn posts, conference talks and theses,
web pages with and without dates or access dates; American, Canadian, French-Canadian, Hispanic-American, Korean-,
Vietnamese-, Chinese- and Indian-American names with middle initials, Jr. and III, hyphens, particles and accents),
with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind48" half (``--halves blind48,blind48-more``, 100 + 300 reports, seeds 52000-52399) is a forty-eighth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a forty-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind48_works.py and blind48_text.py), as marketing, recruitment, admissions and
communications staff at universities, colleges, pathway providers and student-recruitment agents in the UK, Australia,
Malaysia, Singapore and Hong Kong write on CIM Level 6 and 7 and MA Higher Education Marketing courses (QS, THE,
Complete University Guide and Guardian league tables with their years and places, NSS questions and themes, UCAS
cycles, deadlines, course codes and tariff points, Clearing, HESA and OfS releases and conditions, academic and
financial years, TEF and REF results, open days with times and time zones, the Graduate Route, CAS, BCA thresholds and
the 2024 dependants ban, statements of changes, CRICOS, MQA, JUPAS, EduTrust and IANG, fees in pounds, ringgit,
Singapore and Hong Kong dollars, ICEF, NAFSA, EAIE and Going Global dates, agents' commission and clauses, campaigns,
taglines, hashtags and handles, focus-group quotes and interview codes, CIM criteria, word counts, figures, tables and
appendices; the higher-education marketing journals with up to eight authors, textbooks and handbook chapters, UCAS,
HESA, OfS, Universities UK, the British Council, QAA, HEPI, QS, THE, IDP, Studyportals, pathway providers and
universities as authors, UK, Australian, Singaporean, Malaysian and Hong Kong governments and statutes, league tables,
data dashboards, prospectuses, Times Higher Education, Wonkhe, The PIE News, University World News and the regional
press, conference talks and papers, theses, LinkedIn posts, YouTube videos and podcasts, web pages with and without
dates or access dates; British, Australian, Irish, Malay with bin and binti, Chinese-Malaysian, Tamil with a/l and
a/p, Singaporean, Hong Kong Cantonese, Nigerian, Indian and Vietnamese names, with and without their diacritics,
Eurasian particles and hyphens), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind49" half (``--halves blind49,blind49-more``, 100 + 300 reports, seeds 53000-53399) is a forty-ninth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a forty-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind49_works.py and blind49_text.py), as product managers, medical-affairs, market-access
and brand marketers at pharmaceutical, medical-device, diagnostics, consumer-health and digital-health firms write on
CIM Level 7, MBA and MSc Pharmaceutical Marketing courses in Germany, Austria, Switzerland, Sweden, Denmark, Norway
and Finland (MDR (EU) 2017/745 and IVDR 2017/746, the Heilmittelwerbegesetz, DiGA under the DVG 2019, AMNOG, § 35a and
§ 130b SGB V, the EFPIA Code and the FSA-Kodex, EMA, BfArM, Swissmedic, Läkemedelsverket and TLV decisions, G-BA
resolutions and IQWiG dossier numbers, trial phases and acronyms, NCT and EudraCT numbers, ATC codes, PZNs, ISO and
IEC standards, CE marks, product names with ® and ™, firms with GmbH, AG, SE, KGaA, A/S, AB, ASA and Oy, tickers,
IQVIA figures, hazard ratios, prices in euros, francs and kroner, German dates, doctors with their titles, interview
codes, brand claims in German, Swedish and Danish quotation marks; EU regulations and German, Swiss, Austrian and
Nordic laws under the body that made them, G-BA, IQWiG, TLV, Medicinrådet and Nye Metoder assessments, agency web
pages with and without dates or access dates, company annual reports, IQVIA, Statista and consultancy reports,
pharmaceutical-marketing textbooks and chapters, journals such as Pharmaceutical Medicine, the Journal of Medical
Marketing, The Lancet and Deutsches Ärzteblatt International with up to eight authors, German and Scandinavian titles
with their translation in square brackets, congress abstracts, Handelsblatt, Ärzte Zeitung, Dagens Medicin and
Läkartidningen, LinkedIn posts and dissertations; German, Austrian and Swiss names with von, zu and von der, umlauts,
ß and double barrels, Swedish, Danish, Norwegian, Sámi, Finnish and Turkish-German names), with fifty-one kinds of
decoy. While held out, we reported its tables only.

The "blind50" half (``--halves blind50,blind50-more``, 100 + 300 reports, seeds 54000-54399) is a fiftieth independent
measurement, held out for its first tables (measured by its writer in stop 29), development data since: written by a
fiftieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind50_works.py and blind50_text.py), as brand, platform, KOL and growth marketers at
consumer brands, game studios, agencies and cross-border e-commerce sellers write on CIM Level 6 and 7 courses and MSc
International Marketing programmes taught in English from Shanghai, Shenzhen, Hangzhou, Hong Kong, Taipei, Tokyo,
Osaka and Seoul (WeChat, Douyin, Xiaohongshu, Tmall, JD.com, Bilibili, LINE, Kakao, Naver and Coupang and their
features, Singles' Day, 618 and Golden Week with their dates and GMV, KOLs, KOCs and livestreamers with their real
names, prices in RMB, yen, won and Hong Kong dollars with conversions, fiscal years, quarters and tickers, game
titles, K-dramas and songs with their years, versions, CERO and GRAC ratings, the PIPL and APPI with their articles,
national standards, Chinese policy document numbers, Japanese era years, romanised terms with their characters,
hashtags, handles, awards, trade shows, CIM assessment criteria; iResearch, QuestMobile, Nielsen, Dentsu, Hakuhodo,
Kantar, McKinsey & Company and KOCCA reports, Tencent Holdings Ltd., Samsung Electronics Co., Ltd. and Kabushiki
Kaisha annual reports, Chinese, Japanese, Korean and Hong Kong regulators and statistics offices, laws under the body
that made or translated them, English translations with romanised titles, Journal of Interactive Marketing, Asia
Pacific Journal of Marketing and Logistics and Journal of Global Marketing articles with up to eight authors, the
regional and trade press, conference papers, dissertations, videos, posts and podcasts, web pages with and without
dates or access dates; pinyin, Wade-Giles and Cantonese, Japanese with macrons, Korean with hyphenated given names and
Western expatriate names with particles and hyphens), with fifty-four kinds of decoy. While held out, we reported its
tables only.

The "blind51" half (``--halves blind51,blind51-more``, 100 + 300 reports, seeds 55000-55399) is a fifty-first
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind51_works.py and blind51_text.py), as brand, growth, trade and communications marketers
at telecoms operators, fintechs and mobile-money firms, banks, FMCG and beverage firms, Nollywood studios, music
labels and agencies write on CIM Level 6 and 7 courses and MBAs in Lagos, Abuja, Accra and London, from Nigeria,
Ghana, Senegal and Côte d'Ivoire (CBN circulars and NCC directives with their reference numbers, the NDPR 2019 and the
Nigeria Data Protection Act 2023, Bank of Ghana notices and Ghanaian Acts with their numbers, APCON and ARCON vetting,
BCEAO instructions, naira, cedi and CFA franc prices with the redenomination, float and devaluation dates, USSD codes,
Detty December, Sallah, Tabaski and AFCON, Afrobeats releases and Nollywood films with their years, tariffs and
bundles, tickers on the NGX, LSE and GSE, fiscal years and quarters, survey fieldwork and sample sizes, interview
codes, hashtags and handles, slogans and Pidgin in quotation marks, chiefs, Alhajis, doctors and professors with their
titles, CIM assessment criteria; central banks, regulators and statistics offices, Acts under the legislature that
passed them, plcs and Ltds and their annual reports, GeoPoll, NOI Polls, Stears, Statista and Kantar reports,
BusinessDay, Punch, The Guardian Nigeria, Premium Times, TechCabal, MyJoyOnline and Jeune Afrique, Journal of African
Business, Africa Journal of Management and African Journal of Economic and Management Studies articles with up to
eight authors, textbooks from London, Lagos, Ibadan and Accra publishers, conference papers, dissertations, X and
Instagram posts and podcasts, web pages with and without dates or access dates; Yoruba names with and without their
tone marks, Igbo, Hausa with hooked letters, Akan, Ewe, Ga, Wolof and Ivorian names, double barrels, Afro-Brazilian
particles, apostrophes and British names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind52" half (``--halves blind52,blind52-more``, 100 + 300 reports, seeds 56000-56399) is a fifty-second
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind52_works.py and blind52_text.py), as CRM, affiliate, compliance, brand and
safer-gambling marketers at bookmakers, online casinos, lotteries, bingo and slots operators, affiliates and agencies
write on CIM Level 6 and 7 courses in the UK, Ireland, Malta and Gibraltar (the Gambling Act 2005 and its sections,
the 2023 white paper and its consultations, LCCP social-responsibility and ordinary codes by number, ASA rulings on
named operators with their dates and references, CAP and BCAP rules by number, the Gambling Regulation Act 2024 and
GRAI, the MGA, the Gaming Act (Cap. 583), its directives and licence numbers, Gibraltar's Gambling Acts, IBAS cases,
GAMSTOP, GambleAware and Safer Gambling Week campaigns, participation surveys with their waves and fieldwork dates,
odds, stakes, RTP percentages, bonus terms with their wagering, fixtures, races and events with their dates, jackpots
and draws, tickers and trading periods, slot titles with their studios, peers and MPs with their titles and parties,
interview codes, CIM criteria; Journal of Gambling Studies, International Gambling Studies, Addiction, Critical
Gambling Studies and Journal of Behavioral Addictions articles with up to eight authors, textbooks and handbook
chapters, the Gambling Commission, DCMS, the MGA, GRAI and the Gibraltar Gambling Commissioner, the BGC, GambleAware,
GamCare and other charities and trade bodies, operators with plc, Ltd and AB, H2 Gambling Capital, Regulus Partners,
YouGov and other research firms, ASA rulings and IBAS adjudications, Acts and regulations under the country that made
them, the Racing Post, iGB, EGR, SBC News, the Guardian and the Irish, Maltese and Gibraltarian press, conference
talks at ICE and SiGMA, theses, web pages with and without dates or access dates; British, Irish with Ó, Ní, Mac and
fadas, Maltese with ġ, ħ and ż, Gibraltarian, Spanish and Scandinavian names with particles and hyphens), with
forty-six kinds of decoy. While held out, we reported its tables only.

The "blind53" half (``--halves blind53,blind53-more``, 100 + 300 reports, seeds 57000-57399) is a fifty-third
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind53_works.py and blind53_text.py), as marketing, communication and digital staff at
retailers, cosmetics and luxury houses, wine and spirits brands, banks, public agencies, cooperatives and agencies in
France, Belgium, Romandy, Quebec and Morocco write CIM Level 6 and 7 reports in English as francophones (French laws
and decrees by number and date, the loi Évin and the loi Climat et résilience, CNIL délibérations, ARPP
recommandations, Autorité de la concurrence décisions, Bill 96 and the OQLF, dahirs and HACA decisions, INSEE and
Statistics Canada tables, guillemets with and without their spaces, dates written 3 mars 2023, amounts in euros,
francs, dirhams and Canadian dollars with spaces and decimal commas, tickers, vintages, awards, trade shows and
assessment criteria; Xerfi, IFOP, Kantar France, Ipsos France and Médiamétrie studies, Recherche et Applications en
Marketing, Décisions Marketing and English journals with up to eight authors, French textbooks in their editions,
annual reports of SA, SE, SCA, plc and Inc. firms, laws and dahirs under the body that published them, the French,
Belgian, Swiss, Quebec and Moroccan press, web pages with and without dates or access dates; French, Belgian, Swiss,
Québécois and Moroccan names with de, du, des, de la, Le, La, d', El, Ben, Ait and Ou, hyphenated given names and
double surnames), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind54" half (``--halves blind54,blind54-more``, 100 + 300 reports, seeds 58000-58399) is a fifty-fourth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind54_works.py and blind54_text.py), as marketing, investor-relations,
sustainability-communication and business-development staff at mining houses, mining-equipment and services firms,
agribusiness cooperatives, wine estates and energy-transition companies in South Africa and Australia write CIM Level
6 and 7 reports and MBA assignments (JSE and ASX tickers, King IV, the Mining Charter 2018, B-BBEE levels, the MPRDA
and NEMA, JORC 2012 and SAMREC, ESG and TCFD reporting, load shedding by stage, rand and Australian-dollar figures,
mines and projects with their years, Mining Indaba and Diggers & Dealers, vintages and export seasons; Resources
Policy, The Extractive Industries and Society, Industrial Marketing Management and the South African Journal of
Business Management with up to eight authors, textbooks and handbook chapters, the Minerals Councils of both
countries, Stats SA, the ABS, Geoscience Australia, listed houses with plc, Ltd and SOC Ltd, Aboriginal corporations,
South African and Australian government departments, Wood Mackenzie and other research firms, the trade and financial
press, theses, YouTube and LinkedIn videos, web pages with and without dates or access dates; Afrikaans names with van
der, du, de and le, Zulu, Xhosa, Sotho, Tswana and Venda, Indian-South African, Greek-, Italian- and
Vietnamese-Australian names with diacritics, hyphens and apostrophes), with forty-five kinds of decoy. While held out,
we reported its tables only.

The "blind55" half (``--halves blind55,blind55-more``, 100 + 300 reports, seeds 59000-59399) is a fifty-fifth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind55_works.py and blind55_text.py), as commercial, marketing and communications staff at
shipping lines, ship-owning families, port authorities, freight forwarders, logistics start-ups, terminal operators
and maritime insurers in Rotterdam, Antwerp, Piraeus, Athens, Singapore, Dubai (Jebel Ali) and Hamburg write CIM Level
6 and 7 and MSc Maritime Business reports (MARPOL Annex VI and IMO resolutions and sessions with their numbers and
years, the CII and EEXI, the EU ETS for shipping and FuelEU Maritime, Incoterms 2020, TEU figures and port rankings
with their years, vessels, classes and IMO numbers, the Suez Canal blockage of 2021 and the Red Sea diversions,
alliances, tickers and fiscal years, UN/LOCODEs, loops and terminals, charter-party forms, freight indices, trade
shows, interviewees and surveys, Greek and UAE laws named in passing; UNCTAD, the World Bank, IMO, BIMCO, ICS, Drewry,
Clarksons Research and Alphaliner, carriers' and port authorities' annual reports, EU regulations and IMO resolutions
under the body that made them, maritime and logistics journals with up to eight authors, Stopford and other textbooks
in their editions, conference papers, dissertations, signed and unsigned trade press, LinkedIn posts and webinars, web
pages with and without dates or access dates; Dutch and Flemish names with van, van der, de, ter and 't, Greek names
with patronymic initials, Singaporean Chinese, Malay and Tamil, Emirati and other Arab names with Al and bin, German
and Danish names), with forty-five kinds of decoy. While held out, we reported its tables only.

The "blind56" half (``--halves blind56,blind56-more``, 100 + 300 reports, seeds 60000-60399) is a fifty-sixth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind56_works.py and blind56_text.py), as marketing, growth, employer-branding and e-commerce
staff at marketplaces, retailers, software houses and IT-outsourcing firms, banks, fintechs and agencies in Warsaw,
Kraków, Wrocław, Prague, Brno, Bucharest, Cluj-Napoca, Kyiv and Lviv write CIM Level 6 and 7 reports and MBA
assignments in English (the Omnibus Directive 2019/2161, the DSA and other EU acts by number, UOKiK decisions with
their signatures, Czech, Romanian and Ukrainian consumer laws by number and year, statistics releases and media
rankings, Black Friday, Black Week and 11.11, złoty, koruna, lei and hryvnia prices and exchange rates, wartime dates,
tickers, company forms and registration numbers, awards, conferences, survey fieldwork and interview codes, slogans
and hashtags, versions and standards, Polish and Czech low-high quotation marks and Ukrainian guillemets; regional and
international journals with up to eight authors, textbooks with Polish and Czech editions, conference papers and
dissertations, marketplaces, retailers, banks and software houses with S.A., a.s., sp. z o.o., plc and Ltd, GUS, ČSÚ,
INS, Ukrstat, UOKiK and ANPC, Gemius, Mediapanel, IAB Polska and other research firms and trade bodies, Acts and EU
directives under the state or body that made them, Rzeczpospolita, Puls Biznesu, Hospodářské noviny, Ziarul Financiar,
Ekonomichna Pravda and the regional press, podcasts and LinkedIn posts, web pages with and without dates or access
dates; Polish, Czech, Slovak, Romanian and Ukrainian names with diacritics, feminine forms, double surnames and
several transliterations), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind57" half (``--halves blind57,blind57-more``, 100 + 300 reports, seeds 61000-61399) is a fifty-seventh
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind57_works.py and blind57_text.py), as social-marketing, health-promotion and
communications staff at government agencies, Te Whatu Ora and Te Aka Whai Ora, the Ministry of Health – Manatū Hauora,
iwi and Māori health providers, Aboriginal community-controlled organisations, councils, road-safety and anti-smoking
programmes in Auckland, Wellington, Christchurch, Sydney, Melbourne, Brisbane and Perth write CIM Level 6 and 7
reports and Master of Public Health and social-marketing assignments (campaigns with their years, Acts with their
years and sections, Te Tiriti o Waitangi, census and survey waves, ASA New Zealand and Ad Standards decisions, budgets
and financial years, hui and fono, te reo Māori phrases, helplines, handles and hashtags; social-marketing and
public-health journals with up to eight authors, textbooks in editions, campaign evaluation reports, Acts under the
Parliament that made them, agency, council, iwi and charity reports and pages with and without dates or access dates,
RNZ, Stuff, The Spinoff, ABC News and the Sydney Morning Herald, podcasts and theses; Māori names with macrons,
Samoan, Tongan and Fijian, Aboriginal and Torres Strait Islander, Pākehā, Greek-, Italian-, Chinese- and
Indian-Australian names, particles and hyphens), with forty-seven kinds of decoy. While held out, we reported its
tables only.

The "blind58" half (``--halves blind58,blind58-more``, 100 + 300 reports, seeds 62000-62399) is a fifty-eighth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind58_works.py and blind58_text.py), as brand, export, trade-marketing and digital staff at
Italian fashion houses, eyewear and furniture makers, DOP, IGP and DOCG consortia, cooperatives, family firms and
agencies in Milan, Florence, Bologna, Parma, Turin, Verona and Naples write CIM Level 6 and 7 reports and Masters in
Luxury and Food Marketing assignments in English (Italian laws and decrees by number and date, AGCM and IAP decisions,
EU regulations on geographical indications, trade fairs and fashion weeks with their years and editions, vintages and
collections, ISTAT, Banca d'Italia and consortium figures, company forms, euro prices, awards, tickers and coursework
habits, Italian caporali beside curly and straight quotation marks; Italian textbooks, journals with up to eight
authors, consortia, research houses, ministries and EU legislation under the body that made it, the Italian and trade
press, tesi di laurea, web pages with and without access dates; Italian names with particles and apostrophes, double
surnames, accented Sicilian and Sardinian names, Italian-Americans and Chinese-Italian names from Prato), with
forty-three kinds of decoy. While held out, we reported its tables only.

The "blind59" half (``--halves blind59,blind59-more``, 100 + 300 reports, seeds 63000-63399) is a fifty-ninth
independent measurement, held out for its first tables (measured by its writer in stop 29), development data since:
written by a fifty-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind59_works.py and blind59_text.py), as growth, brand, CRM, community and trade marketers
at marketplaces, super-apps, e-wallets, banks, FMCG firms, telecoms and agencies in Jakarta, Surabaya, Bandung,
Manila, Cebu and Davao write CIM Level 6 and 7 reports and MBA assignments in English (POJK and PP numbers, UU PDP
2022, Republic Acts and BSP circulars, BPS and PSA releases, Harbolnas 12.12 and double-date sales, Ramadan, Lebaran
and the -ber months, rupiah and peso figures with both decimal habits, IDX and PSE tickers, PT ... Tbk and Inc. firms,
survey fieldwork and sample sizes, hashtags, handles, promo codes, awards and interview codes; regional journals with
up to eight authors, textbooks in their editions, chapters and theses, signed and unsigned articles in Kompas, Tempo,
The Jakarta Post, the Inquirer, Rappler, BusinessWorld and others, company, regulator and research-firm reports
(Kantar, Jakpat, Populix, e-Conomy SEA), regulations under the body or state that made them, TikTok and Instagram
posts and podcasts, web pages with and without dates or access dates; Indonesian single names, Javanese, Sundanese,
Batak and Chinese-Indonesian names, bin and binti, Filipino names with dela, de los and delos, double surnames, Jr.
and III, and expatriates), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind60" half (``--halves blind60,blind60-more``, 100 + 300 reports, seeds 64000-64399) is a sixtieth independent
measurement, held out for its first tables (measured by its writer in stop 30), development data since: written by a
sixtieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind60_works.py and blind60_text.py), as brand, trade, CRM, e-commerce and communications
marketers at retailers, banks, neobanks, beverage and beer brands, cosmetics firms, telecoms and agencies in São
Paulo, Rio de Janeiro, Mexico City, Monterrey, Bogotá, Medellín, Buenos Aires and Santiago write CIM Level 6 and 7
reports and MBA assignments in English (the LGPD, the Código de Defesa do Consumidor, NOM-051, Ley 1581 de 2012 and
other laws and central-bank rules by number and year, CONAR, PROCON, Profeco, SIC and SERNAC decisions, IBGE, INEGI
and DANE releases, Black Friday, Buen Fin, Hot Sale, CyberDay, Día de Muertos and Carnaval, reais, pesos and UF with
both decimal habits, tickers, quarters and S.A., S.A.B. de C.V., S.A.S. and Ltda. firms, telenovelas, songs,
tournaments and festivals with their years, awards, slogans, survey fieldwork, interview codes, hashtags, handles and
promo codes, Spanish angle quotes beside curly and straight marks; Latin American and international journals with up
to eight authors, textbooks and chapters, dissertações and tesis, company, research-firm and regulator reports, laws
under the state that made them, signed and unsigned articles in the national press, YouTube videos, Instagram posts
and podcasts, web pages with and without dates or access dates; Portuguese and Spanish names with particles, double
surnames with and without hyphens, "y", Filho, Júnior, Neto and Sobrinho, Japanese-Brazilian, Lebanese-Mexican,
Italian-Argentine, German-Chilean, Maya, Andean and Mapuche names, and expatriates), with forty-eight kinds of decoy.
While held out, we reported its tables only.

The "blind61" half (``--halves blind61,blind61-more``, 100 + 300 reports, seeds 65000-65399) is a sixty-first
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind61_works.py and blind61_text.py), as commercial, loyalty, destination, revenue and
communications marketers at airlines, airports, tourism boards, hotel groups, tour operators, online travel agencies
and agencies in Istanbul, Antalya, Dubai, Abu Dhabi, Doha, Riyadh, Jeddah, Cairo and Amman write CIM Level 6 and 7
reports and MBA assignments in English (flight numbers, routes and IATA codes, fare classes and loyalty tiers, KVKK
Law No. 6698, UAE Federal Decree-Law No. 45 of 2021, the Saudi PDPL, Egypt's Law No. 151 of 2020, GCAA and GACA
circulars, IATA resolutions, TÜİK, GASTAT, CAPMAS and DET releases, Hajj, Umrah, Ramadan, Eid and Riyadh Season, Expo
2020 Dubai, Vision 2030, lira, dirham, riyal, dinar and pound figures, A.Ş., PJSC, L.L.C. and W.L.L. firms, tickers,
awards, star ratings, handles, hashtags and promo codes; tourism and air-transport journals with up to eight authors,
textbooks in their editions, chapters and theses, signed and unsigned articles in the regional and travel press,
carriers', airports', hotel groups' and tourism boards' reports and pages, statistics offices and regulators, laws
under the state that made them, market-research firms, TikTok and Instagram posts and podcasts, web pages with and
without dates or access dates; Turkish names, Arabic names with Al, Al-, El-, Abdel, Abd al-, Abu and bin
transliterated several ways, Egyptian names with the father's name, Levantine and Iranian names, and South Asian,
Filipino and British expatriates), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind62" half (``--halves blind62,blind62-more``, 100 + 300 reports, seeds 66000-66399) is a sixty-second
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind62_works.py and blind62_text.py), as brand, trade, digital, loyalty and communications
marketers at FMCG firms, dairies, coffee chains, banks, e-wallets, retailers, hotel groups, tourism boards, telecoms
and agencies in Ho Chi Minh City, Hanoi, Da Nang, Bangkok, Chiang Mai, Phuket and Phnom Penh write CIM Level 6 and 7
reports and MBA assignments in English (Vietnamese decrees and laws by number, Thai Acts with Buddhist Era years,
Cambodian Prakas, GSO, NSO and NIS releases by quarter, Tết, Songkran, Loy Krathong, Pchum Ben and Double Day
campaigns, đồng, baht and riel prices, exchange rates, HOSE and SET tickers, company forms, store counts, awards,
fieldwork and interview codes, hashtags, handles, promo codes, standards with their years, local words glossed in
brackets, honorifics and nicknames; regional journals with up to eight authors, textbooks in their editions, chapters,
theses from local universities, signed and unsigned articles in the Vietnamese, Thai and Cambodian press and trade
press, JSC, PCL, Co., Ltd. and Plc reports, research-firm, statistics-office and tourism-board reports and pages with
and without dates or access dates, laws under the body that made them, Facebook, TikTok and Zalo posts and podcasts;
Vietnamese names with full diacritics cited by family name, by given name and without diacritics, Thai and Sino-Thai
names, royal titles, Khmer family-first names and expatriates), with forty-five kinds of decoy. While held out, we
reported its tables only.

The "blind63" half (``--halves blind63,blind63-more``, 100 + 300 reports, seeds 67000-67399) is a sixty-third
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind63_works.py and blind63_text.py), as brand, trade, growth, CRM and communications
marketers at telecoms and mobile-money firms, banks, SACCOs, FMCG and beverage firms, tea, coffee and flower
exporters, safari and hotel groups, tourism boards, NGOs and agencies in Nairobi, Mombasa, Dar es Salaam, Arusha,
Kampala, Kigali and Addis Ababa write CIM Level 6 and 7 reports and MBA assignments in English (Acts with their
numbers, years and chapters, regulators' directives, statistics offices' surveys by name and year, holiday campaigns
with their dates, shilling, franc and birr prices, exchange rates, financial years, USSD codes, paybill and till
numbers, tickers, company forms and former names, awards, fieldwork and interview codes, hashtags and handles,
Swahili, Amharic and Kinyarwanda words glossed in brackets, slogans in quotation marks, tea and coffee grades, flight
numbers, park fees, standards; regional journals with up to eight authors, textbooks in their editions, chapters,
theses from East African universities, signed and unsigned articles in the regional press, PLC, Ltd and Limited
reports, regulators', statistics offices' and research firms' reports and pages with and without dates or access
dates, Acts under the republic that made them, X, TikTok and LinkedIn posts and podcasts; Kikuyu, Luo, Luhya,
Kalenjin, Kamba, Swahili, Chagga and Baganda names with apostrophes, tildes and hyphens, Rwandan names, Ethiopian and
Eritrean names cited in full, Somali, Indian-East African and Goan names and expatriates), with forty-eight kinds of
decoy. While held out, we reported its tables only.

The "blind64" half (``--halves blind64,blind64-more``, 100 + 300 reports, seeds 68000-68399) is a sixty-fourth
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind64_works.py and blind64_text.py), as brand, trade, CRM, digital and communications
marketers at convenience-store chains, department stores, beverage, cosmetics and food makers, railways, character and
anime licensors, game and toy firms, ad agencies and research firms in Tokyo, Osaka, Nagoya, Fukuoka and Sapporo write
CIM Level 6 and 7 reports and MBA assignments in English (fiscal years ending in March, Reiwa and Heisei years, yen
figures and consumption tax, Acts by number, stealth-marketing and JARO rules, gift seasons, Golden Week, White Day,
Halloween and fukubukuro campaigns, character copyright lines, tickers, JAN codes, store counts, handles, hashtags and
promo codes, Japanese words glossed in brackets, anime titles with their years; Japanese and international journals
with up to eight authors, textbooks and translated books, chapters, theses, K.K. and Co., Ltd. reports, ministries'
and agencies' releases, Acts under the body that publishes them, research-firm reports, the Japanese and trade press
signed and unsigned, X, Instagram and LINE posts and podcasts, with and without dates or access dates; Japanese names
with and without macrons, Japanese-Brazilian, Zainichi Korean and expatriate names), with forty-seven kinds of decoy.
While held out, we reported its tables only.

The "blind65" half (``--halves blind65,blind65-more``, 100 + 300 reports, seeds 69000-69399) is a sixty-fifth
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind65_works.py and blind65_text.py), as brand, trade, CRM, sustainability and
communications marketers at retailers, furniture and design houses, grocery and dairy cooperatives, fintechs, banks,
telecoms, airlines, tourism boards and agencies in Stockholm, Gothenburg, Oslo, Bergen, Copenhagen, Aarhus, Helsinki,
Reykjavík, Tallinn, Riga and Vilnius write CIM Level 6 and 7 reports and MBA assignments in English (Swedish,
Norwegian, Danish and Finnish laws by SFS, LOV, LBK and statute number, EU regulations and directives,
statistics-office releases, Black Week, Singles Day, midsummer and Jul campaigns, krona, krone, euro and ISK figures,
exchange and VAT rates, AB (publ), ASA, A/S, amba and Oyj firms, tickers, store counts, loyalty tiers, awards, fairs,
labels and standards, fieldwork and interview codes, hashtags, handles and promo codes, Nordic words glossed in
brackets; Scandinavian and international journals with up to eight authors, textbooks in Nordic editions, chapters,
theses (examensarbete, masteroppgave, pro gradu, magistritöö), company, cooperative and bank reports with and without
dates, statistics offices, laws under the parliament or ministry that made them, research firms, the Nordic and Baltic
press, LinkedIn, Instagram and TikTok posts and podcasts; Swedish, Norwegian, Danish, Finnish, Sámi and Estonian
names, Latvian and Lithuanian gendered surnames, Icelandic patronymics written by given name or as surnames, von, af
and de, double surnames and expatriates), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind66" half (``--halves blind66,blind66-more``, 100 + 300 reports, seeds 70000-70399) is a sixty-sixth
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind66_works.py and blind66_text.py), as brand, growth, CRM, trade and communications
marketers at telecoms, super-apps, banks, retailers, FMCG and beverage firms, wineries, airlines, tourism boards and
agencies in Almaty, Astana, Tashkent, Samarkand, Tbilisi, Batumi, Baku and Yerevan write CIM Level 6 and 7 reports and
MBA assignments in English (laws, decrees and central-bank resolutions by number and date, statistics offices, Nauryz,
Navruz, Novruz, Rtveli and New Year campaigns, tenge, som, lari, manat and dram figures, exchange rates, JSC, LLP,
LLC, OJSC, CJSC and PLC firms, tickers, tariffs, USSD codes, store counts, awards, events, vintages, heritage sites,
flight numbers, standards, fieldwork and interview codes, hashtags and handles, words in Cyrillic, Georgian and Latin
scripts; regional and international journals with up to eight authors, textbooks, chapters, theses from the region's
universities, company, bank and statistics reports with and without dates, laws under the body that made them, the
regional press, Instagram, Telegram and TikTok posts and podcasts; Kazakh, Uzbek, Azerbaijani and
Russian-transliterated names in several spellings, Georgian, Armenian, Koryo-saram and expatriate names), with
forty-six kinds of decoy. While held out, we reported its tables only.

The "blind67" half (``--halves blind67,blind67-more``, 100 + 300 reports, seeds 71000-71399) is a sixty-seventh
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind67_works.py and blind67_text.py), as brand, CRM, performance, content and communications
marketers at K-beauty houses, entertainment and webtoon firms, department stores and convenience chains, platforms,
food and beverage makers, carmakers and agencies in Seoul, Busan, Incheon and Pangyo write CIM Level 6 and 7 reports
and MBA assignments in English (Korean Acts by number and year, KFTC and MFDS rules, KOSTAT, KOCCA, KTO and KCA
figures, Chuseok, Seollal, Pepero Day, Black Friday and Korea Sale FESTA campaigns, won figures and exchange rates,
Co., Ltd., Corp. and Inc. firms, chaebol groups, tickers, store counts, idol albums, webtoons, dramas, products and
shades, hashtags, handles and promo codes, Korean words glossed in brackets, survey, interview and course codes;
Korean and international journals with up to eight authors, textbooks (some translated), books with romanised Korean
titles and English translations, chapters, theses, company reports with and without dates, ministries, agencies and
statistics offices, Acts under the body that publishes them, research firms, the Korean press in English signed and
unsigned, Instagram, YouTube, Naver blog and TikTok posts and podcasts; Korean names in several romanisations and
given-name forms, McCune-Reischauer breves, Korean-American, Joseonjok and expatriate names), with forty-two kinds of
decoy. While held out, we reported its tables only.

The "blind68" half (``--halves blind68,blind68-more``, 100 + 300 reports, seeds 72000-72399) is a sixty-eighth
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind68_works.py and blind68_text.py), as brand, CRM, trade, digital and communications
marketers at retailers, banks and credit unions, telecoms, grocers, coffee chains, airlines, provincial crown
corporations, federal and provincial departments, Indigenous tourism bodies and agencies in Toronto, Montréal,
Vancouver, Calgary, Ottawa, Halifax and Winnipeg write CIM Level 6 and 7 reports and MBA assignments in English (Acts
by S.C. and S.Q. chapter, Bill 96 and Law 25, CRTC decisions, Ad Standards and Competition Bureau matters, Statistics
Canada tables, Boxing Day, Black Friday, Canada Day and Thanksgiving campaigns, C$ and CAD figures, fiscal years,
tickers, loyalty tiers, province and postal codes, bilingual names and French words glossed in brackets; Canadian and
international journals with up to eight authors, textbooks in Canadian editions, chapters, theses, company,
crown-corporation, government and research-firm works with and without dates, Acts and decisions under the body that
publishes them, the Canadian press, social posts and podcasts; English, French-Canadian, First Nations, Inuit and
Métis, Chinese-, South Asian-, Filipino-, Italian-, Portuguese-, Ukrainian- and Caribbean-Canadian and expatriate
names), with forty-five kinds of decoy. While held out, we reported its tables only.

The "blind69" half (``--halves blind69,blind69-more``, 100 + 300 reports, seeds 73000-73399) is a sixty-ninth
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a sixty-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind69_works.py and blind69_text.py), as product-marketing, growth, brand, PR and
communications marketers at start-ups, fintechs, cybersecurity and agritech firms, food makers, banks, hotel groups
and tourism boards in Tel Aviv, Jerusalem, Haifa, Be'er Sheva, Nicosia and Limassol write CIM Level 6 and 7 reports
and MBA assignments in English (Israeli laws by number and Hebrew year, Cyprus Law 125(I)/2018, EU regulations by
number, CBS and CYSTAT figures, Hebrew years beside Gregorian ones, festival campaigns, shekel and euro figures, Ltd.,
B.M. and PLC firms, tickers, Hebrew and Greek words glossed in brackets, codes and handles; journals with up to eight
authors, textbooks, chapters, theses, books with transliterated Hebrew titles, company, government and research-firm
works with and without dates, laws under the body that publishes them, the Israeli and Cypriot press, social posts and
podcasts; Israeli, Arab-Israeli, Russian- and Ethiopian-Israeli, Greek- and Turkish-Cypriot and expatriate names),
with forty-two kinds of decoy. While held out, we reported its tables only.

The "blind70" half (``--halves blind70,blind70-more``, 100 + 300 reports, seeds 74000-74399) is a seventieth
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a seventieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind70_works.py and blind70_text.py), as brand, trade, CRM, loyalty, digital and
communications marketers at South African grocers, clothing and homeware retailers, banks and insurers, telecoms,
breweries, wine and spirits brands, quick-service restaurants, SOEs and agencies in Johannesburg, Cape Town, Durban,
Pretoria, Gqeberha and Stellenbosch write CIM Level 6 and 7 reports and MBA assignments in English (Acts with their
numbers and years, ARB rulings, Competition Commission matters, Stats SA releases, SARB rates, BRC and SAARF measures,
load-shedding stages, Black Friday, Heritage Day, Youth Day, festive-season and back-to-school campaigns, rand
figures, JSE tickers, (Pty) Ltd, SOC Ltd and NPC firms, B-BBEE levels, loyalty tiers, USSD and promo codes; South
African and international journals with up to eight authors, textbooks in South African editions, chapters, MCom and
MBA research reports, company, SOE, government and research-firm works with and without dates, Acts under the body
that publishes them, the South African press signed and unsigned, social posts; Afrikaans names with particles,
isiZulu, isiXhosa, Sesotho, Setswana, Tshivenda, Indian-South African, Cape Malay, Portuguese- and Greek-South African
and expatriate names), with forty-three kinds of decoy. While held out, we reported its tables only.

The "blind71" half (``--halves blind71,blind71-more``, 100 + 300 reports, seeds 75000-75399) is a seventy-first
independent measurement, held out for its first tables (measured by its writer in stop 30), development data since:
written by a seventy-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind71_works.py and blind71_text.py), as brand, growth, lifecycle, content,
product-marketing and communications marketers at health systems, pharmacy chains, retailers, DTC brands, SaaS firms,
universities, non-profits and agencies in New York, Chicago, Austin, Atlanta, Seattle, Boston and Los Angeles write
CIM Level 6 and 7 reports and UK MBA assignments in US English (statutes with U.S.C. sections and years, HIPAA, CCPA
and COPPA, FTC rules by C.F.R. part, consent orders by docket and file number, fiscal years and quarters, dollar
figures, tickers and corporate forms, Super Bowl, Black Friday, Cyber Monday, Prime Day and Giving Tuesday campaigns,
cities with their states, taglines and campaign names, tenures, samples and tax status; American journals with up to
eight authors, US-edition textbooks, chapters, dissertations, company, non-profit, federal-agency, regulation and
research-firm works with and without dates, the US press and trade press, social posts and podcasts; American names
with middle initials and suffixes, Hispanic double surnames, African-, Chinese-, Korean-, Vietnamese-, Indian-,
Irish-, Italian- and Polish-American and expatriate names), with forty-six kinds of decoy. While held out, we reported
its tables only.

The "blind72" half (``--halves blind72,blind72-more``, 100 + 300 reports, seeds 76000-76399) is a seventy-second
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind72_works.py and blind72_text.py), as brand, trade, CRM, B2B, e-commerce and
communications marketers at grocers and discounters, drugstore chains, Mittelstand machine and tool makers, insurers,
banks and Sparkassen, rail and mobility firms, breweries, chocolate and coffee makers, watchmakers and agencies in
Berlin, Hamburg, Munich, Cologne, Stuttgart, Vienna, Graz, Zurich, Basel and Geneva write CIM Level 6 and 7 reports
and MBA assignments in English (UWG, BDSG, TTDSG, nDSG/FADP, Austrian DSG and EU regulations with their paragraphs,
numbers and years, BGH, OLG and Federal Supreme Court file numbers, Destatis, Statistik Austria and BFS figures,
Oktoberfest, Fasching, Advent, Christmas-market, Black Friday and Schulanfang campaigns, euro and franc figures with
Mio., Mrd. and decimal commas, legal forms, tickers, store counts, trade fairs, awards, slogans in German quotation
marks, German dates, hashtags and handles; German textbooks with English titles in square brackets, chapters in German
handbooks, German, Swiss and international journals with up to eight authors, Dissertationen, company, association,
statistics-office, government, law, ruling and research-firm works with and without dates, the German-language daily
and trade press signed and unsigned, posts and podcasts; German, Austrian and Swiss names with umlauts, ß and
particles, double names, Turkish-, Polish-, Croatian-German, Italian-Swiss, Romansh, Swiss-French and expatriate
names), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind73" half (``--halves blind73,blind73-more``, 100 + 300 reports, seeds 77000-77399) is a seventy-third
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind73_works.py and blind73_text.py), as brand, trade, digital, CRM and communications
marketers at telecoms and mobile-money firms, banks and insurers, FMCG, dairy and beverage firms, phosphate and
agribusiness groups, hotel groups, tourism offices, airlines, e-commerce platforms and agencies in Casablanca, Rabat,
Marrakech, Tangier, Algiers, Oran, Tunis, Sfax, Dakar and Abidjan write CIM Level 6 and 7 reports and MBA assignments
in English (laws, dahirs, decrees and circulars with their numbers and years, regulators' decisions, census rounds,
Ramadan, Eid, Tabaski, Yennayer and rentrée campaigns with Hijri and Amazigh years, dirham, dinar and CFA franc
figures, S.A., SARL, SPA and GIE firms and former names, tickers, USSD and short codes, Darija, Wolof, Nouchi and
Arabic words glossed in brackets, taglines in guillemets; African and international journals with up to eight authors,
textbooks in English and French, chapters, theses, conference papers, company, regulator, government, legislation and
research-firm works with and without dates, the francophone press signed and unsigned, social posts and podcasts;
Moroccan, Algerian and Tunisian names with El, Al, Ben, Bel, Ait and Ould, transliterated several ways, Amazigh,
Wolof, Pulaar, Serer and Ivorian names, French and Lebanese expatriate names), with forty-eight kinds of decoy. While
held out, we reported its tables only.

The "blind74" half (``--halves blind74,blind74-more``, 100 + 300 reports, seeds 78000-78399) is a seventy-fourth
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind74_works.py and blind74_text.py), as brand, trade, B2B, CRM, digital and communications
marketers at semiconductor and electronics makers, bubble-tea and bakery chains, convenience and department stores,
banks and insurers, property developers, casino resorts, airlines, the MTR, tourism boards and agencies in Taipei,
Hsinchu, Taichung, Kaohsiung, Hong Kong, Kowloon and Macau write CIM Level 6 and 7 reports and MBA assignments in
English (ROC years beside Gregorian ones, ordinances by chapter, Macau laws by number and year, Taiwanese Acts by
article, FSC, PCPD and Competition Commission matters, NT$, HK$ and MOP figures, TWSE and HKEX tickers, lunar
festivals, Ghost Month and shopping days, store counts, chip nodes, flight numbers, MTR lines, loyalty tiers, typhoon
signals, hashtags, handles and promo codes, Chinese, Cantonese and Portuguese words glossed in brackets; regional and
international journals with up to eight authors, textbooks, chapters, theses from Taiwanese, Hong Kong and Macau
universities, works with Chinese titles in characters or pinyin and English translations, Co., Ltd., Corp., Inc.,
Limited and Holdings firms' reports, statistics offices, regulators, ordinances and Acts under the body that publishes
them, research firms, the regional press signed and unsigned, social posts and podcasts; Taiwanese names in Wade-Giles
and other romanisations, Cantonese names with and without English given names, pinyin, Macanese Portuguese, Indigenous
Taiwanese and expatriate names), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind75" half (``--halves blind75,blind75-more``, 100 + 300 reports, seeds 79000-79399) is a seventy-fifth
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind75_works.py and blind75_text.py), as brand, trade, CRM, digital, loyalty and
communications marketers at supermarket and pharmacy chains in capitals and mining towns, banks, cooperatives and
microfinance institutions, telecoms, breweries and beverage firms, coffee, cocoa and banana exporters, airlines, hotel
groups, tourism boards and agencies in Lima, Arequipa, Quito, Guayaquil, La Paz, Santa Cruz, Guatemala City, San José,
Panama City and Santo Domingo write CIM Level 6 and 7 reports and MBA assignments in English (laws, decrees and
INDECOPI and SIC resolutions by number and year, soles, dólares, bolivianos, quetzales, colones and balboas, tickers,
store counts, campaigns and festivals with their years and dates, loyalty tiers, flight numbers, USSD codes, handles,
hashtags and promo codes, certifications, coffee grades and crop varieties, awards, rankings, weather and historical
events, Spanish, Quechua, Aymara and K'iche' words glossed in brackets; regional and international journals with up to
eight authors, Spanish textbooks with English translations in square brackets, chapters, theses from PUCP, Universidad
del Pacífico, ESAN, USFQ, INCAE, UCB and Landívar, S.A., S.A.A., C.A. and Ltd. firms' reports, statistics offices,
laws under the body that passed them, research firms, the regional press signed and unsigned, social posts and
podcasts, with and without dates or access dates; Spanish names with two surnames and compound given names, "de",
"del", "de la" and "y", Quechua, Aymara and Maya names, Afro-Ecuadorian and Afro-Dominican names, Chinese-, Japanese-
and Lebanese-Peruvian names and expatriates), with fifty-six kinds of decoy. While held out, we reported its tables
only.

The "blind76" half (``--halves blind76,blind76-more``, 100 + 300 reports, seeds 80000-80399) is a seventy-sixth
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind76_works.py and blind76_text.py), as brand, trade, growth, CRM, employer-branding and
communications marketers at retailers and e-commerce platforms, IT-outsourcing and software firms, banks and fintechs,
telecoms, wineries, breweries and FMCG makers, hotel groups, tourism boards and agencies in Bucharest, Cluj-Napoca,
Iași, Chișinău, Sofia, Plovdiv, Belgrade, Novi Sad, Zagreb, Split, Ljubljana, Kyiv and Lviv write CIM Level 6 and 7
reports and MBA assignments in English (laws, official gazettes and regulators' decisions with their numbers and
years, EU regulations by number, statistics offices' series, lei, leva, dinar, euro, hryvnia and Moldovan lei figures,
exchange rates, trade-register numbers, S.R.L., S.A., SCS, EOOD, d.o.o., d.d. and PrJSC firms, stock tickers, Orthodox
Easter, Christmas on 7 January, Mărțișor, Baba Marta, Slava, Black Friday, back-to-school and summer-coast campaigns,
vintages and appellations, tariffs, certificates, awards and festivals by edition, survey samples, hashtags and promo
codes, local words glossed in brackets; regional and international journals with up to eight authors, textbooks in
Romanian, Bulgarian, Serbian, Croatian, Slovenian and Ukrainian with English translations in square brackets and
Cyrillic titles transliterated, chapters, theses from ASE, Babeș-Bolyai, UNWE, Belgrade, Zagreb, Ljubljana and KNEU,
company, statistics-office, regulator, legislation and research-firm works with and without dates or access dates, the
regional press signed and unsigned, social posts and podcasts; Romanian names with ș, ț, ă, î and â, Moldovan,
Hungarian-Romanian, Roma and Gagauz names, Bulgarian, Serbian, Croatian and Slovenian names, Ukrainian names
transliterated several ways, expatriate names), with forty-six kinds of decoy. While held out, we reported its tables
only.

The "blind77" half (``--halves blind77,blind77-more``, 100 + 300 reports, seeds 81000-81399) is a seventy-seventh
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind77_works.py and blind77_text.py), as brand, trade, CRM, digital and communications
marketers at supermarket groups, banks and insurers, telecoms and mobile-money firms, beer, wine, coffee and water
brands, energy and fuel distributors, airlines, hotel groups and tourism boards in Lisbon, Porto, Braga, Faro,
Funchal, Luanda, Benguela, Maputo, Beira and Praia write CIM Level 6 and 7 reports and MBA assignments in English
(Portuguese, Angolan, Mozambican, Cape Verdean and EU laws by number and year, regulators' deliberations, S.A., SGPS,
Lda., E.P. and I.P. firms, INE figures, Santos Populares, Natal, Carnaval, independence days, Black Friday and
back-to-school campaigns, euro, kwanza, metical and escudo figures, USSD and short codes, tariffs, flight numbers,
hashtags and promo codes, Portuguese words glossed in brackets; regional and international journals with up to eight
authors, textbooks in Portuguese with English translations in square brackets, chapters, dissertações, company,
regulator, statistics-office, legislation and research-firm works with and without dates or access dates, the
Lusophone press signed and unsigned, social posts and podcasts; Portuguese names with several surnames and particles,
Angolan, Mozambican, Cape Verdean, Goan, Macanese, Brazilian and expatriate names), with forty-eight kinds of decoy.
While held out, we reported its tables only.

The "blind78" half (``--halves blind78,blind78-more``, 100 + 300 reports, seeds 82000-82399) is a seventy-eighth
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind78_works.py and blind78_text.py), as brand, trade, CRM, digital, employer-branding and
communications marketers at retailers and drugstore chains, banks and insurers, telecoms, FMCG and dairy firms,
pharma, spa and hotel groups, car-parts suppliers and agencies in Budapest, Debrecen, Szeged, Győr, Pécs, Bratislava,
Košice and Žilina write CIM Level 6 and 7 reports and MBA assignments in English (Hungarian, Slovak and EU laws by
number and year, NAIH, GVH and ÚOOÚ decisions, Nyrt., Zrt., Kft., Bt., a.s. and s. r. o. firms, KSH and ŠÚ SR tables,
Christmas, Easter, 20 August, Márton-nap, Black Friday, back-to-school and Balaton summer campaigns, forint and euro
figures with spaces and decimal commas, SZÉP cards, tariffs, SKUs, hashtags and promo codes, Hungarian and Slovak
words glossed in brackets; Hungarian, Slovak and international journals with up to eight authors, textbooks in
Hungarian and Slovak with English translations in square brackets, chapters, theses, company, regulator,
statistics-office, legislation and research-firm works with and without dates or access dates, the Hungarian and
Slovak press signed and unsigned, social posts and podcasts; Hungarian names with accents, -né married names and
double surnames, Slovak names with -ová, German-speaking, Roma and expatriate names), with forty-five kinds of decoy.
While held out, we reported its tables only.

The "blind79" half (``--halves blind79,blind79-more``, 100 + 300 reports, seeds 83000-83399) is a seventy-ninth
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by a seventy-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind79_works.py and blind79_text.py), as brand, trade, CRM, digital, loyalty and
communications marketers at grocery and fashion retailers, malls, banks and Islamic banks, insurers, telecoms, FMCG,
dairy and date companies, real-estate developers and giga-projects, entertainment authorities and agencies in Riyadh,
Jeddah, Dammam, Kuwait City, Doha, Manama and Muscat write CIM Level 6 and 7 reports and MBA assignments in English
(royal decrees and laws by number and year with Hijri dates, SAMA, CST and GAMR circulars, GASTAT, CSB, PSA and NCSI
figures, K.S.C.P., Q.P.S.C., B.S.C., S.A.O.G. and W.L.L. firms, Ramadan, Eid, National Day, Founding Day, Riyadh
Season and White Friday campaigns, riyal and dinar figures, hashtags, short codes and promo codes, Arabic words
glossed in brackets; regional journals with up to eight authors, textbooks, Arabic titles with English translations in
square brackets, theses, company, regulator, statistics-office, legislation and research-firm works with and without
dates or access dates, the Gulf press signed and unsigned, social posts and podcasts; Arabic names with Al, Al-, al-,
El, bin, bint, Abu and Abdul / Abdel written several ways, Gulf family names, South Asian, Filipino, Egyptian,
Levantine and Western expatriate names), with forty-five kinds of decoy. While held out, we reported its tables only.

The "blind80" half (``--halves blind80,blind80-more``, 100 + 300 reports, seeds 84000-84399) is an eightieth
independent measurement, held out for its first tables (measured by its writer in stop 31), development data since:
written by an eightieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind80_works.py and blind80_text.py), as brand, trade, CRM, digital, destination and
communications marketers at banks, credit unions and insurers, telecoms, rum, beer and beverage makers, conglomerates,
supermarket and pharmacy chains, resort groups, airlines, tourism boards and festival organisers in Kingston, Montego
Bay, Port of Spain, San Fernando, Bridgetown, Nassau and Georgetown write CIM Level 6 and 7 reports and MBA
assignments in English (Caribbean Acts by name, chapter, number and year, Fair Trading Commission and Broadcasting
Commission decisions, CCJ neutral citations, STATIN, CSO, BSS and Bureau of Statistics figures, Carnival, Crop Over,
Junkanoo, Sumfest, Divali, Phagwah, Emancipation, Independence and back-to-school campaigns, J$, TT$, BDS$, B$ and G$
figures, tickers, flight numbers, short codes, hashtags and promo codes, creole glossed in brackets; regional and
international journals with up to eight authors, textbooks, chapters, UWI, UTech, Arthur Lok Jack and University of
Guyana theses, company, tourism-board, statistics-office, regulator, legislation and research-firm works with and
without dates or access dates, the Caribbean press signed and unsigned, social posts and podcasts; Afro-, Indo-,
Chinese-, Syrian-Lebanese- and Portuguese-Caribbean names with particles, hyphens, accents, Jr. and III, and
expatriate names), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind81" half (``--halves blind81,blind81-more``, 100 + 300 reports, seeds 85000-85399) is an eighty-first
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind81_works.py and blind81_text.py), as brand, trade, CRM, digital, sponsorship and
communications marketers at telecoms and mobile wallets, banks and Islamic banks, insurers, textile and garment
exporters, FMCG, tea, dairy and biscuit makers, e-commerce platforms, conglomerates and agencies in Karachi, Lahore,
Islamabad, Faisalabad, Dhaka, Chattogram, Colombo and Kandy write CIM Level 6 and 7 reports and MBA assignments in
English (Pakistani, Bangladeshi and Sri Lankan Acts, ordinances and SBP, PTA, BTRC, Bangladesh Bank and CBSL circulars
with their numbers and years, PBS, BBS and Department of Census and Statistics tables, rupee and taka figures in lakh
and crore, PSX, DSE and CSE tickers, PSL, BPL and LPL seasons, Ramadan, Eid, Pohela Boishakh, Avurudu, 11.11 and
wedding-season campaigns, Hijri and Bangla years, tariffs, USSD codes, hashtags and promo codes, Urdu, Bangla and
Sinhala words glossed in brackets; regional and international journals with up to eight authors, textbooks, chapters,
LUMS, IBA, NUST, Dhaka, NSU, Colombo and Moratuwa theses, transliterated titles with English translations in square
brackets, company, regulator, statistics-office, legislation and research-firm works with and without dates or access
dates, the regional press signed and unsigned, social posts and podcasts; Pakistani, Bangladeshi, Sinhala, Tamil,
Muslim and Burgher Sri Lankan names with initials, particles, hyphens and single names, and expatriate names), with
forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind82" half (``--halves blind82,blind82-more``, 100 + 300 reports, seeds 86000-86399) is an eighty-second
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind82_works.py and blind82_text.py), as brand, trade, CRM, digital, destination and
communications marketers at food and drink makers, distilleries and breweries, dairy co-operatives, banks, credit
unions and insurers, grocery chains, tourism boards, GAA, rugby and football bodies, Irish- and Welsh-language
broadcasters and public bodies in Dublin, Cork, Galway, Limerick, Belfast, Glasgow, Edinburgh, Aberdeen, Inverness,
Cardiff, Swansea and Bangor write CIM Level 6 and 7 reports and MBA assignments (Irish, Scottish and Welsh Acts and
S.I. numbers by section and year, ASAI and ASA rulings and DPC decisions by reference, CSO, NISRA, Scottish Government
and StatsWales figures, St Patrick's Day, Seachtain na Gaeilge, Hogmanay, Burns Night, Dydd Gŵyl Dewi, Eisteddfod,
Fringe, Six Nations and All-Ireland campaigns, euro and sterling figures, company numbers and tickers, ABV and pack
sizes, scores, Irish, Gaelic and Welsh glossed in brackets, hashtags and promo codes; Irish, Scottish, Welsh and
international journals with up to eight authors, textbooks, chapters, theses, company, co-operative, tourism-board,
statistics-office, legislation and research-firm works with and without dates or access dates, the Irish, Scottish and
Welsh press signed and unsigned, social posts and podcasts, Irish, Gaelic and Welsh titles with translations in square
brackets; names with Ó, Ní, Nic, Mac, Mc and O' and fadas, Gaelic forms, Welsh particles and circumflexes,
double-barrelled surnames and Polish, Brazilian, Nigerian, Indian and other expatriate names), with fifty kinds of
decoy. While held out, we reported its tables only.

The "blind83" half (``--halves blind83,blind83-more``, 100 + 300 reports, seeds 87000-87399) is an eighty-third
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind83_works.py and blind83_text.py), as brand, trade, CRM, digital, loyalty and
communications marketers at banks and Islamic banks, takaful operators, telecoms, retailers, property developers,
halal food and beverage makers, palm-oil groups, airlines, hotel groups, tourism boards and agencies in Kuala Lumpur,
Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Singapore and Bandar Seri Begawan write CIM Level 6 and 7
reports and MBA assignments in English (Malaysian, Singapore and Brunei Acts and Orders with their numbers and years,
BNM, MAS, MCMC and PDPC guidelines, JAKIM and MUIS halal standards, DOSM, SingStat and DEPS figures, Berhad, Sdn. Bhd.
and Pte. Ltd. firms, Bursa and SGX tickers, Hari Raya, Chinese New Year, Deepavali, Gawai, Kaamatan, Merdeka, National
Day, 11.11 and 12.12 campaigns, RM, S$ and B$ figures, Hijri dates, flight numbers, loyalty tiers, hashtags and promo
codes, Malay and Chinese words glossed in brackets; regional and international journals with up to eight authors,
Malay textbooks with English translations in square brackets, chapters, theses from Malaysian, Singaporean and
Bruneian universities, company, regulator, statistics-office, legislation and research-firm works with and without
dates or access dates, the regional press signed and unsigned, social posts and podcasts; Malay names with bin, binti
and bte written whole or filed under the father's name, Chinese names in Hokkien, Cantonese and Hakka romanisations
with English given names, Indian names with a/l and a/p, Iban, Kadazan and Eurasian names with particles, expatriate
names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind84" half (``--halves blind84,blind84-more``, 100 + 300 reports, seeds 88000-88399) is an eighty-fourth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind84_works.py and blind84_text.py), as brand, partnership, CRM, ticketing, digital,
content and communications marketers at football clubs, leagues and federations, kit and boot makers, sponsors,
broadcasters and streaming services, stadium and hospitality operators and sports agencies in Manchester, Liverpool,
London, Madrid, Barcelona, Seville, Munich, Dortmund, Milan, Turin, Paris and Lyon write CIM Level 6 and 7 reports and
sport-business MBA assignments in English (English, Spanish, French, Italian, German and EU laws and regulations with
their numbers and years, UEFA regulations and league handbooks, ASA, CAP and Ofcom rulings, INE, Destatis, ISTAT and
INSEE figures, plc, Limited, S.A.D., S.p.A., AG, SE and GmbH & Co. KGaA clubs and firms, seasons, scores, fees, wages,
matchdays, kick-off times, derbies, cup finals, tournaments, tours, kit launches, handles, hashtags and promo codes,
Spanish, German, Italian and French words glossed in brackets; sport-management journals with up to eight authors,
textbooks, chapters, theses, club, league, federation, sponsor, consultancy, statistics-office and legislation works
with and without dates or access dates, the sports press signed and unsigned, social posts, podcasts and videos, works
in Spanish, German, Italian and French with English translations in square brackets; Spanish double surnames, Catalan,
German, Italian, French, Dutch and Portuguese particles, Scandinavian, West African, Japanese and Korean names), with
fifty kinds of decoy. While held out, we reported its tables only.

The "blind85" half (``--halves blind85,blind85-more``, 100 + 300 reports, seeds 89000-89399) is an eighty-fifth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind85_works.py and blind85_text.py), as brand, trade, CRM, digital, destination and
communications marketers at tourism authorities and resort groups, airlines, telecoms and mobile-money providers,
banks and insurers, fisheries, kava, water and food exporters, supermarket chains and public-health programmes in
Suva, Nadi, Apia, Nukuʻalofa, Port Moresby, Lae, Port Vila and Honiara write CIM Level 6 and 7 reports and MBA
assignments in English (Fijian, Samoan, Tongan, Vanuatu, Solomon Islands and PNG Acts with their numbers and years,
Reserve Bank of Fiji and Central Bank of Samoa notices, statistics-office figures, Pte Limited, Limited, Ltd and LLC
firms, SPX and PNGX tickers, Fiji Day, Independence days, Diwali, Teuila, Heilala and Hibiscus festivals, White
Sunday, rugby sevens and the Pacific Games, cruise-season and back-to-school campaigns, FJ$, tala, paʻanga, kina, vatu
and SBD figures, flight numbers, USSD and promo codes, hashtags, Fijian, Samoan, Tongan and Tok Pisin words glossed in
brackets; regional and international journals with up to eight authors, textbooks, chapters, theses from USP, FNU,
NUS, UPNG and Unitech, vernacular titles with English translations in square brackets, company, regulator,
statistics-office, regional-body, legislation and research-firm works with and without dates or access dates, the
Pacific press signed and unsigned, social posts and podcasts; iTaukei, Samoan, Tongan, Papua New Guinean, ni-Vanuatu,
Solomon Islands, Indo-Fijian, Chinese-Pacific, part-European and Australian and New Zealand expatriate names with the
ʻokina, particles and hyphens), with forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind86" half (``--halves blind86,blind86-more``, 100 + 300 reports, seeds 90000-90399) is an eighty-sixth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind86_works.py and blind86_text.py), as brand, trade, CRM, digital, export and
communications marketers at food, wine and cava makers, breweries, agri-food and fishing co-operatives, savings and
co-operative banks, supermarket chains, fashion groups, tourism boards, public bodies, football clubs and agencies in
Barcelona, Girona, Tarragona, Bilbao, Donostia-San Sebastián, Vitoria-Gasteiz, Santiago de Compostela, A Coruña, Vigo,
Valencia, Alicante and Pamplona write CIM Level 6 and 7 reports and MBA assignments in English (Spanish, Catalan,
Basque, Galician and Navarrese laws with their numbers and dates, BOE, DOGC and BOPV numbers, AEPD and Autocontrol
cases, DO and DOCa rules, INE, Idescat, Eustat, IGE and Nastat figures, S.A., S.A.U., S.L.U., S. Coop. and SAT firms,
tickers and tax numbers, Sant Jordi, Diada, La Mercè, Aste Nagusia, San Fermín, Fallas, Apóstol, Black Friday, rebajas
and back-to-school campaigns, euro figures with decimal commas, vintages and founding years, football seasons and
scores, regional words glossed in brackets; Spanish and international journals with up to eight authors, textbooks in
Spanish, Catalan, Basque and Galician with English translations in square brackets, chapters, theses from the region's
universities, company, co-operative, bank, tourism-board, government, legislation, statistics-office and research-firm
works with and without dates or access dates, the regional and business press signed and unsigned, social posts and
podcasts; names with two surnames, Catalan "i", "y", hyphens, particles, d'Ors, Basque, Galician and Valencian forms,
accents and ñ, and expatriate names), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind87" half (``--halves blind87,blind87-more``, 100 + 300 reports, seeds 91000-91399) is an eighty-seventh
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind87_works.py and blind87_text.py), as brand, proposition, CRM, digital, adviser-channel,
member-engagement and communications marketers at insurers, life and pensions providers, building societies, mutuals,
friendly societies, price-comparison sites, wealth managers, investment platforms, brokers and agencies in London,
Edinburgh, Leeds, Bristol, Norwich, Swindon, Cardiff, Glasgow, Halifax and Northampton write CIM Level 6 and 7 reports
and MBA assignments (FSMA 2000, Consumer Duty PS22/9, COBS, ICOBS, PROD, DISP, FG21/1, SI numbers, FOS decision
references, FRNs, CAP Code rules and ASA complaints, tax years and ISA season, Pension Awareness Week, Talk Money
Week, Black Friday, renewal and auto-enrolment campaigns, pound figures, AERs and APRs, star ratings and awards, risk
warnings, survey bases, tickers and results periods, founding years of mutuals; financial-services journals with up to
eight authors, textbooks and CII study texts, chapters, theses from Bayes (Cass), Warwick, Leeds, Edinburgh,
Strathclyde, Bristol and the Open University, firm, mutual, regulator, trade-body, government, legislation and
research-firm works with and without dates or access dates, the trade and personal-finance press signed and unsigned,
social posts and podcasts; British names of every origin, double-barrelled, O' and Mc names, particles, Jr., accents
and expatriates), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind88" half (``--halves blind88,blind88-more``, 100 + 300 reports, seeds 92000-92399) is an eighty-eighth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind88_works.py and blind88_text.py), as brand, trade, CRM, digital, e-commerce and
communications marketers at supermarket and department-store chains, banks and insurers, telecoms, dairy, beer, flower
and food exporters, logistics firms, energy suppliers, public bodies and agencies in Amsterdam, Rotterdam, Utrecht,
The Hague, Eindhoven, Groningen, Antwerp, Ghent, Leuven and Brussels write CIM Level 6 and 7 reports and MBA
assignments in English (N.V., B.V., U.A., NV, SA/NV and Stichting firms and bodies, Dutch and Belgian laws and
articles, Staatsblad and Belgisch Staatsblad numbers, RCC rulings, ACM and AP decisions, CBS and Statbel figures, KvK
and enterprise numbers, tickers, euro figures with decimal commas, Koningsdag, Sinterklaas, Hamsterweken, Dolle Dagen
and Black Friday calendars, Dutch words and slogans glossed in brackets; Dutch and international journals with up to
eight authors, Dutch textbooks with English translations in square brackets, chapters, theses from Dutch and Flemish
universities and business schools, company, regulator, statistics-office, advertising-code, legislation and
research-firm works with and without dates or access dates, the national and trade press signed and unsigned, social
posts and podcasts; Dutch names with lower-case particles, Flemish names with capitals, Frisian and Limburg names, IJ,
Moroccan-Dutch, Turkish-Dutch, Surinamese, Antillean and expatriate names), with forty-nine kinds of decoy. While held
out, we reported its tables only.

The "blind89" half (``--halves blind89,blind89-more``, 100 + 300 reports, seeds 93000-93399) is an eighty-ninth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by an eighty-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind89_works.py and blind89_text.py), as brand, trade, CRM, digital, sponsorship and
communications marketers at banks, mobile-money providers, insurers, telecoms, breweries and bottlers, supermarket and
wholesale chains, agribusiness, sugar and fertiliser firms, mining-supply firms, safari and hotel groups and tourism
boards in Lusaka, Kitwe, Ndola, Harare, Bulawayo, Gaborone, Francistown, Windhoek, Walvis Bay, Lilongwe and Blantyre
write CIM Level 6 and 7 reports and MBA assignments in English (Acts with their numbers and chapters, Statutory
Instruments, regulators' acronyms, statistics offices, (Pty) Ltd, (Private) Limited, Plc and plc firms, tickers, USSD
codes, kwacha, ZiG, US$, pula and N$ figures, Independence, Heroes' Day, Kuomboka, Oktoberfest, trade-fair, month-end
and harvest-season campaigns, slogans in local languages glossed in English; regional and international journals with
up to eight authors, textbooks, chapters, theses from the region's universities, company, regulator,
statistics-office, tourism-board, government, legislation and research-firm works with and without dates or access
dates, the regional press signed and unsigned, social posts and podcasts; Zambian, Zimbabwean, Motswana, Namibian and
Malawian names, Afrikaans and German particles, hyphens, accents, click letters and expatriate names), with forty-four
kinds of decoy. While held out, we reported its tables only.

The "blind90" half (``--halves blind90,blind90-more``, 100 + 300 reports, seeds 94000-94399) is a ninetieth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by a ninetieth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind90_works.py and blind90_text.py), as brand, artist-marketing, partnership, CRM, digital,
ticketing and communications marketers at record labels, music publishers, streaming services, promoters, festival
organisers, venues and arenas, ticketing platforms, radio and music media, instrument makers and sponsors in London,
Manchester, Glasgow, Bristol, Liverpool, Brighton, New York, Nashville, Los Angeles, Austin and Atlanta write CIM
Level 6 and 7 reports and MBA assignments (albums and singles with their release years in brackets, chart positions,
tours and festivals with their years, Acts, Regulations, CAP Code rules, ASA rulings, CMA undertakings, FTC guides and
state ticketing laws, DCMS, ONS, Census Bureau and BLS figures, pound and dollar figures, awards, presale codes, set
times and venue capacities; popular-music and arts-marketing journals with up to eight authors, textbooks, chapters,
theses from BIMM, LIPA, Westminster, Leeds Conservatoire, NYU, Berklee and Belmont, label, promoter, trade-body,
regulator and statistics-office works with and without dates or access dates, Acts read online, the music and trade
press signed and unsigned, artists' posts and podcasts; British and American names of every origin, particles,
hyphens, accents, Jr., Sr. and III, mononyms and bands with "&"), with forty-six kinds of decoy. While held out, we
reported its tables only.

The "blind91" half (``--halves blind91,blind91-more``, 100 + 300 reports, seeds 95000-95399) is a ninety-first
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by a ninety-first hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind91_works.py and blind91_text.py), as brand, client-marketing, CRM, digital, destination
and communications marketers at private banks, fund administrators and management companies, insurers, telecoms,
retailers, luxury hotels, casinos, tourism offices, ministries and agencies in Luxembourg City, Esch-sur-Alzette,
Kirchberg, Vaduz, Schaan, Monaco, Monte-Carlo, Andorra la Vella, Escaldes-Engordany and San Marino write CIM Level 6
and 7 reports and MBA assignments in English (laws, CSSF circulars, gazette numbers and EU and EEA regulations with
their numbers and years, statistics offices, S.A., S.à r.l., SCSp, AG, Anstalt, Stiftung, S.A.M., SAU and S.p.A.
firms, euro and CHF figures written the continental way, National Day, Schueberfouer, Staatsfeiertag, Grand Prix, Fête
Nationale, Meritxell and ski-season campaigns, slogans in Luxembourgish, German, French, Catalan and Italian glossed
in English; journals with up to eight authors, textbooks in four languages with English translations in square
brackets, chapters, theses from the small states' universities, company, regulator, statistics-office, government,
legislation and Big Four works with and without dates or access dates, the local press signed and unsigned, social
posts and podcasts; Luxembourgish, German, French, Italian, Catalan, Portuguese, Belgian and Swiss names with
particles, double and hyphenated surnames, accents and expatriate names), with forty-five kinds of decoy. While held
out, we reported its tables only.

The "blind92" half (``--halves blind92,blind92-more``, 100 + 300 reports, seeds 96000-96399) is a ninety-second
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by a ninety-second hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind92_works.py and blind92_text.py), as brand, export, CRM, digital, destination and
communications marketers at seafood and aquaculture exporters, airlines and ferry lines, tourism boards, hotel and
tour operators, geothermal and hydro energy firms, banks, grocery and outdoor-clothing retailers, dairy co-operatives
and agencies in Reykjavík, Akureyri, Keflavík, Tórshavn, Klaksvík, Nuuk, Ilulissat, Tromsø and Bodø write CIM Level 6
and 7 reports and MBA assignments in English (Acts with their numbers, løgtingslóg, Inatsisartutlov and
Markedsføringsloven, EEA regulations, regulators' case numbers, statistics offices and survey firms, hf., ehf., P/F,
A/S and AS firms, tickers, flight numbers, króna, DKK and NOK figures with full stops for thousands, Þorrablót, 17
June, Ólavsøka, National Day, Airwaves and Northern Lights campaigns, local words glossed in English; regional and
international journals with up to eight authors, textbooks in Icelandic, Faroese, Danish and Norwegian with English
titles in square brackets, chapters, theses from the region's universities, company, regulator, statistics-office,
tourism-board, government, legislation and research-firm works with and without dates or access dates, the regional
press signed and unsigned, social posts and podcasts; Icelandic patronymics and matronymics, Faroese names with
particles, Greenlandic, Sámi, Norwegian, Danish and expatriate names), with forty-nine kinds of decoy. While held out,
we reported its tables only.

The "blind93" half (``--halves blind93,blind93-more``, 100 + 300 reports, seeds 97000-97399) is a ninety-third
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by a ninety-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind93_works.py and blind93_text.py), as brand, trade, CRM, digital, fundraising and
communications marketers at FMCG and food makers, banks and microfinance institutions, telecoms and fintechs,
supermarket and mall operators, real-estate developers, hotel groups, NGOs, UN agencies and agencies in Cairo,
Alexandria, Giza, New Cairo, Beirut, Jounieh, Tripoli, Amman, Irbid and Aqaba write CIM Level 6 and 7 reports and MBA
assignments in English (laws and central-bank circulars with their numbers and years, regulators' decisions, S.A.E.,
S.A.L., PSC and plc firms, tickers, fiscal years, EGP, L.L. and JD figures, Ramadan, Eid, Coptic and Western
calendars, Arabic and French words glossed in English, campaign names and slogans; regional and international journals
with up to eight authors, textbooks with Arabic and French titles translated in square brackets, chapters, theses from
AUC, AUB, LAU, USJ and the University of Jordan, company, regulator, statistics-office, legislation and research-firm
works with and without dates or access dates, the regional press signed and unsigned, social posts and podcasts;
Egyptian, Lebanese, Jordanian and Palestinian names with El, Al, Abou, Abu and Abdel written several ways, Coptic,
Armenian-Lebanese, Circassian and Druze names and expatriate names), with forty-eight kinds of decoy. While held out,
we reported its tables only.

The "blind94" half (``--halves blind94,blind94-more``, 100 + 300 reports, seeds 98000-98399) is a ninety-fourth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by a ninety-fourth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind94_works.py and blind94_text.py), as brand, trade, CRM, digital, destination and
communications marketers at hotel and resort groups, airlines, tourism boards, sugar, rum and textile groups, offshore
banks and management companies, telecoms, supermarket and mall operators, vanilla and seafood exporters and agencies
in Port Louis, Ebène, Curepipe, Grand Baie, Victoria, Antananarivo, Toamasina and Saint-Denis write CIM Level 6 and 7
reports and MBA assignments in English (Acts and Government Notices with their numbers, Loi n° 2014-038 and the Code
de la consommation, rupee, SCR, ariary and euro figures, Ltd, Ltée, S.A., SARL and SAS firms, Divali, Cavadee, Spring
Festival, Independence Day, Festival Kreol, Fèt Kaf and coupe calendars, Kreol, Malagasy and French words glossed in
English; regional and international journals with up to eight authors, French textbooks and Kreol and Malagasy titles
with English translations in square brackets, chapters, theses from the island universities, group, regulator,
statistics-office, tourism-board, government, legislation and research-firm works with and without dates or access
dates, the island press signed and unsigned, social posts and podcasts; Indo-, Sino- and Franco-Mauritian, Creole,
Seychellois, Malagasy, Réunionnais and expatriate names), with forty-three kinds of decoy. While held out, we reported
its tables only.

The "blind95" half (``--halves blind95,blind95-more``, 100 + 300 reports, seeds 99000-99399) is a ninety-fifth
independent measurement, held out for its first tables (measured by its writer in stop 32), development data since:
written by a ninety-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind95_works.py and blind95_text.py), as Hispanic and bilingual brand, multicultural, CRM,
digital, media and communications marketers at grocery and retail chains, banks and credit unions, insurers, telecoms,
Spanish-language broadcasters and streamers, food and beverage makers, health systems, community clinics, agencies and
non-profits in Houston, San Antonio, El Paso, Miami, Orlando, Los Angeles, San Diego, Phoenix, Tucson and New York
write CIM Level 6 and 7 reports and MBA assignments (statutes with their years and sections, bill numbers, C.F.R.
parts and executive orders, ACS and Census figures, dollar figures, store numbers, tickers, Inc., LLC, LP and PLLC
firms, Nielsen ratings, Spanish taglines glossed in English, Hispanic Heritage Month, Día de los Muertos, Noche Buena
and Copa América calendars; journals with up to eight authors, textbooks in English and Spanish with English titles in
square brackets, chapters, theses from Texas, Florida, California, Arizona and New York universities, company,
trade-body, research-firm, regulator, government and legislation works with and without dates or access dates, the
English- and Spanish-language press signed and unsigned, social posts and podcasts; names with two surnames,
hyphenated or not, particles, accents and ñ and the same names without them, Jr. and III, and Anglo, Asian-American,
African-American and expatriate names), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind96" half (``--halves blind96,blind96-more``, 100 + 300 reports, seeds 100000-100399) is a ninety-sixth
independent measurement, held out for its first tables (measured by its writer in stop 33), development data since:
written by a ninety-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind96_works.py and blind96_text.py), as brand, trade, CRM, digital, destination and
communications marketers at banks and fintech super-apps, telecoms, supermarket and bazaar operators, FMCG, dairy and
beverage makers, airlines, mining companies' community teams, hotel groups and agencies in Almaty, Astana, Shymkent,
Tashkent, Samarkand, Bukhara, Bishkek, Osh and Ulaanbaatar write CIM Level 6 and 7 reports and MBA assignments in
English (laws, decrees, ministry orders and regulator resolutions with their numbers and dates, tenge, som and tögrög
figures with conversions, JSC, LLP, LLC and plc firms in brackets after their brands, tickers, Kazakh, Uzbek, Kyrgyz,
Mongolian and Russian words and slogans glossed in English, Nauryz, Naadam, Tsagaan Sar, Ramadan, 1 September, Novy
God and 11.11 calendars; regional journals with up to eight authors, English textbooks and transliterated Russian,
Kazakh, Uzbek, Kyrgyz and Mongolian titles with English translations in square brackets, chapters, theses from the
region's universities, company, central-bank, regulator, statistics-office, tourism-board and legislation works with
and without dates or access dates, the regional press signed and unsigned, research-firm reports, social posts and
podcasts; Kazakh, Uzbek, Kyrgyz and Mongolian names written more than one way, Mongolian names with the father's name
as an initial, Koryo-saram, Russian, Tatar, Uyghur, Dungan and expatriate names), with forty-seven kinds of decoy.
While held out, we reported its tables only.

The "blind97" half (``--halves blind97,blind97-more``, 100 + 300 reports, seeds 101000-101399) is a ninety-seventh
independent measurement, held out for its first tables (measured by its writer in stop 33), development data since:
written by a ninety-seventh hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind97_works.py and blind97_text.py), as bilingual (French and English) brand, trade, CRM,
digital, fundraising and communications marketers at telecoms and mobile-money operators, breweries, banks and
microfinance institutions, insurers, FMCG, cement and agro-industry firms, supermarket chains, NGOs, UN agencies and
agencies in Douala, Yaoundé, Libreville, Port-Gentil, Kinshasa, Lubumbashi, Brazzaville, Pointe-Noire, Kigali and
Bujumbura write CIM Level 6 and 7 reports and MBA assignments (laws, ordinances, CEMAC regulations, OHADA Uniform Acts
and ministerial orders with their numbers and dates, S.A., SARL, S.A.R.L.U., Plc, Ltd and ASBL firms, tickers, USSD
codes and registration numbers, XAF, FCFA, CDF, RWF and BIF figures, Fête de la Jeunesse, Kwibohora, Umuganda,
Tabaski, rentrée and AFCON calendars, French, Lingala, Kinyarwanda and Swahili slogans glossed in English; regional
and international journals with up to eight authors, French textbooks and Lingala, Kinyarwanda and Swahili titles with
English translations in square brackets, chapters, theses from the region's universities, operator, brewer, bank,
central-bank, regulator, statistics-office, NGO, legislation and research-firm works with and without dates or access
dates, the regional press signed and unsigned, social posts and podcasts; Cameroonian, Gabonese and Congolese names
with post-names and several family names, Rwandan and Burundian names, accents, particles, hyphenated given names and
expatriate names), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind98" half (``--halves blind98,blind98-more``, 100 + 300 reports, seeds 102000-102399) is a ninety-eighth
independent measurement, held out for its first tables (measured by its writer in stop 33), development data since:
written by a ninety-eighth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind98_works.py and blind98_text.py), as brand, trade, CRM, digital, destination,
fundraising and communications marketers at resort groups, airlines, trekking and tour operators, tourism boards,
telecoms, banks and remittance firms, noodle, tea, beer and cement makers, supermarket chains, NGOs, development
agencies and agencies in Kathmandu, Pokhara, Lalitpur, Thimphu, Paro, Phuntsholing, Yangon, Mandalay, Naypyidaw, Malé
and Hulhumalé write CIM Level 6 and 7 reports and MBA assignments (Acts with their Vikram Sambat and Gregorian years,
law numbers, central-bank directives and circulars, Vikram Sambat and Burmese-era dates, Nepali fiscal years, rupee,
ngultrum, kyat, rufiyaa and dollar figures, Pvt. Ltd., Co., Ltd. and PLC firms, tickers, flight numbers, altitudes,
atoll codes, festival and trekking-season calendars; regional journals with up to eight authors, textbooks, chapters,
theses from the region's universities, Nepali, Dzongkha, Burmese and Dhivehi titles with English translations in
square brackets, company, bank, telecom, tourism-board, NGO, development-agency, regulator, statistics-office,
government and legislation works with and without dates or access dates, the regional press signed and unsigned,
social posts and podcasts; Nepali caste surnames, Bhutanese and Burmese names without family names and with
honorifics, Maldivian names and expatriate names with particles, hyphens and accents), with forty-seven kinds of
decoy. While held out, we reported its tables only.

The "blind100" half (``--halves blind100,blind100-more``, 100 + 300 reports, seeds 104000-104399) is a hundredth
independent measurement, held out for its first tables (measured by its writer in stop 33), development data since:
written by a hundredth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind100_works.py and blind100_text.py), as brand, export, trade, CRM, digital, destination
and communications marketers at wineries and brandy houses, mineral-water makers, banks and fintechs, telecoms,
supermarket and mall operators, hotel groups, airlines and tourism boards in Tbilisi, Batumi, Kutaisi, Telavi,
Yerevan, Gyumri, Dilijan, Baku, Ganja and Gabala write CIM Level 6 and 7 reports and MBA assignments (laws, NBG, CBA
and CBAR decrees and regulations with their numbers and years, JSC, LLC, CJSC, OJSC, PLC and LEPL bodies, tickers,
lari, dram and manat figures, vintages, brandy ages and appellations, flight and airport codes, Rtveliseba, Tbilisoba,
Vardavar, Novruz, Christmas, Independence Day and Black Friday calendars, Georgian, Armenian and Azerbaijani slogans
glossed in English; regional and international journals with up to eight authors, textbooks, chapters, theses from
TSU, ISET, the Free University, AUA, YSU, ADA and UNEC, Georgian, Armenian, Azerbaijani and Russian titles
transliterated with English translations in square brackets, bank, telecom, winery, tourism-board, central-bank,
statistics-office, development-bank, legislation and research-firm works with and without dates or access dates, the
regional press signed and unsigned, social posts; Georgian, Armenian and Azerbaijani names written more than one way,
patronymics with oglu and qizi, Ter- and double-barrelled names, Russian and expatriate names with particles, hyphens
and accents), with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind101" half (``--halves blind101,blind101-more``, 100 + 300 reports, seeds 105000-105399) is a
hundred-and-first independent measurement, held out for its first tables (measured by its writer in stop 33),
development data since: written by a hundred-and-first hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind101_works.py and blind101_text.py), as brand, destination, CRM, digital,
community-relations and communications marketers at Alaska Native regional and village corporations, seafood
processors, airlines, cruise and tour operators, hotel and resort groups, health systems, utilities, credit unions,
banks, grocers and agencies in Anchorage, Juneau, Fairbanks, Ketchikan, Sitka, Honolulu, Hilo, Kahului, Kailua-Kona,
Līhuʻe, Seattle, Tacoma, Spokane and Portland write CIM Level 6 and 7 reports and MBA assignments (U.S. Code sections,
Hawaii Revised Statutes and Alaska Statutes, session laws and bill numbers, state holidays and festivals with their
dates, flight numbers, airport codes, tickers, area codes, ship, hotel, film and television names with their years,
senators with party and state, dollar figures, fiscal years, salmon runs and visitor counts; tourism, fisheries and
business journals with up to eight authors, textbooks, chapters, theses from the region's universities, Hawaiian,
Yupʼik, Iñupiaq and Tlingit titles with English translations in square brackets, Native corporation, airline, utility,
bank, health-system, tourism-authority, state and federal agency, legislature and research-firm works with and without
dates or access dates, the regional press signed and unsigned, social posts and podcasts; Native Hawaiian names with
and without the ʻokina and kahakō, Alaska Native, Asian- and Pacific-American, Portuguese-Hawaiian, Scandinavian and
Russian-Alaskan names, Jr. and III, particles and hyphens), with fifty-three kinds of decoy. While held out, we
reported its tables only.

The "blind99" half (``--halves blind99,blind99-more``, 100 + 300 reports, seeds 103000-103399) is a ninety-ninth
independent measurement, held out for its first tables (measured by its writer in stop 33), development data since:
written by a ninety-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind99_works.py and blind99_text.py), as brand, trade, CRM, digital, destination and
communications marketers at rum distilleries, banana cooperatives, hotel and cruise groups, airlines, telecoms, banks
and money-transfer firms, supermarket and car-dealer groups, NGOs and agencies in Fort-de-France, Pointe-à-Pitre,
Cayenne, Kourou, Marigot, Port-au-Prince and Cap-Haïtien write CIM Level 6 and 7 reports and MBA assignments (laws,
codes, decrees in Le Moniteur and BRH circulars with their numbers, euro, gourde and dollar figures, SAS, SARL, EURL,
S.A., SEM and GIE firms, Carnaval, Kanaval, Abolition-day, chanté Nwèl, rentrée, Route du Rhum and Black Friday
calendars; regional journals with up to eight authors, French textbooks and French and Creole titles with English
translations in square brackets, chapters, theses from the region's universities, company, bank, telecom,
tourism-board, NGO, statistics-office and government works with and without dates or access dates, the regional press
signed and unsigned, social posts and podcasts; Martinican, Guadeloupean, Béké, Haitian, Indo-Caribbean,
Syrian-Lebanese, Hmong, Chinese-Guianese and expatriate names with particles, hyphens and accents), with fifty kinds
of decoy. While held out, we reported its tables only.

The "blind102" half (``--halves blind102,blind102-more``, 100 + 300 reports, seeds 106000-106399) is a
hundred-and-second independent measurement, held out for its first tables (measured by its writer in stop 33),
development data since: written by a hundred-and-second hand the same way, without reading the checker, its tests or any
other pool (tests/corpus/references/blind102_works.py and blind102_text.py), as brand, CRM, digital, member-engagement,
destination and communications marketers at caisses and credit unions, insurers, telecoms, grocers and pharmacy chains,
dairy and maple co-operatives, ski resorts, tourism boards, theatres, festivals and Crown corporations in Montréal,
Québec City, Laval, Gatineau, Sherbrooke, Trois-Rivières, Saguenay, Moncton, Edmundston and Ottawa write CIM Level 6 and
7 reports and MBA assignments (Québec, New Brunswick and federal statutes with their chapters, Bill 96 and Law 25, CRTC
decisions with their numbers, prices with French spacing, inc., ltée, s.e.n.c. and coopérative firms, Fête nationale,
moving-day, Carnaval, temps des sucres, Tintamarre, rentrée and Black Friday calendars; journals with up to eight
authors, French textbooks and titles with English translations in square brackets, chapters, theses and mémoires from
the region's universities, co-operative, bank, telecom, grocer, tourism-board, Crown-corporation, regulator and
research-firm works with and without dates or access dates, statutes, the French and English press signed and unsigned,
social posts and podcasts; Québécois, Acadian, Franco-Ontarian, Haitian-, Lebanese-, Italian- and Vietnamese-Québécois
and anglophone names with particles, hyphens and accents), with forty-four kinds of decoy. While held out, we reported
its tables only.

The "blind103" half (``--halves blind103,blind103-more``, 100 + 300 reports, seeds 107000-107399) is a hundred-and-third
independent measurement, held out for its first tables (measured by its writer in stop 33), development data since:
written by a hundred-and-third hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind103_works.py and blind103_text.py), as brand, trade, CRM, digital, destination and
communications marketers at banks, telecoms, retail chains, food, drink and pharmaceutical makers, hotel groups,
airlines, tourism organisations and agencies in Belgrade, Novi Sad, Niš, Sarajevo, Banja Luka, Mostar, Podgorica, Budva,
Kotor, Skopje, Ohrid, Tirana and Durrës write CIM Level 6 and 7 reports and MBA assignments (laws with their Official
Gazette numbers and NBS decisions, dinar, convertible mark, euro, denar and lek figures, a.d., d.o.o., d.d., AD, DOOEL
and sh.a. firms, Slava, Christmas, Bajram, Vidovdan, Dita e Verës, Flag Day, Exit and diaspora-summer calendars;
regional journals with up to eight authors, English and regional textbooks with Serbian, Bosnian, Croatian, Macedonian
and Albanian titles and English translations in square brackets, chapters, theses from the region's universities, bank,
telecom, retailer, tourism-organisation, central-bank, statistics-office, regulator and research-firm works with and
without dates or access dates, laws, the regional press signed and unsigned, social posts and podcasts; -ić, -ović,
-ski, -ska, -ov and Albanian names with and without their diacritics, double-barrelled married names and diaspora
names), with forty-six kinds of decoy. While held out, we reported its tables only.

The "blind104" half (``--halves blind104,blind104-more``, 100 + 300 reports, seeds 108000-108399) is a
hundred-and-fourth independent measurement, held out for its first tables (measured by its writer in stop 33),
development data since: written by a hundred-and-fourth hand the same way, without reading the checker, its tests or any
other pool (tests/corpus/references/blind104_works.py and blind104_text.py), as brand, trade, CRM, digital, growth,
employer-branding and communications marketers at banks and e-wallets, telecoms, malls and convenience chains, FMCG and
food makers, QSR groups, BPOs, airlines, resorts and agencies in Makati, BGC Taguig, Ortigas, Quezon City, Cebu, Davao,
Iloilo, Bacolod, Cagayan de Oro, Baguio and Clark write CIM Level 6 and 7 reports and MBA assignments (Republic Acts,
BSP and NPC circulars and DTI orders with their numbers, peso figures, SEC, BIR, store, SKU and promo codes, hotlines,
ber-months, payday, 11.11 and 12.12, Sinulog, Dinagyang, Kadayawan, Panagbenga, Simbang Gabi, Noche Buena and Holy Week
calendars, Taglish taglines and hashtags; Philippine and international journals with up to eight authors, textbooks,
chapters, theses from UP Diliman, Ateneo, DLSU, UST, AIM and USC, bank, e-wallet, telecom, retail, FMCG, BPO,
research-firm and government works and Republic Acts as web pages with and without dates or access dates, the Manila and
Cebu press signed and unsigned, social posts and podcasts, Filipino and Cebuano titles with English in square brackets;
Spanish-Filipino names with particles, middle names, Ma., Jr. and III, Chinese-Filipino, Maranao and Tausug and
expatriate names), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind105" half (``--halves blind105,blind105-more``, 100 + 300 reports, seeds 109000-109399) is a hundred-and-fifth
independent measurement, held out for its first tables (measured by its writer in stop 34), development data since:
written by a hundred-and-fifth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind105_works.py and blind105_text.py), as brand, CRM, digital, export and communications
marketers at e-commerce platforms, ride-hailing and super-apps, banks, insurers, telecoms, FMCG and dairy makers, carpet
and saffron exporters, hotels and agencies in Tehran, Isfahan, Shiraz, Mashhad and Tabriz and in Dubai, Toronto and
London write CIM Level 6 and 7 reports and MBA assignments (Solar Hijri years and dates beside Gregorian ones, Nowruz,
Yalda, Ramadan, Muharram and Mehr calendars, rial and toman figures and exchange rates, PJSCs and Tehran Stock Exchange
tickers, Central Bank circulars, Iranian laws with their Hijri and Gregorian years beside Canadian, UAE and UK ones,
development plans, trust seals, national standards, poets, historical figures, heritage sites and diaspora places;
Iranian and international journals with up to eight authors, English and Persian textbooks and translations, chapters,
theses from the University of Tehran, Sharif, Allameh Tabataba'i, Shahid Beheshti and others, conference papers,
company, trade-body, ministry, Central Bank and research-firm works, laws as the Majlis research centre publishes them,
with and without dates or access dates, the Tehran and diaspora press signed and unsigned, social posts, podcasts and
videos, Persian titles transliterated or in Persian script with English in square brackets; -zadeh, -pour, -nejad, -far,
Mir- and Haj names, Seyed and Sadat, transliteration variants, scholarly diacritics and expatriate names), with
forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind106" half (``--halves blind106,blind106-more``, 100 + 300 reports, seeds 110000-110399) is a hundred-and-sixth
independent measurement, held out for its first tables (measured by its writer in stop 34), development data since:
written by a hundred-and-sixth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind106_works.py and blind106_text.py), as brand, trade, CRM, digital, medical-marketing and
communications marketers at banks, telecoms, retail chains, FMCG, pharmaceutical and wine makers, spas, hotels, airlines
and agencies in Hungary and in the Hungarian-speaking communities of Slovakia, Romania (Transylvania) and Serbia
(Vojvodina) write CIM Level 6 and 7 reports and MBA assignments (laws numbered like "2011. évi CXII. törvény" and Act
CXII of 2011, government decrees, MNB recommendations, GVH, NAIH and MNB case numbers, company registration and tax
numbers, forint, lei and dinar figures, Budapest districts in Roman numerals and postcodes, Hungarian dates, name days,
national holidays, festivals, vintages, hungarikums and PDO names, bilingual place names; Hungarian and international
journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from Corvinus, BME, ELTE,
Debrecen, Szeged, Pécs, Selye and Babeș-Bolyai, bank, telecom, retail, FMCG, pharmaceutical, spa, research-firm and
regulator works with and without dates or access dates, laws from the national law database, the Budapest and minority
press signed and unsigned, social posts, podcasts and videos, Hungarian titles with English in square brackets;
Hungarian names with -né married names, double surnames and accents, some printed without them, Slovak, Romanian,
Serbian and expatriate names), with forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind107" half (``--halves blind107,blind107-more``, 100 + 300 reports, seeds 111000-111399) is a
hundred-and-seventh independent measurement, held out for its first tables (measured by its writer in stop 34),
development data since: written by a hundred-and-seventh hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind107_works.py and blind107_text.py), as brand, trade, CRM, digital and
communications marketers at banks, telecoms, convenience and department-store chains, FMCG and beverage makers, property
developers, hotels, airlines and agencies in Bangkok, Chiang Mai, Phuket, Khon Kaen, Vientiane and Phnom Penh write CIM
Level 6 and 7 reports and MBA assignments (Buddhist Era years beside Common Era ones, baht, kip and riel figures, SET
tickers, Thai laws under their B.E. year, SEC and Bank of Thailand notifications with their numbers, Songkran, Loy
Krathong, Pchum Ben and Boun That Luang calendars, colleagues named by nickname with "Khun"; Thai and international
journals with up to eight authors, textbooks, chapters, theses from Chulalongkorn, Thammasat, Mahidol, Kasetsart and the
Royal University of Phnom Penh, conference papers, "Public Company Limited" and "Co., Ltd." pages and reports,
regulators, laws as web pages of the Office of the Council of State, research firms, the Bangkok, Vientiane and Phnom
Penh press signed and unsigned, social posts and podcasts, Thai, Lao and Khmer titles with English in square brackets;
long Thai surnames, "na Ayutthaya" lineages, Lao and Khmer names and expatriates), with fifty-two kinds of decoy. While
held out, we reported its tables only.

The "blind108" half (``--halves blind108,blind108-more``, 100 + 300 reports, seeds 112000-112399) is a
hundred-and-eighth independent measurement, held out for its first tables (measured by its writer in stop 34),
development data since: written by a hundred-and-eighth hand the same way, without reading the checker, its tests or any
other pool (tests/corpus/references/blind108_works.py and blind108_text.py), as brand, CRM, digital, export and
communications marketers at banks, microfinance institutions, telecoms and mobile money, Ethiopian Airlines, coffee and
leather exporters, breweries, FMCG makers, hotels and agencies in Addis Ababa, Adama, Hawassa, Bahir Dar, Mekelle and
Asmara and in the diaspora of Washington DC, London and Dubai write CIM Level 6 and 7 reports and MBA assignments
(Ethiopian-calendar years beside Gregorian ones, Meskerem dates, Enkutatash, Meskel, Timket, Fasika and the fasts, birr
and nakfa figures, proclamations numbered like "No. 1156/2019", NBE directives, S.C. and PLC firms, the Ethiopian
Securities Exchange, licence, TIN and student numbers, Ethiopian Standards, HS codes, coffee grades, flight numbers and
aircraft, emperors and athletes with their years, colleagues named with Ato, W/ro and W/t; Ethiopian and international
journals with up to eight authors, textbooks and e-books, Amharic books dated by the Ethiopian calendar, chapters,
theses from Addis Ababa, Bahir Dar, Jimma, Mekelle, Hawassa and St. Mary's, conference papers, company, regulator,
trade-body and research-firm works with and without dates or access dates, proclamations and directives, the Addis
Ababa, Asmara and diaspora press signed and unsigned, Telegram and other social posts, podcasts and videos, Amharic and
Tigrinya titles transliterated or in Ge'ez script with English in square brackets; names with no family surname, cited
by the father's, the grandfather's or the given name or uninverted, "G/" and "W/" abbreviations, transliteration
variants, Ethiopianist diacritics and expatriates), with fifty-eight kinds of decoy. While held out, we reported its
tables only.

The "blind109" half (``--halves blind109,blind109-more``, 100 + 300 reports, seeds 113000-113399) is a hundred-and-ninth
independent measurement, held out for its first tables (measured by its writer in stop 34), development data since:
written by a hundred-and-ninth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind109_works.py and blind109_text.py), as brand, trade, CRM, digital and communications
marketers at banks, telecoms, mining and cashmere firms, retailers, FMCG and dairy makers, airlines, tourism camps and
agencies in Ulaanbaatar, Erdenet and Darkhan and among Mongolians in Inner Mongolia, Buryatia and Seoul write CIM Level
6 and 7 reports and MBA assignments (tögrög figures with ₮ and MNT, Mongolian Stock Exchange tickers, Bank of Mongolia
rates, Financial Regulatory Commission resolutions and laws with their adoption dates, Naadam, Tsagaan Sar and dzud
calendars, aimags and districts, presidents with their terms; Mongolian and international journals with up to eight
authors, textbooks and e-books, chapters, conference papers, theses from NUM, MUST, UFE, Inner Mongolia, Buryat State
and Seoul universities, LLC and JSC pages and reports, regulators, laws from the national legal portal, research firms,
the Ulaanbaatar press signed and unsigned, social posts, podcasts and videos, Mongolian titles with English in square
brackets; given names cited with a patronymic initial or after the patronymic, genitive patronymics, clan names,
hyphenated and single names, Cyrillic and Latin transliteration variants, Buryat, Inner Mongolian, Korean and expatriate
names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind110" half (``--halves blind110,blind110-more``, 100 + 300 reports, seeds 114000-114399) is a hundred-and-tenth
independent measurement, held out for its first tables (measured by its writer in stop 34), development data since:
written by a hundred-and-tenth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind110_works.py and blind110_text.py), as brand, CRM, digital, trade and communications
marketers at banks and cooperatives, telecoms, rum distillers, breweries, retailers, FMCG makers, hotels and resorts,
airlines and agencies in Puerto Rico, the Dominican Republic, Cuba and Venezuela and in Miami, Madrid and New York write
CIM Level 6 and 7 reports and MBA assignments (Puerto Rican laws numbered "Ley Núm. 60 de 2019", Dominican "Ley núm.
358-05", Venezuelan gazettes and Cuban decree-laws, central banks, regulators and their circulars, RNC and RIF tax
numbers, dollar, peso and bolívar figures, tickers, SWIFT and airport codes, hurricanes and hurricane seasons, Carnaval,
Three Kings' Day and the long Puerto Rican Christmas, baseball seasons, Spanish words with English in square brackets;
Spanish and English journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from
the UPR, PUCMM, INTEC, UCAB, IESA and the Universidad de La Habana, Inc., LLC, S.A., S.R.L., S.A.S. and C.A. pages and
reports, trade bodies, laws as web pages, research firms, the island and diaspora press signed and unsigned, social
posts, podcasts and videos, Spanish titles with English in square brackets; double surnames, particles, diaspora
hyphens, Jr. and II, accents left off, and expatriates), with fifty kinds of decoy. While held out, we reported its
tables only.

The "blind111" half (``--halves blind111,blind111-more``, 100 + 300 reports, seeds 115000-115399) is a
hundred-and-eleventh independent measurement, held out for its first tables (measured by its writer in stop 34),
development data since: written by a hundred-and-eleventh hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind111_works.py and blind111_text.py), as brand, CRM, digital, trade and
communications marketers at banks, telecoms, wineries and brandy houses, mineral-water and FMCG makers, retailers,
hotels, airlines and agencies in Tbilisi, Batumi, Kutaisi, Yerevan and Gyumri and in Moscow, Los Angeles and Paris write
CIM Level 6 and 7 reports and MBA assignments (Georgian laws numbered "No. 1228-IIs" and Armenian "HO-51-N", NBG and CBA
orders, government resolutions, lari and dram figures and exchange rates, Rtveli, Tbilisoba, Vardavar, the two Easters
and national days, vintages, brandy ages and appellations, founders and executives with their years, tax codes, tickers,
flight and airport codes, tariff plans, addresses, awards, renamed places, Georgian and Armenian words with English in
square brackets; Georgian, Armenian, Russian and English journals with up to eight authors, textbooks and e-books,
chapters, conference papers, theses from TSU, ISET, the AUA and YSU, JSC, LLC and CJSC pages and reports, trade bodies,
regulators and statistics offices, laws as web pages from Matsne and ARLIS, research firms, the Caucasus and diaspora
press signed and unsigned, social posts, podcasts and videos, Georgian, Armenian and Russian titles with English in
square brackets; -shvili, -dze, -ia, -uri, -yan, -ian and -ants names, "Ter-" and "Der", Eastern and Western Armenian
spellings, transliteration variants from Georgian, Armenian and Russian, patronymics' initials in Russian-style
citations, Cyrillic authors, and expatriates), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind112" half (``--halves blind112,blind112-more``, 100 + 300 reports, seeds 116000-116399) is a
hundred-and-twelfth independent measurement, held out for its first tables (measured by its writer in stop 34),
development data since: written by a hundred-and-twelfth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind112_works.py and blind112_text.py), as brand, trade, CRM, digital and
communications marketers at banks, telecoms, retailers, FMCG, dairy and olive-oil makers, phosphate and automotive
firms, hotels and riads, airlines and agencies in Morocco, Algeria and Tunisia (Casablanca, Rabat, Marrakech, Tangier,
Algiers, Oran, Tunis, Sfax) and in Paris, Montréal and Brussels write CIM Level 6 and 7 reports and MBA assignments
(laws numbered "loi n° 09-08" and "Loi organique n° 2004-63", dahirs and executive decrees, finance laws, Bank
Al-Maghrib, Banque d'Algérie and Banque Centrale de Tunisie rates, dirham and dinar figures, Casablanca and Tunis
tickers, RC, ICE and tax numbers, Ramadan, Eid, Yennayer and Hijri dates, festivals, fairs, awards, plans, censuses and
the diaspora's summer; French and English journals with up to eight authors, textbooks and e-books, chapters, conference
papers, theses from Mohammed V, Hassan II, ISCAE, ENCG, Algiers 3, Oran 2, IHEC Carthage and Sfax, S.A., S.A.R.L. and
SPA pages and reports, trade bodies, regulators, laws as web pages, research firms, the Maghrebi and diaspora press
signed and unsigned, social posts, podcasts and videos, French and Arabic titles with English in square brackets; Ben,
El, Ait, Ould and Bou names, one name spelled several ways, double family names, hyphens, apostrophes, diaereses,
lower-case particles, Amazigh, French, Belgian and Québécois names), with fifty-five kinds of decoy. While held out, we
reported its tables only.

The "blind113" half (``--halves blind113,blind113-more``, 100 + 300 reports, seeds 117000-117399) is a
hundred-and-thirteenth independent measurement, held out for its first tables (measured by its writer in stop 34),
development data since: written by a hundred-and-thirteenth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind113_works.py and blind113_text.py), as brand, CRM, digital, trade and
communications marketers at banks, telecoms, shipping and tourism groups, olive-oil, yoghurt, feta and wine makers,
retailers, hotels, airlines and agencies in Athens, Thessaloniki, Patras, Heraklion, Nicosia and Limassol and in
Melbourne, London and New York write CIM Level 6 and 7 reports and MBA assignments (laws numbered "Law 4624/2019", "N.
146/1914" and "125(I)/2018", FEK gazette issues, ministerial decisions and presidential decrees, the Hellenic Capital
Market Commission, the Bank of Greece and the Central Bank of Cyprus, ATHEX and NASDAQ tickers, VAT, GEMI and HE
numbers, euro figures with decimal commas and drachmas, Orthodox Easter, name days, Clean Monday, 15 August and 28
October, the crisis and capital-control years and the 2013 bail-in, PDO feta and halloumi, vintages, ferries and IMO
numbers, people with their dates who are no authors; English and Greek journals with up to eight authors, textbooks and
e-books, chapters, conference papers, theses from AUEB, Aristotle University and the University of Cyprus, S.A., I.K.E.,
PLC and Ltd pages and reports, trade bodies, regulators, laws as web pages, research firms, the Athens, Nicosia and
diaspora press signed and unsigned, social posts, podcasts and videos, Greek titles with English in square brackets;
surnames in -opoulos, -akis, -idis and -ou, women's genitive surnames, Hadji- and Chatzi- names, patronymic initials,
transliteration variants, Greek script, Turkish Cypriot and expatriate names), with fifty-three kinds of decoy. While
held out, we reported its tables only.

The "blind114" half (``--halves blind114,blind114-more``, 100 + 300 reports, seeds 118000-118399) is a
hundred-and-fourteenth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-fourteenth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind114_works.py and blind114_text.py), as brand, CRM, digital, trade and
communications marketers at banks and cooperatives, telecoms, frigoríficos and dairy cooperatives, yerba-mate, soy and
quinoa exporters, breweries, retailers, free-zone and logistics firms, hotels and agencies in Uruguay, Paraguay and
Bolivia (Montevideo, Punta del Este, Asunción, Ciudad del Este, La Paz, El Alto, Santa Cruz de la Sierra, Cochabamba)
and in Buenos Aires, Madrid and São Paulo write CIM Level 6 and 7 reports and MBA assignments (laws numbered "Ley N.º
19.889", "Ley N.º 1334/98" and "Decreto Supremo N.º 4732", Uruguayan decrees with three-digit years, BCU circulars, BCP
and ASFI resolutions, pesos uruguayos, guaraníes, bolivianos and Unidades Indexadas, RUT, RUC, NIT and cédula numbers,
Carnaval, Semana de Turismo, Día de la Tradición, Alasita, Oruro's Carnaval and the Aymara new year, the Chaco War and
the Guerra del Agua, Mennonite and Japanese colonies with their founding years, Guaraní words with apostrophes,
presidents and footballers with their dates, zafras, censuses and "gestión" years; English and Spanish journals with up
to eight authors, textbooks and e-books, chapters, conference papers, theses from the Udelar, the UCU, the UNA and the
UMSA, S.A., S.R.L., S.A.E.C.A. and Ltda. pages and reports, cooperatives, trade bodies, regulators, laws as their
gazettes publish them, research firms, the regional and diaspora press signed and unsigned, social posts, podcasts and
videos, Spanish titles with English in square brackets; double surnames with and without "y", lower-case and capitalised
particles, Aymara and Quechua surnames, Guaraní given names, Mennonite German and Japanese-Paraguayan names,
expatriates), with fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind115" half (``--halves blind115,blind115-more``, 100 + 300 reports, seeds 119000-119399) is a
hundred-and-fifteenth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-fifteenth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind115_works.py and blind115_text.py), as brand, CRM, digital, trade and
communications marketers at banks, telecoms and mobile-money firms, oil-services and construction groups, bottlers,
supermarkets and malls, airlines, hospitals, universities and agencies in Baghdad, Basra, Mosul, Najaf, Erbil,
Sulaymaniyah and Duhok and in Stockholm, Berlin, London, Detroit and Amman write CIM Level 6 and 7 reports and MBA
assignments (laws numbered "Law No. 1 of 2010", Central Bank of Iraq circulars, Council of Ministers and KRG decrees,
the Communications and Media Commission, ISX tickers, dinar and dollar figures and the 2020 devaluation, Hijri and
Kurdish calendar years, Ramadan, Eid, Nowruz and Arbaeen, the war years, protests and elections, poets, singers and
football seasons with their years, people with their dates who are no authors; English, Arabic and Kurdish journals with
up to eight authors, textbooks and e-books, chapters, conference papers, theses from the University of Baghdad,
Salahaddin University, AUIS, Duhok and Basrah, company pages and reports, trade bodies, regulators, laws as web pages,
research firms, the Iraqi, Kurdish and Gulf press signed and unsigned, social posts, podcasts and videos, Arabic and
Kurdish titles in both scripts with English in square brackets; given and father's names, "Al-", "al-", "Abu", "Abdul"
and "Hama" names, one name spelt several ways, Kurmanji and Turkmen letters, Assyrian, Chaldean and diaspora names),
with fifty kinds of decoy. While held out, we reported its tables only.

The "blind116" half (``--halves blind116,blind116-more``, 100 + 300 reports, seeds 120000-120399) is a
hundred-and-sixteenth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-sixteenth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind116_works.py and blind116_text.py), as brand, trade, CRM, digital and
communications marketers at banks and SACCOs, telecoms and mobile money, breweries and soft-drink bottlers, coffee, tea,
sugar and fish exporters, safari and hotel groups, supermarkets, media houses, NGOs and agencies in Tanzania and Uganda
(Dar es Salaam, Arusha, Zanzibar, Mwanza, Dodoma, Kampala, Entebbe, Gulu, Mbarara) and in London, Nairobi and Toronto
write CIM Level 6 and 7 reports and MBA assignments (Acts cited as "Cap. 285" and "Act No. 11 of 2022", Government
Notices, the Bank of Tanzania, the Bank of Uganda, TCRA, UCC, NEMA, the URA and the TRA, TZS, TSh, UGX and USh figures,
financial years, DSE and USE tickers, TINs, USSD codes and M-Pesa receipts, Saba Saba, Nane Nane, Heroes' Day, Union
Day, Ramadan, Eid and school terms, coffee grades, co-operative unions, clans, honorifics, Swahili proverbs and people
with their dates who are no authors; East African and international journals with up to eight authors, textbooks and
e-books, chapters, conference papers, theses from UDSM, Makerere, Mzumbe and Moshi Co-operative University, Ltd, PLC and
co-operative pages and reports, trade bodies, NGOs, regulators, laws as web pages, research firms, the Dar es Salaam,
Kampala and Nairobi press signed and unsigned, social posts, podcasts and videos, Swahili and Luganda titles with
English in square brackets; Swahili, Chagga, Sukuma, Haya, Zanzibari-Arab, Indian-East-African, Baganda, Banyankole and
Acholi names, "bin", "binti" and "wa", transliteration variants and expatriate names), with fifty-two kinds of decoy.
While held out, we reported its tables only.

The "blind117" half (``--halves blind117,blind117-more``, 100 + 300 reports, seeds 121000-121399) is a
hundred-and-seventeenth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-seventeenth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind117_works.py and blind117_text.py), as brand, CRM, digital, trade and
communications marketers at banks and cooperatives, remittance and mobile-money firms, telecoms, coffee, banana, sugar
and maquila exporters, brewers and bottlers, supermarkets, free-zone and canal logistics firms, hotels, airlines and
agencies in Central America (Guatemala City, Quetzaltenango, Tegucigalpa, San Pedro Sula, San Salvador, Managua, San
José, Panama City, Colón) and in Los Angeles, Houston, Washington DC and Madrid write CIM Level 6 and 7 reports and MBA
assignments (laws numbered "Decreto 57-2008", "Ley N.º 8968", "Decreto Legislativo N.º 776" and "Ley 81 de 2019", Junta
Monetaria and SUGEF rules, RTCA codes, DR-CAFTA and CA-4, quetzal, lempira, colón, córdoba, balboa and dollar figures,
remittances as a share of GDP, Semana Santa, 15 September, Día de los Muertos, Garifuna Settlement Day, Maya calendar
days, Bono 14 and the aguinaldo, hurricanes, the canal and other events with their years, NIT and RTN codes, kilometre
addresses, PBX numbers, USSD and promo codes, tickers, flight numbers, coffee grades, awards, household surveys and
censuses, honorifics and people with their dates who are no authors; regional and international journals with up to
eight authors, textbooks and e-books, chapters, conference papers, theses from USAC, UNAH, UCA, INCAE and the
Universidad de Costa Rica, S.A., S.A. de C.V., S. de R.L., R.L. and Cía. Ltda. pages and reports, trade bodies,
superintendencias, central banks, SIECA, laws as web pages, research firms, the regional and diaspora press signed and
unsigned, social posts, podcasts and videos, Spanish titles with English in square brackets, one central bank's two
reports of 2019; Spanish double surnames, married women's "de", particles, Maya, Garifuna, Miskito and Afro-Caribbean,
Arab-Palestinian and Chinese Central American names, accents kept and dropped, and expatriate names), with fifty-seven
kinds of decoy. While held out, we reported its tables only.

The "blind118" half (``--halves blind118,blind118-more``, 100 + 300 reports, seeds 122000-122399) is a
hundred-and-eighteenth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-eighteenth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind118_works.py and blind118_text.py), as brand, trade, CRM, digital and
communications marketers at banks and Islamic banks, telecoms, oil, gas and LNG firms, ports, free zones and logistics
groups, fisheries, frankincense, honey and date producers, malls and supermarkets, airlines, hotels and agencies in
Oman, Yemen and Bahrain (Muscat, Salalah, Sohar, Sana'a, Aden, Mukalla, Manama, Muharraq) and in Dubai, Riyadh, London,
Birmingham, Detroit and Jakarta write CIM Level 6 and 7 reports and MBA assignments (Royal Decrees numbered like "Royal
Decree 18/2019", ministerial decisions, Bahraini Decree-Laws "No. (30) of 2018" and Yemeni laws, the Central Bank of
Oman, the Central Bank of Bahrain and the TRA, RO, OMR, baisa, BD, BHD and YER figures, MSX and Bahrain Bourse tickers,
CR numbers and legal forms, Oman Vision 2040 and the five-year plans, Hijri dates, Ramadan, Eid, the Khareef season and
National Day, frankincense, date and honey grades, TEU and LNG trains, USSD codes, P.O. Boxes and Way numbers, rulers,
honorifics and people with their dates who are no authors; Gulf and international journals with up to eight authors,
textbooks and e-books, chapters, conference papers, theses from Sultan Qaboos University, the University of Bahrain,
Sana'a University, Aden, Hadhramout and diaspora universities, S.A.O.G., S.A.O.C., LLC, B.S.C. (c) and W.L.L. company
pages and reports, chambers and trade bodies, regulators and ministries, laws as web pages, research firms, the Omani,
Bahraini, Yemeni and Gulf press signed and unsigned, social posts, podcasts and videos, Arabic titles transliterated or
in Arabic script with English in square brackets; Omani, Hadhrami, Adeni, Bahraini and Baloch names with "Al-", "Al ",
"al-", "bin", "bint", "Ba" and "Bin", father's and grandfather's names, Arabist transliterations, one name spelt several
ways and expatriate names), with seventy-one kinds of decoy. While held out, we reported its tables only.

The "blind119" half (``--halves blind119,blind119-more``, 100 + 300 reports, seeds 123000-123399) is a
hundred-and-nineteenth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-nineteenth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind119_works.py and blind119_text.py), as brand, trade, CRM, digital and
communications marketers at banks, telecoms and mobile money (Unitel, Vodacom, M-Pesa, e-Mola), oil, gas and mining
groups, breweries and bottlers, supermarkets, cashew, cotton and prawn exporters, hotels, airlines and agencies in
Angola and Mozambique (Luanda, Benguela, Lubango, Huambo, Maputo, Beira, Nampula, Pemba) and in Lisbon, Porto,
Johannesburg and São Paulo write CIM Level 6 and 7 reports and MBA assignments (laws numbered "Lei n.º 22/11" and
"Decreto Presidencial n.º 124/20", BNA avisos and instrutivos, the Boletim da República and the Diário da República, the
Banco de Moçambique, INACOM, INCM and INE, kwanza and metical figures with decimal commas, USSD codes, NUITs and NIFs,
S.A., Lda., E.P. and SGPS forms, Independence Days, Heroes' Day, the Carnaval de Luanda, the kizomba and marrabenta
seasons, cashew and cotton campaigns, Girabola and Moçambola seasons, cyclones, oil blocks and people with their dates
who are no authors; African, Portuguese, Brazilian and international journals with up to eight authors, textbooks and
e-books, chapters, conference papers, theses from the Universidade Agostinho Neto, the Universidade Católica de Angola,
the Universidade Eduardo Mondlane and ISCTE, company pages and reports, trade bodies, regulators, laws as web pages,
research firms, the Angolan, Mozambican, Portuguese and Brazilian press signed and unsigned, social posts, podcasts and
videos, Portuguese titles with English in square brackets; Portuguese names with several surnames and particles ("dos
Santos", "Dos Santos", "Costa e Silva", "Van-Dúnem"), Kimbundu, Kikongo, Umbundu, Changana, Sena and Makhuwa names,
Indian-Mozambican and settler names and expatriates), with fifty-four kinds of decoy. While held out, we reported its
tables only.

The "blind120" half (``--halves blind120,blind120-more``, 100 + 300 reports, seeds 124000-124399) is a
hundred-and-twentieth independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-twentieth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind120_works.py and blind120_text.py), as brand, digital, trade and CRM
marketers at banks and Islamic banks, telecoms and mobile money (Zain, MTN, Sudani, m-Gurush, Bankak), gum-arabic,
sesame, livestock and sugar exporters, bottlers and flour mills, supermarkets, NGOs and UN agencies, airlines and
agencies in Sudan and South Sudan (Khartoum, Omdurman, Port Sudan, Wad Madani, Juba, Wau, Malakal) and in Cairo, Doha,
Riyadh, London, Nairobi and Kampala write CIM Level 6 and 7 reports and MBA assignments (laws numbered "Act No. 3 of
2019", presidential decrees, republican orders and central-bank circulars, the Central Bank of Sudan, the Bank of South
Sudan, the TPRA and NCA, S.D.G and SSP figures and exchange rates, USSD and HS codes, Ramadan, Eid and Hijri years,
Independence Days (1 January, 9 July), the 2019 revolution, the 2023 war and people with their dates who are no authors;
African, Islamic-marketing and international journals with up to eight authors, textbooks and e-books, chapters,
conference papers, theses from the University of Khartoum, Sudan University of Science and Technology and the University
of Juba, company pages and reports, trade bodies, regulators, laws as web pages, research firms, the Sudanese, South
Sudanese and international press signed and unsigned, social posts, podcasts and videos, Arabic titles transliterated
with English in square brackets; Sudanese Arabic names with father's names and no family name, "Abd al-", "Abdel",
"Abu", "El-" and "al-", Mohamed/Mohammed/Muhammad and Osman/Othman, Nubian, Beja and Fur names, Dinka and Nuer names
with Christian given names, scholars' transliterations and expatriates), with fifty-five kinds of decoy. While held out,
we reported its tables only.

The "blind121" half (``--halves blind121,blind121-more``, 100 + 300 reports, seeds 125000-125399) is a
hundred-and-twenty-first independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-twenty-first hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind121_works.py and blind121_text.py), as brand, trade, CRM, digital and
communications marketers at banks, telecoms (A1, MTS, life:)), IT-outsourcing and software firms (EPAM, Wargaming, Flo),
dairy and meat processors, potash, tractor and truck makers (BelAZ, MTZ, MAZ), retailers, hotels and agencies in Belarus
(Minsk, Brest, Grodno, Gomel, Vitebsk, Mogilev) and in Vilnius, Warsaw, Riga, Tbilisi and Berlin write CIM Level 6 and 7
reports and MBA assignments (laws and edicts numbered "Law No. 99-Z" and "Edict No. 8", National Bank resolutions and
the refinancing rate, Belstat and MART figures, BYN and BYR amounts and the 2016 redenomination, OAO, OJSC, CJSC, JLLC
and UE forms, UNP numbers, USSD, ERIP and short codes, tariffs, tractor and truck models, STB, GOST and TR TS standards,
Kupalle, Dziady, Independence Day on 3 July, Orthodox, Catholic and Old Style dates, festivals, awards, sanctions
packages and people with their dates who are no authors; Belarusian, Russian, Lithuanian, Polish and international
journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from BSU, BSEU, EHU and
the regional universities, working papers, company pages and reports, regulators, laws as pages of the legal portal,
research firms, the Belarusian, diaspora and international press signed and unsigned, social posts, podcasts and videos,
Russian and Belarusian titles in Latin or Cyrillic letters with English in square brackets; names in Łacinka, BGN/PCGN
and passport spellings of the same people, -ski/-skaya and -ava/-ova surnames, Polish and Lithuanian minority names and
expatriates), with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind122" half (``--halves blind122,blind122-more``, 100 + 300 reports, seeds 126000-126399) is a
hundred-and-twenty-second independent measurement, held out for its first tables (measured by its writer in stop 35),
development data since: written by a hundred-and-twenty-second hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind122_works.py and blind122_text.py), as brand, trade, CRM and digital
marketers at banks (BSP, Kina Bank, Westpac), telecoms (Digicel, Vodafone PNG, bmobile), LNG, mining and logging firms,
coffee, cocoa, copra, kava and tuna exporters, supermarkets, airlines, resorts and agencies in Papua New Guinea, the
Solomon Islands and Vanuatu (Port Moresby, Lae, Mount Hagen, Goroka, Honiara, Port Vila, Luganville) and in Brisbane,
Cairns and Auckland write CIM Level 6 and 7 reports and MBA assignments (Acts as "Companies Act 1997" and "Act No. 12 of
2019", the Bank of PNG, NICTA, ICCC and TCSI, kina and toea, Solomon dollars and vatu, Independence Days, the Hiri
Moale, the Goroka and Mount Hagen Shows, cyclones, flights, short codes, data plans, wantok and haus tambaran, people
with their dates who are no authors; Pacific and international journals with up to eight authors, textbooks and e-books,
chapters, PNG Update papers, theses from UPNG, Unitech, SINU, DWU and USP, Ltd and Limited company pages and reports,
trade bodies, regulators, laws as PacLII pages, research firms, the Post-Courier, The National, the Solomon Star and the
Vanuatu Daily Post signed and unsigned, social posts, Tok Pisin and Bislama titles with English in square brackets;
Papua New Guinean, Solomon Islands and ni-Vanuatu names with a father's name as surname and apostrophes ("Hau'ofa",
"Ulufa'alu"), Chinese-PNG, Francophone and expatriate names), with forty-nine kinds of decoy. While held out, we
reported its tables only.

The "blind123" half (``--halves blind123,blind123-more``, 100 + 300 reports, seeds 127000-127399) is a
hundred-and-twenty-third independent measurement, held out for its first tables (measured by its writer in stop 36),
development data since: written by a hundred-and-twenty-third hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind123_works.py and blind123_text.py), as brand, trade, CRM and digital
marketers at banks and microfinance institutions (CBE, Dashen, Awash, ACSI), telecoms and mobile money (Ethio telecom,
Safaricom Ethiopia, telebirr, M-PESA), coffee, flower, leather and sesame exporters, breweries and bottlers, Ethiopian
Airlines and hotels in Ethiopia and Eritrea (Addis Ababa, Adama, Bahir Dar, Hawassa, Mekelle, Dire Dawa, Asmara,
Massawa) and in Washington DC, London, Stockholm, Tel Aviv and Dubai write CIM Level 6 and 7 reports and MBA assignments
(the Ethiopian calendar's E.C. and G.C. years and months, Enkutatash, birr as ETB or Br and nakfa, PLC and S.C.,
"Proclamation No. 1156/2019" and NBE directives, the NBE, ECA, EIC and CSA, Timket, Meskel, Fasika, Ramadan and
Irreecha, short codes, bundles, flights, Ethiopian time, athletes, artists and emperors with their dates who are no
authors; Ethiopian and international journals with up to eight authors, textbooks and e-books, chapters, conference
papers, theses from AAU, Bahir Dar, St. Mary's, Hawassa and Asmara, company pages and reports, trade bodies, regulators,
proclamations and directives, research firms, Addis Fortune, The Reporter and Addis Standard signed and unsigned, social
posts and videos, Amharic and Tigrinya titles in Ge'ez script or transliterated with English in square brackets; names
with no family name filed by the father's or the given name, G/ and W/ abbreviations, Tekle/Teklay and Haile/Hailé
variants, Oromo, Somali, Gurage and Eritrean names and expatriates), with fifty-two kinds of decoy. While held out, we
reported its tables only.

The "blind124" half (``--halves blind124,blind124-more``, 100 + 300 reports, seeds 128000-128399) is a
hundred-and-twenty-fourth independent measurement, held out for its first tables (measured by its writer in stop 36),
development data since: written by a hundred-and-twenty-fourth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind124_works.py and blind124_text.py), as brand, trade, CRM and digital
marketers at banks (Hakrinbank, DSB, Aruba Bank, MCB), telecoms (Telesur, Digicel, Setar, Flow), brewers and distillers,
rice, bauxite, gold and oil firms, tourism boards, cruise ports, casinos, supermarkets, airlines, insurers and agencies
in Suriname, Aruba, Curaçao, Sint Maarten and Bonaire (Paramaribo, Nieuw Nickerie, Oranjestad, Willemstad, Philipsburg,
Kralendijk) and in Amsterdam, Rotterdam, The Hague and Miami write CIM Level 6 and 7 reports and MBA assignments
(Landsverordeningen and Wetten with "S.B. 2019 no. 45", "AB 2020 no. 12" and "P.B." numbers, the Kingdom's Statuut and
10-10-10, the central banks, the TAS and BT&P, SRD, Aruban florins and Antillean guilders, Keti Koti, Divali, Phagwa,
Carnival, Dia di Himno y Bandera and Seú, Hurricane Irma, cruise seasons, flights, KvK numbers, addresses, short codes
and degrees, people with their dates who are no authors; Caribbean, Dutch and international journals with up to eight
authors, textbooks and e-books, chapters, conference papers, theses from the Anton de Kom Universiteit, the University
of Aruba, the University of Curaçao and FHR, N.V., B.V. and Stichting pages and reports, trade bodies, regulators, laws,
research firms, De Ware Tijd, Starnieuws, Amigoe, Diario and The Daily Herald signed and unsigned, social posts,
podcasts and videos, Dutch, Papiamentu and Sranan titles with English in square brackets; Dutch names with
tussenvoegsels kept apart or capitalised ("van der Kooij", "'t Hart", "Van der Kooij"), Hindustani, Javanese,
Chinese-Surinamese ("Tjon A Fong"), Maroon, Amerindian, Lebanese, Sephardic and Antillean names), with forty-eight kinds
of decoy. While held out, we reported its tables only.

The "blind125" half (``--halves blind125,blind125-more``, 100 + 300 reports, seeds 129000-129399) is a
hundred-and-twenty-fifth independent measurement, held out for its first tables (measured by its writer in stop 36),
development data since: written by a hundred-and-twenty-fifth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind125_works.py and blind125_text.py), as brand, trade, CRM and digital
marketers at banks and microfinance (Afriland First Bank, Rawbank, BGFIBank, Express Union), telecoms and mobile money
(Orange Money, MTN MoMo, M-Pesa, Airtel Money), breweries and bottlers (SABC, Bralima, Brasco, Sobraga), cocoa, coffee,
timber, oil and mining firms, supermarkets, airlines, media houses, NGOs and agencies in Cameroon, Gabon, the Republic
of the Congo and the DRC (Douala, Yaoundé, Bamenda, Buea, Libreville, Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa,
Lubumbashi, Goma) and in Paris, Brussels, Montréal and Johannesburg write CIM Level 6 and 7 reports and MBA assignments
(laws as "Loi n° 2010/012 du 21 décembre 2010" and "Ordonnance-loi n° 23/010", CEMAC/COBAC regulations, décrets and
arrêtés, OHADA's Uniform Acts, SA, SARL, SAS and GIE, RCCM and NIU numbers, FCFA, XAF, CDF and FC, the Fête nationale,
30 June, Ramadan, Tabaski, the rentrée and Christmas, USSD codes, data bundles, cocoa seasons, festivals, awards,
football and musicians with their dates who are no authors; African, francophone and international journals with up to
eight authors, textbooks and e-books, chapters, conference papers, theses from Yaoundé II, Buea, Omar Bongo, Marien
Ngouabi and Kinshasa, company pages and reports, trade bodies, the BEAC, COBAC, the Banque Centrale du Congo and the
telecoms regulators, laws as web pages, research firms, the Cameroonian, Gabonese and Congolese press signed and
unsigned, social posts, podcasts and videos, French titles with English in square brackets; Bamileke, Beti, Duala,
Fulani and anglophone Cameroonian, Gabonese, Kongo, Lingala and Swahili names, postnames ("Mbuyi Kalonji"), hyphenated
compounds, surnames in capitals, Lebanese, Belgian, French and Canadian names), with fifty-five kinds of decoy. While
held out, we reported its tables only.

The "blind126" half (``--halves blind126,blind126-more``, 100 + 300 reports, seeds 130000-130399) is a
hundred-and-twenty-sixth independent measurement, held out for its first tables (measured by its writer in stop 36),
development data since: written by a hundred-and-twenty-sixth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind126_works.py and blind126_text.py), as brand, CRM and digital marketers
at banks and NBFCs (Federal Bank, South Indian Bank, KSFE), gold-loan and chit-fund firms (Muthoot, Manappuram, Shriram
Chits), jewellers and silk and saree retailers (Malabar Gold & Diamonds, Joyalukkas, Kalyan, Nalli, Pothys), FMCG,
coffee, tea and spice firms, IT and SaaS firms (Zoho, Freshworks), two-wheeler makers (TVS, Royal Enfield, Ather), film
houses and OTT platforms (Sun NXT, aha), hospitals, edtech, hotels and agencies in South India (Chennai, Coimbatore,
Madurai, Kochi, Thiruvananthapuram, Kozhikode, Bengaluru, Mysuru, Hyderabad, Visakhapatnam) and in Singapore, Dubai,
Kuala Lumpur, London and New Jersey write CIM Level 6 and 7 reports and MBA assignments (Acts as "Act No. 35 of 2019",
Government Orders as "G.O. (Ms) No. 123", RBI circulars, SEBI, TRAI and FSSAI, CIN, GSTIN and FSSAI numbers, INR, Rs.
and ₹ with lakh and crore, financial years, Pongal, Onam, Vishu, Ugadi, Diwali, Christmas and Ramadan, the Kollam and
Saka eras, films with their years, box office, OTT releases, stars and founders with their dates who are no authors;
Indian and international journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses
from Anna University, IIT Madras, IIM Bangalore, the University of Kerala and Osmania University, Pvt. Ltd., Ltd. and
LLP pages and reports, trade bodies, regulators, laws and G.O.s as web pages, research firms, the Indian and Gulf press
signed and unsigned, social posts, podcasts and videos, Tamil, Malayalam, Telugu and Kannada titles with English in
square brackets; initials before given names ("R. Karthikeyan", "K. S. Ravi"), Kerala house names, Telugu surnames
first, Nair, Pillai, Reddy and Iyer, Syrian Christian and Muslim names, s/o and a/l forms, scholarly transliterations,
one name spelt several ways, and expatriate co-authors), with forty-nine kinds of decoy. While held out, we reported its
tables only.

The "blind127" half (``--halves blind127,blind127-more``, 100 + 300 reports, seeds 131000-131399) is a
hundred-and-twenty-seventh independent measurement, held out for its first tables (measured by its writer in stop 36),
development data since: written by a hundred-and-twenty-seventh hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind127_works.py and blind127_text.py), as brand, trade, CRM and
digital marketers at banks and microfinance (Rokel Commercial Bank, Sierra Leone Commercial Bank, LBDI, Trust Bank,
BRAC), telecoms and mobile money (Orange Money, Afrimoney, Lonestar Cell MTN, QMoney), breweries (Sierra Leone Brewery,
Monrovia Breweries, Banjul Breweries), mining, rubber, cocoa and palm-oil firms, supermarkets, hotels, airlines, media
houses, NGOs and agencies in Sierra Leone, Liberia and The Gambia (Freetown, Bo, Kenema, Makeni, Monrovia, Gbarnga,
Buchanan, Banjul, Serrekunda, Brikama) and in London, Washington DC, Minneapolis and Accra write CIM Level 6 and 7
reports and MBA assignments (Acts as "Act No. 5 of 2019", Public Notices of PURA, NatCA and the LTA, the three central
banks' rates, old and new leones (SLL, SLE, Le, NLe), L$, LRD, US$ and dalasi, Independence Days (27 April, 26 July, 18
February), Tobaski, Koriteh, Ramadan, Christmas and the rainy season, USSD codes, phone numbers, bundles, beer brands,
paramount chiefs, historical figures and founders with their dates who are no authors, Krio, Liberian English, Wolof and
Mandinka phrases with English in square brackets; African and international journals with up to eight authors, textbooks
and e-books, chapters, conference papers, theses from Fourah Bay College, Njala, IPAM, the University of Liberia,
Cuttington and the University of The Gambia, company pages and reports, trade bodies, the Bank of Sierra Leone, the
Central Bank of Liberia and the Central Bank of The Gambia, Acts and regulations, research firms, the Sierra Leonean,
Liberian and Gambian press signed and unsigned, social posts, podcasts and videos, Krio, Liberian English and Wolof
titles with English in square brackets; Krio, Temne, Limba, Mende, Kono, Kpelle, Bassa, Vai, Americo-Liberian ("Jr.",
"Sr.", "III"), Mandinka, Wolof, Fula, Jola and Aku names, double surnames, "N'Dow" and "M'Boge", francophone accents,
Lebanese and expatriate names), with fifty-six kinds of
decoy. While held out, we reported its tables only.

The "blind128" half (``--halves blind128,blind128-more``, 100 + 300 reports, seeds 132000-132399) is a
hundred-and-twenty-eighth independent measurement, held out for its first tables (measured by its writer in stop 36),
development data since: written by a hundred-and-twenty-eighth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind128_works.py and blind128_text.py), as brand, trade, CRM and digital
marketers at banks and remittance firms (Dahabshiil, Amal, Salaam Somali Bank, Premier Bank), telecoms and mobile money
(Hormuud and EVC Plus, Telesom and ZAAD, Golis and Sahal), livestock exporters, FMCG importers and bottlers, cement
firms, airlines, hotels, media houses, NGOs and agencies in Somalia, Somaliland, Puntland and Djibouti (Mogadishu,
Hargeisa, Berbera, Bosaso, Garowe, Kismayo, Djibouti City) and in Minneapolis, Columbus, London, Toronto, Eastleigh and
Dubai write CIM Level 6 and 7 reports and MBA assignments (laws as "Law No. 12 of 2019", "Law No. 55/2012" and "Loi n°
118/AN/11/6ème L", presidential decrees and central-bank circulars, SOS, SLSH, DJF and USD, Ramadan, Eid and the Hijri
calendar, 26 June, 1 July, 18 May and 27 June, the Gu and Deyr rains, USSD codes, bundles, licences, flights, livestock
shipments, clan and lineage, nicknames, poets, founders and singers with their dates who are no authors; Somali, African
and international journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from
SIMAD, Mogadishu, Hargeisa, Amoud and Djibouti universities, company pages and reports, trade bodies, the Central Bank
of Somalia, the Bank of Somaliland, the NCA and ministries, laws and decrees, research firms, the Somali, Djiboutian and
diaspora press signed and unsigned, social posts, videos and podcasts, Somali, Arabic and French titles with English in
square brackets; Somali names filed by the last name, by the father's and grandfather's names or by a nickname
("Dheere", "Yare"), in English and Somali spelling (Mohamed/Maxamed, Abdi/Cabdi, Hussein/Xuseen) with the glottal-stop
apostrophe ("Ba'adle"), Djiboutian French and Arabic names with accents, Gulf Arabic, Kenyan and expatriate names), with
fifty kinds of decoy. While held out, we reported its tables only.

The "blind129" half (``--halves blind129,blind129-more``, 100 + 300 reports, seeds 133000-133399) is a
hundred-and-twenty-ninth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-twenty-ninth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind129_works.py and blind129_text.py), as brand, trade, CRM and digital
marketers at banks and Islamic banks (Maybank, CIMB, Bank Islam, BIBD, Baiduri), telecoms and e-wallets (Maxis,
CelcomDigi, DST, Touch 'n Go, Boost, GrabPay), palm-oil and rubber-glove firms, halal food and drink makers,
hypermarkets and convenience chains, airlines, property developers, universities, media houses and agencies in Malaysia
and Brunei (Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Ipoh, Bandar Seri Begawan) and in
Singapore, London and Melbourne write CIM Level 6 and 7 reports and MBA assignments (Acts as "Personal Data Protection
Act 2010 (Act 709)" and "(Act A1727)", Akta and Perintah, Brunei Orders, BNM policy documents, Malaysian Standards ("MS
1500:2019"), Bursa codes, company registration numbers, RM, ringgit, B$ and BND, Hari Raya, Chinese New Year, Deepavali,
Gawai, Kaamatan, Merdeka and the Hijri calendar, the 11.11 and 12.12 sales, MCO phases, Malaysia Plans and schemes, B40
and M40, SST and OPR, films, founders, leaders, celebrities and directors with their dates who are no authors;
Malaysian, Bruneian and international journals with up to eight authors, textbooks and e-books, chapters, conference
papers, theses from Universiti Malaya, UiTM, UKM, Universiti Brunei Darussalam and others, company pages and Bursa
reports, trade bodies, Bank Negara Malaysia, MCMC, the Securities Commission, JAKIM, AMBD and ministries, Acts and
Orders, research firms, the Malaysian, Bruneian and Singaporean press signed and unsigned, social posts, videos and
podcasts, Malay titles with English in square brackets; Malay and Bruneian names with "bin" and "binti" written whole or
by the father's name, titles (Tan Sri, Dato' Sri, Datuk Seri, Haji, Dayang Hajah, Pengiran), Chinese Malaysian names
with and without English given names, Tamil names with "a/l" and "a/p", Iban names with "anak", Kadazan and Sikh names,
expatriate names with accents and particles), with fifty-two kinds of decoy. While held out, we reported its tables
only.

The "blind130" half (``--halves blind130,blind130-more``, 100 + 300 reports, seeds 134000-134399) is a
hundred-and-thirtieth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirtieth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind130_works.py and blind130_text.py), as marketers in Kazakhstan, Uzbekistan
and Kyrgyzstan and their diaspora (Almaty, Astana, Shymkent, Karaganda, Tashkent, Samarkand, Bukhara, Bishkek, Osh;
Moscow, Istanbul, Seoul, Dubai) at banks and fintechs (Kaspi.kz, Halyk Bank, Freedom Finance, Uzum, Click, Payme),
telecoms (Beeline, Kcell, Ucell, MegaCom), airlines (Air Astana, Uzbekistan Airways), bazaars and supermarket chains,
cotton, textile, dried-fruit, wine, cement and mining firms, marketplaces, media houses and agencies write CIM Level 6
and 7 reports and MBA assignments (laws as "Law of the Republic of Kazakhstan No. 94-V", decrees as "Presidential Decree
No. UP-60", Government and Cabinet resolutions, tenge, so'm and som, Nauryz, Navruz, Kurban Ait, Independence Day and
the Silk Road, tickers, tariffs, flights, aircraft, HS codes, GOST standards and BINs, people with patronymics and -uly,
-kyzy, -ogli and -qizi who are no authors; regional and international journals with up to eight authors, textbooks and
e-books, chapters, conference papers, theses from Al-Farabi KazNU, Nazarbayev University, KIMEP, TSUE, WIUT and AUCA,
company pages and reports with their legal forms (JSC, AO, LLP, TOO, LLC, OOO, MChJ, AJ, QK), trade bodies, the National
Bank of Kazakhstan, the Central Bank of Uzbekistan, the ARDFM, the AFSA and AIFC and ministries, laws and decrees,
research firms, the regional press signed and unsigned, social posts, videos and podcasts, Russian, Kazakh and Uzbek
titles with English in square brackets; Kazakh, Uzbek, Kyrgyz, Russian, Koryo-saram, Tatar, Uyghur and Dungan names with
their transliteration variants (Nursultan/Nursoltan, Yusupov/Iusupov, Kh/H, Zh/J, Q/K), Kyrgyz "uulu" and "kyzy", a few
in Cyrillic and in the new Kazakh Latin, patronymics as Russian-style initials, and expatriate names), with fifty-five
kinds of decoy. While held out, we reported its tables only.

The "blind131" half (``--halves blind131,blind131-more``, 100 + 300 reports, seeds 135000-135399) is a
hundred-and-thirty-first independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-first hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind131_works.py and blind131_text.py), as brand, trade, CRM and digital
marketers at banks and fintechs (Vietcombank, Techcombank, VPBank, MoMo, ZaloPay, VNPAY), telecoms (Viettel, VNPT,
MobiFone), conglomerates (Vingroup, Masan, Sun Group, FPT), dairy, coffee, beer, seafood, rice, garment and electronics
makers, e-commerce platforms (Shopee, Tiki, Lazada, TikTok Shop), convenience chains, airlines, media houses and
agencies in Vietnam (Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho, Nha Trang, Hue) and in Paris, Orange County,
San Jose, Sydney, Berlin and Seoul write CIM Level 6 and 7 reports and MBA assignments (decrees, circulars, laws and
decisions as "Decree No. 13/2023/ND-CP", "Nghị định 13/2023/NĐ-CP", "Circular 09/2020/TT-NHNN", "Law No. 59/2020/QH14"
and "Decision No. 749/QĐ-TTg", party resolutions and COVID directives, VND, đồng and ₫ with tỷ and triệu, H1/2024 and
9M2023, Tết and the lunar calendar, Mid-Autumn, 20/10 and the 9.9 and 11.11 sales, HOSE tickers, tax codes, flights,
hotlines, HS codes and TCVN standards, districts and streets named after historical figures, founders, singers and KOLs
with their years who are no authors; Vietnamese and international journals with up to eight authors, textbooks and
e-books, chapters, conference papers, theses from NEU, UEH, FTU and RMIT Vietnam, company pages and reports (Công ty Cổ
phần, Công ty TNHH, JSC), trade bodies, the State Bank of Vietnam, the Ministry of Information and Communications, the
GSO and other ministries, laws and decrees, research firms, the Vietnamese and diaspora press signed and unsigned,
social posts, videos and podcasts, Vietnamese titles with English in square brackets; Vietnamese names family name
first, in full diacritics and without (Nguyễn Thị Minh Khai / Nguyen Thi Minh Khai), now and then filed by the given
name, many authors named Nguyen, Tran, Le or Pham, compound family names (Tôn Nữ, Tôn Thất), overseas Vietnamese with
English and French given names, hyphenated diaspora surnames and expatriate names), with fifty-one kinds of decoy. While
held out, we reported its tables only.

The "blind133" half (``--halves blind133,blind133-more``, 100 + 300 reports, seeds 137000-137399) is a
hundred-and-thirty-third independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-third hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind133_works.py and blind133_text.py), as marketers in Zambia, Zimbabwe and
Malawi and their diaspora (Lusaka, Ndola, Kitwe, Livingstone, Harare, Bulawayo, Mutare, Lilongwe, Blantyre, Mzuzu;
Johannesburg, London, Leicester, Dallas) at banks and microfinance, telecoms and mobile money (Airtel Money, MTN MoMo,
EcoCash, OneMoney, TNM Mpamba), breweries and bottlers, maize, tobacco, tea, sugar and copper firms, supermarkets
(Shoprite, OK Zimbabwe, Chipiku), insurers, airlines, media houses and agencies write CIM Level 6 and 7 reports and MBA
assignments (Statutory Instruments as "SI 33 of 2019", Acts by number and by chapter as "No. 3 of 2021", "[Chapter
24:20]" and "Cap. 321", central-bank circulars and directives, kwacha, ZMW, MWK, ZiG, RTGS and US dollars, exchange
rates, USSD codes, LuSE, ZSE, VFEX and MSE tickers, Independence Day, Heroes Day, Kuomboka, Ncwala, Umhlangano and
Chilembwe Day, totems, chiefs, founders, footballers and national heroes with their years, interview participants,
awards, trade fairs, streets, stands and plots, radio stations, tea and tobacco grades and vernacular glosses, none of
them authors; regional and international journals with up to eight authors, textbooks and African editions, e-books,
chapters, conference papers, theses from UNZA, CBU, UZ, NUST, UNIMA, MUBAS, MSU and UNISA, company pages and reports
with their legal forms ((Pvt) Ltd, (Private) Limited, PLC, plc), trade bodies, the Bank of Zambia, the RBZ, the RBM,
ZICTA, POTRAZ, MACRA, ZamStats, ZIMSTAT and the NSO, ministries, Acts and Statutory Instruments with the government as
author, research firms, the regional and diaspora press signed and unsigned, social posts, videos and podcasts, Bemba,
Shona, Ndebele and Chichewa titles with English in square brackets; Bemba, Tonga, Lozi, Nyanja, Shona, Ndebele, Chewa,
Tumbuka and Yao names with virtue and English-word given names, married double surnames and the Chichewa "ŵ", Asian and
white Zimbabwean and Zambian names with their particles, and expatriate names), with fifty-one kinds of decoy. While
held out, we reported its tables only.

The "blind134" half (``--halves blind134,blind134-more``, 100 + 300 reports, seeds 138000-138399) is a
hundred-and-thirty-fourth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-fourth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind134_works.py and blind134_text.py), as marketers in Romania and Moldova
and their diaspora (Bucharest, Cluj-Napoca, Iași, Timișoara, Brașov, Constanța, Chișinău, Bălți; Madrid, Rome, Turin,
London, Paris) at banks and fintechs (Banca Transilvania, BCR, BRD, Revolut Romania, maib, Moldindconbank), telecoms
(Orange, Vodafone, Digi, Moldcell), retailers and e-commerce (eMAG, Dedeman, Altex, Kaufland, Linella), food and drink
makers (Dorna, Napolact, Ursus, Purcari, Cricova), Dacia, IT outsourcers, media houses and agencies write CIM Level 6
and 7 reports and MBA assignments (laws and ordinances as "Legea nr. 506/2004", "OUG nr. 34/2014", "HG nr. 1.037/2010"
and Moldovan "Legea nr. 133/2011", "M.Of. nr. 1101/2004", the BNR's rates, lei, RON and MDL with decimal commas,
Mărțișor, Dragobete, Paște, 1 December and eMAG's Black Friday, CUI, J and IDNO codes, BVB tickers, SRL and Î.M. in
brackets, Dacia models, wine vintages, awards, festivals, historical figures and sportspeople with their years,
professors with their titles, who are no citations); Romanian and international journals with up to eight authors,
textbooks and e-books, chapters, theses from ASE, Babeș-Bolyai, SNSPA, UAIC and ASEM, conference papers (ICBE, BASIQ,
Strategica), company pages and reports (SA, SRL, S.R.L., Î.M., B.C. „...” S.A.), trade bodies, regulators (BNR, ANCOM,
ANPC, ASF, INS, the National Bank of Moldova, ANRCETI), laws with their Monitorul Oficial, research firms, the press
signed and unsigned, social posts, videos and podcasts, Romanian titles with English in square brackets; Romanian and
Moldovan names with ș, ț, ă, â and î, without them and with the old cedillas (ş, ţ), â/î variants (Sârbu/Sîrbu),
hyphenated surnames and given names, Hungarian names from Transylvania (now and then filed by the given name), Roma,
German and Lipovan names, Russian and Gagauz names in Moldova with patronymics in two transliterations, and expatriate
names), with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind132" half (``--halves blind132,blind132-more``, 100 + 300 reports, seeds 136000-136399) is a
hundred-and-thirty-second independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-second hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind132_works.py and blind132_text.py), as marketers in Nepal and Bhutan and
their diaspora (Kathmandu, Lalitpur, Pokhara, Biratnagar, Butwal, Chitwan, Thimphu, Paro, Phuentsholing; Doha, Dubai,
Kuala Lumpur, Sydney, London, New York) at banks, development banks and microfinance, telecoms and wallets (Nepal
Telecom, Ncell, eSewa, Khalti, IME Pay, Bhutan Telecom, TashiCell), remittance firms, tea, pashmina, carpet and noodle
makers (Wai Wai, Mayos), breweries, airlines (Buddha Air, Yeti, Drukair), trekking and hotel firms, hydropower
companies, retailers, media houses and agencies write CIM Level 6 and 7 reports and MBA assignments (Bikram Sambat dates
and fiscal years, Baisakh to Chaitra and 2080/81, Rs., NPR, lakh and crore, Nu., Acts as "Electronic Transactions Act,
2063 (2008)" and "Consumer Protection Act of Bhutan 2012", NRB directives and circulars, the SDF, Dashain, Tihar,
Chhath, Teej, Losar and Tshechu, NEPSE tickers, flights and airport codes, USSD codes, PAN and registration numbers,
peaks and their heights, megawatts, kings, ministers, Dashos, climbers, cricketers and founders with their years who are
no authors; NepJOL journals with 10.3126 DOIs and international journals with up to eight authors, textbooks and
e-books, some dated in B.S., chapters, conference papers, theses from Tribhuvan, Kathmandu and Pokhara Universities and
the Royal University of Bhutan, company pages and reports (Pvt. Ltd., Ltd., Limited), trade bodies, Nepal Rastra Bank,
the Royal Monetary Authority, the NTA and ministries, Acts, research firms, the Nepali, Bhutanese and Gulf press signed
and unsigned, social posts, videos and podcasts, Nepali and Dzongkha titles with English in square brackets; Bahun,
Chhetri, Newar, Gurung, Magar, Tamang, Tharu, Madhesi, Dalit and Sherpa names, K.C. and B.K. as initials, Thapa Magar
compound surnames, Sherpa and Bhutanese names with no family name filed by either name or written whole, a Dasho typed
into a given name, romanisation variants, IAST diacritics and expatriate names), with fifty-four kinds of decoy. While
held out, we reported its tables only.

The "blind135" half (``--halves blind135,blind135-more``, 100 + 300 reports, seeds 139000-139399) is a
hundred-and-thirty-fifth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-fifth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind135_works.py and blind135_text.py), as marketers in Indonesia and its
diaspora (Jakarta, Surabaya, Bandung, Medan, Yogyakarta, Semarang, Makassar, Denpasar, Balikpapan; Singapore, Kuala
Lumpur, The Hague, Amsterdam, Melbourne) at banks and fintechs (BCA, Bank Mandiri, BRI, GoPay, OVO, DANA, ShopeePay),
telecoms (Telkomsel, Indosat Ooredoo Hutchison, XL Axiata), super-apps and marketplaces (Gojek, Grab, Tokopedia, Shopee,
Bukalapak, Traveloka), consumer-goods makers (Indofood, Wings, Mayora, Unilever Indonesia, Kapal Api, Sido Muncul),
minimarkets (Indomaret, Alfamart), airlines (Garuda, Lion Air, Citilink), media houses and agencies write CIM Level 6
and 7 reports and MBA assignments (laws as "Undang-Undang Nomor 27 Tahun 2022" and "UU No. 27/2022", PP, POJK, PBI, PADG
and Permendag numbers, rupiah in juta, miliar and triliun with decimal commas, Ramadan, Lebaran, Imlek, Nyepi and Saka
years, Hijri and Javanese dates, Harbolnas 12.12, 17 Agustus, WIB times, IDX tickers, NIB, NPWP, KBLI and halal numbers,
SNI codes, awards, expos, elections, IKN, founders, ministers and Balinese birth-order names who are no authors, Slovin
samples, Likert scales and regression results); Indonesian and international journals with up to eight authors,
textbooks and e-books, chapters, skripsi, tesis and dissertations from UI, UGM, ITB, Binus, Unair and others, conference
papers and prosiding, company pages and reports (PT ... Tbk, (Persero), CV), trade bodies (APJII, idEA, AFTECH, P3I,
MUI), regulators (OJK, Bank Indonesia, BPS, Kominfo, BPOM, KPPU, BPJPH), laws under "Republik Indonesia", research
firms, the press signed and unsigned, social posts, videos and podcasts, Indonesian titles with English in square
brackets; single names with no family name, Javanese and Sundanese names, Batak, Minangkabau and Minahasan clan names,
Balinese birth-order names, Chinese-Indonesian and Arabic-derived names, degrees after the name (S.E., M.M.), and Dutch,
Australian and Malaysian academics), with fifty-five kinds of decoy. While held out, we reported its tables only.

The "blind136" half (``--halves blind136,blind136-more``, 100 + 300 reports, seeds 140000-140399) is a
hundred-and-thirty-sixth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-sixth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind136_works.py and blind136_text.py), as marketers in Poland and its
diaspora (Warsaw, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Katowice, Lublin; London, Dublin, Chicago, Berlin, Oslo) at
banks and fintechs (PKO BP, mBank, Santander Bank Polska, Pekao, BLIK, Revolut), telecoms (Orange Polska, Play, Plus,
T-Mobile), retailers and e-commerce (Allegro, InPost, LPP, CCC, Biedronka, Żabka, Lidl, Rossmann), food and drink makers
(Maspex, Wedel, Żywiec, Tymbark, Mlekovita), games studios (CD Projekt, Techland), LOT, media houses and agencies write
CIM Level 6 and 7 reports and MBA assignments (laws as "Ustawa z dnia 16 lipca 2004 r. – Prawo telekomunikacyjne" and
"Dz.U. 2014 poz. 827", RODO, UOKiK decisions, KNF recommendations, NBP rates, GUS figures, zł, PLN and złoty, Polish
dates, Tłusty Czwartek, Dzień Kobiet, Black Week, Mikołajki, Wigilia, All Saints and 11 November, KRS, NIP and REGON
numbers, WSE tickers, games, products, slogans, awards, festivals, founders, professors and sportspeople with their
years, who are no citations); Polish and international journals with up to eight authors, textbooks and e-books (PWN,
C.H. Beck, Oficyna SGH), chapters, theses from SGH, Kozminski, the Jagiellonian and Poznań UEB, conference papers,
company pages, posts, videos and reports with their legal forms (S.A., SA, sp. z o.o., sp.k.), trade bodies, UOKiK, UKE,
KNF, NBP and GUS, laws with the Sejm as author and their Dz.U. numbers, research firms, the Polish and diaspora press
signed and unsigned, podcasts, Polish titles with English in square brackets; Polish names with and without their
diacritics, masculine and feminine surname forms (Kowalski/Kowalska), double-barrelled and shared surnames, anglicised
diaspora names and expatriate names), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind137" half (``--halves blind137,blind137-more``, 100 + 300 reports, seeds 141000-141399) is a
hundred-and-thirty-seventh independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-seventh hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind137_works.py and blind137_text.py), as marketers in Ukraine and
its diaspora (Kyiv, Lviv, Kharkiv, Odesa, Dnipro, Zaporizhzhia, Vinnytsia, Ivano-Frankivsk; Warsaw, Kraków, Berlin,
Prague, Toronto, London) at banks and fintechs (PrivatBank, monobank, Oschadbank, PUMB, Raiffeisen Bank Ukraine),
telecoms (Kyivstar, Vodafone Ukraine, lifecell), retailers and e-commerce (Rozetka, Prom.ua, Silpo, ATB, Epicentr,
Comfy, Foxtrot), delivery firms (Nova Poshta, Ukrposhta, Glovo, Bolt Food), food and drink makers (Roshen, Obolon, MHP,
Nemiroff), IT outsourcers (EPAM, SoftServe, GlobalLogic), media houses and agencies write CIM Level 6 and 7 reports and
MBA assignments (laws as "Law of Ukraine No. 1089-IX" and "No. 270/96-VR", resolutions of the Cabinet of Ministers and
the NBU by number, UAH, hryvnia and ₴ with "bn", NBU rates, martial-law and curfew dates, air-raid alerts, blackout
schedules and Invincibility Points, Independence Day (24 August), Christmas (25 December), Easter and Black Friday,
dotted dates and Ukrainian month names, EDRPOU codes, FOP groups, legal forms in brackets, tariffs, product models,
awards, festivals, streets and Nova Poshta branches, historical figures, founders and sportspeople with their years,
interviewees and participants, who are no citations); Ukrainian and international journals with up to eight authors
(Business Perspectives and Sumy DOIs), textbooks and e-books, Ukrainian textbooks in transliteration and Cyrillic with
English in square brackets, chapters, conference papers, theses from KNEU, Shevchenko University, KSE, UCU and Lviv
Polytechnic, company pages and reports (JSC, PrJSC, PJSC, TOV, LLC, SE), trade bodies, the National Bank of Ukraine, the
NKEK, the State Statistics Service, Diia and ministries, laws and resolutions with the Verkhovna Rada, the Cabinet of
Ministers or the NBU as author, research firms (Kantar Ukraine, Gradus, Factum, KIIS), the Ukrainian and diaspora press
signed and unsigned, Telegram, LinkedIn and Facebook posts, YouTube videos and podcasts; Ukrainian names in the 2010
national transliteration and older systems (Oleksandr/Aleksandr, Yevhen/Evgen), apostrophes (Mar'iana, Podil's'kyi),
patronymics typed into given names, feminine forms (-a, -ska), Russian-language forms, Cyrillic names, Polish, German
and Canadian diaspora spellings, and expatriate names), with fifty-one kinds of decoy. While held out, we reported its
tables only.

The "blind138" half (``--halves blind138,blind138-more``, 100 + 300 reports, seeds 142000-142399) is a
hundred-and-thirty-eighth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-eighth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind138_works.py and blind138_text.py), as marketers in Kenya, Rwanda and
their diaspora (Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Kigali, Musanze, Rubavu; London, Minneapolis, Dallas,
Brussels, Dubai) at banks and SACCOs, telecoms and mobile money (Safaricom and M-Pesa, Airtel Money, MTN Rwanda MoMo),
fintech lenders (M-Shwari, Tala, Branch), tea, coffee, flower and dairy firms (Brookside, KTDA), supermarkets (Naivas,
Quickmart, Carrefour, Simba), breweries (EABL, Bralirwa), airlines (Kenya Airways, RwandAir), media houses and agencies
write CIM Level 6 and 7 reports and MBA assignments (Acts as "Data Protection Act, 2019 (No. 24 of 2019)", Cap. numbers
and Kenya Gazette Supplements, Rwandan laws as "Law No 058/2021 of 13/10/2021" and the Official Gazette, CBK circulars
and rates, KES, KSh, RWF and Frw with years, Paybill and Till numbers, USSD codes, Madaraka, Mashujaa, Jamhuri,
Kwibohora, Umuganura, Umuganda, Ramadan, Eid and Black Friday, NSE and RSE tickers, tariffs, product models, awards,
events, founders, presidents and athletes with their years, county codes, flights, matatu routes, streets, Swahili and
Kinyarwanda slogans and interviewees, who are no citations); African and international journals with up to eight authors
(some with DOIs), textbooks and e-books, chapters, conference papers, theses from the University of Nairobi, Strathmore,
Kenyatta, USIU-Africa, Moi, JKUAT and the University of Rwanda, company pages and reports (Ltd, PLC), trade bodies, the
CBK, CA, KNBS, ODPC, BNR, RURA and NISR, Acts and laws with the Republic of Kenya, the Parliament of Kenya or the
Republic of Rwanda as author, research firms (GeoPoll, TIFA, Infotrak, Ipsos Kenya), the Kenyan and Rwandan press signed
and unsigned, posts, YouTube videos and podcasts, undated pages, Swahili and Kinyarwanda titles with English in square
brackets; Kikuyu, Luo, Luhya, Kalenjin, Kamba, Kisii, Meru, Swahili-coast and Kenyan-Asian names, apostrophes (Ndung'u,
Ochieng', Ng'ang'a), hyphenated and "wa" names, Kinyarwanda names with no family name in either order, and expatriate
names), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind139" half (``--halves blind139,blind139-more``, 100 + 300 reports, seeds 143000-143399) is a
hundred-and-thirty-ninth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-thirty-ninth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind139_works.py and blind139_text.py), as marketers in Czechia and Slovakia
and their diaspora (Prague, Brno, Ostrava, Plzeň, Olomouc, Bratislava, Košice, Žilina; London, Vienna, Munich, Dublin,
Toronto) at banks and fintechs (Česká spořitelna, ČSOB, Komerční banka, Tatra banka, Air Bank, Revolut), telecoms (O2,
T-Mobile, Vodafone, Orange Slovensko), retailers and e-commerce (Alza, Mall.cz, Rohlík, Notino, Kaufland, Albert,
Tesco), food and drink makers (Kofola, Pilsner Urquell, Budvar, Madeta, Hamé, Figaro), carmakers (Škoda, Kia Slovakia),
games studios, media houses and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "zákon č. 110/2019
Sb." and "zákon č. 18/2018 Z. z.", EU regulations by number, Kč, CZK, € and EUR, ČNB and NBS rates, VAT rates, the SKK
changeover, ČTÚ, ÚOOÚ and ČOI decisions, ČSÚ and ŠÚ SR releases, 28 October, 17 November, Velikonoce, Christmas markets,
name days, Black Friday, dotted Czech dates, IČO and DIČ numbers, legal forms, tickers, tariffs, car models, games,
festivals, awards, streets and postcodes, SAPA and večerky, academic titles, founders, artists and sportspeople with
their years, interviewees and samples, who are no citations); Czech, Slovak and international journals with up to eight
authors, textbooks and e-books, chapters, conference papers, theses from VŠE, Charles, Masaryk, Tomas Bata and EUBA,
company pages and reports (a.s., s.r.o., v.o.s., n.p.), trade bodies, the ČNB, ČTÚ, ÚOOÚ, ČSÚ, NBS and ŠÚ SR, laws with
the Czech Parliament or the Slovak National Council as author, research firms, the Czech, Slovak and expat press signed
and unsigned, LinkedIn and Instagram posts, podcasts and videos, Czech and Slovak titles with English in square
brackets; Czech and Slovak names with and without their diacritics, feminine -ová surnames, foreign wives keeping or
dropping them, double surnames, Hungarian, Roma and Vietnamese-Czech names, and expatriate names), with forty-eight
kinds of decoy. While held out, we reported its tables only.

The "blind140" half (``--halves blind140,blind140-more``, 100 + 300 reports, seeds 144000-144399) is a
hundred-and-fortieth independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-fortieth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind140_works.py and blind140_text.py), as marketers in Azerbaijan and its
diaspora (Baku, Ganja, Sumgait, Mingachevir, Lankaran, Sheki, Nakhchivan; Istanbul, Ankara, Moscow, Tbilisi, London,
Berlin) at banks and fintechs (Kapital Bank, Birbank, PASHA Bank, ABB, Bank Respublika, m10), telecoms (Azercell,
Bakcell, Nar), SOCAR and BP Azerbaijan, retailers and malls (Bravo, Araz, Bazarstore, Port Baku Mall), food and drink
makers (Azersun, Sarab, Sirab, Chinar), AZAL, Shahdag and Gabala tourism, media houses and agencies write CIM Level 6
and 7 reports and MBA assignments (laws as "Law of the Republic of Azerbaijan No. 998-IIIQ", Presidential decrees and
orders and Cabinet decisions by number, AZN, manat and ₼, CBAR rates and the 2015 devaluation, Novruz, Ramadan and
Gurban bayram with Hijri years, 28 May, 18 October and 20 January, the Baku Formula 1 Grand Prix, Eurovision 2011 and
2012, the European Games and COP29, Azerbaijani month names and dotted dates, VÖEN codes, MMC, ASC and QSC in brackets,
tariffs, USSD codes, AZAL flights, awards, festivals, malls, football clubs, the Contract of the Century, historical
figures with their years and managers named with oğlu and qızı, who are no citations); Azerbaijani and international
journals with up to eight authors, textbooks and e-books, chapters, conference papers, theses from ADA, UNEC, BSU and
Khazar, company pages, reports, posts, videos and podcasts, trade bodies, the Central Bank, the State Statistical
Committee and ministries, laws with the Milli Məclis or the President as author, research firms, the Azerbaijani,
Turkish and Russian press signed and unsigned, Azerbaijani and Russian titles with English in square brackets;
Azerbaijani names with and without ə, ğ, ı, ö, ş, ü, ç, in Russian transliteration and in Cyrillic, feminine -ova and
-yeva, invariant -li, -lı and -zadə, patronymics typed as middle names, Turkish, Iranian-Azerbaijani and expatriate
names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind141" half (``--halves blind141,blind141-more``, 100 + 300 reports, seeds 145000-145399) is a
hundred-and-forty-first independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-forty-first hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind141_works.py and blind141_text.py), as marketers in Mexico and its
diaspora (Mexico City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida, Tijuana, Cancún; Los Angeles, Houston,
Chicago, Madrid) at banks and fintechs (BBVA México, Banorte, Nu México, Mercado Pago, Klar), telecoms (Telcel, AT&T
México, Izzi, Totalplay), retailers and e-commerce (Walmart de México, OXXO, Liverpool, Coppel, Elektra, Mercado Libre),
food and drink makers (Bimbo, Grupo Modelo, FEMSA, Jumex, Lala, Sabritas), airlines (Aeroméxico, Volaris, Viva Aerobus),
Televisa, TV Azteca and agencies write CIM Level 6 and 7 reports and MBA assignments (laws with their DOF dates, NOM
standards, pesos, MXN and $ before amounts, Banxico rates and the super peso, El Buen Fin and Hot Sale editions, Día de
Muertos, 16 September, Navidad and Reyes, dotted, slashed and Spanish dates, S.A.B. de C.V. and S. de R.L. de C.V., RFC
codes, BMV tickers, tariffs, flights, Effies and Cannes Lions, presidents, founders and artists with their years, Liga
MX and the 2026 World Cup, interviewees, AMAI NSE levels, states and postcodes, PROFECO, IFT, CONDUSEF and REPEP, the
USMCA and hashtags, who are no citations); Mexican, Latin American and international journals with up to eight authors,
textbooks and e-books, chapters, conference papers, theses from UNAM, ITAM, the Tec, the Ibero and the UdeG, company
pages, reports, posts, videos and podcasts, trade bodies, PROFECO, the IFT, Banxico, INEGI and CONDUSEF (one of them
with two reports in a year), laws with the Congreso de la Unión as author, research firms, the Mexican, US and Spanish
press signed and unsigned, Spanish titles with English in square brackets; Mexican names with two surnames, hyphenated
or with the maternal one cut to an initial, compound given names, de, del, de la and de los, Nahuatl, Maya and
Lebanese-Mexican names, Mexican-American names without accents, and expatriate names), with fifty kinds of decoy. While
held out, we reported its tables only.

The "blind142" half (``--halves blind142,blind142-more``, 100 + 300 reports, seeds 146000-146399) is a
hundred-and-forty-second independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-forty-second hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind142_works.py and blind142_text.py), as marketers in Bangladesh and its
diaspora (Dhaka, Chattogram, Sylhet, Khulna, Rajshahi, Gazipur, Narayanganj, Cox's Bazar; Tower Hamlets, Birmingham, New
York, Toronto, Dubai, Kuala Lumpur) at banks and mobile financial services (BRAC Bank, Dutch-Bangla Bank, City Bank,
bKash, Nagad, Rocket), telecoms (Grameenphone, Robi, Banglalink, Teletalk), garment exporters, FMCG and food makers
(PRAN-RFL, Square, ACI, Akij), e-commerce and ride-hailing (Daraz, Chaldal, Pathao, Foodpanda), pharmaceuticals, media
houses and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts as "Digital Security Act, 2018 (Act No. 46
of 2018)", SROs, Bangladesh Bank circulars and BSEC directives, BDT, Tk and ৳ in lakh and crore, Bengali and Hijri
dates, Pohela Boishakh, Eid, Durga Puja, 21 February, 26 March and 16 December, USSD codes and data packs, DSE codes,
awards, fairs, the BPL, Rana Plaza, the Padma Bridge, historical figures with their years and managers who are not
authors); Bangladeshi and international journals with up to eight authors, textbooks and e-books, chapters, conference
papers, theses from IBA, NSU, BRAC, EWU and JU, company pages and reports (Ltd, PLC), trade bodies, Bangladesh Bank, the
BTRC, the BBS and the BSEC, Acts with the Government as author, research firms, the Dhaka and diaspora press signed and
unsigned, posts, videos and podcasts, Bengali titles transliterated and in Bengali script with English in square
brackets; Md., Mohammad, Mst. and Syed names, Rahman/Rahaman, Hossain/Hussain/Hosen, Chowdhury/Choudhury, Hindu, Barua,
Chakma and Marma names, and expatriate names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind143" half (``--halves blind143,blind143-more``, 100 + 300 reports, seeds 147000-147399) is a
hundred-and-forty-third independent measurement, held out for its first tables (measured by its writer in stop 37),
development data since: written by a hundred-and-forty-third hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind143_works.py and blind143_text.py), as marketers in Ireland, Northern
Ireland and their diaspora (Dublin, Cork, Galway, Limerick, Waterford, Belfast, Derry, Letterkenny; London, Boston, New
York, Sydney, Toronto) at banks and credit unions (AIB, Bank of Ireland, PTSB, Revolut), telecoms (Eir, Vodafone
Ireland, Three), retailers (Dunnes Stores, SuperValu, Tesco Ireland, Penneys/Primark), food and drink makers (Kerrygold,
Glanbia, Tayto, Guinness, Jameson, Barry's Tea), Ryanair and Aer Lingus, tourism bodies, media houses (RTÉ, TG4, The
Irish Times) and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts as "Data Protection Act 2018 (No. 7
of 2018)", S.I. numbers, UK Acts by chapter, €, EUR and £, St Patrick's Day, Bloomsday, Samhain, the Leaving Cert and
Christmas, GAA finals, Brexit and the Good Friday Agreement, Eircodes, CRO numbers, ISEQ tickers, ComReg and ASAI
decisions, tariffs, flights, awards, festivals, founders, ministers and sportspeople with their years, who are no
citations); Irish and international journals with up to eight authors, textbooks and e-books, chapters, theses from TCD,
UCD, the University of Galway, DCU, TU Dublin and Ulster University, conference papers, company pages and reports (plc,
DAC, CLG, Teo., Ltd), trade bodies, regulators and the CSO, Acts and S.I.s with the Government of Ireland, the
Oireachtas, the Irish Statute Book or the UK Parliament as author, research firms, the Irish and diaspora press signed
and unsigned, posts, videos and podcasts, Irish titles with English in square brackets; Irish names in Irish and in
English (Ó Súilleabháin and O'Sullivan, Ní Bhriain, Nic Giolla Phádraig), fadas written and dropped, Ulster-Scots names,
Polish, Brazilian and Indian names of new Irish, and diaspora names), with forty-nine kinds of decoy. While held out, we
reported its tables only.

The "blind144" half (``--halves blind144,blind144-more``, 100 + 300 reports, seeds 148000-148399) is a
hundred-and-forty-fourth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-forty-fourth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind144_works.py and blind144_text.py), as marketers in francophone West
Africa and their diaspora (Dakar, Thiès, Saint-Louis, Abidjan, Bouaké, Yamoussoukro, Bamako, Sikasso, Ouagadougou,
Bobo-Dioulasso, Conakry, Lomé, Cotonou; Paris, Lyon, Brussels, Montréal, New York) at banks and microfinance (Ecobank,
SGBCI, Coris Bank, Wave), telecoms and mobile money (Orange Money, MTN MoMo, Moov Africa, Free Sénégal), cocoa, cashew,
cotton and shea exporters, brewers and bottlers (Solibra, Brakina), supermarkets, airlines (Air Côte d'Ivoire, Air
Sénégal), media houses and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Loi n° 2013-450 du 19
juin 2013", décrets, arrêtés, OHADA's Uniform Acts, BCEAO instructions and UEMOA regulations, FCFA and XOF amounts, the
euro peg, Tabaski, Korité, the Magal and Hijri dates, independence days, FESPACO and the CAN, USSD codes, RCCM, NINEA
and IFU numbers, BRVM tickers, tariff grids, flights, beer bottles, cocoa and cashew campaigns, awards, fairs,
post-office boxes, censuses, national plans, radio frequencies, TV series, historical and religious figures with their
years and respondents, none of them citations); African, French and international journals with up to eight authors,
textbooks and e-books, chapters, theses and mémoires from UCAD, the Université Félix Houphouët-Boigny, the Université
Joseph Ki-Zerbo and the USSGB, conference and working papers, company pages and reports (SA, SARL, SAS, GIE, SCOOPS),
trade bodies, the BCEAO, the UEMOA Commission, ARTP, ARTCI, ARCEP and the statistics institutes, laws and Uniform Acts
with the State, OHADA or the BCEAO as author, research firms, the regional and French press signed and unsigned, posts,
videos and podcasts, French, Wolof and Bambara titles with English in square brackets; Wolof, Serer, Pulaar, Mande,
Akan, Mossi, Fon and Ewe names with and without their accents, N'Guessan and N’Diaye, family names in capitals, "épouse"
and "dit" names, de Souza and d'Almeida, and expatriate names), with fifty-eight kinds of decoy. While held out, we
reported its tables only.

The "blind145" half (``--halves blind145,blind145-more``, 100 + 300 reports, seeds 149000-149399) is a
hundred-and-forty-fifth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-forty-fifth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind145_works.py and blind145_text.py), as marketers in Myanmar and its
diaspora (Yangon, Mandalay, Naypyitaw, Taunggyi, Mawlamyine, Bago; Bangkok, Mae Sot, Singapore, Kuala Lumpur, Fort
Wayne, Sydney) at banks and mobile money (KBZ, AYA, CB Bank, Yoma, Wave Money, KBZPay), telecoms (MPT, Ooredoo/U9, ATOM,
Mytel), breweries, tea-leaf and rice traders, supermarkets (City Mart, Ocean), jade and gems dealers, airlines, media
houses, NGOs and agencies write CIM Level 6 and 7 reports and MBA assignments (kyat as MMK and K with lakhs and crores,
Myanmar Era years, Thingyan, Thadingyut and Tazaungdaing, laws as "Pyidaungsu Hluttaw Law No. 29/2017", CBM and PTD
notifications, DICA numbers, YSX codes, USSD codes, viss and carats, Burmese digits and glosses, flights, awards, fairs,
elections, founders and public figures with their years, who are no citations); Myanmar and international journals with
up to eight authors, textbooks and e-books, chapters, conference papers, theses from the Yangon, Mandalay and Monywa
universities, working papers, company pages and reports (Co., Ltd., Public Co., Ltd.), trade bodies and NGOs, the
Central Bank of Myanmar, the PTD, DICA, the MIC and the CSO, laws with the Pyidaungsu Hluttaw as author, notifications,
research firms, the Myanmar and regional press signed and unsigned, Facebook posts, videos and podcasts, Burmese titles
romanised with English in square brackets; Burmese names with no family name held whole ("Khin Maung Nyunt", "U Hla
Myint", "Daw Tin Tin Aye") or cut at the last syllable ("Nyunt, K.M."), Shan, Karen, Kachin, Chin, Mon and Rakhine
names, Chinese- and Indian-Burmese names, and diaspora and expatriate names), with fifty kinds of decoy. While held out,
we reported its tables only.

The "blind146" half (``--halves blind146,blind146-more``, 100 + 300 reports, seeds 150000-150399) is a
hundred-and-forty-sixth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-forty-sixth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind146_works.py and blind146_text.py), as marketers in Serbia, Croatia,
Bosnia and Herzegovina, Montenegro, North Macedonia, Slovenia and their diaspora (Belgrade, Novi Sad, Niš, Zagreb,
Split, Rijeka, Sarajevo, Banja Luka, Mostar, Podgorica, Skopje, Ljubljana; Vienna, Munich, Zurich, Chicago, Toronto) at
banks (Banca Intesa, UniCredit, NLB, Raiffeisen), telecoms (mts/Telekom Srbija, Hrvatski Telekom, A1, Yettel), retailers
(Konzum, Mercator, Maxi, Idea), food and drink makers (Podravka, Atlantic Grupa, Kraš, Jelen, Zlatorog), airlines,
tourism boards, media houses and agencies write CIM Level 6 and 7 reports and MBA assignments (laws by gazette and
number, "Službeni glasnik RS, br. 87/2018", "NN 42/18", "Uradni list RS, št. 163/22", EU instruments, d.o.o., d.d.,
a.d., DOOEL and s.p., MB, PIB and OIB numbers, RSD and din., HRK and EUR, KM and MKD, Slava, Orthodox Christmas, Bajram,
Exit and the tourist season, dates written 15.03.2023., RATEL and HAKOM decisions and KLASA codes, tickers, flights,
products, athletes, singers, founders and awards with their years, who are no citations); regional and international
journals with up to eight authors, textbooks and e-books, chapters, theses from the Universities of Belgrade, Zagreb,
Sarajevo and Ljubljana and Ss. Cyril and Methodius University, conference papers, company pages and reports, trade
bodies and tourism boards, the NBS, RATEL, HAKOM, HNB, the RZS, the DZS and other statistical offices, laws with the
assembly or the state as author, research firms, the regional and diaspora press signed and unsigned, posts, videos and
podcasts, Serbian, Croatian, Slovenian and Macedonian titles with English in square brackets; South Slavic names with
their diacritics and in the diaspora's spellings (Đorđević, Djordjevic, Dordevic, Jovanovich), Cyrillic beside Latin,
Macedonian -ski and -ska names, Albanian names, married women's double surnames, and expatriate names), with fifty kinds
of decoy. While held out, we reported its tables only.

The "blind147" half (``--halves blind147,blind147-more``, 100 + 300 reports, seeds 151000-151399) is a
hundred-and-forty-seventh independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-forty-seventh hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind147_works.py and blind147_text.py), as marketers in Brazil and its
diaspora (São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza, Manaus,
Brasília; Lisbon, Porto, Miami, Boston, Tokyo, London) at banks and fintechs (Itaú, Bradesco, Banco do Brasil, Caixa,
Nubank, Inter, PicPay), telecoms (Vivo, Claro, TIM), retailers and marketplaces (Magazine Luiza, Casas Bahia,
Americanas, Mercado Livre, Renner, Riachuelo), food, drink and beauty makers (Ambev, JBS, BRF, Natura, O Boticário,
Havaianas), airlines (LATAM, GOL, Azul), media groups (Globo, Record, Folha, Estadão) and agencies write CIM Level 6 and
7 reports and MBA assignments (laws as "Lei nº 13.709, de 14 de agosto de 2018 (LGPD)" and "Decreto nº 7.962/2013",
Banco Central, Anatel, ANPD and CONAR rulings, Procon fines, R$ and BRL with decimal commas, Selic, IPCA and exchange
rates, Carnaval, Festa Junina, Black Friday and Dia dos Namorados, dates written 15/03/2024, CNPJ numbers, CEPs, phone
numbers with the area code in brackets, B3 tickers, S.A., S/A, Ltda., ME and EIRELI, mergers, founders, celebrities,
telenovelas, reality shows, football, festivals, awards, slogans, products, flights and coupons with their years and
numbers, none of them citations); Brazilian and international journals with up to eight authors, textbooks and e-books,
chapters, theses and dissertations from USP, FGV, Unicamp, UFRJ, UFMG and PUC-Rio, EnANPAD and EMA papers, company pages
and reports, trade bodies, the BCB, IBGE, Anatel, ANPD, Procon and CONAR, laws with "Brasil" or the regulator as author,
research firms, the Brazilian, Portuguese and diaspora press signed and unsigned, posts, videos and podcasts, undated
pages, Portuguese titles with English in square brackets; Brazilian names with several surnames filed by the last
("Silva, M.A. de S."), de, da, do, dos and das, Filho, Júnior, Neto and Sobrinho filed with the surname, names with and
without their accents, Japanese-, Italian-, German-, Lebanese- and Portuguese-Brazilian names, and expatriate names),
with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind148" half (``--halves blind148,blind148-more``, 100 + 300 reports, seeds 152000-152399) is a
hundred-and-forty-eighth independent measurement, held out for its first tables (measured by its writer in stop
38), development data since: written by a hundred-and-forty-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind148_works.py and blind148_text.py), as
marketers in South Korea and its diaspora (Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Jeju; Los
Angeles, New York, Toronto, Sydney, Almaty, Tashkent) at the chaebol and their affiliates (Samsung, Hyundai, LG,
SK, Lotte, CJ), banks and fintechs (KB Kookmin, Shinhan, Woori, Hana, Kakao Bank, Toss), telecoms (SK Telecom,
KT, LG U+), platforms (Naver, Kakao, Coupang, Baemin), cosmetics and food makers (Amorepacific, Innisfree,
Nongshim, Orion, Binggrae), K-pop agencies (HYBE, SM, JYP, YG), airlines and agencies write CIM Level 6 and 7
reports and MBA assignments (won as "₩3.2 trillion", "KRW 45 billion", 억 and 만 counts, laws by Act number and
Enforcement Decrees by Presidential Decree number, KFTC and KCC decisions, the Bank of Korea's base rate,
Seollal, Chuseok, Pepero Day, the suneung and the dol, lunar dates, dates written 2023.09.28. and 2023년 9월 28일,
Hangul beside brands, stock codes, flights, phones, cars, albums, dramas, idols, founders and awards with their
years, who are no citations); Korean and international journals with up to eight authors, textbooks and e-books,
chapters, theses from Seoul National University, Yonsei, Korea University, KAIST and Ewha, conference papers,
company pages and reports, trade bodies, the Bank of Korea, KOSTAT, the KCC, the KFTC, KOCCA, KOTRA and
ministries, laws with their Act numbers, research firms, the Korean and diaspora press signed and unsigned,
posts, videos and podcasts, Korean titles romanised with English in square brackets; Korean names with given
names hyphenated, as one word or two, pre-initialised ("Kim, M.-J.") or filed whole ("Kim Min-jun"),
romanisation variants (Lee, Yi, Rhee; Park, Pak, Bak), McCune-Reischauer breves, Western given names used
abroad, Korean-Chinese and Koryo-saram names, and expatriate names), with fifty-three kinds of decoy. While held
out, we reported its tables only.

The "blind149" half (``--halves blind149,blind149-more``, 100 + 300 reports, seeds 153000-153399) is a
hundred-and-forty-ninth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-forty-ninth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind149_works.py and blind149_text.py), as marketers in Türkiye and its
diaspora (Istanbul, Ankara, İzmir, Bursa, Antalya, Gaziantep, Konya, Trabzon; Berlin, Amsterdam, Vienna, London, Baku,
New Jersey) at banks and fintechs (İş Bankası, Garanti BBVA, Akbank, Ziraat, Papara), telecoms (Turkcell, Türk Telekom,
Vodafone Türkiye), marketplaces and retailers (Trendyol, Hepsiburada, BİM, Migros, A101, LC Waikiki, Koton), food and
drink makers (Ülker, Eti, Efes, Pınar, Torku), airlines (Turkish Airlines, Pegasus, AJet), holdings (Koç, Sabancı) and
agencies write CIM Level 6 and 7 reports and MBA assignments (laws by number, "6698 sayılı Kanun" and "Law No. 6563",
Resmî Gazete issues, Reklam Kurulu, Competition Board and KVKK decisions, EU instruments, lira as TL, ₺ and TRY with
dots for thousands and commas for decimals, "%45", policy and exchange rates, TÜFE (2003=100), Ramazan and Kurban
Bayramı, Hijri years, 29 October, Efsane Cuma, founders, writers, footballers, series, films, songs, campaigns, awards,
the 2023 earthquakes, elections, BIST tickers, flights, aircraft, products, clubs, plates, phone, MERSİS, İYS and IBAN
codes, addresses, interviewees, samples, 9A24 quarters, the 1961 recruitment agreement, hashtags, ratings and TSİ times,
who are no citations); Turkish and international journals with up to eight authors, textbooks and e-books, chapters,
theses from Boğaziçi, ODTÜ (METU), Istanbul, Bilkent, Koç and regional and diaspora universities, Ulusal Pazarlama
Kongresi and other conference papers, company pages and reports (A.Ş., T.A.Ş., A.O., Ltd. Şti.), trade bodies, the TCMB,
BTK, TÜİK, KVKK, the Reklam Kurulu, the Rekabet Kurumu and ministries, laws with the Resmî Gazete, the TBMM or the
Republic as author, research firms, the Turkish and diaspora press signed and unsigned, posts, videos and podcasts,
undated pages, Turkish titles with English in square brackets; Turkish names with their letters and without them (Yılmaz
and Yilmaz, Öztürk and Ozturk), two given names, maiden and married surnames together ("Kaya Demir"), -oğlu names,
Kurdish, Laz, Armenian, Rum and Azerbaijani names, German- and Dutch-Turkish names, and expatriate names), with
fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind150" half (``--halves blind150,blind150-more``, 100 + 300 reports, seeds 154000-154399) is a
hundred-and-fiftieth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-fiftieth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind150_works.py and blind150_text.py), as marketers in Pakistan and its
diaspora (Karachi, Lahore, Islamabad, Rawalpindi, Faisalabad, Multan, Peshawar, Quetta, Sialkot; Dubai, Manchester,
Bradford, Birmingham, Toronto, Houston) at banks and fintechs (HBL, UBL, MCB, Meezan, Easypaisa, JazzCash, SadaPay),
telecoms (Jazz, Zong, Telenor, Ufone), FMCG and food makers (Nestlé Pakistan, Engro, National Foods, Shan, K&N's, Tapal,
Olper's), apparel exporters (Gul Ahmed, Khaadi, Sapphire, Nishat), retailers and marketplaces (Daraz, Imtiaz, Naheed),
airlines (PIA, Airblue, SereneAir), media houses and agencies write CIM Level 6 and 7 reports and MBA assignments
(rupees as Rs, Rs. and PKR in lakh and crore, FY2023-24, laws with their Act numbers ("Act No. XL of 2016") and
sections, SROs, SBP circulars, Hijri dates, Ramazan, the two Eids, 14 August, PSL seasons, White Friday, dramas, songs,
celebrities, founders, PSX tickers, USSD, CNIC, NTN and IBAN codes, flights, aircraft, products, app versions,
campaigns, awards, expos, cricket, floods, elections, lockdowns, exchange, policy and CPI figures, the census, samples,
quarters, shares, cohorts, interviewees, addresses, legal forms, standards, hashtags, PKT times, diaspora figures,
channels, spectrum auctions and metro lines, who are no citations); Pakistani and international journals with up to
eight authors, textbooks and e-books, chapters, theses from LUMS, IBA Karachi, the University of the Punjab, NUST,
Quaid-i-Azam and diaspora universities, conference papers, company pages and reports ((Pvt.) Ltd., (Private) Limited,
Ltd., SMC-Pvt. Ltd.), trade bodies, the SBP, SECP, PTA, PEMRA, PBS, the Competition Commission and ministries, laws and
SROs with the Government or an Assembly as author, research firms, the Pakistani and diaspora press signed and unsigned,
posts, videos and podcasts, undated pages, Urdu titles romanised with English in square brackets; Pakistani names
given-name-first with their spelling variants (Muhammad, Mohammad, Muhammed, Mohd.; Qureshi, Qureshy, Kureshi; Chaudhry,
Chaudhary, Choudhry), particles that stay with the family name ("ul Haq", "ud Din"), hyphenated names, names of one
word, names filed whole with their honorifics ("Haji Muhammad Aslam"), Pashto, Sindhi, Punjabi, Balochi and Urdu names,
Christian and Parsi names, and expatriate names), with fifty-three kinds of decoy. While held out, we reported its
tables only.

The "blind151" half (``--halves blind151,blind151-more``, 100 + 300 reports, seeds 155000-155399) is a
hundred-and-fifty-first independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-fifty-first hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind151_works.py and blind151_text.py), as marketers in Sri Lanka, the
Maldives and their diaspora (Colombo, Kandy, Galle, Jaffna, Negombo, Kurunegala, Batticaloa, Malé, Addu City; Melbourne,
Toronto, London, Doha, Dubai, Chennai) at banks and finance companies (Commercial Bank of Ceylon, Sampath, HNB, BOC,
People's Bank, Bank of Maldives), telecoms (Dialog, SLT-Mobitel, Airtel Lanka, Ooredoo Maldives, Dhiraagu),
conglomerates (John Keells, Hayleys, Cargills, Hemas, Aitken Spence, Dilmah, MAS), tea exporters, resorts, apparel
makers, airlines and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts numbered "No. 9 of 2022",
gazette notifications, Maldivian laws "No. 4/2020", rupees as Rs. and LKR and rufiyaa as MVR and Rf, exchange, policy
and inflation rates, FY 2023/24, CCPI (2021=100), census and HIES waves, Avurudu nakath, poya days, the Esala Perahera,
Deepavali, Ramadan, Hijri and Buddhist-era years, cricketers, founders, chairmen, ambassadors, awards, expos,
teledramas, songs, the LPL, the 2019 attacks, the Aragalaya and the tsunami, flights, aircraft, tea grades and auctions,
products, CSE tickers, company numbers, short codes, addresses, atolls, NICs, VAT, interviewees, cohorts, samples,
hashtags and slogans, who are no citations); Lankan and international journals with up to eight authors, some with DOIs,
textbooks and e-books, chapters, theses from Colombo, Sri Jayewardenepura, Moratuwa, Kelaniya, Jaffna, the PIM and the
Maldives National University, conference papers (ICBM, IRCMF, KICM, ICBR), company pages and reports (PLC, (Pvt) Ltd,
Limited), trade bodies, the CBSL, TRCSL, the CAA, the DCS, the SLTDA, the MMA and ministries, laws with the Parliament,
the Government or the People's Majlis as author, research firms, the Lankan, Maldivian and diaspora press signed and
unsigned, posts, videos and podcasts, undated pages, Sinhala, Tamil and Dhivehi titles romanised with English in square
brackets; Sinhala names with ge-names kept whole ("Herath Mudiyanselage") or as initials ("Wickramasinghe, W.M.D.P."),
Tamil names with the father's name as surname or initial, Muslim and Burgher names ("de Silva", "Macan Markar"),
Maldivian names with no surname written whole ("Aishath Shifaza"), and expatriate names), with fifty-two kinds of decoy.
While held out, we reported its tables only.

The "blind152" half (``--halves blind152,blind152-more``, 100 + 300 reports, seeds 156000-156399) is a
hundred-and-fifty-second independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-fifty-second hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind152_works.py and blind152_text.py), as marketers in Argentina, Chile and
their diaspora (Buenos Aires, Córdoba, Rosario, Mendoza, Mar del Plata, Salta, Santiago, Valparaíso, Concepción,
Antofagasta, Puerto Montt; Madrid, Barcelona, Miami, Sydney) at banks and fintechs (Banco Galicia, Santander, BBVA
Argentina, Mercado Pago, Ualá, Banco de Chile, BancoEstado), telecoms (Personal, Claro, Movistar, Entel, WOM), retailers
(Falabella, Cencosud, Ripley, Coto, La Anónima), food, wine and drink makers (Arcor, Quilmes, Havanna, Concha y Toro,
CCU, Santa Rita), airlines (Aerolíneas Argentinas, LATAM, JetSMART, Sky) and agencies write CIM Level 6 and 7 reports
and MBA assignments (laws by number, "Ley 25.326" and "Ley N° 19.628", decretos, resoluciones and BCRA communications,
regulators in brackets, pesos as $, ARS and CLP with dots for thousands, the UF, the dólar blue, inflation and exchange
rates with decimal commas, Fiestas Patrias, the Día de la Independencia, Hot Sale, CyberDay and CyberMonday, the World
Cup and the Copa América, footballers, founders, presidents' terms, the corralito, the estallido social, 27F, the
plebiscite, brands' founding years, wine vintages, products, flights, aircraft, tickers, CUIT and RUT numbers, awards,
campaigns, films, songs, poets, interviewees, samples, quarters, generations, MBA cohorts, hashtags, app ratings, We
Tripantu, clubs, cuotas plans, ISO standards and TV ratings, who are no citations); Latin American and international
journals with up to eight authors, textbooks and e-books, chapters, theses from the UBA, the Universidad de Chile, the
PUC, the UTDT, San Andrés and others, congress papers, company pages and reports (S.A., S.A.U., S.A.I.C., S.R.L., SpA,
Ltda.), chambers and trade bodies, the BCRA, CNV, ENACOM, INDEC, SERNAC, SUBTEL, INE and CMF, laws with the Republic,
the Congress or the BCN as author, research firms, the Argentine, Chilean and Spanish press signed and unsigned, posts,
videos and podcasts, undated pages, Spanish titles with English in square brackets; Spanish double surnames filed by the
first ("González Pérez", "Fernández de Kirchner"), "de la", "del" and "y", hyphenated surnames, Italian-, German-,
Basque-, Croatian- and Palestinian-Argentine and Chilean names, Mapuche names, names without their accents, and
expatriate names), with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind153" half (``--halves blind153,blind153-more``, 100 + 300 reports, seeds 157000-157399) is a
hundred-and-fifty-third independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-fifty-third hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind153_works.py and blind153_text.py), as marketers in Nigeria, Ghana and
their diaspora (Lagos, Abuja, Port Harcourt, Ibadan, Kano, Enugu, Onitsha, Accra, Kumasi, Tamale, Takoradi; London,
Houston, Toronto, Johannesburg, Dubai) at banks and fintechs (GTCO, Access, Zenith, First Bank, Ecobank Ghana, GCB,
Flutterwave, Paystack, Opay, Moniepoint), telcos and mobile money (MTN, Airtel, Glo, Telecel, MTN MoMo), FMCG and drink
makers (Dangote, Nestlé Nigeria, Nigerian Breweries, Guinness Ghana, Cadbury, Indomie), retailers (Jumia, Shoprite,
Melcom), airlines (Air Peace, Arik, Africa World Airlines) and media houses write CIM Level 6 and 7 reports and MBA
assignments (laws as "Nigeria Data Protection Act, 2023" and "Data Protection Act, 2012 (Act 843)", CBN circular codes,
regulators in brackets, naira as ₦, N and NGN and cedis as GH₵ and GHS in billions and trillions, exchange, inflation
and policy rates, Detty December, Sallah, Christmas, Easter, Ramadan and Independence Day, titled people (Alhaji, Chief,
Dr., Engr.), Afrobeats stars, songs, albums and Nollywood films, awards, tickers, NIN, BVN, USSD, RC and phone numbers,
legal forms, the naira redesign, samples, tables, cohorts, academic sessions and strikes, elections, hashtags, flights,
pack sizes, LGAs, founding years, mergers, ISO standards, Yoruba and Twi slogans, events, AFCON, prices, census figures,
app versions and court cases, who are no citations); Nigerian, Ghanaian and international journals with up to eight
authors, textbooks and e-books, chapters, theses from UNILAG, UI, Covenant, Legon, KNUST and others, conference papers,
company pages and reports (Plc, PLC, Ltd, (Nig.) Ltd), trade bodies, the CBN, NCC, NBS, ARCON, NDPC, FCCPC, Bank of
Ghana, NCA and GSS, laws with the Federal Republic of Nigeria or the Republic of Ghana as author, research firms, the
Nigerian, Ghanaian and international press signed and unsigned, posts, videos and podcasts, undated pages, Yoruba, Igbo,
Hausa and Twi titles with English in square brackets; Yoruba, Igbo, Hausa, Ijaw, Efik, Akan, Ewe and Ga names, some with
tone marks, hyphenated and apostrophised surnames ("Owusu-Ansah", "Yar'Adua"), middle names whole or as initials, and
expatriate names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind154" half (``--halves blind154,blind154-more``, 100 + 300 reports, seeds 158000-158399) is a
hundred-and-fifty-fourth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-fifty-fourth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind154_works.py and blind154_text.py), as marketers in Saudi Arabia and its
diaspora and expatriate workforce (Riyadh, Jeddah, Dammam, Khobar, Mecca, Medina, Abha, NEOM; Dubai, Cairo, Manila,
London, Boston) at banks and fintechs (Al Rajhi, SNB, Riyad Bank, SAB, STC Bank, Tamara, Tabby), telecoms (stc, Mobily,
Zain KSA), retailers (Panda, Othaim, Jarir, Extra, noon, Nahdi), food makers (Almarai, SADAFCO, Al Baik, Herfy),
airlines (Saudia, flynas, flyadeal, Riyadh Air), giga-projects, media and agencies write CIM Level 6 and 7 reports and
MBA assignments (laws by royal decree with Hijri dates, regulators' decisions and licences, riyals as SAR, SR and ﷼,
Hijri and Gregorian dates, Vision 2030 and its programmes, Ramadan, the Eids, National Day, Founding Day, Riyadh Season,
White Friday, Hajj and prayer times, the royal family, founders, legal forms, CR and VAT numbers, Tadawul tickers, IPOs,
sport and Expo 2030, products, loyalty schemes, flights, aircraft, awards, campaigns, hashtags, universities,
interviewees, MBA cohorts, standards, heritage sites, TV shows, Nitaqat, the riyal's peg, VAT and zakat, who are no
citations); Gulf and international journals with up to eight authors, textbooks and e-books, chapters, theses from KSU,
KAU, KFUPM, KAUST and PSU, conference papers, company pages and reports (Co., CJSC, JSC), SAMA, CST, GASTAT, SDAIA, the
GAC and ministries, laws with the Kingdom or the Bureau of Experts as author, research firms, the Saudi, Gulf and
British press signed and unsigned, posts, videos and podcasts, undated pages, Arabic titles romanised with English in
square brackets; Arabic names with Al-, Al, al- and Al joined, bin, ibn and bint, Abdul and Abd al- names, Mohammed,
Muhammad and Mohamed, and Egyptian, Levantine, Pakistani, Indian, Filipino and British expatriates), with forty-nine
kinds of decoy. While held out, we reported its tables only.

The "blind155" half (``--halves blind155,blind155-more``, 100 + 300 reports, seeds 159000-159399) is a
hundred-and-fifty-fifth independent measurement, held out for its first tables (measured by its writer in stop 38),
development data since: written by a hundred-and-fifty-fifth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind155_works.py and blind155_text.py), as marketers in Spain and its
diaspora (Madrid, Barcelona, Valencia, Sevilla, Bilbao, Málaga, Zaragoza, Vigo, A Coruña, Palma; London, Paris, Berlin,
Mexico City, Miami) at banks and fintechs (Santander, BBVA, CaixaBank, Sabadell, Bankinter, Bizum), telecoms (Movistar,
Orange, Vodafone, MásMóvil, Digi), retailers and fashion (Inditex, Zara, Mango, El Corte Inglés, Mercadona, Desigual),
food and drink makers (Mahou San Miguel, Estrella Damm, Campofrío, Cola Cao, Freixenet), airlines (Iberia, Vueling, Air
Europa), media and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Ley Orgánica 3/2018, de 5 de
diciembre" and "Real Decreto 1/2007", the BOE, regulators in brackets, euros as €, EUR and with decimal commas, the
Rebajas, Black Friday, Semana Santa, Sant Jordi, La Mercè, San Fermín, the Reyes Magos and El Gordo, adverts, awards,
founders, chairs' tenures, tickers, NIFs, postcodes, flights, aircraft, packs, samples, interviewees, generations,
hashtags, app ratings, World Heritage places, ISO standards, Autocontrol's codes, the state of alarm and TV shares,
which are no citations); Spanish and international journals with up to eight authors, textbooks and e-books, chapters,
theses from the Complutense, the UB, the UPF, ESADE, IE and Navarra, congress papers, company pages and reports (S.A.,
S.L., S.L.U., S.Coop.), trade bodies (IAB Spain with two reports of 2019), the Banco de España, CNMC, INE, AEPD, the
Generalitat and ministries, laws with the State or the Jefatura del Estado as author, research firms, the Spanish and
British press signed and unsigned, posts, videos and podcasts, undated pages, Spanish, Catalan, Basque and Galician
titles with English in square brackets; double surnames filed by the first ("García Márquez", "Sánchez-Vicario"), "y"
and Catalan "i" between surnames, Basque and Galician names, "de", "del", "de la" and "de los", names without their
accents, and expatriate names), with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind156" half (``--halves blind156,blind156-more``, 100 + 300 reports, seeds 160000-160399) is a
hundred-and-fifty-sixth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-fifty-sixth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind156_works.py and blind156_text.py), as marketers in the Philippines and
its diaspora and overseas Filipino workers (Manila, Makati, BGC/Taguig, Quezon City, Pasig, Cebu, Davao, Iloilo, Baguio,
Cagayan de Oro; Dubai, Riyadh, Singapore, Hong Kong, Los Angeles, Toronto, London) at banks and fintechs (BDO, BPI,
Metrobank, Landbank, UnionBank, Security Bank, GCash, Maya, GoTyme), telecoms (PLDT, Smart, Globe, DITO), conglomerates
and retailers (SM, Ayala, JG Summit, San Miguel, Robinsons, Puregold, 7-Eleven), food and drink makers (Jollibee,
Universal Robina, Monde Nissin, Ginebra San Miguel, Del Monte), airlines (Philippine Airlines, Cebu Pacific, AirAsia),
media and BPO firms write CIM Level 6 and 7 reports and MBA assignments (laws as "Republic Act No. 10173" and "RA 11967
(2023)", executive orders, BSP and NPC circulars and proclamations with their series, pesos as ₱, PHP and P with
millions and billions, exchange rates and remittances, the -ber months, Simbang Gabi, Holy Week, 11.11 and 12.12,
Sinulog, Kadayawan and other fiestas, typhoons and quarantines, founders with life dates, executives' tenures, nicknames
in quotation marks, titles (Atty., Engr., Hon.), PSE tickers, SEC, TIN, FDA and ASC numbers, flights, aircraft, products
and sachets, promo and USSD codes, addresses, barangays, diaspora places, malls, samples, interviewees, socio-economic
classes, awards, hashtags, slogans, TV shows, elections, sport, app ratings, OFW documents, school years and course
codes, which are no citations); Philippine and international journals with up to eight authors, textbooks (Asian
editions, e-books), chapters, theses from UP Diliman, Ateneo, De La Salle, UST, the AIM, San Carlos and Silliman,
congress papers, company pages and reports (Inc., Corp., Co.), trade bodies (the Ad Standards Council with pages of
2019), the BSP, NPC, DTI, PSA, SEC and other agencies, laws and circulars with the Republic, Congress, the Official
Gazette or the agency as author, research firms, the Philippine and diaspora press signed and unsigned, posts, videos
and podcasts, undated pages, Filipino and Cebuano titles with English in square brackets; Spanish, native and
Chinese-Filipino surnames (Sy, Go, Uy, Co, Tan Caktiong), "dela Cruz", "De los Santos", "delos Reyes", "Sta. Maria",
"Zobel de Ayala", accents, hyphenated married names, "Ma." for María, the mother's surname as a middle name or initial,
Jr., Sr., II and III, and expatriate names), with sixty kinds of decoy. While held out, we reported its tables only.

The "blind157" half (``--halves blind157,blind157-more``, 100 + 300 reports, seeds 161000-161399) is a
hundred-and-fifty-seventh independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-fifty-seventh hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind157_works.py and blind157_text.py), as marketers in Italy and its
diaspora (Milano, Roma, Torino, Napoli, Bologna, Firenze, Venezia, Bari, Palermo, Verona; London, New York, Buenos
Aires, Munich, Zurich) at banks and fintechs (Intesa Sanpaolo, UniCredit, Banco BPM, Mediobanca, Fineco, Satispay,
Nexi), telecoms (TIM, Vodafone Italia, WindTre, Iliad Italia, Fastweb), fashion and luxury houses (Gucci, Prada, Armani,
Ferragamo, Moncler, Luxottica, Benetton), food and drink makers (Barilla, Ferrero, Lavazza, illy, Campari, Peroni, San
Pellegrino, Mutti), retailers and cooperatives (Esselunga, Coop, Conad, Eataly), carmakers (Ferrari, Fiat, Lamborghini,
Ducati, Piaggio), ITA Airways, Trenitalia and Italo, media and agencies write CIM Level 6 and 7 reports and MBA
assignments (laws as "Decreto legislativo 30 giugno 2003, n. 196", "D.Lgs. 196/2003", "Legge 4 agosto 2017, n. 124" and
DPCM, the Gazzetta Ufficiale, decisions of the AGCM, AGCOM, the Garante, Banca d'Italia, Consob and the IAP, euros as €,
EUR and with decimal commas and thousands points, founding years, founders' lifespans, people who are not authors,
tenures, fiscal years, ISTAT indices, P.IVA numbers, addresses, ATECO codes, tickers, models, collections, fairs,
Sanremo and Auditel shares, Ferragosto, the saldi, Black Friday, trains and flights, DOP and IGP labels, vintages, Serie
A seasons, Expo 2015, degrees, interviewees, awards, songs and films, rankings, ISO standards, generations, hashtags,
app ratings, price plans, units, legal forms, strikes, UNESCO places, the PNRR and anniversaries, which are no
citations); Italian and international journals with up to eight authors, textbooks and e-books, chapters, tesi di laurea
and di dottorato from Bocconi, the Politecnico di Milano, LUISS, Sapienza, Bologna and Ca' Foscari, conference papers,
company pages and reports (S.p.A., S.r.l., S.r.l.s., S.a.s., Soc. Coop., N.V.), trade bodies, regulators and ministries,
laws with the Repubblica Italiana or the Gazzetta Ufficiale as author, research firms, the Italian and British press
signed and unsigned, posts, videos, podcasts and blogs, undated pages, Italian titles with English in square brackets;
surnames with particles filed under them ("De Luca", "D'Amico", "Dell'Acqua", "Lo Russo"), the lower-case particles of
old families ("della Valle", "de' Medici"), double surnames, double given names ("Gian Luca", "Maria Grazia"), accents
("Cannavò", "Niccolò"), anglicised names of the diaspora ("DeLuca", "DiNapoli") and British, Swiss, German and Argentine
colleagues), with fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind158" half (``--halves blind158,blind158-more``, 100 + 300 reports, seeds 162000-162399) is a
hundred-and-fifty-eighth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-fifty-eighth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind158_works.py and blind158_text.py), as marketers in Hungary and its
diaspora (Budapest, Debrecen, Szeged, Pécs, Győr, Miskolc, Kecskemét, Székesfehérvár; Vienna, London, Berlin,
Cluj-Napoca, Toronto) at banks and fintechs (OTP, K&H, MBH, Erste, CIB, Raiffeisen, Revolut), telecoms (Magyar Telekom,
Yettel, One/4iG), retailers and e-commerce (eMAG, Alza, Tesco, SPAR, CBA, Rossmann), food and drink makers (Pick Szeged,
Túró Rudi, Dreher, Borsodi, Törley, Zwack Unicum, Szamos), Richter Gedeon, Egis, MOL, Wizz Air, media and agencies write
CIM Level 6 and 7 reports and MBA assignments (Acts as "2011. évi CXII. törvény" and "Act CXII of 2011", government
decrees ("45/2014. (II. 26.) Korm. rendelet"), EU regulations, regulators' case numbers, dates as "2024. március 15."
and "2024.03.15.", 15 March, 20 August, 23 October, name days, Christmas markets, Black Friday, Sziget and Balaton
Sound, forints as Ft and HUF with spaces for thousands, millió and milliárd, exchange rates, people named family name
first, dr., ifj. and id., married names with -né, founders' lifespans, Zrt., Nyrt., Kft. and Bt. in brackets with years,
Hungarikums, awards, campaigns, slogans, products, tickers, Cg. and tax numbers, addresses, phones, flights, TV shows,
films, sport, heritage places, the change of regime, the state of danger, VAT, the special tax and the caps, samples,
standards, handles, cohorts, the diaspora, the SZÉP card and elections, which are no citations); Hungarian and
international journals with up to eight authors, textbooks and e-books, chapters, theses (szakdolgozat, PhD-értekezés)
from Corvinus, ELTE, BME, Debrecen, Szeged and abroad, conference papers (EMOK), company pages and reports, regulators
and trade bodies (the MNB with two works of 2019), Acts and decrees with the Parliament, Magyarország or the Government
as author, research firms, the Hungarian and international press signed and unsigned, posts, videos, podcasts and
undated pages, Hungarian titles with English in square brackets; Hungarian names with accents and double acutes, -né
married names, double surnames, ifj. and id., names without their accents, an initial before the family name ("Gy.
Nagy"), and expatriate names), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind159" half (``--halves blind159,blind159-more``, 100 + 300 reports, seeds 163000-163399) is a
hundred-and-fifty-ninth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-fifty-ninth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind159_works.py and blind159_text.py), as marketers in Thailand and its
diaspora (Bangkok, Chiang Mai, Phuket, Pattaya, Khon Kaen, Hat Yai, Nakhon Ratchasima, Udon Thani; Los Angeles, London,
Sydney, Singapore, Tokyo) at banks and fintechs (Kasikornbank, SCB, Bangkok Bank, Krungthai, Krungsri, TrueMoney, Rabbit
LINE Pay), telecoms (AIS, True, NT), conglomerates and retailers (CP Group, Central, The Mall, 7-Eleven/CP ALL, Big C,
Lotus's, Makro), food and drink makers (ThaiBev, Singha, Osotspa, Carabao, Ichitan, CPF, Mama), airlines, the TAT, media
and agencies write CIM Level 6 and 7 reports and MBA assignments (Buddhist Era years beside Common Era ones, Acts and
royal decrees as "Personal Data Protection Act, B.E. 2562 (2019)", BOT and OCPB notifications, baht as ฿, THB and Bt in
millions and billions, Thai dates, Songkran, Loy Krathong, Chinese New Year in Yaowarat, 11.11 and 12.12, SET tickers,
PCL and Co., Ltd. in brackets with years, nicknames and Khun, royal titles, monks, founders' lifespans, awards,
products, flights, places, addresses, hotlines, TV shows, BL series, T-pop, sport, samples, statistics, exchange rates,
VAT and the sugar tax, government schemes, slogans, the diaspora, app versions, handles, standards, registrations,
elections, the lottery and rankings, which are no citations); Thai and international journals with up to eight authors,
textbooks and e-books, chapters, theses and independent studies from Chulalongkorn, Thammasat, Mahidol, Kasetsart,
Sasin, NIDA and abroad, conference papers, company pages and reports, trade bodies, regulators, Acts and royal decrees
with the Royal Thai Government or the Office of the Council of State as author, research houses, the Thai and regional
press signed and unsigned, posts, videos, podcasts and undated pages, romanised Thai titles with English in square
brackets; Thai names filed by surname, long and "Na" surnames, romanisation variants (Suwannarat/Suvarnarat), Sino-Thai
"Sae-" surnames, M.R. and M.L. titles, monks and Thai-order names written whole, and expatriates' and the diaspora's
names), with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind160" half (``--halves blind160,blind160-more``, 100 + 300 reports, seeds 164000-164399) is a
hundred-and-sixtieth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-sixtieth hand the same way, without reading the checker, its tests or
any other pool (tests/corpus/references/blind160_works.py and blind160_text.py), as marketers in Colombia, Peru and
their diaspora (Bogotá, Medellín, Cali, Barranquilla, Cartagena, Bucaramanga; Lima, Arequipa, Trujillo, Cusco, Piura;
Miami, Madrid, New York, Santiago, London) at banks and fintechs (Bancolombia, Davivienda, Banco de Bogotá, Nequi,
Daviplata, BCP, Interbank, BBVA Perú, Yape, Plin), telecoms (Claro, Movistar, Tigo, Entel, Bitel), retailers and
e-commerce (Grupo Éxito, Falabella, Ripley, Rappi, Supermercados Peruanos, Tiendas D1, Tottus), food and drink makers
(Grupo Nutresa, Postobón, Bavaria, Juan Valdez, Alicorp, Backus, Gloria, Inca Kola), airlines (Avianca, LATAM, Sky),
media (Caracol, RCN, El Tiempo, Semana, El Comercio, RPP) and agencies write CIM Level 6 and 7 reports and MBA
assignments (laws as "Ley 1581 de 2012" and "Ley N° 29733", decrees as "Decreto 1377 de 2013" and "Decreto Supremo N°
003-2013-JUS", SIC resolutions, Indecopi case numbers and CONPES documents, pesos as COP, $ and COL$ with millones and
billones, soles as S/ and PEN, exchange rates, IVA and IGV, minimum wages, the Día sin IVA, Amor y Amistad, Fiestas
Patrias, Inti Raymi, the Feria de las Flores, the Carnaval de Barranquilla, CyberWow and Black Friday, Spanish dates,
writers' lifespans and Nobels, telenovelas, films, songs, football, heritage sites, tickers, NIT and RUC numbers,
addresses, phones, legal forms, companies in brackets with years, founding years, campaigns, slogans, awards, estratos
and NSE levels, samples, figures, flights, handles, Quechua words, Spanish glosses, executives, events, politics, the
peace agreement and the quarantine, standards, INVIMA and DIGESA codes, UBIGEO and DIVIPOLA codes, cohorts, app versions
and the diaspora, which are no citations); Latin American and international journals with up to eight authors, some with
DOIs, textbooks and e-books, chapters, theses (tesis de maestría, trabajo de grado, MBA) from the Universidad de los
Andes, the Universidad Nacional, EAFIT, the PUCP, ESAN, the Universidad del Pacífico and abroad, conference papers
(CLADEA, BALAS), company pages and reports (S.A., S.A.S., S.A.A., S.A.C., E.I.R.L., Ltda.), regulators and trade bodies
(one with two works in a year), laws and decrees with the Congress, the Presidency or a ministry as author, research
firms, the Colombian, Peruvian and international press signed and unsigned, posts, videos, podcasts and undated pages,
Spanish and Quechua titles with English in square brackets; Spanish double surnames filed by the first ("García
Márquez"), "de", "del" and "de la", married women's "de" ("López de Gómez"), Quechua and Aymara surnames (Mamani,
Quispe, Huamán, Condori), Japanese-, Chinese- and Arab-Peruvian and Arab-Colombian names, hyphenated surnames of the
diaspora, names with and without accents, and expatriate colleagues), with fifty-seven kinds of decoy. While held out,
we reported its tables only.

The "blind161" half (``--halves blind161,blind161-more``, 100 + 300 reports, seeds 165000-165399) is a
hundred-and-sixty-first independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-sixty-first hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind161_works.py and blind161_text.py), as marketers in Tanzania, Uganda and
their diaspora (Dar es Salaam, Dodoma, Arusha, Mwanza, Zanzibar, Mbeya; Kampala, Entebbe, Jinja, Gulu, Mbarara; London,
Nairobi, Dubai, Johannesburg, Boston) at banks and microfinance (CRDB, NMB, NBC, Stanbic, Centenary, dfcu, Equity
Uganda), telecoms and mobile money (Vodacom M-Pesa, Airtel Money, Mixx by Yas, Halotel, MTN MoMo, Lyca), FMCG and drink
makers (Azam/Bakhresa, TBL, Serengeti, Nile Breweries, Mukwano, Uganda Breweries), retailers, airlines, tourism boards,
media and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts as "Personal Data Protection Act, 2022 (Act
No. 11 of 2022)", Cap. numbers, statutory instruments and government notices, the mobile money levy and the OTT tax,
shillings as TSh, TZS, USh and UGX with millions, billions and trillions, exchange rates, fiscal years, Vision 2025 and
2040, Saba Saba, Nane Nane, Heroes' Day, Martyrs' Day at Namugongo, Eid, Christmas, Easter and Ramadan, Hijri dates,
independence and the Union, the 1972 expulsion, lifespans, "Hon.", "Dr.", "Eng." and "Mzee", people with roles in
brackets, interviewees, (T) Ltd, (U) Ltd and PLC with years, tickers, USSD, paybill and Lipa Namba codes, phones, TINs,
P.O. Boxes, plates, flights, radio frequencies, TV shows, films, festivals, trade fairs, awards, clubs, marathons,
pageants, phones and beers, slogans, rebrands, circulars, standards, censuses, elections, exams, course codes, samples,
software, cohorts, places, parks, Swahili and Luganda phrases, time zones, the diaspora, handles and vehicles, which are
no citations); East African and international journals with up to eight authors, some with DOIs, textbooks and e-books,
chapters, theses from UDSM, Mzumbe, Makerere, MUBS, UCU and abroad, conference papers (ORSEA, AIBUMA), company pages and
reports, trade bodies, regulators (the Bank of Tanzania with two works of 2019), Acts and regulations with the United
Republic of Tanzania or the Republic of Uganda as author, research firms, the press signed and unsigned, posts, videos,
podcasts and undated pages, Swahili and Luganda titles with English in square brackets; Chagga, Sukuma, Haya, coastal,
Zanzibari Arab and Indian-Tanzanian names, the father's name as a second given name or none, Luganda, Acholi, Runyankole
and Ugandan-Asian names, hyphenated names, and Kenyan, South African and European colleagues), with sixty-four kinds of
decoy. While held out, we reported its tables only.

The "blind162" half (``--halves blind162,blind162-more``, 100 + 300 reports, seeds 166000-166399) is a
hundred-and-sixty-second independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-sixty-second hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind162_works.py and blind162_text.py), as marketers in western India
(Maharashtra and Gujarat: Mumbai, Pune, Nagpur, Nashik, Thane, Navi Mumbai, Ahmedabad, Surat, Vadodara, Rajkot,
Gandhinagar) and its diaspora (London, Leicester, New Jersey, Nairobi, Dubai, Toronto) at banks and fintechs (HDFC Bank,
ICICI, Kotak Mahindra, Bank of Baroda, Saraswat Bank, PhonePe, Paytm, Zerodha, CRED), telecoms (Jio, Airtel, Vi),
conglomerates and retailers (Reliance Retail, Tata, Godrej, Mahindra, Adani, DMart, Nykaa, Shoppers Stop), food and
drink makers (Amul/GCMMF, Parle, Haldiram's, Balaji Wafers, Vadilal, Havmor, Britannia), airlines (IndiGo, Air India,
Akasa Air), the Marathi and Gujarati press and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts as
"Digital Personal Data Protection Act, 2023" and their sections, Maharashtra and Gujarat state Acts and GRs, RBI, SEBI,
TRAI and ASCI circulars and codes, ₹, Rs and INR with lakh and crore, financial years and quarters, Vikram Samvat and
Shaka years, Ganeshotsav, Navratri, Diwali, Uttarayan and Gudi Padwa, sale events, the IPL, GST rates, GSTINs, CINs,
IFSC codes and UPI handles, PIN codes, tickers and index levels, models, tariff plans and MRPs, awards, lifespans,
"Shri" and "Smt.", campaigns and founding years, abbreviations with years, censuses and survey rounds, schemes,
demonetisation and the lockdown, elections, the metro and the bullet train, films and TV shows, batches, ISO and FSSAI
numbers, exchange rates, dates as 15/08/2023, the diaspora's streets, plates, RERA numbers, helplines, taglines, BARC
weeks, app versions and newspaper editions, which are no citations); Indian and international journals with up to eight
authors, some with DOIs, textbooks and e-books, Marathi and Gujarati books, chapters, theses from IIM Ahmedabad, NMIMS,
SPJIMR, Symbiosis, MICA, the Universities of Mumbai and Gujarat and others, conference and working papers, company pages
and annual reports, trade bodies, regulators and governments (an organisation with two works of one year now and then),
Acts and rules with their government as author, research firms with years in their titles, the English, Marathi and
Gujarati press signed and unsigned, posts, podcasts, videos and undated pages, Marathi and Gujarati titles with English
in square brackets; Marathi names with the father's or husband's name as a middle name, initials first, Gujarati -bhai
and -ben, Parsi, Goan, Bohra, Khoja and Memon names, hyphenated married names, British-Gujarati names and expatriate
colleagues), with fifty-five kinds of decoy. While held out, we reported its tables only.

The "blind163" half (``--halves blind163,blind163-more``, 100 + 300 reports, seeds 167000-167399) is a
hundred-and-sixty-third independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-sixty-third hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind163_works.py and blind163_text.py), as marketers in Estonia, Latvia,
Lithuania and their diaspora (Tallinn, Tartu, Pärnu, Narva; Riga, Daugavpils, Liepāja, Jūrmala; Vilnius, Kaunas,
Klaipėda; Helsinki, Stockholm, Dublin, London, Oslo, Chicago) at banks and fintechs (Swedbank, SEB, Luminor, LHV,
Citadele, Šiaulių bankas, Revolut, Bolt, Wise), telecoms (Telia, Elisa, Tele2, Bite, LMT), retailers and e-commerce
(Rimi, Maxima, Prisma, Selver, Pigu.lt, Varle.lt), food and drink makers (Kalev, Laima, Rūta, Aldaris, Švyturys, Saku,
Amber Beverage), airBaltic and the media (ERR, Postimees, Delfi, LSM, LRT, 15min.lt) write CIM Level 6 and 7 reports and
MBA assignments (laws as "Isikuandmete kaitse seadus (RT I, 04.01.2019, 11)", Latvijas Vēstnesis issues and "Law No.
XIII-1426", EU regulations by number, regulators' acronyms and statistics offices' figures with years, euros with
decimal commas and spaces for thousands, dates as 24.02.2023, the three Independence Days, Jāņi, Jaanipäev and Joninės,
the Song and Dance Festival, the Baltic Way, the euro changeover, people with roles, interviewees, AS, OÜ, SIA, UAB and
AB, registry codes, IBANs, phones, addresses, founding years, Soviet-era brands, awards, events, products, tariffs,
campaigns, slogans, local words, courses, samples, figures, places, ferries, media, exchange rates, rebrands, standards,
TV shows, name days, dropped diacritics, hashtags and domains, which are no citations); Baltic and international
journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from the University of Tartu,
TalTech, SSE Riga, the University of Latvia, Vilnius University, ISM and KTU, conference papers, company pages and
annual reports, trade bodies, regulators and statistics offices (one with two works in a year), laws with the Riigikogu,
the Saeima, the Seimas or the EU as author, research firms, the press signed and unsigned, posts, videos, podcasts and
undated pages, Estonian, Latvian and Lithuanian titles with English in square brackets; Estonian names, Latvian names
with gendered endings (Bērziņš and Bērziņa), Lithuanian men's, married women's and unmarried women's names (Kazlauskas,
Kazlauskienė, Petrauskaitė), Russian speakers in each country's transliteration, Polish Lithuanians in both spellings,
hyphenated married names, diacritics written and dropped, and Nordic, Irish, British and American colleagues), with
fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind164" half (``--halves blind164,blind164-more``, 100 + 300 reports, seeds 168000-168399) is a
hundred-and-sixty-fourth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since: written by a hundred-and-sixty-fourth hand the same way, without reading the checker, its tests
or any other pool (tests/corpus/references/blind164_works.py and blind164_text.py), as marketers in the English-speaking
Caribbean (Trinidad and Tobago, Barbados, Jamaica, Guyana, the Bahamas, St Lucia; Port of Spain, San Fernando,
Chaguanas, Bridgetown, Kingston, Montego Bay, Georgetown, Nassau, Castries) and its diaspora (Toronto, New York, Miami,
London, Birmingham) at banks and credit unions (Republic Bank, First Citizens, CIBC Caribbean, Scotiabank, NCB, JMMB,
Sagicor), telecoms (Digicel, Flow, bmobile, GTT), conglomerates and retailers (Massy, ANSA McAL, Goddard, GraceKennedy,
PriceSmart, Courts), rum, beer and bakery brands (Angostura, Carib, Banks, Red Stripe, Wray & Nephew, Mount Gay,
Appleton, Bermudez, Kiss), airlines, tourism boards, media and agencies write CIM Level 6 and 7 reports and MBA
assignments (Acts as "Data Protection Act, 2011 (Act No. 13 of 2011)" and "Data Protection Act, 2020 (Jamaica)", Chap.
and Cap. numbers, legal notices, dollars as TT$, TTD, BDS$, BBD, J$, JMD, G$ and GYD with millions and billions,
exchange rates, VAT, GCT and repo rates, Carnival, J'ouvert, Crop Over, Divali, Phagwah, Eid, Emancipation, Independence
and arrival days, Boxing Day sales, founding years, rums named after years, former names with years in brackets,
hurricanes, calypsonians' lifespans, songs and Road Marches, titled people (Hon., Dr., Sen., Rev., Pundit, Imam),
executives with roles in brackets, tickers, phone numbers with area codes, USSD codes, flights, airport codes, censuses,
budgets, elections, UWI campuses, course codes, CXC exams, awards, agencies, radio and TV, handles, hashtags, slogans,
campaigns, Creole, Bhojpuri and Kwéyòl glosses, parishes, postcodes and addresses, diaspora carnivals, Windrush, the
CPL, Play Whe, samples, figures, respondents, cohorts, time zones, registrations and the pandemic, which are no
citations); Caribbean and international journals with up to eight authors, some with DOIs, textbooks and e-books,
chapters, theses from the UWI (St. Augustine, Cave Hill, Mona), Lok Jack, UTech, the University of Guyana and abroad,
conference papers, company pages and reports (Limited, Ltd., Inc., SRL), trade bodies and tourism boards, central banks,
regulators and statistical offices (the CBTT with two works of 2019), Acts with a government as author, research firms,
the press signed and unsigned, posts, videos, podcasts and undated pages, Creole, Patois, Kwéyòl and Bhojpuri titles
with English in square brackets; Afro-, Indo- and Chinese-Caribbean, Syrian-Lebanese, Portuguese and French Creole names
("Lee Lum", "Fung-Kee-Fung", "Sabga-Aboud", "De Freitas", "St. Hill", "Jn Baptiste", "de Verteuil", "Mc Intosh"),
double-barrelled names and expatriate colleagues), with sixty-two kinds of decoy. While held out, we reported its tables
only.

The "blind165" half (``--halves blind165,blind165-more``, 100 + 300 reports, seeds 169000-169399) is a
hundred-and-sixty-fifth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since stop 40: written by a hundred-and-sixty-fifth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind165_works.py and blind165_text.py), as marketers in Aotearoa New
Zealand (Tāmaki Makaurau/Auckland, Te Whanganui-a-Tara/Wellington, Ōtautahi/Christchurch, Hamilton, Tauranga, Dunedin,
Rotorua, Gisborne) and its diaspora (Sydney, Melbourne, Brisbane, London, Apia, Nukuʻalofa) at banks and KiwiSaver
providers (ANZ, ASB, BNZ, Westpac NZ, Kiwibank, TSB, Kernel), telcos (Spark, One NZ, 2degrees), co-operatives and
exporters (Fonterra, Zespri, Silver Fern Farms, Foodstuffs, Te Pū Ao), retailers (Woolworths NZ/Countdown, The
Warehouse, Kathmandu, Farmers), Air New Zealand, Tourism New Zealand and Tourism Holdings, iwi and Māori businesses
(Ngāi Tahu Holdings, Waikato-Tainui, Miraka, Tūhoe), media (RNZ, TVNZ, Stuff, NZ Herald, Whakaata Māori) and agencies
write CIM Level 6 and 7 reports and MBA assignments (Acts as "Privacy Act 2020", "Fair Trading Act 1986" and "Te Ture
Whenua Māori Act 1993", sections and privacy principles, regulators with their te reo names, the OCR, NZ$, NZD and $
with millions and billions, WST, TOP and FJD, financial years, Matariki, Waitangi Day, ANZAC Day, Diwali, Lunar New
Year, language weeks and Pasifika festivals, iwi affiliations in brackets, Te Tiriti and Treaty settlements, lifespans,
titled people (Sir, Dame, Samoan matai titles, Tongan nobles, Fijian Ratu and Adi), executives, interviewees, samples,
figures, quarters, censuses, NZ dates, Cyclone Gabrielle and the Canterbury earthquakes, COVID alert levels, former
names, founding years, Limited and Ltd with NZBNs, NZX tickers, 0800 numbers, flights, products, awards, agencies'
campaigns, university courses, te reo glosses and names, TV, sport, places, hashtags, GST, percentages, domains,
addresses, ISO standards, loyalty schemes, Pacific places and slogans, which are no citations); Australasian and
international journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from Auckland,
AUT, Massey, Victoria, Otago, Waikato, Canterbury and Lincoln, ANZMAC and ANZAM papers, companies (Limited, Ltd), iwi,
trade bodies, regulators and government (Stats NZ with two works of 2019), Acts with the New Zealand Government,
Parliament or the Parliamentary Counsel Office as author, research firms, the NZ and Pacific press signed and unsigned,
posts, videos, podcasts and undated pages, te reo Māori, Samoan and Tongan titles with English in square brackets; Māori
names with macrons written and dropped ("Tāwhai" and "Tawhai") and "Te" in the surname ("Te Awa", "Te Whata"), Samoan
names with chiefly titles ("Tui Atua", "Tuimaleali'ifano", "Le Tagaloa"), Tongan, Fijian, Cook Islands and Niuean names,
Pākehā, Chinese, Indian, Korean and Afrikaans New Zealanders' names ("van der Merwe", "du Plessis") and expatriate
colleagues), with fifty-five kinds of decoy. While held out, we reported its tables only.

The "blind166" half (``--halves blind166,blind166-more``, 100 + 300 reports, seeds 170000-170399) is a
hundred-and-sixty-sixth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since stop 40: written by a hundred-and-sixty-sixth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind166_works.py and blind166_text.py), as marketers in Algeria and
Tunisia (Alger, Oran, Constantine, Annaba, Sétif, Tizi Ouzou; Tunis, Sfax, Sousse, Bizerte, Nabeul) and their diaspora
(Paris, Marseille, Lyon, Montréal, Brussels, Doha) at banks and fintechs (BNA, CPA, BEA, AGB, Banque Zitouna, BIAT,
Attijari Bank Tunisie, Amen Bank, D17, Flouci), telecoms (Djezzy, Mobilis, Ooredoo, Orange Tunisie, Tunisie Telecom),
food and drink makers and retailers (Cevital, Ifri, Hamoud Boualem, Soummam, Poulina, Délice Danone, SFBT/Celtia,
Monoprix Tunisie, Carrefour Tunisie, Uno), airlines, media and agencies write CIM Level 6 and 7 reports and MBA
assignments (laws as "Loi n° 18-07 du 10 juin 2018" and "Loi organique n° 2004-63 du 27 juillet 2004", executive
decrees, JORA and JORT issues, dinars as DA, DZD, DT, TND and MTND with millions and milliards de centimes, parallel
exchange rates, Ramadan with Hijri years, the two Eids, Yennayer with Amazigh years, the Mouloud, soldes, legal forms
(SPA, SARL, EURL, SA, SUARL), founding years and former names, regulators' decisions, key rates, censuses, inflation,
USSD and short codes, phone numbers, flights, airport and wilaya codes, addresses, tickers, products, fairs, awards,
executives and honorifics, lifespans, interviewees, samples, figures, quarters, the Hirak and the 2011 revolution,
football, handles, hashtags, slogans, course modules, thesis defences, French dates, diaspora neighbourhoods, prices, TV
and radio and rankings, which are no citations); Maghreb, French and international journals with up to eight authors,
some with DOIs, some read on ASJP, textbooks and e-books, chapters, theses and mémoires from HEC Alger, ESC Alger, the
Université d'Alger 3, IHEC Carthage, ESSEC Tunis, the Université de Tunis and abroad, colloques, company pages, posts,
videos and reports, trade bodies, regulators, central banks and statistics offices (the ONS with two works of 2019),
laws with the Republic as author, research firms, the press signed and unsigned, podcasts and undated pages, French and
Arabic titles with English in square brackets; Arabic and Amazigh names in French transliteration ("Ben Salah", "Aït
Ahmed" and "Ait Ahmed", "Ould Kaddour", "Hadj Ali", "Abd El Kader" and "Abdelkader", "M'rabet"), women's names, married
women's double names, French particles, Italian-Tunisian, Belgian and Québécois colleagues), with fifty-seven kinds of
decoy. While held out, we reported its tables only.

The "blind167" half (``--halves blind167,blind167-more``, 100 + 300 reports, seeds 171000-171399) is a
hundred-and-sixty-seventh independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since stop 40: written by a hundred-and-sixty-seventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind167_works.py and blind167_text.py), as marketers in Texas and
the US Gulf South (Houston, Dallas, Fort Worth, Austin, San Antonio, El Paso, McAllen, Corpus Christi, New Orleans,
Baton Rouge, Lafayette) and their diaspora (Mexico City, Monterrey, London, Denver) at banks and credit unions (Frost,
Comerica, Texas Capital, Hancock Whitney, Navy Federal, USAA), telecoms and tech (AT&T, Dell, Oracle, Tesla, Rackspace),
grocers and retailers (H-E-B, Whataburger, Buc-ee's, Academy Sports, Kroger, Walmart, Sally Beauty), food and drink
makers (Dr Pepper, Blue Bell, Tabasco, Community Coffee, Topo Chico, Shiner), airlines, energy firms, media and agencies
write CIM Level 6 and 7 reports and MBA assignments (laws as "Texas Data Privacy and Security Act (2023)", code sections
with section signs, "La. R.S." numbers and bill numbers, the FTC and the Texas Attorney General, dollars as $, US$ and
USD with millions and billions, pesos, founding years, lifespans, hurricanes, Mardi Gras, Juneteenth, Fiesta, SXSW, the
Rodeo, Black Friday and the sales-tax holiday, tickers, fiscal years, store numbers, highways, ZIP and area codes,
flights, product models, awards, rankings, executives, people who are not authors, organisations and former names with
years, places, Spanish and Louisiana French glosses, slogans, handles, URLs, course codes, degrees, Jr. and III, legal
forms, US dates, time zones, sports seasons, films, parishes, addresses, the pandemic and prices, which are no
citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from McCombs,
Jones, Mays, Cox, Freeman, LSU and abroad, conference papers, company pages and reports (Inc., LLC, L.P., LLP, PLLC),
trade bodies, regulators and statistical offices (the Dallas Fed with two works of 2019), laws with a legislature or the
state as author, research firms, the press signed and unsigned, posts, podcasts, videos and undated pages, Spanish and
Louisiana French titles with English in square brackets; Tejano and Mexican-American names ("de la Garza", "De León",
"García-Ruiz", "García Ruiz"), Cajun and Creole names (Boudreaux, Thibodeaux, LeBlanc, Hébert, "St. Romain"),
Vietnamese-American and Indian-American names, Jr., Sr., II and III, and expatriate colleagues), with fifty-six kinds of
decoy. While held out, we reported its tables only.

The "blind168" half (``--halves blind168,blind168-more``, 100 + 300 reports, seeds 172000-172399) is a
hundred-and-sixty-eighth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since stop 40: written by a hundred-and-sixty-eighth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind168_works.py and blind168_text.py), as marketers in Lebanon
(Beirut, Jounieh, Byblos/Jbeil, Tripoli, Sidon/Saida, Zahle, Tyre) and its diaspora (Paris, Montréal, Dubai, Riyadh,
Abidjan, Lagos, São Paulo, Sydney, Detroit) at banks and money transfer firms (Bank Audi, BLOM, Byblos Bank, SGBL,
Fransabank, OMT, Whish Money), telecoms (touch, alfa, Ogero), retailers and F&B groups (ABC, Spinneys, Le Charcutier,
Malik's, Patchi, Kababji, Boubouffe), food and drink makers (Chateau Ksara, Chateau Musar, Almaza, Tanmia, Gandour,
Wooden Bakery), MEA, media and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Law No. 81 of 10
October 2018 on Electronic Transactions and Personal Data", BDL Basic and Intermediate Circulars, ministry decisions,
LBP, L.L. and LL with the 'lollar', official, Sayrafa and market rates, US dollars, the thawra and the 4 August 2020
explosion, Ramadan, Eid, two Easters, Christmas, Independence Day on 22 November, Hijri dates, the Beirut Design Week,
the Beirut Marathon and the summer festivals, founding years, S.A.L., Holding and Offshore companies, executives with
honorifics, politicians and singers who are not authors, organisations in brackets with years, universities and course
codes, telecom bundles, phone codes, diaspora cities, flights and aircraft, product models, vintages, awards, rankings,
samples, figures, quarters, year ranges, French and Arabic glosses, slogans, hashtags, URLs, elections, fiscal years,
time zones and addresses, which are no citations); journals with up to eight authors, some with DOIs, textbooks and
e-books, chapters, theses and mémoires from AUB (Olayan), USJ, LAU, NDU, USEK and abroad, conference papers, company
pages and reports (S.A.L., S.A.R.L., Holding, Offshore), trade bodies, regulators and statistics offices (one body with
two works in a year), laws with the Lebanese Republic or the BDL as author, research firms, the press signed and
unsigned, posts, podcasts, videos and undated pages, French and Arabic titles with English in square brackets; Lebanese
names in French and English transliteration ("El Khoury", "Al-Khoury", "Saadé" and "Saade", "Abou Jaoudé", "Abi Nader",
"Bou Khalil", "El-Hage"), Armenian-Lebanese names, "de Freige", women's double names and expatriate colleagues), with
fifty-four kinds of decoy. While held out, we reported its tables only.

The "blind169" half (``--halves blind169,blind169-more``, 100 + 300 reports, seeds 173000-173399) is a
hundred-and-sixty-ninth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since stop 40: written by a hundred-and-sixty-ninth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind169_works.py and blind169_text.py), as marketers in Mozambique and
Cabo Verde and their diaspora (Maputo, Matola, Beira, Nampula, Quelimane, Pemba, Tete; Praia, Mindelo, Sal; Lisbon,
Porto, Johannesburg, Brockton, Rotterdam) at banks and fintechs (Millennium bim, BCI, Standard Bank, Absa, Caixa
Económica, BCA, M-Pesa, e-Mola, mKesh), telecoms (Vodacom, Movitel, Tmcel, CV Movel, Unitel T+), brewers (CDM, 2M,
Laurentina, Strela), retailers, airlines (LAM, Cabo Verde Airlines, Bestfly), media (Notícias, O País, STV, A Semana,
Expresso das Ilhas) and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Lei n.º 3/2017, de 9 de
Janeiro", "Decreto n.º 66/2019" and "Lei n.º 133/V/2001", Avisos of the Banco de Moçambique, the Boletim da República
and the Boletim Oficial, meticais as MZN, MT and Mt with "mil milhões", escudos as CVE and with the cifrão, Independence
Days, Dia da Mulher Moçambicana, Kriol Jazz, Carnaval do Mindelo and the Gravana, Eid and Ramadan, cyclones, the census,
the insurgency and the pandemic, founders and presidents with dates, writers and musicians, executives and interviewees,
former names, legal forms and tax numbers, tickers, product models, flights, airport, phone and USSD codes, radio
frequencies, football results, addresses and post boxes, bairros, handles, URLs, course and CIM codes, exchange rates,
VAT, Kriolu and Changana glosses, which are no citations); journals with up to eight authors, some with DOIs, textbooks
and e-books, chapters, theses from the UEM, ISCTEM, A Politécnica, the Universidade de Cabo Verde, ISCEE and abroad,
conference papers, company pages and reports (Lda., S.A., E.P.), trade bodies, regulators and statistical offices (the
Banco de Moçambique with two works of 2019), laws with the Assembleia da República, the Conselho de Ministros or the
state as author, research firms, the press signed and unsigned, posts, videos and podcasts, undated pages, Portuguese,
Changana and Kriolu titles with English in square brackets; Changana, Makhuwa, Muslim coastal, Goan, Ismaili and Cabo
Verdean names, particles inside given names, double surnames filed by the last or kept whole ("Lopes Tavares"),
particles kept before the surname ("dos Santos") and expatriate colleagues), with fifty-seven kinds of decoy. While held
out, we reported its tables only.

The "blind170" half (``--halves blind170,blind170-more``, 100 + 300 reports, seeds 174000-174399) is a
hundred-and-seventieth independent measurement, held out for its first tables (measured by its writer in stop 39),
development data since stop 40: written by a hundred-and-seventieth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind170_works.py and blind170_text.py), as marketers in Switzerland
and Liechtenstein (Zürich, Geneva/Genève, Basel, Bern, Lausanne, Lugano, Lucerne/Luzern, St. Gallen, Zug, Vaduz) and
their diaspora (London, Milan, Munich, Lyon, New York, Singapore) at banks and fintechs (UBS, Raiffeisen, Zürcher
Kantonalbank, PostFinance, Twint, Neon, Yuh, LGT), insurers (Swiss Life, Zurich, AXA Schweiz, Helvetia), telecoms
(Swisscom, Sunrise, Salt), co-operatives and retailers (Migros, Coop, Manor, Denner, Galaxus), food and drink makers
(Nestlé, Lindt & Sprüngli, Emmi, Rivella, Ricola, Läderach, Kambly), watch houses (Swatch Group, Rolex, Richemont),
SWISS, the SBB, media and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Bundesgesetz über den
Datenschutz (DSG) vom 25. September 2020 (SR 235.1)", articles of the UWG and LCD, cantonal and Liechtenstein laws,
FINMA circulars and the Lauterkeitskommission's rules, francs as CHF, Fr. and SFr. with "1'250'000", "Mio." and "Mrd.",
Swiss dates, UID numbers, SIX tickers, postcodes, cantons' codes, popular votes, National Day, Fasnacht, Sechseläuten,
the Escalade, Art Basel, Montreux, the WEF, watch fairs, founders' lifespans, executives, former names and takeovers,
product models, awards, rankings, the SNB's rates, the EUR/CHF floor, language shares, train lines, altitudes, films,
sports, handles, URLs, degrees, course codes, labels, legal forms, prices, the pandemic and opening hours, which are no
citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from ETH Zürich,
HSG, IMD, HEC Lausanne, USI, ZHAW and others, conference papers, company pages and reports (AG, SA, GmbH,
Genossenschaft), trade bodies, regulators and statistical offices (the BFS with two works of 2019), laws with the
Confederation, a canton or the Principality as author, research firms, the press signed and unsigned, posts, podcasts,
videos and undated pages, German, French, Italian and Romansh titles with English in square brackets; Swiss German,
French, Italian and Romansh names (Müller and Mueller, "von Arx", "de Weck", married women's double names such as
"Favre-Aebischer") and expatriate colleagues), with fifty-three kinds of decoy. While held out, we reported its tables
only.

The "blind171" half (``--halves blind171,blind171-more``, 100 + 300 reports, seeds 175000-175399) is a
hundred-and-seventy-first independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 40: written by a hundred-and-seventy-first hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind171_works.py and blind171_text.py), as marketers in Egypt and
Jordan and their diaspora (Cairo, Giza, Alexandria, New Cairo, the New Administrative Capital, Sharm El Sheikh,
Hurghada, Mansoura; Amman, Irbid, Zarqa, Aqaba; Dubai, Riyadh, Kuwait City, London, New Jersey) at banks and fintechs
(National Bank of Egypt, Banque Misr, CIB, QNB Alahli, Fawry, valU, Paymob, InstaPay; Arab Bank, the Housing Bank, Zain
Cash, CliQ), telecoms (Vodafone Egypt, Orange Egypt, e& Egypt, WE; Zain Jordan, Umniah, Orange Jordan), FMCG and food
makers (Juhayna, Edita, Domty, Chipsy, Beyti, Obour Land, Al Ahram Beverages, Hikma), retailers and malls, developers
(Talaat Moustafa, Palm Hills, SODIC, Emaar Misr), EgyptAir, Royal Jordanian, media and agencies write CIM Level 6 and 7
reports and MBA assignments (laws as "Law No. 151 of 2020 on the Protection of Personal Data", "Consumer Protection Law
No. 181 of 2018" and "Personal Data Protection Law No. 24 of 2023", CBE and CBJ decisions, the float of the pound,
pounds as EGP, LE and E£ with "bn" and "mn", piastres, dinars as JOD and JD with fils, Hijri, Coptic and Egyptian dates,
Ramadan, the Eids, Sham El-Nessim, Coptic Christmas, the October 6 anniversary, Jordan's Independence Day, the Cairo
International Film Festival, the Jerash Festival, stars in adverts, executives with honorifics, founders, former names,
tickers, commercial registers, hotlines and USSD codes, addresses, flights, bundles, product models, awards, samples and
statistics, course codes, Arabic glosses, hashtags, slogans, boycotts and visions, which are no citations); journals
with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from Cairo University, AUC, the GUC,
Ain Shams, the University of Jordan, PSUT and Yarmouk, conference papers, company pages and reports (S.A.E., PLC, PSC,
Holding), regulators and statistics offices (the CBE with two works of 2019), laws with the Arab Republic of Egypt or
the Hashemite Kingdom of Jordan as author, research firms, the press signed and unsigned, posts, podcasts, videos and
undated pages, Arabic titles transliterated and in Arabic script with English in square brackets; Egyptian, Coptic,
Palestinian-Jordanian and Circassian names in every transliteration ("Abdel Rahman", "Abd El-Rahman", "Abdul Rahman",
"El-Sayed" and "Elsayed", "Moustafa", "Mostafa" and "Mustafa", "Abou Zeid" and "Abu Zaid"), father's and grandfather's
names among the given names, the scholarly transliteration with ʿayn and macrons, francophone spellings and expatriate
colleagues), with fifty-four kinds of decoy. While held out, we reported its tables only.

The "blind172" half (``--halves blind172,blind172-more``, 100 + 300 reports, seeds 176000-176399) is a
hundred-and-seventy-second independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 40: written by a hundred-and-seventy-second hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind172_works.py and blind172_text.py), as marketers in Wales,
Scotland and the Isle of Man and their diaspora (Cardiff/Caerdydd, Swansea/Abertawe, Newport, Wrexham, Bangor,
Aberystwyth, Carmarthen; Glasgow, Edinburgh, Aberdeen, Dundee, Inverness, Stornoway, Kirkwall, Lerwick; Douglas; Y
Wladfa, Cape Breton, London, Toronto) at building societies and banks (Principality, Monmouthshire BS, Bank of Scotland,
Virgin Money, Tesco Bank, Skipton, the Development Bank of Wales), utilities (Dŵr Cymru Welsh Water, Scottish Water,
SSE, ScottishPower), food and drink makers (Tunnock's, Baxters, Walkers Shortbread, A.G. Barr, BrewDog, William Grant &
Sons, Diageo, Penderyn, Halen Môn, Brains, Radnor Hills), insurers (Admiral, GoCompare), tourism and transport (Zip
World, VisitWales, VisitScotland, CalMac, Loganair, Transport for Wales), media (S4C, BBC Cymru Wales, BBC Alba, STV,
The Herald, The Press and Journal) and agencies write CIM Level 6 and 7 reports and MBA assignments (laws with asp,
anaw, asc and nawm numbers, Welsh statutory instruments "(W. 68)", Acts of Tynwald and UK chapters, St David's Day,
Burns Night, Hogmanay, the Eisteddfod "(Boduan, 2023)", the Royal Welsh Show, the Mòd, the Fringe, Tynwald Day, the TT
and Gŵyl y Glaniad, founders with dates, campaigns, products, whisky editions, ships, flights, trains, company, charity
and FRN numbers, tickers, postcodes, phone lines, Manx pounds, pesos and Canadian dollars, Welsh and Gaelic glosses,
bilingual place names, executives, interviewees, awards, the census, lockdowns, devolution, programmes, scores and
clubs, handles, URLs, course codes, PGI status, radio frequencies, which are no citations); journals with up to eight
authors, some with DOIs, textbooks and e-books, chapters, theses from Cardiff, Swansea, Aberystwyth, Bangor, Edinburgh,
Strathclyde, the UHI and Sabhal Mòr Ostaig, conference papers, company pages and reports (plc, Ltd, Cyf., CIC, SCIO),
trade bodies, governments, commissioners and regulators (the Welsh Government with two works of 2019), laws with the
legislature as author, research firms, the press signed and unsigned, posts, podcasts, videos and undated pages; Welsh,
Scottish Gaelic, Scots and Manx titles with English in square brackets; Welsh names with patronymics ("ap Dafydd",
"ferch Ieuan"), double-barrelled and compound surnames ("Elis-Thomas", "Wyn Jones"), Mac and Mc, Gaelic "Nic" forms,
Manx names, Patagonian double surnames ("Roberts de González") and diaspora colleagues), with fifty-nine kinds of decoy.
While held out, we reported its tables only.

The "blind173" half (``--halves blind173,blind173-more``, 100 + 300 reports, seeds 177000-177399) is a
hundred-and-seventy-third independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 40: written by a hundred-and-seventy-third hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind173_works.py and blind173_text.py), as marketers in Germany
and Austria (Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Nürnberg; Wien,
Graz, Linz, Salzburg, Innsbruck; Bozen/Bolzano) and their diaspora (London, New York, Istanbul, Mallorca) at banks and
fintechs (Deutsche Bank, Commerzbank, Sparkassen, Volksbanken Raiffeisenbanken, DKB, ING, N26, Trade Republic, Erste
Bank, RBI, BAWAG P.S.K., George), insurers (Allianz, Munich Re/ERGO, HUK-COBURG, Uniqa, Wiener Städtische), telecoms
(Telekom, Vodafone, O2, 1&1, A1, Magenta, Drei), retailers (Aldi, Lidl, Rewe, Edeka, dm, Rossmann, Otto, Zalando,
MediaMarkt/Saturn, Spar, Billa, Hofer), food and drink makers (Haribo, Dr. Oetker, Ritter Sport, Milka, Bahlsen, Red
Bull, Manner, Almdudler, Bitburger, Ottakringer), car makers, Lufthansa, Austrian Airlines, DB, ÖBB, Flixbus, media and
agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Bundesdatenschutzgesetz (BDSG) vom 30. Juni
2017", "§ 5a Abs. 4 UWG", the TTDSG, Austria's DSG with "BGBl. I Nr. 165/1999", EU regulations by number, euros as €,
EUR and Euro with "1.250.000,50 €", "Mio." and "Mrd.", German dates and calendar weeks, Handelsregister and Firmenbuch
numbers, VAT numbers and IBANs, ISINs and WKNs, DAX and ATX levels, semesters, founders' lifespans, titled people (Prof.
Dr., Mag., Dipl.-Kfm.), executives, car models, tariffs, the Oktoberfest, Karneval and Fasching, Weihnachtsmärkte, the
Salzburger Festspiele and the Opernball, IAA, dmexco, IFA and ITB, awards, rankings, Werberat cases, slogans with years,
reunification and the D-Mark, sport, TV shows, labels, rates, addresses, trains and flights, handles, domains, legal
forms, opening hours and the Reinheitsgebot, which are no citations); journals with up to eight authors, some with DOIs,
textbooks and e-books, chapters, theses from LMU München, Köln, Mannheim, WHU, WU Wien, Innsbruck, HSG and others,
conference papers, working papers, company pages and reports (AG, SE, GmbH, GmbH & Co. KG, e.V.), trade bodies,
regulators and statistical offices (Destatis with two works of 2019), German, Austrian and EU laws with the state or the
Bundestag as author, research firms (GfK, NIM, Statista, Allensbach), the press signed and unsigned, posts, podcasts,
videos and undated pages, German titles with English in square brackets; German and Austrian names with umlauts and ß or
typed as ae/oe/ue/ss, "von", "von der", "zu" and "von und zu" kept or dropped, married double names, Turkish-German,
Polish-German and Balkan names and expatriate colleagues), with fifty-three kinds of decoy. While held out, we reported
its tables only.

The "blind174" half (``--halves blind174,blind174-more``, 100 + 300 reports, seeds 178000-178399) is a
hundred-and-seventy-fourth independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 41: written by a hundred-and-seventy-fourth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind174_works.py and blind174_text.py), as marketers in
metropolitan France, Monaco and their diaspora (Paris, Lyon, Marseille, Lille, Toulouse, Bordeaux, Nantes, Strasbourg,
Rennes, Nice, Montpellier; Monaco; London, Brussels, Geneva, Montréal, New York, Dakar) at banks and fintechs (BNP
Paribas, Société Générale, Crédit Agricole, Crédit Mutuel, La Banque Postale, BoursoBank, Qonto, Lydia/Sumeria, Alan),
insurers and mutuelles (AXA, MAIF, MACIF, Groupama), telecoms (Orange, SFR, Bouygues Telecom, Free/Iliad), retailers
(Carrefour, E.Leclerc, Intermarché, Auchan, Monoprix, Fnac Darty, Decathlon, Sephora, Cdiscount, Vinted, Veepee,
leboncoin), food and drink makers (Danone, Lactalis, Bonduelle, Michel et Augustin, Pernod Ricard, Moët Hennessy, Bonne
Maman), luxury and beauty (LVMH, Kering, Hermès, Chanel, L'Oréal, Yves Rocher), transport (SNCF, Air France, RATP,
BlaBlaCar), media and agencies (Publicis, Havas, BETC, Fred & Farid) write CIM Level 6 and 7 reports and MBA assignments
(laws as "Loi n° 78-17 du 6 janvier 1978", the loi Évin and the loi Toubon, "Code de la consommation, article L121-1",
ordonnances and décrets, EU regulations by number, CNIL deliberations, ARPP and JDP rulings, decisions of the Autorité
de la concurrence, euros as "1 250 000 €", "12,5 %", "M€" and "Md€" with ordinary, non-breaking and narrow spaces,
SIREN, SIRET, RCS and APE codes, legal forms (SA, SAS, SASU, SARL, SCOP, association loi 1901), départements and
postcodes, French dates, the Soldes, the Fête de la Musique, 14 juillet, Black Friday, the Cannes Lions, the Salon de
l'Agriculture, VivaTech, the Tour de France, Roland-Garros, Paris 2024, Monaco's Grand Prix and Fête nationale,
founders' lifespans, executives, interviewees, awards, rankings, tickers and ISINs, car and product models, the Livret
A, labels and the Nutri-Score, TV shows, trains and flights, handles, domains, phone numbers, francs CFA, Swiss francs
and Canadian dollars, glosses, trimestres, the franc and the confinement, which are no citations); journals with up to
eight authors, some with DOIs, textbooks and e-books, chapters, theses and mémoires from HEC Paris, ESSEC, ESCP, INSEAD,
emlyon, Sciences Po, Dauphine, the Sorbonne and others, AFM conference papers, working papers, company pages and
reports, trade bodies, regulators and government (INSEE with two works of 2019), French, Monegasque and EU laws with the
state as author, research firms (Médiamétrie, Kantar France, IFOP, Xerfi), the press signed and unsigned, posts,
podcasts, videos and undated pages, French titles with English in square brackets; French names with "de", "du", "de la"
and "d'" kept in the family name or apart, Le and La surnames, compound given names (Jean-Pierre, Marie-Claire), double
surnames, surnames in capitals, Breton, Basque, Corsican, Alsatian and Monegasque names, Maghrebi-, West African-,
Portuguese- and Vietnamese-French names and expatriate colleagues), with fifty-four kinds of decoy. While held out, we
reported its tables only.

The "blind175" half (``--halves blind175,blind175-more``, 100 + 300 reports, seeds 179000-179399) is a
hundred-and-seventy-fifth independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 41: written by a hundred-and-seventy-fifth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind175_works.py and blind175_text.py), as marketers in mainland
China (Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou, Chengdu, Chongqing, Wuhan, Xi'an, Suzhou) and its diaspora
(Singapore, Kuala Lumpur, Vancouver, Sydney, London, San Francisco) at platforms and fintechs (Alibaba/Taobao/Tmall,
JD.com, Pinduoduo/Temu, Meituan, ByteDance/Douyin, Kuaishou, Tencent/WeChat, Xiaohongshu, Bilibili, Ant Group/Alipay,
WeChat Pay), banks (ICBC, China Construction Bank, Bank of China, China Merchants Bank), telecoms (China Mobile, China
Unicom, China Telecom), phone and car makers (Huawei, Xiaomi, OPPO, vivo, BYD, NIO, Li Auto, Geely), food, drink and tea
brands (Mixue, Luckin Coffee, HEYTEA, Nayuki, Yili, Mengniu, Wahaha, Nongfu Spring, Moutai, Haidilao, Genki Forest),
beauty and fashion (Perfect Diary, Florasis, Proya, Li-Ning, Anta, Bosideng, Shein), media and agencies write CIM Level
6 and 7 reports and MBA assignments (PRC laws with their years, revisions and articles, CAC campaigns and SAMR fines,
RMB, CNY, ¥, wan, yi and bn, GMV, Singles' Day (11.11), 618, Spring Festival and the lunar calendar, Golden Week, Qixi
and the Mid-Autumn Festival, the Canton Fair, the CIIE and Auto Shanghai, stock codes, legal names with founding years,
founders' lifespans, executives and livestreamers, product models, app launches, campaigns, Chinese slogans and 《》
titles with glosses, the Spring Festival Gala, awards, rankings, user figures, fiscal quarters, WeChat IDs, hashtags,
ICP licences, unified social credit codes, hotlines, addresses, Chinese dates, city tiers, Five-Year Plans and policies,
history, COVID periods, GB standards, trademarks and patents, exchange rates, macro figures, universities, honorifics,
interviewees, chengyu, dynasties, laozihao, zodiac editions, Singapore, Canadian and Australian laws, prices, Beijing
time, sport, SKUs, VAT and fapiao, which are no citations); journals with up to eight authors (Chinese journals with
titles in characters or pinyin and English in square brackets), some with DOIs, textbooks and e-books, chapters, theses
from Tsinghua, Peking University, Fudan, CEIBS, SJTU Antai, Zhejiang University and others, conference papers, working
papers, company pages and reports (Co., Ltd., Holdings Limited, Inc., names in characters), trade bodies, regulators and
statistics offices (CNNIC, the NBS and QuestMobile with two works of one year), PRC laws with the NPC Standing
Committee, the State Council or the CAC as author, research firms (iResearch, QuestMobile, Analysys, CBNData, Daxue
Consulting), the press signed and unsigned, Weibo, WeChat, LinkedIn and Xiaohongshu posts, podcasts, videos and undated
pages; names surname first in pinyin with given names joined, spaced or hyphened, two-character surnames (Ouyang, Sima,
Zhuge), Wade-Giles, Cantonese and Singaporean spellings, English given names with a Chinese surname, surnames in
capitals, reversed names, names in characters with pinyin in brackets, "Lü" and "Lyu", and expatriate colleagues), with
sixty-two kinds of decoy. While held out, we reported its tables only.

The "blind176" half (``--halves blind176,blind176-more``, 100 + 300 reports, seeds 180000-180399) is a
hundred-and-seventy-sixth independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 41: written by a hundred-and-seventy-sixth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind176_works.py and blind176_text.py), as marketers in Australia
and its diaspora (Sydney, Melbourne/Naarm, Brisbane/Meanjin, Perth/Boorloo, Adelaide/Tarntanya, Hobart, Canberra,
Darwin, the Gold Coast, Newcastle, Geelong, Cairns, Alice Springs/Mparntwe; London, Auckland, Singapore, Bali, Los
Angeles) at banks and fintechs (CommBank, Westpac, NAB, ANZ, Macquarie, Bendigo Bank, ING, Afterpay, Zip, Up, Judo
Bank), super funds (AustralianSuper, Hostplus, UniSuper), insurers (Suncorp, AAMI, Medibank, Bupa), telecoms (Telstra,
Optus, TPG, Aussie Broadband), retailers (Woolworths, Coles, Aldi, Wesfarmers, Bunnings, Kmart, Officeworks, JB Hi-Fi,
Harvey Norman, Myer, David Jones, The Iconic, Catch), food and drink makers (Vegemite/Bega, Arnott's, Carlton & United,
Coopers, Penfolds, Four Pillars, Bundaberg), Qantas, Virgin Australia, Canva, Atlassian, R.M. Williams, Aesop, Frank
Body, Koala, media and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Privacy Act 1988 (Cth)"
and "Competition and Consumer Act 2010 (Cth) sch 2 (Australian Consumer Law)", the Spam Act, state acts "(NSW)",
"(Vic)", "(Qld)", APPs, the ACCC, OAIC, ACMA and ASIC, A$, AUD and $ with "m" and "bn", financial years, ASX codes, ABN,
ACN, ICN and association numbers, Australia Day and its debate, NAIDOC Week, Anzac Day, the Melbourne Cup, the Grand
Finals, State of Origin, the Australian Open, Vivid, Mardi Gras, Dark Mofo, Garma, the referendums, Aboriginal place
names and words glossed in brackets, Elders and artists with their nation in brackets, executives, founders' dates,
products, loyalty schemes, slogans, campaigns "(Metro Trains Melbourne, 2012)", awards, rates, addresses, phone lines,
flights, TV, radio, teams, handles, hashtags, Ad Standards cases, the AANA codes, units, dates, school terms, time
zones, course codes, interviewees, bushfires, floods, data breaches, labels, Lunar New Year, Tết and Diwali, which are
no citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from Sydney,
UNSW, Melbourne, Monash, UQ, UWA, RMIT, AGSM and others, ANZMAC, ANZAM, ACIS and CAUTHE papers, company pages and
reports (Ltd, Pty Ltd, Inc., Aboriginal Corporation), think tanks, trade bodies, regulators and governments (the ABS
with two works of 2019), laws with the legislature as author, research firms (Roy Morgan, IBISWorld, McCrindle), the
press signed and unsigned, posts, podcasts, videos and undated pages; titles with Aboriginal words glossed in round
brackets and diaspora titles (Vietnamese, Chinese, Greek, Italian, Indonesian, Tagalog) with English in square brackets;
Anglo-Celtic, Italian, Greek, Lebanese, Vietnamese, Chinese, Indian, Sri Lankan, Filipino, Aboriginal and Torres Strait
Islander and Māori names, with particles, hyphens, O', Mc and Mac, diacritics kept or dropped), with sixty-one kinds of
decoy. While held out, we reported its tables only.

The "blind177" half (``--halves blind177,blind177-more``, 100 + 300 reports, seeds 181000-181399) is a
hundred-and-seventy-seventh independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 41: written by a hundred-and-seventy-seventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind177_works.py and blind177_text.py), as marketers in Japan and
its diaspora (Tokyo, Osaka, Nagoya, Fukuoka, Sapporo, Kyoto, Kobe, Yokohama, Sendai, Hiroshima, Okinawa; São Paulo,
Honolulu, Los Angeles, London, Singapore, Bangkok) at banks, fintechs and payments (MUFG, SMBC, Mizuho, Japan Post Bank,
Rakuten Bank, PayPay, Suica, LINE Pay), insurers (Nippon Life, Tokio Marine, Sompo), mobile carriers (NTT Docomo,
KDDI/au, SoftBank, Rakuten Mobile), convenience stores and retailers (Seven-Eleven Japan, FamilyMart, Lawson, Aeon,
Uniqlo, Muji, Don Quijote, Nitori, Rakuten, Mercari, ZOZOTOWN), food and drink makers (Ajinomoto, Kirin, Asahi, Suntory,
Kikkoman, Nissin, Meiji, Calbee, Yakult, Ito En), Toyota, Honda, Sony, Panasonic, Nintendo, Bandai Namco, Sanrio, JAL,
ANA, JR East and JR Central, media and agencies (Dentsu, Hakuhodo, CyberAgent) write CIM Level 6 and 7 reports and MBA
assignments (laws numbered "Act No. 57 of 2003", the Premiums and Representations Act and the stealth-marketing
notification, the PPC, JFTC and Consumer Affairs Agency, imperial eras (Reiwa 5, Heisei 30), fiscal years to March, yen
written ¥, JPY, "man", "oku", "million" and "billion", stock codes, store counts, executives in kanji and romaji,
festivals (Golden Week, Obon, White Day, Tanabata), Expo 2025 Osaka and Tokyo 2020, awards, addresses, free-dial
numbers, trains, flights, TV, teams, handles, hashtags, slogans in Japanese, PrivacyMark and JIS numbers, the
candidates' own surveys and interviewees, which are no citations); journals with up to eight authors, some with DOIs,
some in Japanese, textbooks and e-books, chapters, theses from Hitotsubashi, Keio, Waseda, Tokyo, Kobe, Kyoto and the
diaspora's universities, conference papers, RIETI working papers, company pages, integrated and securities reports (Co.,
Ltd., K.K., Kabushiki Kaisha, Inc., Holdings), trade bodies, ministries and agencies (the Statistics Bureau of Japan
with two works of 2019), laws in the Ministry of Justice's translation, research firms (Video Research, Macromill,
Intage, Yano), the press signed and unsigned, posts, podcasts, videos and undated pages; titles in English, romaji and
Japanese script with English in square brackets; names with and without macrons and in "ou" and "oh" spellings (Satō,
Sato, Satou, Satoh), now and then given name first, Japanese-Brazilian, Japanese-American, Zainichi Korean and
expatriate names), with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind178" half (``--halves blind178,blind178-more``, 100 + 300 reports, seeds 182000-182399) is a
hundred-and-seventy-eighth independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 41: written by a hundred-and-seventy-eighth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind178_works.py and blind178_text.py), as marketers in northern
India and its diaspora (Delhi/New Delhi, Gurugram, Noida, Lucknow, Kanpur, Varanasi, Jaipur, Jodhpur, Chandigarh,
Amritsar, Ludhiana, Patna, Dehradun, Srinagar; London, Leicester, Birmingham, Toronto/Brampton, Vancouver/Surrey, New
Jersey, Dubai) at banks and fintechs (SBI, PNB, HDFC Bank, ICICI Bank, Paytm, PhonePe, Google Pay, BharatPe,
Policybazaar), telecoms (Jio, Airtel, Vi), FMCG and food makers (Haldiram's, Bikaji, Amul, Mother Dairy, Patanjali,
Dabur, Parle, Britannia, HUL, ITC), retailers and platforms (Reliance Retail, DMart, Flipkart, Myntra, Nykaa,
Zomato/Blinkit, Swiggy, Meesho, Zepto), Maruti Suzuki, Hero MotoCorp, Tata Motors, Mahindra, IndiGo, Air India,
MakeMyTrip, OYO, IRCTC, media and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts numbered "Digital
Personal Data Protection Act, 2023 (No. 22 of 2023)", Rules and guidelines with their years, the ASCI Code, RBI, TRAI
and CCPA circulars, rupees as ₹, Rs., Rs and INR with lakh, crore and Indian digit grouping, financial years, festivals
(Diwali, Holi, Lohri, Baisakhi/Vaisakhi, Gurpurab, Eid, Chhath, Karva Chauth, Raksha Bandhan) and sales (Big Billion
Days, Great Indian Festival) with their years, the Kumbh Mela, IPL seasons, Republic Day and Independence Day, the
Census of India 2011, Hindi glosses, Devanagari, Gurmukhi and Urdu slogans, honorifics (Shri, Smt., Sardar), executives,
founders' dates, CIN, GSTIN, HUF and LLP numbers, NSE and BSE codes, product models, pack sizes, PIN codes, helplines,
UPI handles and coupon codes, DLT headers, handles, portals, awards, campaigns, BARC weeks, films, celebrities, places
and diaspora places, Indian dates and the Hindu calendar, districts, samples, ranks, courses, universities,
interviewees, GST, units, exchange rates, lockdowns, demonetisation, trains and flights, which are no citations);
journals with up to eight authors, some with DOIs, textbooks and e-books (Pearson India, McGraw Hill India, Sultan
Chand, Hindi publishers), chapters, theses from IIM Lucknow, IIM Ahmedabad, FMS Delhi, IIT Delhi, SRCC, Amity, Panjab
University, BHU, ISB and UK and Canadian universities, conference papers, company pages and reports (Ltd., Pvt. Ltd.,
LLP, Trust), trade bodies (IAMAI, FICCI, CII, ASCI, NASSCOM, IBEF, NPCI), regulators and governments, laws with their
ministry as author, research firms (Kantar India, NielsenIQ, BARC India, Redseer), the English, Hindi, Punjabi and Urdu
press signed and unsigned (bylines and papers in Devanagari, Gurmukhi and Nastaliq), posts, podcasts, videos and undated
pages; titles in the local scripts or transliterated with English in square brackets; Hindi-belt, Punjabi, Sikh (Singh
or Kaur as the only surname), Rajasthani, Bihari, Kashmiri and Muslim names, initials ("R.K."), "Kumar" and "Devi",
diaspora spellings and hyphens, and expatriate scholars), with fifty-five kinds of decoy. While held out, we reported
its tables only.

The "blind179" half (``--halves blind179,blind179-more``, 100 + 300 reports, seeds 183000-183399) is a
hundred-and-seventy-ninth independent measurement, held out for its first tables (measured by its writer in stop 40),
development data since stop 41: written by a hundred-and-seventy-ninth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind179_works.py and blind179_text.py), as marketers in English
Canada and its diaspora (Toronto, Ottawa, Mississauga, Brampton, Hamilton, Waterloo, London ON, Vancouver, Surrey,
Victoria, Calgary, Edmonton, Winnipeg, Regina, Saskatoon, Halifax, St. John's, Charlottetown, Whitehorse, Yellowknife,
Iqaluit; Seattle, Boston, London, Hong Kong, Manila, Chandigarh) at banks and fintechs (RBC, TD, Scotiabank, BMO, CIBC,
National Bank, Desjardins, Tangerine, Simplii, EQ Bank, Wealthsimple, Interac, KOHO), insurers (Manulife, Sun Life,
Intact), telecoms (Rogers, Bell, Telus, Freedom Mobile, Vidéotron), retailers (Loblaw/Shoppers Drug Mart, Sobeys, Metro,
Canadian Tire, Hudson's Bay, Roots, Lululemon, Aritzia, Indigo, Dollarama, Costco Canada, Walmart Canada), food and
drink makers (Tim Hortons, McCain, Maple Leaf Foods, Saputo, Molson Coors, Labatt, Crown Royal, Ganong), Shopify,
OpenText, Air Canada, WestJet, Porter, VIA Rail, media and agencies write CIM Level 6 and 7 reports and MBA assignments
(statutes as "S.C. 2000, c. 5", "R.S.C. 1985, c. C-34" and "S.O. 2002, c. 30, Sched. A", bills, Law 25, the OPC, the
Competition Bureau, the CRTC and Ad Standards and their decisions, C$, CAD and $ with M and B, fiscal years, TSX
tickers, legal forms, postal and area codes, statutory holidays, the National Day for Truth and Reconciliation,
Treaties, land acknowledgements, Indigenous words and artists with their Nation in brackets, the Stampede, TIFF,
Caribana, the Grey Cup and the playoffs, Vaisakhi, Lunar New Year and Diwali, executives, founders' dates, products,
loyalty programmes, slogans, campaigns, awards, polls, census figures, units, Northern prices, plans, rates, taxes,
course codes, interviewees, time zones, stations, flights, bilingual labels, rankings, shares, addresses and boycotts,
which are no citations); journals with up to eight authors, some with DOIs, textbooks and e-books (Canadian editions),
chapters, theses from Ivey, Rotman, Schulich, Sauder, Smith, Desautels, Dalhousie, Alberta and others, ASAC and other
conference papers, company pages and reports (Inc., Ltd., Corp., ULC, LP, co-operatives, Crown corporations), trade
bodies, Indigenous organisations, regulators and governments (one of them with two works of a year), federal, provincial
and Québec statutes with the government as author, research firms (Leger, Angus Reid, Numeris, Abacus, Environics), the
press signed and unsigned, posts, podcasts, videos and undated pages; titles in English, French, Inuktitut syllabics,
Cree, Ojibwe, Mohawk and Michif with English in square brackets; Anglo, Scottish, Irish, Newfoundland, Québécois,
Acadian, Ukrainian, Italian, Portuguese, Chinese, Punjabi, Filipino, Caribbean, First Nations, Métis and Inuit names,
with particles, hyphens, accents, O', Mc and Mac and the Nation in brackets now and then), with fifty kinds of decoy.
While held out, we reported its tables only.

The "blind180" half (``--halves blind180,blind180-more``, 100 + 300 reports, seeds 184000-184399) is a
hundred-and-eightieth independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 41: written by a hundred-and-eightieth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind180_works.py and blind180_text.py), as marketers in Sweden,
Finland and their diaspora (Stockholm, Göteborg, Malmö, Uppsala, Umeå, Luleå, Kiruna; Helsinki/Helsingfors, Espoo,
Tampere, Turku/Åbo, Oulu, Vaasa, Rovaniemi, Mariehamn; London, Berlin, Minneapolis, Tallinn) at banks and fintechs (SEB,
Handelsbanken, Swedbank, Nordea, OP, Klarna, Swish, MobilePay, Trustly, Avanza), insurers (Folksam, Länsförsäkringar,
LocalTapiola), telecoms (Telia, Tele2, Elisa, DNA), retailers (IKEA, H&M, ICA, Coop, Axfood, Kesko, S Group, Stockmann,
Clas Ohlson, Apotek Hjärtat, Verkkokauppa.com), food and drink makers (Oatly, Arla, Valio, Fazer, Paulig, Marabou,
Absolut), the monopolies (Systembolaget, Alko), Spotify, Ericsson, Nokia, Supercell, Rovio, Wolt, Volvo Cars, Polestar,
Finnair, SAS, VR, media and agencies write CIM Level 6 and 7 reports and MBA assignments in English as a second
language, quoting with ”…” and ’…’ as Swedish and Finnish Word sets them, »…» now and then (laws by SFS and Finlex
number, EU acts, bills, IMY and ombudsman decisions, court cases, prior-year figures in brackets, SEK, kr, MSEK, EUR,
milj. and mrd, VAT, exchange rates, week numbers, ISO and Finnish dates, Midsommar, Juhannus, Lucia, Vappu, semla
season, kräftskiva, Black Week, the Nobel ceremony, Slush, Almedalen, Eurovision, people with their dates, executives,
founding years, monopolies, legal forms and registration numbers, tickers, addresses, products and models, awards,
ratings, samples, interviewees, flights and trains, bilingual and Sámi places, units, course codes, appendices, growth
figures, population, handles, promo codes, bonuses, mergers, sports and channels, which are no citations); journals with
up to eight authors, some with DOIs, textbooks and e-books (Studentlitteratur, Liber, Sanoma Pro, Gaudeamus), chapters,
theses from the Stockholm School of Economics, Uppsala, Lund, Göteborg, Umeå, Luleå, Aalto, Hanken, Helsinki, Tampere,
Oulu, Vaasa, Lapland and Åbo Akademi, conference papers, company pages and reports (AB, AB (publ), Oy, Oyj, Abp), trade
bodies (ry, ekonomisk förening), regulators and governments (one of them now and then with two works of a year), laws
with their parliament or ministry as author, research firms (Kantar Sifo, Novus, MMS, Finnpanel, Taloustutkimus,
PostNord, Paytrail), the Swedish, Finnish and Finland-Swedish press signed and unsigned, posts, podcasts, videos and
undated pages; titles in Swedish and Finnish with English in square brackets; Swedish, Finnish, Finland-Swedish, Sámi,
Icelandic and patronymic, noble (af, von, de), double-barrelled, Estonian, Swedish-American and immigrant names), with
fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind181" half (``--halves blind181,blind181-more``, 100 + 300 reports, seeds 185000-185399) is a
hundred-and-eighty-first independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 41: written by a hundred-and-eighty-first hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind181_works.py and blind181_text.py), as marketers in Jamaica,
Trinidad and Tobago, Barbados, the wider English-speaking Caribbean (Kingston, Montego Bay, Ocho Rios, Port of Spain,
San Fernando, Chaguanas, Bridgetown, Nassau, Georgetown, Castries, St. George's, Basseterre, Roseau, Belmopan) and its
diaspora (Brixton, Croydon, Birmingham, Toronto, Brooklyn, Miami, Fort Lauderdale) at banks and fintechs (NCB,
Scotiabank Jamaica, JMMB, Sagicor, First Citizens, Republic Bank, CIBC Caribbean, Lynk), telecoms (Digicel, Flow,
bmobile/TSTT), food and drink makers and retailers (GraceKennedy, Wisynco, Tastee, Juici, Red Stripe, J. Wray & Nephew,
Appleton, Mount Gay, Angostura, Carib, Banks DIH, Massy, PriceSmart, Courts), resorts and airlines (Sandals, Caribbean
Airlines, interCaribbean, LIAT), media and agencies write CIM Level 6 and 7 reports and MBA assignments (laws as "Data
Protection Act, 2020 (Jamaica)", "Chap. 22:04", "Cap. 326D" and "s. 37(1)(a)", the FTC, the OIC, the BOJ and TATT, J$,
JMD, TT$, TTD, BDS$, BBD, EC$, XCD and US$ with exchange rates, Independence and Emancipation Days, Carnival, J'ouvert,
Crop Over, Divali and Phagwah, Sumfest and Rebel Salute, the CPL and West Indies cricket, artists and albums, nicknames
in quotation marks, executives, founders' years, legal forms with a year ("LIAT (1974) Ltd"), tickers, fiscal years,
parishes, diaspora places, addresses, area codes, flights, rums with a year in the name, plans, slogans, awards, radio
frequencies, hurricanes, elections, the Treaty of Chaguaramas, tariff headings, samples, figures, interviewees, course
codes, patois glosses in square brackets, hashtags, time zones, sizes, ratings, universities, curfews, programmes,
rankings, local dates and licences, which are no citations); journals with up to eight authors, some with DOIs,
textbooks and e-books, chapters, UWI (Mona, St. Augustine, Cave Hill), UTech, Lok Jack and University of Guyana theses,
SALISES and other conference papers, company pages and reports (Ltd., Limited, Inc., Holdings, credit unions and
building societies), trade bodies, regulators and governments (one of them with two works of a year), laws with the
government as author, research firms' titles with a year, the press signed and unsigned, posts, podcasts, videos and
undated pages; titles in Jamaican patois, Trinidadian Creole and Bajan with English in square brackets; Afro-, Indo-,
Chinese-, Syrian-Lebanese- and Portuguese-Caribbean, French Creole and Rastafarian names, with "Jr.", "Sr." and "III",
hyphens, "de" and "da", D', Mc and O'), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind182" half (``--halves blind182,blind182-more``, 100 + 300 reports, seeds 186000-186399) is a
hundred-and-eighty-second independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 41: written by a hundred-and-eighty-second hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind182_works.py and blind182_text.py), as marketers in the
American Midwest and its diaspora (Chicago, Detroit, Minneapolis–Saint Paul, Milwaukee, Cleveland, Columbus, Cincinnati,
Indianapolis, St. Louis, Kansas City, Omaha, Des Moines, Madison, Ann Arbor, Grand Rapids, Fargo, Sioux Falls; Toronto,
London, Dublin, Guadalajara, Monterrey) at banks and insurers (U.S. Bancorp, Fifth Third, Huntington, KeyBank, Northern
Trust, Discover, State Farm, Allstate, Progressive, Nationwide, Principal, Mutual of Omaha, Thrivent), retailers
(Target, Best Buy, Kohl's, Menards, Meijer, Hy-Vee, Kroger, Casey's, Jewel-Osco), food, drink and consumer makers (Kraft
Heinz, General Mills, Kellanova, Conagra, Hormel, Cargill, ADM, Land O'Lakes, Anheuser-Busch, Molson Coors, P&G, SC
Johnson, Mars Wrigley, 3M, John Deere, Harley-Davidson, Whirlpool), Ford, GM and Stellantis, restaurants (McDonald's,
Wendy's, Portillo's, Culver's, Skyline Chili, White Castle), media and agencies (Leo Burnett, FCB Chicago, Colle McVoy,
Carmichael Lynch, Commonwealth//McCann, Doner) write CIM Level 6 and 7 reports and MBA assignments (statutes as "740
ILCS 14", "15 U.S.C. §§ 6501–6506" and "47 U.S.C. § 227", CAN-SPAM, COPPA, the TCPA, the Minnesota and Indiana privacy
acts, the FTC, the CFPB and the Illinois Attorney General, $, US$ and USD with M, MM, B and bn, fiscal years and
quarters, US dates, tickers, area and ZIP codes, the Super Bowl, Black Friday and Cyber Monday, federal holidays, the
Indy 500, State Fairs, Summerfest and Lollapalooza, the Detroit Auto Show, March Madness and the Big Ten, founders and
executives with their dates and Jr., Sr. and III, products and model years, slogans, awards, loyalty programs, venues,
roads, Hmong New Year, Día de los Muertos, Pączki Day, Ramadan and Juneteenth, translations in brackets, regional words,
migrations, foreign currencies, stations, time zones, units, rates, course, NAICS and airport codes, rankings, segments,
census counts and settlements, which are no citations); journals with up to eight authors, some with DOIs, textbooks and
e-books (American editions), chapters, theses from Kellogg, Booth, Ross, Carlson, Kelley, Fisher, Olin and Mendoza, AMA
and other conference papers, company pages and reports (Inc., Corp., Co., LLC, LLP, P.C., PLLC, N.A. and cooperatives),
trade bodies, regulators and governments (the FTC with two works of 2019), federal and state statutes with the
legislature as author, research firms (Nielsen, Circana, Kantar, Gallup, Pew), the press signed and unsigned, posts,
podcasts, videos and undated pages; titles in English, Spanish, Polish and Hmong with English in square brackets;
German, Scandinavian, Polish, Irish, Dutch, Czech, Mexican, Hmong, Somali, Arab and African-American names with middle
initials, Jr., Sr. and III, hyphens, accents and particles, and expatriate scholars), with fifty-four kinds of decoy.
While held out, we reported its tables only.

The "blind183" half (``--halves blind183,blind183-more``, 100 + 300 reports, seeds 187000-187399) is a
hundred-and-eighty-third independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 41: written by a hundred-and-eighty-third hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind183_works.py and blind183_text.py), as marketers in Puerto
Rico, the Dominican Republic, Cuba and their diaspora (San Juan, Bayamón, Ponce, Mayagüez, Caguas, Carolina; Santo
Domingo, Santiago de los Caballeros, Punta Cana, La Romana, Puerto Plata; Havana, Santiago de Cuba; Miami, Hialeah,
Orlando, the Bronx, Washington Heights, Newark, Boston, Madrid) at banks and fintechs (Popular, FirstBank, Oriental/OFG,
Banreservas, Banco Popular Dominicano, Banco BHD, Scotiabank RD, ATH Móvil, tPago), telecoms (Claro, Liberty, Altice
Dominicana, ETECSA), retailers and food and drink makers (Pueblo, Econo, Supermercados Nacional, La Sirena, Goya,
Presidente, Brugal, Barceló, Bacardí, Don Q, Medalla Light, Café Yaucono, Induveca, Kola Real, Malta India), tourism and
airlines (Discover Puerto Rico, Grupo Puntacana, JetBlue, Arajet), media and agencies write CIM Level 6 and 7 reports
and MBA assignments (laws as "Ley Núm. 81 de 2019", "Ley 172-13", "Ley 358-05" and "Decreto-Ley 370", the Código de
Comercio, COPPA, CAN-SPAM and the TCPA, DACO, Pro Consumidor, INDOTEL and the ONE, $, US$, USD, RD$, DOP, CUP and MLC,
exchange rates, fiscal years and quarters, area and ZIP codes, tickers, hurricanes María and Fiona as dates, the Fiestas
de la Calle San Sebastián, Carnaval, the Merengue Festival, Three Kings' Day, the Día de la Independencia, Noche de San
Juan, Semana Santa, Black Friday and the parades, founders with their dates, people with nicknames in quotation marks
and honorifics, albums and songs with their years, artists' real names, awards, taglines, handles, routes and airport
codes, Spanish words glossed and translated in brackets, legal forms and cooperativas, channels and stations, teams,
neighbourhoods, units, census counts and survey samples, which are no citations); journals with up to eight authors,
some with DOIs, textbooks and e-books, chapters, theses from the UPR, Interamericana, Sagrado Corazón, PUCMM, INTEC,
UNIBE, UASD and the Universidad de La Habana, conference papers, company pages and reports (Inc., LLC, Corp., C. por A.,
S.R.L., S.A., S.A.S. and cooperativas), trade bodies, regulators and governments (some with two works of a year), laws
with the legislature as author, research firms' titles with a year, the press signed and unsigned, posts, podcasts,
videos and undated pages; Spanish titles with English in square brackets; Puerto Rican, Dominican and Cuban names with
two surnames (with a space, a hyphen or "y"), "de", "del", "de la" and "De Jesús", Nuyorican and Dominican-York names
with anglicised spellings, Jr., II and III, and expatriate scholars), with fifty-two kinds of decoy. While held out, we
reported its tables only.

The "blind184" half (``--halves blind184,blind184-more``, 100 + 300 reports, seeds 188000-188399) is a
hundred-and-eighty-fourth independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 41: written by a hundred-and-eighty-fourth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind184_works.py and blind184_text.py), as marketers in Taiwan and
its diaspora (Taipei, New Taipei, Taoyuan, Hsinchu, Taichung, Tainan, Kaohsiung, Keelung, Hualien, Taitung; Vancouver,
the San Gabriel Valley, the Bay Area, Singapore, Tokyo, Kuala Lumpur, Sydney) at banks and fintechs (Cathay United,
CTBC, Fubon, E.SUN, Taishin, Mega, SinoPac, LINE Bank, JKOPAY, LINE Pay, EasyCard), insurers (Cathay Life, Fubon Life,
Nan Shan), telecoms (Chunghwa, Taiwan Mobile, FarEasTone), convenience stores, retailers and e-commerce (7-Eleven,
FamilyMart, Hi-Life, PX Mart, Carrefour, momo, PChome, Shopee, Eslite), food and drink makers (Uni-President, Wei Chuan,
I-Mei, Kuai Kuai, TTL, Kavalan, Chun Shui Tang, Presotea, CoCo, 85°C, Din Tai Fung), tech (TSMC, ASUS, Acer, HTC,
Gogoro, Foxconn, MediaTek), EVA Air, China Airlines, Starlux and the THSR, media and agencies write CIM Level 6 and 7
reports and MBA assignments (Minguo years and ROC dates beside Gregorian ones and dates in characters, NT$, NTD, TWD and
萬, the Personal Data Protection Act, Fair Trade Act, Consumer Protection Act and Food Safety and Sanitation Management
Act with amendment years and articles, the FTC, NCC, FSC, moda, DGBAS and CPC with their founding years, founders and
presidents with their years, TWSE and TPEx codes, festivals and lunar dates, Ghost Month, Double Eleven, 12.12 and 618,
product models and chip nodes, Computex and trade shows, the Golden Horse and other awards, districts and postcodes, MRT
stations, addresses, freeway exits, trains and flights, names in characters with romanisations, romanisation variants,
loanwords, indigenous and Hakka festivals, people who are not authors, dramas and albums, typhoons and earthquakes,
historical periods, uniform invoices and e-invoice carriers, exchange rates, samples, year-on-year figures, quarters,
market shares, populations, generations, app versions, spectrum bands, case numbers, sports teams, course codes,
diaspora places, drink orders, certifications, rankings, handles and hashtags and elections, which are no citations);
journals with up to eight authors, some with DOIs, Taiwanese journals titled in characters with English in square
brackets, textbooks and e-books, chapters, theses from NTU, NCCU, Tsing Hua, NCKU, Fu Jen and Tamkang, conference papers
and working papers, company pages and reports (Co., Ltd., Corp., Inc. and 股份有限公司, annual reports titled by Minguo
year),
trade bodies and institutes (TIER, MIC, III, TWNIC), regulators and ministries, laws as the national database gives
them, research firms with a year in the title, the press signed and unsigned, posts, podcasts, videos and undated pages;
Taiwanese names in Wade-Giles, Tongyong and passport spellings with hyphenated, joined and spaced given names and
English names, Hokkien and Hakka names with tone marks, indigenous names with the father's or house name as surname,
names in characters alone or with their romanisation, Singaporean, Malaysian, Hong Kong, mainland and Japanese names,
and expatriate scholars with particles), with fifty-five kinds of decoy.

The "blind185" half (``--halves blind185,blind185-more``, 100 + 300 reports, seeds 189000-189399) is a
hundred-and-eighty-fifth independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 41: written by a hundred-and-eighty-fifth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind185_works.py and blind185_text.py), as marketers in Belgium,
Luxembourg and their diaspora (Brussels/Bruxelles/Brussel, Antwerp, Ghent, Bruges, Leuven, Mechelen, Liège, Namur,
Charleroi, Mons, Hasselt, Eupen; Luxembourg City, Esch-sur-Alzette, Kirchberg; Paris, Lille, Amsterdam, London,
Kinshasa) at banks and fintechs (KBC, Belfius, BNP Paribas Fortis, ING Belgium, Argenta, Crelan, Spuerkeess, BGL BNP
Paribas, Banque de Luxembourg, Payconiq, Bancontact), insurers (AG Insurance, Ethias, Foyer, La Luxembourgeoise),
telecoms (Proximus, Orange Belgium, Telenet, POST Luxembourg, Tango), retailers (Delhaize, Colruyt, Carrefour Belgique,
Aldi, Lidl, Cactus, Kruidvat, Action, Hema, bol.com, Zalando), food and drink makers (AB InBev, Duvel Moortgat, Lotus
Bakeries, Neuhaus, Godiva, Côte d'Or, Leonidas, Barry Callebaut, Vandemoortele, Spadel, Bofferding, Rosport), Solvay,
UCB, D'Ieteren, Brussels Airlines, Luxair, Cargolux, SNCB/NMBS, RTL Group, ArcelorMittal and Amazon EU S.à r.l., the
Belgian and Luxembourg press and agencies (Mortierbrigade, Happiness, Duval Guillaume, LDV United, TBWA\\Belgium) write
CIM Level 6 and 7 reports and MBA assignments (laws by their dates, "Wet van 30 juli 2018" and "Loi du 1er août 2018",
articles of the Code of Economic Law (WER/CDE), the Belgisch Staatsblad and Moniteur belge, GDPR articles, GBA/APD,
CNPD, FSMA, CSSF and JEP decisions and circulars, KBO/BCE, VAT and RCS numbers, legal forms and founding years, €, EUR,
mio, mrd and Md€ with decimal commas, Belgian dates, Saint Nicholas, the national days, the Gentse Feesten,
Tomorrowland, Rock Werchter, the Ommegang, Binche, the Schueberfouer, Batibouw, the Motor Show, the Tour of Flanders,
renamed firms, founders, politicians and CEOs with their dates, products with sizes and strengths, tariffs, app
versions, awards, royal warrants, places in two or three languages, postcodes, language communities, glosses, tickers,
VAT and exchange rates, academic years, course codes, own surveys, quarters, migrations, Ramadan and Eid, airports and
trains, handles, phone numbers, units, slogans, labels and scores, which are no citations); journals with up to eight
authors, some with DOIs, textbooks and e-books (Lannoo Campus, Acco, Die Keure, De Boeck, Larcier, Intersentia and
international publishers), chapters, theses from KU Leuven, UGent, UAntwerpen, Vlerick, Solvay, UCLouvain, HEC Liège,
ICHEC and the University of Luxembourg, EMAC, AFM and ICORIA papers, company pages and reports (NV/SA, BV, CV, vzw,
S.A., S.à r.l., SE, GmbH & Co. KG), trade bodies, regulators and governments (organisations with two works of a year),
Belgian, Luxembourg and EU laws with the state or the EU institutions as author, research firms' titles with a year, the
press signed and unsigned, posts, podcasts, videos and undated pages; titles in Dutch, French, German and Luxembourgish
with English in square brackets; Flemish, Walloon, German-speaking, Luxembourgish, Congolese, Moroccan, Turkish,
Italian, Portuguese Belgian and Dutch names with capitalised and lower-case particles, hyphens and accents, and
expatriate scholars), with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind186" half (``--halves blind186,blind186-more``, 100 + 300 reports, seeds 190000-190399) is a
hundred-and-eighty-sixth independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 42: written by a hundred-and-eighty-sixth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind186_works.py and blind186_text.py), as marketers in the
Netherlands and its diaspora (Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen, Maastricht, Nijmegen,
Tilburg, Almere, Leeuwarden, Zwolle; Curaçao, Aruba, Sint Maarten, Paramaribo; London, Antwerp, Düsseldorf, Toronto) at
banks and fintechs (ING, Rabobank, ABN AMRO, de Volksbank/ASN, bunq, Adyen, Mollie, Tikkie, iDEAL), insurers
(Achmea/Centraal Beheer, NN Group, a.s.r.), telecoms (KPN, VodafoneZiggo, Odido), retailers (Albert Heijn/Ahold
Delhaize, Jumbo, Lidl Nederland, HEMA, Action, Bol, Coolblue, Etos, Kruidvat, Blokker, IKEA Nederland), food and drink
makers (Heineken, Grolsch, Swinkels, FrieslandCampina, Unilever, Verkade, Tony's Chocolonely, JDE Peet's), Philips,
ASML, Booking.com, Just Eat Takeaway, Picnic, KLM, NS, Transavia, Randstad, Dille & Kamille, the Dutch press and
agencies (Wieden+Kennedy Amsterdam, TBWA\\NEBOKO, KesselsKramer) write CIM Level 6 and 7 reports and MBA assignments
(Dutch laws with their Staatsblad numbers and articles, the BW's articles, EU regulations and directives, AP, ACM and
AFM decisions, Reclame Code Commissie dossiers, the Nederlandse Reclame Code and the RSM, KvK and BTW numbers, legal
forms and founding years, € and EUR with mln and mld and decimal commas, Dutch dates, Koningsdag, Sinterklaas, Keti
Koti, Bevrijdingsdag, Prinsjesdag, the Elfstedentocht, Black Friday, Dutch Design Week, ADE, founders, CEOs, politicians
and footballers with their years, royal titles, products with sizes and models, postcodes and addresses, phone numbers,
StatLine tables, own surveys, figures, quarters, academic years, course codes, awards, places in Dutch and Frisian,
diaspora cities, renamed firms, tickers and ISINs, tariffs, guilders and Surinamese dollars, VAT, handles, slogans, app
versions, glosses, Ramadan and Suikerfeest, trains and flights, scores and migration history, which are no citations);
journals with up to eight authors, some with DOIs, textbooks and e-books (Noordhoff, Boom, Pearson Benelux, Vakmedianet
and international publishers), chapters, theses from the Erasmus University/RSM, UvA, VU Amsterdam, Tilburg, Groningen,
Maastricht SBE, Nyenrode, Wageningen and TU Delft, EMAC, ICORIA and NVMI papers, company pages and reports (N.V., B.V.,
Coöperatie U.A.), trade bodies, regulators and government (organisations with two works of a year), Dutch laws on
wetten.overheid.nl with the state as author, research firms' titles with a year, the press signed and unsigned, posts,
podcasts, videos and undated pages; titles in Dutch and Frisian with English in square brackets; names with their
tussenvoegsels apart ("van der Meer", "in 't Veld", "'t Hart") or capitalised ("Van Dam"), double names ("van Dijk-de
Vries"), Frisian -stra and -ma names, IJ ("IJzerman"), Surinamese, Antillean, Indo-Dutch, Moluccan, Moroccan-Dutch,
Turkish-Dutch and expatriate names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind187" half (``--halves blind187,blind187-more``, 100 + 300 reports, seeds 191000-191399) is a
hundred-and-eighty-seventh independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 42: written by a hundred-and-eighty-seventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind187_works.py and blind187_text.py), as marketers in Iran and
its diaspora (Tehran, Mashhad, Isfahan, Shiraz, Tabriz, Karaj, Qom, Ahvaz, Kish Island; Los Angeles ('Tehrangeles'),
Toronto/North York, Vancouver, London, Hamburg, Stockholm, Dubai, Istanbul) at banks and fintechs (Bank Mellat, Bank
Melli Iran, Bank Saderat, Bank Pasargad, Saman Bank, Ayandeh Bank, Asan Pardakht, Snapp! Pay, Digipay, Shaparak),
telecoms (MCI/Hamrah-e Avval, Irancell, RighTel), platforms and retailers (Digikala, Snapp, Snapp Food, Divar, Torob,
Tapsi, Alibaba.ir, Okala, Refah, Hyperstar, Ofogh Kourosh), food and drink makers (Kalleh, Pegah, Zar Macaron, Minoo,
Shirin Asal, Golestan, Delester, Zamzam), carmakers (Iran Khodro, SAIPA) and the Iranian and diaspora press write CIM
Level 6 and 7 reports and MBA assignments (the Electronic Commerce Law (2003), the Computer Crimes Law (2009), the
Consumer Rights Protection Act (2009) and the draft data law, Solar Hijri years and dates beside Gregorian ones, Nowruz,
Yalda Night, Chaharshanbe Suri, Sizdah Bedar, Ramadan, Muharram and Eid, Jome-ye Siah, rials, tomans, IRR and million
tomans, exchange rates and the redenomination, founders, CEOs and ministers with their dates, TSE tickers and TEDPIX,
legal forms (PJS, Private Joint Stock, Sherkat-e), registration and Enamad numbers, USSD codes, mobile prefixes, Sheba
numbers and Shaparak, car models and prices, product sizes, tariffs, app versions, fairs, awards, TV shows, films,
Ferdowsi, Hafez and Saadi, the JCPOA and sanctions, shutdowns and filtering, rankings, supervisors, sample statistics,
inflation, diaspora places, streets, free zones, Persian words in Perso-Arabic script, VAT, models and matrices,
football, surveys, history and HS codes, which are no citations); journals with up to eight authors, some with DOIs,
textbooks and e-books (Tehran and Mashhad publishers beside international ones), chapters, theses from the University of
Tehran, Sharif, Allameh Tabataba'i, Shahid Beheshti, Tarbiat Modares, IUST and diaspora universities, conference papers,
company pages and reports (Co., PJS, Group, Sherkat-e names), trade bodies, regulators and ministries (organisations
with two works of a year), laws with the Islamic Parliament of Iran or the Central Bank as author, research firms'
titles with a year, the press signed and unsigned, posts, podcasts, videos and undated pages; titles in transliterated
Persian or Perso-Arabic script with English in square brackets; Persian, Azeri-Iranian, Kurdish, Armenian-Iranian and
Baluchi names ("-zadeh", "-pour", "-nejad", "-far", "-ian", "-loo", "-abadi", "Mir-", "Seyed" and "Haj" given names,
"Ja'fari", "Rezā'i", transliteration variants), diaspora double names and expatriate scholars with particles), with
fifty-eight kinds of decoy. While held out, we reported its tables only.

The "blind188" half (``--halves blind188,blind188-more``, 100 + 300 reports, seeds 192000-192399) is a
hundred-and-eighty-eighth independent measurement, held out for its first tables (measured by its writer in stop 41),
development data since stop 42: written by a hundred-and-eighty-eighth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind188_works.py and blind188_text.py), as marketers in Hawaiʻi,
Washington, Oregon and their diaspora (Honolulu, Hilo, Kailua-Kona, Kahului, Līhuʻe; Seattle, Tacoma, Spokane, Bellevue,
Redmond, Olympia; Portland, Eugene, Salem, Bend; Vancouver BC, Anchorage, Tokyo, Manila, Seoul, Sydney) at banks and
credit unions (First Hawaiian Bank, Bank of Hawaii, Central Pacific Bank, HawaiiUSA FCU, WaFd Bank, BECU, OnPoint,
Umpqua), retailers (Costco, Nordstrom, REI Co-op, Fred Meyer, QFC, Foodland, Longs Drugs, ABC Stores, Powell's Books,
Amazon), food and drink makers (Starbucks, Tillamook, Hawaiian Host, Maui and Kona Brewing, Ste. Michelle, Bob's Red
Mill, MALIE Kai), Microsoft, Nike, Columbia, Alaska and Hawaiian Airlines, T-Mobile, Hawaiian Electric, Kaiser
Permanente, the islands' and the Northwest's press and agencies (Wieden+Kennedy, Copacino+Fujikado) write CIM Level 6
and 7 reports and MBA assignments (laws as RCW, HRS, ORS, U.S.C. and CFR number them, the FTC, the Washington Attorney
General, the Office of Consumer Protection, HTA and DBEDT, Lei Day, King Kamehameha Day, Prince Kūhiō Day, the Merrie
Monarch Festival, Aloha Festivals, Seafair, Bumbershoot, the Rose Festival, the Pendleton Round-Up, the Honolulu
Marathon, Black Friday and Small Business Saturday, statehood, the monarchs and the overthrow, treaties and tribal
nations, the Lahaina fire and Iniki, tickers, Form 10-K and fiscal years, $, US$ and USD with M, K and B, ZIP and area
codes, flights, aircraft and product models, campaigns, slogans, awards, rankings, Hawaiian and Japanese glosses,
Japanese eras, Golden Week, Lunar New Year, Chuseok and Obon, legal forms, mergers, app versions, hashtags, course
codes, exchange rates, miles and pounds, time zones, TV stations and American dates, which are no citations); journals
with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from Mānoa, HPU, UW, Seattle U,
Gonzaga, Oregon State, UO, Portland State and Chaminade, conference papers, company pages, annual reports and 10-Ks,
trade bodies, regulators and governments (organisations with two works of a year), state and federal laws with the
legislature or Congress as author, research firms' titles with a year, the press signed and unsigned, social posts,
podcasts, videos and undated pages; titles in Hawaiian, Japanese and Tagalog with English in square brackets; Native
Hawaiian names with and without the ʻokina and kahakō, Japanese-, Chinese-, Korean-, Filipino-, Samoan-, Tongan- and
Portuguese-Hawaiian names, Northwest Anglo, Scandinavian, Vietnamese, Somali, Mexican, Ukrainian and Native American
names, particles, suffixes ("Jr.", "III"), middle initials and hyphens), with fifty-two kinds of decoy. While held out,
we reported its tables only.

The "blind189" half (``--halves blind189,blind189-more``, 100 + 300 reports, seeds 193000-193399) is a
hundred-and-eighty-ninth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 42: written by a hundred-and-eighty-ninth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind189_works.py and blind189_text.py), as marketers in Denmark,
Norway, Greenland, the Faroe Islands and their diaspora (Copenhagen/København, Aarhus, Odense, Aalborg, Esbjerg,
Roskilde; Oslo, Bergen, Trondheim, Stavanger, Tromsø, Kristiansand, Bodø; Nuuk, Tórshavn; London, Malmö, Hamburg,
Minneapolis, Brooklyn) at banks and fintechs (Danske Bank, Nordea, Jyske Bank, Nykredit, Lunar, Vipps MobilePay, DNB,
SpareBank 1, Sbanken, Klarna), telecoms (TDC/Nuuday, YouSee, Telenor, Telia, 3), retailers (Salling Group, Coop, Rema
1000, Matas, Magasin, Illum, Søstrene Grene, Flying Tiger Copenhagen, JYSK, Elkjøp, NorgesGruppen, Komplett, Finn.no),
food and drink makers (Carlsberg, Arla, Danish Crown, Toms, Lakrids by Bülow, Orkla, Tine, Mack, Ringnes, Mowi, Lerøy),
LEGO, Novo Nordisk, Pandora, Ørsted, Maersk, B&O, Vestas, Equinor, SAS, Norwegian, Hurtigruten, Kahoot! and Schibsted,
the region's press and agencies (&Co., Robert/Boisen, Uncle Grey, TRY Apt, Anorak, Schjærven, Nordpol+) write CIM Level
6 and 7 reports and MBA assignments (laws as Retsinformation and Lovdata number them, LBK nr., lov nr. and LOV-, §
signs, GDPR articles, Forbrugerombudsmanden and Forbrukertilsynet with their case numbers, kr., DKK, NOK, mio. kr. and
mia. kr., moms and MVA, CVR and organisation numbers, postcodes, phone numbers, IBANs, 17. mai, Sankt Hans, julefrokost
and J-dag, Fastelavn, Roskilde Festival and Øyafestivalen, Ólavsøka and Sámi National Day, Black Friday and Singles'
Day, Danish and Norwegian dates, week numbers, tickers, founders', royals' and chief executives' years, legal forms,
mergers, ships, flights, product models, slogans, awards, rankings, TV series, football seasons, ecolabels, fiscal
years, clock times, hashtags, course codes and glosses of Danish, Norwegian, Greenlandic, Faroese and Sámi words, which
are no citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters, theses from CBS,
Aarhus BSS, SDU, AAU, NHH, BI, NTNU, UiO, UiT, Ilisimatusarfik and Fróðskaparsetrið, conference papers, company pages
and reports (A/S, ApS, P/S, P/F, amba, AS, ASA, SA, fonden and stiftelse), trade bodies, regulators and ministries
(organisations with two works of a year), Danish, Norwegian and EU laws with the ministry as author, research firms'
titles with a year, the press signed and unsigned, social posts, podcasts, videos and undated pages; titles in Danish,
Norwegian, Greenlandic and Faroese with English in square brackets; Danish and Norwegian names with Ø, Æ and Å written
or transliterated ("Sørensen", "Soerensen", "Aagaard"), double surnames with and without a hyphen, nobility particles
("af", "von"), Greenlandic, Faroese ("-dóttir", "á", "í") and Sámi names, immigrant and expatriate names), with
fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind190" half (``--halves blind190,blind190-more``, 100 + 300 reports, seeds 194000-194399) is a
hundred-and-ninetieth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 42: written by a hundred-and-ninetieth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind190_works.py and blind190_text.py), as marketers in Israel and its
diaspora (Tel Aviv-Yafo, Jerusalem, Haifa, Be'er Sheva, Herzliya, Ra'anana, Petah Tikva, Netanya, Eilat, Nazareth; New
York, Los Angeles, London, Paris, Toronto, Berlin) at banks and fintechs (Leumi, Hapoalim, Discount, Mizrahi-Tefahot,
One Zero, Pepper, Bit, PayBox, Isracard, Max, Cal), insurers (Harel, Migdal, Clal, Phoenix, Menora Mivtachim), telecoms
(Bezeq, Partner, Cellcom, HOT, Pelephone, Golan Telecom), retailers (Shufersal, Rami Levy, Victory, Yochananof,
Super-Pharm, Fox, Castro, KSP, Zap), food and drink makers (Strauss, Elite, Osem, Tnuva, Tara, Tempo, Wissotzky, Sabra,
SodaStream), tech firms (Wix, Fiverr, monday.com, Check Point, Waze, Mobileye, Teva, Taboola, Payoneer, Lemonade), the
Israeli and diaspora press and agencies write CIM Level 6 and 7 reports and MBA assignments (laws numbered by both
calendars, "Protection of Privacy Law, 5741-1981", sections, amendments, the anti-spam section 30A and the Data Security
Regulations, Hebrew-calendar years, months and dates beside Gregorian ones, festivals from Rosh Hashanah to Eid al-Fitr
and Black Friday, ₪, NIS, ILS and million NIS, exchange, VAT and interest rates, the CPI, TASE and NASDAQ tickers,
company numbers, Ba'am and co-ops, star numbers, postcodes, addresses, roads and towers, founders, CEOs, celebrities and
historical figures with their years, wars, lockdowns, elections and protests with their dates, TV shows and channels,
awards, rankings, conferences, diaspora events, samples, tables, product sizes and models, phones, app versions,
hashtags, Hebrew words glossed and in Hebrew script, kashrut, Israeli Standards, the shmita year, classes, course codes,
quarters, slogans, regulators' decisions, price control and Shabbat hours, which are no citations); journals with up to
eight authors, some with DOIs, textbooks and e-books, chapters, theses from Tel Aviv University (Coller), the Hebrew
University, the Technion, Reichman, Bar-Ilan, Ben-Gurion, Haifa and the Open University, conference papers, company
pages and reports (Ltd., Ltd, B.M., Group, LLC, Inc.), trade bodies, regulators and ministries (organisations with two
works of a year), laws and regulations with the Knesset, the State of Israel or the Ministry of Justice as author,
research firms' titles with a year, the press signed and unsigned, social posts, podcasts, videos and undated pages;
titles in transliterated Hebrew and Arabic or in Hebrew script with English in square brackets; Ashkenazi, Mizrahi,
Russian-Israeli, Ethiopian-Israeli, Druze, Bedouin and Arab names, diaspora names with accents, hyphens and spaces
("Ben-David", "Ben Ami", "Abu Rayya"), apostrophes ("Ya'akov", "Ra'anan"), particles ("de Rothschild", "ben Natan") and
transliteration variants (Tzipi/Tsipi, Chaim/Haim, Yitzhak/Itzhak, Cohen/Kohen)), with sixty kinds of decoy.

The "blind191" half (``--halves blind191,blind191-more``, 100 + 300 reports, seeds 195000-195399) is a
hundred-and-ninety-first independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 42: written by a hundred-and-ninety-first hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind191_works.py and blind191_text.py), as marketers in Singapore,
Hong Kong, Macau and their diaspora (Orchard, Jurong, Tampines, Punggol, One-North; Central, Kowloon, Tsim Sha Tsui, Sha
Tin, Tsuen Wan, Causeway Bay; Taipa, Cotai; Shenzhen, Guangzhou, Kuala Lumpur, Johor Bahru, Vancouver, Sydney, London)
at banks and fintechs (DBS, OCBC, UOB, POSB, GXS, Trust Bank, HSBC, Hang Seng, BOCHK, Standard Chartered, ZA Bank,
Octopus, PayMe, AlipayHK, Grab Financial, Nium), telecoms (Singtel, StarHub, M1, csl, SmarTone, 3 Hong Kong, CTM),
retailers and platforms (FairPrice, Cold Storage, Sheng Siong, Don Don Donki, Shopee, Lazada, Carousell, Watsons,
Mannings, HKTVmall, Sa Sa, Chow Tai Fook, Charles & Keith), F&B makers (Tiger Beer, Yeo's, F&N, Ya Kun, Old Chang Kee,
Bee Cheng Hiang, Irvins, BreadTalk, Vitasoy, Maxim's, Café de Coral, Lee Kum Kee, Koi Kei), Singapore Airlines, Cathay
Pacific, Grab, Sea, Razer, Changi, MTR, Sands China, Galaxy, Disneyland and Ocean Park, the region's press and agencies
write CIM Level 6 and 7 reports and MBA assignments (laws with their numbers: No. 26 of 2012, Cap. 311A, Cap. 486, Cap.
362, Lei n.º 8/2005 and the 2020 Revised Edition, the DNC Registry, National Day, lunar dates, the zodiac, Hari Raya,
Deepavali, Ching Ming, Tuen Ng, Chinese New Year's Eve, 11.11, Golden Week, the handover, the Circuit Breaker, S$, SGD,
HK$ and MOP, exchange rates, SGX and HKEX tickers, UENs, "est." years and Sdn. Bhd., lifespans, celebrities, TVB dramas,
films and songs, awards, rankings, MRT and MTR lines, addresses, postal codes, phone numbers and short codes, product
models, telco plans, the candidate's own survey, figures, fiscal years, y-o-y changes, GST, censuses, glosses of Chinese
and Malay words, hashtags, course codes, slogans, app versions, store counts, casino concessions, flights, vouchers,
weights and sizes, Chinese year names and SSIC and HS codes, which are no citations); journals with up to eight authors,
some with DOIs, textbooks and e-books, chapters, theses from NUS, NTU, SMU, SUSS, HKU, CUHK, HKUST, PolyU, CityU, HKBU
and the University of Macau, conference and working papers, company pages and reports (Pte. Ltd., Limited, Co., Ltd.,
Sdn. Bhd., S.A.), regulators and trade bodies (PDPC, IMDA, MAS, CCCS, ASAS, SingStat, PCPD, HKMA, the Consumer Council,
GPDP; organisations with two works of a year), laws with Parliament, Singapore Statutes Online, Hong Kong e-Legislation
or the Imprensa Oficial as author, research firms' titles with a year, the press signed and unsigned, social posts,
podcasts, videos and undated pages; titles in Chinese characters, Malay, Tamil and Portuguese with English in square
brackets; Hokkien, Teochew, Cantonese, Hakka and pinyin names, Western given names before Chinese ones, Malay names with
bin, binte and binti written whole, Tamil and Indian names with initials and s/o and d/o, Eurasian and Macanese names
and expatriates), with fifty-four kinds of decoy. While held out, we reported its tables only.

The "blind192" half (``--halves blind192,blind192-more``, 100 + 300 reports, seeds 196000-196399) is a
hundred-and-ninety-second independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind192_works.py and blind192_text.py), as marketers
in South Africa, Namibia, Botswana, Lesotho, Eswatini and their diaspora (Johannesburg, Sandton, Tshwane, Cape Town,
Stellenbosch, Durban/eThekwini, Gqeberha, Bloemfontein, Polokwane, Mbombela; Windhoek; Gaborone; Maseru; Mbabane;
London, Perth, Auckland, Toronto, Dubai) at banks and fintechs (Standard Bank, FNB, Absa, Nedbank, Capitec, Discovery
Bank, TymeBank, Yoco, Ozow, Bank Windhoek), telecoms (Vodacom, MTN, Cell C, Telkom, Mascom, MTC), retailers
(Shoprite/Checkers, Pick n Pay, Woolworths, Spar, Clicks, Dis-Chem, Mr Price, Pep, Takealot, Choppies), food and
drink makers (SAB, Distell, Tiger Brands, Nando's, Spur, Namibia Breweries, Clover), MultiChoice, Eskom, airlines,
the region's press and agencies write CIM Level 6 and 7 reports and MBA assignments (Acts numbered "Act 4 of 2013",
sections, Government Gazette numbers, B-BBEE levels, rand as "R2,5 million", "R1.2bn" and "R12 500", N$ and pula, ARB
rulings, regulators with years, case numbers, public holidays, load-shedding stages, Black Friday, the Loeries,
Pendoring and Cannes Lions, sports events, lifespans, celebrities, "est." years, JSE codes, registration numbers,
legal forms, the candidate's own survey, LSM and MAPS, figures, quarters and financial years, VAT, data bundles,
product models, USSD and SMS short codes, phone numbers, postal codes, provinces and renamed cities, glosses of
Afrikaans, isiZulu, Tsotsitaal and Setswana words, hashtags, slogans, census figures, exchange rates, course codes,
word counts, store counts, times, diaspora places, supervisors, interviewees, national roads, townships and the exam
brief, which are no citations); journals with up to eight authors, some with DOIs, textbooks and e-books, chapters,
theses from UCT, Wits, Stellenbosch, UP (GIBS), UJ, UKZN, Rhodes, UNISA, NWU, UNAM and the University of Botswana,
conference papers, company pages and reports ((Pty) Ltd, Ltd, SOC Ltd, Inc.), regulators and trade bodies (ARB,
Information Regulator, NCC, ICASA, FSCA, the Competition Commission, Stats SA, BankservAfrica; organisations with two
works of a year), Acts with the Republic of South Africa or a Parliament as author, research firms' titles with a
year, the press signed and unsigned, social posts, podcasts, videos and undated pages; titles in Afrikaans, isiZulu,
isiXhosa, Sesotho and Setswana with English in square brackets; Afrikaans particles written apart ("van der Merwe",
"du Plessis") or whole and capitalised ("Van der Merwe", "Janse van Rensburg"), Nguni, Sotho-Tswana, Tsonga, Venda,
Herero, Oshiwambo and Nama names, Indian South African, Cape Malay, Portuguese, Greek and Jewish South African names
and expatriates), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind193" half (``--halves blind193,blind193-more``, 100 + 300 reports, seeds 197000-197399) is a
hundred-and-ninety-third independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-third hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind193_works.py and blind193_text.py), as marketers in
Portugal, Madeira, the Azores and the Portuguese diaspora (Lisboa, Porto, Braga, Coimbra, Aveiro, Faro, Setúbal,
Funchal, Ponta Delgada; Paris, Luxembourg, Geneva, London, Newark, Fall River, Toronto, São Paulo, Luanda, Maputo,
Macau) at banks and fintechs (Caixa Geral de Depósitos, Millennium bcp, Novo Banco, Santander Totta, BPI, Montepio,
Crédito Agrícola, MB WAY/SIBS, Revolut), telecoms (MEO/Altice, NOS, Vodafone, DIGI), retailers (Continente/Sonae MC,
Pingo Doce/Jerónimo Martins, Lidl, Auchan, Worten, Fnac, Parfois, Salsa, Farfetch), food and drink makers (Delta
Cafés, Sumol+Compal, Super Bock, Sagres, Licor Beirão, Sogrape, Symington, Ramirez, Vitalis, Luso), TAP, CP, Galp,
EDP, Navigator, Corticeira Amorim, Vista Alegre, Bordallo Pinheiro, OutSystems, Talkdesk, Feedzai, the press and the
agencies write CIM Level 6 and 7 reports and MBA assignments (laws by number and date: Lei n.º 58/2019, de 8 de
agosto, Decreto-Lei n.º 7/2004, the Código da Publicidade, Lei n.º 24/96, EU regulations, Diário da República series
and numbers; the CNPD, ANACOM, ASAE, the Autoridade da Concorrência and Banco de Portugal in brackets; Santo António,
São João, Carnaval, 25 de Abril, Dia de Portugal, the Consoada, Black Friday, Web Summit, Rock in Rio Lisboa, NOS
Alive, Euro 2004; euros and percentages with decimal commas, M€ and escudos; footballers, founders and artists with
their years, brand launch years, awards, rankings, product models, tariffs, NIF and NIPC, postal codes, phone
numbers, tickers, CAE codes, censuses, the candidate's own survey, figures, semesters, y-o-y changes, hashtags, app
versions, diaspora estimates, vintages, executives, TV programmes, lockdown dates, Portuguese dates, glosses of
Portuguese words, the troika years, Multibanco references and legal forms, which are no citations); journals with up
to eight authors, some with DOIs, textbooks and e-books from Lisbon, Coimbra, Porto and London, chapters, theses from
Nova SBE, Católica-Lisbon, ISEG, ISCTE, FEP, Porto Business School, Minho, Coimbra, Aveiro, the Azores and Madeira,
conference papers, company pages and reports (S.A., SGPS, Lda., Unipessoal Lda., CRL, E.P.E., IPSS, I.P.), trade
bodies, regulators and government (organisations with two works of a year), laws with the Assembleia da República,
the Diário da República or Portugal as author, research firms' titles with a year, the press signed and unsigned,
social posts, podcasts, videos and undated pages; Portuguese titles with English in square brackets; Portuguese names
with several surnames filed under the last ("Ferreira, M.J. dos S."), under a compound surname or with the particle
first ("dos Santos Ferreira"), Júnior, Neto, Filho and Sobrinho kept with the surname, accents written and dropped,
Cape Verdean, Angolan, Mozambican, Brazilian, Goan, Macanese and Luso-descendant names ("Da Silva", "DaCosta") and
expatriates), with fifty-eight kinds of decoy. While held out, we reported its tables only.

The "blind194" half (``--halves blind194,blind194-more``, 100 + 300 reports, seeds 198000-198399) is a
hundred-and-ninety-fourth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind194_works.py and blind194_text.py), as marketers
in Greece, Cyprus and the Greek diaspora (Athens, Piraeus, Thessaloniki, Patras, Heraklion, Larissa, Volos, Ioannina,
Rhodes, Mykonos, Santorini; Nicosia, Limassol, Larnaca, Paphos; Melbourne, Sydney, Astoria, Chicago, Toronto,
Montreal, London, Munich, Stuttgart) at banks and fintechs (National Bank of Greece, Piraeus Bank, Alpha Bank,
Eurobank, Bank of Cyprus, Hellenic Bank, Viva Wallet, IRIS), telecoms (Cosmote/OTE, Vodafone, Nova, Cyta, Epic),
retailers (Sklavenitis, AB Vassilopoulos, Lidl Hellas, Masoutis, Jumbo, Public, Plaisio, Kotsovolos, Skroutz, e-Food,
Alphamega), food and drink makers (Vivartia, Delta, Mevgal, Fage, Chipita, Loumidis, Lacta, Barba Stathis, Mythos,
Fix, Keo, Lanitis, Ouzo Plomari), Aegean, Sky Express, Blue Star Ferries, OPAP/Allwyn, Coca-Cola HBC, PPC, Helleniq
Energy, Korres, Apivita, Grecotel, the Greek and Cypriot press and agencies write CIM Level 6 and 7 reports and MBA
assignments (laws with their numbers and Gazette issues: Law 4624/2019 (Government Gazette Α΄ 137/29.8.2019), Law
2251/1994, Ν. 3471/2006, ΦΕΚ Β΄ issues, Law 125(I)/2018 and Law 112(I)/2021, EU regulations, regulators' decisions,
name days, Pascha, Clean Monday, Apokries, 25 March, Ochi Day, the Dekapentavgoustos, Black Friday and the winter
sales, the Thessaloniki International Fair, the Ermis and Effie Awards, the Athens and Limassol Marathons, €, EUR and
"εκατ. ευρώ" with decimal commas, legal forms (Α.Ε., S.A., ΙΚΕ, Ο.Ε., Ε.Ε., Ltd and HE numbers), AFM, GEMI and IBAN
numbers, postcodes, phone numbers, product models, Greek glosses, PDO labels, celebrities, interviews, founding
years, the crisis years, the memoranda, the bail-in, theses and course codes, TV shows, Eurovision, clubs, NSRF and
Greece 2.0 funds, fuel prices, ferry routes, flights, hotel stars, market shares, ISO standards, Greek dates, survey
waves, the referendum, diaspora festivals, slogans and ATHEX tickers, which are no citations); journals with up to
eight authors, some with DOIs, textbooks and e-books, Greek books with English in square brackets, chapters, theses
from AUEB, Piraeus, AUTH, NKUA, Macedonia, ALBA, UCY, CUT and UNic, conference papers, company pages and reports
(S.A., A.E., Public Company Ltd, plc), trade bodies and regulators (HDPA/ΑΠΔΠΧ, the Cypriot Commissioner, EETT, the
Competition Commission, ELSTAT, CYSTAT, the Bank of Greece; organisations with two works of a year), laws with the
Hellenic Republic or the Republic of Cyprus as author, research firms' titles with a year (Focus Bari, Kapa Research,
Nielsen Hellas), the press signed and unsigned, social posts, podcasts, videos and undated pages; names in Greek
script and in transliteration with their variants (Georgiou/Yeorgiou, Chatzidakis/Hatzidakis,
Konstantinou/Constantinou, Oikonomou/Economou), feminine forms, patronymic initials, Cypriot Hadji- names,
Turkish-Cypriot, Armenian-Cypriot and Maronite names, diaspora spellings (Pappas, Poulos, Stephanopoulos) and
expatriates), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind195" half (``--halves blind195,blind195-more``, 100 + 300 reports, seeds 199000-199399) is a
hundred-and-ninety-fifth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-fifth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind195_works.py and blind195_text.py), as marketers in Brazil
and its diaspora (São Paulo, Rio de Janeiro, Belo Horizonte, Porto Alegre, Curitiba, Recife, Salvador, Fortaleza,
Brasília, Manaus, Florianópolis, Campinas; Lisbon, Porto, Miami, Orlando, Framingham, Newark, London, Hamamatsu,
Luanda) at banks and fintechs (Itaú Unibanco, Bradesco, Banco do Brasil, Caixa, Santander Brasil, Nubank, Inter, C6
Bank, PicPay, Mercado Pago, Stone, PagBank, Pix), telecoms (Vivo, Claro, TIM, Oi), retailers and platforms (Magalu,
Casas Bahia, Americanas, Mercado Livre, Shopee, Carrefour/Atacadão, GPA, Assaí, Renner, Riachuelo, C&A, Natura &Co, O
Boticário, Havaianas, iFood, Rappi), food and drink makers (Ambev, Guaraná Antarctica, JBS, BRF, Nestlé Brasil, Cacau
Show, Piracanjuba, Ypê, 3 Corações), Petrobras, Embraer, LATAM, GOL, Azul, Globo, the Brazilian press and the
agencies write CIM Level 6 and 7 reports and MBA assignments (laws by number and date: Lei nº 13.709/2018, Lei nº
8.078/1990, Lei nº 12.965/2014, Decreto nº 7.962/2013 with DOU sections and pages, CDC articles, the CONAR code and
its cases, ANPD, BCB and Anvisa resolutions, CADE cases, Procon-SP fines; reais written R$ with decimal commas, "mi",
"bi" and "milhões", exchange rates, CNPJ and CPF numbers, Ltda., S.A., EIRELI, MEI, ME and EPP; Carnaval, São João,
Dia das Mães, Dia dos Namorados, Black Friday and the 13º salário, the World Cup, Rio 2016 and Rock in Rio; founders,
executives and celebrities, the Census and PNAD, IPCA and Selic, social classes, tickers, quarters, phone numbers,
CEPs, handles, product models, slogans, awards, rankings, courses, the candidate's own survey, novelas, clubs,
diaspora places, the Kasato Maru, Portuguese glosses, Pix, 5G, ABNT and ISO standards, business hours, state
abbreviations, app versions, the quarantine, audience points and the press, which are no citations); journals with up
to eight authors, some with DOIs or SciELO links, textbooks, e-books and classics in translation, chapters, theses
from FEA-USP, FGV EAESP, Insper, ESPM, COPPEAD, UFMG, UFRGS, PUC-Rio, Unicamp and Mackenzie, EnANPAD, EMA, Intercom
and SemeAd papers, company pages and reports (S.A., Ltda., Ltd.), trade bodies and regulators (ABA, CONAR, Febraban,
ABComm, Sebrae, BCB, ANPD, Procon-SP, Senacon, Anatel, CADE, IBGE, Ipea; organisations with two works of a year),
laws with Brasil, the BCB, the ANPD, Anatel or CONAR as author, research firms' titles with a year (Kantar IBOPE
Media, NielsenIQ Ebit, Datafolha, Instituto Locomotiva), the press signed and unsigned, social posts, podcasts,
videos and undated pages; Portuguese titles with English in square brackets; Brazilian names with several surnames
and particles ("Santos, M.A. da S.", "da Silva", "Silva, M. da"), Filho, Neto, Júnior and Sobrinho kept with the
surname, accents written and dropped, Japanese-, Italian-, German-, Lebanese- and Afro-Brazilian and Indigenous
names, diaspora spellings ("DaSilva", "De Souza") and expatriates), with fifty-seven kinds of decoy. While held out,
we reported its tables only.

The "blind196" half (``--halves blind196,blind196-more``, 100 + 300 reports, seeds 200000-200399) is a
hundred-and-ninety-sixth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-sixth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind196_works.py and blind196_text.py), as marketers in Poland
and the Polish diaspora (Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Gdynia, Sopot, Szczecin, Lublin, Katowice,
Białystok, Rzeszów; London, Dublin, Chicago (Jackowo), New York (Greenpoint), Toronto, Berlin, Oslo, Reykjavík) at
banks and fintechs (PKO Bank Polski, Pekao, mBank, Santander Bank Polska, ING Bank Śląski, Millennium, Alior, BLIK,
Revolut, Twisto), insurers (PZU, Warta), telecoms (Orange Polska, Play, Plus, T-Mobile Polska), retailers and
platforms (Allegro, Biedronka, Lidl Polska, Żabka, Dino, Rossmann, LPP, CCC, Empik, Media Expert, x-kom, InPost,
Pyszne.pl, OLX, Vinted), food and drink makers (Maspex, Wedel, Wawel, Mlekovita, Mlekpol, Sokołów, Żywiec, Kompania
Piwowarska), CD Projekt, Techland, Orlen, LOT, PKP Intercity, Inglot, Ziaja, Booksy, DocPlanner, Brainly, the Polish
and diaspora press and agencies write CIM Level 6 and 7 reports and MBA assignments (Polish laws with their Dz.U.
numbers and consolidated texts (t.j. Dz.U. 2020 poz. 1062), articles of the Prawo telekomunikacyjne and RODO, UOKiK
and UODO decision numbers, the Kodeks Etyki Reklamy and Rada Reklamy resolutions, złoty amounts in "mln zł" and "mld
zł" with decimal commas and spaces, PLN, r/r growth, KRS and NIP numbers, founding years, Wszystkich Świętych,
Independence Day, majówka, Tłusty Czwartek, Wigilia, Andrzejki, Black Week, the WOŚP finale, Open'er, Euro 2012,
Effie and KTR awards, game titles, product models, WSE tickers, celebrities, places with years, course codes, survey
samples, Polish dates, postcodes, phone numbers, BLIK codes, ISO standards, EU regulations, the Omnibus 30-day price,
trade fairs, organisations in brackets with years, slogans with English glosses, the census, EU accession, 500+ and
800+, the Sunday trading ban, NBP exchange-rate tables, TV shows, football clubs, diaspora neighbourhoods, VAT rates,
store counts and rankings, which are no citations); journals with up to eight authors, some with DOIs, textbooks and
e-books from Polish and British publishers, Polish titles with English in square brackets, chapters, theses from SGH,
the Poznań University of Economics and Business, Kozminski, the Kraków University of Economics, Warsaw, the
Jagiellonian, Łódź and Gdańsk, conference papers, company pages and reports (S.A., sp. z o.o., spółdzielnia,
fundacja), regulators and statistics offices (UODO, UOKiK, KNF, UKE, KRRiT, GUS, NBP, ONS, CSO; organisations with
two works of a year), laws with the Sejm, Sejm RP, Poland or Rzeczpospolita Polska as author, research firms' titles
with a year (Gemius/PBI, Kantar Polska, CBOS, IBRiS), working papers, the press signed and unsigned, social posts,
podcasts, videos and undated pages; Polish names with their feminine forms (-ska, -cka, -dzka), hyphenated double
surnames, diacritics written and dropped, Silesian, Kashubian, Ukrainian-, Belarusian-, Jewish- and Vietnamese-Polish
names, anglicised diaspora names and expatriates), with fifty-four kinds of decoy. While held out, we reported its
tables only.

The "blind197" half (``--halves blind197,blind197-more``, 100 + 300 reports, seeds 201000-201399) is a
hundred-and-ninety-seventh independent measurement, held out for its first tables (measured by its writer in stop
42), development data since stop 43: written by a hundred-and-ninety-seventh hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind197_works.py and blind197_text.py), as marketers
in Vietnam and its diaspora (Hà Nội, Thành phố Hồ Chí Minh/Saigon, Đà Nẵng, Hải Phòng, Cần Thơ, Huế, Nha Trang, Biên
Hòa, Bình Dương, Vũng Tàu; Little Saigon, San Jose, Houston, Cabramatta, Melbourne, Paris, Berlin, Warsaw, Prague,
Tokyo, Seoul, Taipei) at banks and fintechs (Vietcombank, Techcombank, VPBank, MB Bank, MoMo, ZaloPay, VNPay), telcos
(Viettel, VNPT, MobiFone, FPT Telecom), retailers and platforms (Thế Giới Di Động, Bách Hóa Xanh, WinMart, Co.opmart,
Shopee, Tiki, TikTok Shop, Grab), food and drink makers (Vinamilk, TH true MILK, Masan, Acecook, Trung Nguyên,
Highlands, Phúc Long, Sabeco, Habeco, Heineken Vietnam), VinFast, Vietjet, Biti's, PNJ, the Vietnamese press and
agencies write CIM Level 6 and 7 reports and MBA assignments (laws and decrees with their numbers: Nghị định
13/2023/NĐ-CP, Decree 91/2020/ND-CP, Thông tư 09/2023/TT-BCT, Law No. 16/2012/QH13, Law No. 19/2023/QH15,
resolutions, directives and regulators' decisions; Tết and the lunar calendar beside Gregorian dates, Trung Thu,
20/10, 8/3, 30/4, 2/9, 11.11 and 12.12; đồng as VND, ₫, đ, "tỷ đồng" and "nghìn tỷ" with stops and decimal commas,
exchange rates, tickers, tax codes, hotlines, addresses and postcodes, legal forms, founders, celebrities, campaigns,
awards and rankings, product models, course codes and cohorts, survey samples, lì xì, VietQR, TV slots, hashtags,
flights, ISO standards, diaspora festivals and generations, Vietnamese glosses, interviewees and name order, which
are no citations); journals with up to eight authors, some with DOIs, textbooks and e-books (NXB Trẻ, NXB Kinh tế TP.
Hồ Chí Minh), chapters, theses from NEU, FTU, UEH, RMIT Vietnam, Fulbright and VNU, conference papers, company pages
and reports (JSC, CTCP, TNHH, Tập đoàn), regulators and ministries (GSO, SBV, MOIT, MIC, the National Competition
Commission; organisations with two works of a year), laws with Quốc hội or Chính phủ as author, research firms'
titles with a year (Kantar Worldpanel, Nielsen, Decision Lab, Q&Me), the press signed and unsigned, social posts,
podcasts, videos and undated pages; Vietnamese titles with English in square brackets; Vietnamese names family first,
with and without diacritics, written whole ("Nguyễn Văn An") or given name first in the diaspora ("Bich Ngoc Tran"),
Hoa, Khmer Krom, Cham and Tày names, compound family names ("Tôn Nữ", "Tôn Thất") and expatriates), with fifty-six
kinds of decoy. While held out, we reported its tables only.

The "blind198" half (``--halves blind198,blind198-more``, 100 + 300 reports, seeds 202000-202399) is a
hundred-and-ninety-eighth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind198_works.py and blind198_text.py), as marketers
in Türkiye and the Turkish diaspora (İstanbul, Ankara, İzmir, Bursa, Antalya, Adana, Gaziantep, Konya, Kayseri,
Eskişehir, Trabzon, Diyarbakır; Berlin, Köln, Duisburg, Stuttgart, Vienna, Amsterdam, Rotterdam, Brussels, London
(Haringey), Lefkoşa/Nicosia, Baku) at banks and fintechs (Ziraat, İş Bankası, Garanti BBVA, Akbank, Yapı Kredi,
Enpara, Papara, ininal), telecoms (Turkcell, Türk Telekom, Vodafone Türkiye), retailers and platforms (BİM, A101,
ŞOK, Migros, Trendyol, Hepsiburada, Getir, LC Waikiki, Koton, Mavi), food and drink makers (Ülker, Eti, Pınar, Sütaş,
Anadolu Efes, Çaykur, Kurukahveci Mehmet Efendi, Hafız Mustafa, Koska), THY, Pegasus, Arçelik/Beko, Vestel, Togg,
holdings, the Turkish press and agencies write CIM Level 6 and 7 reports and MBA assignments (laws by their number
with the Resmî Gazete's date and issue: 6698 sayılı KVKK, Law No. 6502, Law No. 6563, the Ticari Reklam ve Haksız
Ticari Uygulamalar Yönetmeliği (2015), articles, Reklam Kurulu, Rekabet Kurulu and KVKK Board decision numbers, the
GDPR and DSA; lira as ₺, TL and TRY with stops and decimal commas, exchange rates, "%" before figures; bayrams,
Ramadan and the Hijri year, Republic Day, 23 Nisan, Efsane Cuma, Muhteşem Cuma, 11.11; Kristal Elma, Effie Türkiye,
rankings with a year, founders' life dates, founding years, TV series and films with their years, campaigns,
celebrities, sport, product models, flights, BIST tickers, MERSİS, ETBİS and tax numbers, hotlines, addresses,
standards, course codes, samples and scales, software, tables and figures, places and eras, the 2023 earthquakes, the
1961 Anwerbeabkommen, generations, hashtags, promo codes, card products, Turkish suffixes after apostrophes, TV
channels, malls, dates and times, quarters, the Surname Law, honorifics (Bey, Hanım, Hoca) and interviewees, which
are no citations); journals with up to eight authors, some with DOIs, textbooks and e-books (Nobel, Seçkin, Beta,
Mediacat Kitapları), chapters, theses from Boğaziçi, Koç, Sabancı, Bilkent, ODTÜ, İstanbul, Marmara, Ankara and
Yeditepe, conference papers, company pages and reports (A.Ş., T.A.Ş., Ltd. Şti., San. ve Tic. A.Ş., Holding), trade
bodies and foundations (Derneği, Vakfı, Birliği), regulators (KVKK, Reklam Kurulu with two works of 2019, Rekabet
Kurumu, BTK, SPK, BDDK, TÜİK/TurkStat, TCMB), laws with TBMM, the Resmî Gazete or a ministry as author, research
firms' titles with a year (Ipsos Türkiye, Kantar Türkiye, KONDA), the press signed and unsigned, social posts,
videos, podcasts and undated pages; Turkish titles with English in square brackets; Turkish names with İ/ı, ş, ğ, ç,
ö and ü written or anglicised ("Öztürk"/"Ozturk"), double given names, Kurdish, Laz, Circassian, Armenian-, Greek-
(Rum), Jewish-, Alevi and Turkish-Cypriot names, German-, Dutch- and British-Turkish names and expatriates), with
fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind199" half (``--halves blind199,blind199-more``, 100 + 300 reports, seeds 203000-203399) is a
hundred-and-ninety-ninth independent measurement, held out for its first tables (measured by its writer in stop 42),
development data since stop 43: written by a hundred-and-ninety-ninth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind199_works.py and blind199_text.py), as marketers in Nigeria
and its diaspora (Lagos: Ikeja, Victoria Island, Lekki, Yaba, Surulere; Abuja, Ibadan, Port Harcourt, Kano, Kaduna,
Enugu, Onitsha, Aba, Benin City, Owerri, Uyo, Calabar, Ilorin, Jos; Peckham, Woolwich, Manchester, Houston, Atlanta,
Toronto, Johannesburg, Accra, Dubai) at banks and fintechs (Access Bank, Zenith Bank, GTBank/GTCO, First Bank, UBA,
Stanbic IBTC, Kuda, Opay, Moniepoint, Paystack, Flutterwave, Piggyvest), telecoms (MTN Nigeria, Airtel, Glo,
9mobile), retailers and platforms (Shoprite, Jumia, Konga, Chowdeck), food and drink makers (Dangote, Nestlé Nigeria,
Cadbury Nigeria, Nigerian Breweries, Guinness Nigeria, Indomie, Chivita, Cowbell, Peak Milk, BUA Foods), Air Peace,
Nollywood, Afrobeats labels, the Nigerian press and agencies write CIM Level 6 and 7 reports and MBA assignments
(laws and their sections: NDPA 2023, NDPR 2019, FCCPA 2018, ARCON Act 2022, Cybercrimes Act 2015; regulators (NDPC,
FCCPC, ARCON and its Advertising Standards Panel, NCC, CBN, SEC Nigeria) and CBN circulars; naira as ₦, N, NGN,
'N2.5bn' and 'billion naira', kobo and exchange rates; Democracy Day, Independence Day, Detty December, Sallah,
Ramadan and the Hijri calendar, Christmas and crossover night, Black Friday, the Headies, AFRIMA, Lagos Fashion Week,
AFCON and BBNaija; titled people (Alhaji, Chief, Dr, Prof, Engr.), celebrities, songs and films, RC numbers, NGX
tickers, USSD codes, hotlines, product models, data bundles, samples, financial periods, rankings, places, founding
years, legal forms, Pidgin, Yoruba, Igbo and Hausa glosses, hashtags, national events, TV and radio slots, flights,
addresses, BVN and NIN, ISO standards, course codes, academic sessions, interviewees, age bands and state codes,
which are no citations); journals with up to eight authors, some with DOIs, textbooks and e-books (Macmillan Nigeria,
Spectrum Books, Malthouse, Pearson), chapters, theses from UNILAG, Lagos Business School, Covenant, OAU, UI, UNN, ABU
and Babcock, conference papers, company pages and reports (Plc, PLC, Ltd, Limited), regulators and government
(organisations with two works of a year), laws with the Federal Republic of Nigeria as author, research firms' titles
with a year (Kantar Nigeria, NOI Polls, GeoPoll), the press signed and unsigned, social posts, podcasts, videos and
undated pages; Yoruba, Igbo, Hausa and Pidgin titles with English in square brackets; Yoruba, Igbo, Hausa, Fulani,
Ijaw, Edo, Efik, Ibibio, Tiv and Urhobo names with and without tone marks and subdots, hyphenated double surnames,
British- and American-Nigerian names and expatriates), with fifty-nine kinds of decoy. While held out, we reported
its tables only.

The "blind200" half (``--halves blind200,blind200-more``, 100 + 300 reports, seeds 204000-204399) is a two-hundredth
independent measurement, held out for its first tables (measured by its writer in stop 42), development data since
stop 43: written by a two-hundredth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind200_works.py and blind200_text.py), as marketers in South Korea and the Korean diaspora
(Seoul's Gangnam, Seongsu, Hongdae, Yeouido and Jamsil, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Pangyo, Jeju;
Koreatown LA, Flushing, Fort Lee, Atlanta, Toronto, Vancouver, Sydney, New Malden, Frankfurt, Shin-Ōkubo, Almaty,
Tashkent) at banks and fintechs (KB Kookmin, Shinhan, Woori, Hana, KakaoBank, Toss, Kakao Pay), telecoms (SK Telecom,
KT, LG U+), retailers and platforms (Coupang, Naver, SSG.com, Olive Young, Musinsa, Kurly, Baemin, GS25, CU,
Danggeun), food makers (CJ CheilJedang, Nongshim, Ottogi, Samyang, Orion, SPC, Hite Jinro), Samsung, LG, Hyundai,
Amorepacific, HYBE, the Korean press and agencies write CIM Level 6 and 7 reports and MBA assignments (Korean laws
with their Act and decree numbers, PIPA, the Network Act, the Act on Fair Labeling and Advertising; Seollal and
Chuseok by the lunar calendar beside Gregorian dates, Pepero Day, Children's Day, Hangul Day, Korea Sale Festa; won
as ₩, KRW, W, "billion won" and "억 원"; KRX and KOSIS codes, business registration numbers, hotlines, addresses, legal
forms (Co., Ltd., Corp., 주식회사, (주)), chaebol groups, people in Hangul with romanisation, honorifics, K-pop groups,
dramas, films and songs with years, the 2002 World Cup and PyeongChang 2018, product models, awards, memberships and
Korean age, which are no citations); journals with up to eight authors, some with DOIs, Korean journals with English
names in brackets, textbooks and e-books (Pakyoungsa, Bobmunsa, Miraebook), chapters, theses from SNU, Korea, Yonsei,
KAIST, SKKU, Hanyang, Ewha and Sogang, conference papers, company pages and reports, trade bodies, regulators (PIPC,
KFTC, KCC, MSIT, Statistics Korea, the Bank of Korea; organisations with two works of a year), laws published by the
KLRI and law.go.kr, research firms' titles with a year (Gallup Korea, Embrain, Opensurvey, Nielsen Korea), the press
signed and unsigned, social posts, podcasts, videos and undated pages; titles in Hangul or romanisation with English
in square brackets; Korean names in every romanisation (Kim/Gim, Lee/Yi/Rhee, Park/Bak/Pak, Choi/Choe/Ch'oe,
McCune-Reischauer's breves), two-syllable family names (Namgung, Jegal, Seonu, Hwangbo), Korean-American, Koryo-saram
and Joseonjok names and expatriates), with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind201" half (``--halves blind201,blind201-more``, 100 + 300 reports, seeds 205000-205399) is a
two-hundred-and-first independent measurement, held out for its first tables (measured by its writer in stop 43),
development data since stop 44: written by a two-hundred-and-first hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind201_works.py and blind201_text.py), as marketers in
Czechia, Slovakia and their diaspora (Prague, Brno, Ostrava, Plzeň, Olomouc, Zlín; Bratislava, Košice, Žilina,
Trnava; Vienna, London, Chicago, Toronto) at banks (Komerční banka, Česká spořitelna, ČSOB, Air Bank, Tatra banka,
Slovenská sporiteľňa), telecoms (O2, T-Mobile, Vodafone, Orange Slovensko, Slovak Telekom), retailers and e-commerce
(Alza, Rohlik, Notino, Mall, Kaufland, Heureka, Zásilkovna), breweries (Pilsner Urquell, Budvar, Kozel, Zlatý Bažant,
Bernard), carmakers (Škoda Auto, Kia Slovakia), Kofola, Baťa and agencies write CIM Level 6 and 7 reports and MBA
assignments (Czech and Slovak laws with their collection numbers (zákon č. 110/2019 Sb., 18/2018 Z. z.) and EU
regulations; koruna and euro amounts, ČNB rates and Czech decimal commas; IČO and DIČ numbers and legal forms (a.s.,
s.r.o., spol. s r.o., v.o.s.); name days, dates in Czech order, holidays, postcodes, addresses, hotlines, domains and
handles; product models, awards, sports clubs, breweries and brands with their founding years, beer degrees,
festivals, TV programmes, films and songs with years, people's ages and academic titles (Ing., Mgr., PhDr., doc.,
Ph.D., CSc.), interviewees, life dates, historical years, tickers, ČSN and STN standards, course codes, financial
periods, samples, age bands, rankings, transport, diaspora places, voucher codes, app versions, opening hours,
regions, government resolutions, slogans and the koruna's redenomination, which are no citations); journals with up
to eight authors, some with DOIs (E+M Ekonomie a Management, Politická ekonomie, Prague Economic Papers, Ekonomický
časopis), textbooks from Grada, Management Press, Wolters Kluwer ČR, C. H. Beck, Computer Press, Oeconomica, Iura
Edition, Ekonóm and Sprint dva with Czech or Slovak titles and English in square brackets, chapters, theses from VŠE,
Charles University, Masaryk, Comenius, EUBA and regional universities, conference papers, working papers with authors
(ČNB, NBS, CERGE-EI), company pages and annual reports, trade bodies (AKA, SPIR, APEK, IAB Slovakia), regulators
(ČTÚ, ČNB, ÚOOÚ, ÚOHS, ČSÚ, ČOI, NBS; organisations with two works of a year), laws with Czech Republic or Slovak
Republic as author, research firms' titles with a year (STEM/MARK, Median, NielsenIQ, Ipsos, Go4insight, AKO, Focus),
the press signed and unsigned, social posts, videos, podcasts and undated pages; Czech and Slovak names with their
háčky and čárky, -ová surnames, married women's double surnames, names without their accents as international
databases print them, Hungarian-Slovak, Vietnamese-Czech and Ukrainian names and the diaspora's), with fifty kinds of
decoy. While held out, we reported its tables only.

The "blind202" half (``--halves blind202,blind202-more``, 100 + 300 reports, seeds 206000-206399) is a
two-hundred-and-second independent measurement, held out for its first tables (measured by its writer in stop 43),
development data since stop 44: written by a two-hundred-and-second hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind202_works.py and blind202_text.py), as marketers in Saudi
Arabia, the United Arab Emirates, Qatar, Kuwait, Bahrain, Oman and their expatriate communities (Riyadh, Jeddah,
Dammam, Dubai, Abu Dhabi, Sharjah, Doha, Kuwait City, Manama, Muscat) at banks (Al Rajhi, SNB, Emirates NBD, FAB,
QNB, NBK), telecoms (stc, Mobily, Zain, du, e&, Ooredoo, Batelco, Omantel), airlines (Emirates, Etihad, Qatar
Airways, Saudia, flynas, flydubai, Riyadh Air), retailers and platforms (Jarir, eXtra, noon, Talabat, Jahez, Careem,
Tabby, Tamara, Lulu, Panda), malls, developers and giga-projects (Majid Al Futtaim, Emaar, Aldar, DAMAC, ROSHN, NEOM,
Red Sea Global) and agencies write CIM Level 6 and 7 reports and MBA assignments (Hijri dates beside Gregorian ones,
royal decree and federal law numbers, SAR, SR, AED, Dh, QAR, KWD, BHD, OMR, د.إ and ر.س amounts, Vision 2030 and the
other national visions, Expo 2020, Qatar 2022 and Riyadh Expo 2030, CR numbers, P.O. boxes, flights, Ramadan, Eid,
White Friday, National and Founding Days, hotlines and phone numbers, towers and malls with opening years, royal and
professional titles, football clubs, product models, awards, Tadawul, ADX, DFM and QE tickers, VAT, financial years,
seasons and festivals, regulators' acronyms, RERA permits, promo codes, hashtags, handles, domains, opening hours,
Nitaqat bands and time zones, which are no citations); journals with up to eight authors, some with DOIs, Arabic
journals and titles in transliteration with English in square brackets, textbooks and e-books (Pearson, Obeikan, KSU
Press, HBKU Press), chapters, theses from KSU, KAU, KFUPM, UAEU, AUS, Qatar University, SQU, the University of
Bahrain and Kuwait University, conference papers, company pages and annual reports, regulators and statistics offices
(SAMA, GASTAT, CST, TDRA, ZATCA, the Vision 2030 programmes; organisations with two works of a year), royal decrees
and federal laws under the body or state that issued them, research firms' titles with a year (YouGov MENA, Kantar
MENA, Redseer), the Gulf press signed and unsigned, social posts, videos, podcasts and undated pages; Arabic names in
every transliteration (Al-Otaibi, Alotaibi, Al Otaibi, al-ʿUtaybī; Bin, bin, Abdul, Abdel, ʿAbd al-) and the names of
the Gulf's South Asian, Filipino, Egyptian, Levantine and British expatriates), with fifty-three kinds of decoy.
While held out, we reported its tables only.

The "blind203" half (``--halves blind203,blind203-more``, 100 + 300 reports, seeds 207000-207399) is a
two-hundred-and-third independent measurement, held out for its first tables (measured by its writer in stop 43),
development data since stop 44: written by a two-hundred-and-third hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind203_works.py and blind203_text.py), as marketers in Mexico
and the Mexican diaspora in the United States (Mexico City, Guadalajara, Monterrey, Puebla, Querétaro, Mérida,
Tijuana, Cancún; Los Angeles, Chicago, Houston, San Antonio, Phoenix) at banks (Banorte, BBVA México, Banco Azteca,
Nu, Stori), telecoms (Telcel, AT&T México, izzi, Totalplay), retailers and platforms (Walmart de México, Liverpool,
Coppel, Elektra, OXXO, Soriana, Chedraui, Mercado Libre, Rappi, Kavak), food and drink makers (Bimbo, Gruma, Lala,
Herdez, La Costeña, Grupo Modelo, Jarritos), CEMEX, airlines (Aeroméxico, Volaris, Viva Aerobus) and agencies write
CIM Level 6 and 7 reports and MBA assignments (NOMs and laws with their numbers and years, the LFPC and LFPDPPP, the
DOF's dates; pesos as MXN, $ and mdp, exchange rates, RFC codes, S.A. de C.V., S.A.B. de C.V. and S. de R.L. de C.V.,
BMV tickers; El Buen Fin, Hot Sale, Día de Muertos, El Grito, Día de las Madres, Cinco de Mayo and Hispanic Heritage
Month; the 2026 World Cup, Mexico '86 and the Mexico City Grand Prix; telenovelas and films with years, Liga MX clubs
with founding years, postcodes, addresses, metro areas, AMAI socio-economic levels, product models, flights, awards,
hotlines, WhatsApp numbers, loyalty schemes, IVA, IEPS and CFDI, Spanish glosses and translations in brackets, course
codes, interviewees, samples, financial periods, rankings, store counts and app versions, which are no citations);
journals with up to eight authors, some with DOIs or SciELO links (Contaduría y Administración, Estudios Gerenciales
and English-language journals), textbooks and e-books (Pearson Educación, McGraw-Hill Interamericana, Cengage,
Trillas, ESIC, Pirámide), chapters, theses from UNAM, Tec de Monterrey, IPN, ITAM, UDLAP, Ibero and others,
conference papers, company pages and reports (S.A.B. de C.V., "&", apostrophes), regulators and government (INEGI,
Banxico, PROFECO, IFT, CONDUSEF; organisations with two works of a year), laws and NOMs from the DOF, research firms'
titles with a year (Kantar México, NielsenIQ, AMVO), the press signed and unsigned, social posts, videos, podcasts
and undated pages; Spanish titles with English glosses in square brackets; Spanish double surnames, particles (de la
Garza, del Río, Martínez del Río), hyphenated surnames as English-language journals print them, Mexican-American
names without accents, Maya and Nahuatl surnames, and Spanish, British and American names), with fifty kinds of
decoy. While held out, we reported its tables only.

The "blind204" half (``--halves blind204,blind204-more``, 100 + 300 reports, seeds 208000-208399) is a
two-hundred-and-fourth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 44: written by a two-hundred-and-fourth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind204_works.py and blind204_text.py), as marketers in UK
charities, NHS trusts, universities, housing associations, museums and local councils (London, Manchester, Leeds,
Bristol, Glasgow, Cardiff, Belfast) write CIM Level 6 and 7 reports and MBA assignments (Acts with years in their
names, statutory instruments by number, charity, company and society numbers, Gift Aid, pound amounts, NHS
waiting-time standards, financial years (2022/23, FY24), awareness campaigns with years (Dry January 2020, Movember),
councils and trusts, postcodes, helplines, awards (Third Sector Awards 2021), Comic Relief and Children in Need
years, Census 2021 and deprivation indices, post-nominals (OBE, FRSA, MCIM), ages, wards, course and candidate
numbers, participants, text-to-donate codes, pay bands, ratings, events, grants, VAT and rates relief, software
versions, housing stock, school years, UCAS points, FOI references, slogans, museum objects, venues and lotteries,
which are no citations); journals with up to eight authors, some with DOIs (Journal of Nonprofit & Public Sector
Marketing, Public Money & Management, Voluntary Sector Review and others), textbooks (Sage, Routledge, Kogan Page,
Pearson, Policy Press), chapters, theses, conference papers, government departments, regulators and arm's-length
bodies with and without their abbreviations (ONS, DCMS, the Charity Commission, NHS England, Ofcom, the ICO, the
Fundraising Regulator, NCVO; bodies with two works of a year), Acts and statutory instruments under "Great Britain",
select committee reports, charities' annual and trustees' reports, market research with years (YouGov, Ipsos,
nfpSynergy), the press signed and unsigned, social posts, videos, podcasts and undated pages; Irish, Welsh and
Scottish names as their scholars print them (Ó Súilleabháin, Ní Dhomhnaill, ap Gwilym, MacLeod, O'Hagan, Lloyd-Jones,
St John) and the names of Britain's South Asian, African, Caribbean, Chinese and Polish families), with forty-eight
kinds of decoy. While held out, we reported its tables only.

The "blind205" half (``--halves blind205,blind205-more``, 100 + 300 reports, seeds 209000-209399) is a
two-hundred-and-fifth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 44: written by a two-hundred-and-fifth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind205_works.py and blind205_text.py), as marketers in B2B
software, SaaS, fintech and deep-tech start-ups and scale-ups (London, Dublin, Berlin, Amsterdam, Stockholm, Tel
Aviv, Bangalore, Austin, Toronto; HubSpot, monday.com, 6sense, 1Password, n8n, dbt Labs, Personio, Celonis, Mollie,
Adyen, Wise, Revolut, Klarna, Intercom, Atlassian, Snowflake, Datadog, Stripe, Razorpay, Wealthsimple and others)
write CIM Level 6 and 7 reports and MBA assignments (software versions and AI models with their years, funding
rounds, ARR, MRR, NPS, CAC and LTV figures, NASDAQ and AMS tickers, ISO/IEC certificates, RFCs and CVEs, SaaStr
Annual, Web Summit, Slush, Dreamforce and KubeCon with their years, Gartner Magic Quadrant and Forrester Wave
positions, founding years, tiers and prices per seat, percentages in brackets, job titles, APIs and their versions,
awards, valuations, headcounts, fiscal periods, currency conversions, accelerator batches, releases, GDPR articles,
samples, interviewees, cross-references, handles and domains, cloud regions, SLAs, ratings, seat minimums, funnel
rates, launch dates, offices, course modules, patents, GitHub stars, SOC 2 and WCAG, legal forms, renames, the Rule
of 40, time zones, TAM and SAM, pricing models and acronyms spelt out, which are no citations); textbooks and
e-books, chapters, journals with up to eight authors (Industrial Marketing Management, Journal of Business Research,
MIS Quarterly and others; some with DOIs), arXiv and SSRN preprints, ACM and IEEE conference papers, analyst reports
under the firm or the analysts (Gartner, Forrester, IDC, G2), vendors' white papers and blogs, ISO/IEC standards and
RFCs, regulators (ICO, CNIL, FTC, EDPB, FCA, the DPC), EU regulations (GDPR, the AI Act, the DSA, DMA and DORA) under
the body that made them, company pages (most undated) and investors' letters, the tech press signed and unsigned
(TechCrunch, Sifted, Calcalist, BetaKit, The Economic Times), social posts, videos and podcasts; firms with digits
and small letters, "&" and apostrophes (Andreessen Horowitz (a16z), O'Reilly Media, Moody's Analytics), organisations
with two works of a year; Irish names with their fadas, German, Dutch (particles) and Swedish names, Israeli, Indian,
French-Canadian and Chinese-Canadian names, and American and British ones), with fifty kinds of decoy. While held
out, we reported its tables only.

The "blind206" half (``--halves blind206,blind206-more``, 100 + 300 reports, seeds 210000-210399) is a
two-hundred-and-sixth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 44: written by a two-hundred-and-sixth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind206_works.py and blind206_text.py), as marketers in sport,
music, festivals and entertainment in the UK, Ireland, Spain, Germany and the United States (football and rugby
clubs, leagues, record labels, promoters, streaming services, venues, esports teams) write CIM Level 6 and 7 reports
and MBA assignments in English (seasons written 2022/23 and 2019-20, scores and results with aet and penalties,
tournaments and festival editions with their years, albums, singles and tours with years, chart positions and
certifications, transfer fees, wages and currencies, attendances, capacities and waiting lists, shirt numbers,
stadiums with opening years, clubs with founding years, boots and kits, ticket prices, streams and listeners, awards,
players' ages, caps and careers, managers' tenures, broadcast and sponsorship deals, league positions, match minutes
and matchweeks, esports and game editions, stage names, label deals, financial years, ratings, app versions,
interviewees and course modules, which are no citations); sport marketing, music business and events textbooks
(Routledge, Sage, Human Kinetics, Goodfellow), chapters, journals with up to eight authors, some with DOIs (Sport
Management Review, International Journal of Sports Marketing and Sponsorship, Popular Music and Society), theses and
conference papers, governing bodies and leagues (the Premier League, UEFA, FIFA, World Rugby, the FA, BPI, IFPI, PRS
for Music; "&", apostrophes, abbreviations; organisations with two works of a year), club and label annual reports,
Deloitte's Football Money League and other research firms' titles with years, broadcasters, the press signed and
unsigned, social posts, videos, podcasts, documentaries and undated pages; Irish names with their fadas (Ó
Súilleabháin, Ní Mhurchú), Spanish double surnames and particles (García-Ruiz, Fernández de la Vega, de la Fuente),
German names with umlauts and particles (Müller, von Bülow), Welsh, Scots and US names), with fifty-one kinds of
decoy. While held out, we reported its tables only.

The "blind207" half (``--halves blind207,blind207-more``, 100 + 300 reports, seeds 211000-211399) is a
two-hundred-and-seventh independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 44: written by a two-hundred-and-seventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind207_works.py and blind207_text.py), as marketers in
healthcare, pharmaceuticals, medtech and consumer health in the UK, Ireland, Germany, Switzerland and the Nordics
(NHS suppliers, pharma brands, over-the-counter medicines, private clinics, digital health start-ups) write CIM Level
6 and 7 reports and MBA assignments in English (medicines and devices with their approval and launch years, Wegovy
(2021), trial identifiers (NCT and ISRCTN numbers), sample sizes and ages in trials, doses and pack sizes, NICE
guideline and technology appraisal numbers (NG28, TA875), ABPI Code clauses and editions, prescription charges,
prices and currencies, NHS targets, waiting times and flu seasons, campaigns and awards with years (Stoptober, PM
Society Awards), patents and their expiry, ATC and ICD codes, product licence and PIP numbers, device classes, ISO
and IEC standards and evidence tiers, post-nominals (FRCP, MRPharmS), financial years (FY2023/24), market shares,
tickers, efficacy figures and statistics, CQC ratings, NHS bands, launch dates, app versions, interviewees and course
modules, which are no citations); healthcare and pharmaceutical marketing and health communication textbooks,
chapters, journals with up to eight authors, some with DOIs (BMJ, The Lancet, Health Marketing Quarterly, Journal of
Medical Internet Research), theses and conference papers, regulators and public bodies (MHRA, EMA, NICE, the ABPI,
PMCPA, HPRA, Swissmedic, the Care Quality Commission, NHS England, WHO, BfArM, Läkemedelsverket, Lægemiddelstyrelsen;
"&", apostrophes, abbreviations; organisations with two works of a year), NICE guidelines with their numbers, company
pages (many undated), annual reports and press releases, market research with years (IQVIA, Kantar Health, Mintel),
the press signed and unsigned, social posts, videos, podcasts and undated pages; Irish names with their fadas (Ó
Súilleabháin, Ní Bhriain), German and Swiss names with umlauts and particles (Schäfer, Käppeli, von Arx, zur Nieden),
Nordic names with their letters (Søndergaard, Åkesson, Jónsdóttir), and British ones), with fifty-one kinds of decoy.
While held out, we reported its tables only.

The "blind208" half (``--halves blind208,blind208-more``, 100 + 300 reports, seeds 212000-212399) is a
two-hundred-and-eighth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 44: written by a two-hundred-and-eighth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind208_works.py and blind208_text.py), as marketers in luxury,
fashion, beauty and fragrance houses and retailers (maisons, department stores, resale platforms, beauty start-ups)
in Paris, Milan, London, Geneva, Dubai and New York write CIM Level 6 and 7 reports and MBA assignments in English
(maisons with founding years in brackets and after commas, collections and seasons written SS24, AW23, Cruise 2025
and Resort 2024, fashion weeks and the Met Gala with years, fragrances and bags with launch years, sizes and prices
in euros, pounds, dollars and dirhams, store and hotel openings, collaborations with years, sizes and materials,
awards, people's titles, tenures and ages, designers' lifespans, stock tickers, revenue, financial years and exchange
rates, exhibitions, house museums and addresses, heritage labels and certifications, regulations, events and
capsules, rankings, survey samples, interviewees and cross-references, which are no citations); luxury brand
management and fashion marketing textbooks, chapters, journals with up to eight authors, some with DOIs (Journal of
Fashion Marketing and Management, Journal of Brand Management, Journal of Luxury Research), theses (IFM, Bocconi,
ESSEC, London College of Fashion) and conference papers, industry bodies and reports with years (Bain-Altagamma, the
State of Fashion, the British Fashion Council, the Fédération de la Haute Couture et de la Mode, Camera Nazionale
della Moda Italiana; "&", apostrophes, abbreviations; organisations with two works of a year), groups' pages and
annual reports (LVMH, Kering, Richemont, Hermès, L'Oréal), the fashion press signed and unsigned, social posts,
videos, podcasts and undated pages; French names with accents and particles (de La Rochefoucauld, d'Ormesson,
Lefèvre), Italian ones (De Luca, D'Amico, Dell'Acqua), Swiss, British, American and romanised Gulf names (Al Maktoum,
Al-Falasi)), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind209" half (``--halves blind209,blind209-more``, 100 + 300 reports, seeds 213000-213399) is a
two-hundred-and-ninth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 44: written by a two-hundred-and-ninth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind209_works.py and blind209_text.py), as marketers in eastern
India (Kolkata, Bhubaneswar, Guwahati, Patna, Ranchi, Siliguri) and the Bengali and Odia diaspora (Dhaka, London, New
Jersey, Toronto) at FMCG firms, tea estates, banks, retailers, telecoms, media houses and agencies write CIM Level 6
and 7 reports and MBA assignments in English (Indian Acts and rules with their years (the Consumer Protection Act,
2019; the DPDP Act 2023), rupees in lakh and crore, taka, exchange rates, GSTIN, CIN, PAN, FSSAI and trademark
numbers, Pvt. Ltd., LLP and OPC, festivals with their years and dates, the Bengali calendar, tea grades and flushes,
pin codes and addresses, IPL teams and seasons, films, TV serials and songs with years, stock codes, awards, people's
titles and ages, GI tags, fiscal years and quarterly results, MRPs and pack sizes, Indian dates, founding years,
programme batches, interviewees, samples, cross-references, handles and phone numbers, ratings, shares, state schemes
with years, elections, slogans, cricket, standards, city tiers, age segments, seasons and cyclones, prices seen in
shops, app versions, durations, trains and flights and headcounts, which are no citations); textbooks from Indian
publishers (Pearson India, McGraw Hill Education (India), Oxford University Press, Himalaya Publishing House, S.
Chand), chapters, journals with up to eight authors, some with DOIs (Indian Journal of Marketing, Vikalpa, IIMB
Management Review, Decision), theses (IIM Calcutta, XLRI, Jadavpur University, KIIT, IIT Kharagpur), conference
papers, regulators and governments (RBI, SEBI, TRAI, FSSAI, the Tea Board of India, MeitY, the West Bengal and Odisha
governments; "&", apostrophes, commas, abbreviations and acronyms; organisations with two works of a year), Acts
under the body that made them ("Government of India (2019) The Consumer Protection Act, 2019"), market research with
years (Kantar India, NielsenIQ India, CRISIL), firms' and agencies' reports, the press signed and unsigned (The
Telegraph, Anandabazar Patrika, The Times of India, The Daily Star), social posts, videos, podcasts and undated
pages; Bengali names in both spellings (Chattopadhyay and Chatterjee, Bandyopadhyay and Banerjee), compound ones (Roy
Chowdhury, Das Gupta, Sen Sharma) and one-syllable ones (De, Kar, Pal), Odia (Mohanty, Patnaik, Pattanaik,
Mohapatra), Assamese, Bihari, Jharkhandi, Nepali and Bangladeshi names, a few printed with diacritics (Caṭṭopādhyāy)
or as initials, and the diaspora's co-authors (Côté, O'Sullivan)), with fifty-four kinds of decoy. While held out, we
reported its tables only.

The "blind210" half (``--halves blind210,blind210-more``, 100 + 300 reports, seeds 214000-214399) is a
two-hundred-and-tenth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 45: written by a two-hundred-and-tenth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind210_works.py and blind210_text.py), as marketers in
Scotland's food, drink, tourism and creative industries (whisky distilleries, salmon and seafood firms,
VisitScotland, Edinburgh's festivals, Highland estates, island ferries, Glasgow agencies) and the Scottish diaspora
write CIM Level 6 and 7 reports and MBA assignments in English (whiskies with their ages and vintages, distilleries
with founding years, Acts of the Scottish Parliament with asp numbers and statutory instruments, minimum unit
pricing, duty and the visitor levy, festivals with years, the Commonwealth Games, football clubs with founding years,
ferry routes, timetables and ships, postcodes and grid references, Munros with heights, Gaelic place names beside
English ones, tartans and clans, awards, people's titles and ages, lifespans, financial years and quarters, ABV,
export and salmon volumes, protected names, themed years and campaigns, whisky regions and casks, visitor numbers,
samples, cross-references and hashtags, which are no citations); textbooks (Edinburgh University Press, Routledge,
Goodfellow, Birlinn), chapters, journals with up to eight authors, some with DOIs (Journal of Marketing Management,
Tourism Management, Scottish Affairs), theses (Strathclyde, Stirling, Edinburgh Napier, Robert Gordon, the University
of the Highlands and Islands) and conference papers, public bodies (the Scottish Government, VisitScotland, Scottish
Enterprise, Highlands and Islands Enterprise, Food Standards Scotland, Historic Environment Scotland; abbreviations;
organisations with two works of a year), Acts under the Scottish Parliament, the Scotch Whisky Association and other
trade bodies ("&", apostrophes), firms' pages and annual reports, market research with years, the Scottish press
signed and unsigned (The Herald, The Scotsman, BBC Scotland, The Press and Journal), social posts, videos, podcasts
and undated pages; Scots names (MacLeod and McLeod, Mackenzie and MacKenzie) and Gaelic ones (NicDhòmhnaill,
Caimbeul, MacLeòid, Mac an t-Saoir)), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind211" half (``--halves blind211,blind211-more``, 100 + 300 reports, seeds 215000-215399) is a
two-hundred-and-eleventh independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 45: written by a two-hundred-and-eleventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind211_works.py and blind211_text.py), as marketers in
Canada's Prairie and Atlantic provinces and in Indigenous-owned businesses (Winnipeg, Regina, Saskatoon, Calgary,
Edmonton, Halifax, Moncton, St. John's, Charlottetown) at credit unions, co-operatives, energy and agri-food firms,
fisheries, tourism operators and agencies write CIM Level 6 and 7 reports and MBA assignments in English (Acts with
chapter numbers (CASL, S.C. 2010, c. 23), bills with years (Bill C-11 (2023)), provincial Acts and regulations,
treaties with years (Treaty 6 (1876)), band numbers and Métis locals, postal codes, CAD amounts, NHL and CFL teams
with founding years and Grey Cups, the Calgary Stampede 2019 and other events and festivals with years, harvests,
fishing seasons and lobster-season dates, co-operatives with founding years, carbon prices by year, TSX symbols,
awards, Chiefs, Elders, MLAs and MPs, ages, fiscal years (FY2023-24), place names in Cree and Mi'kmaw beside English
ones, census years, sales taxes, phone numbers, highways, exchange and interest rates, course and airport codes, time
zones, samples, cross-references, handles, slogans, regulations and days of observance, which are no citations);
textbooks (Pearson Canada, Nelson, McGraw-Hill Ryerson), chapters, journals with up to eight authors, some with DOIs
(Canadian Journal of Administrative Sciences, Journal of Enterprising Communities), theses (Manitoba, Saskatchewan,
Dalhousie, Memorial, UNB, Moncton), ASAC conference papers, federal, provincial, First Nations and Métis governments
and agencies (Statistics Canada, the Competition Bureau, CRTC, ISED, the Manitoba Métis Federation, Membertou First
Nation; "&", apostrophes, commas, abbreviations; organisations with two works of a year), Acts under the government
that passed them, market research with years (Leger, Angus Reid, Environics, Narrative Research, Probe Research), the
press signed and unsigned (CBC News, the Winnipeg Free Press, the Chronicle Herald, APTN News), social posts, videos,
podcasts and undated pages; Cree, Mi'kmaw and Métis names (Ahenakew, Starblanket, Googoo, Sylliboy, Chartrand),
Acadian names with their accents and apostrophes (Thériault, d'Entremont, Léger), Ukrainian-Canadian (Hnatiuk,
Wasylyshyn) and Icelandic-Canadian (Thorsteinson, Eyolfson) names, Newfoundland, Scottish-Canadian and Mennonite
names and newer Canadians' names), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind212" half (``--halves blind212,blind212-more``, 100 + 300 reports, seeds 216000-216399) is a
two-hundred-and-twelfth independent measurement, held out for its first tables (measured by its writer in stop 44),
development data since stop 45: written by a two-hundred-and-twelfth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind212_works.py and blind212_text.py), as marketers in UK
universities' and colleges' international student recruitment (London, Manchester, Birmingham, Nottingham, Sheffield)
and their agents and partners (Lagos, Delhi, Hyderabad, Shanghai, Ho Chi Minh City, Karachi) write CIM Level 6 and 7
reports and MBA assignments in English (places in the QS, THE, Guardian and Complete University Guide tables with
their years, subject rankings, TEF ratings (TEF Gold (2023)), NSS and REF results, visa routes and rules with years
(the Graduate Route (2021), Tier 4, the dependants ban of January 2024, the old post-study work visa), UCAS
deadlines, points and course codes (N500), fees and scholarships in pounds (the GREAT and Chevening scholarships),
intakes and academic years (2023/24), application, enrolment and conversion figures, offer-holder and open days,
IELTS scores, agents' commission and bonus tiers, campus openings and founding years, THE and PIEoneer awards,
Vice-Chancellors', Pro-Vice-Chancellors' and recruiters' titles and tenures, CAS deadlines, visa fees, the health
surcharge and maintenance funds, refusal rates, naira and rupee exchange rates, study fairs and roadshows, module
codes and CIM levels, hashtags, financial years, student numbers, degree classifications, Brexit dates, addresses,
phone numbers, CRM releases, Athena Swan awards and Clearing, which are no citations); higher-education and services
marketing textbooks, chapters, journals with up to eight authors and DOIs (Journal of Marketing for Higher Education,
Studies in Higher Education, Higher Education), theses and conference papers, regulators and public bodies (the
Office for Students, UCAS, HESA, the Home Office, UKVI, the British Council, QAA, Universities UK, the Migration
Advisory Committee; "&", apostrophes, commas and abbreviations; organisations with two works of a year), rankings
with years, universities' annual reports and financial statements, agents' and aggregators' pages (IDP, Studyportals,
ApplyBoard), market research, the sector press signed and unsigned (Times Higher Education, University World News,
The PIE News, Wonkhe), social posts, videos, podcasts and undated pages; British, Nigerian (Adebayo, Okonkwo), Indian
(Reddy, Naidu, Varghese), Pakistani (Qureshi, Siddiqui), Chinese and Vietnamese names, some printed with their
diacritics (Nguyễn, Phạm), and particles and apostrophes (de Souza, D'Souza, van der Merwe)), with fifty-four kinds
of decoy. While held out, we reported its tables only.

The "blind213" half (``--halves blind213,blind213-more``, 100 + 300 reports, seeds 217000-217399) is a
two-hundred-and-thirteenth independent measurement, held out for its first tables (measured by its writer in stop
45), development data since stop 45: written by a two-hundred-and-thirteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind213_works.py and blind213_text.py), as marketers
in pet care, veterinary practice groups and animal health in the UK, Ireland, the Netherlands and the United States
(pet-food makers, pet retailers and insurers, vet groups, equine and farm-animal health firms, rescue charities,
Crufts and agencies) write CIM Level 6 and 7 reports and MBA assignments in English (breeds and breed standards with
years (the French bulldog standard, revised 2021), registrations, dog and cat populations by year (12 million dogs in
2023), pet-food formulas and pack sizes (Adult 7+, 12 kg), medicines and vaccines with strengths and launch years
(Bravecto (launched 2014), Apoquel 16 mg, Nobivac L4), Acts and regulations with years (the Animal Welfare Act 2006,
the Veterinary Surgeons Act 1966), the Pet Travel Scheme (2001), rabies, microchipping and XL bully rules, the CMA's
vets market investigation (opened in May 2024), Crufts 2023 and Best in Show with years, practice counts, premiums,
excesses, fees in pounds and euros, RCVS Code sections and membership numbers, rescues' founding years (Battersea
(1860)), the pandemic puppy boom (2020-21), awards (Pet Industry Federation Awards 2022), vets' titles and
post-nominals (Dr, Professor, BVSc, MRCVS, RVN), financial years (FY2023/24), revenue, tickers, medicine categories
(POM-V), FDA approvals, antibiotic sales, livestock censuses, outbreaks, equine passports, events, loyalty schemes,
handles, addresses, heat warnings, qualification levels, slogans and abbreviations, which are no citations); CABI,
Wiley-Blackwell and Routledge textbooks, chapters, journals with up to eight authors and DOIs (Veterinary Record,
Anthrozoös, Journal of Business Research, Journal of Consumer Behaviour), theses (the RVC, Edinburgh, Nottingham,
Wageningen), BSAVA Congress and London Vet Show papers, regulators and public bodies (RCVS, the CMA, Defra, the VMD,
APHA, the FDA's Center for Veterinary Medicine; "&", apostrophes, commas and abbreviations; organisations with two
works of a year), trade bodies and charities (UK Pet Food, PDSA, the RSPCA, Dogs Trust, Blue Cross, Cats Protection,
the Kennel Club, APPA), company pages and annual reports (Mars Petcare, Nestlé Purina, Pets at Home, IVC Evidensia,
CVS Group, Zoetis, Elanco, Boehringer Ingelheim Animal Health), market research with years (Mintel, Euromonitor,
Packaged Facts), the press signed and unsigned (The Grocer, Vet Times, BBC News), social posts, videos, podcasts and
undated pages; British, Irish names with their fada (Ó Briain, Ní Mhurchú, O'Sullivan), Dutch and Flemish names with
their particles (van der Meer, de Vries, ten Hoek) and US names), with fifty kinds of decoy. While held out, we
reported its tables only.

The "blind214" half (``--halves blind214,blind214-more``, 100 + 300 reports, seeds 218000-218399) is a
two-hundred-and-fourteenth independent measurement, held out for its first tables (measured by its writer in stop
45), development data since stop 45: written by a two-hundred-and-fourteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind214_works.py and blind214_text.py), as marketers
at airlines, airports, cruise lines, rail operators, tour operators, online travel agencies and hotel groups in the
UK, Ireland, Germany, the Gulf, Singapore and the United States (loyalty, revenue, brand and distribution teams)
write CIM Level 6 and 7 reports and MBA assignments in English (flight numbers and routes (BA 117, LHR–JFK, the
London–Sydney Kangaroo Route), aircraft and ships with years (the A380's first flight (2005), the Boeing 737 MAX 8
(grounded 2019–2020), Icon of the Seas (2024)), airport codes and terminals (LHR T5 (2008), Changi's Jewel (opened
2019)), passenger numbers by year (83.9 million passengers in 2019), slots and the 80/20 rule, loyalty tiers and
points (Executive Club Gold, 1,500 Avios), fares and fees in pounds, euros and dollars, passenger rights and
legislation with years (UK261, EU Regulation 261/2004, the Package Travel Regulations 2018, the ATOL scheme (1973)),
alliances with founding years (Star Alliance (1997), oneworld (1999)), joint ventures and codeshares, railcards and
rail fares (the 16-25 Railcard, the Deutschlandticket), strikes and disruptions with dates, awards (Skytrax World
Airline Awards 2023), CEOs', CCOs' and Captains' titles and tenures, financial years (FY2023/24), IATA seasons (S24,
W23), timetables, fleet orders, trade events with years (ITB Berlin 2024), pandemic periods, taxes, percentages,
figures, dates, abbreviations and acronyms with years (CORSIA, UK ETS), net-zero targets, share tickers,
cross-references, handles, slogans, booking codes and fare classes, hotel ratings, cabin products, distances,
exchange rates, survey waves and planning models, which are no citations); travel and tourism marketing textbooks
(Routledge, Goodfellow, CABI, Pearson), chapters, journals with up to eight authors and DOIs (Journal of Air
Transport Management, Tourism Management, Annals of Tourism Research, Journal of Travel Research), theses (Cranfield,
Surrey, Oxford Brookes, Bournemouth), ATRS and TTRA conference papers, regulators and public bodies (the Civil
Aviation Authority, IATA, ICAO, the Department for Transport, EASA, the US Department of Transportation, the Office
of Rail and Road, VisitBritain, Fáilte Ireland; "&", apostrophes and abbreviations; organisations with two works of a
year), companies' pages, annual reports and investor decks (IAG, easyJet plc, Ryanair Holdings, Lufthansa Group, the
Emirates Group, Singapore Airlines, Carnival Corporation & plc, TUI AG, Booking Holdings, Trainline), market research
with years (Phocuswright, Skift Research, OAG, Mintel), the press signed and unsigned (Simple Flying, Travel Weekly,
the Financial Times, BBC News), social posts, videos, podcasts and undated pages; British, Irish (Ó Súilleabháin, Ní
Bhriain), German (Müller, Groß, von Hagen), Gulf Arabic (Al-Mansoori, Al Maktoum), Singaporean Chinese, Malay and
Tamil (Tan, Binte Ismail, Subramaniam) and American names), with fifty kinds of decoy. While held out, we reported
its tables only.

The "blind215" half (``--halves blind215,blind215-more``, 100 + 300 reports, seeds 219000-219399) is a
two-hundred-and-fifteenth independent measurement, held out for its first tables (measured by its writer in stop 45),
development data since stop 45: written by a two-hundred-and-fifteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind215_works.py and blind215_text.py), as marketers
in Romania, Bulgaria, Moldova and Ukraine and their diaspora (Bucharest, Cluj-Napoca, Iași, Timișoara, Sofia,
Plovdiv, Varna, Chișinău, Kyiv, Lviv, Odesa, Dnipro; London, Madrid, Turin, Toronto) at banks and fintechs, telecoms,
retailers, FMCG and wine makers, IT outsourcing firms, logistics and agencies write CIM Level 6 and 7 reports and MBA
assignments in English (laws, government decisions, emergency ordinances and decrees with numbers and years (Law no.
365/2002, HG 857/2011, OUG 34/2014, Decree No. 64/2022), EU regulations, prices in lei, leva, hryvnia, Moldovan lei
and euros, firms' founding years (Dedeman (1992), UiPath (2005)), postal codes and street addresses, Dacia models
with years, vintages and appellations (Cotnari 2019, DOC Dealu Mare), festivals and holidays (Untold 2023, Mărțișor
on 1 March, Baba Marta), Black Friday, EU accession, Schengen and euro dates, 5G launches and tariffs, stock tickers
(BVB: TLV), brand rankings, awards (Effie Romania 2023), people's titles (Prof. univ. dr., conf. dr.), academic
years, quarters, inflation, exchange, VAT and wage figures, trade-register numbers (J12/4155/1993), phone numbers,
handles, wartime dates, app versions, malls, football clubs, TV shows and films with years, loyalty cards, ISO
standards, censuses, samples, cross-references, course codes, routes and store counts, which are no citations);
textbooks (Editura Economică, Polirom, Routledge, Pearson), chapters, journals with up to eight authors and DOIs
(Management & Marketing, Amfiteatru Economic, Economic Alternatives, Marketing and Management of Innovations), theses
(ASE Bucharest, Babeș-Bolyai, UNWE Sofia, KNEU Kyiv), conference papers, statistics offices, regulators and central
banks (INS, NSI, the State Statistics Service of Ukraine, ANCOM, ANPC, the National Bank of Romania, the Bulgarian
National Bank, the National Bank of Ukraine; abbreviations; bodies with two works of a year), laws under the
parliament that passed them (Law no. 363/2007, Legea nr. 190/2018), firms' pages and annual reports ("&",
apostrophes), market research with years (GfK, NielsenIQ, Kantar, Gradus Research), the press signed and unsigned
(Ziarul Financiar, Capital.bg, Kyiv Independent, Ekonomichna Pravda, Balkan Insight), social posts, videos, podcasts
and undated pages; Romanian names with comma-below or cedilla letters or none (Ștefănescu, Ştefănescu, Stanescu),
Moldovan names, and Bulgarian and Ukrainian names in more than one transliteration (Stoyanova and Stojanova, Hnatiuk
and Gnatyuk, Oleksandr and Alexander)), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind216" half (``--halves blind216,blind216-more``, 100 + 300 reports, seeds 220000-220399) is a
two-hundred-and-sixteenth independent measurement, held out for its first tables (measured by its writer in stop 45),
development data since stop 46: written by a two-hundred-and-sixteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind216_works.py and blind216_text.py), as marketers
at car makers, electric-vehicle start-ups, dealer groups, leasing and subscription firms, charging networks, tyre and
parts makers and mobility apps in the UK, Germany, France, Sweden, China and Japan write CIM Level 6 and 7 reports
and MBA assignments in English (car models and model years (the Nissan Leaf (2010), the ID.3 (2019), Model Y 2023, a
2018 Golf GTI), ranges, batteries and charging speeds (320 miles WLTP, 77 kWh, 150 kW, CCS2), prices and grants in
pounds and euros (the Plug-in Car Grant (2011–2022), the Umweltbonus, the bonus écologique, the klimatbonus), rules
with years (the ZEV mandate (2024), Euro 7, the 2035 phase-out date, ULEZ (2019) and its 2023 expansion, China's
dual-credit policy), plates and registration figures (the 73-plate, 1.9 million registrations in 2023), Le Mans and
Formula E seasons, motor shows (IAA Mobility 2023, the Goodwood Festival of Speed 2022, Auto Shanghai 2023), Euro
NCAP stars, recalls, factory openings (Sunderland (1986)), stock tickers (ETR: VOW3, NASDAQ: TSLA), awards (European
Car of the Year 2022, What Car? Awards 2024), people's titles (CEO, Vorstand, Dr.-Ing.), financial years (FY2023/24),
company-car tax, lease deals, tyre labels, warranties, platform codes, launch dates, samples and cross-references,
which are no citations); textbooks (Kogan Page, Routledge, Springer), chapters, journals with up to eight authors and
DOIs (Transportation Research Part D, Journal of Cleaner Production, International Journal of Automotive Technology
and Management, Journal of Product & Brand Management), theses (Coventry, Warwick WMG, Loughborough, Chalmers, TU
München), EVS and SAE papers, public bodies and regulators (the DfT, OZEV, the DVLA, the ASA, the European
Commission, the EEA, the Kraftfahrt-Bundesamt, China's MIIT), trade bodies (SMMT, ACEA, VDA, the IEA, the ICCT;
abbreviations; bodies with two works of a year), makers', dealers' and charging firms' pages, annual reports and
investor decks ("&", apostrophes, "Tesla, Inc.", "Stellantis N.V."), market research with years (J.D. Power,
Autotrader, Kantar, Mintel, BloombergNEF), the press signed and unsigned (Autocar, What Car?, Electrive, Automotive
News Europe, the Financial Times, BBC News), social posts, videos, podcasts and undated pages; German names with
umlauts and "von", Swedish names with å, ä and ö, Chinese and Japanese names family name first as their owners print
them), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind217" half (``--halves blind217,blind217-more``, 100 + 300 reports, seeds 221000-221399) is a
two-hundred-and-seventeenth independent measurement, held out for its first tables (measured by its writer in stop
45), development data since stop 46: written by a two-hundred-and-seventeenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind217_works.py and blind217_text.py), as marketers
in Ethiopia, Kenya, Rwanda and Somalia and their diaspora (Addis Ababa, Hawassa, Bahir Dar, Nairobi, Mombasa, Kisumu,
Kigali, Hargeisa, Mogadishu; London, Minneapolis, Washington DC, Toronto, Stockholm) at banks, mobile-money and
fintech firms, airlines, coffee and tea exporters, breweries, telecoms, flower growers, NGOs and agencies write CIM
Level 6 and 7 reports and MBA assignments in English (the Ethiopian calendar and its years (2016 E.C.), Enkutatash on
11 September, Meskel (27 September), Eid and Ramadan, prices in birr, shillings and francs (ETB 150, KSh 1,000, RWF
500), M-PESA's launch (2007), paybill, till and USSD codes (Paybill 247247, *334#), proclamations with numbers and
years (Proclamation No. 1205/2020), founding years (Ethiopian Airlines (1945), Safaricom (1997)), the Grand Ethiopian
Renaissance Dam (2011), marathon results, coffee grades and harvests (Yirgacheffe Grade 1, the 2022/23 harvest), tea
auctions, flower tonnages, PO boxes and addresses (P.O. Box 1234-00100), Umuganda, Kwibohora (4 July), Madaraka and
Jamhuri Day, stock tickers (NSE: SCOM), awards (the Marketing Society of Kenya Warrior Awards 2022), people's titles
(Ato, W/ro, Dr, Hon., Mzee), academic and fiscal years (2023/24), censuses, exchange and inflation figures, flights,
handles, samples, figures, quarters, course codes and national plans (Vision 2030), which are no citations);
textbooks (Pearson, Routledge, Macmillan Education East Africa), chapters, journals with up to eight authors and DOIs
(African Journal of Business Management, Journal of African Business, Journal of Marketing Management), theses (Addis
Ababa University, the University of Nairobi, Strathmore, the University of Rwanda, KCA University), conference
papers, statistics offices, central banks and regulators (the Ethiopian Statistical Service, the National Bank of
Ethiopia, the Communications Authority of Kenya, KNBS, the Central Bank of Kenya, the Rwanda Development Board, NISR;
abbreviations; bodies with two works of a year), laws and proclamations under the state that made them (Proclamation
No. 1238/2021, the Data Protection Act, 2019 (Kenya)), firms' pages and annual reports (Ethiopian Airlines Group,
Ethio Telecom, Safaricom PLC, Equity Group, KCB Group, Commercial Bank of Ethiopia, Dashen Bank, MTN Rwanda, Hormuud
Telecom, Dahabshiil, Bralirwa, East African Breweries PLC; "&", apostrophes), market research with years (GeoPoll,
Ipsos Kenya, TIFA), the press signed and unsigned (Addis Standard, The Reporter Ethiopia, Business Daily Africa, the
Daily Nation, The New Times, Hiiraan Online), social posts, videos, podcasts and undated pages; Ethiopian and
Eritrean names (a given name and the father's given name, no surname: cited by the first name or written whole, as in
Abebe Bikila), Somali names (Mohamed Abdi Hassan, Xasan), Kenyan names (Wanjiru, Otieno, Ndung'u, arap Moi) and
Rwandan names (Uwimana, Habimana)), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind218" half (``--halves blind218,blind218-more``, 100 + 300 reports, seeds 222000-222399) is a
two-hundred-and-eighteenth independent measurement, held out for its first tables (measured by its writer in stop
45), development data since stop 46: written by a two-hundred-and-eighteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind218_works.py and blind218_text.py), as marketers
at supermarkets, discounters, convenience chains, online grocers, food and drink brands and their agencies in the UK,
Ireland, Germany and Australia (Tesco, Sainsbury's, Asda, Aldi, Lidl, Ocado, Co-op, Dunnes Stores, SuperValu, Rewe,
Edeka, Woolworths, Coles; category, trade, loyalty and retail-media teams) write CIM Level 6 and 7 reports and MBA
assignments in English (grocery market shares with periods (12 weeks to 23 April 2023), loyalty and price-match
schemes with launch years (Clubcard (1995), Nectar (2002), Aldi Price Match), multibuys, meal deals and prices in
pounds, euros and Australian dollars, store counts and openings (Aldi's 1,000th store (2022)), the HFSS rules
(October 2022), the sugar levy (2018), the plastic bag charge (2015) and the Groceries Supply Code of Practice
(2010), German rules (LkSG, Pfand), deposit return schemes, recalls with dates, own-label ranges and launch years
(Tesco Finest (1998)), food inflation by month (19.1% in March 2023), Christmas adverts by year (Kevin the Carrot
(2016)), barcodes and product codes (EAN 5000168001234), Red Tractor and Fairtrade with years, awards (The Grocer
Gold Awards 2023, Which? Supermarket of the Year 2024), people's titles (CEO, Category Director), financial years
(FY2023/24), periods and weeks (P10, week 52), founding and merger years, sustainability targets, retail-media
launches, hashtags, Eircodes and postcodes, samples and cross-references, which are no citations); retail and
food-marketing textbooks (Kogan Page, Pearson, Routledge, Sage), chapters, journals with up to eight authors and DOIs
(Journal of Retailing and Consumer Services, International Journal of Retail & Distribution Management, British Food
Journal, Journal of Retailing), theses (Stirling, Surrey, Ulster, University College Dublin, Monash), EAERCD and AMA
conference papers, regulators and public bodies (the Competition and Markets Authority, the Groceries Code
Adjudicator, the Food Standards Agency, Defra, the Department of Health and Social Care, Bord Bia, the
Bundeskartellamt, the ACCC; "&" and abbreviations; bodies with two works of a year), trade bodies and charities (IGD,
the British Retail Consortium, WRAP, the Food Foundation, The Trussell Trust), grocers' pages and annual reports
(Tesco PLC, J Sainsbury plc, Asda Stores Ltd, Aldi UK, Lidl GB, Ocado Group plc, Dunnes Stores, Musgrave, Woolworths
Group, Coles Group), market research with years (Kantar Worldpanel, NielsenIQ, Circana, Mintel, Which?), the grocery
press signed and unsigned (The Grocer, Retail Gazette, Checkout, The Irish Times, BBC News), social posts, videos,
podcasts and undated pages; British, Irish (Ó Súilleabháin, Ní Chonaill, Mac Giolla Phádraig), German (Müller, Weiß,
Großmann) and Australian names), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind219" half (``--halves blind219,blind219-more``, 100 + 300 reports, seeds 223000-223399) is a
two-hundred-and-nineteenth independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 46: written by a two-hundred-and-nineteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind219_works.py and blind219_text.py), as marketers
at construction firms, architecture practices, engineering consultancies, building-materials and HVAC manufacturers,
proptech start-ups and builders' merchants in the UK, Ireland, the Nordics and the Gulf (Balfour Beatty, Kier, Arup,
Mott MacDonald, Kingspan, Travis Perkins, Velux, Skanska, Saint-Gobain, Aldar) write CIM Level 6 and 7 reports and
MBA assignments in English (standards with years and parts (BS EN 1991-1-1:2002, ISO 19650-2:2018, PAS 2035:2019, BS
8414-2), building regulations and approved documents with editions and amendments (Approved Document B (2019
edition), Part L (2021)), the Building Safety Act 2022 and CDM 2015, RIBA Plan of Work stages (Stage 4, 2020),
contract forms with years (NEC4 (2017), JCT 2016, the FIDIC Red Book (1999)), BREEAM, LEED and EPC ratings, BIM
levels, projects with completion years (The Shard (2012), the Elizabeth line (2022), HS2 Phase 1, Burj Khalifa
(2010), Sara Kulturhus (2021)), contract sums in pounds, dirhams, kronor and euros, U-values, fire classes and
product specifications (0.18 W/m²K, A2-s1,d0), product codes and declarations of performance, addresses and
postcodes, awards (the Stirling Prize 2023, the Construction News Awards 2024), post-nominals (CEng, MRICS, FRIBA,
Eur Ing), financial years, quarters and halves, PMI readings, founding years, net-zero targets, framework lots, CPD
hours, software versions, hashtags, samples and cross-references, which are no citations); construction and
industrial-marketing textbooks (Routledge, Wiley-Blackwell, ICE Publishing, RIBA Publishing), chapters, journals with
up to eight authors and DOIs (Construction Management and Economics; Engineering, Construction and Architectural
Management; Building Research & Information; Industrial Marketing Management), theses (Loughborough, Reading,
Heriot-Watt, the UCL Bartlett, KTH, Chalmers, Aalto), ARCOM and CIB World Building Congress papers, public bodies and
regulators (CITB, the HSE, the Building Safety Regulator, DLUHC, Homes England, the CMA, Boverket, Dubai
Municipality; bodies with two works of a year), standards bodies (BSI, CEN, ISO), trade bodies (the Construction
Products Association, RIBA, RICS, CIOB, the Builders Merchants Federation, the UK Green Building Council, BRE), the
Grenfell Tower Inquiry and the Hackitt review, firms' pages, annual reports and investor decks (Balfour Beatty plc,
Kier Group plc, Kingspan Group plc, Skanska AB, Aldar Properties PJSC, Turner & Townsend, Lloyd's Register), market
research with years (Glenigan, Barbour ABI, AMA Research, Mintel, GlobalData), the construction press signed and
unsigned (Construction News, Building, The Architects' Journal, Construction Enquirer, the Financial Times, BBC News,
Gulf News, Dagens Industri), LinkedIn posts, videos, podcasts and undated pages; British, Irish (Ó Briain, Mac Aodha,
Ní Mhurchú), Nordic (Åkesson, Sørensen, Häkkinen, Løvås) and Arabic (Al-Hashimi, al-Suwaidi, bin Sulayem) names),
with fifty kinds of decoy. While held out, we reported its tables only.

The "blind220" half (``--halves blind220,blind220-more``, 100 + 300 reports, seeds 224000-224399) is a
two-hundred-and-twentieth independent measurement, held out for its first tables (measured by its writer in stop 46),
development data since stop 46: written by a two-hundred-and-twentieth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind220_works.py and blind220_text.py), as marketers
in Central America and its diaspora (Guatemala City, Quetzaltenango, San Salvador, Tegucigalpa, San Pedro Sula,
Managua, San José, Heredia, Panama City, Colón, Belize City; Los Angeles, Houston, Miami, Washington DC, Madrid) at
banks and cooperatives, remittance firms, coffee, banana and sugar exporters, breweries, telecoms, retailers, tourism
boards and agencies write CIM Level 6 and 7 reports and MBA assignments in English (founding years (Pollo Campero
(1971), Copa Airlines (1947), Banco Industrial (founded 1968)), the Panama Canal (1914), its expansion (2016) and
handover (1999), laws and decrees with numbers (Decreto 57-2008, Ley 8968, Acuerdo Gubernativo 307-2023), prices,
exchange rates and remittances in quetzales, colones, lempiras, córdobas, balboas and dollars (Q25, ₡5.000, L 350,
US$1,250), coffee harvests and grades (the 2022/23 harvest, SHB, Cup of Excellence 2021 scores), the sugar zafra and
banana boxes, CAFTA-DR (2004) and its entry into force, independence days (15 September 1821) and festivals (Semana
Santa, the Festival de la Luz 2023), hurricanes, earthquakes and eruptions (Eta and Iota (2020), Mitch (1998)), phone
and WhatsApp numbers (+502, +506), addresses, zones and apartados (Apartado Postal 123-1000), tickers and ratings
(NYSE: CPA, AA+(gtm)), awards (Effie Centroamérica 2022, Cannes Lions 2023 Bronze), people's titles (Lic., Licda.,
Ing., Dra., Doña), fiscal, academic and harvest years (2023/24), dollarisation (2001), population and tourism figures
with years, diaspora counts, pack sizes, store counts, routes (PTY–LAX), app versions, hashtags, slogans and a
country with a year, which are no citations); textbooks (Pearson Educación, McGraw-Hill Interamericana, Routledge,
Sage, EUNED), chapters, journals with up to eight authors and DOIs (Revista de Ciencias Sociales, Academia Revista
Latinoamericana de Administración, Journal of Business Research, International Marketing Review), theses (Universidad
de San Carlos de Guatemala, INCAE Business School, Universidad de Costa Rica, UCA El Salvador, Universidad
Tecnológica de Panamá), CLADEA and BALAS papers, central banks, statistics institutes, regulators and tourism boards
(the Banco de Guatemala, the INE, SUGEF, the Autoridad de Turismo de Panamá, PROCOMER, the ICT, ECLAC/CEPAL, SIECA,
the Inter-American Development Bank; abbreviations; bodies with two works of a year), laws under the congress or
assembly that passed them, firms' pages and annual reports (Banco Industrial, BAC Credomatic, Banco Agrícola,
Banistmo, Grupo Pantaleon, Cervecería Centro Americana, Florida Ice & Farm Co., Tigo, Claro, Copa Airlines, Pollo
Campero, Walmart México y Centroamérica, Café Britt; "&", apostrophes), market research with years (Kantar
Centroamérica, Ipsos, CID Gallup, Latinobarómetro), the press signed and unsigned (Prensa Libre, La Nación, La Prensa
Gráfica, El Heraldo, La Prensa, EFE), social posts, videos, podcasts and undated pages; two surnames (García
Márquez), particles (de León, del Valle), hyphens (Sánchez-Cerén), K'iche' and Kaqchikel names (Tz'ul, Q'anil) and
English-Creole names from Belize and the Caribbean coast), with fifty-seven kinds of decoy. While held out, we
reported its tables only.

The "blind221" half (``--halves blind221,blind221-more``, 100 + 300 reports, seeds 225000-225399) is a
two-hundred-and-twenty-first independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 46: written by a two-hundred-and-twenty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind221_works.py and blind221_text.py), as marketers
at publishers, newspapers, magazines, podcast networks, bookshops, audiobook and streaming services and literary
agencies in the UK, Ireland, the United States and Australia (Penguin Random House, HarperCollins, Bloomsbury, Faber
& Faber, Hachette UK, Pan Macmillan, Waterstones, Audible, Spotify, Reach plc, Guardian Media Group, Condé Nast,
Future plc) write CIM Level 6 and 7 reports and MBA assignments in English (books and their years as subjects (Harry
Potter and the Philosopher's Stone (1997), Normal People (2018)), authors and titles as products (Sally Rooney's
Intermezzo (2024)), BookTok hits, prize shortlists, podcast series and episodes (Serial (2014), The Rest Is Politics,
episode 212), print runs, copies sold and prices (£8.99 RRP, $28.00), ISBNs and ISSNs, circulation with periods (ABC,
July–December 2023), audience figures, mastheads and launch years (the i (2010), Metro (1999)), paywalls and
subscription launches, World Book Day and Super Thursday, the Net Book Agreement (1900–1997), the Booker Prize, the
British Book Awards and the Pulitzer Prize with years, bestseller-list positions and weeks, people's titles
(Publisher, Editor-in-Chief, Dame, Sir), financial years (FY2023/24), stock tickers, adaptations, festivals and book
fairs with dates, book-club picks (Richard & Judy), rights deals, advances and royalties, formats, page counts,
magazine issues, cover prices, Acts, Public Lending Right, age ranges, sales events, anniversaries, founding years,
hashtags, shares, store counts, samples and cross-references, which are no citations); publishing and media textbooks
(Routledge, Bloomsbury Academic, Sage, Oxford University Press), chapters, journals with up to eight authors and DOIs
(Publishing Research Quarterly, Digital Journalism, Journalism Practice, Journal of Media Business Studies, Journal
of Marketing Management), theses (Oxford Brookes, Stirling, UCL, City, University of London, Kingston), London and
Frankfurt Book Fair papers, regulators and public bodies (Ofcom, IPSO, the CMA, the ASA, DCMS, the British Library,
Arts Council England; abbreviations; bodies with two works of a year), trade bodies and charities (The Publishers
Association, the Booksellers Association, the Reuters Institute, the National Literacy Trust, the Society of Authors,
the Audio Publishers Association), publishers' and media groups' pages, annual reports and investor decks ("&",
"plc", "Inc.", "S.A."), market research with years (Nielsen BookScan, Circana BookScan, YouGov, Edison Research,
Mintel), the press signed and unsigned (The Bookseller, Press Gazette, the Guardian, the New York Times, BBC News),
social posts, videos, podcast episodes and undated pages; British, Irish (Ó Súilleabháin, Ní Chonaill, Mac Con
Iomaire), American and Australian names), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind222" half (``--halves blind222,blind222-more``, 100 + 300 reports, seeds 226000-226399) is a
two-hundred-and-twenty-second independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 46: written by a two-hundred-and-twenty-second hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind222_works.py and blind222_text.py), as
marketers at gym chains, boutique studios, leisure trusts, fitness apps, wearables makers, sports-nutrition brands
and running and cycling events in the UK, Ireland, the Netherlands, Australia and the United States (PureGym, The Gym
Group, David Lloyd Clubs, Better, Les Mills, Peloton, Strava, WHOOP, Garmin, Myprotein, Huel, parkrun) write CIM
Level 6 and 7 reports and MBA assignments in English (membership prices, joining fees and contract terms (£24.99 a
month, no contract, 12-month minimum), class and programme names with launch years (BODYPUMP (1990), Couch to 5K
(2007), F45 Training (2013)), events and their editions (the London Marathon 2024, the Great North Run (1981), the
first parkrun at Bushy Park (2004), Tour de France 2023 stage 4), wearables and models (Apple Watch Series 9, WHOOP
4.0, Garmin Forerunner 965), steps, VO2 max, activity minutes, grams of protein and kcal, the UK Chief Medical
Officers' guidelines (2019), the sugar tax (2018) and the HFSS rules (October 2022), club counts and openings, app
versions and ratings, race times and targets (2:01:09, sub-20 5K), franchise and entry fees, Olympic and Commonwealth
Games (Paris 2024, Birmingham 2022), awards (the ukactive Awards 2023), people's titles (PT, Level 3 Personal
Trainer, CEO), financial years (FY2023/24), quarters (Q1 2024), member numbers, churn, NPS, tickers, discount codes,
handles and hashtags, age categories, plan weeks, qualifications, opening hours and serving sizes, which are no
citations); sport-management textbooks (Routledge, Human Kinetics, Sage, Kogan Page), chapters, journals with up to
eight authors and DOIs (Sport Management Review, Journal of Sport Management, International Journal of Sports
Marketing and Sponsorship, Psychology of Sport and Exercise, British Journal of Sports Medicine), theses
(Loughborough, Leeds Beckett, Stirling, Ulster, Deakin, Victoria University), EASM, NASSM and SMAANZ papers, public
bodies and regulators (Sport England, Sport Ireland, sportscotland, DCMS, OHID, the ASA, the CMA, the FSA, the WHO;
abbreviations; bodies with two works of a year), trade bodies and charities (ukactive, CIMSPA, EuropeActive, Health &
Fitness Association, parkrun, the Youth Sport Trust), operators' pages, annual reports and investor decks ("Ltd",
"plc", "Inc.", an apostrophe), market research with years (Leisure DB, Mintel, Deloitte, Kantar, YouGov, Statista),
the press signed and unsigned (Health Club Management, Leisure Opportunities, the Guardian, BBC Sport, Runner's
World), social posts, videos, podcast episodes and undated pages; British, Irish (Ó Súilleabháin, Ní Bhriain), Dutch
(van der Meer, de Jong), Australian and American names), with fifty-two kinds of decoy. While held out, we reported
its tables only.

The "blind223" half (``--halves blind223,blind223-more``, 100 + 300 reports, seeds 227000-227399) is a
two-hundred-and-twenty-third independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 46: written by a two-hundred-and-twenty-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind223_works.py and blind223_text.py), as marketers
in Malta, Gibraltar, Jersey and Guernsey and their diaspora (Valletta, Sliema, St Julian's, Mdina, Gozo, Gibraltar,
St Helier, St Peter Port; London, Melbourne, Toronto) at banks and funds, iGaming and payments firms, insurers,
hotels and tourism boards, airlines, telecoms, retailers, breweries and agencies write CIM Level 6 and 7 reports and
MBA assignments in English (laws by chapter and year (Cap. 440, Chapter 371 of the Laws of Malta), Independence Day
(21 September 1964), Freedom Day (31 March 1979), Republic Day, EU accession (2004) and the euro (2008), Valletta
2018, festas and feast days with dates (St Paul's Shipwreck, 10 February), Liberation Day (9 May 1945), Gibraltar's
National Day (10 September), the 1967 and 2002 referendums and the Brexit vote, visitor, GDP and population figures
with periods, MGA licence numbers and classes, company numbers (C 12345), phone numbers with country codes, postcodes
(VLT 1117, GX11 1AA, JE2 4WF), ferry and flight routes and launches (Virtu Ferries (since 2001), KM Malta Airlines'
first flight (31 March 2024)), prices in euros and pounds, stock tickers (MSE: BOV), awards (Malta Marketing Awards
2023, Jersey Tourism Awards 2022), people's titles (Hon., Dr, Perit, Advocate, Connétable, Jurat, Deputy), financial
years (FY2023/24), World Heritage inscriptions, historic dates, the FATF grey list, tax rates, island currencies,
festivals and iGaming conferences, handles, addresses, samples, market shares, founding years, branch counts,
slogans, diaspora facts and Maltese phrases, which are no citations); textbooks (Routledge, Pearson, Sage, Malta
University Press), chapters, journals with up to eight authors and DOIs (Journal of Marketing Management, Tourism
Management, Island Studies Journal, Small States & Territories, Journal of Financial Regulation and Compliance),
theses (Malta, Gibraltar, Exeter, Bournemouth, Surrey), Islands of the World and EMAC papers, regulators and public
bodies (MFSA, MGA, Malta Tourism Authority, NSO, Central Bank of Malta, HM Government of Gibraltar, GFSC, Jersey
Financial Services Commission, Statistics Jersey, States of Guernsey; bodies with two works of a year), laws from
legislation.mt, gibraltarlaws.gov.gi and jerseylaw.je, company pages and annual reports (Bank of Valletta p.l.c.,
HSBC Bank Malta p.l.c., GO p.l.c., Farsons, Gibtelecom, Jersey Electricity, Betsson, Kindred), market research with
years (MISCO, Ipsos Malta, Kantar, H2 Gambling Capital), the press signed and unsigned (Times of Malta, Malta
Independent, Lovin Malta, Gibraltar Chronicle, Jersey Evening Post, Guernsey Press, BBC Jersey), social posts,
videos, podcasts and undated pages; Maltese names with ċ, ġ, ħ, ż and għ (Żammit, Ċassar, Għirlando, Buħagiar),
Gibraltarian names of Genoese, Spanish and British descent (Caruana, Picardo, Bossano) and Jersey and Guernsey names
with Le, de and du (Le Sueur, de Gruchy, du Feu)), with fifty-three kinds of decoy. While held out, we reported its
tables only.

The "blind224" half (``--halves blind224,blind224-more``, 100 + 300 reports, seeds 228000-228399) is a
two-hundred-and-twenty-fourth independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 46: written by a two-hundred-and-twenty-fourth hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind224_works.py and blind224_text.py), as
marketers at toy makers, games and puzzle publishers, children's publishers and licensing agencies, baby and nursery
brands, toy retailers and children's entertainment studios in the UK, Denmark, Germany, the United States and Japan
(LEGO, Mattel, Hasbro, Bandai Namco, Ravensburger, Playmobil, Smyths Toys, The Entertainer, Hamleys, Moonpig,
Mothercare, Entertainment One) write CIM Level 6 and 7 reports and MBA assignments in English (toys and sets with
launch years (Barbie (1959), the LEGO Millennium Falcon 75192 (2017)), set numbers and SKUs, age grades (3+, 18+),
warning labels, safety marks and toy standards (UKCA, CE, EN 71-1:2014+A1:2018, ASTM F963-17), toy fairs (Toy Fair
2024 at Olympia, Spielwarenmesse Nuremberg 2023), awards and DreamToys lists, films, series and licences with years
(the Barbie film (2023), Bluey (2018)), Christmas and the Golden Quarter, prices, promotions and Black Friday, view
counts and unboxing videos, the Online Safety Act 2023, the Children's Code (2021), toy regulations, UK GDPR and
COPPA, patents and trade marks (LEGO's brick patent (1958)), store openings and counts (Hamleys on Regent Street
(1881)), founding years, tickers (NASDAQ: MAT, TYO: 7832), people's titles (Chief Play Officer, Head of Licensing),
financial years, quarters and halves, currency figures, market sizes, samples and cross-references, campaigns,
anniversaries, addresses, seasons, video games, children's books and app versions, which are no citations); textbooks
(Routledge, Kogan Page, Sage, Bloomsbury), chapters, journals with up to eight authors and DOIs (Young Consumers,
Journal of Consumer Research, Journal of Children and Media, International Journal of Advertising, Journal of
Business Research), theses (Sheffield, Bournemouth, Copenhagen Business School, Aarhus, Nottingham Trent), Toy Fair
and ICA papers, regulators and public bodies (the ASA, CAP, OPSS, Ofcom, the ICO, the CMA, the European Commission,
the US Federal Trade Commission; abbreviations; bodies with two works of a year), trade bodies and charities (the
British Toy & Hobby Association, Toy Industries of Europe, The Toy Association, Childnet, the NSPCC, the National
Literacy Trust), toy companies' pages, annual reports and investor decks ("Inc.", "AG", "plc", "Corp."), market
research with years (Circana, NPD Group, Mintel, Kantar, Euromonitor, Statista), the press signed and unsigned (Toy
World, Toys n Playthings, Licensing Source, Campaign, the Guardian, BBC News), social posts, videos, podcasts and
undated pages; Danish names with æ, ø and å (Jørgensen, Kjærgaard), German names with umlauts and "von" (Müller, von
Hagen) and Japanese names as their owners print them (Itō, Ōno)), with forty-nine kinds of decoy. While held out, we
reported its tables only.

The "blind225" half (``--halves blind225,blind225-more``, 100 + 300 reports, seeds 229000-229399) is a
two-hundred-and-twenty-fifth independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 47: written by a two-hundred-and-twenty-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind225_works.py and blind225_text.py), as marketers
in later-life services in the UK, Ireland, Australia and Canada (care-home groups and home-care providers, retirement
villages, funeral directors and funeral-plan firms, equity-release and annuity providers, hearing-aid and mobility
retailers and age charities: Care UK, HC-One, Barchester, Anchor, McCarthy Stone, Audley Villages, Dignity, Co-op
Funeralcare, Pure Cremation, Just Group, Legal & General, Specsavers Audiology, Amplifon, Age UK, Independent Age)
write CIM Level 6 and 7 reports and MBA assignments in English (weekly and yearly care fees, direct cremation and
funeral prices (£1,395, £4,141 in 2023), inspection ratings with dates (rated Good by the CQC (2023), Outstanding
(May 2022)), bed and home counts, the State Pension age (66 from 2020), the triple lock (2010), pension freedoms
(April 2015), the cap on care costs and its delays, the Dilnot Commission (2010-11), the Care Act 2014, the
funeral-plan rules of 29 July 2022, equity-release rates and ages (6.5% fixed, 55+), hearing-aid models and
generations (Phonak Lumity (2022), Oticon Intent (2024)), Dementia Action Week, Carers Week, Remembrance Sunday and
Dying Matters Awareness Week with dates, birthdays (1923-2023), open days, awards (the Great British Care Awards, the
Funeral Awards 2024), people's titles (RGN, Registered Manager, Funeral Director, CEO, Dame), financial years,
quarters, occupancy, benefit and wage rates, helplines, tickers, hashtags, campaigns, anniversaries, addresses and
visiting hours, which are no citations); textbooks (Routledge, Policy Press, Sage, Kogan Page), chapters, journals
with up to eight authors and DOIs (Ageing & Society, The Gerontologist, Journal of Aging Studies, International
Journal of Consumer Studies, Journal of Services Marketing, Mortality), theses (Keele, Stirling, Kent, Sheffield,
Trinity College Dublin, Monash), British Society of Gerontology and AMA papers, regulators and public bodies (the
CQC, the Care Inspectorate, HIQA, the FCA, the CMA, DHSC, the ONS, NICE, the Money and Pensions Service, the Aged
Care Quality and Safety Commission; abbreviations; bodies with two works of a year), trade bodies and charities (Age
UK, Independent Age, Alzheimer's Society, NAFD, SAIF, the Equity Release Council, the Homecare Association, Care
England, the Centre for Ageing Better), care, funeral and finance companies' pages, annual reports and investor decks
("plc", "S.p.A.", "&"), market research with years (LaingBuisson, Key Retirement, Sun Life, Mintel, YouGov, Ipsos),
the press signed and unsigned (Care Home Professional, Funeral Service Times, Which?, the Guardian, BBC News, the
Financial Times), social posts, videos, podcasts and undated pages; Irish names with Ó, Ní and fadas (Ó Súilleabháin,
Ní Léime), Scottish Mac and Mc names, Welsh names (ap Gwilym, Prys-Jones) and French-Canadian names with accents
(Côté, Bélanger)), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind226" half (``--halves blind226,blind226-more``, 100 + 300 reports, seeds 230000-230399) is a
two-hundred-and-twenty-sixth independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 47: written by a two-hundred-and-twenty-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind226_works.py and blind226_text.py), as marketers
in Bolivia, Ecuador and Paraguay and their diaspora (La Paz, El Alto, Santa Cruz de la Sierra, Cochabamba, Sucre,
Quito, Guayaquil, Cuenca, Asunción, Ciudad del Este, Encarnación; Madrid, Buenos Aires, São Paulo, New York, Milan)
at banks and cooperatives, mobile operators, breweries, supermarkets, cacao, coffee, quinoa, banana and shrimp
exporters, airlines, tourism boards and agencies write CIM Level 6 and 7 reports and MBA assignments in English
(founding years (Cervecería Boliviana Nacional (1886), Banco Pichincha (1906), Pil Andina (1996)), prices, wages,
tariffs, exchange rates and remittances in bolivianos, US dollars and guaraníes (Bs 35, US$2.50, ₲ 15.000),
dollarisation (2000), the Itaipu dam (1984) and its treaty (1973), laws and decrees with numbers and years (Ley 164
(2011), Decreto Supremo 1793 (2013)), festivals and holidays with dates (Carnaval de Oruro (UNESCO, 2001), Inti Raymi
(21 June), Alasitas (24 January), the Fiestas de Quito (6 December), independence days), the Dakar Rally in Bolivia
(2014–2018), cacao, quinoa and coffee grades, harvests and awards (Arriba Nacional, the International Year of Quinoa
(2013), Cup of Excellence 2022), shrimp and banana export tonnages, Mi Teleférico's lines (Red Line (2014)), phone
numbers with +591, +593 and +595, casillas and addresses, tickers (BBV, BVQ), awards (Effie Ecuador 2023, Premios
Maya 2022), people's titles (Lic., Ing., Dr., Dra., Econ., Abg., Don, Doña), academic and fiscal years (2023/24),
censuses, flight routes, altitudes, store counts, trade fairs, match days and samples, which are no citations);
textbooks (Pearson Educación, McGraw-Hill Interamericana, Routledge, Sage), chapters, journals with up to eight
authors and DOIs (Revista Venezolana de Gerencia, Innovar, Academia Revista Latinoamericana de Administración,
Journal of Business Research, Latin American Business Review), theses (Universidad Mayor de San Andrés, Universidad
Católica Boliviana, Pontificia Universidad Católica del Ecuador, ESPOL, Universidad San Francisco de Quito,
Universidad Nacional de Asunción), CLADEA and BALAS papers, statistics offices, central banks, regulators, ministries
and development banks (INE, INEC, Banco Central del Ecuador, Banco Central del Paraguay, ASFI, the Superintendencia
de Bancos, ARCOTEL, the Ministerio de Turismo, ProEcuador, the IDB, CAF, CEPAL; abbreviations; bodies with two works
of a year), laws and decrees cited by the assembly or state that passed them (Ley 393 de Servicios Financieros
(2013), Decreto Supremo 4218, the Ley Orgánica de Protección de Datos Personales (2021)), company pages and annual
reports (Banco Pichincha, Banco Guayaquil, BancoSol, Banco Nacional de Bolivia, Tigo, Entel Bolivia, Claro Ecuador,
Cervecería Boliviana Nacional, Pil Andina, Corporación Favorita, Pronaca, Boliviana de Aviación, Itaipu Binacional;
"&" and apostrophes), market research with years (Kantar IBOPE Media, Ipsos Ecuador, Cifras & Conceptos,
Latinobarómetro), the press signed and unsigned (Página Siete, Los Tiempos, El Deber, El Comercio, El Universo, ABC
Color, Última Hora, EFE), social posts, videos, podcasts and undated pages; two surnames (Ordóñez Huarachi),
particles (de la Torre, del Castillo), Quechua and Aymara surnames (Mamani, Quispe, Condori, Huanca, Choque, Apaza,
Ticona), Kichwa names (Tituaña, Pilataxi) and Guaraní names (Ñamandú, Tupã)), with fifty kinds of decoy. While held
out, we reported its tables only.

The "blind227" half (``--halves blind227,blind227-more``, 100 + 300 reports, seeds 231000-231399) is a
two-hundred-and-twenty-seventh independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 47: written by a two-hundred-and-twenty-seventh hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind227_works.py and blind227_text.py), as
marketers at aerospace, defence and space firms and their suppliers in the UK, France, Germany, Italy, Sweden and the
United States (BAE Systems, Airbus, Rolls-Royce, Leonardo, Thales, Saab, Babcock, QinetiQ, GKN Aerospace, Spirit
AeroSystems, Surrey Satellite Technology, OneWeb, Orbex, Reaction Engines, Boeing, Lockheed Martin) write CIM Level 6
and 7 reports and MBA assignments in English on B2B, government and employer-brand marketing (aircraft and engines
with service entry and first flights (the A320neo (2016), the Trent XWB (2013), the Eurofighter Typhoon (2003), the
F-35B (STOVL variant)), programmes with launch years (GCAP/Tempest (2018), AUKUS (2021), Skynet 6A), air shows and
exhibitions (Farnborough International Airshow 2024, the Paris Air Show 2023, DSEI 2023, RIAT), contract values,
orders and support deals (£4.2bn, 150 aircraft, a 10-year support deal), satellite launches and orbits (launched 8
March 2023, 550 km LEO), standards and approvals (AS9100D (2016), ISO 14001:2015, EASA Part 21, MIL-STD-810H, DEF
STAN 00-55), defence reviews, budgets and GDP targets (the Integrated Review Refresh 2023, 2.5% of GDP by 2027), NATO
summits (Vilnius 2023), NSNs and part numbers, clearances (SC, DV), apprentice intakes, tickers (LON: BA., EPA: AIR,
NYSE: LMT), awards (the SBAC Awards 2023, the Queen's Award for Enterprise 2022), ranks, post-nominals and titles
(Air Marshal, Group Captain, CEng, FRAeS, CEO), financial years, quarters and halves, EU regulations, export
controls, TRLs, spaceports and launch missions, squadrons, tranches and blocks, salaries, headcounts, exchange rates,
samples and cross-references, which are no citations); textbooks (Routledge, Wiley, Kogan Page, AIAA), chapters,
journals with up to eight authors and DOIs (Industrial Marketing Management, Journal of Business & Industrial
Marketing, Defence and Peace Economics, Journal of Air Transport Management, Space Policy, Acta Astronautica), theses
(Cranfield, Bristol, Southampton, Strathclyde, ISAE-SUPAERO, TU Delft, KTH), IAC, RAeS and AIAA SciTech papers,
public bodies and regulators (the Ministry of Defence, Defence Equipment & Support, the UK Space Agency, the CAA,
ESA, EASA, the Department for Business and Trade, NATO, SIPRI, the US Department of Defense, the FAA; abbreviations;
bodies with two works of a year), trade bodies (ADS Group, the Aerospace Technology Institute, the Royal Aeronautical
Society, UKspace, ASD Europe, the Aerospace Industries Association), company pages, annual reports and investor decks
("plc", "PLC", "SE", "S.p.A.", "AB", "Ltd", "Corporation"), market research with years (Teal Group, Oliver Wyman,
Deloitte, Euroconsult, Forecast International, Mintel), the trade and national press signed and unsigned (Flight
Global, Aviation Week, Janes, Defense News, SpaceNews, the Financial Times, BBC News), social posts, videos, podcasts
and undated pages; Swedish names with å, ä and ö (Åkesson, Sjöström, Håkansson), French names with particles (de
Villiers, du Pont, Le Roux), Italian and German names (D'Amico, Castellani, Schäfer, von Hagen)), with fifty-six
kinds of decoy. While held out, we reported its tables only.

The "blind228" half (``--halves blind228,blind228-more``, 100 + 300 reports, seeds 232000-232399) is a
two-hundred-and-twenty-eighth independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 47: written by a two-hundred-and-twenty-eighth hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind228_works.py and blind228_text.py), as
marketers in Fiji, Samoa, Tonga, Vanuatu and the Solomon Islands and their diaspora (Suva, Nadi, Lautoka, Apia,
Nukuʻalofa, Port Vila, Honiara; Auckland, Sydney, Brisbane, Salt Lake City, Honolulu) at banks and remittance firms,
telecoms, airlines, resorts and tourism boards, breweries, kava and water exporters, retailers and NGOs write CIM
Level 6 and 7 reports and MBA assignments in English (prices and remittances in Fiji dollars, tālā, paʻanga and vatu
(FJ$25, WS$10, T$5, VT 1,000), kava and water exports in tonnes, tourist arrivals (929,740 visitors in 2023),
cyclones (Winston (2016), Harold (2020), Gita (2018)), the Hunga Tonga eruption (15 January 2022), independence days
(10 October 1970, 1 June 1962, 4 June 1970, 30 July 1980), the Pacific Games, the Rugby World Cup and Fiji's Olympic
sevens gold (2016), festivals and church days (the Hibiscus Festival, White Sunday), flight routes (Nadi to Dallas
(2022)), mobile money launches (M-PAiSA (2010)), phone numbers (+679, +685, +676, +678), PO boxes, tickers (SPX:
FIL), awards, chiefly, political, church and company titles (Ratu, Adi, Hon., Dr, Rev., CEO), financial years and
quarters, censuses, cables, exchange rates, cruise calls, border dates, labour schemes, trade agreements, seasons,
pack sizes and licence numbers, which are no citations); textbooks (Pearson, Routledge, Sage, USP Press), chapters,
journals with up to eight authors and DOIs (Pacific Tourism Review, Journal of Pacific Studies, Tourism Management,
Asia Pacific Journal of Marketing and Logistics, Journal of Marketing Management, The Contemporary Pacific), theses
(the University of the South Pacific, Fiji National University, the National University of Samoa, Auckland, Massey,
Griffith), PIURN and ANZMAC papers, statistics offices, central banks and regional bodies (the Fiji Bureau of
Statistics, the Reserve Bank of Fiji, the Central Bank of Samoa, the National Reserve Bank of Tonga, Tourism Fiji,
the Pacific Islands Forum Secretariat, the Pacific Community (SPC), the ADB, the World Bank; abbreviations, "&",
apostrophes; bodies with two works of a year), laws cited by their parliament (the Online Safety Act 2018, the
Telecommunications Act 2008, Decree No. 44), company pages and annual reports (Fiji Airways, Air Vanuatu, Vodafone
Fiji, Digicel Pacific, Fiji Water, BSP Financial Group, Vailima Breweries, Kava Fiji, Fintel, Home Finance Company),
market research with years (Tebbutt Research, Roy Morgan, Kantar, Talanoa Consulting), Pacific news signed and
unsigned (the Fiji Times, Fiji Village, FBC News, the Samoa Observer, Matangi Tonga, the Vanuatu Daily Post, the
Solomon Star, RNZ Pacific, ABC Pacific), social posts, videos, podcasts and undated pages; Fijian and Indo-Fijian
names (Rabuka, Naivalu, Vuniwaqa, Prasad, Chand, Narayan), Samoan and Tongan names with the ʻokina and macrons
(Tuiʻolemotu, Mataʻafa, ʻAkauʻola, Pōhiva), ni-Vanuatu and Solomon Islands names and chiefly titles before the given
name (Ratu, Adi)), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind229" half (``--halves blind229,blind229-more``, 100 + 300 reports, seeds 233000-233399) is a
two-hundred-and-twenty-ninth independent measurement, held out for its first tables (measured by its writer in stop
46), development data since stop 47: written by a two-hundred-and-twenty-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind229_works.py and blind229_text.py), as marketers
at farm-machinery makers and dealers, agritech start-ups, seed, crop-protection and fertiliser firms, animal-feed
makers, agricultural co-operatives and farm-data platforms in the UK, Ireland, Germany, the Netherlands, Denmark, the
United States and New Zealand (John Deere, CLAAS, AGCO, CNH Industrial, Kubota, JCB Agriculture, Bayer Crop Science,
Syngenta, Yara, Corteva, ForFarmers, Agrii, Frontier Agriculture, Gallagher) write CIM Level 6 and 7 reports and MBA
assignments in English on B2B and dealer marketing (tractors and combines with model years and horsepower (the Fendt
1000 Vario (2015), a 2019 John Deere 6R 250, 400 hp), machinery shows (Agritechnica 2023, LAMMA 2024, Cereals 2023,
the Royal Highland Show (2022)), prices and grants in pounds, euros and dollars (the Farming Equipment and Technology
Fund (2022)), yields, areas and commodity prices (8.2 t/ha, feed wheat at £180/t in 2023), schemes and laws with
years (the Sustainable Farming Incentive (2022), the Agriculture Act 2020, the CAP 2023–27, ELMs), pesticide
approvals and fertiliser analyses, seed varieties and recommended lists (KWS Extase (2019), the AHDB Recommended List
2024/25), harvests and drilling, part codes, RTK accuracy and ISOBUS, emissions stages, NVZ rules, herds, feeds and
stocking rates, awards, job titles (Dealer Principal, BASIS- and FACTS-qualified), financial years and quarters,
tickers and hashtags, which are no citations); textbooks (Routledge, CABI, Wiley-Blackwell, Kogan Page), chapters,
journals with up to eight authors and DOIs (Journal of Rural Studies, Agricultural Systems, Precision Agriculture,
Computers and Electronics in Agriculture, Industrial Marketing Management, Journal of Business & Industrial
Marketing), theses (Harper Adams, the Royal Agricultural University, Wageningen, Aarhus, Teagasc and UCD, Lincoln
(NZ), Iowa State), conference papers (the European Conference on Precision Agriculture, the Oxford Farming
Conference, AgriFood Innovation), public bodies and regulators (Defra, the Rural Payments Agency, the HSE, AHDB,
Teagasc, DG AGRI, the USDA, the FAO, the BMEL; bodies with two works of a year), trade bodies and charities (the AEA,
the NFU, the CLA, the AIC, CEMA, the AEM, LEAF, the Farm Safety Foundation), company pages, annual reports and
investor decks (Deere & Company, CLAAS KGaA mbH, CNH Industrial N.V., Corteva, Inc., Yara International ASA), market
research with years (Kynetec, AHDB, Mintel, McKinsey & Company, Statista), the farming and national press signed and
unsigned (Farmers Weekly, Farmers Guardian, Agriland, top agrar, Successful Farming, the Financial Times, BBC News),
social posts, videos, podcasts and undated pages; German names with umlauts and von (Müller, Weiß, von Thünen), Dutch
names with van, de and ter (van der Meer, de Boer, ter Horst), Danish names with æ, ø and å (Bækgaard, Sørensen,
Aagaard), Irish names (Ó Súilleabháin, Ní Fhlatharta, Mac Cárthaigh) and Māori names (Ngata, Pōtae)), with
forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind230" half (``--halves blind230,blind230-more``, 100 + 300 reports, seeds 234000-234399) is a
two-hundred-and-thirtieth independent measurement, held out for its first tables (measured by its writer in stop 46),
development data since stop 47: written by a two-hundred-and-thirtieth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind230_works.py and blind230_text.py), as marketers
at chemical, plastics, coatings and packaging companies and their distributors in the UK, Germany, Belgium, the
Netherlands, Switzerland, India and the United States (BASF, INEOS, Dow, Covestro, Evonik, Solvay, Syensqo, Croda,
Johnson Matthey, AkzoNobel, Sika, Clariant, DS Smith, Mondi, Amcor, Smurfit Westrock, Tetra Pak, Reliance Industries)
write CIM Level 6 and 7 reports and MBA assignments in English on B2B, sustainability and trade marketing (CAS
numbers and formulas (CAS 7732-18-5, C2H4), polymers by their letters (PET, HDPE, PVC), regulations and directives
with years and numbers (REACH (2007), the CLP Regulation (EC) No 1272/2008, the Packaging and Packaging Waste
Regulation (2025), (EU) 2019/904), taxes and EPR (the Plastic Packaging Tax (April 2022)), recycled-content
thresholds and rates (30% recycled content), plant openings, capacities and sites (Ludwigshafen (1865), a
250,000-tonne cracker (2026), Grangemouth), accidents (Bhopal (1984), Flixborough (1974)), standards and schemes (ISO
14001:2015, EN 13432:2000, ISCC PLUS), resin codes and grades (code 1 (PET), LLDPE grade 1018), trade names with
launch years (Gore-Tex (1969), Tetra Brik (1963), Kevlar (1965)), prices and indices (€1,450 per tonne in Q3 2023,
the ICIS PET index), Responsible Care (1985), trade shows (K 2022, Interpack 2023, Chemspec Europe 2024), tickers
(ETR: BAS, LON: CRDA, NSE: RELIANCE), awards (the Packaging Awards 2023, the RSC Prizes 2022), post-nominals and
titles (CChem, FRSC, CEO), financial years and quarters (FY2023/24, Q2 2024), GHS codes, UN and HS numbers,
Incoterms, Indian and US rules, SDGs, deposit schemes, emissions scopes, samples and cross-references, which are no
citations); textbooks (Routledge, Wiley-VCH, Kogan Page, Springer), chapters, journals with up to eight authors and
DOIs (Industrial Marketing Management, Journal of Business & Industrial Marketing, Resources, Conservation and
Recycling, Journal of Cleaner Production, Packaging Technology and Science, Green Chemistry), theses (Manchester,
Imperial College London, Loughborough, RWTH Aachen, KU Leuven, ETH Zürich, ICT Mumbai), International Conference on
Packaging, RSC and ACS papers, public bodies and regulators (the HSE, the Environment Agency, Defra, ECHA, the
European Commission, the US EPA, the Bureau of Indian Standards, the CMA, WRAP; abbreviations; bodies with two works
of a year), trade bodies and charities (the Chemical Industries Association, Cefic, the British Plastics Federation,
Plastics Europe, the Packaging Federation, INCPEN, the Ellen MacArthur Foundation, the Royal Society of Chemistry,
the American Chemistry Council), company pages, annual reports and investor decks ("SE", "S.A.", "Inc.", "AG", "SA",
"Plc", "N.V.", "plc", "Limited"), market research with years (IHS Markit, S&P Global Commodity Insights, ICIS,
Smithers, Mintel, Statista), the chemical, packaging and national press signed and unsigned (Chemistry World, ICIS
Chemical Business, C&EN, Packaging News, European Plastics News, the Financial Times, BBC News), social posts,
videos, podcasts and undated pages; German, Swiss, Belgian, Dutch and Indian names as their owners print them
(Müller, Weiß, Brändli, van den Berg, De Smet, Van Hoof, Deshpande, Kulkarni)), with fifty kinds of decoy. While held
out, we reported its tables only.

The "blind231" half (``--halves blind231,blind231-more``, 100 + 300 reports, seeds 235000-235399) is a
two-hundred-and-thirty-first independent measurement, held out for its first tables (measured by its writer in stop
47), development data since stop 48: written by a two-hundred-and-thirty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind231_works.py and blind231_text.py), as marketers
in Iraq and the Kurdistan Region and their diaspora (Baghdad, Basra, Mosul, Erbil/Hewlêr, Sulaymaniyah/Slêmanî,
Duhok, Najaf, Karbala, Kirkuk; London, Manchester, Malmö, Stockholm, Berlin, Dearborn, San Diego) at banks and
fintechs (Rafidain Bank, Rasheed Bank, Trade Bank of Iraq, Cihan Bank, Kurdistan International Bank, Zain Cash, FIB,
Qi Card), telecoms (Asiacell, Zain Iraq, Korek Telecom), airlines (Iraqi Airways, Fly Erbil), malls and retailers
(Family Mall, Baghdad Mall, Carrefour Iraq), FMCG and drinks makers, developers and NGOs write CIM Level 6 and 7
reports and MBA assignments in English (prices in dinars and dollars (IQD 250,000, ID 1,500, $5), exchange rates with
dates (1,310 per dollar (February 2023)), oil exports in barrels per day with years, census years and estimates (the
1997 census, 43.3 million (2023 estimate)), Ramadan, Eid al-Fitr, Eid al-Adha, Nowruz (21 March) and Arbaeen with
years, Hijri and Kurdish years (1445 AH, 2723), the 2017 referendum and the October 2021 election, the Gulf Cup
(Basra 2023), 4G in Iraq (2021), mall and hotel openings (Family Mall Erbil (2010), the Erbil Rotana (2010)), phone
numbers (+964), PO boxes, short codes, ISX tickers (ISX: TASC), CPA orders and cabinet decisions, awards (the Iraq
Business Awards 2023), titles (Sheikh, Sayyid, Mam, Kak, Dr, Eng., CEO), financial years and quarters (FY2023, Q3
2023), conflict years, curfews, internet shutdowns, taxes, diaspora communities, festivals, clubs, visas, routes,
notes and hashtags, which are no citations); textbooks (Pearson, Routledge, Sage, Oxford University Press), chapters,
journals with up to eight authors and DOIs (Journal of Islamic Marketing, International Journal of Bank Marketing,
Journal of Middle East Women's Studies, Iraqi Journal of Business, Cihan University-Erbil Journal of Humanities and
Social Sciences, Journal of Marketing Management, Zanco), theses (Baghdad, Salahaddin University-Erbil, Sulaimani,
AUIS, Koya, UKH, SOAS, Exeter), conference papers (Erbil, the Academy of Marketing), regulators, public bodies and
international organisations (the Central Bank of Iraq, the CSO, the KRSO, the CMC, the KRG, the Board of Investment,
the UNDP, the World Bank, the IOM; abbreviations; bodies with two works of a year), laws by number and year (Banking
Law No. 94 of 2004, Investment Law No. 13 of 2006, Regulation No. 2 of 2019), company pages and annual reports
(Asiacell Communications PJSC, Zain Iraq, Korek Telecom, Iraqi Airways, Fly Erbil, Cihan Group, Faruk Holding,
Rafidain Bank, Trade Bank of Iraq, Kurdistan International Bank for Investment & Development), market research with
years (IIACSS, Kantar, Ipsos, GfK, Statista), news signed and unsigned (Rudaw, Kurdistan24, Shafaq News, The New
Arab, Al-Monitor, Reuters, BBC News Arabic, The National), social posts, videos, podcasts and undated pages; Arabic
names with al-, Al, Abd al- and Abu (al-Hashimi, Al Sudani, Abdul-Mahdi, Abu Zeid, Alsaadi), Kurdish names with ê, î
and ş (Barzanî, Talabanî, Hewramî, Şêx), patronymic chains (Ali, A.H.; Hassan Ali, A.), Assyrian, Chaldean and Yazidi
names (Khoshaba, Kalasho, Murad) as their owners print them), with fifty-three kinds of decoy. While held out, we
reported its tables only.

The "blind232" half (``--halves blind232,blind232-more``, 100 + 300 reports, seeds 236000-236399) is a
two-hundred-and-thirty-second independent measurement, held out for its first tables (measured by its writer in stop
47), development data since stop 48: written by a two-hundred-and-thirty-second hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind232_works.py and blind232_text.py), as
marketers at insurers, Lloyd's syndicates, brokers, price-comparison sites, pension providers, platforms and wealth
managers in the UK, Ireland, Germany, France, Switzerland and Bermuda (Aviva, Legal & General, Prudential, Phoenix
Group, Direct Line, Admiral, Hiscox, Beazley, Zurich, Allianz, AXA, Swiss Re, Hargreaves Lansdown, St. James's Place,
AJ Bell, Nest, compare the market, MoneySuperMarket) write CIM Level 6 and 7 reports and MBA assignments in English
on consumer, B2B and adviser marketing (premiums, limits and excesses in pounds, euros and francs (£450 a year, £1m
of cover, €250 excess, CHF 2,000), combined and loss ratios with periods (a 94% combined ratio (FY2023)), storms and
catastrophes with years (Storm Arwen (2021), Storm Eunice (2022), Hurricane Ian (2022), the 1987 storm, 9/11),
founding years (Lloyd's (1688), Legal & General (1836), the Pru (1848)), schemes and reforms with years
(auto-enrolment (2012), the pension freedoms (April 2015), the Ogden rate (2017), Flood Re (2016), the Motor
Insurers' Bureau (1946), the triple lock (2010)), handbook rules and policy statements (COBS 4.2, ICOBS 6B, SYSC 10,
PS22/9, PS21/5), FRNs and policy numbers, Defaqto star ratings with years, pension ages, tax years and allowances (67
by 2028, 2023/24, the £60,000 annual allowance), products with launch years (the Lifetime ISA (April 2017), Direct
Line's red phone (1985)), tickers (LON: AV., LON: LGEN, SIX: ZURN), awards (the British Insurance Awards 2023, the
Money Marketing Awards 2022, the Moneyfacts Awards 2024), post-nominals and titles (FCII, Chartered Financial
Planner, FIA, CEO), financial years, quarters and half years (FY2023, Q3 2023, H1 2024), Acts and directives (the
Financial Services and Markets Act 2000, the Pension Schemes Act 2021, Solvency II (2016), the Consumer Duty (July
2023), the Insurance Distribution Directive (2018)), solvency ratios, market shares, Bank Rate and inflation, annuity
rates, fund charges, pension pots, Lloyd's syndicates, credit ratings, renewal dates, phone numbers, deadlines,
returns, rebrands and deals with years, slogans, events, samples and cross-references, which are no citations);
textbooks (Routledge, Kogan Page, Pearson, the Chartered Insurance Institute's study texts), chapters, journals with
up to eight authors and DOIs (Journal of Financial Services Marketing, International Journal of Bank Marketing, The
Geneva Papers on Risk and Insurance, Journal of Risk and Insurance, Journal of Pension Economics and Finance, Journal
of Services Marketing), theses (Cass and Bayes Business School, Nottingham, Heriot-Watt, St. Gallen, LMU München,
Trinity College Dublin), conference papers (the Academy of Marketing, the CII, the PLSA), working papers, regulators
and public bodies and their guidance (the FCA, the PRA, The Pensions Regulator, the Financial Ombudsman Service, the
Money and Pensions Service, HM Treasury, the Central Bank of Ireland, BaFin, EIOPA; abbreviations; bodies with two
works of a year), trade bodies (the ABI, the CII, the Personal Finance Society, the Lloyd's Market Association, BIBA,
the PLSA), company pages, annual reports and investor decks ("plc", "Plc", "Ltd", "AG", "SE", "SA"), market research
with years (Defaqto, Consumer Intelligence, NMG Consulting, Finalytiq, Boring Money, Mintel, Statista, J.D. Power),
the trade and national press signed and unsigned (Money Marketing, FTAdviser, Insurance Times, Insurance Post, The
Actuary, Professional Pensions, the Financial Times, This is Money, BBC News), social posts, videos, podcasts and
undated pages; names as their owners print them (Carron-Lee, Ó Súilleabháin, Ní Bhriain, Mac Cárthaigh, von
Weizsäcker, de Montalembert, d'Aumale, Zürcher, Gähwiler)), with forty-nine kinds of decoy. While held out, we
reported its tables only.

The "blind233" half (``--halves blind233,blind233-more``, 100 + 300 reports, seeds 237000-237399) is a
two-hundred-and-thirty-third independent measurement, held out for its first tables (measured by its writer in stop
47), development data since stop 48: written by a two-hundred-and-thirty-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind233_works.py and blind233_text.py), as marketers
at energy suppliers, renewable-energy developers, water and electricity networks, EV-charging and heat-pump firms and
energy start-ups in the UK, Ireland, Denmark, Germany, Spain and the Netherlands (Octopus Energy, British Gas and
Centrica, EDF, E.ON, OVO, SSE, ScottishPower and Iberdrola, Ørsted, Vattenfall, RWE, National Grid, Thames Water,
Severn Trent, Pod Point, Ionity, Bulb) write CIM Level 6 and 7 reports and MBA assignments in English on consumer,
B2B and stakeholder marketing (price caps, unit rates and standing charges with their periods (the cap at £1,834 from
1 October 2023, 24.50p/kWh, a 53.35p daily standing charge), support schemes (the Energy Price Guarantee (October
2022), the £400 Energy Bills Support Scheme (2022)), wind farms, power stations, pumped storage and reservoirs with
opening years (Hornsea 2 (2022), Whitelee (2009), Drax (1974), Dinorwig (1984), Kielder Water (1982)), capacities and
outputs (1.3 GW, 5 TWh in 2023), Hinkley Point C (2031), outages, storms and droughts (the 9 August 2019 power cut,
Storm Arwen (2021), the 1976 drought), Acts, schemes and allocation rounds with years (the Energy Act 2023, the Water
Industry Act 1991, the Contracts for Difference scheme (2014), AR6 (2024), ECO4 (2022), the Boiler Upgrade Scheme
(May 2022), the Smart Export Guarantee (January 2020)), company, MCS, MPAN and MPRN numbers, supplier failures
(Bulb's administration (November 2021)), charger counts and powers (350 kW, 53,000 public chargers by 2024), EPC
bands and SAP scores (EPC C by 2035, SAP 54 (band E)), emission figures and targets (net zero by 2050, 68% by 2030,
2.5 tCO2e), tickers (LON: SSE, CPH: ORSTED), awards (the Energy Awards 2023, the Utility Week Awards 2022, a Which?
Recommended Provider), post-nominals and job titles (CEng MIET, Head of Customer), financial years, quarters and
winters (FY2023/24, Q4 2023, winter 2022/23), tariffs (Agile Octopus (2018)), price controls (PR24, RIIO-ED2),
wholesale prices, interconnectors (Viking Link (2023)), smart meters (SMETS1, SMETS2), standards (MCS MIS 3005, PAS
2035:2023), heat pumps and EVs with years, customer numbers, COP summits, samples, cross-references and handles,
which are no citations); textbooks (Routledge, Earthscan, Kogan Page, Palgrave Macmillan), chapters, journals with up
to eight authors and DOIs (Energy Policy, Energy Research & Social Science, Renewable and Sustainable Energy Reviews,
Utilities Policy, Journal of Cleaner Production, Journal of Marketing Management, Journal of Consumer Policy;
Elsevier's article numbers), theses (Imperial College London, Strathclyde, Exeter, Sussex (SPRU), DTU, TU Delft,
University College Cork), conference papers (BIEE, IAEE, eceee), regulators and public bodies (Ofgem, Ofwat, DESNZ,
the Climate Change Committee, the Committee on Fuel Poverty, the Energy Ombudsman, Citizens Advice, the CRU, the
Danish Energy Agency, the Bundesnetzagentur, the IEA, Eurostat; abbreviations; bodies with two works of a year),
trade bodies and charities (Energy UK, RenewableUK, Water UK, the Energy Saving Trust, National Energy Action, the
Heat Pump Association, Solar Energy UK, WindEurope), company pages, annual reports and investor decks ("Ltd", "plc",
"Plc", "A/S", "AB", "AG", "S.A.", "E.ON UK plc"), market research with years (Cornwall Insight, Wood Mackenzie,
BloombergNEF, Which?, YouGov, Mintel, Statista), the energy and national press signed and unsigned (Utility Week,
Current±, Recharge, Carbon Brief, The Energyst, the Financial Times, the Guardian, BBC News), social posts, videos,
podcasts and undated pages; Danish names with æ, ø and å (Søndergaard, Kjærgaard, Dalgård), German names with umlauts
and von (Müller, Weiß, von Bülow), Dutch names with van, de and ter, Spanish double surnames (García López,
Etxeberria Aranburu), Irish names (Ó Súilleabháin, Ní Bhriain, Mac Cárthaigh), Welsh and Scottish Gaelic names (ap
Iorwerth, Llewelyn, MacAoidh, NicLeòid)), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind234" half (``--halves blind234,blind234-more``, 100 + 300 reports, seeds 238000-238399) is a
two-hundred-and-thirty-fourth independent measurement, held out for its first tables (measured by its writer in stop
47), development data since stop 48: written by a two-hundred-and-thirty-fourth hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind234_works.py and blind234_text.py), as
marketers in Georgia and Armenia and their diaspora (Tbilisi, Batumi, Kutaisi, Rustavi, Yerevan, Gyumri, Vanadzor,
Dilijan; Moscow, Glendale, Los Angeles, Paris, Marseille, Athens, Tel Aviv) at banks and fintechs (TBC Bank, Bank of
Georgia, Liberty Bank, Ameriabank, Ardshinbank, Inecobank, Evocabank, Idram), telecoms (Magti, Silknet, Cellfie, Team
Telecom Armenia, Ucom, Viva), wineries and brandy houses (Tbilvino, Teliani Valley, Shumi, Yerevan Brandy Company,
Ararat), mineral-water makers (Borjomi, Nabeglavi, Jermuk), tourism boards, airlines and hotels, retailers (Nikora,
Carrefour Georgia, SAS, Yerevan City) and NGOs write CIM Level 6 and 7 reports and MBA assignments in English (prices
in lari and drams (GEL 25, ₾ 3.50, AMD 5,000, ֏ 2,000) and exchange rates with dates, wine exports in bottles with
years (117 million bottles in 2023), vintages and the rtveli, qvevri wine and its UNESCO listing (2013),
mineral-water springs with years (Borjomi (1850), Jermuk (1951)), Independence Days (26 May 1918, 21 September 1991),
the Rose Revolution (2003) and the Velvet Revolution (2018), the 2008 and 2020 wars, Tbilisoba and Vardavar, Armenian
and Georgian Christmas (6 and 7 January), tourist arrivals (7.1 million visitors in 2023), ski resorts and seasons
(Gudauri, Bakuriani, Tsaghkadzor, season 2023/24), flight routes (Wizz Air's Kutaisi base (2016)), phone numbers
(+995, +374), company IDs and tax codes (ID 204854595), tickers (LON: TBCG, LON: BGEO), awards (the Golden Brand
awards 2023, the Armenian Business Awards 2022), titles (batono, kalbatono, paron, tikin, Dr, CEO), financial years
and quarters (FY2023, Q3 2023), market shares, inflation, GDP and policy rates, the lari (1995) and the dram (1993),
holidays, heritage sites (Etchmiadzin (301–303), Geghard (a World Heritage Site since 2000)), historical figures with
life dates (Niko Pirosmani (1862–1918), Mesrop Mashtots (c. 405 AD)), the adoption of Christianity (301 AD), census
years, the diaspora's size, metros (1966, 1981), broadcasters (Rustavi 2 (founded 1994)), telecom launches, Euro
2024, EU candidate status (14 December 2023), World Book Capitals (2012, 2021), mountains, lakes and distances,
brandy ages (Nairi (20 years old)), grapes and appellations, hotel openings, elections, samples, cross-references,
addresses, handles, slogans, opening hours and percentages, which are no citations); textbooks (Pearson, Routledge,
Sage, Oxford University Press), chapters, journals with up to eight authors and DOIs (Journal of Eastern European and
Central Asian Research, Caucasus Analytical Digest, Post-Soviet Affairs, International Journal of Wine Business
Research, Journal of Marketing Management, Caucasus Survey, Europe-Asia Studies), theses (Tbilisi State University,
Ilia State University, the Caucasus University, the International Black Sea University, Yerevan State University, the
American University of Armenia, the French University in Armenia, UCL SSEES), conference papers (the ASN World
Convention, the Academy of Marketing), public bodies, regulators and international organisations (Geostat, the
National Bank of Georgia, the Georgian National Tourism Administration, ComCom, Armstat, the Central Bank of Armenia,
the Public Services Regulatory Commission, the Tourism Committee of Armenia, the EBRD, the World Bank, UNDP;
abbreviations; bodies with two works of a year), laws under the parliament that passed them (the Law of Georgia on
Advertising (1998), the Law on Personal Data Protection (2023), the Law of the Republic of Armenia on Advertising
(1996), HO-208-N), company pages and annual reports ("PLC", "CJSC", "JSC"; TBC Bank Group PLC, Bank of Georgia Group
PLC, Georgia Capital PLC, Ameriabank CJSC, Ardshinbank CJSC, Magticom, Silknet JSC, Team Telecom Armenia, Tbilvino,
Teliani Valley, IDS Borjomi Georgia, Yerevan Brandy Company, Grand Candy, Galt & Taggart), market research with years
(CRRC Georgia and the Caucasus Barometer, CRRC-Armenia, MPG, ACNielsen Georgia, Breavis, IPSC Armenia, Statista),
news signed and unsigned (Civil.ge, OC Media, Georgia Today, Interpressnews, Agenda.ge, Armenpress, Hetq, CivilNet,
Azatutyun, EVN Report, BBC News, Eurasianet), social posts, videos, podcasts and undated pages; Georgian names in
their Latin spellings (Gelashvili, Beridze, Gamsakhurdia, Chkheidze, Kvaratskhelia, Tsiklauri, Okujava), Armenian
names (Sargsyan, Harutyunyan, Ter-Petrosyan, Der Bedrossian, Artsruni), diaspora spellings of the same names
(Sarkissian, Harutunian, Arutyunyan, Kévorkian, Arakélian) and scholarly transliterations (Harutʻyunyan, Łazaryan,
Čikovani)), with fifty kinds of decoy. While held out, we reported its tables only.

The "blind235" half (``--halves blind235,blind235-more``, 100 + 300 reports, seeds 239000-239399) is a
two-hundred-and-thirty-fifth independent measurement, held out for its first tables (measured by its writer in stop
47), development data since stop 48: written by a two-hundred-and-thirty-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind235_works.py and blind235_text.py), as marketers
at restaurant groups, pub companies, coffee and bakery chains, quick-service brands, food-delivery platforms and
hospitality suppliers in the UK and Ireland (Greggs, Nando's, Pret A Manger, JD Wetherspoon, Mitchells & Butlers,
Greene King, Fuller's, Costa Coffee, Caffè Nero, Wagamama, Dishoom, Leon, Itsu, Deliveroo, Just Eat, Uber Eats,
Brakes, Bidfood, Supermac's, Bewley's) write CIM Level 6 and 7 reports and MBA assignments in English on consumer,
loyalty, franchise and trade marketing (menu prices and deals with their periods (£1.15 sausage rolls in 2024, a 2
for £10 deal, the £5 meal deal, Eat Out to Help Out (August 2020)), sites, openings, closures and disposals with
years (Greggs' first shop (1951), 2,473 shops at the end of 2023, Dishoom Covent Garden (2010), 500 pubs sold in
2023), like-for-like sales with periods (LFL +7.9% in H1 2024, Q3 2023), food-hygiene ratings (FHRS 5, a 5-star
rating (2023)), calorie-labelling, allergen, licensing and tips laws with years (the Calorie Labelling (Out of Home
Sector) (England) Regulations 2021, the Licensing Act 2003, Natasha's Law (October 2021), the smoking ban (2007), the
Employment (Allocation of Tips) Act 2023), VAT, energy and wage rates with periods (12.5% VAT from October 2021, the
20% rate from April 2022, winter 2022/23, £11.44 (April 2024)), loyalty apps and menu launches (the Greggs app
(2022), Costa Club (2015), the vegan sausage roll (2019), Nando's PERi-PERi), fixtures and calendar moments (Euro
2024, the Six Nations 2023, Christmas 2023, Dry January), pint prices and beer duty (£4.82 a pint in 2024, draught
relief (August 2023)), tickers (LON: GRG, LON: JDW), awards (the Cateys 2023, the Publican Awards 2024, the Observer
Food Monthly Awards 2022), job titles and honours (Head Chef, General Manager, MBE, CEO), financial years and periods
(FY2023/24, H1 2024, 52 weeks to 30 December 2023), lockdown dates, deals and IPOs, levies, certifications, samples,
cross-references and handles, which are no citations); textbooks (Routledge, Sage, Goodfellow, Kogan Page, Pearson),
chapters, journals with up to eight authors and DOIs (International Journal of Hospitality Management, International
Journal of Contemporary Hospitality Management, Cornell Hospitality Quarterly, Journal of Foodservice Business
Research, British Food Journal, Appetite, Journal of Marketing Management; Elsevier's article numbers), theses
(Oxford Brookes, Surrey, Sheffield Hallam, TU Dublin, Ulster, Bournemouth), conference papers (CHME, EuroCHRIE, the
Academy of Marketing), regulators and public bodies (the FSA, Food Standards Scotland, the CMA, the ASA, the ONS,
Public Health England, OHID, DHSC, Fáilte Ireland, the FSAI; abbreviations; bodies with two works of a year), trade
bodies and charities (UKHospitality, the BBPA, the Restaurants Association of Ireland, The Licensed Trade Charity,
the Sustainable Restaurant Association, Hospitality Ulster, the British Takeaway Campaign), company pages, annual
reports and investor decks ("plc", "PLC", "P.L.C.", "Ltd", "N.V.", "Fuller, Smith & Turner P.L.C."), market research
with years (CGA by NIQ, Lumina Intelligence, Kantar, Mintel, Allegra World Coffee Portal, Statista, Bidfood), the
trade and national press signed and unsigned (The Caterer, Propel, Big Hospitality, Morning Advertiser, MCA Insight,
Restaurant Online, the Financial Times, the Guardian, BBC News, the Irish Times), social posts, videos, podcasts and
undated pages; names as their owners print them (Lloyd-Jones, Ó Súilleabháin, Ní Bhriain, Nic Aodha, Mac Cárthaigh,
di Stefano, De Luca, Chaudhary, da Costa, Gonçalves)), with forty-eight kinds of decoy. While held out, we reported
its tables only.

The "blind236" half (``--halves blind236,blind236-more``, 100 + 300 reports, seeds 240000-240399) is a
two-hundred-and-thirty-sixth independent measurement, held out for its first tables (measured by its writer in stop
47), development data since stop 48: written by a two-hundred-and-thirty-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind236_works.py and blind236_text.py), as marketers
at estate agents, property portals, housebuilders, build-to-rent and student-housing operators, mortgage brokers,
lenders and proptech start-ups in the UK and Ireland (Rightmove, Zoopla, OnTheMarket, Daft.ie, MyHome.ie, Foxtons,
Savills, Knight Frank, Purplebricks, Barratt Developments, Persimmon, Taylor Wimpey, Berkeley Group, Bellway, Cairn
Homes, Glenveagh, Unite Students, Grainger, Habito, L&C Mortgages) write CIM Level 6 and 7 reports and MBA
assignments in English on consumer, B2B and developer marketing (house prices and rents with their periods (an
average of £285,000 in 2023, €1,800 a month in Dublin in Q2 2024, asking prices up 1.1% in March 2024), mortgage
rates, LTV products and Bank Rate (5.5% fixed for two years in July 2023, 95% LTV, 5.25% (August 2023)), fiscal
events (the mini-budget (23 September 2022)), schemes, Bills and Acts with years (Help to Buy (2013–2023), the First
Home Scheme (2022), the Renters (Reform) Bill (2023), the Leasehold and Freehold Reform Act 2024, the Building Safety
Act 2022, the Tenant Fees Act 2019), the stamp duty holiday (July 2020), completions and land banks (17,206 homes in
FY2023, 75,000 plots), EPC ratings and targets (EPC C by 2030, SAP 84), developments and scheme sizes (Battersea
Power Station (2022), the Shard (2012), Kidbrooke Village), postcodes and Eircodes (SW1A 1AA, D02 X285), indices
(Rightmove's 2024 Happy at Home index), property events (MIPIM 2024, UKREiiF 2023), portal traffic (2.2 billion
minutes in 2023), founding years (Savills (1855), Knight Frank (1896), Foxtons (1981)), tickers (LON: RMV, LON: BDEV,
ISE: C5H), awards (the British Property Awards 2023, the ESTAS 2024, the What House? Awards 2022), post-nominals and
job titles (MRICS, FRICS, MNAEA, Sales Director, CEO), financial years, half years, quarters and academic years
(FY2023/24, H1 2024, Q2 2024, 2024/25), planning references, building safety (the Grenfell Tower fire (June 2017),
EWS1 forms), council tax bands, floor areas, fees, mortgage products, slogans, survey waves, samples,
cross-references and handles, which are no citations); textbooks (Routledge, Wiley-Blackwell, Palgrave Macmillan, the
Estates Gazette's books), chapters, journals with up to eight authors and DOIs (Journal of Property Research, Journal
of Property Investment & Finance, Housing Studies, Urban Studies, Journal of European Real Estate Research, Property
Management, Journal of Marketing Management), theses (Reading and the Henley Business School, Cambridge, the
Bartlett, Ulster, Heriot-Watt, TU Dublin), conference papers (ERES, RICS COBRA, the Academy of Marketing), regulators
and public bodies (DLUHC, MHCLG, HM Land Registry, the ONS, Homes England, the CMA, the FCA, the Bank of England, The
Property Ombudsman, NTSELAT, the RTB, the Central Bank of Ireland, the CSO; abbreviations, commas and "&"; bodies
with two works of a year), trade bodies and charities (Propertymark, RICS, the HBF, UK Finance, the BSA, the BPF,
Shelter, Generation Rent, the IHBA, St Mungo's), company pages, annual reports and investor decks ("plc", "PLC",
"Plc", "p.l.c.", "LLP", "Ltd"), house-price indices and research houses with years (Nationwide, Halifax, Hometrack,
Zoopla, Rightmove, Savills Research, Knight Frank Research, Mintel, Statista, Daft.ie), the property and national
press signed and unsigned (Estate Agent Today, Property Industry Eye, Property Week, Estates Gazette, Inside Housing,
the Financial Times, This is Money, the Irish Times, BBC News), social posts, videos, podcasts and undated pages;
British double-barrelled names (Lloyd-Jones, Heywood-Smith), Irish names with Ó, Ní and Mac (Ó Súilleabháin, Ní
Bhriain, Mac Cárthaigh, Mac Giolla Phádraig), South Asian, Polish and Nigerian names (Bhattacharyya, Wiśniewska,
Łukasik, Zając, Nwachukwu, Olanrewaju)), with forty-seven kinds of decoy. While held out, we reported its tables
only.

The "blind237" half (``--halves blind237,blind237-more``, 100 + 300 reports, seeds 241000-241399) is a
two-hundred-and-thirty-seventh independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 48: written by a two-hundred-and-thirty-seventh hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind237_works.py and blind237_text.py), as
marketers in Albania, Kosovo, North Macedonia and Montenegro and their diaspora (Tirana, Durrës, Vlorë, Shkodër,
Korçë, Prishtina, Prizren, Skopje, Ohrid, Bitola, Tetovo, Podgorica, Budva, Kotor; London, Zürich, Milan, Athens, New
York, Detroit) at banks and fintechs (Raiffeisen Bank Albania, BKT, Credins Bank, ProCredit Bank Kosovo, Komercijalna
Banka Skopje, NLB Banka, CKB), telecoms (One Albania, Vodafone Albania, IPKO, Vala, Makedonski Telekom, A1 Macedonia,
Crnogorski Telekom), food and drink makers (Birra Korça, Birra Tirana, Skënderbeu, Tikveš, Plantaže, Frutomania,
Peja), tourism boards, airlines, hotels and resorts, retailers (Spar Albania, Conad Albania, Ramstore, Tinex, Voli)
and NGOs write CIM Level 6 and 7 reports and MBA assignments in English (prices in lek, euro and denars (ALL 1,200,
450 lekë, €3.50, MKD 2,500) and exchange rates with dates (€1 = MKD 61.5 (1 June 2024)), tourist arrivals with
periods (10.1 million visitors in 2023, summer 2024), Independence Days (28 November 1912, 17 February 2008, 8
September 1991, 21 May 2006), EU candidate status and accession talks (candidate since 2014, talks opened in July
2022), the 1997 pyramid schemes, the Prespa Agreement (2018), the Durrës earthquake (26 November 2019), resorts with
seasons (Ksamil, Dhërmi, Sveti Stefan, season 2024), festivals with dates (Dita e Verës (14 March), the Sunny Hill
Festival (2019), the Ohrid Summer Festival), remittances (€1.2 billion in 2023), routes and bases (Wizz Air's Tirana
base (2023)), phone numbers (+355, +383, +389, +382), tax numbers (NIPT L12345678A), listings (MSE: KMB), awards (the
Albanian Business Awards 2023, the Kosovo Brand Awards 2022), titles (Z., Znj., Prof. Dr., CEO), financial years and
quarters (FY2023, Q3 2023), censuses, NATO membership, the euro since 2002, visa liberalisation, minimum wages,
policy rates, inflation, football, UNESCO sites, tariff plans, addresses, web addresses and handles, elections, wine
vintages, academic years, roaming, the Open Balkan, public holidays, distances, growth rates, app versions, figures
and 5G auctions, which are no citations); textbooks (Pearson, Routledge, Sage, Kogan Page, Oxford University Press),
chapters, journals with up to eight authors and DOIs (Southeast European and Black Sea Studies, Economic Annals,
South East European Journal of Economics and Business, Journal of Balkan and Near Eastern Studies, Tourism
Management, Journal of Marketing Management), theses (Tirana, Epoka, the University of New York Tirana, Prishtina,
Ss. Cyril and Methodius, South East European University, Montenegro, LSEE), conference papers (the Balkan Studies
Association, the Academy of Marketing), statistics offices, central banks, regulators and international bodies
(INSTAT, the Bank of Albania, AKEP, ASK, the Central Bank of the Republic of Kosovo, MAKSTAT, the National Bank of
the Republic of North Macedonia, MONSTAT, the Central Bank of Montenegro, the EBRD, the European Commission, the
World Bank, UNDP; bodies with two works of a year), laws under the state that passed them with their numbers (Law No.
9918/2008, Law No. 124/2024, Law No. 06/L-034), company pages and annual reports ("Sh.a.", "sh.a.", "LLC", "AD",
"A.D."), market research with years (IDRA Research & Consulting, Ipsos Strategic Marketing, Index Kosova, UBO
Consulting, the Balkan Barometer, Statista), the region's press signed and unsigned (Balkan Insight, Exit News, Top
Channel, Koha Ditore, Kallxo, Meta.mk, Vijesti, RFE/RL, BBC News, Euronews), social posts, videos, podcasts and
undated pages; Albanian names with ë and ç and their anglicised spellings (Çela and Cela, Dërmaku and Dermaku, Bytyçi
and Bytyqi), Macedonian and Montenegrin names in Latin letters (Stojanovski, Petreska, Đukanović, Vujović, Šćekić)
and diaspora spellings (Djukanovic, Vujovic)), with forty-eight kinds of decoy. While held out, we reported its
tables only.

The "blind239" half (``--halves blind239,blind239-more``, 100 + 300 reports, seeds 243000-243399) is a
two-hundred-and-thirty-ninth independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 48: written by a two-hundred-and-thirty-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind239_works.py and blind239_text.py), as marketers
at betting, gaming, lottery, bingo and casino operators, affiliates and their suppliers in the UK, Ireland and
Gibraltar (Entain, Flutter, Paddy Power, Sky Bet, Bet365, William Hill, Betfred, Ladbrokes, Coral, Betfair,
BoyleSports, Allwyn (the National Lottery), Premier Lotteries Ireland, Gala Bingo, Mecca Bingo, Rank Group, Grosvenor
Casinos, the Hippodrome Casino, Evoke (888), Playtech, Kindred) write CIM Level 6 and 7 reports and MBA assignments
in English on consumer, CRM, affiliate and safer-gambling marketing (stakes, odds, jackpots and ticket prices with
their periods (the £2 maximum stake on FOBTs from April 2019, 5/1 odds, a £184 million EuroMillions jackpot in 2022,
Lotto's £2 ticket (2013)), Acts, reviews and bans with years (the Gambling Act 2005, the Gambling (Licensing and
Advertising) Act 2014, the High Stakes white paper (April 2023), the Gambling Regulation Act 2024, the
whistle-to-whistle ban (August 2019)), licence numbers and the National Lottery licences, race meetings and
tournaments (the Grand National 2024, Cheltenham Festival 2023, Euro 2024), shirt sponsorships and their seasons
(2023/24, the front-of-shirt ban from 2026/27), GGY with periods (£15.1 billion in 2022/23, H1 2024), self-exclusion
figures, age limits, product launches (Betfair Exchange (2000), Sky Bet's Request a Bet (2015), the Irish Lotto
(1988)), the helpline (0808 8020 133), tickers (LON: ENT, NYSE: FLUT), awards (the EGR Operator Awards 2023, the SBC
Awards 2022), job titles and honours, financial years and quarters (FY2023, Q2 2024), mergers and founding years,
duties, the levy, slot stake limits, wagering caps and financial risk checks, Safer Gambling Week, the watershed, the
strong-appeal rule, shop counts, draws, prevalence figures, offer terms, app ratings, RTP, campaigns, samples,
cross-references, handles and Gibraltar licences, which are no citations); textbooks (Routledge, Sage, Palgrave
Macmillan, Kogan Page, Pearson), chapters, journals with up to eight authors and DOIs (Journal of Gambling Studies,
International Gambling Studies, Addiction, Journal of Behavioral Addictions, Critical Gambling Studies, Gaming Law
Review, Journal of Marketing Management), theses (Bristol and its Bristol Hub for Gambling Harms Research, Glasgow,
Stirling, Nottingham Trent, UCD, Salford), conference papers (the International Conference on Gambling and Risk
Taking, the Academy of Marketing), research commissioned by GambleAware and the Gambling Commission, regulators and
public bodies (the Gambling Commission, DCMS, the GRAI, the Gibraltar Gambling Commissioner, the ASA, CAP, Ofcom,
OHID, the NIHR, Public Health England; abbreviations, commas and "&"; bodies with two works of a year), trade bodies
and charities (the BGC, GambleAware, GamCare, Gordon Moody, GamStop, Gambling Harm UK, Gamban, Gambling with Lives,
YGAM, the Horserace Betting Levy Board, The Children's Society), company pages, annual reports and investor decks
("plc", "Plc", "Ltd", "bet365 Group Ltd", "Done Brothers (Cash Betting) Ltd"), market research with years (H2
Gambling Capital, Regulus Partners, YouGov, Ipsos, Kantar, Mintel, Statista, the Gambling Survey for Great Britain),
the trade and national press signed and unsigned (iGaming Business, SBC News, EGR, Racing Post, the Guardian, the
Financial Times, the Irish Times, BBC News), social posts, videos, podcasts and undated pages; British
double-barrelled names (Lloyd-Jones, Bowden-Jones), Irish names with Ó, Ní, Nic and Mac (Ó Súilleabháin, Ní Bhriain,
Mac Cárthaigh, Mac Giolla Phádraig), Maltese and Gibraltarian names (Borg, Camilleri, Grech, Caruana, Ħili, Picardo),
South Asian and Polish names (Bhattacharyya, Chaudhry, Wiśniewska, Łukasik, Zając)), with forty-nine kinds of decoy.
While held out, we reported its tables only.

The "blind238" half (``--halves blind238,blind238-more``, 100 + 300 reports, seeds 242000-242399) is a
two-hundred-and-thirty-eighth independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 48: written by a two-hundred-and-thirty-eighth hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind238_works.py and blind238_text.py), as
marketers at rail, bus, tram, ferry and public-transport operators, ticketing apps and transport authorities in the
UK and Ireland (Avanti West Coast, LNER, Great Western Railway, ScotRail, Transport for Wales, Northern,
Southeastern, Eurostar, Irish Rail, Translink, Stagecoach, FirstGroup, Arriva, National Express, Go-Ahead, Lothian
Buses, Dublin Bus, Trainline, Citymapper, Stena Line, Irish Ferries) write CIM Level 6 and 7 reports and MBA
assignments in English on consumer, B2B and behaviour-change marketing (fare caps, fares and railcards with their
years (the £3 single bus fare cap (2024), the 16-25 Railcard (1974), an Anytime Return of £389.50 in 2024), openings
and timetable changes (the Elizabeth line (24 May 2022), the Borders Railway (2015), the May 2018 timetable
collapse), megaprojects (HS2 Phase 1 (2029–2033)), public ownership and contracts (the TransPennine Express return to
public ownership (May 2023), the National Rail Contract (2022–2025)), Acts with years (the Railways Act 1993, the Bus
Services Act 2017), rolling-stock classes (Class 800 Azuma (2019), the Routemaster (1956)), punctuality and passenger
numbers with periods (PPM of 86.1% in 2023/24, 1.6 billion journeys in 2023), stations with years (King's Cross
(1852), Glasgow Queen Street (2020 rebuild)), strikes, ferry crossings, ticketing products (Oyster (2003), the Leap
Card (2011)), tickers (LON: TRN), awards, job titles, financial years, railway periods, quarters, survey waves,
samples, compensation rules, timetable times, lines, routes, fleets, founding years, heritage dates, storms, carbon
figures, accessibility deadlines, cross-references, handles and slogans, which are no citations); textbooks
(Routledge, Sage, Kogan Page, Pearson, Edward Elgar), chapters, journals with up to eight authors and DOIs (Transport
Policy, Transportation Research Part A, Journal of Transport Geography, Research in Transportation Business &
Management, Journal of Public Transportation, Transport Reviews, Journal of Marketing Management), theses (the
Institute for Transport Studies at Leeds, UCL's Centre for Transport Studies, Imperial, Edinburgh Napier's Transport
Research Institute, Trinity College Dublin, Southampton), conference papers (the European Transport Conference, UTSG,
the Academy of Marketing), public bodies and regulators (the DfT, the ORR, TfL, Transport Focus, Transport Scotland,
Transport for the North, Network Rail, the GBR Transition Team, the NTA, the CMA, the ASA, the ONS; abbreviations and
bodies with two works of a year), trade bodies and charities (the RDG, the CPT, the Campaign for Better Transport,
Sustrans, the Urban Transport Group, the RIA, the Railway Heritage Trust), operators' pages, annual reports and
investor decks ("plc", "PLC", "Ltd"), market research with years (Transport Focus, YouGov, Kantar, Mintel, Statista,
Ipsos Mori), the rail, bus and national press signed and unsigned (RAIL, Modern Railways, Railway Gazette
International, Route One, Passenger Transport, Local Transport Today, the Financial Times, the Guardian, the Irish
Times, BBC News), social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with
Ó, Ní and Mac, Scottish Mc and Mac, Welsh ap, ab and Llywelyn, South Asian and Caribbean names), with forty-nine
kinds of decoy. While held out, we reported its tables only.

The "blind240" half (``--halves blind240,blind240-more``, 100 + 300 reports, seeds 244000-244399) is a
two-hundred-and-fortieth independent measurement, held out for its first tables (measured by its writer in stop 48),
development data since stop 49: written by a two-hundred-and-fortieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind240_works.py and blind240_text.py), as marketers at parcel
carriers, couriers, freight forwarders, logistics and warehousing firms, ports and shipping lines in the UK and
Ireland and their European partners (Royal Mail, Parcelforce, Evri, DPD UK, DHL Parcel UK, UPS, FedEx, Yodel, An
Post, Fastway, GXO, Wincanton, Clipper Logistics, XPO, Maersk, Stena Line freight, Associated British Ports, the Port
of Felixstowe, Dublin Port, Peel Ports, InPost, Amazon Logistics) write CIM Level 6 and 7 reports and MBA assignments
in English on B2B, e-commerce and employer-brand marketing (stamp prices and surcharges with their periods (a
first-class stamp at £1.35 from April 2024, fuel surcharges of 7.5% in Q3 2022), parcel volumes (1.2 billion parcels
in 2023/24, peak week 2023), service launches with years (Sunday delivery (2022), DPD's Predict (2011), Evri's
ParcelShop network (2015)), strikes (the CWU strikes of 2022–2023), laws and rules with years (the Postal Services
Act 2011, the Universal Service Obligation (2011), Brexit customs rules (1 January 2021), the Windsor Framework
(2023), the Retained EU Law Act 2023), hubs, berths and ports with opening years (the Midlands Super Hub (2023),
Felixstowe's Berth 8 and 9 (2011), DP World London Gateway (2013)), ships and TEU sizes (the Ever Given (March
2021)), tracking numbers and postcodes (RM 123456789GB, NN4 7YE), fleets and EV targets, league tables and ratings,
tickers (LON: IDS, NYSE: UPS, CPH: MAERSK B), awards (the Motor Transport Awards 2023), job titles and honours,
financial years, quarters and peak seasons (FY2023/24, Q3 2023, Black Friday week), founding years, privatisation and
rebrands, the driver shortage and licence categories, vehicle and warehouse sizes, emissions targets and green
corridors, tonnages, ferry routes, Incoterms, service names, opening hours, helplines, consumer law, ASA rulings,
campaigns, samples, cross-references, handles, abbreviations, euro prices, weight bands, year ranges and percentage
changes, which are no citations); textbooks (Kogan Page, Routledge, Pearson, Sage, CILT), chapters, journals with up
to eight authors and DOIs (International Journal of Physical Distribution & Logistics Management, Journal of Business
Logistics, Supply Chain Management: An International Journal, Transportation Research Part E, Maritime Policy &
Management, Industrial Marketing Management, Journal of Marketing Management), theses (Cranfield, Cardiff Business
School, Heriot-Watt, Aston, Hull's Logistics Institute, TU Dublin, Plymouth), conference papers (the LRN conference,
IAME, the Academy of Marketing), regulators and public bodies (Ofcom, the DfT, HMRC, the ONS, the CMA, the ASA,
ComReg, the Revenue Commissioners, the Maritime and Coastguard Agency, the European Commission; abbreviations, "&"
and bodies with two works of a year), trade bodies and charities (Logistics UK, the RHA, CILT, the UKWA, the British
Ports Association, UK Chamber of Shipping, FTA Ireland, Citizens Advice, the Institute of Customer Service), company
pages, annual reports and investor decks ("plc", "Ltd", "Inc.", "S.A.", "A.P. Moller - Maersk A/S"), market research
with years (Apex Insight, Transport Intelligence (Ti), Mintel, Statista, IMRG, Which?, Pitney Bowes), the trade and
national press signed and unsigned (Post & Parcel, Parcel and Postal Technology International, Logistics Manager,
Motor Transport, Lloyd's List, The Loadstar, the Financial Times, the Guardian, the Irish Times, BBC News), social
posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac (Ó
Súilleabháin, Ní Mhurchú, Mac Giolla Phádraig, Mac an tSaoi), Dutch, Danish and Polish names (van der Berg, Møller,
Østergaard, Wójcik, Łukasik), South Asian and Nigerian names (Chaudhry, Banerjee, Adebayo, Nwachukwu)), with
forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind242" half (``--halves blind242,blind242-more``, 100 + 300 reports, seeds 246000-246399) is a
two-hundred-and-forty-second independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 49: written by a two-hundred-and-forty-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind242_works.py and blind242_text.py), as marketers
at mobile networks, broadband and fibre providers, pay-TV firms and telecoms resellers in the UK and Ireland (BT, EE,
Openreach, Virgin Media O2, Vodafone UK, Three UK, Sky, TalkTalk, Plusnet, giffgaff, Lebara, Lyca Mobile, Hyperoptic,
CityFibre, Community Fibre, Gigaclear, Eir, Three Ireland, Virgin Media Ireland, Digiweb, National Broadband Ireland)
write CIM Level 6 and 7 reports and MBA assignments in English on consumer, SME and retention marketing (price rises
with periods (CPI + 3.9% in April 2023, £3 a month more from April 2024), SIM-only deals and social tariffs (from £12
a month), coverage and speeds with periods (gigabit coverage of 78% in 2024, 900 Mbps full fibre), rollout targets
(5G in 1,000 towns by 2023), launches and switch-offs with years (4G (2012), 5G (May 2019), the 3G switch-off (2024),
the PSTN switch-off (January 2027), Sky Glass (2021), Fibre to the Premises (2008)), mergers, joint ventures and
acquisitions (the Vodafone–Three merger approved in December 2024, Virgin Media O2 (June 2021), BT's purchase of EE
(2016)), UK, Irish and EU laws with years (the Communications Act 2003, the Telecommunications (Security) Act 2021,
the Product Security and Telecommunications Infrastructure Act 2022, Directive (EU) 2018/1972), switching rules and
the USO (One Touch Switch (September 2025), the Universal Service Obligation (March 2020)), spectrum auctions (the
2021 auction of 700 MHz and 3.6 GHz, £1.36 billion), handsets (iPhone 15 (2023), Galaxy S24 (2024)), outages (the O2
outage of 6 December 2018), phone numbers and short codes (150, 999, 0800 800 150, 65075), complaints per 100,000
customers with periods, tickers (LON: BT.A, LON: VOD), awards (the uSwitch Awards 2024, the ISPA Awards 2023, the
Mobile News Awards 2022), job titles and honours, financial years, half years and quarters (FY2023/24, H1 2024, Q2
2024), ARPU, connections, market shares and NPS, TV rights, sponsorships, campaigns, fines and breaches, roaming,
bundles, contract terms, euro prices, funding programmes (Project Gigabit, the National Broadband Plan), app ratings,
handles, samples, cross-references, abbreviations, opening hours, sale dates, growth and founding years, which are no
citations); textbooks (Pearson, Routledge, Sage, Kogan Page, Oxford University Press), chapters, journals with up to
eight authors and DOIs (Telecommunications Policy, Journal of Service Research, Journal of Retailing and Consumer
Services, Information Economics and Policy, Journal of Business Research, Journal of Marketing Management), theses
(the University of Surrey and its 5G/6G Innovation Centre, Lancaster University Management School, Strathclyde,
Trinity College Dublin, Loughborough, Bath), conference papers (the ITS conferences, the Academy of Marketing, EMAC),
regulators and public bodies (Ofcom, ComReg, DSIT, BDUK, the CMA, the ASA, the ICO, the Data Protection Commission,
the ONS, the CSO, the European Commission, BEREC; abbreviations, commas, apostrophes and "&"; bodies with two works
of a year), trade bodies and charities (ISPA, the Federation of Communication Services, INCA, Mobile UK, GSMA,
techUK, the Good Things Foundation, Citizens Advice, Which?), company pages, annual reports and investor decks
("plc", "Plc", "Ltd", "Limited", "VMED O2 UK Ltd", "Three Ireland (Hutchison) Ltd", "Telefónica UK Ltd", "eir",
"giffgaff"), market research with years (Kantar Worldpanel ComTech, Opensignal, Ookla, uSwitch, Enders Analysis,
Analysys Mason, Assembly Research, Point Topic, Mintel, Statista, YouGov), the telecoms and national press signed and
unsigned (ISPreview, Mobile News, Telecompaper, Light Reading, Total Telecom, the Financial Times, the Guardian, the
Irish Times, Silicon Republic, BBC News, RTÉ News), social posts, videos, podcasts and undated pages; British
double-barrelled names (Lloyd-Jones, Hamilton-Baillie), Irish names with Ó, Ní and Mac (Ó Súilleabháin, Ní Bhriain,
Mac Giolla Phádraig), Spanish names with two surnames (García López, Álvarez de Toledo), South Asian and Chinese
names (Venkataraman, Gunawardena, Ng, Lau)), with fifty-six kinds of decoy. While held out, we reported its tables
only.

The "blind241" half (``--halves blind241,blind241-more``, 100 + 300 reports, seeds 245000-245399) is a
two-hundred-and-forty-first independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 49: written by a two-hundred-and-forty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind241_works.py and blind241_text.py), as marketers
at museums, galleries, heritage sites, theatres, orchestras, festivals and arts charities in the UK and Ireland (the
National Trust, English Heritage, Historic Environment Scotland, Cadw, Tate, the V&A, the British Museum, the Science
Museum Group, National Museums Liverpool, the RSC, the National Theatre, the Royal Opera House, the Edinburgh
International Festival, the Hay Festival, Kew, the Eden Project, the Abbey Theatre, the National Gallery of Ireland,
the Ulster Museum) write CIM Level 6 and 7 reports and MBA assignments in English on audience development,
membership, fundraising and visitor marketing (ticket prices and memberships with their periods (£30 adult entry
(2024 price), National Trust membership at £91.20 a year in 2023, free entry since December 2001, Pay What You Can
Mondays), visitor numbers and ALVA rankings (5.8 million visitors in 2023, ALVA's top ten for 2023), exhibitions,
prizes, productions and festivals with years (Tutankhamun (1972), the Turner Prize 2023, Hamilton's West End opening
(December 2017), The Mousetrap (1952), the Hay Festival 2024), buildings, openings and reopenings (Tate Modern
(2000), V&A Dundee (2018), V&A East (2025), the Burrell Collection reopening (2022), the Abbey Theatre (1904),
Shakespeare's Globe (1997)), works of art and artefacts with their dates (Guernica (1937), The Fighting Temeraire
(1839), the Lewis Chessmen (c. 1150–1200), the Rosetta Stone (196 BC)), Acts and schemes with years (the Museums and
Galleries Act 1992, Gift Aid (1990), the Theatre Tax Relief (2014), the Culture Recovery Fund (July 2020), the
Heritage Lottery Fund (1994), the National Portfolio 2023–26), listed grades (Grade I listed in 1954), festivals and
seasons with dates (Heritage Open Days (September 2023), Museums at Night, the Edinburgh Fringe (August 2024),
Culture Night (20 September 2024)), charity numbers (205846, SC007967), awards (Art Fund Museum of the Year 2023, the
Olivier Awards 2024, the Museums + Heritage Awards 2022), job titles and honours (Head of Marketing, Dame, Sir, OBE),
financial years, seasons and quarters (2023/24, the 2024/25 season, Q4), samples, cross-references, handles,
abbreviations, opening hours, capacities, anniversaries, loans, acquisitions, accession numbers (EA 24), media and
dimensions, periods and styles, slogans, survey waves, donations, age bands, euro prices and World Heritage Sites,
which are no citations); textbooks (Routledge, Sage, Palgrave Macmillan, Kogan Page, Butterworth-Heinemann),
chapters, journals with up to eight authors and DOIs (International Journal of Arts Management, Museum Management and
Curatorship, International Journal of Heritage Studies, Arts Marketing: An International Journal, Journal of Heritage
Tourism, Cultural Trends, Journal of Marketing Management), theses (Leicester's School of Museum Studies, Goldsmiths,
City's arts management, Glasgow, Queen Margaret, UCD, Ulster), conference papers (the Museums Association, the AMA,
AIMAC, the Academy of Marketing), public bodies and funders (DCMS with a comma, an "&" or as DCMS, Arts Council
England, Creative Scotland, the Arts Council of Wales, The Arts Council, the Arts Council of Northern Ireland, the
National Lottery Heritage Fund, Historic England, the ONS, Fáilte Ireland, VisitBritain; bodies with two works of a
year), trade bodies and charities (the Museums Association, AIM, the AMA, The Audience Agency, Art Fund, UK Theatre,
the Society of London Theatre & UK Theatre, ALVA, Culture Ireland, the Heritage Alliance), institutions' pages and
annual reports (the National Trust, English Heritage Trust, Tate, the Victoria and Albert Museum, the British Museum,
the Science Museum Group, the RSC, the Royal National Theatre, the Royal Opera House Covent Garden Foundation, Eden
Project Ltd, the Royal Botanic Gardens, Kew, the Abbey Theatre Amharclann na Mainistreach), market research with
years (Audience Spectrum, Taking Part, the Participation Survey, Morris Hargreaves McIntyre, Indigo Ltd, ALVA's
visitor figures, Mintel, Statista, YouGov), the arts and national press signed and unsigned (Museums Journal, Arts
Professional, The Stage, The Art Newspaper, Apollo, the Financial Times, the Guardian, the Irish Times, BBC News),
social posts, videos, podcasts and undated pages; British double-barrelled names (Spencer-Churchill, Vaughan-Thomas),
Irish names with Ó, Ní, Nic and Mac (Ó Súilleabháin, Ní Dhomhnaill, Nic Giolla Bhríde, Mac Giolla Phádraig), Welsh
names (ap Dafydd, Llywelyn, Prys-Jones), Scottish Gaelic names (MacLeòid, NicIlleathain, Mac an t-Saoir), Italian,
Greek and Nigerian names (Lo Presti, Papadopoulou, Oyelaran-Oyeyinka)), with fifty kinds of decoy. While held out, we
reported its tables only.

The "blind245" half (``--halves blind245,blind245-more``, 100 + 300 reports, seeds 249000-249399) is a
two-hundred-and-forty-fifth independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 49: written by a two-hundred-and-forty-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind245_works.py and blind245_text.py), as marketers
at dairy, meat, bakery and food-processing firms and farmer co-operatives in the UK and Ireland (Arla Foods UK,
Müller UK & Ireland, First Milk, Dairygold, Ornua (Kerrygold), Tirlán, Lakeland Dairies, Dale Farm, ABP Food Group,
Dawn Meats, Kepak, Cranswick, Pilgrim's UK, Moy Park, Warburtons, Hovis, Allied Bakeries, Pladis, Kerry Group,
Glanbia, Bord Bia's Origin Green members) write CIM Level 6 and 7 reports and MBA assignments in English on export,
brand and trade marketing (milk and farm-gate prices with periods (38p a litre in January 2024, cent per litre for
May milk), the milk price crash of 2016, volumes and herds with years (14.9 billion litres in 2023, 1.5 million dairy
cows), brands with launch years and histories (Kerrygold (1962), Cravendale (2004), Müller Corner (1987), Anchor
(1886 in New Zealand, 2012 made in the UK), Hovis (est. 1886)), labels and schemes (Red Tractor (launched 2000),
Origin Green (2012)), the PGI for Irish Grass Fed Beef (2023), EU rules (the EU Deforestation Regulation (2023)), UK
laws (the Agriculture Act 2020, the Food Information Regulations 2014), the Groceries Supply Code of Practice (2010),
the HFSS rules (October 2022) and the Nitrates Derogation (2022), plants with their openings and names (Arla's
Aylesbury dairy (2014), Cranswick's Hull site (2019), Lakeland's Killeshandra plant), shows and world days with dates
(the Royal Welsh Show 2024, the National Ploughing Championships (September 2023), World Milk Day (1 June)), export
values and reach (€16.3 billion in 2023, Kerrygold in 120 countries), co-op members and bonuses, tickers (LON: CWK,
ISE: KRZ, ISE: GL9), awards (the Grocer Gold Awards 2024, the Great Taste Awards 2023, the World Cheese Awards 2022),
job titles, honours and CEOs, financial years, half years and quarters (FY2023, H1 2024, Q3 2023), market shares,
prices, inflation, weather, disease (the BSE crisis (1996–2006)), trade deals (the Windsor Framework (2023)),
mergers, rebrands, campaigns, sponsorships, pack sizes, percentages, samples, cross-references, abbreviations, carbon
figures, target years (Food Vision 2030), handles, slogans, currency, retail periods and levies, which are no
citations); textbooks (Routledge, Sage, Wiley-Blackwell, Woodhead Publishing, Kogan Page, CABI), chapters, journals
with up to eight authors and DOIs (British Food Journal, Food Policy, Journal of Agricultural Economics,
International Journal of Dairy Technology, Meat Science, Appetite, Journal of Marketing Management, the Irish Journal
of Agricultural and Food Research, EuroChoices), theses (Harper Adams University, the Royal Agricultural University,
UCD, UCC, Queen's University Belfast, the University of Reading, SRUC), conference papers (the Agricultural Economics
Society, the EAAE, the Academy of Marketing), regulators and public bodies (Defra, the FSA, Food Standards Scotland,
AHDB, Bord Bia, Teagasc, the Department of Agriculture, Food and the Marine, the FSAI, the Groceries Code
Adjudicator, the ASA, the ONS, the CSO, the European Commission; abbreviations, commas and "&"; bodies with two works
of a year), trade bodies and charities (Dairy UK, the NFU, the IFA, ICOS, the British Meat Processors Association,
the Food and Drink Federation, Red Tractor, the Federation of Bakers, Compassion in World Farming, WRAP), company
pages, annual reports and investor decks ("amba", "plc", "Ltd", "LLP", "Co-Operative Society Ltd", "Pilgrim's Pride
Ltd"), market research with years (Kantar Worldpanel, NielsenIQ, Mintel, IGD, AHDB, Bord Bia, Statista, Euromonitor),
the farming, trade and national press signed and unsigned (Farmers Weekly, the Farmers Journal, Agriland, The Grocer,
Food Manufacture, Dairy Reporter, the Financial Times, the Guardian, the Irish Times, BBC News), social posts,
videos, podcasts and undated pages; British double-barrelled names (Lloyd-Jones, Pryce-Davies), Irish names with Ó,
Ní and Mac (Ó Súilleabháin, Ní Dhuibhir, Mac Giolla Phádraig, Mac an tSaoi), Danish and German names (Sørensen,
Østergaard, Müller, Weiß), South Asian and Brazilian names (Chaudhary, Banerjee, Gonçalves, Araújo)), with fifty-one
kinds of decoy. While held out, we reported its tables only.

The "blind243" half (``--halves blind243,blind243-more``, 100 + 300 reports, seeds 247000-247399) is a
two-hundred-and-forty-third independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 49: written by a two-hundred-and-forty-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind243_works.py and blind243_text.py), as marketers
at home-improvement, furniture, homewares and garden retailers and their suppliers in the UK and Ireland (B&Q,
Screwfix, Wickes, Homebase, IKEA UK, Dunelm, DFS, ScS, Furniture Village, Oak Furnitureland, Made.com, Wayfair UK,
Dobbies, Blue Diamond, Woodie's, Harvey Norman Ireland, Farrow & Ball, Dulux (AkzoNobel), Crown Paints, Hillarys)
write CIM Level 6 and 7 reports and MBA assignments in English on retail, omnichannel and trade marketing (sale
prices and promotions with periods (a £499 sofa in the January 2024 sale, 20% off paint in spring 2023, interest-free
credit for 4 years (0% APR), Black Friday 2023), store openings, closures and milestones with years (IKEA Oxford
Street (2025), IKEA Wembley (2005), 17 Homebase stores closed in 2024, Dunelm's 180th store (2023)), paint colours
and product ranges with launch years (Farrow & Ball's Elephant's Breath (No. 229), Dulux Colour of the Year 2024, the
IKEA BILLY bookcase (1979), the MALM range), laws and rules with years (the Furniture and Furnishings (Fire) (Safety)
Regulations 1988, the Consumer Rights Act 2015, the Sunday Trading Act 1994, the Digital Markets, Competition and
Consumers Act 2024, the peat ban (2024)), delivery promises and guarantees (click and collect in one hour, next-day
delivery, ScS's 10-year guarantee), like-for-like sales with periods (LFL -3.2% in H1 2024, Q3 2023), weather, flower
shows and bank holidays (the 2022 heatwave, Chelsea Flower Show 2024, Easter weekend 2023), trade counters, loyalty
schemes and rapid delivery with launch years (TradePoint (2011), IKEA Family (1984), Screwfix Sprint (2022)), ratings
and awards (a 4.5-star Trustpilot rating (2024), the Retail Week Awards 2023, the Garden Retail Awards 2022, a Which?
Best Buy 2024), tickers (LON: KGF, LON: DNLM, LON: WIX, NYSE: W), job titles, honours and CEOs (Chief Customer
Officer, Head of Brand, Store Manager, CBE), financial years, half years and quarters (FY2023/24, H1 2024, Q2 2024),
euro prices, VAT, opening hours, room sets, store formats, acquisitions and administrations (Hilco's £1 purchase of
Homebase in 2018, Made.com (November 2022)), founding years, SKU counts, samples, cross-references, handles, sizes,
campaigns and abbreviations, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Oxford
University Press), chapters, journals with up to eight authors and DOIs (Journal of Retailing, Journal of Retailing
and Consumer Services, International Journal of Retail & Distribution Management, Journal of Consumer Behaviour,
Housing Studies, Journal of Marketing Management, The International Review of Retail, Distribution and Consumer
Research), theses (the University of Stirling's Institute for Retail Studies, Manchester Metropolitan, Surrey,
Loughborough, TU Dublin, Ulster), conference papers (the Academy of Marketing, EAERCD, the Colloquium on European
Research in Retailing), regulators and public bodies (the ONS, the CMA, the ASA, the OPSS, Trading Standards, the
Department for Business and Trade, the CSO, the CCPC; bodies with two works of a year), trade bodies and charities
(the BRC, BIRA, the Builders Merchants Federation, the HTA, FIRA, the British Furniture Confederation, the RHS,
Retail Excellence Ireland, the KBSA), company pages, annual reports and investor decks ("plc", "Ltd", "Inc.", "N.V.",
"&", apostrophes: Kingfisher plc, Travis Perkins plc, Wickes Group plc, Dunelm Group plc, DFS Furniture plc, Ingka
Group, Wayfair Inc., Hilco, Dobbies Garden Centres Ltd, AkzoNobel N.V., Grafton Group plc, Made.com Group plc,
Woodie's), market research with years (GlobalData, Mintel, Kantar, Statista, GfK, Barclaycard Payments, Which?), the
trade and national press signed and unsigned (Retail Week, Drapers, The Grocer, DIY Week, Garden Centre Retail,
Cabinet Maker, the Financial Times, the Guardian, the Irish Times, BBC News), social posts, videos, podcasts and
undated pages; British double-barrelled names (Fox-Tucker, Lloyd-Jones), Irish names with Ó, Ní and Mac (Ó
Súilleabháin, Ní Bhriain, Mac Donncha), Swedish and Dutch names (Åkesson, Söderström, van der Linden, de Vries),
South Asian and Polish names (Chakraborty, Iqbal, Wiśniewska, Zieliński)), with fifty-one kinds of decoy. While held
out, we reported its tables only.

The "blind244" half (``--halves blind244,blind244-more``, 100 + 300 reports, seeds 248000-248399) is a
two-hundred-and-forty-fourth independent measurement, held out for its first tables (measured by its writer in stop
48), development data since stop 49: written by a two-hundred-and-forty-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind244_works.py and blind244_text.py), as marketers
at law firms, accountancy and audit firms, tax advisers and professional-services networks in the UK and Ireland
(Allen & Overy, Clifford Chance, Linklaters, Slaughter and May, DLA Piper, Irwin Mitchell, Slater and Gordon,
Shoosmiths, Arthur Cox, A&L Goodbody, McCann FitzGerald, Deloitte, PwC, EY, KPMG, Grant Thornton, BDO, RSM UK, Azets,
Moore Kingston Smith) write CIM Level 6 and 7 reports and MBA assignments in English on B2B, business-development and
thought-leadership marketing (partner rates, fixed fees and NQ salaries with periods (£1,000 an hour in 2024, fixed
fees from £750, £150,000 (2023)), mergers and rebrands with years (Allen & Overy and Shearman & Sterling (May 2024),
Ernst & Young's rebrand to EY (2013), Azets (2019)), fines and sanctions (the FRC's £21 million fine (2023), an SRA
fine of £25,000 (2022)), UK and Irish laws, rules and bills with years (the Legal Services Act 2007, the Solicitors
Act 1974, the SRA Standards and Regulations (November 2019), the Economic Crime (Transparency and Enforcement) Act
2022, Making Tax Digital (April 2019), the Audit Reform and Corporate Governance Bill (2024)), league tables,
directory bands and rankings (Tier 1 (2024), the UK200, Chambers Band 1, the Top 50+50 2024), office openings and
headcounts (a Belfast office (2011), 22,000 UK staff in 2024, 1,200 trainees), tax deadlines, Budget days and the tax
year (31 January, 30 October 2024, 5 April), SRA, ICAEW and Companies House numbers, awards (The Lawyer Awards 2024,
the Legal Business Awards 2023, the British Accountancy Awards 2022, the PM Forum Awards 2024), job titles and
honours (Senior Partner, Head of BD, KC, OBE, CEO), financial and partnership years and quarters (FY2023/24, the year
to 30 April 2024, Q3 2023), profit per equity partner and revenue growth, founding years, samples, interviews,
cross-references and models, audit-market shares, euro fees, handles and hashtags, events, trainee intakes and the
SQE, practising-certificate fees, indemnity cover, interest and VAT rates and addresses, which are no citations);
textbooks (Routledge, Sage, Kogan Page, Pearson, Bloomsbury Professional, the Law Society), chapters, journals with
up to eight authors and DOIs (Journal of Professional Services Marketing, The Service Industries Journal, Journal of
Services Marketing, Accounting, Auditing & Accountability Journal, International Journal of the Legal Profession,
Industrial Marketing Management, Journal of Marketing Management), theses (Cranfield, the University of Law, Queen's
University Belfast, Trinity College Dublin, Warwick Business School, Cardiff), conference papers (the Academy of
Marketing, BAFA, the Socio-Legal Studies Association), regulators and public bodies (the SRA, the LSB, the FRC, the
LSRA, the Law Society of Ireland, the CMA, the ASA, HM Revenue & Customs, the ONS, the Ministry of Justice;
abbreviations, "&" and bodies with two works of a year), professional and trade bodies and charities (the Law
Society, the Bar Council, ICAEW, ACCA, Chartered Accountants Ireland, the Chartered Institute of Taxation, PM Forum,
LawCare, the Legal Marketing Association), firms' pages, annual and transparency reports ("LLP", "Ltd", "Allen Overy
Shearman Sterling LLP", "Slater and Gordon (UK) Ltd", "Ernst & Young LLP", "A&L Goodbody LLP"), market research with
years (The Lawyer UK200, Legal 500, Chambers and Partners, Accountancy Age Top 50+50, Source Global Research,
Feedback Global, BTI Consulting, Statista, YouGov), the legal, accountancy and national press signed and unsigned
(The Lawyer, Legal Business, Law Gazette, Legal Cheek, Accountancy Age, Economia, the Financial Times, The Times, the
Irish Times, BBC News), social posts, videos, podcasts and undated pages; British double-barrelled names
(Lloyd-Jones, Hamilton-Baillie), Irish names with Ó, Ní and Mac (Ó Súilleabháin, Ní Bhriain, Mac Giolla Phádraig, Mac
an tSaoi), South Asian, Chinese and Nigerian names (Venkataraman, Gunawardena, Ng, Lau, Adebayo, Nwachukwu)), with
fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind246" half (``--halves blind246,blind246-more``, 100 + 300 reports, seeds 250000-250399) is a
two-hundred-and-forty-sixth independent measurement, held out for its first tables (measured by its writer in stop
49), development data since stop 50: written by a two-hundred-and-forty-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind246_works.py and blind246_text.py), as marketers
in Greece, Cyprus and their diaspora (Athens, Thessaloniki, Patras, Heraklion, Larissa, Rhodes, Nicosia, Limassol,
Larnaca, Paphos; London, Melbourne, New York, Chicago, Toronto, Munich) at banks and fintechs (National Bank of
Greece, Eurobank, Piraeus Bank, Alpha Bank, Bank of Cyprus, Hellenic Bank, Viva Wallet), telecoms (Cosmote, Vodafone
Greece, Nova, Cyta, Epic), food and drink makers (Mythos, Fix Hellas, Loux, Papadopoulos, Mevgal, Delta Foods, KEO,
Lanitis), olive-oil, feta and halloumi exporters, tourism boards, hotel groups and airlines (Grecotel, Louis Hotels,
Aegean Airlines, Cyprus Airways), retailers (Sklavenitis, AB Vassilopoulos, Jumbo, Public, Kotsovolos, Alphamega) and
NGOs write CIM Level 6 and 7 reports and MBA assignments in English (coffee prices and ferry fares with periods
(€1.20 a coffee in 2024, a €25 ferry ticket in summer 2023), the Cyprus COLA freeze (2012), brands and firms with
launch and founding years (Mythos (1997), Fix (1864), KEO (1951), Loux (1927), Viva Wallet (2000)), holidays and
fairs with dates (Clean Monday 2024, Easter 2023 (Orthodox), 25 March, the Thessaloniki International Fair (September
2023), Kataklysmos (2022), the Limassol Wine Festival 2019), Greek, Cypriot and EU laws with their numbers and years
(Law 4624/2019, Law 125(I)/2018, the Greek Tourism Law 4582/2018, the GDPR (2018), PSD2 (2018)), Golden Visa rules
(2024), the 2010 bailout, the 2013 Cyprus haircut, capital controls (June 2015), the 2021 wildfires, Storm Daniel
(September 2023), the 2023 Tempi crash and the Cleon heatwave (July 2023), metro lines, routes, marinas and hotels
with openings (Athens Metro Line 3 (2000), the Paphos-London route (2017), the Limassol Marina (2014)), tourism
arrivals and receipts (32.7 million arrivals in 2023, 3.8 million tourists in 2023), job titles and CEOs (Brand
Manager (2019–2022), CEO since 2019), awards (the Ermis Awards 2023, the Cyprus Marketing Awards 2022, the Effie
Greece 2024, a Michelin star (2024)), tickers (ATHEX: ETE, ATHEX: BELA, CSE: BOCH), financial years, half years and
quarters (FY2023, H1 2024, Q3 2023), VAT, inflation and unemployment rates, census figures, PDO status (feta (2002),
halloumi (2021)), olive-oil prices, sports events, songs, campaigns, handles, samples, cross-references, the euro and
EU accession, bank deals, rebrands (Helleniq Energy (2022), Metlen (2024)), technology launches, store counts,
addresses, registry numbers, the recovery fund (Greece 2.0 (2021–2026)), age bands, abbreviations, rankings,
assessment criteria and ships, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Kritiki,
Rosili, Broken Hill), chapters, journals with up to eight authors and DOIs (Journal of Modern Greek Studies, Tourism
Management, Journal of Hospitality and Tourism Research, EuroMed Journal of Business, South-Eastern Europe Journal of
Economics, The Cyprus Review, Journal of Marketing Management), theses (the Athens University of Economics and
Business, the Aristotle University of Thessaloniki, the University of Piraeus, the University of Cyprus, the Cyprus
University of Technology, the University of Nicosia, the ALBA Graduate Business School), conference papers (the
EuroMed Academy of Business, ICOT, the Hellenic Association of Marketing, the Academy of Marketing), regulators and
public bodies (ELSTAT, the Bank of Greece, the Hellenic Capital Market Commission, the Hellenic Competition
Commission, the Greek National Tourism Organisation, the Deputy Ministry of Tourism, CYSTAT, the Central Bank of
Cyprus, the Commission for the Protection of Competition, EETT, OCECPR, the European Commission; abbreviations, "&",
Greek script and bodies with two works of a year), trade bodies and charities (SEV, SETE, INSETE, the Hellenic
Chamber of Hotels, the Cyprus Chamber of Commerce and Industry, KEVE, the Cyprus Hotel Association, ESEE, the
Hellenic Advertisers Association (SDE), ActionAid Hellas, Ελληνική Εταιρεία, the Cyprus Consumers' Association),
companies' pages, annual reports and investor decks ("S.A.", "plc", "AG", "Ltd": National Bank of Greece S.A.,
Eurobank Ergasias Services and Holdings S.A., Bank of Cyprus Holdings plc, Coca-Cola HBC AG, Metlen Energy & Metals
S.A., Lanitis Bros Ltd, KEO plc, Helleniq Energy Holdings S.A.), market research with years (Focus Bari, Nielsen
Greece, IELKA, Kantar Greece, Statista, Euromonitor International, GfK Hellas, the Cyprus Tourism Organisation), the
Greek, Cypriot and international press signed and unsigned (Kathimerini, ekathimerini.com, Η Καθημερινή,
Naftemporiki, To Vima, Cyprus Mail, Phileleftheros, in-cyprus.com, Reuters, the Financial Times, BBC News), social
posts, videos, podcasts and undated pages; Greek names transliterated more than one way (Papadopoulos and
Papadopoulou, Giorgos and Yiorgos, Chatzidakis and Hatzidakis, Kyriakou and Kyriacou), Greek-script names and titles
(Παπαδόπουλος, Χριστοδούλου), Armenian-Cypriot names (Kasparian, Der Sarkissian, Kouyoumdjian) and British
double-barrelled names (Lloyd-Jones, Hughes-Hallett)), with fifty-nine kinds of decoy. While held out, we reported
its tables only.

The "blind247" half (``--halves blind247,blind247-more``, 100 + 300 reports, seeds 251000-251399) is a
two-hundred-and-forty-seventh independent measurement, held out for its first tables (measured by its writer in stop
49), development data since stop 50: written by a two-hundred-and-forty-seventh hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind247_works.py and blind247_text.py), as
marketers at high-street banks, building societies, credit unions, consumer lenders, card and payments firms and
challenger banks in the UK and Ireland (Barclays, Lloyds Banking Group, NatWest, Santander UK, HSBC UK, Nationwide,
Coventry Building Society, Yorkshire Building Society, Monzo, Starling, Revolut, Chase UK, AIB, Bank of Ireland,
PTSB, the Credit Union Development Association, Klarna UK, Zopa, Capital One UK, Visa, Mastercard) write CIM Level 6
and 7 reports and MBA assignments in English on retail banking, lending and payments marketing (rates and prices with
periods (5.25% Bank Rate in August 2023, a 6.2% easy-access saver in 2024, £200 switching incentives in 2023, 0%
balance transfers for 30 months, a £4.99 monthly fee, two-year fixes above 6% (July 2023)), products and launch years
(Monzo Plus (2020), Nationwide FlexDirect (2013), the Lifetime ISA (2017), Open Banking (January 2018), Apple Pay UK
(2015), contactless (2007)), laws and rules with years (the Consumer Duty (31 July 2023), the Payment Services
Regulations 2017, PSD2 (2018), the Consumer Credit Act 1974, the Current Account Switch Service (2013), APP fraud
reimbursement (7 October 2024), the Building Societies Act 1986), branch closures, openings and Banking Hubs (6,000
branches closed since 2015, Cambuslang (2022), 445 closures in 2023), the PPI deadline (August 2019), fines and
redress (a £107.8 million FCA fine (2023)), campaigns, sponsorships and slogans (Lloyds' black horse ads (1985),
Nationwide's 'Voices' (2016), Barclays' Premier League deal (2001)), awards and app ratings (a Which? Recommended
Provider 2024, the British Bank Awards 2023, a 4.9 App Store rating (2024), the Moneyfacts Awards 2022), customer and
member numbers with years, tickers (LON: BARC, LON: LLOY, LON: NWG, ISE: A5G), job titles, honours and CEOs (Chief
Marketing Officer, Head of Brand, Branch Manager, OBE), financial years, half years and quarters (FY2023, H1 2024, Q3
2023), margins and capital ratios, deposit protection, APR examples, Trustpilot and NPS scores, opening hours, market
shares, mergers (Nationwide and Virgin Money (2024)), founding years, abbreviations, cross-references, handles,
samples, euro prices and the cost of living, which are no citations); textbooks (Routledge, Sage, Kogan Page,
Pearson, Wiley, Palgrave Macmillan), chapters, journals with up to eight authors and DOIs (International Journal of
Bank Marketing, Journal of Financial Services Marketing, Journal of Banking & Finance, Journal of Consumer Affairs,
Journal of Retailing, Journal of Marketing Management), theses (Leeds, Edinburgh, Bangor, Nottingham, University
College Dublin, Maynooth), conference papers (the Academy of Marketing, the European Financial Management
Association, the Money Macro and Finance Society), regulators and public bodies (the FCA, the PRA, the Bank of
England, the PSR, the Financial Ombudsman Service, the CMA, HM Treasury, the Central Bank of Ireland, the CCPC, the
ONS, the Money and Pensions Service; abbreviations, "&" and bodies with two works of a year), trade bodies and
charities (UK Finance, the Building Societies Association, ABCUL, the Irish League of Credit Unions, BPFI, Innovate
Finance, StepChange, Citizens Advice, Which?, the Money Charity, Pay.UK), company pages, annual reports and investor
decks ("PLC", "plc", "Ltd", "AB": Barclays PLC, Lloyds Banking Group plc, NatWest Group plc, Santander UK plc, HSBC
UK Bank plc, Nationwide Building Society, Monzo Bank Ltd, Starling Bank Ltd, Revolut Ltd, AIB Group plc, Bank of
Ireland Group plc, PTSB Group Holdings plc, Zopa Bank Ltd, Klarna Bank AB), market research with years (Ipsos,
YouGov, Mintel, Kantar, Statista, CACI, Finder, Moneyfacts, J.D. Power), the fintech, trade and national press signed
and unsigned (Finextra, AltFi, FT Adviser, Money Marketing, This is Money, the Financial Times, The Times, the Irish
Times, the Guardian, BBC News), social posts, videos, podcasts and undated pages; British double-barrelled names
(Hughes-Hallett, Lloyd-Davies), Irish names with Ó, Ní, Nic and Mac (Ó Súilleabháin, Ní Bhriain, Nic Giolla Phádraig,
Mac Aodha), South Asian, Chinese, Nigerian and Lithuanian names (Bhattacharyya, Sivaramakrishnan, Zhou, Ng,
Oyelaran-Oyeyinka, Okafor, Jankauskienė, Žukauskas)), with fifty-six kinds of decoy. While held out, we reported its
tables only.

The "blind248" half (``--halves blind248,blind248-more``, 100 + 300 reports, seeds 252000-252399) is a
two-hundred-and-forty-eighth independent measurement, held out for its first tables (measured by its writer in stop
49), development data since stop 50: written by a two-hundred-and-forty-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind248_works.py and blind248_text.py), as marketers
at facilities-management, cleaning, security, catering-contract and workplace-services firms in the UK, Ireland and
the Nordics (Mitie, ISS, Sodexo UK & Ireland, Compass Group UK & Ireland, OCS, CBRE Global Workplace Solutions,
Serco, G4S, Securitas, Rentokil Initial, Churchill Group, Bidvest Noonan, Aramark Ireland, Elior UK, Kier Facilities
Services, Equans, Coor, Samsic UK) write CIM Level 6 and 7 reports and MBA assignments in English on B2B, bid and
account-based marketing (contracts and values with years (a £1.2 billion MoD contract (2022), a five-year NHS
cleaning contract from April 2024, 'Project Aurora' (2023)), the Real Living Wage and hourly rates with periods
(£10.42 an hour (April 2023), a 9.8% rise in April 2024), Acts and rules with years (the Private Security Industry
Act 2001, the Procurement Act 2023, TUPE (2006), Martyn's Law (2025)), standards and accreditations (ISO 41001
(2018), ISO 9001:2015, SafeContractor (2023), the Approved Contractor Scheme (2006)), Carillion's collapse (January
2018) and other events, acquisitions and spin-offs (Mitie's purchase of Interserve FS (2020), Sodexo's Pluxee
spin-off (2024)), headcounts and sites, platforms and service brands with launch years (Mitie's Merlin platform
(2021), ISS's 'Place Management' (2023)), awards (the PFM Awards 2023, the IWFM Impact Awards 2024), tickers (LON:
MTO, CPH: ISS), job titles, honours and CEOs, financial years, half years and quarters (FY2023/24, H1 2024, Q3 2023),
CCS frameworks, contract terms, tender deadlines and scores, NPS and KPIs, samples, cross-references, currency,
market sizes, net zero targets, PPNs, SIA and PSA licences, hygiene ratings, trade shows, the Games, lockdown,
rebrands, strikes, founding years, contract losses, handles, slogans, models, margins, the Irish cleaning ERO and
Nordic rules, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Wiley-Blackwell,
Butterworth-Heinemann), chapters, journals with up to eight authors and DOIs (Facilities, Journal of Facilities
Management, Journal of Corporate Real Estate, Industrial Marketing Management, Journal of Business & Industrial
Marketing, International Journal of Hospitality Management, Journal of Purchasing and Supply Management), theses
(Sheffield Hallam, Leeds Beckett, Heriot-Watt, Reading, TU Dublin, NTNU), conference papers (the EuroFM Research
Symposium, IFMA World Workplace, the Academy of Marketing, the IMP Group), regulators and public bodies (the SIA, the
HSE, the Crown Commercial Service, the Cabinet Office, the NAO, the FSA, the ONS, the PSA, the OGP, the CSO;
abbreviations and bodies with two works of a year), trade bodies and charities (IWFM, BICSc, the BSIA, the CSSA, the
Hospital Caterers Association, LACA, the Living Wage Foundation, CIPS, the Irish Contract Cleaning Association, the
Facility Management Association of Ireland), operators' pages, annual reports and investor decks ("Mitie Group plc",
"ISS A/S", "Sodexo S.A.", "CBRE Group Inc.", "Bidvest Noonan (UK) Ltd", "Coor Service Management Holding AB"), market
research with years (MarketsandMarkets, Frost & Sullivan, Verdantix, Statista, IBISWorld, i-FM, Mintel,
LaingBuisson), the trade and national press signed and unsigned (FM World, Facilitate, i-FM.net, Cleaning &
Maintenance, Professional Security Magazine, Footprint, Contract Catering Today, the Financial Times, the Irish
Times, BBC News), social posts, videos, podcasts and undated pages; British double-barrelled names (Lloyd-Jones,
Carter-Ward), Irish names with Ó, Ní, Nic and Mac (Ó Súilleabháin, Ní Bhriain, Nic Aodha, Mac Giolla Phádraig),
Danish, Norwegian and Swedish names (Sørensen, Ødegaard, Åberg, Kjærgaard), South Asian, Polish and Ghanaian names
(Krishnamurthy, Wójcik, Szymańska, Owusu-Ansah, Agyeman-Duah)), with fifty kinds of decoy. While held out, we
reported its tables only.

The "blind249" half (``--halves blind249,blind249-more``, 100 + 300 reports, seeds 253000-253399) is a
two-hundred-and-forty-ninth independent measurement, held out for its first tables (measured by its writer in stop
49), development data since stop 50: written by a two-hundred-and-forty-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind249_works.py and blind249_text.py), as marketers
in Iceland, the Faroe Islands and Greenland and their diaspora (Reykjavík, Kópavogur, Hafnarfjörður, Akureyri,
Reykjanesbær, Tórshavn, Klaksvík, Nuuk, Ilulissat, Sisimiut; Copenhagen, Oslo, Winnipeg (Gimli), Seattle, Edinburgh)
at banks and fintechs (Landsbankinn, Arion banki, Íslandsbanki, Kvika, BankNordik, GrønlandsBANKEN), telecoms
(Síminn, Vodafone Iceland (Sýn), Nova, Føroya Tele, Tusass), airlines and tourism (Icelandair, PLAY, Atlantic
Airways, Air Greenland, Visit Iceland, Visit Faroe Islands, Visit Greenland, the Blue Lagoon), seafood and food
exporters (Brim, Samherji, Bakkafrost, Royal Greenland, Ísey Skyr, MS), drinks makers (Ölgerðin, Víking, Föroya Bjór,
Reyka), retailers (Hagar, Bónus, Krónan, Festi) and NGOs write CIM Level 6 and 7 reports and MBA assignments in
English (prices and fares with periods (ISK 1,190 a coffee in 2024, DKK 3,500 to Nuuk in summer 2023), brands,
airlines and campaigns with launch years (Ísey Skyr (2017), Reyka (2005), PLAY (2021), the Icelandair Saga Club
(1991), Sheep View 360 (2016)), festivals and holidays with dates (Þorrablót 2024, Þjóðhátíð (August 2023), Ólavsøka
(29 July), Sjómannadagurinn 2023), Acts by number and year (Act No. 90/2018, the Tourism Act 2018, the Fisheries
Management Act (1990), the EEA Agreement (1994), the Self-Government Act 2009), the 2008 collapse, Icesave (2009),
Eyjafjallajökull (April 2010), Grindavík (November 2023) and the Wow Air collapse (March 2019), openings and routes
(Harpa (2011), Nuuk airport (November 2024), KEF-Nuuk (2024)), visitor, cruise, catch and export figures with years,
job titles (CEO, forstjóri), awards (ÍMARK 2023, the Nordic Council Environment Prize 2022, a Michelin star (2017),
the World Travel Awards 2024), tickers (ICEAIR, OSE: BAKKA), financial years, half years and quarters (FY2023, H1
2024, Q3 2023), founding years, population, exchange and policy rates, elections, the pandemic, samples,
cross-references, vessels, quotas, market shares, World Heritage listings, Euro 2016, the Althing, hashtags, weather
and opening hours, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Háskólaútgáfan,
Forlagið, Gyldendal, Fróðskapur), chapters, journals with up to eight authors and DOIs (Scandinavian Journal of
Hospitality and Tourism, Tourism Management, Journal of Marketing Management, Arctic Review on Law and Politics,
Stjórnmál og stjórnsýsla, Nordic Journal of Business, Marine Policy), theses (Háskóli Íslands, Reykjavík University,
the University of Akureyri, Bifröst University, Fróðskaparsetur Føroya, Ilisimatusarfik, the Copenhagen Business
School), conference papers (the Nordic Symposium in Tourism and Hospitality Research, the Arctic Circle Assembly, the
Academy of Marketing, the Nordic Academy of Management), public bodies and regulators (Hagstofa Íslands, Seðlabanki
Íslands, Ferðamálastofa, Samkeppniseftirlitið, Neytendastofa, the Directorate of Fisheries, Hagstova Føroya,
Naatsorsueqqissaartarfik, Naalakkersuisut, the Nordic Council of Ministers, EFTA; under their own and their English
names, with bodies with two works of a year), trade bodies and charities (SAF, Íslandsstofa, SI, SA, SFS, the Faroese
Employers' Association, Grønlands Erhverv, the Icelandic Red Cross), company pages, annual reports and investor decks
("Icelandair Group hf.", "Bakkafrost P/F", "Royal Greenland A/S", "Ernst & Young ehf."), market research with years
(Gallup, Maskína, Prósent, MMR, Statista, Euromonitor), the national, Faroese, Greenlandic and international press
signed and unsigned (Morgunblaðið, Vísir, RÚV, Iceland Review, Kjarninn, Viðskiptablaðið, Dimmalætting, KNR,
Sermitsiaq, Reuters, the Financial Times, BBC News), social posts, videos, podcasts and undated pages; Icelandic
patronymics and matronymics with þ, ð and æ (Guðmundsdóttir, Arnþórsson, Sæmundsdóttir, Guðrúnarson), Faroese names
(Joensen, Poulsen, á Lakjuni, í Skorini), Greenlandic names (Kleist, Motzfeldt, Lynge), Danish and Norwegian names
and British double-barrelled ones; quotation marks include „…“ and »…«, and the list is now and then headed
"Heimildir"), with fifty-seven kinds of decoy. While held out, we reported its tables only.

The "blind250" half (``--halves blind250,blind250-more``, 100 + 300 reports, seeds 254000-254399) is a
two-hundred-and-fiftieth independent measurement, held out for its first tables (measured by its writer in stop 49),
development data since stop 50: written by a two-hundred-and-fiftieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind250_works.py and blind250_text.py), as marketers at water
companies, waste-management and recycling firms, environmental consultancies and circular-economy start-ups in the UK
and Ireland (Thames Water, Severn Trent, United Utilities, Anglian Water, Yorkshire Water, Scottish Water, Welsh
Water (Dŵr Cymru), Uisce Éireann, Veolia UK & Ireland, Biffa, Suez recycling and recovery UK, Viridor, FCC
Environment, Renewi, Panda, Greyhound Recycling, Repak, Too Good To Go, Olio, ReLondon) write CIM Level 6 and 7
reports and MBA assignments in English on B2B, public-sector and behaviour-change marketing (bills, rises, permits
and deposits with periods (£448 average bills in 2023, a 21% rise from April 2025, a £35 garden-waste permit in 2024,
a 25p deposit (2025)), Acts, rules, schemes and directives with years (the Water Industry Act 1991, the Environment
Act 2021, the Water (Special Measures) Act 2025, the Deposit Return Scheme (October 2027), Simpler Recycling (March
2025), the Landfill Tax (1996), Extended Producer Responsibility (2025), the Waste Framework Directive (2008/98/EC)),
price reviews and AMPs (PR24, AMP8 (2025-2030)), targets and net zero, the 2022 hosepipe ban, the Thames Tideway
Tunnel (2025), the Beast from the East (2018), spill hours, campaigns (Love Water, Bin It Don't Block It, Recycle
Week 2023, the Great British Spring Clean 2024, Plastic Free July), fines and penalties with years, ERFs,
incinerators and works with their openings, awards and regulator ratings (the Water Industry Awards 2023, Ofwat's
'lagging' rating (2023)), tickers (LON: SVT, LON: UU., AMS: RWI), job titles, honours and CEOs, financial years, half
years and quarters, leakage, litres per person and tonnages, privatisation and founding years, euro charges,
standards, samples, cross-references, handles, abbreviations, bathing waters, social tariffs, acquisitions, slogans,
models and bin days, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Earthscan, IWA
Publishing), chapters, journals with up to eight authors and DOIs (Resources, Conservation and Recycling, Waste
Management, Journal of Cleaner Production, Water Policy, Journal of Environmental Psychology, Social Marketing
Quarterly, Journal of Marketing Management), theses (Cranfield, Leeds, Exeter, Sheffield, University College Cork,
Galway, Cardiff), conference papers (the CIWM Conference, the IWA World Water Congress, the World Social Marketing
Conference, the Academy of Marketing), regulators and public bodies (Ofwat, the Environment Agency, the DWI, CCW,
SEPA, Natural Resources Wales and Cyfoeth Naturiol Cymru, Defra, the CRU, the EPA, the OEP, the ONS, the EEA;
abbreviations and bodies with two works of a year), trade bodies and charities (Water UK, CIWM, the ESA, WRAP, Keep
Britain Tidy, Zero Waste Scotland, Surfers Against Sewage, the Rivers Trust, Waterwise, the Recycling Association,
Repak), company pages, annual reports and investor decks ("Thames Water Utilities Ltd", "Severn Trent Plc", "United
Utilities Group PLC", "Dŵr Cymru Cyfyngedig", "Uisce Éireann", "Veolia Environnement S.A.", "Renewi plc"), market
research with years (YouGov, Ipsos, Mintel, Statista, Kantar, Savanta, CCW's Water Matters, WRAP's Recycling
Tracker), the trade and national press signed and unsigned (letsrecycle.com, Utility Week, Water Magazine, MRW, edie,
Resource, the Financial Times, the Guardian, the Irish Times, BBC News), social posts, videos, podcasts and undated
pages; British double-barrelled names (Jones-Parry, Vaughan-Thomas), Welsh names (ap Dafydd, Llywelyn, ferch Rhys),
Irish names with Ó, Ní and Mac (Ó Súilleabháin, Ní Bhriain, Mac Cárthaigh), South Asian, Polish and Nigerian names
(Venkataraman, Wiśniewska, Dąbrowski, Adeyemi-Bello)), with fifty kinds of decoy. While held out, we reported its
tables only.

The "blind251" half (``--halves blind251,blind251-more``, 100 + 300 reports, seeds 255000-255399) is a
two-hundred-and-fifty-first independent measurement, held out for its first tables (measured by its writer in stop
49), development data since stop 50: written by a two-hundred-and-fifty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind251_works.py and blind251_text.py), as marketers
at independent schools, school groups, tutoring companies, edtech firms, early-years nurseries and exam boards in the
UK, Ireland and the Gulf (Eton College, Harrow, GEMS Education, Cognita, Nord Anglia, Dulwich College International,
Bright Horizons, Busy Bees, Kumon, Explore Learning, Tutor Doctor, Atom Learning, Century Tech, Seneca, Pearson
Edexcel, AQA, OCR, Cambridge International, the Institute of Education Dublin) write CIM Level 6 and 7 reports and
MBA assignments in English on admissions, parent and B2B marketing (fees and prices with periods (£16,500 a term in
2024, VAT on school fees from January 2025, €7,000 grind-school fees (2023), AED 95,000 a year (2023), £8 an hour
childcare from September 2025), laws and rules with years (the Education Act 1996, the Children and Families Act
2014, the Childcare Act 2006, the Education (Admission to Schools) Act 2018, the Schools Bill (2022), the KHDA fee
framework (2024)), exams and results with dates (A-level results day (15 August 2024), the Leaving Cert 2023, GCSE
2022, the 11-plus (September 2023), Key Stage 2 SATs (May 2024)), inspection grades with years (an Ofsted
‘Outstanding’ (2019), ISI ‘Excellent’ (2023), KHDA ‘Very Good’ (2022), the end of one-word judgements (September
2024)), overseas campuses and nursery openings (Harrow Hong Kong (2012), Dulwich College Singapore (2014)), pupil,
school and application numbers, open days, Speech Day, BETT and World Book Day, awards (the Independent Schools of
the Year Awards 2023, the Nursery World Awards 2024, the BETT Awards 2022, the Tes Schools Awards 2023), tickers
(NYSE: NORD, NYSE: BFAM, LON: PSON, LON: RM.), job titles, honours and CEOs, academic years, terms, quarters and
financial years (2023/24, Michaelmas 2023, Q3 2023, FY2023), founding years, funded hours, exam series, grading,
lockdown, cross-references, samples, followers, conversion rates, acquisitions, curricula, bursaries, ratios, intakes
and tutoring prices, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Bloomsbury Academic,
Open University Press, Policy Press), chapters, journals with up to eight authors and DOIs (British Educational
Research Journal, Oxford Review of Education, Journal of Education Policy, Educational Management Administration &
Leadership, International Journal of Educational Management, Journal of Marketing for Higher Education, British
Journal of Educational Technology), theses (the UCL Institute of Education, Cambridge, Bath, Dublin City University,
Mary Immaculate College, the British University in Dubai), conference papers (BERA, ECER, BETT, the Academy of
Marketing), inspectorates, regulators and public bodies (Ofsted, the ISI, the DfE, Ofqual, the ESFA, Estyn, Education
Scotland, the Department of Education, the State Examinations Commission, the KHDA, the ONS, the CMA; abbreviations
and bodies with two works of a year), trade bodies and charities (the ISC, HMC, the GSA, ASCL, the NDNA, the Early
Years Alliance, the Tutors' Association, the Sutton Trust, the EEF, Teach First, Jisc, BESA), school groups' and
firms' pages, annual reports and investor decks ("GEMS Education Ltd", "Cognita Schools Ltd", "Nord Anglia Education
Inc.", "Bright Horizons Family Solutions Inc.", "Kumon Institute of Education Co., Ltd.", "Century-Tech Ltd", "RM
plc"), market research with years (Statista, YouGov, Ipsos, HolonIQ, Mumsnet, Parentkind, Coram Family and Childcare,
LaingBuisson), the education and national press signed and unsigned (Tes, Schools Week, Nursery World, the Irish
Independent, the Irish Times, Gulf News, The National, the Financial Times, the Guardian, BBC News), social posts,
videos, podcasts and undated pages; British double-barrelled names (Hughes-Hallett, Lane-Fox), Irish names with Ó, Ní
and Mac (Ó Faoláin, Ní Chonaill, Mac Aodha), Arabic names (Al Mansoori, bin Rashid, Al-Hashimi), South Asian, Chinese
and Nigerian names (Krishnamurthy, Xu, Oyelaran-Oyeyinka)), with fifty-six kinds of decoy. While held out, we
reported its tables only.

The "blind252" half (``--halves blind252,blind252-more``, 100 + 300 reports, seeds 256000-256399) is a
two-hundred-and-fifty-second independent measurement, held out for its first tables (measured by its writer in stop
50), development data since stop 50: written by a two-hundred-and-fifty-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind252_works.py and blind252_text.py), as marketers
in Venezuela and Uruguay and their diaspora (Caracas, Maracaibo, Valencia, Barquisimeto, Mérida, Puerto La Cruz,
Montevideo, Punta del Este, Salto, Paysandú, Colonia del Sacramento; Doral, Madrid, Bogotá, Buenos Aires, Santiago)
at banks and fintechs (Banesco, Banco Mercantil, BBVA Provincial, Bancamiga, BROU, Itaú Uruguay, Prex, dLocal),
telecoms (CANTV, Movistar Venezuela, Digitel, Antel, Claro Uruguay), food and drink makers (Empresas Polar, Harina
P.A.N., Cacique, Diplomático, Santa Teresa, Chocolates El Rey, Conaprole, Pilsen, Bodega Garzón, Salus), retailers
and e-commerce (Farmatodo, Tiendas Daka, Tienda Inglesa, Ta-Ta, Mercado Libre), tourism and NGOs write CIM Level 6
and 7 reports and MBA assignments in English (prices and figures with periods (Bs. 36 to the dollar in 2024, USD 4.50
a kilo of arepa flour in 2023, UYU 1,200 a cart in 2024, inflation of 190% in 2023), brand and fintech launches
(Harina P.A.N. (1960), Diplomático (launched 2002), Prex (2015)), dLocal's listing (June 2021), festivals and
holidays with dates (Carnaval 2024, Semana de Turismo (April 2023), the Feria de la Chinita (November 2023), Noche de
los Museos 2022, Independence Day (5 July), Día del Patrimonio (October 2024)), laws and rules with years (the Ley de
Precios Justos (2014), the Ley de Inclusión Financiera (2014), Ley N° 19.210, Decreto 2.792, the 2019 marijuana
rules), crises and events with years (the 2014 oil-price crash, dollarisation (2019), the 2018 redenomination, the
2017 protests, the water crisis (June 2023)), openings (the Metro de Caracas (1983), Antel Arena (2018), the Carrasco
terminal (2009)), tourism and export figures, job titles, awards (the Premio Nacional de Publicidad 2023, Effie
Awards Uruguay 2022, the Campana de Oro (2019), B Corp (2021), Great Place to Work 2024), tickers (NASDAQ: DLO,
NASDAQ: MELI, BVC: BNC), financial years, halves and quarters (FY2023, H1 2024, Q3 2023), exchange controls, minimum
wages, samples, followers, cross-references, founding and heritage years, football, phone numbers, handles,
migration, the pandemic, elections and models, which are no citations); textbooks (Routledge, Sage, Kogan Page,
Pearson, Ediciones IESA, Ediciones de la Banda Oriental), chapters, journals with up to eight authors and DOIs
(Revista Venezolana de Gerencia, Academia Revista Latinoamericana de Administración, Journal of Business Research,
International Journal of Emerging Markets, Revista de Economía, Latin American Business Review), theses (IESA, UCAB,
UCV, the Universidad Metropolitana, Udelar, ORT Uruguay, the Universidad de Montevideo, the Universidad Católica del
Uruguay), conference papers (CLADEA, BALAS, the Academy of Marketing, ACR Latin America), central banks, regulators
and public bodies (the BCV, SUDEBAN, SENIAT, CONATEL, the INE, the BCU, the INE Uruguay, Uruguay XXI, the Ministerio
de Turismo, URSEC, the IDB, CEPAL/ECLAC, the IMF; abbreviations and bodies with two works of a year), trade bodies
and charities (Fedecámaras, Conindustria, Consecomercio, VenAmCham, the Cámara de Industrias del Uruguay, CUTI, the
Asociación Uruguaya de Agencias de Publicidad, Cáritas Venezuela, UNICEF), companies' pages, annual reports and
investor decks ("Banesco Banco Universal C.A.", "Mercantil Servicios Financieros C.A.", "dLocal Ltd.", "Mercado Libre
Inc.", "Ron Santa Teresa C.A.", "Farmatodo C.A.", "Procter & Gamble de Venezuela", "McDonald's Uruguay"), market
research with years (Datanálisis, Encovi, Consultores 21, Equipos Consultores, Factum, Cifra, Opción Consultores,
Statista, Euromonitor International, Kantar), the press signed and unsigned (El Universal, El Nacional, Efecto
Cocuyo, Tal Cual, Banca y Negocios, El País, El Observador, Búsqueda, Reuters, Bloomberg Línea, BBC Mundo), social
posts, videos, podcasts and undated pages; double Spanish surnames with and without hyphens (García Márquez,
Pérez-Jiménez, Rodríguez de la Fuente), particles (de Armas, del Pino, de la Torre) and the Basque, Italian,
Portuguese, Lebanese and German surnames of the diaspora (Echeverría, Capriles, Lusinchi, Sanguinetti, Saab,
Gonçalves, Vogeler)), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind253" half (``--halves blind253,blind253-more``, 100 + 300 reports, seeds 257000-257399) is a
two-hundred-and-fifty-third independent measurement, held out for its first tables (measured by its writer in stop
50), development data since stop 50: written by a two-hundred-and-fifty-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind253_works.py and blind253_text.py), as marketers
at UK and Irish film studios, distributors, cinema chains, TV producers, broadcasters and streaming services
(Pinewood, Shepperton, Working Title, Film4, the BFI, Screen Ireland, Element Pictures, Altitude, Curzon,
Picturehouse, Vue, Cineworld, Odeon, Everyman, Omniplex, the BBC, ITV, Channel 4, Sky, RTÉ, Virgin Media Television,
TG4, S4C, BritBox, ITVX, Netflix UK, Disney+, MUBI) write CIM Level 6 and 7 reports and MBA assignments in English on
audience, trade and B2B marketing (prices and fees with periods (£7.99 a month in 2023, a £12.50 ticket, €10 midweek
tickets, the £169.50 licence fee from April 2024), films and series with years (Barbie (2023), The Banshees of
Inisherin (2022), Baby Reindeer (April 2024), The Crown (2016-2023)), festivals and ceremonies with dates (the BAFTAs
(18 February 2024), the London Film Festival 2023, Cannes (May 2024), the Galway Film Fleadh (July 2022)), laws and
reliefs with years (the Media Act 2024, the Online Safety Act 2023, the Communications Act 2003, Section 481 (2023),
the Audio-Visual Expenditure Credit (April 2024)), box-office, admissions, viewers and shares with periods, openings,
closures and Chapter 11, strikes and lockdown, job titles, honours and CEOs, certificates, ratings and review scores,
awards, tickers (LON: ITV, LON: EMAN, NASDAQ: NFLX), financial years, half years and quarters, windows, channel
launches, rate cards, seasons, screen counts, founding years, acquisitions, followers, samples and cross-references,
which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, BFI Publishing, Bloomsbury Academic,
Palgrave Macmillan), chapters, journals with up to eight authors and DOIs (Journal of British Cinema and Television,
Screen, Media, Culture & Society, Journal of Media Business Studies, International Journal of Arts Management,
Journal of Marketing Management, Convergence), theses (the NFTS, Westminster, King's College London, UEA, Trinity
College Dublin, IADT Dún Laoghaire, Glasgow Caledonian), conference papers (BAFTSS, MeCCSA, the Academy of Marketing,
the Edinburgh TV Festival), regulators and public bodies (Ofcom, the BFI, the BBFC, the DCMS, Coimisiún na Meán,
Screen Ireland (Fís Éireann), the IFCO, Screen Scotland, Creative Wales, Northern Ireland Screen, the British Film
Commission, the CMA, the ONS; abbreviations and bodies with two works of a year), trade bodies and charities (the UK
Cinema Association, the Film Distributors' Association, Pact, BAFTA, the RTS, ScreenSkills, the Independent Cinema
Office, Film Hub North, the Cinema Exhibitors' Association, Into Film, the Writers' Guild of Great Britain, Equity),
companies' pages, annual reports and investor decks (ITV plc, Sky UK Ltd, Channel Four Television Corporation, BBC
Studios Distribution Ltd, Cineworld Group plc, Everyman Media Group plc, RTÉ), market research with years (Barb,
Comscore, Ampere Analysis, Enders Analysis, Nielsen, YouGov, Ipsos, Mintel, Statista, Digital i, Attentional), the
trade and national press signed and unsigned (Screen International, Broadcast, Deadline, Variety, The Hollywood
Reporter, Televisual, Campaign, the Irish Times, the Guardian, BBC News, the Financial Times), social posts, videos,
podcasts and undated pages; British double-barrelled names (Fforde-Williams, Lloyd-Hughes), Irish names with Ó, Ní
and Mac (Ó Súilleabháin, Ní Chonaill, Mac Giolla Phádraig), Welsh names (Ap Gwilym, Llywelyn, Puw), South Asian,
Nigerian and Polish names (Raghavan, Nwachukwu, Wiśniewska, Żurawski)), with forty-eight kinds of decoy. While held
out, we reported its tables only.

The "blind254" half (``--halves blind254,blind254-more``, 100 + 300 reports, seeds 258000-258399) is a
two-hundred-and-fifty-fourth independent measurement, held out for its first tables (measured by its writer in stop
50), development data since stop 50: written by a two-hundred-and-fifty-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind254_works.py and blind254_text.py), as marketers
at recruitment agencies, staffing firms, job boards, executive-search firms, HR-software vendors and
employer-branding consultancies in the UK, Ireland and Australia (Hays, Reed, PageGroup (Michael Page), Robert
Walters, SThree, Adecco, Randstad, Manpower, Hudson, Harvey Nash, Cpl, Sigmar Recruitment, Morgan McKinley, Indeed,
LinkedIn Talent Solutions, Totaljobs, Seek, Irishjobs.ie, Workday, Personio, Hibob, Sage HR, Employer Brand Partners)
write CIM Level 6 and 7 reports and MBA assignments in English on B2B, candidate and employer-brand marketing (fees
and pay with periods (a 20% placement fee in 2023, £11.44 an hour from April 2024, a £42,000 median salary (2023),
€13.50 minimum wage (2025), AUD 23.23 an hour from July 2023), laws and rules with years (the Conduct of Employment
Agencies and Employment Businesses Regulations 2003, the Agency Workers Regulations 2010, IR35 (April 2021), the
Employment Rights Act 1996, the Equality Act 2010, GDPR (May 2018), the Employment Permits Act 2024, the Secure Jobs,
Better Pay Act 2022), jobs and labour figures with periods (931,000 vacancies in 2023, unemployment of 4.2% (Q2
2024), 1.2 million temps in 2023, a 38% drop in permanent placements (H1 2024)), the Report on Jobs (March 2024),
KPMG's index and net fee income (FY2024), the Great Resignation (2021), Recruitment Week 2023, National
Apprenticeship Week 2024, furlough and the four-day week pilot (June 2022), awards and accreditations (the Recruiter
Awards 2023, Investors in People Gold (2019), Glassdoor's Best Places to Work 2024, the Sunday Times Best Companies
(2022), the Employer Brand Management Awards 2023), offices and openings (Hays's Leeds office (2018), a new Dublin
hub (2024)), tickers (LON: HAS, LON: PAGE, LON: RWA, LON: STEM, ASX: SEK, NYSE: MAN), job titles and post-nominals
(Head of Talent Acquisition, Chief People Officer, MREC, FCIPD, OBE), financial years, halves and quarters, samples,
cost per hire, qualifications, REC and APSCo membership, salary bands, PSL and MSP contracts, frameworks, webinars,
budgets, cross-references and headcounts, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson,
CIPD Publishing, Oxford University Press), chapters, journals with up to eight authors and DOIs (Human Resource
Management Journal, the International Journal of Human Resource Management, Journal of Applied Psychology, Personnel
Review, Employee Relations, Journal of Marketing Management, Journal of Business Research), theses (the LSE,
Cranfield, Kingston, Limerick, UCD, Sydney, Monash), conference papers (the CIPD Festival of Work, AOM, BAM, the
Academy of Marketing), regulators and statistics offices (the EAS, the GLAA, the Department for Business and Trade,
the ONS, Acas, the ICO, the EHRC, the WRC, the CSO, the ABS, the Fair Work Ombudsman, the OECD, the ILO;
abbreviations and bodies with two works of a year), trade bodies and charities (the REC, APSCo, the NRF, the RCSA,
the CIPD, the ISE, the CMI, Business in the Community, Timewise, Tech Talent Charter), agencies' and vendors' pages,
annual reports and investor decks ("Hays plc", "Randstad N.V.", "ManpowerGroup Inc.", "Personio SE & Co. KG"), market
research with years (the REC & KPMG Report on Jobs, the Hays Salary Guide, the CIPD Good Work Index, LinkedIn's
Global Talent Trends, Glassdoor, YouGov, Ipsos, Statista, Gartner, Josh Bersin Company, Universum), the trade and
national press signed and unsigned (Recruiter, Personnel Today, People Management, HR Magazine, Recruitment
International, the Irish Times, the Australian Financial Review, the Financial Times, the Guardian, BBC News), social
posts, videos, podcasts and undated pages; British double-barrelled names (Lloyd-Jones, Wentworth-Smythe), Irish
names with Ó, Ní and Mac (Ó Súilleabháin, Ní Bhriain, Mac Giolla Phádraig), Australian and Aboriginal names
(Yunupingu, Marika), South Asian, Chinese, Filipino and South African names (Krishnamurthy, Xiaowei Chen, Dela Cruz,
van der Merwe, Dlamini)), with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind255" half (``--halves blind255,blind255-more``, 100 + 300 reports, seeds 259000-259399) is a
two-hundred-and-fifty-fifth independent measurement, held out for its first tables (measured by its writer in stop
50), development data since stop 51: written by a two-hundred-and-fifty-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind255_works.py and blind255_text.py), as marketers
in the Basque Country, Navarre and Catalonia and their diaspora (Bilbao, Donostia-San Sebastián, Vitoria-Gasteiz,
Pamplona-Iruña, Barcelona, Girona, Lleida, Tarragona, Andorra la Vella, Perpignan, Bayonne; Boise, Buenos Aires,
Mexico City, London) at co-operatives and banks (Mondragon, Eroski, Laboral Kutxa, Kutxabank, BBVA, CaixaBank, Banc
Sabadell), energy and industry (Iberdrola, CAF, Gestamp, Orona, Irizar, Fagor), food and drink (Estrella Damm,
Freixenet, Codorníu, Torres, Txakoli Getariako, Idiazabal, Nocilla, Chupa Chups, Cola Cao), fashion and retail
(Mango, Desigual, Tous, Camper, El Corte Inglés), tourism and football clubs (Athletic Club, Real Sociedad, FC
Barcelona, the Guggenheim Bilbao, Turisme de Barcelona, Basquetour) and NGOs write CIM Level 6 and 7 reports and MBA
assignments in English (prices and taxes with periods (€3.50 a pintxo in 2024, a €26 Guggenheim ticket (2023), €1.95
a caña in 2022, a tourist tax of €4 a night from April 2024), brands and launch years (Chupa Chups (1958), Estrella
Damm (1876), Cola Cao (1946), Txakoli's denomination (1989)), festivals with dates (Aste Nagusia (August 2023), San
Fermín (7 July 2024), Sant Jordi (23 April 2023), La Mercè 2022, the Tamborrada (20 January), the Diada (11
September), Olentzero 2023), statutes and laws with years (the Statute of Autonomy (1979), the Catalan Statute
(2006), the Ley de Cooperativas de Euskadi 11/2019, the language law (1998), the Ley Orgánica 3/2018, the LSSI
(2002)), events, openings and routes (the 2017 referendum, the Barcelona Olympics (1992), the Guggenheim's opening
(October 1997), the 2008 crisis, the Grand Départ (July 2023), Bilbao Metro (1995), Line 9 (2009)), tourism figures
with years, job titles, awards (the Premios Eficacia 2023, the Laus awards 2022, Michelin stars (2019), the Premio
Nacional de Gastronomía 2021), tickers (BME: IBE, BME: BBVA, BME: CABK, BME: GRF, BME: CAF), financial years, halves
and quarters, addresses, opening hours, founding years, stadiums, populations, samples, exchange rates and VAT, which
are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, ESIC Editorial, Edicions UOC, Deusto), chapters,
journals with up to eight authors and DOIs (Journal of Business Research, European Journal of Marketing, Journal of
Co-operative Organization and Management, Annals of Tourism Research, Revista Española de Investigación de Marketing
ESIC, Cuadernos de Gestión, Ekonomiaz), theses (Deusto, UPV/EHU, Mondragon Unibertsitatea, UPNA, ESADE, IESE, Pompeu
Fabra, Barcelona, the UOC), conference papers (AEMARK, EMAC, the Academy of Marketing, the ICA research conference),
statistics offices, governments and regulators (Eustat, Idescat, the Basque Government, the Generalitat, the Gobierno
de Navarra, the INE, the CNMC, the AEPD, the Autoritat Catalana de Protecció de Dades, the Banco de España, the
European Commission; abbreviations and bodies with two works of a year), trade bodies and charities (Confebask,
Foment del Treball Nacional, the Cámara de Comercio de Bilbao, the Cambra de Comerç de Barcelona, Basque Culinary
Center, the Asociación de Marketing de España, Cáritas, Òmnium Cultural), companies' pages, annual reports and
investor decks ("Iberdrola, S.A.", "Eroski S. Coop.", "Mango (Punto Fa, S.L.)", "Construcciones y Auxiliar de
Ferrocarriles, S.A. (CAF)", "Llorente & Cuenca"), market research with years (Kantar Spain, GfK Spain, Nielsen, 40dB,
the CIS, the Euskobarómetro, the CEO, Statista, Euromonitor), news signed and unsigned (El Correo, Diario Vasco,
Berria, Naiz, La Vanguardia, El Periódico, Ara, El País, Expansión, Cinco Días, Reuters, the Financial Times), social
posts, videos, podcasts and undated pages; Basque surnames (Etxeberria, Goikoetxea, Agirre, Uribe-Etxebarria),
Catalan double surnames joined by "i" (Pujol i Soley, Garcia i Serra), Spanish double surnames and particles (García
López, de la Fuente, del Valle), and the diaspora's French, Argentine and American names (Laxalt, Iribarne,
Echenique, Bieter)), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind256" half (``--halves blind256,blind256-more``, 100 + 300 reports, seeds 260000-260399) is a
two-hundred-and-fifty-sixth independent measurement, held out for its first tables (measured by its writer in stop
50), development data since stop 51: written by a two-hundred-and-fifty-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind256_works.py and blind256_text.py), as marketers
at cybersecurity vendors, identity and fraud-prevention firms, managed security service providers and security
consultancies in the UK, Ireland, Israel and the US (Darktrace, Sophos, NCC Group, BAE Systems Digital Intelligence,
Check Point, CyberArk, Wiz, SentinelOne, CrowdStrike, Palo Alto Networks, Okta, Yubico, Onfido (Entrust),
Featurespace, Mimecast, Smarttech247, Integrity360, BlackBerry Cylance) write CIM Level 6 and 7 reports and MBA
assignments in English on B2B, channel and account-based marketing (prices and fees with periods (£12 a user a month
in 2024, a $4.45 million average breach cost in 2023, a £2,500 pen test (2022), $1.4 billion for a takeover in 2024),
attacks and incidents with dates (WannaCry (May 2017), NotPetya (June 2017), SolarWinds (December 2020), the MOVEit
breach (June 2023), the British Library attack (October 2023), the CrowdStrike outage (19 July 2024), Log4Shell
(December 2021), the HSE ransomware attack (May 2021)), laws and rules with years (the Computer Misuse Act 1990, the
NIS Regulations 2018, NIS2 (October 2024), DORA (January 2025), the PSTI Act 2022, the Cyber Resilience Act (2024),
GDPR (May 2018)), standards and schemes with years (ISO/IEC 27001:2022, Cyber Essentials (2014), SOC 2 Type II
(2023), PCI DSS v4.0 (March 2024), the NIST CSF 2.0 (February 2024)), CVEs, versions and ATT&CK techniques, deals and
listings (Darktrace's IPO (April 2021), Thoma Bravo's takeover (2024), Sophos's delisting (2020), Wiz's $32 billion
deal (March 2025)), awards (the SC Awards Europe 2023, the Computing Security Awards 2024, a Gartner Magic Quadrant
Leader (2023)), events (Infosecurity Europe (June 2024), CyberUK 2023, Black Hat USA (August 2023), Cybersecurity
Awareness Month), tickers (LON: DARK, LON: NCC, NASDAQ: CHKP, NASDAQ: CYBR, NASDAQ: CRWD), job titles and honours
(CISO, CMO, Head of Demand Generation, VP of Product Marketing, OBE), financial years, halves and quarters, ARR,
headcounts, ransoms, samples and cross-references, which are no citations); security and marketing textbooks
(Routledge, Sage, Kogan Page, Pearson, Wiley, O'Reilly Media, Apress), chapters, journals with up to eight authors
and DOIs (Computers & Security, Journal of Cybersecurity, Industrial Marketing Management, Journal of
Business-to-Business Marketing, Information & Management, MIS Quarterly, Journal of Marketing Management), theses
(Royal Holloway, Lancaster, Oxford, Cranfield, UCD, Tel Aviv, Carnegie Mellon), conference papers (Black Hat, DEF
CON, RSA Conference, Infosecurity Europe, CyberUK, the IEEE Symposium on Security and Privacy, the Academy of
Marketing), regulators and public bodies (the NCSC, the ICO, DSIT, Action Fraud, the National Crime Agency, ENISA,
the European Commission, the NCSC of Ireland, the Data Protection Commission, the Israel National Cyber Directorate,
CISA, NIST, the FBI's IC3; abbreviations and bodies with two works of a year), trade bodies and charities (techUK,
the UK Cyber Security Council, (ISC)², ISACA, CREST, CIISec, UK Finance, Cifas, Get Safe Online, the Cyber Helpline),
vendors' pages, annual reports and investor decks ("Darktrace plc", "Check Point Software Technologies Ltd.",
"CrowdStrike Holdings, Inc.", "Yubico AB"), market research with years (Gartner, Forrester, IDC, the Ponemon
Institute, the Cyber Security Breaches Survey, Verizon's DBIR, IBM's Cost of a Data Breach Report, Statista, Omdia,
CyberEdge), the trade and national press signed and unsigned (Computer Weekly, The Register, SC Media, Infosecurity
Magazine, Dark Reading, BleepingComputer, Wired, the Financial Times, the Irish Times, BBC News), social posts,
videos, podcasts and undated pages; British double-barrelled names (Fox-Hamilton, Lloyd-Jones), Irish names with Ó,
Ní and Mac (Ó Súilleabháin, Ní Dhomhnaill, Mac Giolla), Hebrew names (Ben-David, Bar-On, Cohen), South Asian,
Chinese, Nigerian, Polish and Ukrainian names (Chatterjee, Zhang, Okonkwo, Wiśniewska, Shevchenko)), with forty-nine
kinds of decoy. While held out, we reported its tables only.

The "blind257" half (``--halves blind257,blind257-more``, 100 + 300 reports, seeds 261000-261399) is a
two-hundred-and-fifty-seventh independent measurement, held out for its first tables (measured by its writer in stop
50), development data since stop 51: written by a two-hundred-and-fifty-seventh hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind257_works.py and blind257_text.py), as
marketers at dating apps, matchmaking services, wedding venues, bridal retailers, wedding planners and wedding-media
firms in the UK, Ireland and Australia (Tinder, Bumble, Hinge, Match Group, eharmony, Muzz, Raya, Feeld, Inner
Circle, Lumen, Hitched, Bridebook, The Knot, Easy Weddings, Pronovias, Wed2B, David's Bridal, Confetti.co.uk, Rock My
Wedding, One Fab Day) write CIM Level 6 and 7 reports and MBA assignments in English on consumer, subscription and
small-business marketing (prices and fees with periods (£24.99 a month in 2024, an £18,400 average wedding (2023),
€32,000 weddings in Ireland in 2023, AUD 36,000 in 2022, a £1,100 dress (2024)), apps and features with launch years
(Tinder (2012), Bumble (2014), Hinge's relaunch (2016), Tinder Gold (2017), Bumble BFF (2016), Hinge's 'Your Turn
Limits' (2022)), days and events (Valentine's Day (14 February 2024), Dating Sunday (7 January 2024), the National
Wedding Show (February 2024), the royal wedding (May 2018), wedding season (June to September 2023), a leap year
proposal (29 February 2024)), laws with years (the Marriage (Same Sex Couples) Act 2013, the Marriage Act 2015
(Ireland), the Marriage Amendment (Definition and Religious Freedoms) Act 2017, the Online Safety Act 2023, the
Marriage and Civil Partnership (Minimum Age) Act 2022, GDPR (May 2018)), figures with periods (235,000 marriages in
2022, 21,000 weddings in Ireland (2023), 75 million monthly users (Q2 2024), a 20% fall in paying users (H1 2024)),
the 2020 wedding bans, the Rule of Six (September 2020) and the 2022 catch-up boom, Bumble's IPO (February 2021),
Match Group's separation from IAC (July 2020) and Hinge's purchase (2019), awards (the Hitched Wedding Awards 2023,
the UK Wedding Awards 2024, the Drum Awards 2022, the Webby Awards 2023), tickers (NASDAQ: MTCH, NASDAQ: BMBL, NYSE:
TKNO), job titles and honours (Chief Marketing Officer, Head of Brand, Community Manager, founder, OBE, CEO),
financial years, halves and quarters, samples, referendums, ratings, guest counts, age ranges, slogans, handles,
addresses and cross-references, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Bloomsbury
Academic, Polity Press, Oxford University Press), chapters, journals with up to eight authors and DOIs (Journal of
Consumer Research, Journal of Consumer Culture, New Media & Society, Journal of Social and Personal Relationships,
Computers in Human Behavior, Journal of Marketing Management, Journal of Retailing and Consumer Services), theses
(the LSE, Manchester, Leeds, King's College London, Trinity College Dublin, Sydney, RMIT), conference papers (AoIR,
ICA, the Academy of Marketing, CCT), regulators and statistics offices (the ONS, Ofcom, the CMA, the ASA, the ICO,
the CSO, the CCPC, the ABS, the eSafety Commissioner, the ACCC, the General Register Office; abbreviations and bodies
with two works of a year), trade bodies and charities (the ODDA, the UK Alliance of Wedding Planners, the National
Association of Wedding Professionals, Relate, the Marriage Foundation, Stonewall, Refuge, Women's Aid), companies'
pages, annual reports and investor decks ("Match Group, Inc.", "Bumble Inc.", "eharmony, Inc.", "Muzz Ltd", "The Knot
Worldwide Inc."), market research with years (Mintel, YouGov, Ipsos, Statista, Pew Research Center, the Hitched
National Wedding Survey, Bridebook's UK Wedding Report, The Knot Real Weddings Study, Ofcom's Online Nation), the
press signed and unsigned (the Guardian, the Independent, the Irish Times, the Sydney Morning Herald, Vogue, Brides,
Marketing Week, Campaign, The Drum, BBC News, the Financial Times), social posts, videos, podcasts and undated pages;
British double-barrelled names (Fairclough-Hughes, Ashworth-Lee), Irish names with Ó, Ní and Mac (Ó Súilleabháin, Ní
Chonaill, Mac Giolla Phádraig), Welsh names (ap Rhys, Prys-Jones, Gruffydd), South Asian, Pakistani, Nigerian,
Chinese and Greek names (Bhattacharya, Qureshi, Oyelaran-Oyeyinka, Zhou, Papadimitriou)), with fifty-one kinds of
decoy. While held out, we reported its tables only.

The "blind258" half (``--halves blind258,blind258-more``, 100 + 300 reports, seeds 262000-262399) is a
two-hundred-and-fifty-eighth independent measurement, held out for its first tables (measured by its writer in stop
51), development data since stop 51: written by a two-hundred-and-fifty-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind258_works.py and blind258_text.py), as marketers
in Sicily, Sardinia, Calabria and Puglia and their diaspora (Palermo, Catania, Messina, Siracusa, Cagliari, Sassari,
Olbia, Reggio Calabria, Cosenza, Bari, Lecce, Taranto; Melbourne, Toronto, New York, Buenos Aires, London) at food
and drink firms (Averna, Tasca d'Almerita, Planeta, Donnafugata, Cantine Florio, Sella & Mosca, Argiolas, Caffè
Mauro, Rummo, Divella, Granoro, Birra Messina, Ichnusa, Callipo, Amarelli, Fiasconaro, Sammontana), tourism and
transport (Aeroporti di Puglia, GESAP, SAC Catania, Tirrenia, GNV, Caronte & Tourist, Moby), fashion and crafts
(Dolce & Gabbana, Marella, Tessitura Busatti), banks and co-operatives (Banca Popolare di Bari, BPER Banca, Banco di
Sardegna, Credem, Coldiretti, Conad Sicilia) and NGOs write CIM Level 6 and 7 reports and MBA assignments in English
(prices with periods (€2.50 an arancino in 2024, a €1.20 espresso (2023), €18 for a Valley of the Temples ticket in
2022, a tourist tax of €3 a night from June 2024), founding years (Averna (1868), Caffè Mauro (1949), Birra Messina
(1923), Ichnusa (1912), Dolce & Gabbana (1985), Amarelli (1731)), festivals and holidays (the Festino di Santa
Rosalia (July 2023), Sant'Agata (5 February 2024), the Sa Sartiglia (February 2023), the Notte della Taranta (August
2022), Ferragosto (15 August), Carnevale di Acireale 2024), statutes, codes and rules (the Sicilian Statute (1946),
the Sardinian Statute (1948), the Codice del Consumo (Legislative Decree 206/2005), the Legge 4/2013, the DOC Sicilia
rules (2011), GDPR (May 2018)), events, openings and routes (Etna's eruption (December 2018), the 2021 Ortigia
floods, the G7 at Taormina (May 2017) and in Puglia (June 2024), Matera (2019), Palermo's tram (2015), the Messina
bridge plan (2023), Ryanair's Comiso base (2022)), tourism and export figures, job titles and honours (CEO, Direttore
Marketing, Brand Manager, presidente, Cavaliere del Lavoro), ratings and awards (Tre Bicchieri 2023, a Michelin star
(2020), the Vinitaly awards 2022, Due Forchette (2024)), tickers (BIT: CPR, BIT: BPE, BIT: TIS), financial years,
halves and quarters, denominations, UNESCO listings, samples, ferry routes, sport, handles and cross-references,
which are no citations); Italian and British textbooks (Routledge, Sage, Kogan Page, Pearson, McGraw-Hill Italia,
Egea, Il Mulino, FrancoAngeli, Giappichelli), chapters, journals with up to eight authors and DOIs (Journal of
Business Research, Tourism Management, British Food Journal, Journal of Wine Research, Italian Journal of Marketing,
Mercati e Competitività, Sinergie, Micro & Macro Marketing), theses (Palermo, Catania, Cagliari, Salento, Bari Aldo
Moro, Bocconi, LUISS, Calabria), conference papers (SIM, Sinergie–SIMA, EMAC, the Academy of Marketing, the Academy
of Wine Business Research), regional and national bodies and regulators (Istat, the Regione Siciliana, the Regione
Autonoma della Sardegna, the Regione Puglia, the Regione Calabria, ENIT, the AGCM, the Garante per la protezione dei
dati personali, AGCOM, the Banca d'Italia, MASAF, the European Commission, Eurostat; bodies with two works of a
year), trade bodies, consortia and charities (Confindustria Sicilia, Confcommercio, Coldiretti, Federvini, Assobirra,
the Consorzio di Tutela Vini DOC Sicilia, the Consorzio Pecorino Sardo, Slow Food, Libera, Legambiente), companies'
pages, annual reports and investor decks ("Dolce & Gabbana S.r.l.", "Averna S.p.A.", "Tasca d'Almerita S.r.l.",
"Banca Popolare di Bari S.C.p.A.", "Caronte & Tourist S.p.A."), market research with years (Istat, Nomisma, Ismea,
Censis, Svimez, Doxa, Ipsos Italia, NielsenIQ Italia, Statista, Euromonitor), the press signed and unsigned (Giornale
di Sicilia, La Sicilia, L'Unione Sarda, La Nuova Sardegna, La Gazzetta del Mezzogiorno, Corriere della Sera, Il Sole
24 Ore, la Repubblica, Gambero Rosso, Reuters, the Financial Times), social posts, videos, podcasts and undated
pages; Italian surnames with particles and apostrophes (Di Stefano, De Luca, Lo Presti, La Rosa, Li Causi,
D'Alessandro, Dell'Utri, D'Amico), Sardinian names (Pinna, Porcu, Sanna, Melis), double given names (Maria Grazia,
Gian Luca) and the diaspora's Australian, Canadian, American and Argentine names), with forty-nine kinds of decoy.
While held out, we reported its tables only.

The "blind259" half (``--halves blind259,blind259-more``, 100 + 300 reports, seeds 263000-263399) is a
two-hundred-and-fifty-ninth independent measurement, held out for its first tables (measured by its writer in stop
51), development data since stop 51: written by a two-hundred-and-fifty-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind259_works.py and blind259_text.py), as marketers
at boatbuilders, marinas, yacht brokers and charter firms, sailing schools, watersports brands, marine electronics
firms and boat shows in the UK, Ireland, France, the Netherlands and New Zealand (Sunseeker, Princess Yachts,
Fairline, Oyster Yachts, Beneteau, Jeanneau, Hallberg-Rassy, Bavaria Yachts, MDL Marinas, Premier Marinas, Boatfolk,
Sunsail, The Moorings, Neilson, Musto, Henri Lloyd, Helly Hansen, Gill Marine, Crewsaver, Raymarine, B&G, Garmin
Marine, Southampton International Boat Show, Emirates Team New Zealand, SailGP) write CIM Level 6 and 7 reports and
MBA assignments in English on consumer, luxury, dealer and B2B marketing (berth, boat, charter and course prices with
periods (£4,200 a year for a berth (2024), a £2.3 million Princess V55 (2023), €6,500 a week (2022), NZ$450 for a
dinghy course (2024)), boats and classes with launch years (the Sunseeker Manhattan 68 (2020), the Oyster 495 (2021),
the Beneteau Oceanis 46.1 (2019), the Laser (1970), the ILCA 7 (2019)), shows and regattas with dates (the
Southampton International Boat Show (September 2023), the America's Cup (October 2024), Cowes Week (August 2022), the
Fastnet Race (July 2023), the SailGP Grand Final (July 2024), Volvo Cork Week, the Cannes Yachting Festival),
maritime law with years (the Merchant Shipping Act 1995, the Recreational Craft Regulations 2017, Directive
2013/53/EU, COLREGs (1972), the Marine and Coastal Access Act 2009, GDPR (May 2018)), figures with years, Storm
Ciarán (November 2023), the 2020 lockdown boom, the Brexit VAT rules (January 2021), deals (Brunswick's takeover of
Navico (2021), Sunseeker's sale to Wanda (2013), Fairline's rescue (2023)), awards, tickers (NYSE: BC, NYSE: HZO,
EPA: BEN), job titles and honours, financial years, halves and quarters, lengths, speeds, qualifications, hull
numbers, leases, founding and Olympic years, samples, addresses, handles and cross-references, which are no
citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Adlard Coles, Bloomsbury, Goodfellow), chapters,
journals with up to eight authors and DOIs (Journal of Business Research, Tourism Management, Journal of Sport &
Tourism, Marine Policy, Ocean & Coastal Management, Journal of Marketing Management, Journal of Luxury Marketing),
theses (Southampton, Solent, Plymouth, Bournemouth, University College Cork, Auckland, AUT, the Université de
Bretagne Occidentale), conference papers (marine tourism, the Academy of Marketing, RINA), regulators and public
bodies (the MCA, the MMO, the Crown Estate, the ONS, Fáilte Ireland, the Irish Coast Guard, Maritime New Zealand, the
European Commission, the CMA, the ASA; abbreviations and bodies with two works of a year), trade bodies and charities
(British Marine, the RYA, TYHA, ICOMIA, the Irish Sailing Association, the FIN, Yachting New Zealand, the RNLI, the
Ocean Youth Trust, Sail Training International, the Blue Marine Foundation), companies' pages, annual reports and
investor decks ("Sunseeker International Ltd", "MarineMax, Inc.", "Raymarine (Teledyne FLIR)"), market research with
years (Mintel, Statista, Euromonitor, Superyacht Times Intelligence, Boat International's Global Order Book, British
Marine's and the RYA's participation surveys, ICOMIA statistics), the yachting and national press signed and
unsigned, social posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní
and Mac, Dutch and French names with van, de and Le, Māori names (Te Rangi, Ngata, Tāwhai) and Scandinavian names
with ø and å), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind260" half (``--halves blind260,blind260-more``, 100 + 300 reports, seeds 264000-264399) is a
two-hundred-and-sixtieth independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 51: written by a two-hundred-and-sixtieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind260_works.py and blind260_text.py), as marketers at
home-services marketplaces, trade merchants, plumbing, heating and electrical firms, locksmiths, pest control,
removals and handyman franchises in the UK, Ireland and Canada (Checkatrade, MyBuilder, Rated People, TrustATrader,
Bark, Screwfix, Toolstation, Travis Perkins, City Plumbing, Wolseley, Plumb Center, Pimlico Plumbers, British Gas
HomeCare, HomeServe, Dyno-Rod, Rentokil, Timpson, Banham, Mr. Handyman, Two Men and a Truck, HomeStars, Aviva) write
CIM Level 6 and 7 reports and MBA assignments in English on local, franchise, small-business and B2B marketing
(prices and fees with periods (£85 an hour in 2024, a £3,200 boiler (2023), £7,500 off a heat pump (2024), €120 for a
call-out in 2022, a £10.99 a month membership (2024)), services with launch years (Checkatrade (1998), Screwfix's
Sprint delivery (2022), HomeServe's Membership (2019), Toolstation's click-and-collect (2015)), peaks, months, shows
and Black Friday, laws and rules with years (the Consumer Rights Act 2015, the Building Safety Act 2022, the Gas
Safety (Installation and Use) Regulations 1998, Part P (2005), the Future Homes Standard (2025), GDPR (May 2018)),
schemes and standards (TrustMark (2005), MCS certification (2008), BS 7671:2018, the Green Deal (2013), the Warm
Homes Plan (2024)), boilers, heat pumps and market sizes with years, Brookfield's takeover of HomeServe (January
2023), Grafton's sale of Selco (2022), awards (the Installer Awards 2023, the BMJ Awards 2024, a Queen's Award for
Enterprise (2020)), tickers (LON: TPK, LON: KGF, LON: RTO, LON: CNA, LON: HWDN, NYSE: FERG), job titles and honours,
financial years, halves and quarters, store counts, phone numbers, app versions, slogans, handles and
cross-references, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Wiley, the CIM's own
books), chapters, journals with up to eight authors and DOIs (Journal of Services Marketing, Journal of Service
Research, Journal of Small Business Management, International Small Business Journal, Journal of Retailing and
Consumer Services, Journal of Marketing Management, Construction Management and Economics), theses (Aston, Reading
(Henley Business School), Loughborough, Sheffield Hallam, Dublin City University, Toronto Metropolitan University,
Waterloo), conference papers (ISBE, the Academy of Marketing, Frontiers in Service, ARCOM), regulators and statistics
offices (the ONS, DESNZ, Ofgem, the CMA, the ASA, Trading Standards, the HSE, the Gas Safe Register, the FCA, the
CSO, the Competition Bureau Canada, Statistics Canada), trade bodies and charities (the FMB, CIPHE, the MLA, the
BPCA, the BAR, the NFRC, NICEIC, NAPIT, the HHIC, the British Franchise Association, Citizens Advice, Which? Trusted
Traders, the BMF), companies' pages, annual reports and investor decks ("Checkatrade Ltd", "Travis Perkins plc",
"Wolseley UK Ltd", "Ferguson Enterprises Inc."), market research with years (Mintel, YouGov, Kantar, GfK, Statista,
IBISWorld, the BMBI, the FMB's State of Trade Survey, Checkatrade's Trade Sentiment Survey, Which?), the trade and
national press signed and unsigned (Builders Merchants Journal, Professional Builder, Installer, H&V News, PHPI,
Construction News, The Grocer, This is Money, the Guardian, the Irish Times, the Globe and Mail, BBC News), social
posts, videos, podcasts and undated pages; British double-barrelled names (Harrington-Wells, Lloyd-Jones), Irish
names with Ó, Ní and Mac (Ó Súilleabháin, Ní Bhriain, Mac Giolla Phádraig), Welsh names (ap Gwilym, Llywelyn), French
Canadian, South Asian, Polish, Romanian, Nigerian and Chinese names (Côté, Bélanger, Chaudhry, Wiśniewska, Popescu,
Okafor, Zhang), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind261" half (``--halves blind261,blind261-more``, 100 + 300 reports, seeds 265000-265399) is a
two-hundred-and-sixty-first independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 52: written by a two-hundred-and-sixty-first hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind261_works.py and blind261_text.py), as marketers in Alsace,
Lorraine, Brittany and Corsica and their diaspora (Strasbourg, Colmar, Mulhouse, Metz, Nancy, Rennes, Brest, Quimper,
Lorient, Saint-Malo, Ajaccio, Bastia, Corte; Montreal, Paris, London, Brussels) at food and drink firms (Kronenbourg,
Meteor, Hugel, Trimbach, Bonne Maman, Hénaff, Breizh Cola, Pietra, Corsica Cola), retail and fashion (Armor-Lux, Saint
James, Le Slip Français), banks and co-operatives (Crédit Mutuel Alliance Fédérale, Crédit Mutuel Arkéa, CIC Est,
Triskalia, Even), tourism and transport (Brittany Ferries, Corsica Linea, Air Corsica, Europa-Park, the Marché de Noël
de Strasbourg, the Festival Interceltique de Lorient) and NGOs write CIM Level 6 and 7 reports and MBA assignments in
English (prices with periods (€4.50 a kouign-amann in 2024, a €12 flammekueche (2023), a €39 Europa-Park ticket in 2022,
a tourist tax of €2.88 a night from 2024), brands with founding years (Kronenbourg (1664), Hénaff (1907), Breizh Cola
(2002), Armor-Lux (1938), Pietra (1996), Saint James (1889)), festivals and holidays (the Festival Interceltique (August
2023), the Marché de Noël, the Fest-Noz on UNESCO's list (2012), the Fête de la Bretagne, the Foire aux Vins de Colmar,
the 14 juillet, Sainte-Odile (13 December)), laws and rules with years (the Loi Toubon (1994), the Loi Evin (1991), the
Loi Molac (2021), the Concordat (1801), the AOC Alsace rules (1962), GDPR (May 2018)), events (the Strasbourg attack
(2018), the Amoco Cadiz (1978) and Erika (1999) spills, the Collectivité européenne d'Alsace (2021), the Grand Départ in
Brest (June 2021)), openings and routes (the TGV Est (June 2007), Rennes metro line B (September 2022), the LGV Bretagne
(2017), Brittany Ferries' Cork route (1978)), tourism and export figures with years, job titles and honours, awards (a
Michelin star (2021), the Trophées LSA 2023, the Concours Général Agricole 2022, the Grand Prix Stratégies 2024),
tickers (EPA: BON, EPA: CA, EPA: BN), financial years, halves, quarters, sample sizes and cross-references, which are no
citations); French and English textbooks (Routledge, Sage, Kogan Page, Pearson, Dunod, Vuibert, Pearson France, the
Presses universitaires de Rennes and de Strasbourg), chapters, journals with up to eight authors and DOIs (Journal of
Business Research, Tourism Management, Recherche et Applications en Marketing, Décisions Marketing, Revue française de
gestion, Management & Avenir, Annals of Tourism Research), theses (EM Strasbourg, ICN Business School, IGR-IAE Rennes,
Rennes School of Business, the Université de Bretagne Occidentale, the Università di Corsica, Sciences Po, HEC Paris),
conference papers (the AFM congress, the JNRC, EMAC, the Academy of Marketing), public bodies and regulators (INSEE, the
Région Grand Est, the Région Bretagne, the Collectivité de Corse, Atout France, the Autorité de la concurrence, the
CNIL, the ARPP, the DGCCRF, the Banque de France, the European Commission, Eurostat), trade bodies and charities (the
CCI Alsace Eurométropole, the CCI Bretagne, the Medef, Produit en Bretagne, the CIVA, Diwan, Emmaüs France), companies'
pages, annual reports and investor decks ("Brasseries Kronenbourg SAS", "Europa-Park GmbH & Co Mack KG", "BAI Bretagne
Angleterre Irlande SA"), market research with years (INSEE, Kantar France, Ipsos France, IFOP, Circana France, Xerfi,
Statista, Euromonitor), the regional and national press signed and unsigned (DNA, L'Alsace, Le Républicain Lorrain,
Ouest-France, Le Télégramme, Corse-Matin, Le Monde, Les Échos, LSA, Reuters, the Financial Times), social posts, videos,
podcasts and undated pages; French names with particles and apostrophes (de Gaulle, du Pont, Le Goff, L'Hostis,
d'Ornano), Breton (Kerjean, Quéméner, Morvan), Alsatian (Haegeli, Meyer-Kuhn), Corsican (Santoni, Pieri, Colonna
d'Istria), Québécois, Belgian and British names and hyphenated given names (Jean-Pierre, Marie-Claire), with forty-seven
kinds of decoy. While held out, we reported its tables only.

The "blind262" half (``--halves blind262,blind262-more``, 100 + 300 reports, seeds 266000-266399) is a
two-hundred-and-sixty-second independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 52: written by a two-hundred-and-sixty-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind262_works.py and blind262_text.py), as marketers at
holiday parks, caravan and motorhome makers, campsites, glamping sites, outdoor-gear retailers and camping marketplaces
in the UK, Ireland, the Netherlands and France (Parkdean Resorts, Haven (Bourne Leisure), Center Parcs, Butlin's,
Hoseasons, Away Resorts, Landal GreenParks, Roompot, Eurocamp, Canvas Holidays, Pitchup, Campsites.co.uk, Hipcamp, the
Camping and Caravanning Club, the Caravan and Motorhome Club, Swift Group, Bailey of Bristol, Elddis, Go Outdoors,
Blacks, Millets, Vango, Outwell, Decathlon's Quechua) write CIM Level 6 and 7 reports and MBA assignments in English on
consumer, membership, seasonal and dealer marketing (prices and fees with periods (£899 for a week's break in August
2024, a £49 a night pitch (2023), €120 a night for a safari tent in 2022, a £28,000 static caravan (2024), £5,500 site
fees a year (2023)), parks and models with opening or launch years (Center Parcs Sherwood Forest (1987), Center Parcs
Longford Forest (2019), the Swift Sprite (1960s), the Bailey Unicorn (2012), Butlin's Minehead (1962)), half-terms,
summer peaks, the NEC show, National Camping and Caravanning Week and Bonfire Night breaks, laws and rules with years
(the Caravan Sites and Control of Development Act 1960, the Mobile Homes Act 2013, the Package Travel and Linked Travel
Arrangements Regulations 2018, the Consumer Rights Act 2015, the Countryside and Rights of Way Act 2000, GDPR (May
2018)), schemes and gradings (the David Bellamy Conservation Award, the AA Pennant scheme (2019), the VisitEngland
Quality Rose (2020), Green Key (2022)), figures with years (28 million nights in 2023, a £10 billion sector (2019), 1.1
million caravans in use (2024)), the 2020 lockdown closures, the Summer 2021 staycation boom, Storm Babet (October
2023), Blackstone's purchase of Bourne Leisure (2021), Center Parcs' sale to Brookfield (2015), Parkdean's merger
(2016), awards (the Practical Caravan Awards 2024, the British Travel Awards 2023, the Hoseasons Awards 2022, a Queen's
Award for Enterprise (2018)), tickers (LON: FRAS, STO: THULE, EPA: TRI), job titles and honours, financial years, halves
and quarters, pitch and berth specifications, ratings, distances, handles and cross-references, which are no citations);
textbooks (Routledge, Sage, Kogan Page, Pearson, Goodfellow, CABI, Channel View Publications), chapters, journals with
up to eight authors and DOIs (Tourism Management, Journal of Travel Research, Journal of Sustainable Tourism, Annals of
Tourism Research, Leisure Studies, Journal of Outdoor Recreation and Tourism, Journal of Marketing Management), theses
(Bournemouth, Surrey, Leeds Beckett, Sheffield Hallam, Oxford Brookes, the Technological University of the Shannon,
Breda University of Applied Sciences, Wageningen), conference papers (CHME, Tourism Naturally, the Academy of Marketing,
ATLAS, TTRA), tourist boards, statistics offices and regulators (VisitBritain, VisitEngland, Visit Wales, VisitScotland,
Fáilte Ireland, the ONS, the CMA, the ASA, the Environment Agency, Natural England, the Forestry Commission, NBTC, CBS,
Atout France), trade bodies and charities (the BH&HPA, UK Holiday Parks, the NCC, the clubs, the Irish Caravan and
Camping Council, HISWA-RECRON, the FNHPA, the Ramblers, the YHA, the Outdoor Industries Association, the Scouts),
companies' pages, annual reports and investor decks ("Parkdean Resorts UK Ltd", "Center Parcs (Operating Company) Ltd",
"Butlin's Skyline Ltd", "Landal GreenParks BV", "Frasers Group plc", "Thule Group AB"), market research with years
(Mintel, YouGov, Kantar, Statista, Euromonitor, Key Note, the GB Tourism Survey 2023, the Great Britain Day Visits
Survey, the UK Caravan and Camping Alliance's economic impact report (2019), Pitchup's Camping Trends Report 2024, the
NCC's registration figures), the caravan trade and national press signed and unsigned (Park Home & Holiday Caravan,
Practical Caravan, Practical Motorhome, Camping magazine, Travel Weekly, TTG, the Telegraph, the Guardian, the Irish
Times, BBC News, the Financial Times), social posts, videos, podcasts and undated pages; British double-barrelled names
(Hamilton-Smythe, Ashby-Clarke), Irish names with Ó, Ní and Mac (Ó Briain, Ní Dhonnchadha, Mac Giolla Phádraig), Welsh
names (ap Gwilym, Prydderch), Dutch names with van, van der and de (van Dijk, van der Meer, de Vries), French names with
Le and de (Le Gall, de Villiers), Polish, Romanian and South Asian names (Wiśniewski, Popescu, Krishnamurthy), with
forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind263" half (``--halves blind263,blind263-more``, 100 + 300 reports, seeds 267000-267399) is a
two-hundred-and-sixty-third independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 52: written by a two-hundred-and-sixty-third hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind263_works.py and blind263_text.py), as marketers at biotech,
genomics, diagnostics and life-science tools firms and research institutes in the UK, Ireland, Switzerland, Denmark and
the US (Oxford Nanopore Technologies, Illumina, Genomics England, 23andMe, Novo Nordisk, Novozymes (Novonesis), Lonza,
Abcam, Bicycle Therapeutics, Exscientia, Oxford Biomedica, Genmab, Horizon Discovery, Cellular Origins, LumiraDx,
QuantuMDx, the Wellcome Sanger Institute, the Francis Crick Institute, Thermo Fisher Scientific, Qiagen) write CIM Level
6 and 7 reports and MBA assignments in English on B2B, scientific, investor and patient marketing (prices with periods
($99 for a genome in 2024, a £1,000 sequencer (2023), $4,500 for a test in 2022, £29 a kit (2024), a $2.1 million
therapy (2019)), products and launch years (the MinION (2014), the NovaSeq X (2022), Ozempic (2017), Wegovy (2021),
Zolgensma (2019), Illumina's HiSeq X (2014)), events and dates (the Human Genome Project's completion (April 2003), the
100,000 Genomes Project (December 2018), the AGBT meeting (February 2024), DNA Day (25 April)), laws and rules with
years (the Human Fertilisation and Embryology Act 2008, the Genetic Technology (Precision Breeding) Act 2023, the EU
IVDR (May 2022), the Human Tissue Act 2004, GDPR (May 2018)), standards and marks (ISO 13485:2016, ISO 15189:2022, GMP
certification (2020), CE marking (2019), UKCA marking (2023)), figures with years, deals and listings (Oxford Nanopore's
IPO (October 2021), Danaher's takeover of Abcam (December 2023), the Novozymes–Chr. Hansen merger (January 2024)),
awards (the OBN Awards 2023, the Prix Galien 2022, the Scrip Awards 2024), tickers (LON: ONT, NASDAQ: ILMN, NASDAQ: ME,
CPH: NOVO B, SWX: LONN, NASDAQ: BCYC), job titles and honours, financial years, halves and quarters, which are no
citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Wiley-Blackwell, Elsevier Academic Press, Cold Spring
Harbor Laboratory Press), chapters, journals with up to eight authors and DOIs (Nature Biotechnology, Journal of
Commercial Biotechnology, Drug Discovery Today, Industrial Marketing Management, Journal of Business Research, R&D
Management, Technological Forecasting and Social Change, Journal of Medical Marketing), theses (Cambridge (Judge
Business School), Oxford (Saïd Business School), Imperial College London, Edinburgh, Trinity College Dublin, ETH Zürich,
DTU, Copenhagen Business School), conference papers (BIO, BIO-Europe, the Festival of Genomics, AGBT, the Academy of
Marketing, the R&D Management Conference), regulators and public bodies (the MHRA, NICE, the UKHSA, UKRI, Innovate UK,
the Office for Life Sciences, the HFEA, the HPRA, Swissmedic, the Danish Medicines Agency, the EMA, the FDA, the
European Commission; bodies with and without their abbreviation), trade bodies and charities (the BIA, the ABPI, BIVDA,
Life Sciences Scotland, BioPharmaChem Ireland, Interpharma, Medicon Valley Alliance, BIO, Wellcome, Cancer Research UK,
the Progress Educational Trust, Genetic Alliance UK), companies' pages, annual reports and investor decks ("Oxford
Nanopore Technologies plc", "Illumina, Inc.", "Novo Nordisk A/S", "Qiagen N.V."), market research with years (Evaluate
Pharma, IQVIA, GlobalData, Frost & Sullivan, McKinsey & Company, Deloitte, EY's Beyond Borders, Statista, BCC Research),
the trade and national press signed and unsigned (Endpoints News, Fierce Biotech, STAT, GenomeWeb, Labiotech.eu, The
Pharmaceutical Journal, New Scientist, the Financial Times, the Guardian, the Irish Times, Børsen, BBC News), social
posts, videos, podcasts and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, Danish names
with ø, æ and å (Sørensen, Møller, Aagaard), Swiss German and French names (Müller, Zürcher, de Meuron), Indian,
Chinese, Korean, Nigerian and Greek names, with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind264" half (``--halves blind264,blind264-more``, 100 + 300 reports, seeds 268000-268399) is a
two-hundred-and-sixty-fourth independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 52: written by a two-hundred-and-sixty-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind264_works.py and blind264_text.py), as marketers in
the Canary Islands, Madeira and the Azores and their diaspora (Las Palmas de Gran Canaria, Santa Cruz de Tenerife, La
Laguna, Arrecife, Puerto del Rosario, Funchal, Porto Santo, Ponta Delgada, Angra do Heroísmo, Horta; Caracas, Fall
River, Toronto, Jersey, London) at food and drink firms (Dorada, Tropical, Arehucas, Ron Aldea, Bodegas Monje, Queso
Flor de Guía, Blandy's, Henriques & Henriques, Justino's, Gorreana, Insulac, Kima), tourism and transport (Binter, Fred.
Olsen Express, Naviera Armas, SATA Azores Airlines, Loro Parque, Siam Park, Pestana, Lopesan, Dunas Hotels, Visit
Azores), retail and banks (Hiperdino, Spar Gran Canaria, Banco Santander, Caja Siete, CaixaBank, Millennium bcp, Banco
Montepio, Caixa Geral de Depósitos) and NGOs write CIM Level 6 and 7 reports and MBA assignments in English (prices with
periods (€2.20 a barraquito in 2024, a €39.95 Loro Parque ticket (2023), €1.10 a Dorada in 2022, Madeira's €2 tourist
tax from January 2024), brands' founding years (Dorada (1939), Arehucas (1884), Blandy's (1811), Loro Parque (1972),
Binter (1989), Gorreana (1883)), festivals and holidays (the Carnaval de Santa Cruz (February 2024), the Festa da Flor
(May 2023), the Día de Canarias (30 May)), statutes and tax regimes (the Estatuto de Autonomía de Canarias (2018), the
REF (1972), the ZEC (1994), GDPR (May 2018)), eruptions, fires and floods, openings and routes (the Tenerife Tramway
(2007), Binter's Madeira route (2019)), tourism, passenger and diaspora figures, job titles and honours in three
languages, awards and designations, vintages, tickers (BME: SAN, ELI: BCP, ELI: CTT), financial years, halves and
quarters, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, ESIC Editorial, Pirámide, Actual
Editora, Edições Sílabo), chapters, journals with up to eight authors and DOIs (Tourism Management, Journal of Travel
Research, Annals of Tourism Research, Island Studies Journal, Tourism Economics, Revista de Estudios Regionales,
Cuadernos de Turismo, Revista Portuguesa de Marketing), theses (ULPGC, ULL, the Universidade da Madeira, the
Universidade dos Açores, ISEG, Nova SBE, the Complutense, IE University), conference papers (AEMARK, the Congresso
Internacional de Turismo, EMAC, the Academy of Marketing, the Island Tourism conference, the Islands Economic
Cooperation Forum), public bodies and regulators (ISTAC, the Gobierno de Canarias, Promotur, the Cabildos, the INE, the
CNMC, the AEPD, DREM, SREA, the Governo Regional dos Açores, Turismo de Portugal, the Banco de Portugal, the European
Commission, Eurostat; with and without their abbreviation), trade bodies and charities (the Confederación Canaria de
Empresarios, Ashotel, ACIF, IVBAM, Cáritas, Cruz Vermelha Portuguesa), companies' pages, annual reports and investor
decks ("Binter Canarias, S.A.", "Fred. Olsen, S.A.", "SATA Internacional – Azores Airlines, S.A."), market research with
years (Frontur-Canarias, Exceltur, Kantar Spain, GfK Portugal, Marktest, NielsenIQ, Statista, Euromonitor), the islands'
and national press signed and unsigned (Canarias7, La Provincia, El Día, Diario de Avisos, Diário de Notícias, JM
Madeira, Açoriano Oriental, Correio dos Açores, El País, Expresso, Público, Reuters, the Financial Times), social posts,
videos, podcasts and undated pages; Spanish double surnames with particles (Pérez de la Rosa, del Castillo Olivares),
Portuguese names with particles and several surnames (da Silva Pereira, dos Santos, de Freitas Gouveia, Sousa e Melo),
Canarian surnames (Afonso, Perdomo, Bethencourt, Hernández), and Venezuelan, American, Canadian and Jersey names, with
fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind265" half (``--halves blind265,blind265-more``, 100 + 300 reports, seeds 269000-269399) is a
two-hundred-and-sixty-fifth independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 52: written by a two-hundred-and-sixty-fifth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind265_works.py and blind265_text.py), as marketers at opticians,
hearing-care providers, eyewear and lens makers and audiology firms in the UK, Ireland, the Netherlands, Denmark and
Australia (Specsavers, Boots Opticians, Vision Express, Scrivens, Leightons, Optical Express, Bayfields, Hakim Group,
HearingLife, Amplifon, Boots Hearingcare, Hidden Hearing, Pearle, Hans Anders, Demant (Oticon), GN Hearing (ReSound),
Sonova (Phonak), EssilorLuxottica, Ray-Ban, Ace & Tate, Cubitts, Bloobloom, Bailey Nelson, OPSM) write CIM Level 6 and 7
reports and MBA assignments in English on retail, healthcare, franchise and B2B marketing (prices and fees with periods
(£25 for an eye test in 2024, a £99 pair of glasses (2023), two pairs for £69 in 2022, €1,200 for hearing aids (2024),
AUD 4,500 a pair in 2023, £10 a month for lenses (2024)), products and launch years (Ray-Ban Meta (September 2023),
Phonak Audéo Sphere (2024), Oticon Intent (2024), Varilux X (2017), the AirPods Pro 2 hearing aid feature (2024)),
awareness weeks and days, Optrafair and 100% Optical, Black Friday, laws and rules with years (the Opticians Act 1989,
the Sale of Optical Appliances Order 1984, the DSE Regulations 1992, the FDA's OTC hearing aid rule (October 2022), the
Medical Devices Regulations 2002, the EU MDR (May 2021), GDPR (May 2018)), standards and schemes (BS EN ISO 12870:2014,
ISO 8253-1:2010, the NHS sight test fee (April 2024), the GOC's Standards for Optical Businesses (2019)), figures and
market sizes with years, deals and founding years (GrandVision (July 2021), Miracle-Ear (1999), Sennheiser's consumer
arm (2022), Specsavers' 1984 founding), awards (the Optician Awards 2024, the AOP Awards 2023, the Retail Week Awards
2022, a Queen's Award (2020)), tickers (BIT: AMP, CPH: DEMANT, CPH: GN, SWX: SOON, EPA: EL), job titles, clinical titles
and honours, financial years, halves and quarters, prescriptions and hearing levels, samples, cross-references, store
counts and handles, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Elsevier,
Butterworth-Heinemann, Plural Publishing), chapters, journals with up to eight authors and DOIs (Ophthalmic and
Physiological Optics, Optometry in Practice, Clinical and Experimental Optometry, International Journal of Audiology,
Ear and Hearing, Journal of Retailing and Consumer Services, Journal of Service Research, Journal of Marketing
Management), theses (Aston, Cardiff, City, University of London, Ulster, Manchester, TU Dublin, Melbourne, Macquarie),
conference papers (Optrafair, 100% Optical, the BAA conference, the AAA convention, the Academy of Marketing, Frontiers
in Service), regulators and public bodies (the GOC, the CMA, the ASA, NHS England, NICE, the HCPC, the ONS, the
Department of Health, CORU, the TGA, the ACCC, the European Commission; bodies with and without their abbreviation, two
works of one body in a year), trade bodies and charities (the AOP, the College of Optometrists, FODO, ABDO, BSHAA,
BIHIMA, RNID, the RNIB, Fight for Sight, Vision Australia, Hearing Australia), companies' pages, annual reports and
investor decks ("Specsavers Optical Group Ltd", "Amplifon S.p.A.", "Demant A/S", "Ace & Tate Holding B.V."), market
research with years (Mintel, YouGov, GfK, Kantar, Statista, Euromonitor, EuroTrak UK 2022, MarkeTrak 2022, the Voice of
Optometry survey 2024), the optical, audiology and national press signed and unsigned (Optician, Optometry Today,
Audiology Online, The Hearing Journal, Retail Gazette, Marketing Week, the Irish Times, the Sydney Morning Herald, BBC
News, the Financial Times), social posts, videos, podcasts and undated pages; British double-barrelled names, Irish
names with Ó, Ní and Mac (Ó Súilleabháin, Ní Bhriain, Mac Giolla Phádraig), Dutch names with van and de (van Dijk, van
der Berg, de Vries), Danish names with ø, æ and å (Nørgaard, Bækgaard, Ågesen), Italian, South Asian, Chinese, Nigerian
and Greek names, with forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind266" half (``--halves blind266,blind266-more``, 100 + 300 reports, seeds 270000-270399) is a
two-hundred-and-sixty-sixth independent measurement, held out for its first tables (measured by its writer in stop 51),
development data since stop 52: written by a two-hundred-and-sixty-sixth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind266_works.py and blind266_text.py), as marketers at tableware,
ceramics, glass, cookware and homeware makers and retailers in the UK, Ireland, Denmark, Germany and France (Wedgwood,
Royal Doulton, Portmeirion, Denby, Emma Bridgewater, Burleigh, Waterford Crystal, Dartington Crystal, Nkuku, Villeroy &
Boch, Royal Copenhagen, Georg Jensen, Stelton, Le Creuset, Staub, Pyrex, Joseph Joseph, ProCook, Lakeland, Dunelm,
Habitat, The White Company, Arnotts, Avoca) write CIM Level 6 and 7 reports and MBA assignments in English on heritage,
luxury, gifting, DTC and wholesale marketing (prices with periods (£45 a mug in 2024, a £325 casserole (2023), DKK 650 a
cup (2023)), ranges and launch years (Jasperware (1775), Portmeirion's Botanic Garden (1972), Denby's Halo range (2019),
Royal Copenhagen's Blue Fluted (1775)), trade fairs, craft events and gifting dates (Top Drawer (January 2024), the
British Ceramics Biennial (September 2023), Black Friday (24 November 2023)), laws and rules with years (the Materials
and Articles in Contact with Food (England) Regulations 2012, Regulation (EC) No 1935/2004, the Registered Designs Act
1949, the EU's anti-dumping duties on Chinese ceramics (2013), GDPR (May 2018)), warrants, marks, hallmarks and
standards (the Royal Warrant (1955), the Made in Britain mark (2011), BS EN 1388 (1996)), market figures, deals,
listings and administrations (Fiskars' purchase of WWRD (2015), ProCook's IPO (October 2021), Villeroy & Boch's takeover
of Ideal Standard (2023)), awards (the Drapers Awards 2023, the Red Dot Award 2024, a Queen's Award for Enterprise
(2021)), tickers (LON: PMP, LON: PROC, LON: DNLM, HEL: FSKRS, ETR: VIB3), job titles and honours, financial years,
halves and quarters, which are no citations); textbooks (Routledge, Sage, Kogan Page, Pearson, Bloomsbury Visual Arts,
Thames & Hudson, Lund Humphries), chapters, journals with up to eight authors and DOIs (Journal of Marketing Management,
Journal of Business Research, Journal of Product & Brand Management, Journal of Historical Research in Marketing, Design
Journal, Journal of Design History, Journal of Retailing and Consumer Services), theses (Staffordshire University, the
University of the Arts London, the Royal College of Art, Manchester Metropolitan University, the University of Limerick,
Copenhagen Business School, Design School Kolding, Bauhaus-Universität Weimar), conference papers (the Design History
Society, the Academy of Marketing, CHARM, the EAD, the Ceramics Research Centre), regulators and public bodies (the ONS,
the Department for Business and Trade, the CMA, the ASA, the OPSS, the Intellectual Property Office, Historic England,
the CSO, Enterprise Ireland, Statistics Denmark, Destatis, the European Commission, Eurostat; bodies with and without
their abbreviation), trade bodies, charities and museums (the British Ceramic Confederation, the Crafts Council, the
Design Council, the Home & Gift Buyers' Association, the Giftware Association, the British Glass Manufacturers'
Confederation, the Design & Crafts Council Ireland, Dansk Design Center, the Stoke-on-Trent Ceramic Heritage Trust, the
Potteries Museum & Art Gallery, the Fairtrade Foundation), companies' pages, annual reports and investor decks ("WWRD
Holdings Ltd", "Villeroy & Boch AG", "Royal Copenhagen A/S", "The White Company (U.K.) Ltd"), market research with years
(Mintel, GlobalData, Kantar, YouGov, Statista, Euromonitor, IBISWorld, the Home & Gift Buyers' Association's trend
reports, the Crafts Council's market for craft (2020)), the trade and national press signed and unsigned (The Sentinel,
Homes & Gardens, House Beautiful, Drapers, Retail Week, Retail Gazette, Marketing Week, the Irish Times, Børsen, Dezeen,
Wallpaper*, the Guardian, BBC News, the Financial Times), social posts, videos, podcasts and undated pages; British
double-barrelled names, Irish names with Ó, Ní and Mac, Danish names with ø, æ and å (Jørgensen, Bæk, Aagaard), German
names with von and ü (von Boch, Müller-Lüdenscheid), French names with de and Le, South Asian and Chinese names, with
forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind267" half (``--halves blind267,blind267-more``, 100 + 300 reports, seeds 271000-271399) is a
two-hundred-and-sixty-seventh independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 52: written by a two-hundred-and-sixty-seventh hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind267_works.py and blind267_text.py), as marketers in
Morocco and its diaspora (Casablanca, Rabat, Marrakech, Tangier, Fès, Agadir, Oujda; Paris, Brussels, Amsterdam,
Montreal, Madrid) at banks and fintechs (Attijariwafa bank, BMCE Bank of Africa, CIH Bank, Banque Populaire), telecoms
(Maroc Telecom, Inwi, Orange Maroc), retail and food (Marjane, Label'Vie, Aswak Assalam, Centrale Danone, Les Eaux
Minérales d'Oulmès, Cosumar), tourism and airlines (Royal Air Maroc, the ONMT, riads and hotel groups), argan and
cosmetics cooperatives, OCP Group and start-ups write CIM Level 6 and 7 reports and MBA assignments in English, many of
them French-trained (national plans and strategies with years (Plan Maroc Vert (2008), Vision 2020, Génération Green
2020-2030, the Nouveau Modèle de Développement (2021), the Plan d'Accélération Industrielle 2014-2020), laws and dahirs
by number and year (Loi n° 09-08 (2009), Loi 31-08, Dahir n° 1-11-03, the 2011 Constitution (article 5)), royal speeches
and national days (the Discours du Trône 2023, the Green March (1975)), events (COP22 in Marrakech (2016), AFCON 2025,
the 2030 World Cup, Mawazine, the FIFM, the SIAM, GITEX Africa), football clubs with founding years (Wydad AC (1937),
Raja CA (1949)), Hijri and Amazigh years (Ramadan 1445 AH, Yennayer 2974), launches, campaigns and the 2018 boycott,
tariff and product codes, prices in MAD and dirhams per litre, sites and regions (Tanger Med (2007), Noor Ouarzazate
(2016), Al Boraq (2018), Souss-Massa), routes and flight numbers (AT 800), Darija and French slogans, figures, shares,
quarters and samples with years, tickers, awards, labels (IGP Argane (2009)), standards, phone numbers, addresses,
exchange rates, handles and census years, which are no citations); books and chapters (Pearson, Routledge, Dunod,
Vuibert, Éditions La Croisée des Chemins, Éditions Le Fennec, Economica, Springer, Emerald), journals with up to eight
authors and DOIs (Journal of Islamic Marketing, Revue Française de Gestion, Recherche et Applications en Marketing,
Revue Marocaine de Recherche en Management et Marketing, Journal of North African Studies, International Journal of
Emerging Markets, Tourism Management, Décisions Marketing), classic texts (Kotler and Keller, Chaffey and
Ellis-Chadwick, Hofstede, Porter, Lendrevie and Lévy), Moroccan public bodies (the HCP, Bank Al-Maghrib, the ANRT,
AMDIE, the Office des Changes, the ONMT, the CESE, the CNDP, ministries; bodies with and without their abbreviation, two
works of one body in a year), laws listed under "Royaume du Maroc" or "Kingdom of Morocco", firms' and cooperatives'
pages and annual reports (OCP Group, Maroc Telecom, Attijariwafa bank, Royal Air Maroc, Label'Vie, Les Eaux Minérales
d'Oulmès, Coopérative Tighanimine), international bodies (the World Bank, the IMF, UNCTAD, the GSMA, DataReportal),
market research with and without years (Euromonitor International, Kantar, Ipsos Maroc, Sunergia, Statista, Mordor
Intelligence), the Moroccan and French press signed and unsigned (L'Economiste, Le Matin, TelQuel, Médias24, Hespress,
Jeune Afrique, Le360, La Vie Éco) and undated pages; Moroccan names as they are printed in French transliteration (El
Alaoui, Benjelloun, Ait Lahcen, Ouazzani Touhami, Bennani-Chraïbi, El Mansouri), French, Spanish, Belgian, Dutch and
Canadian names with particles (de la Cruz, del Río, Le Goff, van der Meer), with fifty-four kinds of decoy. While held
out, we reported its tables only.

The "blind268" half (``--halves blind268,blind268-more``, 100 + 300 reports, seeds 272000-272399) is a
two-hundred-and-sixty-eighth independent measurement, held out for its first tables (measured by its writer in stop 52),
development data since stop 52: written by a two-hundred-and-sixty-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind268_works.py and blind268_text.py), as marketers at
dental practices and groups, orthodontists, clear-aligner brands, oral-care makers and dental suppliers in the UK,
Ireland, the Netherlands, Sweden and Australia (Bupa Dental Care, mydentist, Portman Dental Care, Colosseum Dental,
Dental Care Ireland, Smile Direct Club, Straumann, Align Technology (Invisalign), Colgate-Palmolive, Haleon (Sensodyne,
Parodontax), Oral-B (P&G), Philips Sonicare, Curaprox, Henry Schein, Dentsply Sirona) write CIM Level 6 and 7 reports
and MBA assignments in English on private and NHS dentistry, consumer oral care and B2B dental marketing (NHS contract
terms and years (the 2006 contract, Band 2 treatment, UDA rates, the 2022 reforms), NHS charges, tooth notation (UR6,
LL8, FDI 36), clinical indices and guidance editions (BPE, IOTN, Delivering Better Oral Health (2019 update), NICE CG19
(2004)), ISO and BS standards with years (ISO 13485:2016, BS EN ISO 10993), product names and launch years (Invisalign
(1997), Sonicare DiamondClean 9000, Oral-B iO Series 9 (2020)), trial registrations (NCT and ISRCTN numbers), campaign
months (Mouth Cancer Action Month 2023, National Smile Month), practices' founding years, awards (Dentistry Awards
2022), prices per arch in pounds and euros, CE and UKCA marks, quoted patient reviews and slogans, revenue figures,
tickers, deals, financial years, Swedish, Dutch, Irish and Australian schemes, which are no citations); the marketing
textbooks every candidate cites (Kotler, Chaffey and Ellis-Chadwick, Jobber, Grönroos, Kapferer), chapters, dental and
marketing journals with up to eight authors and DOIs (British Dental Journal, Journal of Dentistry, Community Dentistry
and Oral Epidemiology, Journal of Orthodontics, Acta Odontologica Scandinavica, Journal of Services Marketing, Health
Marketing Quarterly), reports and guidance of dental and health bodies (the British Dental Association, the General
Dental Council, NHS England, the NHS Business Services Authority, the Care Quality Commission, FDI World Dental
Federation, the Oral Health Foundation, Healthwatch England, the Australian Dental Association, the Dental Council of
Ireland, Tandvårdsverket, the KNMT; bodies with and without their abbreviation, with "&" and apostrophes, two works of
one body in a year), regulations cited by the body that made them (the NHS (General Dental Services Contracts)
Regulations 2005), firms' pages and annual reports (Straumann Group, Align Technology, Inc., Haleon plc,
Colgate-Palmolive, Henry Schein, Procter & Gamble), market research (Mintel, GlobalData, Grand View Research,
Euromonitor International, IBISWorld, LaingBuisson), the dental trade press signed and unsigned (Dentistry.co.uk, The
Probe, Private Dentistry, BDJ In Practice) and undated pages; Irish names with Ó, Ní and Mac, Dutch names with van, de,
ten and van der, Swedish names with å, ä and ö, with forty-seven kinds of decoy. While held out, we reported its tables
only.

The "blind269" half (``--halves blind269,blind269-more``, 100 + 300 reports, seeds 273000-273399) is a
two-hundred-and-sixty-ninth independent measurement, held out for its first tables (measured by its writer in stop 52),
development data since stop 52: written by a two-hundred-and-sixty-ninth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind269_works.py and blind269_text.py), as marketers at
musical-instrument makers, pro-audio and music-technology firms, music retailers and music-education providers in the
UK, Ireland, the US, Germany and Japan (Fender, Gibson, PRS, Marshall, Orange Amplification, Yamaha, Roland, Korg,
Steinway & Sons, Focusrite, Native Instruments, Ableton, Thomann, Andertons, PMT, Gear4music, Sweetwater, Reverb, ABRSM,
Trinity College London, Rockschool, Yousician) write CIM Level 6 and 7 reports and MBA assignments in English on brand,
e-commerce, artist-relations, community and education marketing (instrument models and reissues with years (a '59 Les
Paul, the Stratocaster (1954), the Roland TR-808 (1980), the Juno-106 (1984), the Minimoog Model D (1970)), signature
models and endorsees, albums, songs, tours and festivals with years (Rumours (1977), ‘Wonderwall’ (1995), Download
Festival (June 2023)), trade shows (NAMM 2024, Musikmesse (Frankfurt, 2019), Synthfest UK), exam grades and syllabus
years (Grade 5 Theory, the 2023-2024 piano syllabus), MIDI, firmware and software versions (MIDI 2.0 (2020), firmware
3.1, Logic Pro X (10.7)), serial numbers and model codes, patents (US 2,741,146, 1956), prices and price bands
(£300–£800), bands with "&", labels and chart positions (No. 12, 2023), taglines and scare-quoted gear slang (‘tone’,
‘boutique’, ‘GAS’), sales figures ((2023 sales: 32,000 units)), financial halves, tickers (AIM: G4M, TYO: 7951),
founding years, awards, app metrics, laws and policies with years (the Copyright, Designs and Patents Act 1988, CITES
(2017), music hubs (2012)), which are no citations); textbooks (Routledge, Pearson, Kogan Page, Sage, Bloomsbury
Academic, Hal Leonard, Backbeat Books, Focal Press), chapters, music, education and marketing journals with up to eight
authors and DOIs (Popular Music and Society, Journal of Marketing Management, Music Education Research, Consumption
Markets & Culture, British Journal of Music Education, International Journal of Music Education, Arts and the Market),
the classic marketing and music-business texts (Kotler, Keller and Chernev; Chaffey and Ellis-Chadwick; Muniz and
O'Guinn; Schau, Muñiz and Arnould; Théberge; Pinch and Trocco), trade bodies and associations (the Music Industries
Association (MIA), NAMM and the NAMM Foundation, UK Music, the BPI, the IFPI, ABRSM's Making Music, the Musicians'
Union, Youth Music, Music Mark, the ISM, PRS for Music; with and without their abbreviation, two works of one body in a
year), exam boards, firms' pages and annual reports ("Yamaha Corporation", "Focusrite plc", "Gear4music (Holdings) plc",
"Fender Musical Instruments Corporation", "Steinway & Sons", "Gibson Brands, Inc.", "Sweetwater Sound, Inc."), market
research with years (Mintel, Technavio, Statista, IBISWorld, GlobalData, MIDiA Research), the trade and consumer press
signed and unsigned (Music Week, MI Pro, Guitarist, Sound On Sound, MusicRadar, Music Business Worldwide, Billboard, the
Irish Times), government (the Department for Education's National Plan for Music Education, the Intellectual Property
Office, Ofsted, DCMS) and undated pages; British double-barrelled names, Irish names with Ó, Ní and Mac, German names
with von, ü and ß, Dutch particles and Japanese names with long vowels (Satō, Ōta), with fifty-five kinds of decoy.
While held out, we reported its tables only.

The "blind270" half (``--halves blind270,blind270-more``, 100 + 300 reports, seeds 274000-274399) is a
two-hundred-and-seventieth independent measurement, held out for its first tables (measured by its writer in stop 52),
development data since stop 52: written by a two-hundred-and-seventieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind270_works.py and blind270_text.py), as marketers in southern
India (Chennai, Coimbatore, Madurai, Bengaluru, Mysuru, Kochi, Thiruvananthapuram, Hyderabad, Visakhapatnam) and its
diaspora (Singapore, Kuala Lumpur, Dubai, Leicester, London, Toronto, New Jersey) at banks and fintechs (Federal Bank,
South Indian Bank, Karur Vysya Bank, Muthoot Finance, Manappuram), FMCG and food (Britannia, MTR Foods, Aachi Masala,
CavinKare, Jyothy Labs, Milma, Aavin, Nandini), retail and jewellery (Saravana Stores, Pothys, Kalyan Jewellers, Malabar
Gold & Diamonds, Joyalukkas, Lulu), IT services and start-ups (Infosys, Wipro, Zoho, Freshworks, Swiggy, Byju's),
tourism and NGOs write CIM Level 6 and 7 reports and MBA assignments in English (festivals with years and dates (Onam
2023, Pongal (14–17 January), Thrissur Pooram), state missions and policies (Kerala Startup Mission (2006), Tamil Nadu
Industrial Policy 2021, Karnataka's Startup Policy 2022-27), GST slabs and dates, Telugu, Tamil and Malayalam films with
years (Baahubali (2015), RRR (2022), Manjummel Boys (2024)), IPL teams and seasons (Chennai Super Kings (founded 2008),
IPL 2023), launches and prices in rupees, lakh and crore, PIN and STD codes, Tamil, Malayalam, Kannada and Telugu words
and slogans in quotes, temple, firm and textile-house founding years, tickers and BSE codes (NSE: INFY, BSE: 500825),
awards with years, census and NFHS rounds, fiscal years (FY2023-24), sales years ((2023 sales)), diaspora events and
places, gold and loan rates, vehicle numbers, S/o and D/o names, door addresses, NIRF ranks, monsoons, floods and
elections, ambassadors, TV shows, metro openings, survey sizes and app versions, which are no citations); books,
chapters and journal articles with up to eight authors and DOIs (Vikalpa, IIMB Management Review, Journal of Indian
Business Research, Indian Journal of Marketing, Global Business Review, International Journal of Bank Marketing), the
marketing texts every candidate cites (Kotler, Keller, Koshy and Jha; Ramaswamy and Namakumari; Prahalad; Chaffey and
Ellis-Chadwick; Bijapurkar), Indian public bodies (RBI with and without its abbreviation, SEBI, TRAI, NSSO, MoSPI, the
Ministry of Tourism, Kerala Tourism, the Spices Board and the Coffee Board, IIPS & ICF, NASSCOM, FICCI; two works of one
body in a year), Acts cited under the ministry that published them (the Consumer Protection Act, 2019, the Digital
Personal Data Protection Act, 2023), the Indian, state and diaspora press signed and unsigned (The Hindu, Deccan Herald,
Malayala Manorama, The News Minute, The Economic Times, Mint, Gulf News, The Straits Times), firms' pages and annual
reports ("Infosys Ltd", "Zoho Corporation Pvt. Ltd.", "Aachi Masala Foods (P) Ltd", "Tamil Nadu Co-operative Milk
Producers' Federation Ltd"), market research (Nielsen, Kantar India, RedSeer, CRISIL) and undated pages; South Indian
names as their scholars print them (initials before the name, given names used as surnames such as "Lakshmi Narayanan,
S.", Malayali house names, Telugu family names, Kannada names, Indian Christian and Muslim names), with fifty kinds of
decoy. While held out, we reported its tables only.

The "blind271" half (``--halves blind271,blind271-more``, 100 + 300 reports, seeds 275000-275399) is a
two-hundred-and-seventy-first independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 52: written by a two-hundred-and-seventy-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind271_works.py and blind271_text.py), as marketers at
insurers, brokers, price-comparison sites, insurtechs and Lloyd's market firms in the UK, Ireland and Canada (Aviva,
Direct Line, Admiral, Hastings Direct, Zurich, AXA, Allianz, LV=, Legal & General, Royal London, Vitality, Bupa,
Lemonade, Cuvva, By Miles, Marshmallow, Compare the Market, MoneySupermarket, GoCompare, Confused.com, FBD, Laya
Healthcare, Intact, Desjardins) write CIM Level 6 and 7 reports and MBA assignments in English on brand, direct,
broker-channel, embedded and B2B marketing (regulatory rules and their dates (the Consumer Duty (31 July 2023), the
FCA's pricing practices rules (January 2022), PS21/5, GIPP), products and campaigns with years (Admiral MultiCar (2006),
Vitality's Active Rewards, the meerkats (2009), GoCompare's opera singer, Winston Wolf (2014)), storms, floods and
wildfires with dates (Storm Arwen (November 2021), the 2007 floods, Fort McMurray (May 2016)), Solvency II (2016) and
IFRS 17 (2023), combined and loss ratios with years, premiums in pounds and euros a year, policy numbers, FRNs and claim
references, Defaqto star ratings, awards (British Insurance Awards 2023), Trustpilot scores, financial years, halves and
quarters, tickers (LSE: ADM, TSX: IFC), quoted straplines (‘Simples’), Lloyd's syndicates and years of account, Flood
Re, IPT and ULEZ with dates, and figures like "(2023 premiums)", which are no citations); textbooks, chapters,
financial-services, insurance and marketing journals with up to eight authors and DOIs (Journal of Financial Services
Marketing, The Geneva Papers on Risk and Insurance, International Journal of Bank Marketing, Journal of Marketing,
Journal of Risk and Insurance), the classic marketing texts (Kotler, Keller and Chernev; Chaffey and Ellis-Chadwick;
Sharp; Binet and Field; Ennew, Waite and Waite), regulators and bodies (the FCA with and without its abbreviation, the
PRA, the Central Bank of Ireland, the Financial Ombudsman Service, the ABI, BIBA, the Insurance Bureau of Canada,
Lloyd's, the CII; two works of one body in a year), legislation as cited from legislation.gov.uk and the Irish Statute
Book (the Consumer Insurance (Disclosure and Representations) Act 2012, the Insurance Act 2015), firms' pages and annual
reports ("Admiral Group plc", "Aviva plc", "Hastings Group Holdings plc", "Moneysupermarket.com Group PLC", "Cuvva Ltd",
"Laya Healthcare Limited", "Lemonade, Inc."), the trade press signed and unsigned (Insurance Times, Insurance Post, Post
Magazine, Insurance Age, Canadian Underwriter), market research with and without years (Mintel, Consumer Intelligence,
Defaqto, GlobalData, McKinsey & Company, Deloitte) and undated pages; Irish names with Ó, Ní and Mac, Canadian French
names (Côté, Bélanger, Lévesque), British double-barrelled names and Dutch and German particles, one author's two works
of a year, with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind272" half (``--halves blind272,blind272-more``, 100 + 300 reports, seeds 276000-276399) is a
two-hundred-and-seventy-second independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 52: written by a two-hundred-and-seventy-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind272_works.py and blind272_text.py), as marketers at
printers, stationery, greeting-card and gift-wrap makers, office-supplies retailers and paper brands in the UK, Ireland,
Germany and Italy (Moo, Vistaprint, Solopress, Moonpig, Funky Pigeon, Card Factory, Hallmark UK, Paperchase, Ryman,
WHSmith, Papier, Smythson, Leuchtturm1917, Moleskine, Stabilo, Staedtler, Faber-Castell, Pukka Pads, Viking, Lyreco,
Eason) write CIM Level 6 and 7 reports and MBA assignments in English on consumer, seasonal, gifting, DTC and B2B
marketing (the greetings calendar (Valentine's Day 2024, Mother's Day (10 March), back-to-school 2023, Christmas 2022
trading), stamp prices and postal changes (a first-class stamp at £1.35 (2024), Royal Mail's barcoded stamps (2023), the
last posting date (18 December)), paper sizes and weights (A4, 80gsm, 350gsm, C6), ISO, DIN and FSC codes (ISO 216, ISO
14001:2015, DIN 5005, FSC C012345), ranges and launches with years (the Smythson Panama diary, Moleskine's Smart Writing
Set (2018)), pen and pencil models with codes (Stabilo Boss Original (1971), Staedtler Noris 120, Stabilo point 88
(88/46)), licensed characters and films with years (Barbie (2023)), printing techniques and presses (an HP Indigo 12K
(2022)), awards (Henries 2023, PrintWeek Awards, Red Dot), card prices, multibuys and discount codes (5 cards for £2,
CARDS20), store counts and openings, fiscal years and half-years (FY24, H1 2023), tickers (LSE: CARD, LSE: MOON, NASDAQ:
CMPR), card verses and straplines, sales figures ((2023 sales)), trade shows (Spring Fair, Paperworld), takeovers and
administrations, VAT rates and school years, which are no citations); textbooks (Pearson, Routledge, Kogan Page, Sage,
Wiley, Springer Gabler, Edward Elgar), chapters, retailing, consumer-culture and brand journals with up to eight authors
and DOIs (Journal of Retailing, Journal of Consumer Culture, Marketing Theory, Journal of Product & Brand Management),
the classic marketing texts (Kotler, Keller and Chernev; Jobber and Ellis-Chadwick; Chaffey and Ellis-Chadwick; Johnson
et al.; Sharp; Aaker), trade and public bodies (the Greeting Card Association (GCA), the BPIF, Two Sides, the
Confederation of Paper Industries, the FSC, Royal Mail, An Post, Ofcom, the ONS, the CSO, Destatis, ISTAT; with and
without their abbreviation, two works of one body in a year), firms' pages and annual reports ("Card Factory plc", "WH
Smith PLC", "Moonpig Group plc", "Faber-Castell AG", "Moleskine S.p.A.", "Staedtler Mars GmbH & Co. KG", "Eason & Son
Ltd"), market research (Mintel, GlobalData, Statista, Kantar, YouGov, IBISWorld), the trade and consumer press signed
and unsigned (PrintWeek, Progressive Greetings, The Bookseller, Retail Gazette, The Grocer) and undated pages; Irish
names with Ó, Ní and Mac, German names with von, ü and ß, Italian names with De, Di, D' and Lo, with fifty-seven kinds
of decoy. While held out, we reported its tables only.

The "blind273" half (``--halves blind273,blind273-more``, 100 + 300 reports, seeds 277000-277399) is a
two-hundred-and-seventy-third independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 52: written by a two-hundred-and-seventy-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind273_works.py and blind273_text.py), as marketers in
Haiti and the French Antilles (Port-au-Prince, Cap-Haïtien, Jacmel, Fort-de-France, Pointe-à-Pitre, Basse-Terre,
Cayenne) and their diaspora (Montreal, Miami, Brooklyn, Paris, Boston) at banks and money-transfer firms (Sogebank,
Unibank, MonCash, Banque des Antilles Françaises, Crédit Agricole Martinique-Guyane), telecoms (Digicel, Natcom, Orange
Caraïbe), rum, food and drink makers (Barbancourt, Clément, Damoiseau, Prestige, Royal Soda), retail (Carrefour
Antilles, GBH), tourism and airlines (Air Caraïbes, Corsair, Air Antilles) and NGOs write CIM Level 6 and 7 reports and
MBA assignments in English, many after French and Haitian Creole (national and historical dates (Independence Day (1
January 1804), Flag Day (18 May), the earthquake (12 January 2010), Hurricane Matthew (2016), the abolition of slavery
(22 May 1848)), carnival and festival dates (Kanaval 2024, the Fête des Cuisinières, the Tour des Yoles Rondes), rum
labels and AOC rules (AOC Martinique (1996)), founding years (Barbancourt (1862), Clément (1887)), French laws named by
name and year (loi Lurel (2012), the octroi de mer), rates and prices in gourdes and euros, remittance figures ((2023
remittances)), flights and airport codes, football clubs and kompa bands with years, Creole and French proverbs and
slogans, Digicel plans and USSD codes, phone numbers, postcodes, customs headings, strikes and elections, which are no
citations); books, chapters and journals by Haitian, Antillean, French, Canadian and US scholars (Jean-Baptiste,
Pierre-Louis, Saint-Fleur, Célestin, Louis-Jeune, de Lépine) with up to eight authors and DOIs, the global marketing
texts (Kotler, Keller, Jobber, Chaffey, Hofstede, Kapferer, de Mooij), public and international bodies (IHSI, BRH,
INSEE, IEDOM, the Collectivité Territoriale de Martinique, Région Guadeloupe, the Comité Martiniquais du Tourisme, the
World Bank, IDB, UNDP, USAID, OECD; with and without their abbreviation, two works of one body in a year), laws and
decrees from Légifrance and Le Moniteur, firms' pages and reports ("Digicel Group Ltd", "Unibank S.A.", "Spiritueux
Martiniquais SAS", "Ernst & Young"), market research, the press signed and unsigned (Le Nouvelliste, Le Matin,
France-Antilles, Martinique la 1ère, Ayibopost, Miami Herald) and undated pages; one author's two works of a year, with
forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind274" half (``--halves blind274,blind274-more``, 100 + 300 reports, seeds 278000-278399) is a
two-hundred-and-seventy-fourth independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 52: written by a two-hundred-and-seventy-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind274_works.py and blind274_text.py), as marketers in
Cameroon, Gabon, the Republic of the Congo and the Democratic Republic of the Congo and their diaspora (Douala, Yaoundé,
Libreville, Port-Gentil, Brazzaville, Pointe-Noire, Kinshasa, Lubumbashi; Paris, Brussels, Lyon, Montreal, London) at
banks and mobile money (Afriland First Bank, Rawbank, BGFIBank, Ecobank, Orange Money, MTN MoMo, M-Pesa Vodacom RDC),
breweries and food (Brasseries du Cameroun, Bralima, Guinness Cameroun, Chococam), telecoms (Orange, MTN, Airtel,
Vodacom Congo), retail and distribution, and NGOs write CIM Level 6 and 7 reports and MBA assignments in English, most
having learnt French first and some as Anglophone Cameroonians (national days and historical dates (20 May, 30 June
1960, 17 August 1960), AFCON tournaments with hosts and years, clubs and players with years (TP Mazembe (1939)), rumba
on UNESCO's list (2021), makossa and artists with years, CEMAC, COBAC and OHADA rules (the Uniform Act's 2010 revision),
national laws by number, FCFA and CDF prices and exchange rates, mobile money tariffs and USSD codes (#150#, *126#),
beers with launch years (33 Export, Primus, Castel, Régab), telecom licences (4G in 2015), mining and oil projects with
years, Camfranglais, Lingala and French slogans, turnover, share and subscriber figures ((2023 turnover)), festivals,
awards, elections, crises, formats, bundles, VAT and excise rates, which are no citations); books (L'Harmattan,
Karthala, De Boeck, Presses Universitaires de Yaoundé, Routledge), chapters and journals with up to eight authors and
DOIs (Revue Africaine de Management, Journal of African Business, International Journal of Bank Marketing, Revue
Française de Gestion), the global marketing texts (Kotler and Keller; Lendrevie and Lévy; Chaffey and Ellis-Chadwick;
Lambin; Prahalad), public bodies (INS, BEAC, COBAC, ARPCE, ARPT, Banque Centrale du Congo, the Ministère du Commerce;
with and without abbreviations), CEMAC règlements, OHADA Uniform Acts and national lois, the regional press signed and
unsigned (Cameroon Tribune, Jeune Afrique, Actualite.cd, Radio Okapi, Gabonreview, Les Dépêches de Brazzaville), firms'
pages and annual reports ("Brasseries du Cameroun S.A.", "Santa Lucia SARL", "Orange RDC SA avec CA"), the World Bank,
IMF, AfDB, GSMA and UNCTAD, market research with and without years and undated pages; compound surnames as the region
prints them (Nkoulou Nkoulou, Mvondo Ze, Tshisekedi wa Mulumba, Nzé Nguema, Mengue M'Eyi) and Belgian names with van, de
and Van der, with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind275" half (``--halves blind275,blind275-more``, 100 + 300 reports, seeds 279000-279399) is a
two-hundred-and-seventy-fifth independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 52: written by a two-hundred-and-seventy-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind275_works.py and blind275_text.py), as marketers at
hair salons, barbers, beauty and nail salons, salon-product brands and booking platforms in the UK, Ireland, Australia
and the Netherlands (Toni & Guy, Rush, Regis, Headmasters, Supercuts, Bloww, Hershesons, Neville Hair & Beauty, Peter
Mark, Just Cuts, Sally Beauty, L'Oréal Professionnel, Wella, Olaplex, GHD, Fresha, Treatwell, Booksy, Phorest, Salon
Scale) write CIM Level 6 and 7 reports and MBA assignments in English on small-business, franchise, loyalty,
social-media and B2B trade marketing (trade events and awards with years (Salon International 2023, the British
Hairdressing Awards (2022), Professional Beauty London), product launches and formulations (Olaplex No.3 (2014), the GHD
Platinum+ (2019), Wella Color Touch, 6% (20 vol) developer), colour codes and hair types (6.0, 7/1, types 3A to 4C),
booking-app versions and features with dates, price lists and prices per service, deposits and no-show fees, VAT
thresholds and rates (£90,000 from April 2024, 13.5% VAT), apprenticeship standards and levels (Level 2 Hair
Professional, ST0213), COVID closures and reopenings (12 April 2021), franchise counts and openings, haircut trends in
quotes (‘the Rachel’, ‘the wolf cut’ (2021)), rent-a-chair terms and chairs, Google and Trustpilot ratings, financial
years (FY24, H1 2023), tickers (NYSE: RGS, NASDAQ: OLPX, NYSE: SBH), straplines, revenue figures ((2023 revenue)),
loyalty terms, discount codes, regulations, legislation named in the text, tools and models, which are no citations);
textbooks, chapters, services, retailing, hospitality and small-business journals with up to eight authors and DOIs
(Journal of Retailing and Consumer Services, Journal of Services Marketing, International Journal of Hospitality
Management, Journal of Small Business and Enterprise Development), the classic marketing texts (Kotler, Keller and
Chernev; Chaffey and Ellis-Chadwick; Zeithaml, Bitner and Gremler; Wirtz and Lovelock; Sharp; Johnson et al.), trade and
public bodies (the NHBF, the British Beauty Council, HABIA, the Hair & Barber Council, the Irish Hairdressers'
Federation, the HSE, the CMA, HMRC, the ONS, the CSO, the Australian Bureau of Statistics, the CBS; with and without
their abbreviation, two works of one body in a year), legislation under Great Britain and Ireland (the Hairdressers
(Registration) Act 1964, the Equality Act 2010), firms' pages and annual reports ("Regis Corporation", "Olaplex
Holdings, Inc.", "Sally Beauty Holdings, Inc.", "Just Cuts Pty Ltd", "Treatwell B.V.", "Rush Hair Ltd", "Jemella Group
Ltd"), market research with and without years (Mintel, IBISWorld, Statista, Kantar, Euromonitor International, YouGov),
the trade press signed and unsigned (Professional Beauty, Hairdressers Journal International, Salon Business, Creative
Head, Modern Barber), platform blog posts and undated pages; Irish names with Ó, Ní, Nic and Mac, Dutch names with van,
de, van der, van 't and ter, Australian and British names, with fifty kinds of decoy. While held out, we reported its
tables only.

The "blind276" half (``--halves blind276,blind276-more``, 100 + 300 reports, seeds 280000-280399) is a
two-hundred-and-seventy-sixth independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 53: written by a two-hundred-and-seventy-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind276_works.py and blind276_text.py), as marketers in
Mongolia and its diaspora (Ulaanbaatar, Erdenet, Darkhan; Seoul, Incheon, Tokyo, Prague, Berlin, Melbourne, Chicago) at
banks and fintechs (Khan Bank, Golomt Bank, TDB, XacBank, LendMN), telecoms (Mobicom, Unitel, Skytel), mining and
cashmere (Oyu Tolgoi, Erdenes Tavan Tolgoi, Gobi Cashmere, Goyo), food, drink and retail (APU, Nomin, E-Mart Mongolia,
Khan Buuz), tourism and airlines (MIAT Mongolian Airlines, Hunnu Air) and NGOs write CIM Level 6 and 7 reports and MBA
assignments in English (Naadam and Tsagaan Sar dates with years, the lunar calendar and year animals (the Year of the
Dragon (2024)), Chinggis Khaan anniversaries, the 1921 revolution, the 1990 democratic revolution and the 1992
Constitution, mining milestones (Oyu Tolgoi's first copper (2013), the 2009 Investment Agreement), cashmere grades and
prices per kilogram, tögrög prices and exchange rates (₮, MNT), dzud winters (the 2010 dzud), Cyrillic and
Mongolian-script words and sayings in quotes, MSE tickers (MSE: APU), MIAT flights (OM301), platform launches
(e-Mongolia (2020), QPay (launched 2018)), wrestling and football titles, ger-district plans, census rounds (2020
census), policy rates, awards, prices per night, temperatures, distances and figures ((2023 exports)), which are no
citations); Mongolian scholars as they print their names in English (Batbayar, D.; Bold-Erdene, T.; Munkh-Orgil, G.;
Cyrillic romanised more than one way, Ölziibayar and Ulziibayar, Tögsjargal and Tugsjargal) with Korean, Japanese,
Czech, German and Anglophone co-authors, up to eight authors, in books, chapters and journals (Mongolian Journal of
Economics and Business, Inner Asia, Central Asian Survey, International Journal of Bank Marketing), the classic
marketing texts (Kotler and Keller; Chaffey and Ellis-Chadwick; Jobber; Porter; Aaker; Hofstede; Sharp), the National
Statistics Office of Mongolia (NSO), the Bank of Mongolia, the Financial Regulatory Commission, the Communications
Regulatory Commission, the MNCCI and ministries, the World Bank, ADB, EBRD, IMF, UNDP and FAO with and without their
abbreviations (two works of one body in a year), laws of Mongolia on legalinfo.mn, the press signed and unsigned
(Montsame, UB Post, News.mn, Ikon.mn, Mongolia Weekly), firms' pages and annual reports ("Unitel LLC", "APU JSC",
"Erdenes Tavan Tolgoi JSC", "Oyu Tolgoi LLC", "Rio Tinto", "Tumen's Travel"), market research with and without years
(MMCG, Kantar Mongolia, Euromonitor International, IRIM, Sant Maral Foundation) and undated pages, with forty-eight
kinds of decoy. While held out, we reported its tables only.

The "blind277" half (``--halves blind277,blind277-more``, 100 + 300 reports, seeds 281000-281399) is a
two-hundred-and-seventy-seventh independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 53: written by a two-hundred-and-seventy-seventh hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind277_works.py and blind277_text.py), as marketers at
laundries, dry cleaners, laundry apps, textile-care and laundry-product brands and launderette chains in the UK,
Ireland, the Netherlands and Belgium (Johnson Cleaners, Timpson, Laundrapp, Oxwash, ZIPS, Laundryheap, Revolution
Laundry, Circuit, Jeeves of Belgravia, Persil, Ariel, Surcare, Dr. Beckmann, Miele Professional, Electrolux
Professional, Speed Queen, Christeyns) write CIM Level 6 and 7 reports and MBA assignments in English on small-business,
subscription, franchise, B2B and sustainability marketing (wash temperatures and eco programmes (30°C, eco 40-60, 2019
EU label), detergent launches and formulations (Persil Non Bio, 1968; Ariel pods, 2012), energy labels and ecodesign
rules with years, solvents and processes (perc, wet cleaning, GreenEarth), machine models and capacities (8kg, 18kg),
app versions and launches, prices per shirt and per kilogram, subscription tiers, delivery slots and postcodes, care
symbols and stains, EN and ISO standards (EN 14065:2016, ISO 14001:2015), microplastic filters and the French rule of
2025, store counts and openings, awards (LCN Awards 2023), Trustpilot and Google ratings, financial years and
half-years, tickers (LSE: JSG), straplines, revenue figures and shares, VAT rates, legislation named in the text,
permits, franchise fees, codes, hours and handles, which are no citations); textbooks, chapters, services,
cleaner-production and consumer journals with up to eight authors and DOIs (Journal of Services Marketing, Journal of
Cleaner Production, International Journal of Consumer Studies, Service Industries Journal), the classic marketing texts
(Kotler and Keller; Kotler and Armstrong; Chaffey and Ellis-Chadwick; Wilson, Zeithaml, Bitner and Gremler; Lovelock and
Wirtz; Sharp; Porter), trade and public bodies (the Textile Services Association (TSA), the Guild of Cleaners and
Launderers, WRAP, the HSE, the Environment Agency, the CMA, the ONS, the CBS, Statbel, the CSO; with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports ("Johnson Service Group plc", "Unilever
PLC", "Procter & Gamble", "Electrolux Professional AB", "Oxwash Ltd", "Lavans B.V.", "Christeyns NV/SA"), market
research with and without years (Mintel, IBISWorld, Statista, GfK, Kantar, Euromonitor International), the trade press
signed and unsigned (LCN, Laundry and Cleaning News, Professional Launderer, Textile Care Professional) and undated
pages; Irish names with Ó, Ní and Mac, Dutch and Flemish names with van, de, van der, van den and ter, with forty-nine
kinds of decoy. While held out, we reported its tables only.

The "blind278" half (``--halves blind278,blind278-more``, 100 + 300 reports, seeds 282000-282399) is a
two-hundred-and-seventy-eighth independent measurement, held out for its first tables (measured by its writer in stop
52), development data since stop 53: written by a two-hundred-and-seventy-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind278_works.py and blind278_text.py), as marketers at
golf clubs and resorts, golf-equipment and golf-apparel brands, golf retailers, tour bodies and golf-tech firms in the
UK, Ireland, Spain and Portugal (St Andrews Links Trust, The Belfry, Gleneagles, Adare Manor, Valderrama, Quinta do
Lago, Callaway, TaylorMade, Titleist, Ping, Mizuno, Galvin Green, FootJoy, American Golf, Golf Support, Clubhouse Golf,
Trackman, Topgolf, Hole19, England Golf, Golf Ireland, the R&A, the DP World Tour) write CIM Level 6 and 7 reports and
MBA assignments in English on membership, hospitality, retail, sponsorship and participation marketing (championships
and venues with years (The Open at Royal Liverpool (2023), the Ryder Cup (Marco Simone, 2023), the Solheim Cup (2019)),
club and ball models (Titleist Pro V1 (2000), the TaylorMade Qi10 (2024)), the 2019 Rules of Golf and the World Handicap
System (2020), handicap indexes and course ratings, green fees and subscriptions per year, tee times and yardages,
launch monitors and app versions (Trackman 4, Hole19 premium), endorsements and contracts, founding years (Royal Dublin
(1885), The Belfry (1977)), designers with years (Jack Nicklaus, 1993), sponsorship deals, ticket prices, purses,
awards, tickers (NYSE: GOLF, NYSE: MODG), straplines, rounds played, financial years and figures, which are no
citations); textbooks, chapters and sport-management journals with up to eight authors and DOIs (Sport Management
Review, International Journal of Sports Marketing and Sponsorship, Journal of Sport Management, European Sport
Management Quarterly), the classic marketing texts, governing and public bodies (The R&A, England Golf, Golf Ireland,
Scottish Golf, The Professional Golfers' Association (PGA), Sport England, Sport Ireland, VisitScotland, Turismo de
Portugal, the Real Federación Española de Golf (RFEG); two works of one body in a year), firms' pages and annual reports
("Acushnet Holdings Corp.", "Topgolf Callaway Brands Corp.", "Frasers Group plc", "TaylorMade Golf Company, Inc.",
"Hole19 S.A.", "American Golf Ltd"), the golf press signed and unsigned (Golf Monthly, National Club Golfer, Golf
Business News, Golf Digest, bunkered), market research with and without years (Mintel, Sports Marketing Surveys, KPMG
Golf Advisory, Deloitte) and undated pages; Irish names with Ó, Ní, Nic and Mac, Spanish names with two surnames
(García-Fernández, López Carril, Calabuig Moreno) and Portuguese names with da, dos and de, with forty-nine kinds of
decoy. While held out, we reported its tables only.

The "blind279" half (``--halves blind279,blind279-more``, 100 + 300 reports, seeds 283000-283399) is a
two-hundred-and-seventy-ninth independent measurement, held out for its first tables (measured by its writer in stop
53), development data since stop 53: written by a two-hundred-and-seventy-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind279_works.py and blind279_text.py), as marketers at
tour operators, lodges, estancias, wineries, outdoor-clothing brands, airlines, national-park concessions and tourism
boards in Patagonia and the southern Andes of Argentina and Chile (Explora, Awasi, Tierra Patagonia, EcoCamp Patagonia,
Estancia Cristina, Hielo y Aventura, Cruceros Australis, Navimag, LATAM Airlines, Aerolíneas Argentinas, JetSMART,
Bodega Catena Zapata, Viña Montes, Patagonia Inc., The North Face, Lippi, Doite, Cerro Catedral, Parque Nacional Torres
del Paine, SERNATUR, INPROTUR) write CIM Level 6 and 7 reports and MBA assignments in English, some of them as Spanish
speakers, on destination, adventure-travel, sustainability and digital-channel marketing (glaciers, peaks and treks with
years of survey or first ascent (Cerro Fitz Roy (1952), the W Trek), roads (the Carretera Austral (1976)), park founding
years (Torres del Paine (1959), Nahuel Huapi (1934)), lodge openings and room counts, ferry and cruise routes, vintages
and grapes (the Montes Alpha M (2019 vintage)), peso and dollar prices, entry fees and visitor numbers per season
((2023/24 season)), flight routes and numbers, gear models (Nano Puff (2011)), B Corp, Leave No Trace and sustainability
seals, Chilean and Argentine laws and decrees (Ley 20.423 (2010), Decreto 50/2019), UNESCO listings, World Travel
Awards, slogans and campaigns, exchange rates, inflation, arrivals, species and life dates, which are no citations);
textbooks, chapters and tourism journals in English and Spanish with up to eight authors and DOIs (Tourism Management,
Journal of Sustainable Tourism, Annals of Tourism Research, Estudios y Perspectivas en Turismo, PASOS, Revista de
Geografía Norte Grande), the classic marketing and tourism texts, public bodies (SERNATUR, Subsecretaría de Turismo de
Chile, INPROTUR, the Ministerio de Turismo y Deportes de la Nación, CONAF, the Administración de Parques Nacionales,
INDEC, INE, CEPAL and ECLAC, the ATTA, the WTTC; with and without their abbreviation, two works of one body in a year),
firms' pages and annual reports ("LATAM Airlines Group S.A.", "Viña Concha y Toro S.A.", "Navimag Ferries S.A.",
"JetSMART SpA", "Lippi Outdoor Ltda.", "Grupo Bodegas Esmeralda S.A.C.I.", "Patagonia, Inc."), Spanish- and
English-language press signed and unsigned (La Nación, Clarín, El Mercurio, La Tercera, Diario Financiero, Río Negro,
Buenos Aires Times), market research with and without years (Euromonitor International, Mintel, Skift Research,
Phocuswright) and undated pages; Chilean and Argentine names with two surnames, accents, "de la" and "del", and the
surnames of Patagonia's Welsh and Croatian settlers, with forty-nine kinds of decoy. While held out, we reported its
tables only.

The "blind280" half (``--halves blind280,blind280-more``, 100 + 300 reports, seeds 284000-284399) is a
two-hundred-and-eightieth independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 53: written by a two-hundred-and-eightieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind280_works.py and blind280_text.py), as marketers at
racecourses, racing and breeding bodies, bloodstock sales houses, stud farms, riding schools, equestrian-sport bodies,
saddlery, feed and equestrian-apparel brands in the UK, Ireland and France (The Jockey Club, Ascot, Cheltenham,
Leopardstown, the Curragh, ParisLongchamp, Horse Racing Ireland, France Galop, the BHA, Tattersalls, Goffs, Arqana,
Coolmore, Godolphin, Weatherbys, British Equestrian, the Pony Club, the FFE, Dodson & Horrell, Baileys Horse Feeds,
Dubarry of Ireland, Ariat, Joules, Musto, Hermès, CWD Sellier) write CIM Level 6 and 7 reports and MBA assignments in
English on racegoer, owner, rider and buyer marketing, sponsorship and digital channels (races and meetings with years
(the Grand National (2024), the Prix de l'Arc de Triomphe 2023, the Cheltenham Festival (2020)), horses with foaling
years and sires ("Frankel (2008)", "by Galileo (1998)"), lots and sale prices per year ("(Lot 312, 2019)"), stud fees
per season, distances in furlongs, going and official ratings, prize money, attendances, jockeys' and trainers' titles
with seasons ("(champion jockey 2022/23)"), saddle, boot and feed models, awards with years, rules and regulations (Rule
(C)45, the Horseracing Betting Levy Regulations 2017), starting prices ("(SP 11/4)"), founding years (Ascot (1711),
Leopardstown (1888)), straplines, runners, grades and classes, weights, times, heights in hands, BHS, Pony Club,
dressage and FEI levels, app versions, turnover, media rights, hashtags, tickers, postcodes and Royal Warrants, which
are no citations); textbooks, chapters and equine, gambling, leisure and hospitality journals with up to eight authors
and DOIs (Journal of Gambling Studies, Sport in Society, Journal of Equine Veterinary Science, Equine Veterinary
Journal, Anthrozoös, Leisure Studies, International Journal of Hospitality Management), the classic marketing texts,
governing and public bodies (the BHA, Horse Racing Ireland, France Galop, the Gambling Commission, DEFRA, Teagasc, the
Irish Thoroughbred Breeders' Association, BETA, the IFHA, the IFCE; with and without their abbreviation, two works of
one body in a year), firms' pages and annual reports ("The Jockey Club Racecourses Ltd", "Goffs Bloodstock Sales Ltd",
"Arqana SAS", "Flutter Entertainment plc", "Leopardstown Racecourse DAC", "Hermès International S.A."), the racing and
equestrian press signed and unsigned (Racing Post, The Irish Field, Paris-Turf, Horse & Hound, Your Horse, Thoroughbred
Daily News), market research with and without years (Deloitte, Mintel, IBISWorld, Frontier Economics) and undated pages;
Irish names with Ó, Ní and Mac, French names with de and du and accents, with fifty-three kinds of decoy. While held
out, we reported its tables only.

The "blind281" half (``--halves blind281,blind281-more``, 100 + 300 reports, seeds 285000-285399) is a
two-hundred-and-eighty-first independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 53: written by a two-hundred-and-eighty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind281_works.py and blind281_text.py), as marketers at
hotels and resorts, tour operators, banks and microfinance institutions, mobile operators, brewers, coffee and consumer
brands, airlines and tourism boards in Cambodia and Laos (Raffles Hotel Le Royal, Sofitel Angkor, Amansara, Rosewood
Phnom Penh, Azerai, Exotic Voyages, ACLEDA Bank, ABA Bank, Wing, Prince Bank, Smart Axiata, Cellcard, Metfone, Lao
Telecom, Unitel, BCEL, Beerlao, Cambrew, Brown Coffee, Lao Airlines, Cambodia Angkor Air, the Ministry of Tourism of
Cambodia) write CIM Level 6 and 7 reports and MBA assignments in English on tourism, financial-inclusion, mobile and
consumer marketing (temples and sites with centuries and listing years (Angkor Wat (12th century), Luang Prabang
(UNESCO, 1995), Vat Phou (2001)), festivals with years (Khmer New Year 2024, Boun That Luang), prices in riel, kip and
dollars per year, exchange rates, visitor arrivals ("(2019 arrivals)"), hotel openings and room counts, mobile tariffs
and data bundles, app versions (ABA Mobile, Wing app 4.0), bank and MFI licences, laws, prakas, sub-decrees and decrees
(Law on Tourism (2009), Prakas B7-017-344), railways, roads and airports (the Laos-China Railway (2021)), brand launches
(Beerlao Dark (2008)), awards (Euromoney Best Bank in Cambodia 2023), stock codes (CSX: ABC, LSX: BCEL), slogans and
hashtags, deposits, subscribers, borrowers and wallet users ("(2023 deposits)"), flights and fleets, tour packages, visa
fees, minimum wages, censuses, economic zones and coffee estates, which are no citations); books, chapters and journal
articles with up to eight authors and DOIs (Asia Pacific Journal of Tourism Research, Journal of Southeast Asian
Economies, Tourism Recreation Research, Journal of Heritage Tourism, International Journal of Bank Marketing, Asian
Journal of Business Research), the marketing texts every candidate cites, ministries, central banks, statistics bureaux
and development banks (Ministry of Tourism Cambodia, National Bank of Cambodia (NBC), Bank of the Lao PDR, Lao
Statistics Bureau, National Institute of Statistics, APSARA National Authority, ADB, World Bank, UNDP, ASEAN
Secretariat, Mekong Tourism Coordinating Office; two works of one body in a year), firms' pages and annual reports
("ACLEDA Bank Plc.", "Banque Pour Le Commerce Exterieur Lao Public (BCEL)", "Lao Brewery Co., Ltd.", "Lao
Telecommunications Public Company", "Ly Hour Sole Co., Ltd."), the English-language press signed and unsigned (The Phnom
Penh Post, Khmer Times, Vientiane Times, The Laotian Times, Nikkei Asia), market research with and without years
(Euromonitor International, Kantar, Decision Lab, Mekong Strategic Partners) and undated pages; Khmer and Lao names with
the family name first (Hing, V.; Chheang, V.; Sisouphanthong, B.), some kept whole as their journals print them ("Hing
Vutha"), and Vietnamese and French names with accents, with fifty-two kinds of decoy. While held out, we reported its
tables only.

The "blind282" half (``--halves blind282,blind282-more``, 100 + 300 reports, seeds 286000-286399) is a
two-hundred-and-eighty-second independent measurement, held out for its first tables (measured by its writer in stop
53), development data since stop 53: written by a two-hundred-and-eighty-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind282_works.py and blind282_text.py), as marketers at
food, dairy, textile, agricultural-machinery, fertiliser, education and banking firms, sports-goods makers and tourism
bodies in India's Punjab, Pakistan's Punjab and the Punjabi diaspora in the UK and Canada (Verka (Milkfed), Amul,
Sonalika, Swaraj, Vardhman Textiles, Trident, Nishat Mills, Gul Ahmed, Sapphire, Engro Foods, Shan Foods, National
Foods, Punjab National Bank, HDFC Bank, Bank of Punjab, Habib Bank, Lovely Professional University, Chitkara University,
LUMS, Forward Sports, Punjab Tourism) write CIM Level 6 and 7 reports and MBA assignments in English on FMCG,
agri-business, export, education and diaspora marketing (festivals and fairs with years (Vaisakhi (April 2024), Lohri,
Basant, the Kisan Mela at Ludhiana (2023)), crop seasons ("(rabi 2022–23)", kharif), tractor models with horsepower and
years (Sonalika Tiger (2019), Swaraj 855), milk, ghee and rupee prices per year, support and procurement prices ("(MSP
2023)", "(2022 procurement)"), textile exports per year, World Cup footballs made in Sialkot ("(Al Rihla, 2022)"),
rankings ("(NIRF 2024)", QS), cricket and kabaddi leagues with seasons (Punjab Kings (IPL 2024), Lahore Qalandars (PSL
2022)), Punjabi and Pakistani films and songs with years (Carry On Jatta 3 (2023)), gurdwara and mosque founding years
(Golden Temple (1604), Badshahi Mosque (1673)), Partition and other historical dates, canals and dams, bank schemes and
loan products, laws and acts (Punjab Food Authority Act 2011), slogans and campaigns, censuses, fiscal years, Eid and
Diwali sales, visa rules, ISO and GOTS certificates, floods, crop yields and model years, which are no citations);
books, chapters and journal articles with up to eight authors and DOIs (Journal of Rural Studies, Indian Journal of
Marketing, Pakistan Journal of Commerce and Social Sciences, Lahore Journal of Economics, South Asian Journal of
Business Studies, Journal of Punjab Studies), the marketing texts every candidate cites (Kotler and Keller, with the
South Asian edition's co-authors), governments and public bodies of both Punjabs and beyond (Government of Punjab,
Punjab Agricultural University, Punjab Bureau of Investment Promotion, Government of the Punjab, Punjab Board of
Investment and Trade (PBIT), Pakistan Bureau of Statistics, Reserve Bank of India, State Bank of Pakistan, NABARD with
and without its name in full, the Office for National Statistics, Statistics Canada; two works of one body in a year),
firms' pages and annual reports ("Vardhman Textiles Limited", "Nishat Mills Limited", "Engro Foods (Pvt.) Ltd.",
"Forward Sports Pvt. Ltd.", "Punjab State Cooperative Milk Producers' Federation Ltd", "Sialkot Chamber of Commerce &
Industry"), the English-language press of both countries and the diaspora signed and unsigned (The Tribune, Dawn, The
Express Tribune, Hindustan Times, Business Recorder, Des Pardes, Eastern Eye), market research (Nielsen, Kantar,
Euromonitor International, Gallup Pakistan, IMARC Group) and undated pages; Sikh, Hindu and Muslim Punjabi names, many
authors sharing Singh, Kaur, Gill, Cheema or Malik, diaspora scholars, and a few names printed with a scholarly
transliteration's marks (Nābhā, Ḥusain), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind283" half (``--halves blind283,blind283-more``, 100 + 300 reports, seeds 287000-287399) is a
two-hundred-and-eighty-third independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 53: written by a two-hundred-and-eighty-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind283_works.py and blind283_text.py), as marketers at
self-storage operators, removal and relocation firms, van-hire, packaging and moving-supplies brands and property and
storage-tech firms in the UK, Ireland, the Netherlands, Belgium, Germany and the Nordic countries (Big Yellow Self
Storage, Safestore, Lok'nStore, Access Self Storage, Shurgard, Pelican Self Storage, Nettolager, 24Storage, City
Self-Storage, MyStorage, Pickfords, Britannia Movers International, Crown Relocations, Bishop's Move, Gentle Giant,
Enterprise Van Hire, Europcar Vans, SSA UK, FEDESSA, BAR) write CIM Level 6 and 7 reports and MBA assignments in English
on B2C and B2B demand, pricing, local SEO and digital channels (store openings with towns and years ("(Bristol, 2019)",
"the 100th store (Hamburg, 2022)"), unit sizes in square feet and metres, prices per square foot per week and year,
occupancy by quarter ("(Q3 2023 occupancy: 87.5%)"), move volumes, van models and sizes (the Ford Transit Custom (2023),
a Luton van (18 m³)), packing kits and boxes, postcodes and catchments, planning consents with references, fire and
insurance standards (BS 5306, BS 9999:2017, the 2022 SSA code of practice), awards (SSA UK Awards 2024, BAR Removals
Company of the Year (2021)), tickers (LSE: BYG, Euronext: SHUR), moving peaks and seasons, rents per year, straplines
and offers, house prices and stamp duty, move-ins and move-outs, review scores and local-pack rankings, which are no
citations); books, chapters and journal articles with up to eight authors and DOIs (Journal of Property Investment &
Finance, Journal of Real Estate Research, Journal of Services Marketing, Journal of Consumer Behaviour, International
Journal of Physical Distribution & Logistics Management, Journal of Retailing and Consumer Services), the marketing
texts every candidate cites, statistics offices, regulators and trade bodies (ONS, CBS, Destatis, Statistics Sweden
(SCB), Statistics Denmark, the CMA, HM Land Registry, SSA UK, FEDESSA, the British Association of Removers; two works of
one body in a year), firms' pages and annual reports ("Big Yellow Group PLC", "Safestore Holdings plc", "Shurgard Self
Storage Ltd", "Nettolager AB", "Pelican Self Storage AS", "MyStorage B.V.", "City Self-Storage A/S", "Stora Enso Oyj"),
the trade and business press signed and unsigned (Property Week, Estates Gazette, The Move Magazine, Self Storage News,
the Financial Times, Het Financieele Dagblad, Handelsblatt, Dagens industri), market research with and without years
(Cushman & Wakefield, JLL, Savills, Knight Frank, Mintel, IBISWorld, Statista) and undated pages; Dutch particles kept
apart ("van Vliet"), Flemish ones inside the surname ("Van den Broeck"), German and Nordic letters kept ("Müller",
"Åkesson", "Østergaard", "Mäkinen"), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind284" half (``--halves blind284,blind284-more``, 100 + 300 reports, seeds 288000-288399) is a
two-hundred-and-eighty-fourth independent measurement, held out for its first tables (measured by its writer in stop
53), development data since stop 53: written by a two-hundred-and-eighty-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind284_works.py and blind284_text.py), as marketers at
perfume and cosmetics houses, rosé and other wine estates, olive-oil and lavender producers, hotels, villas, yacht
charters, festivals, museums and tourism boards in Provence and on the Côte d'Azur (Fragonard, Molinard, Galimard,
Robertet, L'Occitane en Provence, Château d'Esclans (Whispering Angel), Château Minuty, Domaines Ott, Miraval, Château
La Coste, Le Mas de Pierre, Hôtel du Cap-Eden-Roc, La Colombe d'Or, the Negresco, Riviera Yachting, the Festival de
Cannes, the Festival d'Aix-en-Provence, the Fondation Maeght, Provence Tourisme, Côte d'Azur France, the Office de
Tourisme de Nice) write CIM Level 6 and 7 reports and MBA assignments in English on luxury, wine, destination, events
and e-commerce marketing (vintages and cuvées with years (Whispering Angel 2022, "(2021 vintage)"), appellations with
founding years (AOC Côtes de Provence (1977), Bandol (1941)), perfumes with launch years (Fragonard's Belle de Grasse
(2015)), lavender and olive harvests, UNESCO listings (Grasse's perfume know-how (2018)), festivals and prizes (the
Palme d'Or (2023), Cannes Lions 2024, the Fête du Citron at Menton (2020)), hotel openings, stars and Michelin stars,
villa rents and yacht charters per week and season, museum openings (Musée Matisse (1963)), paintings and artists' dates
(Picasso's La Joie de vivre (1946)), rallies, regattas and Grands Prix (Monaco Grand Prix 2023), laws, decrees and EU
regulations (the loi Évin (1991), Décret n° 2019-1234), prices and ticket prices per year, train routes (the TGV
Méditerranée (2001)), airport traffic, slogans in English and French, founding years and "since" dates, the 1955
classification, addresses and roads, rankings and figures such as "(2023 bottles)", which are no citations); books,
chapters and journal articles with up to eight authors and DOIs (Journal of Wine Research, International Journal of Wine
Business Research, Annals of Tourism Research, Tourism Management, Journal of Fashion Marketing and Management, Revue
Française de Gestion, Décisions Marketing), the marketing texts every candidate cites, French public and trade bodies
(Atout France, the Comité Régional de Tourisme Provence-Alpes-Côte d'Azur, INSEE, the CIVP, FranceAgriMer, Prodarom, the
INAO, the Région Sud, the CCI Nice Côte d'Azur, Business France; with and without their abbreviation, two works of one
body in a year), firms' pages and annual reports ("Robertet SA", "L'Occitane International S.A.", "Château Minuty SAS",
"SCEA Château d'Esclans", "Cave Coopérative de Cotignac SCA", "Castelas SARL", "LVMH Moët Hennessy Louis Vuitton SE",
"Diageo plc"), the French- and English-language press signed and unsigned (Nice-Matin, La Provence, Le Figaro, Les
Échos, Decanter, Wine Spectator, The Riviera Times, Vogue Paris), market research with and without years (Kantar,
NielsenIQ, IWSR, Wine Intelligence, Euromonitor International, Xerfi, Mintel) and undated pages; French names with de,
du, des and d' ("de Montgolfier, A.-S.", "d'Harcourt, M.-C."), hyphenated given names and double-barrelled surnames,
with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind285" half (``--halves blind285,blind285-more``, 100 + 300 reports, seeds 289000-289399) is a
two-hundred-and-eighty-fifth independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 53: written by a two-hundred-and-eighty-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind285_works.py and blind285_text.py), as marketers at
banks, mobile operators, oil and energy firms, brewers and drinks brands, supermarkets, airlines, insurers and tourism
bodies in Angola and its diaspora in Portugal and Brazil (Unitel, Africell Angola, Movicel, Sonangol, Banco Angolano de
Investimentos (BAI), Banco BIC, Banco de Fomento Angola (BFA), Banco Sol, Cuca (Refriango), Nocal, Shoprite Angola,
Kero, Candando, TAAG Angola Airlines, ENSA Seguros, the Ministério do Turismo, AIPEX) write CIM Level 6 and 7 reports
and MBA assignments in English on mobile, banking, FMCG, retail and destination marketing (kwanza and dollar prices per
year, exchange rates with years ("(AOA/USD, 2023)"), mobile tariffs and data bundles, subscriber numbers per year, oil
prices and barrels per day, fuel-subsidy changes with dates, bank licences and products with launch years (BAI Directo
(2015), Multicaixa Express (2020)), beers with launch years (Cuca (1947)), festivals and holidays (Luanda Carnival 2024,
11 November), Girabola seasons and basketball titles (Girabola 2022/23, Petro de Luanda (AfroBasket 2024)), artists and
genres (Yuri da Cunha (2019), kizomba, kuduro, semba), stadiums, airports, bridges and railways with opening years
(Estádio 11 de Novembro (2010)), laws and decrees with numbers (Lei n.º 22/11, Decreto Presidencial n.º 189/23),
spectrum auctions, the 2014 census, slogans in Portuguese and English, inflation and interest rates, store and hotel
openings, flight numbers, rankings, quarters, addresses, awards, state plans and budgets (PDN 2023-2027, OGE 2024), VAT
and figures such as "(2023 subscribers)", which are no citations); books, chapters and journal articles with up to eight
authors and DOIs (Journal of African Business, African Journal of Economic and Management Studies, Journal of Retailing
and Consumer Services, Revista Angolana de Ciências, Cadernos de Estudos Africanos, Telecommunications Policy,
International Journal of Bank Marketing), the marketing texts every candidate cites, Angolan and international public
bodies (INE, BNA, INACOM, the Ministério das Finanças, AIPEX, ANPG, ARSEG, the African Development Bank, the World Bank,
the IMF, UNDP Angola; with and without their abbreviation, two works of one body in a year), firms' pages and annual
reports ("Unitel S.A.", "Sonangol E.P.", "Banco BAI, S.A.", "Refriango – Indústria e Comércio de Bebidas, Lda.", "Diageo
plc", "Moody's Investors Service", "Ernst & Young Angola"), the Portuguese- and English-language press signed and
unsigned (Jornal de Angola, Expansão, Novo Jornal, Observador, Público, Lusa, Macauhub, Reuters), market research with
and without years (Euromonitor International, GSMA Intelligence, Nielsen, Kantar, Afrobarometer) and undated pages;
Portuguese names with da, dos, de, das and do kept apart ("dos Santos, J."), two and three surnames kept together
("Alves da Rocha, M.J.", "Sebastião Bento Kiala"), Angolan hyphenated and Bantu surnames ("Van-Dúnem", "Chivukuvuku"),
with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind286" half (``--halves blind286,blind286-more``, 100 + 300 reports, seeds 290000-290399) is a
two-hundred-and-eighty-sixth independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 53: written by a two-hundred-and-eighty-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind286_works.py and blind286_text.py), as marketers at
language schools, English-language and study-abroad providers, exam boards, edtech apps, homestay and
student-accommodation firms and destination bodies in the UK, Ireland, Malta, Spain, Canada and Australia (EF Education
First, Kaplan International, Berlitz, International House, Bell English, Embassy English, St Giles International, Kings
Education, ELC, EC English, Babbel, Duolingo, Busuu, italki, Cambridge University Press & Assessment, IELTS, Pearson
PTE, Trinity College London, the British Council, English UK, MEI, FELTOM, Languages Canada, English Australia), many of
them non-native speakers from Spain, Italy, Brazil, Japan, Korea, Türkiye and Saudi Arabia, write CIM Level 6 and 7
reports and MBA assignments in English on student recruitment, agent channels, app marketing, pricing and digital
channels (courses with lengths, prices and years ("(General English, 2024)", "£345 per week (2023)"), exams and their
versions (IELTS Academic (2023), the revised FCE (2015), PTE Academic), CEFR levels, app versions and launches (Duolingo
Max (2023), Busuu 2.0), schools and campuses with towns and years ("(Dublin, 2019)", "its St Julian's campus (2017)"),
visa routes and rule changes (the Graduate Route (2021), Stamp 2), student weeks and enrolments ("(2023 student weeks)",
"(2022 enrolments)"), agents' commissions and fairs (ICEF Berlin 2023, the ALPHE workshop), accreditations (Eaquals),
awards (Star Awards 2024, the ELTons (2019)), tickers (NASDAQ: DUOL), homestay prices, slogans and straplines, exchange
rates, rankings, scholarships, intakes and figures, which are no citations); books, chapters and journal articles with
up to eight authors and DOIs (Journal of Marketing for Higher Education, Studies in Higher Education, ELT Journal, TESOL
Quarterly, System, Journal of Studies in International Education, Computer Assisted Language Learning), the marketing
texts every candidate cites, public bodies (the British Council, English UK, the Home Office, HESA, Enterprise Ireland,
the Department of Education, the Malta Tourism Authority, NSO Malta, Languages Canada, IRCC, Australia's Department of
Education, the OECD; with and without their abbreviation, two works of one body in a year), firms' pages and annual
reports ("Pearson plc", "Duolingo, Inc.", "Babbel GmbH", "EF Education First Ltd", "Busuu Ltd", "ESL Education AG",
"Bertelsmann SE & Co. KGaA", "Lingua Mundi Escuela de Idiomas S.L."), the education press signed and unsigned (The PIE
News, ICEF Monitor, Times Higher Education, EL Gazette, University World News, the Guardian), market research with and
without years (BONARD, Studyportals, ICEF, IDP Education, Mintel, HolonIQ, Statista) and undated pages; Spanish double
surnames ("Muñoz Sánchez", "García-Pérez"), Irish, Maltese and Turkish letters ("Ó Laoire", "Ħili", "Yılmaz"), Brazilian
particles ("da Silva") and romanised Japanese, Korean and Arabic names, with forty-eight kinds of decoy. While held out,
we reported its tables only.

The "blind287" half (``--halves blind287,blind287-more``, 100 + 300 reports, seeds 291000-291399) is a
two-hundred-and-eighty-seventh independent measurement, held out for its first tables (measured by its writer in stop
53), development data since stop 53: written by a two-hundred-and-eighty-seventh hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind287_works.py and blind287_text.py), as marketers at
ski resorts and lift companies, hotels, mountain railways, outdoor and ski brands, cheese, wine and speck producers,
crystal houses and tourism boards in the Alps of Austria, Switzerland, South Tyrol (Alto Adige) and the Trentino (Tirol
Werbung, Österreich Werbung, Switzerland Tourism, IDM Südtirol – Alto Adige, Trentino Marketing, Ischgl, Sölden, St.
Anton am Arlberg, Kitzbühel, Zermatt Bergbahnen AG, Jungfraubahn Holding AG, Dolomiti Superski, Swarovski, Atomic,
Fischer Sports, Head, Salewa, Dynafit, Mammut, Ortovox, Speck Alto Adige, Loacker, Red Bull, the Stubai Glacier) write
CIM Level 6 and 7 reports and MBA assignments in English on destination, winter-sports, brand and e-commerce marketing
(seasons and openings ("(2023/24 season)", "(opening 2021)"), lifts with years and capacities (the 3S Eisgratbahn
(2016), the Matterhorn Glacier Ride (2018)), day and season ski-pass prices, snowfall and snow depth, glaciers and
passes with heights (the Stelvio Pass (2,757 m)), World Cup races and championships (the Hahnenkamm race (2024),
Lauberhorn (2019)), ski, boot and outdoor models with launch years (Atomic Redster (2020)), festivals and customs
(Snowbombing (2023), the Almabtrieb), huts, hotels, cable cars and railways with years (Jungfraujoch railway (1912),
Zugspitze (2017)), vintages, DOC, PDO and PGI marks ("Südtiroler Lagrein (2020 vintage)", Speck Alto Adige PGI (1996)),
cheeses, crystal collections, founding years, laws and EU regulations (Tiroler Raumordnungsgesetz 2022, Regulation (EU)
No 1151/2012), Olympic Games and bids (Milano Cortina 2026), slogans in German, English and Italian, skier days,
overnight stays, UNESCO listings, avalanche levels, addresses, hashtags, exchange rates, awards, race times, films and
first ascents, which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Tourism
Management, Journal of Travel Research, Current Issues in Tourism, Tourism Review, Journal of Outdoor Recreation and
Tourism, Die Unternehmung, Zeitschrift für Tourismuswissenschaft), the marketing texts every candidate cites,
statistical offices, chambers, provinces, trade bodies and tourism boards (Statistik Austria, the Bundesamt für
Statistik (BFS), ASTAT, the WKO, the Land Tirol, Seilbahnen Schweiz, the Fachverband der Seilbahnen Österreichs, the
ÖHV, ISTAT, the OECD; with and without their abbreviation, two works of one body in a year), firms' pages and annual
reports ("Jungfraubahn Holding AG", "Swarovski Holding AG", "Atomic Austria GmbH", "Loacker AG – S.p.A.", "Dolomiti
Superski S.c.r.l.", "Stubaier Gletscherbahn GmbH & Co KG", "Moser's Alpenhof GmbH & Co KG"), German-, Italian- and
English-language press signed and unsigned (Tiroler Tageszeitung, Der Standard, Die Presse, Neue Zürcher Zeitung,
Dolomiten, Alto Adige, Skiing Business, the Financial Times), market research with and without years (Mintel, Statista,
Laurent Vanat's International Report on Snow & Mountain Tourism, Deloitte, Euromonitor International) and undated pages;
umlauts kept ("Höllrigl", "Schärli"), "von" and lower-case Italian particles apart ("von Arx", "de Rachewiltz"),
capitalised ones inside the surname ("Della Lucia"), Ladin surnames ("Runggaldier", "Crazzolara") and hyphenated German
given names ("Gufler, K.-H."), with fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind288" half (``--halves blind288,blind288-more``, 100 + 300 reports, seeds 292000-292399) is a
two-hundred-and-eighty-eighth independent measurement, held out for its first tables (measured by its writer in stop
53), development data since stop 54: written by a two-hundred-and-eighty-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind288_works.py and blind288_text.py), as marketers at
driving schools and instructor franchises, motoring organisations, car-insurance and telematics firms, learner apps,
licensing bodies and used-car and car-subscription firms in the UK, Ireland, Australia and New Zealand (the AA Driving
School, BSM, RED Driving School, Bill Plant Driving School, PassMeFast, Zutobi, Driving Test Success, the RAC, Green
Flag, Admiral, Marmalade, Ingenie, Direct Line, the DVSA, the DVLA, the RSA, NRMA, RACV, the AA New Zealand, Waka
Kotahi, Cazoo, Cinch, Motorpoint, Onto) write CIM Level 6 and 7 reports and MBA assignments in English on
learner-driver, young-driver, insurance and digital-channel marketing (pass rates by centre and year ("(Wood Green,
2023)", "(48.2% in 2022/23)"), test waiting times and booking fees, lesson prices per hour and year, licence categories,
permits and plates, rule changes with years (the Highway Code (2022), the hazard perception test (2002)), car models
with years (the Vauxhall Corsa (2020)), premiums by age and year ("(age 17–24, 2023)"), telematics apps and boxes with
versions, road-safety campaigns and straplines (THINK! (2000), "Clunk Click" (1971)), instructor grades (ADI Grade A),
test centres by town, cars per 1,000 people, awards, stock tickers (LSE: ADM, ASX: IAG), tests taken, financial years,
laws and FCA rules, speed and age limits, Australian states, claims, fleets, used-car and subscription prices, breakdown
cover, the NCT and MOT, theory-test questions and penalty points, which are no citations); books, chapters and journal
articles with up to eight authors and DOIs (Accident Analysis & Prevention, Transportation Research Part F, Journal of
Safety Research, Traffic Injury Prevention, Journal of Services Marketing, Journal of Financial Services Marketing), the
marketing texts every candidate cites, public bodies (the DVSA, the DVLA (with its abbreviation), the Department for
Transport, the Road Safety Authority, the CSO, Transport for NSW, Waka Kotahi NZ Transport Agency, the ABS, the FCA; two
works of one body in a year), trade bodies and firms' reports and pages ("Admiral Group plc", "Marmalade Network Ltd",
"Insurance Australia Group Limited", "NRMA Insurance Pty Ltd", "FBD Insurance DAC", "Young Driver's Forum", "Halfords &
Autocentres", "Which?"), motoring and trade press signed and unsigned (Auto Express, What Car?, Autocar, Insurance
Times, Fleet News, Drive.com.au, The Irish Times Motors, Stuff), market research with and without years (Mintel,
Consumer Intelligence, IBISWorld, Roy Morgan, YouGov, J.D. Power) and undated pages; Irish names with their accents ("Ó
Súilleabháin", "Ní Dhomhnaill", "Mac Giolla Phádraig", "de Búrca"), Māori names with macrons ("Tāwhai", "Te Huia",
"Pōtae"), British South Asian and Australian names, with forty-nine kinds of decoy. While held out, we reported its
tables only.

The "blind289" half (``--halves blind289,blind289-more``, 100 + 300 reports, seeds 293000-293399) is a
two-hundred-and-eighty-ninth independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 54: written by a two-hundred-and-eighty-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind289_works.py and blind289_text.py), as marketers at
mobile operators, banks, airlines, miners and energy firms, coffee, betel-nut, beverage and consumer brands,
supermarkets and tourism bodies in Papua New Guinea, the Solomon Islands and Vanuatu (Digicel PNG, Vodafone PNG, Telikom
PNG, bmobile, BSP Financial Group, Kina Bank, Westpac PNG, Air Niugini, PNG Air, Solomon Airlines, Air Vanuatu, Ok Tedi
Mining, Newcrest's Lihir operations, Oil Search, SP Brewery, Coca-Cola Amatil PNG, Goroka Coffee, CPL Group, Stop N
Shop, the PNG Tourism Promotion Authority, Tourism Solomons, the Vanuatu Tourism Office) write CIM Level 6 and 7 reports
and MBA assignments in English on mobile, banking, FMCG and destination marketing (kina, Solomon dollar and vatu prices
with years, exchange rates, mobile tariffs and data bundles, subscribers per year, mobile wallets and bank products with
launch years (CellMoni (2011), BSP's SME accounts), mine openings and output (Ok Tedi (1984), Lihir (1997)), the PNG LNG
project (2014), coffee harvests and grades, shows and festivals (the Goroka Show (2023), Independence Day (16 September
1975)), rugby league and the Pacific Games (the PNG Hunters (2014), the Pacific Games 2023 in Honiara), flights, routes
and airlines' founding years, cyclones and earthquakes (Cyclone Pam (2015)), census and survey figures ("(Census
2011)"), Acts and their sections (the Telecommunications Act 2009, the Online Safety Act 2021), airport and road
projects, slogans in Tok Pisin, Bislama and English, visitor arrivals, GDP and inflation, bank notes, elections, PNG50,
the betel-nut ban, stores, towers, share listings and tickers, hotels, APEC 2018, dividends, tables and figures, which
are no citations); books and chapters from Pacific and Australian presses (ANU Press, University of Hawai‘i Press, UPNG
Press, the Institute of Pacific Studies, USP), journal articles with up to eight authors and DOIs (Pacific Economic
Bulletin, The Contemporary Pacific, Development Policy Review, Asia Pacific Viewpoint, Journal of Pacific Studies,
Tourism Planning & Development), the marketing texts every candidate cites, central banks, statistics offices,
regulators, development banks and donors (the Bank of Papua New Guinea, the NSO PNG, NICTA, the ICCC, the Central Bank
of Solomon Islands, the Reserve Bank of Vanuatu, the Vanuatu National Statistics Office, the Asian Development Bank, the
World Bank, the Pacific Islands Forum Secretariat, the Pacific Community (SPC), DFAT; with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports ("BSP Financial Group Limited", "Kina
Securities Limited", "Digicel (PNG) Limited", "Air Niugini Limited", "Santos Limited", "SP Brewery Ltd", "Coca-Cola
Europacific Partners PLC"), the region's English-language press signed and unsigned (The National, Post-Courier, Solomon
Star, Vanuatu Daily Post, Islands Business, RNZ Pacific, ABC Pacific), market research with and without years (GSMA
Intelligence, Euromonitor International, Tebbutt Research, the Lowy Institute, Kantar) and undated pages; Melanesian
given and clan names ("Kavanamur", "Kabutaulaka", "Regenvanu", "Ha'ahoro"), Polynesian names with the ʻokina and macrons
("Hau‘ofa", "Māhina", "Vaʻai"), Australian and New Zealand names, with fifty-one kinds of decoy. While held out, we
reported its tables only.

The "blind290" half (``--halves blind290,blind290-more``, 100 + 300 reports, seeds 294000-294399) is a
two-hundred-and-ninetieth independent measurement, held out for its first tables (measured by its writer in stop 53),
development data since stop 54: written by a two-hundred-and-ninetieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind290_works.py and blind290_text.py), as marketers at
vending-machine operators, micro-market and unattended-retail firms, coffee and snack brands, payment and telemetry
providers and workplace caterers in the UK, Ireland, the Netherlands, Germany, Italy and Japan (Selecta, Lavazza
Professional, Coca-Cola Europacific Partners, Costa Express, Nescafé, Azkoyen, N&W Global Vending (Evoca Group), Crane
Merchandising Systems, Nayax, Vendon, 365 Retail Markets, Avanti Markets, Foodles, the AVA, the EVA, the JVMA, DyDo
DRINCO, Suntory Beverage & Food) write CIM Level 6 and 7 reports and MBA assignments in English on B2B, workplace,
payment and digital-channel marketing (machine models and generations with launch years (the Costa Express bar (2011),
the Necta Kikko Max), machine counts by country and year ("(Japan, 2023)", "about 4 million machines (2022)"), coffee
blends and snacks with launch years, cashless shares and payment readers (Nayax VPOS Touch (2018)), micro-market
openings by town ("(Utrecht, 2021)"), price points in pence, euros and yen (¥160 (2024)), the Soft Drinks Industry Levy
(2018), the Single-Use Plastics Directive (2019) and deposit schemes, telemetry platforms and app versions (Vendon 2.0),
trade fairs (EU'Vend 2023, Venditalia (2024)), awards (the AVA Awards 2023), stock tickers (NASDAQ: NYAX; TSE: 2590),
quoted slogans, vends ("(2023 vends)"), fiscal and Reiwa years, quarters, site counts, rebrands and mergers, pilots,
standards, events and hashtags, which are no citations); books, chapters and journal articles with up to eight authors
and DOIs (Journal of Retailing and Consumer Services, International Journal of Retail & Distribution Management,
Appetite, Public Health Nutrition, Journal of Foodservice Business Research, Electronic Commerce Research and
Applications), the marketing texts every candidate cites, statistical offices, ministries and public bodies (the ONS,
the Food Standards Agency, Public Health England, safefood, CBS, Destatis, ISTAT, METI, the European Commission, the
WHO; with and without their abbreviation, two works of one body in a year), firms' pages and annual reports ("Coca-Cola
Europacific Partners plc", "Selecta Group B.V.", "Nayax Ltd.", "DyDo Group Holdings, Inc.", "Suntory Beverage & Food
Limited", "Luigi Lavazza S.p.A.", "Fuji Electric Co., Ltd.", "Sielaff GmbH & Co. KG"), trade bodies, trade and business
press signed and unsigned (Vending International, Automatic Merchandiser, Vending Market Watch, The Grocer, Nikkei Asia,
Il Sole 24 Ore), market research with and without years (Mintel, Euromonitor International, IBISWorld, Statista, Allied
Market Research, Vending Market Watch's State of the Industry) and undated pages; Dutch particles apart ("van der Meer",
"ten Have"), umlauts and accents kept ("Müller", "Ó Briain"), Japanese names family name first with macrons ("Itō, H.")
and apostrophes ("D'Amico", "O'Sullivan"), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind291" half (``--halves blind291,blind291-more``, 100 + 300 reports, seeds 295000-295399) is a
two-hundred-and-ninety-first independent measurement, held out for its first tables (measured by its writer in stop 54),
development data since stop 54: written by a two-hundred-and-ninety-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind291_works.py and blind291_text.py), as marketers at
Belgian chocolatiers, praline and biscuit makers, confectionery retailers, cocoa processors and Flemish, Walloon and
Brussels food-promotion bodies in Belgium, the Netherlands, France, the UK and Germany (Neuhaus, Leonidas, Godiva, Barry
Callebaut, Côte d'Or (Mondelēz), Pierre Marcolini, Galler, Guylian, Jules Destrooper, Lotus Bakeries (Biscoff), Delacre,
Meurisse, Belvas, Puratos, Colruyt, Delhaize, VLAM, Flanders Investment & Trade, AWEX, hub.brussels, Choprabisco,
Statbel) write CIM Level 6 and 7 reports and MBA assignments in English on premium, gifting, export, retail and
digital-channel marketing (praline boxes and ranges with launch years (the Ballotin (1915), the Leonidas Heritage
collection (2023)), bars and biscuits with launch years ("Biscoff spread (2007)", Côte d'Or Mignonnette (10 g)), cocoa
percentages and origins ("70% Ghana (2019)"), shop openings by town ("(Antwerp, 2018)", "the Grand-Place boutique
(Brussels, 1997)"), provinces and municipalities ("(Oost-Vlaanderen, 2022)", "(Liège, 2016)"), royal warrants ("Purveyor
to the Court of Belgium (1990)"), Easter and Sinterklaas seasons ("(Sinterklaas 2023)", "(Pâques 2024)"), fairs, awards
and attractions (Salon du Chocolat 2024, the International Chocolate Awards (2022), Chocolate Nation (2019)), cocoa
prices per tonne, EU rules with years (the Cocoa and Chocolate Directive (2000), the EUDR (2023)), stock tickers
(Euronext Brussels: LOTB; SIX: BARN), quoted Dutch and French slogans, tonnages ("(2023 tonnes)"), prices, financial
years, tariff codes, enterprise numbers and other figures, which are no citations); books, chapters and journal articles
with up to eight authors and DOIs (Food Quality and Preference, Appetite, Journal of Product & Brand Management, British
Food Journal, International Journal of Hospitality Management, Journal of Consumer Behaviour, Tijdschrift voor Economie
en Management), the marketing texts every candidate cites, statistics offices, the National Bank and public bodies
(Statbel, the National Bank of Belgium, VLAM, Flanders Investment & Trade, AWEX, hub.brussels, FAVV-AFSCA, Visit
Flanders, Wallonie Belgique Tourisme, the European Commission, Eurostat, the ICCO; with and without their abbreviation,
two works of one body in a year), firms' pages and annual reports ("Barry Callebaut AG", "Lotus Bakeries NV", "Colruyt
Group NV", "Ahold Delhaize N.V.", "Mondelēz International, Inc.", "Belvas SRL", "Chocolaterie Dumon BVBA", "Hotel
Chocolat Group plc"), the Belgian and trade press signed and unsigned (De Tijd, L'Echo, Gondola, Het Nieuwsblad, Le
Soir, The Brussels Times, Confectionery News, The Grocer, Kennis Online), market research with and without years
(Mintel, Euromonitor, Nielsen, GfK Belgium, iVOX, Kantar) and undated pages; Flemish "Van", "Van den", "Vander", "De"
and "D'" capitalised as part of the surname ("Van den Broeck", "Vander Elst", "D'Hondt"), French "de" and "d'" lower
case ("de Wasseige", "d'Ursel"), double-barrelled noble names ("de Harlez de Deulin", "Nève de Mévergnies"), Belgian
Moroccan and Turkish names ("El Khattabi", "Aït Ouarab", "Öztürk", "Yılmaz") and Dutch particles apart, with fifty-two
kinds of decoy. While held out, we reported its tables only.

The "blind292" half (``--halves blind292,blind292-more``, 100 + 300 reports, seeds 296000-296399) is a
two-hundred-and-ninety-second independent measurement, held out for its first tables (measured by its writer in stop
54), development data since stop 54: written by a two-hundred-and-ninety-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind292_works.py and blind292_text.py), as marketers at
car-wash chains, hand car washes, valeting and mobile detailing firms, car-care product brands, wash-equipment makers
and forecourt operators in the UK, Ireland, the United States, Germany, Spain and Australia (IMO Car Wash, Waves, Mister
Car Wash, Zips Car Wash, Tommy's Express, Quick Quack, Autoglym, Meguiar's, Turtle Wax, Chemical Guys, Kärcher, WashTec,
Christ Wash Systems, Istobal, Tesco, Shell, BP, Applegreen, Halfords, Carwash Technologies, Splash Car Wash, Wilcomatic)
write CIM Level 6 and 7 reports and MBA assignments in English on subscription, loyalty, local, franchising and
digital-channel marketing (wash packages with years (the Ultimate Shine package (2021)), wash systems and generations
(the Christ Alpha (2015), the Istobal M'NEX 32), car-care products with launch years (the Autoglym Polar Series (2020)),
monthly plan prices ("£19.99 a month (2023)"), site openings by town, Irish county and US city ("(Swindon, 2022)", "(Co.
Kildare, 2021)", "(Phoenix, 2019)"), US states, German Länder, Spanish and Australian regions ("(Texas, 2020)",
"(Bavaria, 2018)"), water per wash, the Modern Slavery Act (2015) and the Responsible Car Wash Scheme (2018), trade
shows and awards (The Car Wash Show (2024), Automechanika 2022), stock tickers (NYSE: MCW; ETR: WSU), app versions
(Everwash 2.0), quoted slogans, washes ("(2023 washes)"), member and site counts, plates, pH, wages, emission zones and
other figures, which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Journal
of Service Research, Journal of Retailing, Journal of Cleaner Production, Resources, Conservation and Recycling, Journal
of Marketing Research, Marketing Science, International Journal of Contemporary Hospitality Management), the marketing
texts every candidate cites, government and public bodies (the Environment Agency, the GLAA, the HSE, the ONS, the CMA,
the US EPA, the US Bureau of Labor Statistics, Destatis, the INE, the EPA in Ireland; with and without their
abbreviation, two works of one body in a year), trade associations (the CWA, the ICA, the PRA, the Western Carwash
Association), firms' pages and annual reports ("Mister Car Wash, Inc.", "WashTec AG", "Alfred Kärcher SE & Co. KG",
"Istobal S.A.", "Halfords Group plc", "Applegreen Ltd", "Zips Car Wash, LLC", "Lavados Sur S.L."), trade and business
press signed and unsigned (Professional Carwashing & Detailing, Auto Laundry News, Carwash.com, Forecourt Trader, Auto
Express, Modern Car Care), market research with and without years (Mintel, IBISWorld, Grand View Research, Statista,
Frost & Sullivan) and undated pages; Irish names with fadas ("Ó Súilleabháin", "Ní Bhriain"), German umlauts and
particles ("Müller", "von Hagen"), Spanish two-surname names ("García López", "Sánchez-Ferrer"), British Kurdish and
Albanian names ("Hawrami", "Çela"), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind293" half (``--halves blind293,blind293-more``, 100 + 300 reports, seeds 297000-297399) is a
two-hundred-and-ninety-third independent measurement, held out for its first tables (measured by its writer in stop 54),
development data since stop 54: written by a two-hundred-and-ninety-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind293_works.py and blind293_text.py), as marketers at
banks and Islamic finance houses, airlines, telecoms, tourism boards, palm-oil and timber firms, retailers and
halal-food brands in Brunei, Sabah and Sarawak and their partners in Peninsular Malaysia and Singapore (Bank Islam
Brunei Darussalam (BIBD), Baiduri Bank, Royal Brunei Airlines, DST, imagine, Progresif, Hua Ho, Ghanim International,
Sarawak Energy, the Sabah and Sarawak Tourism Boards, AirAsia, MASwings, Bank Islam Malaysia, Maybank, CIMB, Sarawak
Pay, Tamu Muhibbah, Borneo Eco Tours) write CIM Level 6 and 7 reports and MBA assignments in English on Islamic banking,
tourism, halal branding and digital-channel marketing (Islamic finance products with launch years (Tawarruq, the Skim
Perumahan Negara (2019), the BIBD NEXGEN account (2015)), routes and aircraft ("(Bandar Seri Begawan–London, 2019)", the
787 Dreamliner (2013)), festivals (Hari Raya Aidilfitri 2023, Gawai Dayak (2022), Kaamatan 2024), districts, divisions
and towns ("(Tutong, 2021)", "(Miri, 2018)", "(Belait District, 2019)"), national plans and visions (Wawasan Brunei 2035
(2008), PCDS 2030, the Sabah Maju Jaya plan (2021)), royal titles and birthdays, honorifics, parks and attractions with
inscription years (Gunung Mulu (2000), Ulu Temburong (1991)), halal standards and certificates (MS 1500:2019, PBD
24:2007), ringgit and Brunei dollar prices, stock codes (Bursa: MAYBANK 1155), Malay slogans, Hijri dates, palm-oil
certification, arrivals and survey figures, which are no citations); books, chapters and journal articles with up to
eight authors and DOIs (Journal of Islamic Marketing, Asia Pacific Journal of Marketing and Logistics, Tourism
Management Perspectives, Journal of Sustainable Tourism, International Journal of Bank Marketing, Asian Journal of
Business Research, Borneo Research Bulletin), the marketing texts every candidate cites, governments and public bodies
(DEPS, AMBD, the Ministry of Primary Resources and Tourism, DOSM, Bank Negara Malaysia, the Sarawak Government, Tourism
Malaysia, MDEC, BEDB, the Asian Development Bank, ASEAN; with and without their abbreviation, two works of one body in a
year), firms' pages and annual reports ("Bank Islam Brunei Darussalam Berhad", "Royal Brunei Airlines Sdn. Bhd.", "DST
Communications Sdn Bhd", "Sime Darby Plantation Bhd", "Shopee Singapore Pte Ltd", "Singapore Airlines Ltd", "Ernst &
Young PLT"), associations with apostrophes and "&", the region's press signed and unsigned (Borneo Bulletin, The Scoop,
Borneo Post, Daily Express, The Star, New Straits Times, The Edge Malaysia, Nikkei Asia), market research with and
without years (Euromonitor International, Kantar, Ipsos Malaysia, Statista, Nielsen) and undated pages; Malay names with
the father's name as family name ("Abdul Rahman, N.H.", "Haji Othman, S.N."), Iban names with "anak", Kadazan-Dusun
names ("Gontusan", "Lasimbang"), Chinese Malaysian names family name first in Hakka and Foochow spellings ("Tiong",
"Ngu", "Yii") and co-authors from abroad ("Nguyễn", "Yılmaz"), with fifty kinds of decoy. While held out, we reported
its tables only.

The "blind294" half (``--halves blind294,blind294-more``, 100 + 300 reports, seeds 298000-298399) is a
two-hundred-and-ninety-fourth independent measurement, held out for its first tables (measured by its writer in stop
54), development data since stop 55: written by a two-hundred-and-ninety-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind294_works.py and blind294_text.py), as marketers at
Tuscan and Umbrian wineries, agriturismi and farm stays, olive-oil mills, leather and fashion houses, food brands, tour
operators and regional tourism bodies in Italy, the UK, Germany and the United States (Marchesi Antinori, Frescobaldi,
Castello Banfi, Ricasoli, Biondi-Santi, Lungarotti, Ferragamo, Gucci, Il Bisonte, Scuola del Cuoio, Laudemio, Olio
Carli, Fattoria La Vialla, Eataly, Toscana Promozione Turistica, Umbria Tourism, the Consorzio Vino Chianti Classico,
the Consorzio del Vino Brunello di Montalcino, Slow Food, Agriturist) write CIM Level 6 and 7 reports and MBA
assignments in English on wine tourism, luxury, agritourism, export and digital-channel marketing (vintages and labels
with years (Tignanello 2016, Brunello di Montalcino Riserva (2015), "the 2019 vintage"), DOC, DOCG, IGT and DOP
designations with their years (Chianti Classico DOCG (1984), Bolgheri DOC (1994)), palios and festivals ("(Palio di
Siena, 2 July 2023)", Umbria Jazz 2024, Eurochocolate (2022)), towns and provinces with years ("(Montalcino, 2021)",
"(Siena, 2022; Perugia, 2020)"), collections (Ferragamo Vara (1978), the Gancini bag (2023)), olive harvests and oil
prices per litre, UNESCO inscriptions (Val d'Orcia (2004)), EU rules and Italian laws (the Common Market Organisation
(2013), Legge 96/2006), scores and awards ("(100 points, 2019)", Tre Bicchieri), tickers (Euronext Milan: SFER), Italian
slogans, bottle counts ("(2023 bottles)"), founding years, edicts (Cosimo III (1716)), frosts and floods, museums and
flagship stores, which are no citations); books, chapters and journal articles with up to eight authors and DOIs
(International Journal of Wine Business Research, Wine Economics and Policy, Journal of Wine Research, Tourism
Management, Journal of Travel Research, British Food Journal, Journal of Fashion Marketing and Management, Sinergie
Italian Journal of Management), the marketing texts every candidate cites, governments and public bodies (ISTAT, the
Regione Toscana, the Regione Umbria, ENIT, MASAF, ISMEA, the Banca d'Italia, Eurostat, the European Commission, the OIV,
the UNWTO; with and without their abbreviation, two works of one body in a year), firms' pages and annual reports
("Salvatore Ferragamo S.p.A.", "Castello Banfi Società Agricola S.r.l.", "Lungarotti S.s.", "Henkell Freixenet AG",
"Majestic Wine plc", "Constellation Brands, Inc.", "Kering SA"), trade bodies with "&" and abbreviations, the wine, food
and fashion press signed and unsigned (Wine Spectator, Decanter, Gambero Rosso, Il Sole 24 Ore, Corriere della Sera, La
Nazione, WineNews, The Drinks Business, Business of Fashion), market research with and without years (Nomisma Wine
Monitor, Mintel, Euromonitor International, IWSR, Wine Intelligence, Statista) and undated pages; Italian surnames as
Italian scholars print them ("Del Chiaro", "Della Corte", "De' Medici", "Di Vita", "Lo Presti", "D'Amico", "Dell'Orto"),
old Tuscan families with a lowercase particle ("dei Frescobaldi", "de' Bardi"), noble double surnames ("Guicciardini
Strozzi", "Pucci di Benisichi"), German names with "von" and umlauts, American and British co-authors, with forty-nine
kinds of decoy. While held out, we reported its tables only.

The "blind295" half (``--halves blind295,blind295-more``, 100 + 300 reports, seeds 299000-299399) is a
two-hundred-and-ninety-fifth independent measurement, held out for its first tables (measured by its writer in stop 54),
development data since stop 55: written by a two-hundred-and-ninety-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind295_works.py and blind295_text.py), as marketers at
second-hand, resale and recommerce firms, charity shops, pawnbrokers and refurbishers in the UK, France, Lithuania,
Sweden, Germany and Australia (Vinted, Depop, eBay, Back Market, musicMagpie, CeX, Cash Converters, H&L Pawnbrokers,
Ramsdens, Oxfam, the British Heart Foundation, Sue Ryder, Emmaus, Sellpy (H&M), Vestiaire Collective, Leboncoin,
Selency, Tise, Blocket, Rebuy, Gumtree, Facebook Marketplace, Thriftify) write CIM Level 6 and 7 reports and MBA
assignments in English on circular-economy, trust, pricing, platform and digital-channel marketing (resale apps and
features with launch years (Vinted Go (2023), Depop Payments (2019), the eBay Authenticity Guarantee (2020)), app
versions (Vinted 2.0), listing prices and buyer fees ("£4.50 a listing (2022)", "a 5% buyer fee (2024)"), condition
grades ("(Grade B, 2023)"), shop counts and store openings by town ("41 (Leeds, 2021)", "19 (Vilnius, 2019)", "(Geelong,
opened 2023)"), campaign days (Second Hand September (2019), Black Friday 2023, Earth Day 2022), resale-value indices,
gold prices per gram and pawn loan rates ("(APR 99%, 2021)"), UK, French and EU laws and rules with years (the Consumer
Credit Act 1974, the AGEC law (2020), the Right to Repair (2021), Directive 2008/98/EC), awards (the Drapers Awards
2023, the Charity Retail Awards (2022)), stock tickers (LSE: RFX; ASX: CCV), charity, company and FCA numbers, euro and
krona prices, exchange rates, financial years, seasons, sizes, phone models with years, founding years, quoted slogans
and figures ("(2023 listings)"), which are no citations); books, chapters and journal articles with up to eight authors
and DOIs (Journal of Retailing and Consumer Services, Journal of Cleaner Production, Resources, Conservation and
Recycling, Journal of Consumer Research, Journal of Business Research, Journal of Fashion Marketing and Management,
Electronic Commerce Research and Applications), the marketing texts every candidate cites, reports with named authors,
governments and public bodies (WRAP, DEFRA, the Charity Commission, the Charity Retail Association (CRA), the FCA,
ADEME, INSEE, Statistics Lithuania, Statistics Sweden (SCB), the European Environment Agency, the Ellen MacArthur
Foundation, the ABS, the Umweltbundesamt; with and without their abbreviation, two works of one body in a year), firms'
and charities' pages and annual reports ("Vinted UAB", "Back Market SAS", "Ramsdens Holdings plc", "H&T Group plc",
"Cash Converters International Limited", "H & M Hennes & Mauritz AB", "Vestiaire Collective SA", "reBuy reCommerce
GmbH", "Cash Converters Pty Ltd", "Barnardo's"), trade and business press signed and unsigned (Retail Gazette, Drapers,
Third Sector, Les Echos, LSA, Verslo žinios, Dagens Industri, Business of Fashion, TechCrunch), market research with and
without years (GlobalData, thredUP, Mintel, Kantar, BCG, Statista, YouGov) and undated pages; Lithuanian names as
Lithuanian scholars print them ("Kazlauskienė", "Petrauskaitė", "Kairytė", "Stankevičiūtė", "Žukauskas"), French names
with "de", "du" and "Le" ("de Ferran", "du Plessis", "Le Goff"), Swedish, German, British and Australian names ("Åberg",
"Müller", "von Hagen"), with forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind296" half (``--halves blind296,blind296-more``, 100 + 300 reports, seeds 300000-300399) is a
two-hundred-and-ninety-sixth independent measurement, held out for its first tables (measured by its writer in stop 54),
development data since stop 55: written by a two-hundred-and-ninety-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind296_works.py and blind296_text.py), as marketers at
coworking, flexible-office and serviced-office operators, landlords, proptech firms and startup hubs in the UK, India,
Israel, China, Singapore and the Netherlands (IWG (Regus, Spaces), WeWork, The Office Group, Fora, Workspace Group,
Mindspace, Ucommune, Naked Hub, Awfis, 91springboard, Smartworks, Innov8, JustCo, The Great Room, Spaces Zuidas,
Rockstart, Second Home, Huckletree, Uncommon, Plexal, Campus London) write CIM Level 6 and 7 reports and MBA assignments
in English on B2B, community, membership, pricing and digital-channel marketing (membership plans and prices with years
("£199 a month, 2023", "All Access (2021)", "Spaces Business Club (2019)"), buildings and districts with years
("(Aldgate Tower, 2017)", "(Sarona, 2016)", "(Shoreditch, 2015)", "(Zuidas, 2020)"), occupancy by quarter and half year
("(Q3 2022)", "(H1 2023)"), square feet, desks and rents, funding rounds and valuations ("Series D (2019)", "$47 billion
(January 2019)"), tickers and listings ("(NYSE: WE)", "(NSE: AWFIS)"), fiscal years, cohorts and demo days ("(Cohort 12,
2021)", "Demo Day 2024"), tech weeks and events ("(TechSparks (2022))", "Cybertech Tel Aviv"), hybrid-work rules and
return-to-office dates, BREEAM, WELL and energy ratings ("(BREEAM Excellent, 2021)", "(label C, 2023)"), app versions,
slogans, laws and national programmes with years, lockdowns, festivals, restructurings ("(Chapter 11, 2023)") and member
figures ("(2023 members)"), which are no citations); books, chapters and journal articles with up to eight authors and
DOIs (Journal of Corporate Real Estate, Facilities, Journal of Property Investment & Finance, Journal of Business
Research, Industrial Marketing Management, International Journal of Entrepreneurial Behavior & Research, New Technology,
Work and Employment), the marketing texts every candidate cites, working papers by named authors, governments and public
bodies (the ONS, the GLA, NASSCOM, the Reserve Bank of India, the Israel Innovation Authority, the National Bureau of
Statistics of China, the URA, CBS, the OECD, the ILO; with and without their abbreviation, two works of one body in a
year), operators' pages and annual reports ("International Workplace Group plc", "WeWork Inc.", "Workspace Group PLC",
"Awfis Space Solutions Limited", "Smartworks Coworking Spaces Pvt. Ltd", "JustCo Holdings Pte. Ltd.", "Rockstart B.V.",
"NSI N.V."), the property and business press signed and unsigned (Estates Gazette, Property Week, Allwork.Space, The
Economic Times, Mint, Calcalist, Globes, Caixin, The Business Times), property advisers' and market research with and
without years (JLL, CBRE, Cushman & Wakefield, Knight Frank, Colliers, Savills, Instant Group, Coworking Resources) and
undated pages; Indian names with initials ("Sharma, R.K."), South Indian names with no surname ("Senthilkumar, R."),
Israeli Hebrew names ("Ben-David", "Bar-Lev"), Chinese and Singaporean names family name first ("Wang, J.", "Tan,
B.H."), Dutch "van", "van der" and "de" ("van der Voordt", "de Vries"), Turkish-Dutch ("Öztürk", "Yıldız") and British
names, with forty-seven kinds of decoy. While held out, we reported its tables only.

The "blind297" half (``--halves blind297,blind297-more``, 100 + 300 reports, seeds 301000-301399) is a
two-hundred-and-ninety-seventh independent measurement, held out for its first tables (measured by its writer in stop
55), development data since stop 55: written by a two-hundred-and-ninety-seventh hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind297_works.py and blind297_text.py), as marketers at
Louisiana and Gulf Coast restaurants, hot-sauce and seafood brands, festivals, casinos, tourism bodies and music venues
in the United States, the UK and France (Tabasco (McIlhenny Company), Café Du Monde, Commander's Palace, Brennan's,
Popeyes, Zapp's, Community Coffee, Abita Brewing, Zatarain's, Louisiana Fish Fry, Harrah's New Orleans, New Orleans &
Company, the Louisiana Office of Tourism, Visit Baton Rouge, Lafayette Travel, the New Orleans Jazz & Heritage Festival,
Essence Festival, Preservation Hall, Tipitina's) write CIM Level 6 and 7 reports and MBA assignments in English on food
tourism, festival, heritage, hospitality and digital-channel marketing (parishes and neighbourhoods with years
("(Jefferson Parish, 2019)", "(Tremé, 2016)", "(the French Quarter, 2018)"), hurricanes and storms ("(Hurricane Katrina,
2005)", "(Ida, 2021)"), festivals, parades and krewes with years (Jazz Fest 2023, "(Mardi Gras, 2024)", "Krewe of Muses
(2019)"), restaurants and music venues by opening year ("(Commander's Palace, 1893)", "Dooky Chase's (est. 1941)", "The
Spotted Cat (2000)"), James Beard awards and Michelin stars with years, dishes and menus with prices ("(a shrimp po'boy:
$14, 2023)"), Scoville ratings and product lines ("Tabasco Scorpion (2019)"), occupancy and visitor numbers by quarter
and year ("(Q2 2023)", "19.75 million visitors (2019)"), Super Bowls and Sugar Bowls ("Super Bowl LIX (2025)"), casino
licences and gaming revenue by fiscal year, tickers, ZIP codes, interstates, streetcar lines, second lines, Tết Fest,
the Tricentennial, the Paris and London Games, exchange rates, quoted slogans ("Laissez les bons temps rouler") and
figures ("(2023 visitors)"), which are no citations); books, chapters and journal articles with up to eight authors and
DOIs (Journal of Heritage Tourism, Tourism Management, Event Management, International Journal of Hospitality
Management, Journal of Foodservice Business Research, Cornell Hospitality Quarterly, Southern Cultures, Journal of
Travel Research, Louisiana History), the marketing texts every candidate cites, reports with named authors, US federal,
Louisiana and city bodies, VisitBritain and Atout France (the U.S. Census Bureau, the Louisiana Department of Culture,
Recreation & Tourism, the Bureau of Labor Statistics, FEMA, NOAA, the U.S. Travel Association, the Louisiana Gaming
Control Board, the City of New Orleans; with and without their abbreviation, two works of one body in a year), firms'
pages and annual reports ("McIlhenny Company", "Restaurant Brands International Inc.", "Caesars Entertainment, Inc.",
"Community Coffee Company, L.L.C.", "Abita Brewing Co.", "Boyd Gaming Corp.", "Essence Ventures LLC", "Whitbread plc"),
the Louisiana, food and travel press signed and unsigned (The Times-Picayune, The Advocate, Gambit, Nola.com, Eater New
Orleans, Southern Living, Garden & Gun, Nation's Restaurant News, Skift), market research with and without years
(Mintel, Datassential, Technomic, Tourism Economics, Longwoods International, STR, Statista) and undated pages; Cajun
and Creole French names as Louisiana scholars print them ("Hébert", "Thériot", "LeBlanc", "DesHotels", "Des Ormeaux",
"St. Romain", "Saint-Amant", "de la Houssaye", "Guidry-Thibodeaux"), Vietnamese American names ("Nguyen", "Le", "Do"),
African American names with Jr., Sr., II and III, and British names, with fifty kinds of decoy. While held out, we
reported its tables only.

The "blind298" half (``--halves blind298,blind298-more``, 100 + 300 reports, seeds 302000-302399) is a
two-hundred-and-ninety-eighth independent measurement, held out for its first tables (measured by its writer in stop
55), development data since stop 55: written by a two-hundred-and-ninety-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind298_works.py and blind298_text.py), as marketers at
tattoo studios, piercing and body-art brands, tattoo-aftercare and ink makers, laser-removal clinics, conventions and
booking platforms in the UK, the United States, Japan, New Zealand, Germany and Brazil (Sacred Electric Tattoo, Bang
Bang NYC, Ink Master, Tattoodo, Saniderm, Hustle Butter, Dynamic Color, Eternal Ink, World Famous Ink, Cheyenne, FK
Irons, Removery, Dr. Tattoff, Tattoo Freeze, The Great British Tattoo Show, Tattoo Convention Frankfurt, Horiyoshi III,
Moko artists) write CIM Level 6 and 7 reports and MBA assignments in English on brand, community, influencer, regulation
and digital-channel marketing (studios and districts by city and opening year ("(Sacred, 1995)", "(Shoreditch, 2014)"),
styles and traditions with years and centuries ("(American Traditional, 1930)", "(Irezumi, 1800s)", "(tā moko, 2019)"),
conventions and shows ("(Tattoo Convention Frankfurt, 2023)", "Great British Tattoo Show 2022"), TV series, seasons and
episodes ("Ink Master (2012)", "Season 14 (2022)"), REACH and pigment dates ("(REACH, 2022)", "(Pigment Blue 15:3,
January 2023)"), laws and age rules ("(Tattooing of Minors Act 1969)", "(Tätowiermittel-Verordnung, 2008)"), laser and
machine models ("PicoSure (2013)", "(Spektra Xion, 2017)"), prices per hour, session and day, deposits, followers and
hashtags ("#tattoo (2021)"), celebrities' tattoos, slogans and flash, bookings and revenue figures ("(2023 bookings)"),
festivals, lockdowns, guest spots and opening hours, which are no citations); books, chapters and journal articles with
up to eight authors and DOIs (Body & Society, Journal of Consumer Culture, Deviant Behavior, Journal of Cosmetic
Dermatology, British Journal of Dermatology, International Journal of Consumer Studies, Journal of Business Research,
Journal of Marketing Management), the marketing texts every candidate cites, governments and public bodies (the HSE,
ECHA, the European Commission, the FDA, CIEH, Public Health England, the ONS, IBGE, Stats NZ, the Ministry of Health,
Labour and Welfare, the BfR, Te Puni Kōkiri; with and without their abbreviation, two works of one body in a year),
firms' and trade bodies' pages and reports ("Removery LLC", "Tattoodo ApS", "Cheyenne Professional Tattoo Equipment
GmbH", "Eternal Ink Inc.", "Tebori Supply K.K.", "Electric Ink Indústria e Comércio Ltda.", "Inkvault Pty Ltd", "Tattoo
& Piercing Industry Union (TPIU)"), the tattoo and lifestyle press signed and unsigned (Total Tattoo, Skin Deep, Inked,
Tattoo Life, Vice, Dazed, The Guardian, BBC News, Allure), artists' Instagram posts, market research with and without
years (Mintel, IBISWorld, Grand View Research, Ipsos, YouGov, Statista) and undated pages; Japanese names ("Saitō",
"Kōno") and single "Hori-" artist names ("Horitaka"), Māori names with macrons and single names ("Ngāwhika",
"Tūmanako"), German "von" and umlauts ("von Bülow", "Köhler"), Brazilian "da", "dos" and "de" with two family names
("dos Reis Carvalho", "Pereira da Costa"), British and American names, with fifty kinds of decoy. While held out, we
reported its tables only.

The "blind299" half (``--halves blind299,blind299-more``, 100 + 300 reports, seeds 303000-303399) is a
two-hundred-and-ninety-ninth independent measurement, held out for its first tables (measured by its writer in stop 55),
development data since stop 55: written by a two-hundred-and-ninety-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind299_works.py and blind299_text.py), as marketers at
Sudanese, South Sudanese and Horn of Africa telecoms, mobile-money, banking, gum-arabic, livestock-export and
consumer-goods firms, NGOs and diaspora businesses in Sudan, South Sudan, Egypt, Saudi Arabia, the UAE, the UK and the
United States (Zain Sudan, MTN South Sudan, Sudani (Sudatel), DAL Group, CTC Group, Bank of Khartoum (Bankak), Faisal
Islamic Bank, Kenana Sugar Company, Coca-Cola Sudan, Mo Ibrahim Foundation, Sudanese Red Crescent, UNHCR Sudan, Talabat,
Careem, WFP) write CIM Level 6 and 7 reports and MBA assignments in English on mobile money, humanitarian, export, brand
and digital-channel marketing (cities, states and regions with years ("(Khartoum, 2019)", "(Juba, 2011)", "(Gezira
State, 2021)"), the revolution, the peace agreements, the wars and the coup with their dates ("(December Revolution,
2018)", "(CPA, 2005)", "(Juba Peace Agreement, 2020)", "(April 2023)", "(25 October 2021)"), the pound's float and
exchange rates ("SDG 375 to the dollar (2021)", "(float, February 2021)"), mobile-money launches and bundles ("Bankak
(2017)", "m-Gurush (2019)", "Cashi (2020)"), subscribers and market shares by quarter and year ("(Q4 2022)", "14.5
million subscribers (2022)"), Ramadan and Eid campaigns and Hijri years ("(Ramadan 2023)", "Eid al-Adha 2022", "(1444
AH)"), gum-arabic, sesame and livestock exports, internet shutdowns, sanctions and the delisting ("(OFAC, 2017)", "(SST
delisting, 2020)"), dams and ports ("(Merowe Dam, 2009)", "(GERD, 2020)"), independence and the referendum, prices in
SDG and SSP, inflation, fiscal years, licences, founding years, rebrands, tickers, UN missions, floods, censuses,
protests, subsidy removal, elections, Gulf and sports events, remittances, penetration, SIM registration, samples,
figures and slogans in Arabic and English ("«حرية سلام وعدالة» (2019)", "(2022 subscribers)"), which are no citations);
books, chapters and journal articles with up to eight authors and DOIs (Journal of African Business, Information
Technologies & International Development, Review of African Political Economy, Journal of Islamic Marketing,
Telecommunications Policy, World Development, Journal of Eastern African Studies, International Journal of Emerging
Markets, African Affairs), the marketing texts every candidate cites, the Central Bank of Sudan, the Central Bureau of
Statistics (Sudan), the National Bureau of Statistics (South Sudan), the TPRA, the World Bank, the IMF, GSMA, UNDP,
OCHA, the African Development Bank, FAO, UNHCR and the WFP (with and without their abbreviation, two works of one body
in a year), firms' and NGOs' pages and annual reports ("Zain Group K.S.C.P.", "MTN Group Limited", "DAL Group Co. Ltd",
"Emirates Telecommunications Group Company P.J.S.C.", "Talabat Holding plc", "Safaricom PLC", "Careem Inc.", "Norwegian
People's Aid", "Médecins Sans Frontières"), the regional and international press signed and unsigned (Sudan Tribune,
Radio Dabanga, Dabanga, The East African, Al Jazeera, Reuters, Financial Times, Asharq Al-Awsat, Eye Radio), market
research with and without years (GSMA Intelligence, Ookla, DataReportal, Ipsos, Euromonitor, Statista) and undated
pages; Sudanese chained names with the chain's last name as family name ("Abdelrahman, M.A."), "El", "Al-", "Abu" and
"Abdel" names ("El Tayeb", "Al-Mahdi", "Abu Sin", "Abdel Ghaffar"), Dinka and Nuer names ("Deng", "Garang", "Gatkuoth",
"Nyuon"), Egyptian and Gulf names ("El-Sayed", "Al-Qahtani"), the Europeans who write on the Sudans ("de Waal", "Bøås",
"Sørbø", "Ylönen") and British names, with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind300" half (``--halves blind300,blind300-more``, 100 + 300 reports, seeds 304000-304399) is a three-hundredth
independent measurement, held out for its first tables (measured by its writer in stop 55), development data since stop
55: written by a three-hundredth hand the same way, without reading the checker, its tests or any other pool
(tests/corpus/references/blind300_works.py and blind300_text.py), as marketers at New England seafood, lobster-shack,
fall-foliage tourism, maple-syrup, craft-brewery and outdoor-gear firms, inns, ski resorts and state tourism offices in
the United States, Canada and the UK (Luke's Lobster, Legal Sea Foods, Red's Eats, Cabot Creamery, Ben & Jerry's,
L.L.Bean, Allagash Brewing, Sam Adams (Boston Beer Company), Stowe Mountain Resort, Vermont Teddy Bear, Maine Office of
Tourism, Discover New England, Visit Vermont, Cape Cod Chamber of Commerce, Acadia National Park, Maple Grove Farms)
write CIM Level 6 and 7 reports and MBA assignments in English on seasonal tourism, food provenance, heritage brands and
digital-channel marketing (towns and harbours with years ("(Bar Harbor, 2019)", "(Stonington harbour, 2021)"), counties,
states and provinces ("(Hancock County, 2020)", "(Vermont, 2023)", "(Nova Scotia, 2022)"), storms and nor'easters
("(Nor'easter, 2022)", "(Hurricane Bob, 1991)", "(Blizzard of '78)"), foliage peaks by week ("(week 41, 2023)"), lobster
landings and boat prices ("$4.25 a pound (2022)", "(2021: 91 million pounds)"), ski seasons, snowfall and season passes
("(2022–23 season)", "212 inches (2023)", "(Epic Pass, 2023/24: $829)"), shacks, inns, lighthouses and covered bridges
by their years ("(Red's Eats, 1938)", "Union Oyster House (1826)", "Portland Head Light (1791)"), beers and limited
releases ("Allagash White (1995)", "Heady Topper (2004)"), maple grades and sugaring seasons ("(Grade A Amber, 2015
standard)", "(sugaring season, March 2024)"), fairs and festivals ("(Fryeburg Fair, 2022)", "Maine Lobster Festival
2023"), roads and trails ("(Route 100, 2021)", "the Kancamagus Highway (1959)"), prizes and certifications ("(Great
American Beer Festival gold, 2019)", "(MSC certified, 2013)"), trap tags and whale rules, occupancy, rooms and meals
tax, fiscal years, holiday weekends, ferries and cruise calls, promo codes, handles, weather readings, slogans and
visitor figures ("(2023 visitors)"), which are no citations); books, chapters and journal articles with up to eight
authors and DOIs (Journal of Travel Research, Tourism Management, Annals of Tourism Research, Marine Policy, Journal of
Rural Studies, Journal of Product & Brand Management, Journal of Consumer Marketing, Appetite), the marketing texts
every candidate cites, NOAA Fisheries, the Maine Department of Marine Resources, the Vermont Agency of Agriculture, Food
& Markets, the USDA, the U.S. Census Bureau, the Bureau of Economic Analysis, the National Park Service, Statistics
Canada, Destination Canada and VisitBritain (with and without their abbreviation, two works of one body in a year),
firms' pages and annual reports ("The Boston Beer Company, Inc.", "L.L.Bean, Inc.", "Ben & Jerry's Homemade, Inc.",
"Legal Sea Foods, LLC", "Allagash Brewing Co.", "Aramark Corp.", "Whitbread plc", "Cornish Seafood Ltd"), the regional
and trade press signed and unsigned (The Boston Globe, Portland Press Herald, Bangor Daily News, VTDigger, Yankee
Magazine, Down East, Eater Boston, Skift, Travel Weekly), market research with and without years (Mintel, Euromonitor,
Longwoods International, Tourism Economics, Brewers Association, IBISWorld, Statista) and undated pages; Franco-American
and Québécois names ("LeBlanc", "St-Pierre", "Saint-Amand", "Jean-François"), Irish American names ("O'Brien",
"McCarthy", "MacDonald"), Portuguese American names ("da Ponte", "de Medeiros", "Medeiros"), Wabanaki names
("Sockabasin", "Soctomah", "Neptune") and British names, with forty-nine kinds of decoy. While held out, we reported its
tables only.

The "blind301" half (``--halves blind301,blind301-more``, 100 + 300 reports, seeds 305000-305399) is a
three-hundred-and-first independent measurement, held out for its first tables (measured by its writer in stop 55),
development data since stop 55: written by a three-hundred-and-first hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind301_works.py and blind301_text.py), as marketers at independent
butchers, meat-box and farm-to-door services, charcuterie and salumi makers, abattoirs, livestock co-operatives and
meat-industry bodies in the UK, Ireland, France, Spain, Argentina and Australia (Donald Russell, Farmison & Co, Turner &
George, Field & Flower, The Ethical Butcher, Jack O'Shea, Hugh Maguire, Dawn Meats, ABP Food Group, Bord Bia, AHDB,
Maison Verot, Joselito, Cinco Jotas, La Piamontesa, Cabaña Las Lilas, Victor Churchill, Meat & Livestock Australia)
write CIM Level 6 and 7 reports and MBA assignments in English on provenance, premiumisation, subscription, welfare and
digital-channel marketing (breeds and herds with years ("(Dexter, 2019)", "(Aberdeen Angus herd, since 1902)", "(Wagyu,
2021)"), cuts and prices per kilo in pounds, euros, pesos and Australian dollars ("rib-eye at £42 a kilo (2023)",
"(picanha, 2022)", "(€18.40/kg, 2022)"), ageing days and chambers ("(45-day dry-aged, 2020)"), PDO and PGI names
("(Jamón de Guijuelo PDO, 1986)", "(Welsh Lamb PGI, 2003)"), shops by town and opening year ("(Ludlow, 1998)",
"(Ranelagh, 2018)"), markets and fairs ("(Rungis, 1969)", "(Smithfield Market, 1868)", "(Salon de l'Agriculture,
2024)"), scares, outbreaks and recalls ("(BSE, 1996)", "(horsemeat scandal, 2013)", "(foot-and-mouth, 2001)"), awards
and Great Taste stars, welfare, assurance and organic schemes ("(Red Tractor, 2000)", "(RSPCA Assured, 2019)", "(Origin
Green, 2012)"), asados and barbecue festivals ("(Asado Fest, 2023)"), slogans, box counts and tiers ("(2023 boxes)",
"(Family Box, £65)"), discount codes, founding years and generations, herd sizes, exports and slaughterings, grades
("(MSA 5-star, 2021)", "(EUROP grade U3, 2020)"), montanera seasons and curing months, Irish counties, Spanish towns,
estancias and Australian regions, TV shows, Instagram handles, web platforms, cooking temperatures, carbon figures and
samples, which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Meat Science,
British Food Journal, Food Policy, Journal of Rural Studies, Appetite, Journal of Retailing and Consumer Services,
International Journal of Retail & Distribution Management, Animal, Food Quality and Preference), the marketing texts
every candidate cites, governments and public bodies (the Food Standards Agency, DEFRA, the AHDB, Bord Bia, the
Department of Agriculture, Food and the Marine, FranceAgriMer, MAPA, INDEC, the Australian Bureau of Statistics, the
FAO, the OECD, Quality Meat Scotland, Hybu Cig Cymru, the IPCVA; with and without their abbreviation, two works of one
body in a year, and named authors' reports for them), firms' and trade bodies' pages and annual reports ("Donald Russell
Ltd", "Dawn Meats Group Unlimited Company", "Cranswick plc", "Cinco Jotas S.A.", "Joselito S.L.", "Maison Verot SAS",
"Victor Churchill Pty Ltd", "Meat & Livestock Australia Limited", "Jack O'Shea's", "Butchers' Q Guild"), the national
and trade press signed and unsigned (Meat Management, Meat Trades Journal, The Grocer, The Irish Times, Farmers Journal,
Le Figaro, El País, La Nación, The Sydney Morning Herald, Beef Central), market research with and without years (Kantar,
Mintel, Euromonitor, IGD, Nielsen, Statista) and undated pages; Irish names with "Ó", "Ní", "Mac" and fadas ("Ó
Súilleabháin", "Ní Bhriain", "Mac Cárthaigh"), French names with "de", "du" and "Le" ("du Roux", "Le Goff", "Le
Floc'h"), Spanish and Argentine double family names with "y" and "de la" ("García y Sánchez", "de la Fuente", "Rodríguez
Larreta"), Australian and British names, with fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind302" half (``--halves blind302,blind302-more``, 100 + 300 reports, seeds 306000-306399) is a
three-hundred-and-second independent measurement, held out for its first tables (measured by its writer in stop 55),
development data since stop 55: written by a three-hundred-and-second hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind302_works.py and blind302_text.py), as marketers at Finnish,
Estonian and Swedish sauna, spa, wellness-tourism, design and outdoor brands, lakeside resorts, public saunas and
tourism bodies in Finland, Estonia, Sweden, the UK and Germany (Löyly, Allas Sea Pool, Kotiharjun Sauna, Harvia, Narvi,
Saunum, Kolme Vaahteraa, Iittala, Marimekko, Fiskars, Visit Finland, Visit Estonia, Visit Sweden, Lapland Hotels, Arctic
TreeHouse Hotel, Kalevala Koru, the Finnish Sauna Society (Suomen Saunaseura), Sauna from Finland) write CIM Level 6 and
7 reports and MBA assignments in English on experience, wellbeing, place branding, export and digital-channel marketing
(public saunas and pools with their cities and opening years ("(Löyly, 2016)", "(Kotiharju, 1928)"), lakes, islands and
regions with years ("(Saimaa, 2019)", "(Åland, 2021)", "(Saaremaa, 2018)"), UNESCO listings ("(Finnish sauna culture,
2020)", "(Võro smoke sauna tradition, 2014)"), stove models and design icons with years ("Harvia Legend (2015)", "Saunum
Air (2019)", "Aalto Vase (1936)", "Unikko (1964)"), festivals, championships and Midsummer ("(Sauna World Championships,
2010)", "Flow Festival 2023", "(Midsummer, 2022)"), aurora months and overnights ("(January 2024)", "1.2 million
overnights (2023)"), igloo and ticket prices ("€650 a night, 2023"), national parks and trails ("(Nuuksio, 1994)"),
awards ("(Finnish Design Award, 2019)"), Finnish and Swedish words and slogans ("sisu", "löyly", "Rent a Finn"), bathers
and visitors by year ("(2023 bathers)"), capitals of culture and design ("(Helsinki, 2000)", "(World Design Capital,
2012)"), quarters, financial and founding years, tickers, VAT, flight routes, temperatures, exchange rates, eco-labels
and the Sámi calendar, which are no citations); books, chapters and journal articles with up to eight authors and DOIs
(Scandinavian Journal of Hospitality and Tourism, Journal of Hospitality & Tourism Research, Tourism Management
Perspectives, Journal of Place Management and Development, Leisure Studies, International Journal of Spa and Wellness,
Journal of Business Research, Design Management Journal), the marketing texts every candidate cites, Statistics Finland,
Statistics Estonia, Statistics Sweden (SCB), Eurostat, Business Finland, the Ministry of Economic Affairs and
Employment, Enterprise Estonia, Tillväxtverket, UNESCO, the Nordic Council of Ministers, Visit Finland, Visit Estonia,
Visit Sweden and the Global Wellness Institute (two works of one body in a year), firms' pages and annual reports
("Harvia Oyj", "Fiskars Oyj Abp", "Marimekko Oyj", "Saunum OÜ", "Lapland Hotels Oy", "Oy Stockmann Ab", "Tylö AB",
"Tallink Grupp AS", "Klafs GmbH & Co. KG", "Nordic Sauna Collective Ltd"), the Nordic and international press signed and
unsigned (Helsingin Sanomat, Yle, Kauppalehti, Postimees, ERR News, Dagens Nyheter, Monocle, Wallpaper*, Condé Nast
Traveller, The Guardian), market research with and without years (Global Wellness Institute, Euromonitor International,
Mintel, Statista, Kantar) and undated pages; Finnish names with ä, ö, double vowels and compound surnames
("Lähteenmäki", "Kääriäinen", "Virtanen-Mäkelä", "Hölttä-Otto"), Estonian names with õ and ü ("Õun", "Rüütel", "Jõgi"),
Swedish names with "af" and "von" ("af Klint", "von Essen"), Sámi names ("Näkkäläjärvi", "Valkeapää"), German names with
umlauts and von ("Köhler", "von Bülow") and British names, with fifty-two kinds of decoy. While held out, we reported
its tables only.

The "blind303" half (``--halves blind303,blind303-more``, 100 + 300 reports, seeds 307000-307399) is a
three-hundred-and-third independent measurement, held out for its first tables (measured by its writer in stop 55),
development data since stop 56: written by a three-hundred-and-third hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind303_works.py and blind303_text.py), as marketers at Florida theme
parks, cruise lines, golf and retirement communities, citrus brands, hotels and destination-marketing bodies in the
United States, the UK, Canada and Brazil (Walt Disney World, Universal Orlando, SeaWorld, Busch Gardens, LEGOLAND
Florida, Royal Caribbean, Carnival, Norwegian Cruise Line, The Villages, Tropicana, Florida's Natural, Publix, Visit
Florida, Visit Orlando, the Greater Miami Convention & Visitors Bureau, Visit St. Pete/Clearwater, Kennedy Space Center
Visitor Complex) write CIM Level 6 and 7 reports and MBA assignments in English on experience, loyalty, family travel,
seniors and digital-channel marketing (parks, lands and rides with opening years ("(Magic Kingdom, 1971)", "(Galaxy's
Edge, 2019)", "(VelociCoaster, 2021)"), ships with maiden voyages and classes ("(Icon of the Seas, 2024)", "(Oasis
class, 2009)"), ports and terminals ("(PortMiami, 2023)", "(Terminal A, 2018)"), hurricanes ("(Hurricane Ian, 2022)",
"(Irma, 2017)"), counties and towns ("(Osceola County, 2021)", "(Celebration, 1996)"), attendance, quarters and fiscal
years ("20.7 million visits (2019)", "(Q3 2023)", "(FY2024)"), ticket and pass prices ("$189 a day (2024)"), citrus
seasons and box counts ("(2022–23 season)", "18 million boxes (2023)"), festivals and events ("(EPCOT International Food
& Wine Festival, 2023)", "Halloween Horror Nights 33 (2024)", "(Art Basel Miami Beach, 2022)"), launches ("(Artemis I,
2022)"), retirement-community phases and villages ("(Phase 3, 2015)", "(Village of Fenney, 2016)"), loyalty tiers
("(Pinnacle Club, 2021)"), quoted slogans, guest and passenger figures ("(2023 guests)"), hotels and golf courses with
years, districts, closures and sailing orders, anniversaries, occupancy and RevPAR, flight routes, seasons, exchange
rates, samples, handles, awards, films, product launches, ages, tickers, decades and percentages, which are no
citations); books, chapters and journal articles with up to eight authors and DOIs (Tourism Management, Journal of
Travel Research, International Journal of Hospitality Management, Journal of Vacation Marketing, Cornell Hospitality
Quarterly, Journal of Services Marketing, Tourism Economics, Journal of Consumer Research, Annals of Tourism Research),
the marketing texts every candidate cites, the U.S. Census Bureau, the Bureau of Labor Statistics, the Florida
Department of Revenue, the Florida Department of Citrus, NOAA, FEMA, the Federal Maritime Commission, CLIA,
VisitBritain, Embratur, the U.S. Travel Association and Destination Canada (with and without abbreviations, two works of
one body in a year), firms' and destination bodies' pages and annual reports ("The Walt Disney Company", "Comcast
Corporation", "Royal Caribbean Cruises Ltd.", "Carnival Corporation & plc", "Norwegian Cruise Line Holdings Ltd.",
"United Parks & Resorts Inc.", "Publix Super Markets, Inc.", "Hyatt Hotels Corp.", "NBCUniversal Media, LLC", "Kerzner
International N.V.", "Florida's Natural Growers"), the Florida and travel-trade press signed and unsigned (Orlando
Sentinel, Miami Herald, Tampa Bay Times, Travel Weekly, Skift, Cruise Critic, Theme Park Insider, Blooloop), market
research with and without years (TEA/AECOM, Mintel, Euromonitor International, Tourism Economics, Statista,
Phocuswright, STR) and undated pages; Cuban American and Puerto Rican names with two family names ("Rodríguez Vélez",
"Torres-Rivera"), Haitian names ("Jean-Baptiste", "Dérisier"), Brazilian names with "da", "dos" and "de" ("da Silva",
"dos Santos", "de Oliveira"), Canadian French names with accents ("Côté", "Bélanger") and American and British names,
with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind304" half (``--halves blind304,blind304-more``, 100 + 300 reports, seeds 308000-308399) is a
three-hundred-and-fourth independent measurement, held out for its first tables (measured by its writer in stop 55),
development data since stop 56: written by a three-hundred-and-fourth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind304_works.py and blind304_text.py), as marketers at Georgian
wineries, qvevri and natural-wine producers, mineral-water and brandy brands, Tbilisi hotels, ski resorts, tour
operators and the national tourism body in Georgia, the UK, Germany, Poland and Israel (Marani, Teliani Valley,
Schuchmann Wines, Pheasant's Tears, Tbilvino, Borjomi (IDS Borjomi), Nabeghlavi, Sarajishvili, Rooms Hotels, Stamba,
Fabrika, Gudauri, Bakuriani, the Georgian National Tourism Administration, the National Wine Agency of Georgia, Wine
Club Georgia) write CIM Level 6 and 7 reports and MBA assignments in English on wine tourism, export, place branding and
digital-channel marketing (regions, villages and appellations with years ("(Kakheti, 2019)", "(Sighnaghi, 2021)",
"(Tsinandali, 2017)", "(Kindzmarauli, 2022)", "(Racha, 2018)"), grapes and vintages ("Saperavi (2018)", "Rkatsiteli
2020", "the 2021 vintage"), UNESCO listings ("(qvevri winemaking, 2013)", "(Svaneti, 1996)"), feasts and festivals
("(Rtveli, 2023)", "Tbilisoba 2022", "(New Wine Festival, 2019)", "(supra, 2020)"), embargoes and trade dates ("(Russian
embargo, 2006)", "(DCFTA, 2014)", "(EU visa-free, 2017)"), the war and protests by month ("(August 2008)", "(March
2023)"), hotels and venues by opening year ("(Stamba, 2018)", "(Fabrika, 2016)"), ski seasons and lifts ("(2023–24
season)", "(Gudauri gondola, 2019)"), exchange rates and prices ("GEL 2.70 to the dollar (2023)", "GEL 45 a bottle
(2022)"), medals and scores ("(Decanter gold, 2021)", "(92 points, 2020)"), export volumes ("108 million bottles
(2023)"), mineral springs and wells ("(Borjomi spring No. 1, 1850)"), slogans ("Georgia: the cradle of wine"), figures
("(2023 bottles)"), hectares, tonnes and grape subsidies, flight routes, Georgian words (qvevri, chacha, tamada),
altitudes, distances, rooms, financial years, rankings, seasons and loyalty tiers, which are no citations); books,
chapters and journal articles with up to eight authors and DOIs (International Journal of Wine Business Research,
Journal of Wine Research, Tourism Management, Journal of Destination Marketing & Management, Caucasus Survey,
Post-Soviet Affairs, Journal of East-West Business, British Food Journal), the marketing texts every candidate cites,
Geostat (the National Statistics Office of Georgia), the National Bank of Georgia, the GNTA, the National Wine Agency,
the Ministry of Environmental Protection and Agriculture, Enterprise Georgia, the EBRD, the World Bank, the OIV, UNESCO
and the UNWTO, with and without their abbreviation (two works of one body in a year), firms' pages and annual reports
("Tbilisi Wine Company LLC", "Georgian Wine and Spirits Company JSC", "IDS Borjomi Georgia JSC", "TBC Bank Group PLC",
"Bank of Georgia Group PLC", "Schuchmann Wines Georgia GmbH", "Adjara Group Hospitality Ltd", "Diageo plc", "Pernod
Ricard S.A.", "Pheasant's Tears", "Galt & Taggart"), the press signed and unsigned (Civil.ge, OC Media, Georgia Today,
Interpressnews, Eurasianet, Decanter, Wine Enthusiast, The Guardian, Financial Times), market research with and without
years (IWSR, Wine Intelligence, Euromonitor International, Galt & Taggart, Statista) and undated pages; Georgian names
("Kharaishvili", "Chikhladze", "Kvaratskhelia", "Lomouri", "Tsereteli"), Armenian names ("Harutyunyan", "Petrosyan"),
Russian and Ukrainian names with patronymic initials ("Ivanova, O.V.", "Kovalenko, A.M."), Polish names with "ł", "ż"
and "ś" ("Łukasiewicz", "Żurawski", "Śliwińska"), Israeli Hebrew names ("Ben-David", "Mizrahi"), German names with "von"
and "zu" and British names, with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind305" half (``--halves blind305,blind305-more``, 100 + 300 reports, seeds 309000-309399) is a
three-hundred-and-fifth independent measurement, held out for its first tables (measured by its writer in stop 55),
development data since stop 56: written by a three-hundred-and-fifth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind305_works.py and blind305_text.py), as marketers at Peruvian
restaurants, pisco and cacao producers, superfood exporters, Andean tour operators, alpaca-textile brands and the
national promotion body in Peru, the UK, Spain, Chile and the United States (Central, Maido, Astrid y Gastón, Pisco
Portón, Barsol, Queirolo, Machu Picchu Foods, Alpaca 111, Kuna, Sol Alpaca, Michell & Cía, PromPerú, Inca Rail,
PeruRail, Belmond, Mil, Inkaterra, Gloria, Alicorp) write CIM Level 6 and 7 reports and MBA assignments in English on
gastronomy tourism, nation branding, export, sustainability and digital-channel marketing (restaurants by ranking and
year ("(Central, 2023)", "No. 1 (2023)"), regions, valleys and towns with years ("(Ica, 2019)", "(Sacred Valley, 2021)",
"(Pisco, 2007)"), pisco grapes, the denomination of origin and Pisco Sour Day ("Quebranta (2018)", "(Denominación de
Origen Pisco, 1990)", "(Día del Pisco Sour, 2024)"), sites, listings and daily quotas ("(Machu Picchu, 1983)",
"(Vinicunca, 2016)", "4,500 visitors a day (2024)"), festivals ("(Mistura, 2017)", "Inti Raymi 2023", "(Qoyllur Rit'i,
2011)"), El Niño and Niño Costero years, trains and routes ("(Hiram Bingham, 1999)", "(Vistadome, 2010)"), alpaca fibre
grades and prices ("(baby alpaca, 2020)", "US$12 a kilo (2022)"), trade agreements ("(US–Peru TPA, 2009)"), exchange
rates ("S/ 3.75 to the dollar, 2023"), awards ("(World's Leading Culinary Destination, 2019)"), Quechua words, Spanish
slogans and campaigns, menus, dishes and heritage declarations, superfood harvests, international years, cacao varieties
and awards, trade fairs, arrivals, altitudes, hashtags, laws and warning octagons, the Bicentenario, closures, the Inca
Trail, vintages, sizes, tax numbers and figures like "(2023 diners)", which are no citations); books, chapters and
journal articles with up to eight authors and DOIs (Journal of Travel Research, Tourism Management, Journal of Place
Management and Development, British Food Journal, Journal of Latin American Studies, Academia Revista Latinoamericana de
Administración, Journal of Fashion Marketing and Management, Food Policy), the marketing texts every candidate cites,
INEI, PromPerú, MINCETUR, the Banco Central de Reserva del Perú (BCRP), SENASA, SUNAT, the Ministerio de Cultura,
MIDAGRI, the FAO, the ILO, the IDB, the World Bank, UNESCO, the WTTC and the OECD (with and without their abbreviation,
two works of one body in a year), firms' and trade bodies' pages and annual reports ("Alicorp S.A.A.", "Gloria S.A.",
"Belmond Ltd.", "Grupo Inca S.A.C.", "Destilería La Caravedo S.A.C.", "Viñas de Oro E.I.R.L.", "Barsol Spirits Inc.",
"Michell & Cía. S.A.", "The World's 50 Best Restaurants"), the Peruvian and international press signed and unsigned (El
Comercio, Gestión, La República, Perú21, Andina, Americas Quarterly, Financial Times, Eater), market research with and
without years (Euromonitor International, Mintel, Ipsos Perú, Kantar, IWSR, Statista) and undated pages; Peruvian and
Chilean names with two family names and "de", "del" and "de la" ("Quispe Mamani", "de la Cruz Ortiz", "del Castillo
Ríos", "Undurraga Vicuña"), Quechua and Aymara names ("Ñahui Ccori", "Ccahuana Huillca"), Nikkei and Chinese Peruvian
names ("Nakamura Higa", "Matsufuji Kanashiro", "Chang Wong"), Spanish, American and British names, with fifty-two kinds
of decoy. While held out, we reported its tables only.

The "blind306" half (``--halves blind306,blind306-more``, 100 + 300 reports, seeds 310000-310399) is a
three-hundred-and-sixth independent measurement, held out for its first tables (measured by its writer in stop 56),
development data since stop 56: written by a three-hundred-and-sixth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind306_works.py and blind306_text.py), as marketers at Alaskan and
Yukon cruise lines, wild-salmon and seafood brands, bush airlines, aurora and wilderness lodges, gold-rush heritage
sites, outdoor-gear makers and the tourism bodies of Alaska, the Yukon and British Columbia in the United States,
Canada, the UK, Japan and Germany (Holland America, Princess Cruises, Lindblad, Alaska Airlines, Ravn Alaska, Wright Air
Service, Trident Seafoods, Copper River Seafoods, Silver Bay Seafoods, the Alaska Seafood Marketing Institute, Northern
Lights Resort, Chena Hot Springs, Sheldon Chalet, Xtratuf, Filson, Travel Yukon, Travel Alaska) write CIM Level 6 and 7
reports and MBA assignments in English on destination marketing, seasonality, sustainability, seafood branding and
digital-channel marketing (glaciers, fjords and parks with years ("(Mendenhall, 2019)", "(Hubbard Glacier, 2022)",
"(Denali, 2015)", "(Glacier Bay, 1980)"), ports and towns with cruise calls ("(Skagway, 2023)", "(Dawson City, 2018)",
"Juneau 2024"), salmon runs, species and river closures ("(Copper River, 2021)", "(sockeye, 2022)", "Bristol Bay
(2023)", "(Yukon chinook, 2021)"), gold-rush and heritage dates ("(Klondike, 1896)", "(Chilkoot Trail, 1898)",
"(Iditarod, 1925)"), races and festivals ("(Iditarod, 2024)", "(Yukon Quest, 2020)", "(Fur Rendezvous, 2019)"),
earthquakes, spills, storms and volcanoes ("(Good Friday, 1964)", "(Exxon Valdez, 1989)", "(Typhoon Merbok, 2022)"),
ships and lodges ("(Ruby Princess, 2008)", "(National Geographic Venture, 2018)"), ex-vessel prices, quotas and permits
("US$4.10 a pound (2022)", "(ex-vessel, 2021)"), the dividend and laws ("(PFD, 2022)", "(Jones Act, 1920)", "(ANCSA,
1971)"), Yup'ik, Tlingit and Iñupiaq words, slogans, aurora seasons, flight routes, highways and the railway,
certifications, awards, exchange rates, shares, head taxes, the no-sail year, record catches, products, excursion prices
and figures like "(2023 passengers: 1.6 million)", which are no citations); books, chapters and journal articles with up
to eight authors and DOIs (Annals of Tourism Research, Journal of Sustainable Tourism, Tourism Geographies, Marine
Policy, Journal of Ecotourism, Polar Geography, Arctic, Journal of Consumer Marketing, Journal of Marketing Management),
the marketing texts every candidate cites, staff-written technical reports ("Fishery Data Series"), the Alaska
Department of Fish and Game (ADF&G), NOAA Fisheries, the National Park Service, the Alaska Travel Industry Association
(ATIA), ASMI, Destination Canada, Statistics Canada, the Government of Yukon, the Bureau of Labor Statistics, the Marine
Stewardship Council and CLIA (with and without their abbreviation, two works of one body in a year), firms' pages and
annual reports ("Carnival Corporation & plc", "Alaska Air Group, Inc.", "Trident Seafoods Corporation", "Lindblad
Expeditions Holdings, Inc.", "Silver Bay Seafoods, LLC", "Arctic Slope Regional Corp.", "Doyon, Limited", "Air North,
Yukon's Airline", "Norwegian Cruise Line Holdings Ltd."), the regional and trade press signed and unsigned (Anchorage
Daily News, Juneau Empire, Yukon News, CBC North, Travel Weekly, SeafoodSource, National Fisherman, Condé Nast
Traveler), market research with and without years (Mintel, Euromonitor International, McDowell Group, Rain Coast Data,
Statista, Nielsen) and undated pages; Yup'ik, Iñupiaq, Tlingit and Yukon First Nations names ("Kawagley", "Nanalook",
"Ahvakana", "Dauenhauer", "Tizya-Tramm"), Filipino American names ("Dela Cruz", "de los Reyes"), Korean American,
Japanese names with macrons ("Satō", "Kōno"), German, Canadian French ("Côté", "St-Pierre", "D'Amours"), American and
British names, with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind307" half (``--halves blind307,blind307-more``, 100 + 300 reports, seeds 311000-311399) is a
three-hundred-and-seventh independent measurement, held out for its first tables (measured by its writer in stop 56),
development data since stop 56: written by a three-hundred-and-seventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind307_works.py and blind307_text.py), as marketers at New
Zealand and Australian honey and mānuka brands, beekeepers and apiarists, bee-product and propolis makers,
natural-health retailers, agritourism farms and export bodies in New Zealand, Australia, the UK, China, Japan and
Malaysia (Comvita, Manuka Health, Egmont Honey, Airborne, Arataki, Steens, Capilano, Beechworth, Wedderspoon, Happy
Valley, Manuka Doctor, Holland & Barrett, the Bee Products Standards Council, Apiculture New Zealand, New Zealand Trade
and Enterprise) write CIM Level 6 and 7 reports and MBA assignments in English on provenance, premium pricing,
certification, export marketing, health claims and digital-channel marketing (mānuka grades and ratings with years
("(UMF 15+, 2019)", "(MGO 400, 2021)", "UMF 20+ (2023)", "(NPA 15+, 2014)", "(monofloral, 2018)"), regions, ranges and
valleys with seasons ("(Northland, 2020)", "(Hawke's Bay, 2022)", "(Tasmania, 2019)", "(the Kaimai Range, 2021
season)"), the trade-mark cases ("(Manuka Honey Appellation Society, 2021)", "(mānuka trade mark, 2023)"), bee pests and
diseases ("(varroa, 2000)", "Varroa (2022)", "(AFB, 2018)"), cyclones, droughts and fires ("(Cyclone Gabrielle, 2023)",
"(Black Summer, 2020)", "(La Niña, 2022)"), shows, awards and fairs ("(Fieldays, 2022)", "(London Honey Awards, 2023)",
"(Apimondia, 2019)", "(Foodex Japan, 2023)"), seasons, harvests and crop sizes ("the 2021 season (2021)", "(harvest,
2022)", "12,000 tonnes (2022)"), export prices, values and terms ("NZ$45 a kilo (2021)", "(FOB, 2022)"), Māori place
names and iwi partners ("(Te Araroa, 2020)", "(Ngāti Porou, 2019)"), standards ("(MPI definition, 2017)", "(FSANZ 2.8.2,
2015)"), Māori words and proverbs, slogans, laboratory markers ("(DHA 700, 2021)"), prices in yen, ringgit and pounds,
Singles' Day, 618 and daigou, trade agreements ("(NZ–China FTA, 2008)"), financial years, tickers, lockdowns, founding
years, certifications, Matariki and Lunar New Year, samples, figures, pack sizes, age bands, planning models, quarters
and figures like "(2022 hives)", which are no citations); books, chapters and journal articles with up to eight authors
and DOIs (Journal of Apicultural Research, Food Chemistry, British Food Journal, Australasian Marketing Journal, New
Zealand Economic Papers, Journal of Product & Brand Management, International Journal of Wine Business Research, Journal
of Rural Studies), the marketing texts every candidate cites, the Ministry for Primary Industries (MPI), Stats NZ, the
Australian Bureau of Statistics (ABS), Food Standards Australia New Zealand (FSANZ), the Intellectual Property Office of
New Zealand (IPONZ), the UK Food Standards Agency, AgriFutures Australia, the FAO, MBIE, NZTE and Te Puni Kōkiri (with
and without their abbreviation, two works of one body in a year), firms' and trade bodies' pages and annual reports
("Comvita Limited", "Capilano Honey Ltd", "Oha Honey Limited Partnership", "Holland & Barrett International Ltd", "Hive
& Wellness Australia Pty Ltd", "Tesco PLC", "Unique Mānuka Factor Honey Association (UMFHA)", "Nature's Way"), the New
Zealand, Australian, UK and Asian press signed and unsigned (Stuff, the New Zealand Herald, RNZ, The Guardian, the
Sydney Morning Herald, Farmers Weekly NZ, The Grocer, Nikkei Asia, BusinessDesk, ABC News), market research with and
without years (Mintel, Euromonitor International, IBISWorld, Nielsen, NielsenIQ, Coriolis, Statista) and undated pages;
Māori names with macrons, "Te" and hyphens ("Te Huia", "Pōmare", "Ruwhiu-Karawana"), Samoan names with an apostrophe
("Fa'alogo", "Mata'afa"), Tongan, Chinese New Zealander, Malaysian ("Abdul Rahman", "Mohd Yusof") and Japanese names,
Afrikaans and Dutch names with "van der" and "de", and New Zealand, Australian and British names, with fifty kinds of
decoy. While held out, we reported its tables only.

The "blind308" half (``--halves blind308,blind308-more``, 100 + 300 reports, seeds 312000-312399) is a
three-hundred-and-eighth independent measurement, held out for its first tables (measured by its writer in stop 56),
development data since stop 56: written by a three-hundred-and-eighth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind308_works.py and blind308_text.py), as marketers at Uzbek and
Kazakh Silk Road tour operators, carpet, suzani and ceramics workshops, cotton and textile exporters, airlines, banks,
telecoms and the tourism bodies of Uzbekistan, Kazakhstan and Kyrgyzstan in Central Asia, Russia, Turkey, South Korea,
Germany and the UK (Uzbekistan Airways, Air Astana, SCAT, Kaspi.kz, Uzum, Beeline Uzbekistan, Kcell, Kapital Bank,
Artel, Samarkand Touristic Centre, Silk Road Samarkand, Uzbektourism, Kazakh Tourism, Rixos, Hyatt Regency Tashkent,
Bukhara Silk Carpets) write CIM Level 6 and 7 reports and MBA assignments in English on heritage tourism, nation
branding, fintech, textile export and digital-channel marketing (cities, squares and sites with years ("(Samarkand,
2022)", "(Registan, 2022)", "(Khiva, 1990)", "Shymkent (2018)"), UNESCO listings and serial corridors ("(Itchan Kala,
1990)", "(Silk Roads: Chang'an–Tianshan Corridor, 2014)"), intangible heritage ("(palov culture and tradition, 2016)"),
textiles and carpets ("(suzani, 2020)", "(ikat, 2021)", "(adras, 2019)"), cotton harvests, the boycott and
forced-labour-free claims ("(Cotton Campaign, 2022)", "the 2021 harvest (2021)", "(forced-labour-free, 2022)"),
festivals ("(Navruz, 2023)", "(Silk and Spices, 2019)", "(Sharq Taronalari, 2021)"), trains ("(Afrosiyob, 2011)",
"(Talgo, 2017)"), currency reforms and rates ("(som liberalisation, 2017)", "11,000 soum to the dollar (2022)", "(tenge
float, 2015)"), visa regimes ("(e-visa, 2018)", "(30-day visa-free, 2019)"), Expo and summits ("(Expo 2017, 2017)",
"(SCO summit, 2022)"), protests ("(Qantar, 2022)", "(Karakalpakstan, 2022)"), decrees, capital renamings, routes,
aircraft, hotel openings, stock listings, awards, games, ski seasons, Uzbek, Kazakh and Russian words and slogans,
hashtags, prices, populations, quarters, financial years and figures like "(2023 arrivals)", which are no citations);
books, chapters and journal articles with up to eight authors and DOIs (Central Asian Survey, Tourism Management
Perspectives, Journal of Heritage Tourism, Post-Communist Economies, Eurasian Geography and Economics, Journal of
Islamic Marketing, Journal of Fashion Marketing and Management, International Marketing Review), the marketing texts
every candidate cites, the Statistics Agency under the President of the Republic of Uzbekistan, the Bureau of National
Statistics of Kazakhstan, the Central Bank of Uzbekistan, the National Bank of Kazakhstan, the tourism ministries,
UNESCO, the UNWTO, the ADB, the EBRD, the World Bank and the ILO (with and without their abbreviation, two works of one
body in a year), firms' pages and annual reports with JSC, LLP, LLC, AO and plc ("Kaspi.kz JSC", "Air Astana JSC",
"Uzbekistan Airways JSC", "NAC Kazatomprom JSC", "Halyk Bank JSC", "Tengizchevroil LLP", "Uzum Market LLC", "AO Kcell",
"Next plc"), the regional and international press signed and unsigned (Gazeta.uz, Kun.uz, The Astana Times, Eurasianet,
The Diplomat, Financial Times, Reuters, Wanderlust), market research with and without years (Euromonitor, Mintel,
Statista, GSMA Intelligence, Kantar, DataReportal) and undated pages; Uzbek names as the region's journals print them
("Abdullayev", "Abdullaeva", "Toʻxtayev", "Gʻulomov", "Xolmatov"), Kazakh names in "-uly" and "-kyzy" ("Nurlanuly",
"Askarkyzy"), Kyrgyz and Tajik names ("Toktogulova", "Rahmonov"), Koryo-saram names ("Tsoy", "Khegay", "Ten"), Russian,
Turkish, German and British names, with fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind309" half (``--halves blind309,blind309-more``, 100 + 300 reports, seeds 313000-313399) is a
three-hundred-and-ninth independent measurement, held out for its first tables (measured by its writer in stop 56),
development data since stop 57: written by a three-hundred-and-ninth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind309_works.py and blind309_text.py), as marketers at anime studios,
manga publishers, character-licensing agencies, anime streaming services, figure and merchandise makers, anime cafés and
convention organisers in Japan, the UK, France, the United States, Brazil and the Philippines (Toei Animation, Studio
Ghibli, Kyoto Animation, MAPPA, Shueisha, Kodansha, Crunchyroll, Aniplex, Bandai Namco, Good Smile Company, Sanrio, The
Pokémon Company, Animate, Japan Expo, MCM Comic Con, Anime Expo, Manga Entertainment) write CIM Level 6 and 7 reports
and MBA assignments in English on fandom, licensing, global streaming, cross-media franchising and digital-channel
marketing (anime and manga titles with years ("(Akira, 1988)", "(Spirited Away, 2001)", "(Demon Slayer, 2019)", "One
Piece (1997)"), characters with debut years ("(Hello Kitty, 1974)", "Pikachu (1996)", "(Doraemon, 1969)", "(Hatsune
Miku, 2007)"), conventions and events ("(Comiket, 2019)", "(Anime Expo, 2023)", "(Japan Expo, 2000)", "(AnimeJapan,
2024)"), studios with founding years ("(Ghibli, 1985; MAPPA, 2011)", "(Kyoto Animation, 1981)"), the arson and the
disaster ("(Kyoto Animation arson, 2019)", "(Tōhoku, 2011)"), box office ("¥40.4 billion (2020)", "(Mugen Train,
2020)"), awards ("(Crunchyroll Anime Awards, 2024)", "(Academy Award, 2003)"), pilgrimage towns and districts
("(Washinomiya, 2007)", "Ōarai (2012)", "(Akihabara, 2005)"), platforms, apps and games with launch years
("(Crunchyroll, 2006; HIDIVE, 2017)", "(Shōnen Jump+, 2014)", "(Pokémon GO, 2016)"), laws and policies ("(Copyright Act,
1970)", "(Cool Japan, 2010)"), Japanese words, buzzwords, catchphrases and slogans ("‘oshi’ (推し)", "‘Gotta catch ’em
all’ (1998)"), seasons and cours, episode and sales milestones, fiscal years, quarters, yen rates and market sizes
("(¥2.93 trillion, 2022)"), collaborations, cafés, parks, hashtags, rankings, TV blocks ("(Toonami, 1997)"), dubs,
ratings, prices, idols, eras ("(Reiwa 5, i.e. 2023)"), the Games and figures like "(2023 viewers: 645k in the first
hour)", which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Mechademia,
Japan Forum, Journal of Popular Culture, International Journal of Cultural Studies, Journal of Consumer Culture, Asia
Pacific Business Review, Journal of Marketing Management, Convergence), the marketing texts every candidate cites, METI,
the Cabinet Office (Cool Japan Strategy), JETRO, JNTO, the Agency for Cultural Affairs, the Japan Tourism Agency, the UK
Intellectual Property Office and the Association of Japanese Animations (with and without their abbreviation, two works
of one body in a year), firms' pages and annual reports with Co., Ltd., K.K., Inc. and Holdings ("Toei Animation Co.,
Ltd.", "Bandai Namco Holdings Inc.", "Good Smile Company, Inc.", "Animate K.K.", "McDonald's Japan", "Ernst & Young
ShinNihon LLC"), the anime, trade and national press signed and unsigned (Anime News Network, Crunchyroll News, The
Japan Times, Nikkei Asia, Variety, The Guardian, Polygon, Oricon News, Rappler), market research with and without years
(Mintel, Statista, Parrot Analytics, Human Mixer, Yano Research Institute, Euromonitor) and undated pages; Japanese
names as the field's journals print them, macrons kept ("Ōtsuka", "Itō", "Satō", "Endō", "Sugawa-Shimada"), Korean,
Filipino ("dela Cruz", "de Guzman"), Brazilian ("da Silva", "dos Santos"), French, American and British names, with
fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind310" half (``--halves blind310,blind310-more``, 100 + 300 reports, seeds 314000-314399) is a
three-hundred-and-tenth independent measurement, held out for its first tables (measured by its writer in stop 56),
development data since stop 57: written by a three-hundred-and-tenth hand the same way, without reading the checker, its
tests or any other pool (tests/corpus/references/blind310_works.py and blind310_text.py), as marketers at zoos,
aquariums, safari parks, wildlife sanctuaries, conservation charities, nature-documentary producers and eco-tour
operators in the UK, Ireland, Germany, the Netherlands, Australia, Singapore and South Africa (ZSL London Zoo, Chester
Zoo, Edinburgh Zoo, Longleat, Blair Drummond, Dublin Zoo, Fota Wildlife Park, Berlin Zoo, Artis, Blijdorp, Taronga,
Australia Zoo, Singapore Zoo, Mandai, SeaLife, the Deep, WWF, the RSPB, the Born Free Foundation, BBC Studios Natural
History Unit) write CIM Level 6 and 7 reports and MBA assignments in English on visitor attractions, membership,
fundraising, conservation messaging, ethics and digital-channel marketing (famous animals with years ("(Knut, 2007)",
"(Tian Tian, 2011)", "(Marius, 2014)", "(Harambe, 2016)", "(Jumbo, 1882)", "Chi Chi (1958)"), births, arrivals and
deaths ("the cub born in spring (2023)", "(first calf, 2019)", "(Sumatran tiger cubs, 2021)", "(arrived 2020)"),
breeding programmes, species and Red List categories ("(EEP, 1985)", "(red panda, 2020)", "(Przewalski's horse, 1996)",
"(Critically Endangered, 2016)"), exhibits with opening years ("(Islands, 2015)", "(Land of the Lions, 2016)", "(Penguin
Beach, 2011)"), outbreaks and closures ("(avian flu, 2022)", "(foot-and-mouth, 2001)", "(lockdown closure, 2020)"),
documentaries and series ("(Blue Planet II, 2017)", "(Our Planet, 2019)", "(Tiger King, 2020)", "(Animal Park, 2000)"),
awards and rankings ("(BIAZA Gold, 2022)", "(Travellers' Choice, 2019)"), visitor, member and adoption figures ("2.1
million visitors (2019)", "(2023 members)", "(2022 adoptions)"), conventions, Acts and the Zoos Directive ("(CITES,
1975)", "(Zoo Licensing Act, 1981)", "(Dangerous Wild Animals Act, 1976)", "(Directive 1999/22/EC)"), campaigns and
hashtags ("(#SaveTheRhino, 2015)", "(Earth Hour, 2007)"), keeper sayings and slogans, ticket prices, Gift Aid, founding
years and anniversaries, charity numbers, financial years, surveys, events, storms and heatwaves, reintroductions, SDGs,
promo codes, ratings, the panda loan, studbooks, handles and scientific names with their authorities ("(Ailurus fulgens
F. Cuvier, 1825)"), which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Zoo
Biology, Tourism Management, Journal of Sustainable Tourism, Visitor Studies, Nonprofit and Voluntary Sector Quarterly,
International Journal of Nonprofit and Voluntary Sector Marketing, Journal of Ecotourism, Environmental Education
Research), the marketing and fundraising texts every candidate cites, Defra, Natural England, NatureScot, the Charity
Commission, ALVA, BIAZA, EAZA, the IUCN, the CITES Secretariat, VisitBritain, Fáilte Ireland and the other tourism
boards (with and without their abbreviation, two works of one body in a year), zoos', charities' and firms' pages and
annual reports with plc, Ltd, CIC, AG, gGmbH and Trust ("Merlin Entertainments plc", "Longleat Enterprises Ltd", "Wild
Shores Tours CIC", "Zoo Osnabrück gGmbH", "Wildfowl & Wetlands Trust", "People's Trust for Endangered Species",
"Zoological Society of London (ZSL)", "Mandai Wildlife Group"), the press and trade press signed and unsigned (The
Guardian, BBC News, The Times, The Irish Times, Der Tagesspiegel, The Straits Times, Attractions Management, Third
Sector), market research with and without years (Mintel, Statista, YouGov, Kantar, Euromonitor) and undated pages; Dutch
and Afrikaans names with their particles apart ("van der Merwe", "du Plessis", "le Roux", "de Boer", "van 't Hof"),
German names with umlauts and "ß" ("Müller", "Weiß"), Zulu and Xhosa names ("Dlamini", "Ndlovu", "Mqhayi"), Singaporean
Chinese and Malay names ("Tan", "Lim", "Ismail"), Irish names ("Ó Súilleabháin", "Ní Bhriain", "Mac Cárthaigh"), and
Australian and British names, with fifty kinds of decoy. While held out, we reported its tables only.

The "blind311" half (``--halves blind311,blind311-more``, 100 + 300 reports, seeds 315000-315399) is a
three-hundred-and-eleventh independent measurement, held out for its first tables (measured by its writer in stop 56),
development data since stop 57: written by a three-hundred-and-eleventh hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind311_works.py and blind311_text.py), as marketers at opera
houses, theatres, ballet and dance companies, West End and Broadway producers, ticketing platforms, touring musicals and
performing-arts festivals in the UK, Ireland, France, Italy, Germany, Austria and the US (Royal Opera House, English
National Opera, Glyndebourne, Opera North, Welsh National Opera, Sadler's Wells, the National Theatre, the Abbey
Theatre, Wexford Festival Opera, La Scala, Opéra de Paris, Wiener Staatsoper, Bayreuth, the Metropolitan Opera, Cameron
Mackintosh, Really Useful Group, ATG Entertainment, Delfont Mackintosh, Ticketmaster, TodayTix) write CIM Level 6 and 7
reports and MBA assignments in English on audience development, pricing, membership, sponsorship, touring and
digital-channel marketing (operas, musicals and plays with premiere years ("(Tosca, 1900)", "Carmen (1875)", "(Hamilton,
2015)", "(Cats, 1981)", "(The Mousetrap, 1952)"), productions and revivals ("(Ring cycle, 2012)", "(the 2019 revival,
2019)", "(Akhnaten, 2016)"), venues with opening and reopening years ("(Palladium, 1910)", "(Bridge Theatre, 2017)",
"(Elbphilharmonie, 2017)", "(La Fenice, reopened 2003)"), festivals and their founding years ("(Proms, 2023)",
"(Bayreuth Festival, 1876)", "(Wexford, 1951)"), awards ("(Olivier Awards, 2022)", "(Tony Award, 2016)"), fires,
closures and strikes ("(La Fenice fire, 1996)", "(lockdown, 2020)", "(Equity strike, 2023)"), ticket prices and grosses
("£150 a seat (2023)", "$3.3 million a week (2016)"), singers' and dancers' debuts ("(Pavarotti, 1961)", "Nureyev
(1962)", "(Callas, 1949)"), funding strategies and cuts ("(Let's Create, 2020)", "(National Portfolio, 2023)"), libretto
and lyric lines, reviews' stars, poster quotes and slogans, seasons, financial years, performance counts, membership
tiers, sponsor credits, relays and streams, tours, composers' dates, catalogue numbers, acts and scenes, tax reliefs,
handles, seat maps, foreign terms, quarters and figures like "(2022 audiences)", which are no citations); books,
chapters and journal articles with up to eight authors and DOIs (International Journal of Arts Management, Arts
Marketing: An International Journal, Journal of Cultural Economics, Cultural Trends, Poetics, Journal of Marketing
Management, Journal of Business Research, Theatre Research International), the marketing and arts-marketing texts every
candidate cites, Arts Council England, Creative Scotland, the Arts Council of Wales, the Arts Council (Ireland), the
DCMS, SOLT, UK Theatre, the Broadway League, the Audience Agency and Eurostat (with and without their abbreviation, two
works of one body in a year), houses', producers' and ticketing firms' pages and annual reports with Ltd, Inc., GmbH,
S.p.A., KGaA and "Trust" ("Royal Opera House Covent Garden Foundation", "ATG Entertainment Ltd", "Delfont Mackintosh
Theatres Ltd", "Live Nation Entertainment, Inc.", "Fondazione Teatro alla Scala", "G. Ricordi & C. S.p.A.", "Sadler's
Wells Trust Ltd"), the arts and general press in English, French, Italian and German signed and unsigned (The Stage, The
Guardian, The Times, Opera Now, Gramophone, The New York Times, Le Monde, Corriere della Sera, WhatsOnStage), market
research with and without years (Mintel, YouGov, Statista, Kantar, Nielsen) and undated pages; Italian, French, German
and Austrian names with "von", "de", "di" and "du" ("von Hagen", "de Montmollin", "di Stefano"), Irish names with "Ó",
"Ní" and "Mac" ("Ó Súilleabháin", "Ní Mhurchú", "Mac Giolla Phádraig"), Welsh names with "ab" ("ab Iorwerth",
"Prys-Jones"), American and British names, with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind312" half (``--halves blind312,blind312-more``, 100 + 300 reports, seeds 316000-316399) is a
three-hundred-and-twelfth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 57: written by a three-hundred-and-twelfth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind312_works.py and blind312_text.py), as marketers at Scotch
whisky distilleries and blenders, Scottish gin and craft-spirits makers, whisky retailers and auction houses,
cask-investment firms, distillery visitor centres and Highlands and Islands tourism bodies in Scotland, Ireland, Japan,
India, France and the US (Diageo, Pernod Ricard, William Grant & Sons, Chivas Brothers, Edrington, The Macallan,
Glenmorangie, Bruichladdich, Ardbeg, Laphroaig, Bowmore, Springbank, Johnnie Walker, The Glenlivet, Suntory, Nikka,
Amrut, Whisky Auctioneer, The Whisky Exchange, VisitScotland, Highlands and Islands Enterprise, the Scotch Whisky
Association) write CIM Level 6 and 7 reports and MBA assignments in English on brand heritage, premiumisation, export
markets, visitor experience, collectors and digital-channel marketing (whiskies and bottlings with their years
("(Macallan 1926, 2019)", "(Lagavulin 16, 1988)", "(Black Bowmore, 1964)", "Port Ellen 9 Rogue Casks (2022)", "(Ardbeg
Supernova, 2009)"), distilleries with founding, closing and reopening years ("(Laphroaig, 1815)", "(Brora, 1983)",
"(Rosebank, 1993)", "(Port Ellen closure, 1983)", "(Daftmill, 2005)"), wrecks, films and stories ("(SS Politician,
1941)", "(Whisky Galore!, 1949)", "(Shackleton's whisky, 2007)"), laws and rules ("(Excise Act, 1823)", "(Scotch Whisky
Regulations, 2009)", "(minimum unit pricing, 2018)", "(Section 232 tariffs, 2019)", "(Deposit Return Scheme, 2023)"),
awards, medals and scores ("(World Whisky of the Year, 2015)", "(Whisky Bible, 2020)", "(IWSC Gold, 2022)", "97 points
(2021)"), festivals and shows ("(Fèis Ìle, 2023)", "(Spirit of Speyside, 2022)", "(Royal Highland Show, 2019)", "(Burns
Night, 2024)"), brand icons, campaigns and old blends ("(Striding Man, 1908)", "(Keep Walking, 1999)", "(White Horse,
1890)"), inventors, founders and a critic with their years ("(Aeneas Coffey, 1830)", "(Masataka Taketsuru, 1918)", "Jim
Murray (2015)"), auction prices and sales ("£1.5 million (2019)", "(Sotheby's sale, 2023)"), tasting notes, slogans and
Gaelic toasts ("Slàinte mhath!"), export figures ("(2023 exports)"), the angels' share, cask numbers, distilled and
bottled dates, age and price, financial years, quarters, duty rates, geographical indications, visitor numbers, royal
warrants, mergers, tourism routes, themed years, online ratings, strengths, anniversaries, lockdown and hashtags, which
are no citations); books, chapters and journal articles with up to eight authors and DOIs (Journal of Wine Research,
International Journal of Wine Business Research, British Food Journal, Journal of Heritage Tourism, Tourism Management,
Journal of Brand Management, Journal of Marketing Management, Business History), the marketing texts every candidate
cites, the Scottish Government, HM Revenue & Customs, VisitScotland, Highlands and Islands Enterprise, Scottish
Enterprise, the ONS, Food Standards Scotland, the European Commission and the spirits trade bodies (the Scotch Whisky
Association, the Irish Whiskey Association, the Kentucky Distillers' Association, DISCUS; with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports with plc, Ltd, K.K., S.A., Pvt Ltd and
"Trust" ("Diageo plc", "Pernod Ricard S.A.", "William Grant & Sons Ltd", "The Edrington Group Ltd", "Suntory Holdings
K.K.", "Amrut Distilleries Pvt Ltd", "Bruichladdich Distillery Co. Ltd", "J. & A. Mitchell & Co. Ltd", "Islay Heritage
Trust"), the Scottish, drinks-trade and financial press signed and unsigned (The Herald, The Scotsman, The Press and
Journal, Whisky Magazine, Whisky Advocate, The Spirits Business, Harpers Wine & Spirit, The Drinks Business, Financial
Times, Nikkei Asia), market research with and without years (IWSR, Mintel, Euromonitor, Knight Frank, Statista, Kantar)
and undated pages; Scottish names with "Mac", "Mc" and "Nic" and Gaelic forms ("MacLeod", "McAllister", "Mac an
Tàilleir", "NicLeòid", "Nic a' Phearsain"), Irish names with "Ó" and "Ní" ("Ó Súilleabháin", "Ní Bhriain"), romanised
Japanese names ("Satō", "Ōno"), Indian, French ("de Kerangal", "du Plessis", "Le Gall") and American names, with
fifty-eight kinds of decoy. While held out, we reported its tables only.

The "blind313" half (``--halves blind313,blind313-more``, 100 + 300 reports, seeds 317000-317399) is a
three-hundred-and-thirteenth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 57: written by a three-hundred-and-thirteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind313_works.py and blind313_text.py), as marketers at
Pacific island tourism boards, resorts, airlines, cruise and dive operators, telecoms and mobile-money firms, banks,
bottled-water, kava, coconut and noni brands, rugby unions and remittance firms in Fiji, Samoa, Tonga, Vanuatu, the Cook
Islands, French Polynesia, New Caledonia and their diaspora in New Zealand and Australia (Tourism Fiji, Samoa Tourism
Authority, Tonga Tourism, Vanuatu Tourism Office, Cook Islands Tourism, Tahiti Tourisme, Fiji Airways, Air Tahiti Nui,
Air Vanuatu, Digicel Pacific, Vodafone Fiji, BSP, ANZ Pacific, FIJI Water, Tanoa Hotels, Likuliku Lagoon Resort, Fiji
Rugby Union, KlickEx) write CIM Level 6 and 7 reports and MBA assignments in English on destination marketing, diaspora
markets, mobile money, sponsorship, eco-tourism and digital-channel marketing (cyclones, eruptions and the tsunami with
years ("(Cyclone Winston, 2016)", "(Cyclone Pam, 2015)", "(Hunga Tonga eruption, 2022)", "(2009 tsunami, 2009)"), coups,
independence, governments, constitutions and elections ("(coup, 2006)", "(independence, 1970)", "(Bainimarama
government, 2007)", "(Constitution, 2013)"), sport with years ("(Sevens gold, 2016)", "(Rugby World Cup, 2023)",
"(Pacific Games, 2019)", "(Flying Fijians, 2007)", "(Mate Ma'a Tonga, 2017)"), festivals and holidays ("(Hibiscus
Festival, 2019)", "(Heiva, 2023)", "(Te Maeva Nui, 2022)", "(Diwali, 2021)"), voyaging canoes, first flights and cruise
ships ("(Hōkūleʻa, 1976)", "(Uto Ni Yalo, 2010)", "(first A350 flight, 2017)"), resorts and islands with opening years
("(Likuliku, 2007)", "(Turtle Island, 1980)", "(Bora Bora, 1961)"), kings, chiefs and leaders who are not authors
("(Tupou VI, 2015)", "(Ratu Sukuna, 1940)", "Bainimarama (2014)"), films and shows ("(Moana, 2016)", "(Cast Away,
2000)", "(Survivor Fiji, 2017)"), migration ballots and labour schemes ("(Pacific Access Category, 2002)", "(PALM
scheme, 2022)", "(Recognised Seasonal Employer, 2007)"), prices, visitor, census and remittance figures ("FJ$2,400 a
night (2023)", "894,389 visitors (2019)", "(2022 remittances)"), exchange rates, greetings and slogans ("Bula",
"Talofa", "Where Happiness Finds You"), wrecks, border closures and travel bubbles, mobile-money and cable launches, the
kava ban, SDGs, climate agreements, awards, founding and financial years, vernacular terms ("(fa'a Samoa)",
"(talanoa)"), handles, cross-references and abbreviations, which are no citations); books, chapters and journal articles
with up to eight authors and DOIs (Journal of Pacific Studies, The Contemporary Pacific, Pacific Tourism Review, Tourism
Management, Annals of Tourism Research, Asia Pacific Journal of Marketing and Logistics, Journal of Sustainable Tourism,
Island Studies Journal), the marketing and tourism texts every candidate cites, the Fiji Bureau of Statistics, the
Reserve Bank of Fiji, the Samoa Bureau of Statistics, SPTO, the SPC, the Pacific Islands Forum Secretariat, the ADB, the
World Bank, UNWTO, MFAT and DFAT (with and without their abbreviation, two works of one body in a year), firms' and
bodies' pages and annual reports with Ltd, Pte Ltd, S.A., LLC and "Trust" ("Fiji Airways Ltd", "Digicel Pacific Ltd",
"Vodafone Fiji Pte Ltd", "BSP Financial Group Ltd", "FIJI Water LLC", "Air Tahiti Nui S.A.", "National Trust of Fiji",
"Fiji Hotel & Tourism Association (FHTA)"), the regional press signed and unsigned (The Fiji Times, Fiji Sun, Samoa
Observer, Matangi Tonga, Islands Business, RNZ Pacific, Pacific Islands News Association, ABC Pacific, Stuff, Les
Nouvelles Calédoniennes), market research with and without years (Statista, Euromonitor International, Kantar, Tourism
Economics, GSMA Intelligence) and undated pages; Fijian, Indo-Fijian, Samoan, Tongan, ni-Vanuatu, Cook Islands Māori and
Tahitian names with the ʻokina and macrons as Pacific scholars print them ("Hauʻofa", "Māhina", "Tuʻinukuafe", "Pōnia")
and with a straight apostrophe as others type them ("Fa'asalele", "Va'a", "Tuimaleali'ifano"), French names with "de",
"le" and "du", and Australian and New Zealand names, with fifty-three kinds of decoy. While held out, we reported its
tables only.

The "blind314" half (``--halves blind314,blind314-more``, 100 + 300 reports, seeds 318000-318399) is a
three-hundred-and-fourteenth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 57: written by a three-hundred-and-fourteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind314_works.py and blind314_text.py), as marketers at
tequila and mezcal brands, agave growers, Mexican beer and food brands, taquerías and restaurant chains, hotels and tour
operators, banks and fintechs, retailers and e-commerce firms in Mexico and the United States' Mexican-American markets
(José Cuervo, Sauza, Patrón, Casamigos, Don Julio, Herradura, Del Maguey, Montelobos, Grupo Modelo, Heineken México,
Bimbo, FEMSA, OXXO, Walmart de México, Liverpool, Mercado Libre, BBVA México, Banorte, Nu México, Aeroméxico, Grupo
Xcaret, the Consejo Regulador del Tequila) write CIM Level 6 and 7 reports and MBA assignments in English on
premiumisation, denomination of origin, authenticity, export, tourism and digital-channel marketing (fiestas, fairs and
music festivals with years ("(Día de Muertos, 2023)", "(Guelaguetza, 2019)", "(Feria Nacional del Tequila, 2018)",
"(Vive Latino, 2024)"), standards, declarations and trade agreements ("(NOM-006-SCFI, 2012)", "(DOT, 1974)", "(T-MEC,
2020)", "(NAFTA, 1994)"), hurricanes, earthquakes and crises ("(Hurricane Patricia, 2015)", "(tequila crisis, 1994)",
"(agave shortage, 2018)", "(sargassum, 2019)"), brands, bottles and beers with launch years ("(Casamigos, 2013)",
"(Patrón Silver, 1989)", "Corona Extra (1925)"), deals and their values ("(Diageo deal, 2017)", "(US$5.1 billion,
2018)"), films, series and songs ("(Coco, 2017)", "(Narcos: Mexico, 2018)", "(Tequila, 1958)"), founders, artists,
athletes and presidents with years ("(Cenobio Sauza, 1873)", "Frida Kahlo (1939)", "(Checo Pérez, 2023)", "(AMLO,
2018)"), towns, parks and World Heritage Sites ("(Pueblo Mágico, 2001)", "(Xcaret, 1990)"), football and the Grand Prix,
bottle prices and litres ("MX$1,200 a bottle (2023)", "651 million litres (2022)"), toasts, sayings and slogans
("¡Salud!", "Para todo mal, mezcal"), quarters, exchange and policy rates, tequila classes, agave species, NOM numbers,
shopping events, Hispanic Heritage Month, awards, rankings, store counts, tickers, founding years, excise tax, ABV, the
pandemic, national days, samples, cross-references, Spanish terms, handles, air routes and figures like "(2022
exports)", which are no citations); books, chapters and journal articles with up to eight authors and DOIs, some titled
in Spanish (Journal of Wine Economics, International Journal of Wine Business Research, Journal of Business Research,
Contaduría y Administración, Estudios Gerenciales, Journal of Hispanic Marketing, Journal of International Marketing,
Latin American Business Review, Tourism Management), the marketing texts every candidate cites, INEGI, the Secretaría de
Economía, SECTUR, Banco de México, SADER and SAGARPA, IMPI, PROFECO, the Consejo Regulador del Tequila (CRT) and del
Mezcal (CRM), the US Census Bureau, the USDA Foreign Agricultural Service and DISCUS (with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports with S.A.B. de C.V., S.A.P.I. de C.V.,
LLC, Inc., plc and Limited ("Becle, S.A.B. de C.V.", "Fomento Económico Mexicano, S.A.B. de C.V.", "Grupo Xcaret
S.A.P.I. de C.V.", "Diageo plc", "Bacardi Limited", "Constellation Brands, Inc.", "Chuy's Holdings, Inc."), the Mexican,
US and drinks-trade press signed and unsigned (El Universal, Reforma, Milenio, El Financiero, Expansión, El Economista,
Forbes México, The Spirits Business, Los Angeles Times, The Wall Street Journal), market research with and without years
(IWSR, Nielsen, Kantar Worldpanel, Euromonitor, Statista, Mintel) and undated pages; Mexican names with two family names
unjoined and joined ("García López", "Martínez-Ibarra") and with "de", "del", "de la" and "de los" ("de la Cruz", "del
Valle", "de los Santos"), Mexican-American and Texan names with and without accents ("Treviño", "Rodriguez",
"Saldívar"), Spanish and American names, with fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind315" half (``--halves blind315,blind315-more``, 100 + 300 reports, seeds 319000-319399) is a
three-hundred-and-fifteenth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 57: written by a three-hundred-and-fifteenth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind315_works.py and blind315_text.py), as marketers at circuses,
funfairs, travelling showmen's businesses, amusement parks, seaside piers, amusement arcades, lidos and seaside resorts
in the UK, Ireland, France, the Netherlands, Denmark and Canada (Blackpool Pleasure Beach, Blackpool Tower, Brighton
Palace Pier, Dreamland Margate, Pleasurewood Hills, M&D's, Funland, Giffords Circus, Zippos Circus, Circus Vegas, Cirque
du Soleil, Tivoli Gardens, Bakken, Efteling, Parc Astérix, Tayto Park, Emerald Park, the Showmen's Guild of Great
Britain, Merlin Entertainments, Bournemouth Pier, VisitBlackpool, VisitKent) write CIM Level 6 and 7 reports and MBA
assignments in English on heritage, seasonal demand, pricing, safety, the regeneration of seaside towns and
digital-channel marketing (rides and coasters with opening years ("(Big One, 1994)", "(Grand National, 1935)", "(Icon,
2018)", "(Scenic Railway, 1920)", "(Rutschebanen, 1914)"), piers, towers and ballrooms ("(Palace Pier, 1899)",
"(Blackpool Tower, 1894)", "(Tower Ballroom, 1899)", "(Southend Pier, 1830)"), fires, accidents, closures and lockdowns
("(West Pier fire, 2003)", "(Smiler crash, 2015)", "(Battersea big dipper, 1972)", "(Dreamland closure, 2006)",
"(lockdown, 2020)"), circuses, clowns, performers and founders with years ("(Cirque du Soleil, 1984)", "(Coco the Clown,
1929)", "Blondin (1859)", "Pablo Fanque (1847)", "(Astley, 1768)"), fairs, horse fairs, kermissen, illuminations and
festivals ("(Goose Fair, 2022)", "(Hull Fair, 1293)", "(Blackpool Illuminations, 1879)", "(Appleby Horse Fair, 2019)",
"(Tilburgse Kermis, 2023)"), laws and safety guidance ("(Wild Animals in Circuses Act, 2019)", "(Gambling Act, 2005)",
"(Fairgrounds and Amusement Parks: Guidance on Safe Practice, 2017)"), awards, films and series ("(Golden Ticket Award,
2023)", "(Pier of the Year, 2022)", "(Carousel, 1956)", "(Funland, 2005)"), prices, visitor figures and seasons ("£2 a
ride (2023)", "5.5 million visitors (2019)", "(2022 season)"), barkers' calls, songs and slogans ("Roll up, roll up!",
"Oh, I do like to be beside the seaside", "Skegness is so bracing"), listing grades, ride makers and ride statistics,
fairground organs, tax rates, opening hours, postcodes, ticket tiers, review ratings, handles, royal visits, grants and
cross-references, which are no citations); books, chapters and journal articles with up to eight authors and DOIs
(Tourism Management, Annals of Tourism Research, Journal of Heritage Tourism, Leisure Studies, Journal of Leisure
Research, Tourism Geographies, Journal of Marketing Management, Journal of Retailing and Consumer Services), the
marketing and tourism texts every candidate cites, the Department for Levelling Up, Housing and Communities, the Coastal
Communities Fund, VisitEngland, VisitBritain, Historic England, the HSE, the Gambling Commission, the ONS, Fáilte
Ireland, Statistics Netherlands (CBS) and Destination Canada (with and without their abbreviation, two works of one body
in a year), firms' and trusts' pages and annual reports with Ltd, plc, A/S, B.V. and S.A. ("Blackpool Pleasure Beach
Ltd", "Merlin Entertainments plc", "Tivoli A/S", "Efteling B.V.", "Compagnie des Alpes S.A.", "The Dreamland Trust",
"The Showmen's Guild of Great Britain", "M&D's Scotland's Theme Park"), the local and trade press signed and unsigned
(Blackpool Gazette, The Argus, Kent Online, The Guardian, The Telegraph, BBC News, World's Fair, Amusement Today, Park
World, Le Figaro), market research with and without years (Mintel, YouGov, Statista, Kantar, TEA/AECOM) and undated
pages; showmen's family names ("Codona", "Silcock", "Biddall"), Irish and Scottish Gaelic names ("Ó Súilleabháin", "Nic
an tSaoir", "MacLeòid"), Welsh names ("ap Rhys", "Prys-Jones"), Dutch names with "van", "van der" and "de", Danish names
with "ø" and "æ" ("Østergaard", "Kjærsgaard") and French and Québécois names with accents ("Côté", "Bélanger",
"Lefèvre"), with forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind316" half (``--halves blind316,blind316-more``, 100 + 300 reports, seeds 320000-320399) is a
three-hundred-and-sixteenth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 57: written by a three-hundred-and-sixteenth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind316_works.py and blind316_text.py), as marketers at Swiss and
German watchmakers, jewellers, watch retailers and pre-owned watch platforms, auction houses and luxury-goods groups in
Switzerland, Germany, France, Italy, the UK, the United States, Hong Kong and Singapore (Rolex, Patek Philippe, Audemars
Piguet, Vacheron Constantin, Omega, Swatch Group, Richemont, TAG Heuer, Breitling, Longines, Tissot, A. Lange & Söhne,
Glashütte Original, Nomos, Chopard, Cartier, Watches of Switzerland, Chrono24, WatchBox, Phillips, Christie's, the
Federation of the Swiss Watch Industry) write CIM Level 6 and 7 reports and MBA assignments in English on heritage,
scarcity, pricing, grey markets, certified pre-owned, brand ambassadors and digital-channel marketing (watches and
models with launch years ("(Nautilus, 1976)", "(Royal Oak, 1972)", "(MoonSwatch, 2022)", "Reverso (1931)"), houses,
retailers and founders with founding years ("(Vacheron Constantin, 1755)", "(Lange, 1845)", "(Bucherer, 1888)", "(Hans
Wilsdorf, 1905)"), crises and events ("(quartz crisis, 1969)", "(Apollo 11, 1969)", "(franc shock, 2015)", "(Baselworld,
2019)", "(SIHH, 1991)"), ordinances, seals and certificates ("(Swissness ordinance, 2017)", "(Geneva Seal, 1886)",
"(COSC, 1973)", "(Poinçon de Genève, 2012)"), auction lots and prices ("(Paul Newman Daytona, 2017)", "$17.8 million
(2017)", "CHF 31 million (2019)"), designers and chief executives ("Gérald Genta (1972)", "(Nicolas Hayek, 1985)",
"(Jean-Claude Biver, 2004)"), watchmaking towns and valleys ("(La Chaux-de-Fonds, 2009)", "(Vallée de Joux, 1740)",
"(Glashütte, 1845)"), prizes, ambassadors, Bond films and Olympic timing ("(GPHG, 2022)", "(Roger Federer, 2006)",
"(James Bond, 1995)", "(Chamonix, 1924)"), tariffs and takeovers ("(39% tariff, 2025)", "(Richemont takeover, 2000)"),
mottos ("You never actually own a Patek Philippe"), export figures ("(2023 exports)"), reference and calibre numbers,
editions, list prices in francs, exchange rates, tariff headings, ISO standards, articles of the trademark law, waiting
times, production runs, market shares, boutique openings, lockdowns, campaigns, hashtags, samples, service intervals and
tickers, which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Journal of
Brand Management, Journal of Business Research, Luxury: History, Culture, Consumption, Journal of Fashion Marketing and
Management, Business History, Journal of Global Fashion Marketing, International Journal of Research in Marketing,
Journal of Product & Brand Management), the marketing texts every candidate cites, the Federation of the Swiss Watch
Industry (FH), the Federal Statistical Office (FSO), the Swiss Federal Customs Administration, the State Secretariat for
Economic Affairs (SECO), Switzerland Global Enterprise, the Hong Kong Trade Development Council, the Statistisches
Bundesamt and the Office of the United States Trade Representative, firms' pages and annual reports with AG, SA, S.A.,
GmbH, Ltd, plc, Inc., SE and foundations ("The Swatch Group AG", "Compagnie Financière Richemont SA", "Rolex SA", "Hans
Wilsdorf Foundation", "Watches of Switzerland Group plc", "Chrono24 GmbH", "LVMH Moët Hennessy Louis Vuitton SE",
"Chopard & Cie SA", "Christie's Inc."; two works of one source in a year, undated pages), the Swiss, British, Hong Kong,
Singapore and watch press signed and unsigned (Neue Zürcher Zeitung, Le Temps, Tages-Anzeiger, Financial Times,
Hodinkee, WatchPro, Revolution, South China Morning Post, The Business Times, Bloomberg) and market research with and
without years (Morgan Stanley & LuxeConsult, Deloitte, Bain & Company, McKinsey & Company, Statista, Euromonitor
International); Swiss German, Swiss French and Swiss Italian names with their umlauts and accents ("Zürcher",
"Wüthrich", "Donzé", "Huguenin-Virchaux", "Pedrazzini"), German names with "von" ("von Arx", "von Wattenwyl"), French
with "de" and "du" ("de Montmollin", "du Pasquier"), Italian with "di" and "della" ("di Stefano", "della Valle"), Hong
Kong and Singaporean Chinese names ("Chan", "Tsang", "Goh", "Teo"), American and British names, with fifty-one kinds of
decoy. While held out, we reported its tables only.

The "blind317" half (``--halves blind317,blind317-more``, 100 + 300 reports, seeds 321000-321399) is a
three-hundred-and-seventeenth independent measurement, held out for its first tables (measured by its writer in stop
57), development data since stop 57: written by a three-hundred-and-seventeenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind317_works.py and blind317_text.py), as marketers at
sake breweries, shōchū and Japanese whisky distillers, Japanese tea growers and tea houses, soy-sauce and miso makers,
traditional craft workshops (lacquer, ceramics, knives), ryokan and food-tourism operators in Japan and their export
markets in the UK, France, the United States, Singapore and Hong Kong (Dassai (Asahi Shuzo), Gekkeikan, Hakkaisan,
Kikumasamune, Juyondai, Kubota, Ippodo Tea, Itoen, Marukyu Koyamaen, Kikkoman, Yamasa, Sakai Takayuki, Kanazawa Hakuza,
Hoshino Resorts, JNTO, the JSS, JETRO) write CIM Level 6 and 7 reports and MBA assignments in English on authenticity,
heritage brands, export, food tourism, premiumisation and digital-channel marketing (sakes, teas, whiskies and soy sauce
with launch years ("(Dassai 23, 1992)", "(Oi Ocha, 1989)", "(Kikkoman export, 1957)", "(Yamazaki 12, 1984)"), breweries,
tea houses and ryokan with founding years ("(Gekkeikan, 1637)", "(Ippodo, 1717)", "(Hōshi, 718)"), laws, schemes and
indications ("(Liquor Tax Act, 1953)", "(GI Nihonshu, 2015)", "(Cool Japan, 2010)"), UNESCO listings and heritage sites
("(washoku, 2013)", "(traditional sake-making, 2024)", "(Mount Fuji, 2013)"), earthquakes and import bans ("(Great
Hanshin earthquake, 1995)", "(Tōhoku, 2011)", "(Fukushima ban, 2011)"), festivals and events ("(Saijo Sake Matsuri,
2019)", "(Expo 2025, 2025)", "(Tokyo Olympics, 2021)"), tea masters, chefs and founders with years ("(Sen no Rikyū,
1591)", "(Kanō Jigorō, 1882)", "Nobu Matsuhisa (1994)"), eras ("(Reiwa 1, 2019)", "(Meiji, 1868)"), awards, Michelin
stars and rankings ("(IWC Champion Sake, 2022)", "(Kura Master, 2023)"), films and series ("(Jiro Dreams of Sushi,
2011)", "(Shōgun, 2024)"), prices and volumes ("¥3,300 a bottle (2023)", "410,000 kilolitres (2022)"), exchange and tax
rates, visitor numbers, trade agreements, tickers, fiscal years and quarters, sake grades, polishing ratios, ABV, rice
varieties ("(Yamada Nishiki, 1936)"), harvests, seasons and serving temperatures, craft designations, Japanese terms
with glosses, toasts and words ("kanpai", "omotenashi", "ichigo ichie"), sake day, air routes, handles, samples,
cross-references and figures like "(2023 exports)", which are no citations); books, chapters and journal articles with
up to eight authors and DOIs (Journal of Wine Research, British Food Journal, Journal of Heritage Tourism, Asia Pacific
Journal of Marketing and Logistics, Japan Forum, Journal of Asian Business and Economic Studies, Journal of Marketing
Management, International Journal of Gastronomy and Food Science), the marketing texts every candidate cites, the
National Tax Agency (NTA), MAFF, JNTO, JETRO, the Japan Tourism Agency, the Agency for Cultural Affairs, the Statistics
Bureau of Japan, the Japan Sake and Shochu Makers Association and UNESCO (with and without their abbreviation, two works
of one body in a year), firms' pages and reports with Co., Ltd., K.K., Inc., Holdings and "Foundation" ("Asahi Shuzo
Co., Ltd.", "Gekkeikan Sake Co., Ltd.", "Itoen, Ltd.", "Suntory Holdings Limited", "Aoki Hamono Seisakusho K.K.", "The
Japan Foundation"), the Japanese and drinks-trade press signed and unsigned (The Japan Times, Nikkei Asia, The Asahi
Shimbun, The Mainichi, Japan Today, NHK World, The Drinks Business, Decanter, Financial Times, Sake Today), market
research with and without years (Fuji Keizai, Yano Research Institute, Statista, Euromonitor International, IWSR,
Mintel) and undated pages; Japanese names with and without macrons and with the "h" some authors use ("Ōtsuka",
"Otsuka", "Ohtsuka", "Saitō", "Satoh"), Singaporean and Hong Kong names, French names with "de", "le" and "du", British
and American names, with fifty-three kinds of decoy. While held out, we reported its tables only.

The "blind318" half (``--halves blind318,blind318-more``, 100 + 300 reports, seeds 322000-322399) is a
three-hundred-and-eighteenth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 58: written by a three-hundred-and-eighteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind318_works.py and blind318_text.py), as marketers at
cider and perry makers, orchards and apple growers, apple-juice and cider-vinegar brands, cider bars, farm shops and
rural-tourism bodies in Somerset, Herefordshire, Devon, Kent, Ireland, Normandy, Brittany, Asturias, the Basque Country,
Hesse and Quebec (Thatchers, Westons, Aspall, Orchard Pig, Sheppy's, Healeys, Burrow Hill, Hogan's, Magners (C&C Group),
Bulmers (Heineken UK), Strongbow, Kopparberg, Christian Drouin, Maison Sassy, Val de Rance, Sidra El Gaitero, Trabanco,
Zapiain, Possmann, Domaine Pinnacle, the National Association of Cider Makers, the Three Counties Cider and Perry
Association, Visit Somerset) write CIM Level 6 and 7 reports and MBA assignments in English on provenance, craft and
premiumisation, duty, agritourism, sustainability and digital-channel marketing (apple and pear varieties with years
("(Kingston Black, 1820)", "(Bramley, 1809)", "(Blakeney Red, 1850)"), brands and launches ("(Strongbow, 1960)",
"(Babycham, 1953)", "(Magners over ice, 2006)", "Kopparberg (1994)"), laws, duties and labels ("(Cider Tax, 1763)",
"(alcohol duty reform, 2023)", "(Pays d'Auge AOP, 1996)", "(Sidra de Asturias DOP, 2003)", "(Herefordshire Cider PGI,
1996)", "(minimum juice rule, 2023)"), festivals and customs ("(wassail, 2023)", "(Fête du Cidre, 2019)", "(Apple Day,
1990)", "(Bath and West Show, 2019)"), founders and historical figures with years ("(Henry Weston, 1880)", "(Percy
Bulmer, 1887)", "(John Scudamore, 1630)", "Julian Temperley (1989)"), frosts, storms, blights and droughts ("(spring
frost, 2017)", "(Storm Arwen, 2021)", "(fire blight, 2019)"), awards ("(Great Taste, 2023)", "(CAMRA Champion Cider,
2019)"), places with years ("(Burrow Hill, 1830)", "(Nava, 2022)"), films, books and songs ("(Cider with Rosie, 1959)",
"(Combine Harvester, 1976)"), pint prices and volumes ("£2.50 a pint (2023)", "1.2 billion pints (2022)"), toasts and
sayings ("Waes hael", "An apple a day"), harvests ("(2022 harvest)"), ABV, orchard areas, financial years, quarters,
samples, cross-references, handles, abbreviations, acquisitions, listings, visitor numbers, serves, seasons,
certifications, cider routes, exchange rates, grants, trade marks, anniversaries, styles, pack sizes, rankings, slogans
and event dates, which are no citations); books, chapters and journal articles with up to eight authors and DOIs
(British Food Journal, Journal of Rural Studies, Journal of Wine Research, International Journal of Wine Business
Research, Food Quality and Preference, Journal of Heritage Tourism, Tourism Management, Journal of Marketing
Management), the marketing texts every candidate cites, Defra, HM Revenue & Customs, the Food Standards Agency, Bord
Bia, the INAO, the Ministerio de Agricultura, Pesca y Alimentación, Agriculture and Agri-Food Canada, the European
Commission and the ONS (with and without their abbreviation, two works of one body in a year), firms' pages and reports
with Ltd, plc, SAS, S.A., GmbH, Inc. and "Trust" ("Thatchers Cider Company Ltd", "H. Weston & Sons Ltd", "C&C Group
plc", "Christian Drouin SAS", "Sidra El Gaitero S.A.", "Possmann GmbH", "Domaine Pinnacle Inc.", "National Trust"), the
trade, regional and national press signed and unsigned (The Grocer, Western Daily Press, Hereford Times, Somerset County
Gazette, The Irish Times, Ouest-France, La Nueva España, The Morning Advertiser, Imbibe, The Guardian), market research
with and without years (Mintel, Kantar, Nielsen, CGA, Statista, IWSR), university reports and undated blog posts; West
Country and Herefordshire names, Irish names with Ó, Ní and Mac ("Ó Súilleabháin", "Ní Bhriain", "Mac Cárthaigh"),
Breton and Norman names with "Le" and "de" ("Le Floc'h", "Le Bihan", "de Montaigu"), Asturian and Basque names with "de
la" and double surnames ("de la Fuente", "García Fernández", "Etxeberria"), German names with umlauts and "von",
Québécois names ("Côté", "Lévesque"), with forty-eight kinds of decoy. While held out, we reported its tables only.

The "blind319" half (``--halves blind319,blind319-more``, 100 + 300 reports, seeds 323000-323399) is a
three-hundred-and-nineteenth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 58: written by a three-hundred-and-nineteenth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind319_works.py and blind319_text.py), as marketers at
surf brands, surf schools and camps, surfboard and wetsuit makers, beach resorts, surf-tourism operators, wave pools and
coastal tourism boards in Hawaii, California, Cornwall and Devon, Portugal, the Basque coast, Morocco, Bali and
Australia (Hawaii Tourism Authority, Quiksilver, Billabong, Rip Curl, O'Neill, Finisterre, Patagonia, Firewire,
Wavegarden, Surf Snowdonia, The Wave Bristol, Kelly Slater Wave Co., the WSL, Surfing England, Visit Cornwall, Turismo
de Portugal, Tourism Australia, Outrigger Resorts, Aqua-Aston) write CIM Level 6 and 7 reports and MBA assignments in
English on lifestyle branding, overtourism, sustainability, athlete sponsorship, events and digital-channel marketing
(breaks, spots and big-wave swells with years ("(Pipeline, 1961)", "(Jaws, 1994)", "(Nazaré, 2011)", "(Mavericks,
1990)", "(Fistral, 1960)"), contests, festivals and the Olympics ("(Eddie Aikau, 1985)", "(Pipe Masters, 1971)",
"(Olympic surfing, 2021)", "(Boardmasters, 1981)"), surfers and watermen with years ("(Duke Kahanamoku, 1912)", "(Kelly
Slater, 2011)", "Garrett McNamara (2011)", "(Layne Beachley, 1998)"), films and series ("(The Endless Summer, 1966)",
"(Point Break, 1991)", "(100 Foot Wave, 2021)"), wildfires, eruptions, tsunamis, storms and lockdowns ("(Lahaina
wildfire, 2023)", "(Kīlauea eruption, 2018)", "(1946 tsunami, 1946)", "(Hurricane Iniki, 1992)"), statehood, the
Overthrow, laws and levies ("(statehood, 1959)", "(Jones Act, 1920)", "(Green Fee, 2025)"), surfing reserves and Blue
Flags, brand launches and inventions ("(Quiksilver, 1969)", "(O'Neill wetsuit, 1952)", "(Boogie board, 1971)"),
wave-pool openings ("(Surf Snowdonia, 2015)"), room and session prices ("US$450 a night (2023)", "£55 a session
(2023)"), visitor and arrival figures ("10.4 million visitors (2019)", "(2023 arrivals)"), greetings, slogans, surf
slang and Hawaiian terms with glosses ("Aloha", "Mahalo", "Only a surfer knows the feeling", "aloha ʻāina (love of the
land)"), boards, wetsuits, swell, tides, water temperatures and wave heights, tour stops, heat scores, awards, tickers,
deals, water-quality alerts, exchange and tax rates, air routes, handles, samples, fiscal quarters and grid references,
which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Journal of Sport &
Tourism, Tourism Management, Annals of Tourism Research, Journal of Sustainable Tourism, Leisure Studies, Journal of
Consumer Culture, Sport, Business and Management, Journal of Marketing Management), the marketing and tourism texts
every candidate cites, the Hawaii Tourism Authority, DBEDT, NOAA, Visit Cornwall, Cornwall Council, Turismo de Portugal,
INE, Tourism Australia, Sport England and the Surfrider Foundation (with and without their abbreviation, two works of
one body in a year), firms' pages and reports with Inc., LLC, Ltd, Pty Ltd, S.A., S.L., B.V. and "Foundation"
("Boardriders, Inc.", "Billabong International Ltd", "Rip Curl Group Pty Ltd", "Wavegarden S.L.", "Finisterre Ltd",
"Patagonia, Inc.", "World Surf League Holdings LLC"), surf and local press signed and unsigned (Honolulu
Star-Advertiser, Civil Beat, Surfer, Stab, Surfline, Tracks, Cornwall Live, Público, The Guardian, Los Angeles Times),
market research with and without years (Statista, Grand View Research, Mintel, Euromonitor International, Kantar,
Technavio) and undated pages; Native Hawaiian names with the ʻokina and kahakō as their scholars print them (and now and
then without), Portuguese names with "da", "dos" and "de", Basque, Cornish, Australian and American names, with fifty
kinds of decoy. While held out, we reported its tables only.

The "blind320" half (``--halves blind320,blind320-more``, 100 + 300 reports, seeds 324000-324399) is a
three-hundred-and-twentieth independent measurement, held out for its first tables (measured by its writer in stop 57),
development data since stop 58: written by a three-hundred-and-twentieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind320_works.py and blind320_text.py), as marketers at
ice-hockey, basketball and baseball clubs, leagues, arenas, ticketing and merchandise firms, sports broadcasters and
betting sponsors in Canada, the United States, Finland, Sweden, Czechia, Slovakia, Japan and South Korea (Toronto Maple
Leafs, Montréal Canadiens, Edmonton Oilers, the NHL, the NBA, MLB, the KHL, Liiga, the SHL, the Czech Extraliga,
Jokerit, Tappara, HC Sparta Praha, Frölunda HC, Yomiuri Giants, Hanshin Tigers, LG Twins, NPB, the KBO League, MLSE,
Ticketmaster, Fanatics, TSN, Sportsnet) write CIM Level 6 and 7 reports and MBA assignments in English on fan
engagement, season tickets, sponsorship, media rights, arenas and digital-channel marketing (championships and miracle
games ("(Stanley Cup, 1993)", "(Summit Series, 1972)", "(Miracle on Ice, 1980)", "(Nagano gold, 1998)", "(Koshien,
2023)"), players and coaches with years ("(Gretzky, 1988)", "Jágr (1990)", "(Teemu Selänne, 1993)", "Ichiro (2001)",
"(Herb Brooks, 1980)"), arenas and ballparks with opening years ("(Scotiabank Arena, 1999)", "(Nokia Arena, 2022)",
"(Tokyo Dome, 1988)", "(Jamsil Baseball Stadium, 1982)"), lockouts, strikes and scandals ("(lockout, 2004)", "(Black
Sox, 1919)", "(Richard Riot, 1955)"), trades, signings and drafts ("(the Trade, 1988)", "(draft lottery, 2015)",
"(Ohtani signing, 2023)"), clubs and leagues with founding years ("(Maple Leafs, 1917)", "(Jokerit, 1967)", "(HC Sparta
Praha, 1903)", "(KBO League, 1982)"), rules and rulings ("(salary cap, 2005)", "(Bosman ruling, 1995)", "(pitch clock,
2023)"), films and series ("(Miracle, 2004)", "(Moneyball, 2011)", "(Slap Shot, 1977)"), mascots, songs and chants
("(Youppi!, 1979)", "(Take Me Out to the Ball Game, 1908)", "(Go Habs Go)"), prices and attendances ("C$250 a seat
(2023)", "3.1 million fans (2019)", "(2023 attendance)"), seasons, Olympics, world championships and the WBC, outdoor
games, relocations, expansions, owners, awards, records, retired numbers, broadcast, sponsorship and naming-rights
deals, betting laws ("(Bill C-218, 2021)"), sanctions, fiscal years and quarters, stat lines, samples, cross-references,
handles and abbreviations, which are no citations); books, chapters and journal articles with up to eight authors and
DOIs (Sport Management Review, Journal of Sport Management, Sport Marketing Quarterly, International Journal of Sports
Marketing and Sponsorship, European Sport Management Quarterly, Journal of Sports Economics, Sport, Business and
Management, Journal of Marketing Management), the marketing and sport-marketing texts every candidate cites (Kotler and
Keller, Chaffey and Ellis-Chadwick, Mullin, Hardy and Sutton, Shank and Lyberger, Funk), Statistics Canada, Canadian
Heritage, Sport Canada, the U.S. Bureau of Economic Analysis (BEA), Statistics Finland, Statistics Sweden (SCB), the
Czech Statistical Office, the Japan Sports Agency, the Ministry of Culture, Sports and Tourism and the IIHF (with and
without their abbreviation, two works of one body in a year), clubs', leagues' and firms' pages and reports with Inc.,
Ltd, Oy, AB, a.s., K.K. and Co., Ltd. ("Maple Leaf Sports & Entertainment Ltd", "Groupe CH Inc.", "Jokerit Oy",
"Frölunda Hockey Club AB", "HC Sparta Praha a.s.", "LG Sports Co., Ltd.", "Fanatics, Inc.", "Kansai Sports K.K.",
"Canada's Sports Hall of Fame"), the press signed and unsigned (The Globe and Mail, La Presse, Helsingin Sanomat, Dagens
Nyheter, iDNES.cz, The Athletic, ESPN, Sportico, Nikkan Sports, The Korea Herald, Sportsnet, Toronto Star), market
research with and without years (Nielsen Sports, Deloitte Sports Business Group, PwC, Statista, YouGov, Kantar) and
undated pages; Finnish, Swedish, Czech and Slovak names ("Mäkinen", "Åkesson", "Křížová", "Mihalíková"), Québécois names
with "de" and "du" ("de Grandpré", "du Sablon", "D'Amours", "St-Pierre"), Japanese names with and without macrons
("Ōkubo", "Ohkubo", "Saitō", "Saito"), Korean, American and Canadian names, with fifty-one kinds of decoy. While held
out, we reported its tables only.

The "blind321" half (``--halves blind321,blind321-more``, 100 + 300 reports, seeds 325000-325399) is a
three-hundred-and-twenty-first independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind321_works.py and blind321_text.py), as marketers at
board-game, chess, jigsaw-puzzle and tabletop role-playing publishers, game cafés, toy and hobby retailers, chess
federations and online chess platforms and games fairs in Germany, the Netherlands, Poland, Norway, Czechia, the UK and
the United States (Ravensburger, Kosmos, Hasbro, Asmodee, Games Workshop, Wizards of the Coast, Czech Games Edition,
Rebel, Portal Games, Cartamundi, Wentworth Wooden Puzzles, Chess.com, Lichess, FIDE, the English Chess Federation, Spiel
Essen, UK Games Expo, Gen Con, Thirsty Meeples, Draughts London, Hamleys, The Entertainer) write CIM Level 6 and 7
reports and MBA assignments in English on community building, crowdfunding, licensing, retail and digital-channel
marketing (games and their release years ("(Catan, 1995)", "(Monopoly, 1935)", "(Dungeons & Dragons, 1974)",
"(Gloomhaven, 2017)"), players, matches and machines with years ("(Kasparov, 1997)", "(Fischer and Spassky, 1972)",
"Carlsen (2013)", "(Deep Blue, 1997)", "(Hou Yifan, 2010)"), awards and fairs ("(Spiel des Jahres, 2023)",
"(Kennerspiel, 2019)", "(Spiel Essen, 2022)", "(Gen Con, 1968)", "(Origins Award, 2005)"), crowdfunding records and
pledge totals ("(Kickstarter record, 2017)", "(Frosthaven, 2020)", "(Exploding Kittens, 2015)"), designers with years
("(Teuber, 1995)", "(Knizia, 2000)", "Uwe Rosenberg (2007)"), openings, variants, rules and ratings ("(Sicilian Defence,
1594)", "(Fischer Random, 1996)", "(touch-move rule, 1925)", "(Elo rating, 1960)"), toy crazes and recalls ("(Rubik's
Cube, 1980)", "(lead paint recall, 2007)"), mergers and foundings ("(Hasbro and Milton Bradley, 1984)", "(Asmodee and
Embracer, 2022)", "(Kosmos, 1822)"), films, series and streams ("(The Queen's Gambit, 2020)", "(Stranger Things, 2016)",
"(PogChamps, 2020)"), prices and sales ("€39.99 a box (2023)", "40 million copies (2021)", "(2022 sales)"), quoted rules
and catchphrases ("Do not pass Go", "Roll for initiative"), editions, expansions, championships and Olympiads, rating
peaks, member counts, puzzle records, box specifications, year ranges, quarters, fair dates, chess notation and time
controls, tickers, exchange rates, conformity marks, samples, percentages, cross-references, handles, trademarks,
product codes and seasons, which are no citations); books, chapters and journal articles with up to eight authors and
DOIs (Simulation & Gaming, Games and Culture, Journal of Consumer Culture, International Journal of Play, Journal of
Business Research, Journal of Retailing and Consumer Services, Leisure Studies, Journal of Marketing Management), the
marketing and game-studies texts every candidate cites (Kotler and Keller, Chaffey and Ellis-Chadwick, Huizinga,
Caillois, Salen and Zimmerman, Woods, Booth, Muniz and O'Guinn, Mollick, Oldenburg), Destatis, CBS, GUS, SSB, the Czech
Statistical Office, the ONS, DCMS, the U.S. Census Bureau and the European Commission (with and without their
abbreviation, in English and in their own language, two works of one body in a year), publishers', federations', fairs'
and retailers' pages and reports with AG, GmbH & Co. KG, B.V., N.V., S.A., sp. z o.o., s.r.o., a.s., plc, LLC and Inc.
("Ravensburger AG", "Franckh-Kosmos Verlags-GmbH & Co. KG", "Games Workshop Group plc", "Hasbro, Inc.", "Czech Games
Edition s.r.o.", "Portal Games sp. z o.o.", "Cartamundi N.V.", "Chess.com LLC", "999 Games B.V.", "Orc's Nest", "British
Toy & Hobby Association (BTHA)"), the press signed and unsigned (Die Zeit, Der Spiegel, de Volkskrant, Gazeta Wyborcza,
Aftenposten, The Guardian, The New York Times, Polygon, Dicebreaker, Toy World, Toys 'n' Playthings), market research
with and without years (Circana, The NPD Group, Euromonitor International, Statista, Mintel, YouGov, Kantar, ICv2) and
undated pages; German and Dutch names with "von", "van", "van der", "van 't" and "ter", Polish names with "-ska" and
"-ski" ("Łukaszewski", "Szymańska"), Czech names with háčeks ("Šťastný", "Dvořák"), Norwegian names with "ø" and "å",
American names, with fifty-six kinds of decoy. While held out, we reported its tables only.

The "blind322" half (``--halves blind322,blind322-more``, 100 + 300 reports, seeds 326000-326399) is a
three-hundred-and-twenty-second independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind322_works.py and blind322_text.py), as marketers at
fishing-tackle and outdoor brands, fly-fishing lodges and guides, angling clubs and licence bodies, boat builders,
marinas, sailing schools and regattas, and coastal and river tourism bodies in Scotland, Ireland, Norway, Sweden,
Iceland, Canada, New Zealand and Argentina (Hardy, Orvis, Shimano, Daiwa, Abu Garcia, Pure Fishing, Fox International,
Savage Gear, Simms, Loop Tackle, Sage, Beneteau, Hallberg-Rassy, Nimbus, the Angling Trust, Fisheries Management
Scotland, Inland Fisheries Ireland, the RYA, Cowes Week, SailGP, Fishing New Zealand, Patagonia River Guides) write CIM
Level 6 and 7 reports and MBA assignments in English on licences and participation, conservation, tackle retail, tourism
and digital-channel marketing (record fish and catches ("(Tay record salmon, 1922)", "(Miss Ballantine, 1922)", "(record
bluefin, 1979)"), anglers, guides and sailors with years ("(Georgina Ballantine, 1922)", "Lefty Kreh (1947 onwards)",
"(Ellen MacArthur, 2005)", "(Knox-Johnston, 1969)"), books as things ("(Walton, 1653)", "(The Compleat Angler, 1653)"),
flies, lures and knots ("(Woolly Bugger, 1967)", "(Rapala Original Floater, 1936)", "(Palomar knot, 1950s)"), regattas
and races ("(Cowes Week, 1826)", "(America's Cup, 1851)", "(Fastnet, 1979)", "(Vendée Globe, 1989)"), bans, closures,
acts and quotas ("(salmon netting ban, 2016)", "(Salmon and Freshwater Fisheries Act, 1975)", "(cod war, 1976)"), boats,
yachts and yards ("(Hallberg-Rassy 42, 1981)", "(Suhaili, 1968)", "(Jeanneau takeover, 1995)"), outbreaks, parasites,
spills and weather ("(sea lice outbreak, 2017)", "(Gyrodactylus, 1975)", "(Braer spill, 1993)", "(drought, 2018)"),
rivers, lochs and beats with years ("(River Tweed, 1857)", "(Alta, 1862)", "(Loch Lomond, 2002)"), films ("(A River Runs
Through It, 1992)"), prices and licences ("£45 a rod day (2023)", "1.2 million licences (2019)"), sayings ("Tight
lines"), catches ("(2021 catch: ...)"), seasons, species with their naming authority ("(Salmo salar Linnaeus, 1758)"),
tackle and boat specifications, Olympic classes, SailGP seasons, awards, trade shows, founding years and patents,
financial years, samples, cross-references, handles, abbreviations, qualifications, currencies, tides and winds,
introductions and campaigns, which are no citations); books, chapters and journal articles with up to eight authors and
DOIs (Fisheries Research, Fisheries Management and Ecology, North American Journal of Fisheries Management, Human
Dimensions of Wildlife, Journal of Outdoor Recreation and Tourism, Tourism Management, Journal of Sport & Tourism,
Marine Policy, Journal of Marketing Management), the marketing and tourism texts every candidate cites (Kotler and
Keller, Chaffey and Ellis-Chadwick, Jobber and Ellis-Chadwick, Middleton et al., Morrison, Keller and Swaminathan, Ryan,
Kapferer), the Scottish Government, Marine Scotland, the Environment Agency, Inland Fisheries Ireland,
Fiskeridirektoratet, the Swedish Agency for Marine and Water Management, Statistics Iceland, Fisheries and Oceans Canada
(DFO), the Department of Conservation and Fish & Game New Zealand (with and without their abbreviation, two works of one
body in a year), firms' pages and reports with Ltd, plc, AS, AB, ehf., Inc., S.A. and Oyj ("Hardy & Greys Ltd", "The
Orvis Company, Inc.", "Pure Fishing, Inc.", "Hallberg-Rassy Varvs AB", "O. Mustad & Søn AS", "Fish Partner ehf.",
"Rapala VMC Oyj"), trade bodies with "&" and apostrophes ("Salmon & Trout Conservation", "Shetland Fishermen's
Association"), the press signed and unsigned (The Herald, The Scotsman, The Irish Times, Aftenposten, Morgunblaðið, The
Globe and Mail, Stuff, Clarín, Trout & Salmon, Angling Times, Fly Fisherman, Yachting Monthly), market research with and
without years (Mintel, Statista, Euromonitor International, the American Sportfishing Association, Kantar) and undated
pages; Scottish and Irish names ("MacLeod", "McGinley", "O'Driscoll", "Ó Conaill", "Ní Bhriain"), Norwegian and Swedish
names ("Sørensen", "Løvås", "Håkansson"), Icelandic patronymics ("Guðmundsdóttir", "Þórarinsson"), Argentine double
surnames ("García Morales"), Māori names with macrons ("Tāwhiri") and Canadian names, with fifty-three kinds of decoy.
While held out, we reported its tables only.

The "blind323" half (``--halves blind323,blind323-more``, 100 + 300 reports, seeds 327000-327399) is a
three-hundred-and-twenty-third independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-third hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind323_works.py and blind323_text.py), as marketers at
architecture and interior-design practices, furniture, lighting and kitchen brands, design fairs, design museums and
schools and homeware retailers in Denmark, Finland, Sweden, Italy, the Netherlands, Japan and the UK (Fritz Hansen, Carl
Hansen & Søn, HAY, Muuto, Louis Poulsen, Artek, Iittala, Marimekko, String Furniture, Cassina, Kartell, Vitra, Moooi,
Muji, Karimoku, Habitat, Heal's, Conran, IKEA, Snøhetta, BIG, Foster + Partners, Salone del Mobile, 3daysofdesign, the
Design Museum) write CIM Level 6 and 7 reports and MBA assignments in English on brand heritage, licensing of classic
designs, showrooms, sustainability and circular design, trade fairs and digital-channel marketing (designs and model
numbers with years ("(Egg Chair, 1958)", "(Series 7, 1955)", "(PH5, 1958)", "(Stool 60, 1933)", "(CH24, 1950)"),
designers and architects with years ("(Jacobsen, 1958)", "(Aalto, 1933)", "Wegner (1949)", "(Arne Jacobsen and Fritz
Hansen, 1952)", "(Le Corbusier, 1928)"), buildings and interiors with opening years ("(Sydney Opera House, 1973)", "(SAS
Royal Hotel, 1960)", "(Copenhill, 2019)"), fairs, exhibitions and awards ("(Salone del Mobile, 1961)", "(Milan
Triennale, 1954)", "(Compasso d'Oro, 1954)", "(Good Design Award, 2019)"), movements and schools ("(Bauhaus, 1919)",
"(Memphis Group, 1981)"), lawsuits, rights and registrations ("(Flos v. Semeraro, 2011)", "(copyright term change,
2016)", "(design registration, 2020)"), launches, collaborations and foundings ("(HAY and IKEA, 2017)", "(Marimekko
Unikko, 1964)", "(Muji, 1980)"), films, series and books ("(Objectified, 2009)", "(Abstract, 2017)", "(The Fountainhead,
1943)"), prices, sales and revenue ("DKK 60,000 a chair (2023)", "(120 million BILLY bookcases, 2019)", "(2023
revenue)"), mottos and taglines ("Form follows function", "Less is more"), collections, reissues, anniversaries, expos,
design capitals, certifications and EU rules, materials and sizes, Japanese eras, patents, museum collections, samples,
cross-references, handles and abbreviations, which are no citations); books, chapters and journal articles with up to
eight authors and DOIs (Design Studies, Journal of Design History, The Design Journal, International Journal of Design,
Journal of Product Innovation Management, Journal of Interior Design, Journal of Retailing, Journal of Marketing
Management), the marketing and design texts every candidate cites (Kotler, Keller and Chernev, Chaffey and
Ellis-Chadwick, Aaker, Kapferer, Verganti, Brown, Norman), Statistics Denmark, Statistics Finland, Statistics Sweden
(SCB), Istat, the Centraal Bureau voor de Statistiek (CBS), the Ministry of Economy, Trade and Industry (METI), the
Design Council, the ONS, the European Commission and the EUIPO (with and without their abbreviation, two works of one
body in a year), firms' pages and reports with A/S, Oy, Oyj, AB, S.p.A., B.V., AG, Inc., Co., Ltd., Ltd and plc ("Fritz
Hansen A/S", "Carl Hansen & Søn Møbelfabrik A/S", "Artek Oy", "Fiskars Group Oyj", "Inter IKEA Systems B.V.", "Kartell
S.p.A.", "Vitra AG", "Ryohin Keikaku Co., Ltd.", "Foster + Partners Ltd", "Heal's"), the press signed and unsigned
(Dezeen, Wallpaper*, Domus, Icon, Frame, Monocle, Politiken, Helsingin Sanomat, Corriere della Sera, The Guardian,
Financial Times), market research with and without years (CSIL, Euromonitor International, Statista, Mintel, GlobalData,
Kantar) and undated pages; Danish and Norwegian names ("Sørensen", "Kjærgaard", "Bjørnstad"), Finnish and Swedish names
("Mäkinen", "Åberg"), Italian names with "De", "Di" and "D'", Dutch names with "van", "van der" and "de", Japanese names
with and without macrons ("Satō", "Sato"), and British names, with fifty kinds of decoy. While held out, we reported its
tables only.

The "blind324" half (``--halves blind324,blind324-more``, 100 + 300 reports, seeds 328000-328399) is a
three-hundred-and-twenty-fourth independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-fourth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind324_works.py and blind324_text.py), as marketers at
veterinary practices and groups, pet insurers, animal-health and pet-food brands, animal charities, kennels and pet-care
platforms in the UK, Ireland, the Netherlands, Belgium, Australia and New Zealand (IVC Evidensia, CVS Group, Medivet,
Pets at Home (Vets4Pets), Linnaeus, VetPartners, Petplan, ManyPets, Bought By Many, Zoetis, Boehringer Ingelheim Animal
Health, Royal Canin, Hill's Pet Nutrition, Lily's Kitchen, Butternut Box, Tails.com, the PDSA, the RSPCA, Dogs Trust,
Blue Cross, Battersea, the BVA, the RCVS, Rover, Greencross Vets) write CIM Level 6 and 7 reports and MBA assignments in
English on consolidation and trust, subscriptions and health plans, insurance, pet-food premiumisation, welfare
campaigns and digital-channel marketing (famous animals and pets with years ("(Dolly, 1996)", "(Laika, 1957)",
"(Greyfriars Bobby, 1872)", "(Hachikō, 1935)", "(Paddy the Wanderer, 1928)", "(Larry, 2011)"), breeds and crosses
("(Labradoodle, 1989)", "(Kennel Club recognition, 2017)"), outbreaks and diseases ("(foot-and-mouth, 2001)", "(BSE,
1996)", "(Alabama rot, 2012)", "(bird flu, 2022)"), acts, named laws, bans and reviews ("(Animal Welfare Act, 2006)",
"(Lucy's Law, 2020)", "(XL Bully ban, 2023)", "(CMA review, 2023)", "(Wet dieren, 2013)", "(SI 2018/486)"), vets,
founders and celebrities ("(Herriot, 1970)", "(Maria Dickin, 1917)", "Noel Fitzpatrick (2008)", "(Steve Irwin, 2006)",
"(Lily and Henrietta, 2008)"), shows, awards, medals and campaigns ("(Crufts, 1891)", "(Best in Show, 2023)", "(PDSA
Dickin Medal, 1943)", "(Adopt Don't Shop, 2019)"), mergers, takeovers and launches ("(Mars and VCA, 2017)", "(Nestlé
Purina, 2001)", "(Bonio, 1932)", "(Petplan, 1976)", "(Apoquel, 2013)"), films and series ("(Lassie, 1943)", "(Marley &
Me, 2008)", "(The Supervet, 2014)"), prices and counts ("£1,200 a year (2023)", "12 million dogs (2022)", "(2022
premiums)", "(FY2024)"), slogans and taglines ("A dog is for life, not just for Christmas", "Every Pet Deserves a Vet"),
treaties and disasters ("(Te Tiriti o Waitangi, 1840)", "(Black Summer, 2019–20)"), samples, cross-references,
qualifications and te reo glosses, which are no citations); books, chapters and journal articles with up to eight
authors and DOIs (Veterinary Record, Journal of Small Animal Practice, Preventive Veterinary Medicine, Anthrozoös,
Journal of Veterinary Medical Education, Journal of Service Research, Journal of Consumer Behaviour, Journal of
Marketing Management), the marketing texts every candidate cites (Kotler and Keller, Chaffey and Ellis-Chadwick,
Zeithaml, Bitner and Gremler, Sharp, Lovelock and Wirtz), the Competition and Markets Authority (CMA), Defra, the
Veterinary Medicines Directorate, APHA, the Department of Agriculture, Food and the Marine, the NVWA, the Australian
Bureau of Statistics, the Ministry for Primary Industries and the European Commission (with and without their
abbreviation, two works of one body in a year), firms' pages and reports with plc, Ltd, B.V., N.V., Pty Ltd, Limited,
SAS and Inc. ("CVS Group plc", "Pets at Home Group plc", "IVC Evidensia B.V.", "Zoetis Inc.", "Mars, Incorporated",
"Royal Canin SAS", "Greencross Limited", "ManyPets Ltd"), charities and professional bodies with "&" and apostrophes
("Battersea Dogs & Cats Home", "People's Dispensary for Sick Animals (PDSA)"), the press signed and unsigned (The
Guardian, The Times, The Irish Times, NRC, The Sydney Morning Herald, Stuff, Vet Times, Veterinary Practice, Pet
Gazette, Pet Business World), market research with and without years (UK Pet Food (PFMA), Mintel, Euromonitor
International, Statista, Kantar, YouGov, Animal Medicines Australia) and undated pages; Dutch names with "van", "van
den" and "de", Flemish names with "De" and "Van" ("De Smet", "Van Damme"), Irish names ("O'Sullivan", "MacNamara", "Ó
Súilleabháin"), Māori names with macrons ("Tāwhai", "Pōmare"), British Asian, Australian and New Zealand names, with
fifty-two kinds of decoy. While held out, we reported its tables only.

The "blind325" half (``--halves blind325,blind325-more``, 100 + 300 reports, seeds 329000-329399) is a
three-hundred-and-twenty-fifth independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-fifth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind325_works.py and blind325_text.py), as marketers at
local and national radio stations, newspaper and magazine publishers, podcast networks and audio platforms, and
media-sales houses in the UK, Ireland, Australia, South Africa, Canada and the Netherlands (Global, Bauer Media Audio,
Reach plc, National World, Newsquest, DC Thomson, Mediahuis, DPG Media, Communicorp, RTÉ, Today FM, Nova Entertainment,
Southern Cross Austereo, ARN, Primedia Broadcasting, 947, Corus Entertainment, Acast, Audioboom, Spotify, Radiocentre,
the News Media Association, Audiotrack) write CIM Level 6 and 7 reports and MBA assignments in English on audiences and
ratings, subscriptions and paywalls, advertising sales, local journalism, podcasts and digital-channel marketing
(stations, titles and shows with launch or closing years ("(Radio Caroline, 1964)", "(Radio 1, 1967)", "(News of the
World, 2011)", "(Serial, 2014)", "(The Archers, 1951)"), presenters, editors and owners with years ("(Peel, 1967)",
"(Wogan, 1972)", "Gay Byrne (1962)", "(Murdoch, 1969)", "(Maxwell, 1984)"), broadcasts, headlines and scandals ("(War of
the Worlds, 1938)", "(Gotcha, 1982)", "(Hitler diaries, 1983)", "(phone hacking, 2011)"), inquiries, laws, licences and
quotas ("(Leveson, 2012)", "(Broadcasting Act, 1990)", "(Online Safety Act, 2023)", "(licence fee freeze, 2022)",
"(CanCon, 1971)"), mergers and takeovers ("(Trinity Mirror and Express, 2018)", "(Global and GCap, 2008)", "(Bauer and
Wireless, 2019)"), awards and events ("(Sony Radio Academy Award, 2009)", "(ARIAs, 2022)", "(Radio Festival, 2019)"),
formats, switch-offs and paywalls ("(DAB, 1995)", "(FM switch-off, 2017)", "(RDS, 1988)", "(paywall, 2010)"), songs,
jingles, films and series ("(Video Killed the Radio Star, 1979)", "(The Boat That Rocked, 2009)", "(Spotlight, 2015)"),
cover prices, audiences, reach and rate cards ("£2.50 a copy (2023)", "9.6 million listeners (2022)", "(2023 reach)"),
taglines ("All the news that's fit to print", "Feel Good"), slots, episodes, frequencies, rebrands, anniversaries,
disputes, devices, campaigns, rankings, offers, handles, abbreviations and cross-references, which are no citations);
books, chapters and journal articles with up to eight authors and DOIs (Journalism Studies, Digital Journalism, Journal
of Radio & Audio Media, Media, Culture & Society, Journal of Media Business Studies, Journalism Practice, International
Journal of Advertising, Journal of Marketing Management, Media International Australia, Canadian Journal of
Communication, Communicatio), the marketing and media-economics texts every candidate cites (Kotler, Keller and Chernev,
Chaffey and Ellis-Chadwick, Sharp, Binet and Field, Fill and Turnbull, Doyle, Picard), Ofcom, the Department for
Culture, Media and Sport (DCMS), Coimisiún na Meán, the Australian Communications and Media Authority (ACMA), the
Independent Communications Authority of South Africa (ICASA), the Canadian Radio-television and Telecommunications
Commission (CRTC), the Commissariaat voor de Media, the European Commission and Statistics Canada (with and without
their abbreviation, two works of one body in a year), firms' pages and reports with plc, Ltd, Limited, (Pty) Ltd, NV,
Inc., AB and S.A. ("Reach plc", "Global Media & Entertainment Ltd", "Mediahuis NV", "Southern Cross Media Group
Limited", "Primedia (Pty) Ltd", "Corus Entertainment Inc.", "Acast AB", "Children's Media Foundation"), the press signed
and unsigned (Press Gazette, The Guardian, The Irish Times, The Australian, Mail & Guardian, The Globe and Mail, de
Volkskrant, Campaign, Mumbrella, Radio Today), audience and market research with and without years (RAJAR, JICRIS,
PAMCo, GfK, Edison Research, Nielsen, the Broadcast Research Council of South Africa, Numeris, and the Reuters
Institute's Digital News Report under its authors); Irish names with "Ó", "Ní" and "Mac" ("Ó Súilleabháin", "Ní
Chonaill"), Afrikaans names with "van der", "du", "de" and "le", Dutch names with "van", "van den", "van 't" and "ter",
Zulu and Xhosa names ("Dlamini", "Gqola"), French Canadian ("Côté", "Lévesque"), Australian and British names, with
forty-nine kinds of decoy. While held out, we reported its tables only.

The "blind326" half (``--halves blind326,blind326-more``, 100 + 300 reports, seeds 330000-330399) is a
three-hundred-and-twenty-sixth independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-sixth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind326_works.py and blind326_text.py), as marketers at
cheesemakers, dairies and creameries, dairy co-operatives, cheesemongers, milk and butter brands and dairy-promotion
boards in France, Switzerland, the Netherlands, Italy, the UK, Ireland, Wisconsin and Vermont (Lactalis, Savencia,
FrieslandCampina, Arla, Emmi, the Parmigiano Reggiano Consortium, Grana Padano, Cropwell Bishop, Neal's Yard Dairy,
Paxton & Whitfield, Colston Bassett, Montgomery's, Ornua (Kerrygold), Tillamook, Cabot Creamery, Jasper Hill Farm,
Sartori, Dairy Farmers of America, Dairy UK, the Dairy Council, Switzerland Cheese Marketing, Wisconsin Cheese) write
CIM Level 6 and 7 reports and MBA assignments in English on provenance and protected names, farmhouse and artisan
positioning, exports, plant-based competition, retail and digital-channel marketing (protected names and cheeses with
years ("(Roquefort AOC, 1925)", "(Stilton PDO, 1996)", "(Parmigiano Reggiano DOP, 1996)", "(Comté, 1958)", "(Feta
ruling, 2005)"), cheesemakers, founders and families with years ("(Marie Harel, 1791)", "(Montgomery, 1911)", "Mary
Quicke (1985)", "(Randolph Hodgson, 1979)"), dairies, farms and caves with founding years ("(Colston Bassett Dairy,
1913)", "(Jasper Hill, 2003)", "(Tillamook, 1909)", "(Roquefort caves, 1411)"), co-operative mergers and takeovers
("(Friesland and Campina, 2008)", "(Arla and Milk Link, 2012)", "(Lactalis and Parmalat, 2011)"), quotas, crises,
recalls and trade policy ("(milk quotas, 1984)", "(end of quotas, 2015)", "(melamine scandal, 2008)", "(Russian embargo,
2014)"), brand launches ("(Babybel, 1952)", "(La vache qui rit, 1921)", "(Kerrygold, 1962)"), shows, awards and
champions ("(World Cheese Awards, 2023)", "(Supreme Champion, 2021)"), customs and festivals ("(Cheese Rolling, 2023)",
"(Alpabzug, 2022)"), films, sketches and books ("(Who Moved My Cheese?, 1998)", "(Wallace & Gromit, 1989)", "(Cheese
Shop sketch, 1972)"), prices, volumes, milk prices and market shares ("€40 a kilo (2023)", "1.2 million wheels (2022)",
"(2022 milk price)"), sayings and slogans ("say cheese", "(Got Milk?, 1993)"), ageing, fat content, wheel sizes, batch
codes, seasons, financial years, certifications, royal warrants, stock listings, tasting scores, breeds, visitor
centres, places of origin, samples, cross-references, handles and abbreviations, which are no citations); books,
chapters and journal articles with up to eight authors and DOIs (Journal of Dairy Science, International Dairy Journal,
British Food Journal, Food Policy, Journal of Rural Studies, Appetite, Food Quality and Preference, Journal of Marketing
Management, Sociologia Ruralis), the marketing and cheese texts every candidate cites (Kotler and Keller, Chaffey and
Ellis-Chadwick, Jobber and Ellis-Chadwick, Kapferer, Keller and Swaminathan, Aaker, Sharp, Paxson, Kindstedt, Donnelly,
Rance), AHDB, Defra, the INAO, FranceAgriMer, the Federal Office for Agriculture (FOAG), Wageningen Economic Research,
the USDA, the Wisconsin Milk Marketing Board, Bord Bia, Teagasc and the European Commission (with and without their
abbreviation, two works of one body in a year), firms' and co-operatives' pages and annual reports with SA, S.A., N.V.,
AG, amba, a.m.b.a., Ltd, plc, Inc. and "Co-operative" ("Groupe Lactalis SA", "Savencia SA", "Royal FrieslandCampina
N.V.", "Arla Foods amba", "Emmi AG", "Ornua Co-operative Limited", "Tillamook County Creamery Association", "Agri-Mark,
Inc.", "Neal's Yard Dairy Ltd", "Paxton & Whitfield Ltd"), trade bodies and consortia with apostrophes and abbreviations
("Stilton Cheese Makers' Association", "Comité Interprofessionnel de Gestion du Comté (CIGC)"), the press signed and
unsigned (The Grocer, Farmers Weekly, Farmers Guardian, Les Échos, Le Monde, NZZ, Het Financieele Dagblad, Corriere
della Sera, The Irish Times, Dairy Reporter, Cheese Reporter), market research with and without years (Kantar, Mintel,
Circana, NielsenIQ, Rabobank signed by its analysts, Statista, Euromonitor International) and undated pages; French
names with "de" and "Le" ("de Rochefort", "Le Bihan"), Swiss-German names ("Brönnimann", "Zürcher", "von Grünigen"),
Dutch names with "van", "van der", "de" and "ter", Italian names with "Di" and "Lo" ("Di Stefano", "Lo Presti"), Irish
names ("Ó Ríordáin", "Ní Bhriain", "O'Callaghan") and Americans of German and Scandinavian descent ("Schroeder",
"Halvorson", "Kjelstad"), with fifty-one kinds of decoy. While held out, we reported its tables only.

The "blind327" half (``--halves blind327,blind327-more``, 100 + 300 reports, seeds 331000-331399) is a
three-hundred-and-twenty-seventh independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-seventh hand the same way, without reading
the checker, its tests or any other pool (tests/corpus/references/blind327_works.py and blind327_text.py), as marketers
at bicycle and e-bike makers, bike shops and chains, cycle-hire and bike-share schemes, cycling clothing and component
brands, cycling-tourism bodies and race organisers in the Netherlands, Belgium, Denmark, Italy, Spain, the UK and Taiwan
(Gazelle, VanMoof, Cortina, Accell Group, Ridley, Eddy Merckx Cycles, Christiania Bikes, Pinarello, Bianchi, Colnago,
Campagnolo, Orbea, BH Bikes, Brompton, Raleigh, Halfords, Evans Cycles, Rapha, Giant, Merida, Santander Cycles,
OV-fiets, Donkey Republic, Fietsersbond, British Cycling, Flanders Classics, RCS Sport, Visit Flanders) write CIM Level
6 and 7 reports and MBA assignments in English on commuting and leisure markets, e-bike growth, subscriptions and
leasing, sponsorship, cycling tourism and digital-channel marketing (races and editions with years ("(Tour of Flanders,
1913)", "(Giro d'Italia, 1909)", "(Paris–Roubaix, 1896)", "(Grand Départ, 2022)", "(Vuelta, 1935)"), riders with the
years of their wins, in brackets and before them ("(Merckx, 1969)", "(Coppi, 1949)", "Marianne Vos (2012)", "(Pogačar,
2020)", "(Riis, 1996; Vingegaard, 2022)"), bikes and components with launch years ("(Brompton, 1976)", "(Campagnolo
Record, 1963)", "(Gazelle Tour Populair, 1988)", "(Christiania bike, 1984)"), makers with founding years ("(Bianchi,
1885)", "(Orbea, 1840)"), bike-share schemes, tax schemes and rules ("(Vélib', 2007)", "(Boris bikes, 2010)", "(Cycle to
Work scheme, 1999)", "(fietsregeling, 2020)", "(e-bike speed limit, 2019)", "(UCI weight rule, 2000)"), standards ("(EN
15194:2017)"), doping affairs ("(Festina affair, 1998)", "(Operación Puerto, 2006)"), bankruptcies and takeovers
("(VanMoof bankruptcy, 2023)", "(Pon takeover, 2022)"), bridges, climbs and velodromes ("(Cykelslangen, 2014)",
"(Hovenring, 2012)", "(Mur de Huy, 1983)", "(Koppenberg, 1976)", "(Vigorelli, 1935)"), films and novels ("(Breaking
Away, 1979)", "(A Sunday in Hell, 1976)", "(The Rider, 1978)"), sponsors' teams with years ("(Rabobank, 1996–2012)"),
trade shows, awards, Olympics and world championships, prices and volumes ("€3,000 an e-bike (2023)", "23 million bikes
(2022)", "(NT$3,000)"), slogans in English, Dutch, Danish and Italian ("Ride like a pro", "Fietsen is gezond"), figures,
financial, model and quarter years ("(2023 sales)", "(FY24)", "(MY2024)", "(Q2 2023)"), stages, editions, distances,
specifications, tax rates, decades, dates, ages, rankings, handles, hashtags and glossed abbreviations, which are no
citations); books, chapters and journal articles with up to eight authors and DOIs (Transport Policy, Transportation
Research Part A, Journal of Transport Geography, Journal of Sport & Tourism, Sport Management Review, Tourism
Management, Journal of Cleaner Production, Journal of Marketing Management), the marketing texts every candidate cites
(Kotler and Keller, Chaffey and Ellis-Chadwick, Porter, Sharp, Keller, Kapferer, Jobber and Ellis-Chadwick, Cornwell,
Pine and Gilmore, Vargo and Lusch, Ansoff, Ryan), the Department for Transport, Rijkswaterstaat, the Kennisinstituut
voor Mobiliteitsbeleid (KiM), Statistics Netherlands (CBS), Vejdirektoratet, Istat, the European Commission, the
European Cyclists' Federation (ECF), Transport for London and Taiwan's Ministry of Economic Affairs (with and without
their abbreviation, two works of one body in a year), firms' pages and annual reports with N.V., B.V., NV, A/S, S.p.A.,
S.r.l., S. Coop., S.L., Ltd, plc and Co., Ltd. ("Accell Group N.V.", "Koninklijke Gazelle N.V.", "Pon Holdings B.V.",
"Christiania Bikes A/S", "Cicli Pinarello S.p.A.", "Orbea S. Coop.", "BH Bikes Europe S.L.", "Brompton Bicycle Ltd",
"Halfords Group plc", "Giant Manufacturing Co., Ltd.", "Merida Industry Co., Ltd."), the press signed and unsigned (NRC,
De Standaard, Het Nieuwsblad, Politiken, La Gazzetta dello Sport, El País, The Guardian, Cycling Weekly, BikeBiz, Bike
Europe, CyclingTips), market research with and without years (Mintel, Statista, CONEBI, the Bicycle Association,
Euromonitor International, Kantar, BOVAG-RAI, ANCMA) and undated pages; Dutch names with "van", "van de", "van der",
"de", "ter" and "van 't", Flemish names with a capital "De" and "Van" ("De Clercq", "Van den Broeck"), Danish names with
"ø" and "å" ("Østergaard", "Dalsgård"), Italian names ("Lo Presti", "D'Angelo", "Dall'Olio"), Basque and Spanish names
with two surnames ("Etxeberria", "Martínez López", "García-Pérez"), Taiwanese names romanised ("Chen, Y.T.", "Tsai,
M.H.") and British names, with fifty kinds of decoy. While held out, we reported its tables only.

The "blind328" half (``--halves blind328,blind328-more``, 100 + 300 reports, seeds 332000-332399) is a
three-hundred-and-twenty-eighth independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-eighth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind328_works.py and blind328_text.py), as marketers at
eyewear brands and frame makers, optician chains and independent opticians, contact-lens and lens makers, online glasses
retailers and eye-health charities in Italy, France, the UK, Ireland, Denmark, Japan and the United States
(EssilorLuxottica, Ray-Ban, Oakley, Safilo, Marcolin, Kering Eyewear, De Rigo, Lindberg, Ørgreen, Cutler and Gross,
Oliver Peoples, Moscot, Warby Parker, Specsavers, Vision Express, Boots Opticians, Optical Express, Krys, Afflelou,
Jins, Zoff, Owndays, Bausch + Lomb, CooperVision, Hoya, Zeiss, the RNIB, Fight for Sight) write CIM Level 6 and 7
reports and MBA assignments in English on retail footprints, prescriptions and online sales, licensing of fashion
brands, eye-health campaigns, frames as fashion and digital-channel marketing (frames and lenses with launch years
("(Wayfarer, 1952)", "(Persol 649, 1957)", "(Varilux, 1959)", "(Acuvue, 1987)", "(Air Titanium, 1984)"), founders and
designers with years ("(Leonardo Del Vecchio, 1961)", "(Aldo Safilo, 1934)", "Doug Perkins (1984)", "(Poul-Jørn
Lindberg, 1985)", "(Graham Cutler and Tony Gross, 1969)"), films and icons ("(Breakfast at Tiffany's, 1961)", "(Top Gun,
1986)", "(The Matrix, 1999)"), acts, rules, regulations and standards ("(Opticians Act, 1989)", "(contact lens rule,
2004)", "(Eyeglass Rule, 1978)", "(EU MDR, 2021)", "(EN ISO 12312-1:2013)"), slogans and campaigns ("Should've gone to
Specsavers (2003)", "(National Eye Health Week, 2009)", "(Buy a Pair, Give a Pair, 2010)"), inventions and technologies
("(bifocals, 1784)", "(LASIK, 1999)"), fairs and awards ("(MIDO, 1970)", "(Silmo, 1967)", "(Silmo d'Or, 2019)", "(Vision
Expo, 1986)"), prices, people and store counts ("£25 a pair (2023)", "2 billion people with poor sight (2019)"), revenue
and quarters ("(2022 revenue)"), quoted taglines ("Better vision for a better life", "Eyes first"), mergers, takeovers
and licences ("(Essilor and Luxottica, 2018)", "(Tom Ford, 2005)", "(1996–2021)"), prescriptions, lens and frame sizes,
model numbers, collections, stock listings, handles, charity numbers and royal warrants, which are no citations); books,
chapters and journal articles with up to eight authors and DOIs (Ophthalmic and Physiological Optics, Optometry and
Vision Science, Contact Lens and Anterior Eye, Journal of Retailing, Journal of Fashion Marketing and Management,
Journal of Business Research, International Journal of Retail & Distribution Management, Journal of Marketing
Management), the marketing texts every candidate cites (Kotler and Keller, Kotler and Armstrong, Chaffey and
Ellis-Chadwick, Kapferer and Bastien, Porter, Keller and Swaminathan, Sharp, Posner), the GOC, the CMA, NHS England, the
MHRA, Istat, the Haute Autorité de Santé, the FDA, the FTC, the WHO and the European Commission (with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports with SA, S.p.A., SE, A/S, AG, Ltd, plc,
Inc. and "Co., Ltd." ("EssilorLuxottica SA", "Safilo Group S.p.A.", "Lindberg A/S", "Specsavers Optical Group Ltd",
"Warby Parker Inc.", "Zoff Co., Ltd.", "Mister Spex SE"), charities and trade bodies with abbreviations, an apostrophe
and "&" ("Royal National Institute of Blind People (RNIB)", "Association of Optometrists (AOP)", "Specsavers' Hearcare &
Eyecare Trust"), the optical, national and fashion press signed and unsigned (Optician, Optometry Today, The Guardian,
Financial Times, Le Monde, Il Sole 24 Ore, Børsen, Nikkei Asia, WWD, Vogue Business, The Irish Times), market research
with and without years (Mintel, Statista, Euromonitor International, GfK, Kantar, YouGov, Vision Council) and undated
pages; Italian names with "De", "Di", "Lo" and "D'" ("De Luca", "Di Stefano", "D'Amico"), French names with "Le" and
"de" ("Le Goff", "de Montclos"), Danish names ("Sørensen", "Østergaard", "Kjær"), Japanese ("Ōtani", "Takahashi"), Irish
("Ní Bhriain", "Ó Briain", "Mac Gabhann"), British and American names, with fifty-one kinds of decoy. While held out, we
reported its tables only.

The "blind329" half (``--halves blind329,blind329-more``, 100 + 300 reports, seeds 333000-333399) is a
three-hundred-and-twenty-ninth independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 58: written by a three-hundred-and-twenty-ninth hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind329_works.py and blind329_text.py), as marketers at
tennis and padel clubs, racket and ball brands, tennis academies, padel-court builders, tournaments and federations, and
sports retailers in Spain, Sweden, Argentina, Italy, France, the UK and Australia (Head, Wilson, Babolat, Bullpadel,
Adidas Padel, Nox, Siux, Dunlop, Slazenger, Tecnifibre, Playtomic, Padel Haus, We Are Padel, the Rafa Nadal Academy, the
Mouratoglou Academy, the LTA, the All England Club, Tennis Australia, the Real Federación Española de Pádel, the Svenska
Padelförbundet, the International Padel Federation, Premier Padel, Decathlon, Sports Direct) write CIM Level 6 and 7
reports and MBA assignments in English on participation, club membership, court booking apps, sponsorship and events,
racket-sports retail and digital-channel marketing (tournaments and finals with years ("(Wimbledon, 1877)",
"(Roland-Garros, 1928)", "(Davis Cup, 1900)", "(Premier Padel Major, 2023)", "(Laver Cup, 2017)"), players, pairs and
champions with years ("(Borg, 1980)", "(Nadal, 2005)", "Sabatini (1990)", "(Federer and Nadal, 2008)", "(Fernando
Belasteguín, 2002)", "(Tapia/Coello, 2024)"), rackets, balls and courts with launch years ("(Prince oversized racket,
1976)", "(Head Prestige, 1987)", "(glass court, 1991)", "(Hawk-Eye, 2006)"), rules and rulings ("(tie-break rule,
1971)", "(Open Era, 1968)", "(equal prize money, 2007)"), origins ("(padel in Acapulco, 1969)", "(lawn tennis patent,
1874)"), clubs, venues, academies and brands with founding years ("(All England Club, 1868)", "(Centre Court roof,
2009)", "(Bullpadel, 1995)", "(Rafa Nadal Academy, 2016)"), films and series ("(Borg vs McEnroe, 2017)", "(Challengers,
2024)", "(Break Point, 2023)"), scandals, boycotts and famous matches ("(1973 boycott, 1973)", "(Djokovic visa, 2022)",
"(Isner–Mahut, 2010)"), prices and player counts ("€30 an hour a court (2023)", "25 million padel players (2022)"),
umpires' calls ("Quiet, please"), participation figures ("(2023 participation)"), seasons, rankings, prize money,
governing bodies ("(FIP, 1991)", "(ITF, 1913)"), scorelines, serve speeds, court sizes and specifications, tickers,
takeovers, sponsors since a year, handles, domains, app launches, quarters, booms, lockdowns, heat policies, financial
years, audiences, figures, samples and appendices, which are no citations); books, chapters and journal articles with up
to eight authors and DOIs (Sport Management Review, International Journal of Sports Marketing and Sponsorship, Journal
of Sport Management, European Sport Management Quarterly, Managing Sport and Leisure, Sport in Society, Journal of
Retailing and Consumer Services, Journal of Marketing Management, Retos), the marketing and sport-marketing texts every
candidate cites (Kotler, Keller and Chernev, Chaffey and Ellis-Chadwick, Jobber and Ellis-Chadwick, Mullin, Hardy and
Sutton, Shilbury et al., Hoye et al., Fahy and Jobber, Ries and Trout, Smith and Zook, Aaker, Chadwick, Chanavat and
Desbordes, Ferrand and McCarthy), Sport England, UK Sport, the Consejo Superior de Deportes (CSD), the Ministerio de
Cultura y Deporte, Riksidrottsförbundet (RF), Statistics Sweden (SCB) and Statistiska centralbyrån, the Agence nationale
du Sport (ANS), the Australian Sports Commission, the Instituto Nacional de Estadística (INE), the European Commission
and CIMSPA (with and without their abbreviation, two works of one body in a year), firms' pages and annual reports with
N.V., Inc., SAS, S.L., S.A., AB, S.p.A., SE, AG, Ltd, plc, Pty Ltd and Limited ("Head N.V.", "Amer Sports, Inc.",
"Babolat VS SAS", "Bullpadel S.L.", "Playtomic S.L.", "Padel Haus Ltd", "Frasers Group plc", "Decathlon SE", "Tennis
Australia Limited", "MATCHi AB", "Padel Group S.p.A.", "Smith's Racket Sports Ltd"), the press signed and unsigned (El
País, Marca, Mundo Deportivo, Clarín, Dagens Nyheter, Aftonbladet, L'Équipe, La Gazzetta dello Sport, The Times, The
Sydney Morning Herald, Tennis.com, Padel Magazine), market research with and without years (Deloitte, PwC, Statista,
Mintel, Kantar, YouGov, Nielsen Sports) and undated pages; Spanish and Argentine names with two surnames, hyphenated or
not ("Valcárcel Cabello", "Jiménez-Crespo"), and "de", "del" and "de la" ("de la Fuente", "del Río"), Swedish names with
"å", "ä" and "ö" ("Åkesson", "Söderström", "Wästerfors"), Italian names with "Di", "De", "Lo" and "D'" ("Di Stefano",
"Lo Presti", "D'Angelo"), French names with "de" and "Le" ("de Vaux", "Le Goff"), Australian and British names, with
fifty-four kinds of decoy. While held out, we reported its tables only.

The "blind330" half (``--halves blind330,blind330-more``, 100 + 300 reports, seeds 334000-334399) is a
three-hundred-and-thirtieth independent measurement, held out for its first tables (measured by its writer in stop 58),
development data since stop 59: written by a three-hundred-and-thirtieth hand the same way, without reading the checker,
its tests or any other pool (tests/corpus/references/blind330_works.py and blind330_text.py), as marketers at rugby
union and rugby league clubs, unions and leagues, stadiums, kit and ball makers, ticketing and hospitality firms and
sports broadcasters in England, Wales, Ireland, France, South Africa, New Zealand, Australia, Fiji and Japan (Leicester
Tigers, Saracens, Leinster, Munster, Stade Toulousain, Racing 92, the Stormers, the Bulls, the Crusaders, the Blues, the
Brumbies, Wigan Warriors, St Helens, Fijian Drua, Toyota Verblitz, the RFU, the WRU, the IRFU, the FFR, SA Rugby, New
Zealand Rugby, Rugby Australia, the Premiership, the URC, Super Rugby, the NRL, Gilbert, Canterbury, Sky Sport NZ,
SuperSport) write CIM Level 6 and 7 reports and MBA assignments in English on attendance and season tickets,
sponsorship, broadcasting, women's rugby, club finances and digital-channel marketing (tournaments, championships, cups
and tours with years ("(Rugby World Cup, 1995)", "(Six Nations, 2000)", "(Heineken Cup, 1996)", "(Lions tour, 2021)",
"(Brave Blossoms, 2015)"), players and coaches with years who are not authors ("(Jonah Lomu, 1995)", "(Wilkinson,
2003)", "(Carter, 2015)", "Siya Kolisi (2019)", "(Eddie Jones, 2015)"), stadiums with opening years ("(Principality
Stadium, 1999)", "(Aviva Stadium, 2010)", "(Twickenham, 1909)"), rules and rulings ("(professionalism, 1995)", "(salary
cap, 1999)", "(tackle height law, 2023)", "(bunker review, 2023)"), scandals and collapses ("(Bloodgate, 2009)",
"(Saracens relegation, 2020)", "(Wasps administration, 2022)"), clubs, franchises, competitions and brands with founding
years ("(Leicester Tigers, 1880)", "(Crusaders, 1996)", "(Gilbert, 1823)"), rituals and songs ("(haka, 1888)", "(Ka
Mate, 1905)", "(Swing Low, 1988)", "(Cwm Rhondda, 1907)"), films, series and documentaries ("(Invictus, 2009)", "(Full
Contact, 2024)", "(Chasing the Sun, 2020)"), prices and crowds ("£60 a seat (2023)", "82,000 fans (2019)"), quoted
sayings, slogans, broadcast deals and investments, scorelines, seasons, financial years, women's milestones, rivalries,
rankings, sponsors, the pandemic, sevens, venues, awards, abbreviations, cross-references, handles, legislation and
survey figures). It cites sport-management journals (Sport Management Review, the International Journal of Sports
Marketing and Sponsorship, the Journal of Sport Management, European Sport Management Quarterly, Managing Sport and
Leisure, Sport in Society, the Journal of Sport & Tourism, the Journal of Marketing Management) with one to eight
authors, the marketing and sport-marketing texts every candidate cites, DCMS, Sport England, Sport Ireland, Sport Wales,
the Agence nationale du Sport, Sport and Recreation South Africa, Sport New Zealand, the Australian Sports Commission,
the Japan Sports Agency, World Rugby and the unions (with and without their abbreviation, two works of one body in a
year), firms' pages and annual reports with Ltd, plc, SASP, (Pty) Ltd, Limited, Pty Ltd and K.K. ("Leicester Football
Club plc", "Stade Toulousain SASP", "Western Province Rugby (Pty) Ltd", "Sky Network Television Limited", "Japan Rugby
League One K.K."), the national and rugby press signed and unsigned (The Times, The Telegraph, The Irish Times, Midi
Olympique, L'Équipe, Rapport, News24, The New Zealand Herald, Stuff, The Sydney Morning Herald, Rugby World, RugbyPass),
market research with and without years (Nielsen Sports, Deloitte, Two Circles, Statista, YouGov, Kantar) and undated
pages; Welsh names, Irish names with "Ó", "Ní" and "Mac" ("Ó Súilleabháin", "Ní Bhriain", "Mac Aodha"), French names
with "Le" and "de" ("Le Goff", "de Lacoste"), Afrikaans names with "van der", "van" and "du" ("van der Westhuizen", "du
Plessis", and "Van der Merwe", "Du Toit" as South African journals print them), Māori ("Te Huia", "Ngāwati"), Fijian,
Tongan and Samoan ("Ratuva", "Kunatuba", "Fonua", "Leota") and Japanese names ("Ōno", "Saitō"), with forty-eight kinds
of decoy. While held out, we reported its tables only.

The "blind331" half (``--halves blind331,blind331-more``, 100 + 300 reports, seeds 335000-335399) is a
three-hundred-and-thirty-first independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 59: written by a three-hundred-and-thirty-first hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind331_works.py and blind331_text.py), as marketers at
garden centres, nurseries and plant growers, seed and bulb companies, garden-tool and lawnmower brands, landscaping
firms, flower shows and horticultural charities in the UK, the Netherlands, Belgium, Germany, Denmark and Canada
(Dobbies, Blue Diamond, Wyevale, Notcutts, Hillier, Thompson & Morgan, Suttons, Mr Fothergill's, Taylors Bulbs,
Keukenhof, Royal FloraHolland, Intratuin, Tuincentrum Osdorp, Dehner, Plantorama, Fiskars, Husqvarna, Stihl, Bosch
Garden, Gardena, Westland Horticulture, the RHS, the National Garden Scheme, the Chelsea Flower Show, Canadian Tire)
write CIM Level 6 and 7 reports and MBA assignments in English on seasonal footfall, online plant sales, peat-free and
sustainable gardening, loyalty schemes, shows and digital-channel marketing (plants and varieties with years ("(Tulipa
'Queen of Night', 1944)", "(Rosa 'Peace', 1945)", "(Leylandii, 1888)", "(Bramley, 1809)", "Hosta 'Sum and Substance'
(1980)"), gardeners, designers, presenters and breeders with years ("(Gertrude Jekyll, 1899)", "(Capability Brown,
1751)", "Piet Oudolf (2009)", "(Monty Don, 2003)", "David Austin's English roses (1961)"), shows, medals and awards
("(Chelsea Flower Show, 1913)", "(RHS Gold Medal, 2022)", "(Best in Show, 2023)", "(Floriade, 2022)", "(Keukenhof,
1950)", "(Garden Centre of the Year, 2021)"), gardens, parks and nurseries with opening and founding years ("(Kew
Gardens, 1840)", "(Eden Project, 2001)", "(High Line, 2009)", "(Sissinghurst, 1930)", "(Hillier, 1864)", "(Suttons,
1806)"), crazes, pests and crises ("(tulip mania, 1637)", "(ash dieback, 2012)", "(box tree moth, 2007)", "(hosepipe
ban, 2022)", "(peat ban, 2024)", "(first lockdown, 2020)"), products, mowers and tools with launch years ("(Flymo,
1964)", "(Gro-bag, 1973)", "(Miracle-Gro, 1951)", "(Atco mower, 1921)", "(Automower, 1995)"), mergers, takeovers and
store openings ("(Dobbies and Wyevale, 2018)", "(Husqvarna and Gardena, 2007)"), television, novels and films
("(Gardeners' World, 1968)", "(Ground Force, 1997)", "(The Secret Garden, 1911)", "(Greenfingers, 2000)"), prices in
pounds, euros, kroner and Canadian dollars and figures ("£4.99 a pot (2023)", "27 million gardeners (2022)", "(2022
sales)", "(FY2021)"), sayings and slogans ("Right plant, right place", "Sow, grow, enjoy"), campaigns, quality marks,
plant passports, loyalty clubs, addresses, hardiness zones and botanical authorities ("(Digitalis purpurea L., 1753)"),
which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Journal of Retailing
and Consumer Services, International Journal of Retail & Distribution Management, Urban Forestry & Urban Greening,
Landscape and Urban Planning, HortScience, Acta Horticulturae, Journal of Consumer Behaviour, Journal of Marketing
Management), the marketing texts every candidate cites (Kotler, Keller and Chernev, Kotler et al., Chaffey and
Ellis-Chadwick, Johnson et al., Solomon et al., Jobber and Ellis-Chadwick, Wilson et al., Ryan, Porter), Defra (with and
without its full name, "&" or "and"), the AHDB, the HTA, GIMA, the RHS, the National Garden Scheme, the Netherlands
Enterprise Agency (RVO), Statistics Netherlands (CBS), Destatis and the Statistisches Bundesamt, Statistics Denmark and
Danmarks Statistik, Statistics Canada, Agriculture and Agri-Food Canada and the European Commission (with and without
their abbreviation, two works of one body in a year), firms' pages and annual reports with Ltd, U.A., B.V., GmbH & Co.
KG, Oyj, AB, A/S, AG, plc and Limited ("Dobbies Garden Centres Ltd", "Blue Diamond (UK) Ltd", "Royal FloraHolland U.A.",
"Intratuin B.V.", "Dehner GmbH & Co. KG", "Fiskars Group Oyj", "Husqvarna AB", "Stihl Holding AG & Co. KG", "Mr
Fothergill's Seeds Ltd", "Plantorama A/S", "Canadian Tire Corporation, Limited"), the garden trade and national press
signed and unsigned (Horticulture Week, Garden Centre Retail, Garden Trade News, The Guardian, The Telegraph, NRC, De
Telegraaf, Der Spiegel, Politiken, The Globe and Mail, BBC Gardeners' World Magazine), market research with and without
years (Mintel, Kantar, GfK, Statista, YouGov, Euromonitor International, GIMA) and undated pages; Dutch and Flemish
names with "van", "van der", "van den" and "De" ("van der Meer", "De Clercq", "Van Damme"), German names with "von",
"ü", "ö" and "ß" ("von Hagen", "Schröder", "Weiß"), Danish names with "ø" and "æ" ("Jørgensen", "Søndergaard", "Kjær"),
Québécois ("Côté", "Tremblay"), Canadian and British names, with fifty-two kinds of decoy. While held out, we reported
its tables only.

The "blind332" half (``--halves blind332,blind332-more``, 100 + 300 reports, seeds 336000-336399) is a
three-hundred-and-thirty-second independent measurement, held out for its first tables (measured by its writer in stop
58), development data since stop 59: written by a three-hundred-and-thirty-second hand the same way, without reading the
checker, its tests or any other pool (tests/corpus/references/blind332_works.py and blind332_text.py), as marketers at
wedding venues and planners, bridal-wear designers and boutiques, jewellers and ring makers, wedding-photography and
stationery firms, honeymoon travel operators and wedding-listing platforms in the UK, Ireland, Italy, Spain, Greece,
India and the United States (Pronovias, Rosa Clará, Jenny Packham, Vera Wang, Temperley London, Halfpenny London,
Monsoon, Boodles, Vashi, Tiffany & Co., Hitched, Bridebook, The Knot, Zola, WeddingWire, Confetti, Moonpig, Kuoni,
Sandals Resorts, Destination Weddings in Italy, Lake Como venues, Santorini Weddings) write CIM Level 6 and 7 reports
and MBA assignments in English on bridal fashion, destination weddings, budgets and debt, wedding platforms, social
media and influencers and digital-channel marketing (royal and celebrity weddings with years ("(Charles and Diana,
1981)", "(William and Kate, 2011)", "(Harry and Meghan, 2018)", "(Grace Kelly, 1956)", "(Kardashian–West, 2014)"),
dresses, rings and settings with years ("(Lady Di dress, 1981)", "(Tiffany Setting, 1886)", "(Vera Wang slip dress,
1990)", "(Emanuel gown, 1981)"), designers and jewellers with founding years ("(Vera Wang, 1990)", "(Charles Lewis
Tiffany, 1886)", "Jenny Packham (1988)", "(Manuel Mota, 1989)", "Boodles (since 1798)"), marriage laws and rulings at
home and abroad ("(Marriage Act, 1753)", "(Marriage (Same Sex Couples) Act, 2013)", "(marriage age law, 2022)", "(Ley
13/2005)", "(Special Marriage Act, 1954)"), Gretna Green ("(Gretna Green, 1754)"), venues with opening years ("(Villa
del Balbianello, 1787)", "(Castle Howard, 1712)"), slogans and campaigns ("(A Diamond Is Forever, 1947)", "(Say Yes to
the Dress, 2007)"), films and series ("(Four Weddings and a Funeral, 1994)", "(My Big Fat Greek Wedding, 2002)",
"(Monsoon Wedding, 2001)", "(Bridesmaids, 2011)", "(Father of the Bride, 1991)"), customs, rites and proverbs
("(something blue, 1883)", "(white dress, 1840)", "(Mehndi night, 2019)", "(saptapadi)", "‘Sposa bagnata, sposa
fortunata’"), prices, counts and seasons ("£20,700 a wedding (2023)", "250,000 weddings (2022)", "(2022 weddings)",
"(2022 season)"), vows and sayings ("‘Till death us do part’", "‘Happy is the bride the sun shines on’"), collections,
fashion weeks, awards, pandemic rules, ring, dress and stationery specifications, honeymoon offers, magazine issues,
platform figures, hashtags, handles, samples and appendices, which are no citations); books, chapters and journal
articles with up to eight authors and DOIs (Journal of Consumer Research, Journal of Consumer Culture, Tourism
Management, Journal of Travel Research, Journal of Fashion Marketing and Management, Annals of Tourism Research, Journal
of Retailing and Consumer Services, Journal of Marketing Management), the marketing and wedding texts every candidate
cites (Kotler and Keller, Chaffey and Ellis-Chadwick, Solomon, Jobber and Ellis-Chadwick, Ryan, Kapferer and Bastien,
Ingraham, Otnes and Pleck), the Office for National Statistics, the Central Statistics Office (Ireland), Istat, the
Instituto Nacional de Estadística (INE), the Hellenic Statistical Authority (ELSTAT), the Ministry of Tourism (India),
the U.S. Census Bureau, VisitBritain, ENIT and the General Register Office (with and without their abbreviation, two
works of one body in a year), firms' pages and annual reports with S.L., S.p.A., Ltd, plc, Inc., LLC and Pvt. Ltd
("Pronovias Group S.L.", "Rosa Clará S.L.", "Jenny Packham Ltd", "Boodles Ltd", "Tiffany & Co.", "The Knot Worldwide
Inc.", "Zola, Inc.", "Bridebook Ltd", "Kuoni Travel Ltd", "Villa d'Este S.p.A.", "David's Bridal, LLC", "WedMeGood Pvt.
Ltd", "Moonpig Group plc"), the fashion and national press signed and unsigned (Vogue, Brides, Harper's Bazaar, The
Guardian, The Times, The Irish Times, Corriere della Sera, El País, Kathimerini, The Hindu, The New York Times), market
research with and without years (Mintel, Statista, Bridebook's UK Wedding Report, The Knot Real Weddings Study, Kantar,
YouGov, Euromonitor International) and undated pages; Italian names with "De", "Di", "Lo" and "D'" ("De Luca", "Di
Stefano", "Lo Presti", "Dall'Olio", "D'Amico"), Spanish double surnames and "de", "del" and "de la" ("García López",
"Rodríguez-Ardura", "de la Fuente", "del Río"), Greek names in "-ou" and "-is" ("Papadopoulou", "Karamanlis"), Indian
names with initials ("Sharma, R. P."), Irish names with "O'", "Mac", "Ó" and "Ní" ("O'Sullivan", "MacCarthy", "Ó
Súilleabháin", "Ní Bhriain"), American and British names, with forty-nine kinds of decoy. While held out, we reported
its tables only.

The "blind333" half (``--halves blind333,blind333-more``, 100 + 300 reports, seeds 337000-337399) is a
three-hundred-and-thirty-third independent measurement, HELD OUT: written by a three-hundred-and-thirty-third hand
the same way, without reading the checker, its tests or any other pool (tests/corpus/references/blind333_works.py
and blind333_text.py), as marketers at funeral directors and funeral-plan providers, crematoria and cemeteries,
memorial masons, florists and celebrants, will-writing and probate firms, bereavement charities and online memorial
platforms in the UK, Ireland, Australia, New Zealand, South Africa and the United States (Co-op Funeralcare, Dignity
plc, Pure Cremation, Farewill, Golden Charter, Avalon Funeral Plans, A.W. Lymn, Fanagans, InvoCare, Tributes NZ,
AVBOB, Doves Group, Service Corporation International, Legacy.com, MuchLoved, Cruse Bereavement Support, Marie Curie,
Sue Ryder, the Natural Death Centre) write CIM Level 6 and 7 reports and MBA assignments in English on direct
cremation, funeral plans and their regulation, price transparency, online memorials, grief and digital legacy and
digital-channel marketing (rites and customs with years ("(direct cremation, 2016)", "(woodland burial, 1993)",
"(Death Café, 2011)", "(living funeral, 2019)", "(resomation, 2023)"), people whose funerals or deaths are events
("(Princess Diana, 1997)", "(Queen Elizabeth II, 2022)", "(David Bowie, 2016)", "(Nelson Mandela, 2013)"), laws,
orders, investigations and regulation ("(Cremation Act, 1902)", "(Burial Act, 1857)", "(Funeral Plans Order,
2021)", "(CMA funerals market investigation, 2021)", "(FCA regulation of funeral plans, 2022)"), cemeteries and
crematoria with opening years ("(Highgate Cemetery, 1839)", "(Woking Crematorium, 1885)", "(Glasnevin, 1832)",
"(Brookwood, 1854)"), firms' foundings, collapses and takeovers ("(Safe Hands, 2022)", "(Dignity takeover, 2023)",
"(Co-op Funeralcare, 2000)"), campaigns, adverts and festivals ("(Dying Matters Week, 2009)", "(Over 50s Plan
advert, 2014)", "(Good Grief Festival, 2020)"), films, series, novels and books ("(Six Feet Under, 2001)", "(Four
Weddings and a Funeral, 1994)", "(The Loved One, 1948)", "(On Death and Dying, 1969)"), pandemics ("(COVID-19
restrictions, 2020)", "(Spanish flu, 1918)"), prices and counts ("£4,141 a funeral (2023)", "667,479 deaths (2022)",
"(2022 deaths: 667,479)"), epitaphs and sayings ("‘Gone but not forgotten’", "‘Rest in peace’", "‘A life well
lived’"), te reo Māori, Afrikaans and Irish glosses, plans, memorial dates, hashtags, handles, samples and
appendices, which are no citations); books, chapters and journal articles with up to eight authors and DOIs
(Mortality, Death Studies, Omega: Journal of Death and Dying, Journal of Consumer Research, Journal of Services
Marketing, Journal of Consumer Affairs, Sociology of Health & Illness, Journal of Marketing Management), the
marketing texts every candidate cites (Kotler and Keller, Chaffey and Ellis-Chadwick, Wilson et al., Jobber and
Ellis-Chadwick, Lovelock and Wirtz, Ryan, Sharp, Kapferer), the Competition and Markets Authority, the Financial
Conduct Authority, the Office for National Statistics, the Ministry of Justice, National Records of Scotland, the
Central Statistics Office, the Australian Bureau of Statistics, Stats NZ, Statistics South Africa, the Federal Trade
Commission and the Centers for Disease Control and Prevention (with and without their abbreviation, two works of one
body in a year), firms' and charities' pages and annual reports with Ltd, plc, Pty Ltd, Inc., LLC and NPC ("Dignity
plc", "Co-operative Group Ltd", "Pure Cremation Ltd", "Doves Group Pty Ltd", "Legacy.com, Inc.", "Much Loved
Memorials LLC", "Hospice & Palliative Care Association of South Africa NPC", "A.W. Lymn", "Lymn's Funeral
Directors"), trade bodies (NAFD, SAIF, the Funeral Planning Authority, NFDA, the ICCM, Which?), the trade and
national press signed and unsigned (Funeral Service Times, The Guardian, The Times, The Irish Times, The Sydney
Morning Herald, The New Zealand Herald, Mail & Guardian, The New York Times), market research (SunLife's Cost of
Dying Report, Mintel, Statista, YouGov, Kantar, IBISWorld, Euromonitor International) and undated pages; Afrikaans
names with "van", "van der" and "du" ("van der Merwe", "du Plessis", "van Heerden"), Irish names with "O'", "Mac",
"Ó" and "Ní" ("O'Rourke", "Mac Giolla Phádraig", "Ó Súilleabháin", "Ní Bhriain"), Māori names with macrons
("Pōtiki", "Te Huia", "Tuhiwai Smith"), Scottish names with "Mc" ("McNeill"), Australian, American and British
names, with fifty-one kinds of decoy. Never tune on it: report its tables only.

The "blind334" half (``--halves blind334,blind334-more``, 100 + 300 reports, seeds 338000-338399) is a
three-hundred-and-thirty-fourth independent measurement, HELD OUT: written by a three-hundred-and-thirty-fourth hand
the same way, without reading the checker, its tests or any other pool (tests/corpus/references/blind334_works.py
and blind334_text.py), as marketers at musical-instrument makers and brands, music shops and online instrument
retailers, piano dealers, music schools and teachers' networks, concert venues, music-streaming and music-learning
apps and record labels in the UK, Germany, Austria, Japan, Sweden and the United States (Yamaha, Roland, Korg, Kawai,
Steinway & Sons, Bechstein, Bösendorfer, Fender, Gibson, Martin & Co., PRS Guitars, Marshall, Orange Amps, Ernie Ball,
Thomann, Andertons, PMT, Gear4music, Sweetwater, Guitar Center, Teenage Engineering, Elektron, Spotify, Yousician,
Simply Piano, Rockschool, ABRSM, Trinity College London) write CIM Level 6 and 7 reports and MBA assignments in English
on online instrument retail, lessons and learning apps, second-hand and vintage gear, artist endorsements, YouTube and
TikTok musicians and digital-channel marketing (instruments and models with years ("(Stratocaster, 1954)", "(Les
Paul, 1952)", "(Model D, 1884)", "(TR-808, 1980)", "(DX7, 1983)", "(Minimoog, 1970)", "(OP-1, 2011)", "(P-125,
2018)"), musicians with years who are not authors ("(Jimi Hendrix, 1969)", "(Eric Clapton, 1970)", "Ed Sheeran
(2017)", "(Taylor Swift, 2023)", "(Yuja Wang, 2018)"), albums, songs and tours ("(Abbey Road, 1969)", "(Thriller,
1982)", "(Eras Tour, 2023)", "(Live Aid, 1985)"), fairs, festivals and awards ("(NAMM Show, 2024)", "(Musikmesse,
2019)", "(Glastonbury, 1970)", "(Grammy Award, 2022)", "(Mercury Prize, 2021)"), venues with opening years ("(Royal
Albert Hall, 1871)", "(Wiener Musikverein, 1870)", "(Carnegie Hall, 1891)", "(Budokan, 1964)"), takeovers ("(Gibson
and Cakewalk, 2013)", "(Fender and PreSonus, 2021)"), laws, rulings and standards ("(Copyright Act, 1976)", "(MIDI
1.0, 1983)", "(A440, 1939)", "(Blurred Lines ruling, 2015)"), films and series ("(School of Rock, 2003)", "(Whiplash,
2014)", "(Top of the Pops, 1964)"), founders, labels and orchestras with years ("(Leo Fender, 1946)", "(Motown,
1959)", "(Vienna Philharmonic, 1842)"), Japanese era years ("(Reiwa 5)"), prices and counts ("£1,599 a guitar
(2023)", "2.6 million learners (2022)"), slogans and sayings ("‘Practice makes perfect’", "‘Turn it up to eleven’"),
exam grades, chart positions, stock listings, magazine issues, specifications, hashtags, handles, samples and
appendices, which are no citations); books, chapters and journal articles with up to eight authors and DOIs (Journal
of Marketing, Popular Music, Music Education Research, International Journal of Music Education, Journal of
Retailing, Psychology of Music, Journal of Consumer Psychology, Arts Marketing: An International Journal), the
marketing and music texts every candidate cites (Kotler and Keller, Chaffey and Ellis-Chadwick, Jobber and
Ellis-Chadwick, Kapferer, Solomon, Kerrigan, Fraser and Özbilgin, Frith, Wikström, Hesmondhalgh, Ryan, Sharp,
Aaker), DCMS, Arts Council England, the ONS, Destatis, Statistik Austria, METI, Statistics Sweden (SCB), the U.S.
Census Bureau and the NEA (with and without their abbreviation, two works of one body in a year), makers' and
retailers' pages and annual reports with Ltd, plc, GmbH, AG, K.K., AB, Inc. and S.A. ("Yamaha Corporation", "Steinway
Musical Instruments, Inc.", "Gibson Brands, Inc.", "Marshall Amplification plc", "Musikhaus Thomann GmbH",
"Gear4music (Holdings) plc", "Teenage Engineering AB", "Spotify Technology S.A.", "C. Bechstein Pianoforte AG", "Sony
Music Entertainment Japan K.K.", "C.F. Martin & Co."), trade and exam bodies (the Music Industries Association (MIA),
NAMM, ABRSM, UK Music, BPI, IFPI, the Musicians' Union), the music and national press signed and unsigned (Music
Week, MusicRadar, Guitarist, Sound On Sound, Billboard, Rolling Stone, The Guardian, Frankfurter Allgemeine Zeitung,
Nikkei Asia, Dagens Nyheter, The New York Times), market research with and without years (Mintel, Statista, MIDiA
Research, Kantar, YouGov, GfK, Euromonitor International) and undated pages; German names with "von" and umlauts
("von Bülow", "Schröder", "Weiß"), Austrian names ("Pöttinger", "Strauß"), Japanese names, some taken given name
first as a paper printed them, Swedish names with "å" and "ö" ("Åberg", "Sjöberg", "Öberg"), American and British
names, with fifty-two kinds of decoy. Never tune on it: report its tables only.

The "blind335" half (``--halves blind335,blind335-more``, 100 + 300 reports, seeds 339000-339399) is a
three-hundred-and-thirty-fifth independent measurement, HELD OUT: written by a three-hundred-and-thirty-fifth hand
the same way, without reading the checker, its tests or any other pool (tests/corpus/references/blind335_works.py
and blind335_text.py), as marketers at holiday parks and campsites, caravan and motorhome makers and dealers,
glamping operators, campervan-hire firms, outdoor-camping brands and camping clubs in the UK, France, the
Netherlands, Germany, Portugal and Australia (Haven, Parkdean Resorts, Park Holidays UK, Hoseasons, Pitchup, Swiss
Farm, Eurocamp, Canvas Holidays, Huttopia, Yelloh! Village, Landal GreenParks, Roompot, Center Parcs, Knaus Tabbert,
Hymer, Swift Group, Bailey of Bristol, Elddis, Jayco, Apollo Motorhome Holidays, Indie Campers, Goboony, Vango,
Outwell, Coleman, Decathlon, the Camping and Caravanning Club, the Caravan and Motorhome Club, the ANWB, the ADAC)
write CIM Level 6 and 7 reports and MBA assignments in English on staycations, glamping, online booking and pitch
platforms, motorhome ownership, sustainability and digital-channel marketing (vehicles and models with years ("(VW
Camper, 1950)", "(Airstream, 1931)", "(Hymer Exsis, 1987)", "(Sprite, 1947)", "(Eriba Touring, 1957)"), founders
and pioneers with years ("(Billy Butlin, 1936)", "(Fred Pontin, 1946)", "(Thomas Hiram Holding, 1901)", "(Wally Byam,
1931)", "Bear Grylls (2006)"), parks, sites and clubs with opening years ("(Butlins Skegness, 1936)", "(Center Parcs
Sherwood, 1987)", "(Camping and Caravanning Club, 1901)", "(Huttopia Versailles, 1999)"), shows and awards ("(NEC
Caravan Show, 2023)", "(Caravan Salon Düsseldorf, 2022)", "(Gold Award, 2024)", "(Practical Caravan Tourer of the
Year, 2021)"), mergers ("(Parkdean and Park Resorts, 2016)", "(Bourne Leisure and Blackstone, 2021)"), laws and
planning rules ("(Caravan Sites Act, 1968)", "(Caravan Sites and Control of Development Act, 1960)", "(28-day rule,
2020)", "(Loi Littoral, 1986)"), crazes, lockdowns, storms and floods ("(staycation boom, 2021)", "(lockdown, 2020)",
"(Storm Ciarán, 2023)", "(floods of 2007)"), films, series and adverts ("(Carry On Camping, 1969)", "(Hi-de-Hi!,
1980)", "(Nomadland, 2020)", "(Caravan Guard advert, 2018)"), prices and counts ("£24 a night (2023)", "1.2 million
caravans (2022)"), slogans and sayings ("‘Leave no trace’", "‘Home is where you park it’"), bookings and seasons
("(2022 bookings)"), pitch and vehicle specifications, standards, licences, emissions zones, events, national parks,
routes, holidays, hashtags, web addresses, samples, ratings, exchange rates and appendices, which are no
citations); books, chapters and journal articles with up to eight authors and DOIs (Tourism Management, Journal of
Travel Research, Journal of Sustainable Tourism, Annals of Tourism Research, Journal of Outdoor Recreation and
Tourism, Tourism Recreation Research, Journal of Hospitality and Tourism Management, Journal of Marketing
Management), the marketing and tourism texts every candidate cites (Kotler and Keller, Chaffey and Ellis-Chadwick,
Middleton et al., Kotler et al., Morrison, Jobber and Ellis-Chadwick, Pine and Gilmore, Urry and Larsen),
VisitBritain, VisitEngland, the Office for National Statistics (ONS), Atout France, Insee, Statistics Netherlands
(CBS), Destatis, the Instituto Nacional de Estatística (INE), Tourism Research Australia and the European Commission
(with and without their abbreviation, two works of one body in a year), firms' pages and annual reports with Ltd,
plc, SAS, B.V., AG, SE, S.A. and Pty Ltd ("Haven Leisure Ltd", "Parkdean Resorts UK Ltd", "Pitchup.com Ltd",
"Huttopia SAS", "Landal GreenParks B.V.", "Roompot Vakanties B.V.", "Knaus Tabbert AG", "Erwin Hymer Group SE",
"Apollo Tourism & Leisure Ltd", "Indie Campers S.A.", "Jayco Australia Pty Ltd"), trade bodies and clubs (the
National Caravan Council (NCC), the British Holiday & Home Parks Association (BH&HPA), the Camping and Caravanning
Club, the Caravan and Motorhome Club, the European Caravan Federation (ECF), the Caravan Industry Association of
Australia, the ANWB, the ADAC, the CIVD, the FNHPA), the caravan and national press signed and unsigned (Practical
Caravan, Practical Motorhome, The Guardian, The Times, Le Monde, De Volkskrant, Süddeutsche Zeitung, Público, The
Sydney Morning Herald), market research with and without years (Mintel, Statista, Kantar, YouGov, GfK, Euromonitor
International, the UK Caravan and Camping Alliance) and undated pages; Dutch names with "van", "van den" and "de"
("van Dijk", "van den Berg", "de Vries"), French names with "de", "du" and "Le" ("de Grandpré", "du Cluzel", "Le
Gall"), German names with "von" and umlauts ("von Lüttwitz", "Schröder", "Weiß"), Portuguese names with "da" and
"dos" ("da Silva", "dos Santos", "Gonçalves"), Australian and British names, with fifty kinds of decoy. Never tune
on it: report its tables only.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tests.corpus.references.documents import HALVES, corpus
from tests.corpus.references.scoring import score, table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--misses",
        choices=list(HALVES),
        help="print every miss of that half",
    )
    parser.add_argument(
        "--halves",
        default="dev,test",
        help="dev, dev-more (more dev-half reports), test, fresh (more test-half reports), "
        "blind (frames written without reading the checker), blind-more (more blind-half reports), "
        "blind2 to blind10 and their -more halves (once held out, now development data), "
        "blind11 to blind15 and their -more halves (held out for their first tables, development data since), "
        "blind16 and blind16-more (the sixteenth pool: HELD OUT, never tune on it), "
        "blind17 and blind17-more (the seventeenth pool: HELD OUT, never tune on it), "
        "blind18 and blind18-more (the eighteenth pool: held out for its first tables, development data since), "
        "blind19 and blind19-more (the nineteenth pool: held out for its first tables, development data since), "
        "blind20 and blind20-more (the twentieth pool: held out for its first tables, development data since), "
        "blind21 to blind35 and their -more halves (held out for their first tables, development data since), "
        "blind36 and blind36-more (the thirty-sixth pool: held out for its first tables, development data since), "
        "blind37 and blind37-more (the thirty-seventh pool: held out for its first tables, development data since), "
        "blind38 and blind38-more (the thirty-eighth pool: held out for its first tables, development data since), "
        "blind39 and blind39-more (the thirty-ninth pool: held out for its first tables, development data since), "
        "blind41 and blind41-more (the forty-first pool: held out for its first tables, development data since), "
        "blind40 and blind40-more (the fortieth pool: held out for its first tables, development data since), "
        "blind42 and blind42-more (the forty-second pool: held out for its first tables, development data since), "
        "blind43 and blind43-more (the forty-third pool: held out for its first tables, development data since), "
        "blind44 and blind44-more (the forty-fourth pool: held out for its first tables, development data since), "
        "blind46 and blind46-more (the forty-sixth pool: held out for its first tables, development data since), "
        "blind47 and blind47-more (the forty-seventh pool: held out for its first tables, development data since), "
        "blind45 and blind45-more (the forty-fifth pool: held out for its first tables, development data since), "
        "blind48 and blind48-more (the forty-eighth pool: held out for its first tables, development data since), "
        "blind49 and blind49-more (the forty-ninth pool: held out for its first tables, development data since), "
        "blind50 and blind50-more (the fiftieth pool: held out for its first tables, development data since), "
        "blind51 and blind51-more (the fifty-first pool: held out for its first tables, development data since), "
        "blind52 and blind52-more (the fifty-second pool: held out for its first tables, development data since), "
        "blind53 and blind53-more (the fifty-third pool: held out for its first tables, development data since), "
        "blind54 and blind54-more (the fifty-fourth pool: held out for its first tables, development data since), "
        "blind55 and blind55-more (the fifty-fifth pool: held out for its first tables, development data since), "
        "blind56 and blind56-more (the fifty-sixth pool: held out for its first tables, development data since), "
        "blind57 and blind57-more (the fifty-seventh pool: held out for its first tables, development data since), "
        "blind58 and blind58-more (the fifty-eighth pool: held out for its first tables, development data since), "
        "blind59 and blind59-more (the fifty-ninth pool: held out for its first tables, development data since), "
        "blind60 and blind60-more (the sixtieth pool: held out for its first tables, development data since), "
        "blind61 and blind61-more (the sixty-first pool: held out for its first tables, development data since), "
        "blind62 and blind62-more (the sixty-second pool: held out for its first tables, development data since), "
        "blind63 and blind63-more (the sixty-third pool: held out for its first tables, development data since), "
        "blind64 and blind64-more (the sixty-fourth pool: held out for its first tables, development data since), "
        "blind65 and blind65-more (the sixty-fifth pool: held out for its first tables, development data since), "
        "blind66 and blind66-more (the sixty-sixth pool: held out for its first tables, development data since), "
        "blind67 and blind67-more (the sixty-seventh pool: held out for its first tables, development data since), "
        "blind68 and blind68-more (the sixty-eighth pool: held out for its first tables, development data since), "
        "blind69 and blind69-more (the sixty-ninth pool: held out for its first tables, development data since), "
        "blind70 and blind70-more (the seventieth pool: held out for its first tables, development data since), "
        "blind71 and blind71-more (the seventy-first pool: held out for its first tables, development data since), "
        "blind72 and blind72-more (the seventy-second pool: held out for its first tables, development data since), "
        "blind73 and blind73-more (the seventy-third pool: held out for its first tables, development data since), "
        "blind74 and blind74-more (the seventy-fourth pool: held out for its first tables, development data since), "
        "blind75 and blind75-more (the seventy-fifth pool: held out for its first tables, development data since), "
        "blind76 and blind76-more (the seventy-sixth pool: held out for its first tables, development data since), "
        "blind77 and blind77-more (the seventy-seventh pool: held out for its first tables, development data since), "
        "blind78 and blind78-more (the seventy-eighth pool: held out for its first tables, development data since), "
        "blind79 and blind79-more (the seventy-ninth pool: held out for its first tables, development data since), "
        "blind80 and blind80-more (the eightieth pool: held out for its first tables, development data since), "
        "blind81 and blind81-more (the eighty-first pool: held out for its first tables, development data since), "
        "blind82 and blind82-more (the eighty-second pool: held out for its first tables, development data since), "
        "blind83 and blind83-more (the eighty-third pool: held out for its first tables, development data since), "
        "blind84 and blind84-more (the eighty-fourth pool: held out for its first tables, development data since), "
        "blind85 and blind85-more (the eighty-fifth pool: held out for its first tables, development data since), "
        "blind86 and blind86-more (the eighty-sixth pool: held out for its first tables, development data since), "
        "blind87 and blind87-more (the eighty-seventh pool: held out for its first tables, development data since), "
        "blind88 and blind88-more (the eighty-eighth pool: held out for its first tables, development data since), "
        "blind89 and blind89-more (the eighty-ninth pool: held out for its first tables, development data since), "
        "blind90 and blind90-more (the ninetieth pool: held out for its first tables, development data since), "
        "blind91 and blind91-more (the ninety-first pool: held out for its first tables, development data since), "
        "blind92 and blind92-more (the ninety-second pool: held out for its first tables, development data since), "
        "blind93 and blind93-more (the ninety-third pool: held out for its first tables, development data since), "
        "blind94 and blind94-more (the ninety-fourth pool: held out for its first tables, development data since), "
        "blind95 and blind95-more (the ninety-fifth pool: held out for its first tables, development data since), "
        "blind96 and blind96-more (the ninety-sixth pool: held out for its first tables, development data since), "
        "blind97 and blind97-more (the ninety-seventh pool: held out for its first tables, development data since), "
        "blind98 and blind98-more (the ninety-eighth pool: held out for its first tables, development data since), "
        "blind100 and blind100-more (the hundredth pool: held out for its first tables, development data since), "
        "blind101 and blind101-more (the hundred-and-first pool: held out for its first tables, development data "
        "since), "
        "blind99 and blind99-more (the ninety-ninth pool: held out for its first tables, development data since), "
        "blind102 and blind102-more (the hundred-and-second pool: held out for its first tables, development data "
        "since), "
        "blind103 and blind103-more (the hundred-and-third pool: held out for its first tables, development data "
        "since), "
        "blind104 and blind104-more (the hundred-and-fourth pool: held out for its first tables, development data "
        "since), "
        "blind105 and blind105-more (the hundred-and-fifth pool: held out for its first tables, development data "
        "since), "
        "blind106 and blind106-more (the hundred-and-sixth pool: held out for its first tables, development data "
        "since), "
        "blind107 and blind107-more (the hundred-and-seventh pool: held out for its first tables, development data "
        "since), "
        "blind108 and blind108-more (the hundred-and-eighth pool: held out for its first tables, development data "
        "since), "
        "blind109 and blind109-more (the hundred-and-ninth pool: held out for its first tables, development data "
        "since), "
        "blind110 and blind110-more (the hundred-and-tenth pool: held out for its first tables, development data "
        "since), "
        "blind111 and blind111-more (the hundred-and-eleventh pool: held out for its first tables, development data "
        "since), "
        "blind112 and blind112-more (the hundred-and-twelfth pool: held out for its first tables, development data "
        "since), "
        "blind113 and blind113-more (the hundred-and-thirteenth pool: held out for its first tables, development data "
        "since), "
        "blind114 and blind114-more (the hundred-and-fourteenth pool: held out for its first tables, development data "
        "since), "
        "blind115 and blind115-more (the hundred-and-fifteenth pool: held out for its first tables, development data "
        "since), "
        "blind116 and blind116-more (the hundred-and-sixteenth pool: held out for its first tables, development data "
        "since), "
        "blind117 and blind117-more (the hundred-and-seventeenth pool: held out for its first tables, development data "
        "since), "
        "blind118 and blind118-more (the hundred-and-eighteenth pool: held out for its first tables, development data "
        "since), "
        "blind119 and blind119-more (the hundred-and-nineteenth pool: held out for its first tables, development data "
        "since), "
        "blind120 and blind120-more (the hundred-and-twentieth pool: held out for its first tables, development data "
        "since), "
        "blind121 and blind121-more (the hundred-and-twenty-first pool: held out for its first tables, "
        "development data since), "
        "blind122 and blind122-more (the hundred-and-twenty-second pool: held out for its first tables, "
        "development data since), "
        "blind123 and blind123-more (the hundred-and-twenty-third pool: held out for its first tables, "
        "development data since), "
        "blind124 and blind124-more (the hundred-and-twenty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind125 and blind125-more (the hundred-and-twenty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind126 and blind126-more (the hundred-and-twenty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind127 and blind127-more (the hundred-and-twenty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind128 and blind128-more (the hundred-and-twenty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind129 and blind129-more (the hundred-and-twenty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind130 and blind130-more (the hundred-and-thirtieth pool: held out for its first tables, "
        "development data since), "
        "blind131 and blind131-more (the hundred-and-thirty-first pool: held out for its first tables, "
        "development data since), "
        "blind133 and blind133-more (the hundred-and-thirty-third pool: held out for its first tables, "
        "development data since), "
        "blind134 and blind134-more (the hundred-and-thirty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind132 and blind132-more (the hundred-and-thirty-second pool: held out for its first tables, "
        "development data since), "
        "blind135 and blind135-more (the hundred-and-thirty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind136 and blind136-more (the hundred-and-thirty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind137 and blind137-more (the hundred-and-thirty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind138 and blind138-more (the hundred-and-thirty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind139 and blind139-more (the hundred-and-thirty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind140 and blind140-more (the hundred-and-fortieth pool: held out for its first tables, "
        "development data since), "
        "blind141 and blind141-more (the hundred-and-forty-first pool: held out for its first tables, development data "
        "since), "
        "blind142 and blind142-more (the hundred-and-forty-second pool: held out for its first tables, "
        "development data since), "
        "blind143 and blind143-more (the hundred-and-forty-third pool: held out for its first tables, development data "
        "since), "
        "blind144 and blind144-more (the hundred-and-forty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind145 and blind145-more (the hundred-and-forty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind146 and blind146-more (the hundred-and-forty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind147 and blind147-more (the hundred-and-forty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind148 and blind148-more (the hundred-and-forty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind149 and blind149-more (the hundred-and-forty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind150 and blind150-more (the hundred-and-fiftieth pool: held out for its first tables, development data "
        "since), "
        "blind151 and blind151-more (the hundred-and-fifty-first pool: held out for its first tables, development data "
        "since), "
        "blind152 and blind152-more (the hundred-and-fifty-second pool: held out for its first tables, "
        "development data since), "
        "blind153 and blind153-more (the hundred-and-fifty-third pool: held out for its first tables, development data "
        "since), "
        "blind154 and blind154-more (the hundred-and-fifty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind155 and blind155-more (the hundred-and-fifty-fifth pool: held out for its first tables, development data "
        "since), "
        "blind156 and blind156-more (the hundred-and-fifty-sixth pool: held out for its first tables, development data "
        "since), "
        "blind157 and blind157-more (the hundred-and-fifty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind158 and blind158-more (the hundred-and-fifty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind159 and blind159-more (the hundred-and-fifty-ninth pool: held out for its first tables, development data "
        "since), "
        "blind160 and blind160-more (the hundred-and-sixtieth pool: held out for its first tables, development data "
        "since), "
        "blind161 and blind161-more (the hundred-and-sixty-first pool: held out for its first tables, development data "
        "since), "
        "blind162 and blind162-more (the hundred-and-sixty-second pool: held out for its first tables, "
        "development data since), "
        "blind163 and blind163-more (the hundred-and-sixty-third pool: held out for its first tables, development data "
        "since), "
        "blind164 and blind164-more (the hundred-and-sixty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind165 and blind165-more (the hundred-and-sixty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind166 and blind166-more (the hundred-and-sixty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind167 and blind167-more (the hundred-and-sixty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind168 and blind168-more (the hundred-and-sixty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind169 and blind169-more (the hundred-and-sixty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind170 and blind170-more (the hundred-and-seventieth pool: held out for its first tables, "
        "development data since), "
        "blind171 and blind171-more (the hundred-and-seventy-first pool: held out for its first tables, "
        "development data since), "
        "blind172 and blind172-more (the hundred-and-seventy-second pool: held out for its first tables, "
        "development data since), "
        "blind173 and blind173-more (the hundred-and-seventy-third pool: held out for its first tables, "
        "development data since), "
        "blind174 and blind174-more (the hundred-and-seventy-fourth pool: held out for its first tables, "
        "development data since), "
        "blind175 and blind175-more (the hundred-and-seventy-fifth pool: held out for its first tables, "
        "development data since), "
        "blind176 and blind176-more (the hundred-and-seventy-sixth pool: held out for its first tables, "
        "development data since), "
        "blind177 and blind177-more (the hundred-and-seventy-seventh pool: held out for its first tables, "
        "development data since), "
        "blind178 and blind178-more (the hundred-and-seventy-eighth pool: held out for its first tables, "
        "development data since), "
        "blind179 and blind179-more (the hundred-and-seventy-ninth pool: held out for its first tables, "
        "development data since), "
        "blind180 and blind180-more (the hundred-and-eightieth pool: held out for its first tables, "
        "development data since), "
        "blind181 and blind181-more (the hundred-and-eighty-first pool: held out for its first tables, "
        "development data since), "
        "blind182 and blind182-more (the hundred-and-eighty-second pool: held out for its first tables, "
        "development data since), "
        "blind183 and blind183-more (the hundred-and-eighty-third pool: held out for its first tables, "
        "development data since), "
        "blind184 and blind184-more (the hundred-and-eighty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind185 and blind185-more (the hundred-and-eighty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind186 and blind186-more (the hundred-and-eighty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind187 and blind187-more (the hundred-and-eighty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind188 and blind188-more (the hundred-and-eighty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind189 and blind189-more (the hundred-and-eighty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind190 and blind190-more (the hundred-and-ninetieth pool: held out for its first tables, "
        "development data since), "
        "blind191 and blind191-more (the hundred-and-ninety-first pool: held out for its first tables, "
        "development data since), "
        "blind192 and blind192-more (the hundred-and-ninety-second pool: held out for its first tables, "
        "development data since), "
        "blind193 and blind193-more (the hundred-and-ninety-third pool: held out for its first tables, "
        "development data since), "
        "blind194 and blind194-more (the hundred-and-ninety-fourth pool: held out for its first tables, "
        "development data since), "
        "blind195 and blind195-more (the hundred-and-ninety-fifth pool: held out for its first tables, "
        "development data since), "
        "blind196 and blind196-more (the hundred-and-ninety-sixth pool: held out for its first tables, "
        "development data since), "
        "blind197 and blind197-more (the hundred-and-ninety-seventh pool: held out for its first tables, "
        "development data since), "
        "blind198 and blind198-more (the hundred-and-ninety-eighth pool: held out for its first tables, "
        "development data since), "
        "blind199 and blind199-more (the hundred-and-ninety-ninth pool: held out for its first tables, "
        "development data since), "
        "blind200 and blind200-more (the two-hundredth pool: held out for its first tables, "
        "development data since), "
        "blind201 and blind201-more (the two-hundred-and-first pool: held out for its first tables, "
        "development data since), "
        "blind202 and blind202-more (the two-hundred-and-second pool: held out for its first tables, "
        "development data since), "
        "blind203 and blind203-more (the two-hundred-and-third pool: held out for its first tables, "
        "development data since), "
        "blind204 and blind204-more (the two-hundred-and-fourth pool: held out for its first tables, "
        "development data since), "
        "blind205 and blind205-more (the two-hundred-and-fifth pool: held out for its first tables, "
        "development data since), "
        "blind206 and blind206-more (the two-hundred-and-sixth pool: held out for its first tables, "
        "development data since), "
        "blind207 and blind207-more (the two-hundred-and-seventh pool: held out for its first tables, "
        "development data since), "
        "blind208 and blind208-more (the two-hundred-and-eighth pool: held out for its first tables, "
        "development data since), "
        "blind209 and blind209-more (the two-hundred-and-ninth pool: held out for its first tables, "
        "development data since), "
        "blind210 and blind210-more (the two-hundred-and-tenth pool: held out for its first tables, "
        "development data since), "
        "blind211 and blind211-more (the two-hundred-and-eleventh pool: held out for its first tables, "
        "development data since), "
        "blind212 and blind212-more (the two-hundred-and-twelfth pool: held out for its first tables, "
        "development data since), "
        "blind213 and blind213-more (the two-hundred-and-thirteenth pool: held out for its first tables, "
        "development data since), "
        "blind214 and blind214-more (the two-hundred-and-fourteenth pool: held out for its first tables, "
        "development data since), "
        "blind215 and blind215-more (the two-hundred-and-fifteenth pool: held out for its first tables, "
        "development data since), "
        "blind216 and blind216-more (the two-hundred-and-sixteenth pool: held out for its first tables, "
        "development data since), "
        "blind217 and blind217-more (the two-hundred-and-seventeenth pool: held out for its first tables, "
        "development data since), "
        "blind218 and blind218-more (the two-hundred-and-eighteenth pool: held out for its first tables, "
        "development data since), "
        "blind219 and blind219-more (the two-hundred-and-nineteenth pool: held out for its first tables, "
        "development data since), "
        "blind220 and blind220-more (the two-hundred-and-twentieth pool: held out for its first tables, "
        "development data since), "
        "blind221 and blind221-more (the two-hundred-and-twenty-first pool: held out for its first tables, "
        "development data since), "
        "blind222 and blind222-more (the two-hundred-and-twenty-second pool: held out for its first tables, "
        "development data since), "
        "blind223 and blind223-more (the two-hundred-and-twenty-third pool: held out for its first tables, "
        "development data since), "
        "blind224 and blind224-more (the two-hundred-and-twenty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind225 and blind225-more (the two-hundred-and-twenty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind226 and blind226-more (the two-hundred-and-twenty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind227 and blind227-more (the two-hundred-and-twenty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind228 and blind228-more (the two-hundred-and-twenty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind229 and blind229-more (the two-hundred-and-twenty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind230 and blind230-more (the two-hundred-and-thirtieth pool: held out for its first tables, "
        "development data since), "
        "blind231 and blind231-more (the two-hundred-and-thirty-first pool: held out for its first tables, "
        "development data since), "
        "blind232 and blind232-more (the two-hundred-and-thirty-second pool: held out for its first tables, "
        "development data since), "
        "blind233 and blind233-more (the two-hundred-and-thirty-third pool: held out for its first tables, "
        "development data since), "
        "blind234 and blind234-more (the two-hundred-and-thirty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind235 and blind235-more (the two-hundred-and-thirty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind236 and blind236-more (the two-hundred-and-thirty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind237 and blind237-more (the two-hundred-and-thirty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind238 and blind238-more (the two-hundred-and-thirty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind239 and blind239-more (the two-hundred-and-thirty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind240 and blind240-more (the two-hundred-and-fortieth pool: held out for its first tables, "
        "development data since), "
        "blind241 and blind241-more (the two-hundred-and-forty-first pool: held out for its first tables, "
        "development data since), "
        "blind242 and blind242-more (the two-hundred-and-forty-second pool: held out for its first tables, "
        "development data since), "
        "blind243 and blind243-more (the two-hundred-and-forty-third pool: held out for its first tables, "
        "development data since), "
        "blind244 and blind244-more (the two-hundred-and-forty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind245 and blind245-more (the two-hundred-and-forty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind246 and blind246-more (the two-hundred-and-forty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind247 and blind247-more (the two-hundred-and-forty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind248 and blind248-more (the two-hundred-and-forty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind249 and blind249-more (the two-hundred-and-forty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind250 and blind250-more (the two-hundred-and-fiftieth pool: held out for its first tables, "
        "development data since), "
        "blind251 and blind251-more (the two-hundred-and-fifty-first pool: held out for its first tables, "
        "development data since), "
        "blind252 and blind252-more (the two-hundred-and-fifty-second pool: held out for its first tables, "
        "development data since), "
        "blind253 and blind253-more (the two-hundred-and-fifty-third pool: held out for its first tables, "
        "development data since), "
        "blind254 and blind254-more (the two-hundred-and-fifty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind255 and blind255-more (the two-hundred-and-fifty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind256 and blind256-more (the two-hundred-and-fifty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind257 and blind257-more (the two-hundred-and-fifty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind258 and blind258-more (the two-hundred-and-fifty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind259 and blind259-more (the two-hundred-and-fifty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind260 and blind260-more (the two-hundred-and-sixtieth pool: held out for its first tables, "
        "development data since), "
        "blind261 and blind261-more (the two-hundred-and-sixty-first pool: held out for its first tables, "
        "development data since), "
        "blind262 and blind262-more (the two-hundred-and-sixty-second pool: held out for its first tables, "
        "development data since), "
        "blind263 and blind263-more (the two-hundred-and-sixty-third pool: held out for its first tables, "
        "development data since), "
        "blind264 and blind264-more (the two-hundred-and-sixty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind265 and blind265-more (the two-hundred-and-sixty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind266 and blind266-more (the two-hundred-and-sixty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind267 and blind267-more (the two-hundred-and-sixty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind268 and blind268-more (the two-hundred-and-sixty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind269 and blind269-more (the two-hundred-and-sixty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind270 and blind270-more (the two-hundred-and-seventieth pool: held out for its first tables, "
        "development data since), "
        "blind271 and blind271-more (the two-hundred-and-seventy-first pool: held out for its first tables, "
        "development data since), "
        "blind272 and blind272-more (the two-hundred-and-seventy-second pool: held out for its first tables, "
        "development data since), "
        "blind273 and blind273-more (the two-hundred-and-seventy-third pool: held out for its first tables, "
        "development data since), "
        "blind274 and blind274-more (the two-hundred-and-seventy-fourth pool: held out for its first tables, "
        "development data since), "
        "blind275 and blind275-more (the two-hundred-and-seventy-fifth pool: held out for its first tables, "
        "development data since), "
        "blind276 and blind276-more (the two-hundred-and-seventy-sixth pool: held out for its first tables, "
        "development data since), "
        "blind277 and blind277-more (the two-hundred-and-seventy-seventh pool: held out for its first tables, "
        "development data since), "
        "blind278 and blind278-more (the two-hundred-and-seventy-eighth pool: held out for its first tables, "
        "development data since), "
        "blind279 and blind279-more (the two-hundred-and-seventy-ninth pool: held out for its first tables, "
        "development data since), "
        "blind280 and blind280-more (the two-hundred-and-eightieth pool: held out for its first tables, "
        "development data since), "
        "blind281 and blind281-more (the two-hundred-and-eighty-first pool: held out for its first tables, "
        "development data since), "
        "blind282 and blind282-more (the two-hundred-and-eighty-second pool: held out for its first tables, "
        "development data since), "
        "blind283 and blind283-more (the two-hundred-and-eighty-third pool: held out for its first tables, "
        "development data since), "
        "blind284 and blind284-more (the two-hundred-and-eighty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind285 and blind285-more (the two-hundred-and-eighty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind286 and blind286-more (the two-hundred-and-eighty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind287 and blind287-more (the two-hundred-and-eighty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind288 and blind288-more (the two-hundred-and-eighty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind289 and blind289-more (the two-hundred-and-eighty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind290 and blind290-more (the two-hundred-and-ninetieth pool: held out for its first tables, "
        "development data since), "
        "blind291 and blind291-more (the two-hundred-and-ninety-first pool: held out for its first tables, "
        "development data since), "
        "blind292 and blind292-more (the two-hundred-and-ninety-second pool: held out for its first tables, "
        "development data since), "
        "blind293 and blind293-more (the two-hundred-and-ninety-third pool: held out for its first tables, "
        "development data since), "
        "blind294 and blind294-more (the two-hundred-and-ninety-fourth pool: held out for its first tables, "
        "development data since), "
        "blind295 and blind295-more (the two-hundred-and-ninety-fifth pool: held out for its first tables, "
        "development data since), "
        "blind296 and blind296-more (the two-hundred-and-ninety-sixth pool: held out for its first tables, "
        "development data since), "
        "blind297 and blind297-more (the two-hundred-and-ninety-seventh pool: held out for its first tables, "
        "development data since), "
        "blind298 and blind298-more (the two-hundred-and-ninety-eighth pool: held out for its first tables, "
        "development data since), "
        "blind299 and blind299-more (the two-hundred-and-ninety-ninth pool: held out for its first tables, "
        "development data since), "
        "blind300 and blind300-more (the three-hundredth pool: held out for its first tables, "
        "development data since), "
        "blind301 and blind301-more (the three-hundred-and-first pool: held out for its first tables, "
        "development data since), "
        "blind302 and blind302-more (the three-hundred-and-second pool: held out for its first tables, "
        "development data since), "
        "blind303 and blind303-more (the three-hundred-and-third pool: held out for its first tables, "
        "development data since), "
        "blind304 and blind304-more (the three-hundred-and-fourth pool: held out for its first tables, "
        "development data since), "
        "blind305 and blind305-more (the three-hundred-and-fifth pool: held out for its first tables, "
        "development data since), "
        "blind306 and blind306-more (the three-hundred-and-sixth pool: held out for its first tables, "
        "development data since), "
        "blind307 and blind307-more (the three-hundred-and-seventh pool: held out for its first tables, "
        "development data since), "
        "blind308 and blind308-more (the three-hundred-and-eighth pool: held out for its first tables, "
        "development data since), "
        "blind309 and blind309-more (the three-hundred-and-ninth pool: held out for its first tables, "
        "development data since), "
        "blind310 and blind310-more (the three-hundred-and-tenth pool: held out for its first tables, "
        "development data since), "
        "blind311 and blind311-more (the three-hundred-and-eleventh pool: held out for its first tables, "
        "development data since), "
        "blind312 and blind312-more (the three-hundred-and-twelfth pool: held out for its first tables, "
        "development data since), "
        "blind313 and blind313-more (the three-hundred-and-thirteenth pool: held out for its first tables, "
        "development data since), "
        "blind314 and blind314-more (the three-hundred-and-fourteenth pool: held out for its first tables, "
        "development data since), "
        "blind315 and blind315-more (the three-hundred-and-fifteenth pool: held out for its first tables, "
        "development data since), "
        "blind316 and blind316-more (the three-hundred-and-sixteenth pool: held out for its first tables, "
        "development data since), "
        "blind317 and blind317-more (the three-hundred-and-seventeenth pool: held out for its first tables, "
        "development data since), "
        "blind318 and blind318-more (the three-hundred-and-eighteenth pool: held out for its first tables, "
        "development data since), "
        "blind319 and blind319-more (the three-hundred-and-nineteenth pool: held out for its first tables, "
        "development data since), "
        "blind320 and blind320-more (the three-hundred-and-twentieth pool: held out for its first tables, "
        "development data since), "
        "blind321 and blind321-more (the three-hundred-and-twenty-first pool: held out for its first tables, "
        "development data since), "
        "blind322 and blind322-more (the three-hundred-and-twenty-second pool: held out for its first tables, "
        "development data since), "
        "blind323 and blind323-more (the three-hundred-and-twenty-third pool: held out for its first tables, "
        "development data since), "
        "blind324 and blind324-more (the three-hundred-and-twenty-fourth pool: held out for its first tables, "
        "development data since), "
        "blind325 and blind325-more (the three-hundred-and-twenty-fifth pool: held out for its first tables, "
        "development data since), "
        "blind326 and blind326-more (the three-hundred-and-twenty-sixth pool: held out for its first tables, "
        "development data since), "
        "blind327 and blind327-more (the three-hundred-and-twenty-seventh pool: held out for its first tables, "
        "development data since), "
        "blind328 and blind328-more (the three-hundred-and-twenty-eighth pool: held out for its first tables, "
        "development data since), "
        "blind329 and blind329-more (the three-hundred-and-twenty-ninth pool: held out for its first tables, "
        "development data since), "
        "blind330 and blind330-more (the three-hundred-and-thirtieth pool: held out for its first tables, "
        "development data since), "
        "blind331 and blind331-more (the three-hundred-and-thirty-first pool: held out for its first tables, "
        "development data since), "
        "blind332 and blind332-more (the three-hundred-and-thirty-second pool: held out for its first tables, "
        "development data since), "
        "blind333 and blind333-more (the three-hundred-and-thirty-third pool: HELD OUT, never tune on it), "
        "blind334 and blind334-more (the three-hundred-and-thirty-fourth pool: HELD OUT, never tune on it), "
        "blind335 and blind335-more (the three-hundred-and-thirty-fifth pool: HELD OUT, never tune on it)",
    )
    args = parser.parse_args()
    for half in args.halves.split(","):
        started = time.perf_counter()
        docs = corpus(half)
        built = time.perf_counter() - started
        scores = score(docs)
        print(table(scores, f"\n== {half} half: {len(docs)} reports, built in {built:.1f} s"))
        if args.misses == half:
            print("\n".join(scores.misses))
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
