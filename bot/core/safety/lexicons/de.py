"""Crisis phrases in German (see the package's docstring for how patterns are written).

German puts the verb last and the negation in the middle ("ich will nicht mehr leben", "ich
will mich heute nacht umbringen"), so most phrases run from the modal verb to the infinitive,
with only softening words ({fill}) allowed between: never "nicht", so "ich will nicht sterben"
is not read as "ich will sterben". Phrases that mean a crisis *because* of their negation
("nicht mehr leben", "keinen grund mehr zu leben") carry it inside, from their first word.

Patterns are written with placeholders ({fill}, {ich}, {drug}...) and the German spelling;
`_spelt` lets each umlaut be typed with or without its e ("möchte", "mochte", "moechte"), ß
as ss or s, and any doubled letter single ("tabletten", "tableten").

Many crises are told without a crisis word: a plan with a time and a place, affairs put in
order, a goodbye, a past attempt come back, a cut told as a bare act. `_PLANS`, `_WISHES`,
`_FAREWELLS`, `_SELF_HARM_ACTS` and `_OVERDOSE_MORE` hold the cues of those that ordinary talk
rarely has; the vaguer ones ("der Plan steht", "für danach") only name the subject (`_NAMED`).

People also write as they speak: Swiss, Austrian and Bavarian, Swabian, Berlin, Kölsch, Saxon
and northern German ("i wott nümm läbe", "i bring mi um", "isch will misch umbringen", "ick
hab allet jenommen"). The placeholders carry the dialect pronouns, modal verbs and negations
({ich}, {mich}, {want}, {nomore}...), so each phrase reads them all; the sections from
`_DIALECT` on add the ways of saying it that standard German has no word for: censored words
("s*izid", "u n a l i v e n"), a game or an app left "für immer", tools and brand names, and the
double cues that make an ordinary sentence ("tschüss", "ich bin dann weg") a farewell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from bot.core.safety.lexicons import Kind, Lexicon

# --- Placeholders --------------------------------------------------------------------------

_FRAGMENTS: Final[Mapping[str, str]] = {
    # "Ich" in the dialects: Bavarian and Swiss "i", Berlin "ick", northern "ik", Kölsch "isch".
    "ich": "(?:ich|i|ick|ik|ech|ig|isch)",
    # "Mich" and "mir" as the dialects say them: "i bring mi um", "isch bring misch öm".
    "mich": "(?:mich|mi|misch|mech|mik)",
    "mir": "(?:mir|ma|mer|mia)",
    # Softening and time words that sit between a modal verb and its infinitive without
    # changing what is meant, in the dialects too ("eifach", "oafach", "hüt", "heit", "morn").
    # Never a negation: "nicht" between them is a denial.
    "fill": (
        "(?:(?:einfach|eifach|nur|noch|nurnoch|so|soo|echt|wirklich|eigentlich|ehrlich|gesagt|"
        "halt|eben|gerade|grad|grade|gleich|jetzt|jetz|heute|heut|morgen|bald|endlich|lieber|"
        "am liebsten|sofort|richtig|schon|wieder|immer|mal|doch|auch|irgendwie|dringend|"
        "ernsthaft|manchmal|oft|nacht|abend|nachts|sehr|total|voll|unbedingt|tatsächlich|"
        "ganz|langsam|mittlerweile|inzwischen|diesmal|endgültig|still|leise|heimlich|gern|"
        "gerne|dann|also|ja|eh|sowieso|bitte|momentan|ständig|vielleicht|mega|krass|nochmal|"
        "selbst|selber|plötzlich|wohl|bloß|zeitnah|trotzdem|wahrscheinlich|vermutlich|fast|"
        "insgeheim|akut|eifach|afoch|oafach|eenfach|eefach|afach|nume|no|scho|jitz|hüt|heit|"
        "hück|hit|morn|morgn|boid|grod|ebe|wirkli|würkli|ächt|ois|olles|nu|diese|dieses|woche|"
        "wochenende|früh|demnächst|irgendwann|glaub) ){0,6}"
    ),
    # Wanting, or feeling one should: the modal verbs of a wish or an intent ("i wott", "i wü",
    # "ech well", "i mecht").
    "want": (
        "(?:will|wll|wollte|wollt|möchte|möcht|mag|mog|wui|wü|wüll|wott|wött|wett|well|mecht|"
        "sollte|sollt|(?:würde|würd) (?:{ich} )?{fill}(?:gern|gerne|lieber|am liebsten))"
    ),
    # The same, and the ones of a plan ("ich werde", "ich muss") or a threat to oneself.
    "intend": (
        "(?:will|wll|wollte|wollt|möchte|möcht|mag|wui|wu|wü|wüll|wott|wött|wett|well|mecht|werde|"
        "werd|muss|musste|sollte|"
        "sollt|könnte|könnt|(?:würde|würd) (?:{ich} )?{fill}(?:gern|gerne|lieber|am liebsten))"
    ),
    # Wanting or needing to hurt oneself; "ich könnte mich verletzen" is a worry, not a wish.
    "hurt": (
        "(?:will|wll|wollte|möchte|möcht|mag|muss|musste|werde|werd|sollte|"
        "(?:würde|würd) (?:{ich} )?{fill}(?:gern|gerne|am liebsten))"
    ),
    # Where a phrase may start when "ich" was dropped: at the start of a clause, or after
    # "und"/"aber" ("bin müde und will mich umbringen").
    "start": "(?:^|(?<=# )|(?<=und )|(?<=aber )|(?<=doch ))",
    # "No longer", in the ways it is said and typed: "nimma", "nüm", "nümme", "nöd meh",
    # "nit mieh", "ni mehr".
    "nomore": (
        "(?:(?:nicht|nich|net|ned|nit|nid|nöd|ni|nimmer) (?:mehr|mer|meh|mee|mieh|mih|länger)|"
        "nimmer|nimma|nimmi|nüm|nümm|nümme|nüme|nümmä|nemme|nie mehr|nie meh|nie wieder)"
    ),
    # Staying alive ("läbe", "lebn", "do sei", "ufwache"); "leben in Berlin" or "leben wie ein
    # Student" is where or how, not whether.
    "living": (
        "(?:(?:leben|läbe|lebe|levve|leeve)(?! (?:in|im|bei|mit|ohne|wie|zusammen|allein|alleine|"
        "neben|unter|von|auf dem|auf der|zu hause)(?![a-z]))|lebn|weiterleben|weiter leben|"
        "am leben sein|am leben bleiben|existieren|existiern|"
        "(?:da|do|hier) (?:sein|sei|si)(?= #|$| auf| für immer)|"
        "auf (?:dieser|der) welt sein|aufwachen|aufwachn|ufwache|aufwochn|atmen|überleben)"
    ),
    # Killing oneself, as an infinitive after "mich" (with common typos of "umbringen").
    "killinf": (
        "(?:um(?:zu)?br[a-z]{0,5}n|töten|killen|umlegen|erhängen|aufhängen|erschießen|"
        "vergiften|ertränken|erdrosseln|erstechen|kaltmachen|unaliven|unalive|deleten|aufknüpfen|"
        "daschiassn|derschießen|"
        "löschen|auslöschen|wegmachen|abmurksen|vor (?:den|einen) zug werfen)"
    ),
    # The same with "zu" ("der Drang, mich umzubringen").
    "killzu": (
        "(?:umzubr[a-z]{0,5}n|um zu bringen|zu töten|zu erhängen|aufzuhängen|"
        "zu erschießen|zu vergiften|zu ertränken|umzulegen|zu killen|zu unaliven)"
    ),
    # Medicines and drugs people take too many of, with the brand names people use. One leading
    # "[a-z]*" for all the compounds ("schlaftabletten", "herztablettn"): it is tried at every
    # word, so it is written once.
    "drug": (
        "(?:[a-z]*(?:tabletten|tablette|tablettn|pillen)|tabs|pille|medikamente|medikament|"
        "medis|meds|schlafmittel|schmerzmittel|beruhigungsmittel|antidepressiva|"
        "antidepressivum|benzos|tavor|lorazepam|diazepam|valium|paracetamol|ibuprofen|ibus|"
        "aspirin|insulin|insulinpens|opioide|opiate|opiat|oxy|oxycodon|fentanyl|heroin|tilidin|"
        "tramadol|tramal|morphium|lithium|quetiapin|seroquel|zopiclon|zolpidem|mirtazapin|"
        "neuroleptika|novalgin|metamizol|ibu|lyrica|pregabalin|venlafaxin|amitriptylin|"
        "lamotrigin|ritalin|methadon|subutex|codein|vomex|schmerzpflaster|pulverl|citalopram|"
        "sertralin|medikation|medikamentenvorrat)"
    ),
    # Having swallowed or injected, in the dialects too ("gno", "gnumma", "jenommen").
    "took": (
        "(?:genommen|geschluckt|eingeworfen|eingenommen|reingeworfen|runtergeschluckt|"
        "gespritzt|reingehauen|drin|intus|runtergespült|reingeballert|reingekippt|gnumma|gnumme|"
        "gnomme|gno|gnoh|gnumman|gnomma|gnommen|gschluckt|gspritzt|jenommen|jenomme|jenomm|"
        "jeschluckt|jejovve|reingezogen|reingedrückt|runterjekippt|runtergekippt|gefressen|"
        "eingschmissen|reingschmissen|reingepfiffen)"
    ),
    # Any word but a denial, for gaps inside a phrase: "ich hab früher geritzt" is no crisis.
    "gap": (
        "(?:(?!(?:nicht|nich|net|ned|nöd|nid|nie|niemals|nimmer|kein|keine|keinen|keinem|keiner|"
        "kei|koa|keen|ohne|niemand|niemandem|niemanden|früher)(?![a-z]))[a-z]+ )"
    ),
    # Goodbyes said to everyone, at the end of something.
    "farewell": (
        "(?:adieu|tschüss|tschüs|bye|goodbye|lebt wohl|leb wohl|verzeiht mir|verzeih mir|"
        "passt auf euch auf|pass auf dich auf|{ich} hab euch lieb|{ich} liebe euch)"
    ),
    "end": "(?= #|$)",
    # Any one word and the clause break after it, for short bounded windows; written
    # "(?:# )?{w}{0,6}" so that the window may also open on a clause break.
    "w": "(?:[a-z0-9]+ (?:# )?)",
}

_PLACEHOLDER: Final = re.compile("{(" + "|".join(_FRAGMENTS) + ")}")
# Umlauts typed with or without their e; ß as ss or s.
_SPELLINGS: Final = {"ä": "(?:a|ae)", "ö": "(?:o|oe)", "ü": "(?:u|ue)", "ß": "(?:ss|s)"}


def _filled(source: str) -> str:
    """The source with its placeholders filled, including those inside fragments."""
    filled = _PLACEHOLDER.sub(lambda placeholder: _FRAGMENTS[placeholder[1]], source)
    return filled if filled == source else _filled(filled)


def _spelt(source: str) -> str:
    """A pattern as people type it: placeholders filled, umlauts either way, doubles optional."""
    source = _filled(source)
    for letter, either in _SPELLINGS.items():
        source = source.replace(letter, either)
    return re.sub(r"([a-z])\1", r"\1\1?", source)


# --- Suicide ---------------------------------------------------------------------------------

_SUICIDE: Final[Sequence[str]] = (
    # Wanting to die or to be dead: "ich will sterben", "ich möchte einfach tot sein".
    "{want} (?:{ich} )?{fill}(?:sterben|sterbn|tot sein|tot umfallen)",
    "sterb(?:en|n) (?:will|möchte|wollte|mag) {ich}"
    "(?! (?:nicht|nich|net|ned|nie|niemals|keinesfalls)(?![a-z]))",
    "(?:er|sie|{ich}|dass|weil) {fill}sterben (?:will|wolle|möchte|wollte|mag)",
    "lieber (?:sterbe|sterb) {ich}|(?:sterbe|sterb) {ich} lieber",
    "(?:wäre|wär|bin|sein) (?:{ich} )?{fill}lieber {fill}(?:tot|gestorben)",
    "lieber tot (?:sein|wäre|wär)",
    "lieber (?:# )?(?:es )?(?:wär|wäre) (?:einfach )?alles vorbei{end}",
    "(?:auch wenn|selbst wenn) {gap}{0,3}{ich} {gap}?(?:dafür )?sterben (?:muss|müsste)",
    "kann {ich} {fill}(?:in frieden|beruhigt) (?:gehen|sterben|einschlafen)",
    "(?:am liebsten|lieber) (?:wäre|wär) {ich} {fill}"
    "(?:tot|gestorben|nicht mehr (?:da|hier|am leben))",
    "(?:wäre|wär) (?:{ich} )?{fill}(?:gern|gerne) tot",
    "aufhören (?:zu leben|zu existieren|zu atmen)",
    "{want} {fill}(?:für immer (?:schlafen|einschlafen)|schlafen für immer)",
    "(?:sehne|sehn) mich {gap}?nach dem (?:tod|sterben)",
    "(?:sorry|tut mir leid|entschuldigung|entschuldige) (?:# )?dass {ich} (?:überhaupt )?"
    "(?:existiere|lebe|geboren (?:bin|wurde))",
    "lieber (?:# )?(?:{ich} )?(?:wär|wäre) {gap}{0,4}(?:gestorben|tot)",
    "(?:wär|wäre) {ich} (?:doch|bloß|nur|damals) {gap}{0,3}(?:gestorben|tot)",
    # A wish, a longing or a resolve to die, with the infinitive after it.
    "(?:wunsch|wünsche|wünsch|wünschte|gewünscht|sehnsucht|sehne mich danach|"
    "sehn mich danach|gedanke|nichts dagegen|lust|bereit|entschlossen|entschluss|beschlossen|"
    "vorgenommen|drang) {gap}{0,2}(?:# )?(?:tot zu sein|zu sterben|"
    "nicht mehr (?:da |hier |am leben )?zu sein|nicht mehr zu leben|nicht mehr aufzuwachen)"
    "(?! (?:# )?(?:macht|machte|jagt) (?:mir |uns )?(?:angst|panik))",
    "(?:wünschte|wünsche|wünsch) (?:{ich} )?(?:mir )?(?:# )?(?:{ich} )?(?:wäre|wär) (?:{ich} )?"
    "{fill}(?:tot|gestorben|nie geboren|nicht (?:mehr )?(?:da|hier|am leben))",
    "(?:wäre|wär) (?:{ich} )?{fill}nie geboren",
    "nie geboren (?:worden )?(?:wäre|wär|sein|werden sollen)",
    "(?:hätte|hätt|hätten) mich {gap}?(?:nie|nicht) (?:bekommen|kriegen|gebären) sollen",
    # Not to exist: "ich wünschte, es gäbe mich nicht", "als hätte es mich nie gegeben".
    "(?:gäbe|gäb|gäbs) (?:es )?mich {gap}?(?:nicht|nimmer|nicht mehr)",
    "es mich {gap}?(?:nicht|nicht mehr|nie|nimmer) (?:gäbe|gäb|gegeben hätte|geben würde)",
    "(?:hätte|hätt) es mich {gap}?(?:nie|nicht) gegeben",
    # Killing oneself, with "ich" said or dropped at the start of a clause; "meine Mutter
    # will mich umbringen" is someone else, and a joke.
    "(?:{ich} {fill}|{start}){intend} (?:{ich} )?{fill}mich {fill}{killinf}",
    "{intend} {ich} {fill}mich {fill}{killinf}",
    "mich {fill}{killzu}",
    "{ich} {fill}mich {fill}(?:umbringe|umbring|töte|erhänge|erschieße|vergifte)",
    "(?:{ich} {fill}|{start})(?:bring|bringe) (?:{ich} )?{fill}mich {fill}um"
    "(?! (?:den|die|das|dem|meine|meinen|meinem|mein|meiner)(?![a-z]))",
    "(?:bring|bringe) {ich} {fill}mich {fill}um"
    "(?! (?:den|die|das|dem|meine|meinen|meinem|mein|meiner)(?![a-z]))",
    "{ich} {fill}(?:töte|töt|erhänge|erhäng|vergifte|erschieße|ertränke) mich",
    "(?:{intend}|hab vor|habe vor|plane) {fill}mir {fill}(?:das leben (?:zu )?nehmen|"
    "die kugel (?:zu )?geben|die pulsadern (?:aufzuschneiden|aufschneiden|aufzuschlitzen|"
    "aufschlitzen))",
    "mir {fill}das leben zu nehmen",
    "(?:nehm|nehme) (?:{ich} )?mir {fill}das leben",
    "pulsadern {gap}{0,2}(?:aufschneiden|aufzuschneiden|aufschlitzen|aufzuschlitzen|"
    "aufgeschnitten|aufgeschlitzt|aufritzen)",
    "(?:durch|von) (?:meiner?|eigener?) (?:eigene |eigenen )?hand (?:sterben|gestorben)",
    "(?:gestorben|sterben|tot) (?:durch|von) (?:meine|meiner|eigener) (?:eigene |eigenen )?hand",
    "wie {ich} (?:mich )?(?:umbringe|töte|sterbe|es beende|mir das leben nehme)",
    "(?:stelle|ort|brücke|platz) (?:# )?wo {ich} es (?:machen|tun) (?:will|werde|möchte)",
    "(?:höchste |hohe )?(?:brücke|hochhaus) {gap}{0,4}(?:ausgesucht|rausgesucht)",
    "(?:waffe|pistole|knarre|revolver|gewehr) {gap}{0,3}(?:an (?:den|meinen|seinen|ihren) "
    "kopf|an (?:meinem|seinem|ihrem) kopf|an die schläfe|in den mund)",
    # "Sich etwas antun" is how German says it without saying it.
    "(?:{intend}|hab vor|habe vor|drang|angst) {fill}mir {fill}(?:was|etwas|wat|wos|ewas|"
    "watt) (?:an ?tun|andun|anzutun)",
    "mir (?:was|etwas|wat|wos) (?:angetan|anzutun)",
    "{ich} {fill}mir {fill}(?:was|etwas|wat) (?:antue|antu|antun werde|antun könnte)",
    # Suicide named with an intent: "ich werde Suizid begehen", "ich hab Suizidgedanken".
    "(?:suizid|suizied|suzid|selbstmord|selbsmord|selbstmort|freitod|sui) (?:zu )?"
    "(?:begehen|machen|planen|verüben)",
    "{intend} {fill}(?:suizid|suizied|selbstmord|selbsmord|selbstmort)",
    "(?:plane|planen|plan) {fill}(?:meinen|den) (?:suizid|selbstmord|tod|freitod)",
    "(?:hab|habe|mein|meinen|einen) {fill}(?:suizid|selbstmord) ?plan",
    "(?:suizid|selbstmord|sterben|tod|der tod|freitod) (?:ist|wäre|scheint) {gap}{0,2}"
    "(?:der |die |meine |mein )?(?:einzige|letzte|beste) (?:ausweg|option|lösung|weg)",
    "(?:sterben|tot sein|der tod|nicht mehr aufwachen) (?:klingt|wäre|scheint|fühlt sich) {fill}"
    "(?:gut|schön|verlockend|besser|wie eine lösung|friedlich)",
    "(?:denk|denke|dachte|denken|nachdenken|überlege|überleg|plane) {gap}{0,3}(?:an|über) "
    "(?:den )?(?:suizid|suizied|selbstmord|selbsmord|freitod)",
    "(?:hab|habe|hatte|hab {ich}|habe {ich}|meine|kriege|krieg|bekomme|quälen mich|wieder) "
    "{fill}(?:(?:starke|schlimme|konkrete|akute|krasse|heftige) )?"
    "(?:suizid|suizied|suzid|sui|selbstmord|selbsmord|suizidale|suizidalen) ?gedanken",
    "(?:suizid|suizied|suzid|sui|selbstmord|selbsmord|suizidale) ?gedanken {gap}{0,3}"
    "(?:wieder|zurück|schlimm|schlimmer|stark|stärker|heftig|laut|lauter|konkret|da)",
    "(?:bin|fühl mich|fühle mich|werde) {fill}suizidal",
    "(?:hab|habe|mein|meine|meinen) {fill}(?:todeswunsch|todessehnsucht)",
    "(?:bin|fühl mich|fühle mich) {fill}(?:lebensmüde|lebenssatt)",
    # Ending one's life, or "it".
    "(?:mein|meinem) leben {fill}(?:beenden|zu beenden|beende|auslöschen|wegwerfen)",
    "(?:(?:meinem|dem|diesem) leben|allem) {fill}ein ende "
    "(?:setzen|machen|bereiten|zu setzen|zu machen)",
    "(?:will|möchte|werde|werd) {fill}(?:es|(?:das )?alles|das ganze|das hier) {fill}beenden{end}",
    "(?:sehe|seh|gibt|gibt es|finde|find) {fill}keinen (?:anderen )?ausweg (?:mehr)?"
    "(?:{end}| für mich| als)",
    "(?:halte|halt|ertrage|ertrag|packe|pack) (?:das|dieses|mein|so ein) leben {fill}nicht mehr",
    "(?:leid|müde|satt) (?:# )?zu leben",
    "(?:hab|habe) mich (?:selbst )?aufgegeben",
    "(?:verdiene|verdien) (?:es )?(?:nicht|nich) (?:zu leben|am leben zu sein|zu existieren)",
    "(?:verdiene|verdien) (?:den tod|es zu sterben|zu sterben)",
    "(?:mein|das) leben (?:soll|muss|darf|möge) {fill}(?:aufhören|enden|vorbei sein)",
    "(?:will|möchte|wünsche|wünschte) (?:# )?(?:dass|das) (?:mein leben|alles) {fill}"
    "(?:aufhört|endet|vorbei ist|ein ende hat)",
    "strich unter (?:mein|das) leben",
    "schluss (?:machen |zu machen )?mit (?:meinem leben|dem leben|allem)"
    "(?! (?:für|auf|in|im|was)(?![a-z]))",
    "{ich} {fill}(?:mach|mache) {fill}schluss (?:# )?(?:nicht mit (?:ihm|ihr|dir|euch) (?:# )?)?"
    "mit mir",
    "mit (?:meinem leben|dem leben) (?:schluss|ende) (?:machen|mache|mach)",
    "mit dem leben abgeschlossen",
    "genug vom leben",
    "das leben satt",
    # Not wanting to live on: "ich will nicht mehr leben", "i mog nimma lebn".
    "(?:will|wll|wollte|möchte|möcht|mag|mog|wui|wü|wott|wött|wett|well|mecht|sollte|werde|werd) "
    "(?:{ich} )?{fill}{nomore} {fill}{living}",
    "(?:will|wll|möchte|möcht|mag|mog|wui|wü|wott|wött|wett|well|mecht) (?:{ich} )?"
    "(?:einfach |eifach |afoch |oafach |eenfach |nur |eigentlich |echt ){0,4}{nomore} "
    "(?:sein|sei|si)(?: (?:mehr|meh))?{end}",
    "(?:will|wll|möchte|möcht|mag|mog|wui) (?:{ich} )?{fill}(?:nicht|nich|net) "
    "(?:leben(?! (?:in|im|bei|mit|ohne|wie|so|zusammen|allein|alleine|unter)(?![a-z]))|"
    "existieren|am leben sein)",
    "(?:lebe|leb) (?:{ich} )?{fill}nicht mehr"
    "(?! (?:in|im|bei|mit|zusammen|allein|alleine|dort|da|hier|so|zu hause)(?![a-z]))",
    "(?:wenn|falls|sobald) {ich} {fill}nicht mehr (?:lebe|leb)",
    "(?:wenn|falls|sobald|dass|wo) (?:{ich}|er|sie) {fill}nicht mehr (?:da|hier|am leben|"
    "auf der welt) (?:bin|ist|wäre|wär|sein werde|sein wird)",
    "{ich} {fill}(?:bin|wäre|wär) {fill}nicht mehr (?:(?:da|hier)(?= #|$| für immer| auf)|"
    "am leben|auf der welt)",
    "(?:(?:bald|dann|danach|sonst) (?:bin|wäre|wär) {ich} {fill}nicht mehr (?:da|hier)|"
    "(?:bin|wäre|wär) {ich} {fill}nicht mehr (?:am leben|auf der welt))"
    "(?! (?:in|im|bei|an|zu|für|ab)(?![a-z]))",
    "nicht mehr (?:da|hier|am leben|auf der welt) zu sein",
    "nie (?:wieder|mehr) da (?:sein|zu sein)",
    "sonst (?:wär|wäre|wärs) {ich} {fill}(?:längst |lange )?(?:weg|tot|nicht mehr (?:da|hier))",
    "nur noch am leben (?:# )?(?:weil|wegen)",
    "(?:lebe|leb) (?:{ich} )?nur noch (?:wegen|weil)",
    # Not waking up: "einschlafen und nie wieder aufwachen", "hoffentlich wach ich nicht auf".
    "{nomore} (?:aufwachen|aufwache|aufzuwachen|aufwach|wach werden)",
    "(?:wach|wache) {ich} {fill}(?:nicht|nicht mehr|nie mehr|nie wieder|nimmer) auf{end}",
    "(?:hoffe|hoffentlich|wünschte|wünsche) (?:# )?(?:dass )?{ich} {fill}(?:wach|wache) {fill}"
    "(?:nicht|nicht mehr|nie mehr|nie wieder|nimmer) (?:mehr )?auf",
    "dass {ich} {fill}(?:nicht|nicht mehr|nie mehr|nie wieder|nimmer) (?:mehr )?aufwache",
    "(?:leider|enttäuscht|schade) (?:# )?(?:dass {ich} )?(?:schon )?wieder aufgewacht",
    "wieder aufgewacht (?:# )?leider",
    # No reason, strength or will to live.
    "(?:kein|keinen|keine) (?:grund|sinn|kraft|bock|lust|energie|mut|wille|willen|motivation|"
    "hoffnung) (?:mehr )?(?:zu leben|zum leben|weiterzuleben|zum weiterleben|am leben|"
    "für (?:das |mein |dieses )?leben|"
    "zu existieren|um zu leben|um weiterzuleben|auf (?:das |mein |dieses )?leben|aufs leben)"
    "(?! (?:wie|in|im|bei|mit|so|allein|alleine|ohne|hier|dort)(?![a-z]))",
    "(?:mein|das) leben (?:hat|macht) (?:für mich )?(?:keinen|kein|null) (?:sinn|zweck|wert)",
    "(?:mein|das) leben ist {gap}?(?:sinnlos|wertlos|nicht (?:mehr )?lebenswert)",
    "(?:nicht|nicht mehr) (?:lebenswert|wert zu leben|wert am leben zu sein)",
    "lohnt (?:es )?sich (?:für mich )?(?:nicht mehr|nicht|nimmer) (?:zu leben|weiterzuleben)",
    "nichts (?:mehr )?(?:# )?(?:wofür|für das) (?:es sich )?(?:noch )?(?:zu )?leben",
    "warum (?:soll {ich} |sollte {ich} )?(?:noch|überhaupt|weiter) (?:leben|weiterleben|"
    "am leben bleiben|existieren|bleiben{end})",
    "(?:wofür|wozu) (?:noch )?(?:leben|weiterleben){end}",
    "warum (?:lebe|leb|bin) {ich} (?:eigentlich )?(?:noch|überhaupt)(?: am leben| hier| da)?{end}",
    # Passive wishes: an accident or an illness would be welcome.
    "wenn (?:{ich}|mich) {gap}{0,5}(?:sterbe|sterben würde|sterben würd|sterben sollte|"
    "tot umfalle|draufgehe|überfährt|überfahren würde|nicht mehr aufwache|abstürze|umkomme|"
    "verunglücke) (?:# )?(?:dann )?(?:wäre|wär|wärs|ist (?:es|das|mir)|dann ist (?:es|das)|"
    "gut|okay|ok|egal)",
    "(?:wäre|wär|ist) (?:es |das |mir )?{gap}?(?:okay|ok|egal|recht|gut|schön|"
    "eine erleichterung|nicht schlimm) (?:# )?wenn (?:{ich}|mich) {gap}{0,4}"
    "(?:sterbe|sterben würde|tot umfalle|überfährt|überfahren würde|nicht mehr aufwache|"
    "umkomme|abstürze|verunglücke|umbringt)",
    "(?:sterben|tod|tot sein|tot|abstürzt|abstürzen) {gap}{0,3}(?:# )?(?:wäre|wär) "
    "(?:das |es )?{gap}?(?:eine |die )?(?:erleichterung|erlösung|befreiung)",
    "(?:wenn|dass) (?:mich )?der tod {gap}{0,2}(?:zu mir kommt|mich holt|holt)",
    "(?:hoffe|hoffentlich|gehofft|wünsche|wünschte) (?:# )?(?:dass )?mich {gap}{0,3}"
    "(?:trifft|überfährt|erwischt|umfährt|totfährt|umbringt|tötet)",
    "wenn mich {gap}{0,3}(?:überfährt|überfahren würde|totfährt|umbringt|umbringen würde)",
    "(?:hoffe|hoffentlich) {fill}(?:# )?(?:dass )?(?:{ich} )?{fill}"
    "(?:sterbe|tot bin|nicht alt werde)(?! (?:nicht|nich|net|vor|an|bei|noch)(?![a-z]))",
    "hoffe {fill}(?:# )?(?:dass )?(?:die|meine) (?:op|operation|narkose) {gap}?"
    "(?:schief ?geht|schief gehen|nicht gut geht)",
    "hoffentlich (?:sterbe {ich}(?! (?:nicht|nich|vor)(?![a-z]))|bin {ich} {fill}tot)",
    # Burden: everyone would be better off.
    "(?:besser|leichter|einfacher|glücklicher|schöner|ruhiger|erleichtert|besser dran) "
    "{gap}{0,3}(?:# )?(?:ohne mich|wenn (?:{ich}|es mich) {gap}{0,2}(?:weg (?:bin|"
    "wäre|wär)|tot (?:bin|wäre|wär)|nicht mehr|sterbe|sterben würde|verschwinde|"
    "nicht (?:da|hier) (?:wäre|wär)|nicht gäbe|nie geboren))",
    "ohne mich {gap}{0,6}(?:besser|leichter|einfacher|glücklicher|schöner)"
    "(?! (?:gelaufen|geworden|ausgegangen|funktioniert|geklappt|eingeschlafen|geschlafen|"
    "gespielt|gegessen)(?![a-z]))",
    "besser (?:# )?(?:{ich}|wenn {ich}) (?:verschwinde|sterbe|bin tot|tot bin|weg bin)",
    "(?:atmen|atmet) (?:alle|alle anderen|jeder|sie|die) {gap}?auf",
    "(?:{ich} bin|bin {ich}|{ich} war|{ich} wäre|{ich} bin für) {gap}{0,3}"
    "(?:last|belastung|bürde|burden|zumutung)(?! (?:von|ab|los)(?![a-z]))",
    "zur last (?:fallen|falle|gefallen|fällt|zu fallen)",
    "(?:falle|fall) {gap}{0,2}zur last",
    "(?:bin|steh|stehe) (?:allen|jedem|euch allen|euch) (?:nur |immer |bloß )?im weg",
    "(?:niemand|keiner|keine sau|kein mensch|kein schwein) {gap}{0,2}(?:würde|wird|würd) "
    "{gap}{0,2}(?:mich vermissen|es (?:be)?merken{end}|(?:es )?merken "
    "(?:# )?(?:wenn|falls|dass) {ich} {gap}?(?:weg|tot|nicht mehr|sterbe|verschwinde|fehle))",
    "(?:würde|wird|würd) (?:mich )?(?:überhaupt )?(?:jemand|irgendwer|wer) (?:mich )?vermissen",
    "nicht wert (?:# )?(?:zu leben|am leben zu sein|zu existieren)",
    # Farewells: "für immer" after a goodbye, a goodbye letter, a last message.
    "(?:tschüss|tschüs|tschö|tschau|ciao|bye|goodbye|adieu|ade|servus|pfiat (?:eich|euch|di|"
    "enk)|lebt wohl|lebewohl|leb wohl|machts gut|macht es gut|macht s gut|gute nacht|"
    "auf wiedersehen|{ich} geh|{ich} gehe|{ich} bin weg|bin weg|{ich} verschwinde|"
    "log mich aus|verabschiede mich|schlaf ein|schlafe ein) {gap}{0,3}(?:# )?für immer"
    "(?! (?:nach|in|ins|zu|zum|zur|an|aus|weg aus|weg von|weg nach|fort)(?![a-z]))",
    "für immer (?:# )?(?:tschüss|tschüs|bye|goodbye|adieu|lebt wohl|lebewohl)",
    "{want} {fill}(?:weg|gehen) (?:# )?für immer",
    "für immer (?:einschlafen|einzuschlafen)",
    "abschied (?:# )?für immer",
    "(?:schönes|gutes) leben (?:# )?ohne mich",
    "(?:will|wollte|wollt|möchte) (?:euch |dir )?(?:nur )?noch (?:tschüss|tschüs|lebewohl|"
    "auf wiedersehen|adieu|goodbye|bye) sagen",
    "fertig mit dem leben",
    # A goodbye and giving up, side by side: "ich kann nicht mehr. adieu".
    "{farewell} (?:# )?{ich} (?:kann|will|schaff|schaffe|halt|halte|pack) (?:das |es )?"
    "(?:einfach |alles )?nicht mehr(?: aus)?{end}",
    "{ich} (?:kann|will|schaff|schaffe|halt|halte|pack) (?:das |es )?(?:einfach |alles )?"
    "nicht mehr(?: aus)? (?:# )?{farewell}(?! (?:bis|und|gute nacht)(?![a-z]))",
    "(?:bye|goodbye|tschüss|tschüs|adieu|ciao) (?:bye )?(?:welt|world|grausame welt|cruel world)",
    "(?:mein|meine|meinen|einen|nen|den|die) abschiedsbriefe?"
    "(?! (?:an|für) (?:die |das |meine |meinen |alle |unsere )?(?:kollegen|kolleginnen|team|"
    "firma|klasse|abteilung|schule|chef|chefin|verein|mannschaft)(?![a-z]))",
    "abschiedsbriefe? {gap}?(?:geschrieben|schreiben|verfasst|fertig|liegt|liegen)",
    "(?:sucht|such|suchen sie) (?:bitte )?(?:nicht|nich) nach mir",
    "(?:das|dies|hier|heute|morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|"
    "samstag|sonntag) (?:ist|war) (?:meine|mein) letzte(?:r|s)? (?:nachricht|tag|"
    "abend|eintrag|wochenrückblick|gruß)"
    "(?! (?:# )?(?:im|in|bei|an|als|vor|auf|mit|für|hier|heute|dieses|diese|dieser|des|der|"
    "vom|von|am|zu|ab|bevor|ehe|weil|denn|dann|morgen|danach|yay|endlich)(?![a-z]))",
    "letzte nachricht an (?:euch|dich|alle|die welt)"
    "(?! (?:war|ist|hat|habe|wurde|tut|kam)(?![a-z]))",
    "(?:gibt|gibts|gibt es) (?:für mich )?(?:kein|keine|keinen) (?:morgen|zukunft|nächste|"
    "nächsten|nächstes) {gap}?(?:mehr )?für mich",
    "für mich (?:gibt es|gibts|gibt s) (?:kein|keine|keinen) (?:morgen|zukunft|nächste|"
    "nächsten|nächstes)",
    "(?:dich|euch) gekannt zu haben",
    "lebewohl sagen|sag(?:e)? {gap}{0,2}lebewohl|(?:lebt|leb) wohl{end}",
    "(?:wenn|falls) (?:du|ihr) (?:das|dies) (?:hier )?(?:liest|lest|ließt) (?:# )?"
    "(?:bin|ist|sind) (?:{ich} |sie |er )?(?:schon )?(?:tot|nicht mehr (?:da|am leben))",
    "(?:wenn|falls) (?:du|ihr) (?:das|dies) (?:hier )?(?:liest|lest|ließt) (?:# )?"
    "(?:{ich} )?(?:bin|ist) (?:schon )?tot",
    # Putting things in order: belongings given away, one's own funeral planned.
    "(?:meine|mein|meinen|all meine|alle meine|meine ganzen|meinen ganzen|seine|ihre|"
    "seine ganzen|ihre ganzen) (?:sachen|habseligkeiten|besitz|wertsachen|schmuck|"
    "lieblingssachen|lieblingsbücher|lieblingsstücke) {gap}{0,4}(?:verschenkt|"
    "verschenken|verteilt|verteilen|vermacht|vermachen|weggegeben|geschenkt)"
    "(?! (?:# )?(?:weil|wegen|da|denn|für|fürs|zum|beim|auf|bei|an die|ans|brauch platz)"
    "(?![a-z]))",
    "(?:verschenke|verschenk|verteile|verteil) {gap}{0,2}(?:meine|all meine|alle meine) "
    "(?:sachen|habseligkeiten|wertsachen|lieblingssachen)"
    "(?! (?:# )?(?:weil|wegen|da|denn|für|fürs|zum|beim|auf|bei|an die|ans)(?![a-z]))",
    "(?:meine|meiner) (?:eigene |eigenen )?(?:beerdigung|beisetzung|trauerfeier|bestattung) "
    "{gap}{0,3}(?:geplant|planen|plane|organisiert|organisieren|ausgesucht|vorbereitet)",
    "(?:plane|planen|organisiere|organisieren) {gap}{0,2}(?:meine|meiner) "
    "(?:eigene |eigenen )?(?:beerdigung|beisetzung|trauerfeier)",
    "wenn {ich} {gap}?(?:sterbe|weg bin|tot bin|verschwinde|nicht mehr da bin) (?:# )?"
    "(?:merkt|vermisst|juckt|interessiert|kümmert) {gap}{0,2}(?:keiner|niemand|keinen)",
    "wenn {ich} (?:tot|nicht mehr (?:da|am leben)|nie geboren) (?:wäre|wär)",
    "(?:brauch|brauche) (?:{ich}|es|ihn|sie|das|die|den) (?:ja |eh |dann |sowieso )?"
    "bald nicht mehr",
    # Ways and places, named so they are recognised.
    "strick(?! (?:pullover|pulli|jacke|kleid|mütze|muster|cardigan|schal|nadel|nadeln|garn|"
    "look|optik|stoff|top|waren)(?![a-z]))",
    "schlinge {gap}{0,2}(?:hängt|geknotet|geknüpft|gebunden|um den hals)",
    "(?:seil|schlinge) {gap}?(?:geknotet|geknüpft|aufgehängt)",
    "mich {fill}(?:zu )?(?:erhängen|aufhängen|aufzuhängen|erhängt)",
    "mich {gap}{0,2}(?:vor|von|unter|aus) (?:den|die|das|dem|der|einen|eine|ein|nen|ne) "
    "{gap}?(?:zug|bahn|ubahn|u bahn|sbahn|s bahn|lkw|laster|auto|bus|brücke|dach|fenster|"
    "balkon|hochhaus|klippe|gleise|abgrund) {gap}?(?:werfen|werfe|werf|stürzen|stürze|"
    "stürz|schmeißen|schmeiß|fallen lassen|legen|zu werfen|zu stürzen)",
    "(?:werf|werfe|stürz|stürze|schmeiß|schmeiße|leg|lege) mich {gap}{0,2}"
    "(?:vor|von|unter) (?:den|die|das|dem|der|einen|eine|ein|nen|ne) {gap}?(?:zug|bahn|"
    "ubahn|sbahn|lkw|laster|bus|brücke|dach|hochhaus|klippe|gleise)",
    "(?:von|vom|aus|aus dem|von der|vor) (?:der |dem |den |die |das |einer |einem |einen )?"
    "{gap}?(?:brücke|dach|fenster|balkon|hochhaus|klippe|parkhaus) {gap}{0,2}"
    "(?:springen|springe|spring|zu springen|runterspringen|runterzuspringen|stürzen)",
    "(?:brücke|dach|hochhaus|klippe|gleise|gleisen) {gap}{0,2}und (?:spring|springe)",
    "(?:spring|springe) (?:{ich} )?{gap}{0,2}(?:von|vom|aus|vor) (?:der |dem |den |die |das |"
    "einer |einem |einen )?{gap}?(?:brücke|dach|fenster|balkon|hochhaus|klippe|zug)",
    "in den tod (?:springen|springe|spring|stürzen|gehen|fahren)",
    "(?:vor|unter) (?:den|einen|die|eine) (?:zug|bahn|ubahn|u bahn|s bahn|lkw|laster|bus) "
    "(?:springen|springe|spring|zu springen|werfen|laufen|legen)",
    "(?:überleg|überlege|überlegt|denke|denk) {gap}?(?:runter ?)?zu springen",
    "sagt (?:# )?(?:er|sie) (?:springt|spring){end}",
    "(?:an|auf) (?:den|die) gleise(?:n)? (?:gestellt|gelegt|gesetzt|stellen|legen|setzen)",
    "(?:sitz|sitze|lieg|liege) {gap}{0,2}(?:an|auf) (?:den|die) gleisen?",
    "(?:steh|stehe) {gap}{0,2}auf (?:den|die) gleisen?",
    "gegen (?:einen|nen|den|die|eine) (?:baum|wand|brückenpfeiler|mauer|pfeiler|betonpfeiler) "
    "(?:fahren|fährt|zu fahren|rasen|rast|setzen|steuern)",
    "(?:fahr|fahre|fährt|rase|rast|setz|setze) {gap}{0,2}(?:gegen|in) (?:einen|nen|den|die|"
    "eine) (?:baum|wand|brückenpfeiler|mauer|pfeiler|betonpfeiler|gegenverkehr)",
    "(?:{intend}) {fill}ins wasser gehen",
    "in (?:[a-z0-9]+ )(?:stunden|stunde|minuten|tagen) bin {ich} (?:tot|nicht mehr am leben)",
    # Another person's plan: "er sagt, er bringt sich um", "sie droht, sich umzubringen".
    "(?:will|wolle|wollte|möchte|möcht|wird|werde|droht|drohte|plant|überlegt|angedroht|"
    "angekündigt|kündigt an|vorhat|vor) {gap}{0,3}(?:# )?sich {fill}(?:um(?:zu)?br[a-z]{0,5}n|"
    "töten|zu töten|das leben (?:zu )?nehmen|was antun|etwas antun|was anzutun|etwas anzutun|"
    "erhängen|aufzuhängen|vor (?:den|einen) zug (?:zu )?werfen)",
    "sich {fill}(?:umbringen|töten|das leben nehmen|was antun|etwas antun) "
    "(?:will|wolle|möchte|wird|wollte)",
    "(?:er|sie) (?:bringt|bringe) sich {gap}?(?:heute|jetzt|gleich|morgen|bald|nacht|"
    "abend|noch) um",
    "(?:er|sie) sich {gap}?(?:heute|jetzt|gleich|morgen|bald|nacht|abend|noch) umbringt",
    "sagt (?:# )?(?:er|sie) (?:bringt|bringe) sich {fill}um",
    "(?:gesagt|sagt|meint|schreibt|geschrieben) (?:# )?{gap}{0,3}(?:wären|wäre|wär|sind|ist) "
    "ohne (?:sie|ihn) {gap}?besser",
    # Slang and euphemisms.
    "unalive[a-z]*",
    "kms",
    "(?:{intend}) {fill}(?:abkratzen|verrecken|draufgehen|drauf gehen|krepieren|"
    "ins gras beißen|den löffel abgeben|über den jordan gehen|unter die erde|ins grab|"
    "in die kiste springen|den abgang machen|von dieser welt gehen)",
    "(?:geb|gebe) (?:{ich} )?(?:bald|freiwillig|jetzt|heute|heut) {gap}?den löffel ab",
    "mach (?:{ich} )?{fill}den abgang{end}",
    "(?:mach|mache) mich {fill}weg{end}",
    "(?:{want}) {fill}weg (?:von|aus) dieser welt",
    "(?:diese|die) welt (?:verlassen|zu verlassen)",
)

# --- Self-harm ---------------------------------------------------------------------------------

_SELF_HARM: Final[Sequence[str]] = (
    # Ritzen is the word for self-harm cutting; "ohne Ritzen" and "früher" are denials.
    "(?:mich|mir) {gap}{0,3}(?:ri+tzen|ri+tze|ri+tz|geri+tzt|aufgeri+tzt)",
    "{ich} {gap}{0,3}(?:ri+tzen|geri+tzt|aufgeri+tzt)(?! (?:in|ins|auf)(?![a-z]))",
    "{ich} {fill}(?:ri+tze|ri+tz) (?:mich|mir|wieder)",
    "geri+tzt|ri+tzdruck|ri+tzen|ri+tzt sich|ri+tzte",
    "(?:sv|svv) ?(?:rückfall|druck|drang|gedanken|gemacht)",
    "(?:wieder|hab|habe|rückfall|druck|mit|wegen) {gap}?svv",
    "svv (?:schon )?wieder",
    "clean (?:counter|streak|zähler) {gap}{0,2}(?:0|null|weg|vorbei|gerissen|zurück)",
    # Cutting: accidents happen "beim Kochen" (blanked as figures); urges and "wieder" do not.
    "(?:{hurt}|kann nicht aufhören|drang|druck) (?:{ich} )?{fill}mich {fill}(?:zu )?"
    "(?:schneiden|ritzen|verletzen|verbrennen|schlagen|kratzen|beißen)",
    "(?:{hurt}|geh|gehe) (?:{ich} )?{fill}(?:schneiden|ritzen){end}",
    "(?:{ich} )?kann nicht aufhören (?:mich )?(?:zu )?(?:schneiden|ritzen|verletzen)",
    "mich {fill}(?:zu )?schneiden{end}",
    "{ich} {fill}(?:schneide|schneid|ri+tze|ri+tz) mich(?! {gap}?(?:beim|am|an|mit|bei)(?![a-z]))",
    "{ich} {fill}(?:verbrenne|verbrenn) mich(?! {gap}?(?:beim|am|an|bei)(?![a-z]))",
    "{ich} {fill}(?:verletze|verletz|schlage|schlag|verbrenne|verbrenn|bestrafe) mich {fill}"
    "(?:selbst|selber)",
    "geschnitten (?:# )?(?:und )?(?:es ist|ist) {gap}?(?:tief|zu tief)",
    "clean {gap}?(?:rückfällig|rückfall)",
    "(?:rückfällig|rückfall) {gap}{0,3}(?:arme|arm|ritzen|schneiden|sv|svv|klinge)",
    "(?:wieder|zu tief|tief|tiefer|absichtlich|mit absicht) (?:(?!finger|daumen|haare|haar|"
    "nägel|fingernägel|bart|pony|hecke|rasen|brot|gemüse|zwiebeln?|fleisch|papier)[a-z]+ ){0,3}"
    "geschnitten",
    "an (?:meinen|meinem|den|meiner) (?:armen|arm|beinen|bein|haut|handgelenken|handgelenk|"
    "oberschenkeln|oberschenkel) {gap}?(?:rum|herum)?(?:geschnippelt|geschnitten|"
    "geri+tzt|gekratzt)",
    "in (?:den|die|meinen|meine|meinem) (?:arm|arme|armen|bein|beine|handgelenk|handgelenke|"
    "oberschenkel|haut|unterarm|unterarme) {gap}?geschnitten",
    "(?:die|meine|beide|mir die) (?:arme|beine|handgelenke|oberschenkel|haut) {gap}{0,2}"
    "(?:geri+tzt|aufgeri+tzt|aufgeschnitten|aufgekratzt|zerkratzt|zerschnitten|blutig gekratzt)",
    "(?:narben|wunden|schnitte) {gap}{0,2}(?:aufmachen|aufreißen|aufkratzen|aufschneiden|"
    "aufgemacht|aufgekratzt|aufgerissen|aufgeschnitten)",
    "(?:meine|neue|frische|tiefe|tiefere|mehr) schnitte(?![a-z])|schnitte sind (?:tief|tiefer)",
    "{hurt} {fill}mir {fill}(?:den arm|die arme|die haut|die beine|die handgelenke) "
    "(?:aufschneiden|aufritzen|aufkratzen)",
    # Hurting oneself on purpose, or until it bleeds or breaks.
    "(?:{hurt}|drang|lust) (?:{ich} )?{fill}mir {fill}(?:weh tun|wehtun|weh machen|"
    "wehzutun|weh zu tun|schmerzen zufügen|was brechen|etwas brechen)",
    "{hurt} {fill}bluten{end}",
    "(?:mich|mir) {fill}(?:selbst|selber) {gap}{0,2}(?:verletzt|verletzen|geschlagen|gebissen|"
    "geschnitten|verbrannt|wehgetan|weh getan|gekratzt)",
    "(?:verbrannt|geschnitten|verletzt|geschlagen|gebissen|gekratzt|aufgekratzt|gelegt|"
    "gehalten|gedrückt) (?:# )?(?:absichtlich|mit absicht|mit voller absicht)",
    "(?:mich|mir) {gap}{0,3}(?:absichtlich|mit absicht) {gap}{0,3}(?:verbrannt|"
    "geschnitten|verletzt|geschlagen|gebissen)",
    "(?:schlag|schlage|schlagen|hau|haue|hauen|beiß|beiße|beißen|boxe|box) "
    "{gap}{0,5}bis (?:es|ich|was|etwas|die haut|blut) {gap}?(?:blutet|blute|bricht|"
    "aufhört|blaue flecken|kaputt)",
    "(?:hunger|hungere|hungern) mich {gap}{0,2}aus",
    "auf (?:meiner|der|meinem|meinen) (?:haut|arm|hand|bein) ausgedrückt",
    # The blade ready.
    "(?:die|meine|eine|der) klingen? {gap}{0,3}(?:rausgeholt|in der hand|angesetzt|"
    "(?:liegt|liegen) (?:vor mir|bereit|griffbereit|schon da))",
)

# --- Overdose ----------------------------------------------------------------------------------

_OVERDOSE: Final[Sequence[str]] = (
    # All of them, or a whole pack, at once.
    "(?:alle|all|sämtliche|ganze|ganzen|gesamte|gesamten) {gap}{0,2}{drug} {gap}{0,3}"
    "(?:auf einmal|auf ex|zusammen|gleichzeitig|mit {gap}?(?:alkohol|whiskey|whisky|"
    "wodka|vodka|wein|schnaps|bier|rum|gin))",
    # "Heute alle Tabletten genommen, wie verschrieben" is the daily routine.
    "(?<!heute )(?<!heut )(?<!morgens )(?<!abends )(?<!brav )"
    "(?<!punktlich )(?<!puenktlich )"
    "(?:alle (?:meine |die |meine ganzen )?|(?:meine|die) ganzen ){drug} {gap}{0,2}{took}"
    "(?! (?:# )?(?:wie|pünktlich|brav|regelmäßig|heute|morgens|abends)(?![a-z]))",
    "{took} (?:# )?alle (?:meine |die )?{drug}",
    "(?:will|werde|werd|möchte|möcht) (?:{ich} )?{fill}alle {gap}{0,2}{drug} "
    "{gap}{0,3}(?:nehmen|schlucken|einwerfen|spritzen)",
    "(?:ganze|ganzen|komplette|kompletten|zwei|drei|mehrere|alle) (?:packung|packungen|dose|"
    "dosen|schachtel|schachteln|blister|streifen|röhrchen|flasche) (?:von den |von meinen |mit |"
    "voll |an )?{gap}?{drug} {gap}{0,2}(?:{took}|nehmen|schlucken|einwerfen)",
    "{drug} {gap}{0,5}{took} (?:# )?(?:die |eine )?(?:ganze|komplette) (?:packung|dose|"
    "schachtel|flasche|blister)",
    "(?:ne |eine |n )?hand ?voll {gap}?{drug}",
    "alle (?:meine |die )?{drug} {gap}{0,3}(?:in die hand|in der hand|vor mir|rausgedrückt|"
    "bereitgelegt|geschüttet)",
    "(?:will|werde|werd|möchte|möcht) (?:{ich} )?{fill}(?:viele|zu viele|ganz viele|"
    "massenhaft) {gap}?{drug} {gap}{0,2}(?:nehmen|schlucken|einwerfen|spritzen)",
    "{drug} {gap}{0,3}{took} (?:# )?(?:und )?{gap}{0,3}(?:komisch|benommen|reagiert nicht|"
    "reagiert kaum|bewusstlos|nicht (?:mehr )?ansprechbar|wacht nicht (?:mehr )?auf|"
    "atmet (?:kaum|komisch|schwach))",
    "(?:ganz viele|zu viele|viel zu viele|massenweise|haufenweise|unmengen|"
    "1[5-9]|[2-9][0-9]|[0-9][0-9][0-9]+|zwanzig|"
    "dreißig|vierzig|fünfzig|hundert) {gap}?{drug} {gap}{0,2}{took}",
    "(?:zu viel|viel zu viel|zuviel) (?:von (?:den |meinen )?{gap}?{drug} )?"
    "(?:genommen|geschluckt|eingeworfen)(?! (?:vom|von|beim|an|bei)(?![a-z]))",
    "(?:eine |ne |n )?überdosis {gap}?(?:genommen|nehmen|gegeben|geben|gesetzt|setzen|"
    "geschluckt|spritzen|gespritzt)",
    "{intend} {fill}(?:eine |ne )?überdosis",
    "goldenen? schuss",
    # Saved up, hidden, laid ready.
    "{drug} {gap}{0,3}(?:gesammelt|gehortet|gebunkert|angespart|zusammengespart|"
    "beiseitegelegt|zur seite gelegt)"
    "(?! (?:# )?(?:und )?(?:zur|zum|für die|in die) (?:apotheke|entsorgung|entsorgen|tonne|müll))",
    "(?:sammle|sammel|horte|bunker|bunkere) {gap}{0,2}{drug}",
    "{drug} {gap}{0,4}(?:genommen|geklaut|mitgenommen|gestohlen) und versteckt",
    "{drug} {gap}{0,2}(?:bereit ?gelegt|zurechtgelegt|abgezählt)",
    "(?:schlucke|schluck|schlucken|geschluckt) {gap}{0,2}(?:die |eine )?ganze (?:packung|dose|"
    "schachtel|flasche|blister)",
    "(?:die |eine )?ganze (?:packung|dose|schachtel|blister) {gap}?(?:geschluckt|eingeworfen)",
    "{drug} (?:liegen|sind|liegt) (?:schon )?bereit(?! (?:für|zum|zur)(?![a-z]))",
    "mit {drug} {gap}{0,2}(?:vergiften|umbringen|töten)",
    "genug {drug} (?:# )?um (?:zu sterben|nicht mehr aufzuwachen|mich umzubringen)",
)

# --- Veiled plans, affairs in order, farewells, another try ------------------------------------
# Said without a crisis word: a time and a method, things given away "for after", a goodbye, a
# past attempt come back. Each phrase carries a cue ordinary talk rarely has ("wie und wann",
# "damit sie mich finden", "nach meinem Versuch ... wieder"); the vaguer ones are in _NAMED.

_PLANS: Final[Sequence[str]] = (
    # Knowing how and when, or only when: "ich weiß jetzt wie und wann".
    "(?:weiß|wissen|weißt) {fill}(?:genau )?(?:wie und wann|wann und wie|wo und wie|wie und wo|"
    "wo und wann|wann und wo)",
    "seit {ich} {fill}(?:weiß|weiss) (?:wie|wann|wo)(?: und (?:wie|wann|wo))?{end}",
    "(?:nur noch|bloß noch) (?:die frage )?(?:wann|wie) (?:# )?(?:und )?nicht (?:mehr )?ob{end}",
    "nicht (?:mehr )?(?:die frage )?ob (?:# )?sondern (?:wann|wie)",
    "(?:weiß|plan|plane) {fill}wie {ich} (?:es|s) {fill}(?:mache|mach|machen werde|tue|tu){end}",
    # A date that is the last: "der 14. wird mein letzter Tag", "mein Geburtstag wird der letzte".
    "(?:[0-9]+ (?:# )?|geburtstag )wird {gap}?(?:mein|der) letzte(?:r)?(?: tag)?{end}",
    "(?:geburtstag|sommer|winter|weihnachten|silvester|ostern|den [0-9]+) {gap}?"
    "(?:nicht mehr|nicht) (?:erleben|erlebe)(?: werde| werd| will)?{end}",
    "(?:beschlossen|entschieden) (?:# )?{w}{0,3}{ich} (?:# )?{w}{0,3}nicht (?:mehr )?erleben",
    "todestag {gap}{0,2}(?:festgelegt|gewählt|gesetzt)",
    "termin {gap}{0,2}für (?:meinen|den) abgang",
    "morgen um (?:die|diese) zeit bin {ich} {fill}nicht mehr (?:da|hier|am leben)",
    # Found, or not: "für wenn sie mich finden", "damit mich meine Familie nicht findet".
    "(?:wenn|für wenn|bis|sobald|die (?:# )?die|damit|bevor|so soll) (?:sie |man |die polizei "
    "|jemand |"
    "meine familie |meine eltern |ihr )?mich (?:findet|finden|gefunden hat|gefunden haben)"
    "(?! (?:# )?(?:will|wollen|kann|können|soll|sollen|im|in|am|an|auf|bei|falls|wenn)(?![a-z]))",
    "(?:damit|dass) (?:mich )?{gap}{0,3}(?:mich )?(?:nicht|nie) (?:findet|finden)",
    "(?:nicht |nich )?(?:die )?(?:tür|türe) aufbrechen (?:muss|müssen)",
    # Ways made ready: a weapon out, the car running in a closed garage, a rope fixed.
    "(?:waffe|pistole|gewehr|jagdgewehr|knarre|revolver|klinge|rasierklinge) {gap}{0,4}"
    "(?:geladen|rausgeholt|auf dem tisch|in der hand|aus dem schrank genommen|entsichert)",
    "(?:pistole|waffe|gewehr|jagdgewehr|knarre) {gap}{0,4}(?:gefunden und )?mitgenommen",
    "(?:sitz|sitze|sitzt) {gap}{0,2}mit (?:der|dem|einer|seiner|ihrer|meiner) "
    "(?:waffe|pistole|gewehr|jagdgewehr|knarre)",
    "schlüssel (?:zum|für den|vom) waffenschrank",
    "(?:waffe|pistole|gewehr|jagdgewehr) {gap}{0,4}(?:ist|liegt) {gap}{0,2}(?:im schrank|"
    "im keller|in der schublade) (?:# )?{w}{0,2}(?:denk|denke)",
    "garage (?:# )?{w}{0,4}(?:motor|auto) {gap}{0,2}(?:läuft|laufen)(?! nicht mehr(?![a-z]))",
    "(?:gürtel|gurt|seil|kabel|strick|schal) {gap}{0,3}(?:an der tür|an die tür|an der türklinke|"
    "am türrahmen|an der decke|am haken|am balken|am dachbalken|festgemacht)",
    "(?:kabel|seil|strick) hängt (?:schon|bereits)",
    "(?:seil|strick) {gap}{0,2}gekauft (?:# )?{w}{0,2}(?:wofür|sag nix|sag nichts|frag nicht)",
    "(?:im wald|in den wald) {gap}{0,3}(?:seil|strick)",
    "haken (?:in|an) der decke {gap}?(?:angeschaut|angesehen|getestet)",
    "einfach (?:das )?lenkrad (?:rumreißen|herumreißen|verreißen)",
    "(?:sieht|aussieht|aussehen) (?:es )?(?:aus )?wie (?:ein|einen) unfall",
    "(?:gegen|in) (?:einen|nen|den) (?:baum|brückenpfeiler|pfeiler|gegenverkehr) (?:# )?"
    "(?:# )?{w}{0,3}(?:fahren|fahre|fahr|rasen|rase)",
    "(?:fahr|fahre|rase) (?:# )?{w}{0,3}(?:gegen|in) (?:nen|einen|den) (?:baum|brückenpfeiler|"
    "gegenverkehr|pfeiler)",
    # The place: the tracks, the railway bridge, the edge.
    "(?:geh|gehe|geht|fahr|fahre|fährt|lauf|laufe|läuft|radel|radle) {gap}{0,3}(?:zu den|zu der|"
    "an die|an den|auf die|zum|zur) (?:gleise|gleisen|schienen|bahngleisen|bahndamm|"
    "bahnübergang|bahnsteigkante|eisenbahnbrücke|autobahnbrücke)",
    "(?:unterwegs|auf dem weg) (?:zur|zum|zu der|zu den) {gap}?(?:eisenbahnbrücke|autobahnbrücke|"
    "gleisen|schienen|bahnsteigkante)",
    "(?:zur|zum|zu den) (?:eisenbahnbrücke|autobahnbrücke|gleisen|schienen) unterwegs",
    "(?:an die|zu den|auf die) (?:gleise|gleisen|schienen) (?:geht|gehe|gehen|laufen|läuft|will)",
    "(?:heute|heut|nachher|gleich|jetzt|nacht|noch|morgen) (?:zur|zu der|auf die) "
    "(?:brücke|klippe) "
    "(?:fahren|gehen|laufen)",
    "(?:{ich} (?:geh|gehe|fahr|fahre)|(?:geh|gehe|fahr|fahre) {ich}) (?:jetzt |gleich |heute "
    "|nachher )?"
    "zur (?:brücke|klippe){end}",
    "(?:stelle|ort|brücke|platz|dach) (?:# )?{w}{0,2}wo {ich} (?:es|s) (?:machen|tun|mache|tue) "
    "(?:will|werde|möchte)",
    "(?:weiß|wissen) (?:wo|wie|wann) (?:er|sie|{ich}) (?:es|s) (?:macht|mache|machen wird) "
    "(?:# )?und (?:wann|wo|wie)",
    "(?:steh|stehe|steht|sitz|sitze|sitzt) {gap}{0,2}(?:an der|auf der|am|auf dem) "
    "(?:bahnsteigkante|dachkante|brückengeländer|geländer der (?:brücke|autobahnbrücke))",
    "(?:brücke|brückenmitte|dach|geländer|fenster|fensterbank|balkon|dachkante|bahnsteigkante|"
    "stock|etage|klippe|gleisen|fluss|ufer|steg|talsperre) (?:# )?{w}{0,5}(?:wäre so einfach|wär "
    "so einfach|wäre es so einfach|"
    "fühlt sich richtig an|trau mich (?:noch )?nicht(?! (?:rein|ins)(?![a-z]))|"
    "überleg nicht mehr lange)",
    "(?:brücke|brückenmitte|dach|dachkante|geländer|klippe) {gap}{0,3}und (?:guck|gucke|schau|"
    "schaue|starre|starr) (?:nach )?runter{end}",
    "(?:welche|die) höhe {gap}{0,2}(?:sicher ist|reicht|ausgerechnet)",
    "(?:geh|gehe) {gap}{0,2}(?:rein|ins wasser) bis {ich} nicht mehr stehen kann",
    "(?:komm|komme|schwimm|schwimme) {gap}{0,2}nicht (?:mehr )?zurück{end}",
    "und (?:komm|komme) nicht (?:mehr )?(?:zurück|wieder)",
    # Pills laid out, saved instead of taken, enough gathered.
    "(?:ganze|ganzen|alle) (?:packung|packungen|schachtel|dose|blister) {gap}{0,2}(?:vor mir|"
    "neben mir|aufgemacht|ausgedrückt)",
    "(?:packungen|schachteln|blister) sind (?:alle )?(?:aufgemacht|ausgedrückt)",
    "(?:die|alle|viele) (?:tabletten|pillen) {gap}{0,2}(?:sind )?(?:schon )?(?:im glas|in wasser|"
    "im wasser) aufgelöst",
    "(?:aufgehoben|aufgespart|gesammelt|gehortet|versteckt|gebunkert) (?:# )?(?:statt|anstatt) "
    "(?:sie )?(?:zu )?(?:nehmen|schlucken)",
    "nicht (?:genommen|geschluckt) (?:# )?sondern (?:aufgehoben|gesammelt|gehortet|versteckt|"
    "aufgespart|gebunkert)",
    "genug (?:gesammelt|zusammen) (?:# )?{w}{0,2}(?:damit|dass|das) (?:es )?(?:klappt|reicht|"
    "funktioniert)",
    "(?:hab|habe) {gap}?genug zusammen (?:# )?(?:das|es) (?:reicht|wird reichen)"
    "(?: sicher| bestimmt)?{end}",
    "{drug} (?:# )?{w}{0,3}(?:besorgt|gezählt|bereitgelegt|gekauft) (?:# )?für (?:heute "
    "nacht|samstag|"
    "sonntag|freitag|danach)",
    "{drug} (?:# )?{w}{0,3}für (?:heute nacht|samstag|sonntag|freitag|danach) (?:# "
    ")?{w}{0,2}(?:gezählt|"
    "bereitgelegt)",
    "(?:verschiedenen|mehreren|drei|vier|fünf) apotheken {gap}{0,2}(?:geholt|gekauft|besorgt)",
    "(?:tabletten|pillen) (?:# )?{w}{0,4}(?:zähl|zähle) (?:sie|die) (?:grad|gerade|jetzt)",
    # Another try: after being found, or having taken too few.
    "(?:letzte(?:s|n)? mal|beim letzten mal|damals) (?:# )?{w}{0,4}(?:haben|hat|hatten) {gap}{0,2}"
    "mich {gap}{0,2}(?:gefunden|gerettet|runtergeholt|weggeholt|reanimiert|wiederbelebt)",
    "(?:man|sie) (?:hat|haben) mich damals gefunden",
    "(?:letzte(?:s|n)? mal|beim letzten mal|damals) (?:# )?{w}{0,3}(?:zu wenig|nicht genug) "
    "(?:genommen|geschluckt|gesammelt)",
    "(?:will|möchte) (?:nicht )?(?:nochmal|noch mal|wieder) gerettet werden",
    "(?:überlebt|aufgewacht) {gap}{0,2}(?:# )?(?:und )?(?:bereue|bedauere|bereu|hasse) (?:es|das)",
    "(?:im krankenhaus|auf der intensiv|in der klinik) aufgewacht (?:# )?(?:und )?"
    "(?:war|bin) (?:wütend|enttäuscht|sauer)",
    "(?:damals|schon mal|schon einmal) (?:# )?{w}{0,3}(?:von der|auf der|auf dieser|auf dem) "
    "(?:brücke|dach|gleisen) (?:# )?{w}{0,6}(?:wieder|nochmal)",
    # A past attempt, and now again: "nach meinem Versuch ... ich denk wieder dran".
    "(?:(?:nach|vor|seit|von|bei) (?:dem|meinem|nem|einem|meinen|meiner)"
    "(?: (?:ersten|letzten|zweiten|dritten))?|meine?(?: (?:letzter|letzten|erster|ersten|"
    "zweiter|zweiten|dritter))?) (?:suizid)?versuch(?! mit (?:dem|der|den|einem|einer)(?![a-z])) "
    "(?:# )?{w}{0,14}"
    "(?<!nie )(?<!nicht )(?:wieder|nochmal|noch mal|zu wiederholen|wiederholen|"
    "gedanken sind zurück|genauso)"
    "(?! (?:besser|gut|gesund|stabil|froh|glücklich|lachen|zu lachen|leben|arbeiten|zur|zum|"
    "in|ins|zu hause|zuhause|aufgestanden|getroffen|gesehen|angefangen zu)(?![a-z]))",
    "(?:einen|nen|meinen|zwei|drei) (?:suizid)?(?:versuch|versuche) hinter mir",
    "überlebende (?:von )?(?:einem|meinem|nem) (?:suizid)?versuch",
    "(?:hab|habe) (?:es|s|ichs) (?:# )?{w}{0,2}(?:dreimal|zweimal|viermal|[0-9] mal) versucht "
    "(?:# )?"
    "(?:# )?{w}{0,5}(?:vierten|fünften)",
    "versuch (?:damals )?(?:hätte|hätt) (?:doch )?(?:funktioniert|geklappt)",
    "(?:mal|einmal) mit (?:# )?{w}{0,2}(?:tabletten|pillen) versucht (?:# "
    ")?{w}{0,5}(?:wieder|nochmal)",
    "(?:tabletten|pillen) genommen und (?:bin )?(?:wieder )?aufgewacht",
    "wieder welche gesammelt",
    "(?:schon )?(?:mal|einmal) (?:abschied genommen|so ?weit) (?:# )?{w}{0,9}(?:wieder|nochmal)",
    # Others at risk: a blade held to the wrist, empty packs beside them, a jump announced.
    "(?:hält|hielt) (?:es|das messer|die klinge) an (?:ihr|ihrem|sein|seinem) (?:handgelenk|hals)",
    "eingeschlossen (?:mit|und) {gap}{0,2}(?:rasierklingen|klingen|klinge|messer|tabletten|"
    "der waffe|seil)",
    "(?:neben (?:ihm|ihr|mir)|daneben) {gap}{0,2}(?:liegen |liegt )?(?:leere|leeren|lauter) "
    "(?:blister|packungen|tablettenpackungen|schachteln|pillendosen)",
    "(?:bewusstlos|nicht ansprechbar|nicht (?:richtig )?wach|nicht wach zu kriegen) (?:# "
    ")?{w}{0,6}"
    "(?:tabletten|packungen|blister|pillen)",
    "(?:foto|bild|fotos|bilder) (?:von|mit) {gap}?(?:tabletten|pillen|medikamenten|klingen) "
    "{gap}?geschickt",
    "(?:er|sie) (?:springt|will springen|wolle springen|springe) {gap}{0,2}(?:vom|von der|"
    "von dem|aus dem|vor den|von einer) (?:balkon|dach|brücke|hochhaus|fenster|zug|parkhaus|"
    "turm)",
    "(?:dass|weil) (?:er|sie) (?:(?!fallschirm|bungee|trampolin|seil|ins|in|vom|von)[a-z]+ )"
    "{0,4}(?:springen|runterspringen) (?:will|wolle|möchte)",
    "(?:see|fluss|wasser|rhein|meer|hafen|kanal) (?:# )?{w}{0,5}(?:fährt|fahre|fahr) (?:da "
    ")?rein{end}",
    "(?:danke für alles|machts gut|macht s gut|tschüss|abschied|dach|brücke) (?:# )?{w}{0,8}"
    "(?:geht|ging) (?:er |sie )?{gap}?nicht (?:mehr )?(?:ran|ans telefon|ans handy)",
    "(?:danke für alles|machts gut|macht s gut|tschüss|abschied) (?:# )?{w}{0,6}(?:ist|sind) "
    "(?:er|sie) offline",
    "als (?:würde|würd|ob) (?:er|sie) {gap}?nie (?:wieder|mehr) (?:kommen|zurückkommen|"
    "wiederkommen|heimkommen)",
    "(?:messer|waffe|pistole|gewehr|tabletten) (?:# )?{w}{0,6}(?:macht|mache) {fill}schluss",
    "(?:redet|spricht|erzählt|davon|gedroht|angedeutet|angekündigt) {gap}{0,2}"
    "sich {fill}(?:umzubringen|das leben zu nehmen|was anzutun|etwas anzutun)",
    "(?:dass|weil) (?:er|sie) sich {fill}(?:heute|heut|nacht|gleich|jetzt|morgen) "
    "{fill}(?:was|etwas) (?:antut|antun wird)",
    "(?:gesagt|sagte|meint|schreibt|geschrieben|droht) (?:# )?(?:dass )?(?:er|sie) "
    "(?:bringt|bringe|bringen) sich {fill}um",
    "(?:ist der tag|steht fest) (?:# )?{w}{0,2}(?:hab|habe) mich entschieden",
    "(?:muss|müssen) (?:sich )?(?:keiner|niemand) mehr (?:sich )?(?:sorgen|kümmern)",
    "schluss (?:# )?endgültig",
    "damit es nicht (?:zu ?hause|daheim) passiert",
    "(?:niemand|keiner) wird mich suchen",
    "(?:schweiz|dignitas) (?:# )?{w}{0,4}(?:nur hin|ohne rückfahrt|one way)",
    "{drug} in (?:großen|rauen) mengen",
    "{drug} (?:# )?{w}{0,2}hab (?:ist|isses) (?:es )?vorbei",
    "(?:irgendwas|was|etwas) geschluckt und will nicht sagen was",
    "(?:dass|weil) (?:er|sie|{ich}) (?:heute |jetzt |gleich |nachher )?alles beendet{end}",
    "schreibt mir (?:gerade |grad )?abschiedsnachrichten",
    "letzten zug (?:# )?{w}{0,4}(?:steig|steige) (?:{ich} )?nicht ein",
    "wissen nicht (?:dass|das) (?:er|sie|es) (?:da )?bleibt",
    "(?:soll|sollen|kann|darf) (?:sie|es|ihn|die|den|das) behalten (?:# )?für immer",
    "(?:sollen|soll) (?:sie|die|er) (?:was|etwas) von mir haben",
    "(?:soll|sollen) (?:es|sie|ihn) haben (?:# )?{w}{0,2}{ich} (?:geh|gehe) bald",
    "gekündigt (?:# )?{w}{0,8}nirgend(?:wo|wohin|s) hin",
    "gebraucht wenn man mich (?:sucht|findet)",
    "damit (?:meine eltern|meine familie|meine kinder|sie|die anderen) (?:es )?(?:nachher|danach) "
    "(?:leichter|einfacher|nicht so schwer)",
    "(?:keiner|niemand) {gap}{0,3}(?:machen|wegmachen|aufräumen) (?:muss|müssen) (?:# )?"
    "(?:nachher|danach)",
    "keiner meinen dreck wegmachen",
    "so soll man (?:sie|mich|es) finden",
    "damit (?:niemand|keiner) (?:was |etwas )?von mir erbt",
    "(?:accounts|konten|passwörter|zugänge|profile) (?:# )?{w}{0,4}(?:vererbt|vermacht)",
    "euch allen (?:was|etwas) hinterlassen",
    "(?:meine dinge|meinen sachen|mein zeug|meine sachen) (?:# )?{w}{0,3}wer was",
    "nach mir (?:kümmert|sorgt) sich",
    "(?:18|achtzehnten|hochzeit|abschluss|einschulung) (?:# )?{w}{0,5}(?:werd|werde) nicht "
    "(?:mehr )?dabei sein",
    "(?:video|sprachnachricht|brief|nachricht) (?:für|fuer) (?:ihren|seinen|deinen) "
    "(?:18|achtzehnten)",
    "organspendeausweis (?:# )?{w}{0,8}(?:damit sie ihn|damit wenigstens|neben den zettel)",
    "wer (?:nimmt|übernimmt) (?:meinen|meine|mein) (?:hund|katze|kater|katzen|hamster|"
    "kaninchen|hasen|tiere|vogel|pferd) (?:# )?{w}{0,4}(?:ernsthaft|für immer|dauerhaft)",
    "(?:gleichen|selben|gleiche|selbe) (?:drang|gedanken|gefühl|ruhe) wie (?:damals )?"
    "(?:vor|kurz vor|kurz davor)",
    "(?:nicht )?geschafft zu sterben",
    "(?:bevor|als) {ich} gesprungen bin (?:# )?{w}{0,4}wieder",
    "(?:dran|daran) es zu wiederholen",
    "wie vor dem ersten(?: versuch)?{end}",
    "(?:will|möchte) (?:nicht|nich) (?:dass|das) (?:jemand|wer|einer|ihr) (?:kommt|kommen|"
    "mich findet|hilft)",
)

_WISHES: Final[Sequence[str]] = (
    # Passive wishes: a crash, an illness, God taking one; the street crossed without looking.
    "(?:hoffe|hoff|wünsche|wünsch|wünschte) (?:# )?{w}{0,6}(?:dass |das )?{gap}{0,3}"
    "(?:abstürzt|stürzt ab|runterkommt|nicht bremst|mich holt|mich trifft|"
    "mich erwischt|mich überfährt)",
    "(?:hoffe|hoff|wünsche|wünsch|wünschte) {gap}{0,3}(?:auf )?(?:einen|nen|nem|einem) unfall",
    "(?:egal|recht|okay|ok) (?:# )?{w}{0,3}wenn {gap}{0,3}(?:flugzeug|flieger) {gap}?(?:abstürzt|"
    "runterkommt|runter kommt)",
    "(?:gott|der tod|der krebs|krebs|tod) {gap}{0,2}mich {gap}?(?:holt|holen|zu sich)",
    "(?:lieber gott|gott) (?:# )?(?:bitte )?hol mich",
    "(?:krank (?:werde|werd|werden)|(?:werde|werd) krank) (?:# )?(?:und )?(?:sterbe|sterb|es "
    "schnell geht|"
    "nicht mehr aufsteh|nicht mehr aufstehe)",
    "wenn {gap}{0,3}mich {gap}{0,2}(?:erwischt|überfährt|trifft|holt|umfährt|totfährt) (?:# )?"
    "(?:dann )?(?:wäre|wär|ist) (?:das|es) {gap}?(?:okay|ok|egal|gut|schön|in ordnung)",
    "(?:op|operation|narkose) geht {gap}?schief",
    "(?:guck|gucke|schau|schaue|pass|passe) {gap}{0,2}nicht mehr (?:auf )?(?:# )?(?:beim|wenn) "
    "{gap}{0,2}(?:straße|strasse)",
    "(?:straße|strasse) {gap}{0,2}(?:# )?(?:guck|gucke|schau|schaue) {ich} (?:nicht mehr|nimmer)",
    "(?:fahr|fahre) {gap}{0,2}ohne gurt(?! (?:nie|nicht)(?![a-z]))",
    "verschwinden {gap}{0,2}und nie (?:wieder|mehr) (?:auftauchen|zurückkommen|wiederkommen)",
    "(?:weg|fehle|tot|verschwinde|nicht mehr da) (?:# )?{w}{0,3}(?:würde|wird|würd) (?:es )?"
    "(?:keinem|keiner|niemandem|niemand) {gap}?auffallen",
    "(?:würde|wird|würd) (?:es )?(?:keinem|keiner|niemandem|niemand) {gap}?auffallen (?:# )?"
    "wenn {ich} (?:fehle|weg|nicht mehr|verschwinde|tot)",
    "mich {fill}(?:ausschalten|auslöschen){end}",
    "keinen sinn (?:mehr )?in (?:meinem leben|dem leben|meiner existenz|irgendwas|irgendetwas|"
    "allem|gar nichts)",
    "(?:wofür|wozu|warum) {ich} {fill}noch (?:lebe|leb){end}",
    "(?:wofür|wozu) {fill}(?:also |überhaupt )?(?:leben|weiterleben){end}",
    "warum {fill}noch weitermachen{end}",
    "warum (?:bin|lebe) {ich} (?:noch|überhaupt|eigentlich)(?: (?:noch|überhaupt|eigentlich))"
    "{0,2}(?: (?:hier|da|am leben))?{end}",
    "warum {ich} {fill}noch (?:hier|da|am leben) bin",
    "(?:enttäuscht|enttäuschung) (?:# )?(?:dass|weil) {ich} {fill}(?:noch lebe|noch da bin|"
    "noch hier bin|wieder aufgewacht)",
    "tot (?:wäre|wär|bin) {ich} {fill}(?:besser dran|glücklicher|erlöst)",
    "(?:denk|denke|dachte) {gap}{0,3}(?:ans sterben|an den tod)(?! (?:von|meiner|meines|meinem|"
    "deiner|seiner|ihrer)(?![a-z]))",
    "(?:beneide|beneid) die toten",
    "(?:sehne|sehn) mich {gap}?nach dem (?:nichts|ende|ewigen schlaf)",
    "(?:warte|warten) {gap}?(?:nur noch )?aufs ende(?! (?:vom|von|des|der)(?![a-z]))",
    "ruhe (?:# )?für immer",
    "(?:will|möchte|wünsche|wünschte) {fill}(?:# )?(?:dass|das) (?:das )?alles "
    "{fill}(?:aufhört|endet|"
    "vorbei ist){end}",
    "(?:wollte|will) {fill}(?:dass|das) es aufhört{end}",
    "(?:lass|lasst) (?:diesen|den|heute) {gap}?(?:tag|abend) (?:den |der )?letzten? sein",
    "wenn (?:einfach )?alles schwarz (?:wird|würde)",
    "aus dem leben (?:rausfallen|scheiden|treten|verschwinden)",
    "(?:will|mag|möchte) (?:das|es) nicht mehr (?:# )?(?:dieses|das) (?:ganze )?leben",
    "(?:leben|lebn) {gap}{0,4}(?:# )?{ich} (?:will|möchte) (?:hier )?raus{end}",
    "egal ob {ich} (?:lebe|sterbe|tot bin|überlebe{end}|den (?:winter|sommer|tag) überlebe)",
    "nicht wehren wenn {gap}{0,3}(?:vorbei|zu ende|sterben|der tod)",
    "nichts dagegen wenn {gap}{0,4}(?:herzinfarkt|tod|unfall|krebs|sterbe|tot bin|schlaganfall)",
    "(?:eher|mehr) (?:angst )?(?:vorm|vor dem) (?:weiterleben|leben)",
    "müde vom leben (?:# )?nicht (?:vom|von der|von dem)",
    "nicht nur müde (?:# )?(?:sondern )?lebensmüde",
    "(?:wille|willen) (?:zu bleiben|zum bleiben|weiterzumachen|zum weitermachen)",
    "leben (?:# )?{w}{0,4}nicht mehr mitmachen{end}",
    "wenn {ich} (?:heute |morgen |jetzt )?sterbe (?:# )?dann (?:sterb|sterbe) {ich} (?:halt|eben)",
    "nur noch (?:auf der welt|hier|da|am leben) (?:# )?weil {ich} (?:muss|es muss)",
    "lieber nicht mehr (?:leben|da sein|existieren|aufwachen|hier sein)",
    "lieber {gap}?{ich} (?:wär|wäre) nicht mehr{end}",
    "(?:wünschte|wünsche|wünsch) {gap}{0,2}{ich} (?:wäre|wär) {gap}{0,4}(?:gestorben|tot)",
    "(?:idee|vorstellung|gedanke) {gap}{0,2}nicht mehr zu (?:existieren|leben|sein)",
    "wie es (?:wäre|wär) tot zu sein",
    "(?:besser|schöner|leichter) (?:wäre|wär) nicht mehr zu (?:leben|sein|existieren)",
    "(?:erleichterung|erlösung|befreiung) (?:# )?(?:tot zu sein|zu sterben|"
    "nicht mehr (?:da )?zu sein)",
    "(?:schön|toll|gut) (?:# )?(?:einfach )?für immer (?:zu )?(?:schlafen|einzuschlafen)",
    "keine angst mehr (?:vorm|vor dem) (?:sterben|tod) (?:# )?{w}{0,4}(?:sehne|sehn|freue|freu)",
    "wenn {ich} {gap}{0,4}(?:und )?nicht (?:mehr )?aufwachen (?:würde|würd) (?:# )?(?:wär|wäre) "
    "(?:das|es) {gap}?(?:ok|okay|gut|schön|egal)",
    "schlafen (?:# )?{w}{0,4}(?:hoffe|hoff) (?:# )?{w}{0,2}(?:dass|das) es das letzte mal "
    "(?:ist|wäre)",
    "(?:wenn|dass) (?:der )?morgen (?:einfach )?nicht (?:mehr )?kommt",
    "(?:blitz|bus|auto|lkw|zug|laster) soll mich {gap}?(?:treffen|überfahren|erwischen)"
    "(?! (?:# )?(?:wenn|falls)(?![a-z]))",
    "weg von allem (?:# )?{w}{0,4}für immer",
    "wenn {ich} (?:einfach )?(?:weg|tot|nicht mehr da) (?:wäre|wär) (?:# )?(?:klingt|wäre|wär) "
    "(?:gut|schön|verlockend)",
    "keine ahnung (?:# )?warum {ich} {fill}noch (?:hier|da|am leben) bin",
    "zukunft (?:# )?{w}{0,3}weil {ich} keine (?:will|möchte)",
    "(?:braucht|brauchen) mich nicht (?:# )?im gegenteil",
    "verschwinde {ich} für immer",
    "meine existenz {gap}{0,2}(?:macht|ist) (?:# )?{w}{0,4}(?:schwerer|last|belastung)",
    # Burden: a way cleared, a favour done by leaving.
    "ohne mich (?:hätten|hätte|hättet|wär|wäre|wären|wärt|könnten|können|kann|könnte|sind|ist) "
    "{gap}{0,4}(?:ruhe|frieden|frei|weniger|neu anfangen|vorbei|nicht so|endlich|glücklich|"
    "besser|leichter|einfacher|schöner|ein besseres|das geld)",
    "(?:besseres|schöneres|leichteres|einfacheres|glücklicheres|ruhigeres) {gap}{0,2}ohne mich",
    "(?:frei|freier|glücklicher|besser dran) ohne mich",
    "(?:bin|nur|ein) {gap}?(?:klotz am bein|ballast)(?! (?:ab|los|weg)(?![a-z]))",
    "(?:verschwende|verschwend) {gap}{0,2}(?:sauerstoff|luft)",
    "(?:nehm|nehme) (?:allen|jedem|euch|anderen|den anderen) {gap}?(?:den platz|die luft)",
    "(?:mach|mache) (?:es )?(?:ihm|ihr|ihnen|euch|allen) (?:es )?(?:den weg frei|leicht und geh)",
    "(?:tu|tue|täte|tun) {gap}{0,2}(?:einen )?gefallen (?:# )?wenn {ich} (?:gehe|geh|weg bin|"
    "verschwinde|nicht mehr)",
    "(?:erspar|erspare) (?:es )?(?:ihnen|euch|dir|allen|ihm|ihr) {gap}?bald",
    "(?:egoistisch|falsch|unfair) {gap}{0,2}noch (?:hier|da|am leben) zu sein",
    "(?:bin|ich) (?:ein|nur ein) fehler (?:# )?{w}{0,4}(?:beseitigen|beheben|korrigieren|löschen|"
    "ausradieren)",
    "(?:bin|ich) {gap}?(?:nur )?ein problem (?:# )?(?:das|dass) man lösen muss",
    "(?:von mir tot|tot mehr wert|als {ich} lebendig)",
    "(?:zahlt|zahle|zahlen) {gap}?auch bei (?:suizid|selbstmord|dem was {ich} vorhabe)",
    "(?:wenn|sobald) {ich} (?:mal |dann |endgültig )?(?:weg|tot) bin (?:# )?(?:hat|haben|hört|ist|"
    "sind|kann) {gap}{0,3}(?:endlich|frieden|ruhe|keiner mehr|niemand mehr|das auf)",
    "wenn {ich} (?:mal |dann )?tot bin (?:# )?(?:muss|müssen) {gap}{0,3}(?:nicht mehr|keiner mehr|"
    "niemand mehr)",
    "(?:will|möchte|wollte|mag) {gap}{0,2}(?:nicht|niemandem|keinem|niemanden|keinen) mehr "
    "(?:zur last fallen|belasten|stören|schaden|kosten|ein problem sein)"
    " (?:# )?(?:nie mehr|deshalb|deswegen|dann lieber|für immer|endgültig)",
    "bald (?:muss|musst|müssen|müsst) (?:sie|er|du|ihr) (?:das )?nicht mehr{end}",
    "soll (?:aufhören|enden) (?:# )?endgültig",
    "dem ganzen {fill}ein ende (?:setzen|machen|bereiten|zu setzen)",
    "(?:beende|beend) (?:{ich} )?{fill}(?:mein leben|alles{end})",
    "(?:tu|tue) (?:{ich} )?mir {fill}(?:was|etwas|wat) an{end}",
)

_FAREWELLS: Final[Sequence[str]] = (
    # Things given away for good, letters for after, a funeral chosen.
    "(?:passwort|passwörter|zugangsdaten|pin|handy ?pin|code|vollmacht|vollmachten|testament|"
    "brief|briefe|zettel|unterlagen|aufgeschrieben|notiert|ordner) (?:# )?{w}{0,8}für danach",
    "(?:passwörter|zugangsdaten|pin) {gap}{0,5}(?:umschlag|vererbt)",
    "testament (?:# )?{w}{0,4}(?:bin (?:ja )?(?:erst )?[0-9]+|mit [0-9]+|jetzt bin {ich} bereit|"
    "{ich} weiß warum|bald brauchen)",
    "(?:bei|auf|für|zu) meiner (?:eigenen )?(?:beerdigung|beisetzung|trauerfeier) (?:# )?{w}{0,3}"
    "(?:laufen|spielen|gespielt|soll|sollen|ausgesucht|anziehen)",
    "(?:meine|meiner) (?:eigene |eigenen )?(?:beerdigung|beisetzung|bestattung) {gap}{0,3}"
    "(?:vorbezahlt|bezahlt|ausgesucht|aufgeschrieben)",
    "wie {ich} (?:beerdigt|bestattet|beigesetzt) werden (?:will|möchte)",
    "beerdigungswünsche",
    "(?:den|die) (?:sollen|soll) (?:sie )?mir anziehen",
    "(?:wo|wohin) {ich} (?:hin)?(?:gehe|geh) (?:# )?(?:brauch|brauche|gibt es|gibts|braucht)",
    "(?:brief|briefe|nachricht) (?:# )?{w}{0,5}für (?:wenn|falls) (?:sie|man|ihr) mich",
    "(?:ein|einen) brief für (?:mama|papa|jeden) (?:# )?(?:einer|einen) für",
    "einer für dich (?:# )?einer für",
    "(?:hund|hunde|katze|katzen|kater|hamster|kaninchen|hasen|hase|vogel|wellensittich|pferd|"
    "tiere|meerschweinchen|zwerghasen|pflanzen|tomaten) (?:# )?{w}{0,8}(?:für "
    "immer|dauerhaft|auf lange zeit|"
    "es werden mehr|dass er da bleibt|dass sie da bleibt)",
    "(?:wer|der|die) {gap}{0,2}(?:meinen|meine|mein) (?:hund|katze|kater|katzen|hamster|"
    "kaninchen|hasen|tiere|vogel|pferd) (?:nimmt|nehmen|übernimmt|versorgt) (?:# )?{w}{0,4}"
    "(?:dann kann {ich}|jetzt kann {ich}|ernsthaft|ab nächster woche|bald nicht mehr)",
    "(?:hund|katze|kater|katzen|tiere|versöhnt|liebe|lieb hab|nimmt|versorgt) (?:# )?{w}{0,6}"
    "(?:jetzt|dann|nun) kann {ich} {fill}(?:in ruhe |beruhigt |in frieden )?gehen{end}",
    "{ich} (?:kann|werde) {fill}bald nicht mehr für (?:sie|ihn|es|die) (?:sorgen|da sein)",
    "(?:werd|werde) (?:es|sie|ihn|das) bald brauchen",
    "(?:hinterlass|hinterlasse) {gap}?(?:niemandem|keinem) (?:was|etwas|schulden)",
    "damit (?:danach|nachher) nichts (?:mehr )?(?:rumliegt|offen ist)",
    "(?:gelöscht|verbrannt|formatiert) (?:# )?{w}{0,4}(?:keine spuren|damit danach|muss keiner "
    "(?:sehen|"
    "lesen|finden))",
    "(?:eh|sowieso|aber|ja) nirgend(?:wo|wohin|s) (?:mehr )?hin",
    "nirgend(?:wo|wohin|s) mehr hin",
    "gekündigt (?:# )?{w}{0,5}(?:nichts neues gesucht|ohne nachmieter)",
    "(?:kündigung|gekündigt) (?:# )?{w}{0,6}nicht weil {ich}",
    "(?:ohne dass|ohne das) (?:sie|er|es) {gap}?(?:wusste|wussten|weiß|wissen|gemerkt|merkt) "
    "(?:warum|dass es)",
    "(?:gefreut|gelacht|gegeben|geschenkt|besucht|gesagt) (?:# )?{w}{0,3}(?:sie|er) "
    "(?:weiß|wissen|"
    "wusste|wussten) (?:nicht|nich) (?:warum|wieso)",
    "(?:erklärt|gesagt|gegeben|gezeigt) (?:# )?{w}{0,8}(?:hat|haben) (?:nicht )?verstanden "
    "warum{end}",
    "wie eine abschiedstour",
    "damit (?:sie|er) eine letzte schöne erinnerung",
    "(?:das war das|das letzte) was {ich} (?:noch )?regeln musste",
    "mehr (?:gibt s|gibts|gibt es) nicht zu regeln",
    "(?:die|meine) kleine soll bei {gap}{0,2}aufwachsen",
    "nix offenes hinterlassen|nichts offenes hinterlassen",
    "(?:letzte|meine letzte) nachricht an alle {gap}{0,2}(?:ist )?(?:vorbereitet|geplant|"
    "terminiert)",
    "(?:mail|nachricht|brief) {w}{0,4}(?:terminiert|zeitgesteuert|geplant) (?:# )?{w}{0,4}"
    "(?:am tag danach|für danach)",
    # Goodbyes: "ich melde mich ab. für immer", "das ist das letzte Mal dass ich hier schreibe".
    "(?:melde mich ab|mach das handy aus|handy (?:ausmache|ausmach|aus)|bin raus|schalte ab) "
    "{gap}{0,2}(?:# )?für immer",
    "handy (?:# )?{w}{0,3}(?:und )?(?:es )?bleibt aus{end}",
    "(?:das|dies) (?:ist|war|wird) (?:das )?letzte mal (?:sein )?(?:# )?(?:dass|das) {ich} "
    "(?:hier |euch |dir )?(?:schreibe|schreib|das sage|mich melde)",
    "(?:wissen|wusste|wussten|weiß) (?:nicht|keiner) (?:dass|das) es das letzte mal (?:war|ist)",
    "(?:meine )?letzten? worte (?:an|für) (?:dich|euch)",
    "(?:^|# )letzte worte{end}",
    "(?:mein|meine) letzter gedanke (?:ist|gilt|geht) {gap}?(?:bei|an)",
    "das letzte was {ich} (?:sagen|schreiben) (?:will|möchte)",
    "(?:das|dies) ist (?:ein|mein) abschied(?! (?:von der|vom|aus|in|als|von meinen)(?![a-z]))",
    "letzter kleiner schritt {gap}{0,2}(?:# )?abschied",
    "(?:der|mein) weg ist (?:jetzt )?zu ende",
    "hier endet meine geschichte",
    "gelebt so gut {ich} konnte",
    "letzter tag (?:# )?letzte nachricht",
    "(?:verabschiede|verabschied) mich hiermit(?! (?:in|für|bis|zum|zur|ins|nach|aus)(?![a-z]))",
    "(?:verabschiede|verabschied) mich {gap}?für immer",
    "(?:danke für alles|nicht mehr aus|kann nicht mehr) (?:# )?{ich} {fill}"
    "(?:mach|mache) {fill}schluss{end}",
    "(?:bin|ist) (?:dann )?(?:mal )?weg (?:# )?(?:richtig|endgültig|für immer) weg",
    "(?:bin|bin {ich}) (?:schon )?(?:richtig|endgültig|für immer) weg{end}",
    "(?:bis|wiedersehen|sehen uns|tschüss|bye) (?:# )?{w}{0,3}(?:auf der anderen seite|"
    "in einem anderen leben|im nächsten leben|im himmel|im jenseits)",
    "ein danach (?:# )?(?:dann )?sehen wir uns",
    "bald bin {ich} bei (?:dir|euch) (?:# )?{w}{0,4}wieder zusammen",
    "verzeihen (?:was|das) {ich} {fill}(?:tu|tue|mache|mach)",
    "(?:sagt|sag|richte|richtet) {gap}{0,3}(?:# )?(?:dass {ich} (?:sie|ihn|euch|ihm) {gap}?"
    "nicht böse bin|dass es nicht (?:ihre|seine|deine|eure) schuld)",
    "(?:sagt|sag) (?:den|meinen) kindern (?:dass|das) (?:papa|mama) {gap}{0,3}geliebt",
    "(?:sagt|sag) allen danke von mir",
    "(?:gebt|gib) {gap}{0,3}ein leckerli von mir",
    "an alle die mich kannten",
    "(?:lag|liegt) nicht an euch",
    "(?:kein|keinen) hilferuf",
    "(?:wenn|falls) (?:du|ihr) (?:das|dies) (?:hier )?(?:liest|lest|ließt) (?:# )?{w}{0,3}"
    "(?:zu spät|hab {ich} es geschafft)",
    "(?:wenn|falls) {ich} morgen nicht (?:online|da) bin (?:# )?(?:wisst|weißt) (?:ihr|du) warum",
    "wenn (?:du|ihr) morgen (?:fragst|fragt) (?:# )?{w}{0,5}(?:keiner|niemand) antworten",
    "(?:antworten|schreiben|fragen|erinnern) (?:# )?nie mehr{end}",
    "auch wenn {ich} nicht mehr bin{end}",
    "(?:geh|gehe) {gap}{0,2}schlafen und (?:wach|wache) nicht (?:mehr )?auf",
    "gute nacht (?:# )?(?:diesmal |heute )?(?:die letzte|zum letzten mal|für immer)",
    "(?:schlaf|schlafe) dann auch (?:# )?lange",
    "(?:mein|das war mein) letzter abend mit euch",
    "(?:das|dies) (?:ist|war) (?:meine|mein) letzte(?:r|s)? (?:nachricht|eintrag) hier{end}",
    "(?:letzter|letzte) (?:check ?in|eintrag)(?! (?:vor|für|im|in|heute|diese|dieser|am|bevor)"
    "(?![a-z])) (?:# )?{w}{0,4}(?:weil es bald|der weg|bald vorbei)",
    "heute sag {ich} adieu",
    "(?:bye|tschüss) (?:# )?wirklich (?:bye|tschüss)",
    "(?:es ist )?zeit zu gehen (?:# )?danke",
    "(?:bitte )?(?:sei|seid) nicht (?:wütend|sauer|böse) auf mich (?:# )?wenn (?:du|ihr) "
    "(?:s |es )?(?:erfahrt|erfährst)",
    "(?:kümmert|kümmer) euch um mein baby",
    "(?:da )?wo {ich} (?:hingeh|hingehe){end}",
    "(?:danke|lieb|liebe|tschüss|bye|verzeiht) (?:# )?{w}{0,6}es ist besser so",
    "schönes leben (?:# )?{w}{0,3}(?:jetzt ist (?:es )?genug|ich geh)",
    "(?:lebt|leb) wohl (?:alle|ihr alle|ihr lieben)|lebe?wohl{end}",
    "(?:tschüss|tschüs|bye|adieu|tschau|ciao) (?:# )?(?:es )?tut mir (?:so )?leid{end}",
    "antue (?:# )?(?:tschau|tschüss|bye|adieu|ciao)",
    "(?:hab|habe) euch lieb (?:# )?{w}{0,3}(?:es )?tut mir (?:so )?leid",
    "(?:hab|habe) euch alle lieb (?:# )?{w}{0,2}(?:tschüss|bye|adieu|lebt wohl)",
    "macht euch keine vorwürfe (?:# )?es war meine entscheidung",
    "(?:hab|habe) euch (?:alle )?lieb (?:# )?{w}{0,4}wenn {ich} (?:weg|tot|nicht mehr da) bin",
    "tschüss sagen (?:# )?bevor {ich} (?:geh|gehe)",
    "(?:sorry|tut mir leid|entschuldigung) für alles (?:# )?{w}{0,3}{ich} (?:hör|höre) "
    "(?:jetzt )?auf{end}",
    "(?:allen|jedem) (?:tschüss|auf wiedersehen|lebewohl) gesagt (?:# )?ohne",
    "lieb hab (?:# )?{w}{0,3}jetzt bin {ich} bereit",
    "(?:du|ihr) (?:nichts|nix) falsch gemacht (?:hast|habt) (?:# )?{w}{0,3}{ich} (?:geh|gehe)",
    "man sieht sich (?:# )?oder (?:eben |auch )?nicht",
    "(?:tschüss|tschüssi|bye) an alle (?:# )?{w}{0,2}{ich} (?:hab|habe) genug",
    "frieden gemacht (?:# )?(?:tschüss|bye|adieu)",
)

_SELF_HARM_ACTS: Final[Sequence[str]] = (
    # The bare act: "hab mich geschnitten", "direkt geschnitten", "ritz mich wieder".
    "(?:hab|habe|und) mich (?:wieder |heute |gestern |schon wieder |direkt )?geschnitten"
    "(?= weil| um | obwohl| damit| wieder)",
    "(?:hab|habe|und) mich (?:wieder|heute|gestern|schon wieder|direkt) geschnitten{end}",
    "(?:direkt|sofort|heimlich|und hab|hab wieder) geschnitten",
    "(?:ri+tz|ri+tze) (?:{ich}|mich|mir)(?! (?:in|meinen|den|das|die|ein|eine)(?![a-z]))",
    "(?:schneide|schneid) mich (?:wieder|heute|jeden|nur noch|täglich)",
    "schneiden schneiden",
    "mich {gap}{0,2}wieder verletzt(?! (?:# )?(?:am|an|beim|knie|knöchel|fuß|schulter|rücken|"
    "sport|training|bein)(?![a-z]))",
    "(?:angefangen|aufgehört) mich (?:zu )?(?:verletzen|schneiden|ritzen)"
    "(?! (?:# )?(?:hat|vor|seit)(?![a-z]))",
    "mich (?:zu )?verletzen ist (?:# )?(?:meine art|(?:# )?{w}{0,6}(?:nötig|wieder))",
    "mich {fill}verletzt weil {ich} (?:es|das) nicht (?:mehr )?ausgehalten",
    "(?:verletzt|geschnitten|verbrannt|brennen) (?:# )?{w}{0,2}(?:ich hab s|hab es|ich hab es) "
    "(?:wieder )?getan",
    # Until it bleeds, on purpose.
    "bis (?:es|sie|alles|die [a-z]+|der [a-z]+|das [a-z]+|mein [a-z]+|meine [a-z]+|mir) "
    "{gap}?(?:blutet|blutete|geblutet|bluten|bluteten|blau war|striemen)",
    "(?:mich|mir) {gap}{0,4}(?:geschlagen|geboxt|gebissen|gekratzt|gekniffen|aufgekratzt|"
    "gebohrt|zerkratzt) {gap}{0,3}bis",
    "(?:kopf|stirn|faust|knöchel) {gap}{0,3}(?:gegen|an) (?:die|den|das|eine|einen|der) "
    "(?:wand|spiegel|schrank|tür|mauer|tisch) {gap}{0,2}(?:geschlagen|gehauen|geboxt|"
    "gerammt|aufgeschlagen)",
    "mich mit (?:dem|nem|einem|der|ner|einer) (?:gürtel|kabel|stock|haarbürste|lineal) geschlagen",
    "(?:schlag|schlage) (?:mir|mich) {gap}{0,2}(?:ins gesicht|gegen die stirn|gegen den kopf)",
    "gegen den kopf geschlagen bis",
    "(?:absichtlich|mit absicht|mit voller absicht) (?:[a-z]+ ){0,4}_",
    "(?:abgezogen|aufgerieben|eingeklemmt|gestochen|geboxt|verbrüht|aufgeschlagen) (?:# )?"
    "(?:absichtlich|mit absicht)",
    "(?:mich|mir) {gap}{0,5}(?:absichtlich|mit absicht) {gap}{0,5}(?:verbrannt|eingeklemmt|"
    "geschnitten|verbrüht|abgezogen|aufgerieben|geschlagen|gestochen)",
    "(?:wehtut|weh tut) (?:# )?(?:absichtlich|mit absicht)",
    "(?:mit dem|mit nem|mit einem) feuerzeug (?:am |an |die |den |das )?(?:handgelenk|haut|arm|"
    "arme|klinge|bein)",
    "(?:zigarette|kippe) {gap}{0,2}auf (?:dem|meinem|der|meiner|den|meinen) (?:handgelenk|"
    "unterarm|arm|haut|hand|bein|oberschenkel) ausgedrückt",
    "(?:arm|arme|haut|bein|beine|handgelenk) mit (?:nem|einem|dem) heißen (?:löffel|messer|"
    "draht|metall)",
    "(?:drück|drücke) mir {gap}{0,3}(?:was )?heißes auf (?:den|die|meinen|meine) (?:arme?|haut)",
    "eiswürfeln? und salz",
    "(?:mit dem|mit der|mit nem|mit ner|mit einem|mit einer) (?:messer|schere|zirkel|"
    "cuttermesser|cutter|schlüssel|nadel|klinge|scherbe|rasierklinge|draht|kugelschreiber) "
    "{gap}{0,2}(?:in den|in die|über den|über die|ins|in meinen|in meine) (?:arm|arme|haut|bein|"
    "beine|handgelenk|oberschenkel|fleisch|unterarm)",
    "(?:haut|arme|beine|arm) {gap}{0,2}mit (?:nem|ner|einer|einem|dem|der) (?:nagelfeile|draht|"
    "zirkel|messer|schlüssel|scherbe|klinge) (?:aufgerieben|aufgeri+tzt|aufgekratzt|zerkratzt|"
    "geri+tzt)",
    "(?:in die haut|ins fleisch) {gap}{0,2}(?:gebohrt|gestochen)",
    "(?:mir|mich) {gap}{0,5}aufgeri+tzt",
    "(?:nicht (?:mehr )?ausgehalten|nicht mehr konnte|nicht aufhören können) (?:# )?{w}{0,3}"
    "(?:geschnitten|geri+tzt|verletzt|verbrannt)",
    "mich (?:verbrannt|geschlagen|gekratzt) und geschnitten",
    "(?:seit|nach) (?:der|dem) (?:klinik|entlassung|therapie|psychiatrie) {gap}?wieder "
    "(?:verletzt|geschnitten|geri+tzt)",
    "heißes wasser über (?:meine|die|meinen|den) (?:hand|hände|arme|haut|arm) (?:# )?{w}{0,3}bis",
    "(?:faust|kopf) gegen (?:die|den) (?:wand|mauer|spiegel|schrank) (?:# )?{w}{0,1}bis",
    # Pain wanted: "ich verdien es weh zu haben", "ich spür mich nur wenn es weh tut".
    "(?:verdien|verdiene|verdient) {gap}{0,2}(?:weh zu haben|zu bluten|die schmerzen|schmerzen|"
    "den schmerz|bestraft zu werden)",
    "(?:spür|spüre|fühl|fühle) mich nur (?:noch )?wenn (?:es )?(?:weh tut|wehtut|blutet|blute)",
    "(?:blut|bluten) (?:sehen|sehe) {gap}{0,3}(?:spüren|ruhig|beruhigt)",
    "nur (?:noch )?der schmerz hilft",
    "(?:bestrafe|bestraf) mich (?:mit|durch) (?:hunger|schmerzen|schlägen)",
    "(?:brauch|brauche) das (?:brennen|blut|bluten)",
    "schmerz vom (?:brennen|schneiden|ritzen)",
    "(?:tu|tue) mir {fill}weh{end}",
    "(?:weg|möglichkeit|art) {gap}{0,2}mir weh zu tun",
    "mir {gap}?(?:was|etwas) (?:angetan|anzutun)",
    "(?:reiß|reiße) mir {gap}{0,2}(?:die )?haare (?:aus|raus) (?:# )?wenn",
    "haare büschelweise",
    "(?:kratz|kratze) mich (?:auf|blutig) (?:# )?{w}{0,3}(?:absicht|bis)",
    "(?:kratz|kratze) mir (?:die )?(?:arme|haut|beine) (?:auf|blutig)",
    "(?:hab|habe) (?:mir )?(?:so )?(?:fest )?in den arm gekniffen",
    # Blades kept, hidden, ready.
    "(?:klinge|klingen|rasierklinge|rasierklingen) {gap}{0,3}(?:versteckt|gesammelt|"
    "rausgeschraubt|ausgebaut|rausgeholt|neben mir|in meinem zimmer|im federmäppchen)",
    "(?:im bad|bad) mit der klinge|wieder die klinge|(?:und|# ) die klinge{end}",
    "(?:^|# )klinge (?:# )?bad",
    "klinge {gap}{0,2}(?:aus dem|vom) (?:spitzer|anspitzer|rasierer)",
    "klinge von (?:meinem|meiner) {gap}?(?:genommen|geklaut)",
    "(?:scherbe|scherben|glasscherben) {gap}{0,3}(?:gesammelt|behalten|versteckt)",
    "(?:scherbe|scherben) {gap}{0,3}aufgehoben (?:# )?(?:für|fuer) später",
    "nicht zum rasieren",
    "(?:messer|messer aus der küche) {gap}{0,3}(?:mit ins bad|im bett|ins bett)",
    "(?:messer|klingen|rasierer) {gap}{0,5}(?:vor mir selbst|größte versuchung)",
    # Relapse, counters, fresh wounds, hiding.
    "(?:zähler|counter|streak) {gap}{0,3}(?:wieder )?(?:auf )?(?:0|null)",
    "clean (?:# )?(?:und )?{gap}{0,2}(?:heute )?wieder{end}",
    "(?:erste|ersten) schnitt (?:nach|seit)",
    "geschafft nicht zu (?:schneiden|ritzen) bis",
    "(?:neue|neuen|frische|frischen) (?:narben|schnitte|schnitten)|(?:tiefe|tiefen) schnitte",
    "narben (?:# )?{w}{0,6}(?:neue (?:da|dazu)|kamen neue|sind neue)",
    "(?:schnitte|schnitt) (?:an den|am) (?:beinen|armen|arm|oberschenkeln|oberschenkel|bauch)",
    "(?:narben|wunden|schnitte) {gap}{0,3}(?:wieder )?(?:aufmachen|aufreißen|aufkratzen|"
    "aufschneiden|aufgemacht|aufgekratzt|aufgerissen|aufgeschnitten)",
    "wunde wieder aufgekratzt",
    "wunden {gap}{0,2}(?:entzünden|entzündet)(?: sich)? (?:# )?{w}{0,4}(?:aufhören|nicht "
    "behandelt)",
    "wunden nicht behandelt",
    "verband ist {gap}?(?:schon )?wieder durch",
    "(?:dusche|waschbecken|badewanne) {gap}{0,2}(?:war|ist) (?:ganz )?rot",
    "(?:muss|musste|trag|trage|tragen) {gap}{0,3}(?:lange ärmel|langärmlig|langarmlig|langarm) "
    "{gap}{0,3}(?:tragen )?(?:# )?(?:wegen (?:der |den )?(?:neuen |frischen )?(?:narben|"
    "schnitte|schnitten|wunden)|damit (?:keiner|niemand))",
    "lange ärmel an damit (?:keiner|niemand)",
    "(?:versteck|verstecke) {gap}{0,2}(?:meine )?arme",
    "(?:keiner|niemand) darf (?:die|meine) arme sehen",
    "(?:_|geschnitten|narben|schnitte|wunden|beinen|oberschenkel|oberschenkeln|stellen|arme) "
    "{gap}{0,3}(?:# )?(?:da |wo |damit )?(?:sieht es keiner|es keiner sieht|sie keiner sieht|"
    "sieht keiner|sieht sie keiner|keiner sieht)",
    "schnitte mit (?:klebeband|pflaster|tape) zugemacht",
    "(?:dem|meinem) drang {gap}?nachgegeben",
    "(?:letzte|der letzte) schnitt war {gap}?zu tief",
    "(?:^|# )schnitt (?:# )?pflaster",
    "(?:rückfällig|rückfall) (?:# )?{w}{0,3}(?:schon wieder die arme|die arme)",
    "selbstverletzung {gap}{0,2}(?:ist )?(?:wieder da|zurück)",
)

_OVERDOSE_MORE: Final[Sequence[str]] = (
    "(?:ne |eine |die )?ganze packung (?:genommen|geschluckt|eingeworfen)",
    "{drug} {gap}{0,2}{took} (?:# )?(?:viele|ganz viele|zu viele|sehr viele|eine menge)",
    "(?:hab|habe) {gap}{0,2}überdosiert",
    "zu spät (?:# )?{ich} (?:hab|habe) alles genommen",
    "(?:flasche|flaschen) (?:ist |sind )?leer (?:# )?und (?:die )?{drug} (?:sind |ist )?"
    "(?:auch )?(?:weg|leer)",
    # "Alle." said after: "ich hab die Tabletten meiner Oma genommen. alle."
    "{drug} {gap}{0,3}(?:{took}|nehm|nehme|nehmen|schluck|schlucke) (?:# )?alle(?= #|$| auf einmal|"
    " die)",
    # Washed down with drink, or mixed with it.
    "{drug} {gap}{0,3}(?:und|mit) {gap}{0,3}(?:alkohol|wodka|vodka|wein|bier|schnaps|whisky|sekt) "
    "{gap}{0,2}(?:runtergespült|runtergekippt|gemischt|intus|dazu|zusammen)",
    "(?:runtergespült|gemischt|intus|getrunken) {gap}{0,4}{drug} {gap}{0,2}(?:dazu|genommen|"
    "geschluckt)|{drug} dazu (?:genommen|geschluckt)|(?:nehm|nehme) {gap}{0,3}{drug} dazu",
    # Whole packs, blisters, the supply, a month's worth.
    "(?:ganze|ganzen|kompletten|komplette|[0-9]+|zwei|drei|vier|mehrere|alle) (?:packung|packungen|"
    "blister|schachtel|schachteln|dose|dosen|vorrat|monatsration|röhrchen|streifen) {gap}{0,3}"
    "(?:{took}|leer ?gemacht|leergemacht|geleert|leer|reingeballert)",
    "(?:vorrat|monatsration|medikamentenvorrat) {gap}{0,3}(?:an {drug} )?(?:genommen|geschluckt|"
    "geleert|auf einmal)",
    "(?:schluck|schlucke) {gap}{0,3}(?:dose|packung|schachtel|flasche|blister) leer",
    # Everything in the medicine cabinet, more than allowed, too much insulin.
    "alles {gap}{0,2}(?:genommen|geschluckt|reingeballert|reingeworfen|eingeworfen|reingehauen) "
    "(?:# )?was (?:im|in der|ich|da|noch)",
    "mehr genommen als {ich} (?:sollte|darf|sollt) (?:# )?{w}{0,3}(?:viel mehr|mit absicht|"
    "absichtlich|und will)",
    "(?:mehr|viel mehr) {drug} genommen als {ich} (?:sollte|darf|sollt)",
    "(?:viel )?zu viel {drug} (?:gespritzt|genommen|geschluckt)",
    "(?:so viele|einiges an|nen haufen|haufen|einen haufen|viel zu viele) {gap}?{drug} {gap}{0,2}"
    "{took}",
    "(?:ne |eine )?od (?:genommen|gehabt)",
    "(?:genommen|geschluckt) (?:# )?(?:es ist )?zu spät",
    "{drug} {gap}{0,3}(?:sind )?alle weg (?:# )?in mir|in mich rein",
    # Taking all of them, now or soon; also someone else's ("er nimmt gleich alle seine").
    "(?:nehm|nehme|schluck|schlucke|nimmt) (?:{ich} )?{fill}(?:alle (?:meine |die |seine |ihre )?|"
    "die ganzen |meine ganzen |die restlichen ){drug}(?! (?:# )?(?:wie|pünktlich|brav|"
    "regelmäßig|morgens|abends)(?![a-z]))",
    "alle (?:seine|ihre|deine) {drug} {gap}{0,2}{took}",
    # Made ready: crushed to powder, put aside one by one, enough to end it.
    "{drug} {w}{0,6}(?:zu pulver|zerdrückt|zerstoßen|zermahlen)",
    "{drug} {gap}{0,6}(?:gesammelt|zur seite|beiseite)",
    "{drug} {w}{0,3}um (?:es|alles) zu beenden",
)

# --- Said plainly in other words -----------------------------------------------------------------
# What the phrases above miss: slang and typos, passive wishes, another try after an attempt,
# burden, goodbyes, a method at hand, and someone else at risk now. Each one carries its own cue
# (a method, "für immer", "nach meinem Versuch", "mit Absicht"), never a bare feeling.

_SLANG: Final[Sequence[str]] = (
    # "Ich würde mich am liebsten umbringen": "am liebsten" after "mich", not before it.
    "(?:würde|würd) (?:{ich} )?mich {fill}(?:am liebsten|lieber|gerne?|so gerne?) {fill}"
    "(?:{killinf}|umbringe)",
    # Typed fast: "mcih", Swiss "mi umbringe", "umbingen".
    "{intend} (?:{ich} )?{fill}(?:mcih|mihc|mi|mih) {fill}(?:{killinf}|umbringe)",
    "{intend} (?:{ich} )?{fill}mich {fill}(?:umbingen|umbrigen|umbrinen|umbirngen|selbst erledigen|"
    "selber erledigen|abknallen|ausknipsen|wegbeamen|kaputtmachen|kaputt machen|erlösen|"
    "kalt machen)",
    "(?:kurz davor|nah dran|überlegt|überlege|überleg|am überlegen) {gap}{0,3}mich {fill}"
    "(?:selbst |selber )?(?:wegzumachen|umzubringen|zu erledigen|abzuknallen|auszuknipsen|"
    "wegzubeamen|kaltzumachen|am besten wegbeame)",
    # Leaving life as one leaves a chat or a game: "ich log mich aus dem Leben aus".
    "(?:abmelden|abmelde|abzumelden|ausloggen|auszuloggen|auslogge|log mich|logg mich|"
    "verabschieden|verabschiede|raus|abhauen|hau ab|schießen|rage ?quitten|acker machen|"
    "ausklinken|bin raus|check aus) {gap}{0,3}(?:# )?(?:aus dem|ausm|aus diesem|vom|von dem|"
    "aus meinem) (?:leben|dasein)",
    "(?:verabschieden|verabschiede) {gap}{0,2}(?:aus|von) dieser welt",
    "(?:life|leben) (?:# )?exe",
    "game over für mich",
    "(?:schalt|schalte|log|logge|melde|meld|klinke|klink|lösch|lösche) mich {gap}{0,2}"
    "(?:ab |aus )?(?:# )?(?:für immer|endgültig)",
    "mich (?:für immer|endgültig) (?:ausklinken|ausloggen|abmelden|abschalten|verabschieden|"
    "ausknipsen|löschen)",
    "{want} (?:{ich} )?{fill}(?:tod sein|ded sein|dead sein|sterbi machen|verrecken|krepieren|"
    "abkratzen|den löffel abgeben|ins gras beißen|despawnen|abtreten)",
    "{ich} {fill}(?:kill|kille|knall|knalle) mich",
    "{ich} {fill}(?:mach|mache) mich {fill}kalt",
    "mich (?:gibts|gibt s|gibt es) {fill}(?:nicht mehr|nimmer)(?! (?:in|im|hier|bei|auf)(?![a-z]))",
    "(?:nah dran|kurz davor|bereit|entschlossen|überlege|überleg) {gap}{0,2}"
    "(?:es|alles|das alles|das ganze) (?:endlich )?zu beenden",
    # "Null Bock mehr zu leben", "i wü nimma lebn".
    "(?:null|kb|kein|keinen|0) (?:bock|lust|kraft) mehr (?:zu leben|auf leben|aufs leben|"
    "auf das leben|aufzuwachen)",
    "(?:will|wü|wüll|wott|mag|mog|wui) (?:{ich} |i )?{fill}(?:nimma|nimmer|nüm|nümme|nümm) "
    "(?:lebn|lebe|leben)",
    "(?:suizid|suizied|suzid|sui|s zid|selbstmord|sm) ?gedanken {gap}{0,3}(?:seit|den ganzen|"
    "jeden|ohne ende|immer|schon wieder|krass)",
    "(?:denk|denke|dachte) {gap}{0,3}an sui(?![a-z])",
    "mir (?:was|etwas) (?:an ?tun|anzutun) (?:klingt|wäre|wär|fühlt sich)",
    # Gone, and not on holiday: "tot weg", "für immer weg", "weg vom Fenster, endgültig".
    "(?:{ich}|will|wär|wäre|bin) {fill}(?:weg )?(?:# )?{w}{0,4}(?:für immer|endgültig|ganz|tot) "
    "weg{end}",
    "weg vom fenster (?:# )?{w}{0,3}(?:richtig|endgültig|für immer)",
    "(?:{ich} bin|bin {ich}|bin) {fill}(?:mal )?weg (?:# )?"
    "(?:für immer|endgültig|und zwar richtig)",
    # Said outright, in the forms the phrases above miss.
    "lass mich {fill}(?:sterben|tot sein)",
    "(?:will|möchte|mag) (?:{ich} )?{fill}(?:mein|dieses|das) leben {fill}(?:nicht mehr|nimmer)",
    "(?:gedanke|gedanken|schritt|plan|ziel|wunsch) (?:# )?{w}{0,3}mich {fill}"
    "(?:umbringen|töten|umzubringen)",
    "(?:dass|das|weil|wenn|ob) {ich} mich {gap}{0,3}(?:umbringe|töte|umbringen (?:will|werde|"
    "möchte|muss|werd)|töten (?:soll|will|muss))",
    "{ich} mir {gap}{0,2}das leben (?:nehme|nehm|nehmen (?:will|werde))",
    "(?:einzige|letzte) ausweg (?:ist|wäre) (?:der )?(?:tod|sterben|suizid)",
    "{want} (?:{ich} )?{fill}(?:nicht|nich|net) (?:weiterleben|weiter leben)",
    "nicht mehr (?:weitermachen|mitmachen) (?:# )?{w}{0,3}(?:mit dem leben|leben)",
)

_PASSIVE: Final[Sequence[str]] = (
    # Should not have survived: "ich hätte damals draufgehen sollen".
    "(?:hätte|hätt) {gap}{0,3}(?:nicht überleben|sterben|draufgehen|drauf gehen|tot sein) sollen",
    "warum (?:hab|habe) {ich} {gap}{0,3}überlebt",
    "warum bin {ich} (?:nicht )?{gap}{0,5}(?:gestorben|draufgegangen|tot)",
    "(?:gehofft|hoffe|hoffte|hoff) {gap}{0,3}(?:# )?(?:es gibt|gäbe|gibt es) keinen "
    "(?:mehr|neuen|weiteren)",
    "(?:würde|würd|wäre|wär) (?:{ich} )?{fill}(?:gern|gerne|lieber|am liebsten) {fill}{nomore} "
    "{fill}{living}",
    "(?:leichter|schöner|einfacher|besser|schön) {gap}{0,2}(?:# )?(?:einfach )?"
    "(?:nicht mehr zu sein|tot zu sein|nicht mehr zu existieren|für immer zu schlafen)",
    "aufhören zu sein{end}",
    # "Wär schön, wenn einfach alles aufhört" (not the rain: "aufhört zu regnen").
    "(?:wär|wäre|wärs|wär s) {fill}(?:schön|gut|toll|besser|okay|ok) (?:# )?wenn {fill}"
    "(?:alles|mein leben|das leben|das alles) {fill}(?:aufhört|aufhören würde|vorbei wäre|"
    "vorbei wär|endet|enden würde|zu ende wäre)(?! zu)",
    "(?:wünsche|wünschte|wünsch|hoffe|hoff) (?:mir )?(?:# )?(?:dass|das) (?:mein leben|alles|"
    "das alles|das leben) {fill}(?:aufhört|endet|vorbei ist|zu ende ist|ein ende hat)",
    "(?:gehofft|hoffe|hoff|wünschte|wünsch|wünsche|schön|nicht schlimm|nix dagegen|"
    "nichts dagegen|egal|recht) {gap}{0,4}(?:# )?(?:dass |wenn )?(?:mein|das) herz {gap}{0,2}"
    "(?:stehen ?bleibt|stehen bleiben würde|aufhört|aufhören würde|aufhört zu schlagen|"
    "aufhören zu schlagen|aufhören würde zu schlagen)",
    # Hoping for an illness, an accident, a crash.
    "(?:hoffe|hoff|hoffentlich|wünsch|wünsche|wünschte) {gap}{0,6}(?:was|etwas|irgendwas|"
    "ne krankheit|eine krankheit) (?:unheilbares|schlimmes|tödliches|endgültiges|die mich)",
    "(?:hoffentlich|hoffe|hoff) passiert mir {fill}(?:was|etwas|irgendwas)",
    "(?:schnell|rot|straße|autobahn) {gap}{0,6}(?:hoffe|hoff) {gap}{0,2}(?:# )?(?:dass )?"
    "(?:was|etwas|irgendwas) passiert",
    "(?:wenns|wenn s|wenn es) kracht {gap}{0,3}(?:krachts|kracht s|vorbei|egal)",
    "(?:lkw|laster|zug|blitz|flieger|flugzeug|geländer) {gap}{0,5}(?:# )?(?:wär|wäre|wärs|fänd|"
    "fände) {gap}{0,3}(?:ok|okay|nicht schlimm|recht)",
    "(?:hoffe|hoff) {gap}{0,2}(?:flugzeug|flieger) {gap}{0,2}(?:abstürzt|stürzt ab|kommt nicht an)",
    "(?:hoffe|hoff|hoffentlich) {gap}{0,3}(?:dass )?(?:{ich} )?(?:mich )?{gap}{0,3}"
    "(?:vom blitz getroffen|überfahren werd|erwischt|mitnimmt)",
    "(?:hoffe|hoff|hoffentlich) (?:{ich} )?(?:# )?(?:dass )?mich {gap}{0,3}(?:trifft|überfährt|"
    "erwischt|umfährt|totfährt|umbringt|tötet|mitnimmt)",
    "(?:wenn|wenns|wenn s) (?:es )?mich {gap}{0,3}(?:erwischt|trifft|holt|mitnimmt|überfährt) "
    "(?:# )?{w}{0,4}(?:halt so|egal|okay|ok|recht|nicht schlimm)",
    "soll (?:s |es )?mich {fill}(?:ruhig |halt )?(?:holen|erwischen|mitnehmen)",
    "(?:wehr|wehre) mich nicht mehr",
    "(?:tod|auto|lkw|zug|bus|krankheit) {w}{0,5}(?:würde|würd) (?:{ich} )?(?:mich )?nicht "
    "(?:mal )?(?:weglaufen|wehren|ausweichen)",
    "nicht (?:mal )?weglaufen (?:# )?wenn (?:ein|der|das) (?:auto|lkw|zug|bus|tod)",
    # Careless on purpose: no seatbelt, no looking, no heart pills.
    "(?:schnall|schnalle) mich nicht (?:mehr )?an",
    "(?:schau|schaue|guck|gucke) nicht mehr (?:links|nach links|nach rechts)",
    "{drug} nicht mehr (?:# )?{w}{0,2}(?:ist mir |mir )?egal",
    # Envying the dead, looking forward to the end.
    "(?:beneide|beneid) {gap}?(?:die )?(?:toten|tote|verstorbenen)",
    "(?:freu|freue) mich {fill}auf (?:den tod|das sterben|das ende)",
    "gestorben {gap}{0,6}(?:# )?warum nicht {ich}",
    "kein problem damit {gap}?(?:jung |früh |bald )?zu sterben",
    "tod {gap}{0,3}(?:# )?das (?:wünsch|wünsche) {ich} mir",
    "(?:krebs|diagnose|unheilbar) {w}{0,6}(?:erleichtert|bedankt|gefreut)",
    "(?:mein|das) leben (?:kann|darf|soll) {gap}{0,4}(?:vorbei|zu ende) sein",
    "(?:hätte|hätt) (?:nix|nichts) dagegen (?:# )?wenn (?:mein leben|mein herz|{ich}) {gap}{0,3}"
    "(?:endet|aufhört|sterbe|stehen bleibt|vorbei)",
    "egal ob {ich} {gap}{0,2}(?:noch )?(?:lebe|am leben bin)|ob {ich} {gap}{0,2}noch "
    "(?:da bin|lebe|am leben bin) (?:# )?{w}{0,2}egal",
    "kein morgen mehr|jeder tag ist einer zu viel",
    # Not waking up, not surviving, sleeping for good.
    "(?:hoffe|hoff|hoffentlich|wünschte) {gap}{0,2}(?:# )?(?:dass )?{ich} {gap}{0,3}nicht überlebe",
    "(?:glück|hoffe|hoff|hoffentlich|wünschte|vielleicht) {gap}{0,4}(?:wach|wache) {fill}"
    "(?:nicht|nie) (?:mehr |wieder )?auf",
    "(?:wünschte|wünsche|wünsch|hoffe|hoff|hoffentlich) {gap}{0,4}(?:nicht|nie) (?:mehr |wieder )?"
    "(?:aufwachen|aufwache|aufwach|überlebe)",
    "(?:einschlafen|schlaf {ich} ein|schlaf ein) und (?:dann )?(?:das wars|das war s|das war es|"
    "weg sein|nie wieder|tschüss)",
    "(?:schlaf|schlafe) {fill}für immer|für immer (?:zu )?(?:schlafen|einzuschlafen)",
    "(?:hoffentlich|hoffe|hoff) {gap}{0,5}(?:mein|der) letzter? (?:tag )?(?:ist|war){end}",
    "(?:warte|wart) {fill}nur noch (?:darauf )?(?:# )?(?:dass|bis) (?:es|alles) {fill}vorbei ist",
    "(?:zähl|zähle) {gap}{0,2}die tage bis es {fill}vorbei ist",
    "(?:müde|satt) vom (?:existieren|dasein)",
    "knopf (?:# )?{w}{0,5}(?:nicht mehr (?:zu )?(?:existieren|sein|leben)|zu verschwinden|"
    "mich ausschaltet|mich auslöscht)",
    "(?:verschwinden|verschwinde) (?:könnte |würde )?(?:# )?für immer|"
    "für immer (?:zu )?verschwinden",
    "(?:auflösen|aufzulösen) {gap}{0,3}(?:# )?einfach weg",
    "(?:wär|wäre) {fill}(?:so )?(?:gern|gerne|froh) {fill}(?:wenn {ich} )?(?:einfach )?weg"
    "(?: wär| wäre)?(?: #| aus| fertig| für immer)",
    # To the dead: "ich will zu Oma in den Himmel".
    "(?:will|möchte) {fill}zu (?:oma|opa|mama|papa|meiner?|meinem) {gap}{0,2}(?:in den himmel|"
    "(?:# )?da wo (?:er|sie) jetzt (?:ist|sind))",
)

_ANOTHER_TRY: Final[Sequence[str]] = (
    # A past attempt, and the will to do it again.
    "(?:versuch|versuche|versucht|überlebt|damals|schon mal|narben|wiederbelebt|intensiv|"
    "psychiatrie|klinik) {w}{0,12}(?:will|werde|werd) (?:es |s )?{fill}(?:wieder|nochmal|"
    "noch mal|erneut)(?: (?:versuchen|tun|machen))?",
    "narben vom letzten versuch",
    "(?:überlebt|zu wenig genommen|gefunden|zurückgeholt|wiederbelebt|weggezogen) (?:# )?{w}{0,5}"
    "(?:das passiert mir nicht (?:noch ?mal|wieder)|diesmal|heute ist keiner da|"
    "jetzt (?:wohn|wohne|bin) {ich} allein)",
    "(?:dass|das) mich (?:keiner|niemand) (?:findet|rettet)",
    "(?:will|möchte) (?:{ich} )?(?:nicht|nich) (?:# )?(?:dass|das) mich "
    "(?:jemand|wer|einer) findet",
    "(?:hätte|hätt) es {gap}{0,2}zu ende bringen sollen|es (?:damals )?nicht zu ende gebracht",
    "versuche? (?:# )?{w}{0,2}der dritte",
    "(?:damals|schon mal|versuch|versucht) {w}{0,10}wieder so weit",
    "(?:stand|stehe|steh|saß) {gap}{0,2}wieder (?:auf|an) (?:der|dem|den) "
    "(?:brücke|kante|gleisen|dach|schienen)",
)

_BURDEN: Final[Sequence[str]] = (
    # Better off without me, in more forms: "ein besserer Ort", "besser dran ohne so eine wie mich".
    "ohne mich {gap}{0,4}(?:ein )?(?:besseres|besserer|leichteres|schöneres|glücklicheres|"
    "entspannter|entspannt|frei)(?! (?:gelaufen|geworden|ausgegangen|funktioniert|"
    "geklappt)(?![a-z]))",
    "ohne mich ginge es (?:allen|ihnen|ihm|ihr|jedem) (?:gut|besser)",
    "besser dran ohne {gap}{0,4}wie mich|besser dran mit (?:ihrem|seinem) vater allein",
    "ohne mich (?:müsste|müssten|bräuchte|bräuchten) {gap}{0,2}(?:nicht|nie) mehr",
    "(?:froh|eine erleichterung|erleichterung|erleichtert) (?:# )?wenn (?:{ich}|er|sie) {gap}{0,3}"
    "(?:weg (?:bin|wäre|wär)|tot (?:bin|wäre|wär)|nicht mehr|mich los)",
    "mich los (?:wär|wäre|wären|zu sein)",
    "(?:würde|würd|wird) (?:eh )?(?:keiner|niemand|keine sau) {gap}?(?:merken|auffallen|vermissen) "
    "(?:# )?(?:wenn|falls|dass) {ich} {gap}{0,3}(?:für immer )?(?:weg|tot|nicht mehr|sterbe|"
    "verschwinde)",
    "(?:fällt|auffällt) (?:keinem|niemandem|keiner) {gap}?(?:auf )?(?:# )?wenn {ich} {gap}{0,2}"
    "nicht mehr (?:da|hier)",
    "(?:{ich} bin|bin {ich}|{ich} war|{ich} wäre|{ich} bin für) {gap}{0,6}(?:last|belastung|bürde|"
    "burden|zumutung)(?! (?:von|ab|los)(?![a-z]))",
    "(?:will|möchte) (?:{ich} )?{fill}(?:nicht mehr|nicht länger) (?:die |eine |nur eine )?"
    "(?:last|belastung|bürde) (?:sein|für)",
    "(?:verbrauch|verbrauche|verschwende|verschwend) {gap}{0,2}(?:nur )?(?:luft|platz|sauerstoff)",
    "(?:erspar|erspare) (?:ihnen|ihr|ihm|euch|dir) {gap}{0,2}(?:den rest|mich)",
    "(?:will|werde) {fill}(?:es|das|alles) {fill}beenden (?:# )?"
    "(?:für sie|für alle|für euch|indem)",
    "(?:bin|wäre) {ich} {fill}gar nicht mehr{end}",
    "für immer weg (?:wär|wäre|sein)",
    "(?:wozu|warum) bin {ich} (?:noch|überhaupt) (?:da|hier)",
    "(?:wenn|falls|sobald) {ich} {fill}nicht mehr (?:existiere|existier|bin)",
    "wenn {ich} (?:sterbe|sterb|tot bin|weg bin|nicht mehr bin|gehe) (?:# )?(?:dann )?(?:ist|sind|"
    "haben|hat|hätten|wären|wäre|wird|werden) (?:sie|er|alle|die|meine|es|alles) {gap}{0,3}"
    "(?:frei|ruhe|erleichtert|besser|wieder|heil|los|glücklicher)",
    "lebensversicherung {w}{0,8}(?:mehr wert als {ich}|als {ich} je|hätten sie wenigstens)",
    "mit meinem tod (?:wär|wäre|ist|wird)",
    "(?:das beste|das einzige) (?:was|das) {ich} (?:tun kann|noch tun kann) ist {gap}?(?:zu )?"
    "(?:verschwinden|gehen|sterben)",
    "(?:ruiniere|ruinier|zerstöre|zerstör) {gap}{0,2}(?:das leben|die leben) von allen",
    "(?:zieh|ziehe) alle mit runter",
    # Affairs in order: no longer needed, no longer there, nothing left to do.
    "(?:werde|werd) {gap}{0,2}(?:das alles|alles|das|die|sie|ihn|es) {gap}?nicht mehr "
    "(?:brauchen|nutzen|gießen|versorgen können)",
    "(?:werde|werd) {fill}nicht mehr (?:da|hier) sein(?! (?:wenn|weil|ab|in|im|bei|für|zu|nach|am|"
    "diese|nächste)(?![a-z]))",
    "(?:brauch|brauche) {fill}keine (?:wohnung|zukunft) mehr",
    "(?:alles|nichts mehr|mehr) {w}{0,6}(?:erledigt|geregelt|gesagt|offen|bezahlt|zu tun) (?:# )?"
    "{w}{0,3}(?:bereit zu gehen|zeit zu gehen|{ich} kann gehen|kann {ich} gehen)",
    "(?:hab|habe) (?:nicht vor|keine pläne) (?:dazubleiben|zu bleiben|hierzubleiben)",
    "(?:keine|ohne) spuren (?:zu )?hinterlassen",
    "(?:wie wenn|als ob|als wäre|als wär) {ich} {gap}?nie da gewesen",
)

_GOODBYES: Final[Sequence[str]] = (
    # A last message, a last entry, the last time.
    "(?:mein|meine|meinen|das ist mein|das ist meine|ihre|seine) ?(?:letzte|letzter|letzten) "
    "(?:nachricht|eintrag|worte|check ?in|abendcheck)(?! (?:für|vor|des|dieser|diese|dieses|"
    "heute|im|in|am|vom|zum)(?![a-z]))",
    "(?:^|# )(?:letzte|letzter) (?:nachricht|eintrag)(?! (?:für|vor|des|dieser|diese|dieses|"
    "heute|im|in|am|vom|zum)(?![a-z]))",
    "(?:schreib|schreibe|sag|sage|gesagt|sehe|seh) {gap}{0,4}zum letzten mal",
    "(?:wird|ist) (?:der|die|das|mein|meine) letzte (?:sein|nachricht|eintrag){end}",
    "(?:werdet|wirst|wird) {gap}{0,2}(?:nichts|nix) mehr (?:von mir )?hören(?! (?:bis|für|diese|"
    "heute|in den|die nächsten|nächste)(?![a-z]))|(?:werdet|wirst) mich (?:nicht|nie) mehr "
    "(?:hören|sehen)",
    # Thanks or a goodbye, and leaving in the same breath (not "ich geh jetzt schlafen").
    "(?:danke für alles|danke für die zeit|danke für die geduld|danke dass du (?:für mich )?"
    "da warst|danke für die (?:check ins|letzten wochen)|danke für deine fragen|sorry für alles|"
    "sorry an alle|tut mir leid für alles|tschüss|tschüs|tschuess|bye|adios|ade|pfiat di|"
    "lebt wohl|merci für alles) (?:# )?{w}{0,8}(?:{ich} (?:gehe|geh) jetzt{end}|(?:gehe|geh) "
    "{ich} jetzt{end}|{ich} bin raus|nicht mehr (?:schreiben|antworten|beantworten|hören|sehen)|"
    "nicht mehr da{end}|zum letzten mal|für immer|{ich} hör hier auf)",
    "(?:{ich} (?:gehe|geh) jetzt|(?:gehe|geh) {ich} jetzt|{ich} bin raus|nicht mehr (?:schreiben|"
    "antworten|beantworten|brauchen)|nicht mehr da|zum letzten mal|{ich} hör hier auf|das war s|"
    "bevor {ich} (?:gehe|geh)) (?:# )?{w}{0,8}(?:danke für alles|danke für die zeit|"
    "danke für die geduld|danke|tschüss|tschüs|tschuess|bye|adios|passt auf euch auf|"
    "es tut mir leid|tut mir leid)(?= #|$| für alles)",
    "(?:danke|bedanken|bedankt) {w}{0,5}bevor {ich} (?:gehe|geh)|bevor {ich} (?:gehe|geh) (?:# )?"
    "{w}{0,2}danke",
    "verabschiede mich (?:# )?{w}{0,4}(?:tut mir leid|nicht eure schuld|für immer)",
    "von allen verabschiedet (?:# )?{w}{0,4}(?:nur|jetzt)",
    "(?:ist|war) (?:mein|ein|nur ein|nur mein) abschied(?! (?:von|vom|aus|in|bei)(?![a-z]))|"
    "(?:das hier|dies) ist (?:mein|ein) abschied",
    "abschieds(?:post|nachricht|video|text)",
    "(?:von oben|im himmel) auf (?:euch|dich|sie|ihn) auf|(?:pass|passe) {gap}?von oben",
    "(?:keine antwort|nicht (?:mehr )?antworte) {w}{0,3}(?:weißt du warum|ist das absicht|"
    "wisst ihr warum)",
    "keinen check ?in mehr|keine check ins mehr",
    "(?:ab )?morgen (?:brauchst|brauch|braucht) {gap}{0,3}(?:das|dich|mich) nicht mehr",
    "(?:sag|sagt|grüß|grüßt) (?:meiner|meinem|meinen) {gap}{0,2}(?:# )?(?:dass|das)? ?"
    "(?:es mir leid tut|er ein guter junge war|sie ein gutes mädchen war|er der beste war|"
    "sie die beste war)",
    "(?:grüß|grüßt) {gap}{0,3}(?:# )?{w}{0,5}nicht mehr sehen",
    "{ich} (?:hör|höre) {gap}{0,2}auf (?:# )?mit allem|"
    "(?:melde|meld) mich ab (?:# )?{w}{0,3}überall",
    "(?:ist|wird) schluss mit mir",
    "(?:wenn|sobald|falls) (?:du|ihr|jemand) (?:das|dies) {gap}?(?:liest|lest|lesen) (?:# )?"
    "(?:dann )?(?:bin|ist) (?:{ich} )?(?:schon )?(?:weg|tot|unterwegs|nicht mehr|gegangen)",
    "(?:wenn|falls) das jemand liest (?:# )?es tut mir leid",
    # Someone else, now: said they will not live, a plan for tonight, a goodbye and gone quiet.
    "pass auf die kinder auf",
    "(?:dass|das|davon|er|sie) {fill}(?:nicht mehr|nimmer) (?:leben|weiterleben|da sein) "
    "(?:will|möchte|wolle|mag)",
    "(?:er|sie) (?:hat|habe) (?:einen|nen) plan (?:# )?{w}{0,3}(?:heute|morgen|es ist)",
    "(?:dass )?(?:das|dies) (?:ihre|seine|meine) letzte nachricht (?:ist|war|sei)",
    "kümmern (?:# )?für immer",
    "(?:verabschiedet|danke für alles|abschiedsfoto|abschied|es tut mir leid) {w}{0,8}(?:offline|"
    "handy aus|handy ausgemacht|geht nicht (?:mehr )?ans handy|antwortet nicht|nicht erreichbar|"
    "account (?:ist )?weg|rausgegangen)",
    "(?:dass|das) (?:er|sie) sich {gap}{0,2}"
    "(?:umbringt|umbringen will|tötet|was antut|etwas antut)",
    "(?:redet|spricht|droht|schreibt) {gap}{0,2}davon sich {fill}(?:zu erschießen|umzubringen|"
    "zu töten|aufzuhängen|was anzutun|etwas anzutun)",
    "(?:er|sie|{ich}) (?:mach|mache|macht) dem (?:ganzen |allem )?ein ende",
    "(?:damit|um) (?:sie|er|{ich}) {fill}sterben (?:kann|könne|zu können)",
)

_METHODS: Final[Sequence[str]] = (
    # Where: a ledge, a window sill high up, tracks, a tree to drive into.
    "(?:sitzt|steht|sitz|sitze|steh|stehe) {gap}{0,4}(?:fensterbrett|fensterbank|dachkante|"
    "brüstung|an der kante|parkhausdach)",
    "parkhausdach|dachkante|hochhausdach",
    "(?:fahr|fahre|rasen|rase|fahren) {gap}{0,4}gegen (?:einen|den|die|eine) (?:baum|"
    "brückenpfeiler|pfeiler|wand|mauer|betonwand)",
    "(?:leg|lege|spring|springe|werf|werfe|stell|stelle) (?:{ich} )?(?:mich )?{fill}"
    "(?:auf die schienen|auf die gleise|vor (?:den|einen|die) (?:zug|ice|bahn|lkw|u bahn|s bahn))",
    "(?:zug|ice|bahnsteig|kante) {w}{0,8}"
    "(?:schritt nach vorne|schritt nach vorn|einen schritt vor)",
    # What: a loaded gun, poison, a rope taken to the woods, methods looked up.
    "(?:waffe|pistole|gewehr|knarre|revolver) {w}{0,6}(?:geladen|entsichert|weiß wo der schlüssel)",
    "(?:mir )?(?:eine |ne )?(?:waffe|pistole|knarre|gewehr|jagdgewehr) {gap}{0,2}(?:besorgt|"
    "gekauft|geliehen|organisiert)",
    "wald {w}{0,6}seil|seil {w}{0,6}wald|seil dabei",
    "(?:das|genug) gift {gap}{0,2}(?:im schrank|besorgt|bestellt|gekauft|bereit|zuhause)",
    "(?:google|googel|gegoogelt|recherchiere|recherchiert|nachgeschaut|suche) {w}{0,4}"
    "(?:methoden|wie lange es dauert|tödliche dosis|letale dosis)",
    "(?:seil|frostschutzmittel|gewehr|leiter|kohle|schlauch|jagdgewehr) {w}{0,8}(?:nicht fürs|"
    "nicht für das|denkt {ich} will|er denkt|sie denkt|hat nix gefragt|hat nichts gefragt)",
    # When: a date, a night chosen, a birthday not passed.
    "plan und (?:ein |das )?datum",
    "(?:geburtstag|beschlossen|entschieden) {w}{0,6}nicht (?:mehr )?älter (?:werde|werden)",
    "(?:entschieden|ausgesucht|festgelegt) (?:# )?welche nacht",
    "(?:ganzen|ganze) ablauf {w}{0,4}durchgespielt|ablauf im kopf {w}{0,3}durchgespielt",
    "(?:tür|türen) abgeschlossen {w}{0,6}(?:gleich ist es soweit|gleich ist es so weit)",
)

_SELF_HARM_MORE: Final[Sequence[str]] = (
    # Punishment and needing the pain.
    "{hurt} (?:{ich} )?mich {fill}(?:selbst |selber |körperlich )?(?:zu )?bestrafen",
    "(?:verdiene|verdien) {gap}{0,2}(?:schmerz|schmerzen|(?:es )?(?:# )?(?:dass|das) es weh ?tut)",
    "(?:brauch|brauche) {gap}{0,3}(?:schmerz|dass es blutet|das es blutet|blut) (?:# )?{w}{0,2}"
    "sonst",
    "(?:tu|tue) {ich} mir {fill}weh|{ich} (?:tu|tue) mir (?:absichtlich |mit absicht |selbst )weh",
    "(?:wollt|wollte|will|soll) (?:# )?(?:dass|das) es (?:weh ?tut|wehtut|blutet)|"
    "es soll (?:weh ?tun|wehtun|bluten)",
    "(?:blut|bluten|blutet) {w}{0,5}(?:ruhiger|beruhigt|will mehr|will {ich} mehr)|"
    "(?:nur|besser) (?:# )?wenn {ich} blut (?:seh|sehe)",
    # Hitting, burning, scratching oneself.
    "{ich} (?:hau|haue|schlag|schlage) {fill}(?:meinen|den) kopf (?:gegen|an) (?:die )?wand",
    "(?:hau|haue|schlag|schlage) mir {fill}(?:selbst |absichtlich )?(?:ins gesicht|blaue flecken)",
    "bis (?:es|er|sie|die wange|die haut) (?:blau|taub|offen) (?:ist|war)",
    "(?:zigarette|zigaretten|kippe|kippen|feuerzeug) {gap}{0,3}(?:auf|an) (?:meinem|meinen|meiner|"
    "meine|der|dem|den|die) (?:arm|armen|arme|hand|hände|haut|bein|beine|oberschenkel|"
    "handgelenk)",
    "mich {gap}{0,4}mit (?:dem|nem|einem|meinem) (?:gürtel|kabel|ladekabel|stock) "
    "(?:geschlagen|gepeitscht)|(?:arm|arme|beine|rücken) mit dem gürtel geschlagen",
    "(?:hab|habe) mich {gap}{0,3}(?:wieder )?(?:gebissen|gekratzt) (?:und|bis)",
    "(?:kratz|kratze|schneid|schneide|ritz|ritze) mir {gap}{0,3}(?:die |den )?(?:arme|arm|haut|"
    "beine|handgelenke) (?:auf|blutig)",
    "(?:verletze|verletz) mich (?:wieder|schon wieder|absichtlich|regelmäßig)"
    "(?! (?:beim|am|an|bei)(?![a-z]))",
    "(?:lust|bock|verlangen) (?:{ich} )?{fill}mich {fill}zu (?:schneiden|ritzen|verletzen|"
    "verbrennen)",
    # On purpose, said after the act ("am Herd verbrannt. nicht aus Versehen"); "_" is an
    # accident blanked as a figure, then taken back.
    "(?:verbrannt|geschnitten|verletzt|geschlagen|gebissen|gekratzt|aufgekratzt|gekippt|"
    "geschüttet|gedrückt|gehalten|geri+tzt) (?:# )?{w}{0,5}(?:mit absicht|absichtlich|"
    "war kein (?:unfall|versehen)|es war kein (?:unfall|versehen)|nicht aus ?versehen|"
    "kein versehen|weil {ich} es wollte)",
    "_ (?:# )?{w}{0,3}(?:nicht aus ?versehen|mit absicht|absichtlich|war kein unfall|"
    "kein versehen)",
    # Cutting in its words and typos: "ritzn", "gecuttet", "geschnippelt am Arm".
    "ri+tzn|rizen|rizze|ritzgedanken|ri+tz gedanken",
    "(?:schneiden|ritzen|cutten|svv) hilft",
    "(?:cutting|cuttin) (?:again|wieder)|mich {gap}{0,2}gecut+e[dt]",
    "(?:geschnippelt|geschnitten|geri+tzt|gekratzt) (?:am|an den|an meinem|in den) (?:arm|armen|"
    "bein|oberschenkel|handgelenk)",
    "wieder getan (?:# )?nach (?:[0-9]+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
    "ein paar) (?:monaten|wochen|tagen|jahren)",
    # Scars and fresh cuts hidden.
    "(?:narben|schnitte) {w}{0,8}(?:neue|frische) (?:dazu ?gemacht|gemacht|dazu)|"
    "narben {w}{0,10}(?:mach|mache|machen) {fill}neue",
    "(?:lange ärmel|langarm|pullover) {w}{0,6}(?:schnitte|narben|wunden)",
    "(?:neuen|frischen) schnitte",
    "so tief (?:wars|war s|war es)",
    # The blade: bought, broken out of a razor, wanted.
    "(?:die |der |eine |meine |an die |zur )?klingen? {gap}{0,3}(?:gekauft|besorgt|rausgeholt|"
    "spüren|nehmen|in der schublade|zu kommen|gebrochen|rausgebrochen|"
    "in (?:ihrem|seinem|meinem) zimmer)",
    "(?:rasierer|spitzer) {gap}{0,3}(?:zerlegt|auseinandergeschraubt|auseinander genommen|"
    "aufgebrochen)",
    # Someone else, now ("schneidet sich gerade die Haare" is not).
    "(?:schneidet|ritzt|verletzt|verbrennt) sich (?:gerade|grad|grade|jetzt|wieder|schon wieder|"
    "absichtlich|selbst)(?!(?: [a-z]+){0,2} (?:die|den|das|ein|eine|einen|haare|nägel|bart|"
    "finger|beim|am)(?![a-z]))",
    "sich {gap}{0,3}wieder {gap}?(?:verbrannt|geschnitten|verletzt|geri+tzt)",
)

# --- Told in other words, again -------------------------------------------------------------------
# More of what people write without the phrases above: censored and gamer slang with a cue that
# it is meant ("freiwillig", "für immer", "kein Witz"), passive wishes for an accident or an
# illness, burden said as cost or a problem to be solved, an attempt come back, someone else at
# the edge now, goodbyes with "zum letzten Mal", and pills or blades named with a purpose.

_TOLD_OTHERWISE: Final[Sequence[str]] = (
    # Said outright, in forms the phrases above miss.
    "(?:wunsch|wünsche|beschlossen|entschieden|vorgenommen) {gap}{0,2}(?:# )?zu sterben",
    "{want} (?:{ich} )?{fill}(?:strben|sterbn|stärben)",
    "(?:geb|gebe) (?:{ich} )?{fill}mir {fill}die kugel (?:# )?(?:kein witz|im ernst|ernsthaft|"
    "endgültig|für immer|{ich} mein (?:das|es) (?:so|ernst))",
    "mich {fill}kys",
    "sewer ?sl(?:i|ei)de?",
    "(?:s izid|su1z1d|suiz1d|su1zid|s1z1d|s zid|suizid|selbstmord|selbstmort|selbsmord|freitod|"
    "sui) (?:klingt|wäre|scheint|fühlt sich) {gap}{0,3}(?:gut|verlockend|schön|"
    "(?:wie|nach) (?:urlaub|erlösung|ne lösung|eine lösung))",
    "(?:suizid|selbstmord|selbstmort|freitod|sterben|der tod) (?:ist )?{gap}{0,4}"
    "(?:die |meine |mein )?(?:einzige|letzte) (?:option|lösung|ausweg)",
    "(?:suizid|selbstmord|sterben|der tod|tod) ist das einzige (?:woran|an das|was) {ich} "
    "(?:noch )?(?:denke|denk|will)",
    "(?:nur (?:noch )?|ständig |dauernd |immer nur )(?:an )?(?:suizid|selbstmord|selbsmord|"
    "den tod|sterben|suizid ?gedanken|selbstmord ?gedanken)"
    "(?! (?:geht|gehts|ging|geredet|gesprochen|diskutiert)(?![a-z]))",
    "gedanken an (?:suizid|selbstmord|den tod|sterben) {gap}{0,3}(?:nicht (?:mehr )?weg|lauter|"
    "stärker|wieder|zurück)",
    "(?:bin|fühl mich|fühle mich) {fill}(?:suizidal|suizidgefährdet|suizid gefährdet)",
    "(?:plane|planen|plan) (?:{ich} )?{fill}(?:meinen|den) (?:suizid|selbstmord|tod|freitod)",
    "(?:suizid|selbstmord|tot sein|sterben) {w}{0,8}(?:zieh|ziehe) (?:{ich} )?(?:es|das|s) "
    "{fill}durch",
    "(?:stimme|stimmen) {w}{0,5}(?:sagt|sagen|sagen mir|befiehlt|befehlen) {w}{0,2}"
    "(?:bring dich um|töte dich|tu dir was an|spring|schneid dich|ritz dich|stirb)",
    "(?:gegoogelt|gegooglet|recherchiert|nachgelesen|informiert) {w}{0,3}(?:wie man "
    "(?:am schnellsten |schmerzlos |sicher )?(?:stirbt|sich umbringt)|"
    "wie es am (?:wenigsten weh tut|schnellsten geht))",
    "(?:ausgesucht|gewählt|festgelegt) (?:# )?zum sterben",
    # Slang for dying, with a cue that it is meant and not a joke.
    "(?:hops|löffel abzugeben|löffel ab|jordan|gras beißen|abkratzen|kiste|abflug|abgang|"
    "unter der erde|jenseits|sternchen|exit|quit|quitten|ausloggen|abmelden|abzumelden|offline|"
    "stecker|ausknipsen|aussteigen|rip me|sensenmann|check aus) {w}{0,5}(?:freiwillig|"
    "mit absicht|absichtlich|endgültig|für immer|permanent|kein witz|kein meme|kein spaß|"
    "nicht im (?:meme|spaß)|im ernst|ernsthaft|{ich} mein (?:das|es) (?:so|ernst)|"
    "{ich} schwörs|so richtig|und zwar richtig|aus dem leben|vom leben|bei mir selbst|"
    "fürs leben|für mein leben|hab mich entschieden)",
    "(?:aus dem|ausm|aus meinem) leben (?:schießen|ballern|befördern|verabschieden|katapultieren)",
    "mich {fill}(?:ins jenseits|aus der welt|aus dieser welt|von dieser welt|von der welt) "
    "{fill}(?:befördern|schaffen|verabschieden|schießen|ballern|katapultieren)",
    "{intend} (?:{ich} )?{fill}mir {fill}das licht (?:ausknipsen|auspusten|ausblasen|"
    "ausschalten|ausmachen)",
    "stecker {fill}(?:ziehen|ziehe|zieh) {w}{0,2}bei mir|bei mir (?:selbst |selber )?"
    "den stecker (?:ziehen|ziehe|zieh)",
    "(?:strg|ctrl) alt (?:entf|del|delete) (?:# )?(?:für|fürs) (?:mein |das )?leben",
    "(?:done|durch) mit (?:dem |meinem )?leben",
    "(?:bald bin {ich}|{ich} (?:wär|wäre) (?:gern|gerne)) {fill}(?:ein )?(?:sternchen|engelchen|"
    "stern am himmel|sternchen am himmel|engel im himmel)",
    "(?:bereit|sehne|sehn|wünsch|wünsche|will|möchte) {gap}{0,3}(?:für )?(?:den ewigen schlaf|"
    "ewige ruhe)",
    "schlus?s?strich (?:# )?{w}{0,2}unter (?:mich|mein leben)",
    "kb mehr (?:auf|aufs) leben",
    "(?:wott|wett|wotts) (?:nume|num|nüm|nümme) (?:labe|läbe|da sii|lebe)",
    # Passive wishes: an illness, an accident, not waking, and it would be fine.
    "(?:hoffe|hoff|hoffentlich|wünsche|wünsch|wünschte) {w}{0,6}{ich} {w}{0,3}(?:sterbe|sterb|"
    "tot bin|tot umfalle|nicht überlebe|nicht überleb|aufhör zu atmen|aufhöre zu atmen)"
    "(?! (?:nicht|vor|an|bei|noch)(?![a-z]))",
    "(?:hoffe|hoff|hoffentlich) {w}{0,3}(?:irgendwas|was|etwas) passiert mir|"
    "(?:hoffe|hoff) {w}{0,3}(?:es |dass )?(?:mir )?(?:was|etwas|irgendwas) passiert",
    "(?:hoffe|hoff|hoffentlich) {w}{0,8}(?:was|etwas) (?:schlimmes|unheilbares|tödliches|"
    "endgültiges)",
    "(?:hoffe|hoff|wünsch|wünsche|wünschte) {w}{0,3}(?:der|mein) krebs {w}{0,2}(?:zurückkommt|"
    "zurück kommt|käme zurück|kommt zurück|wiederkommt|zurückkäme)",
    "(?:warte|wart|warten) {gap}?(?:nur noch )?aufs ende(?! (?:vom|von|des|der)(?![a-z]))",
    "(?:keine |kein )?angst (?:mehr )?(?:vorm|vor dem) (?:sterben|tod) (?:mehr )?(?:# )?{w}{0,4}"
    "(?:wart|warte|freu|freue|wünsch|wünsche|hoffnung|sehne|sehn)",
    "(?:versteh|verstehe|weiß|weiss) (?:nicht|nich) (?:# )?(?:warum|wieso|wozu|wofür) {ich} "
    "{fill}noch (?:lebe|leb|am leben bin|hier bin|da bin|existiere)",
    "(?:will|möchte|mag) (?:{ich} )?nicht sterben (?:# )?aber (?:auch )?(?:nicht mehr|nimmer) "
    "(?:leben|weiterleben|existieren)",
    "(?:keine|keinen) (?:bock|lust|kraft) mehr (?:zu leben|auf leben|aufs leben|auf das leben|"
    "aufzuwachen)",
    "(?:warum|wieso) kann {ich} (?:nicht|nich) (?:einfach )?(?:einschlafen und|sterben|tot sein|"
    "weg sein|verschwinden)",
    "(?:einschlafen|hinlegen) und {w}{0,2}(?:weg sein|nicht mehr da sein|nie wieder aufstehen|"
    "nie mehr aufstehen|nicht mehr aufstehen|nie wieder aufwachen|nicht mehr aufwachen|"
    "tot sein|für immer weg)",
    "(?:auflösen|aufzulösen) (?:# )?(?:und )?(?:für immer|nie wieder auftauchen|"
    "nie mehr auftauchen)",
    "(?:wünsch|wünsche|wünschte|hoffe|hoff) (?:mir )?{w}{0,3}(?:dass|das) (?:es|alles|das alles|"
    "mein leben|das leben) {fill}(?:vorbei ist|aufhört|endet|zu ende ist)",
    "(?:mein|das) leben (?:kann|darf|soll) {gap}{0,4}(?:aufhören|enden)",
    "lieber (?:# )?{ich} (?:würd|würde) {fill}{nomore} {fill}(?:{living}|sein)",
    "(?:würde|würd|wäre|wär) (?:{ich} )?{fill}(?:gern|gerne|lieber|am liebsten) {fill}{nomore} "
    "(?:sein|da sein){end}",
    "(?:nix|nichts) (?:dagegen|ausmachen) (?:# )?wenn {ich} {fill}(?:nicht mehr (?:existieren|"
    "leben|aufwachen|da sein|sein)|tot umfallen|sterben|morgen nicht (?:mehr )?aufwache)",
    "(?:egal|recht|okay|ok|nicht schlimm|gut so|schön|erleichtert|erlösung|froh|nix ausmachen|"
    "nichts ausmachen|nix dagegen|nichts dagegen) (?:# )?wenn (?:mich {w}{0,3}(?:mitnimmt|"
    "überfährt|umfährt|erwischt|trifft|holt|totfährt)|{ich} {w}{0,4}(?:tot umfallen würde|"
    "tot umfallen würd|tot umfalle|sterben würde|nicht mehr aufwache|vom blitz getroffen werd|"
    "vom blitz getroffen werde|überfahren werd|überfahren werde|verunglücke|umkomme)|"
    "(?:der|ein|das) (?:lkw|laster|bus|zug|auto|flieger|flugzeug) {w}{0,3}(?:abstürzt|"
    "nicht bremst|ausschert|reinkracht|mitnimmt|erwischt))",
    "wenn (?:mich {w}{0,3}(?:mitnimmt|überfährt|umfährt|erwischt|holt|totfährt)|{ich} {w}{0,4}"
    "(?:tot umfallen würde|tot umfallen würd|tot umfalle|sterben würde|nicht mehr aufwache|"
    "vom blitz getroffen werd|überfahren werd|verunglücke|umkomme)|(?:der|ein|das) (?:lkw|laster|"
    "bus|zug|auto|flieger|flugzeug) {w}{0,3}(?:abstürzt|nicht bremst|ausschert|reinkracht|"
    "mitnimmt)|(?:einer|jemand|wer) reinkracht) (?:# )?{w}{0,4}(?:egal|recht|okay|ok|"
    "nicht schlimm|gut so|erlösung|erleichtert|danke|froh)",
    "(?:wünschte|wünsche|wünsch) {w}{0,2}{ich} (?:hätte|hätt) {w}{0,5}nicht überlebt",
    "(?:wünschte|wünsche|wünsch) {w}{0,2}(?:es|er|der versuch) (?:hätte|hätt) (?:geklappt|"
    "funktioniert)",
    "(?:leider|enttäuscht|schade) (?:# )?(?:bin {ich} )?(?:schon )?wieder aufgewacht",
    "(?:hoffentlich|hoffe|hoff) {gap}{0,3}(?:war|wäre|ist) (?:das|dies|heute) (?:mein|der) "
    "letzte tag",
    "(?:schlafen|bett|einschlafe|einschlafen|schlaf) (?:# )?{w}{0,4}(?:hoffe|hoff) (?:# )?{w}{0,2}"
    "(?:dass|das) es das letzte mal (?:ist|wäre)",
    "(?:wünsch|wünsche|wünschte|will|möchte|hoffe) {w}{0,5}(?:ausgelöscht|ausradiert) "
    "(?:werden|sein)",
    "tot sein {w}{0,5}(?:ruhig|friedlich|schön) vor",
    "einfach (?:untergehen|fallen|nicht mehr lenken|loslassen|umfallen) (?:# )?(?:wär|wäre) "
    "{w}{0,3}(?:friedlich|schön|egal|ruhig|ok|okay|gut)",
    "leben {w}{0,3}(?:ausknopf|ausschalter|off knopf) {w}{0,4}(?:drücken|drücke|drück)",
    "(?:wenn|wenns|wenn s) (?:es )?mich {fill}nicht mehr (?:gibt|gäbe) (?:# )?{w}{0,2}"
    "(?:auch gut|egal|okay|ok|besser|schön)",
    "lieber (?:tot|sterben|sterbe {ich}) als (?:so )?(?:weiterzumachen|weiter zu leben|"
    "weiterzuleben|zu leben|weiterleben|so weiter)",
    "ob {ich} lebe oder (?:nicht|sterbe) {w}{0,2}(?:macht keinen unterschied|egal|ist egal)",
    # Burden: a cost, a problem to be solved, a way out of everyone's way.
    "{ich} (?:koste|kost) {w}{0,3}(?:nur|bloß) (?:geld|nerven|kraft|zeit)",
    "(?:bin|steh|stehe) {w}{0,2}(?:nur|bloß|immer) im weg|allen im weg (?:steh|stehe|bin)",
    "besser {ich} (?:geh|gehe){end}",
    "(?:vermissen|weinen|merken|juckt|egal|besser aufgehoben|braucht mich) (?:# )?{w}{0,8}"
    "(?:also|dann|deshalb|deswegen|genau deshalb) (?:kann|darf) {ich} (?:ja |auch |ruhig )?"
    "(?:gehen|verschwinden)",
    "wer (?:würde|würd|wird) (?:mich )?(?:schon |überhaupt |denn )?(?:mich )?(?:vermissen|"
    "um mich weinen)",
    "(?:niemand|keiner|keine sau|kein mensch) {gap}{0,2}(?:würde|wird|würd) {gap}{0,2}um mich "
    "(?:weinen|trauern)",
    "(?:würde|würd|wird) {w}{0,2}(?:keiner|niemand) (?:zu meiner|zur) beerdigung",
    "wenn {ich} (?:sterbe|weg bin|tot bin|nicht mehr da bin) (?:# )?(?:wird|würde) {w}{0,2}"
    "(?:niemandem|keinem) (?:was |etwas )?fehlen",
    "wenn {ich} weg bin (?:# )?(?:ist|sind) (?:das|alle|die) (?:problem|probleme) {w}{0,2}"
    "(?:weg|gelöst)",
    "probleme (?:löst|löse) man",
    "(?:bin|ich) (?:ein|nur ein|der) fehler {w}{0,7}(?:beseitigen|beheben|korrigieren|löschen|"
    "ausradieren)",
    "mein (?:verschwinden|tod|abgang) (?:wär|wäre|ist|wird) {w}{0,2}(?:das beste|ein geschenk|"
    "eine erleichterung|eine erlösung|besser)",
    "(?:besten|besser) für alle (?:wär|wäre|ist) (?:es )?(?:# )?wenn {ich} (?:nicht mehr|weg|tot|"
    "nie)",
    "(?:grund|last|anstrengend|problem|schuld|belastung) {w}{0,6}{ich} (?:sollte|sollt) {fill}"
    "(?:verschwinden|nicht mehr leben|aufhören zu existieren)",
    "(?:sollte|sollt) (?:{ich} )?{fill}{nomore} {fill}{living}",
    "(?:hör|höre|aufhör|aufhöre|aufhören) {fill}(?:auf )?zu (?:existieren|atmen)",
    "(?:will|möchte) {w}{0,2}(?:nicht|niemandem|keinem) (?:mehr |länger )?zur last fallen (?:# )?"
    "{w}{0,2}(?:{ich} hör auf|{ich} höre auf|darum|deshalb|deswegen|für immer)",
    "(?:erlös|erlöse) (?:sie|euch|ihn|alle|dich) (?:bald |jetzt |endlich )?(?:von mir|davon)",
    "ohne mich auf der welt {gap}{0,3}(?:besser|frei|glücklicher|leichter)",
    "(?:für immer|endlich) frei von mir",
    "bald {w}{0,6}(?:keine sorgen mehr|keiner mehr sorgen|keiner muss sich mehr sorgen|"
    "niemand muss sich mehr sorgen|keinen grund mehr)",
    # An attempt come back: tried before, and now the same again.
    "(?:hab|habe|hatte) (?:es |s |das |ichs )?(?:mit [0-9]+|letztes jahr|letzten [a-z]+|"
    "im [a-z]+|vor [a-z0-9]+ (?:jahren|monaten|wochen)|damals|schon mal|schon zweimal|"
    "schon zwei mal|einmal|schon einmal) {w}{0,2}(?:versucht|probiert) {w}{0,10}(?:wieder|"
    "genauso|wie damals|zurück|nochmal|diesmal|dran)",
    "(?:letztes mal|beim letzten mal|letzten mal|beim ersten mal) {w}{0,4}(?:nicht geklappt|"
    "zu wenig genommen|zu wenig|zu feige) (?:# )?{w}{0,4}(?:diesmal|dieses mal|den fehler|"
    "jetzt nicht mehr)",
    "(?:fühlt|fühl|fühle|gefühl|ruhe|genauso|genau so) {w}{0,4}(?:wie )?(?:vor|kurz vor|bei|beim) "
    "(?:meinem|dem) (?:ersten |letzten )?(?:suizid)?versuch",
    "(?:gefühl|ruhe|gedanken|drang) {w}{0,3}(?:von|vom) (?:meinem|dem|damals) {w}{0,4}(?:# )?"
    "{w}{0,4}(?:zurück|wieder da)",
    "(?:versuch|versucht|psychiatrie|klinik) {w}{0,12}(?:versprechen|versprochen) {w}{0,8}"
    "(?:nicht (?:mehr )?halten|nicht halten)",
    "(?:versuch|versucht|überlebt|psychiatrie|klinik|intensiv|wiederbelebt|gerettet) {w}{0,12}"
    "(?:(?:geht|gehts) wieder los|rutsch {w}{0,2}wieder|wieder (?:an dem|an den) punkt|"
    "genau wie (?:damals|vorher)|wieder genauso|nochmal versuchen|wieder versuchen|"
    "nicht nochmal (?:scheitern|aufwachen)|plan {ich} wieder|den fehler mach {ich} nicht|"
    "{ich} will es (?:nochmal|wieder)|denk {ich} wieder dran|wünschte {w}{0,3}"
    "(?:geklappt|nicht getan))",
    # Someone else at the edge now, or gone quiet after a goodbye.
    "(?:ist|steht|sitzt|stehe|steh|sitze|bin) {w}{0,3}(?:auf|an) (?:der|dem|einer) (?:brücke|dach|"
    "bahngleis|klippe|balkongeländer|geländer|fensterbrett|brückengeländer) {w}{0,6}(?:weint|"
    "schreit|springt|springen|schreibt mir|ruft mich an|komische|fotos|tschüss|bye|und überleg)",
    "(?:steht|stehe|steh|sitzt|sitze) {w}{0,3}(?:auf dem|aufm) (?:balkongeländer|geländer|"
    "brückengeländer|fenstersims)",
    "(?:sitzt|sitze) {w}{0,5}(?:fensterbrett|fensterbank) {w}{0,4}(?:stock|weint|springen)",
    "(?:fährt|geht|läuft|fahr|geh|fahre|gehe) {w}{0,4}(?:zum|zur|an den|an die|in den|ins) "
    "(?:see|fluss|meer|brücke|wald|gleisen|gleise|klippe|wasser) {w}{0,2}und (?:kommt|komme|komm) "
    "(?:nicht|nie) (?:wieder|mehr|zurück)",
    "(?:dass|das) (?:er|sie) es (?:heute|heut|jetzt|gleich|nachher|morgen|heute nacht) "
    "(?:tut|durchzieht)",
    "(?:er|sie|gsogt|gesagt|sagt|droht) (?:bringt|bringe) (?:si|sich) {fill}um",
    "(?:bringt|bringe) (?:er|sie) sich {fill}um",
    "(?:essen|trinken) bis (?:er|sie|{ich}) (?:stirbt|sterbe|tot)",
    "(?:seil|strick) {gap}{0,2}gekauft (?:# )?{w}{0,2}(?:und )?{ich} (?:hab|habe) angst",
    "(?:dass|das|wenn) (?:er|sie|{ich}) {w}{0,2}(?:von der|vom|von dem|von einer|aus dem) "
    "(?:brücke|dach|balkon|hochhaus|fenster|turm|parkhaus) (?:springt|springe|"
    "springen (?:will|wird|werde|möchte))",
    "(?:redet|spricht|schreibt) {w}{0,3}(?:von|vom) (?:einem |dem )?(?:langen|ewigen) schlaf",
    "(?:verschenkt|verschenke|verschenk|verteilt|verteile) {w}{0,2}(?:alle |all |die )?"
    "(?:seine|ihre|meine) (?:sachen|habseligkeiten|lieblingssachen)"
    "(?! (?:# )?(?:weil|wegen|da|denn|für|fürs|zum|beim|auf|bei|an die|ans)(?![a-z]))",
    "(?:am|an den|auf den|auf dem) (?:bahngleis|gleis|gleisen|bahngleisen|schienen) {w}{0,4}"
    "(?:tschüss|weint|bye|verabschiedet|und warte)",
    "(?:verabschiedet|danke für alles|abschied) {w}{0,8}handy (?:ist )?aus",
    # Goodbyes: not here tomorrow, the last time, loved in the past tense.
    "(?:morgen|ab morgen|übermorgen|nächste woche) (?:bin|wäre) {ich} {fill}nicht mehr (?:da|hier)"
    "(?! (?:in|im|bei|an|zu|für|ab)(?![a-z]))",
    "(?:gibts|gibt s|gibt es) mich {fill}(?:nicht mehr|nimmer)(?! (?:in|im|hier|bei|auf)(?![a-z]))",
    "weil {ich} nicht mehr (?:da|hier|am leben) (?:bin|sein werde)",
    "(?:morgen|ab morgen) {w}{0,4}(?:keine antwort mehr|niemand mehr antworten|"
    "wird niemand mehr|wird keiner mehr)",
    "(?:wird|würde) (?:niemand|keiner) mehr antworten",
    "(?:gehe|geh) {ich} heute nacht{end}|{ich} (?:gehe|geh) (?:heute nacht|heut nacht){end}",
    "(?:schreib|schreibe|sag|sage|gesagt|sehe|seh) {w}{0,6}zum letzten mal",
    "(?:allen|jedem|euch) {w}{0,1}(?:eine |ne )?letzte nachricht",
    "(?:keine antwort|nicht (?:mehr )?antworte) (?:# )?{w}{0,3}(?:weißt du warum|ist das absicht|"
    "wisst ihr warum|absicht)",
    "(?:brauch|brauche) {w}{0,3}nicht mehr (?:# )?(?:wo|wohin|da wo|dort wo) {ich} "
    "(?:hin)?(?:gehe|geh)",
    "(?:eine )?lange gute nacht (?:# )?diesmal|gute nacht gesagt (?:# )?die letzte",
    "(?:heute|heut|dies|das) ist mein letzter (?:tag|morgen|abend)"
    "(?! (?:im|in|bei|an|als|vor|auf|der|des|hier|mit|für)(?![a-z]))",
    "(?:danke|dankeschön|merci) (?:für|fürs) {w}{0,3}(?:# )?{w}{0,6}(?:{ich} (?:gehe|geh) jetzt"
    "{end}|{ich} bin (?:jetzt )?raus|für immer|das war der letzte tag|gibts mich nicht mehr|"
    "heut ist mein letzter tag)",
    "(?:hab|habe) (?:meins|mein leben) hinter mir",
    "(?:sag|sage) {w}{0,2}tschüss (?:# )?nicht (?:gute nacht|bis morgen)",
    "(?:machs|mach s|mach es) gut (?:# )?(?:welt|du welt|grausame welt)|"
    "(?:grüß|gruss) die welt von mir",
    "(?:dass|das) {ich} (?:sie|ihn|euch|dich) {w}{0,2}geliebt (?:hab|habe)|"
    "{ich} (?:hab|habe) euch (?:alle )?(?:immer )?geliebt|(?:dass|das) {ich} euch liebte",
    "(?:dass|das) {ich} (?:ihm|ihr|ihnen|euch|dir) verzeih(?:e)?",
    "abschiedsgruß",
    "verabschiedet (?:# )?{w}{0,3}(?:wissen|weiß|wusste|wussten) (?:es|das) (?:nur )?(?:noch )?"
    "(?:nicht|nich)",
    "brief {w}{0,6}(?:mich )?(?:bedanke und )?verabschiede",
    "tschüssi (?:# )?für immer",
    "(?:pfiat|tschüss|bye|ade|servus) {w}{0,4}(?:schreib|melde|meld) (?:mich )?(?:nimmer|nimma|"
    "nie mehr|nie wieder)",
    "(?:werd|werde) (?:euch|dir|dich|allen) nicht mehr (?:auf die nerven gehen|zur last fallen|"
    "belästigen|stören) (?:# )?{w}{0,4}(?:tschüss|bye|adieu|für immer|versprochen|verspreche)",
    "bald bin {ich} bei (?:dir|euch) (?:# )?{w}{0,6}wieder zusammen",
    "(?:wenn|sobald|falls) (?:du|ihr|jemand) (?:das|dies) {gap}?(?:liest|lest|lesen) (?:# )?"
    "(?:dann )?(?:bin|ist) (?:{ich} )?{fill}(?:weg|tot|nicht mehr|gegangen)",
    "(?:bye|tschüss|ade|adieu) (?:# )?{w}{0,2}(?:hoffe|hoff) {w}{0,2}(?:dort|drüben) ist es",
)

_SELF_HARM_TOLD: Final[Sequence[str]] = (
    # Its slang and the relapse: "sh heute", "rückfall # mit der klinge", "geschnippelt".
    "(?:sv|svv|sh) (?:rückfall|heute|wieder|gemacht|druck|gedanken)|(?:wieder|hab|habe) sh gemacht",
    "(?:rückfall|rückfällig) {w}{0,6}(?:geschnitten|klinge|cuttermesser|teppichmesser|schere|"
    "geri+tzt|verbrannt|arm|arme|tiefer)",
    "mit (?:der|dem|nem|ner|einer|einem) (?:klinge|rasierklinge|cuttermesser|teppichmesser|"
    "scherbe|scherben) {w}{0,3}(?:gemacht|wieder|ihr wisst|du weißt|geschnitten|weitergemacht|"
    "sorry)",
    "(?:wieder|nacht) {w}{0,2}mit (?:der|dem) (?:klinge|rasierklinge)",
    "an mir (?:rum)?(?:geschnitten|geschnippelt|geri+tzt)|(?:wieder|hab|habe) {w}{0,1}"
    "geschnippelt|mi (?:wieder |scho wieder )?(?:gschnittn|gschnitten|gritzt)",
    "(?:treppe|treppen|leiter) (?:in|auf|an) (?:den|die|meinen|meine|meinem) (?:arm|arme|bein|"
    "beine|oberschenkel|haut)",
    "nicht (?:zu )?(?:ri+tzen|schneiden|geri+tzt|geschnitten) (?:heute )?(?:# )?{w}{0,3}"
    "(?:nicht geschafft|doch{end}|doch # |hat nicht geklappt)",
    "geschnitten (?:# )?{w}{0,3}(?:nicht genug|nicht tief genug|zu tief|tiefer als)",
    "(?:hab|habe) {w}{0,2}(?:neue|frische) (?:dazu ?gemacht|dazugemacht)",
    "voller (?:neuer|frischer) (?:schnitte|narben|wunden)",
    "(?:lange ärmel|langarm|pulli|pullover) {w}{0,3}(?:# )?damit (?:keiner|niemand) {w}{0,2}"
    "(?:schnitte|narben|wunden|arme)",
    "(?:narben|wunden|schnitte) {w}{0,5}nachgeholfen",
    "(?:arm|arme|bein|beine|oberschenkel) {w}{0,4}(?:schlimm|schlachtfeld) {w}{0,6}"
    "(?:nicht aufhören|weitermachen|weiter|will trotzdem|noch mehr)",
    # The blade wanted, fetched, taken apart from a sharpener.
    "(?:lust|bock|verlangen|drang|sehnsucht) (?:auf|nach) (?:die |der |einer |ner )?"
    "(?:klinge?|rasierklinge)",
    "(?:klinge|rasierklinge) {w}{0,3}(?:beste freunde|wieder da)",
    "(?:hol|hole|brauch|brauche) {w}{0,2}(?:die|ne|eine|meine) (?:klinge|rasierklinge)"
    "(?! (?:für|zum|zur|um)(?![a-z]))",
    "(?:im bad|bad) {w}{0,2}eingeschlossen {w}{0,2}mit (?:dem|der|nem|ner|einem|einer) "
    "(?:rasierer|klinge|messer|schere|scherbe|tabletten)",
    "[a-z]*spitzer {gap}{0,3}(?:auseinandergebaut|aufgeschraubt|zerlegt|auseinandergeschraubt)",
    "mit den scherben {w}{0,2}(?:geschnitten|weitergemacht|geri+tzt)",
    "barfuß über (?:die )?(?:scherben|glasscherben)",
    # Burning, hitting, biting, on purpose or until it hurts.
    "_ (?:# )?weil {ich} (?:es|das) wollte",
    "eiswürfeln? mit salz|eiswürfel {w}{0,4}(?:gedrückt|gehalten) bis",
    "ohrfeige nach der anderen",
    "(?:hau|haue|schlag|schlage|beiß|beiße) {w}{0,6}bis (?:es |die haut )?(?:weh tut|wehtut|"
    "schmerzt|blaue flecken|blau)",
    "(?:arm|kopf|faust|mich) {w}{0,1}gegen (?:die|den|das) [a-z]+ (?:geknallt|geschlagen|"
    "geworfen|gehauen) {w}{0,3}(?:bis|mehrmals|immer wieder)",
    "(?:hab|habe) mir {w}{0,3}schmerzen zugefügt",
    "nur {w}{0,3}wenn {ich} mir {w}{0,2}(?:weh tu|weh tue|wehtu|wehtue)",
    "(?:brauch|brauche) {w}{0,3}(?:schmerz|dass es blutet|das es blutet|blut) (?:# )?{w}{0,2}sonst",
    "(?:zigaretten|zigarette|feuerzeug) {w}{0,4}nicht (?:mehr )?nur (?:zum rauchen|für)",
    "(?:erhitzt|heiß gemacht) {w}{0,2}(?:auf|aufs|auf den|auf die|an) (?:arm|bein|haut|"
    "handgelenk|hand|oberschenkel)",
    "(?:verbrannt|verbrüht|gekratzt|geschlagen) bis (?:es|die haut|sie|er)",
    "(?:absichtlich|hunger|hungere|haare|schlage|geschlagen|ausreiß|ausgerissen) {w}{0,4}(?:# )?"
    "um mich {w}{0,1}zu bestrafen",
)

_OVERDOSE_TOLD: Final[Sequence[str]] = (
    # Many times the dose, a week's worth at once, all there was in the cabinet.
    "(?:doppelte|dreifache|vierfache|fünffache|zehnfache|[a-z]*fache) {w}{0,3}(?:menge|dosis|"
    "ration) {w}{0,3}(?:genommen|geschluckt|eingeworfen)",
    "(?:mehr als )?(?:das|die) (?:doppelte|dreifache|zehnfache|[a-z]*fache) {w}{0,4}(?:genommen|"
    "geschluckt) (?:# )?{w}{0,3}(?:mit absicht|absichtlich|egal|und morgen|noch mehr)",
    "{drug} (?:alle )?(?:auf einmal|auf ex|gleichzeitig) {w}{0,2}{took}",
    "(?<!heute )(?<!heut )(?:all|alle) (?:meine |die |meine ganzen )?{drug} "
    "(?:(?!heute|heut|morgens|abends|wie|brav|pünktlich|regelmäßig|für)[a-z]+ ){0,4}{took}"
    "(?! (?:# )?(?:wie|pünktlich|brav|regelmäßig|heute|morgens|abends)(?![a-z]))",
    "(?:packung|packungen|blister|streifen|dose) (?:von den |von meinen |mit |voll |an )?{gap}?"
    "{drug} {w}{0,2}(?:intus|geschluckt|eingeworfen|reingehauen|runtergespült|reingekippt)",
    "(?:alles|alle|sämtliche) {w}{0,5}(?:medizinschrank|badschrank|badezimmerschrank|"
    "spiegelschrank|hausapotheke|medikamentenschrank|arzneischrank)",
    "(?:schluck|schlucke) {fill}alles (?:was {ich} (?:hab|habe|finde)|auf einmal)",
    "(?:{drug}|packung|blister|dose) {w}{0,6}alles geschluckt",
    "(?:packung|packungen|vorrat) (?:# )?(?:die|den) {ich} (?:gesammelt|gehortet|gebunkert)",
    "(?:olle|alle|all|ganzi|ganze) {w}?(?:tablettn|tablette|tabletten|packig|packung) {w}{0,2}"
    "(?:gnumma|gnumme|gno|gnoh|gnomme)",
    "(?:[1-9][0-9]|[1-9][0-9][0-9]) (?:stück|stk) (?:von (?:den |meinen |meiner |der )?)?{w}?"
    "{drug} {w}{0,2}{took}",
    "mehr als (?:die|eine) (?:ganze )?(?:packung|dose|flasche|schachtel)",
    "(?:zu viele|viel zu viele|zu viel|viel zu viel) (?:von (?:den |meinen |meiner |der )?)?"
    "{drug} {took}",
    "(?:wochenration|monatsration|{drug} (?:von|für) (?:einer |ner |eine |ne |zwei |drei |"
    "[0-9]+ )?(?:woche|wochen|monat|monate)) {w}{0,2}auf einmal",
    # On purpose, with drink, in a cocktail, one after the other.
    "{drug} {w}{0,4}{took} (?:# )?{w}{0,3}(?:absichtlich|mit absicht)",
    "(?:absichtlich|mit absicht) {w}{0,3}(?:überdosiert|zu viel|zu viele)",
    "{drug} {w}{0,3}(?:# )?(?:mit |und |plus )?(?:alk|alkohol|wein|bier|wodka|schnaps|whisky|"
    "whiskey|vodka)(?: dazu| drauf| heute| intus)",
    "(?:bin|grad|gerade) {w}{0,2}dabei (?:die |alle |meine )?{drug} zu (?:nehmen|schlucken)",
    "cocktail {w}{0,4}{drug}|{drug} {w}{0,3}cocktail",
    "alle (?:seine|ihre|meine) {drug} (?:nimmt|schluckt|nehmen will|schlucken will)",
    "{drug} (?:sammelt|sammle|sammel|hortet|horte|bunkert|bunkere|hamstert|hamstere)",
    "{drug} {w}{0,6}(?:das reicht für mich|reichen für mich|reicht für mich)",
    "(?:gezählt|zähl|zähle) {w}{0,4}(?:das reicht|reicht|reichen)|"
    "(?:reicht|reichen) {w}{0,2}(?:# )?{w}{0,3}(?:alle |sie )?gezählt",
)

# --- Said outright, in dialect, or censored so that a filter misses it -----------------------

_DIALECT: Final[Sequence[str]] = (
    # Wanting to die or to kill oneself, as the dialects say it: "i wott stärbe", "i bring mi um",
    # "isch will misch umbringen", "ich wett mir s läbe näh", "i han koin bock meh uf des lebe".
    "(?:{ich} {fill}|{start}){want} {fill}(?:sterbe|stärbe|sterbn|stearbn|steabn|dood sien|"
    "dood sin|tot si|tot sei)(?![a-z])",
    "{want} {ich} {fill}(?:sterbe|stärbe|sterbn|stearbn|steabn|dood sien|dood sin|tot si|tot "
    "sei)(?![a-z])",
    "{ich} {fill}(?:bring|bringe|bringa) {fill}(?:mi|misch|mech|mik) {fill}(?:um|öm)(?! "
    "(?:den|die|das|dem|meine|meinen|meinem|mein|meiner)(?![a-z]))",
    "(?:{ich} {fill}|{start}){intend} (?:{ich} )?{fill}{mich} {fill}(?:{killinf}|umbringe|"
    "umbringa|umbringn|ömbrenge|umbrenge|wegmacha|abmurkse|umbr ngen|u mbr ngen|umbr1ngen)",
    "{intend} {ich} {fill}{mich} {fill}(?:{killinf}|umbringe|umbringa|umbringn|ömbrenge|"
    "umbrenge|wegmacha|abmurkse|umbr ngen|u mbr ngen|umbr1ngen)",
    "{mir} (?:s|das|des|dat|det) (?:leben|läbe|lebe|lebn|levve) {fill}(?:nehmen|näh|neh|nä|"
    "nehme|nimm|nemme|z näh|zu nehmen|z neh)",
    "(?:kein|keinen|kei|keen|koin|koan|ka|kaa|null) (?:wille|willen|bock|lust|kraft|grund) "
    "(?:meh|mehr|mee) (?:zum|zu|uf|auf|op|aufs|ufs) (?:das |des |dat |s )?(?:leben|läbe|lebe|"
    "lebn|leven|levve)",
    "(?:denk|denke|denkt) {gap}{0,3}(?:ans|an s) (?:umbringa|umbringn|sterbn|stärbe)",
    "(?:am liebsten|lieber|gern|gerne) (?:würd|würde) {ich} {mich} (?:# )?{w}{0,2}(?:selber |"
    "selbst )?(?:kaltmachen|umbringen|töten|wegmachen|ausknipsen)",
    "{mich} (?:# )?{w}{0,2}(?:selbst |selber )?(?:ausknipsen|wegballern|wegmachen|wegknallen|"
    "kaltmachen|kaputtmachen|abknallen)(?= #|$| das| klingt| wär)",
    "(?:{want}|überlegt|überleg|kurz davor|überlegen) (?:# )?{w}{0,3}{mich} (?:selbst|selber) "
    "(?:# )?{w}{0,2}(?:zu )?(?:löschen|deleten|kicken|abschalten|ausschalten|abmelden|"
    "entfernen)",
    "(?:spiel|spiele) mit dem gedanken (?:# )?{w}{0,2}(?:mich|es echt|mich umzu)",
    "(?:{ich}|hab|habe) (?:# )?{w}{0,3}(?:beschlossn|beschlossen|entschieden|entschiedn) "
    "(?:# )?{w}{0,2}(?:dass|das) {ich} (?:# )?{w}{0,1}(?:{mich} umbring|nicht mehr leben|nimma"
    " leben|sterbe|sterb)",
    "(?:gedanke|gedanken|gedankn) (?:# )?{w}{0,6}(?:heißt|ist|heisst|sind) "
    "(?:# )?{w}{0,1}(?:sterben|sterbn|tot sein)|nur noch (?:einen gedanken|ein gedanke) "
    "(?:# )?{w}{0,6}sterben",
    "(?:stimme|stimmen|kopf) (?:sagt|sagen|sogt) (?:# )?{w}{0,3}(?:(?:ich soll mich|i soll mi)"
    " (?:umbringen|umbringa|töten|ritzen|schneiden)|bring di um|bring dich um)",
    "(?:will|möchte|wü) (?:# )?{w}{0,3}(?:tot|todt) sein (?:# )?{w}{0,6}(?:kein meme|ernst|"
    "wirklich)|(?:wünsche|wünsch) mir so sehr tot zu sein",
    "(?:will|mog|wü|möchte) (?:ihn|den [0-9]+|meinen [0-9]+|meinen geburtstag|geburtstag) "
    "(?:nicht|ned|nimma) (?:mehr )?erleben",
    "(?:überleb|überlebe) {ich} nicht (?:# )?{w}{0,3}(?:dafür sorg|sorg ich)|(?:wochenende|"
    "woche|nacht) überleb {ich} nicht",
    # Censored or spelt apart so that filters miss it: "s*izid", "su1z1d", "das s-wort",
    # "u n a l i v e n", "ent-leben", "self delete"; "kys" only about oneself.
    "s ?izid[a-z]*|su1z1d[a-z]*|suizi(?![a-z])|s3lbstm0rd[a-z]*|selbstm0rd[a-z]*|"
    "elbstm0rd[a-z]*|s e l b s t m 0 r d|s e l b s t m o r d",
    "s ?wort ?gedanken|(?:denk|denke|dachte|an das|ans|mit dem|übers) s ?wort",
    "u n a l i v e n?|unalive[a-z]*|u alive[a-z]*|ent ?leben|entlebung|selbstentlebung|selbst "
    "?entleben",
    "kys (?:# )?{w}{0,10}(?:an mich|mir selbst|mich selber|mach ichs|mach ich s|es zu machen|"
    "spruch für mich|ernst gemeint|mein ichs ernst)|(?:an|denk|denke) ctb|ctb (?:wird|ist|im "
    "kopf)|k ll myself|self ?delete|selbst ?exit|selbst tschüss",
    # Dying as a figure of speech, wanted for oneself ("den löffel abgeben", "übern jordan",
    # "in die kiste"); of a printer or a grandfather it is no crisis, so a first person leads.
    "(?:{ich}|bin|will|möchte|mag|wü|wui|kurz|bereit|mich|so|wenn) (?:# )?{w}{0,4}(?:löffel "
    "abzugeben|löffel abgeben|löffel abgeb|abkratzen|abkratzn|abzukratzen|abnibbeln|abnippeln|"
    "abzunippeln|über den jordan|übern jordan|ewigen jagdgründe|hops)",
    "(?:will|möchte|wü|wui|mog|mag) {fill}in die kiste",
    "(?:ich|i) (?:komm|kumm|komme) freiwillig|nimm mich mit (?:# )?{w}{0,1}sensenmann",
    # Leaving life as one leaves a game, an app or a room, and saying it is meant: "ich mach
    # mich vom acker, aus dem leben", "log mich aus. für immer", "abflug, nicht urlaub",
    # "rage quitten. endgültig", "kein respawn", "und das ist kein meme".
    "(?:abmelden|abmelde|abzumelden|auszuloggen|ausloggen|verabschiede|verabschieden|acker|"
    "feierabend|raus|exit|abflug|abgang) (?:# )?{w}{0,4}(?:vom|ausm|aus dem|vo|vum) (?:leben|"
    "läbe|lebn)",
    "(?:weg|raus|abflug|abgang|exit|offline|verschwinden|verschwinde|abmelden|abmelde|"
    "abzumelden|ausloggen|auszuloggen|ausgeloggt|logout|aussteigen|acker|abhauen|sterben|"
    "sterbi|tot sein|rip|deleten|yeeten|despawn[a-z]*|kugl|kugel|jordan|getan) "
    "(?:# )?{w}{0,6}(?:(?:und zwar|also) (?:so )?(?:richtig|endgültig|für immer|ganz|"
    "dauerhaft)|(?:nicht|nich|ned|nöd|nid|kein|ohne) (?:im |als |ein )?(?:meme|witz|lol|meme "
    "sinn|übertragenen sinn|spruch)|(?:nicht|nich|ned|nöd|nid) (?:urlaub|aus der stadt|aus dem"
    " job|aus der gruppe|aus telegram|handy|umziehen|umziehn|party|im meme sinn|vo de schuel|"
    "aus der wohnung|irgendwann))",
    "(?:respawn[a-z]*|despawn[a-z]*|game over|logout|log mich aus|ausloggen|ausgeloggt|"
    "auszuloggen|deinstallieren|uninstall[a-z]*|abgang|exit|abflug|vom acker|quit|quitten|rage"
    " quit[a-z]*|schalt mich|schalte mich|abschalten|check aus|checke aus|abspann|abtrete|"
    "abtreten|ham drah|drah mi ham|mi dervo|mich weg|mi weg|misch wesch|die biege|den löffel|"
    "savefile|save) (?:# )?{w}{0,6}(?:endgültig|endjültig|endgültigen|für immer|fia imma|fia "
    "immer|forever|dauerhaft|final|kein respawn|ohne neustart|kein neustart|ohne rückkehr|kein"
    " save|nie mehr|wortwörtlich|in echt|im ernst|mit absicht|freiwillig|bei mir selbst|bei "
    "mir selber|also mich|irl|ned nach hause|nicht urlaub|so richtig|aber so richtig|mit "
    "allem|schluss aus|selbst gemacht|nicht aufladen|ihr wisst schon|ihr wisst was ich mein|du"
    " woasst|nicht nur handy)",
    "(?:endgültig|endjültig|endgültigen|final|für immer|forever|permadeath|kein respawn|ohne "
    "neustart|kein neustart|ohne rückkehr|nie mehr|heute|heut|heit|bald|mein eigenes|meinen "
    "eigenen|plan) (?:# )?{w}{0,4}(?:respawn[a-z]*|despawn[a-z]*|game over|logout|ausgeloggt|"
    "deinstallieren|uninstall[a-z]*|abgang|exit|rage quit[a-z]*|abspann|savefile|hahn zu|den "
    "stecker|den harten reset)(?= #|$| bei| ohne| kein| für| also| ihr| mehr| aber| endgültig|"
    " day| ding|[a-z ]{0,20}(?:endgültig|für immer|ohne))",
    "(?:offline|off) (?:# )?{w}{0,4}(?:aber so richtig|nicht nur handy|für immer|und nicht "
    "mehr zurückkommen)|(?:stecker|hahn zu|reset) (?:# )?{w}{0,2}(?:bei mir|mir selber|ohne "
    "neustart|kein neustart)|feierabend (?:# )?{w}{0,3}(?:vom leben|mit allem)",
    "schlafen und zwar (?:so richtig )?(?:ewig|für immer)|ganz ab (?:# )?aus allem",
)

# --- Passive wishes and burden, in more forms and dialects -----------------------------------

_PASSIVE_MORE: Final[Sequence[str]] = (
    # Not waking up, not being here, never born: "i hoff i wach morgen ned auf", "i wett eifach
    # iischlafe und nüm ufwache", "ich will nöd meh da si", "i warad nie geboren worn".
    "(?:hoffe|hoff|hof|wünsch|wünsche|wünschte|mecht|möcht|wett|wött|wunsch) "
    "(?:# )?{w}{0,4}(?:wach|wache|woch) {fill}(?:nicht|ned|nid|nöd|net|nit|nimma|nimmer|nüm|"
    "nümme|nie|nich)(?: mehr| meh| mieh| wieder)? (?:auf|uf)",
    "(?:hoffe|hoff|hof|wünsch|wünsche|wünschte|wunsch|mecht|möcht|wett|wött|mögt|mag|will|wü) "
    "(?:# )?{w}{0,5}(?:nicht|ned|nid|nöd|net|nit|nimma|nimmer|nüm|nümme|nüme|nie|nich)(?: "
    "mehr| meh| mieh| wieder)? (?:aufwach|ufwach|aufwache|ufwache|aufwachn|aufwochn|munter "
    "werdn|munter werden|munter werd|wach werde|wach wääd|wach werden|wach|aufstehn|"
    "aufstehen)(?![a-z])",
    "(?:will|möchte|mag|wü|wott|wett) {fill}(?:nicht|nich|ned|nöd) (?:mehr|meh) (?:wach|do|da)"
    " (?:sein|sei|si)",
    "(?:wär|wäre|warad|warat|wärat|wäri|wor) (?:{ich} )?{fill}nie (?:geboren|gebore|gebor|geborn)",
    "für immer (?:schlafn|schlofn|schlafe|schlofe)",
    # An end that would be welcome: "mir wär's glych wenn i hüt stirb", "hätt nix dagegen wenn
    # morgen einfach schluss wär", "wenn jetzt einer reinkracht, gut so", "alles soll aufhören.
    # ich auch", "i hoff dass mi irgendwos dawischt".
    "(?:egal|glich|glych|wurscht|wurst|recht|rächt|wuascht) ob {ich} (?:# )?{w}{0,2}(?:no|"
    "noch) (?:da|do|läb|leb|lebe|lebt|am leben)",
    "(?:hoff|hoffe|wünsch|wünsche|dagegen|recht|rächt|egal|mer rächt) (?:# )?{w}{0,4}(?:mi|"
    "misch) (?:# )?{w}{0,3}(?:erwischt|dawischt|verwütscht|verwischt|überfährt|umnietet)|"
    "(?:hoff|hoffe) (?:# )?{w}{0,2}es (?:mi|mich) (?:bald |boid )?(?:hoit|holt)",
    "(?:nix|nichts|nischt|nüt|nit) dagegen (?:haben |tun |hätte |hätt )?(?:# )?wenn "
    "(?:{w}{0,6}(?:schluss wär|tot|stirb|sterb|runterkommt|abstürzt|falle|holt|erwischt)|"
    "(?:wenns|wenn s|es|alles|mein leben) (?:# )?{w}{0,2}vorbei)",
    "(?:wär|wäre|wärs|isch|is|ist|wär s) (?:mir |mer |ma )?(?:ehrlich gesagt )?(?:recht|rächt|"
    "egal|glich|glych|wurscht|okay|ok|lieber) (?:# )?wenn (?:# )?{w}{0,6}(?:stirb|sterb|tot|"
    "schiefgeht|abstürzt|reinkracht|entgleist|mich erwischt|mi erwischt|holt|für immer "
    "aufhört|leben (?:# )?{w}{0,2}(?:zu ende|vorbei|aufhört)|aufhört # {ich} mit)",
    "(?:wär|wäre|wärs|wär s) {fill}(?:schön|schee|guat|gut|ok|okay|besser|a erlösung|eine "
    "erlösung|ne erlösung|erlösung|erleichtert) (?:# )?wenn {ich} (?:# )?{w}{0,5}(?:einschlaf|"
    "nimma|nüm|tot|weg|nicht mehr|ned mehr|ned aufwach|nicht aufwach|sterb|stirb)",
    "(?:auflösen|auflöse) (?:# )?{w}{0,2}(?:und )?(?:# )?(?:weg sein|nie (?:mehr |"
    "wieder )?zurückkommen|nicht mehr existieren|nie wieder)",
    "(?:verschwinde|verschwinden|verschwind) und (?:nüme|nüm|nie mehr|nie wieder|nimma|nimmer|"
    "nicht mehr) (?:zrugg ?cho|zruggcho|zurückkommen|zurückkomme|auftauchen|auftauche)",
    "(?:aufhören|aufhört|ufhört|still wird|vorbei|verbi) (?:# )?(?:{ich} auch|auch {ich}|{ich}"
    " mit|i au|ich au)(?= #|$)|(?:schwarz wird) und bleibt",
    "(?:hoffe|hoff|wünsch|wünsche|wünschte|gehofft|gewünscht) {gap}{0,6}(?:was schlimmes|etwas"
    " schlimmes|krank werde|herzinfarkt|krankheit die|en unfall|nen unfall|einen unfall)",
    "(?:wünsch|wünsche|wünschte|hoff|hoffe|gehofft|gewünscht|hofft) {gap}{0,7}(?:nicht bremst|"
    "reinkracht|schiefgeht|schief geht|einstürzt|geländer bricht|mich schubst|umnietet|"
    "überfährt|abstürzt|stolper|aufhört ganz|ufhört)",
    "(?:wenn|wenns|wenn s) (?:# )?{w}{0,4}(?:kracht|erwischt|umhaut|holt|reinkracht|reinfährt|"
    "trifft|mitnimmt|entgegenkommt) (?:# )?{w}{0,3}(?:# )?(?:dann )?{w}{0,3}(?:auch gut|gut "
    "so|egal|halt so|so what|dann erwischt s mich|wär ich froh|fänd ich sogar gut|recht|wär "
    "mir recht|mir wär s recht)",
    "(?:warum|wieso|weshalb) (?:kann|konnte|könnte) (?:{ich}|man|der|mich) "
    "(?:# )?{w}{0,3}(?:nicht|ned) einfach (?:tot umfallen|ausschalten|sterben|verschwinden|"
    "einschlafen|auflösen|mitnehmen)|schade (?:dass|das) {ich} nicht einfach (?:umfallen|tot "
    "umfallen|sterben)",
    "lieber (?:# )?{w}{0,2}(?:nicht|ned|nid|nöd|gar nicht) (?:mehr )?(?:dazugehören|da sein|do"
    " z sei|do sei|da z si|aufgewacht|existieren)",
    "(?:wünsch|wünsche|gönn|gönne|will|möchte) (?:# )?{w}{0,4}(?:ewige ruhe|den ewigen schlaf|"
    "den großen schlaf)",
    "(?:wünsch|wünsche|wünschte) (?:# )?{w}{0,4}(?:dass|das) (?:es|das heute) "
    "(?:# )?{w}{0,2}(?:der letzte|mein letztes|das letzte) (?:ist|tag|sein)|(?:dass|das) es "
    "mein letztes ist|(?:lass|lasst) das heute der letzte tag sein",
    "(?:nicht|ned|nid) (?:alt werd|alt werde|30 werd|[0-9]+ werd|nächstes jahr erleb)|"
    "hoffentlich werd {ich} nicht [0-9]+",
    "(?:tabletten|insulin|medikamente|chemo|kardiologen|herztabletten) (?:# )?{w}{0,8}(?:nicht"
    " mehr|abgesagt) (?:# )?{w}{0,8}(?:wurscht was passiert|soll (?:das|es) (?:herz )?doch|"
    "stehenbleiben|nicht mehr leben will|die krankheit endlich|egal)",
    # Burden: better off without me ("ohni mi wärs eifacher", "s wär für alli eifacher wenn i
    # nüm da wär"), a load that should go ("i bi nume e last", "ich sollte gehen"), nobody
    # would notice ("würd keinem auffallen wenn ich morgen weg bin").
    "(?:wär|wäre|wärs|wär s|s wär|es wär|wärs) (?:für alli |für alle |für "
    "olle )?{fill}(?:besser|eifacher|einfacher|leichter|schöner|s beste|das beste) (?:für "
    "[a-z]+ )?(?:# )?(?:wenn )?(?:{ich}|es {mich}) {fill}(?:{nomore}|gar nicht|weg)(?: (?:da|"
    "do|hier|am leben))? (?:wär|wäre|wärad|warat|wör|bin|bi|gäb|gäbe|git)",
    "wenn {ich} {fill}{nomore} (?:da|do|hier|am leben) (?:wär|wäre|wärad|warat|wor|bin|bi|sei|si)",
    "wenn {ich} {fill}(?:weg|tot|nimmer|nimma|nüm|nümme) (?:bin|bi|wär|wäre) "
    "(?:# )?{w}{0,5}(?:leichter|eifacher|einfacher|besser|neu anfangen|keinen grund|nicht mehr"
    " so tun|nicht mehr sorgen|nimma sorgn|erleichtert)",
    "(?:nerv|nerve|koste|kost|kosten|last|zu viel|anstrengend|problem|störe|stör|belaste|"
    "belastung|klotz|gelitten) (?:# )?{w}{0,6}(?:# )?bald (?:nicht|nich|ned|nimmer|nimma) "
    "(?:mehr|meh)?{end}",
    "(?:last|belastung|belastig|belaschtig|klotz am bei|klotz am bein|chostefaktor|"
    "kostenfaktor|zumutung|parasit|verschwendung) (?:# )?{w}{0,6}(?:# )?(?:{ich} )?(?:sollt|"
    "sollte|sött|söt) {fill}(?:gehen|gah|goh|gehn|verschwinden|verschwinde|weg|mich entfernen|"
    "nicht existieren)",
    "(?:{ich} bin|{ich} bi|bin|bi|{ich} bün) {fill}(?:nur|nume|blots|bloß|eh) (?:no |noch |"
    "mehr )?(?:e|en|eine|ein|ne|a|n)? ?(?:last|belastung|belastig|belaschtig|klotz am bei|"
    "klotz am bein|kostenfaktor|chostefaktor|zumutung|parasit)",
    "(?:ohne|ohni) (?:mi|misch|mich) (?:# )?{w}{0,4}(?:besser|bessers|besseres|eifacher|"
    "einfacher|leichter|leischter|ruhe|ruah|glücklicher|leiwander|beter|chämed)",
    "(?:besser|beter|eifacher|einfacher|leichter) (?:dran )?(?:ohne|ohni) (?:mi|misch)(?![a-z])",
    "(?:mehr|meh) vom (?:leben|läbe|ruhestand|lebn) (?:# )?(?:wenn|wänn) {ich} "
    "{fill}(?:{nomore}|weg|tot)",
    "(?:wenn|wänn) (?:s|es) {mich} {fill}(?:nicht|ned|nid|nöd|nimmer) (?:mehr |meh )?(?:gäb|"
    "gäbe|gibt|git|gäbt)",
    "mein (?:tod|verschwinden|abgang) (?:wär|wäre|ist|würde) (?:# )?{w}{0,4}(?:erste was|"
    "beste|richtig|spende|geschenk|erlösung)",
    "(?:zur last|last|belastung|kummer|ärjer) (?:# )?{w}{0,6}(?:# )?(?:das|dat|dit|des) "
    "(?:muss|wird|wird jetzt|soll) (?:jetzt )?aufhören",
    "(?:niemand|keiner|keener|niemer) (?:würd|würde|wird) (?:mich )?(?:vermissen|weinen)|"
    "(?:würd|würde|wird) (?:es )?(?:keiner|niemand|keener) (?:merken|auffallen|vermissen) "
    "(?:# )?(?:wenn|wenns) {ich} (?:# )?{w}{0,3}(?:weg|tot|nicht mehr|nimmer|fehle|sterbe)",
    "(?:merkt|vermisst|auffallen|fallen) (?:# )?{w}{0,3}(?:eh|doch eh|sowieso) (?:keiner|"
    "niemand) (?:# )?(?:wenn|wenns) {ich} (?:# )?{w}{0,3}(?:nicht mehr da|weg|tot|fehle|"
    "sterbe)",
    "(?:ich|i) (?:räum|räume) mich (?:aus dem weg|weg)",
    "(?:kann|werde|werd|will) (?:ihn|sie|euch|alle) (?:# )?{w}{0,1}(?:davon|von mir) "
    "(?:erlösen|befreien)",
    "(?:spar|spare|erspar|erspare) (?:allen|euch|ihnen) (?:# )?{w}{0,2}(?:die mühe|den ärger|"
    "die kosten)",
    "(?:soll|sollen) (?:endlich )?frei sein von mir",
    "lieber trauern sie einmal|dann lieber gar (?:keiner|keine)|besser gar (?:keine|keiner) "
    "als (?:mich|ich)",
    "wenn {ich} {fill}(?:weg|tot|nicht mehr da|nimmer|nüm) (?:wär|wäre|bin|bi) "
    "(?:# )?{w}{0,4}(?:würd|würde|wird|würds|merkt|merken) (?:# )?{w}{0,4}(?:keiner|niemand|"
    "niemandem|keinem)",
    "(?:keiner|keinem|niemand|niemandem|gar nicht|nicht) (?:# )?{w}{0,3}(?:merken|merkt|"
    "auffallen|vermissen) (?:# )?{w}{0,1}(?:# )?wenn {ich} (?:# )?{w}{0,3}(?:weg|tot|nicht "
    "mehr|nimmer|nüm)",
    "(?:besser|sauberer|billiger|einfacher|leichter|ruhiger|geholfen) "
    "(?:# )?{w}{0,2}(?:# )?(?:ohne mich|{ich} (?:wär|wäre|bin) (?:# )?{w}{0,2}(?:weg|nicht "
    "mehr|nüme|nüm|nimmer|tot))",
    "(?:antun|zumuten|last|belasten|belastet|kosten|pflege|pflegt|pflegen|zahlen|tasche|"
    "leiden) (?:# )?{w}{0,8}(?:es gibt (?:nur )?(?:einen|noch einen) (?:ausweg|weg)|{ich} will"
    " gehen|{ich} beende das|{ich} mach schluss damit|{ich} geh einfach|{ich} mach jetzt "
    "schluss|{ich} weiß wie {ich})",
    "wenn {ich} tot bin (?:# )?{w}{0,3}(?:wenigstens|endlich)",
)

# --- Affairs put in order, things given away -------------------------------------------------

_AFFAIRS_MORE: Final[Sequence[str]] = (
    # No longer needed, with the particle that says why: "brauch i eh nimma", "ich bruuch nüt
    # meh, bin ja bald nüm da"; "wir brauchen die nicht mehr" (a family clearing out) is not.
    "(?:brauch|brauche|bruuch|bruch|bruuche|brauchs|bruuchts|brauchts|bruchts|bruchs) "
    "(?:{ich} )?(?:es |s |sie |se |die |den |das |des |dat |ihn |eam |ihm |di )?(?:ja |jo |eh "
    "|dann |bald |boid |sowieso |halt |doch |au |auch )+(?:nicht mehr|nimma|nimmer|nüm|nümme|"
    "nüme|nix mehr|nichts mehr|nüt meh|nüt mee|nit mieh|keine mehr|keins mehr|keinen mehr|"
    "keine wohnung mehr)",
    "(?:brauch|bruuch|bruch|bruuchts|brauchts|bruchts|brauchs|bruuche) (?:{ich} |isch )?(?:es "
    "|s |sie |se |die |den |das |des |dat |ihn )?(?:nimma|nimmer|nüm|nümme|nüme|nüt meh|nit "
    "mieh)(?![a-z])",
    "(?:wird|werd|werden) (?:nüme|nümm|nimmer|nimma|nicht mehr|ned mehr) (?:bruucht|braucht|"
    "gebraucht|brauchen)",
    "(?:{ich} )?(?:bin|bi|bün) (?:# )?{w}{0,2}(?:ja |jo |dann |eh )?(?:bald |boid |nach hüt |"
    "ab morgen |ab morn )?(?:nüm|nümm|nümme|nüme|nimma|nimmer|nemme|ni mehr|nich mehr|nit "
    "mieh) (?:da|do|hier|dau)",
    # For whoever finds me, the accounts deleted one by one, the debts paid "before I go".
    "(?:wer auch immer|wer immer|der der|die die|derjenige der|diejenige die|den der|für den "
    "der|für die die) (?:# )?{w}{0,3}(?:mich|misch) (?:findet|finden|find)",
    "(?:damit|dass|so dass|sodass) (?:# )?{w}{0,6}(?:mich|misch) (?:findet|finden)(?! "
    "(?:# )?(?:kann|können|will|wollen|im|in|am|an|auf|bei|falls|wenn)(?![a-z]))",
    "(?:wenn|bevor|sobald|bis) (?:sie|man|er|jemand|die) (?:# )?{w}{0,3}mich (?:finden|"
    "findet)(?! (?:# )?(?:kann|können|will|wollen|im|in|am|an|auf|bei|vom|von|zum|zur|"
    "ab)(?![a-z]))|(?:reinkommt|reinkommen) und mich (?:findet|sieht)",
    "(?:gelöscht|lösch|lösche|löschen|deinstalliert) (?:# )?{w}{0,4}(?:eine|einen|eins|einer|"
    "app|account) nach (?:der|dem) (?:anderen|andern)|(?:eine|einen|eins|einer|app|account) "
    "nach (?:der|dem) (?:anderen|andern) (?:# )?{w}{0,3}(?:gelöscht|lösch|lösche|löschen|"
    "deinstalliert)",
    "(?:nichts|nix|nüt) (?:mehr )?von mir übrig|(?:fotos|bilder|chats|accounts) (?:von "
    "mir )?(?:# )?{w}{0,3}gelöscht (?:# )?{w}{0,3}(?:soll|sollen) (?:nix|nichts) mehr übrig",
    "(?:schulden|schuidn|rechnungen|kredit|geliehenen|alles|schuldig) "
    "(?:# )?{w}{0,6}(?:bezahlt|beglichen|zurückgezahlt|zurückgegeben|abbezahlt|zruckzoit|"
    "zruckzohlt|zruggzahlt|abgelöst) (?:# )?{w}{0,8}(?:wenn {ich} (?:geh|gehe|sterb|sterbe|weg"
    " bin|tot bin)|bevor {ich} (?:geh|gehe)|nach mir|zum gehen|in ruhe gehen|kann {ich} gehen|"
    "{ich} kann gehen|bereit zu gehen|bereit zum gehen|{ich} parat|ordentlich gehn|bin {ich} "
    "soweit|(?:niemand|keiner) (?:# )?{w}{0,3}(?:muss|soll|sitzen|hat|mehr)|sitzen bleib|am "
    "hals|kann gehn)",
    "(?:geregelt|gregelt|beglichen|versorgt|vermittelt|gseit|entschuldigt|verschenkt|verteilt|"
    "schulde) (?:# )?{w}{0,8}(?:{ich} )?(?:kann|chan|konn) (?:{ich} )?(?:jetzt in ruhe |in "
    "ruhe )(?:gehen|gah|goh|gehn|gahn|gang)(?= #|$)|(?:jetz|jetzt) chan i gah",
    "parat (?:zum|zu|für de|für den|fürs) (?:gehen|gehn|gah|goh|schluss|abschied)|bereit "
    "(?:für de|für den|fürs) (?:schluss|abschied)|frei zum gehen",
    # Given away for good, and the others do not know: "sie weiss nicht dass es für immer ist",
    # "er wirds bald verstehen", "ha mini chatz em nochber ggeh, für immer".
    "(?:die|er|sie) (?:wissen|weiß|weiss|waß) (?:nicht|nich|no ned|ned) (?:# )?(?:dass|das) "
    "(?:es|des|das) (?:für immer|ein abschied|abschied|ein abschiedsgeschenk|bald so weit)",
    "(?:geschenkt|verschenkt|gegeben|geschickt|überlassen|vorbeigebracht|abgegeben|"
    "geschrieben) (?:# )?{w}{0,10}(?:bald verstehen|wirds bald verstehen|wird s bald "
    "verstehen|später verstehen|wird verstehen warum|versteht es morgen|wird er schon noch|"
    "wird sie schon noch|wird s schon noch)",
    "(?:chatz|katz|katze|kater|hund|hündin|vogel|fische|kaninchen|meerschweinchen|hamster|"
    "pferd) (?:# )?(?:# )?{w}{0,12}(?:für immer|kein abholdatum|komm ja nicht mehr|nicht mehr "
    "abholen|behalten # egal was|egal was ist|nimma do|nicht mehr da sein)",
)

# --- A plan: a method ready, a place chosen, a time set --------------------------------------

_PLANS_MORE: Final[Sequence[str]] = (
    # A method with a time ("das messer liegt neben dem bett, heute nacht"), a use that is not
    # the usual one ("nicht um einzusteigen", "nicht zum grillen"), a gun and its key or
    # ammunition, charcoal and tape in a garage, a timetable read for the train that does not stop.
    "(?:messer|waffe|pistole|gewehr|gwehr) (?:# )?{w}{0,8}(?:heute nacht|heut nacht|für heute "
    "nacht|hüt znacht|hüt z nacht|heit nocht|heit z nacht|heute noch|heut noch|heit no|hüt no|"
    "für mich)(?= #|$)|(?:klinge|klingen|rasierklingen) (?:# )?{w}{0,8}(?:heute nacht|heut "
    "nacht|heute abend|heut abend|hüt znacht|heit nocht|heute noch|heit no|für heute abend|für"
    " heute nacht)(?= #|$)",
    "(?:{drug}|schlaftabletten|schmerzmittel) (?:# )?{w}{0,8}(?:für|fia|för|für de) (?:meinen "
    "tag|den richtigen moment|den einen abend|mich(?= #|$))|{drug} (?:von|vo|vun) (?:der |dem "
    "|meiner |meinem |mim |mingem )?(?:oma|opa|mama|papa|mutter|vater|grosi|papi) "
    "(?:# )?{w}{0,4}(?:eingesteckt|mitgenommen|mitgno|in meiner tasche) (?:# )?{w}{0,2}(?:für "
    "(?:heut|heute|hüt) (?:nacht|abend|znacht)|für später|für mich)",
    "nicht (?:um|zum|für|fürs) (?:einzusteigen|mitzufahren|mitfahren|wegzufahren|zug zu "
    "fahren|zug fahren|fahren|grillen|schlafen|umzug|umziehen)(?![a-z])",
    "(?:weiß|weiss|woas|weeß|wees|waß) (?:# )?{w}{0,3}(?:welche|welchen|welches|welcher) "
    "(?:brücke|bruckn|baum|baam|ast|stelle|hochhaus|dach|klippe)(?= #|$| und| am| ich)",
    "(?:waffe|pistole|gewehr|jagdgewehr|gwehr|knarre|dienstwaffe|revolver) (?:von|vom|vo|"
    "meines|meiner) (?:meinem |mein |meines |da |dem )?(?:vater|vadda|papa|opa|onkel|mann|"
    "bruder|schützenverein) (?:# )?{w}{0,8}(?:munition|schlüssel|gefunden|gfundn|geholt|unterm"
    " bett|benutzen|an mir)|dienstwaffe (?:# )?{w}{0,8}(?:benutzen|an mir)|(?:holt|nimmt|"
    "genommen) (?:# )?{w}{0,2}(?:waffe|pistole|gewehr|gwehr|jagdgewehr) (?:# )?(?:aus dem "
    "safe|aus m schrank|ausm schrank)",
    "(?:grillkohle|holzkohle|kohle) und (?:klebeband|tape)|klebeband (?:# )?{w}{0,6}(?:garage|"
    "auspuff|kofferraum)|schlauch (?:# )?{w}{0,4}auspuff|(?:kohle|grill) (?:# )?{w}{0,6}nicht "
    "zum grillen",
    "(?:zugzeit[a-z]*|fahrpl[a-z]*|zugfahr[a-z]*|abfahrt[a-z]*|notiert|gemerkt|ausgerechnet|"
    "rausgeschrieben) (?:# )?{w}{0,8}(?:durchfährt|ohne (?:zu )?halten|ohne halt|nicht zum "
    "fahren|nicht um mitzufahren|der hält hier nicht)",
    # A height or a depth judged enough, the way to water or a bridge with no way back.
    "(?:stock|etage|stockwerk|deck|dach|dachluke|parkhaus|parkhus|hochhaus|brücke|turm|"
    "aussichtsturm) (?:# )?{w}{0,6}(?:hoch genug|ohne zaun|kein zaun|nicht gesichert|ned "
    "gsichert|reicht(?= #|$))|(?:dachluke|dach) (?:# )?{w}{0,4}nicht abgeschlossen|stelle "
    "(?:# )?{w}{0,4}ohne zaun",
    "(?:auf dem weg|unterwegs|lauf|laufe|fahr|fahre|geh|gehe|gang|ga|jeh|föhr|gehts|bin) "
    "(?:# )?{w}{0,4}(?:zum|zur|zu den|an den|an die|aufs|auf die|in den|ins|uf|uffs|is|a d|an|"
    "am|in|an de|an e) (?:brücke|bruckn|brugg|rhein|fluss|see|klippe|klippen|steinbruch|"
    "gleisen|gleise|jleis|schienen|bahndamm|talbrücke|autobahnbrücke|eisenbahnbrücke|"
    "aussichtsturm|steilküste|küste|küst|meer|wasser|water|aare|donau|parkhaus|parkhus|dach|"
    "hochhaus|turm|berg|tobel|wald) (?:# )?{w}{0,8}(?:nicht (?:mehr )?(?:zurück|heim|raus)|nie"
    " mehr|nicht wieder|kum nimma|nimma runter|ohne rückfahrt|nur hinfahrt|einfache fahrt|kei "
    "zrugg|bevor {ich} spring|diesmal spring|kalt genug|tief genug|keiner am strand|kein "
    "zurück|keinen zurück|beslaten|kei angst meh|wo et tief is|strömung)",
    "kalt und tief genug|(?:wasser|see|fluss|rhein|steinbruch|aare|donau) "
    "(?:# )?{w}{0,4}(?:tief|kalt) genug(?= #|$)",
    # A place where nobody will look, a hook or a knot tested, a rope bought "not for moving".
    "(?:ausgesucht|rausgesucht|gesucht|gefunden|usegsuecht|ausjesooch|ausgsuacht) "
    "(?:# )?{w}{0,6}(?:wo mich (?:keiner|niemand) findet|da findet mich (?:keiner|niemand)|"
    "findet mich (?:keiner|niemand)|damit mich (?:keiner|niemand) findet)",
    "welcher ast|ob der (?:knoten|haken|ast|balken) hält|haken (?:# )?{w}{0,4}getestet|"
    "(?:haken|ast|balken) (?:# )?{w}{0,4}(?:der )?hält(?= #|$)",
    "(?:gürtel|seil|strick) (?:und|#) (?:eine |die |der )?(?:türklinke|tür)(?= #|$| reichen| mehr)",
    "(?:seil|leiter|haken|strick) (?:# )?{w}{0,10}(?:gefragt ob {ich} umziehe|(?:niemand|"
    "keiner) hat (?:was |nichts |nix )?gefragt|nicht für (?:den )?umzug|nicht fürs umziehen)",
    "(?:bahnhof|bahnsteig|gleis|gleisen) (?:# )?{w}{0,6}(?:der nächste|nächste) (?:ice|zug|"
    "güterzug|schnellzug) (?:# )?{w}{0,3}(?:hält hier nicht|ohne halt|durchfährt)",
    "(?:dachluke|dach) (?:# )?{w}{0,6}nicht abgeschlossen",
    "(?:ort|stelle|platz|wo) (?:# )?{w}{0,2}(?:ausgesucht|gefunden|ausgsuacht) "
    "(?:# )?{w}{0,8}da kommt (?:niemand|keiner|koana) (?:hin|vorbei)",
    "(?:zeug|alles) (?:# )?{w}{0,6}(?:niemand|keiner) hat (?:was |nichts |nix )?gefragt",
    "schlauch (?:# )?{w}{0,6}garage (?:# )?{w}{0,6}(?:warten bis|nie abgeschlossen|alle weg)",
    "(?:genug|gnueg|gnua) (?:tabletten|tablette|tablettn|pillen) (?:# )?{w}{0,2}für (?:heute "
    "nacht|hüt znacht|heit nocht|heut nacht)",
    "(?:wodka|korn|schnaps|wein) und (?:die |meine )?(?:tabletten|pillen|{drug}) "
    "(?:# )?{w}{0,2}(?:besorgt|gekauft|dabei)",
)

# --- Goodbyes --------------------------------------------------------------------------------

_GOODBYES_MORE: Final[Sequence[str]] = (
    # A goodbye and, in the same breath, that it is the last: "adieu zäme. ich gang jetzt",
    # "pfiat eich, owa jetzt is gnua", "tschüss. ick melde mich nich mehr. nie mehr", "bye
    # leute. wirklich bye. nicht bis morgen". "Tschüss an alle, letzte Schicht" has no such cue.
    "(?:tschüss|tschüs|tschuess|tschüssi|tschö|tschau|ciao|bye|goodbye|adieu|adiö|ade|adé|"
    "servus|pfiat|pfiati|baba|uf wiederluege|machs gut|mach s gut|macht s gut|mach et jut|"
    "macht et jot|danke für alles|merci für alles|danke fia ois|sorry für alles) "
    "(?:# )?{w}{0,8}(?:{ich} (?:geh|gehe|gang|ga|gah|jon|jeh|goh|werd heit nacht gehen)(?: "
    "jetzt| jetz| jitz| etz)?{end}|für immer|bis nie|nicht bis morgen|nöd bis morn|nie mehr|"
    "richtig tschüss|tschüss tschüss|wirklich bye|mini letschti|letschti|letzte nachricht|"
    "letzte antwort|jetzt is gnua|jetzt ist gnua|i cha nüme|das wars mit mir|dat wars von mir|"
    "des wor s fia mi|des wors fia mi|{ich} bin raus|hob mi entschiedn|meld mich nimma|melde "
    "mich nich mehr|mi gsehts nümm)",
    "(?:{ich} (?:geh|gehe|gang|ga|gah|jon|jeh|goh)(?: jetzt| jetz| jitz| etz)?(?= #)|für "
    "immer|bis nie|das wars mit mir|dat wars von mir|des wors fia mi|das hier ist goodbye|mein"
    " goodbye|nur ein abschied|{ich} bin raus) (?:# )?{w}{0,6}(?:tschüss|tschüs|tschuess|"
    "tschüssi|tschö|tschau|ciao|bye|goodbye|adieu|ade|adé|servus|pfiat|pfiati|baba|machs gut|"
    "mach s gut|macht s gut|macht et jot|danke für alles|merci für alles|danke|bitte nicht "
    "böse sein|nit traurisch sin){end}",
    "(?:tschüss|tschuess|tschö|ciao|baba|ade|adé|pfiat|goodbye|bye|danke für alles) "
    "(?:# )?{w}{0,10}(?:es reicht nicht|reicht s nicht mehr|reicht nicht mehr|ich geh(?= #|$)|"
    "ich gehe(?= #|$)|i geh(?= #|$)|isch bin dann ma wesch|bün ik weg|dann bin {ich} weg|ich "
    "bin raus|war nich allet schlecht|nicht alles schlecht|hab s versucht so lang|habs "
    "versucht so lang|ich kann es ab heute nicht mehr|letzte mal|kein drama|bleiben tut mehr "
    "weh|ihr seid die einzigen|bereit|keiner gemerkt|abschied)",
    "(?:es reicht nicht|reicht s nicht mehr|reicht nicht mehr|ich geh|i geh|bin dann weg|nicht"
    " alles schlecht|nicht allet schlecht|letzte mal|abschied|ich bin bereit|keiner gemerkt|"
    "hett mi freut|s war schee|ich sag tschüss|sag ich auch hier|und jetzt dir|jetzt dir auch|"
    "jetzt noch du) (?:# )?{w}{0,6}(?:tschüss|tschuess|tschüssi|tschö|ciao|baba|ade|adé|pfiat "
    "eich|goodbye|danke und tschüss|tschüss)(?= #|$)",
    # The last message, the last answer: "das isch mini letschti nachricht", "das ist meine
    # letzte antwort", "meins hört heute auf". ("Ich werde nicht mehr antworten" alone is only
    # named: it is also said before a holiday.)
    "(?:das|des|dat|dies|heut|heute|hüt|heit) (?:hier )?(?:ist|is|isch|wird) (?:mein|mei|mini|"
    "meine) (?:letzte|letzter|letztes|letschti|letschte) (?:nachricht|antwort|abendnotiz|moin|"
    "morgen|check ?in|eintrag|gruß|worte)",
    "(?:meine|mein|mei|mini) (?:letzte|letschti) (?:nachricht|antwort)(?= #|$| an (?:dich|"
    "euch|alle|irgendwen))|(?:das|es) (?:ist|war) (?:das|mein) letzte (?:was|mal dass) {ich} "
    "(?:schreib|schreibe|antworte|dir)",
    "(?:mein|meins|mis|mei) (?:leben|läbe|lebn)? ?(?:ist bald vorbei|hört heute auf|hört heut "
    "auf|hört morgen auf|endet heute)",
    "(?:letzte|letzter|letztes|letschte) (?:moin|gruß|antwort|sonnenuntergang|mal dass {ich})|"
    "(?:check ?in|morgen|abend) ist mein letzter|der letzte morgen an dem|war mein letztes "
    "jahr|dass es mein letzter ist|letzte runde an alle|den letzten weg|letschte weg",
    "(?:schreib|schreibe|schreiben|frag|fragt|schick|schicken) "
    "(?:# )?{w}{0,3}(?:mir )?(?:morgen|ab morgen) (?:# )?{w}{0,3}(?:nicht|keine|nichts)(?: "
    "mehr)? (?:# )?{w}{0,4}(?:# )?(?:es kommt nichts|es wird niemand antworten|tschüss|kommt "
    "nichts zurück|wird niemand)",
    "ab (?:heute|heut) nimma(?= #|$)|weil s ab heute vergangenheit ist",
    # A last day or a last step; not answering tomorrow, and that being the answer.
    "(?:letzter|letzte|letztes) (?:tag|sonnenaufgang|sonnenuntergang)(?= #|$| heute(?= #|$)| "
    "und so)|schöner letzter tag|mein letzter (?:sonnenuntergang|sonnenaufgang|geburtstag)|der"
    " letzte soll schön sein|henkersmahlzeit",
    "mein (?:kleiner )?letzter schritt|nur noch der letzte schritt|jetzt kommt der große",
    "(?:wenn|falls) {ich} (?:# )?{w}{0,2}(?:morgen|morn) (?:# )?{w}{0,1}(?:nicht|nid|nöd|ned) "
    "(?:antworte|melde|meld) (?:# )?{w}{0,4}(?:wisst ihr|weißt du|ist das|isch das|dann hab)",
    "(?:wenn|falls|wenns) (?:s |es )?{mich} (?:morn|morgen) (?:nüm|nimma|nicht mehr) (?:git|gibt)",
    "(?:hat|haben|hast) (?:# )?{w}{0,6}(?:nicht|nix|nichts) (?:gemerkt|gecheckt|kapiert|"
    "gewusst) (?:# )?{w}{0,3}(?:und tschüss|tschüss|noch du|du noch)",
    "(?:nicht|nich|ned|nöd|nid) (?:gemerkt|gewusst|bewusst) (?:# )?(?:dass|das) (?:es|das) "
    "(?:das letzte mal|ein abschied|der abschied|mein abschied)|(?:dass|das) das ein abschied "
    "war|zum abschied (?:# )?{w}{0,4}(?:nicht gemerkt|nix gemerkt)",
    # Not coming back, thanking before going, a goodbye that will be understood later.
    "(?:i|ich) (?:kum|chum|chume) (?:nimma|nüm|nümme|ned) (?:wieder|zrugg|zurück)(?= #|$)|und "
    "diesmal komm {ich} nicht wieder",
    "(?:damit|dass) (?:das|es) das letzte ist was (?:sie|er|ihr) von mir (?:hört|hören)|"
    "(?:verabschieden|verabschiede|verabschiedet) von allem",
    "(?:bedanken|bedankt|danke|danke schreiben|tschüss sagen|tschüss|verabschieden|sagen) "
    "(?:# )?{w}{0,4}bevor {ich} (?:gehe|geh|nicht mehr da bin|s beende|ichs beende|ichs nicht "
    "mehr kann|s nicht mehr kann)",
    "(?:ohne tschüss zu sagen|nicht einfach so (?:gehen|davonstehlen)|einfach so davonstehlen)",
    "(?:wenn|falls) (?:jemand|einer) fragt (?:# )?{w}{0,6}(?:war am ende ruhig|gern gehabt|"
    "geliebt)",
    "(?:bald|boid) zu (?:ihnen|ihm|ihr|euch|dir) (?:komm|komme|kumm)",
    "(?:werd|werde|wer) (?:dir |euch |mi )?(?:morgen )?(?:nicht mehr|nimma|nie mehr) "
    "(?:antworten|meldn|melden)(?: können)? (?:# )?(?:nie mehr|nie|alles gute|also bitte "
    "nicht|tschüss)",
    "(?:ich|i) (?:komm|komme) nicht wieder (?:# )?nirgendwohin",
    "(?:servus|tschüss|ade|adé|adieu|pfiat|tschau|ciao|goodbye|bye) (?:# )?{w}{0,8}(?:mi nimma"
    " meldn|wer mi nimma|diesmal aber richtig|aber diesmal richtig|war ne lange reise|antwort "
    "{ich} nicht mehr|antworte {ich} nicht mehr)",
)

# --- An attempt before, and now again --------------------------------------------------------

_ANOTHER_TRY_MORE: Final[Sequence[str]] = (
    # A past attempt (or rescue) and the same place, feeling or plan now: "i hobs scho amoi
    # probiert, und jetzt is wieder so weit", "dä zweit chunt bald", "diesmal ruf ich keinen".
    # "Versucht" alone is everyday ("morgen versuch ichs nochmal"): it needs a strong return.
    "(?:wiederbelebt|reanimiert|zurückgeholt|rausgezogen|auf intensiv|auf der intensiv|uff "
    "intensiv|op dä intensiv|geschlossenen|gschluckt|runtergeklettert|obagstiegn|"
    "umentschieden|notruf) (?:# )?{w}{0,14}(?:wieder (?:so weit|soweit|so wiit|so wit|an dem "
    "punkt|an den punkt)|(?:denk|denke|denkt) (?:# )?{w}{0,3}(?:wieder|widder) (?:dran|drüber|"
    "daran)|(?:gedanken|drang|gefühl) (?:ist|sind|isch|is) wieder da|wieder (?:genau )?(?:so|"
    "glich|gleich) wie (?:damals|denn)|(?:heute|heut|hüt|heit|jetzt|jetz|gestern) (?:steh|"
    "stand|hock|sitz|war|bin|bi) {w}{0,2}(?:wieder|widder)|diesmal|diesmoi|diesmol|dasmol|"
    "(?:nochmal|nomal|nochma|noch mal|nomol|erneut) (?:zu )?(?:versuchen|probieren|machen|"
    "tun)|s gliche wie denn|genauso wie damals|anders enden|anders maache|korrigieren|"
    "nachholen|nicht vor zu bremsen|koana do|keiner da)",
    "(?:versuch|versuech|versöök|versucht|versuecht|versuacht|probiert|überlebt|gerettet|"
    "intensiv|spital|scho mal|scho amoi|scho moi|schonma|schon mal|schon einmal|beim ersten "
    "mal) (?:# )?{w}{0,14}(?:wieder (?:so weit|soweit|so wiit|so wit|an dem punkt|an den "
    "punkt)|(?:denk|denke|denkt) (?:# )?{w}{0,3}(?:wieder|widder) (?:dran|drüber|daran)|"
    "(?:gedanken|drang|gefühl) (?:ist|sind|isch|is) wieder da|wieder (?:genau )?(?:so|glich|"
    "gleich) wie (?:damals|denn)|(?:heute|heut|hüt|heit|jetzt|jetz) (?:steh|stand|hock|sitz|"
    "bin|bi) {w}{0,2}(?:wieder|widder) (?:da|do|det|dort)|s gliche wie denn|genauso wie "
    "damals|koana do)",
    "(?:wünschte|wünsch|hätten sie s mal|hätten sie es mal) (?:# )?{w}{0,4}(?:sie hätten es "
    "nicht|hätten es nicht getan|gelassen)",
    "(?:schon mal|schonmal|scho mal) (?:überlebt|gerettet) (?:# )?{w}{0,4}(?:nicht wollte|"
    "nicht will|nochmal)|will (?:das )?nicht (?:nochmal|noch mal|wieder) überleben",
    "(?:versprochen|geschworen) (?:# )?{w}{0,8}(?:nie wieder|nicht mehr|nicht wieder) "
    "(?:zu )?(?:tun|tu|mach|mache|machen|vorkommt) (?:# )?{w}{0,8}(?:kann das versprechen "
    "nicht|nicht halten|steh {ich} wieder|wieder da)",
    "(?:damals|letztes mal|das letzte mal|beim letzten mal) (?:# )?{w}{0,10}(?:nicht geklappt|"
    "zu wenig|selbst gerufen|selber gewählt|nicht gehalten|zu früh den notruf) "
    "(?:# )?{w}{0,8}(?:gelernt|diesmal|stabiler|niemanden|nicht mehr tun|würd ichs nicht)",
    "(?:versprochen|geschworen) (?:# )?{w}{0,8}(?:nie wieder|nicht mehr|nicht wieder) "
    "(?:zu )?(?:machs|mach s|tu s|tus) (?:# )?{w}{0,8}(?:kann das versprechen nicht|nicht "
    "halten)|(?:versprochen|geschworen) (?:# )?{w}{0,3}(?:nie wieder|nicht wieder) "
    "(?:# )?{w}{0,6}(?:steh {ich} wieder|wieder an dem punkt)",
    "(?:gefühl|gedanken) (?:# )?{w}{0,8}(?:versucht|versuch) (?:# )?{w}{0,4}(?:es|sie) (?:ist|"
    "sind) wieder da",
    "(?:versuch|versucht) (?:# )?{w}{0,14}diesmal (?:# )?{w}{0,3}(?:mach ichs|mach ich s|mach "
    "{ich} es|hab {ich} mehr|keiner merken|wird es auch keiner)|mehr gelesen diesmal|versuch "
    "(?:# )?{w}{0,10}nachholen|(?:dä|der) (?:zweit|zweite|dritt|dritte) (?:chunt|kommt) bald",
)

# --- Someone else at risk now ----------------------------------------------------------------

_OTHERS_AT_RISK: Final[Sequence[str]] = (
    # A cue (pills, a bridge, a goodbye, a gift) and then silence: "antwortet nicht mehr",
    # "geht nicht ans telefon", "macht nicht auf", "ist offline", "i erreich eam ned".
    "(?:tabletten|tablette|tablettn|pillen|{drug}|brücke|bruckn|brugg|gleis|gleisen|jleis|"
    "seil|gewehr|gwehr|pistole|waffe|messer|abschied[a-z]*|tschüss|sorry|leid für alles|tut "
    "mir leid|tuet mer leid|umbringt|für immer|danke für alles|eingeschlossen|mit dem auto "
    "weg|auto devo|nicht mehr lebt|nüme läbe|nicht mehr da ist|bald nicht mehr da) "
    "(?:# )?{w}{0,14}(?:(?:geht|gehn|geit) (?:# )?{w}{0,2}(?:nicht|ned|nöd|nimma|nüm) "
    "(?:mehr )?(?:ans telefon|ans handy|ran|dran)|(?:antwortet|antwort) "
    "(?:# )?{w}{0,2}(?:nicht|ned|nöd|nimma|nüm|nüme|kein|keine)|(?:erreich|dareich|erreicht|"
    "erreiche) (?:ihn|sie|eam|ihm|si|keiner|niemand) (?:# )?{w}{0,1}(?:nicht|ned|nimma|nöd|"
    "nöt|mehr)|(?:erreich|erreicht|erreiche) (?:# )?{w}{0,2}(?:keiner|niemand)|nicht "
    "erreichbar|(?:ist|is|isch) offline|kein lebenszeichen|(?:macht|mocht) (?:nicht|ned) auf|"
    "{ich} komm nicht durch|(?:handy|telefon) (?:ist |is )?aus|nix mehr von (?:ihm|ihr) "
    "gehört|git kei antwort|nümm gmäldet|schreibt nix mehr|hör nix mehr|er is ned dahoam)",
    # Said or written by someone else, in dialect too: "er hot gsogt er hupft heit vo da
    # bruckn", "sie heg tablette gno", "sie wöll nüme läbe". ("Er macht heut Schluss" stays
    # named: it is also the end of a shift.)
    "(?:er|sie|si) (?:wü|will|wott|wöll|wolle|möcht|möchte|mog) (?:# )?{w}{0,3}(?:si|sich) "
    "(?:# )?{w}{0,3}(?:umbringa|umbringen|umbringe|wat antun|was antun|etwas antun|schneiden|"
    "ritzen|aufs gleis legn|aufs gleis legen)",
    "(?:er|sie|si) (?:wü|will|wott|wöll|wolle|mog) {fill}(?:nicht mehr|nüme|nüm|nimma|nimmer) "
    "(?:leben|läbe|lebn)",
    "(?:geschrieben|gesagt|gschribe|gsogt|gschriebn|schreibt|erzählt) (?:# )?(?:dass |"
    "das )?(?:er|sie|si) (?:hat |hot |hod |het |heg |hätt )?(?:schon |grad |"
    "gerade )?(?:tabletten|tablette|pillen|tablettn|alles|die pillen schon) "
    "(?:schon )?(?:genommen|gno|gnumma|geschluckt|gschluckt)",
    "(?:geschrieben|schreibt|gesagt|sagt|heult|gschriebn|gsogt) (?:# )?{w}{0,3}(?:dass |"
    "das )?(?:er|sie|si) (?:an der|auf der|uffm|auf dem|auf den|auf da|an da) (?:brücke|"
    "bruckn|dach|gleisen|gleis)",
    "(?:katze|katz|hund|hündin|hamster|schmuck|uhr|ps5|motorrad|armband|schlüssel|passwort|"
    "passwörter|sachen|velo|lieblingsarmband) (?:# )?{w}{0,8}(?:gegeben|gebracht|geschenkt|"
    "verschenkt|verteilt|vorbeigebracht|brocht|verschänkt|gschenkt) (?:# )?{w}{0,12}(?:bald "
    "nicht mehr|braucht sie nicht mehr|braucht ihn nicht mehr|kommt nicht zurück|kommt nicht "
    "wieder|nicht ans telefon|geht nicht ran|nicht mehr ran|macht nicht auf|komisch|schlechtes"
    " gefühl|meint es ernst|ohne sie|ohne ihn|erschrecken|nöd zur arbet|nicht zur arbeit|bald "
    "bei)",
    "(?:gsogt|gesagt|geschrieben|gschribe|gschriebn|gepostet|postet|erzählt|gseit) "
    "(?:# )?{w}{0,3}(?:dass |das )?(?:er|sie|si) (?:# )?{w}{0,2}(?:si |sich )?(?:heit|heute|"
    "heut|hüt|jetzt|morgen|am wochenende|nach da schul)? ?(?:umbringt|s jetzt macht|es jetzt "
    "macht|es heute nacht macht|es heute macht|alles beendet|nicht mehr lebt|(?:springt|hupft)"
    " (?:heit |heute |heut )?(?:vo|von|vom|aus|nach|vor)|nachkommen will|zu papa will|zu mama "
    "will|zu oma will|wird den [a-z]+ nicht erleben|gaht i wald|ihre folge|ihm folge|nimmt "
    "heit olle)",
    "(?:eingeschlossen|brücke|tür ist zu|nix von (?:ihm|ihr) gehört) (?:# )?{w}{0,12}(?:er|"
    "sie) (?:heut |heute )?(?:schluss macht|macht schluss)|(?:er|sie) (?:macht|mocht) (?:heut "
    "|heute )?schluss (?:# )?{w}{0,10}(?:die tür ist zu|nix von (?:ihm|ihr) gehört|"
    "eingeschlossen|brücke)",
)

# --- Self-harm told in dialect, by tool, or as punishment ------------------------------------

_SELF_HARM_DIALECT: Final[Sequence[str]] = (
    # Cut, scratched or burnt again, in dialect: "ha mi wieder gschnitte", "isch hab misch
    # widder jeritzt", "ick hab mir wieder in'n arm jeschnitten"; the standard forms only with
    # "heimlich", "absichtlich" or a lighter, since "mich wieder geschnitten" is often the kitchen.
    "(?:mi|mich|misch|mech|ma|mer|mir) (?:# )?{w}{0,3}(?:wieder|widder|scho wieder|heit "
    "wieder|hüt wieder|heimlich|extra|absichtlich|mit (?:em|de|der|dem|ner|nem|m) (?:füürzüg|"
    "feuerzeug|zigi|zigarette|kippe|zirkel|schere)) (?:# )?{w}{0,3}(?:gschnitte|gschnittn|"
    "gschnitten|jeschnitten|jeschnitte|jeschnippelt|ufgschnitte|aufgschnittn|opjeschnigge|"
    "gritzt|grizt|jeritzt|geritzt|bissn|jebrannt|uffjekratzt)",
    "(?:mi|mich|misch|mech|ma|mer|mir) (?:# )?{w}{0,3}(?:heimlich|extra|absichtlich|mit (?:em|"
    "de|der|dem|ner|nem|m) (?:füürzüg|feuerzeug|zigi|zigarette|kippe|zirkel)) "
    "(?:# )?{w}{0,3}(?:geschnitten|verbrannt|gebrannt|verbrännt|verbrennt)",
    "(?:mir|ma|mer) (?:# )?{w}{0,3}in (?:den|die|n|d|de|s) (?:arm|haut|bein|oberschenkel|"
    "oberschenkl|handgelenk) (?:# )?{w}{0,1}(?:jeschnitten|gschnittn|gschnitte|jeschnippelt|"
    "gritzt|jeritzt)",
    "(?:mir|mer|ma) (?:# )?{w}{0,2}(?:die|de|d) (?:arme|ärm|arm|haut|beine) "
    "(?:# )?{w}{0,1}(?:uffjekratzt|opjeschnigge|aufgschnittn|ufgschnitte|ufgchratzt)",
    "{ich} (?:schneid|schneide|ritz|ritze|brenn|brenne) {mich} (?:# )?{w}{0,2}(?:wieder|seit|"
    "heimlich)",
    "{ich} (?:ritz|ritze) (?:seit|grad|gerade|wieder|jeden)",
    "(?:schneid|schneide|ritz|ritze) {ich} {mich} (?:# )?{w}{0,2}(?:wieder|seit|heimlich)",
    "(?:^|# )(?:ritz|ritze) (?:# )?(?:gerade|grad|ritz|wieder)|rtzen|schnippelei|schneide "
    "?drang|gecuttet|cat scratches|(?:arm|arme|beine|haut) (?:# )?{w}{0,4}barcode",
    "(?:gschnittn|gschnitte|geschnitten|geritzt|gritzt) (?:# )?{w}{0,3}(?:hilft ned mehr|hilft"
    " nicht mehr|drei moi|jeden einzelnen|tiafer|tiefer)",
    "(?:schneid|schneide|ritz|ritze) {ich} {mich} jeden (?:abend|tag|morgen)(?! (?:beim|bei|"
    "mit|am)(?![a-z]))",
    "(?:hat|het|hot) sich (?:# )?{w}{0,2}(?:selber|selbst) (?:verbrannt|geschnitten|geritzt|"
    "verletzt)",
    # On purpose, until it bleeds or breaks; a tool that is no tool for it (compass, lighter,
    # iron, paper clip, hammer); the head or fist against a wall; punishment by hunger.
    "(?:drang|druck) (?:zu|zum) (?:schneiden|ritzen|verletzen) (?:ist|wird) "
    "(?:# )?{w}{0,3}(?:stark|laut|gross|groß|unerträglich|schlimm|so)",
    "(?:geknallt|geklemmt|getreten|geschlagen|gehaun|gehauen|gekippt|laufen lassen|gestochen|"
    "verbrannt|verbrüht|gebrannt|aufgeschlagen|hinfallen lassen|geworfen|gerammt|gedrückt|"
    "gekratzt|gebissen|gerissen|ausgerissen|aufgekratzt|zerkratzt|geschnitten|aufgeschnitten) "
    "(?:# )?{w}{0,5}(?:absichtlich|mit absicht|extra(?= #|$)|das war kein unfall|kein unfall|"
    "wollte es so|ich wollt das so)",
    "(?:mir|mich|mi|ma|mer) (?:# )?{w}{0,3}(?:absichtlich|mit absicht|extra) "
    "(?:# )?{w}{0,5}(?:geknallt|geklemmt|getreten|geschlagen|gehaun|gekippt|laufen lassen|"
    "gestochen|verbrannt|verbrüht|gebrannt|aufgeschlagen|hinfallen lassen|geworfen|gerammt|"
    "gedrückt|gekratzt|gebissen|ausgerissen|aufgekratzt|zerkratzt|geschnitten|aufgeschnitten|"
    "wehtan|weh getan|kaputt)",
    "bis (?:es|die haut|alles|die knöchel|der zeh|die wunde|mir|i|ich|s) "
    "(?:# )?{w}{0,2}(?:blutet|bluat|bluten|aufplatzt|aufgeplatzt|roh|gebrochen|blutergüsse|"
    "striemen)",
    "(?:ess|esse|iss|isse|ess ich|trink) (?:# )?{w}{0,4}(?:nix|nichts|nüt|nur) "
    "(?:# )?{w}{0,6}(?:als strafe|zur strafe|verdien|verdiene|bestrafen|bestraf)",
    "mehr verdien {ich} nicht",
    "(?:mich|mi) (?:selbst |selber )?(?:zu )?(?:bestrafen|bestraf) (?:muss|musste|will|wollte|"
    "wollt)|um (?:mich|mi) (?:selbst |selber )?zu bestrafen|{ich} (?:hab|habe) (?:mich|mi) "
    "(?:wieder |selbst |selber )?bestraft|strafe muss sein|{ich} (?:bestraf|bestrafe) mich",
    "(?:zirkel|feuerzeug|füürzüg|zigarette|zigi|kippe|bügeleisen|herdplatte|herdplattn|"
    "scherbe|büroklammer|cuttermesser|schere|streichholz|tacker|nagelfeile|haargummi|"
    "gummiband|bürste|kuli|bleistift|armband) (?:# )?{w}{0,8}(?:verbrannt|verbrennt|verbrännt|"
    "gebrannt|gekratzt|aufgekratzt|zerkratzt|gestochen|gerammt|aufgerieben|aufgeschnitten|"
    "gschnittn|gschnitte|getackert|wehtan)",
    "(?:wieder|schon wieder|heute|heut|gestern) (?:# )?{w}{0,3}(?:mit dem|mit der|mit nem|"
    "mitm|mim) (?:cuttermesser|zirkel|scherbe|klinge|schere)(?= #|$| ihr| du)",
    "(?:haue|hau|schlag|schlage) (?:mir|ma|mer|mich|mi) (?:# )?{w}{0,4}(?:kopf|schädl|schädel|"
    "faust|fiass|oberschenkel|gesicht) (?:# )?{w}{0,6}(?:gegen|an|auf|bis|blau|immer wieder)",
    "(?:kopf|schädl|schädel) (?:# )?{w}{0,2}(?:gegen|an) (?:die|den|d) (?:wand|schrank|tür|"
    "mauer) (?:# )?{w}{0,6}(?:bis|nicht aufhören|nöd ufhöre|kann nicht|immer)",
    "(?:mir|ma|mer) (?:# )?{w}{0,4}(?:gegen den kopf|ins gesicht|gegen die wand|an die wand|"
    "auf den kopf|auf die finger|auf die hand|uf d hand|auf den oberschenkel|auf die "
    "oberschenkel) (?:gehauen|geschlagen|gehaun) (?:# )?{w}{0,3}(?:immer wieder|mehrmals|bis)",
    "(?:mir|ma|mer|mich) (?:immer wieder|seit ner stunde|seit einer stunde|sit em mittag) "
    "(?:# )?{w}{0,3}(?:mit der faust|den kopf|mit em hammer|mit dem hammer)",
    "(?:ma|mer) (?:# )?{w}{0,4}(?:wieder|widder) (?:# )?{w}{0,2}(?:wehtan|weh tan|wos antan)|"
    "mir (?:# )?{w}{0,3}wieder was angetan|wunsch mir weh zu tun",
    "bis (?:ein loch|blutergüsse|blaue flecken|alles aufplatzt|i nix mehr denk|die knöchel blutig)",
    "(?:hau|haue|schlag|schlage) (?:mi|mich|mir|ma) (?:söwa|selbst|selber|söiba)",
    "bis (?:alles|die knöchel|die haut) offen|bis (?:er|sie) (?:blutet|bluten)|bis striemen",
    # Deeper than usual, new marks, the blade found again, wounds opened, done despite a promise.
    "(?:narben|wunden|wunde) (?:# )?{w}{0,4}(?:wieder )?(?:aufgemacht|aufgekratzt|aufkratzen|"
    "aufgerissen|aufkratz|auf)(?= #|$| immer)|(?:kratz|kratze) (?:# )?{w}{0,2}(?:narben|"
    "wunden) (?:# )?{w}{0,2}(?:auf|wieder auf)",
    "(?:neue|neui|frische) (?:schnitte|narben|wunden)|(?:feuerzeug|barcode|zigarette|klinge|"
    "narben) (?:# )?{w}{0,6}(?:neue (?:striche|stellen)|neue dazu)",
    "(?:wars|war s|es war|gschnittn|geschnitten|schnitte|schnitt|jeschnitten|uffjekratzt|"
    "aufgekratzt|gekratzt) (?:# )?(?:es )?(?:tiefer|tiafer|tüfer) als sonst(?= #|$| und)",
    "zu tief (?:angesetzt|geschnitten|gschnitte)|schmerz spüren (?:# )?{w}{0,4}blutet|"
    "ritzverbot|schneideverbot|ritzfotos",
    "(?:wunde|wunden|brandwunde|brandwunden|schnitte|narben|blutig|arm) "
    "(?:# )?{w}{0,6}(?:selbst gemacht|selbstgemacht|hab s selbst gemacht|habs selbst gemacht)",
    "(?:schere|klinge|scherbe|zirkel) (?:# )?{w}{0,6}(?:weiß wofür|wieder angefangen)|"
    "(?:klingen|messer|chlinge) (?:weggenommen|weggesperrt|gfunde) (?:# )?{w}{0,6}(?:scherbe|"
    "büroklammer|nehm ich halt|gefunden|neui gholt)|drang (?:# )?{w}{0,6}(?:messer|klinge|"
    "schere) (?:# )?{w}{0,2}in der hand",
    "(?:kratz|kratze) mich (?:wieder |absichtlich |mit absicht )blutig|(?:druck|absichtlich|"
    "mit absicht|wieder) (?:# )?{w}{0,8}blutig gekratzt|blutig gekratzt "
    "(?:# )?{w}{0,6}(?:nicht aufgehört|mit absicht|absichtlich)",
    "(?:narben|schnitte|wunden) (?:# )?{w}{0,6}(?:wieder aufgemacht|aufgemacht|verbunden # "
    "morgen wieder|verbunden # (?:# )?{w}{0,2}morgen)|(?:hab|habe) sie wieder aufgemacht",
    "(?:arme|ärm) (?:# )?{w}{0,2}wieder kaputt (?:gmacht|gemacht)|(?:beine|arme) wieder "
    "voll(?= #|$)",
    "(?:nicht|nöd|nid|ned) (?:zu )?(?:schneiden|ritzen|verletzen) (?:# )?(?:gewesen|tut)? "
    "?{w}{0,4}(?:schon gemacht|trotzdem|doch gemacht)|weh mich nicht zu schneiden",
    "(?:cuttermesser|zirkel|feuerzeug|streichholz|büroklammer|scherbe|bügeleisen|herdplatte|"
    "herdplattn|löffel) (?:# )?{w}{0,6}(?:keiner sieht|keiner hat s gemerkt|mit absicht|"
    "absichtlich|de haut|in die hand gestochen|heute ist es wieder|streichholz # wieder)|"
    "streichholz (?:# )?wieder",
)

# --- Overdoses told with brand names, dialect verbs, counts ----------------------------------

_OVERDOSE_DIALECT: Final[Sequence[str]] = (
    # All of them, the whole pack, at once, in dialect too: "alli tablette gno", "i hob de
    # ganzn tablettn gnumma", "ick hab die janze packung jenommen", "tilidin... olle".
    "(?<!heute )(?<!heut )(?<!morgens )(?<!abends )(?:alle|alli|olle|all|ganze|ganzen|janze|"
    "janzen|gonze|gonzn|ganzi|gsamte|ganzes|ganzn|komplette) (?:# )?(?:(?!heute|heut|morgens|"
    "abends|wie|brav|pünktlich|regelmäßig|für)[a-z]+ (?:# )?){0,3}{drug} (?:# )?(?:(?!heute|"
    "heut|morgens|abends|wie|brav|pünktlich|regelmäßig|für)[a-z]+ (?:# )?){0,4}{took}(?! "
    "(?:# )?(?:wie|pünktlich|brav|regelmäßig|heute|morgens|abends)(?![a-z]))",
    "{drug} (?:# )?{w}{0,6}{took} (?:# )?{w}{0,2}(?:alle|alli|olle|all|komplett|alles)(?= #|$)",
    "{drug} (?:# )?{w}{0,4}(?:auf einmal|auf eimol|op eimol|uf eimal|of amoi|auf oamoi) "
    "(?:# )?{w}{0,2}(?:{took}|gespritzt|jejovve)|(?:alle|alli|olle|all|ganzen|ganze) "
    "(?:# )?{w}{0,3}{drug} (?:# )?{w}{0,3}(?:auf einmal|auf eimol|op eimol|uf eimal|of amoi|"
    "auf oamoi)(?! (?:# )?(?:wie|pünktlich|brav|regelmäßig|heute|morgens|abends)(?![a-z]))",
    "(?:ganze|ganzen|gonze|janze|ganzi) (?:flasche|packung|packl|plack|dose|schachtel|blister)"
    " (?:# )?{w}{0,3}(?:{drug}|schmerzsaft|hustensaft|tropfen|codein) "
    "(?:# )?{w}{0,3}(?:{took}|reingekippt|getrunken|leer gemacht|leergemacht)",
    "(?:packung|packl|plack|dose|blister|schachtel) (?:# )?{w}{0,1}{drug} "
    "(?:# )?{w}{0,2}(?:leer gemacht|leergemacht|leer zu machen|leer machen)|{drug} (?:dose|"
    "packung|schachtel) (?:# )?{w}{0,1}(?:leer gemacht|leergemacht|leer zu machen|leer machen)",
    "(?:alles|allet|ois|olles) (?:an pillen|an tabletten|an medikamenten) "
    "(?:# )?{w}{0,3}(?:genommen|gno|gnumman|jenommen|geschluckt|runterjekippt|reingekippt)|"
    "(?:genommen|gno|gnumman|gnumma|jenommen|geschluckt) (?:# )?(?:was|wos|wat) im "
    "(?:medikament[a-z]*|badschrank|arzneischrank|spiegelschrank)|(?:alles|allet|ois) "
    "(?:genommen|gno|gnumman|jenommen|geschluckt) (?:# )?(?:wart|warte) "
    "(?:# )?{w}{0,2}(?:jetzt|einfach)",
    "{drug} (?:# )?{w}{0,8}(?:nehm|nimm|schluck|schmeiß|schmeiss) {ich} {fill}(?:sie |"
    "se )?(?:# )?(?:alle|alli|olle|alles|ois)(?= #|$| auf)",
    "(?:nehm|nimm|nehme|schluck|schlucke|schmeiß|schmeiss) (?:{ich} )?(?:mir )?(?:heute|heut|"
    "heit|hüt|jetzt|gleich|heute nacht|heute abend) (?:# )?{w}{0,2}(?:alle|alli|olle) (?:meine"
    " |die |mini )?(?:{drug}|pillen|tablette)(?! (?:# )?(?:wie|pünktlich|brav|regelmäßig|"
    "heute|morgens|abends)(?![a-z]))",
    "(?:ganze|ganzen|gonze|janze) (?:flasche|dose|schachtel|packung|blister) "
    "(?:# )?{w}{0,4}(?:{drug}|baldrian|hustensaft) (?:# )?{w}{0,8}(?:genommen|gekippt|dazu|"
    "jenomme|jenommen|tavor)",
    "(?:medikamentenvorrat|monatsration) (?:# )?{w}{0,3}(?:zu nehmen|geschluckt|genommen)|"
    "(?:pregabalin|quetiapin|ritalin|{drug}) (?:# )?{w}{0,5}(?:komplett geschluckt|das {ich} "
    "noch hab)",
    "{drug} (?:für|von) (?:die|den|der|eine|einen|[0-9]+) (?:ganze |ganzen )?(?:woche|monat|"
    "tage|tagen|wochen) (?:# )?{w}{0,3}(?:auf einmal|geschluckt|jenommen)",
    "alle auf einmal (?:# )?{w}{0,3}(?:kribbelt|herz|schwindlig|übel|schlecht)|in der hand "
    "(?:# )?[0-9]+ stück",
    # With drink, too much, counted ("bin bei 17"), "mal sehen ob ich aufwach". Each needs a drug
    # or a dose: "so viel genommen wie noch nie" is also said of holidays.
    "(?:eine|eins|ane|oane) nach der (?:anderen|andern) (?:# )?{w}{0,4}(?:bin bei|zähl)|"
    "(?:schluck|schlucke|nimm|nehm) (?:# )?{w}{0,2}(?:eine|eins) nach der anderen",
    "(?:mal sehen|mal schaun|mal schauen|mal gucken|scheiß drauf|egal|schauen wir) ob {ich} "
    "(?:wieder |noch )?(?:aufwach|aufwache|aufwachen|ufwach)",
    "(?:so viel|so vil|so viele|soviel|zu viel|z vü|zvui|z viel|zuviel|viel mehr) "
    "(?:# )?(?:von (?:dem|den) )?(?:{drug}|zeug|koks|fentanyl|fenta) "
    "(?:# )?{w}{0,3}(?:genommen|gespritzt|gezogen|gnumman|gnumma|gspritzt|gschluckt|"
    "reingekippt|gefressen|gesetzt)|(?:so viel|so vil|zu viel|z vü|zvui|z viel|zuviel|viel "
    "mehr) (?:# )?{w}{0,2}(?:genommen|gespritzt|gnumman|gnumma|gspritzt|gschluckt) "
    "(?:# )?{w}{0,3}(?:absichtlich|mit absicht|woa absicht)",
    "(?:tabletten|pillen|{drug}) (?:und|mit|plus) (?:alkohol|alk|wein|wodka|korn|schnaps|bier)"
    " (?:# )?{w}{0,4}(?:mit absicht|schon drin|so egal|ist mir egal|sorry|aufwach)",
    "(?:zugeballert|abgfüllt|abgefüllt|zugedröhnt) mit (?:# )?{w}{0,1}(?:tabletten|pillen|"
    "{drug}|benzos)|(?:mi|mich) mit (?:# )?{w}{0,1}(?:{drug}|benzos) (?:abgfüllt|abgefüllt|"
    "zugeballert|vollgepumpt)|(?:bin|ich bin) (?:# )?{w}{0,1}voll mit (?:tabletten|pillen|"
    "{drug})",
    "(?:zu viele|zu viel|zvui|z vü) (?:teile|pillen|tabletten) (?:# )?{w}{0,3}(?:reingehauen|"
    "reingeballert|genommen|gespritzt)",
    "(?:genommen|geschluckt|gno|gnumma|jenommen) (?:# )?{w}{0,3}(?:so |etwa |"
    "ungefähr )?(?:[1-9][0-9]|zwanzig|dreißig|vierzig) (?:stück|stk)|(?:[1-9][0-9]|zwanzig|"
    "dreißig|vierzig) (?:stück|tabletten|pillen) (?:# )?{w}{0,3}(?:in der hand|schon drin)|"
    "[1-9][0-9] schon drin|(?:erst|schon) [0-9]+ (?:dann|und) (?:nochmal|noch mal) [0-9]+",
    "(?:medikamentenbox|medikation|antidepressiva|tabletten|vorrat|ration) (?:für|von) (?:die|"
    "den|der|eine|einen|[0-9]+) (?:ganze |ganzen )?(?:woche|monat|tage|tagen|wochen) "
    "(?:# )?{w}{0,8}(?:auf einmal|geschluckt|jenommen)",
    "{drug} (?:# )?{w}{0,4}schon drin|hälfte (?:# )?{w}{0,2}schon drin",
    "(?:koks|pillen|{drug}|alk|alkohol) (?:# )?{w}{0,2}(?:und|mit) (?:# )?{w}{0,2}(?:koks|"
    "pillen|{drug}) (?:# )?{w}{0,3}(?:durcheinander|gemischt|zusammen gekippt|zusammengekippt)"
    " (?:# )?{w}{0,4}(?:so viel|herz|vorbei|nicht mehr zählen)",
    "schuss (?:# )?{w}{0,4}(?:viel größer|größer als sonst|doppelt so)",
    "(?:hondvoi|handvoll|hand voll|handvoi) (?:# )?{w}{0,2}(?:{drug}|pillen|tablettn|tabletten)",
    "(?:gespritzt|genommen|gno|geschluckt|gekippt|durcheinander|gemischt) (?:# )?{w}{0,2}(?:so"
    " viel|so vil) (?:# )?{w}{0,2}(?:es ging|wie ging|wie no nie|wie noch nie)|so viel "
    "(?:# )?{w}{0,4}(?:gespritzt|genommen) wie ging|so viel dass {ich} s nicht mehr zählen "
    "kann",
    "{took} (?:# )?{w}{0,2}weil {ich} nicht mehr (?:will|kann)",
    "(?:tabletten|pillen|{drug}) (?:# )?{w}{0,6}genommen (?:# )?{w}{0,2}(?:das wollt {ich} so|"
    "hab das so gewollt|wollt das so)",
    # Saved up for the day, and no one to be called.
    "{drug} (?:# )?{w}{0,4}(?:aufgespart|aufgehoben|aufghobn|ufgspart|gesammelt|gsammlet|"
    "zämegsammlet|gehortet|gebunkert) (?:# )?{w}{0,8}(?:(?:heute|heut|heit|hüt) (?:nehm|nimm|"
    "is da tag|ist der tag|gno|genommen)|genug für|gnue|für das wofür)",
    "{drug} (?:# )?{w}{0,10}(?:ruf|rufe) (?:# )?{w}{0,1}(?:niemanden|keinen|niemand|koan)",
)

# --- Naming the subject ------------------------------------------------------------------------

_NAMED: Final[Sequence[tuple[Kind, str]]] = (
    # Singular and about a person: "Suizidrate", "Suizidprävention" and plurals are how
    # reports and lessons talk, and the semantic layer still reads them.
    (
        "suicide",
        "su(?:i|ie|e)?[zc]i(?:e)?[dt](?!e(?![a-z])|en(?![a-z])|rate|pr(?:a|ae)vention|"
        "forschung|statistik|alit)[a-z]*",
    ),
    ("suicide", "selb(?:st|s)? ?mor[dt](?!erisch)[a-z]*|freitod|selbsttötung"),
    ("suicide", "lebensmüd(?:e|igkeit)"),
    ("suicide", "todeswunsch|todessehnsucht|abschiedsbrief[a-z]*|pulsadern?"),
    # Not afraid of dying any more: sometimes peace, sometimes the start of a plan.
    ("suicide", "keine angst mehr (?:vorm|vor dem) (?:sterben|tod)"),
    # "Wenn ich weg bin" is a holiday as often as a farewell: asked about, not answered.
    ("suicide", "wenn {ich} (?:mal |dann |endgültig )?(?:weg|tot) bin"),
    ("self_harm", "selbstverletz[a-z]*|svv|selbst ?verletzung"),
    ("overdose", "überdos(?!en(?![a-z]))[a-z]*"),
    # Vaguer cues of a plan, an ending or a goodbye: asked about, not answered.
    ("suicide", "(?:will|möchte|mag|mog|wui) (?:{ich} )?{fill}nicht mehr{end}"),
    ("suicide", "(?:sie|er|ihr) (?:wird|werden) (?:sie|ihn|es|das|die) {fill}brauchen{end}"),
    ("suicide", "(?:brauch|brauche) {ich} (?:ja|eh|sowieso) (?:bald )?(?:nicht|nix|nichts) mehr"),
    (
        "suicide",
        "(?:länger|danach) (?:brauch|brauche|braucht) (?:ich|ichs|es) (?:s |es )?"
        "(?:nicht|den nicht|die nicht)",
    ),
    ("suicide", "für danach(?: docx)?{end}"),
    (
        "suicide",
        "(?:passwörter|zugangsdaten|pin)(?! (?:fürs|für das|vom) (?:wlan|wifi|netflix))(?![a-z]) "
        "{gap}{0,5}(?:aufgeschrieben|gegeben|geschickt|"
        "schublade|liegen)",
    ),
    (
        "suicide",
        "(?:briefe|brief) (?:an|für) (?:alle|jeden|jedes|meine kinder|die familie)(?= )|"
        "(?:alle|die) briefe (?:geschrieben|sind fertig|frankiert)|für (?:jeden|jedes) (?:# "
        ")?{w}{0,4}"
        "(?:einen )?brief|briefe an {gap}{0,2}sind fertig",
    ),
    ("suicide", "keine wiederbelebung"),
    ("suicide", "(?:danach|jetzt|dann) ist schluss{end}"),
    ("suicide", "(?:vergesst|vergiss) mich nicht(?: ganz)?{end}|und mich nicht{end}"),
    (
        "suicide",
        "(?:komme|komm) (?:bald )?zu (?:dir|euch) (?:# )?(?:oma|opa|mama|papa)|"
        "geh jetzt zu (?:papa|mama|oma|opa){end}",
    ),
    ("suicide", "(?:hab|habe) mich entschieden zu gehen"),
    (
        "suicide",
        "wir sehen uns (?:nicht mehr|nie wieder|nie mehr)|(?:sehen|seht) (?:ihn|sie) nie "
        "(?:wieder|mehr)",
    ),
    (
        "suicide",
        "(?:brauchst|musst|braucht|müsst) (?:du|ihr) {gap}{0,3}(?:nicht mehr|keine "
        "erinnerungen mehr) {gap}{0,2}(?:zu )?(?:schreiben|schicken|fragen|erinnern|melden)",
    ),
    ("suicide", "(?:werde|werd) {fill}(?:nicht mehr|nie mehr|nie wieder) antworten"),
    (
        "suicide",
        "(?:seid|sei) nicht traurig|(?:bitte )?verzeiht mir{end}|macht euch keine vorwürfe",
    ),
    ("suicide", "{ich} bin dann weg{end}|bitte meldet euch nicht mehr"),
    ("suicide", "es ist zeit zu gehen|es war schön solange es ging|(?:meine )?letzte bitte"),
    ("suicide", "(?:hört|hörst) nichts mehr von mir{end}"),
    ("suicide", "(?:wollte|wollt|möchte) mich {fill}verabschieden{end}"),
    (
        "suicide",
        "(?:letzter|letzte) check ?in(?! (?:vor|für|im|in|heute|diese|dieser|am|bevor)(?![a-z]))",
    ),
    ("suicide", "(?:dass|weil) (?:heute |morgen )?(?:sein|ihr) letzter tag (?:ist|sei|wäre){end}"),
    ("suicide", "(?:das|es) war s (?:dann|von mir){end}|das wars (?:# )?ende{end}"),
    # A plan without a method named.
    (
        "suicide",
        "der plan steht|(?:einen|nen|den|mein) plan (?:# )?{w}{0,4}(?:zieh {ich} ihn durch|"
        "setz {ich} ihn um)|(?:zieh|ziehe) (?:{ich} )?(?:s |es |das )?(?:heute |jetzt "
        ")?durch{end}|"
        "zieh ichs durch",
    ),
    (
        "suicide",
        "(?:heute|heut) (?:nacht|abend)? ?(?:ist|isses|wird) (?:es )?so ?weit|"
        "(?:dann|jetzt) (?:ist|isses) (?:es )?so ?weit",
    ),
    ("suicide", "alles (?:ist )?(?:vorbereitet|bereit)(?: für morgen(?: früh)?)?{end}"),
    (
        "suicide",
        "(?:den|der) ort {gap}{0,2}(?:ausgesucht|gewählt|ist gewählt)|"
        "(?:stelle|ort) {gap}{0,4}(?:angeschaut|gemerkt)",
    ),
    (
        "suicide",
        "(?:datum|tag|uhrzeit|termin|stichtag) {gap}{0,3}(?:gewählt|festgelegt|markiert|rot "
        "markiert|gesetzt|steht fest)|(?:datum|tag|termin) (?:steht|ist gewählt)",
    ),
    ("suicide", "nicht (?:zum|fürs|für) (?:erholen|wandern|was schönes|die arbeit)"),
    (
        "suicide",
        "dann (?:ist|isses) (?:es |alles )?(?:vorbei|ruhe){end}|(?:hab|habe) {ich} s hinter mir",
    ),
    ("suicide", "(?:wisst|weißt) (?:ihr |du )?(?:schon )?wofür|weiß {ich} auch wofür"),
    ("suicide", "{drug} {gap}{0,3}(?:vor mir|neben mir)"),
    ("suicide", "{drug} (?:# )?{w}{0,8}(?:sollten|müssten|werden) (?:reichen|genügen)"),
    (
        "suicide",
        "(?:recherchiert|gegoogelt|gegooglet|informiert|nachgelesen|geguckt) "
        "{gap}{0,2}(?:wie|was|welche) (?:man es|{ich} es|es am|am|viel man) {gap}{0,2}"
        "(?:machen kann|macht|schnellsten|wenigsten|sichersten|braucht)",
    ),
    ("suicide", "was {ich} vor(?: )?habe"),
    (
        "suicide",
        "(?:wenn|sobald) (?:alle|er|sie|mein mann|meine frau) (?:schlafen|schläft)|"
        "(?:warte|wart) {gap}?nur noch (?:bis|auf)",
    ),
    (
        "suicide",
        "(?:meinem|meinen|mein|meiner|meine) (?:letzten |ersten |zweiten )?(?:suizid)?versuch",
    ),
    (
        "suicide",
        "(?:hab|habe) (?:{ich} )?(?:es|s|ichs) (?:# )?{w}{0,4}versucht (?:# "
        ")?{w}{0,8}(?:wieder|nochmal)",
    ),
    ("suicide", "lebensversicherung {gap}{0,3}(?:geprüft|gecheckt|nachgeschaut)"),
    (
        "suicide",
        "soll (?:halt|eben|doch) passieren was passiert|"
        "(?:vielleicht passiert|hoffe dass) (?:ja |mir )?(?:was|etwas) passiert",
    ),
    ("suicide", "{want} {fill}weg sein{end}|(?:will|möchte) {fill}mich {fill}auflösen"),
    (
        "suicide",
        "keine zukunft (?:mehr )?(?:vorstellen|vorzustellen)|sehe mich nicht in "
        "(?:einem|[0-9]+) jahr",
    ),
    ("suicide", "(?:kein|keinen) grund (?:mehr )?(?:zu bleiben|hier zu bleiben)"),
    (
        "suicide",
        "wozu (?:das alles )?noch{end}|(?:warte|warten) {gap}?(?:nur noch )?(?:# )?"
        "(?:dass|bis) es vorbei ist",
    ),
    ("suicide", "hoffe (?:# )?(?:dass )?(?:das )?alles bald vorbei ist"),
    ("suicide", "damit (?:es )?(?:keiner|niemand) (?:was )?(?:fragt|merkt|sieht|liest)"),
    (
        "suicide",
        "(?:wird|wirds|wird s|es) (?:heute|heut nacht|morgen) passieren|"
        "(?:wird|wirds) s? ?passieren{end}",
    ),
    ("suicide", "bin {ich} nicht mehr{end}"),
    ("suicide", "(?:beende|beend) (?:das|es) jetzt{end}"),
    ("suicide", "(?:war|wars|war s) (?:ne|eine) ehre"),
    (
        "self_harm",
        "(?:rückfall|rückfällig)(?! (?:# )?(?:mit|beim|bei|nach) (?:dem |den )?"
        "(?:rauchen|alkohol|trinken|zigaretten|zigarette|süßigkeiten|zucker|essen|naschen|"
        "schokolade|kiffen)(?![a-z]))",
    ),
    ("self_harm", "es ist wieder passiert"),
    ("self_harm", "hört nicht auf zu bluten|blut im waschbecken|pflaster sind alle"),
    ("self_harm", "(?:rasier)?klinge{end}|(?:ich )?muss nachher wieder{end}"),
    (
        "suicide",
        "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|[0-9]+) ist der "
        "tag{end}|(?:heut|heute) ist der (?:abend|tag|letzte abend){end}|(?:hab|habe) mich "
        "entschieden (?:# )?(?:heute|jetzt|morgen)(?: nacht)?{end}",
    ),
    ("suicide", "es ist (?:für [a-z]+ )?geplant{end}|alles (?:ist )?geplant{end}"),
    ("suicide", "(?:keiner|niemand) wird (?:mich|ihn|es) (?:aufhalten|stoppen)"),
    ("suicide", "(?:ihr|du|keiner|niemand) (?:werdet|wirst|wird) (?:nix|nichts|es nicht) merken"),
    (
        "suicide",
        "(?:heute|heut|morgen) (?:nacht |abend |früh )?(?:ist|isses) (?:es |alles )?vorbei{end}",
    ),
    (
        "suicide",
        "(?:bin|steh|stehe|sitz|sitze|ist|steht|sitzt) {gap}?(?:auf dem dach|auf der brücke|"
        "an der brücke|in der brückenmitte|am geländer|auf dem turm|im parkhaus ganz oben|"
        "an der talsperre|am offenen fenster)",
    ),
    ("suicide", "güterzug|welches hochhaus|heute nacht an der brücke"),
    (
        "suicide",
        "(?:stelle|ort|dach|brücke|schienen|gleise|hochhaus|klippe|geländer) {gap}{0,4}"
        "(?:angeschaut|angesehen|gemerkt)",
    ),
    (
        "suicide",
        "{drug} (?:von|aus dem|aus der) (?:# )?{w}{0,3}(?:meinem|meiner|meines) {gap}{0,3}"
        "(?:genommen|eingesteckt|geklaut|gestohlen|mitgenommen)",
    ),
    (
        "suicide",
        "(?:vierte|fünfte) (?:packung|schachtel)|hol {ich} die (?:vierte|fünfte)|"
        "(?:zähl|zähle) {gap}{0,2}(?:meine |die )?(?:tabletten|pillen)",
    ),
    (
        "suicide",
        "alle meine (?:tabletten|pillen) {gap}{0,3}umgefüllt|"
        "(?:schachteln|tabletten|pillen|packungen) (?:# )?{w}{0,5}versteckt",
    ),
    (
        "suicide",
        "(?:ist|wäre) das mein ausweg|(?:hab|habe) (?:{ich} )?(?:schon )?alles (?:dafür )?"
        "da{end}|alles (?:besorgt )?was {ich} (?:brauch|brauche)",
    ),
    ("suicide", "dann war s das{end}|dann weiß {ich} was {ich} (?:tu|tue|mache|zu tun habe)"),
    ("suicide", "# (?:ist|isses) es so ?weit{end}"),
    ("suicide", "(?:bin|ist) {ich} (?:dann )?(?:mal )?weg (?:# )?(?:richtig|endgültig) weg"),
    ("suicide", "hotelzimmer (?:# )?{w}{0,3}damit|damit {ich} es in ruhe (?:machen|tun) kann"),
    ("suicide", "(?:mach|mache) (?:{ich} (?:es|s)|ichs)(?: endlich)?{end}|mach ichs{end}"),
    ("suicide", "(?:beine|füße) (?:hängen|baumeln) (?:raus|runter|über)"),
    (
        "suicide",
        "(?:nicht geklappt|nicht funktioniert) (?:# )?{w}{0,3}diesmal|diesmal (?:mach {ich} "
        "(?:es |s )?|mach ichs |will {ich} )?{fill}(?:richtig|keinen fehler|keinen rückzieher|"
        "sicher sein)",
    ),
    ("suicide", "(?:nach|vor|seit) dem versuch|kurz davor zu sein"),
    ("suicide", "will nur (?:dass|das) (?:du|ihr|jemand) es (?:weißt|wisst|weiß)"),
    ("suicide", "leid (?:tut|tue) für alles|tut (?:ihm|ihr|mir) leid für alles"),
    (
        "suicide",
        "(?:sagt|gesagt|meint|schreibt) (?:# )?(?:dass )?(?:er|sie) (?:macht|mache) schluss"
        "(?! mit)",
    ),
    (
        "suicide",
        "soll (?:ihren|seinen) (?:hund|katze|kater) nehmen|(?:ne|eine) packung leer gemacht",
    ),
    ("suicide", "(?:jagdgewehr|gewehr|pistole|waffe) und (?:geht|gehe) in den wald"),
    ("suicide", "(?:werde|werd) (?:sie|ihn|es|das|die) nicht mehr brauchen"),
    (
        "suicide",
        "(?:du|ihr) (?:brauchst|braucht|musst|müsst) {gap}{0,3}(?:nicht mehr|nie mehr) "
        "(?:nach mir )?(?:zu )?(?:fragen|schreiben|erinnern|melden)",
    ),
    ("suicide", "(?:könnt|kannst) mir (?:irgendwann )?verzeihen|{ich} musste gehen{end}"),
    ("suicide", "jetzt bin {ich} bereit{end}|(?:kann|konnte) (?:das|es) nicht mehr weitermachen"),
    ("suicide", "(?:hab|habt) ein (?:gutes|schönes) leben"),
    (
        "suicide",
        "(?:danke für alles|es war schön mit euch|war schön mit euch|ihr wart die besten) "
        "(?:# )?{w}{0,4}(?:machts gut|macht s gut|macht es gut|gute nacht|tschüss)|"
        "(?:ihr lieben|ihr alle) (?:# )?es war schön mit euch",
    ),
    ("suicide", "passt auf (?:mama|papa|die kinder) auf"),
    ("suicide", "(?:verabschiede|verabschied) mich {gap}{0,2}von allen"),
    ("suicide", "meinen frieden gemacht{end}"),
    (
        "suicide",
        "kein check ?in mehr (?:# )?und morgen|(?:schaffst|schafft|schaffen) (?:das|es) (?:auch "
        ")?ohne mich",
    ),
    (
        "suicide",
        "(?:will|möchte) {fill}(?:niemandem|niemanden|keinem|nicht) mehr (?:stören|belasten|"
        "zur last fallen|ein problem sein|kosten){end}",
    ),
    ("suicide", "keine sorgen mehr mit mir|bald haben sie (?:# )?{w}{0,2}frei"),
    ("suicide", "grund warum alle leiden|genug gelitten wegen mir|besser {ich} geh(?:e)?{end}"),
    ("suicide", "{ich} (?:sollte|sollt) {fill}verschwinden{end}"),
    ("suicide", "{ich} koste {gap}{0,2}(?:nur|alle)|{ich} (?:mach|mache) dem ein ende{end}"),
    (
        "suicide",
        "(?:wie lange|wielang) (?:# )?{w}{0,4}aushalten bis es vorbei ist|"
        "es wird zeit (?:# )?(?:dass|das) (?:das|es|alles) aufhört",
    ),
    ("suicide", "(?:^|# )einfach weg sein{end}|leben {gap}{0,3}(?:wie )?(?:eine |ne )?strafe"),
    ("suicide", "(?:tagebuch|tagebücher) {gap}{0,3}(?:verbrannt|verbrennen|vernichtet)"),
    ("suicide", "mehr kann {ich} nicht (?:mehr )?für (?:sie|ihn|euch) tun"),
    (
        "suicide",
        "wer was (?:von meinen sachen )?(?:bekommt|kriegt)|alles (?:ist )?geregelt{end}|"
        "alles verschenkt|(?:verschenk|verschenke) {gap}{0,2}alles",
    ),
    (
        "suicide",
        "(?:erbe|konten|konto) (?:# )?{w}{0,3}(?:geregelt|aufgelöst)|alles was {ich} hatte{end}",
    ),
    (
        "suicide",
        "ohne mich hat (?:die|das|es) keinen sinn|(?:kommen|kommt) (?:die|sie|er|ihr) "
        "{gap}?(?:auch )?ohne mich klar|(?:werden|wird) mich nicht vermissen",
    ),
    ("suicide", "versorgt (?:# )?{w}{0,2}(?:auch )?ohne mich|ohne nachmieter"),
    (
        "suicide",
        "(?:hab|habe) (?:{ich} )?(?:mein|meine|meinem|meiner|die|das) (?:# )?{w}{0,5}(?:vermacht|"
        "überschrieben)",
    ),
    (
        "self_harm",
        "(?:^|# )(?:heute )?mit (?:der|dem) (?:schere|cuttermesser|klinge|rasierklinge|"
        "scherbe){end}",
    ),
    ("overdose", "doppelte menge (?:von allem )?genommen"),
    (
        "suicide",
        "(?:sagt|sag) {gap}{0,3}(?:# )?(?:dass|das) {ich} (?:sie|ihn|euch|ihm) {gap}?"
        "(?:liebe|lieb hab|geliebt hab)|(?:es )?tut mir (?:so )?leid (?:# )?{ich} (?:hab|habe) "
        "euch "
        "(?:alle )?lieb",
    ),
    ("self_harm", "(?:hab|habe|und) mich geschnitten{end}"),
    (
        "suicide",
        "jetzt (?:weiß|weiss) {ich} (?:wie|wann|wo)(?: und (?:wie|wann|wo))?{end}|"
        "jetzt (?:weiß|weiss) ichs{end}|und (?:weiß|weiss) (?:jetzt )?(?:wann|wie){end}",
    ),
    (
        "suicide",
        "{ich} (?:brauch|brauche) (?:es|die|das|sie|ihn|den) (?:ja |eh |sowieso )?nicht mehr{end}",
    ),
    (
        "suicide",
        "soll (?:einfach )?nicht fragen|jetzt kann {ich}{end}|{ich} muss weg (?:# )?länger",
    ),
    (
        "suicide",
        "lieb haben (?:werde|werd) (?:# )?egal was (?:passiert|kommt)|"
        "(?:tiere|hund|katze|katzen|kater|pferd) zum abschied|(?:mit allen|mit allem|mit der "
        "welt) frieden geschlossen|"
        "(?:damit|dass) (?:das|es) (?:noch )?gesagt (?:ist|wurde)",
    ),
    (
        "suicide",
        "(?:hör|höre) (?:{ich} )?(?:jetzt )?auf (?:damit )?(?:# )?für immer|"
        "deswegen (?:hör|höre) {ich} auf{end}|und koste nur{end}",
    ),
    (
        "suicide",
        "mit mir ist (?:ne |eine )?(?:belastung|last|qual)|"
        "wenn {ich} (?:niemanden|keinen) mehr (?:stören|belasten) (?:müsste|muss)",
    ),
    (
        "suicide",
        "auch wenn {ich} nicht mehr antworte{end}|macht (?:es|s) gut ihr lieben|"
        "danke an alle die (?:es )?(?:mit mir )?(?:versucht|probiert|ausgehalten) haben",
    ),
    (
        "suicide",
        "keine lust mehr auf morgen (?:# )?auf übermorgen|{ich} es damals versucht (?:habe|hab)",
    ),
    (
        "suicide",
        "warte {gap}?(?:nur )?(?:noch )?bis es dunkel (?:ist|wird)|"
        "wenn {ich} allein bin{end}|nur noch (?:anlauf nehmen|gas geben|loslassen)",
    ),
    (
        "suicide",
        "bis dahin (?:halt|halte) {ich} (?:noch )?durch|es wird (?:nach|am|an|im) "
        "(?:# )?{w}{0,3}(?:passieren|sein)|bahnsteigkante",
    ),
    (
        "suicide",
        "tschüss sagen (?:will|wollte) (?:# )?{w}{0,4}handy|"
        "(?:tabletten|pillen) schon (?:zuhause|zu hause|bereit) liegen",
    ),
    (
        "self_harm",
        "^(?:ich )?(?:hab|habe) mir (?:heute )?weh getan$|"
        "arme sind voller (?:kratzer|schnitte|narben)",
    ),
    # Trailing off after a time or a plan: "wenn mein Mann auf Montage ist... dann".
    ("suicide", "(?:und dann|# dann){end}|bis dahin{end}"),
    (
        "suicide",
        "(?:noch )?(?:zwei|drei|[0-9]+|ein paar) (?:tage|wochen|nächte) (?:# )?dann "
        "(?:hab ichs|hab {ich} es|ist es|ist alles) (?:hinter mir|vorbei)",
    ),
    (
        "suicide",
        "(?:heute nacht|heut nacht|heute abend|diese nacht) (?:probier|versuch|mach|tu) {ich} "
        "(?:es|s) (?:wieder|nochmal)",
    ),
    (
        "suicide",
        "(?:wenn|sobald|bis) (?:die kinder|meine eltern|mein mann|meine frau|die wg|"
        "meine schwester|meine freundin) {gap}{0,4}(?:weg|aus dem haus|bei ihrem vater|"
        "auf montage|leer) (?:ist|sind)",
    ),
    ("suicide", "(?:hab|habe) mir (?:vorgenommen|gesagt) bis (?:zum |zur )?[a-z]+(?: #|$| und)"),
    ("suicide", "(?:gleich|bald) ist es so ?weit|ein letztes mal{end}|mittel bestellt"),
    (
        "suicide",
        "(?:auf dem weg|unterwegs|fahr|fahre|geh|gehe|lauf|laufe) {gap}{0,3}(?:zur|zu der|"
        "auf die|an die) (?:brücke|klippe|kante|stelle)",
    ),
    # Another try: it will work next time, the same calm as back then.
    (
        "suicide",
        "(?:nächsten|dritte|dritten|neuen) (?:versuch )?(?:klappt|wird klappen)|(?:hatte|hab|habe) "
        "(?:schon )?(?:zwei|drei|2|3|mehrere) versuche|narben vom letzten mal",
    ),
    (
        "suicide",
        "(?:ruhe|gefühl) {w}{0,3}(?:wie damals|von damals|beim ersten versuch)|"
        "(?:beim ersten|beim letzten) versuch {w}{0,3}angefangen",
    ),
    # Affairs for after: a funeral of one's own, passwords left, letters to open later.
    ("suicide", "(?:meine|meiner|meinem|für meine|für die) (?:beerdigung|begräbnis|trauerfeier)"),
    ("suicide", "nach meinem tod|wenn {ich} tot bin|vollmacht"),
    (
        "suicide",
        "(?:passwort|passwörter|pins|zugangsdaten|kontonummer) {gap}{0,4}(?:für|liegt|liegen|"
        "im umschlag|neben|hinter|im portemonnaie|im küchenschrank|geschickt)",
    ),
    (
        "suicide",
        "(?:brief|briefe|umschlag|tagebuch) {w}{0,6}(?:erst (?:morgen|später|nächste woche)|"
        "später (?:zu )?lesen|finden sie|werden sie sie finden|da findet)",
    ),
    ("suicide", "(?:ist|war|lag) nicht (?:eure|deine) schuld|keine schuld (?:hat|habt|hast|haben)"),
    (
        "suicide",
        "(?:werd|werde) (?:euch|dich|sie|ihn) (?:nicht mehr|nie mehr|nie wieder) sehen|"
        "wir sehen uns (?:nicht|nie) (?:mehr|wieder)",
    ),
    (
        "suicide",
        "(?:brauch|brauche) (?:ja |eh |bald |sowieso )+(?:keins|keine|keinen|nichts|nix) mehr|"
        "(?:brauch|brauche) {gap}{0,2}bald (?:nicht|nix|nichts|keins|keine) mehr",
    ),
    (
        "suicide",
        "(?:gebracht|gegeben|verschenkt|gespendet|verteilt|abgegeben) (?:# )?{w}{0,3}alle{end}",
    ),
    (
        "suicide",
        "(?:meine|die) (?:sachen|bücher|kleider|kleidung|pflanzen|klamotten) {w}{0,4}(?:verschenkt|"
        "verteilt|gespendet|weggegeben)",
    ),
    (
        "suicide",
        "(?:hund|katze|katzen|kater|hamster|kaninchen|vogel|papagei|fische|pferd|haustier) "
        "{w}{0,8}(?:behalten|neues zuhause|ins tierheim|für immer|umgemeldet)",
    ),
    (
        "suicide",
        "(?:damit|dass|muss|soll) {w}{0,4}(?:danach|nachher|hinterher|nach mir) {w}{0,3}"
        "(?:keiner|niemand|nicht|nix)|(?:damit|dass) {w}{0,3}(?:später|nachher|danach) {w}{0,3}"
        "(?:hat|haben|findet|finden|weiß|wissen|rankommt)",
    ),
    (
        "suicide",
        "(?:schulden|rechnungen|kredit) {w}{0,8}(?:sitzen ?bleib|am hals|haftet|drauf sitzen)",
    ),
    (
        "suicide",
        "(?:abwesend|abwesenheit|auto ?reply) {w}{0,3}(?:ohne (?:end)?datum|nicht mehr erreichbar)|"
        "(?:gelöscht|formatiert|deinstalliert) {w}{0,6}(?:gelöscht|formatiert|alles weg|"
        "nichts mehr|besser so|danach)",
    ),
    (
        "suicide",
        "jetzt ist (?:alles erledigt|nichts mehr offen|alles gesagt)|mehr ist nicht zu tun|"
        "bereit zu gehen|zeit zu gehen{end}",
    ),
    # Worn out, in the way, no longer wanted: asked about.
    ("suicide", "# bald nicht mehr{end}|niemand braucht mich|die welt braucht mich nicht"),
    (
        "suicide",
        "(?:will|möchte|mag|mog|wui|wü) (?:{ich} )?{fill}(?:nimmer|nimma|nüm|nümme|nich mehr|"
        "net mehr|nimmer mehr){end}|nicht mehr mitmachen{end}",
    ),
    ("suicide", "{ich} (?:sollte|sollt) {fill}gehen (?:# )?bevor|einschlafen und fertig"),
    (
        "suicide",
        "(?:komme|komm|chume|kommt) {gap}?(?:nicht mehr|nie mehr|nie wieder|nüm|nümme|"
        "nicht wieder) (?:zurück|zrugg|heim)?{end}",
    ),
    ("suicide", "(?:redet|spricht|redete) {gap}{0,4}(?:vom sterben|vom tod|von suizid)"),
    ("overdose", "(?:schlaftabletten|schlafmittel|tabletten) (?:wirken|wirkt) schon"),
    ("self_harm", "pflaster reichen nicht|nähen lassen müssen|mich (?:selbst )?zu bestrafen"),
    ("self_harm", "(?:lange ärmel|langarm) {w}{0,6}warum"),
)

# --- Figures of speech -------------------------------------------------------------------------

_FIGURES: Final[Sequence[str]] = (
    # Dying of hunger, laughter, boredom; "vor dem Zug" is not a feeling, so no article.
    "(?:sterbe|sterben|sterb|stirbt|gestorben|tot|tod|umkommen|umkomme|vergehe|vergehen|"
    "umfallen|umfalle|umgefallen) vor "
    "(?!(?:dem|der|den|die|das|meinem|meiner|meinen|einem|einer|einen)(?![a-z]))[a-z]+",
    "zu tode [a-z]+",
    "tot ?(?:gelacht|lachen|lache|gearbeitet|geschuftet|geärgert|gelangweilt|geschämt|gefreut)",
    # Killing and dying *for* something: "ich könnt morden für einen Kaffee".
    "(?:morden|töten|sterben|umbringen) für",
    "für (?:(?!wenn |dass |ich |mich )[a-z]+ ){1,2}(?:sterben|morden|töten)",
    # Others, or things, killing me: "Mathe bringt mich um", "erschieß mich bitte".
    "(?:bringt|bringen|bringst) mich (?:[a-z]+ ){0,2}um",
    "(?:tötet|erschießt|erschieß|erschlagt|killt|bringt) mich(?: bitte| einfach| jetzt| "
    "sofort){0,4}",
    "(?<!ich )(?<!i )töte mich(?: bitte| einfach| jetzt| sofort){0,4}",
    "(?:killt|kill|killen) mich (?:wenn|falls|sobald)",
    # Cross with oneself, not a plan: "ich könnt mich erschießen, Schlüssel vergessen".
    "(?:könnt|könnte) mich (?:[a-z]+ )?(?:erschießen|ohrfeigen|in den arsch beißen|treten|"
    "schlagen|selbst schlagen)",
    "(?:könnt|könnte) mich umbringen (?:# )?(?:{ich} )?(?:hab|habe|schon wieder|so blöd|so dumm|"
    "weil {ich} (?:schon wieder|wieder|den|die|das|meinen|meine|mein))",
    # Reckless, not suicidal: "das ist doch Selbstmord", "bist du lebensmüde?".
    "(?:soziale[rn]?|politische[rn]?|berufliche[rn]?|finanzielle[rn]?|kommerzielle[rn]?) "
    "selbstmord",
    "(?:ist|wäre|wär) (?:doch |ja |echt |reiner |purer |glatter |quasi |der reinste |"
    "praktisch ){0,4}selbstmord",
    "bist du (?:[a-z]+ )?lebensmüde|wie (?:ein|eine) lebensmüde[a-z]*",
    # Sayings.
    "lieber tot als rot",
    # A saying, unless it goes on: "lieber tot als so weiterzumachen" is meant.
    "(?:würde|würd) (?:{ich} )?lieber sterben als"
    "(?! (?:so )?(?:weiterzumachen|weiter zu leben|weiterzuleben|zu leben|weiterleben)(?![a-z]))",
    "lieber (?:sterbe {ich}|sterben|tot) als"
    "(?! (?:so )?(?:weiterzumachen|weiter zu leben|weiterzuleben|zu leben|weiterleben)(?![a-z]))",
    "schlafen kann {ich} (?:# )?wenn {ich} tot bin",
    "(?:alle|wenn alle) stricke reißen",
    "(?:einen|nen) strick (?:daraus|draus) drehen",
    "angst(?: davor| dass {ich})? (?:# )?(?:nicht mehr|nie mehr|nie wieder) "
    "(?:aufzuwachen|aufwache)",
    # Kitchen, garden and sports accidents: how it happened comes first.
    "(?:beim|bei der|bei dem|am|an der|an dem|an einer|an einem|mit der|mit dem|mit einem|"
    "mit einer|vom|von der|aus versehen|bim|bi de|bi dr|mit em|mitm|mim) "
    "(?:(?!klinge|klingen|rasierklinge|rasierklingen|feuerzeug|füürzüg|zigarette|zigi|kippe|"
    "scherbe|absicht|absichtlich)[a-z]+ ){0,3}(?:geschnitten|verbrannt|verbrüht|verletzt|"
    "gestochen|aufgerissen|gekratzt|aufgeschürft|gschnitte|gschnittn|gschnitten|verbrennt|"
    "verbrännt)",
    "in (?:den |die |das |dem )?(?:stein|holz|baum|rinde|glas|tisch|bank) geri+tzt",
    # Nails, hair and hedges are cut too short; "halb so wild" after an accident.
    "(?:nagelhaut|nägel|nagel|fingernägel|fingernagel|zehennägel|zehennagel|haare|haar|pony|"
    "bart|spitzen|hecke|rasen) (?:[a-z]+ ){0,3}geschnitten",
    "(?:abgerutscht|zerbrochen|aus versehen|ausversehen|versehentlich|ausgerutscht|"
    "runtergefallen|kaputtgegangen) (?:[a-z]+ ){0,6}(?:geschnitten|verbrannt|verbrüht|verletzt)",
    "geschnitten (?:# )?(?:halb so wild|nix wildes|nichts wildes|autsch|aua)",
    # Bites and rashes scratched open.
    "(?:mückenstiche?|stiche?|schorf|pickel|ausschlag|neurodermitis|ekzem) (?:# )?(?:[a-z]+ ){0,5}"
    "(?:bis (?:es|sie) (?:blutet|bluten|geblutet)|blutig)",
    # Self-harm talked about, or left behind: "clean vom Ritzen", "die Serie über Ritzen".
    "(?:clean|frei) (?:vom|von) (?:ritzen|schneiden|svv|sv)|ritzfrei",
    "(?:über|zum thema|thema) (?:das )?ri+tzen",
    "(?:figur|charakter|protagonist|protagonistin|hauptfigur|romanfigur|serienfigur) "
    "(?:[a-z]+ ){0,3}(?:geri+tzt|ri+tzt)",
    # "Ich bring mich noch um mit diesen Schuhen": a complaint about the shoes.
    "(?:bring|bringe) mich noch um mit (?:diesen|diesem|dieser|dem ganzen|der ganzen)",
    "berühmte letzte worte",
    # Kilometres, not "kill myself".
    "(?:[0-9]+|paar|ein paar|viele|wenige|mehrere|die|der|few|couple of|some|many|more) kms",
    "kms (?:gelaufen|gerannt|gefahren|geradelt|gejoggt|gewandert|geschwommen)",
)

# Words that, shortly before a phrase, take it back: "nicht", "kein Ritzen mehr", "ohne",
# "früher hab ich mich geritzt", "niemandem zur Last fallen".
_DENIALS: Final = frozenset(
    {
        "nicht",
        "nich",
        "net",
        "ned",
        "nit",
        "nie",
        "niemals",
        "nimmer",
        "nimma",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "keins",
        "ohne",
        "niemand",
        "niemandem",
        "niemanden",
        "früher",
        "frueher",
        # The same in dialect: Swiss "nöd", "nid", "kei", "niemer"; Bavarian "koa", "neamd";
        # Saxon "ni"; northern "keen". ("nöt" is left out: folded, it is English "not".)
        "nöd",
        "nid",
        "ni",
        "kei",
        "keis",
        "keen",
        "koa",
        "koan",
        "niemer",
        "neamd",
        # "Eiswürfel statt Ritzen": the skill used instead.
        "statt",
        "anstatt",
    }
)

# A denial that belongs to an earlier thought, with no comma before a new "ich" or an "und":
# "ich kann nicht mehr ich will sterben", "kein Witz ich will mich umbringen", "ich kann nicht
# mehr und will nicht mehr leben". Each phrase is also tried from that word, so the denial is
# not read as taking back what follows.
_BRIDGE: Final = (
    "(?:nicht|nich|net|ned|nit|nie|niemals|nimmer|nimma|kein|keine|keinen|keinem|keiner|keins|"
    "ohne|niemand|niemandem)(?: [a-z]+){0,3} (?=(?:{ich}|und|aber) )(?:(?:{ich}|und|aber) )?"
)


def _with_bridges(kind: Kind, sources: Sequence[str]) -> list[tuple[Kind, str]]:
    """Each pattern of one kind, spelt out, and all of them again after a denial that ended its
    thought (one bridge before them all: half the alternatives to try at each word)."""
    spelt = [_spelt(source) for source in sources]
    bridged = _spelt(_BRIDGE) + "(?:" + "|".join(f"(?:{source})" for source in spelt) + ")"
    return [(kind, source) for source in [*spelt, bridged]]


LEXICON = Lexicon(
    language="de",
    crisis=(
        *_with_bridges(
            "suicide",
            (
                *_SUICIDE,
                *_PLANS,
                *_WISHES,
                *_FAREWELLS,
                *_SLANG,
                *_PASSIVE,
                *_ANOTHER_TRY,
                *_BURDEN,
                *_GOODBYES,
                *_METHODS,
                *_TOLD_OTHERWISE,
                *_DIALECT,
                *_PASSIVE_MORE,
                *_AFFAIRS_MORE,
                *_PLANS_MORE,
                *_GOODBYES_MORE,
                *_ANOTHER_TRY_MORE,
                *_OTHERS_AT_RISK,
            ),
        ),
        *_with_bridges(
            "self_harm",
            (
                *_SELF_HARM,
                *_SELF_HARM_ACTS,
                *_SELF_HARM_MORE,
                *_SELF_HARM_TOLD,
                *_SELF_HARM_DIALECT,
            ),
        ),
        *_with_bridges(
            "overdose", (*_OVERDOSE, *_OVERDOSE_MORE, *_OVERDOSE_TOLD, *_OVERDOSE_DIALECT)
        ),
    ),
    named=tuple((kind, _spelt(source)) for kind, source in _NAMED),
    figures=tuple(_spelt(source) for source in _FIGURES),
    denials=_DENIALS,
)
