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
        "oxycodone|xanax|benzos|valium|lithium|prescription|tablet|painkiller|codeine|"
        "co ?codamol|diazepam|sertraline|citalopram|fluoxetine|amitriptyline|zopiclone|"
        "tramadol|morphine|melatonin|antihistamines|naproxen|propranolol|quetiapine)"
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
    "(?:about|of|on|like|considering|contemplating|close to) {fill}ending (?:it|things|everything)"
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
    "no point (?:in )?(?:me being here|me being alive|{anymore}{end}|to anything|in anything|"
    "to life|in life)",
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
    "(?:tired|sick|done|exhausted|had enough) (?:of|with) (?:living|being alive|life|existing|"
    "being here)",
    # "I can't do this anymore": the brief is clear this is answered, whatever "this" is.
    "can not {fill}(?:do|take|handle|cope with|deal with|bear|stand) (?:this|it|life|"
    "any of this|this life) {anymore}",
    "can not {fill}(?:cope|go on|carry on|keep going|continue|do it|do this)"
    "(?: like this| {anymore}| without (?:her|him|them|you))?{end}",
    "can not {fill}(?:keep living|go on living|live like this|live with myself|live {anymore})",
    "can not {fill}{anymore}{end}",
    # Told afterwards: "I couldn't hold on any longer", "couldn't do it anymore".
    "could not {fill}(?:do|take|handle|cope with|bear|stand) (?:this|it|life|any of this) "
    "{anymore}",
    "could not {fill}(?:hold on|go on|keep going|carry on|stay|live)(?: any longer| {anymore}| "
    "like this)?{end}",
    # "anymore" after a plain "can" still means "can't": "I don't think I can go on anymore".
    "(?:can|could) {fill}(?:go on|carry on|keep going|do this|do it|take it|take this|cope|"
    "keep living) {anymore}",
    # Believing others would be better off.
    "(?:better|happier|easier|simpler|lighter)(?: off| place)?(?: for everyone)? (?:without me|"
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
    "this is my goodbye to (?:everyone|everybody|you|u|the world|all of you)",
    "(?:getting|get|have|here is|heres) my goodbye",
    "goodbye to (?:you and )?(?:the world|this world|everyone i love)",
    "(?:goodbye|bye) (?:everyone|everybody)(?: # (?:i am sorry|sorry|forgive me){end})",
    "(?:has|have|had) to find me",
    "(?:my|a) (?:final|last) goodbye",
    "goodbye (?:forever|for good|world|cruel world)",
    "saying my (?:final |last )?goodbyes?",
    "this is my last (?:message|text){end}",
    "(?:goodbye|farewell) (?:note|letter)",
    "(?:written|wrote|writing|finished) my (?:final |last |goodbye )?note"
    "(?! (?:on|about|in|from|for (?:school|work|class|the)){edge})",
    "(?:written|wrote|writing|write|finished|finishing) the (?:final |last |goodbye )?note"
    "(?! (?:on|about|in|from|for|to|of|with|off|back|thanking|saying){edge})",
    "(?:the|my) note(?:s| is| has been)? (?:written|finished|sealed|on my pillow|sitting on|in "
    "(?:the|an|my) (?:envelope|pocket|coat))(?! up{edge})",
    "got (?:my|the) note(?:{end}| done| written| in)",
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
    # --- Plans told by what they hold: a day, a place, a means, and no crisis word --------
    # A day chosen, and nothing after it: "picked a date." A date "for the wedding" goes on.
    # "We've picked a date!" is a wedding.
    "(?<!we have )(?<!weve )(?<!we )"
    "(?:picked|chosen|chose|set|decided|decided on|circled|fixed) (?:a|the|my) (?:date|day)"
    "(?: and (?:the|a|my) (?:time|place|way|method|means|spot))?{end}",
    "(?:the|my|a) dates? (?:is |are )?(?:set|picked|chosen|circled|decided)(?: out)?"
    "(?! (?:for|with) (?:the|our|my|a|his|her) (?:wedding|party|move|trip|holiday|op|"
    "operation|surgery|court|test|exam|interview|hearing|appointment|scan){edge})",
    "my date is (?:set|picked|chosen|the [0-9]+(?:st|nd|rd|th)?{end})",
    "(?:picked|chosen|chose|decided on) (?:next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day{end}",
    "(?:picked|chosen|chose) (?:the |next )?(?:[a-z]+ )?(?:to do it|for it{end})",
    "i know (?:which|what) (?:day|date|bridge|spot){end}",
    # The plan said to be made, and nothing more said of it.
    "(?:its|it is|everything is|everythings|it all|got it all|i have it all|i have got it all|"
    "i have got it|have it) (?:all )?planned(?: out)?{end}",
    "planned it down to",
    "(?:my|the) plans? (?:is )?(?:ready|done|set|finished|in place|simple)"
    "(?! for (?:the|a|our|my|his|her|their){edge})",
    "(?:finalised|finalized|made|finished) my plan{end}",
    "(?:pills|note|date|means|method|time) and (?:a|the|my) plan{end}",
    "i have (?:a|the) plan and (?:a|the) (?:date|time|means|pills)",
    # "That's when I'm doing it", "then do it": the day told, the deed left unnamed.
    "(?:thats|that is) when i am (?:doing|ending|going to do) it",
    "(?:then|and then) (?:i am )?(?:doing|do|end) it{end}",
    # The means or the method settled: "sorted the method", "the date and the method".
    "(?:sorted|picked|chosen|chose|decided on|settled on|found|got|have) (?:out )?(?:the|a|my) "
    "(?:method|means){end}",
    "(?:date|day|time|place|spot|note|plan|pills) (?:[a-z]+ )?(?:and|#) (?:the|a|my) "
    "(?:method|means)",
    "(?:know|decided|planned|thought about|written down|wrote down|chosen|picked|found|"
    "worked out) (?:exactly )?(?:how|where|when) (?:i am going to|i will|ill|i would|i could|"
    "to) (?:do it|end it|die)(?! (?:differently|better|next|again|with){edge})",
    "i know (?:exactly )?(?:how and (?:when|where)|when and how|where and how|how i would|"
    "how{end})",
    # Reading up on ways to die, or on the dose that would do it.
    "(?:researching|researched|research|looked up|looking up|look up|googling|googled|"
    "searching|searched|reading about|read about|found out|finding out) (?:for )?(?:the )?"
    "(?:quickest |easiest |best |most painless |painless |surest |different )?"
    "(?:ways?|methods?|how) to (?:die|end it|end my life|kill {self}|not wake up|make it "
    "painless)",
    "(?:researching|researched|looking up|looked up|googling|googled|back to researching) "
    "(?:the )?(?:methods|ways)(?:{end}| for days| for weeks| all day| tonight| again| online)",
    "how many (?:[a-z]+ ){0,2}(?:does it|would it|will it|it would|it will|it|do you need to|"
    "would i need to) takes?(?: to (?:die|kill|not wake up|never wake up|be fatal|work)|{end})",
    "(?:dose|amount) (?:that|it) (?:would|will) (?:do it|kill me|take)",
    "how long (?:it takes|does it take|would it take|it would take) to (?:die|drown|bleed out|"
    "suffocate)",
    # The means to hand: a rope bought, a belt hanging, a gun loaded, charcoal and tape.
    "(?:bought|buy|buying|got|have|the) (?:a |the |some )?rope(?:{end}| today| tonight| "
    "in (?:my|the) [a-z]+| from last time| ready)",
    "(?:belt|rope|cord|scarf|cable|ligature) (?:is |was )?(?:already )?(?:hanging|tied|set up|"
    "up) (?:in|from|on|over)",
    "practi[sc](?:e|ed|ing) (?:tying|to tie) (?:a|the) (?:knot|noose)",
    "(?:beam|rafter|banister|bannister|loft hatch|door frame|hook|pipe) (?:[a-z]+ ){0,4}?"
    "(?:will |would |can )?(?:hold|holds|take|takes) my weight",
    "(?:loaded|load|loading) (?:the|my|his|her|a) (?:[a-z]+ )?(?:gun|rifle|shotgun|pistol|"
    "revolver)",
    "(?:gun|rifle|shotgun|pistol|revolver)(?: [a-z]+){0,6}? (?:is |its |it is |are )?loaded",
    "charcoal and (?:the |some )?(?:duct )?tape",
    "(?:garage|shed) with the (?:car|engine) running",
    "(?:car|engine) running in the (?:garage|shed)",
    "hose(?:pipe)? (?:to|into|on|from) the exhaust",
    # A place chosen, and a time to go there.
    "(?:going|go|went|been|head|heading|drive|driving|drove|walk|walking|back) (?:back )?"
    "(?:up )?to the (?:bridge|tracks|train tracks|railway|railway line|quarry|multistorey|"
    "multi storey) (?:tonight|tomorrow|tmrw|in the morning|at midnight|after|again|every "
    "(?:day|night)|to (?:jump|end it|do it|die)|{end})",
    "(?:sat|sitting|sit|stood|standing|stand|lay|lying|lie|walk|walked|walking|step|stepped|"
    "stepping|going|go|went|been|back|staying|stay|stayed|spot|place|somewhere) (?:on |onto |"
    "to |by |near |at |down on |out on )?the (?:train |railway |rail )?tracks",
    "(?:going to|plan is to|plan to|planning to|will|ill|want to|about to|i am going to) "
    "{fill}(?:walk|wade|swim) (?:out )?(?:into|in front of|onto) (?:the )?(?:oncoming )?(?:sea|"
    "river|ocean|lake|canal|traffic|train|tracks|motorway)",
    "swim out (?:until|till|so far) i can not (?:swim|get) back",
    "(?:and|then) (?:not|never) (?:come|coming) back(?: out| up| home)?{end}",
    "i am not coming (?:back|home)(?: out| again)?{end}",
    "(?:will not|not going to|am not) (?:step|stepping|walk|walking|turn|turning|climb|"
    "climbing) back(?: down)?{end}",
    "this time i am staying (?:on|there)",
    "going over (?:the edge|the side|the railing|the barrier|the rail)",
    "i am going over{end}",
    "came (?:here|up here|out here|down here) to (?:jump|end it|die|do it)",
    "(?:going to|about to|want to|ready to|plan to|planning to|i will|ill|and) {fill}jump{end}",
    "(?:jump|jumping|jumped|step|stepping) (?:off|from) (?:a|the|this|that|my) (?:top floor|"
    "top of|pier|multistorey|multi storey|car park|viewpoint|platform|overpass|flyover|"
    "motorway bridge|ledge|quarry|tower block|highest)",
    # The day told with the ending: "ending it on the 12th", "that's when I'm ending it".
    "end(?:ing)? (?:it|things|everything) on (?:the |my |his |her )?(?:anniversary|birthday|"
    "[0-9]+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    "(?:i am|am|i will be) {fill}ending (?:it|things|everything|my life)"
    "(?! (?:with|between|off|for|on a|on good|early|at work){edge})",
    "(?:to|so i can|so i could|before i|once i|then i|and then|and) {fill}end (?:it|things|"
    "everything|my life)(?! (?:with|between|off|for|on|early|at|up){edge})",
    "(?:it|this) (?:all )?ends (?:tonight|for me|here for me)",
    "(?:tonight|today) it (?:all )?ends",
    "(?:this is|its|it is|it was) (?:the end|over|where it ends|it) for me",
    # --- Affairs put in order: for after, when I'm gone ------------------------------------
    "(?:when|after|once|before|by the time|for when) i am (?:gone|dead|not here|not around|"
    "not alive)(?! (?:for|to|on|away|out|in|at|from|until|till|shopping|a|the|this|next){edge})",
    "after i (?:die|have died)",
    "(?:when|once|after|before) (?:they|someone|somebody|my [a-z]+|she|he) finds? me",
    "the ones? (?:who|that|to) finds? me",
    "where (?:nobody|no one|my family|they|anyone) (?:will|would|can|wont|will not|can not)"
    " (?:ever )?find me",
    "(?:nobody|no one|noone) (?:will|would|is going to) find me(?! (?:here|in|at){edge})",
    "(?:it is|its|all|in order|sorted|ready|everything is) (?:all )?(?:in order |sorted |"
    "ready )?for after{end}",
    "(?:nobody|no one|noone|anyone) (?:[a-z]+ ){0,4}?(?:has|have|would have|will have|needs|"
    "need) to (?:[a-z]+ ){0,4}?after(?: me)?{end}",
    "(?:will not|not going to|am not going to|do not plan on|not planning on|not planning to|"
    "do not plan to|might not|may not) (?:even )?be(?:ing)? (?:alive|breathing)",
    "(?:will not|am not going to|not going to) be (?:here|around) (?:by (?:morning|tomorrow|"
    "the morning|then|christmas|the end)|after (?:tonight|today|this)|to (?:read|answer|see|"
    "need|get) (?:it|them|ur|your|this|these)|to answer{end})",
    "(?:i will|ill|i am going to) be dead (?:by|before) (?:tomorrow|morning|the morning|then|"
    "tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    "(?:i will|ill|i am going to) be (?:dead|gone) (?:tomorrow|in the morning|by morning|"
    "before morning)",
    "by (?:tomorrow|morning|the morning) (?:i will|ill) be (?:dead|gone)",
    "(?:will not|do not) (?:need|be needing) (?:[a-z]+ ){0,3}?(?:where i am going|after i am "
    "(?:gone|dead)|when i am (?:gone|dead))",
    "(?:giving|gave|give|given) (?:all )?my (?:things|stuff|belongings|possessions) away",
    # Not being here, told with what says it is for good; "not around till Thursday" is a trip.
    "(?:will not|am not going to|not going to) be (?:here|around)(?: [a-z]+)? (?:after (?:tonight|"
    "tonite|today)|again|ever again|{anymore}|in the morning|for (?:the )?next one|when (?:she|he|"
    "they|you|my [a-z]+) (?:reads?|finds?|wakes?|gets?))",
    "(?:will not|am not going to|not going to) be (?:here|around) to (?:look after|care for|take "
    "care of|water|feed|wear|ride|use|keep|buy|give|need|pay|see|enjoy|check in)"
    "(?! (?:[a-z]+ ){0,4}?(?:while|next week|this week|for a|until|till|when i am away){edge})",
    "(?:will not|do not) (?:need|be needing) (?:you|them|these|the reminders|reminders|it|any of "
    "(?:it|them)|either|anything)(?: [a-z]+)? (?:after (?:tonight|today|this (?:week|weekend|"
    "month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|much longer)",
    "(?:you|u) (?:will not|wont) hear from me again(?! (?:until|till|til|for|this|before){edge})",
    "(?:will not|am not going to|not going to) (?:be )?(?:checking in|answering|replying|writing|"
    "reading)(?: [a-z]+){0,3}? (?:again|ever again|or ever|or any day)",
    "(?:will not|am not going to|not going to) (?:live through|survive|make it through) "
    "(?:tonight|the night|this night)(?! shift{edge})",
    "(?:will not|am not going to|not going to) (?:be )?wak(?:e|ing) up(?! (?:early|late|in time|"
    "on time|at|before|until|till|for|when|with|feeling){edge})",
    "(?:not planning|do not plan|not going|do not intend) (?:to |on )?(?:see|seeing|make it to|"
    "live to see) (?:[0-9]+|my [0-9]+(?:th|st|nd|rd)? birthday|next year|the new year|another "
    "(?:year|birthday|christmas))",
    "(?:do not|not) intend(?:ing)? to be (?:alive|around|here)",
    "(?:not planning|do not plan) (?:on|to) be(?:ing)? (?:around|here)(?: for)? much longer",
    # "Before I go", said of things put in order or of thanks given.
    "(?:order|sorted|sorting|loose ends|left to do|closing|everything|mess|someone|sort|down) "
    "(?:[a-z]+ ){0,3}?before i go{end}",
    "(?:thank|thanks|thank you|thank u|bye|goodbye|love|sorry|say|said|hear|message|check in|"
    "time) (?:[a-z]+ ){0,6}?before i (?:go|die|leave|do it|go through with it){end}",
    "(?:mess|out of pocket|anyone|owing) when i go{end}",
    "(?:will is written|will is signed|my will|accounts|in order)(?: [a-z]+){0,6}?(?: #)? i am "
    "(?:nearly |now )?ready(?: to go)?(?: now)?{end}",
    # "My dog is going to die soon" is grief: only a plan or a decision to die is read here.
    "(?:planning|plan|planned|decided|ready) to die(?: tonight| today| soon| this| tomorrow| "
    "on|{end})",
    "nothing (?:left )?(?:keeping|to keep|holding) me (?:here|alive|going|now)",
    "nothing left (?:for me )?to do (?:but|except) (?:go|die|leave)",
    "(?:all|only thing) (?:that is |thats |i have )?left (?:to do )?is (?:to )?(?:go|die|me){end}",
    "out of (?:life|this life|this world){end}",
    "(?:owner|mum|dad|person|someone|parent) who (?:will not|wont) be (?:around|here)",
    # --- Farewells: the last message, the last day -----------------------------------------
    "(?:last|final) (?:day|night|morning|evening|sunrise|breath|hours?) (?:alive|on earth|"
    "on this earth|of my life)",
    "(?:knowing|know) (?:it was|its|it is|this is) (?:my|the) last{end}",
    "(?:last|final) (?:small |little |evening |morning )?(?:check ?in|checkin|message|msg|text|"
    "entry|journal entry|reflection|reply|post|step)(?: ever| here{end}|{end})",
    "this is (?:my|the) last one{end}",
    "(?:last|final) (?:time|message|check ?in|reflection|entry) (?:i will|ill|i am going to) "
    "(?:ever )?(?:write|send|check in|post|say|do)(?: here| this| anything)?(?:{end}| ever)",
    "(?:last|final) (?:one|message|msg|text|reply|check ?in|words) (?:you will get |youll get "
    "|you will ever get )?from me(?! (?:tonight|today|this week|for now|for today|for a while|"
    "for a bit|until|till|before|this){edge})",
    "(?:last|final) (?:check ?ins?|checkins?|messages?|steps?|entry|goodbye) ever",
    "my last words",
    "no more (?:small )?(?:steps|mornings|days|tomorrows) for me",
    "(?:last|final) (?:small )?step (?:is|was) (?:saying )?goodbye",
    "last one (?:i will|ill) (?:ever )?(?:read|write|send|get)",
    "last (?:message|thing|words?) (?:anywhere|ever|i will ever (?:write|type|say|send))",
    "(?:last|final) memor(?:y|ies) of me",
    "decided (?:today|tonight|this) is my last",
    "(?:this is|its|it is) my last (?:morning|night){end}",
    "(?:its|it is) my time(?: to go)?{end}",
    "(?:i will|ill) be (?:dead|gone) by then",
    "by then (?:it will|itll|it is going to|i will|ill) be (?:done|over|gone|dead)",
    "not staying alive",
    "(?:goodbye|farewell) (?:letters|notes|texts|messages|gifts|post|video|email)",
    "(?:said|say) my goodbyes?",
    "(?:said|say|saying) goodbye to (?:everyone|everybody|everything|the people|ppl|people)"
    "(?: [a-z]+)? (?:i love|who matters?|that matters?|in my head|without them knowing|all week)",
    "(?:made|make|making|at) (?:my )?peace with (?:dying|death|going|leaving|my decision|the "
    "decision|ending it|ending things|my death|it all ending)",
    "made my peace{end}",
    "(?:leave|leaving|left|done with|finished with) this (?:world|life|earth)"
    "(?! (?:a better|better){edge})",
    # "Tell my mum I love her cooking" is a message passed on, not a last one.
    "(?:tell|let) (?:[a-z]+ ){1,4}?(?:know )?(?:i (?:loved|was sorry|am sorry|forgave|was "
    "proud of)|i love (?:her|him|them|you)(?:{end}| so| more| and| very| #)|"
    "(?:that )?it (?:was|is) not (?:her|his|their|your) fault|its not (?:her|his|"
    "their) fault|(?:that )?i am sorry|[a-z]+ loved (?:her|him|them))",
    "if (?:anyone|anybody|someone|somebody|my [a-z]+) (?:ever )?(?:reads|finds|sees) (?:this|"
    "my phone|these)",
    "(?:will not|do not) (?:see|live to see|make it to|wake up to|be waking up)(?: to read it)?"
    " (?:another|tomorrow|the morning|morning|my birthday{end}|christmas{end}|to read it)",
    "will not be one for me",
    "(?:there will not be|will not be) (?:a |one |another )?(?:tomorrow|me|morning)(?: for me|"
    " to check on)",
    "(?:goodnight|good night|bye|goodbye|farewell|signing off) (?:forever|for good|for ever)",
    "go(?:ing)? now (?:# )?for good",
    # --- Burden, and the worth of one's life -----------------------------------------------
    "(?:do not|does not|did not) {fill}deserve? (?:to {fill}(?:live|be alive|exist|be here|keep "
    "living|keep breathing|breathe|wake up|go on living|be on this earth|take another breath)|"
    "life|another chance at life)(?! (?:like this|in|with|on|at){edge})",
    "not (?:worth|deserving of) (?:keeping alive|saving|the air i breathe|the oxygen)",
    "(?:i|who|that|one|me|kid|person|someone) {fill}(?:should not|should never|should not even|"
    "should not really|should not be allowed to|am not meant to) (?:be alive|exist|be "
    "breathing|breathe|live|be on this earth|be here(?:{end}| {anymore}| at all| on (?:this )?"
    "earth))",
    "(?:i|who) {fill}should (?:never|not) have (?:been born|existed|survived)",
    "should have never been born",
    "if i {fill}(?:died|was dead|were dead|had died|stopped existing|stopped breathing|was not "
    "alive|were not alive|was gone for good|was gone forever|never woke up|killed {self}|did not"
    " exist|never existed|was never born|had never been born|disappeared (?:for good|"
    "permanently|forever))",
    "if i would (?:never been born|died|never existed|never survived)",
    # "Free" is also a denial ("sh free"): start before it.
    "free (?:if|when) i (?:was|were|am) (?:dead|gone)",
    "(?:better off|be fine|be free|better) (?:[a-z]+ ){0,2}?(?:with|collecting|getting) "
    "(?:my |the )?life insurance",
    "(?:do not|did not) (?:think|believe|feel like|feel) i (?:deserve?|should be allowed) to "
    "(?:live|be alive|exist|keep living|keep going|be here)",
    "deserve to keep living",
    "(?:do not|did not) think i should (?:be allowed to )?(?:live|be alive|exist)",
    "if i (?:was|were) (?:not (?:here|around)|gone)(?: #)? (?:[a-z]+ ){0,3}?(?:would|could|"
    "can|will)",
    "hear (?:that )?i (?:died|was dead|had died)",
    "(?:would|will|could) (?:all |probably |secretly |honestly )?be fine without me",
    "(?:fine|relieved|free|safer|better|happier|easier) (?:off )?with me (?:dead|gone)",
    "(?:my death|me dying|me being dead|me not existing|me being gone) (?:would|will|could|is "
    "going to)",
    "(?:dying|death) would (?:square|solve|fix|lift|free|help|be (?:the best|a relief|a gift|"
    "kinder|doing))",
    "a favou?r (?:by|if i) (?:dying|die|died|killing|not|disappearing|being dead|ending)",
    "(?:kindest|best|only good|most helpful|right) thing i (?:could|can|would) (?:ever )?do"
    "(?: for (?:[a-z]+ ){1,3}?)? (?:is|would be) (?:to )?(?:die|not (?:be|exist|being)|stop "
    "existing|be dead|disappear|remove {self}|not be around|not be alive|not be here)",
    "(?:best|better|easier|kinder|kindest) (?:for (?:everyone|everybody|all of them|them|all|"
    "my family) )?(?:if|that) i (?:am|was|were|just) (?:not here|gone|not around|dead|not "
    "alive)",
    "best i am gone",
    "(?:i am|i feel like|i feel|feel like|me|i have become|just|such|useless|am) (?:[a-z]+ )"
    "{0,3}?(?:a )?waste of (?:space|spacee|oxygen|air|skin)",
    "(?:i am|feel like i am) {fill}(?:stealing|taking up|wasting) (?:[a-z]+ ){0,2}?(?:oxygen|"
    "air|space)",
    "(?:world|everyone|nobody|no one|family|they) (?:does not|do not) need (?:me|someone like "
    "me|another person like me)(?! (?:as|to|for|at|on|{anymore}|today|tonight|this){edge})",
    "(?:nobody|no one|noone|nobdy|no body) (?:[a-z]+ ){0,4}?(?:would|will|is going to) (?:even )?"
    "(?:notice (?:or care )?(?:if|when) i (?:died|was dead|was gone|stopped existing|"
    "disappeared)|notice i was (?:dead|gone)|notice the gap|care if i died|blink|be sad|come to"
    " my funeral|mourn me|miss me)",
    "(?:hopes|hope|wishes|wish) i (?:die|died|was dead|were dead|was never born)",
    "stop(?:ped)? (?:existing|being alive)(?! in{edge})",
    # --- Passive wishes: not waking, a death hoped for --------------------------------------
    "(?:hope|hoping|hopes|wish|wishing|pray|praying) (?:that )?i {fill}(?:do not|would not|will "
    "not|never|did not) (?:wake up|survive|come back|make it through)(?! (?:late|early|at|before|"
    "on time|in time|too|with|tired|grumpy|sick|until){edge})",
    "(?:hope|hoping|wish|wishing|pray|praying) (?:for )?(?:a|an) (?:fatal |early |quick )?"
    "(?:accident|car crash|crash|heart attack|disease|illness)(?! free{edge})",
    "(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i|my heart|my body) (?:[a-z]+ ){0,2}?"
    "(?:stops|stop beating|gives up|would stop|just stops|stop breathing)",
    "(?:wish|wishing|wished|wishes) (?:that )?i (?:would |had |could )?(?:have )?(?:just )?(?:die|"
    "died|be dead|been dead|never woke up|never wake up|never been born|was never born|were "
    "never born|been stillborn|stop breathing)",
    "(?<!his )(?<!her )(?<!their )(?:death|dying|being dead) (?:would be|would feel like|sounds "
    "like|feels like|is) (?:such |a |so |like )?(?:sweet |finally )?(?:mercy|relief|kindness|"
    "rest|resting|peaceful|break|release|escape)",
    "how (?:good|nice|peaceful|easy) it would (?:be|feel) to (?:be dead|not be alive|die|not "
    "exist|be at the bottom)",
    "(?:waiting|wait) (?:around )?(?:to die|for death|for permission to die)",
    "(?:stopped|stop|not|never) wanting to (?:live|be alive|exist)",
    "(?:reason|point) (?:for |to )?me (?:to )?(?:being alive|be alive|keep going|keep living|"
    "stay alive|live)",
    "(?:out of|no|none of the) reasons? (?:left )?to (?:stay alive|live|keep going|keep living)",
    "(?:erase|switch) {self} (?:from existence|off (?:permanently|for good|forever))",
    "(?:fade|disappear) (?:out of existence|off the face of the earth)",
    "never wake up again",
    "(?:want|wanted|wish|like|love) to (?:just )?(?:go to )?sleep (?:forever|and (?:never wake "
    "up|stay asleep|wake up dead))",
    "(?:eternal sleep|rest forever)",
    "(?:done|finished) being alive",
    "can not {fill}(?:face|take|survive) another day(?! of (?!being alive|living|life|this life)"
    "[a-z]+)",
    "done with (?:it|life|everything) (?:for good|forever|permanently)",
    "(?:ready|wishing|wish|hope|hoping|pray|praying) for (?:my life|it all|everything) to (?:be "
    "over|end|stop)",
    "(?:no|have no|lost the|lost my) will to live",
    "(?:pray|praying|hope|hoping|wish|wishing) for (?:an? )?(?:early |quick |peaceful |fatal )?"
    "death",
    "look(?:ing)? forward to (?:dying|death|being dead)",
    "to not be (?:alive|here {anymore})",
    "if i (?:do not|did not) wake up(?: tomorrow)?(?! (?:in time|on time|early|late|for){edge})",
    "if i (?:just )?dropped dead",
    "(?:does not|do not) feel worth living",
    "worth (?:staying alive|living|being alive) for",
    "rather (?:just )?die{end}",
    "(?:should|to|i|just|would) {fill}not exist(?! in{edge})",
    "remove (?:me|{self})(?:{end}| and (?:it|everything|they|its|it is))",
    "(?:take|taking|lift|lifting) (?:the|that) (?:burden|weight) (?:away|off (?:them|everyone))",
    "(?:disappear|disappeared|gone|not be around|stop being around) permanently",
    "(?:drain|weight) on (?:everyone|everybody|my family|them|people)",
    "(?:ashamed|sorry) (?:to be|for being) alive",
    "apologi[sz]ing for existing",
    "(?:tried|trying|try|attempted|attempting) to (?:die|kill {self}|end my life)",
    "(?:planning|plan|planned|thinking about|think about|thought about|preparing) (?:my |an |"
    "the )?(?:next|another|second|third|fourth) (?:attempt|one)(?! (?:at|to|on){edge})",
    "(?:do|doing) it (?:properly|right) this time",
    # An attempt before, and the wish to go back to it now, some words on.
    "(?:(?:my|an|the|last|first|previous|suicide|past) attempt(?! at{edge})|attempted|tried "
    "(?:to die|to kill {self}|once|twice|before|last time)|last time i tried|survived|since the "
    "hospital|after the hospital|the ward|intensive care|icu)(?: [a-z]+| #){0,20}? (?:(?:try|"
    "trying|do it|doing it) again|(?:another|next|second|third|fourth) (?:attempt|one)|finish "
    "(?:it|what i started)|break(?:ing)? (?:that|the|my) promise|(?:want|wanting|wants) to (?:die|"
    "be dead|try)|planning (?:it|another|the next|my next|the second)|(?:have|got) (?:the )?"
    "(?:means|pills|a plan)|thinking about it again|back in that (?:place|headspace)|wish(?:ed)? "
    "it (?:had )?worked)",
    "this time i (?:will not|am not going to) (?:fail|survive|chicken out|turn back|be found|"
    "stop|be saved|mess it up)",
    "(?:will not|am not going to|not going to) survive the next one",
    "this time i (?:will|am going to) (?:do it properly|get it right|make sure|not fail|succeed)",
)

