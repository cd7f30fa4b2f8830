"""C family: consistency.

Columns are 1-based and counted by hand from the YAML below (the plan header is 6 lines, so
a body's first line is line 7). A finding on a part of a text (C002, C007, C009) points at
that part; a finding on a whole value points at the value's YAML scalar, which for a quoted
value ("2.1", "Indsatsområde: ...") is its opening quote.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint.helpers import findings, lint

# --- C001 goal-period-outside-plan ------------------------------------------------------

GOAL_FROM_2017_TO_2018 = """\
sections:
  - title: Kontanthjælpsmodtagere
    goals:
      - id: MÅL 7
        text: Antallet af jobparate kontanthjælpsmodtagere skal falde med 6 pct. fra 2017 til 2018.
        target:
          kind: change
          direction: decrease
          value: 6 pct.
          period: fra 2017 til 2018
"""


def test_c001_fires_on_a_goal_for_years_before_the_plan(tmp_path: Path) -> None:
    # line 16: `          period: fra 2017 til 2018` -> the value starts at column 19
    assert lint(tmp_path, GOAL_FROM_2017_TO_2018, "C001") == [("C001", 16, 19)]


def test_c001_message(tmp_path: Path) -> None:
    [en] = findings(tmp_path, GOAL_FROM_2017_TO_2018, "C001")
    [da] = findings(tmp_path, GOAL_FROM_2017_TO_2018, "C001", lang="da")
    assert en.detail == "the target is for 'fra 2017 til 2018', outside the plan period 2019"
    assert da.detail == "målet gælder 'fra 2017 til 2018', uden for planperioden 2019"
    assert (en.severity, en.excerpt, en.path) == ("error", "fra 2017 til 2018", "sections[0].goals[0].target.period")


def test_c001_fires_on_a_target_copied_from_last_years_plan_in_a_følgemål(tmp_path: Path) -> None:
    # Lyngby-Taarbæk's draft: "skal minimum være xx pct. i 2018" in the 2019 plan.
    body = """\
    sections:
      - title: Virksomhedssamarbejde
        goals:
          - id: MÅL 4
            text: Andelen i virksomhedsrettet tilbud skal minimum være 60 pct. i 2019.
            target: {kind: level, direction: at_least, value: 60 pct., period: "2019"}
            follow_up:
              - text: Andelen af ledige i løntilskud skal minimum være 20 pct. i 2018.
                target:
                  kind: level
                  value: 20 pct.
                  period: "2018"
    """
    # line 18: `              period: "2018"` -> 14 spaces, "period: ", the quote at column 23
    assert lint(tmp_path, body, "C001") == [("C001", 18, 23)]


def test_c001_fires_on_a_baseline_after_the_target_period(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: A-dagpengemodtagere
        goals:
          - id: MÅL 1
            text: Antallet skal falde med 4 pct. fra november 2019 til juni 2019.
            target:
              kind: change
              value: 4 pct.
              baseline: november 2019
              period: juni 2019
    """
    # line 15: `          baseline: november 2019` -> the value at column 21
    assert lint(tmp_path, body, "C001") == [("C001", 15, 21)]
    [finding] = findings(tmp_path, body, "C001")
    assert finding.detail == "the baseline 'november 2019' lies after the target period 'juni 2019'"


