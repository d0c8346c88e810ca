"""The phrase layer of the crisis screen: suicide, self-harm and overdose, said in words we know.

The rules are plain regular expressions, grouped by kind, matched against a normalised copy
of the message (see `normalise`). Before matching, everyday figures of speech that share
words with crisis language ("I could just die of embarrassment") are blanked out, so a
message holding both an idiom and a real crisis phrase is still caught.

Leaning: a gentle, unneeded crisis message costs little; a missed one can cost a lot. When a
phrase is ambiguous we answer it, and only idioms that are clearly everyday are let through.
Pure rules: no bot imports.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

Kind = Literal["suicide", "self_harm", "overdose"]


# --- How patterns are written -------------------------------------------------------------
#
# Patterns run on normalised text: lowercase ASCII words separated by single spaces, with
# " # " where a clause ended (. ! ? , ; : or a new line), apostrophes dropped and spoken
# forms spelt out ("can't" -> "can not", "wanna" -> "want to", "im" -> "i am").
# So write "can not", "want to", "i am", and use a single space between words.
#
# Placeholders, filled in before compiling:
#   {fill}  a run of up to six softening words ("just ", "really honestly ") or nothing
#   {end}   the end of a clause: what came before was the whole thought
#   {edge}  the end of a word, to close lookaheads: "(?! (?:to|for){edge})" spares "tomorrow"
#   {drug}  the words people use for medicines and drugs
#   {living}  staying alive or going on ("live", "keep going", "stay alive"...)
#   {self}  "myself", "my self" and their usual typos ("myslef")
#   {anymore}  "anymore", "any more", "no more"
# A doubled letter also matches a single one, because stretched words are squeezed
# ("killlll" -> "kil"): write "kill", not "kil". No backslashes, no capturing groups.

_FRAGMENTS: Final[Mapping[str, str]] = {
    # Any "-ly" word stands in for the adverbs (really, honestly, literally, truly...): the
    # whole word is taken and its end checked, rather than trying "ly" at every letter.
    # The run is capped so work stays linear in the text: rules start inside runs ("of" in
    # "kind of kind of ..."), and an unbounded run would be read again from every start.
    "fill": (
        "(?:(?:[a-z]++(?<=[a-z]ly)|just|so|even|still|kind of|sort of|fuc?kin|fucking|"
        "freaking|all|maybe|sometimes) ){0,6}"
    ),
    "end": "(?= #|$)",
    "edge": "(?![a-z0-9])",
    "anymore": "(?:any ?more|no more)",
    "self": "(?:my ?self|my ?slef|my ?slf|my ?sefl|my ?sel|me ?self|mself)",
    # Going on living, in its many spellings; "go on" only when the thought ends there,
    # so "go on the trip" is left alone.
    "living": (
        "(?:keep )?(?:live|living|be alive|being alive|stay alive|staying alive|exist|"
        "existing|be here|being here|keep living|wake up|waking up|"
        "(?:go|going|carry|carrying) on{end}|keep going{end})"
    ),
    "drug": (
        "(?:sleeping (?:pills|tablets|meds)|pills|pill|tablets|tabs|meds|medication|"
        "medications|medicine|medicines|painkillers|paracetamol|tylenol|acetaminophen|"
        "ibuprofen|aspirin|antidepressants|insulin|opioids|opiates|heroin|fentanyl|oxy|"
        "oxycodone|xanax|benzos|valium|lithium|prescription)"
    ),
}

SUICIDE_PATTERNS: Final[Sequence[str]] = (
    # Slang that exists to say it without saying it.
    "sewer ?slides?",
    "un ?aliv(?:e|ed|es|ing)",
    "self ?delet(?:e|ed|es|ing|ion)",
    "kms",
    "ctb",
    # "kys" is usually hurled at someone else; only answer it when it is about oneself.
    "(?:i|ill|i will|should|might|going to|want to|about to|need to|have to|got to) {fill}kys",
    "kill(?:ed|ing|s)? {self}",
    "(?:hang|hanging|hanged|hung|shoot|shooting|shot|drown|drowning|poison|poisoning|"
    "suffocate|suffocating|gas|gassing) {self}",
    "(?:going to|want to|about to|should|might|will|ill) {fill}off {self}",
    "end(?:ed|ing|s)? my (?:own )?(?:life|self)",
    "end {self}",
    # "take my life back" is what rebuilding sounds like; never confuse the two.
    "t(?:ake|aking|ook) my (?:own )?life"
    "(?! (?:back|in|into|one|more|seriously|forward|apart|over|slowly|step|day|a){edge})",
    "end(?:ing)? it all",
    # "end it" / "end things" needs intent before it, and not "with him" after it.
    "(?:want to|wanted to|going to|ready to|about to|plan to|planning to|decided to|"
    "need to|should|will|ill|might|have to|time to|tempted to|try to|tried to|urge to|"
    "telling me to|got to) {fill}end (?:it|things|everything)"
    "(?! (?:with|between|off|for|on|early|at){edge})",
    "(?:i|ill) {fill}end (?:it|things|everything)(?! (?:with|between|off|for|on|early|at){edge})",
    "(?:about|of|like|considering|contemplating|close to) {fill}ending (?:it|things|everything)"
    "(?! (?:with|between|off|for|on|early|at){edge})",
    # Wanting to die, stated or wished.
    "(?:want|wanted|wanting|need|ready|deserve|deserved|long|longing) to {fill}die",
    "(?:wish|hope|pray) (?:that )?i {fill}(?:(?:could|would|will|can) {fill})?die",
    "(?:i should|let me|let myself) {fill}die",
    "(?:thinking|thought|think|thoughts|dreaming) (?:about|of) {fill}dying",
    "(?:want to|wish i (?:was|were)|i should|i deserve to|rather|better off) {fill}(?:be )?dead",
    "should (?:have|of) {fill}died",
    "wish i (?:(?:had|would have) )?died",
    "wish i (?:(?:was|were|would|had|would have) )?(?:never|not) (?:have )?(?:been )?born",
    "wish i (?:was|were) not (?:alive|here|around)",
    "wish i did not exist",
    "(?:want to|wish i could|like to|need to|going to|ready to) {fill}(?:stop (?:existing|living|"
    "breathing|being alive)|not exist|cease to exist|fade away|vanish)",
    "(?:want|wish|need) (?:to be|i was|i were|i could be) {fill}gone(?: forever| for good)?{end}",
    "(?:go to|fall a?) ?sleep forever",
    "feel like (?:dying|death)",
    "(?:do not want to|can not) {fill}do (?:life|this life) {anymore}",
    "want out of (?:this|my) life",
    "(?:imagining|imagine|planning|plan|picturing) my (?:own )?funeral",
    "sorry for everything (?:# )?(?:goodbye|bye|i love you)",
    "if i am (?:gone|dead|not here|not around) (?:tomorrow|tonight|by morning|in the morning)",
    "hate (?:being alive|existing|that i am alive|that i exist)",
    "give up on (?:life|living)",
    "(?:will not|am not going to|not going to) be (?:here|around) (?:much longer|for much longer|"
    "for long|{anymore}){end}",
    # Disappearing: answered unless it is plainly a holiday ("for a week", "to a cabin").
    "(?:want to|wish i could|like to|need to) {fill}disappear"
    "(?! (?:for|to|on|into|from|under|off|with|until|till|somewhere){edge})",
    "disappear (?:forever|for good|for ever|completely)",
    # Not wanting to be alive, or to go on.
    "(?:do not|no longer|never) {fill}want to {fill}(?:be alive|exist|be here {anymore}|"
    "live {anymore}|live like this|live{end}|wake up {anymore}|wake up again|wake up{end}|"
    "go on{end}|go on (?:living|like this|{anymore})|keep (?:living|going{end}|going {anymore})|"
    "be around {anymore}|carry on{end}|be on this earth|be in this world)",
    "(?:sleep|asleep|bed) and {fill}(?:never|not) wake up",
    "(?:hope|wish|want|pray) (?:that )?i (?:(?:would|will|do|could) )?(?:never|not) wake up"
    "(?! (?:late|early|at|before|on time|in time|too|with|tired|grumpy|sick|until){edge})",
    "no {fill}(?:reason|point) (?:for me )?(?:in |to |of )?{fill}{living}",
    "(?:not|never|can not|could not) {fill}(?:see|find|think of|have) (?:any|a|one|the) {fill}"
    "(?:reason|point) (?:in |to |of )?{fill}{living}",
    "nothing (?:left )?to live for",
    "no point (?:in )?(?:me being here|{anymore}{end}|to anything|in anything|to life|in life)",
    "what is {fill}the point (?:of|in) (?:me )?{fill}(?:{living}|life|me|anything)",
    "what is the point {anymore}",
    "not worth living",
    "life is not worth (?:it|living)",
    "(?:there is|i see|see|i have|have|with) no (?:other )?way out"
    "(?: for me| {anymore}| of this)?{end}",
    "(?:not|never|can not|could not) {fill}see (?:a|any|another|other) way out",
    "why am i {fill}(?:still )?alive",
    "why am i still here{end}",
    "why (?:should|do) i {fill}(?:bother )?(?:keep living|stay alive|go on living|be alive)",
    "(?:tired|sick|done|exhausted) (?:of|with) (?:living|being alive|life|existing|being here)",
    # "I can't do this anymore": the brief is clear this is answered, whatever "this" is.
    "can not {fill}(?:do|take|handle|cope with|deal with|bear|stand) (?:this|it|life|"
    "any of this|this life) {anymore}",
    "can not {fill}(?:cope|go on|carry on|keep going|continue|do it|do this)"
    "(?: like this| {anymore}| without (?:her|him|them|you))?{end}",
    "can not {fill}(?:keep living|go on living|live like this|live with myself|live {anymore})",
    "can not {fill}{anymore}{end}",
    # "anymore" after a plain "can" still means "can't": "I don't think I can go on anymore".
    "(?:can|could) {fill}(?:go on|carry on|keep going|do this|do it|take it|take this|cope|"
    "keep living) {anymore}",
    # Believing others would be better off.
    "(?:better|happier|easier|simpler|lighter)(?: off)?(?: for everyone)? (?:without me|"
    "if i {fill}(?:was|were|had) (?:dead|gone|died|never born|never been born|not here|"
    "not around|not alive)|if i {fill}died|when i am (?:gone|dead)|not existing|not being here|"
    "not being alive|not alive)",
    "(?:no one|nobody|no body|noone) {fill}(?:(?:would|will|could|is going to|ever) {fill})?"
    "(?:miss me|care if i (?:die|died|was gone|were gone|disappeared|was dead|killed myself|"
    "was not here)|notice if i (?:was gone|were gone|died|disappeared|was not here))",
    "(?:would|will|does) anyone {fill}(?:miss me|care if i (?:die|died|was gone|were gone|"
    "disappeared|was dead)|notice if i (?:was gone|were gone|died|disappeared))",
    "cares? (?:if|whether) i (?:live or die|die|am dead)",
    "(?:i am|i feel like|i feel|i have become|i will always be) {fill}"
    "(?:(?:such|nothing but|only|always|just|a|the|a huge|a total|so much of) ){0,6}burden"
    "(?! (?:to|on|for) (?:nobody|no one|anyone){edge})",
    "(?:tired of|sick of|stop|done) being (?:such )?a burden",
    "better off (?:dead|gone|not here|not existing)",
    "burden (?:to|on|for) (?:everyone|everybody|my family|my friends|my kids|my parents|"
    "my partner|them|all of you|people|the people around me)",
    # Saying goodbye, putting things in order.
    "this is (?:my )?goodbye(?! to{edge})",
    "(?:my|a) (?:final|last) goodbye",
    "goodbye (?:forever|for good|world|cruel world)",
    "saying my (?:final |last )?goodbyes?",
    "this is my last (?:message|text){end}",
    "(?:goodbye|farewell) (?:note|letter)",
    "(?:written|wrote|writing|finished) my (?:final |last |goodbye )?note"
    "(?! (?:on|about|in|from|for (?:school|work|class|the)){edge})",
    "my affairs in order",
    "(?:giving|gave|give) away (?:all )?my (?:things|stuff|belongings|possessions)",
    # Places and ways, named only so they are recognised; the bot never repeats them.
    "noose",
    "(?:drive|driving|drove|crash|crashing|steer|steering) (?:my car |the car |{self} )?"
    "(?:off|into) (?:a|the) (?:cliff|bridge|wall|tree|river|lake|oncoming traffic)",
    "(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping) (?:off|from|"
    "in front of|under) (?:a|the|this|that) (?:bridge|building|roof|cliff|train|car|bus|"
    "truck|lorry|balcony|window|tower)",
    "want (?:it all|everything|my life|all of it|all of this|life) to {fill}(?:end|stop|be over)",
    "want it to (?:end|be over){end}",
)

SELF_HARM_PATTERNS: Final[Sequence[str]] = (
    "harm(?:ing|ed)? {self}",
    "(?:cut|cuts|cutting) {self}",
    # "Cutting" on its own, as people say it about self-harm; "cutting back" is left alone.
    "(?:been|started|start|stop|stopped|keep|kept|urge to|urges to|want to|relapsed and|"
    "back to|quit) {fill}cut(?:ting)?(?: again)?{end}",
    "(?:i|i am|i have been|been|started|start) {fill}cut(?:ting)? again",
    "sh (?:urges|urge|scars|relapse|wounds)",
    "relapsed (?:on|with|into) sh",
    "{self} (?:until|till|til) (?:i|it) (?:bled|bleed|bleeds|bruised)",
    "(?:cut|cutting|slit|slitting|slash|slashing|slice|slicing) my (?:wrists?|arms?|"
    "thighs?|legs?|skin|stomach|hips?)",
    "(?:burn|burns|burning|burned|burnt) {self}",
    "(?:hurting|starving|starve) {self}",
    # "I hurt myself" is usually the gym or the stairs; answer it when there is intent.
    "(?:want|wanted|need|going|urge|urges|tempted|trying|tried|about|ready|like) to {fill}"
    "hurt {self}",
    "(?:wish i could|might|could|will|ill|should) {fill}hurt {self}",
    "hurt {self} (?:again|on purpose|deliberately|intentionally)",
    # Any hurt done on purpose, a few words on: "burned my arm with a lighter on purpose".
    "(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|hit|hitting|scratched|scratching|"
    "bruised|bit|punched) (?:{self}|my [a-z]+)(?: [a-z]+)?(?: [a-z]+)?(?: [a-z]+)? "
    "(?:on purpose|deliberately|intentionally)",
)

OVERDOSE_PATTERNS: Final[Sequence[str]] = (
    # "OD" needs someone doing it; "odd" is kept apart by the squeezing rules.
    "(?:i|to|going to|want to|about to|try to|tried to|might|will|ill|could|should|"
    "plan to|planning to|decided to) {fill}od(?:ed|ing)?",
    "(?:about|of|considering) {fill}od(?:ing)?",
    "(?:took|take|taking) an od",
    "od on (?:my |some |the |all my |all the |all of my )?(?:[a-z]+ )?{drug}",
    "(?:took|take|taking|swallowed|swallow|swallowing|downed|down|downing|popped|pop|"
    "popping|ate|eat|had) (?:way |far )?(?:too|to) many {drug}",
    "(?:take|taking|took|swallow|swallowed|swallowing|down|downed|downing|pop|popped) "
    "all (?:of )?(?:my|the|these|those) {drug}"
    "(?: at once| at the same time| in one go| together| tonight| now)",
    "(?:take|took|taking|swallow|swallowed|swallowing|down|downed|pop|popped|ate) "
    "(?:a|the|an|my) (?:whole |entire |full )?(?:bottle|box|packet|pack|handful|strip|jar|"
    "tub|blister pack) of (?:my |the )?{drug}",
    "(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
    "stashing|stashed) (?:up )?(?:my |some |all my |enough )?{drug}",
    "{drug} (?:saved|stockpiled|stashed|hoarded)(?: up)?",
    # All of a medicine nobody takes all of at once; plain "all my meds" is a daily routine.
    "(?:take|taking|took|swallow|swallowed|swallowing|down|downed|downing|pop|popped|"
    "have taken|just took) all (?:of )?(?:my|the) "
    "(?:sleeping (?:pills|tablets|meds)|painkillers|paracetamol|tylenol|acetaminophen|"
    "ibuprofen|aspirin|insulin|opioids|opiates|xanax|benzos|valium)",
    # Past tense and a big number or handful: "took a bunch of pills", "took 30 tablets".
    "(?:took|swallowed|downed|popped|ate|have taken|just took) (?:a bunch of|a handful of|"
    "loads of|heaps of|lots of|[0-9][0-9]+) (?:of )?(?:my |the )?{drug}",
    "enough {drug} to (?:die|end it|kill|not wake up|never wake up)",
)

# Naming the subject without saying what one means to do: a nurse's shift, an essay, a
# recovery milestone and a cry for help all use these words. Found alone, they lead to the
# gentle check, and the semantic layer may still judge the message a crisis.
NAMED_PATTERNS: Final[Sequence[tuple[Kind, str]]] = (
    # Suicide, suicidal, in the spellings people reach for: suicde, sucidal...
    ("suicide", "su[iae]?[cs][iy]?d(?:e|es|al|ial|ally|ality)?"),
    ("self_harm", "self ?harm(?:ing|ed|s)?"),
    ("overdose", "over ?dos(?:e|es|ed|ing)"),
)

# A few words before a phrase that deny or distance it: "not suicidal", "never wanted to hurt
# myself", "clean from self harm", "I used to cut". The phrase is then not taken as said; the
# semantic layer still reads the whole message.
DENIALS: Final = frozenset({"not", "never", "no", "zero", "free", "clean", "without", "used"})
DENIAL_REACH: Final = 3

# Everyday figures of speech that share words with the patterns above. Each span found is
# blanked before matching, so only the idiom is forgiven, not the rest of the message.
FIGURES_OF_SPEECH: Final[Sequence[str]] = (
    # "I could just die of embarrassment", "dying of boredom": decided everyday. Dying
    # *of* a feeling is hyperbole; "I want to die" on its own is still answered.
    "(?:die|dying|died) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|"
    "cringe|cuteness|jealousy|envy|excitement|happiness|curiosity|hunger|thirst|heat|"
    "old age|natural causes)",
    "(?:die|died|dying) laughing",
    # "die my hair" is a common misspelling of dye.
    "(?:die|dye|dying|died|dyed|dyeing) (?:my|her|his|their|your|the) (?:hair|beard|roots|"
    "eyebrows|clothes|shirt|jeans|fringe|bangs)",
    # "I'd rather die than go to that party."
    "rather (?:die|be dead) than",
    # Laughing hard, or working too hard.
    "kill(?:ed|ing)? {self} (?:laughing|with laughter)",
    "killing {self} (?:at work|working|trying to|to (?:get|finish|make|pay)|over (?:this|"
    "that|it|work)|with (?!(?:[a-z]+ )?{drug}{edge})(?:work|these|this|those|the|early|late|"
    "long|all)(?: [a-z]+)?)",
    # Self-compassion and distance, not blades.
    "cut(?:ting)? {self} (?:off|some slack|a slice|a piece|a break|a deal|in on)",
    # Kitchen, garden and gym accidents: the context after the words says what happened.
    "(?:cut|cuts|cutting|burned|burnt|burn|burning|hurt|hurting) (?:{self}|my (?:arm|arms|"
    "leg|legs|hand|hands|finger|fingers|thumb|foot|knee|wrist|wrists|thigh|thighs|back|"
    "skin)) (?:on (?:a|an|the|some|my)|shaving|while|with (?:the|a|my) (?:kettle|knife|iron|"
    "oven|stove|pan|razor|scissors)|chopping|slicing|cooking|baking|gardening|ironing|"
    "making|at the gym|at work|playing|running|climbing|by accident)",
    "accidentally (?:cut|cuts|burned|burnt|hurt) (?:{self}|my [a-z]+)",
    # "Overdosed on chocolate" is everyday: an overdose *on* something that is not a
    # medicine or a drug is let through; on pills, meds or drugs it is answered.
    "over ?dos(?:e|es|ed|ing) on (?!(?:my |some |the |all my |all the |a bunch of |these |"
    "those |a lot of |loads of )?(?:[a-z]+ )?{drug}{edge})[a-z]+",
    # Kilometres: "ran 5 kms", "a few kms".
    "(?:[0-9]+|a few|few|many|several|some|more|extra|a couple of|couple of|the|those|"
    "hundreds of|thousands of|lots of|of) kms",
    "suicide squad",
    # Rebuilding and leaving, not ending: "taking my life back", "ended it with him".
    "t(?:ake|aking|ook|aken) my (?:own )?life back",
    "end(?:ed|ing|s)? (?:it|things) with (?:him|her|them|my [a-z]+)",
    "(?:shoot|shot|shooting) {self} in the foot",
    "drown(?:ing|ed)? {self} in (?:work|coffee|tea|wine|paperwork|books|music|tv|netflix|"
    "chores|study|studies|emails|homework)",
)

# Spoken and texted forms, spelt out so patterns only need one spelling. Keys are already
# squeezed where stretching would change them ("wannna" -> "wana").
SPOKEN_FORMS: Final[Mapping[str, str]] = {
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gotta": "got to",
    "gota": "got to",
    "imma": "i am going to",
    "ima": "i am going to",
    "tryna": "trying to",
    "kinda": "kind of",
    "sorta": "sort of",
    "im": "i am",
    "ive": "i have",
    "id": "i would",
    "cant": "can not",
    "cannot": "can not",
    "canot": "can not",
    "dont": "do not",
    "dnt": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "wont": "will not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "aint": "am not",
    "theres": "there is",
    "whats": "what is",
    "thats": "that is",
    "its": "it is",
    "itd": "it would",
    "itll": "it will",
    "everyones": "everyone is",
    "theyd": "they would",
    "youd": "you would",
    "noone": "no one",
    "u": "you",
    "ur": "your",
    "2": "to",
}


# Only the names above are placeholders, so a regex count like "{0,6}" is left as it is.
_PLACEHOLDER: Final = re.compile("{(" + "|".join(_FRAGMENTS) + ")}")


def _filled(source: str) -> str:
    """The source with its placeholders filled, including those inside fragments."""
    filled = _PLACEHOLDER.sub(lambda placeholder: _FRAGMENTS[placeholder[1]], source)
    return filled if filled == source else _filled(filled)


def _rule(source: str) -> str:
    """One readable pattern as regex source: placeholders filled, doubled letters optional."""
    if "\\" in source:
        raise ValueError(f"safety patterns are written without backslashes: {source!r}")
    return re.sub(r"([a-z])\1", r"\1\1?", _filled(source))


# --- Compiling for speed ---------------------------------------------------------------------
#
# Python's re tries the alternatives of a pattern one after another at every word, and can
# skip one cheaply only when it starts with a plain character. So the rules are merged into
# one tree: rules that start alike share that start, atom by atom ("want to {fill}die" and
# "want to {fill}disappear" read "want to {fill}" once, then "di", then split), and a
# leading group is split by its choices ("(?:want|need) to die" is filed under "w" and "n")
# for the first few atoms. At each word re then compares a few characters and follows one
# branch, instead of trying every rule and reading the softening words again for each. Text
# and patterns start words with a space, so matching is only tried where a word begins. The
# tree is large and takes a tenth of a second or two to compile, so it is built on the first
# screening rather than at import.
_SPLIT_DEPTH: Final = 6
# Longest first, so "*+" is not read as "*" followed by a stray "+".
_QUANTIFIERS: Final = ("*+", "++", "?+", "*?", "+?", "??", "*", "+", "?")


def _top_level_bars(source: str) -> list[int]:
    """Positions of the '|' that separate the alternatives of source itself."""
    bars, depth, in_class = [], 0, False
    for position, char in enumerate(source):
        if char in "[]":
            in_class = char == "["
        elif not in_class and char in "()":
            depth += 1 if char == "(" else -1
        elif not in_class and char == "|" and depth == 0:
            bars.append(position)
    return bars


def _alternatives(source: str) -> list[str]:
    """Source split at its top-level '|'."""
    edges = [-1, *_top_level_bars(source), len(source)]
    return [source[start + 1 : stop] for start, stop in itertools.pairwise(edges)]


def _group_end(source: str) -> int:
    """Index of the ')' closing the group that source starts with."""
    depth = 0
    for position, char in enumerate(source):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return position
    raise ValueError(f"unbalanced group in {source!r}")


def _atom_length(source: str) -> int:
    """Length of the atom source starts with: a character, class or group, and its quantifier."""
    if source.startswith("("):
        end = _group_end(source) + 1
    elif source.startswith("["):
        end = source.index("]") + 1
    else:
        end = 1
    if source.startswith("{", end):
        end = source.index("}", end) + 1
        return end + len(next((q for q in "+?" if source.startswith(q, end)), ""))
    return end + len(next((q for q in _QUANTIFIERS if source.startswith(q, end)), ""))


def _after_first_atom(source: str, splits: int) -> dict[str, list[str]]:
    """What may follow each possible first atom of source ("" stands for the empty source).

    While `splits` lasts, a leading group that is plain or optional is split by its choices,
    each first atom keeping one copy of what follows the group: "(?:want|need) to die" gives
    "w": ["(?:ant) to die"] and "n": ["(?:eed) to die"].
    """
    if not source:
        return {"": [""]}
    length = _atom_length(source)
    atom, rest = source[:length], source[length:]
    if splits <= 0 or not atom.startswith("(?:") or not atom.endswith((")", ")?")):
        return {atom: [rest]}
    ends: dict[str, list[str]] = {}
    for choice in _alternatives(atom[3 : atom.rindex(")")]):
        for first, remainders in _after_first_atom(choice, splits).items():
            ends.setdefault(first, []).extend(remainders)
    # An empty choice makes the group optional, like a "?" after it.
    optional = ends.pop("", None) is not None or atom.endswith("?")
    split = {first: [_one_of(remainders) + rest] for first, remainders in ends.items()}
    for first, remainders in _after_first_atom(rest, splits).items() if optional else ():
        split.setdefault(first, []).extend(remainders)
    return split


def _one_of(sources: Sequence[str]) -> str:
    """Sources as one atom that matches any of them."""
    unique = list(dict.fromkeys(sources))
    return unique[0] if len(unique) == 1 else f"(?:{'|'.join(unique)})"


def _trie(sources: Sequence[str], splits: int) -> str:
    """Sources as one alternation in which sources that start alike share that start."""
    by_atom: dict[str, list[str]] = {}
    for source in sources:
        for atom, remainders in _after_first_atom(source, splits).items():
            by_atom.setdefault(atom, []).extend(remainders)
    # A source that ends here matches nothing more; last, so longer matches are tried first.
    ends_here = [""] if by_atom.pop("", None) is not None else []
    branches = [_branch(atom, rests, splits - 1) for atom, rests in by_atom.items()]
    return "|".join([*branches, *ends_here])


def _branch(atom: str, rests: Sequence[str], splits: int) -> str:
    """The atom followed by whichever of rests matches, they too merged as a tree."""
    unique = list(dict.fromkeys(rests))
    return atom + unique[0] if len(unique) == 1 else f"{atom}(?:{_trie(unique, splits)})"


def _indexed(sources: Sequence[str]) -> re.Pattern[str]:
    """Whole-word matcher for the rules, with alternatives grouped by their first letters."""
    return re.compile(f" (?:{_trie([_rule(s) for s in sources], _SPLIT_DEPTH)})(?![a-z0-9])")


def _plain(sources: Sequence[str]) -> re.Pattern[str]:
    """Whole-word matcher for the rules as written: small, for checking one spot."""
    matcher = re.compile(f" (?:{'|'.join(_rule(s) for s in sources)})(?![a-z0-9])")
    if matcher.groups:
        raise ValueError("safety patterns use (?:...) groups only")
    return matcher


@dataclass(frozen=True, slots=True)
class _Matchers:
    """The compiled rules."""

    figures: re.Pattern[str]
    named: re.Pattern[str]
    named_kinds: Sequence[tuple[Kind, re.Pattern[str]]]
    # One pass over the words finds any crisis phrase; which kind it was is asked after.
    crisis: re.Pattern[str]
    kinds: Sequence[tuple[Kind, re.Pattern[str]]]


_PATTERNS_BY_KIND: Final[Sequence[tuple[Kind, Sequence[str]]]] = (
    ("suicide", SUICIDE_PATTERNS),
    ("self_harm", SELF_HARM_PATTERNS),
    ("overdose", OVERDOSE_PATTERNS),
)


@functools.cache
def _matchers() -> _Matchers:
    """The rules compiled, once, on first use: it takes a few tenths of a second."""
    return _Matchers(
        figures=_indexed(FIGURES_OF_SPEECH),
        named=_indexed([pattern for _, pattern in NAMED_PATTERNS]),
        named_kinds=tuple((kind, _plain([pattern])) for kind, pattern in NAMED_PATTERNS),
        crisis=_indexed([p for _, patterns in _PATTERNS_BY_KIND for p in patterns]),
        kinds=tuple((kind, _plain(patterns)) for kind, patterns in _PATTERNS_BY_KIND),
    )


# --- Normalising ---------------------------------------------------------------------------

# Curly and stray apostrophes become plain ones first; then all go, so "can't", "can’t" and
# "cant" read the same.
_APOSTROPHE_LOOKALIKES: Final = "’‘ʼ´′"
# "OD'd" would lose its apostrophe and read as "odd".
_OD_PAST: Final = re.compile("od'd(?![a-z])")
# An ellipsis is hesitation inside a thought ("I want to... die"), not the end of one.
_ELLIPSIS: Final = re.compile(r"\.\.+")
_CLAUSE_MARKS: Final = ".!?,;:\n\r"
# Every ASCII character that is not a letter or digit: clause marks become "#", the rest a
# space. One-to-one, so str.translate takes its fast path.
_ASCII_WORDS: Final = str.maketrans(
    {
        chr(code): "#" if chr(code) in _CLAUSE_MARKS else " "
        for code in range(128)
        if not chr(code).isalnum() and chr(code) != "'"
    }
)
# "?!" or a blank line is still one break.
_CLAUSE_BREAKS: Final = re.compile(r"#[#\s]*")
_COMBINING_MARKS: Final = re.compile("[\u0300-\u036f]")
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
# Three or more of one letter are someone stretching a word ("diiie", "nooo"); two may be
# its spelling ("kill", "odd"), so they stay.
# Spelt "ooo+" rather than "o{3,}": re skips ahead to a plain start like "oo" quickly, but
# tries a repeat at every character.
_STRETCHED: Final[Mapping[str, re.Pattern[str]]] = {
    letter: re.compile(f"{letter * 3}+") for letter in _LETTERS
}


def normalise(text: str) -> str:
    """The text as the patterns read it: lowercase ASCII words and ' # ' clause breaks."""
    text = _ascii(text.replace("`", "'")).lower()
    text = _OD_PAST.sub("oded", text).replace("'", "")
    text = _CLAUSE_BREAKS.sub(" # ", _ELLIPSIS.sub(" ", text).translate(_ASCII_WORDS))
    words = text.split()
    if _may_be_stretched(joined := " ".join(words)):
        words = _unstretched(joined).split()
    return _spelt_out(words)


def _ascii(text: str) -> str:
    """Apostrophes made plain, accents dropped, anything else outside ASCII made a space."""
    if text.isascii():
        return text
    # str.replace rather than str.translate: translate is slow once the text is not ASCII.
    for lookalike in _APOSTROPHE_LOOKALIKES:
        text = text.replace(lookalike, "'")
    text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = text.replace("\u2014", ",").replace("\u2013", ",").replace("?", "!")
    # Encoding marks every character still outside ASCII with a "?" in one pass in C, where a
    # regular expression would stop at each word of a script that is not Latin. Real question
    # marks were made "!" above: both end a clause.
    return text.encode("ascii", "replace").decode("ascii").replace("?", " ")


def _may_be_stretched(text: str) -> bool:
    """Whether text, which holds no runs of spaces, has three of one character in a row."""
    # XOR of the text with itself shifted by one character, done on whole numbers so it is
    # one pass in C: a zero byte where a character equals the next, two in a row where three
    # do. Much cheaper than looking for "aaa", "bbb"... one letter at a time.
    data = text.encode("ascii")
    equal_to_next = int.from_bytes(data[:-1], "big") ^ int.from_bytes(data[1:], "big")
    return b"\0\0" in equal_to_next.to_bytes(len(data[1:]), "big")


def _unstretched(text: str) -> str:
    """Runs of three or more of one letter squeezed to one."""
    for letter in _LETTERS:
        if letter * 3 in text:
            text = _STRETCHED[letter].sub(letter, text)
    return text


def _spelt_out(words: list[str]) -> str:
    """The words joined by single spaces, spoken forms spelt out."""
    # map calls dict.get in C, word by word, with the word itself as the default.
    return " ".join(map(SPOKEN_FORMS.get, words, words))


def prepare() -> None:
    """Compile the rules now, so the first person to write after a start is not kept waiting."""
    _matchers()


@dataclass(frozen=True, slots=True)
class Found:
    """A phrase the screen knows: its kind, and whether it only named the subject."""

    kind: Kind
    named_only: bool = False


def without_figures(text: str) -> str:
    """The normalised words, everyday figures of speech blanked ("_"), led by a space."""
    return _matchers().figures.sub(" _", " " + normalise(text))


def find(text: str) -> Found | None:
    """The first crisis phrase in a message that is not denied, else the first subject named."""
    matchers = _matchers()
    words = without_figures(text)
    where = _first_undenied(matchers.crisis, words)
    if where is not None:
        return Found(next(k for k, matcher in matchers.kinds if matcher.match(words, where)))
    where = _first_undenied(matchers.named, words)
    if where is not None:
        kind = next(k for k, matcher in matchers.named_kinds if matcher.match(words, where))
        return Found(kind, named_only=True)
    return None


def _first_undenied(matcher: re.Pattern[str], words: str) -> int | None:
    """Where the first match starts that no denial shortly before it in its clause takes back."""
    for found in matcher.finditer(words):
        before = words[: found.start()].rpartition(" # ")[2].split()[-DENIAL_REACH:]
        if DENIALS.isdisjoint(before):
            return found.start()
    return None
