"""Patients to write to about a breach, read from a CSV exported by the practice software.

The list serves one print run and is never stored in the vault. Exports differ: the separator is ``;`` (French
Excel) or ``,``, the encoding UTF-8 or Windows-1252, the column names French or English; :func:`parse_csv`
accepts all of them and refuses anything it cannot read with the line number and the reason, so that no letter
goes out to a half-read list.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass

from core.domain.problems import problem
from core.errors import FieldProblem, InvalidInput

MAX_ROWS = 100_000
_EMAIL = re.compile(r"^[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+$")

# Column names as exports write them, compared without accents, case, spaces or punctuation.
COLUMNS: dict[str, tuple[str, ...]] = {
    "civility": ("civilite", "civ", "titre", "title", "civility", "salutation", "honorific"),
    "last_name": ("nom", "nomdefamille", "nomdusage", "nompatient", "lastname", "surname", "familyname"),
    "first_name": ("prenom", "prenoms", "firstname", "givenname", "forename"),
    "full_name": ("nomcomplet", "nometprenom", "nomprenom", "patient", "fullname", "name"),
    "address1": (
        "adresse",
        "adresse1",
        "adresseligne1",
        "ligne1",
        "rue",
        "voie",
        "address",
        "address1",
        "addressline1",
        "street",
    ),
    "address2": (
        "adresse2",
        "adresseligne2",
        "ligne2",
        "complement",
        "complementdadresse",
        "complementadresse",
        "address2",
        "addressline2",
    ),
    "address3": ("adresse3", "adresseligne3", "ligne3", "lieudit", "address3", "addressline3"),
    "postcode": ("codepostal", "cp", "postcode", "postalcode", "zip", "zipcode"),
    "town": ("ville", "commune", "localite", "town", "city"),
    "country": ("pays", "country"),
    "email": ("email", "mail", "courriel", "adressemail", "adresseemail", "adressecourriel", "emailaddress"),
}
_FEMALE = {"mme", "madame", "mlle", "mademoiselle", "mrs", "ms", "miss"}
_MALE = {"m", "mr", "monsieur", "mister"}


def _key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


_LOOKUP = {name: field for field, names in COLUMNS.items() for name in names}


@dataclass(frozen=True)
class Recipient:
    """One patient as the envelope and the salutation need them."""

    last_name: str
    first_name: str = ""
    civility: str = ""
    address: tuple[str, ...] = ()  # street lines, without the postcode and town
    postcode: str = ""
    town: str = ""
    country: str = ""
    email: str = ""

    @property
    def name(self) -> str:
        return " ".join(x for x in (self.civility, self.first_name, self.last_name) if x)

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The postal block (La Poste: name, street lines, "POSTCODE TOWN" in capitals, then the country)."""
        lines = [self.name, *self.address]
        last = " ".join(x for x in (self.postcode, self.town.upper()) if x)
        if last:
            lines.append(last)
        if self.country and _key(self.country) not in ("france", "fr"):
            lines.append(self.country.upper())
        return tuple(x for x in lines if x)

    def salutation(self, lang: str = "fr") -> str:
        """ "Madame" / "Monsieur" when the civility says so, else both."""
        civ = _key(self.civility)
        female, male = civ in _FEMALE, civ in _MALE
        if lang == "en":
            return "Madam" if female else "Sir" if male else "Madam, Sir"
        if civ in _FEMALE:
            return "Madame"
        if civ in _MALE:
            return "Monsieur"
        return "Madame, Monsieur"


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; bytes that are neither are an error with their line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput([problem(f"ligne {line}", "recipients.encoding")]) from None


