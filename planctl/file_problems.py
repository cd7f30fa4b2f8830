"""What `load.py` says of a file it cannot read as a plan, in Danish and English.

These are the problems of the file itself, found before the plan model sees it: bytes that are no
UTF-8 text, YAML that planctl refuses (tags, aliases, merge keys, duplicate keys, numbers YAML 1.1
and 1.2 read apart) and the bounds of `limits`. What the model finds wrong is worded in `hints.py`.
A detail quoted from PyYAML (`{problem}`) stays in PyYAML's English; numbers are written the Danish
way in both languages ("20.000", as planctl has always written them here).
"""

from __future__ import annotations

from planctl.messages import Message

BINARY = Message("binær fil, ikke en YAML-plan (den indeholder NUL-tegn)",
                 "binary file, not a YAML plan (it contains NUL bytes)")
NOT_UTF8 = Message("ikke UTF-8-tekst (byte 0x{byte})", "not UTF-8 text (byte 0x{byte})")
SAVE_AS_UTF8 = Message("gem planen som UTF-8", "save the plan as UTF-8")
EMPTY = Message("filen er tom; en plan begynder med 'municipality:'",
                "the file is empty; a plan starts with 'municipality:'")
CONTROL_CHARACTER = Message("kontroltegnet U+{code} er ikke tilladt i en YAML-fil",
                            "the control character U+{code} is not allowed in a YAML file")
DELETE_IT = Message("slet det; det er usynligt i de fleste editorer", "delete it; it is invisible in most editors")
LONG_LINE = Message(
    "linje {number} er {length} tegn lang; en plans linjer er højst {limit} tegn (del et langt afsnit med "
    "en YAML-blokskalar '>')",
    "line {number} is {length} characters long; a plan's lines are at most {limit} (break a long paragraph "
    "with a YAML block scalar '>')")
NOT_A_MAPPING = Message("en plan er en afbildning øverst (municipality:, title:, ...), ikke {kind}",
                        "a plan is a mapping at the top (municipality:, title:, ...), not {kind}")
A_LIST = Message("en liste", "a list")
A_SINGLE_VALUE = Message("en enkelt værdi", "a single value")
UNCLOSED_QUOTE = Message("en tekst i dobbelte anførselstegn, der begynder her, lukkes ikke på sin linje",
                         "a double-quoted text that opens here is not closed on its line")
INDENTATION_INDICATOR = Message("denne blokskalars indrykningsangivelse passer ikke til linjerne under den",
                                "this block scalar's indentation indicator does not match the lines under it")
TOO_DEEP = Message("lister og afbildninger er indlejret dybere, end en plan må være ({depth} niveauer)",
                   "lists and mappings nest deeper than a plan may ({depth} levels)")
TAG_NOT_ALLOWED = Message("YAML-tagget '{tag}' er ikke tilladt i en plan",
                          "the YAML tag '{tag}' is not allowed in a plan")
RECURSIVE_ALIAS = Message("et YAML-alias henviser til sig selv (rekursivt alias)",
                          "a YAML alias refers to itself (recursive alias)")
TOO_MANY_DIGITS = Message(
    "et tal med mere end {digits} cifre; skriv det som tekst i anførselstegn, hvis det er tekst",
    "a number of more than {digits} digits; write it as text in quotes if it is one")
YAML_1_1_NUMBER = Message(
    "'{value}' er ét tal for YAML 1.1, som planctl læser, og en anden værdi for YAML 1.2, som editorer kan "
    "læse; skriv tallet enkelt, eller sæt det i anførselstegn, hvis det er tekst",
    "'{value}' is one number to YAML 1.1, which planctl reads, and another value to YAML 1.2, which editors "
    "may read; write the number plainly, or quote it if it is text")
INVALID_VALUE = Message("ugyldig værdi: {problem}", "invalid value: {problem}")
NOT_VALID = Message("'{value}' er ikke gyldig som {kind}{detail}", "'{value}' is not a valid {kind}{detail}")
MERGE_KEY = Message("flettenøgler ('<<') kan ikke bruges i planfiler",
                    "merge keys ('<<') are not supported in plan files")
PLAIN_KEY = Message("en nøgle skal være et almindeligt ord som 'title'",
                    "a key must be a plain word such as 'title'")
DUPLICATE_KEY = Message("nøglen '{key}' står to gange (første gang på linje {line})",
                        "duplicate key '{key}' (first given on line {line})")
ALIAS_BOMB = Message(
    "YAML-aliaser udvider planen ud over dens grænse ({nodes} gentagne knuder eller {size} gentaget tekst; "
    "en aliasbombe?); skriv de gentagne dele ud i stedet",
    "YAML aliases expand the plan beyond its bound ({nodes} repeated nodes or {size} of repeated text; "
    "an alias bomb?); write the repeated parts out instead")

# What a scalar's tag asks for, in words, by the tag's name.
KINDS = {
    "int": Message("heltal", "whole number"),
    "float": Message("tal", "number"),
    "bool": Message("true eller false", "true or false"),
    "timestamp": Message("dato", "date"),
    "null": Message("null", "null"),
}

# Reading a named file or folder (`paths.py`): what a file is to the command that reads it, with its
# article ("not a plan file"), and what can be wrong before a byte of it is read.
A_FILE = Message("en fil", "a file")
A_PLAN_FILE = Message("en planfil", "a plan file")
A_CONFIGURATION_FILE = Message("en konfigurationsfil", "a configuration file")
A_WORD_TEMPLATE = Message("en Word-skabelon", "a Word template")
A_DOCUMENT = Message("et dokument", "a document")
NO_SUCH_FILE = Message("filen findes ikke", "no such file")
NO_SUCH_FILE_OR_FOLDER = Message("filen eller mappen findes ikke", "no such file or folder")
NO_PLAN_FILES = Message("ingen planfiler (*.yaml) i denne mappe", "no plan files (*.yaml) in this folder")
CANNOT_READ = Message("kan ikke læses: {reason}", "cannot read: {reason}")
PERMISSION_DENIED = Message("adgang nægtet", "permission denied")
A_FOLDER = Message("er en mappe, ikke {what}", "is a folder, not {what}")
NOT_A_REGULAR_FILE = Message("er ikke en almindelig fil (men en pipe, en enhed eller en socket), ikke {what}",
                             "is not a regular file (a pipe, device or socket), not {what}")
TOO_LARGE = Message("filen er større end {size}, det største {what} må være",
                    "the file is larger than {size}, the most {what} may be")
RIGHT_FILE = Message("en rigtig er langt mindre; er det den rigtige fil?",
                     "a real one is far smaller; is it the right file?")