SELF_HARM_PATTERNS: Final[Sequence[str]] = (
    "harm(?:ing|ed)? {self}",
    "(?:cut|cuts|cutting) {self}",
    # "Cutting" on its own, as people say it about self-harm; "cutting back" is left alone.
    "(?:been|started|start|stop|stopped|keep|kept|urge to|urges to|want to|relapsed and|"
    "back to|quit) {fill}cut(?:ting)?(?: again)?{end}",
    "(?:i|i am|i have been|been|started|start) {fill}cut(?:ting)? again",
    "sh (?:urges|urge|scars|relapse|wounds)",
    "relaps(?:e|ed|ing) (?:on|with|into) (?:sh|cutting|self ?harm)",
    "{self} (?:until|till|til) (?:i|it) (?:bled|bleed|bleeds|bruised)",
    "(?:cut|cutting|slit|slitting|slash|slashing|slice|slicing) my (?:wrists?|arms?|"
    "thighs?|legs?|skin|stomach|hips?)",
    "(?:burn|burns|burning|burned|burnt) {self}",
    "(?:hurting|starving|starve) {self}",
    # "I hurt myself" is usually the gym or the stairs; answer it when there is intent.
    "(?:want|wanted|wanting|need|going|urge|urges|tempted|trying|tried|about|ready|like|telling "
    "me|tells me|told me) to {fill}hurt {self}",
    "(?:wish i could|might|could|will|ill|should) {fill}hurt {self}",
    "hurt {self} (?:again|on purpose|deliberately|intentionally)",
    # Any hurt done on purpose, a few words on: "burned my arm with a lighter on purpose".
    "(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|hit|hitting|scratched|scratching|"
    "bruised|bit|punched) (?:{self}|my [a-z]+)(?: [a-z]+)?(?: [a-z]+)?(?: [a-z]+)? "
    "(?:on purpose|deliberately|intentionally)",
    # --- Self-harm told plainly ------------------------------------------------------------
    # "Cut" with nothing cut: "I cut again", "came home and cut". Said of an object ("cut the
    # grass", "power cut tonight") it is left alone: the word before and after must fit.
    "(?:i|and|so|then|just|to|instead|already|i have|i had|still|also|again|anyway|me|finally) "
    "{fill}cut(?:{end}| (?:again|anyway|tonight|today|last night|this morning|before bed|"
    "instead|more|deeper|deep|too deep|within|after|because|bc|cos|like [0-9]+|[0-9]+ times|"
    "every (?:day|night)|for the first time|on my|in (?:the|my) (?:shower|bathroom|toilets?|"
    "bedroom|room|dorm|car|garage|uni)|until|till|til|when|while){edge})",
    # A clause that is only "cut": "Got home. Cut."
    "(?<![a-z0-9] )cut(?:ting)?(?:{end}| (?:again|tonight|last night|anyway|for the first time|"
    "(?:too |so |really )?deep))",
    "cuts (?:are|were) (?:deeper|deep|bleeding|infected|fresh|still bleeding)",
    "(?:to|at|on|with) my cuts",
    "(?:fresh|new) (?:burns|cuts|marks)",
    "bleeding through (?:the|my) (?:sleeve|shirt|bandage|jumper|hoodie|jeans)",
    "(?:stopping me|stop me|stops me) from cutting",
    "(?:cut|cutting|sliced|slicing|slit|slitting) my (?:forearms?|ankles?|shoulders?|upper arm|"
    "chest|neck|belly|ribs)",
    # "Can't stop" comes before a denial would: "can't stop hurting myself" is not denied.
    "can not {fill}stop (?:thinking about |picturing )?(?:cutting|hitting {self}|hurting {self}|"
    "punching|scratching|burning {self}|picking at (?:the|my) (?:cuts|scabs|wounds)|the blade|"
    "the razor)",
    "can not {fill}(?:get|stop) the (?:blade|razor|urge) out of my head",
    "(?:scratched|scratching|ripped|ripping|tore|torn|cut|sliced|slice|slit|pick(?:ed|ing)?) "
    "(?:my [a-z]+|{self}|the (?:old )?(?:scars|cuts|wounds)) open",
    "reopen(?:ed|ing)? (?:the |my |old ){0,2}(?:cuts|wounds|scars)",
    "(?:razor|blade|knife|scissors)(?: [a-z]+){0,8}? (?:want|wanting|going) to use (?:it|them|one)",
    "feel(?:ing)? (?:of )?the (?:blade|razor)",
    "blade (?:along|across|over|into|against) my (?:arm|skin|wrist|leg|thigh)",
    "(?:compass|safety pin|paperclip|needle|pin|pen|key|keys|fork|tweezers|scissors|razor|blade|"
    "knife)(?: point)? to (?:scratch|cut|carve|scrape|dig) (?:my|{self})",
    "(?:scratched|scratching|scraped|scraping|rubbed|rubbing|picked|picking) (?:my [a-z]+|{self}|"
    "my skin)(?: [a-z]+)? (?:raw|open|off|bloody)",
    "scratch(?:ed|ing)? (?:[a-z]+ ){0,3}?with (?:a|the|my) (?:razor|blade|knife|pin|safety pin|"
    "paperclip|compass|needle|key|keys|fork|broken [a-z]+)",
    "(?:scraped|scraping|scrape) (?:my|{self})(?: [a-z]+){0,2}? (?:with|against|up)",
    "(?:pressing|pressed|held|holding) it (?:into|against|to|on) my (?:skin|arm|wrist|leg|thigh|"
    "hand)",
    "hard enough to (?:break the skin|bleed|bruise|draw blood|leave a mark)",
    "(?:bruises|burns|cuts|marks|scars) i gave {self}",
    "(?:the )?marks (?:are )?on my (?:thighs?|arms?|wrists?|legs?|stomach)",
    "ran out of (?:room|space|skin) on my (?:arms|legs)",
    "unless i hurt {self}",
    "(?:came home|got home|went home|got up|and then) and hurt {self}",
    "hurt {self} (?:twice|right after|with (?:a|the|my) (?:compass|razor|blade|knife|scissors|"
    "lighter))",
    # Done on purpose with what was to hand; an accident says where it happened instead.
    "(?:smashed|slammed|banged|held|pressed|scratched|scraped|punched|punching|bit|pinched|"
    "opened|reopened|scrubbed|stabbed|dug|burnt|burned|hit|threw) (?:[a-z]+ )?(?:my|{self}|the "
    "wall|the brick wall|the cuts|them|it) (?:[a-z]+ ){0,6}?(?:on purpose|deliberately|"
    "intentionally)",
    "(?:kettle|iron|hob|stove|oven|oven rack|radiator|curling iron|hair dryer|lighter)(?: [a-z]+)"
    "{0,4}? (?:on purpose|deliberately|intentionally)",
    "(?:burns?|cuts?|marks|bruises|scratches)(?: [a-z]+){0,6}? # not an accident",
    "(?:want|wanting|wanted|need|needing|urge|urges|itch|tempted|pull) to {fill}cut(?: so| "
    "really| badly| bad| right now)",
    "(?:urge|urges|need|pull|itch|temptation|craving|cravings) to {fill}(?:cut|sh|"
    "burn)(?! (?:back|down|out|off|ties|the|my (?:hair|fringe|losses|nails)|some|a|corners|"
    "costs|carbs|sugar|it|them|him|her|loose|in|through|up|class|school|spending|contact)"
    "{edge})",
    "(?:been|was|am|started|start|keep|kept|back to|go back to|going back to|relaps(?:e|ed|ing) "
    "(?:with|on|into)|about|of|picture|picturing|stop|stopped|quit|without|instead of|up|is|"
    "from|than|the urge|resisting|fighting) {fill}cutting(?:{end}| (?:again|tonight|today|since|"
    "till|until|til|every|on my|in the|in my|deeper|more|so|because|when|is|was|feels|helps|"
    "but|anyway|before|after|like){edge})",
    "(?:i|been|i have been|and|so|then|just|have) {fill}cut(?:ting)? (?:too |so |really |a bit "
    "|way )?deep(?:er)?",
    "(?:fresh|new|deep|deeper|open|reopened|reopen|reopening|picking at (?:the|my)(?: old)?|"
    "opening (?:the|my)(?: old)?) cuts",
    "(?:my|the) cuts (?:are|were|from|on|keep|got|kept)",
    "cuts on (?:my|both) (?:arms?|legs?|thighs?|wrists?|stomach|fingers)",
    "(?:two|three|four|five|[0-9]+) cuts (?:tonight|today|this)",
    # Blades kept and reached for.
    "(?:holding|hold|held|got|have|get|getting|grab|grabbed|took out|take out|taking out|taken "
    "out|used|use|using|found|hid|hide|hiding|hidden|keep|kept|bought|buy|want|staring at|"
    "looking at|thinking about|think about|opened|open) (?:a |the |my |out (?:a |the |my )?|new "
    "|old |one of my |an old )?(?:razor blades?|blades?|razor)(?! (?:burn|burns|bumps|for "
    "shaving|to shave){edge})",
    "(?:razor|blade)s? (?:is |are |lives )?(?:in my (?:hand|pocket|bag|phone case|pencil case|"
    "make ?up bag|drawer)|out(?! of)|right here|calling|on the bed|next to me|under my "
    "(?:mattress|bed|pillow))",
    "(?:box|bag|stash|tin|pack) (?:of|with) (?:my )?(?:razor )?blades",
    "blade stash",
    "blades (?:hidden|in a box|under)",
    "(?:sharpener blade|blade (?:out of|from) (?:my|a|the) (?:pencil )?(?:sharpener|razor)|"
    "(?:pencil )?sharpener apart|apart (?:a|my|the) (?:pencil )?sharpener|razor out of (?:the|"
    "my|a) sharpener)",
    "(?:so i (?:would|could|can) have|to have) (?:a |something )?sharp (?:piece|edge|bit)",
    # Hitting, scratching, burning oneself, told by what it left: "until it bled".
    "(?:hit|hitting|punch|punched|punching|slap|slapped|slapping|smack|smacked|smacking|beat|"
    "beating|bang|banged|banging|scratch|scratched|scratching|pinch|pinched|pinching|bite|"
    "biting|bit|scrape|scraped|scraping|stab|stabbed|stabbing|carve|carved|carving|scrub|"
    "scrubbed|scrubbing) {self}(?! (?:on (?:a|an|the|some)|by accident|accidentally|while|"
    "playing|shaving){edge})",
    "(?:hit|hitting|punch(?:ed|ing)?|slap(?:ped|ping)?|smack(?:ed|ing)?|beat(?:ing)?|"
    "bang(?:ed|ing)?|scratch(?:ed|ing)?|pinch(?:ed|ing)?|bit|bite|biting|scrape(?:d)?|scraping|"
    "stab(?:bed|bing)?|scrub(?:bed|bing)?|dug|dig|digging|slam(?:med|ming)?|smash(?:ed|ing)?|"
    "rip(?:ped|ping)?|tore|twist(?:ed|ing)?|pick(?:ed|ing)? at|burn(?:ed|t|ing)?|"
    "cut(?:ting)?|snap(?:ped|ping)?) (?:[a-z]+ ){0,12}?(?:till|until|til|untill) "
    "(?:[a-z]+ ){0,3}?(?:bled|bleed|bleeding|bruised|bruise|bruises|numb|purple|black|raw|"
    "swelled|swollen|split|broke|dizzy|saw stars|rang|threw up|blistered|scarred|couldnt lift|"
    "could not lift)",
    "(?:hit|hitting|punch(?:ed|ing)?|slap(?:ped|ping)?|smack(?:ed|ing)?|bang(?:ed|ing)?|"
    "scratch(?:ed|ing)?|pinch(?:ed|ing)?|bit|biting|slam(?:med|ming)?|smash(?:ed|ing)?|threw|"
    "throwing) (?:my|{self})(?: [a-z]+){0,6}? (?:over and over|again and again|repeatedly)",
    "(?:hit|hitting|punch|punched|punching|slap|slapped|slapping|smack|smacked|beat|beating) "
    "(?:my|{self} in the) (?:own )?(?:legs|thighs|thigh|face|stomach|arms|chest|ribs)",
    "(?:bang|banged|banging|hit|hitting|slam|slammed|slamming|smash|smashed|smashing|smack|"
    "smacked|smacking) my (?:head|fist|fists|hand|hands|arm|knuckles) (?:against|into) "
    "(?:the|a|my)",
    "(?:burn|burned|burnt|burning) (?:[a-z]+ ){0,6}?(?:with|using) (?:a |the |my )?(?:lighter|"
    "cigarette|hot spoon|heated|hot coin|hot knife|hair dryer)",
    "(?:put|stubbed|pressed|pressing|held|holding) (?:out )?(?:a |the |my )?(?:cigarette|"
    "lighter|hot [a-z]+|heated [a-z]+|iron|curling iron|coin|hair dryer) (?:out )?(?:on|to|"
    "against|into) my (?:skin|arm|wrist|hand|leg|thigh|stomach)",
    "(?:lighter|cigarette) (?:on|to) my (?:stomach|skin|arm|wrist|leg|thigh)",
    "gave {self} a (?:(?!paper )[a-z]+ )?(?:burn|black eye|bruise|cut|scar)",
    "(?:carve|carved|carving|cut|cutting|scratch|scratched|etched|etch|write|wrote|drew|burned|"
    "burnt) "
    "(?:[a-z]+ ){0,4}?into my (?:skin|arm|arms|leg|legs|thigh|thighs|wrist|wrists|stomach|"
    "chest|hand|hip|hips)",
    "(?:razor|blade|knife|lighter|compass|scissors|pin|needle) on {self}",
    "on {self} with (?:a|the|my) (?:razor|blade|knife|lighter|compass|scissors)",
    # Hiding it: marks covered, cat-scratch excuses, sleeves in summer.
    "(?:hide|hiding|hid|cover|covering|covered|hidden) (?:up )?(?:the|my) (?:marks|cuts|burns|"
    "bruises|plasters|blood|wounds)",
    "so (?:nobody|no one|noone) (?:sees|can see|would see|will see|notices|would notice|would "
    "hear|hears)",
    "where (?:nobody|no one) (?:will |can |would )?(?:sees?|looks?)",
    "(?:because|bc|cos) (?:nobody|no one) looks there",
    "cat scratch(?:es)? (?:excuse|is my excuse|are not)",
    "(?:told|tell|telling|said|say|saying) (?:[a-z]+ ){0,8}?(?:it was|they were|its|it is|they "
    "are|theyre|were from|was from) (?:from )?(?:a|the|my|the neighbours|neighbours) cat(?: "
    "scratch(?:es)?)?{end}",
    "(?:long sleeves|a hoodie|hoodie|gloves|bracelets) (?:in|during) (?:july|june|august|"
    "summer|the heat|[0-9]+ degree)(?! (?:[a-z]+ ){0,3}?(?:sun|sunburn|sunburnt|burn|bites|"
    "midges|mosquitos|eczema|rash|air con){edge})",
    # Needing the pain, or to bleed.
    "(?:need|needs|want|wanted|deserve|deserved|deserving) to {fill}(?:bleed|feel the (?:pain|"
    "sting|blade)|be punished)",
    "(?:need|deserve|crave) (?:the )?pain{end}",
    "punish(?:ed|ing)? (?:{self}|my body)(?: [a-z]+){0,3}? (?:by|with) (?:hitting|cutting|"
    "burning|scratching|a razor|a blade)",
    "punish(?:ed|ing)? (?:{self}|my body) physically",
    # "sh" for self-harm, in texting.
    "(?:just|already|have|i have) shd{end}",
    "(?:to|i|just|again|relaps(?:e|ed|ing)(?: #)?(?: on| with| into)?) {fill}sh(?:{end}| "
    "(?:again|tonight|today|before|after|last){edge})",
    "(?<![a-z0-9] )sh again",
    "tw sh",
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
    # --- Overdoses told by the amount: "took 30 of my...", "necked a strip of..." ----------
    "(?:took|taken|swallowed|swallow|swallowing|downed|popped|necked|injected) (?:about |like |"
    "around |over |maybe |nearly |almost |at least )?(?:[0-9][0-9]+|a ton of|tons of|a load of|"
    "loads of|a whole load of|a lot of|lots of|a bunch of|a handful of|a fistful of|handfuls of"
    "|heaps of|so many|(?:[0-9]+|two|to|three) (?:whole )?(?:packs|packets|boxes|bottles|strips)"
    "(?: worth)? of) (?:of )?(?:my |the |her |his )?(?:[a-z]+s )?(?:[a-z]+ )?{drug}",
    "(?:took|taken|take|taking|swallowed|downed|popped|necked|have taken) (?:way |far )?(?:too|"
    "to) (?:many|much) (?:of )?(?:my |the |her |his )?(?:[a-z]+ )?{drug}",
    "(?:took|taken|swallowed|downed|popped|necked) (?:way |far )?(?:too|to) (?:many|much)"
    "(?: on purpose| deliberately|{end})",
    "(?:necked|neck|necking|injected) (?:a|the|an|my|two|three|[0-9]+) (?:whole |entire |full )?"
    "(?:bottles?|box(?:es)?|packets?|packs?|handful|strips?|jar|tub|blister packs?) of "
    "(?:my |the )?(?:[a-z]+ )?{drug}",
    # The whole of it: a box, a strip, a month's prescription.
    "(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|down|necked|popped|injected|"
    "emptied) (?:the|my|a|her|his) (?:whole|entire|full|complete)(?: [a-z]+)? (?:bottle|box|"
    "packet|pack|strip|blister pack|jar|tub|prescription|supply|stash|lot|contents of (?:my|the|"
    "her|his) (?:[a-z]+ )?(?:box|bottle|cabinet|drawer|bag|organi[sz]er|cupboard)|(?:month|week|"
    "fortnight)s?(?: worth)? of (?:meds|pills|tablets|medication))"
    "(?! of(?! (?:my |the |her |his )?(?:[a-z]+ )?{drug}{edge}))",
    "(?:take|taking|took|taken|swallow|swallowed|swallowing|down|downed|pop|popped|necked) "
    "(?:them|these|those) all(?! (?:to|out|back|home|for|with|off|up|down|around|round|apart|"
    "away|over|along|inside|outside|in(?! (?:one|an hour|a minute|[0-9]))|on (?:the|a|holiday)|"
    "the|swimming|shopping|camping){edge})",
    "(?:take|taking|took|taken|swallow|swallowed|swallowing|down|downed|pop|popped|necked) "
    "all (?:of )?(?:them|these|those)(?! (?:to|out|back|home|for|off|up|around|round|away|"
    "over|along){edge})",
    "(?:took|take|taking|taken|swallowed|swallow|swallowing|downed|popped) every (?:single |"
    "last )?(?:[a-z]+ )?(?:pill|tablet|painkiller|capsule|one|med|{drug})"
    "(?: in| from| left| i (?:had|have|own|could find|was given|got)|{end}| on purpose)",
    "{drug}(?: [a-z]+)?(?: #)? every last one",
    "(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|necked|popped|injected) "
    "(?:everything|the lot|all of it) (?:i (?:had|have|had saved|have saved|saved|could find|"
    "own|had left|was saving|have been saving)|in (?:the|my|her|his|[a-z]+s) (?:[a-z]+ )?"
    "(?:cabinet|cupboard|drawer|box|organi[sz]er|bag)|from (?:the|my|her|his) (?:[a-z]+ )?"
    "(?:cabinet|cupboard|drawer|box|bag|organi[sz]er|pharmacy bag))",
    "(?:taking|take|took) everything (?:tonight|at once|in one go)",
    "(?:swallowed|downed|necked|took) (?:the lot|it all){end}",
    "(?:took|swallowed|taken|downed) all of it{end}",
    "(?:took|swallowed|taken|downed|popped) (?:[a-z]+ ){0,4}?{drug}(?: [a-z]+){0,3}? # (?:all of "
    "them|every last one|all of it)",
    "(?:took|taken|take|taking|swallowed) (?:more than )?(?:double|triple|twice|three times) "
    "(?:what|my|the)",
    "(?:doubled|tripled) my dose (?:on purpose|then|and kept)",
    "(?:going to|gonna|want to|will|ill|i am|plan to|then|about to) {fill}(?:take|taking|"
    "swallow) all (?:of )?(?:my|the|her|his|[a-z]+s|my [a-z]+s) (?:[a-z]+ )?{drug}(?! (?:with "
    "(?:food|breakfast|dinner|water|my)|in the morning|every|at the same|on time|as){edge})",
    "then the rest of (?:my|the) (?:[a-z]+ )?{drug}",
    "finish(?:ed)? (?:the|a|my) (?:bottle|box|pack|packet|strip) of (?:[a-z]+ )?{drug}",
    "swallowed (?:my|her|his|the) (?:[a-z]+s )?(?:whole |entire )?prescription",
    "(?:whole|entire) (?:pack|box|bottle|packet|strip) of (?:[a-z]+ )?{drug} enough",
    "(?:getting|got|get) (?:the|my|all my|all the) {drug} out(?! of{edge})",
    "{drug} are out{end}",
    "everythings taken",
    # "All my pills" swallowed, or taken with what says why; a daily "took all my meds" is not.
    "(?:swallowed|swallow|swallowing|downed|necked|popped|ate|crushed|crushed up|emptied|"
    "injected|mixed) all (?:of )?(?:my|the|her|his|[a-z]+s|my [a-z]+s) (?:[a-z]+ )?{drug}",
    "(?:took|take|taking|taken) all (?:of )?(?:my|the|her|his|[a-z]+s|my [a-z]+s) (?:[a-z]+ )?"
    "{drug} (?:on purpose|at once|in one go|together|first|because|so (?:i|that)|to (?:die|end|"
    "sleep|not)|with (?:[a-z]+ ){0,3}?(?:wine|vodka|beer|whiskey|whisky|gin|cider|alcohol|"
    "brandy|rum|drink|booze)|and i am|and now|and drank)",
    "(?:took|take|taking|taken|swallowed|swallow|swallowing|downed|popped) all (?:of )?(?:the|"
    "my) (?:[a-z]+ )?{drug} (?:i (?:could|had|have|was|saved)|from (?:my|the) (?:[a-z]+ )?"
    "(?:dresser|drawer|cabinet|cupboard|box|bag)|in (?:the|my) (?:[a-z]+ )?(?:drawer|cabinet|"
    "cupboard|box|bag|packet))",
    "(?:take|taking|took|taken|swallow|swallowed) the rest of (?:my|the|them|her|his) "
    "(?:[a-z]+ )?(?:{drug}|prescription|them)",
    "(?:take|taking|took|swallow|swallowing) the rest(?: of them| now|{end})",
    # Crushed into yoghurt to get one down is how some people take tablets: only all of them.
    "(?:mixed|mixing|crushed|crushing) (?:up )?(?:all (?:of )?(?:my |the |them )?(?:[a-z]+ )?"
    "{drug}|everything i had) (?:with|into|in|w)",
    "(?:took|taken|swallowed|downed|necked|popped|mixed) (?:[a-z]+ ){0,4}?{drug} (?:with|and|"
    "in) (?:a bottle of |the |some |half a bottle of |a glass of |the last of the |my )?"
    "(?:wine|vodka|whiskey|whisky|gin|cider|beer|brandy|alcohol|rum|booze)",
    # Stockpiles, counted and kept close.
    "(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|hid|hidden|"
    "been saving) (?:up )?(?:my |some |all my |enough |every |the |these |all the )?"
    "(?:[a-z]+ )?{drug}",
    "(?:stash|stockpile|hoard) (?:of (?:[a-z]+ )?{drug}|in my)",
    "{drug} (?:are |is )?(?:lined up|laid out|counted out|in front of me|in my (?:hand|pocket))",
    "(?:emptied|emptying|tipped|tipping|poured|pouring) (?:the|a|my|all my|all the) "
    "(?:[a-z]+ )?(?:{drug}|bottle|packet|box|pack) (?:into|onto) (?:my hand|a bowl|my palm)",
    "(?:swallowing|swallow|going down|popping) (?:them |pills |the pills |tablets )?"
    "(?:one by one|one at a time)",
    "(?:if|will|would|does|do|can) {fill}(?:i )?(?:take|taking|swallow|swallowing) (?:all "
    "(?:of )?(?:these|them|those|my|the)|the whole|them all|every|everything)",
    "odd on (?:my|some|the|all|a|[a-z]+s) (?:[a-z]+ )?{drug}",
    "over ?dos(?:e|ed|ing) on purpose",
    # Taking one now or soon; "I took an overdose years ago" is a story of recovery.
    "(?:to|going to|i will|ill|want to|i am|about to) {fill}(?:take|taking) (?:an|a) over ?dose",
    "(?:just|i have just|have just|i have) (?:took|taken) (?:an|a) over ?dose",
    "(?:i|just|i have|i think i|have) {fill}over ?dosed(?:{end}| on purpose)",
    "enough (?:{drug}|of them|of my [a-z]+) (?:now|saved|to (?:do it|die|end it|kill me|not "
    "wake up|never wake up|sleep forever))",
    "enough to (?:die|end it|end my life|not wake up|never wake up|do it properly)",
    "(?:now i have|i now have|i have|ill have|that makes|there is|so i have) (?:more than )?"
    "enough(?: now)?{end}",
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
    # Frustration, not a wall: "like banging my head against a brick wall".
    "bang(?:ing|ed)? (?:my|your|our) heads? against a (?:brick )?wall",
    # "I'd rather die than go to that party."
    "rather (?:die|be dead) than(?! (?:keep|keeping|live|living|feel|feeling|go on|carry on|"
    "exist|existing|be a burden|wake up){edge})",
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
    "skin|forearm|forearms|ankle|shoulder|face|lip|shin|palm|neck|chin|elbow)) (?:on (?:a|an|"
    "the|some|my)|shaving|while(?! (?:drunk|crying|upset|angry|high|panicking))|with (?:the|a|"
    "my) (?:kettle|knife|iron|oven|stove|pan|razor|scissors)|chopping|slicing|cooking|baking|"
    "gardening|ironing|making|at the gym|at work|playing|running|climbing|by accident)"
    # Told on purpose later in the clause, it was no accident.
    "(?!(?: [a-z]+){0,10} (?:on purpose|deliberately|intentionally|so i would feel))",
    "accidentally (?:cut|cuts|burned|burnt|hurt) (?:{self}|my [a-z]+)",
    # "Overdosed on chocolate" is everyday: an overdose *on* something that is not a
    # medicine or a drug is let through; on pills, meds or drugs it is answered.
    # "Overdosed on purpose" is no food either.
    "over ?dos(?:e|es|ed|ing) on (?!purpose{edge}|(?:my |some |the |all my |all the |a bunch of |"
    "these |those |a lot of |loads of )?(?:[a-z]+ )?{drug}{edge})[a-z]+",
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
        # A match starts at the space before its first word: keep that space, so a phrase that
        # opens a clause is not read as part of the clause before ("It didn't. I cut again").
        before = words[: found.start() + 1].rpartition(" # ")[2].split()[-DENIAL_REACH:]
        if DENIALS.isdisjoint(before):
            return found.start()
    return None
