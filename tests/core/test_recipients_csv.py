"""The patients' CSV from the practice software: separators, encodings, French and English columns, bad lines."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.recipients import Recipient, parse_csv
from core.errors import InvalidInput


def problems_of(data: bytes) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as info:
        parse_csv(data)
    return [(p.path, p.problem) for p in info.value.problems]


def test_french_excel_export_semicolon_windows_1252() -> None:
    data = (
        "Civilité;Nom;Prénom;Adresse;Complément d'adresse;Code postal;Ville;Courriel\r\n"
        "Mme;Durand;Alice;3 place Bellecour;Bât. B;69002;Lyon;alice@example.org\r\n"
        "M.;Lefèvre;Éric;1 quai Rambaud;;1000;Bourg-en-Bresse;\r\n"
    ).encode("cp1252")
    alice, eric = parse_csv(data)
    assert alice == Recipient(
        "Durand", "Alice", "Mme", ("3 place Bellecour", "Bât. B"), "69002", "Lyon", "", "alice@example.org"
    )
    assert eric.postcode == "01000"  # the spreadsheet dropped the leading zero
    assert eric.address_lines == ("M. Éric Lefèvre", "1 quai Rambaud", "01000 BOURG-EN-BRESSE")
    assert (alice.salutation(), eric.salutation(), alice.salutation("en")) == ("Madame", "Monsieur", "Madam")


def test_english_columns_comma_utf8_with_bom_and_quotes() -> None:
    data = (
        "\ufeffTitle,First name,Last name,Address line 1,Address line 2,Postcode,Town,Country,Email\n"
        'Ms,Jane,Doe,"12, rue de la Paix",,75002,Paris,France,jane@example.org\n'
        ",Hans,Müller,Hauptstraße 1,,10115,Berlin,Allemagne,\n"
    ).encode("utf-8")
    jane, hans = parse_csv(data)
    assert jane.address == ("12, rue de la Paix",) and jane.email == "jane@example.org"
    assert hans.address_lines[-1] == "ALLEMAGNE" and hans.salutation() == "Madame, Monsieur"


def test_a_single_name_column_and_blank_lines() -> None:
    data = b"Nom complet;Adresse;CP;Ville\n\nMme Alice Durand;3 place Bellecour;69002;Lyon\n;;;\n"
    (alice,) = parse_csv(data)
    assert alice.name == "Mme Alice Durand"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", ("ligne 1", "fichier vide")),
        (b"Nom;Adresse;Code postal;Ville\n", ("ligne 2", "aucun patient")),
        (
            "Prénom;Adresse;Code postal;Ville\nAlice;x;69002;Lyon\n".encode(),
            ("ligne 1", "colonne du nom absente"),
        ),
        (b"Nom;Code postal;Ville\nDurand;69002;Lyon\n", ("ligne 1", "colonne absente : « Adresse »")),
        (b"Nom;Adresse;Code postal;Ville\nDurand;3 rue;690;Lyon\n", ("ligne 2", "code postal invalide")),
        (b"Nom;Adresse;Code postal;Ville\nDurand;;69002;Lyon\n", ("ligne 2", "adresse manquante")),
        (
            b"Nom;Adresse;Code postal;Ville\nA;1 rue;69002;Lyon\nB;2 rue;69002\n",
            ("ligne 3", "3 champs au lieu de 4"),
        ),
        (b'Nom;Adresse;Code postal;Ville\nA;"1 rue;69002;Lyon\n', ("ligne 2", "ligne illisible")),
        (
            b"Nom;Adresse;CP;Ville;E-mail\nA;1 rue;69002;Lyon;pas-une-adresse\n",
            ("ligne 2", "adresse e-mail invalide"),
        ),
        (b"Nom;Adresse;CP;Ville\nA;1 rue;69002;Lyon\x00\n", ("ligne 2", "caractère nul")),
        (b"Nom;Adresse;CP;Ville\nA\x81;1 rue;69002;Lyon\n", ("ligne 2", "encodage illisible")),
    ],
)
def test_malformed_files_name_the_line_and_the_reason(data: bytes, expected: tuple[str, str]) -> None:
    found = problems_of(data)
    assert any(path == expected[0] and expected[1] in problem for path, problem in found), found


def test_every_bad_line_is_reported_not_only_the_first() -> None:
    rows = "\n".join(f"P{i};{i} rue;69{i:03d}{'' if i % 2 else 'x'};Lyon" for i in range(1, 6))
    found = problems_of(f"Nom;Adresse;CP;Ville\n{rows}\n".encode())
    assert [p for p, _ in found] == ["ligne 3", "ligne 5"]


_text = (
    st.text(
        alphabet=st.characters(codec="cp1252", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=20,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
_people = st.lists(
    st.builds(
        Recipient,
        last_name=_text,
        first_name=st.one_of(st.just(""), _text),
        civility=st.sampled_from(["", "Mme", "M.", "Dr"]),
        address=st.lists(_text, min_size=1, max_size=3).map(tuple),
        postcode=st.from_regex(r"[1-9][0-9]{4}", fullmatch=True),
        town=_text,
        email=st.one_of(st.just(""), st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.fr", fullmatch=True)),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(
    people=_people,
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    english=st.booleans(),
)
def test_round_trip_through_any_accepted_dialect(people, delimiter, encoding, english) -> None:
    header = (
        [
            "Title",
            "First name",
            "Last name",
            "Address 1",
            "Address 2",
            "Address 3",
            "Postcode",
            "City",
            "E-mail",
        ]
        if english
        else [
            "Civilité",
            "Prénom",
            "Nom",
            "Adresse 1",
            "Adresse 2",
            "Adresse 3",
            "Code postal",
            "Ville",
            "Email",
        ]
    )
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for p in people:
        lines = [*p.address, "", "", ""][:3]
        writer.writerow([p.civility, p.first_name, p.last_name, *lines, p.postcode, p.town, p.email])
    assert parse_csv(buf.getvalue().encode(encoding)) == people


def test_file_problems_carry_codes_rendered_in_english() -> None:
    """Each problem has its code (core/domain/problems/recipients.py): the GUI shows it in English."""
    from core.domain.problems import render

    for data in (b"", b"Nom;Adresse;CP;Ville\n", b"Nom;Adresse;CP;Ville\nA;;69002;Lyon\n"):
        with pytest.raises(InvalidInput) as caught:
            parse_csv(data)
        for p in caught.value.problems:
            assert render(p.code, p.params, "fr") == p.problem
            assert render(p.code, p.params, "en") != p.problem


def test_semicolon_file_whose_addresses_are_full_of_commas() -> None:
    rows = "".join(f"P{i};{i}, rue de la Paix, bât. {i};75002;Paris, France\n" for i in range(1, 4))
    people = parse_csv(f"Nom;Adresse;CP;Ville\n{rows}".encode())
    assert [p.address for p in people] == [(f"{i}, rue de la Paix, bât. {i}",) for i in range(1, 4)]
