"""Works for the "blind135" pool (HELD OUT): what marketers in Indonesia and its diaspora cite.

Written without reading the checker, its tests or any other pool. Authors are Indonesian as their papers and
reference managers write them: single names with no family name ("Sukarno", "Wahyuni"), Javanese and Sundanese
names, Batak, Minangkabau and Minahasan clan names (Siregar, Nasution, Chaniago, Sondakh), Balinese birth-order
names (I Wayan, Ni Made, I Nyoman, I Ketut), Chinese-Indonesian and Arabic-derived names, degrees written after the
name (S.E., M.M., M.B.A.), and the Dutch, Australian, Singaporean and Malaysian academics who write about Indonesia.
Organisations are firms as "PT ... Tbk" and "(Persero)", regulators (OJK, Bank Indonesia, Kominfo, BPS), trade bodies
and research firms; laws and regulations are cited under "Republik Indonesia" or their regulator, numbered as
"Undang-Undang Nomor 27 Tahun 2022"; Indonesian titles carry an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given); a family of its own with no given name is a single name ("Sukarno").
_SINGLE = ["Sukarno", "Wahyuni", "Suharti", "Mulyono", "Sutrisno", "Sumarni", "Tukiman", "Suparmi", "Supriyadi",
           "Hartono", "Sriyanto", "Darmadi", "Parjiyem", "Suwarno", "Murniati", "Slamet", "Kasmirah", "Sugiyono"]  # fmt: skip
_JAVANESE = [("Santoso", "Budi"), ("Wibowo", "Agus"), ("Pratama", "Rizky Adi"), ("Setiawan", "Hendra"),
             ("Kusumawardhani", "Dyah Ayu"), ("Nugroho", "Bambang Eko"), ("Purnamasari", "Endah"), ("Rahayu", "Sri"),
             ("Handayani", "Tri Wulan"), ("Prasetyo", "Yudi"), ("Wulandari", "Retno"), ("Hadiwijoyo", "Raden Bagus"),
             ("Susanti", "Ika"), ("Saputra", "Dimas Aditya"), ("Kurniasih", "Nining"), ("Wicaksono", "Galih"),
             ("Puspitasari", "Anggraini"), ("Hermawan", "Arief"), ("Lestari", "Dewi"), ("Soetomo", "Harjono")]  # fmt: skip
_SUNDANESE = [("Sumantri", "Asep"), ("Permana", "Dadang"), ("Nurhasanah", "Euis"), ("Hidayat", "Ujang"),
              ("Suryadi", "Cecep"), ("Kartika", "Neng Ratna"), ("Sukmawati", "Imas"), ("Ramdhani", "Deden")]  # fmt: skip
_CLAN = [("Siregar", "Rudi Hartono"), ("Nasution", "Fadli"), ("Simanjuntak", "Maria Theresia"), ("Hutapea", "Jonathan"),
         ("Situmorang", "Lamhot"), ("Panjaitan", "Yosephine"), ("Lubis", "Mochtar"), ("Harahap", "Arifin"),
         ("Sinaga", "Debora"), ("Tampubolon", "Ferdinand"), ("Hutagalung", "Ester"), ("Pardede", "Tigor"),
         ("Sondakh", "Meiske"), ("Lumempouw", "Ricky"), ("Rumondor", "Stevie"), ("Tumbelaka", "Vanda"),
         ("Pangemanan", "Jeffry"), ("Mandagi", "Olivia"), ("Chaniago", "Rizal"), ("Koto", "Yulia"),
         ("Piliang", "Yasraf"), ("Tanjung", "Nurhayati"), ("Ginting", "Ribka"), ("Tarigan", "Benny")]  # fmt: skip
_BALINESE = [("Suartana", "I Wayan"), ("Sukerti", "Ni Made"), ("Wirawan", "I Nyoman"), ("Sudiarta", "I Ketut"),
             ("Ariani", "Ni Luh Putu"), ("Dharmawan", "I Gusti Ngurah"), ("Astiti", "Ni Kadek"), ("Pramana", "I Putu Gede"),
             ("Widiastuti", "Ni Komang"), ("Mahendra", "I Made Yoga"), ("Sanjaya", "Anak Agung Gede"),
             ("Suryani", "Ni Wayan")]  # fmt: skip
_CHINESE = [("Tanoto", "Anderson"), ("Wijaya", "Stefanus"), ("Halim", "Jessica"), ("Gunawan", "Felicia"),
            ("Salim", "Anthony"), ("Lie", "Kim Hwa"), ("Tjiptadinata", "Lily"), ("Kurniawan", "Yohanes"),
            ("Tan", "Siok Lan"), ("Liem", "Swie King"), ("Sugianto", "Vincent"), ("Oey", "Hong Djien"),
            ("Tjahjadi", "Robert"), ("Hartanto", "Michelle"), ("Tanuwidjaja", "Elvira"), ("Gozali", "Kevin")]  # fmt: skip
_ARABIC = [("Hidayatullah", "Muhammad Arif"), ("Al-Habsyi", "Fatimah"), ("Assegaf", "Hasan"), ("Baswedan", "Anisa"),
           ("Abdurrahman", "Ahmad"), ("Fauzi", "Ahmad"), ("Syahputra", "Muhammad Iqbal"), ("Rahmawati", "Siti Nur"),
           ("Alatas", "Syarifah"), ("Ma'ruf", "Abdullah"), ("Nurhaliza", "Siti"), ("Bin Sjech", "Umar"),
           ("Shihab", "Najwa Aulia"), ("Al-Amin", "Zainal")]  # fmt: skip
_DEGREES = ["S.E., M.M.", "S.E., M.Si.", "M.B.A.", "S.Kom., M.T.", "M.M.", "S.E., Ak.", "S.Sos., M.I.Kom."]
# The academics abroad who write on Indonesia, and diaspora names in Singapore, Malaysia, the Netherlands, Australia.
_ABROAD = [("Bakker", "Sanne", None), ("Meer", "Joost", "van der"), ("Jong", "Pieter", "de"), ("Visser", "Thomas", None),
           ("Rüland", "Katrin", None), ("Schütte", "Heinz", None), ("Sørensen", "Mette", None), ("Lefèvre", "Hélène", None),
           ("McKenzie", "Lachlan", None), ("O'Brien", "Fiona", None), ("Lim", "Wei Ling", None), ("Ng", "Kok Wai", None),
           ("Rahman", "Siti Hajar", None), ("Abdullah", "Nurul Aini", None), ("Teo", "Jia Hui", None),
           ("Dijk", "Kees", "van"), ("Klinken", "Geert", "van"), ("Hill", "Rosalind", None), ("Tapsell", "Rowan", None),
           ("Kusno", "Abidin", None), ("Ho", "Elaine Lynn-Ee", None), ("Bräuchler", "Birgit", None)]  # fmt: skip

_COMPANIES = [("PT Bank Central Asia Tbk", {"company"}), ("Bank Central Asia (BCA)", {"company", "abbreviation"}),
              ("PT Bank Mandiri (Persero) Tbk", {"company", "persero"}), ("PT Bank Rakyat Indonesia (Persero) Tbk", {"company", "persero"}),
              ("PT GoTo Gojek Tokopedia Tbk", {"company"}), ("Gojek", {"company"}), ("Grab Indonesia", {"company"}),
              ("Shopee Indonesia", {"company"}), ("Traveloka", {"company"}), ("Bukalapak", {"company"}),
              ("Telkomsel", {"company"}), ("PT Telkom Indonesia (Persero) Tbk", {"company", "persero"}),
              ("Indosat Ooredoo Hutchison", {"company"}), ("PT XL Axiata Tbk", {"company"}),
              ("PT Indofood Sukses Makmur Tbk", {"company"}), ("Wings Group", {"company"}), ("PT Mayora Indah Tbk", {"company"}),
              ("PT Unilever Indonesia Tbk", {"company"}), ("Kapal Api Global", {"company"}),
              ("PT Industri Jamu dan Farmasi Sido Muncul Tbk", {"company"}), ("PT Sumber Alfaria Trijaya Tbk", {"company"}),
              ("Indomaret", {"company"}), ("PT Garuda Indonesia (Persero) Tbk", {"company", "persero"}),
              ("Lion Air Group", {"company"}), ("Citilink", {"company"}), ("DANA Indonesia", {"company"}), ("OVO", {"company", "acronym"}),
              ("GoPay", {"company"}), ("CV Kopi Nusantara Jaya", {"company"}), ("Kompas Gramedia", {"company"}),
              ("Dentsu Indonesia", {"company"}), ("Ogilvy Jakarta", {"company"})]  # fmt: skip
_GOVERNMENT = [("Otoritas Jasa Keuangan (OJK)", {"government", "abbreviation"}), ("Otoritas Jasa Keuangan", {"government"}),
               ("Bank Indonesia", {"government"}), ("Badan Pusat Statistik (BPS)", {"government", "abbreviation"}),
               ("BPS-Statistics Indonesia", {"government", "hyphen"}), ("Badan Pusat Statistik", {"government"}),
               ("Kementerian Komunikasi dan Informatika (Kominfo)", {"government", "abbreviation"}),
               ("Kementerian Perdagangan Republik Indonesia", {"government"}),
               ("Kementerian Pariwisata dan Ekonomi Kreatif/Badan Pariwisata dan Ekonomi Kreatif", {"government", "slash"}),
               ("Badan Pengawas Obat dan Makanan (BPOM)", {"government", "abbreviation"}),
               ("Komisi Pengawas Persaingan Usaha (KPPU)", {"government", "abbreviation"}),
               ("Badan Penyelenggara Jaminan Produk Halal (BPJPH)", {"government", "abbreviation"}),
               ("Ministry of Trade of the Republic of Indonesia", {"government"}), ("Kominfo", {"government", "acronym"})]  # fmt: skip
_TRADE = [("Asosiasi Penyelenggara Jasa Internet Indonesia (APJII)", {"trade-body", "abbreviation"}),
          ("Asosiasi E-Commerce Indonesia (idEA)", {"trade-body", "abbreviation"}), ("Asosiasi Fintech Indonesia (AFTECH)", {"trade-body", "abbreviation"}),
          ("Persatuan Perusahaan Periklanan Indonesia (P3I)", {"trade-body", "abbreviation"}),
          ("Kamar Dagang dan Industri Indonesia (KADIN)", {"trade-body", "abbreviation"}),
          ("Asosiasi Pengusaha Ritel Indonesia (Aprindo)", {"trade-body", "abbreviation"}),
          ("Majelis Ulama Indonesia (MUI)", {"trade-body", "abbreviation"}), ("APJII", {"trade-body", "acronym"})]  # fmt: skip
_RESEARCH = ["Nielsen Indonesia", "Kantar Indonesia", "Ipsos Indonesia", "Statista", "Euromonitor International",
             "Google, Temasek and Bain & Company", "DataReportal", "Jakpat", "Populix", "Katadata Insight Center",
             "Momentum Works", "Inventure", "YouGov Singapore", "Mintel"]  # fmt: skip
_PRESS = ["Kompas", "Kompas.com", "Tempo", "The Jakarta Post", "Jakarta Globe", "Bisnis Indonesia", "Kontan",
          "CNBC Indonesia", "Detik.com", "Katadata", "Tech in Asia", "DealStreetAsia", "SWA", "Marketeers",
          "Mix.co.id", "The Straits Times", "Nikkei Asia", "Tirto.id"]  # fmt: skip
_JOURNALS = ["Jurnal Manajemen dan Kewirausahaan", "Jurnal Ekonomi dan Bisnis", "Bulletin of Indonesian Economic Studies",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Islamic Marketing", "Jurnal Manajemen Pemasaran",
             "Indonesian Journal of Business and Entrepreneurship", "Gadjah Mada International Journal of Business",
             "International Journal of Bank Marketing", "Journal of Asian Finance, Economics and Business",
             "Jurnal Aplikasi Manajemen", "Jurnal Komunikasi Indonesia", "Asian Journal of Communication",
             "Journal of Southeast Asian Economies"]  # fmt: skip
_PUBLISHERS = [("Salemba Empat", "Jakarta"), ("Erlangga", "Jakarta"), ("Andi", "Yogyakarta"),
               ("Gramedia Pustaka Utama", "Jakarta"), ("Alfabeta", "Bandung"), ("Rajawali Pers", "Depok"),
               ("Kencana", "Jakarta"), ("Penerbit Mizan", "Bandung"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("ISEAS–Yusof Ishak Institute", "Singapore"), ("Wiley", "Singapore"), ("NUS Press", "Singapore"),
               ("Amsterdam University Press", "Amsterdam"), ("Monash University Publishing", "Clayton")]  # fmt: skip
_UNIVERSITIES = [("Universitas Indonesia", "Depok"), ("Universitas Gadjah Mada", "Yogyakarta"),
                 ("Institut Teknologi Bandung", "Bandung"), ("Universitas Bina Nusantara", "Jakarta"),
                 ("Universitas Airlangga", "Surabaya"), ("Universitas Diponegoro", "Semarang"),
                 ("Universitas Hasanuddin", "Makassar"), ("Universitas Udayana", "Denpasar"),
                 ("Universitas Sumatera Utara", "Medan"), ("Universiteit Leiden", "Leiden"),
                 ("University of Melbourne", "Melbourne"), ("Monash University", "Melbourne")]  # fmt: skip
_GENRES = ["Skripsi", "Tesis (MM)", "Tesis Magister Manajemen", "MBA dissertation", "Disertasi", "PhD thesis",
           "MSc dissertation", "Tugas Akhir"]  # fmt: skip

# Indonesian titles with their English in square brackets: (Indonesian, English) with {X} a brand or place.
_LOCAL_TITLES = [
    ("Pengaruh brand ambassador terhadap keputusan pembelian di {X}", "The effect of brand ambassadors on purchase decisions at {X}"),
    ("Analisis loyalitas pelanggan {X} di {C}", "An analysis of {X} customer loyalty in {C}"),
    ("Strategi pemasaran digital UMKM di {C}", "Digital marketing strategies of MSMEs in {C}"),
    ("Pengaruh electronic word of mouth terhadap minat beli pengguna {X}", "The effect of electronic word of mouth on {X} users' purchase intention"),
    ("Perilaku konsumen Muslim dan label halal", "Muslim consumer behaviour and the halal label"),
    ("Kepuasan nasabah terhadap layanan mobile banking {X}", "Customer satisfaction with {X} mobile banking services"),
    ("Peran media sosial dalam promosi Ramadan {X}", "The role of social media in {X}'s Ramadan promotion"),
    ("Minat penggunaan dompet digital di kalangan Generasi Z", "Intention to use digital wallets among Generation Z"),
    ("Citra merek dan kepercayaan konsumen pada {X}", "Brand image and consumer trust in {X}"),
    ("Pemasaran syariah: teori dan praktik", "Sharia marketing: theory and practice"),
    ("Manajemen pemasaran jasa", "Services marketing management"),
    ("Komunikasi pemasaran terpadu di era digital", "Integrated marketing communication in the digital era"),
    ("Perilaku belanja daring saat Harbolnas", "Online shopping behaviour during Harbolnas"),
]  # fmt: skip
_EN_TITLES = [
    "Super-apps and the Indonesian consumer: {X} in {C}", "Paylater adoption among young urban Indonesians",
    "QRIS and the cashless shift in Indonesian minimarkets", "Halal certification as a marketing signal",
    "Live-streaming commerce on {X}: evidence from {C}", "Brand trust in Indonesian digital banking",
    "Mudik, Lebaran and the seasonal consumer", "Social commerce and the rise of TikTok Shop in Indonesia",
    "Kopi kekinian: the new coffee chains of {C}", "Loyalty programmes in Indonesian telecoms",
    "Ramadan advertising and religious appeal", "The political economy of Indonesia's digital platforms",
    "Local pride and 'Bangga Buatan Indonesia' campaigns", "Micro-influencers and Indonesian Gen Z",
    "Customer experience at {X}: a service-quality study", "The Indonesian middle class and aspirational brands",
    "Digital payments and financial inclusion in Indonesia", "Low-cost carriers and price wars in Indonesian aviation",
    "Retail minimarket expansion in Java", "Personal data protection and marketing consent in Indonesia",
]  # fmt: skip
_TITLE_BRANDS = ["Shopee", "Tokopedia", "Gojek", "GoPay", "OVO", "DANA", "BCA", "Bank Mandiri", "BRI", "Telkomsel",
                 "Traveloka", "Indomaret", "Alfamart", "Indomie", "Kapal Api", "Tolak Angin", "Garuda Indonesia",
                 "Lion Air", "Citilink", "Bukalapak", "XL Axiata", "Mayora"]  # fmt: skip
_CITIES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Yogyakarta", "Semarang", "Makassar", "Denpasar",
           "Balikpapan", "Jabodetabek", "Bali", "Central Java"]  # fmt: skip
_MARKETS = ["digital payments", "e-commerce", "instant noodles", "ready-to-drink coffee", "herbal medicine (jamu)",
            "mobile data", "convenience stores", "low-cost air travel", "halal cosmetics", "online travel",
            "buy now pay later", "mobile banking"]  # fmt: skip


# Each regulator's own publications, with the host it publishes them on; {Y} is the year it was issued.
_REGULATOR_TITLES = {
    "Otoritas Jasa Keuangan": [("Survei nasional literasi dan inklusi keuangan {Y} [National financial literacy and inclusion survey {Y}]", "ojk.go.id/id/berita-dan-kegiatan/publikasi"),
                               ("Roadmap pengembangan perbankan Indonesia 2020-2025 [Indonesian banking development roadmap 2020-2025]", "ojk.go.id/id/kanal/perbankan"),
                               ("Siaran pers: OJK perkuat pelindungan konsumen [Press release: OJK strengthens consumer protection]", "ojk.go.id/id/berita-dan-kegiatan/siaran-pers"),
                               ("Statistik fintech lending {Y} [Fintech lending statistics {Y}]", "ojk.go.id/id/kanal/iknb/data-dan-statistik")],
    "Bank Indonesia": [("Laporan perekonomian Indonesia {Y} [Indonesian economic report {Y}]", "bi.go.id/id/publikasi/laporan"),
                       ("Blueprint sistem pembayaran Indonesia 2025 [Indonesia payment system blueprint 2025]", "bi.go.id/id/fungsi-utama/sistem-pembayaran"),
                       ("QRIS: satu QR code untuk semua pembayaran [QRIS: one QR code for every payment]", "bi.go.id/QRIS"),
                       ("Survei konsumen {Y} [Consumer survey {Y}]", "bi.go.id/id/publikasi/survei")],
    "BPS": [("Statistik e-commerce {Y} [E-commerce statistics {Y}]", "bps.go.id/id/publication"),
            ("Statistik Indonesia {Y} [Statistical yearbook of Indonesia {Y}]", "bps.go.id/id/publication"),
            ("Berita resmi statistik: pertumbuhan ekonomi Indonesia triwulan {q} {Y} [Official statistics news: Indonesian economic growth, quarter {q} {Y}]", "bps.go.id/id/pressrelease"),
            ("Hasil survei sosial ekonomi nasional (Susenas) {Y} [Results of the national socio-economic survey {Y}]", "bps.go.id/id/pressrelease"),
            ("Statistik kunjungan wisatawan mancanegara {Y} [Foreign tourist arrival statistics {Y}]", "bps.go.id/id/publication")],
    "Badan Pusat Statistik": [("Statistik e-commerce {Y} [E-commerce statistics {Y}]", "bps.go.id/id/publication"),
                              ("Statistik Indonesia {Y}", "bps.go.id/id/publication")],
    "Kominfo": [("Siaran pers: Kominfo blokir platform tak terdaftar [Press release: Kominfo blocks unregistered platforms]", "kominfo.go.id/content/detail"),
                ("Status literasi digital di Indonesia {Y} [The state of digital literacy in Indonesia {Y}]", "aptika.kominfo.go.id"),
                ("Registration of private electronic system operators (PSE)", "pse.kominfo.go.id")],
    "Kemendag": [("Harbolnas dan belanja daring nasional {Y} [Harbolnas and national online shopping {Y}]", "kemendag.go.id/berita"),
                 ("Gerakan Nasional Bangga Buatan Indonesia [The Proud of Made in Indonesia national movement]", "kemendag.go.id/berita"),
                 ("Consumer protection in digital trade", "kemendag.go.id/en")],
    "Pariwisata": [("Outlook pariwisata dan ekonomi kreatif Indonesia {Y} [Indonesian tourism and creative economy outlook {Y}]", "kemenparekraf.go.id/publikasi"),
                   ("Wonderful Indonesia brand guidelines", "kemenparekraf.go.id/ragam-pariwisata")],
    "BPOM": [("Pedoman iklan obat tradisional [Guidelines on advertising traditional medicines]", "pom.go.id/peraturan"),
             ("Cek produk BPOM [Check a BPOM-registered product]", "cekbpom.pom.go.id")],
    "KPPU": [("Putusan perkara Nomor 03/KPPU-L/2020 [Decision in case No. 03/KPPU-L/2020]", "kppu.go.id/putusan"),
             ("Laporan tahunan KPPU {Y} [KPPU annual report {Y}]", "kppu.go.id/laporan")],
    "BPJPH": [("Sertifikasi halal gratis (Sehati) {Y} [Free halal certification {Y}]", "halal.go.id/berita"),
              ("Wajib halal Oktober 2024 [Mandatory halal from October 2024]", "halal.go.id/infografis")],
}  # fmt: skip


class Blind135WorkFactory(WorkFactory):
    """Indonesian and diaspora works for the blind135 pool, from a random source of its own."""

    DRAWN = (("book", 11), ("ebook", 3), ("chapter", 5), ("journal", 20), ("thesis", 6), ("conference", 5),
             ("company-web", 8), ("company-report", 6), ("trade-body", 4), ("regulator", 8), ("law", 5),
             ("market-research", 7), ("news", 7), ("news-unsigned", 3), ("social", 3), ("video", 3),
             ("undated-web", 4))  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "video")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 135 + 13501)
        self.earlier: list[tuple[str, set[str], int]] = []  # organisations already drawn, with their year

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            return {"family": self.rng.choice(_SINGLE)}
        if roll < 0.2:
            family, given, particle = self.rng.choice(_ABROAD)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        family, given = self.rng.choice(
            self.rng.choices(
                [_JAVANESE, _SUNDANESE, _CLAN, _BALINESE, _CHINESE, _ARABIC], weights=[30, 10, 20, 10, 15, 15]
            )[0]
        )
        name = {"family": family, "given": given}
        if self.rng.random() < 0.08:
            name["suffix"] = self.rng.choice(_DEGREES)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1992, 2007)
        return self.rng.randint(2012, 2025)

    def accessed(self, issued: list[int] | None = None) -> dict[str, list[list[int]]]:
        first = max(2023, (issued[0] + 1) if issued else 2023)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _fill(self, title: str) -> str:
        return (title.replace("{X}", self.rng.choice(_TITLE_BRANDS)).replace("{C}", self.rng.choice(_CITIES))
                .replace("{Y}", str(self.rng.randint(2018, 2024))))  # fmt: skip

    def _title(self) -> str:
        if self.rng.random() < 0.45:
            local, english = self.rng.choice(_LOCAL_TITLES)
            brand, city, year = (
                self.rng.choice(_TITLE_BRANDS),
                self.rng.choice(_CITIES),
                str(self.rng.randint(2018, 2024)),
            )
            local = local.replace("{X}", brand).replace("{C}", city).replace("{Y}", year)
            english = english.replace("{X}", brand).replace("{C}", city).replace("{Y}", year)
            if self.rng.random() < 0.85:
                return f"{local} [{english}]"
            return local
        title = self._fill(self.rng.choice(_EN_TITLES))
        if self.rng.random() < 0.3 and ":" not in title:
            title += f": {self.rng.choice(['a study of', 'evidence from', 'the case of'])} {self.rng.choice(_CITIES)}"
        return title

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _organisation_of(self, names: list[tuple[str, set[str]]], record: dict[str, Any]) -> tuple[str, set[str]]:
        # Now and then the same organisation in the same year as an earlier work: "BPS (2019a)" and "(2019b)".
        ours = [item for item in self.earlier if (item[0], item[1]) in names]
        if ours and "issued" in record and self.rng.random() < 0.2:
            name, tags, year = self.rng.choice(ours)
            record["issued"] = {"date-parts": [[year]]}
            return name, tags
        name, tags = self.rng.choice(names)
        if "issued" in record:
            self.earlier.append((name, tags, record["issued"]["date-parts"][0][0]))
        return name, tags

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 15))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["URL"] = self._url(
            self.rng.choice(["books.google.co.id", "ebookcentral.proquest.com", "gramedia.com/ebook"])
        )
        if self.rng.random() < 0.85:
            work.record["accessed"] = self.accessed(work.record["issued"]["date-parts"][0])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [{k: v for k, v in self.person().items() if k != "suffix"} for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Digital Indonesia: connectivity and divergence", "The Indonesian economy in transition",
                                                "Bunga rampai pemasaran kontemporer [Contemporary marketing anthology]",
                                                "Consumer culture in Southeast Asia", "Marketing in emerging Asia",
                                                "Handbook of Islamic marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.4:
            record["DOI"] = (
                f"10.{self.rng.choice(['24843', '22146', '1108', '1080', '26905', '20885'])}/{self.fakers['en_GB'].lexify('????').lower()}.v{self.rng.randint(1, 30)}i{self.rng.randint(1, 4)}.{self.rng.randint(100, 9999)}"
            )
        elif roll < 0.55:
            record["URL"] = self._url(
                self.rng.choice(
                    ["journal.uii.ac.id", "jurnal.ugm.ac.id", "ejournal.undip.ac.id", "garuda.kemdikbud.go.id"]
                )
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url(
                self.rng.choice(
                    ["lib.ui.ac.id", "etd.repository.ugm.ac.id", "repository.unair.ac.id", "digilib.itb.ac.id"]
                )
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": self.rng.choice([f"Proceedings of the {self.rng.choice(['2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th'])} International Conference on Business and Management Research (ICBMR {year})",
                                                f"Prosiding Seminar Nasional Manajemen dan Bisnis {year}",
                                                f"Proceedings of the International Conference on Information Management and Technology (ICIMTech {year})",
                                                f"Proceedings of the Asia Pacific Management Research Conference {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": self.rng.choice(["Atlantis Press", "IEEE", "Universitas Airlangga", "EAI"]),
            "publisher-place": self.rng.choice(["Paris", "Surabaya", "Jakarta", "Denpasar", "Piscataway, NJ"]),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(5, 12)}",
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.choice(['2991', '1109', '4108'])}/{self.rng.choice(['aebmr', 'icimtech', 'eai'])}.k.{self.rng.randint(100000, 999999)}.{self.rng.randint(1, 99)}"
            )
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage"}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        name, tags = self._organisation_of(_COMPANIES, record)
        short = (
            name.removeprefix("PT ").removeprefix("CV ").replace(" (Persero)", "").removesuffix(" Tbk").split(" (")[0]
        )
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "2024"
        record["title"] = self.rng.choice([
            "Tentang kami [About us]", f"Sustainability at {short}", f"Siaran pers: {short} rayakan Harbolnas 12.12 [Press release: {short} celebrates Harbolnas 12.12]",
            "Program loyalitas pelanggan [Customer loyalty programme]", "Our brands", f"Ramadan {year}: kampanye Berbagi Berkah [Ramadan {year}: the Sharing Blessings campaign]",
            f"Investor relations: kinerja kuartal III {year} [Third-quarter {year} results]", f"Newsroom: {short} expands to {self.rng.choice(_CITIES)}"])  # fmt: skip
        record["URL"] = self._url(f"{short.lower().replace(' ', '')}.co.id")
        if self.rng.random() < 0.88:
            record["accessed"] = self.accessed(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _company_report(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "report", "issued": {"date-parts": [[year]]}}
        name, tags = self._organisation_of(_COMPANIES, record)
        year = record["issued"]["date-parts"][0][0]
        record["title"] = self.rng.choice([f"Laporan tahunan {year} [Annual report {year}]", f"Annual report {year}",
                                           f"Laporan keberlanjutan {year} [Sustainability report {year}]",
                                           f"Sustainability report {year}: growing together", f"Integrated annual report {year}",
                                           f"Consumer insight report {year}: {self.rng.choice(_CITIES)} and beyond"])  # fmt: skip
        record["publisher"] = name
        record["publisher-place"] = "Jakarta"
        if self.rng.random() < 0.6:
            record["URL"] = self._url("idx.co.id/id/perusahaan-tercatat")
            record["accessed"] = self.accessed([year])
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"])}
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        name, tags = self._organisation_of(_TRADE, record)
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "2024"
        titles = {
            "APJII": f"Survei penetrasi dan perilaku pengguna internet Indonesia {year} [Indonesian internet penetration and user behaviour survey {year}]",
            "idEA": "E-commerce in Indonesia: the road to Harbolnas", "AFTECH": f"Indonesia fintech annual member survey {year}",
            "P3I": "Etika Pariwara Indonesia (amandemen) [Indonesian advertising code of ethics (amended)]",
            "KADIN": f"Outlook ekonomi dan bisnis {year} [Economic and business outlook {year}]", "Aprindo": f"Retail outlook {year}",
            "MUI": "Fatwa tentang hukum produk halal dan promosinya [Fatwa on halal products and their promotion]",
        }  # fmt: skip
        record["title"] = next(title for key, title in titles.items() if key in name)
        record["URL"] = self._url(f"{name.split('(')[-1].strip(')').lower()}.or.id")
        record["accessed"] = self.accessed(record.get("issued", {}).get("date-parts", [None])[0])
        kind = "report" if record["type"] == "report" else "web"
        return self._org_work(record, kind, name, tags | ({"undated"} if "issued" not in record else set()))

    def _regulator(self) -> Work:
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "issued": {"date-parts": [[self.year()]]},
        }
        name, tags = self._organisation_of(_GOVERNMENT, record)
        year = record["issued"]["date-parts"][0][0]
        short = next(
            (k for k in _REGULATOR_TITLES if k in name or (k == "Kominfo" and "Komunikasi" in name)), "Kemendag"
        )
        if "Statistics" in name:
            short = "BPS"
        title, host = self.rng.choice(_REGULATOR_TITLES[short])
        record["title"] = title.replace("{Y}", str(year)).replace("{q}", self.rng.choice(["I", "II", "III", "IV"]))
        record["URL"] = self._url(host)
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed([year])
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name, "Jakarta"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _law(self) -> Work:
        laws = [
            ("Republik Indonesia", "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi [Law No. 27 of 2022 on Personal Data Protection]", 2022),
            ("Republik Indonesia", "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen [Law No. 8 of 1999 on Consumer Protection]", 1999),
            ("Republik Indonesia", "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik [Law No. 11 of 2008 on Electronic Information and Transactions]", 2008),
            ("Republik Indonesia", "Undang-Undang Nomor 33 Tahun 2014 tentang Jaminan Produk Halal [Law No. 33 of 2014 on Halal Product Assurance]", 2014),
            ("Pemerintah Republik Indonesia", "Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik", 2019),
            ("Pemerintah Republik Indonesia", "Peraturan Pemerintah Nomor 80 Tahun 2019 tentang Perdagangan Melalui Sistem Elektronik [Government Regulation No. 80 of 2019 on Trading through Electronic Systems]", 2019),
            ("Otoritas Jasa Keuangan (OJK)", "Peraturan OJK Nomor 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan [OJK Regulation No. 22 of 2023 on Consumer Protection in the Financial Services Sector]", 2023),
            ("Otoritas Jasa Keuangan (OJK)", "POJK No. 10/POJK.05/2022 tentang Layanan Pendanaan Bersama Berbasis Teknologi Informasi", 2022),
            ("Bank Indonesia", "Peraturan Bank Indonesia Nomor 22/23/PBI/2020 tentang Sistem Pembayaran [Bank Indonesia Regulation No. 22/23/PBI/2020 on the Payment System]", 2020),
            ("Kementerian Perdagangan Republik Indonesia", "Permendag No. 31 Tahun 2023 tentang Perizinan Berusaha, Periklanan, Pembinaan dan Pengawasan Pelaku Usaha dalam Perdagangan Melalui Sistem Elektronik", 2023),
            ("Kementerian Komunikasi dan Informatika (Kominfo)", "Peraturan Menteri Kominfo Nomor 5 Tahun 2020 tentang Penyelenggara Sistem Elektronik Lingkup Privat", 2020),
        ]  # fmt: skip
        name, title, year = self.rng.choice(laws)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Sekretariat Negara", "Lembaran Negara Republik Indonesia", name]),
                                  "publisher-place": "Jakarta"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(
                    ["peraturan.bpk.go.id/Details", "jdih.kominfo.go.id/produk_hukum", "ojk.go.id/id/regulasi"]
                )
            )
            record["accessed"] = self.accessed([year])
        tags = {"legislation", "government"}
        if year not in [y for n, _t, y in self.earlier if n == name]:
            self.earlier.append((name, tags, year))
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, city = (
            self.rng.choice(_MARKETS),
            self.rng.choice(["Indonesia", "Indonesia", "Jakarta", "Southeast Asia"]),
        )
        titles = [f"{market.capitalize()} in {city} {year or 2024}", f"e-Conomy SEA {year or 2023}: reaching new heights",
                  f"Digital {year or 2024}: Indonesia", f"Indonesia {market} market: size, share and forecast to 2030",
                  f"Survei perilaku konsumen saat Ramadan {year or 2023} [Consumer behaviour survey during Ramadan {year or 2023}]",
                  f"Share of Indonesians who used {market} in Q{self.rng.randint(1, 4)} {year or 2023}",
                  f"Indonesia Gen Z report {year or 2024}", f"Indonesia market outlook {year or 2024}"]  # fmt: skip
        title = self.rng.choice(titles)
        if title.startswith("e-Conomy"):
            name = "Google, Temasek and Bain & Company"
        elif title.startswith("Digital "):
            name = self.rng.choice(["DataReportal", "We Are Social and Meltwater"])
        elif name in ("Google, Temasek and Bain & Company", "DataReportal"):
            name = self.rng.choice(["Jakpat", "Populix", "Katadata Insight Center"])
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(f"{name.split()[0].lower().strip(',')}.com"), "publisher-place": "Jakarta"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"} | ({"undated"} if not year else set()))

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["kompas.com/read", "thejakartapost.com/business", "katadata.co.id/berita", "cnbcindonesia.com/tech", "swa.co.id/business"])),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(f"{paper.split()[-1].lower()}.id/read"),
            "accessed": {"date-parts": [[max(year + 1, 2023), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        handle = self.rng.choice(["Telkomsel (@telkomsel)", "Gojek Indonesia (@gojekindonesia)", "Tokopedia (@tokopedia)",
                                  "Shopee Indonesia (@shopee_id)", "BCA (@bankbca)", "Indomie (@indomie)", "Kominfo (@kemenkominfo)",
                                  "OJK Indonesia (@ojkindonesia)"])  # fmt: skip
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Promo Ramadan: cashback hingga 50% [Ramadan promo: up to 50% cashback]",
                                                         "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin",
                                                         "Dirgahayu Republik Indonesia ke-78", "Harbolnas 12.12 is here!",
                                                         "Waspada penipuan mengatasnamakan bank [Beware of scams in the bank's name]",
                                                         "Gong Xi Fa Cai: promo Imlek spesial"]),
            "container-title": self.rng.choice(["Instagram", "X (formerly Twitter)", "TikTok", "Facebook"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.instagram.com/p/{self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self.accessed([year, 12, 31]),
        }  # fmt: skip
        work = self._org_work(record, "social", handle, {"social"})
        return work

    def _video(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Behind the campaign: Telkomsel's Ramadan film [YouTube video]",
                                                         "Strategi pemasaran Indomie di pasar global [Indomie's global marketing strategy] [Video]",
                                                         "Masa depan paylater di Indonesia [The future of paylater in Indonesia] [Podcast]",
                                                         "How Gojek became a super-app [YouTube video]",
                                                         "Obrolan pemasaran episode 42: kopi kekinian [Marketing talk episode 42: trendy coffee] [Podcast]",
                                                         "Iklan Ramadan paling viral {Y} [The most viral Ramadan ads of {Y}] [Video]".replace("{Y}", str(year))]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self.accessed([year, 12, 31]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name = self.rng.choice(["CNBC Indonesia", "Marketeers", "Kontan", "Kompas TV", "SWA Media", "Narasi"])
        return self._org_work(record, "video", name, {"video"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = self._url(
                self.rng.choice(["medium.com", "kumparan.com", "marketeers.com", "dailysocial.id"])
            )
            record["accessed"] = self.accessed()
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        record["URL"] = self._url(
            self.rng.choice(
                ["gojek.com/id-id/blog", "bca.co.id/id/informasi", "telkomsel.com/about-us", "indomaret.co.id/korporat"]
            )
        )
        record["accessed"] = self.accessed()
        return self._org_work(record, "web", name, set(tags) | {"undated"})
