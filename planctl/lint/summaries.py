"""What each lint rule finds, in one sentence in Danish, for `planctl rules` under Danish.

The English sentence is the first line of the rule's documentation (its module docstring);
a test requires a Danish one for every rule.
"""

from __future__ import annotations

DANISH_SUMMARIES = {
    "U001": "En værdi, som udkastet endnu ikke har udfyldt.",
    "U002": "En pladsholder efterladt i den løbende tekst.",
    "U003": "En note eller et spørgsmål til forfatterne efterladt i teksten.",
    "U004": "En plan mærket UDKAST, selv om dens status er endelig eller vedtaget.",
    "U005": "En fejl i en Word-feltkode, der er sluppet ud i teksten.",
    "U006": "En sætning, hvor et tal eller et årstal skulle stå, men ikke gør.",
    "U007": "En liste, der varsles med et kolon, men aldrig kommer.",
    "C001": "Et mål sat for et år, som planen ikke dækker.",
    "C002": "Et årstal eller en dato i teksten, der ikke kan være et.",
    "C003": "Et mål, der er formuleret forskelligt i brødteksten og i måloversigten.",
    "C004": "En overskrift, der står forskelligt i indholdsfortegnelsen, måloversigten og brødteksten.",
    "C005": "Mål nummereret med huller, to gange eller med forskellige betegnelser.",
    "C006": "Tal i en tabel, der ikke stemmer.",
    "C007": "En sætning, der gengiver en tabels tal forkert.",
    "C008": "Et antal, der ikke følger af en procentsats og dens udgangspunkt.",
    "C009": "En henvisning til et mål, et afsnit, et bilag eller en figur, der ikke findes.",
    "C010": "Det samme afsnit eller listepunkt gengivet to gange.",
    "C011": "Underoverskrifter nummereret under det forkerte kapitel.",
    "C012": "Kommunens eget navn stavet forkert.",
    "C013": "Planens egen angivelse af sin periode, der strider mod planperioden.",
    "C014": "En passage på 25 ord eller flere, der står to gange i planen.",
    "C015": "Et afsnit, som indholdsfortegnelsen udelader.",
    "C016": "To afsnit med samme overskrift under samme kapitel.",
    "M001": "Et ministermål for planens år, som intet lokalt mål svarer på.",
    "M002": "Et mål uden noget at måle det på.",
    "M003": "Et måltal, som planen udskyder til senere.",
    "M004": "Ministermålene gengivet med en anden ordlyd eller et andet antal end udmeldt.",
    "M005": "Et mål, der angiver en retning, men ingen størrelse.",
    "M006": "Et mål, hvis målemetode planen selv siger ikke er fastlagt.",
    "M007": "En plan, hvor intet mål har et måltal.",
    "M008": "Planens eget antal ministermål stemmer ikke med den liste, den opregner.",
    "S001": "En `# planctl: ignore[...]`-kommentar, der ikke undertrykker noget.",
}
