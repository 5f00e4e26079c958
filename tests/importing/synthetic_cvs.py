"""A synthetic set of Dutch and French CVs with known fields, as DOCX and PDF.

    python tests/importing/synthetic_cvs.py OUTPUT_FOLDER [--count 48]

writes the files and a ``truth.tsv`` (file, name, email, phone as E.164, postcode, city,
linkedin). The set varies what real CVs vary and what field detection has failed on: layouts
(name on top, a title line first such as "Curriculum Vitae" or "CV – Voorbeeld", a "Naam:"/"Nom :"
label, surname first in capitals, a two-column table with the contact block in the sidebar,
the name in the page header), odd whitespace inside the name (tabs, no-break and thin spaces),
Belgian and Dutch phone formats with every dash-like separator (hyphen, non-breaking hyphen,
minus sign, soft hyphen, en dash, slash, dots), addresses with BE (4 digits) and NL (4 digits +
2 letters) postcodes, LinkedIn URLs in several spellings, and referees or an agency with other
people's details. Every person and address is invented (names drawn from common first and last
names; example.* mail domains). The same seed always makes the same set.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

FONT_FOLDER = Path("/usr/share/fonts/truetype/dejavu")
NL_FIRST = ["Griet", "Pieter", "Lotte", "Jeroen", "Anneleen", "Koen", "Sanne", "Wout", "Lieselot", "Bram", "Femke",
            "Thijs", "Zoë", "Maarten", "Elien", "Joris", "Inge", "Sven", "Hanne", "Daan"]
NL_LAST = ["Van den Broeck", "Peeters", "Janssens", "De Smet", "Claes", "Willems", "Goossens", "de Vries", "Mertens",
           "Van Dijk", "Verhoeven", "Maes", "Jacobs", "van der Meer", "Wouters", "De Backer", "Bakker", "Hermans"]
FR_FIRST = ["Camille", "Hélène", "Julien", "Anne-Sophie", "Mathieu", "Céline", "François", "Amélie", "Benoît",
            "Élodie", "Nicolas", "Chloé", "Sébastien", "Aurélie", "Lucas", "Noémie", "Jérôme", "Manon"]
FR_LAST = ["Dubois", "Lefèvre", "Dupont", "Lambert", "Martin", "Leclercq", "Renard", "Delvaux", "Simon", "Laurent",
           "Collignon", "Dumont", "Gérard", "Masson", "Mathieu", "Lemaire", "Fontaine", "Deprez"]
BE_PLACES = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("1000", "Bruxelles"),
             ("4000", "Liège"), ("5000", "Namur"), ("1300", "Wavre"), ("7000", "Mons"), ("3500", "Hasselt")]
NL_PLACES = [("1012 AB", "Amsterdam"), ("3511 LN", "Utrecht"), ("2511 CV", "Den Haag"), ("5611 EM", "Eindhoven"),
             ("6211 JK", "Maastricht"), ("9711 HM", "Groningen")]
NL_STREETS = ["Kerkstraat", "Stationsstraat", "Molenweg", "Dorpsstraat", "Kouter", "Lindelaan"]
FR_STREETS = ["Rue de la Loi", "Avenue Louise", "Rue du Marché", "Chaussée de Namur", "Rue des Champs"]
DASHES = ["-", "\u2010", "\u2011", "\u2212", "\u00ad", "\u2013"]
ODD_SPACES = ["\t", "\u00a0", "\u2009", "\u202f", "  \t"]
LAYOUTS = ["top", "title", "label", "surname-first", "sidebar", "header"]


@dataclass
class Person:
    first: str
    last: str
    email: str
    phone_e164: str
    phone_printed: str
    street: str
    postcode: str
    city: str
    linkedin: str
    linkedin_printed: str
    language: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if char.isalnum() and not unicodedata.combining(char))


def _phone(rng: random.Random, dutch_number: bool) -> tuple[str, str]:
    """(E.164, as printed) for a Belgian mobile or landline, or a Dutch mobile or landline."""
    dash = rng.choice(DASHES)
    if dutch_number:
        if rng.random() < 0.6:
            digits = "6" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(7))
            printed = rng.choice([f"06{dash}{digits[1:]}", f"+31 6 {digits[1:5]} {digits[5:]}", f"06 {digits[1:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"])
        else:
            digits = "20" + rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))
            printed = rng.choice([f"020{dash}{digits[2:5]} {digits[5:]}", f"+31 (0)20 {digits[2:5]} {digits[5:]}"])
        return "+31" + digits, printed
    if rng.random() < 0.7:
        digits = "4" + rng.choice("7789") + rng.choice("0123456789") + "".join(rng.choice("0123456789") for _ in range(6))
        groups = [f"0{digits[:3]}", digits[3:5], digits[5:7], digits[7:]]
        printed = rng.choice([
            " ".join(groups), dash.join(groups), f"{groups[0]}/{groups[1]}.{groups[2]}.{groups[3]}",
            f"+32 {digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}", f"+32 (0){digits[:3]}{dash}{digits[3:5]}{dash}{digits[5:7]}{dash}{digits[7:]}",
            f"0032 {digits[:3]} {digits[3:]}",
        ])
    else:
        digits = "2" + rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(6))
        printed = rng.choice([f"02 {digits[1:4]} {digits[4:6]} {digits[6:]}", f"02/{digits[1:4]}.{digits[4:6]}.{digits[6:]}",
                              f"+32 2 {digits[1:4]}{dash}{digits[4:6]}{dash}{digits[6:]}"])
    return "+32" + digits, printed


def make_person(rng: random.Random, language: str) -> Person:
    first = rng.choice(NL_FIRST if language == "nl" else FR_FIRST)
    last = rng.choice(NL_LAST if language == "nl" else FR_LAST)
    dutch_resident = language == "nl" and rng.random() < 0.35
    postcode, city = rng.choice(NL_PLACES if dutch_resident else BE_PLACES if language == "nl" else BE_PLACES[4:9])
    street = f"{rng.choice(NL_STREETS if language == 'nl' else FR_STREETS)} {rng.randint(1, 180)}"
    local = rng.choice([f"{_ascii(first)}.{_ascii(last)}", f"{_ascii(first)[0]}{_ascii(last)}", f"{_ascii(first)}{rng.randint(1, 99)}"])
    email = f"{local}@{rng.choice(['example.be', 'example.nl', 'example.com', 'mail.example'])}"
    phone_e164, phone_printed = _phone(rng, dutch_resident)
    handle = f"{_ascii(first)}-{_ascii(last)}-{rng.randint(100, 999)}"
    linkedin = f"https://www.linkedin.com/in/{handle}"
    printed = rng.choice([f"linkedin.com/in/{handle}", f"https://www.linkedin.com/in/{handle}/",
                          f"https://{'be' if not dutch_resident else 'nl'}.linkedin.com/in/{handle}", f"LinkedIn: www.linkedin.com/in/{handle}"])
    return Person(first, last, email, phone_e164, phone_printed, street, postcode, city, linkedin, printed, language)


TEXTS = {
    "nl": {"title": ["Curriculum Vitae", "CV", "CV – Voorbeeld", "Curriculum vitae – Sample"], "label": "Naam:",
           "job": ["Boekhouder", "Verpleegkundige", "Projectleider", "Logistiek medewerker", "Software-ontwikkelaar"],
           "address": "Adres:", "phone": ["Tel.:", "GSM:", "Telefoon:", "Mobiel:"], "mail": "E-mail:",
           "sections": [("Profiel", "Gemotiveerde professional met ervaring in teamwerk en klantencontact."),
                        ("Werkervaring", "2018 - heden: medewerker bij een kmo in de regio. Verantwoordelijk voor planning en rapportering."),
                        ("Opleiding", "Bachelor bedrijfsmanagement, Hogeschool Gent (2014 - 2017)"),
                        ("Talen", "Nederlands (moedertaal), Frans, Engels")],
           "references": "Referenties", "referee": ("Marc Verbeke, teamleider", "marc.verbeke@werkgever.example", "+32 9 123 45 67")},
    "fr": {"title": ["Curriculum Vitae", "CV", "CV – Exemple", "Curriculum vitae – Sample"], "label": "Nom :",
           "job": ["Comptable", "Infirmière", "Chef de projet", "Magasinier", "Développeur"],
           "address": "Adresse :", "phone": ["Tél. :", "GSM :", "Téléphone :", "Portable :"], "mail": "Courriel :",
           "sections": [("Profil", "Professionnelle motivée, habituée au travail en équipe et au contact avec la clientèle."),
                        ("Expérience professionnelle", "2017 - aujourd'hui : collaboratrice dans une PME de la région. Responsable du planning."),
                        ("Formation", "Bachelier en gestion, Haute École de Namur (2013 - 2016)"),
                        ("Langues", "Français (langue maternelle), néerlandais, anglais")],
           "references": "Références", "referee": ("Sophie Marchal, directrice", "sophie.marchal@employeur.example", "+32 81 22 33 44")},
}


def cv_blocks(rng: random.Random, person: Person, layout: str) -> tuple[list[str], list[str], str | None]:
    """(main lines, sidebar lines, page header) for one CV."""
    words = TEXTS[person.language]
    name = person.name
    if rng.random() < 0.35:  # a name typed with odd whitespace between first and last name
        name = f"{person.first}{rng.choice(ODD_SPACES)}{person.last}"
    contact = [f"{words['address']} {person.street}, {person.postcode} {person.city}",
               f"{rng.choice(words['phone'])} {person.phone_printed}", f"{words['mail']} {person.email}", person.linkedin_printed]
    if rng.random() < 0.4:
        contact = [f"{person.street} · {person.postcode} {person.city}", f"{person.phone_printed} | {person.email}", person.linkedin_printed]
    body = [rng.choice(words["job"])]
    for heading, text in words["sections"]:
        body += [heading, text]
    referee = list(words["referee"])
    if rng.random() < 0.5:
        body += [words["references"], *referee]
    header = None
    sidebar: list[str] = []
    if layout == "top":
        main = [name, *contact, *body]
    elif layout == "title":
        main = [rng.choice(words["title"]), name, *contact, *body]
    elif layout == "label":
        main = [rng.choice(words["title"]), f"{words['label']} {name}", *contact, *body]
    elif layout == "surname-first":
        main = [f"{person.last.upper()} {person.first}", *contact, *body]
    elif layout == "sidebar":
        main, sidebar = [name, *body], contact
    else:  # header
        header = f"{name} – {person.email}"
        main = [rng.choice(words["title"]), *contact, *body]
    return main, sidebar, header


def write_docx(path: Path, main: list[str], sidebar: list[str], header: str | None) -> None:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if sidebar:
        table = document.add_table(rows=1, cols=2)
        left, right = table.cell(0, 0), table.cell(0, 1)
        left.text, right.text = sidebar[0], main[0]
        for line in sidebar[1:]:
            left.add_paragraph(line)
        for line in main[1:]:
            right.add_paragraph(line)
    else:
        for line in main:
            document.add_paragraph(line)
    document.save(str(path))


def write_pdf(path: Path, main: list[str], sidebar: list[str], header: str | None) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_FOLDER / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_FOLDER / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    if header:
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, header.replace("\u00ad", "-"), new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    if sidebar:
        pdf.set_xy(10, top)
        pdf.set_font("DejaVu", "", 9)
        for line in sidebar:
            pdf.set_x(10)
            pdf.multi_cell(55, 5, _printable(line), new_x="LMARGIN", new_y="NEXT")
        x, width = 75, 125
    else:
        x, width = 10, 190
    pdf.set_xy(x, top)
    for index, line in enumerate(main):
        pdf.set_font("DejaVu", "B" if index == 0 else "", 16 if index == 0 else 10)
        pdf.set_x(x)
        pdf.multi_cell(width, 8 if index == 0 else 5.5, _printable(line), new_x="LEFT", new_y="NEXT")
    pdf.output(str(path))


def _printable(line: str) -> str:
    """fpdf2 lays out text itself: a soft hyphen would vanish, so it is printed as the hyphen a reader sees."""
    return line.replace("\u00ad", "-").replace("\t", "    ")


def generate(folder: Path, count: int = 48, seed: int = 12) -> list[dict[str, str]]:
    """Write ``count`` CVs (half Dutch, half French; alternating DOCX and PDF) and truth.tsv; return the truth rows."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for number in range(count):
        language = "nl" if number % 2 == 0 else "fr"
        layout = LAYOUTS[(number // 2) % len(LAYOUTS)]
        person = make_person(rng, language)
        main, sidebar, header = cv_blocks(rng, person, layout)
        suffix = ".docx" if (number // 4) % 2 == 0 else ".pdf"
        path = folder / f"{number:03d}_{language}_{layout}{suffix}"
        (write_docx if suffix == ".docx" else write_pdf)(path, main, sidebar, header)
        rows.append({"file": path.name, "name": person.name, "email": person.email, "phone": person.phone_e164,
                     "postcode": person.postcode, "city": person.city, "linkedin": person.linkedin, "language": language})
    with open(folder / "truth.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def accuracy(rows: list[dict[str, str]], previews) -> dict[str, tuple[int, int, list[str]]]:
    """Per field: (hits, total, missed files) comparing previews with the truth rows."""
    scores = {}
    for field in ("name", "email", "phone", "linkedin", "city", "postcode"):
        hits, missed = 0, []
        for row, item in zip(rows, previews, strict=True):
            value = (item.fields.postcode.value if field == "postcode" else getattr(item, field, None)) or ""
            if field == "name":
                good = value.casefold().split() == row["name"].casefold().split()
            elif field == "linkedin":
                good = value.rstrip("/").lower() == row["linkedin"].lower()
            else:
                good = value.lower() == row[field].lower()
            hits += good
            if not good:
                missed.append(row["file"])
        scores[field] = (hits, len(rows), missed)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--count", type=int, default=48)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    rows = generate(args.output, args.count, args.seed)
    print(f"{len(rows)} CVs written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