def test_c001_quiet_on_a_baseline_before_the_plan_and_targets_inside_it(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        goals:
          - id: MÅL 2
            text: Antallet skal falde med 5 pct. fra 2018 til 2019.
            target: {kind: change, value: 5 pct., baseline: "2018", period: "2019"}
          - id: MÅL 3
            text: Antallet skal falde med 4 pct. fra november 2018 til november 2019.
            target: {kind: change, value: 4 pct., baseline: november 2018, period: november 2019}
          - id: MÅL 4
            text: Antallet skal være lavere i 2019 end i december 2019.
            target: {kind: change, value: 4 pct., baseline: december 2019, period: "2019"}
    """
    assert lint(tmp_path, body, "C001") == []


def test_c001_quiet_inside_a_multi_year_plan(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Voksne med kort ledighed
        goals:
          - text: Ledigheden skal falde fra juni 2021 til ved udgangen af 2021.
            target: {kind: change, value: 3 pct., baseline: juni 2021, period: ved udgangen af 2021}
          - text: Andelen skal være 40 pct. ved udgangen af 2023.
            target: {kind: level, value: 40 pct., period: ved udgangen af 2023}
    """
    assert lint(tmp_path, body, "C001", period="2019-2023") == []


# --- C002 malformed-date ----------------------------------------------------------------

MALFORMED_DATES = """\
sections:
  - title: Kontanthjælpsmodtagere
    prose:
      - Antallet faldt fra december 018 til december 2019.
      - Tallene er opgjort pr. 31.13.2019.
    goals:
      - id: MÅL 7
        text: Antallet skal falde med 6 pct. fra oktober 20188 til oktober 2019.
"""


def test_c002_fires_on_a_bad_year_and_an_impossible_date(tmp_path: Path) -> None:
    # line 10: text from column 9, "Antallet faldt fra " is 19 characters -> 28
    # line 11: text from column 9, "Tallene er opgjort pr. " is 23 characters -> 32
    # line 14: text from column 15, "Antallet skal falde med 6 pct. fra " is 35 characters -> 50
    assert lint(tmp_path, MALFORMED_DATES, "C002") == [("C002", 10, 28), ("C002", 11, 32), ("C002", 14, 50)]


def test_c002_messages(tmp_path: Path) -> None:
    year, date, five_digits = findings(tmp_path, MALFORMED_DATES, "C002")
    assert year.message == "malformed date 'december 018': '018' is not a year or a valid date"
    assert date.message == "malformed date '31.13.2019': not a valid date"
    assert five_digits.excerpt == "oktober 20188"
    _, date_da, _ = findings(tmp_path, MALFORMED_DATES, "C002", lang="da")
    assert date_da.message == "fejl i datoen '31.13.2019': det er ikke en gyldig dato"


def test_c002_reads_the_goal_overview(tmp_path: Path) -> None:
    # Lyngby-Taarbæk's draft: the body says "december 2018", the overview "december 018".
    body = """\
    sections:
      - title: Kontanthjælpsmodtagere
        goals:
          - id: MÅL 7
            text: Antallet skal falde med x pct. fra december 2018 til december 2019.
    goal_overview:
      title: Oversigt over mål
      groups:
        - goals:
            - id: MÅL 7
              text: Antallet skal falde med x pct. fra december 018 til december 2019.
    """
    # line 17: `          text: ` puts the text at column 17; "Antallet skal falde med x pct. fra " is 35 -> 52
    assert lint(tmp_path, body, "C002", status="draft") == [("C002", 17, 52)]


def test_c002_quiet_on_school_years_dates_and_numbers(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        prose:
          - Skoleåret 2018/19 og opgørelsen pr. 1. december 2018 viser et fald fra december 2018 til maj 2019.
          - Planen er dateret 18.11.2020 (og 18.11.20 i mødeindkaldelsen); den gælder fra 1.8.2019.
          - Der er 37.818 fuldtidspersoner, 4,5 pct. flere end i 2018, trods COVID-19.
    """
    assert lint(tmp_path, body, "C002") == []


# --- C003 overview-differs-from-body ------------------------------------------------------

MÅL_5_IN_BODY_AND_OVERVIEW = """\
sections:
  - title: Sygedagpengemodtagere
    goals:
      - id: Mål 5
        text: Andelen af delvis raskmeldte sygedagpengemodtagere skal være minimum 26 pct. i gennemsnit i 2019
goal_overview:
  title: Oversigt over mål
  groups:
    - heading: Sygedagpengemodtagere
      goals:
        - id: Mål 5
          text: Andelen af delvis raskmeldte sygedagpengemodtagere skal være {overview}
"""


def test_c003_fires_when_the_overview_drops_minimum_and_average(tmp_path: Path) -> None:
    body = MÅL_5_IN_BODY_AND_OVERVIEW.format(overview="26 pct. i 2019")
    # line 18: `          text: ...` -> the overview's text at column 17
    assert lint(tmp_path, body, "C003") == [("C003", 18, 17)]


def test_c003_message(tmp_path: Path) -> None:
    body = MÅL_5_IN_BODY_AND_OVERVIEW.format(overview="26 pct. i 2019")
    [en] = findings(tmp_path, body, "C003")
    [da] = findings(tmp_path, body, "C003", lang="da")
    # The finding's subject names the overview's goal ("Mål 5 in the goal overview: …"); the message does not.
    assert en.detail == "worded differently than in the body (only in the body: gennemsnit, i, minimum)"
    assert en.subject is not None and en.subject.startswith("Mål 5 in the goal overview: ")
    assert da.detail == (
        "formuleret anderledes end i teksten (kun i teksten: gennemsnit, i, minimum)"
    )
    assert en.severity == "warning"


def test_c003_fires_on_a_changed_number(tmp_path: Path) -> None:
    body = MÅL_5_IN_BODY_AND_OVERVIEW.format(overview="minimum 25 pct. i gennemsnit i 2019")
    [finding] = findings(tmp_path, body, "C003")
    assert finding.message.endswith("(only in the body: 26; only in the overview: 25)")


@pytest.mark.parametrize("overview", [
    "minimum 26 pct. i gennemsnit i 2019",
    "'minimum  26 pct.   i gennemsnit i 2019.'",  # spacing and a full stop
    "MINIMUM 26 PCT. I GENNEMSNIT I 2019",  # case
])
def test_c003_quiet_on_spacing_case_and_punctuation(tmp_path: Path, overview: str) -> None:
    assert lint(tmp_path, MÅL_5_IN_BODY_AND_OVERVIEW.format(overview=overview), "C003") == []


def test_c003_quiet_on_hyphenation_and_label_case(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: A-dagpengemodtagere
        goals:
          - id: MÅL 1
            text: Antallet af a-dagpengemodtagere og sygedagpengemodtagere skal falde med 4 pct.
    goal_overview:
      title: Oversigt over mål
      groups:
        - goals:
            - id: Mål 1
              text: "Antallet af a-dagpenge-modtagere og sygedagpenge\\u00admodtagere skal falde med 4 pct."
    """
    assert lint(tmp_path, body, "C003") == []


def test_c003_fires_on_goals_in_only_one_of_the_two(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Kontanthjælpsmodtagere
        goals:
          - {id: MÅL 7, text: Antallet af jobparate kontanthjælpsmodtagere skal falde.}
          - {id: MÅL 8, text: Flere skal have supplerende indtægter.}
    goal_overview:
      title: Oversigt over mål
      groups:
        - goals:
            - {id: MÅL 7, text: Antallet af jobparate kontanthjælpsmodtagere skal falde.}
            - {id: MÅL 9, text: Socialt bedrageri skal bekæmpes.}
    """
    # line 11: `      - {id: ` is 13 characters -> the id at 14; line 17: `        - {id: ` is 15 -> 16
    assert lint(tmp_path, body, "C003") == [("C003", 11, 14), ("C003", 17, 16)]
    body_only, overview_only = findings(tmp_path, body, "C003")
    assert (body_only.subject or "").startswith("MÅL 8: ")
    assert body_only.detail == "not in the goal overview"
    assert (overview_only.subject or "").startswith("MÅL 9 in the goal overview: ")
    assert overview_only.detail == "not in the body of the plan"


def test_c003_quiet_without_an_overview(tmp_path: Path) -> None:
    assert lint(tmp_path, GOAL_FROM_2017_TO_2018, "C003") == []


# --- C004 heading-mismatch --------------------------------------------------------------

CONTENTS_AND_HEADINGS = """\
contents:
  - title: Arbejdsmarkedssituation
  - title: Jobcenterets kerneopgave
    number: "2."
  - title: Evaluering
sections:
  - number: "1."
    title: Arbejdsmarkedssituationen
  - number: "2."
    title: Jobcenteret kerneopgave
"""


def test_c004_fires_on_contents_lines_that_are_not_the_headings(tmp_path: Path) -> None:
    # `  - title: ` is 11 characters: every contents title starts at column 12
    assert lint(tmp_path, CONTENTS_AND_HEADINGS, "C004") == [("C004", 8, 12), ("C004", 9, 12), ("C004", 11, 12)]


def test_c004_messages(tmp_path: Path) -> None:
    renamed, numbered, missing = findings(tmp_path, CONTENTS_AND_HEADINGS, "C004")
    assert renamed.message == (
        "the table of contents says 'Arbejdsmarkedssituation', the heading says 'Arbejdsmarkedssituationen'"
    )
    assert numbered.message == (
        "the table of contents says 'Jobcenterets kerneopgave', the heading says 'Jobcenteret kerneopgave'"
    )
    assert missing.message == "the table of contents lists 'Evaluering', which is not a heading of the plan"
    [_, numbered_da, _] = findings(tmp_path, CONTENTS_AND_HEADINGS, "C004", lang="da")
    assert numbered_da.message == (
        "indholdsfortegnelsen skriver 'Jobcenterets kerneopgave', overskriften er 'Jobcenteret kerneopgave'"
    )


def test_c004_fires_on_a_contents_number_that_is_not_the_headings(tmp_path: Path) -> None:
    body = """\
    contents:
      - {title: Fokusområder, number: "3."}
      - {title: Unge på uddannelseshjælp, number: "5."}
    sections:
      - {number: "3.", title: Fokusområder}
      - {number: "4.", title: Unge på uddannelseshjælp}
    """
    # line 9: `  - {title: Unge på uddannelseshjælp, number: "5."}` -> the quote of "5." at column 47
    assert lint(tmp_path, body, "C004") == [("C004", 9, 47)]
    [finding] = findings(tmp_path, body, "C004")
    assert finding.message == "the table of contents numbers 'Unge på uddannelseshjælp' 5., the body 4."


def test_c004_fires_on_an_overview_heading_that_is_not_its_sections(tmp_path: Path) -> None:
    # Lyngby-Taarbæk 2019: the overview's group is headed differently from the body's section.
    body = """\
    sections:
      - title: "Indsatsområde: Flere i beskæftigelse"
        goals:
          - {id: MÅL 1, text: Antallet skal falde med 4 pct.}
    goal_overview:
      title: Oversigt over mål
      groups:
        - heading: "Indsatsområde: Beskæftigelse"
          goals:
            - {id: MÅL 1, text: Antallet skal falde med 4 pct.}
    """
    # line 14: `    - heading: "..."` -> the opening quote at column 16
    assert lint(tmp_path, body, "C004") == [("C004", 14, 16)]
    [finding] = findings(tmp_path, body, "C004")
    assert finding.message == (
        "the goal overview heads this group 'Indsatsområde: Beskæftigelse', "
        "the body's section is 'Indsatsområde: Flere i beskæftigelse'"
    )


def test_c004_quiet_on_case_spacing_stops_dot_leaders_and_the_overview_title(tmp_path: Path) -> None:
    body = """\
    contents:
      - {title: "  UNGE på  uddannelseshjælp.", number: "4.", page: 6}
      - {title: "Sygedagpenge og jobafklaringsforløb ........ 7", number: "5"}
      - {title: Oversigt over mål for Beskæftigelsesplan 2019, page: 27}
    sections:
      - number: "4."
        title: Unge på uddannelseshjælp
        goals:
          - {id: MÅL 1, text: Færre unge på uddannelseshjælp.}
      - number: "5."
        title: Sygedagpenge og Jobafklaringsforløb
        goals:
          - {id: MÅL 2, text: Færre sygedagpengemodtagere.}
    goal_overview:
      title: Oversigt over mål for Beskæftigelsesplan 2019
      groups:
        - heading: "unge på uddannelseshjælp:"
          goals: [{id: MÅL 1, text: Færre unge på uddannelseshjælp.}]
        - heading: Unge og sygedagpenge
          goals:
            - {id: MÅL 1, text: Færre unge på uddannelseshjælp.}
            - {id: MÅL 2, text: Færre sygedagpengemodtagere.}
    """
    assert lint(tmp_path, body, "C004") == []


# --- C005 goal-numbering ----------------------------------------------------------------

def goals(*ids: str) -> str:
    lines = ["sections:", "  - title: Unge", "    goals:"]
    lines += [f"      - {{id: {goal_id}, text: Antallet af unge skal falde.}}" for goal_id in ids]
    return "\n".join(lines) + "\n"


def test_c005_fires_on_a_gap(tmp_path: Path) -> None:
    # goals from line 10; `      - {id: ` is 13 characters: the id at column 14
    assert lint(tmp_path, goals("MÅL 1", "MÅL 2", "MÅL 4"), "C005") == [("C005", 12, 14)]
    [finding] = findings(tmp_path, goals("MÅL 1", "MÅL 2", "MÅL 4"), "C005")
    assert finding.detail == "numbering jumps from goal 2 to 4 (missing: 3)"
    assert finding.excerpt == "MÅL 4"


def test_c005_fires_on_a_duplicate(tmp_path: Path) -> None:
    body = goals("MÅL 1", "MÅL 2", "Mål 2", "MÅL 3", "MÅL 4")
    [twice, label] = findings(tmp_path, body, "C005")
    assert [(f.rule, f.line, f.column) for f in (twice, label)] == [("C005", 12, 14), ("C005", 12, 14)]
    assert twice.detail == "the number is used twice (also 'MÅL 2')"
    assert label.detail == "labelled 'Mål', most goals 'MÅL'"
    assert (twice.subject or "").startswith("Mål 2: ")


def test_c005_fires_on_a_backward_step(tmp_path: Path) -> None:
    body = goals("MÅL 1", "MÅL 3", "MÅL 2")
    assert lint(tmp_path, body, "C005") == [("C005", 11, 14), ("C005", 12, 14)]
    jump, backwards = findings(tmp_path, body, "C005")
    assert jump.detail == "numbering jumps from goal 1 to 3 (missing: 2)"
    assert backwards.detail == "comes after goal 3"
    assert (backwards.subject or "").startswith("MÅL 2: ")


def test_c005_fires_on_a_label_written_another_way(tmp_path: Path) -> None:
    # Lyngby-Taarbæk 2019: "MÅL 4", "Mål 5", "MÅL 6".
    body = goals("MÅL 1", "MÅL 2", "MÅL 3", "MÅL 4", "Mål 5", "MÅL 6")
    assert lint(tmp_path, body, "C005") == [("C005", 14, 14)]
    [en] = findings(tmp_path, body, "C005")
    [da] = findings(tmp_path, body, "C005", lang="da")
    assert en.detail == "labelled 'Mål', most goals 'MÅL'"
    assert da.detail == "skrevet 'Mål', de fleste mål 'MÅL'"


def test_c005_quiet_on_numbering_that_runs_on_across_sections_and_unnumbered_goals(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Unge
        goals:
          - {id: MÅL 1, text: Færre unge på uddannelseshjælp.}
          - {text: Flere unge i uddannelse.}
          - {id: MÅL 2, text: Færre aktivitetsparate unge.}
      - title: Sygedagpenge
        goals:
          - {id: Delmål, text: Kortere sygeforløb.}
        success_criteria:
          - {id: MÅL 3, text: Flere delvise raskmeldinger.}
    """
    assert lint(tmp_path, body, "C005") == []


# --- C006 table-arithmetic --------------------------------------------------------------

def test_c006_fires_on_a_change_in_pct_that_is_not_the_columns_change(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: A-dagpengemodtagere
        tables:
          - title: A-dagpengemodtagere
            columns: [Antal fuldtidspersoner, April 2019, April 2020, Udvikling i pct.]
            rows:
              - label: Rudersdal
                cells: [437, 476, 19%]
              - label: Østdanmark
                cells: ["13.752", "13.277", "-3%"]
    """
    # line 14: `            cells: [437, 476, 19%]` -> 437 at 21, 476 at 26, 19% at 31
    assert lint(tmp_path, body, "C006") == [("C006", 14, 31)]
    [en] = findings(tmp_path, body, "C006")
    [da] = findings(tmp_path, body, "C006", lang="da")
    assert en.message == "Rudersdal: 'Udvikling i pct.' is 19%, but from 437 to 476 is 9 pct."
    assert da.message == "Rudersdal: 'Udvikling i pct.' er 19%, men fra 437 til 476 er 9 pct."


def test_c006_fires_on_a_header_naming_other_years_than_its_columns(tmp_path: Path) -> None:
    # Rudersdal 2021: "Udvikling i pct. 2018-2019" over the columns Maj 2019 and Maj 2020.
    body = """\
    sections:
      - title: Udenlandske statsborgere
        tables:
          - title: Kontanthjælp mv., udenlandske statsborgere
            columns: [Antal, Maj 2019, Maj 2020, Udvikling i pct. 2018-2019]
            rows:
              - {label: Rudersdal, cells: ["9.743", "9.520", "-2%"]}
    """
    # line 11: `        columns: [` is 18 characters; "Antal, Maj 2019, Maj 2020, " 27 more -> column 46
    assert lint(tmp_path, body, "C006") == [("C006", 11, 46)]
    [finding] = findings(tmp_path, body, "C006")
    assert finding.message == (
        "the header 'Udvikling i pct. 2018-2019' names 2018-2019, but the columns are 'Maj 2019' and 'Maj 2020'"
    )


def test_c006_fires_on_a_total_that_is_not_the_sum_of_its_rows(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Offentlig forsørgelse
        tables:
          - title: Fuldtidspersoner på offentlig forsørgelse
            columns: [Ydelse, Fuldtidspersoner, Andel i pct.]
            rows:
              - {label: A-dagpenge, cells: [120, 40%]}
              - {label: Kontanthjælp, cells: [180, 60%]}
              - {label: I alt, cells: [310, 100%]}
    """
    # line 15: `          - {label: I alt, cells: [` is 35 characters -> 310 at column 36
    assert lint(tmp_path, body, "C006") == [("C006", 15, 36)]
    [finding] = findings(tmp_path, body, "C006")
    assert finding.message == "'I alt' is 310, but the rows above add up to 300"


def test_c006_quiet_on_right_sums_rounding_and_shares_and_rates_of_a_total_row(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Offentlig forsørgelse
        tables:
          - title: Fuldtidspersoner
            columns: [Ydelse, Maj 2019, Maj 2020, Udvikling i pct. 2019-2020, Pct. af arbejdsstyrken]
            rows:
              - {label: Kontanthjælp, cells: [400, 420, 5, "2,0"]}
              - {label: Uddannelseshjælp, cells: [100, 90, -10, "0,5"]}
              - {label: I alt, cells: [500, 510, 2, "2,5"]}
          - title: Rundet
            columns: [Antal fuldtidspersoner, April 2019, April 2020, Udvikling i pct.]
            rows:
              - {label: RAR Hovedstaden, cells: ["1.000", "1.045", "4%"]}
              - {label: Østdanmark, cells: ["13.752", "13.277", "-3%"]}
    """
    assert lint(tmp_path, body, "C006") == []


# --- C007 prose-contradicts-table -------------------------------------------------------

OFFENTLIG_FORSØRGELSE = """\
sections:
  - title: Samlet på offentlig forsørgelse
    prose:
      - {prose}
    tables:
      - title: Samlet på offentlig forsørgelse
        columns: [Antal fuldtidspersoner, April 2019, April 2020, Udvikling i pct.]
        rows:
          - {{label: Østdanmark, cells: ["251.194", "279.857", "11%"]}}
          - {{label: RAR Hovedstaden, cells: ["151.838", "171.525", "13%"]}}
          - {{label: Rudersdal, cells: ["3.057", "3.313", "8%"]}}
"""
SWAPPED = "Stigningen skyldes COVID-19. Østdanmark og RAR Hovedstaden har oplevet stigning på hhv. 13 pct. og 11 pct."


def test_c007_fires_on_swapped_hhv_figures(tmp_path: Path) -> None:
    # line 10: the text from column 9; the sentence after "Stigningen skyldes COVID-19. " (29) -> 38
    assert lint(tmp_path, OFFENTLIG_FORSØRGELSE.format(prose=SWAPPED), "C007") == [("C007", 10, 38)]


def test_c007_messages(tmp_path: Path) -> None:
    [en] = findings(tmp_path, OFFENTLIG_FORSØRGELSE.format(prose=SWAPPED), "C007")
    [da] = findings(tmp_path, OFFENTLIG_FORSØRGELSE.format(prose=SWAPPED), "C007", lang="da")
    assert en.message == (
        "the text gives Østdanmark and RAR Hovedstaden as 13 and 11 respectively, "
        "but the table 'Samlet på offentlig forsørgelse' (Udvikling i pct.) shows 11 and 13"
    )
    assert da.message == (
        "teksten giver Østdanmark og RAR Hovedstaden hhv. 13 og 11, "
        "men tabellen 'Samlet på offentlig forsørgelse' (Udvikling i pct.) viser 11 og 13"
    )
    assert en.excerpt == "Østdanmark og RAR Hovedstaden har oplevet stigning på hhv. 13 pct. og 11 pct."


def test_c007_fires_when_the_rows_are_named_after_hhv(tmp_path: Path) -> None:
    prose = "Stigningen var hhv. 13 pct. og 11 pct. i Østdanmark og RAR Hovedstaden."
    assert lint(tmp_path, OFFENTLIG_FORSØRGELSE.format(prose=prose), "C007") == [("C007", 10, 9)]


@pytest.mark.parametrize("prose", [
    "Østdanmark og RAR Hovedstaden har oplevet stigning på hhv. 11 pct. og 13 pct.",
    "Stigningen var hhv. 11 pct. og 13 pct. i Østdanmark og RAR Hovedstaden.",
    "Østdanmark og Rudersdal har 279.857 og 3.313 fuldtidspersoner, hhv. 11 pct. og 8 pct. flere.",
    "Østdanmark og RAR Hovedstaden har oplevet stigning på 13 pct. og 11 pct.",  # no "hhv."
])
def test_c007_quiet_on_figures_in_the_tables_order(tmp_path: Path, prose: str) -> None:
    assert lint(tmp_path, OFFENTLIG_FORSØRGELSE.format(prose=prose), "C007") == []


# --- C008 count-contradicts-percentage --------------------------------------------------

FALL_OF_5_PCT = """\
sections:
  - title: Unge
    goals:
      - id: MÅL 2
        text: Antallet skal falde med 5 pct. Det svarer til et fald på {equivalent}.
        target:
          kind: change
          direction: decrease
          value: 5 pct.
          baseline_value: ca. 190 personer
          equivalent: {equivalent}
"""


def test_c008_fires_on_a_count_that_is_not_the_percentage_of_the_baseline(tmp_path: Path) -> None:
    body = FALL_OF_5_PCT.format(equivalent="ca. 25 personer")
    # line 17: `          equivalent: ` is 22 characters -> column 23
    assert lint(tmp_path, body, "C008") == [("C008", 17, 23)]
    [en] = findings(tmp_path, body, "C008")
    [da] = findings(tmp_path, body, "C008", lang="da")
    assert en.detail == "5 pct. of ca. 190 personer is about 10, not ca. 25 personer"
    assert da.detail == "5 pct. af ca. 190 personer er ca. 10, ikke ca. 25 personer"
    assert (en.severity, en.excerpt) == ("error", "ca. 25 personer")


def test_c008_fires_when_the_percentage_was_changed_and_the_count_was_not(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Kontanthjælpsmodtagere
        goals:
          - text: Antallet skal falde med 4 pct., svarende til 215 personer.
            target:
              kind: change
              value: 4 pct.
              baseline_value: 2.150 personer
              equivalent: 215 personer
    """
    # line 15: `          equivalent: ` is 22 characters -> column 23
    assert lint(tmp_path, body, "C008") == [("C008", 15, 23)]
    [finding] = findings(tmp_path, body, "C008")
    assert finding.detail == "4 pct. of 2.150 personer is about 86, not 215 personer"


@pytest.mark.parametrize("equivalent", ["ca. 10 personer", "ca. 9 personer", "10 personer"])
def test_c008_quiet_on_the_count_as_rounded(tmp_path: Path, equivalent: str) -> None:
    assert lint(tmp_path, FALL_OF_5_PCT.format(equivalent=equivalent), "C008") == []


def test_c008_quiet_when_the_baseline_is_not_a_count(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Flygtninge
        goals:
          - text: Andelen i beskæftigelse skal stige med 10 pct. fra 30 pct., til ca. 33 pct.
            target:
              kind: change
              value: 10 pct.
              baseline_value: 30 pct.
              equivalent: ca. 33 pct.
    """
    assert lint(tmp_path, body, "C008") == []


# --- C009 dangling-reference ------------------------------------------------------------

DANGLING = """\
sections:
  - number: "1."
    title: Indledning
    prose:
      - Målene står i bilag B, tallene i figur 3 og metoden i afsnit 5.2.
      - Indsatsen følger op på Mål 12.
  - number: "2."
    title: Voksne
    goals:
      - id: Mål 3
        text: Borgere lever et sundt liv i relationer og fællesskaber
    prose:
      - Som nævnt under Mål 3 vil AMU-forløb indgå i indsatsen.
"""


def test_c009_fires_on_references_to_what_does_not_exist(tmp_path: Path) -> None:
    # line 11 from column 9: "bilag B" at offset 14, "figur 3" at 33, "afsnit 5.2" at 54
    # line 12 from column 9: "Mål 12" at offset 23; line 19: the sentence from column 9
    assert lint(tmp_path, DANGLING, "C009") == [
        ("C009", 11, 23), ("C009", 11, 42), ("C009", 11, 63), ("C009", 12, 32), ("C009", 19, 9),
    ]


def test_c009_messages(tmp_path: Path) -> None:
    messages = [f.message for f in findings(tmp_path, DANGLING, "C009")]
    assert messages == [
        "refers to appendix B, but the plan has no appendix B",
        "refers to figure 3, but the plan has no figure 3",
        "refers to section 5.2, but the plan has no section 5.2",
        "refers to 'Mål 12', but the plan has no goal 12",
        "refers to 'Mål 3' for something that goal is not about "
        "('Borgere lever et sundt liv i relationer og fællesskaber')",
    ]
    danish = findings(tmp_path, DANGLING, "C009", lang="da")[3]
    assert danish.message == "henviser til 'Mål 12', men planen har ikke et mål 12"


def test_c009_quiet_on_references_that_resolve(tmp_path: Path) -> None:
    body = """\
    sections:
      - number: "1."
        title: Indledning
        prose:
          - Figur 3 Antal ledige 2018-2019
          - Målene står i bilag A, tallene i figur 3 og metoden i afsnit 2 og kapitel 1.
          - Ministerens mål 4 og beskæftigelsesministerens mål 2 følges; målet er 20 pct.
      - number: "2."
        title: Voksne
        goals:
          - id: MÅL 3
            text: Flere ledige skal opkvalificeres via AMU-forløb
        prose:
          - Som nævnt under Mål 3 vil AMU-forløb indgå i indsatsen.
    goal_overview:
      title: Oversigt over mål
      label: Bilag A
      groups:
        - goals: [{id: MÅL 3, text: Flere ledige skal opkvalificeres via AMU-forløb}]
    """
    assert lint(tmp_path, body, "C009") == []


# --- C010 duplicated-text ---------------------------------------------------------------

PASTED_TWICE = """\
sections:
  - title: Voksne med kort ledighed
    prose:
      - Jobcenteret vil sikre, at ledige med kort ledighed hurtigt kommer i job eller uddannelse.
    initiatives:
      - Tidlig indsats
      - Virksomhedsrettede tilbud
      - Tidlig indsats
    success_criteria:
      - text: Flere i job
      - text: Flere i job
  - title: Integration
    prose:
      - Jobcenteret vil sikre, at ledige med kort  ledighed hurtigt kommer i job eller uddannelse
"""


def test_c010_fires_on_a_paragraph_and_list_items_printed_twice(tmp_path: Path) -> None:
    # list items and paragraphs from column 9; a success criterion's text from column 15
    assert lint(tmp_path, PASTED_TWICE, "C010") == [("C010", 14, 9), ("C010", 17, 15), ("C010", 20, 9)]


def test_c010_messages_name_the_first_copy(tmp_path: Path) -> None:
    assert [f.detail for f in findings(tmp_path, PASTED_TWICE, "C010")] == [
        "same text as on line 12", "same text as on line 16", "same text as on line 10",
    ]
    assert [f.detail for f in findings(tmp_path, PASTED_TWICE, "C010", lang="da")][-1] == "samme tekst som på linje 10"


def test_c010_quiet_on_short_repeats_other_sections_and_key_figures(tmp_path: Path) -> None:
    body = """\
    sections:
      - title: Voksne med kort ledighed
        prose:
          - Se figur 1.
          - Jobcenteret vil sikre, at ledige med kort ledighed hurtigt kommer i job eller uddannelse.
        initiatives: [Tidlig indsats, Virksomhedsrettede tilbud]
        key_figures:
          - name: ledige
            value: 600 personer
            text: Jobcenteret vil sikre, at ledige med kort ledighed hurtigt kommer i job eller uddannelse.
      - title: Integration
        prose:
          - Se figur 1.
          - Jobcenteret vil sikre, at ledige med lang ledighed hurtigt kommer i job eller uddannelse.
        initiatives: [Tidlig indsats]
    """
    assert lint(tmp_path, body, "C010") == []


# --- C011 section-numbering -------------------------------------------------------------

TÅRNBY_NUMBERING = """\
sections:
  - number: "1."
    title: Arbejdsmarkedssituation
  - number: "2."
    title: Jobcenterets kerneopgave
  - number: "3."
    title: Fokusområder
  - number: "2.1"
    title: Unge
    level: 2
  - number: "2.2"
    title: Sygedagpenge
    level: 2
  - number: "4."
    title: Integration
  - number: "6."
    title: Virksomheder
"""


def test_c011_fires_on_sub_sections_of_another_chapter_and_a_skipped_chapter(tmp_path: Path) -> None:
    # `  - number: ` is 12 characters: the quote of each number at column 13
    assert lint(tmp_path, TÅRNBY_NUMBERING, "C011") == [("C011", 14, 13), ("C011", 22, 13)]


def test_c011_messages(tmp_path: Path) -> None:
    misplaced, skipped = findings(tmp_path, TÅRNBY_NUMBERING, "C011")
    assert misplaced.message == "sections 2.1–2.2 stand under chapter 3 Fokusområder"
    assert skipped.message == "chapter 6. follows chapter 4."
    misplaced_da, _ = findings(tmp_path, TÅRNBY_NUMBERING, "C011", lang="da")
    assert misplaced_da.message == "afsnit 2.1–2.2 står under kapitel 3 Fokusområder"


def test_c011_quiet_on_numbering_that_follows_its_chapters(tmp_path: Path) -> None:
    body = """\
    sections:
      - {title: Indledning}
      - {number: "3.", title: Fokusområder}
      - {number: "3.1", title: Unge, level: 2}
      - {title: Baggrund, level: 2}
      - {number: "3.2", title: Sygedagpenge, level: 2}
      - {number: "3.2.1", title: Jobafklaringsforløb, level: 3}
      - {number: "4.", title: Integration}
      - {number: "4.1", title: Flygtninge, level: 2}
    """
    assert lint(tmp_path, body, "C011") == []
