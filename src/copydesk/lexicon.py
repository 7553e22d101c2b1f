"""Word lists the byline, credit and dateline heuristics share. Data only, no logic.

Keeping the vocabulary here (and not inside regexes scattered over the heuristics) means a
new agency or a new byline role word is a one-line change that every rule picks up.
"""

from __future__ import annotations

from typing import NamedTuple


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: keeps long word lists readable.

    >>> sorted(words("b a  a"))
    ['a', 'b']
    """
    return frozenset(text.split())


def phrases(text: str) -> frozenset[str]:
    """The comma-separated, case-folded phrases of ``text`` (for multi-word entries).

    >>> sorted(phrases("New York, Ohio ,"))
    ['new york', 'ohio']
    """
    return frozenset(p for p in (x.strip().casefold() for x in text.split(",")) if p)


class Agency(NamedTuple):
    """A wire service or syndicator that can be a story's credit.

    ``name`` is the canonical name copydesk reports, ``abbr`` its usual short form.
    ``spellings`` are matched case-insensitively; ``exact`` only as written, for short forms
    that are also ordinary words or initials ("AP", "PA", "CP"). ``domains`` are the
    agency's own wire sites, where an uncredited story is the agency's (left empty for
    agencies whose site is a general news portal).
    """

    name: str
    abbr: str | None
    spellings: tuple[str, ...]
    exact: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


#: Wire services and syndicators, most common first.
AGENCIES: tuple[Agency, ...] = (
    Agency(
        "Associated Press",
        "AP",
        ("Associated Press", "The Associated Press", "Associated Press Writer"),
        ("AP",),
        ("apnews.com", "ap.org"),
    ),
    Agency("Reuters", None, ("Reuters", "Thomson Reuters", "Reuters Staff"), (), ("reuters.com",)),
    Agency(
        "Agence France-Presse",
        "AFP",
        ("Agence France-Presse", "Agence France Presse", "AFP", "Agence-France Presse"),
        (),
        ("afp.com",),
    ),
    Agency("Bloomberg News", None, ("Bloomberg News", "Bloomberg"), (), ("bloomberg.com",)),
    Agency(
        "dpa",
        None,
        ("dpa", "Deutsche Presse-Agentur", "Deutsche Presse Agentur", "dpa-AFX"),
        (),
        ("dpa.com", "dpa.de"),
    ),
    Agency("EFE", None, ("EFE", "Agencia EFE"), (), ("efe.com",)),
    Agency("ANSA", None, ("ANSA",), (), ("ansa.it",)),
    Agency("Kyodo News", "Kyodo", ("Kyodo News", "Kyodo"), (), ("kyodonews.net",)),
    # No domains: xinhuanet.com is a news portal with its own staff stories, not a wire feed.
    Agency("Xinhua", None, ("Xinhua", "Xinhua News Agency")),
    Agency("PA Media", "PA", ("PA Media", "Press Association", "PA Wire"), ("PA",)),
    Agency(
        "United Press International", "UPI", ("United Press International", "UPI"), (), ("upi.com",)
    ),
    Agency(
        "Tribune News Service", "TNS", ("Tribune News Service", "Tribune Content Agency"), ("TNS",)
    ),
    Agency("States Newsroom", None, ("States Newsroom",)),
    Agency("CNN Wire", None, ("CNN Wire", "CNN Wire Service", "CNN Newsource")),
    Agency("Press Trust of India", "PTI", ("Press Trust of India", "PTI"), (), ("ptinews.com",)),
    Agency("Indo-Asian News Service", "IANS", ("Indo-Asian News Service", "IANS")),
    Agency("Asian News International", "ANI", ("Asian News International",), ("ANI",)),
    Agency("United News of India", "UNI", ("United News of India",), ("UNI",)),
    Agency("KNA", None, ("KNA", "Katholische Nachrichten-Agentur")),
    Agency("epd", None, ("epd", "Evangelischer Pressedienst")),
    Agency("APA", None, ("APA", "Austria Presse Agentur", "APA-OTS")),
    Agency("Keystone-SDA", "SDA", ("Keystone-SDA", "Schweizerische Depeschenagentur", "SDA")),
    Agency("Yonhap", None, ("Yonhap", "Yonhap News Agency"), (), ("yna.co.kr",)),
    Agency("Australian Associated Press", "AAP", ("Australian Associated Press", "AAP")),
    Agency("The Canadian Press", "CP", ("The Canadian Press", "Canadian Press"), ("CP",)),
    Agency("ANP", None, ("ANP", "Algemeen Nederlands Persbureau")),
    Agency("Belga", None, ("Belga",)),
    Agency("TT", None, ("TT Nyhetsbyrån",), ("TT",)),
    Agency("NTB", None, ("NTB", "Norsk Telegrambyrå")),
    Agency("Ritzau", None, ("Ritzau", "Ritzau Scanpix")),
    Agency("STT", None, ("STT", "STT-Info")),
    Agency("PAP", None, ("Polska Agencja Prasowa",), ("PAP",)),
    Agency("TASS", None, ("TASS", "ITAR-TASS", "ТАСС")),
    Agency("RIA Novosti", None, ("RIA Novosti",)),
    Agency("Interfax", None, ("Interfax",)),
    Agency("Anadolu Agency", "AA", ("Anadolu Agency", "Anadolu Ajansı", "Anadolu")),
    Agency("Jiji Press", None, ("Jiji Press", "Jiji")),
    Agency("Bernama", None, ("Bernama",)),
    Agency("Antara", None, ("Antara", "Antara News")),
    Agency("Europa Press", None, ("Europa Press",)),
    Agency("Lusa", None, ("Lusa", "Agência Lusa")),
    Agency("Notimex", None, ("Notimex",)),
    Agency("Agência Brasil", None, ("Agência Brasil", "Agencia Brasil")),
    Agency("ČTK", None, ("ČTK", "CTK")),
    Agency("MTI", None, ("MTI",)),
    Agency("Ukrinform", None, ("Ukrinform",)),
    Agency("UNIAN", None, ("UNIAN",)),
    Agency("WAFA", None, ("WAFA",)),
    Agency("Kathpress", None, ("Kathpress",)),
    Agency("CNA", None, ("Central News Agency",), ("CNA",)),
    Agency("KFF Health News", None, ("KFF Health News", "Kaiser Health News")),
    Agency("The Conversation", None, ("The Conversation",)),
)

#: Words that, standing alone in a byline segment, name a desk or staff rather than a person.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    w.casefold()
    for w in (
        "News",
        "Newsroom",
        "Media",
        "Press",
        "Times",
        "Post",
        "Herald",
        "Journal",
        "Tribune",
        "Gazette",
        "Magazine",
        "Magazin",
        "Staff",
        "Desk",
        "Editors",
        "Editorial",
        "Team",
        "Redaktion",
        "Rédaction",
        "Redacción",
        "Redazione",
        "Redactie",
        "Agency",
        "Agencies",
        "Agenturen",
        "Agentur",
        "Agencias",
        "Services",
        "Service",
        "Reports",
        "Wire",
        "Wires",
        "Online",
        "Digital",
        "TV",
        "Radio",
        "Fernsehen",
        "Network",
        "Channel",
        "Bureau",
        "Inc",
        "Ltd",
        "GmbH",
        "AG",
        "LLC",
        "Corp",
        "Company",
        "Group",
        "Foundation",
        "Institute",
        "University",
        "Association",
        "Council",
        "Ministry",
        "Department",
        "Contributors",
        "Webteam",
        "Developers",  # "Android Developers": a blog's team account, not a person
        "Engineers",
        "Blog",
        "Daily",
        "Weekly",
        "Telegraph",
        "Guardian",
        "Reporters",
        "Correspondents",
        "Partners",
        "Sports",
        "Health",
        "Agencia",
        "Agência",
        "Agenzia",
        "Agence",
        "Redazione",
        "Redacción",
        "Redação",
        "Rédaction",
        "Редакция",  # ru: the editorial desk
        "Редакція",  # uk
        "Ομάδα",  # el: "team" (Συντακτική Ομάδα, the editorial team)
        "Ομαδα",  # el, as all-caps bylines write it, without the accent
        "Σύνταξη",  # el: the editorial staff
        "Bund",
        "e.V",
        "eV",
        "Verein",
        "Verband",
        "Casa",
        "Projects",
        "Project",
        "Marketing",
        "Communications",
        "Sales",
        "Engineering",
        "Research",
        "Product",
        "Division",
        "Office",
        "Lab",
        "Labs",
    )
)

#: Word endings that make a (German compound) word an outlet: "Finanzmagazin", "Volksblatt".
ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "magazin",
    "magazine",
    "zeitung",
    "verlag",
    "redaktion",
    "blatt",
    "presse",
    "news",
    "media",
    "medien",
    "agentur",
    "verband",
    "verein",
    "portal",
    "illustrierte",
    "rundschau",
    "kurier",
    "anzeiger",
    "nachrichten",
    "fernsehen",
    "rundfunk",
    "gmbh",
    "e.v",
)

#: Job titles and roles that follow (or precede) a name in a byline; stripped, never a name.
ROLE_PHRASES: tuple[str, ...] = (
    "Staff Writer",
    "Staff Reporter",
    "Staff Correspondent",
    "Staff Photographer",
    "Senior Writer",
    "Senior Reporter",
    "Senior Correspondent",
    "Senior Editor",
    "Contributing Writer",
    "Contributing Reporter",
    "Contributing Editor",
    "Contributor",
    "Special Correspondent",
    "Foreign Correspondent",
    "Chief Correspondent",
    "White House Correspondent",
    "Political Correspondent",
    "Political Reporter",
    "Political Editor",
    "Associate Editor",
    "Managing Editor",
    "Executive Editor",
    "Deputy Editor",
    "News Editor",
    "Sports Editor",
    "Business Editor",
    "Editor-at-Large",
    "Editor at Large",
    "Editor in Chief",
    "Editor-in-Chief",
    "Columnist",
    "Correspondent",
    "Reporter",
    "Writer",
    "Editor",
    "Photographer",
    "Producer",
    "Analyst",
    "Guest Author",
    "Guest Writer",
    "Guest Contributor",
    "Freelance Writer",
    "Freelancer",
    "Intern",
    "Redakteur",
    "Redakteurin",
    "Autor",
    "Autorin",
    "Korrespondent",
    "Korrespondentin",
    "Journalist",
    "Journalistin",
    "Mitarbeiter",
    "Mitarbeiterin",
    "Rechtsanwalt",
    "Rechtsanwältin",
    "Fachanwalt",
    "Pressesprecher",
    "Pressesprecherin",
    "Chefredakteur",
    "Chefredakteurin",
    # CMS accounts a post is filed under when nobody signs it (WordPress "admin"): a role,
    # never a name.
    "Site Administrator",
    "Site Admin",
    "Administrator",
    "Admin",
    "Webmaster",
)

#: Beats and desks that qualify a role word after a name: "Games Editor", "Technology
#: Reporter", "Health Correspondent". Only cut together with a role from ROLE_PHRASES, so
#: a surname that is also a beat ("Ann Travel") survives on its own. Lower-case.
ROLE_BEATS: frozenset[str] = words(
    """games gaming politics health science technology tech business sports sport music arts
    art culture food travel fashion style education environment environmental climate
    economics economy finance financial markets money entertainment legal investigations
    investigative courts crime features digital world national metro city local state
    breaking news opinion video photo data media film movie tv television books weekend
    lifestyle auto autos automotive executive energy security defense defence foreign medical
    social audience night web online copy diplomatic senior chief deputy lead home wirtschaft
    politik kultur"""
)

#: Words that open a byline, by language ("By A", "Von A", "Par A" ...), lower-case.
BYLINE_PREFIXES: tuple[str, ...] = (
    "written by",
    "posted by",
    "reported by",
    "story by",
    "words by",
    "text by",
    "by",
    "von",
    "text von",
    "text:",
    "autor:",
    "autorin:",
    "author:",
    "authors:",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "od",
)

#: Honorifics and degrees that may sit next to a name; kept out of names where they trail.
NAME_SUFFIXES: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Jr",
        "Jr.",
        "Sr",
        "Sr.",
        "II",
        "III",
        "IV",
        "PhD",
        "Ph.D.",
        "MD",
        "M.D.",
        "MA",
        "MBA",
        "MPH",
        "RN",
        "Esq",
        "Esq.",
    )
)

#: Lower-case particles that belong inside names and keep their case ("Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = frozenset(
    (
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "y",
        "bin",
        "ibn",
        "al",
        "el",
        "ten",
        "ter",
        "zu",
        "v.",
    )
)

#: Words that open a paragraph the way a dateline would ("UPDATE:", "BREAKING NEWS —",
#: "Photos:") but are lead-ins, not places; compared case-folded, anywhere in the place.
DATELINE_LEADINS: frozenset[str] = words(
    """breaking update updated updates editor's editors note notes watch listen photo photos
    video videos file exclusive opinion analysis live correction corrections warning spoiler
    alert review interview commentary editorial advertisement sponsored promoted developing
    urgent flash recap preview transcript summary disclaimer disclosure icymi related click
    today tonight yesterday tomorrow meanwhile however background context source sources
    credit credits step ingredients chapter monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october
    november december by von par por fact check fact-check takeaway takeaways highlights
    tl;dr faq q&a poll quiz tip tips hint hints question answer answers introduction intro
    conclusion epilogue prologue abstract sorry thanks please caution important reminder
    announcement statement isbn issn doi forum forums podcast podcasts tags menu home login
    search navigation kategorie kategorien category categories archive archiv impressum
    kontakt contact about blog newsletter faqs help nasa nato fbi cia cdc un eu imf opec fifa
    uefa nfl nba mlb nhl gop dnc rnc irs sec fda epa doj nsa bbc cnn cbs nbc npr pbs usa us
    uk ceo cfo ai covid"""
)

#: Words of the kicker labels that open paragraphs with a colon ("BOTTOM LINE:", "WHY IT
#: MATTERS:", "THE BIG PICTURE:"); checked only for colon datelines, since some are also
#: parts of place names that take a dash ("BIG SPRING, Texas —").
DATELINE_KICKERS: frozenset[str] = words(
    """bottom line big picture matters matter next driving news between lines state play
    details numbers zoom flashback reality catch deeper yes but takeaway key point points
    what what's whats why how who when where which the our my your this that it is are
    editor editors programming housekeeping trigger content paid partner ad advertorial
    press release contact subscribe sign join plus bonus pro lesson lessons story
    stories recap quote quotes fun trivia spoilers spoiler warnings"""
)

#: Function words that may start a multi-word place ("NEW YORK", "LOS ANGELES", "THE
#: HAGUE") but, alone or opening a capitalised phrase, are a sentence start ("The
#: President —", "NEW:"); compared case-folded.
DATELINE_FUNCTION_WORDS: frozenset[str] = words(
    """the a an this that these those it he she they we you i his her our my your their its
    but and or so yes no ok okay new now then here there well still why what how when
    where who which more read also see day week month year part q mr mrs ms dr prof sir
    der die das ein eine le la les un une el los las il lo gli het een de mehr neu"""
)

#: Countries and US states (names and AP abbreviations, case-folded, dots dropped) that
#: qualify a place on a line of its own ("BAAR, SWITZERLAND"); a bare "NAME, OUTLET" line
#: has the same shape, so only these count there.
DATELINE_REGIONS: frozenset[str] = phrases(
    """
    afghanistan,albania,algeria,argentina,armenia,australia,austria,azerbaijan,bahrain,
    bangladesh,belarus,belgium,bolivia,bosnia,brazil,bulgaria,cambodia,cameroon,canada,chile,
    china,colombia,croatia,cuba,cyprus,czech republic,czechia,denmark,ecuador,egypt,
    england,estonia,ethiopia,finland,france,georgia,germany,ghana,greece,guatemala,haiti,
    honduras,hong kong,hungary,iceland,india,indonesia,iran,iraq,ireland,israel,italy,
    jamaica,japan,jordan,kazakhstan,kenya,kosovo,kuwait,latvia,lebanon,libya,lithuania,
    luxembourg,malaysia,mali,malta,mexico,moldova,mongolia,montenegro,morocco,myanmar,
    nepal,netherlands,new zealand,nicaragua,niger,nigeria,north korea,norway,oman,
    pakistan,panama,paraguay,peru,philippines,poland,portugal,qatar,romania,russia,rwanda,
    saudi arabia,scotland,senegal,serbia,singapore,slovakia,slovenia,somalia,south africa,
    south korea,spain,sri lanka,sudan,sweden,switzerland,syria,taiwan,tanzania,thailand,
    tunisia,turkey,uganda,ukraine,united arab emirates,united kingdom,united states,uae,uk,
    usa,uruguay,uzbekistan,venezuela,vietnam,wales,yemen,zambia,zimbabwe,
    alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,
    hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,
    massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,
    new hampshire,new jersey,new mexico,new york,north carolina,north dakota,ohio,oklahoma,
    oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,utah,
    vermont,virginia,washington,west virginia,wisconsin,wyoming,dc,d.c,
    ala,ariz,ark,calif,colo,conn,del,fla,ga,ill,ind,kan,ky,la,md,mass,mich,minn,miss,mo,
    mont,neb,nev,nh,nj,nm,ny,nc,nd,okla,ore,pa,ri,sc,sd,tenn,vt,va,wash,wva,wis,wyo,
    s.d,n.d,n.c,s.c,n.j,n.y,n.m,n.h,r.i,w.va
    """
)

#: Nouns that name newspapers and media sites ("Tulsa World", "Asia Pacific Star"): a site
#: named with one is an outlet, not a person's own site. Kept apart from
#: ORGANISATION_WORDS because some ("Sun", "Star") are also surnames in bylines.
OUTLET_WORDS: frozenset[str] = words(
    """world star sun mail mirror express independent record register examiner enquirer
    inquirer bulletin courier dispatch ledger monitor sentinel standard telegram voice
    chronicle observer review globe today week insider report tribune times post herald
    journal gazette news daily weekly online magazine mediathek blog media press radio tv
    pacific atlantic asia africa europe america americas international global national
    local city county state region regional metro"""
)