def _dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV rules with the file's separator: the one under which the header names the most known columns
    (addresses full of commas cannot mislead it); the sniffer decides a tie. Only the separator is sniffed: its
    guesses about quoting are wrong on names that contain a quote."""
    header = text.splitlines()[0] if text else ""

    def known(delimiter: str) -> int:
        try:
            names = next(csv.reader([header], delimiter=delimiter))
        except (csv.Error, StopIteration):
            return 0
        return len({_LOOKUP[k] for k in map(_key, names) if k in _LOOKUP})

    scores = {d: known(d) for d in ";,\t"}
    best = max(scores.values())
    candidates = [d for d, score in scores.items() if score == best]
    delimiter = candidates[0]
    if len(candidates) > 1:
        try:
            sniffed = csv.Sniffer().sniff(text[:16384], delimiters="".join(candidates)).delimiter
            delimiter = sniffed if sniffed in candidates else delimiter
        except csv.Error:
            delimiter = max(candidates, key=header.count)
    return type("Export", (csv.excel,), {"delimiter": delimiter})


def parse_csv(data: bytes) -> list[Recipient]:
    """Every patient of the file, in file order; :class:`InvalidInput` naming each bad line, at most 20."""
    text = decode(data)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InvalidInput([problem(f"ligne {line}", "recipients.nul")])
    if not text.strip():
        raise InvalidInput([problem("ligne 1", "recipients.empty")])
    reader = csv.reader(text.splitlines(keepends=True), _dialect(text), strict=True)
    problems: list[FieldProblem] = []
    try:
        header = next(reader)
    except csv.Error as exc:
        raise InvalidInput([problem("ligne 1", "recipients.header_unreadable", technical=str(exc))]) from None
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        field = _LOOKUP.get(_key(name))
        if field and field not in columns:
            columns[field] = index
    if "last_name" not in columns and "full_name" not in columns:
        problems.append(problem("ligne 1", "recipients.name_column_missing"))
    for field, french, english in (
        ("address1", "Adresse", "Address"),
        ("postcode", "Code postal", "Postcode"),
        ("town", "Ville", "Town"),
    ):
        if field not in columns:
            problems.append(problem("ligne 1", "recipients.column_missing", french=french, english=english))
    if problems:
        raise InvalidInput(problems)
    people: list[Recipient] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(problem(f"ligne {reader.line_num}", "recipients.line_unreadable", technical=str(exc)))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(problem(f"ligne {line}", "recipients.field_count", n=len(row), expected=len(header)))
        else:
            person, code = _recipient(row, columns)
            if code:
                problems.append(problem(f"ligne {line}", code))
            elif person is not None:
                people.append(person)
        if len(problems) >= 20 or len(people) > MAX_ROWS:
            break
    if len(people) > MAX_ROWS:
        problems.append(problem("fichier", "recipients.too_many", max=MAX_ROWS))
    if problems:
        raise InvalidInput(problems)
    if not people:
        raise InvalidInput([problem("ligne 2", "recipients.none")])
    return people


def _recipient(row: list[str], columns: dict[str, int]) -> tuple[Recipient | None, str]:
    """The patient on this row, or the problem code of what is wrong with it."""
    def get(field: str) -> str:
        index = columns.get(field)
        return " ".join(row[index].split()) if index is not None else ""

    last, first = get("last_name"), get("first_name")
    if not last and not first:
        last = get("full_name")
    if not last and not first:
        return None, "recipients.name_missing"
    address = tuple(x for x in (get("address1"), get("address2"), get("address3")) if x)
    postcode, town, country = get("postcode").replace(" ", ""), get("town"), get("country")
    if not address:
        return None, "recipients.address_missing"
    if not town:
        return None, "recipients.town_missing"
    abroad = bool(country) and _key(country) not in ("france", "fr")
    if not abroad:
        if postcode.isdigit() and len(postcode) == 4:  # a spreadsheet dropped the leading zero (01000 → 1000)
            postcode = "0" + postcode
        if not (postcode.isdigit() and len(postcode) == 5):
            return None, "recipients.postcode_invalid"
    email = get("email")
    if email and not _EMAIL.match(email):
        return None, "email_invalid"
    return Recipient(last, first, get("civility"), address, postcode, town, country, email), ""
