"""The command line's help in Danish, for a Danish locale or `--lang da`.

Every help text of the commands and their options is said here once in Danish, keyed by its
English wording; `tests/cli/test_danish_help.py` fails when a text has no Danish twin.
"""

from __future__ import annotations

from typing import Any

DANISH: dict[str, str] = {
    "Danish municipal employment plans (beskæftigelsesplaner) as data: import them from Word, PDF or text, "
    "validate, lint, diff, compare and show them, and write a meeting's appendix.\n\nExample: planctl check plans/":
        "Kommunale beskæftigelsesplaner som data: importér dem fra Word, PDF eller tekst, validér, tjek, "
        "sammenlign og vis dem, og skriv bilaget til et møde.\n\nEksempel: planctl check plans/",
    "Validate plans and find what is wrong in them: placeholders, contradictions, gaps.\n\nExit code 0 when "
    "nothing is at error level, 1 when something is, 2 when a plan\ncannot be read or is invalid (each problem "
    "on stderr as file:line:col: message).\n\nExample: planctl check plans/ --format concise":
        "Validér planer og find det, der er galt i dem: pladsholdere, modsigelser, huller.\n\nAfslutningskode 0, "
        "når intet er på fejlniveau, 1 når noget er, 2 når en plan\nikke kan læses eller er ugyldig (hvert problem "
        "på stderr som fil:linje:kolonne: besked).\n\nEksempel: planctl check plans/ --format concise",
    "Plan files, or folders to search for *.yaml; - reads one plan from standard input.":
        "Planfiler eller mapper, der søges efter *.yaml; - læser én plan fra standard input.",
    "Output format (default: text; github when GITHUB_ACTIONS=true): text, concise, json, github, sarif, junit, "
    "gitlab.":
        "Uddataformat (standard: text; github når GITHUB_ACTIONS=true): text, concise, json, github, sarif, "
        "junit, gitlab.",
    "Write to this file (atomically) instead of standard output.":
        "Skriv til denne fil (atomisk) i stedet for standard output.",
    "Only these rules or families (e.g. U,C003).": "Kun disse regler eller familier (fx U,C003).",
    "Leave out these rules or families.": "Udelad disse regler eller familier.",
    "Also these rules or families, on top of the configuration's select.":
        "Også disse regler eller familier, ud over konfigurationens select.",
    "Also leave out these, on top of the configuration's ignore.":
        "Udelad også disse, ud over konfigurationens ignore.",
    "Leave out files matching this glob (repeatable); in folders, files that .gitignore ignores are left out too.":
        "Udelad filer, der passer til dette mønster (kan gentages); i mapper udelades også filer, som "
        ".gitignore ignorerer.",
    "Report only findings at this level and above.": "Rapportér kun fund på dette niveau og derover.",
    "Print nothing; the exit code says it all.": "Skriv intet; afslutningskoden siger det hele.",
    "Print how many findings each rule has, not the findings.":
        "Skriv, hvor mange fund hver regel har, i stedet for fundene.",
    "The name a plan read from standard input (-) is reported under.":
        "Det navn, en plan læst fra standard input (-) rapporteres under.",
    "Warnings fail too (exit code 1).": "Også advarsler fejler (afslutningskode 1).",
    "Skip named YAML files that are not plans: outside a plans/ folder and without planctl's schema comment on "
    "the first line (for pre-commit).":
        "Spring navngivne YAML-filer over, som ikke er planer: uden for en plans/-mappe og uden planctl's "
        "skemakommentar i første linje (til pre-commit).",
    "Exit 0 even when errors are found.": "Afslut med 0, også når der findes fejl.",
    "Check the files in N processes at once (default: the number of cores available); 1 checks them one after "
    "another. The output is the same.":
        "Tjek filerne i N processer på én gang (standard: antallet af tilgængelige kerner); 1 tjekker dem én "
        "efter én. Uddata er de samme.",
    "Check every file anew; without it, a file checked before, unchanged and with the same options, is "
    "answered from the cache (PLANCTL_CACHE_DIR, else ~/.cache/planctl).":
        "Tjek hver fil forfra; uden denne besvares en fil, der er tjekket før, uændret og med de samme "
        "tilvalg, fra mellemlageret (PLANCTL_CACHE_DIR, ellers ~/.cache/planctl).",
    "planctl.toml or pyproject.toml to use instead of searching.":
        "planctl.toml eller pyproject.toml, der skal bruges i stedet for at søge.",
    "Language of messages: da or en (default: from the locale, Danish when it is Danish).":
        "Sprog for beskeder: da eller en (standard: efter sprogindstillingen, dansk når den er dansk).",
    "Colour on a terminal (auto, honouring NO_COLOR and FORCE_COLOR), always or never.":
        "Farver i en terminal (auto, der respekterer NO_COLOR og FORCE_COLOR), always eller never.",
    "Say what changed from one plan to another: goals, targets, placeholders, prose, figures, tables.\n\nWith "
    "--format docx and -o FILE: the new plan as a Word document in which every change is a\ntracked change, to "
    "accept or reject in Word or LibreOffice.\n\nExit code 0 when there are no differences, 1 when there are, "
    "2 when a plan cannot be read.\n\nExample: planctl diff plans/lyngby-taarbaek-2019-udkast.yaml "
    "plans/lyngby-taarbaek-2019.yaml":
        "Sig, hvad der er ændret fra én plan til en anden: mål, måltal, pladsholdere, tekst, nøgletal, "
        "tabeller.\n\nMed --format docx og -o FIL: den nye plan som Word-dokument, hvor hver ændring er en\n"
        "registreret ændring, der kan godkendes eller afvises i Word eller LibreOffice.\n\nAfslutningskode 0 "
        "uden forskelle, 1 med forskelle, 2 når en plan ikke kan læses.\n\nEksempel: planctl diff "
        "plans/lyngby-taarbaek-2019-udkast.yaml plans/lyngby-taarbaek-2019.yaml",
    "The earlier plan (e.g. the draft the council saw).": "Den tidligere plan (fx det udkast, rådet så).",
    "The later plan (e.g. the plan that was adopted).": "Den senere plan (fx den plan, der blev vedtaget).",
    "Output format: text, markdown, json, docx.": "Uddataformat: text, markdown, json, docx.",
    "Only goals, sections, figures or tables.": "Kun mål, afsnit, nøgletal eller tabeller.",
    "Only the summary: how many changes of each kind.": "Kun opsummeringen: hvor mange ændringer af hver slags.",
    "docx: who made the tracked changes (default: git config user.name, else planctl).":
        "docx: hvem der har lavet de registrerede ændringer (standard: git config user.name, ellers planctl).",
    "docx: when the changes were made (default: now, UTC).":
        "docx: hvornår ændringerne blev lavet (standard: nu, UTC).",
    "docx: the municipality's Word template (.docx or .dotx) whose styles, page, header and footer to use.":
        "docx: kommunens Word-skabelon (.docx eller .dotx), hvis typografier, side, sidehoved og sidefod bruges.",
    "Compare plans side by side: goals per target group, ministermål coverage, key figures, quality.\n\nEach plan "
    "is a column. What cannot be compared is said in words, never left as an empty cell.\nWith --format docx and "
    "-o FILE: the same tables as a Word document on landscape pages, at most\nfour plans to a table. More than "
    "eight plans (the whole country) are shown a page at a time\nin the terminal; --format csv-long or json-long "
    "gives one record per plan and row.\n\nExample: planctl compare plans/*.yaml --rows target-groups,minister-goals":
        "Sammenlign planer side om side: mål pr. målgruppe, dækning af ministermål, nøgletal, kvalitet.\n\n"
        "Hver plan er en kolonne. Det, der ikke kan sammenlignes, siges med ord, aldrig som en tom celle.\n"
        "Med --format docx og -o FIL: de samme tabeller som Word-dokument på liggende sider, højst\n"
        "fire planer pr. tabel. Mere end otte planer (hele landet) vises en side ad gangen\ni terminalen; "
        "--format csv-long eller json-long giver én post pr. plan og række.\n\nEksempel: planctl compare "
        "plans/*.yaml --rows target-groups,minister-goals",
    "text: show the K-th page of plans, as many as fit side by side (more than eight plans are shown a page at a "
    "time).":
        "text: vis den K'te side af planer, så mange som er plads til side om side (mere end otte planer vises en "
        "side ad gangen).",
    "Plan files, or folders to search for *.yaml.": "Planfiler eller mapper, der søges efter *.yaml.",
    "Output format: text, markdown, json, csv, json-long, csv-long, docx.":
        "Uddataformat: text, markdown, json, csv, json-long, csv-long, docx.",
    "Which rows, comma-separated (default: all): target-groups, minister-goals, figures, quality.":
        "Hvilke rækker, kommasepareret (standard: alle): target-groups, minister-goals, figures, quality.",
    "Show a plan as a document: title, sections, goals with their targets, lists and tables.\n\nThe order and "
    "headings are the plan's own. text is for the terminal, markdown for a\npull request or an email, docx a Word "
    "document (write it with -o FILE).\nExit code 0 when the plan was shown, 2 when it cannot be read or is "
    "invalid.\n\nExample: planctl show plans/rudersdal-2021.yaml --format markdown":
        "Vis en plan som dokument: titel, afsnit, mål med deres måltal, lister og tabeller.\n\nRækkefølgen og "
        "overskrifterne er planens egne. text er til terminalen, markdown til en\npull request eller en e-mail, "
        "docx et Word-dokument (skriv det med -o FIL).\nAfslutningskode 0, når planen er vist, 2 når den ikke "
        "kan læses eller er ugyldig.\n\nEksempel: planctl show plans/rudersdal-2021.yaml --format markdown",
    "The plan file (YAML).": "Planfilen (YAML).",
    "Output format: text, markdown, docx.": "Uddataformat: text, markdown, docx.",
    "A Word document or template (.docx, .dotx) whose styles, page setup, headers and footers --format docx uses.":
        "Et Word-dokument eller en skabelon (.docx, .dotx), hvis typografier, sideopsætning, sidehoveder og "
        "sidefødder --format docx bruger.",
    "Write the appendix (bilag) a meeting needs, in Danish unless --lang en.\n\nThe goals by indsatsområde with "
    "their targets in short form; the\nministermål of the plan's year and the goals that answer them; the key\n"
    "figures; with --against, what changed since that version (the changes\nplanctl diff reports); for a draft, "
    "what is open before adoption (the\nplaceholders, notes and errors planctl check reports). --focus keeps\nwhat "
    "concerns one target group, for one hearing party.\nExit code 0 when the appendix was written, 2 when it could "
    "not be.\n\nExample: planctl appendix plans/lyngby-taarbaek-2019-udkast.yaml\n--meeting \"Handicaprådet 21. "
    "november 2018, punkt 8\" -o bilag.docx":
        "Skriv det bilag, et møde har brug for, på dansk medmindre --lang en.\n\nMålene pr. indsatsområde med "
        "deres måltal i kort form; ministermålene\nfor planens år og de mål, der besvarer dem; nøgletallene; "
        "med\n--against det, der er ændret siden den version (de ændringer,\nplanctl diff rapporterer); for et "
        "udkast det, der står åbent før vedtagelse\n(pladsholdere, noter og fejl, som planctl check rapporterer). "
        "--focus\nbeholder det, der vedrører én målgruppe, til én høringspart.\nAfslutningskode 0, når bilaget "
        "er skrevet, 2 når det ikke kunne skrives.\n\nEksempel: planctl appendix "
        "plans/lyngby-taarbaek-2019-udkast.yaml\n--meeting \"Handicaprådet 21. november 2018, punkt 8\" -o "
        "bilag.docx",
    "Output format: docx, markdown.": "Uddataformat: docx, markdown.",
    "The meeting the appendix is for: \"Handicaprådet 21. november 2018, punkt 8\".":
        "Det møde, bilaget er til: \"Handicaprådet 21. november 2018, punkt 8\".",
    "The version the meeting saw last: the appendix says what changed since.":
        "Den version, mødet så sidst: bilaget siger, hvad der er ændret siden.",
    "Only what concerns one target group (e.g. personer_med_handicap), for one hearing party.":
        "Kun det, der vedrører én målgruppe (fx personer_med_handicap), til én høringspart.",
    "The appendix's language: da or en.": "Bilagets sprog: da eller en.",
    "Suggest target groups (target_groups) for sections and goals that have none.\n\nPrints `file:line:col: what: "
    "target_groups: [...]  # the words`; the plans are never changed.\n\nExample: planctl tags "
    "plans/gladsaxe-2012.yaml --write-patch tags.patch && git apply tags.patch":
        "Foreslå målgrupper (target_groups) til afsnit og mål, der ikke har nogen.\n\nSkriver `fil:linje:kolonne: "
        "hvad: target_groups: [...]  # ordene`; planerne ændres aldrig.\n\nEksempel: planctl tags "
        "plans/gladsaxe-2012.yaml --write-patch tags.patch && git apply tags.patch",
    "Also show sections and goals that are tagged, where the words say more.":
        "Vis også afsnit og mål, der har målgrupper, hvor ordene siger mere.",
    "Write a patch adding the suggestions to this file ('-' for stdout); apply it with `git apply`. The plans are "
    "never changed.":
        "Skriv en patch med forslagene til denne fil ('-' for stdout); anvend den med `git apply`. Planerne "
        "ændres aldrig.",
    "Import a plan from an existing document, keeping what it cannot place verbatim as prose.\n\nFinds title, "
    "municipality, period, status (UDKAST), sections, goals, targets (\"x pct.\" stays a placeholder).\n\nAlso "
    "følgemål, succeskriterier, indsatsområder, ministermål, key figures, tables and the goal overview.\n\nA "
    "summary goes to standard error; --report lists what was skipped or kept as prose. Then run `planctl check`."
    "\n\nExample: planctl import beskaeftigelsesplan-2019.docx -o plans/lyngby-taarbaek-2019.yaml":
        "Importér en plan fra et eksisterende dokument og behold det, der ikke kan placeres, ordret som tekst."
        "\n\nFinder titel, kommune, periode, status (UDKAST), afsnit, mål, måltal (\"x pct.\" forbliver en "
        "pladsholder).\n\nOgså følgemål, succeskriterier, indsatsområder, ministermål, nøgletal, tabeller og "
        "måloversigten.\n\nEn opsummering går til standard error; --report viser, hvad der blev sprunget over "
        "eller beholdt som tekst. Kør derefter `planctl check`.\n\nEksempel: planctl import "
        "beskaeftigelsesplan-2019.docx -o plans/lyngby-taarbaek-2019.yaml",
    "The plan as .docx, .pdf, .txt or .md (read by its content).":
        "Planen som .docx, .pdf, .txt eller .md (læst efter indholdet).",
    "Write the plan here (atomically); standard output when left out.":
        "Skriv planen her (atomisk); standard output, hvis den udelades.",
    "Overwrite the -o file if it exists.": "Overskriv -o-filen, hvis den findes.",
    "The municipality, by name or kommunekode, when the document does not say.":
        "Kommunen, ved navn eller kommunekode, når dokumentet ikke siger det.",
    "The plan period ('2019', '2019-2023').": "Planperioden ('2019', '2019-2023').",
    "draft, final or adopted (default: draft when the document says UDKAST, else final).":
        "draft, final eller adopted (standard: draft, når dokumentet siger UDKAST, ellers final).",
    "Print everything skipped or kept as prose, with where it stood.":
        "Skriv alt, der blev sprunget over eller beholdt som tekst, med hvor det stod.",
    "Print the JSON Schema of the plan format (the file schemas/plan.schema.json).\n\nExample: planctl schema -o "
    "schemas/plan.schema.json":
        "Skriv JSON-skemaet for planformatet (filen schemas/plan.schema.json).\n\nEksempel: planctl schema -o "
        "schemas/plan.schema.json",
    "Print where the installed package keeps its copy of the schema (for an editor's settings).":
        "Skriv, hvor den installerede pakke har sin kopi af skemaet (til en editors indstillinger).",
    "List the lint rules of check, or print one rule's documentation.\n\nExample: planctl rules U001":
        "Vis reglerne, check bruger, eller én regels dokumentation.\n\nEksempel: planctl rules U001",
    "A rule id (U001) or name (placeholder-value).": "En regels id (U001) eller navn (placeholder-value).",
    "Print planctl's version and exit.": "Skriv planctl's version og afslut.",
    "Install completion for the current shell.": "Installér fuldførelse for den aktuelle skal.",
    "Show completion for the current shell, to copy it or customize the installation.":
        "Vis fuldførelse for den aktuelle skal, så den kan kopieres eller tilpasses.",
    "Show this message and exit.": "Vis denne besked og afslut.",
}

# Click's own headings, as the help writes them.
_HEADINGS = {"Usage:": "Brug:", "Options:": "Tilvalg:", "Arguments:": "Argumenter:", "Commands:": "Kommandoer:",
             "[default: ": "[standard: ", "[required]": "[påkrævet]"}


def in_danish(command: Any) -> None:
    """Put the Danish help on the command, its options and its subcommands (a click command tree)."""
    command.help = DANISH.get(command.help, command.help)
    for parameter in getattr(command, "params", []):
        if getattr(parameter, "help", None):
            parameter.help = DANISH.get(parameter.help, parameter.help)
    original = command.format_help

    def format_help(ctx: Any, formatter: Any) -> None:
        original(ctx, formatter)
        text = "".join(formatter.buffer)
        for english, danish in _HEADINGS.items():
            text = text.replace(english, danish)
        formatter.buffer[:] = [text]

    command.format_help = format_help
    for subcommand in getattr(command, "commands", {}).values():
        in_danish(subcommand)
