"""Crisis phrases in French (see the package's docstring for how patterns are written).

French puts its negation around the verb ("je ne veux plus vivre", "j'ai pas envie de
mourir"), so the phrases that need it carry it themselves, from their first word, and a
denial ("pas", "jamais", "sans"...) only takes back what follows it. Texting spellings
("jveux", "jvais", "jpp", "chu", "g envie") and Quebec French ("pu", "pantoute") are written
beside the standard ones. "je vais" is intent for "me tuer", never for "mourir": "je vais
mourir" is far more often fear or hyperbole than a plan.

Plans, affairs put in order, goodbyes and self-harm told as a bare act often carry no crisis
word ("c'est prévu pour vendredi", "le chat est placé, je peux partir", "rentrée. coupée.").
Those are crisis phrases only where ordinary talk never says them (the means at hand, the
method, the last message); where a holiday, a move or the kitchen could say the same words,
they only name the subject, for a gentle check.
"""

from collections.abc import Sequence

from bot.core.safety.lexicons import Kind, Lexicon

# --- Building blocks ------------------------------------------------------------------------

# The end of a clause, and the end of a word for lookaheads ("(?! de{_EDGE})" spares "debut").
_END = "(?= #|$)"
_EDGE = "(?![a-z0-9])"


def _not(words: str) -> str:
    """A lookahead: the next word is none of words."""
    return f"(?! (?:{words}){_EDGE})"


def _after_none(words: str) -> str:
    """Lookbehinds: the words just before are none of words ("il" spares "avril")."""
    return "".join(f"(?<!(?<![a-z0-9]){word} )" for word in words.split("|"))


# "il veut me tuer", "tu vas me tuer": someone else's intent towards the writer is not
# theirs, so first-person phrases refuse to start right after another subject.
_NOT_OTHERS = _after_none(
    "tu|t|il|elle|on|ils|elles|qui|vous|nous|il a|elle a|on a|ils ont|elles ont|tu as"
)
# "jsuis pas bien jveux mourir": without commas a "pas" just before would deny the phrase,
# so a few everyday "pas" phrases are read as part of it.
_LEAD = (
    "(?:(?:pas bien|pas ok|pas top|sais pas|sait pas|jsais pas|pas la forme|pas le moral|"
    "pu capable|pas capable|pas bien du tout|pas quoi faire) )?"
)
# Softening and intensifying words between the intent and the act.
_FILL = (
    "(?:(?:juste|vraiment|tellement|trop|grave|serieusement|serieux|toujours|encore|"
    "simplement|seulement|enfin|limite|presque|franchement|honnetement|sincerement|"
    "carrement|clairement|deja|tant|souvent|parfois|tout le temps|de plus en plus|si fort|"
    "genre|un peu|sans arret|sans cesse|constamment|tous les jours|chaque jour|a nouveau|"
    "de nouveau|reellement|aller|tout simplement|direct|vite|bientot|ce soir|demain|"
    "maintenant|cette nuit|moi meme|bel et bien|bien|quand meme|au fond) ){0,3}"
)

# Wanting, wishing, preferring: first person ("veux" is only "je" or "tu").
_WANT = (
    f"{_NOT_OTHERS}(?:(?:je |j )(?:ne |n )?(?:veux|veut|veu|vx|ve|voudrais|voudrai|voudrait|"
    "voulais|voulait|voulai|aimerais|aimerait|aimerai|souhaite|souhaiterais|prefere|"
    "prefererais|prie pour|prie)|jveux|jveu|jveut|jvx|jvoudrais|jvoudrai|jvoulais|jaimerais|"
    "jaimerai|jprefere|jve|veux|veu|vx|voudrais|voulais|aimerais|souhaite|souhaiterais|"
    "prefere|prefererais|espere|esperais|esperer)"
)
# Going to: the texted forms too ("jvais", "jv").
_GOING = (
    f"{_NOT_OTHERS}(?:(?:je |j )(?:m en )?(?:vais|vai|v|ve)|jvais|jvai|jv|jve|jmen vais|"
    "vais|je men vais)"
)
# The urge, the idea, the need; "plus envie de" is the urge gone, so it is not one.
_URGE = (
    _after_none("plus|pu|pus|plu|aucune|il a|elle a|on a|ils ont|elles ont|tu as|t as")
    + "(?:envie|envies|envi|le gout|besoin|l idee|idee|tentation|tente|tentee|pulsion|"
    "pulsions|reve|reves|revais|hate|fantasme|fantasmes)"
    "(?: (?:enorme|terrible|folle|irresistible|intense|forte|immense|horrible|tellement forte))? "
    "(?:de |d )"
)
# Thinking of it, now: "j'ai pensé à" is the past, named only.
_THINK = (
    f"{_NOT_OTHERS}{_after_none('ai|jai|g|avais')}(?:pense|pensais|jpense|jpensais|"
    "songe|songeais|reflechis|reflechissais|envisage|envisageais|en train de penser) "
    "(?:(?:serieusement|souvent|encore|deja|beaucoup|tout le temps|sans arret|sans cesse|"
    "de plus en plus|vraiment|constamment|toujours|fort|qu|tous les jours|chaque jour|h24|"
    "jour et nuit|a nouveau|de nouveau|trop) ){0,2}(?:a |de |d )?"
)
# Deciding, being ready or about to, trying.
_DECIDE = (
    f"{_NOT_OTHERS}(?:decide|decidee|determine|determinee|resolu|resolue|pret|prete|prets|"
    "pretes|sur le point|a deux doigts|a 2 doigts|a un doigt|pas loin|tout pres|"
    "vais essayer|essayer|essaye|essaie|essayais|essayerai|tente|tenter|tentais|tenterai|"
    "retenter|reessayer|compte|comptais|prevois|m apprete|me prepare|suis en train|"
    "planifie|il est temps|c est le moment|c est l heure|oser|ose|osais|"
    "(?:je |j )?devrais|jdevrais) (?:de |d |a )?"
)
# "autant disparaître", "je ferais mieux de mourir", "si je pouvais en finir".
_RATHER = (
    "(?:de quoi|ce qu il faut pour|autant|plutot|mieux vaut|il vaut mieux|vaudrait mieux|"
    "ce serait mieux de|ca serait mieux de|serait mieux de|plus simple de|plus facile de|"
    "le mieux c est de|le mieux serait de|la seule solution c est de|la solution c est de|"
    "seule solution c est de|seule option c est de|(?:je |j )?ferais mieux de|"
    "jferais mieux de|si (?:seulement )?(?:je pouvais|jpouvais|j pouvais|je pourrais|"
    "j avais le courage (?:de|d)|j osais|j avais la force (?:de|d))) "
)
# "j'aurais dû mourir", "j'aurais préféré ne jamais naître".
_LOOKING_BACK = "(?:(?:j |je )?aurais|jaurais) (?:du|prefere|voulu|aime|mieux fait de|bien voulu) "
# Starting again, and not being able to stop (self-harm).
_AGAIN = (
    f"{_NOT_OTHERS}(?:recommence|recommencer|recommencerai|continue|continuer|reprendre|"
    "repris|arrive pas a arreter de|arrive plus a arreter de|peux pas m empecher de|"
    "peux plus m empecher de|peux pas arreter de|peux plus arreter de|arrete pas de) "
    "(?:a |de |d )?"
)
_MERIT = f"{_NOT_OTHERS}(?:merite|meriterais|jmerite) (?:de |d )?"

_INTENT = f"{_LEAD}(?:{_WANT} |{_GOING} |{_URGE}|{_THINK}|{_DECIDE}|{_RATHER}|{_LOOKING_BACK})"
_WISH = f"{_LEAD}(?:{_WANT} |{_URGE}|{_THINK}|{_DECIDE}|{_RATHER}|{_LOOKING_BACK}|{_MERIT})"

# Killing oneself, said every way: the reflexive verbs of French and its slang.
_KILL_MYSELF = (
    "(?:me |m )(?:suicider|suicide|suicidee|sucider|sucide|suisider|"
    f"tuer{_not('a(?! cause| chaque)|au|aux|a la')}|tue{_not('a(?! cause| chaque)|au|aux')}|"
    "buter|flinguer|"
    "pendre|s icider|sui der|foutre en l ?air|fout en l ?air|mettre en l ?air|"
    "(?:mettre|tirer) (?:une balle|une bastos|un pruneau|une bale) dans (?:la tete|le crane)|"
    "faire sauter (?:le caisson|la cervelle|le crane|la tete|le cerveau)|"
    "tirer une balle|tirer dessus|donner la mort|oter la vie|enlever la vie|"
    f"supprimer{_not('de|du|des|d')}|unalive|defenestrer|"
    "(?:jeter|balancer|lancer|precipiter) (?:sous|du haut|d un|d une|du|de la|dans le vide|"
    "dans le fleuve|dans la seine|dans la riviere|dans la mer|devant|depuis)|"
    "(?:mettre|coucher|allonger) sur (?:les rails|les voies|la voie ferree)|"
    "noyer"
    + _not(
        "sous|de|d|dans (?:le travail|le boulot|le taf|les|mes|mon|ma|un|une|l alcool|"
        "la paperasse|la bouteille|la biere|le vin|le chocolat|la musique|le sport)"
    )
    + f"|laisser mourir|laisser crever|laisser partir{_END}|"
    "ouvrir les veines|couper les veines|trancher les veines|taillader les veines|"
    "trancher la gorge|empoisonner|immoler|asphyxier|electrocuter|"
    "endormir (?:pour toujours|pour de bon|a jamais|definitivement|"
    "et ne (?:plus jamais|jamais plus|plus|pas|jamais) (?:me )?(?:reveiller|relever))|"
    f"finir(?:{_END}| pour de (?:bon|vrai))|"
    "deco de la vie|deconnecter de la vie|faire disparaitre|"
    f"effacer{_not('de|du|des|d')}|crasher (?:contre|dans|en voiture))"
)
_UNLESS_ENDING_SOMETHING = (
    "(?! avec (?!(?:la vie|ma vie|cette vie|tout|moi|l existence|mes jours|ce monde|"
    "cette existence)(?![a-z0-9])))"
)
# Jumping, as people say it before doing it; "sauter le pas", "sauter du lit" are spared.
_JUMP = (
    "sauter(?:"
    + _not(
        "le|la|les|l|un|une|des|du|de|d|en|au|aux|sur|dans|a|partout|haut|loin|dessus|par|"
        "plus|avec|ensemble|comme|sans|pour|quand|si|et"
    )
    + "| (?:du haut )?(?:du|d un|d une|de la|de l|depuis le|depuis la|depuis l|par la|"
    "par dessus la|par dessus le) (?:[a-z]+ )?(?:pont|toit|immeuble|falaise|balcon|"
    "fenetre|viaduc|tour|batiment|parking|rambarde|parapet|train|quai|etage|vide))"
)
# "vivre avec ce bruit", "vivre dans le passé", "vivre à 100 à l'heure": living some way.
_LIVING_SOMEWHERE = "(?: comme ca| comme cela| ainsi)?" + _not(
    "avec|chez|ici|la|a|au|aux|en|dans|sans|loin|pres|sous|seul|seule|ensemble|pour|comme|"
    "sur|d|de|du(?! tout)|des|autrement|ainsi|vite|trop|ca|cela|ce|cette|ces|un|une|le|les|"
    "mon|ma|mes|"
    "son|sa|leur|notre|votre|pleinement|sa vie|ma vie|l instant|au jour"
)
# "exister sur les réseaux", "de respirer la fumée".
_EXIST = "exister" + _not("sur|dans|pour|aux|en|a|au|comme|chez|de|d|du|socialement|en ligne")
_BREATHE = "respirer" + _not("la|le|les|l|du|de|des|un|une|ce|cette|par|avec|dans|en|a|mieux")
# "la vie chère", "ma vie de célibataire": a kind of life, not life.
_THIS_LIFE = _not(
    "de|d|du|des|chere|parisienne|a|au|en|professionnelle|sociale|amoureuse|sentimentale|"
    "etudiante|quotidienne|ici|la bas|actuelle|citadine|active|pro|perso|en ce moment|"
    "en ville|de couple|nocturne|familiale"
)
# Ending it, leaving life: fine after "je vais" too.
_END_IT = (
    f"(?:en finir{_UNLESS_ENDING_SOMETHING}|passer a l acte|"
    "mettre (?:fin|un terme) a (?:mes jours|ma vie|mon existence|tout(?: ca)?|"
    "mes souffrances|ma souffrance)|"
    "partir (?:pour toujours|a jamais|pour l eternite|pour de bon"
    f"(?:{_END}| si tu vois| genre| #? ?si tu vois)|definitivement{_END})|"
    "quitter (?:ce monde|cette terre|la vie|cette vie|ce bas monde|l existence|la terre)|"
    f"(?:arreter|cesser) (?:de vivre{_LIVING_SOMEWHERE}|d {_EXIST}|de {_BREATHE})|"
    "dormir (?:pour toujours|pour de bon|a jamais|"
    "et ne (?:plus jamais|jamais plus|plus|pas|jamais) (?:me )?reveiller)"
    + _not("ce|cette|le|demain|dimanche|samedi|ce matin|ce week end|lol|mdr|ptdr|tellement|tant")
    + "|"
    "(?:sacrer|crisser|sacre|crisse) (?:mon|le) camp (?:de la vie|de ce monde|de la terre|"
    "pour de bon|pour toujours|definitivement)|"
    "(?:log out|logout|me deco|me deconnecter|me desabonner|me desinscrire|demissionner|"
    "me retirer|sortir|partir) de (?:la vie|cette vie|l existence|ce monde)"
    + _not(
        "de|d|des|du|sociale|active|professionnelle|politique|publique|nocturne|parisienne|"
        "etudiante"
    )
    + "|rejoindre (?:[a-z]+ ){1,2}(?:au ciel|la haut|au paradis)|"
    "partir (?:dans mon sommeil|en dormant)|me reposer (?:pour toujours|pour de bon|a jamais)|"
    "(?:rage ?quit(?:ter)?|ragequit|log off|logoff|me desco|me deconnecte|quitter le game) "
    "(?:de )?(?:la vie|pour toujours|pour de bon|irl|definitivement)|"
    "m en aller (?:pour de bon|pour toujours|a jamais|definitivement)|"
    "tirer ma reverence (?:une fois pour toutes|pour de bon|pour toujours|definitivement)|"
    "(?:aller )?manger les pissenlits par la racine|faire dodo pour toujours|"
    "(?:passer|me mettre|me coucher) sous (?:un|le|une|la) (?:train|camion|bus|metro|tram|rer|"
    "voiture)|me supprimer de (?:cette planete|ce monde|la terre|la surface)|"
    "m effacer de (?:la map|ce monde|la terre|cette planete)|"
    "me finir (?:ce soir|cette nuit|maintenant|pour de bon)|"
    f"(?:au|du|le|mon) suicide{_not('de|d|du|des|collectif|assiste|commercial|politique')}|"
    f"{_KILL_MYSELF})"
)
# Living on, denied: "ne plus exister", "plus jamais me réveiller", "jamais être née".
_LIFE = (
    f"(?:{_EXIST}|vivre{_LIVING_SOMEWHERE}|"
    f"etre la{_END}|etre la (?:pour personne|bientot|du tout)|"
    "etre (?:en vie|vivante?s?|de ce monde|sur (?:cette )?terre|parmi vous|ici)|"
    f"me reveiller(?:{_END}| (?:demain|un jour|ce coup ci|cette fois|du tout){_END})|"
    f"me relever{_END}|{_BREATHE}|naitre|etre nee?s?|avoir existe|faire partie de ce monde)"
)
_NO_MORE_LIFE = f"(?:ne )?(?:plus jamais|jamais plus|plus|plu|pu|pus|jamais) (?:{_LIFE}|vivr)"
_NOT_BORN = (
    "(?:ne )?pas (?:me reveiller"
    + _not("a|avant|en|pour|tot|trop|si|quand|avec|au|le|demain a|demain matin a")
    + "|naitre|etre nee?s?|avoir existe|exister|etre en vie)"
)
# Dying, wished: not after "je vais" ("je vais mourir de honte", "je vais mourir, j'ai peur").
_DIE = (
    "(?:mourir"
    + _not(
        "vieux|vieille|de vieillesse|de rire|de honte|de faim|de soif|d ennui|un jour|en paix|"
        "chez|a la maison|dans (?:mon|son|leur) lit|dignement|entoure|entouree|a l hopital|"
        "pour (?:mes|mon|ma|toi|vous|lui|elle|eux|la|le|les|un|une|ce|cette|ca|mon pays)"
    )
    + "|mourrir|mourire|mourir?e|clamser|caner"
    + _not("de|d|au|a|en|sur|le|la|les")
    + "|crever"
    + _not("l abces|les pneus|un pneu|la bulle|de|d|le|la|les")
    + "|disparaitre"
    + _not(
        "de|du|des|d|sous|dans|en|au|aux|a|pour (?:un|une|quelques|le|la|les)|quelques|un|"
        "une|le temps|deux|trois|ce|cette|ailleurs|loin|avec|chez|sur"
    )
    + "|disparaitre (?:pour toujours|a jamais|pour de bon|definitivement|"
    "de la surface de la terre|de ce monde)"
    + f"|{_NO_MORE_LIFE}|{_NOT_BORN}|m eteindre|m evaporer|"
    "etre (?:mort|morte|morts|mortes)" + _not("de|d") + ")"
)

# Self-harm, the act or the urge.
_HURT_MYSELF = (
    "(?:me |m )(?:couper"
    + _not(
        "les cheveux|les ongles|la frange|les pointes|la parole|une|un|des|du|de|d|en|"
        "les cuticules|la barbe|les poils|le souffle|l appetit|la faim"
    )
    + "|scarifier|scarifie|scarifiee|mutiler|automutiler|auto mutiler|taillader|entailler|"
    f"lacerer|faire du mal{_not('a|en')}|faire mal{_not('au|a la|aux|a l|en')}|"
    f"blesser{_not('au|a la|aux|a l|en|avec|pendant|a|aux')}|"
    f"bruler{_not('les ailes|au soleil|la langue|les doigts|en|au|a la|avec le four')}|"
    f"cramer|griffer|mordre{_not('les doigts|la langue|les levres')}|"
    f"frapper{_not('tellement|tant|d avoir|de pas|pour avoir|quand je vois|moi meme')}|"
    "taper la tete|cogner la tete|arracher la peau|faire saigner|"
    "faire (?:des )?(?:marques|entailles|coupures)|ouvrir (?:le|les) (?:bras|poignets|cuisses))"
)
# After "je vais", only what cannot be the kitchen or the gym ("je vais me couper" warns).
_HURT_MYSELF_SOON = (
    "(?:me |m )(?:scarifier|mutiler|automutiler|taillader|entailler|lacerer|"
    f"faire du mal{_not('a|en')}|"
    "couper (?:ce soir|cette nuit|encore|a nouveau|de nouveau|"
    "les (?:bras|poignets|cuisses|jambes)|le (?:bras|poignet)|"
    "avec (?:une|la|ma|des|mes|les) (?:lame|lames|rasoir|cutter|compas))|"
    "bruler (?:expres|encore|avec (?:une|la|ma|des|mes|un|le|mon) (?:cigarette|clope|"
    "briquet)))"
)

# Someone else in danger: a friend, a child, a partner.
_THEY_WILL = (
    "(?:va|vont|allait|allaient|veut|veulent|voulait|voulaient|voudrait|voudraient|"
    "menace de|menacait de|menacent de|parle de|parlait de|pense a|pensait a|compte|comptait|"
    "essaye de|essaie de|essayait de|a essaye de|a tente de|tente de|est en train de|"
    "etait en train de|envie de|a decide de|decide de|est sur le point de)"
)
# Who else: a person, never a thing ("le projet est sur les rails", "le chat est sur le rebord").
_KIN = (
    "(?:il|elle|qui|frere|soeur|ami|amie|pote|copain|copine|fils|fille|mari|femme|pere|mere|"
    "coloc|colloc|collegue|voisin|voisine|cousin|cousine|ex|fiance|fiancee|oncle|tante|enfant|"
    "ado|inconnu|inconnue|homme|mec|meuf|gars|personne|quelqu un)"
)
_THEY_WANT = (
    "(?:veut|veulent|voulait|voulaient|voudrait|voudraient|menace de|menacait de|"
    "menacent de|parle de|parlait de|pense a|pensait a|envie de|a decide de|decide de)"
)
_KILL_THEMSELVES = (
    "se (?:suicider|suicide|sucider|"
    f"tuer{_not('a|au|aux|en')}|buter|flinguer|pendre|foutre en l air|mettre en l air|"
    "faire sauter (?:le caisson|la cervelle|la tete)|tirer une balle|donner la mort|"
    "(?:jeter|balancer) (?:sous|du haut|d un|d une|du|de la|dans le vide|par la fenetre|"
    "a l eau)|defenestrer|ouvrir les veines|couper les veines|"
    f"noyer{_not('dans|sous')}|empoisonner|immoler|supprimer{_not('de|du|des|d')}|"
    "unalive|scarifier|mutiler|automutiler|taillader|faire du mal)"
)
_THEY_END_IT = (
    f"(?:en finir{_UNLESS_ENDING_SOMETHING}|mettre fin a (?:ses jours|sa vie)|passer a l acte|"
    f"{_JUMP}|(?:ne )?plus (?:se reveiller|vivre{_LIVING_SOMEWHERE}|etre en vie|etre la{_END})|"
    "se couper"
    + _not("les cheveux|les ongles|la frange|les pointes|la parole|une|un|des|du|de|d|en|avec")
    + ")"
)

# Medicines and drugs, as people name them in France, Belgium, Switzerland and Quebec.
_DRUG = (
    "(?:medicaments?|medocs?|medics|cachets?|comprimes?|pilules?|gelules?|somniferes?|"
    "anxiolytiques?|antidepresseurs?|antidep|calmants?|tranquillisants?|neuroleptiques?|"
    "antipsychotiques?|benzos?|benzodiazepines?|xanax|lexomil|temesta|stilnox|zolpidem|"
    "valium|seresta|lysanxia|atarax|tercian|lithium|dolipranes?|dafalgan|efferalgan|"
    "paracetamol|ibuprofenes?|advil|nurofen|aspirines?|tramadol|codeine|morphine|opioides?|"
    "opiaces?|heroine|fentanyl|methadone|subutex|insuline|laroxyl|deroxat|prozac|seroplex|"
    "zoloft|effexor|cymbalta|theralene|imovane|zopiclone|lamaline|izalgi|ixprim|sirop|"
    "antalgiques?|analgesiques?|antidouleurs?|anti douleurs?|tylenol|ativan|rivotril|"
    "quetiapine|seroquel|olanzapine|venlafaxine|sertraline|fluoxetine|paroxetine)"
)
_TAKEN = (
    "(?:pris|prise|pri|avale|avalee|gobe|ingere|ingurgite|bouffe|englouti|repris|enfile|enfilee)"
)
_TAKE = f"(?:{_TAKEN}|prendre|prends|prend|avaler|gober|reprendre)"
_ALL = "(?:tous|toutes|tt|tte|ttes)"
_BOX = "(?:boite|boites|plaquette|plaquettes|tube|tubes|flacon|flacons|pilulier|blister)"
# "toute la boîte de chocolats" is a treat, not an overdose.
_NOT_FOOD = _not(
    "(?:de|d|des|du) (?:bonbons?|chocolats?|biscuits?|gateaux?|cookies?|chips|cereales|"
    "glace|mouchoirs|cigarettes|clopes|pates|riz|the|cafe|lait|jus|dentifrice|creme|colle|"
    "peinture|mayo|mayonnaise|ketchup|smarties|m ms|pringles|kinder|allumettes)"
)
_DRINK = (
    "(?:alcool|whisky|whiskey|vodka|vin|biere|bieres|rhum|gin|champagne|tequila|pastis|"
    "rose|rouge|blanc|cognac|bourbon)"
)
# Being found, as the last thing that happens: not "quand ils me trouveront une place".
_FOUND = (
    "(?= #|$| (?:mort|morte|demain|ce soir|trop tard|a temps|avant|pendu|pendue|"
    "inconsciente?|sans vie|dans (?:la|le|ma|mon|l)))"
)
_ON_PURPOSE = "(?:expres|volontairement|intentionnellement|deliberement|sciemment)"


def _kind(kind: Kind, patterns: Sequence[str]) -> list[tuple[Kind, str]]:
    """Patterns tagged with their kind."""
    return [(kind, pattern) for pattern in patterns]


SUICIDE: Sequence[str] = (
    # Intent, wish, plan: the act after the words that carry the intent.
    f"{_INTENT}{_FILL}{_END_IT}",
    f"{_WISH}{_FILL}{_DIE}",
    # Jumping: not after "prête à" ("je suis prête à sauter" is the bungee).
    f"{_LEAD}(?:{_WANT} |{_GOING} |{_URGE}|{_THINK}|{_RATHER}){_FILL}{_JUMP}",
    f"{_WANT} {_FILL}que (?:(?:tout|tout ca|ma vie|la vie|mon existence) (?:s arrete|se termine|"
    "finisse|prenne fin|cesse|s acheve)"
    + _not(
        "un peu|un instant|un moment|quelques|deux|cinq|5|une|pour|le temps|ce|cette|avec|"
        "entre|au|a"
    )
    + "|(?:ca|ce|tout) (?:s arrete|se termine|finisse|soit fini)"
    " (?:# )?(?:pour de bon|pour toujours|a jamais|definitivement))",
    "(?:faut|faudrait|il faut|il faudrait|vaut mieux|il vaudrait mieux|vaudrait mieux|veux|"
    "voudrais|aimerais|prefere|prefererais|souhaite|hate|vivement|envie) que je (?:[a-z]+ )?"
    "(?:meure|creve|disparaisse|parte pour (?:de bon|toujours)|me tue|me suicide|me pende|"
    "en finisse|me foute en l air|arrete de vivre|n existe plus|existe plus)",
    # Present and future forms of the act itself.
    f"(?:je me|jme|j me) laisse (?:mourir|crever|deperir|glisser vers la mort|partir{_END})",
    "(?:je me|jme|j me) (?:suicide|tue|flingue|pends|bute|fous en l air|fou en l air) "
    "(?:ce soir|cette nuit|demain|"
    "maintenant|bientot|ce week end|cette semaine|tout de suite)",
    f"(?:je me|jme|j me) suicide{_END}",
    "(?:je |j )?(?:me |m )(?:tuerai|tuerais|suiciderai|suiciderais|pendrai|pendrais|"
    "flinguerai|buterai|foutrai en l air)"
    + _not(
        "au volant|en voiture|a la tache|au travail|pour (?:un|une|des|du|de la|ce|cette|ca|"
        "avoir|le|la|les|lui|elle|toi)"
    ),
    "(?:m|me) ?unalive|munalive",
    # "kms", but never kilometres ("10 kms", "quelques kms").
    "(?<![0-9] )"
    + _after_none(
        "de|des|les|quelques|plusieurs|few|of|some|many|the|more|extra|mille|cent|aux|en|et|those"
    )
    + "kms"
    + _not("a|de|d|par|pour|jusqu|en|of|to|from|away|per|run|ran|walk|walked|drive|la|du"),
    # Not wanting, not able, no reason to live.
    "(?:plus|plu|pu|pus|pas|aucune|0|zero|perdu|jamais eu|plus jamais)"
    "(?: (?:vraiment|trop|du tout|aucune|l|d|tellement|la moindre)){0,2} envie (?:de |d )"
    f"(?:vivre{_LIVING_SOMEWHERE}|{_EXIST}|rester en vie|etre en vie|continuer{_END}|"
    "continuer a vivre|"
    "etre vivante?)",
    "(?:plus|pu|pus|aucune|aucun|pas|perdu|quelle|plus aucune|plus aucun|plus de)"
    "(?: (?:la|le|l|une|aucune|aucun|de|d|du tout|vraiment|seule|bonne)){0,2} "
    "(?:raison|raisons|force|volonte|gout|courage|motivation|interet|sens|but) (?:de |d |a )"
    f"(?:vivre|rester en vie|continuer a vivre|exister|etre en vie|continuer{_END}|"
    f"etre la{_END}|etre ici{_END}|rester{_END}|rester ici|rester sur terre)",
    "(?:plus|pu|pus|perdu|aucun|pas|0|zero) (?:le |du |de |d )?gout (?:de |a )(?:vivre|la vie)",
    f"a quoi (?:bon|ca sert (?:de|d)) (?:vivre|exister|rester en vie|continuer{_END})",
    "(?:fatigue|fatiguee|fatigues|epuise|epuisee|lasse|las|marre|ras le bol|degoute|degoutee|"
    "sature|saturee|use|usee|creve|crevee|peux plus|peu plus|jpp|jpeux plus|en peux plus|tanne|"
    "tannee) "
    f"(?:d |de )(?:vivre{_LIVING_SOMEWHERE}|(?:la|ma|cette) vie{_THIS_LIFE}|{_EXIST}|"
    f"etre en vie|etre vivante?|{_BREATHE}|survivre|etre la{_END})",
    "(?:supporte|supporter|jsupporte) (?:plus|pu|pus) (?:la vie|de vivre|d exister|ma vie|"
    "cette vie|d etre en vie|d etre vivante?)",
    f"{_NOT_OTHERS}(?:peux|peu|pe|jpeux|arrive|arrivais) (?:plus|pu|pus|pas) (?:a )?"
    "(?:vivre (?:comme ca|ainsi|comme cela)|continuer a vivre|rester en vie|exister|"
    "me convaincre de (?:vivre|rester en vie|continuer))",
    "(?:pas sur|pas sure|plus sur|plus sure|sais pas si|sais plus si) "
    "(?:de vouloir|je veux|que je veux|d avoir envie de) "
    f"(?:etre (?:encore )?la (?:demain|dans un an|la semaine prochaine)|etre encore la{_END}|"
    f"etre la{_END})|"
    "(?:pas sur|pas sure|plus sur|plus sure|sais pas si|sais plus si) "
    "(?:de vouloir|je veux|que je veux|d avoir envie de) "
    f"(?:survivre|(?:vivre|rester en vie){_LIVING_SOMEWHERE})",
    "(?:vivre|etre vivante?|etre en vie|exister) (?:me )?(?:pese|fatigue|epuise) trop",
    "(?:merite|jmerite|meriterais) (?:pas|plus) (?:de vivre|d etre en vie|d exister|"
    f"d etre la|de respirer|d etre ne|d etre nee){_LIVING_SOMEWHERE}",
    "(?:la vie|vivre) (?:c est|est) (?:fini|finie|termine|terminee) pour moi",
    "(?:ma vie|la vie|la mienne) (?:peut|pourrait|doit|devrait) (?:juste |bien )?"
    "(?:s arreter|se terminer|finir|prendre fin)",
    "(?:hate|vivement|envie|veux|voudrais|aimerais|attends|espere) (?:que )?(?:ma vie|"
    "mon existence) (?:soit finie|soit terminee|se termine|finisse|s arrete|prenne fin)",
    "(?:espere|prie|aimerais|voudrais|veux|souhaite) (?:que )?mon (?:corps|c ur|coeur) "
    "(?:lache|lachera|s arrete|s arretera|arrete|cede|flanche)",
    f"{_NOT_OTHERS}(?:souhaite|veux|desire|attends|espere|reve de|appelle|merite|jmerite) "
    f"(?:ma (?:propre )?mort|la mort){_not('de|d|du|des|naturelle|dans la dignite')}",
    # Not waking up, wished for.
    "(?:espere|prie pour|prie|souhaite|aimerais|voudrais) (?:juste |seulement |vraiment )?"
    "(?:que )?(?:je )?(?:ne )?"
    "(?:me reveille(?:rai|rais)? (?:pas|plus|jamais)|(?:pas|plus|jamais) me reveiller)"
    f"(?:{_END}| (?:demain|ce soir|cette nuit|un jour|cette fois|ce coup ci|plus jamais|"
    f"jamais|demain matin|le lendemain){_END})",
    "(?:sommeil|dormir|m endormir|endormir|me coucher|m allonger)(?: [a-z]+){0,4} et (?:ne )?"
    "(?:plus jamais|jamais plus|plus|pas|jamais) (?:me )?(?:reveiller|relever)",
    "(?:pour|bouton pour|moyen de|pilule pour) (?:arreter|cesser) (?:d exister|de vivre)",
    "(?:bouton|pilule|interrupteur) pour (?:ne )?(?:plus|pas|jamais) (?:exister|vivre|etre la|"
    "me reveiller)",
    "(?:serais|serait|serai|sera|suis|serions|seraient) (?:bien |tellement |vraiment )?mieux "
    "(?:mort|morte|morts|mortes|sous terre|six pieds sous terre)",
    f"{_WANT} {_FILL}que (?:ca|tout|tout ca) (?:finisse|s arrete|se termine)(?: [a-z]+){{0,2}} "
    "(?:# )?(?:peu importe comment|d une maniere ou d une autre|n importe comment)",
    # Thoughts of it, had now (not "j'avais des idées suicidaires").
    "(?:j ai|jai|g|j|avoir|ai) (?:des |encore des |toujours des |de nouveau des |a nouveau des |"
    "beaucoup d |plein d |souvent des |tout le temps des )?(?:idees|pensees|envies|pulsions) "
    "(?:suicidaires|de suicide|de me tuer|d en finir|de mourir)",
    "(?:dommage|tant pis|deception|decue?|encore rate|rate) (?:que je me sois|je me suis|"
    "de m etre) (?:encore )?reveillee?",
    "(?:dormir|m endormir) et que (?:ce|ca|tout) (?:soit|se) (?:fini|finisse|termine|arrete)",
    "que (?:ce|ca|tout) soit (?:enfin )?fini (?:pour de bon|pour toujours|a jamais)",
    "pourquoi (?:j ai survecu|je suis (?:encore|toujours) (?:en vie|vivante?)|"
    "je suis pas morte?|je vis encore)",
    # Dying, and the only way out.
    "(?:mourir|crever|disparaitre|en finir|la mort|me tuer) (?:# )?(?:c est|cest) "
    "(?:tout ce que|la seule chose que|ce que) (?:je veux|j attends|je souhaite|je demande)",
    "(?:le suicide|la mort|mourir|en finir|me tuer|disparaitre) (?:c est|est|serait|reste|"
    "semble|me semble) (?:la |ma |une )?(?:seule|derniere|meilleure|unique) (?:solution|"
    "issue|option|porte de sortie|echappatoire|sortie|delivrance)",
    "(?:seule|derniere|unique) (?:solution|issue|option|porte de sortie|sortie) (?:c est|"
    "est|serait|reste|que je vois c est) (?:de )?(?:mourir|la mort|le suicide|d en finir|"
    "de me tuer|de disparaitre)",
    "(?:pas|plus|aucune) (?:d autre |de |d )?(?:issue|solution|sortie|echappatoire) que "
    "(?:la mort|de mourir|mourir|le suicide|d en finir|de me tuer)",
    "(?:la mort|mourir|ma mort) (?:serait|sera|est|c est) (?:une|la|ma|un) "
    "(?:delivrance|liberation|soulagement|repos)",
    "(?:pense|pensais|vois|voir) (?:souvent |parfois |beaucoup )?(?:a )?la mort comme "
    "(?:un|une|la|le) (?:repos|delivrance|liberation|soulagement|solution|issue)",
    "ma mort (?:arrangerait|soulagerait|ferait du bien|rendrait service|serait un soulagement|"
    "arrange|simplifierait)",
    "(?:comment|moyens? de|methodes? pour|facons? de) (?:mourir sans (?:douleur|souffrir|"
    "souffrance)|me suicider|me tuer|en finir|se suicider|se tuer|mourir vite|"
    "mourir rapidement)",
    "(?:mourir|me tuer|en finir|partir) sans (?:douleur|souffrir|souffrance)",
    "(?:mourir|me tuer|failli mourir) (?:[a-z]+ ){0,3}de ma (?:propre )?main",
    "(?:le |mon )grand saut (?:# )?(?:litteralement|pour de vrai|pour de bon|pour toujours)",
    "(?:je sais|j ai decide|choisi|prevu|decide) (?:exactement )?(?:comment et quand|"
    "quand et comment|ou et quand|quand et ou)"
    + _not("je vais (?:lui|leur|le|la|les|vous|te|t|l)|lui|leur|le|la|les|vous|te|t|l|j"),
    f"(?:choisi|fixe) (?:la date|le jour|le moment|l heure){_END}",
    "(?:pense|jpense) (?:a )?passer a l acte",
    # Passive wishes: an accident, an illness, a careless crossing.
    "(?:aimerais|voudrais|veux|espere|prie pour|souhaite) qu (?:il )?(?:m arrive|me tombe "
    "dessus) (?:un accident|malheur|un truc grave|quelque chose de grave|une maladie|"
    "un cancer)",
    "(?:avoir|attraper|choper) (?:une maladie|un cancer|un truc|quelque chose)(?: grave)? "
    "et (?:mourir|crever|partir)",
    "(?:qu on|que quelqu un|quelqu un) (?:me )?(?:debranche|m eteigne|m acheve|me tue|"
    "m abatte|me bute|appuie sur off)",
    "(?:attends|espere|prie) que (?:ca|la maladie|le cancer|la mort|quelque chose) m emporte",
    "si (?:ca|la maladie|ca m) m emporte (?:# )?(?:tant pis|tant mieux|ok|ca m est egal)",
    "(?:je traverse|jtraverse) (?:la route |la rue )?sans regarder"
    + _not("mon|ma|mes|le|la|les|son|sa|ses|dans|derriere|a|au|autour|personne"),
    "regarde (?:plus|pas|jamais) (?:quand|en|avant de) (?:je )?travers(?:e|er|ant)",
    "si je (?:meurs|mourais|creve|crevais|disparaissais)(?: [a-z]+){0,2} (?:# )?"
    "(?:ca m est egal|je m en fous|je m en fiche|tant mieux|tant pis|ca m arrangerait|"
    "(?:ca|cela) (?:me )?(?:derangerait|generait|derange|gene) pas)",
    # Others better off: the burden they believe they are.
    "personne (?:ne )?(?:me regretterait|me pleurerait|me regrettera|me pleurera)",
    _after_none("passera|passerait|passe|debrouilleront|debrouillera|fera|ferait")
    + "mieux (?:[a-z]+ ){0,2}sans moi"
    + _not("a|au|aux|en|pour|ce|cette|demain|dans|sur|chez|lors|pendant|aujourd hui"),
    "(?:heureux|heureuse|heureuses|tranquilles?|libres?|soulages?|soulagees?|en paix) sans moi",
    "(?:plus simple|plus facile|mieux|plus heureux|plus heureuse|plus heureuses|"
    "plus tranquilles?|soulages?|soulagees?|plus leger|plus legere|plus sereins?) "
    "(?:pour (?:tout le monde|eux|elle|lui|ma famille|mes proches) )?si "
    "(?:(?:j etais|jetais|je serais|je n etais|j existais|je n existais) (?:plus|pu|pas|jamais) "
    "(?:la|ne|nee|en vie|vivante?|de ce monde|ici)|j existais (?:plus|pas)|"
    "(?:j etais|jetais|je serais) (?:morte?|partie? pour de bon|pas nee?|jamais nee?)|"
    "je (?:disparaissais|mourais|partais pour de bon|crevais|me tuais|me suicidais|"
    "n existais plus|n existais pas))",
    "(?:personne|qui|quelqu un) (?:ne )?(?:remarquerait|remarquera|verrait|s en rendrait compte|"
    "s en apercevrait|s en soucierait|me pleurerait|me regretterait|me regrettera|"
    "pleurerait|viendrait|viendra)(?: [a-z]+){0,3} (?:si (?:je |j )(?:disparaissais|mourais|"
    "partais|crevais|me tuais|me suicidais|n etais plus|n existais plus|etais plus la|etais mort|"
    "etais morte|disparais|meurs|mourrais)|a mon enterrement|mon absence|"
    "a mes obseques|ma mort|a mes funerailles)",
    "(?:seront|seraient|serez|seras|sera|serait|serais) (?:enfin |bientot |tous )?"
    "(?:debarrasses?|debarrassees?|liberes?|liberees?) de moi",
    "(?:les|vous|te|la|le|lui) (?:soulager|liberer|debarrasser) (?:de moi|pour de bon|"
    "pour toujours|definitivement)",
    "(?:laisser|laisse|laisserai) (?:la|ma) place (?:# )?(?:pour de bon|pour toujours|"
    "definitivement)",
    "(?:je suis|jsuis|suis|chu|chui|je me sens|jme sens|me sens|d etre|d avoir ete) "
    "(?:(?:qu|comme|juste|vraiment|tellement|toujours|encore|rien qu|seulement|plus qu) )?"
    "(?:un|une) (?:(?:vrai|veritable|gros|grosse|enorme|simple) )?"
    f"(?:fardeau|poids|charge){_not('mort|lourd|de|d|en|a|au|utile|mentale|emotionnelle')}"
    f"(?! pour (?:moi|toi|lui|personne|rien){_EDGE})",
    "(?:un|une) (?:(?:vrai|veritable|gros|grosse|enorme|simple) )?"
    "(?:fardeau|poids|charge|boulet|probleme|plaie|fleau|poids mort) pour (?:tout le monde|"
    "ma famille|mes proches|les autres|les gens|eux|mes parents|mes enfants|mon entourage|"
    "ceux que j aime|ma femme|mon mari|mon copain|ma copine|mes amis|ma mere|mon pere|"
    "mes potes|mon fils|ma fille|mes collegues|la societe|le monde)",
    "(?:pas|plus) (?:ma|de) place (?:ici (?:# )?ni |ni )?(?:ici bas|sur terre|sur cette terre|"
    "dans ce monde|nulle part|parmi vous|parmi les vivants)",
    "(?:de|en) trop (?:sur (?:cette )?terre|dans ce monde|ici bas|dans cette vie|partout)",
    f"(?:devrais|devrait|dois) (?:plus|pas|pu) (?:exister|etre en vie|etre la{_END}|vivre|"
    "etre ne|etre nee)",
    # Goodbyes: the last message, the last night, the words left for others.
    "(?:je |j )?(?:vous|te|t) dis adieu",
    "(?:derniere fois que (?:vous|tu) (?:entendez|entends|aurez|auras|avez|as) (?:parler de moi|"
    "de mes nouvelles)|(?:vous|tu) (?:n )?entendr(?:ez|as) plus (?:jamais )?parler de moi)",
    _after_none("d|l|les|nos|leurs|mes|ses|tes|vos|ces|un|des|dit|dire|dis|dites|faire|fait")
    + "adieux?(?: (?:a tous|a toutes|tout le monde|le monde|monde cruel|pour toujours|"
    "pour de bon|pour de vrai|a jamais|definitivement|les amis|mes amis|la famille|a vous|"
    "a toi|les gens|vous tous|la compagnie))?"
    "(?= #|$| je | j | et (?:merci|pardon|desolee?)| merci| pardon| desolee?| prenez| prends|"
    " hein| cette fois| le bot| jvous| jte| pour de vrai)",
    "au revoir la vie" + _THIS_LIFE + _not("etudiante|active|de|d|du|citadine|d avant") + "|"
    "au revoir (?:monde cruel|cruel monde|le monde|a tous pour toujours|pour toujours|"
    "pour de bon|a jamais|definitivement|pour la derniere fois)",
    "dire (?:au revoir|adieu) (?:# )?(?:pour de bon|pour toujours|a jamais|une derniere fois)",
    "(?:envoye|envoyer|envoie|ecrit|ecrire|ecris|laisse|laisser|laisserai|poste|recu|"
    "m a envoye|m envoyer|a envoye|a poste|a ecrit|prepare|redige|enregistre) (?:[a-z]+ ){0,2}"
    "(?:message|messages|mot|mots|video|texto|textos|sms|lettre|lettres|mail|mails|note|notes) "
    "d adieux?"
    + _not("a (?:mon|ma|son|sa|mes|ses) (?:ex|boulot|travail|job|appart|equipe|collegues)"),
    "(?:c etait|c etait un|ce fut|ce fut un|c etait une) (?:(?:vraiment|un vrai|un) )?"
    "(?:plaisir|cool|sympa|chouette|honneur|genial|bien|top|une chance|bonheur) "
    "(?:de |d )(?:vous|te|t) (?:avoir )?(?:connaitre|connu)",
    "(?:c est|ceci est|voici|ce sera|ca sera|sera|c etait|ce message est|ce sont) "
    "(?:mon|mes) derni(?:er|ers) (?:message|messages|mot|mots)"
    + _not("de|d|du|pour|sur|a|au|aux|dans|en|etait|sur"),
    "derniers? messages? avant (?:que je (?:parte|m en aille|meure|disparaisse)|"
    "de (?:partir|mourir|disparaitre|m en aller|le faire))",
    f"(?:ce sera|ca sera|c est|c etait|voici) ma derniere nuit{_END}",
    "(?:ce sera|ca sera|c est|c etait|voici) (?:ma derniere (?:nuit|soiree|journee)|"
    "mon dernier (?:jour|soir)) (?:sur terre|en vie|ici bas|parmi vous|vivante?)",
    "(?:vous|t|te) (?:embrasse|aime|serre dans mes bras|dis adieu|dis au revoir|ecris|parle) "
    "(?:[a-z]+ ){0,2}une derniere fois"
    + _not("pour|avant|au sujet|a propos|concernant|de|d|du|des|sur"),
    "une derniere fois (?:# )?(?:je (?:vous|t|te) (?:aime|embrasse)|adieu)",
    "(?:dites|dis|dite) (?:a )?(?:ma|mon|mes) (?:[a-z]+ ){1,2}(?:que je (?:l|les|la|le) "
    "(?:aime|aimais|aimerai toujours)|que c (?:est|etait) pas (?:sa|leur|ta|votre) faute|"
    "que je suis desolee?|que je (?:m excuse|regrette))",
    "(?:pardonnez moi|pardonne moi|pardon|desolee?|excusez moi|m en voulez pas|"
    "m en veux pas|m en voulez) (?:# )?(?:je (?:pouvais|pouvait|pouvai) (?:plus|pu|pus)|"
    "je n en pouvais plus|j en pouvais plus|c etait trop dur|c etait trop|c est trop dur|"
    "j avais pas le choix|j ai pas le choix)",
    "(?:pardon|desolee?|excusez moi|pardonnez moi|pardonne moi) (?:[a-z]+ ){0,4}(?:pour|de) "
    "ce que je (?:vais faire|vais me faire|m apprete a faire|compte faire|"
    "suis sur le point de faire)",
    "(?:pardon|desolee?) (?:a tous|a toutes|a tout le monde|pour tout) (?:# )?"
    "(?:je vous aime|je t aime|adieu|prenez soin)",
    "(?:on se reverra|on se retrouvera|je vous retrouverai|je te retrouverai|on se revoit|"
    "a bientot|je vous attends|je t attends) (?:de l autre cote|la haut|au ciel|au paradis|"
    "dans l autre monde)" + _not("de|d|du|des"),
    "(?:je serai|je serais|jserai) enfin (?:en paix|libre|libere|liberee|delivree?)"
    f"(?:{_END}| (?:pour toujours|a jamais|pour de bon))",
    f"(?:je pars|je peux partir|je vais partir|jvais partir|je m en vais|partir) en paix{_END}",
    "merci (?:pour tout|d avoir ete la|a tous) (?:(?:[a-z0-9]+|#) ){0,12}(?:(?:je suis|jsuis|"
    f"je serai|jserai) (?:plus|pu) la|adieu|je m en vais{_END}|je pars{_END})",
    "assurance (?:vie|deces)(?: [a-z]+){0,3} (?:ils|elle|il|ma famille|mes enfants|ma femme|"
    "mon mari) (?:seraient|seront|serait|sera|toucheraient|toucheront|touchera|toucherait)",
    "(?:m arrete|arrete la|arrete tout|vous laisse|te laisse|les laisse|m en vais|men vais|"
    "tire ma reverence|ferme les yeux) (?:# )?pour toujours",
    # Putting things in order: the tells of someone leaving for good.
    "(?:quand|lorsque|une fois que|pour quand|lorsqu) (?:je |j )?(?:ne )?(?:serai|serais|suis) "
    "(?:plus|pu|pus) (?:la|en vie|de ce monde|vivante?)"
    + _not(
        "ce|cette|cet|demain|la semaine|le week end|pour (?:le|la|les)|a|au|en|de|du|avant|"
        "apres|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|jusqu"
    ),
    "(?:je |j )?(?:ne )?(?:serai|jserai) (?:plus|pu|pus) (?:la(?= #|$| pour (?:longtemps|"
    "m en occuper|personne|vous|eux|toi)| bientot| de toute facon)|"
    "en vie|de ce monde|vivante?|parmi vous|sur terre)",
    "(?:compte les jours|hate|vivement|attends) (?:avant (?:de |d )?|d |de |jusqu a )(?:ne )?"
    "(?:plus etre la|mourir|en finir|crever)",
    "(?:pour (?:pas|ne pas) qu|quand|lorsqu|avant qu|d ici a ce qu) (?:ils|elle|il|on|elles) "
    "me (?:trouve|trouvent|trouvera|trouveront|decouvre|decouvrent|decouvriront|retrouvent|"
    f"retrouveront){_FOUND}",
    "(?:pour (?:pas|ne pas) que|quand|lorsque|avant que) (?:ma famille|mes parents|ma mere|"
    "mon pere|mes enfants|les enfants|mon mari|ma femme|mon copain|ma copine|mes proches|"
    "quelqu un|personne|ma fille|mon fils|ma coloc|mon coloc) me (?:trouve|trouvent|trouvera|"
    f"trouveront|decouvre|decouvrent|decouvrira|decouvriront){_FOUND}",
    "(?:lettre|lettres|mot|mots) (?:[a-z]+ ){0,6}(?:# )?(?:ils|elle|il|on|elles) (?:la|le|les) "
    "(?:trouvera|trouveront|lira|liront|decouvrira|decouvriront) (?:demain|apres|bientot|"
    "quand)",
    "(?:lettre|lettres|mot|mots|message|messages|video) (?:[a-z]+ ){0,4}pour (?:apres ma mort|"
    "quand je serai (?:plus|pu) la|apres mon depart)",
    "(?:choisi|prepare|organise|regle|planifie|paye|paie|prevu|ecrit|reserve|organiser|"
    "preparer|planifier|choisir|regler) (?:[a-z]+ ){0,4}(?:mon|mes|les) (?:propre |propres )?"
    f"(?:enterrement|obseques|funerailles|cercueil){_not('de|d|du|des')}",
    "(?:tout mon argent|toutes mes economies|mes affaires|tout ce que j ai|tous mes [a-z]+|"
    "toutes mes [a-z]+|mes economies|mon argent)(?: (?:[a-z0-9]+|#)){0,8} (?:j en aurai|"
    f"jen aurai|j en aurais) (?:plus|pu|pus) (?:jamais )?besoin{_END}",
    "(?:donne|donnee|distribue|legue|offert|laisse|vire|transfere) (?:tout|toutes|tous)? ?"
    "(?:mes|ses) (?:affaires|biens|possessions|economies|objets|trucs)"
    + _not(
        "de|d|a (?:une |la |l )?(?:asso|association|croix rouge|emmaus|secours|vinted|"
        "recyclerie|friperie)"
    ),
    "(?:vire|donne|transfere|legue) (?:tout mon argent|toutes mes economies|tout ce que j ai)",
    # Places and means, named only so they are recognised.
    "(?:achete|acheter|prepare|accroche|attache|noue|nouer|trouve) (?:une|la|ma) corde"
    + _not("a|d|de|pour|en|neuve|d escalade|de guitare"),
    "(?:corde|n ud coulant|noeud coulant) (?:au|a la|autour du) (?:plafond|poutre|cou|arbre)",
    "(?:n ud coulant|noeud coulant)",
    "(?:je suis|jsuis|chu|suis|assise?|allongee?|couchee?|debout) (?:allongee? |couchee? |"
    "assise? )?sur (?:les rails|les voies|la voie ferree)"
    + _not("maintenant|depuis|de nouveau|a nouveau|du succes|de la reussite|pour|avec|grace"),
    "(?:marche|vais|descends|avance|me dirige|cours) (?:vers|sur|jusqu aux) les (?:voies|rails)",
    "(?:je suis|jsuis|chu|suis|assise?|debout|monte|montee) (?:sur le rebord|sur le parapet|"
    "sur la rambarde|au bord du vide|au bord du toit|sur le toit (?:de mon immeuble|"
    "de l immeuble|du batiment|de la tour|du lycee|de l hopital|du parking))"
    + _not("pour|avec|a|en train|entre|on|sur|en|au|pendant|lors|dans|de la|du"),
    "(?:foncer|me jeter|me crasher|me precipiter|rouler) (?:avec ma voiture |"
    "en voiture )?(?:dans|contre|sur) (?:un|une|le|la) (?:arbre|mur|pilier|platane|"
    "pile de pont|camion|muret|glissiere|rocher|falaise)"
    + _not("en (?:rentrant|regardant|allant)"),
    # A past attempt, and wanting to try again.
    "(?:(?:une|ma|la|fait une|des|mes|deux|2|premiere|derniere|ma premiere|ma derniere) ts|"
    "tentatives?)(?: (?:[a-z0-9]+|#)){0,10} (?:envie de |j ai envie de |pense a |"
    "je pense a |jpense a |vais |veux |jveux |jvais |compte )?"
    + _after_none("pas|jamais")
    + "(?:recommencer|retenter|reessayer|refaire|y repense|y pense|j y repense|j y pense|"
    "y reflechis|recommence a y penser|y repenser)",
    "deja (?:tente|essaye|essaie|fait une ts)(?: (?:[a-z0-9]+|#)){0,6} (?:envie de |"
    "j ai envie de )?"
    + _after_none("pas|jamais")
    + "(?:recommencer|retenter|reessayer|refaire|y repense|y pense|j y repense|j y pense)",
    # Someone else in danger.
    f"{_THEY_WILL} {_FILL}{_KILL_THEMSELVES}",
    f"{_THEY_WILL} {_FILL}{_THEY_END_IT}",
    f"{_THEY_WANT} {_FILL}mourir"
    + _not(
        "vieux|vieille|de vieillesse|un jour|en paix|chez|a la maison|dans (?:mon|son|leur) lit|"
        "dignement|entoure|entouree|a l hopital|pour|de|d|sans souffrir|plutot"
    ),
    "se (?:tuera|tuerait|tueront|tueraient|suicidera|suiciderait|suicideront|suicideraient|"
    "pendra|pendrait|jettera|jetterait)"
    + _not("au volant|en voiture|a la tache|au travail|a force|a le|a la"),
    "(?:donne|distribue) (?:toutes |tous )?ses (?:affaires|biens|possessions)"
    + _not("de|d|a (?:une |la |l )?(?:asso|association|croix rouge|emmaus|vinted)"),
    "(?:en finira|en finirait|en finiront|en finiraient)" + _UNLESS_ENDING_SOMETHING,
    # Someone else at the edge, shut in with the means, or gone with them.
    f"{_KIN} (?:est|etait) (?:assise? |assis |debout |monte |montee )?(?:sur (?:les rails|"
    "les voies|la voie ferree|le rebord (?:de la|d une) fenetre|le parapet|la rambarde)|"
    "au bord du (?:vide|toit|pont)|sur le toit de (?:l immeuble|son immeuble|la tour|l hopital))"
    + _not("pour|avec|a|en train|on|et (?:on|elle|il) (?:prend|regarde|fait)|depuis"),
    "enjamb(?:er|e|ait|ant) (?:la|le) (?:rambarde|parapet|garde corps|garde fou|balustrade|"
    "barriere du pont)",
    "(?:enferme|enfermee|enfermes|enfermees)(?: [a-z]+){0,5} avec (?:des|ses|les|mes|un|une|la|"
    "sa|ma|son|mon|plein de) (?:cachets|medocs|medicaments|comprimes|somniferes|lame|lames|"
    "couteau|corde|rasoir|cutter|fusil|arme|pistolet)",
    "(?:est|sont) (?:partie?s?|sortie?s?) avec (?:(?:la|une|sa|son|le|un|une) (?:corde|fusil|"
    "arme|pistolet|carabine)|(?:les|des|tous les|toutes les|tous ses|toutes ses) (?:cachets|"
    "medocs|medicaments|somniferes|comprimes))"
    + _not(
        "d escalade|de rappel|a sauter|de securite|pour (?:la|le) (?:chasse|club|stand)|"
        "de chasse pour|en vacances"
    ),
    "disparu(?: [a-z]+){0,4} (?:avec|en laissant|laisse) (?:un|une) (?:mot|lettre)",
    "(?:ceinture|corde|cable|drap|cordelette) autour du cou",
    "s est (?:encore )?(?:coupee?|tailladee?|ouverte?|scarifiee?) les (?:bras|poignets|veines|"
    "cuisses|avant bras)",
    "(?:va|vont|veut|veulent|allait|menace de|menacait de) (?:prendre|avaler) (?:tous|toutes) "
    f"(?:ses|les|leurs) (?:[a-z]+ )?{_DRUG}",
    "(?:a|avait|as|ai|ont) (?:un|une) (?:plan|date|methode) pour (?:mourir|se tuer|"
    "se suicider|en finir|me tuer|me suicider)",
    "(?:cherche|cherchait|recherche|regarde|tape) (?:sur internet |en ligne |sur google )?"
    "comment (?:mourir|se tuer|se suicider|en finir|me tuer|me suicider|se pendre|me pendre)"
    + _not("dans|sur (?:minecraft|le jeu)|en jeu|au jeu|avec (?:le|un) perso"),
    "(?:dit|ecrit|envoye|annonce) qu (?:il|elle) (?:a|avait) tout (?:avale|pris)"
    "(?= #|$| il y a| ce soir)|"
    "(?:qui |elle |il )(?:a|avait) avale (?:des|tous ses|toutes ses|plein de|une boite de|"
    f"la boite de) (?:[a-z]+ )?{_DRUG}"
    + _not("pour|contre|comme|prescrits?|a l heure|du soir|du matin"),
    # Plans with no crisis word: the method at hand, the place, the hour, no way back.
    "(?:demain|ce soir|cette nuit|bientot|maintenant|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    "dimanche|apres|cette semaine|ce week end) (?:# )?(?:je me|jme|j me) (?:tue|suicide|"
    f"fous en l air|fou en l air){_END}",
    "(?:demain|ce soir|cette nuit|maintenant|bientot|tout a l heure|cette fois) (?:# )?"
    f"(?:je |j )saute{_END}",
    "(?:m endormirai|m endormirais|m endors|m endormir) (?:ce soir |cette nuit )?"
    "(?:pour de bon|pour toujours|a jamais|definitivement)",
    f"(?:tout|ce qu il (?:me )?faut|ce qu il (?:me )?fallait|de quoi|le necessaire|assez|{_DRUG})"
    f"(?: [a-z]+){{0,3}} pour en finir{_UNLESS_ENDING_SOMETHING}",
    "(?:pierres|cailloux|galets) dans (?:mes|les|ses) poches",
    "(?:moteur|voiture) (?:allume|allumee|qui tourne|en marche|tourne)(?: [a-z#]+){0,6} "
    "(?:garage ferme|porte (?:est )?fermee|portes (?:sont )?fermees|porte du garage fermee)|"
    "dans la voiture(?: [a-z#]+){0,3} moteur (?:allume|qui tourne|en marche)(?: [a-z#]+){0,3} "
    "(?:dans le|du) garage",
    "(?:charbon|braises)(?: de bois)? et (?:du |le |un )?(?:scotch|ruban adhesif|adhesif)|"
    "(?:scotch|ruban adhesif) et (?:du |le )?charbon",
    "(?:teste|tester|essaye|essaie|essayer|verifie|verifier) (?:si )?(?:la|le|une|un) "
    "(?:poutre|branche|crochet|noeud|n ud)(?: (?:[a-z]+|#)){0,5} (?:tient|tiendra|tenait|"
    "tiendrait|etait solide|est solide|pret|prete)"
    + _not("pour (?:la|le|les) (?:balancoire|hamac|cabane|lampe|lustre|velo|linge)"),
    "(?:couteau|lame|rasoir|fusil|pistolet|arme) (?:est )?sous mon oreiller",
    "viser (?:le|un|une|la) (?:pilier|platane|arbre|mur|camion|poteau|pile du pont|glissiere)",
    "(?:un|mon) rendez vous avec (?:le vide|la mort)",
    "(?:y aura|il y aura) (?:pas|plus) de demain|(?:y a|il y a) (?:pas|plus) de demain pour moi",
    "demain (?:ne )?(?:viendra|arrivera) (?:pas|jamais|plus) pour moi",
    "dernier jour (?:ou|que) je (?:me leve|respire|vis|suis (?:la|vivante?|en vie)|me reveille)",
    "(?:mer|eau|lac|riviere|fleuve)(?: [a-z]+){0,3} jusqu a ce que (?:ce|ca|tout) soit fini",
    "(?:quand|lorsque|des que) (?:tu liras|vous lirez|tu lis|vous lisez|tu auras lu|"
    "vous aurez lu|ils liront|elle lira|il lira) (?:ca|ce message|ceci|cette lettre|ces mots|"
    "mon message) (?:# )?(?:je serai (?:mort|morte|partie?|plus la|en paix|sur le pont|"
    "loin de tout|enfin libre|deja loin)|ce sera (?:trop tard|fini|fait)|il sera trop tard|"
    "je (?:ne )?serai (?:plus|pu) (?:la|de ce monde))",
    "(?:personne|ils|elle|il|on) (?:ne )?me (?:trouve|trouvent|trouvera|trouveront) (?:avant "
    "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la fin|longtemps|plusieurs|"
    f"des jours|le matin)|vite{_END})",
    "(?:celui|celle|ceux|la personne) qui me (?:trouvera|trouveront|retrouvera|retrouveront)"
    + _FOUND,
    "pas (?:ma fille|mon fils|mes enfants|les petits|ma mere|mon pere|ma femme|mon mari) qui me "
    "(?:trouve|trouvent|trouvera|trouveront)",
    "(?:quand|lorsque) (?:ils|on|elle|il) (?:trouveront|trouvera|retrouveront|retrouvera) "
    "(?:mon|ma) (?:tel|telephone|corps|portable)",
    # A past attempt, and the next one: "cette fois je raterai pas".
    "(?:sauvee? de justesse|(?:on m a|m ont) (?:trouvee?|sauvee?|reanimee?|ramassee?)"
    "(?= #| a temps| trop tot| de justesse| inconsciente?| juste a temps| et)|"
    "lavage d estomac|survecu une fois)(?: (?:[a-z0-9]+|#)){0,12} "
    "(?:cette fois|la prochaine fois|la prochaine|j y repense|ca revient)",
    "(?:veux|voudrais)? ?(?:pas|plus) qu on me reanime (?:cette fois|plus jamais|"
    "la prochaine fois)",
    "regrette (?:qu (?:ils|on|elle|il) m (?:ait|aient)|d avoir ete) (?:trouvee?|sauvee?|"
    "reanimee?|ramenee?)",
    "m (?:a|ont) (?:trouvee?|retrouvee?) trop tot",
    "(?:refait|fait|refaire) une (?:ts|nouvelle ts|tentative de suicide) (?:cette semaine|hier|"
    "ce week end|cette nuit|ce matin|avant hier|ce soir|la semaine derniere|il y a (?:[0-9]+|"
    "deux|trois|quelques) jours|le week end dernier)",
    "(?:urgences|lavage d estomac|reanimee?|hopital|clinique)(?: (?:[a-z0-9]+|#)){0,10} "
    "(?:j ai |jai )?(?:deja |encore |de nouveau )?(?:envie de |pense qu a |pense a |veux |vais )"
    "(?:recommencer|retenter|reessayer)(?= #|$| a (?:stocker|y penser))",
    "(?:urgences|lavage d estomac|reanimee?|hopital|clinique)(?: (?:[a-z0-9]+|#)){0,10} "
    "(?:je referai|referai|recommence a stocker|des cachets de cote|de nouveau des cachets)",
    "(?:les |mes )?(?:idees|pensees) (?:noires|sombres|suicidaires|de mort) (?:sont (?:revenues|"
    "de retour|re la|la)|reviennent|revenues|me reprennent)"
    + _not("plus|pas|jamais|moins|un peu|parfois|de temps"),
    "(?:suicide|ma mort|tentative|mourir|en finir|me tuer) comme "
    "(?:une |la |la seule |une vraie )?(?:option|solution|issue|porte de sortie)"
    + _not("dans|chez|au|en (?:philo|litterature)|du (?:heros|personnage)"),
    # Death wished, passively: an illness, a crash, not waking.
    f"{_NOT_OTHERS}(?:esperer|espere|esperais) (?:juste |vraiment |secretement )?(?:mourir"
    + _not(
        "vieux|vieille|de vieillesse|un jour|en paix|chez|a la maison|dans (?:mon|son) lit|"
        "dignement|entoure|entouree|a l hopital|pour|de|d|sans souffrir|plutot|avant"
    )
    + "|crever|ne (?:pas|plus) me reveiller)",
    "(?:espere|aimerais|voudrais|souhaite|prie pour|hate d) (?:avoir|attraper|choper|developper) "
    "(?:un cancer|une maladie (?:grave|incurable|mortelle)|un truc grave|un accident mortel)",
    "(?:tomber malade|avoir un accident) et (?:que ce soit fini|mourir|crever|"
    "ne (?:pas|plus|jamais) (?:guerir|me reveiller|revenir))",
    "(?:espere|prie|souhaite|aimerais|voudrais)(?: que)?(?: [a-z]+){0,3} "
    "(?:m emporte|m emportera|m emporterait|va m emporter|m emporter)"
    + _not("pas|loin|ailleurs|avec|dans|au|en|vers|sur")
    + "|(?:dieu|le seigneur|le bon dieu)(?: [a-z]+){0,2} (?:de )?me (?:reprendre|reprenne|"
    "rappeler a lui)",
    "si (?:une maladie|le cancer|ca|la maladie) m emport(?:e|ait|erait) (?:# )?(?:je (?:ne )?"
    "(?:lutterais|lutterai|me battrais|me battrai) (?:pas|plus)|tant mieux)",
    "(?:espere|esperant|aimerais|voudrais|souhaite|prie pour) qu (?:une voiture|un camion|un bus|"
    "un train|quelqu un|un chauffard) me (?:renverse|percute|ecrase|fauche|tue)",
    "(?:esperant|j espere|espere) qu il (?:m )?arrive (?:quelque chose|un truc|un accident)"
    + _not("de|d"),
    "s ecras(?:e|ait|erait)(?: [a-z]+){0,3} (?:# )?(?:ca m arrangerait|franchement tant mieux|"
    "tant mieux|je serais (?:pas triste|soulagee?|contente?|heureuse?))",
    "me (?:renverse|renversait|percute|percutait|ecrase|ecrasait|fauchait)(?: [a-z]+){0,3} "
    "(?:# )?(?:je serais (?:soulagee?|contente?|pas triste)|tant mieux|ca m arrangerait|"
    "ce serait (?:pas grave|un soulagement|bien))",
    "si (?:j avais|j ai) un accident (?:# )?(?:ce serait|ca serait|c est) (?:pas grave (?:# )?"
    f"au contraire|un soulagement|bien{_END}|pas plus mal|tant mieux|une delivrance)",
    "si (?:je |j )(?:ne )?me reveillais (?:pas|plus)(?: demain)? (?:# )?(?:ce serait|ca serait) "
    "(?:pas plus mal|bien|mieux|un soulagement|pas grave|tant mieux)",
    "(?:vivre ou mourir|mourir ou vivre|vivre ou crever)(?: [a-z]+){0,2} (?:# )?(?:ca m est egal|"
    "ca m est bien egal|je m en fous|je m en fiche|peu importe|ca change rien|m est egal)|"
    "(?:fiche|fous|fout|moque) (?:de |d )(?:vivre ou mourir|mourir ou vivre)",
    "la mort (?:me fait envie|m attire|m appelle)",
    "(?:j envie|envie|envier) (?:les gens|les personnes|ceux|celles|les morts) qui "
    "(?:meurent|sont morts|sont mortes|decedent)|j envie les morts",
    "(?:ca|cela) (?:ne )?me (?:ferait|fera|fait) rien de (?:mourir|crever|disparaitre)",
    "(?:decue?|decu) (?:d etre|de me reveiller|de me voir) (?:encore|toujours) (?:la|en vie|"
    "vivante?)(?= #|$| le matin| chaque| tous| au reveil| a mon reveil)",
    "meme pas (?:de |d )(?:me reveiller|vivre|exister|rester en vie|etre en vie)",
    "(?:souhaite|espere|prie)(?: [a-z]+){0,2} que ce soit (?:le|mon) dernier"
    "(?= #|$| jour| soir| matin| reveil)",
    "(?:tiens|tiendrai|jtiens) (?:plus|pu|pas) a la vie" + _THIS_LIFE,
    "(?:peur de mourir|peur de la mort) (?:# )?j en ai (?:envie|hate)",
    "(?:plus|pu|pas|aucune|perdu|plus la|plus l|pas la|pas l) (?:envie|force) de me battre "
    "pour (?:vivre|rester en vie|survivre)",
    "(?:plus|pu) rien ressentir(?: du tout)?(?: #)? (?:pour de bon|pour toujours|a jamais)",
    "que (?:ca|tout|tout ca|la douleur|ma vie) (?:s arrete|finisse|se termine|cesse)"
    "(?: [a-z]+){0,2} (?:# )?(?:peu importe comment|d une maniere ou d une autre|"
    "n importe comment|par n importe quel moyen)",
    "(?:dormir|m endormir|endormir) et que (?:ce|ca|tout) soit (?:la fin|fini|termine)",
    "(?:vois|comprends|sais) (?:pas|plus) pourquoi je (?:continue a (?:vivre|me lever|exister|"
    f"respirer)|(?:suis (?:encore|toujours) la|vis encore|existe encore){_END})",
    "(?:vais|veux|jvais|jveux) le faire (?:# )?(?:je (?:n en )?(?:peux|peu) plus|jpp|"
    f"j en peux plus|jen peux plus){_END}",
    # The burden, and the going that would lift it.
    "(?:vaux|vaudrais|vaut) (?:plus|mieux) (?:mort|morte|morts) que (?:vivante?|en vie)",
    "(?:plus|mieux) que moi (?:vivante?|en vie)",
    "(?:soulagee?s?|heureu(?:x|se|ses)|contente?s?|debarrassee?s?) (?:que je (?:meure|"
    "disparaisse pour (?:de bon|toujours)|sois (?:plus|pu) la pour de bon|creve|"
    "parte pour de bon)|quand je (?:serai|sera) morte?)",
    "(?:rends|rendrais|rendrai|rendre) service (?:a tout le monde |a tous |a ma famille )?en "
    "(?:partant|disparaissant|mourant|me tuant|m en allant)"
    + _not("tot|plus tot|en avance|avant|de bonne heure|en vacances"),
    "(?:ferait|fera|ferais) du bien a (?:tout le monde|tous|ma famille|mes proches) que je "
    f"(?:parte|disparaisse|meure|sois plus la){_END}",
    f"egoiste de (?:rester(?:{_END}| alors que| quand)|rester en vie|vivre{_END}|"
    "continuer a vivre)",
    "(?:arreter|cesser) d exister pour (?:eux|elle|lui|vous|toi|tout le monde|les autres)",
    "(?:irait|iraient|tournerait|tourneraient|serait|seraient) (?:tres |aussi |tout aussi |"
    "beaucoup |bien )?(?:bien|mieux|pareil) sans moi(?= #|$)",
    "(?:mort|mourir|la mort) (?:me fait|m fait) (?:plus|pu) peur (?:# )?(?:elle|ca) "
    "(?:me fait envie|m attire|m appelle)",
    "(?:pardon|desolee?) (?:a tous|a toutes|a tout le monde) (?:# )?(?:je (?:n en )?"
    "(?:peux|peu) plus|jpp)",
    "sans moi (?:ils|elle|il|elles|ma famille|mes parents|mes proches|mes enfants|ma femme|"
    "mon mari|ma mere|mon pere) (?:respireraient|respirerait|respireront|respirera|"
    "vivraient mieux|vivrait mieux|seraient (?:libres|liberes|soulages))",
    "si je (?:disparais|disparaissais|mourais|meurs|crevais|n etais plus la|"
    "etais plus la)(?: [a-z]+){0,3} (?:pourra|pourrait|pourront|pourraient) (?:enfin |refaire |"
    "se |vivre |respirer )",
    "(?:vaut mieux|mieux vaut|il vaut mieux|faut|faudrait|il faudrait|prefere|hate) que je "
    "(?:ne )?(?:sois|serais) (?:plus|pu) la(?= #|$| pour (?:de bon|toujours))",
    "(?:m effacer|m efface|m effacais|m effacerai) (?:definitivement|pour de bon|"
    "pour toujours|a jamais)" + _not("de|des|du|d"),
    "(?:charge|fardeau|poids mort|boulet) dans la vie (?:des autres|de tout le monde|de mes|"
    "de ma|de mon)",
    "(?:voler|vole|prendre|prends|piquer) (?:de l oxygene|l oxygene|l air) (?:aux autres|"
    "a tout le monde)",
    # Farewells: the last message, the last look, the ones left behind.
    "(?:dis|dire|dit) (?:au revoir|adieu) (?:au monde|a la vie|a ce monde|a cette vie)"
    + _THIS_LIFE
    + _not("du travail|professionnel|etudiante|active|de l entreprise"),
    "bonne nuit (?:# )?(?:et )?(?:pour toujours|adieu|pour la derniere fois|a jamais)",
    "(?:je ferme|fermer|fermerai) les yeux pour (?:la derniere fois|toujours)"
    + _not("cet|sur|ce (?!soir|matin)[a-z]+"),
    "(?:lit|lis|lisez|liras|lirez|lira) (?:ca|ce message|ceci)(?: [a-z]+){0,2} (?:# )?"
    "(?:c est|il est|ce sera) (?:deja )?trop tard",
    "(?<![a-z0-9] )(?:voila |voici |bon )?(?:c est |c |voici |voila |ce sera |ca sera |"
    "c etait )?(?:mon |le |ma )?"
    "derni(?:er|ere) (?:check in|checkin|msg|post|entree|petit pas|message ici|message|reponse)"
    + _not(
        "de|d|du|des|avant|pour|sur|a|au|aux|en|de la|etait|est|sera|"
        "que(?! je (?:fais|fait|t envoie|vous envoie|ecris|poste))|qu|qui|dont|ou|"
        "de l|du jour|aujourd hui|cette semaine|de la semaine|dans (?!(?:le|mon|ce) journal)"
        "[a-z]+"
    ),
    "(?:j ecris |voici |voila |ce sont |ecrire |laisser |c est )?mes derniers mots"
    + _not("de|d|du|des|sur|avant|pour|au|a|en"),
    "(?<![a-z0-9] )derniers mots (?:#|ici)",
    "c est la derniere fois que (?:tu m entends|vous m entendez|tu me lis|vous me lisez|"
    "je t ecris|je vous ecris|tu auras de mes nouvelles|vous aurez de mes nouvelles)"
    + _not("de|d|du|des|comme|avant|pour|a|au|sur"),
    "(?:je vous|jvous|je t|jte) (?:aime|aimais)(?: tous| toutes| fort| tellement| tous tres fort|"
    " tous fort)? (?:# )?(?:pardon|pardonnez moi|pardonne moi|adieu|desolee?)"
    + _not("pour le retard|pour hier|du retard|d avoir oublie|de pas avoir"),
    "(?:pardon|desolee?|excusez moi) (?:a ceux|a celles|a tous ceux|a toutes celles) que je "
    "(?:laisse|vais laisser|quitte|laisserai)",
    "(?:desolee?|pardon) pour (?:la suite|ce qui va (?:suivre|arriver)|le bazar que je (?:laisse|"
    "vais laisser)|ce que je vais vous faire)" + _not("du|de|des|d|dans"),
    "(?:je m en vais|je pars|moi j arrete|j arrete ici|je vous quitte|jmen vais|je men vais)"
    "(?: [a-z]+){0,2} (?:# )?prenez soin de vous|"
    "prenez soin de vous(?: tous| toutes)? (?:# )?(?:moi )?(?:j arrete|je m en vais|je pars|"
    "adieu|je vous aime)",
    "(?:je m en vais|jmen vais|je men vais|je pars|je vous quitte|je vous laisse) "
    "(?:pour de bon|definitivement|pour toujours)(?: ce soir| cette nuit)?"
    + _not("de|d|du|des|a|au|en|dans|chez|pour (?:le|la|les)"),
    "(?<![a-z0-9] )(?:ne |n )?pleurez (?:pas|plus) (?:trop )?(?:pour moi|ma mort)",
    "souvenez vous de moi(?= #|$| quand j allais bien| comme| tel| telle)",
    "(?:bonne continuation|vivez|soyez heureux|soyez heureuses)(?: (?:[a-z]+|#)){0,3} "
    "sans moi(?= #|$)",
    "c est un au revoir(?: #)? (?:pas|et pas|non) un (?:a bientot|a plus|a demain)",
    "dit au revoir (?:[a-z]+ ){0,6}sans qu (?:ils|elles|il|elle|personne|on) (?:ne )?(?:le )?"
    "(?:sache|sachent|comprenne|comprennent|se doute|se doutent|s en rende)",
    "(?:sache|sachent|sachiez|saches) que je suis (?:partie?|morte?) (?:tranquille|en paix|"
    "sereine?|apaisee?)",
    "(?:apres|passe) ce soir(?: [a-z]+){0,2} (?:j aurai (?:plus|pu) mal|je souffrirai (?:plus|pu)|"
    "plus de douleur|je serai en paix)",
    "(?:enfin|vais) me reposer (?:# )?(?:au revoir|adieu|pour toujours|pour de bon)",
    "(?:si on ressent|si on sent) (?:quelque chose|encore quelque chose|qqch) (?:apres|de l autre "
    "cote|la haut)",
    "rappels?(?: (?:[a-z0-9]+|#)){0,6} (?:je (?:ne )?serai (?:plus|pu) la"
    f"(?:{_END}| demain{_END})|"
    "ca (?:ne )?servira (?:plus|pu) (?:a rien )?apres|apres ce soir|ni jamais)",
    # Affairs put in order for the time after: no more use for things where one is going.
    "(?:j en aurai|jen aurai|j en aurais|je vais pas en avoir|j en aurai jamais) "
    "(?:plus |pu |pas |plus jamais )?(?:besoin|l usage) la ou je vais",
)

SELF_HARM: Sequence[str] = (
    # The urge, the plan, starting again.
    f"{_LEAD}(?:{_WANT} |{_URGE}|{_THINK}|{_DECIDE}|{_RATHER}|{_AGAIN}){_FILL}{_HURT_MYSELF}",
    f"{_LEAD}{_GOING} {_FILL}{_HURT_MYSELF_SOON}",
    # Doing it now, as a habit: "je me scarifie", "je me coupe encore".
    "(?:(?:sait|savent|sais|savait|se doute|se doutent|voit|voient|remarque|remarquent|"
    "comprend|comprennent) pas )?(?:que )?(?:je me|jme|j me|je m|j m) "
    f"(?:scarifie|mutile|automutile|taillade|entaille|lacere|fais du mal{_not('a|en')}|"
    f"fais mal{_not('au|a la|aux|a l|en')})",
    "(?:(?:sait|savent|sais|savait|se doute|se doutent|voit|voient) pas )?(?:que )?"
    "(?:je me|jme|j me) coupe (?:encore|toujours|tous les|chaque|depuis|le bras|les bras|"
    "les poignets|le poignet|les cuisses|la cuisse|les jambes|avec (?:une|des|la|les|ma|mes|"
    "un|le) (?:lame|lames|rasoir|cutter|compas|ciseaux)|quand (?:ca va pas|je suis|j ai|"
    "je me sens|je stresse|j angoisse))",
    f"(?:que )?(?:je me|jme|j me) coupe{_END}",
    "(?:je me|jme|j me) (?:brule|crame) (?:avec (?:le|la|un|une|mon|ma|des|mes) (?:briquet|"
    "cigarette|cigarettes|clope|clopes|flamme|bougie)|quand|expres|encore)",
    "(?:je me|jme|j me|me suis|m suis|jme suis) (?:griffe|griffee|mords|mordu|mordue|frappe|"
    "frappee|cogne|cognee|arrache la peau|coupe|coupee|scarifie|scarifiee|brule|brulee|"
    "taillade|tailladee|tape dessus|tape|tapee) (?:[a-z]+ ){0,3}jusqu (?:au sang|a saigner|"
    "a ce que (?:ca|je) saigne|a en saigner)",
    "(?:je me|jme) (?:frappe|cogne) (?:la tete |le visage |les bras |les cuisses )?"
    "(?:contre les murs|contre le mur|quand|jusqu|a chaque|tous les|encore|des que)",
    # Done again, or done on purpose.
    "(?:me suis|m suis|jme suis|je me suis) (?:encore |de nouveau |a nouveau |quand meme |re)"
    "(?:coupee?|brulee?|cramee?|scarifiee?|mutilee?|fait du mal|fait mal|tailladee?|"
    "griffee?|frappee?)"
    # ...but "encore coupée en cuisinant", "encore brûlée avec le fer" are the kitchen.
    + _not(
        "en|au|a la|a l|aux|sur|dans|pendant|contre|par|l|un|une|mon|ma|mes|des|du|de|d|"
        "quelle|quel|trop|comme|le (?!bras|poignet)[a-z]+|la (?!cuisse)[a-z]+|"
        "les (?!bras|poignets|cuisses|jambes|veines)[a-z]+|"
        "avec (?!(?:une|la|ma|des|mes|un|le|mon) (?:lame|lames|rasoir|cutter|compas|"
        "cigarette|briquet))[a-z]+"
    ),
    "(?:me suis|m suis|jme suis) (?:scarifiee?|mutilee?|automutilee?|tailladee?|entaillee?|"
    "laceree?)"
    + _not(
        "pendant|durant|il y a|quand j etais|a l adolescence|au lycee|au college|plus jeune|"
        "avant|des annees|longtemps|le pouce|le doigt|les doigts|l index|la main|la paume|"
        "le genou|le pied|le menton|la levre|le front|en (?:ouvrant|cuisinant|coupant|"
        "bricolant|epluchant|tombant|jardinant|rasant|taillant|nettoyant)|avec (?:le|la|un|une) "
        "(?:couteau|cutter|boite|conserve|scie|mandoline|feuille|verre|secateur|tondeuse)"
    ),
    "(?:me suis|m suis|jme suis) coupee? (?:plus )?(?:profond|profondement|les veines|"
    "les poignets|le poignet|les bras|les cuisses|la cuisse)",
    "(?:me suis|m suis|jme suis) fait (?:des )?(?:marques|entailles|coupures|scarifications|"
    "brulures) (?:avec|sur (?:les|mes) (?:bras|cuisses|poignets|jambes))",
    "(?:me suis|m suis|jme suis|j ai) (?:plante|enfonce) (?:un|une|le|la|mon|ma) (?:compas|"
    "lame|couteau|ciseaux|aiguille|cutter|rasoir|stylo|epingle) dans (?:le|la|les|mon|ma|mes) "
    "(?:bras|cuisse|cuisses|jambe|jambes|main|poignet|peau|ventre)",
    "(?:me|m|jme) (?:suis )?(?:encore |deja )?(?:brule|brulee|cogne|cognee|coupe|coupee|"
    "griffe|griffee|mordu|mordue|frappe|frappee|tape|tapee|blesse|blessee|scarifie|scarifiee|"
    "entaille|entaillee|taillade|tailladee|crame|cramee|ecorche|ecorchee|fait mal|"
    "fait du mal|fait des bleus|fait des marques|fait saigner|arrache|arrachee|pique|piquee|"
    "lacere|laceree|ouvert|ouverte)(?: [a-z]+){0,6} (?:# )?"
    f"{_ON_PURPOSE}{_not('pour|de|d')}",
    "(?:pose|mis|mise|tenu|colle|plonge) (?:ma|mon|mes) (?:main|mains|bras|doigt|doigts|peau|"
    "poignet|jambe|cuisse) (?:sur|contre|dans) (?:la |le |l |une |un )?(?:plaque|feu|four|"
    "radiateur|fer|flamme|poele|casserole|eau bouillante|bougie|braises?)(?: [a-z]+){0,3} "
    f"(?:# )?{_ON_PURPOSE}",
    "(?:prive de manger|prive de nourriture|affame|frappe|coupe|brule|griffe|fais mal|"
    "fais du mal|cogne|mords|scarifie) (?:[a-z]+ ){0,3}pour me punir",
    # Its words: "scarif", relapse, blades kept close.
    "(?:envie de|besoin de|rechute|encore|refait|recommence|fait une) (?:de |d |une |la )?"
    "(?:scarif|scarifs|scarification|automutilation|automutil|mutilation)",
    "(?:scarif|scarifs|scarification|automutilation|automutil) (?:encore|hier|ce soir|"
    "cette nuit|ce matin|aujourd hui|tout a l heure|a nouveau|de nouveau|again|cette semaine)",
    "(?:rechute|rechuter|rechute de|fait une rechute)(?: (?:[a-z]+|#)){0,4} (?:les |mes )?"
    "(?:bras|poignets|cuisses|scarif|scarification|lames?|coupures?)",
    "(?:ma|mes|une|des|la|les) lames? (?:de rasoir )?(?:cachee?s?|planquee?s?|dans (?:ma|mon|"
    "la|le|mes) (?:main|trousse|chambre|poche|sac|tiroir|boite|portefeuille))",
    "(?:ressorti|sorti|ressortir|cache|planque|garde|repris|reprendre) (?:ma |mes |une |des |"
    "la |les )?(?:boite (?:avec|a|de) (?:les |mes )?)?lames?"
    + _not("de rasoir pour|de la tondeuse|de tondeuse|neuves"),
    "(?:(?:j ai )?pas arrete de )?(?:pense|pensais|penser|obsedee?) (?:aux|a mes|a la|a ma|"
    "a une|par les|par mes) lames?",
    "(?:lames?|rasoir|rasoirs) (?:[a-z]+ ){0,3}(?:# )?pas pour (?:me raser|raser|les jambes|"
    "la barbe|me epiler)",
    "(?:cacher|cache|planquer) (?:mes |les )?(?:coupures|entailles|brulures|plaies|scarifs|"
    "scarifications)",
    # Scars or blades, then starting again: "ils ont vu mes cicatrices et j'ai recommencé".
    "(?:cicatrices|coupures|scarifs?|lames?|entailles)(?: (?:[a-z]+|#)){0,8} "
    "(?:j ai |jai |g |je vais |jvais |vais |envie de )?recommence(?:r|rai)?"
    f"(?:{_END}| (?:le soir meme|hier|ce soir|cette nuit|encore|a nouveau|de nouveau))",
    # Self-harm as a bare act: "rentrée. coupée.", "je me suis coupée ce soir".
    "(?<=# )coupee(?= #|$)|(?<![a-z0-9] )coupee(?= #)",
    "(?:je me suis|jme suis|me suis|m suis|j me suis) (?:encore |de nouveau |a nouveau |re)?"
    "coupee?(?: (?:ce soir|cette nuit|hier soir|hier|ce matin|encore|aujourd hui|"
    "apres (?:[0-9]+|un|une|deux|trois|six) (?:jours|semaines|mois|ans))){0,2}"
    "(?: (?:dans (?:les|la|le|ma|mon) (?:toilettes|douche|salle de bain|chambre|lit|bain)|"
    "au (?:poignet|bras|ventre|lycee|college)|aux (?:cuisses|bras|poignets|chevilles|hanches)|"
    "jsp|je sais pas pourquoi|pour (?:me calmer|me punir|sentir|oublier|pas mourir|"
    "ne pas mourir)|plus profond|trop profond|tres profond|profondement)"
    "(?! (?:en (?:me|cuisinant|coupant|epluchant|rasant|ouvrant|bricolant|jardinant|tombant|"
    "ramassant|nettoyant|faisant)|avec (?:le|la|un|une|mon|ma) (?:rasoir|couteau|cutter|verre|"
    "boite|mandoline|secateur|ciseaux|tondeuse)|sur (?:un|une|le|la)|pendant|a cause))"
    "|(?: (?:ce soir|cette nuit|hier soir|encore|apres (?:[0-9]+|un|une|deux|trois|six) "
    f"(?:jours|semaines|mois|ans))){_END})",
    "(?:je me suis|jme suis|me suis|m suis) (?:encore |de nouveau |a nouveau |re)?fait du mal"
    + _not("a|en|au|aux|pendant|sans"),
    f"(?:je me suis|jme suis|me suis|m suis) fait mal (?:expres|volontairement){_END}",
    # The blade: taken, kept close, calling.
    "(?:pris|prendre|prends|attrape|attraper|recup|recupere|recuperer|ressorti|enfonce|"
    "enfoncer|enfonce encore) (?:la|ma|une|une nouvelle|de nouveau la) lame"
    + _not("de|d|du|des|pour|neuve|de rechange|dans (?:le|la) (?:cutter|rasoir|tondeuse)"),
    "(?:envie|envies|besoin) (?:de |d )(?:la |une |ma )?lame"
    + _not("pour|de|du|d|neuve|de rechange|a changer"),
    "(?:arrete|arrete pas|arrive pas a arreter) (?:de |d )(?:penser|pense) (?:a|aux) (?:la|ma|"
    "mes|les) lames?",
    "(?<![a-z0-9] )la lame (?:encore|ce soir|a nouveau|de nouveau)(?= #|$)",
    "(?:lames?|rasoir|cutter|compas) m (?:appelle|appellent)",
    "(?:lames?|rasoir|rasoirs) (?:[a-z]+ ){0,5}(?:# )?pas pour (?:me raser|raser|les jambes|"
    "la barbe|m epiler)",
    "(?:taille crayon|taille crayons)(?: [a-z]+){0,3} (?:pour )?(?:recup|recuperer|avoir|"
    "prendre|sortir) (?:la|les) lames?|(?:rechute|recommence|replonge) avec (?:le|un|mon) "
    "(?:taille crayon|compas|cutter|rasoir)",
    "(?:casse|cassee|briser|brise) (?:un|le|mon) (?:verre|miroir|taille crayon|rasoir) pour "
    "(?:m en servir|recup|recuperer|prendre|avoir|me couper)",
    "(?:pris|prends|attrape) (?:le|un|mon) (?:cutter|compas|rasoir|couteau)(?: (?:[a-z]+|#)){0,6}"
    " (?:enfermee?|me suis enfermee?|dans les toilettes)",
    # Blood, depth, pain sought.
    "(?:coupe|coupee|entaille|taille|ouvert) (?:encore |bien )?plus profond (?:cette fois|"
    "que d habitude|que la derniere fois|que d hab|que avant)",
    "(?:jamais|encore jamais) (?:coupe|coupee|entaille|taille) (?:aussi|si) profond",
    "(?:j ai|jai|me suis|je me suis|jme suis) (?:coupee?|entaillee?|taillee?) "
    "(?:trop|beaucoup trop|vraiment trop|bien trop) profond",
    "(?:mis|mets|donne|donnes) des coups(?: de poing| de pied| de tete)? (?:dans|contre) "
    "(?:le|un|les) murs?(?: [a-z]+){0,3} (?:expres|pour me (?:casser|faire mal|blesser|punir))",
    "(?:besoin|envie) (?:de voir|de sentir) (?:le sang|la douleur|mon sang)"
    + _not("des|du|de la|de l|d|dans les muscles"),
    "(?:besoin|envie) d avoir mal(?: pour| #|$)",
    "la douleur physique (?:c est|est|serait) (?:mieux|plus facile|preferable|moins pire)"
    "(?= #|$| que (?:ce que|ce qu|l autre|la douleur|le reste|dans ma tete|celle))",
    # Marks, scars reopened, skin burnt.
    "(?:bras|jambes|cuisses|avant bras|poignets|ventre) (?:sont |est )?(?:laceres|lacerees|"
    "tailladees|tailladees|pleins de traits|plein de traits|couverts de coupures|"
    "couvertes de coupures)"
    + _not("a cause|apres|par|de ronces|des ronces|du chat|en|au|pendant|avec"),
    "(?:fait|faites|fais|faire) (?:[0-9]+|deux|trois|quatre|cinq|six|sept|huit|dix|des|"
    "encore des) (?:traits|entailles|coupures|marques|griffures) (?:sur|aux|a) "
    "(?:mon|ma|mes|le|la|les) (?:ventre|bras|cuisses?|poignets?|jambes?|hanches?|chevilles?|"
    "peau|avant bras)|(?:fait|fais) (?:[0-9]+|deux|trois|quatre|cinq|six|sept|huit|dix|"
    "encore des) (?:traits|entailles|coupures)(?= #|$| un pour| une pour)",
    "(?:[0-9]+|deux|trois|quatre|cinq|six) traits sur (?:la|ma|les|mes|le|mon) (?:cuisse|cuisses|"
    "bras|poignet|ventre|jambe|hanche)",
    "(?:plus de place|y a plus de place) sur (?:les|mes) (?:bras|cuisses|poignets)",
    "(?:rouvert|rouvre|rouvrir|reouvert) (?:les|mes) (?:anciennes |vieilles )?(?:cicatrices|"
    "plaies|coupures)|(?:cicatrices|coupures)(?: d avant| anciennes)? (?:sont )?rouvertes",
    "(?:ecrase|eteint|ecraser|eteindre) (?:ma|une|la|mes|des) (?:cigarette|clope|cigarettes|"
    "clopes) sur (?:mon|ma|mes) (?:poignet|poignets|bras|main|peau|cuisse|jambe|ventre)",
    "(?:pose|mis|mise|applique|colle|posee) (?:le|un|mon|une|la) (?:fer a repasser|fer a lisser|"
    "lisseur|briquet chauffe|briquet|cigarette|clope|lame chauffee) (?:brulant |chaud )?"
    "sur (?:ma|mon|mes) (?:cuisse|cuisses|bras|peau|main|poignet|jambe|ventre)",
    "(?:mis|verse|versee) de l eau bouillante sur (?:mon|ma|mes) (?:bras|main|jambe|cuisse|peau)",
    "(?:glacon|glace) (?:avec|et) du sel (?:sur (?:ma|mon|mes|la) (?:peau|bras|main|poignet|"
    "cuisse)|jusqu)",
    "brule (?:ma|mes) (?:peau|bras|poignets?|cuisses?) (?:avec (?:un|le|mon|une|ma) "
    "(?:briquet|cigarette|clope|lame chauffee|allumette)|au briquet|expres)",
    "(?:je me|jme|me suis|jme suis) brulee? (?:[a-z]+ ){0,3}(?:avec|au|a la) (?:la |le |une |un )?"
    "(?:bougie|briquet|cigarette|clope|allumette|allumettes)(?: [a-z]+){0,2} (?:# )?"
    "(?:plusieurs fois|expres|encore|sous la table|en classe)",
    "(?:brule|coupe|griffe|cogne|frappe|blesse|brulee|coupee|griffee|cognee|frappee|blessee)"
    "(?: [a-z]+){0,6} (?:# )?c etait pas (?:un accident|accidentel)",
    "(?:je me|jme|j me) (?:brule|crame) avec (?:l|un|mon|le) elastique",
    # Scratching, hitting, pinching, tearing oneself.
    "(?:je me|jme|j me|me suis|jme suis|m suis) (?:encore )?(?:griffe|griffee|gratte|grattee) "
    "(?:les bras|le visage|les cuisses|la peau|les jambes|le ventre|les poignets)"
    + _not("dans|en|sur|avec (?:les|des) (?:ronces|epines)|contre|au|a la|pendant|par"),
    "(?:arrache|arracher|arrachee|arraches) (?:les|mes) cheveux (?:par poignees|jusqu)|"
    "arrache (?:mes|les) cheveux par poignees",
    "(?:arrache|arrachee|arracher) la peau (?:des|de mes|du|de mon|de la|de ma)",
    "(?:je me|jme|j me|me suis|jme suis|m suis|je m|me|m) (?:suis )?(?:encore )?"
    "(?:tape|tapee|frappe|frappee|cogne|cognee|pince|pincee|griffe|griffee|gratte|grattee|"
    "mordu|mordue|enfonce|enfonces|arrache|arrachee|brule|brulee|coupe|coupee|mords|"
    "ecrase)(?: [a-z]+){0,6} jusqu (?:au sang|aux bleus|a saigner|a avoir (?:mal|"
    "des bleus|des trous|des marques|des cloques)|a (?:plus|ne plus) (?:la |le |les )?sentir|"
    "a ce que (?:ca|je) (?:saigne|marque|fasse mal|aille mieux))" + _not("au|aux|a la|partout"),
    "(?:me (?:mets|suis mise?|mettre|met)|j ai mis|jai mis|g mis) des coups (?:de poing|de cutter|"
    "de couteau|de ceinture|de lame|de compas|de marteau)(?: [a-z]+){0,2} (?:sur|dans) "
    "(?:mon|ma|mes|le|la|les) (?:ventre|bras|cuisses?|jambes?|visage|tete|chevilles?|poignets?)",
    "(?:je me|jme|me suis|jme suis|m suis) (?:encore )?(?:frappe|frappee|tape|tapee) "
    "(?:les|le|la|mes) (?:bras|cuisses|visage|ventre|jambes) (?:avec|contre|devant|sur)",
    "(?:je me|jme|me suis|jme suis) (?:encore )?(?:frappe|frappee) avec (?:le|un|une|"
    "la|ma) (?:marteau|ceinture|brosse|regle|poing)",
    "(?:tape|frappe|cogne|frappais|tapais) (?:dans|contre|sur) (?:le|un|les) murs?"
    "(?: [a-z]+){0,3} (?:expres|pour me (?:casser|faire mal|blesser|punir))",
    "(?:je me|jme|me suis|jme suis|m suis) (?:encore )?punie?s? (?:encore|a nouveau|"
    "de nouveau|ce soir|avec (?:la|une|le|un|ma|mon) (?:brosse|lame|ceinture|cigarette|briquet|"
    "compas|cutter|rasoir|couteau))|(?:expres|volontairement) pour me punir",
    "(?:je me|jme) (?:fais|fait) (?:des bleus|saigner|des marques|des griffures)"
    "(?: [a-z]+){0,8} (?:# )?(?:expres|volontairement)",
    "(?:arrete de manger|prive de manger|saute (?:des|mes) repas|pas mange|affamee?|"
    "fais vomir|fait vomir)(?: [a-z]+){0,3} (?:expres |volontairement )?pour me punir",
    "(?:recommence|repris|reprends) a (?:[a-z]+ ){1,4}et a me (?:couper|scarifier|bruler|"
    "faire du mal|griffer)",
    "(?:me suis|jme suis|m suis) (?:encore )?ouverte? (?:le|les) (?:bras|poignets|veines|cuisses|"
    "avant bras)"
    + _not("sur|en|contre|au|a la|avec (?:un|une|le|la) (?:clou|tole|verre|bout|outil)|dans"),
    "taille dans (?:le|mon|les|mes) (?:bras|cuisses?|poignets?|peau|jambes?)",
    "(?:grave|gravee|gratte|ecrit)(?: [a-z]+){0,3} (?:au|avec le|avec un|avec une|avec la) "
    "(?:compas|cutter|couteau|lame)(?: [a-z]+){0,3} (?:sur|dans) (?:mon|ma|mes|la|le) "
    "(?:bras|peau|cuisse|poignet|ventre|jambe)|(?:grave|gravee|gratte)(?: [a-z]+){0,3} "
    "(?:au|avec le|avec un|avec la) (?:compas|cutter|couteau|lame) (?:mon|un|le) "
    "(?:prenom|nom|mot)(?: [a-z]+){0,2} sur (?:mon|ma|mes) (?:bras|peau|cuisse|poignet|ventre|"
    "jambe|main)",
    # The night it failed: "petit pas : pas me couper ce soir. pas réussi".
    "(?:pas|ne pas|ne plus|plus) me (?:couper|scarifier|faire du mal|bruler|blesser)"
    "(?: ce soir| aujourd hui| cette nuit)?(?: (?:[a-z]+|#)){0,4} (?:pas reussi|"
    "j y arriverai pas|j y arrive pas|rate|echoue|j ai craque|j ai pas tenu|j ai pas pu)",
    "la seule (?:facon|chose|maniere|solution)(?: [a-z]+){0,7} (?:# )?(?:me faire (?:du )?mal|"
    "me couper|me bruler|me scarifier|me griffer)",
    "(?:pas reussi a|pas pu) (?:tenir|resister)(?: #)? (?:je me suis|jme suis|j ai) "
    "(?:fait mal|fait du mal|coupee?|recommence|brulee?)(?= #|$| encore| ce soir)",
    "(?:recommence|repris|rechute (?:avec|sur)) (?:les|mes) (?:coupures|scarifications|scarifs|"
    "brulures)",
    "(?:replonge|rechute)(?: # | avec | )(?:le rasoir|la lame|les lames|les poignets|le cutter|"
    "les cuisses|les bras)",
    # Someone else hurting themselves now.
    "(?:est|etait) en train de se (?:couper|scarifier|mutiler|bruler|taillader|faire du mal)"
    + _not("les cheveux|les ongles|la frange|une|un|des|du|de|d|avec le couteau"),
)

OVERDOSE: Sequence[str] = (
    # All of them, the whole box, at once.
    _after_none("bien")
    + f"(?:{_TAKEN}|vide) {_ALL} (?:mes|les|ses|ces|leurs|vos|nos) (?:[a-z]+ ){{0,2}}"
    f"{_DRUG}"
    + _not(
        "aujourd hui|ce matin|ce midi|a l heure|comme prevu|comme il faut|correctement|"
        "du jour|de la journee|du matin|du soir|prescrits?|de la semaine|le matin|le soir"
    ),
    f"(?:avaler|avale|gober|gobe) {_ALL} (?:mes|les|ses|ces) (?:[a-z]+ ){{0,2}}{_DRUG}",
    "(?:vais|jvais|jv|veux|jveux|envie de|pense a|compte|decide de) (?:prendre|avaler|gober) "
    f"{_ALL} (?:mes|les|ses|ces) (?:[a-z]+ ){{0,2}}{_DRUG}"
    + _not(
        "aujourd hui|ce matin|ce midi|a l heure|comme prevu|comme il faut|correctement|"
        "du jour|de la journee|du matin|du soir|prescrits?|de la semaine|le matin|le soir|"
        "tous les|chaque|pendant|jusqu|avec le repas|au petit"
    ),
    f"{_TAKE} (?:{_ALL} )?(?:mes |les |ses |ces |des )?(?:[a-z]+ ){{0,2}}{_DRUG}"
    # "dun cou" is how it comes out typed in a hurry.
    "(?: [a-z]+){0,4} (?:d ?un (?:seul )?coup?|en une (?:seule )?fois|tout a la fois)",
    f"(?:{_TAKE}|vide|vider) tout (?:(?:[a-z]+ ){{0,3}})?d un (?:seul )?coup",
    f"tout (?:prendre|avaler|pris|avale|gober|gobe) (?:d un (?:seul )?coup|{_ALL} ensemble)",
    f"(?:vais|jvais|veux|jveux|envie de|j ai|jai|g) tout (?:avaler|avale){_END}",
    # The box in front of them, then "tout prendre".
    f"(?:{_BOX}|{_DRUG})(?: (?:[a-z]+|#)){{0,12}} (?:je vais |jvais |vais |j ai |jai |g |"
    f"envie de )tout (?:prendre|pris|avaler|avale){_END}",
    f"{_TAKE} (?:les |mes |ses |des |ces )?{_DRUG} (?:[a-z]+ ){{0,3}}(?:# )?{_ALL}"
    + _not("les|ensemble|a l heure|ceux|celles|comme|bien|sauf|prescrits?|ces"),
    f"(?:{_TAKE}|vide|vider) (?:toute la|tout le|toute une|tout un|toute ma|tout mon|tte la) "
    f"{_BOX}(?: entiere| entier| complete)?{_NOT_FOOD}",
    f"(?:{_TAKE}|vide|vider) (?:la|le|ma|mon|une|un) {_BOX} (?:entiere|entier|complete)"
    + _NOT_FOOD,
    f"(?:avale|avaler|gobe|gober|vide|vider) (?:une|un|deux|2|trois|3|plusieurs|des|le|la|mon|"
    f"ma) {_BOX} (?:de |d )(?:mes |ses |les )?(?:[a-z]+ )?{_DRUG}",
    f"{_DRUG}(?: [a-z]+){{0,4}} (?:# )?(?:toute la|tout le|toute ma|tout mon) {_BOX}",
    f"{_TAKE} (?:une poignee|un tas|une dizaine|une vingtaine|une trentaine|une quarantaine|"
    "une cinquantaine|une centaine|des dizaines|[0-9]{2,}|trop|beaucoup trop|bien trop|"
    "un paquet|une tonne|plein|la moitie de la boite) (?:de |d )?(?:mes |ses |les |des )?"
    f"(?:[a-z]+ )?{_DRUG}",
    f"(?:avale|avaler|gobe|gober|ingere|ingurgite) (?:[0-9]+|deux|trois|quatre|cinq|six|"
    f"plusieurs) {_BOX}",
    f"une poignee (?:de |d )(?:mes |ses |les )?{_DRUG}",
    # With alcohol.
    f"(?:{_TAKE}|melange|melanger|melangee) (?:[a-z]+ ){{0,2}}{_DRUG} (?:[a-z]+ ){{0,3}}"
    "avec (?:de l |du |de la |des |"
    f"une bouteille de |un verre de |la )?{_DRINK}",
    f"(?:bu|bois|boire) (?:[a-z]+ ){{0,5}}(?:et |puis |avant de |apres )(?:j ai )?"
    f"(?:{_TAKE}) (?:[a-z]+ ){{0,2}}{_DRUG}",
    # Taken on purpose, more than prescribed.
    f"{_TAKE} (?:[a-z]+ ){{0,4}}(?:{_DRUG}|trop|double dose|triple dose|plus que d habitude|"
    f"la dose)(?: [a-z]+){{0,4}} (?:# )?{_ON_PURPOSE}",
    # Saving them up.
    "(?:stocke|stocker|accumule|accumuler|amasse|amasser|economise|planque|planquer|"
    "collectionne|mis de cote|mets de cote|met de cote|garde de cote) (?:des |mes |les |"
    f"plein de |assez de )?(?:[a-z]+ )?{_DRUG}",
    f"(?:mis|mets|met|garde|cache|reserve) (?:des |mes |les |ses )?(?:[a-z]+ )?{_DRUG} "
    "(?:de cote|en reserve|en stock|depuis des (?:semaines|mois|jours))",
    f"(?:garde|gardee|cache|planque) {_ALL} (?:mes|les|ses) (?:[a-z]+ )?{_DRUG}",
    f"(?:assez|suffisamment) (?:de |d )(?:[a-z]+ )?{_DRUG} pour (?:en finir|mourir|crever|"
    "me tuer|ne pas me reveiller|ne plus me reveiller|y rester|partir|le faire|dormir pour "
    "toujours)",
    f"enferme (?:[a-z]+ ){{0,5}}avec (?:les|mes|des|tous mes|toutes mes) {_DRUG}",
    # "OD", "overdose", with someone behind it.
    "(?:je vais|jvais|jv|vais|veux|jveux|envie de|pense a|compte|j ai|jai|g|je|jfais|je fais|"
    "decide de) (?:faire |fait |fais |me faire )?(?:une |un )?(?:od|overdose|surdose)",
    "(?:od|overdose|surdose) (?:ce soir|cette nuit|demain|c est decide|volontaire|"
    "intentionnelle|expres)",
    # Taken already, or laid out: "j'ai pris les cachets et j'attends", "tout ce qu'il restait".
    f"(?:pris|avale|gobe|prends|avaler|prendre) (?:les|des|mes|tous les|toutes les) {_DRUG}"
    "(?: [a-z]+){0,2} (?:# )?(?:et j attends(?= #|$)|j attends(?= #|$)|c est (?:deja )?trop tard)",
    "(?:pris|avale|gobe|prends|prendre|avaler) tout ce (?:qu il|quil) (?:y avait|restait|"
    "reste|y a|"
    "me restait) (?:dans|de) (?:la|le|ma|mon|l) (?:boite|flacon|tube|plaquette|pilulier|"
    "armoire a pharmacie|pharmacie|tiroir)" + _NOT_FOOD,
    "(?:j ai|jai|g) tout (?:pris|avale) (?:# )?(?:c est (?:deja )?trop tard|j attends(?= #|$))",
    "(?:vider|vide|vidais|vidant) (?:toutes|tous) (?:les|mes) (?:plaquettes|boites|flacons|"
    "tubes|blisters) dans (?:un|le|mon|ma) (?:bol|verre|main|assiette)",
    f"(?:bouteille|alcool|vodka|whisky|rhum|vin) et (?:les|mes|des|toutes mes|tous mes) {_DRUG}"
    "(?: (?:ce soir|cette nuit|maintenant|#))",
    f"(?:les |mes )?{_DRUG} (?:sont )?(?:comptes|comptees)(?: [a-z]+){{0,3}} (?:# )?"
    "(?:ca suffira|y en a assez|assez|suffisant)",
    # Hoarding: kept instead of taken, saved for the day.
    "(?:garde|gardais|stocke|stockais|cache|planque|mets de cote|met de cote|mis de cote)"
    "(?: [a-z]+){0,5} au lieu de les (?:prendre|avaler)",
    f"(?:mis|mets|met|garde|gardee?) de cote (?:toutes |tous )?(?:mes|les|des) "
    f"(?:(?:boites|plaquettes) (?:de |d ))?{_DRUG}",
    "(?:arrete|arreter) (?:de prendre )?(?:mon|mes|le|les) (?:traitement|medicaments|medocs|"
    "cachets)(?: [a-z]+){0,2} pour (?:avoir|faire|me faire|constituer) (?:un|du|des) "
    "(?:stock|stocks|reserve|reserves)",
    "(?:je les|les) (?:garde|gardes|stocke|cache|planque) pour (?:le moment venu|le jour j|"
    "quand je serai prete?|le grand jour)",
    "(?:j en aurai|jen aurai) besoin d un (?:seul )?coup",
    "(?:garde|gardais|garder) (?:encore )?(?:une|des|deux|plusieurs) (?:boites?|plaquettes?|"
    f"flacons?) pour la prochaine(?: fois)?{_END}",
    "(?:quel|quels) (?:medicament|medicaments|medoc|medocs|cachets?|comprimes?) et combien",
    "(?:ce soir|cette nuit|demain) (?:# )?(?:je prends|jprends|je vais prendre|j avale) tout "
    "(?:ce qu il y a|ce qui reste|le flacon|la boite|les boites|le tube)",
    # Household poisons drunk.
    "(?:boire|bois|bu|avaler|avale) (?:de la |du |de l |d |l |la |le )?(?:eau de javel|javel|"
    "destop|deboucheur|antigel|white spirit|acide|soude|mort aux rats|raticide|insecticide|"
    "desherbant|ammoniaque|produit menager|produit sous l evier)",
)

# Naming the subject, or saying what could be a crisis or a memory: worth the check.
NAMED_SUICIDE: Sequence[str] = (
    # Suicide, in its spellings ("suicde", "sucide", "suicidaire"), and a past attempt.
    "su?i?[cs]{1,2}id(?:e|es|er|ee|ees|aire|aires|ant|ent|erait|era|ait)",
    "(?:une|ma|fait une|faire une|mes|deux|premiere|derniere) ts",
    "ma (?:premiere |derniere |seconde |deuxieme |precedente )?tentative" + _not("de|d"),
    # A past attempt; a bare "j'ai essayé" is the small step tried, not this.
    "(?:j ai|jai|g|j avais|javais) (?:deja (?:tente|essaye|essaie)(?: une fois| deux fois|"
    f" plusieurs fois)?(?:{_END}| avec| de me| et| il y a| a [0-9]+ ans)|"
    "(?:tente|essaye|essaie)(?: une fois| deux fois| plusieurs fois)? (?:avec|de me)|"
    f"(?:tente|essaye|essaie) (?:une fois|deux fois|plusieurs fois)(?:{_END}| et)|"
    "(?:tente|essaye|essaie) a (?:[0-9]+|seize|quinze|dix sept|dix huit) ans)",
    "(?:ca fait|il y a) (?:[a-z0-9]+ ){1,5}que (?:j ai|jai|g) (?:tente|essaye|fait une ts)",
    "si (?:quelqu un|vous|tu|qqn) (?:lit|lisez|lis|trouve|trouvez) (?:ca|ce message|ceci)",
    # Dark thoughts, had now ("j'ai eu des pensées sombres" is the past).
    _after_none("eu|avais|avait")
    + "(?:mes|des|j ai des|jai des|g des|plein d|encore des) (?:idees|pensees) "
    "(?:noires|sombres|de mort|morbides)",
    "(?:pense|pensais|songe|songeais) (?:a |au )(?:me suicider|me tuer|mourir|en finir|suicide)",
    # One's own death and its arrangements.
    "(?:mon|mes) (?:propre |propres )?(?:enterrement|obseques|funerailles)",
    "(?:apres|pour apres|avant) ma mort",
    "passer a l acte|passage a l acte",
    "(?:fait|ecrit|redige|prepare|termine|fini) mon testament",
    "(?:lettre|message|mot) d adieux?" + _not("a (?:mon|ma|son|sa) ex"),
    f"je suis (?:qu |juste )?une erreur{_END}",
    "(?:ma vie|la vie|vivre|exister) (?:n a|a|na) (?:plus|pu|aucun) (?:de |d )?(?:sens|interet)",
    # Ambiguous plans: a date, a way, a place, no way back; worth a gentle check.
    "(?<![a-z0-9] )(?:c est |tout est )?prevu pour (?:ce soir|cette nuit|lundi|mardi|mercredi|"
    f"jeudi|vendredi|samedi|dimanche|ce week end)(?: soir| matin)?{_END}",
    "(?<![a-z0-9] )(?:c est decide|ma decision est prise)"
    f"(?:{_END}| depuis| et l heure)|(?<![a-z0-9] )(?:j ai choisi|j ai decide){_END}",
    "(?:une date|un plan|un moyen|une methode) et (?:une date|un moyen|un plan|une methode)",
    "(?:decide|choisi|fixe|coche|cochee|note|ecrit|mis|pris) (?:[a-z]+ ){0,3}(?:la|une) "
    f"date{_END}|"
    "(?:la|une) date (?:dans|sur) (?:mon|mes|le|un|la) (?:agenda|calendrier|notes|post it|tel)|"
    f"(?<![a-z0-9] )(?:c est )?la date{_END}|la date est (?:cochee|fixee|choisie|notee)|"
    f"(?:j ai|jai|g) la date{_END}",
    f"(?:j ai|jai|g) (?:enfin )?un plan{_END}|(?:le|mon) plan est (?:pret|fait|simple|prepare)",
    "(?:je sais|jsais) (?:exactement |deja )?(?:comment|ou|quand) je vais (?:faire|le faire|"
    f"partir|proceder|m y prendre)(?:{_END}| maintenant)",
    "(?:je sais|jsais) (?:exactement )?(?:quel|quelle) (?:heure|jour|endroit|pont|lieu)"
    "(?: #| et) (?:je sais )?(?:quel|quelle|ou|comment)",
    f"(?:j ai|jai|g) (?:tout prevu|tout prepare|tout calcule|tout planifie|pense a tout|"
    f"prevu tout|tout organise)(?:{_END}| pour (?:que personne|le faire|pas qu))",
    "(?:j ai|jai|g) (?:tout )?ce (?:qu il|quil) (?:me )?(?:faut|fallait)"
    f"(?:{_END}| (?:dans|sous|pour le faire|pour ce soir))|"
    "(?:achete|commande) ce (?:qu il|quil) (?:me )?(?:faut|fallait) (?:sur internet|en ligne)",
    "(?:tout|ce qu il me faut) est (?:pret|prepare|la) (?:dans|sous)|"
    "ce qu il me faut est dans (?:mon|ma|le|la) (?:sac|voiture|coffre|tiroir|placard)",
    "(?:repere|trouve|choisi) (?:l|un|le) (?:endroit|lieu|coin)"
    f"(?:{_END}| ou personne| que personne| parfait{_END}| isole)",
    "ou personne (?:ne )?(?:viendra|passe|passera|va|vient)|personne (?:ne )?passe (?:la bas|"
    "par la|ici) (?:le soir|la nuit)|personne (?:ne )?(?:me trouvera|"
    "le saura|le verra venir)",
    "(?:aller|vais|irai|va|j y vais|vais aller|direction) (?:au|sur le|jusqu au|vers le|a la) "
    "(?:pont|viaduc|barrage|voie ferree|gare de triage|falaise|jetee)"
    f"(?:{_END}| (?:ce soir|cette nuit|apres minuit|demain|la bas|du canal|de la rocade|"
    "de l autoroute))",
    "(?:je suis|jsuis|chu|suis) (?:sur le pont|en haut de la falaise|au bord de la falaise|"
    "sur le toit|monte sur le toit|montee sur le toit)(?: la)?(?= #|$)",
    "(?:je suis|je me suis|me suis) garee? (?:pres|au bord|en haut|a cote|sous) (?:du|de la|"
    "des) (?:pont|falaise|viaduc|rails|voie ferree|barrage)",
    "(?:reviendrai|redescendrai|remonterai|ressortirai|rentrerai|reviens) "
    f"(?:pas|plus|jamais)(?: cette fois| ce coup ci| vivante?)?{_END}",
    f"(?:pas prevu|plus besoin) de (?:rentrer|redescendre|revenir){_END}",
    f"(?:marcher|entrer|avancer) dedans{_END}",
    "(?:vais|veux|jvais) pas freiner|(?:je lacherai|je vais lacher|jvais lacher) le volant",
    "(?:corde|noeud|n ud) (?:est )?(?:dans|sous|prete?|accrochee?|attachee?)"
    + _not("a linge|de securite|d escalade"),
    "(?:essaye|teste|fait|refait) le (?:noeud|n ud)"
    + _not("de (?:ma |sa |la )?cravate|de chaise|marin|plat|de (?:mes |ses )?lacets|du|de"),
    "(?:sais|vu|voir) ou (?:[a-z]+ ){0,3}(?:range|cache|met) (?:son|ses|le|les|sa) "
    "(?:fusil|fusils|arme|armes|pistolet|revolver|carabine)",
    "(?:cle|cles) (?:de l armoire|du coffre) a (?:fusils|armes)",
    "(?:sorti|pris|charge) (?:le|son|mon) (?:fusil|pistolet|revolver|arme)"
    + _not("de (?:chasse )?pour (?:la|le) (?:chasse|ball trap|club)"),
    "(?:fusil|arme|pistolet)(?: de chasse)? (?:est )?(?:charge|chargee|dans la boite a gants|"
    "dans ma poche|dans mon sac)",
    "(?:pas|plus) me (?:rater|louper)(?: cette fois| ce coup ci)?|me raterai (?:pas|plus)",
    "pass(?:e|erai|erais) a l acte",
    "(?:produit|javel|destop|deboucheur|poison|antigel|mort aux rats)(?: (?:[a-z]+|#)){0,6} "
    "je (?:le|la) (?:bois|boirai|avale|avalerai)",
    f"(?:attends|attendais) (?:juste |que )?le (?:bon )?moment{_END}|pour le moment venu",
    "(?:manque|reste) plus (?:que|qu) le courage|(?:reste|manque) plus qu a attendre(?= #|$)",
    "(?:la|ma) derniere nuit(?= #|$)|pour (?:la|ma) derniere nuit",
    "(?:c est|c etait) mon dernier (?:soir|jour)(?= #|$)",
    "aller simple(?: (?:[a-z]+|#)){0,4} (?:pas de retour|sans retour)",
    "si rien (?:ne )?change(?: [a-z]+){0,3} (?:# )?(?:je le fais|je le ferai|je pars|"
    "je m en vais|j y vais)",
    "(?:y aller|le faire|partir|j y vais)(?: [a-z]+){0,3} (?:# )?tout est pret",
    "(?:c etait|c est) (?:encore |bien )?plus profond (?:cette fois|que d habitude|"
    "que la derniere fois)|encore reveillee? (?:# )?(?:dommage|quel dommage|malheureusement)|"
    "(?:je suis|suis|jsuis|chu) (?:encore|toujours) (?:la|en vie|vivante?) (?:# )?"
    "malheureusement|pour (?:leurs|ses|tes|vos) (?:anniversaires|mariages) (?:d apres|futurs|"
    "a venir)",
    "(?:tape|frappe|cogne) (?:dans |contre )?(?:le|un|les) murs?(?: (?:[a-z0-9]+|#)){0,8} "
    "(?:ca m a (?:soulagee?|calmee?|fait du bien)|ca soulage)",
    f"(?:je tiendrai|jtiendrai|tiendrai) (?:pas|plus) (?:jusqu a demain|jusqu a ce soir|"
    f"longtemps|cette nuit){_END}|survivre a (?:ce soir|cette nuit){_END}",
    "(?:me vois|m imagine) (?:pas|plus) (?:vivre|vieillir|exister|etre la) "
    "(?:jusqu|encore longtemps|longtemps|dans un an|l annee prochaine)",
    # Affairs put in order, with no crisis word.
    f"(?:j en aurai|jen aurai|j en aurais|je n en aurai|je vais pas en avoir|j en aurai jamais) "
    f"(?:plus |pu |plus jamais )?(?:besoin|l usage)(?:{_END}| apres)",
    f"(?:ca|ils|elles|elle|il) (?:ne )?(?:servira|serviront) (?:plus|pu)(?: a rien)?(?:{_END}|"
    " apres| a moi)",
    "(?:plus rien|rien) (?:qui )?(?:ne )?me (?:retient|retenait)|"
    "(?:dernier|derniere) (?:truc|chose|lien|obstacle) qui me (?:retenait|retient)",
    "(?:chat|chien|chats|chiens|enfants|lapin|perroquet|poisson|tortue|cheval|animaux|plantes)"
    "(?: [a-z]+){0,4} (?:# )?(?:maintenant |alors )?(?:je peux|jpeux) (?:partir|y aller|"
    f"m en aller)(?:{_END}| tranquille| en paix| maintenant)",
    "(?:garder|gardera|prendre|prendra|recuperer|s occuper de|adopter|confie|confiee|donne)"
    "(?: [a-z]+){0,2} (?:mon|ma|mes|le|la|les) (?:chien|chat|chats|chiens|enfants|lapin|"
    "perroquet|poisson rouge|tortue|cheval|petits|animaux)(?: [a-z]+){0,5} (?:# )?"
    "(?:pour toujours|pour de bon|definitivement|a vie|a plein temps)",
    "(?:testament|mes dernieres volontes) (?:fait|faites|ecrit|ecrites|redige|pret|a jour|"
    "termine|dans)|(?:mis a jour|refait|modifie) (?:mon|ma) testament|dernieres volontes",
    "assurance obseques|concession (?:au cimetiere|funeraire)|ou je veux etre (?:enterree?|"
    "incineree?)|(?:musiques?|chansons?|vetements|habits) (?:pour|de) (?:la|ma|l|mon) "
    f"(?:ceremonie|enterrement|obseques){_END}",
    f"(?:tout (?:est|mis) en ordre|mis de l ordre (?:dans|a) (?:mes|ma) [a-z]+){_END}",
    "(?:les |mes |ma |la )?(?:derniere|dernieres) lettres?" + _not("de|d|du|a|au|des"),
    "(?:lettres?|mots?) (?:sont |est )?(?:ecrites?|finies?|pretes?|termines?)(?: [a-z#]+){0,4} "
    "(?:il me reste|reste plus|plus qu a)|(?:une (?:lettre )?pour chacun|une par personne)",
    "(?:la|ma) lettre est (?:sur|dans|sous) (?:la|le|ma|mon) (?:table|bureau|lit|poche|tiroir|"
    "oreiller|frigo|veste)",
    "(?:elle|il|ils|elles|on) (?:comprendra|comprendront) (?:bientot|vite|lundi|demain|"
    f"plus tard|apres)(?: pourquoi)?{_END}|(?:comprendra|comprendront) pourquoi{_END}|"
    "(?:un mot|une lettre)(?: #)? (?:il|elle|ils|elles) comprendr(?:a|ont)|"
    f"pour qu (?:on|ils|elle|il) comprenne(?:nt)?{_END}",
    "(?:mots de passe|codes|identifiants|acces)(?: [a-z]+){0,8} (?:pour apres|pour la suite|"
    "quand ce sera fini|il en aura besoin bientot|elle en aura besoin bientot)",
    "(?:ait|aient|aura|auront) (?:pas|rien|plus) a (?:le faire|faire|chercher|ranger|trier|"
    "s en occuper)(?: [a-z]+){0,2} apres(?: moi)?(?= #|$)|(?:le faire|payer|regler) apres moi",
    "(?:pour|de) ceux qui (?:restent|resteront)(?= #|$)|celui qui me trouvera",
    "(?:mail|mails|message|messages|lettre|lettres)(?: [a-z]+){0,2} programme(?:e|es|s)?"
    "(?: [a-z]+){0,4} (?:pour|part|partira|partiront) (?:dimanche|demain|lundi|samedi|apres)",
    f"(?:j y retournerai|je reviendrai) (?:pas|plus|jamais){_END}",
    f"(?:reste|restera) plus que moi{_END}",
    "une derniere (?:fois|tournee|visite)(?= #|$| ce week end| cette semaine| hier| ce soir)|"
    "un dernier (?:tour|virement|cadeau)(?= #|$)",
    "(?:je peux|jpeux) partir (?:tranquille|maintenant|en paix)|maintenant je peux partir",
    "(?:dire au revoir|remercier|vous dire|te dire|regler|en suspens|rien laisser)"
    f"(?: [a-z]+){{0,4}} avant de partir{_END}|partir propre|partir sans rien devoir",
    # Farewells that could be ordinary goodbyes.
    "(?<![a-z0-9] )(?:merci pour tout|pardon pour tout|merci pr tt|merci pour tt)"
    f"(?:{_END}| et (?:desolee?|pardon|adieu|au revoir)| le bot| a tous)"
    + _not(
        "# (?:a demain|a plus|bonne (?:nuit|soiree|journee)|bisous|a bientot|"
        "a tout a l heure|ciao|a ce soir)"
    ),
    "(?:pardonnez moi|pardonne moi|pardonnez nous)(?= #|$| (?:maman|papa|tous|a tous|ma puce))",
    "(?<![a-z0-9] )(?:pardon|desolee?) (?:maman|papa|mes enfants|a tous|a toutes|"
    "a tout le monde)(?= #|$)",
    "prenez soin de vous(?: tous| toutes)?(?= #|$)",
    "soyez forte?s?(?= #|$)|(?:ne )?(?:cherchez|cherche) pas a me (?:retrouver|trouver)|"
    "de pas (?:me|la|le) chercher(?= #|$)",
    "(?:c est|c etait) la fin pour moi|(?:fin de l histoire|fin de partie|c est fini) pour moi",
    "merci (?:d avoir essaye(?= #|$| de m aider)|a ceux qui ont essaye|"
    "de m avoir ecoute jusqu au bout)",
    "plus besoin (?:de m ecrire|de me (?:demander|rappeler|relancer|ecrire))",
    "(?:tu n auras|tu auras|vous aurez|vous n aurez|t auras) (?:plus|pu) (?:de |d )?(?:nouvelles|"
    "reponses?|messages?) de moi"
    + _not("pendant|avant|jusqu|cette semaine|ce week end|d ici|pour quelques|quelques|ce mois"),
    "(?:je |j )?(?:ne )?(?:serai|jserai) (?:plus|pu) la (?:demain|ce soir|pour (?:lire|"
    "repondre|le check in|le rappel))|(?:je |j )?(?:ne )?(?:serai|jserai) pas la pour lire|"
    f"je serai partie?{_END}",
    f"(?:j aurai|je souffrirai) (?:plus|pu) (?:jamais )?mal{_END}",
    "(?:je m eteins|jm eteins) (?:doucement|ce soir|peu a peu)",
    "on (?:ne )?se reverra (?:pas|plus|jamais)"
    + _not("avant|d ici|cette|ce|de la|du|pendant|en|au|a")
    + "|on se reverra (?:peut etre )?ailleurs",
    "(?:dis|dites) a [a-z]+ que c (?:est|etait) pas (?:sa|de sa|leur) faute|"
    "c (?:est|etait) pas (?:de )?(?:votre|leur) faute(?: #)? je vous aime",
    "je vous (?:ai aimee?s?|aimais) autant que",
    "on m oubliera(?: vite| vite fait| tres vite)",
    "(?:c est|c) ici que (?:ca|tout) (?:s arrete|se termine|finit)",
    "je (?:voulais|veux) (?:juste )?(?:vous |te )?dire au revoir(?: a quelqu un)?"
    f"(?:{_END}| avant de partir| c est la fin)",
    f"(?:je voulais|je veux) (?:vous |te )?remercier avant de partir{_END}",
    f"apres je (?:ne )?pourrai (?:plus|pu){_END}",
    "si (?:demain )?je (?:ne )?reponds (?:pas|plus)(?: demain)? (?:# )?c est normal",
    f"(?:t etais|tu etais) (?:gentil|sympa|cool|super|genial|adorable){_END}",
    "(?:j espere que|peut etre que) la haut (?:c est|ca sera|ce sera|je serai|on est|j aurai)",
    f"(?:c est|c etait) la derniere fois{_END}",
    # The burden.
    "(?:gache|gache|pourris|pourri|gaches|pourrit) la vie (?:de tout le monde|de mes proches|"
    "de ma famille|de mes parents|de tous|des gens)",
    "(?:vais|veux) (?:leur|lui|vous|te) (?:faciliter la vie|rendre (?:la|leur|sa|ta|votre) "
    f"liberte|enlever (?:ce|un|le) (?:probleme|souci|poids)){_END}|je te rends ta liberte",
    "(?:probleme|souci) a regler(?: #)? et je vais le regler",
    "(?:vaut mieux|mieux vaut|autant) que je parte(?= #|$| pour de bon| definitivement)",
    "(?:au fond|puis|mais au fond|finalement) (?:ils|elle|il|elles) (?:seront|seraient|sera|"
    "serait) (?:soulagee?s?|libres?|liberee?s?)",
    "si je partais(?: [a-z]+){0,3} (?:pourrait|pourraient|serait|seraient) (?:enfin|mieux|"
    "plus heureu)",
    "(?:suis|me sens) (?:juste |comme )?(?:un|une) (?:parasite|boulet|charge en plus|"
    "poids en plus|depense inutile)",
    "(?:je suis|jsuis|suis) de trop(?: partout| ici| dans (?:cette|ma) famille)?(?= #|$)",
    "si (?:j etais|jetais|je n etais) (?:plus|pu) la",
    f"(?:plus simple|plus facile|mieux) pour eux{_END}",
    "(?:seraient|seraient tous|serait|seront) mieux sans (?:lui|elle|moi)",
    # Others at risk, not yet at the edge.
    "(?:repond|repondre|decroche) (?:plus|pas)(?: [a-z#]+){0,5} (?:merci pour tout|pont|corde|"
    "cachets|lettre|mot)|(?:merci pour tout|pont|corde|cachets|un mot)(?: [a-z#]+){0,6} "
    "(?:il|elle) (?:ne )?(?:repond|decroche) (?:plus|pas)",
    "(?:a pris|prend|pris) son (?:fusil|arme|pistolet)(?: [a-z]+){0,3} (?:et )?(?:il |elle )?"
    "(?:est )?(?:parti|partie|sorti|sortie)"
    + _not("a la chasse|chasser|au ball trap|au stand|au club|tirer|pour la chasse"),
    "(?:dit|ecrit|poste|annonce) qu (?:il|elle) (?:va|allait) le faire (?:ce soir|cette nuit|"
    "demain|ce week end)",
    "(?:a|avait) (?:deja )?(?:fait ses lettres|ecrit ses lettres)|"
    "(?:dit|ecrit|annonce|explique) qu (?:il|elle) (?:a|avait) (?:deja )?tout (?:prevu|prepare)",
    "(?:serait|sera) (?:plus|pu) la (?:demain|bientot|ce soir)",
    "(?:dit|dire|dis) adieu (?:a (?:ses|ces|mes|les|tous) |aux )(?:copines|copains|enfants|"
    "amis|potes|petits)",
    "(?:brulures|coupures|entailles) (?:toutes )?fraiches",
    "(?:au bord|sur le bord) (?:du quai|du lac|de la riviere|de l eau|de la baignoire)"
    "(?: [a-z]+){0,8} (?:en pleurant|avec une lame|va entrer|entrer dans l eau)",
    # More affairs: keys, codes, letters, pets placed "for after".
    "(?:mots de passe|codes?|lettre|enveloppe|assurance|papiers|identifiants|instructions|"
    "carton|souvenirs)(?: (?:[a-z]+|#)){0,8} pour apres(?= #|$)",
    "(?:garder|prendre|s occuper de|nourrir) (?:mon|ma|mes) (?:chien|chat|chats|chiens|lapin|"
    "enfants|plantes|poisson rouge) apres(?= #|$)",
    "(?:saura|sauront) quoi faire quand ce sera (?:fini|fait)|"
    "(?:il|elle|ils|elles) en (?:aura|auront) besoin (?:bientot|apres|quand je)",
    "(?:verifie|assure|assuree|verifier) (?:que )?l assurance(?: vie| deces)? (?:paierait|paie|"
    "paiera|couvrira|couvre|couvrirait|versera)",
    "il va m arriver quelque chose",
    "(?:lettres?|mots) pour (?:tout le monde|chacun|chacune|mes enfants|ma famille|mes proches)|"
    "(?:ecrit|lettre|lettres) a chacun de mes",
    f"apres je serai prete?{_END}|previenne quelqu un",
    "(?:j en ai|jen ai) (?:plus|pu) besoin (?:au dela|apres)",
    f"ca (?:ne )?sert (?:plus|pu) a rien{_END}",
    "personne (?:n )?(?:aura|ait) a (?:le faire|s en occuper|ranger|trier)|"
    "(?:ait|aient) (?:pas|rien) a chercher",
    "(?:porter|mettre) pour (?:l|mon|ma) (?:enterrement|ceremonie|obseques)|enfin pas au cas ou",
    "(?:legue|leguee?) (?:mon|ma|mes|tout)",
    "pour qu (?:elle|il|ils|elles|on) se souvienne(?:nt)? de moi|"
    "(?:ils|elles|il|elle|tout le monde|chacun) (?:auront|aura|aient|ait) un souvenir(?: de moi)?",
    "programme(?:e|es|s)? (?:des|un|une|mes) (?:mails?|messages?|lettres?|textos?|sms|videos?)"
    "(?: [a-z]+){0,2} pour (?:mes|ma|mon)|(?:mails?|messages?|lettres?) programme(?:e|es|s)?"
    "(?: [a-z]+){0,4} (?:pour|part|partira|partiront) (?:dimanche|demain|lundi|samedi|apres)|"
    "(?:je les ai|les ai) programme(?:e|es|s)? pour",
    "simple a fermer|moins mal apres|tombent pas dessus apres|rien qui trainera apres",
    "(?:lettres?|mots?) (?:sont |est )?(?:ecrites?|ecrits?|finies?|pretes?|termines?)(?= #|$| et)",
    "(?:chat|chien|chats|chiens|enfants|plantes|lapin)(?: [a-z#]+){0,6} (?:je suis|jsuis) "
    "prete?(?= #|$)",
    "(?:code|codes) (?:du|de mon|de ma|de mes|de la) (?:tel|telephone|carte|banque|comptes?)|"
    "(?:codes?|mots de passe)(?: [a-z]+){0,4} (?:dans|sur) une (?:enveloppe|feuille)|"
    "(?:carte bleue|cb) et (?:le|son) code|identifiants de tout",
    "(?:qui prevenir|personnes a prevenir|qui recupere quoi|"
    "qui prend (?:le|la|les) (?:chien|chat)|"
    "qui va recuperer (?:mes|mon|ma)|choisi qui aura (?:mes|ma|mon)|"
    "ou trouver les (?:cles|codes|papiers))",
    "instructions pour (?:la banque|les factures|le compte|mes comptes|les impots)",
    "(?:prendra|prendront) soin (?:[a-z]+ )?mieux que moi",
    "ou (?:sont|trouver) (?:les|mes) papiers(?: importants)?|je dois (?:plus|pu) rien a personne",
    "une (?:famille|nouvelle famille|nouvelle maison|nouvelle maman|maison) pour (?:mon|ma|mes) "
    "(?:chien|chat|chats|chiens|lapin|perroquet|tortue|cheval)|"
    "(?:chat|chien) a une nouvelle (?:maman|famille|maison)",
    "enveloppe (?:pour|a) (?:ma|mon|mes)|(?:ecrit|redige) mon mot|avec un mot(?= #|$)",
    "(?:saura|sauront|pourra|pourront|s en sortira|s en occuper) sans moi",
    "toutes les infos pour (?:ma|mon)|excuse aupres de tous|dettes sont (?:reglees|payees|"
    "remboursees)|(?:tuteur|tutrice) (?:des|de mes) enfants|au revoir a mes affaires",
    "(?:il|elle|ils) (?:ne )?(?:comprenait|comprenaient|a pas compris|ont pas compris) pourquoi",
    "(?:le bazar|la galere) pour (?:eux|elle|lui) apres|post it sur les meubles|"
    "tout est (?:distribue|donne|reparti)|tout donne(?: #)? il me reste",
    "(?:personne|aucun) (?:ne )?se sente coupable|(?:ma|une) facon de dire au revoir",
    "tant que je (?:peux|le peux) encore|que je (?:les|l|vous|t) aime(?: #)? sans raison",
    "jusqu a (?:ses|leurs) (?:18|dix huit) ans|le reste est pour (?:ma|mon|mes)|"
    f"le reste suivra{_END}|"
    "c est pas vraiment un voyage|le tout dernier(?= #|$)",
    "(?:debarrasse|debarrassee) de tout ce qui pourrait|tout ce que j ai (?:sera|ira) (?:a|pour)|"
    "quand je (?:ne )?pourrai (?:plus|pu)(?= #|$)|(?:c est|tout est) regle(?: #)? je peux partir",
    # More plans: the absence awaited, the way found, the stock.
    "(?:attends|attendre|profiter|quand|des que|pendant que|le temps que) (?:que )?(?:ma femme|"
    "mon mari|mes parents|ma coloc|mon coloc|les enfants|tout le monde|ma mere|mon pere|personne|"
    "l infirmiere|ma copine|mon copain|ma soeur|mon frere)(?: [a-z]+){0,2} (?:sera au travail|"
    "seront en vacances|sont en vacances|soit a la maison|parte|partent|partira|dorme|dorment|"
    "dormira|s endort|s endorme|soit couche|seront chez|sont chez|est a)",
    "(?:je le ferai|je le fais|ca se fera|je vais le faire|ce sera le moment|j irai jusqu au bout)"
    "(?: [a-z]+){0,3} (?:pendant que|quand (?:ma|mon|mes|les|tout le monde))",
    "(?:quand|des que|pendant que) (?:ma|mon|mes|les|tout le monde)(?: [a-z]+){1,6} (?:# )?"
    "(?:je le ferai|je le fais|ca se fera|ce sera le moment|j irai jusqu au bout)",
    "(?:hotel|chambre d hotel)(?: [a-z]+){0,4} pour (?:le faire|que personne|pas que ce soit|"
    "la derniere)|pour (?:que )?personne (?:ne )?me (?:trouve|retrouve|voie)",
    "(?:regarde|cherche|renseigne) comment (?:faire|le faire|proceder) (?:sur internet |"
    "en ligne )?toute la nuit|"
    "(?:cherche|regarde) combien de temps (?:ca|cela) prend",
    "(?:dernier (?:etage|niveau)|toit) du parking|parking(?: [a-z#]+){0,6} (?:au )?dernier "
    "(?:etage|niveau)",
    "(?:voie ferree|rails|pont|viaduc|falaise|barrage)(?: [a-z0-9#]+){0,8} j y vais "
    "(?:ce soir|cette nuit|demain|maintenant)|decide que ce serait (?:la|ici|ce soir|demain)",
    "(?:j ai|jai) choisi (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le [0-9]+|"
    "ce soir)(?= #|$)",
    f"c est pour ce soir{_END}|teste si j ai le courage{_END}",
    "(?:j ai |jai )?gare (?:la|ma) voiture (?:pres|au bord|en haut|a cote|sous) (?:du|de la|des) "
    "(?:pont|falaise|viaduc|rails|voie ferree|barrage)",
    f"{_DRUG}(?: #)? (?:et )?(?:l |de l )alcool",
    "(?:maniere|methode|facon) la plus (?:rapide|sure|douce|efficace)(?= #|$)",
    "(?:plus qu a|plus que a|plus qu|reste qu a) attendre (?:minuit|la nuit|l heure|"
    "que (?:ca|ce) soit l heure|le bon moment)(?= #|$)",
    "(?:hesite|recule|flanche)(?: #)? pas cette fois",
    "(?:cachets|medocs|comprimes|pilules|somniferes|lame|corde|flacon|boite)(?: [a-z]+){0,2} "
    "(?:sont |est )?(?:devant moi|qui m attend)|tout aligne sur",
    "plus de raison d attendre|ce qui restait dans la pharmacie|(?:vide|vider) l armoire a "
    "pharmacie|(?:melange|cocktail) (?:de |avec )(?:[a-z]+ ){0,3}(?:pharmacie|medocs|cachets)",
    "(?:mon|le) plan c est (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|demain|"
    "le pont|la falaise|les rails)",
    "les endroits les plus hauts|raison de les prendre|vole (?:les|des) (?:[a-z]+ )?" + _DRUG,
    "que personne (?:ne )?connait|(?:acces|cle|cles) (?:au|du) toit|reperage fait|"
    "tout sera (?:regle|fini|termine|calme) pour de bon|personne (?:ne )?(?:vienne|viendra) me "
    "chercher|trouve le moment (?:parfait|ideal)",
    f"(?:ma decision|la date|le jour) et l heure{_END}|mais je (?:ne )?pars pas en (?:vacances|"
    f"voyage){_END}",
    f"reserves? de {_DRUG}|(?:ordonnances?|traitement|medocs|cachets)(?: [a-z#]+){{0,4}} "
    "je les (?:stocke|garde|planque|cache)",
    "je voulais (?:juste )?que quelqu un (?:le )?sache",
    "(?:fusil|arme|armes|pistolet)(?: [a-z#]+){0,6} (?:je sais ou|j ai trouve) (?:sont )?"
    "(?:les|la) cles?|fusil (?:[a-z]+ ){0,4}dans (?:sa|ma|la) voiture",
    "garage(?: [a-z#]+){0,3} porte fermee|porte fermee(?: [a-z#]+){0,3} garage",
    "(?:a minuit|apres minuit|quand le colis arrive|apres) (?:# )?(?:ce sera|c est|tout sera) "
    f"fini{_END}|plus que (?:deux|2|trois|3|quelques) dodos(?: #)? et (?:c est|ce sera) fini|"
    f"dans (?:[0-9]+|deux|trois|quelques) jours (?:c est|ce sera|tout sera) fini{_END}",
    "(?:quand|pendant que) tout le monde (?:dormira|sera couche)|"
    "avant que tout le monde (?:se reveille|rentre)",
    "(?:compte|je compte) les jours(?: #)? plus que|"
    f"(?:compte|je compte) les jours (?:avant|jusqu a) (?:la fin|le grand jour){_END}",
    # More farewells.
    "un dernier message a (?:tout le monde|mes proches|ma famille|mes amis)"
    + _not("avant|pour|de|d|du"),
    "(?:j y arrive plus|je peux plus|jpp|j en peux plus)(?: #)? (?:je m en vais|je pars|"
    "jmen vais)(?= #|$)",
    "bisous a tous(?: #)? c est (?:fini|la fin)|c est la fin(?: #)? bisous a tous",
    "je vous laisse(?: #)? c est mieux (?:comme ca|ainsi)",
    "(?<![a-z0-9] )derniere (?:soiree|journee|nuit|belle journee)(?= #|$)",
    "(?:c est|c etait) mon au revoir(?= #|$)|(?<![a-z0-9] )(?:juste|simplement) au revoir(?= #|$)",
    "(?:tchao|ciao|salut|bye|adieu) tout le monde(?: #)? pour de vrai",
    f"pourquoi je suis (?:encore|toujours) la{_END}",
    "pense a la mort (?:tous les jours|tout le temps|sans arret|chaque jour|h24|constamment)",
    "(?:rien|plus rien) (?:ne )?me donne envie de (?:rester|vivre|continuer)"
    "(?= #|$| en vie| ici| sur terre| a vivre)",
    "(?:deja |me sens |me sentir )mort a l interieur|mort a l interieur",
    f"vivement la fin{_END}|hate que (?:ce|ca|tout) soit fini(?: #)? la vie",
    f"je vais pas tenir longtemps{_END}",
    "arrete (?:l|mon) insuline|(?:la mort|mourir) (?:me fait|m fait) (?:plus|pu) peur",
    "(?:les |mes )?idees (?:sont (?:revenues|de retour)|reviennent)(?: #)? (?:et )?"
    "(?:plus fortes|depuis (?:[0-9]+|quelques|deux|trois) jours|comme avant)",
    "j y suis retournee? ce soir|deja (?:saute|avale des (?:medocs|cachets))(?: une fois)?|"
    "hospitalisee? pour ca",
    # More burden.
    "sans moi (?:ils|elle|il|elles|[a-z]+ [a-z]+) (?:auraient|aurait) (?:plus|moins)|"
    "(?:auraient|aurait) (?:plus|moins) (?:de )?(?:[a-z]+ ){1,5}sans moi",
    "(?:enlever|retirer|epargner) un (?:souci|probleme) definitivement|"
    "(?:vais|veux) (?:lui|leur) en enlever un",
    "mieux sans (?:un|une) (?:pere|mere|fille|fils|femme|mari|soeur|frere) comme moi",
    "(?:rends|rend) la vie impossible|empeche (?:mes proches|ma famille|les autres|tout le monde) "
    "d etre heureux|souffrent a cause de (?:moi|ma presence)|pleure a cause de moi",
    f"(?:merite|meritent) d etre (?:liberee?s?|tranquilles?|debarrassee?s?){_END}|"
    f"(?:veux|vais) (?:les|le|la|vous|te) liberer{_END}",
    "si je (?:partais|disparaissais|n etais plus la)(?: [a-z]+){0,3} (?:ca|tout) "
    "(?:s arrangerait|irait mieux)",
    "le probleme de tout le monde|je vaux (?:plus|pu) rien pour personne|"
    "(?:faut|il faut) que ca cesse(?: #)? pour de bon",
    # More third persons.
    "(?:allait|va|irait) au pont(?= #|$)|pour me dire (?:au revoir|adieu)",
    "(?:rejoindre|retrouver) (?:papa|maman|mamie|papi|mon pere|ma mere|mon frere|ma soeur|"
    "mon fils|ma fille|mon mari|ma femme)(?: ce soir| bientot| la haut)?(?= #|$| il est)",
    "(?:coupee?|coupes?) (?:# )?(?:elle|il) saigne beaucoup",
    # Attempts counted, as one counts exam attempts too: worth a check, not an alarm.
    "(?:deux|trois|quatre|2|3|4|plusieurs|mes) tentatives(?: (?:[a-z0-9]+|#)){0,6} (?:la |ma )?"
    "(?:troisieme|3e|3eme|quatrieme|4e|4eme|deuxieme|2e|prochaine|suivante) sera la bonne",
    "tentatives?(?: (?:[a-z0-9]+|#)){0,6} (?:je sais ce que j ai (?:mal fait|rate)|"
    "cette fois je (?:ne )?(?:raterai|louperai) pas)",
    "(?:refait|fait|refaire) une (?:tentative|nouvelle tentative) (?:cette semaine|hier|"
    "ce week end|cette nuit|ce matin|avant hier|ce soir|la semaine derniere)",
    f"(?:vois|comprends|sais) (?:pas|plus) pourquoi je continue{_END}",
    f"(?:soulagee?s?|debarrassee?s?) que je (?:parte|disparaisse|sois (?:plus|pu) la){_END}",
    # Refusing care.
    "(?:me soigne|me soignerai|me soignerais|me soigner) (?:plus|pas|pu|jamais)"
    + _not("assez|bien|trop|vraiment|correctement|comme il faut|avec|par|a|au|comme|grace"),
)
NAMED_SELF_HARM: Sequence[str] = (
    # Its nouns and its slang.
    "(?:auto ?)?mutil(?:ation|ations|er|e|ee|es|ent)|automutil|scarifs?|"
    "scarif(?:ication|ications|ier|ie|iee|ies|ient|iais)",
    "(?:me |m )(?:scarifier|mutiler|automutiler|faire du mal)"
    + _not("les cheveux|les ongles|la frange|une|un|des|du|de|d|en|la parole|a|au"),
    # Its marks, and hiding them.
    "(?:mes|les|des) (?:coupures|cicatrices|scarifs|marques|traces) "
    "(?:sur|aux|a|au|de) (?:les |mes )?(?:bras|poignets|cuisses)"
    + _not("a cause|apres|depuis|de (?:mon|l|la) (?:operation|accident|chat|chien|jardinage)"),
    "(?:cache|cacher) (?:mes|les) (?:bras|poignets|cicatrices|marques)",
    f"(?:je me suis|jme suis|me suis|m suis) (?:encore |de nouveau |re)?coupee?{_END}",
    f"(?:je vais|jvais|vais|je veux|jveux) (?:encore )?me couper{_END}",
    "(?<![a-z0-9] )coupe(?= #|$)",
    f"(?:je vais|jvais|vais|envie de|j ai envie de|je veux) recommencer{_END}",
    f"(?:j ai|jai|g) (?:recommence|recraque|rechute|replonge|craque)(?: ce soir| encore| hier)?"
    f"{_END}",
    f"(?<![a-z0-9] )(?:rechute|recraque|replonge)(?: ce soir| encore| hier| cette nuit)?{_END}",
    "(?:compteur|compteur de jours) (?:remis|repasse|retombe|revenu) a zero|"
    "(?<![a-z0-9] )jour (?:1|un|zero|0) (?:encore|a nouveau|de nouveau)|"
    "(?:[0-9]+|deux|trois) (?:jours|semaines|mois) (?:foutus|de perdus|perdus|gaches)",
    "tenu (?:[0-9]+|un|une|deux|trois|quatre|cinq|six) (?:jours|semaines|mois|ans) "
    "(?:et|mais|puis) (?:j ai |jai )?(?:craque|rechute|recommence|replonge|lache)",
    f"(?:pas reussi|pas pu) a (?:resister|tenir)(?: # encore)?{_END}",
    "saign(?:e|er|ait|ent) (?:beaucoup |encore |toujours )?(?:et )?(?:ca )?(?:(?:ne )?s arrete|"
    "arrete) (?:pas|plus)|saigne a travers (?:le|les|mon|mes) pansements?|"
    "(?:a|ont) saigne longtemps|saigne sur (?:les|mes) draps",
    "(?:avant bras|bras|poignets|cuisses) (?:sont |est )?en sang(?= #|$| je| j)",
    "(?:marques|traces|coupures|cicatrices)(?: [a-z]+){0,3} (?:sous (?:mon|mes|ma) (?:pull|sweat|"
    "manches?|vetements|bracelets?)|sont nouvelles|personne (?:ne )?les voit)",
    "(?:vu|voir|remarque|decouvert) mes (?:bras|cicatrices|marques|poignets|cuisses|coupures)",
    "(?:porte|mets|mis) des (?:bracelets|manches longues|pulls?|sweats?) pour cacher",
    "(?:plus|pu) de cacher|encore (?:laisse|fait) des (?:traces|marques)",
    "la lame est (?:sur|dans|a cote|pres|la)|lames? a cote de moi",
    "(?:rachete|achete|racheter|acheter) (?:des|de nouvelles|une|mes) lames"
    + _not("de rasoir|de cutter|de tondeuse|pour|de scie"),
    "(?:peau|bras|poignets?|cuisses?) (?:est |sont )?(?:pleine?s? de|couverte?s? de) "
    "(?:brulures|coupures|cicatrices|marques)",
    f"(?:jme suis|je me suis|me suis) brulee? avec (?:la|une) (?:bougie|cigarette|clope){_END}",
    f"(?:je me suis|jme suis|me suis|m suis) fait mal (?:encore|ce soir|a nouveau){_END}",
    "lames?(?: (?:[a-z]+|#)){0,8} (?:j ai |jai |g )?(?:pas (?:pu )?resiste|recraque|craque)"
    f"(?:{_END}| encore| ce soir)",
    "(?:envie|besoin) (?:de |d )(?:me couper|me scarifier|me bruler|me faire mal)"
    + _not("les cheveux|les ongles|la frange|les pointes|la parole"),
)
# Overdose, but not "an overdose of chocolate" (blanked with the figures).
NAMED_OVERDOSE: Sequence[str] = (
    "overdoses?|surdoses?|surdosages?|(?:une|l|d|en) od",
    f"(?:deja )?(?:pris|avale|gobe) (?:les|des|mes|tous les|toutes les) {_DRUG}(?: [a-z]+){{0,2}} "
    "il y a (?:[0-9]+|deux|dix|vingt|quelques) (?:min|minutes|mn)"
    + _not("comme|et (?:ca|je) (?:va|vais|me sens) mieux"),
    "(?:les|tous les|toutes les|mes) (?:cachets|comprimes|medocs|pilules|somniferes) "
    "(?:sont )?(?:dissous|ecrases|ecrasees|piles|pilees) dans (?:le|un|mon|ma|la|une) "
    "(?:verre|bol|bouteille)" + _not("d eau pour|pour"),
)

# --- More ways of saying it, each pattern a family of phrasings ------------------------------

# Something that would end one's life, befalling one: the conditions of a passive wish.
_BEFALLS = (
    "(?:mourais|meurs|mourrais|crevais|me noyais|noyais|me tuait|tuait|me renversait|"
    "renversait|me percutait|percutait|me fauchait|fauchait|m ecrasait|s ecrase|s ecrasait|"
    "me relevais pas|me reveillais pas|m emportait|emportait|s arretait|lachait|derapait|"
    "brulait|ratais (?:le|un) virage|tombais (?:dans|du|de|par)|m endormais au volant|"
    "m endors au volant|cancer|maladie revient|accident|me rentrait dedans|"
    "il me reste (?:un|une|[0-9]+|quelques|deux|trois|six) (?:mois|semaines|jours|an))"
)
# Welcoming it: "tant pis", "ça m'irait", "je dirais merci".
_WELCOME = (
    "(?:bah |ben |franchement |honnetement )?(?:tant pis|tant mieux|ca m irait|ca m arrangerait|"
    "ce serait (?:meme )?(?:pas (?:si |plus )?(?:grave|mal)|bien|une delivrance|un soulagement|"
    "ok|parfait|un cadeau)|ce serait ok|je dirais (?:oui|merci|pas non)|"
    "(?:ca )?(?:me )?(?:derangerait|generait) pas|ca reglerait tout|je (?:m en|men) (?:fiche|"
    "fous)|je serais soulagee?|je le remercierais|je (?:bougerais|lutterais|me battrais) pas|"
    "je refuserais (?:le|les) traitements?|je la laisserai faire)"
)
# One's own going, as the writer might put it.
_ME_GONE = (
    "(?:je |j )(?:disparais|disparaissais|meurs|mourais|etais morte?|etais (?:plus|pu) la|etais "
    "(?:plus|pu) dans|"
    "existais (?:plus|pu)|n existais plus|revenais (?:jamais|plus)|partais pour de bon)"
)
# The relief of the others once one is gone.
_RELIEF = (
    "(?:enfin|la paix|soulagee?s?|libres?|liberee?s?|tranquilles?|une bouche de moins|"
    "(?:plus|pu) a s occuper de moi|(?:pourra|pourrait|pourront|pourraient) (?:enfin )?"
    "(?:refaire|vivre|respirer|souffler)|s en remettraient|s en sortiraient|"
    "(?:irait|iraient|serait|seraient) (?:mieux|plus heureu)|personne (?:ne )?(?:va|vas) "
    "pleurer|personne (?:ne )?(?:pleurerait|pleurera|perdrait))"
)
# A past attempt, or the night it went near.
_ATTEMPT_BEFORE = (
    "(?:tentative|tentatives|ts|j ai tente|j ai essaye|j ai saute|avale des|pris des|"
    "failli (?:y rester|mourir)|reanimee?|hospitalisee?|hospitalisation|urgences|"
    "me suis rate|me suis loupe|trouvee? a temps|fini a l hopital|tout prevu)"
)
# ...and it coming back now.
_BACK_NOW = (
    "(?:ca revient|c est revenu|ca recommence|j y pense encore|j y repense|au meme point|"
    "le meme plan|le plan est encore|me hante|de nouveau envie|pareil qu avant|"
    "les memes pensees|je me sens comme ca|la (?:quatrieme|4e|troisieme|3e|prochaine) arriver?|"
    "je pense a la (?:quatrieme|4e|troisieme|3e|prochaine)|j y retourne|envie d y retourner|"
    "finir (?:le travail|ce que j avais commence)|qu ils aient reussi|je recommencerai|"
    "recommence a tout prevoir|regarde encore l armoire|je crois pas tenir|ce qui marche pas|"
    "cette fois (?:il est pas la|elle est pas la|je garde|j ai pense a autre chose|"
    "je suis pas sure?|je vois pas|j ai fait en sorte|je (?:ne )?veux pas rater|"
    "je (?:ne )?raterai pas|je le ferai))"
)
# A place to go from, or into.
_EDGE_PLACE = (
    "(?:pont|viaduc|falaise|barrage|voie ferree|voies|rails|jetee|lac|mer|riviere|fleuve|"
    "canal|toit|parapet|rambarde|ravin|gare)"
)
# Things given away that one keeps for life.
_KEEPSAKES = (
    "(?:plantes|livres|vinyles|bijoux|bague|montre|guitare|velo|console|ps5|ordi|fringues|"
    "baskets|veste preferee|doudou|collection|meubles|economies|moto|affaires)"
)
_PETS = "(?:chien|chienne|chat|chats|chiens|lapin|tortue|perroquet|poules|poisson rouge|cheval)"
# How one hurts oneself, as a verb in the present and the past.
_HURTING = (
    "(?:coupe|coupee|brule|brulee|frappe|frappee|tape|tapee|cogne|cognee|griffe|griffee|"
    "scarifie|scarifiee|fais mal|fait mal|fait du mal|fais du mal|punis|punie?)"
)

SUICIDE_MORE: Sequence[str] = (
    # Seeing it, waking with it, the only thing wanted.
    "(?:je me vois|jme vois|je m imagine|jm imagine) (?:me tuer|me pendre|me jeter|sauter|"
    "me suicider|en finir|mourir" + _not("vieux|vieille|de|d|un jour|en paix|dans") + ")",
    "en voulant (?:mourir|en finir|me tuer|disparaitre|crever|me suicider)",
    "(?:seule chose|tout ce)(?: [a-z]+){0,6} (?:c est|ce serait|serait|c etait) (?:de |d )?"
    "(?:l idee (?:que je (?:peux|pourrais) |de ))?(?:mourir|me tuer|en finir|crever|"
    "disparaitre|me suicider)",
    "(?:me tuer|me suicider|mourir|en finir|crever|disparaitre)(?: [a-z]+){0,2} (?:serait|"
    "c est|est|reste) (?:la|une|ma) (?:(?:seule|derniere|meilleure|bonne) )?(?:solution|"
    "delivrance|issue|porte de sortie)",
    "a part (?:mourir|crever|en finir|me tuer|disparaitre)(?= #|$)",
    "(?:j en|jen) (?:finis|finirai|finirais) (?:avec (?:la vie|ma vie|tout|moi)|ce soir|"
    "cette nuit|demain)",
    f"(?:c est decide|j ai decide|ma decision est prise)(?: #)? (?:je me|jme) (?:tue|suicide|"
    f"pends|flingue|fous en l ?air){_END}",
    # Said for real, not as a joke: "non je rigole pas", "au sens propre".
    "(?:mourir|me tuer|crever|en finir|le grand saut|me foutre en l ?air|me pendre|me suicider)"
    "(?: [a-z#]+){0,4} (?:# )?(?:non )?(?:je rigole pas|jrigole pas|c est pas une blague|"
    "pas une blague|au sens propre|pour de vrai cette fois|jsuis serieuse?|je suis serieuse?)",
    f"(?:non|nan) (?:en vrai|serieux|serieusement|pour de vrai|sans rire|sans deconner) "
    f"{_WANT} {_FILL}(?:{_DIE}|{_END_IT})",
    "(?:me dit|me disent|me crie|me hurle|me repete) (?:de |d )(?:me tuer|mourir|en finir|"
    "me suicider|sauter|me pendre)",
    "ctrl alt (?:suppr|del|delete) (?:ma vie|moi)|(?:saut de l ange|grand saut) (?:du|depuis|"
    "d un|de la|de mon) (?:[0-9]+ ?e|[0-9]+ ?eme|toit|pont|balcon|immeuble|fenetre)",
    "(?:ciao|tchao|bye|bye bye|adieu) la vie" + _THIS_LIFE,
    "(?:je me casse|jme casse|je me barre|jme barre|j me barre)(?: [a-z#]+){0,2} (?:pour de bon|"
    "pour de vrai|pour toujours|definitivement)" + _not("de|d|du|des|a|au|en|dans|chez"),
    "(?:la corde|les cachets|les medocs|le pont|me pendre|sauter|le train|la lame|les rails) ou "
    "(?:la corde|les cachets|les medocs|le pont|me pendre|sauter|le train|la lame|les rails)",
    # Passive wishes: something that would end it, welcomed.
    f"si (?:[a-z]+ ){{0,7}}{_BEFALLS}(?: [a-z#]+){{0,8}} (?:# )?{_WELCOME}",
    f"{_WELCOME} si (?:[a-z]+ ){{0,5}}{_BEFALLS}",
    "(?:espere|esperer|j espere|prie|souhaite|aimerais|voudrais|envie)(?: un peu)? (?:que |qu )"
    "(?:une voiture|un camion|un bus|un train|quelqu un|un chauffard|la foudre|un arbre|"
    "(?:mon|l|le) avion|(?:mon|le) (?:coeur|c ur)|le cancer|la maladie|quelque chose|"
    "un accident)(?: [a-z]+){0,3} (?:me |m )?(?:renverse|percute|fauche|ecrase|rentre dedans|"
    "tombe (?:sur moi|dessus)|s ecrase|lache|va lacher|s arrete|revient|emporte|arrive|"
    "regle tout|tue)" + _not("pas|a l heure|en retard|bien|demain matin a"),
    "(?:espere|prie pour|prie|serait bien d|serait pas plus mal d|envie d|hate d)(?: [a-z]+)? "
    "(?:avoir|attraper|choper|developper|faire) (?:un accident|un cancer|une maladie|"
    "un truc grave|un arret cardiaque|une crise cardiaque)" + _not("pas"),
    "(?:choper|attraper|avoir|developper) une maladie et que (?:ca|tout) (?:finira|finisse|"
    "se termine|s arrete)",
    "(?:ce serait|ca serait|serait) (?:bien |mieux |plus simple |tellement (?:plus )?simple |"
    "un soulagement |pas plus mal )?(?:de |d )?(?:juste )?(?:# )?(?:ne )?(?:plus|pas|jamais) "
    "(?:exister|etre la|me reveiller|etre en vie|avoir existe)",
    "(?:m en fous|m en fiche|me derangerait pas|m est egal|m irait|pas si mal|pas plus mal|"
    "serait bien) (?:de |d )(?:mourir|crever|ne plus etre la|plus etre la|vivre ou (?:de )?"
    "mourir|mourir ou (?:de )?vivre)",
    "(?:mourir|partir|crever)(?: [a-z]+){0,4} (?:# )?(?:ce serait|serait|c est) (?:un cadeau|"
    "une delivrance|un soulagement|le reve|parfait)"
    + _not("pour (?:les|mes|ses)|vieux|vieille|a [0-9]+ ans"),
    "(?:la mort|mourir)(?: [a-z#]+){0,8} (?:je l attends|ca me tente|me tente)",
    "(?:la mort|elle) (?:vienne|venait|vient|viendrait) (?:me )?(?:chercher|prendre)"
    "(?: [a-z#]+){0,3} (?:je dirais oui|je la laisse|je la laisserai|j irais)|"
    "souhaite que la mort (?:vienne|arrive)|si la mort vient je la laisse",
    "(?:en esperant|j espere|espere|esperant) (?:ne )?(?:pas|plus|jamais) (?:me reveiller|"
    "voir le matin|rouvrir les yeux)",
    "(?:me couche|m endors|chaque soir|chaque nuit|tous les soirs)(?: [a-z]+){0,3} "
    "(?:en esperant|j espere|espere) que (?:ce soit|c est) (?:la derniere|le dernier|fini)",
    "(?:supplie|prie|espere)(?: [a-z]+){0,2} (?:de |d )?(?:ne )?(?:pas|plus|jamais) voir "
    "(?:le matin|le jour|demain|l ete|le prochain)",
    "(?:dormir|sommeil)(?: [a-z]+){0,3} (?:et )?(?:ne )?plus jamais rouvrir les yeux|"
    "sommeil sans reveil|(?:veux|jveux|voudrais|aimerais|envie de) (?:juste )?fermer les yeux et "
    "(?:ne )?plus jamais les rouvrir",
    "(?:dormir|m endormir|me coucher|fermer les yeux)(?: [a-z]+){0,2} et que (?:tout|ca|ce) "
    "(?:s eteigne|s arrete|se termine)",
    "(?:dormir pour toujours|ne plus (?:jamais )?me reveiller|plus jamais me reveiller)"
    "(?: #)? (?:c est )?tout ce que je (?:demande|veux)",
    "decue? (?:de me reveiller|d avoir rouvert les yeux|d etre encore en vie)"
    + _not("si|trop|en retard|a|avec|sans|tot|tard|aussi"),
    "(?:me |m )(?:[a-z]+ ){0,5}et (?:ne )?plus jamais (?:exister|revenir)",
    "(?:coup de volant|lacher le volant)(?: [a-z]+){0,2} et (?:c est|ce serait|tout serait) "
    "(?:fini|regle|termine)",
    "(?:traverse|traversant)(?: [a-z]+){0,4} (?:je )?(?:ne )?regarde (?:meme )?(?:plus|pas|"
    "jamais)(?= #|$| si| les)",
    "si je pouvais(?: [a-z]+){0,6} (?:disparaitre|mourir|jamais avoir existe|pas avoir existe|"
    "ne plus exister|plus exister|de mourant|crever)(?: [a-z]+){0,3} (?:# )?je le ferais",
    "la terre m avale (?:pour de vrai|pour de bon|pour toujours)",
    "(?:hate|vivement|attends juste|attends) que (?:ca|tout) (?:se termine|finisse|s arrete)"
    "(?: #)? (?:la vie|ma vie)",
    # The burden: the others better off without, the going that would lift it.
    "(?:auraient|aurait|aura|auront|vivraient|vivrait|iraient|irait|seraient|serait|"
    "s en sortiraient|s en sortirait|pourraient|pourrait)(?: [a-z]+){0,4} (?:plus (?:facile|"
    "simple|heureu[a-z]*|normale|belle|legere|tranquilles?|libres?)|meilleure vie|mieux|"
    "enfin|moins de (?:soucis|problemes|galeres))(?: [a-z]+){0,2} sans moi",
    "sans moi (?:tout|ca|ils|elle|il|elles)(?: [a-z]+){0,2} (?:irait|iraient|serait|seraient|"
    "s en sortiraient|s en sortirait|en aurait|en auraient)",
    f"si {_ME_GONE}(?: [a-z#]+){{0,6}} {_RELIEF}",
    "(?:soulagee?s?|tranquilles?|libres?|refaire sa vie|refaire leur vie|"
    "soulagerait tout le monde|arrangerait tout le monde)(?: [a-z]+){0,4} si (?:je |j )"
    "(?:partais|mourais|disparaissais|etais (?:morte?|plus la|pu la)|existais plus|"
    "revenais (?:jamais|plus))",
    "(?:soulagerait|arrangerait|ferait du bien a) tout le monde (?:que je parte|que je "
    "disparaisse|que je meure)",
    "(?:a quoi bon|pourquoi|sert a rien que je) rest(?:er|e)(?= #|$| si| en vie| ici)",
    "(?:probleme|fardeau|poids|boulet|charge|embeter|deranger|imposer ma presence|m effacer|"
    "degage|degager|debarrass[a-z]*|liberer la place|leur faire une faveur)(?: [a-z]+){0,4} "
    "(?:# )?(?:et partir )?(?:definitivement|pour de bon|pour toujours|une fois pour toutes)",
    "(?:enfin|bientot|vont|seront|seraient|serez|sera|serait) (?:enfin |bientot |tous )?"
    "(?:etre )?(?:debarrassee?s?|liberee?s?) de moi",
    "(?:ma disparition|mon absence definitive|ma mort|mon depart definitif)(?: [a-z]+){0,3} "
    "(?:arrangerait|arrangera|serait un cadeau|serait un soulagement|servirait|rendrait service|"
    "soulagerait|ferait du bien)",
    "(?:meilleure|seule) chose (?:utile )?que je (?:puisse|peux|pourrais) faire"
    "(?: [a-z]+){0,3} (?:c est|ce serait) (?:de )?(?:partir|disparaitre|mourir|plus exister|"
    "ne plus exister|m en aller|en finir)",
    "bientot (?:je )?(?:ne )?(?:derangerai|embeterai|generai|serai) (?:plus|pu) (?:personne|"
    "un probleme|un poids|une charge|la)",
    "(?:faveur|service)(?: [a-z]+){0,2} et (?:partir|disparaitre|m en aller) pour (?:de bon|"
    "toujours)|(?:leur|lui|vous) epargner la suite de ma vie",
    "(?:mieux|plus simple|plus facile)(?: [a-z]+){0,4} si (?:j avais|je n avais) (?:jamais|pas) "
    "existe",
    "que je (?:degage|m en aille|parte|disparaisse|m efface|m eteigne) (?:pour de bon|"
    "pour toujours|definitivement|une fois pour toutes)",
    "(?:existence|ma vie)(?: [a-z#]+){0,8} (?:vais|veux|dois|faut) y mettre (?:fin|un terme)",
    # A past attempt, and it coming back.
    f"{_ATTEMPT_BEFORE}(?: (?:[a-z0-9]+|#)){{0,12}} {_BACK_NOW}",
    "(?:c est revenu|ca revient|ca recommence)(?: [a-z#]+){0,8} (?:failli (?:mourir|"
    "y rester)|tentative|ts|hopital|urgences)",
    "(?:memes?|pareil) qu avant (?:l hopital|ma tentative|ma ts|l hospitalisation|les urgences)",
    "(?:marre|regrette) d avoir survecu|(?:aurais prefere|aurais voulu|aurais aime) qu "
    "(?:on|ils|elle|il) me laisse(?:nt)? (?:partir|mourir|crever)",
    "(?:cette fois|la prochaine fois|ce coup ci)(?: [a-z]+){0,3} (?:je )?(?:ne )?(?:me )?"
    "(?:raterai|louperai|veux pas rater|vais pas rater|rate pas|loupe pas)"
    + _not("le|la|les|l|mon|ma|mes|ce|cette|un|une|d|de|du|mon"),
    "(?:rate|me suis rate|loupe|me suis loupe) (?:une fois|la derniere fois|ma tentative)"
    "(?: [a-z#]+){0,6} (?:je recommencerai|je veux pas rater|cette fois|je (?:ne )?raterai pas)",
    # Plans: means and places named with their purpose.
    "(?:endroit|coin|lieu|pont|falaise|corde|arme|fusil|cachets|medocs|chambre|hotel|moyen|"
    "methode)(?: [a-z]+){0,6} pour (?:en finir|me tuer|me suicider|me pendre|mourir|sauter)"
    + _UNLESS_ENDING_SOMETHING,
    f"{_TAKE} (?:des |les |mes )?(?:[a-z]+ )?{_DRUG} pour (?:mourir|en finir|me tuer|crever)",
    "(?:moteur|voiture) (?:[a-z]+ ){0,2}(?:tourne|tourner|allume|en marche|prete?)"
    "(?: [a-z#]+){0,8} garage|garage(?: [a-z#]+){0,8} (?:moteur|voiture) (?:[a-z]+ )?"
    "(?:tourne|tourner|allume|en marche|est prete)",
    "(?:gaz|charbon|barbecue)(?: [a-z#]+){0,6} (?:ferme|calfeutre|scotche) (?:la porte|"
    "les fenetres|la chambre)",
    "jusqu a (?:ne )?plus avoir pied|entrer dans l eau et continuer|"
    "(?:je serai|jserai) sur les (?:voies|rails)",
    "train (?:passe|arrive) (?:a|dans) (?:[0-9]+ ?h ?[0-9]*|[0-9]+ minutes?)(?: [a-z0-9#]+){0,8} "
    "(?:je serai la|je l ai note|je serai sur les voies|je vais le faire)",
    "(?:dernier train|train de nuit|train direct)(?: [a-z#]+){0,4} (?:c est celui la|"
    "celui qui s arrete pas)",
    f"{_EDGE_PLACE}(?: [a-z0-9#]+){{0,10}} j y vais (?:ce soir|cette nuit|demain|maintenant)",
    "expliquer mon geste",
    "combien (?:de |d )(?:[a-z]+ ){0,2}(?:il )?(?:en )?faut (?:pour|avant de) (?:mourir|"
    "en finir|crever|y rester|se tuer|me tuer)",
    # Someone else: going for good, at the window, the goodbye and the silence.
    f"{_THEY_WILL} (?:partir (?:pour de bon|pour toujours|a jamais)|(?:ne )?plus etre un "
    "(?:probleme|poids|fardeau))",
    "(?:a l air|avait l air) de vouloir (?:sauter|se jeter|en finir|mourir|se tuer)",
    f"{_KIN} (?:est|etait) (?:au bord de (?:la|sa) fenetre|a la fenetre|sur (?:le|son) balcon)"
    "(?: [a-z#]+){0,3} (?:et )?(?:il |elle )?(?:pleure|veut sauter|menace)",
    "sauter (?:de|du haut de) (?:son|sa|ses|mon|ma) (?:balcon|fenetre|toit|immeuble)",
    # Slang exits said with "je vais", and the only thing wanted.
    f"{_GOING} {_FILL}(?:clamser|caner)" + _not("de|d|au|a|en|sur"),
    "game over (?:irl|pour de vrai)|(?<![a-z0-9] )dodo pour toujours",
    "tout ce que (?:je veux|jveux|j attends)(?: #)? c est (?:de )?(?:mourir|me tuer|me buter|"
    "me pendre|crever|en finir|disparaitre)",
    "(?:je m en vais|jmen vais|je men vais)(?: [a-z#]+){0,2} (?:pour de vrai|pour de bon|"
    "pour toujours|definitivement)" + _not("de|d|du|des|a|au|en|dans|chez"),
    "(?:vais|veux|jvais|jveux) arreter d etre (?:un|une) (?:probleme|poids|fardeau|boulet|charge)",
    "(?:serait|ce serait) mieux (?:pour [a-z]+ )?que je (?:meure|disparaisse|sois (?:plus|pu) la|"
    "parte pour de bon)|autant que je (?:disparaisse|meure|creve)(?= #|$)|"
    "soulagement (?:pour [a-z]+ )?que je (?:parte|disparaisse|meure)",
    "(?:meritent|merite) (?:de vivre|une vie) sans moi|contente?s? si je (?:revenais|reviens) "
    "(?:jamais|plus)",
    "(?:coeur|c ur) (?:[a-z]+ ){0,2}s arret[a-z]* (?:tout seul|cette nuit|dans mon sommeil|"
    "en dormant)|soulagee? de (?:ne )?(?:pas|plus) me reveiller",
)

SELF_HARM_MORE: Sequence[str] = (
    # Why: to calm, to feel, to punish.
    "(?:je me|jme|j me) (?:coupe|brule|frappe|tape|griffe|fais mal|scarifie) pour (?:plus|"
    "ne plus|pas|ne pas|me calmer|me punir|sentir|ressentir|oublier|evacuer|supporter|"
    "me soulager|tenir)",
    "(?:me couper|me scarifier|me bruler|me faire (?:du )?mal|me taper|me frapper|la lame)"
    "(?: #)? (?:c est|est|ca|reste) (?:le seul|la seule|ce qui me|mon seul|ma seule)",
    "(?:me couper|me scarifier|me bruler|me faire (?:du )?mal)(?: [a-z#]+){0,4} (?:me calme|"
    "me soulage|m apaise|me fait du bien)",
    "(?:punis|punir|puni|punie|defoule|soulage|calme|venge)(?: [a-z]+){0,3} en me (?:faisant "
    "(?:du )?mal|brulant|coupant|frappant|tapant|griffant|scarifiant|mutilant|cognant)",
    "(?:defoule|venge|acharne) sur (?:moi meme|mon corps|mon propre corps)",
    f"{_HURTING}(?: [a-z]+){{0,5}} pour (?:voir si je (?:ressens|ressentais|sens|sentais)|"
    "sentir|ressentir) (?:encore )?(?:quelque chose|qqch|un truc)",
    # Where and how, told as done.
    "(?:me suis|jme suis|m suis) coupee?(?: [a-z]+){0,6} pendant que (?:[a-z]+ ){1,3}"
    "dorm(?:ait|aient|ais)",
    "(?:cutter|lame|rasoir|compas|couteau|ciseaux|verre)(?: [a-z#]+){0,8} (?:utilise|utilisee|"
    "servi|passe) sur (?:moi|mon bras|mes bras|mes cuisses|ma peau)|"
    "(?:servi|sert|servira) a me (?:faire (?:du )?mal|couper|bruler|scarifier)",
    "c est moi qui me (?:l ai|les ai|suis) fait",
    "(?:nouvelles?|fraiches?) (?:coupures|marques|entailles|brulures|traces) (?:sur|aux|a) "
    "(?:les |mes |la |ma |mon |le )?(?:bras|poignets?|cuisses?|ventre|jambes?|hanches?|"
    "chevilles?)",
    "(?:je m|jm|j m|m) ouvre (?:les|le|la) (?:bras|poignets?|cuisses?|veines)|"
    "(?:me suis|jme suis|m suis) ouverte? (?:la cuisse|l avant bras|le poignet)",
    "(?:gratte|grattais|gratter|arrache|arracher|rouvert|rouvre|rouvrir)(?: [a-z]+){0,3} "
    "(?:cicatrices|plaies|croutes|coupures)(?: [a-z]+){0,4} (?:jusqu|pour qu (?:elles|ils|"
    "elle|ca) saign[a-z]*|a vif)",
    "(?:je me|jme|j me) (?:serre|pince|mords|griffe|gratte)(?: [a-z]+){0,3} jusqu au sang",
    "(?:me |m )(?:taper|frapper|cogner)(?: [a-z]+){0,2} jusqu a (?:plus rien (?:sentir|"
    "ressentir)|me casser|voir flou|avoir des bleus)",
    "(?:frappe|frappee|tape|tapee|cogne|cognee) (?:la tete|le crane)(?: [a-z]+){0,4} jusqu",
    "(?:je me suis|jme suis|me suis|m suis) (?:encore )?(?:frappee?|tapee?)(?= #|$| apres| "
    "jusqu| le visage| les cuisses| les bras| encore| fort| tres fort)",
    "(?:me suis|jme suis) (?:enfonce|plante) la pointe (?:du|de mon|d un|de la) (?:compas|"
    "couteau|ciseaux|cutter)",
    "(?:me suis|jme suis|m suis) jetee? contre(?: [a-z]+){0,4} (?:# )?" + _ON_PURPOSE,
    "(?:besoin|envie) (?:de voir|de sentir) (?:du sang|la lame|le sang couler|du sang couler)",
    f"{_HURTING}(?: [a-z#]+){{0,6}} (?:c etait )?pas (?:un accident|accidentel)(?= #|$)",
    # Someone else hurting themselves.
    "(?:se recoupe|se recoupent|s est recoupee?|se brule (?:les|le|la|ses) (?:bras|poignets?|"
    "cuisses?|mains?|peau)|s est (?:encore )?brulee?(?: #)? expres)",
    # Started again, skin torn, the urge as a must.
    "(?:me suis |jme suis |m suis )?remise? a me (?:couper|scarifier|bruler|faire du mal)",
    "(?:me suis|je m|jm|j m|m) arrachee? la peau(?= #|$| encore| quand| jusqu| a vif)|"
    "arrete pas de (?:me )?(?:gratter|arracher)(?: [a-z]+){0,3} (?:plaies|croutes|cicatrices|"
    "peau)",
    "(?:faut|faudrait) que je me (?:fasse (?:du )?mal|coupe|brule|scarifie)",
    "(?:en sang|saigne|saignent)(?: [a-z#]+){0,4} ca m a soulagee?",
)

OVERDOSE_MORE: Sequence[str] = (
    # Boxes counted, a whole treatment, all of one drug.
    f"{_TAKE} (?:[0-9]+|deux|trois|quatre|cinq|plusieurs) {_BOX}" + _NOT_FOOD,
    f"{_TAKE} tout (?:mon|le|la|ma|mes|son|sa|ses) (?:[a-z]+ )?{_DRUG}",
    f"{_TAKE} tout (?:mon|son) traitement(?: [a-z]+){{0,3}} (?:en une (?:seule )?fois|"
    "d un (?:seul )?coup)",
    f"{_TAKE} tout ce (?:[a-z]+ ){{1,4}}(?:# )?(?:[a-z]+ ){{0,3}}{_DRUG}|{_TAKE} tout ce que j ai "
    "(?:trouve )?dans (?:l|la|le|mon|ma) (?:armoire a pharmacie|pharmacie|pilulier)|"
    "tout ce que j ai (?:mis de cote|stocke|garde|accumule|planque)",
    f"(?:vais|jvais|veux|compte|viens de|jviens de) (?:tout|tt) (?:avaler|gober)"
    f"(?:{_END}| ce soir| cette nuit| maintenant| avec| mes)",
    f"(?:avaler|avale|prendre) tout ce que j ai(?: [a-z]+){{0,2}} avec (?:une|la|de l|du|ma) "
    f"(?:bouteille|{_DRINK})",
    f"(?:bourre|bourree) de {_DRUG}",
    f"{_TAKE} (?:des |les |mes )?{_DRUG}(?: [a-z]+){{0,4}} (?:# )?(?:beaucoup|trop)(?= #|$| et| j)",
    f"{_TAKE} (?:une grosse dose|bien plus que la dose|plus que la dose (?:max|prescrite)|"
    "le double de la dose|le triple)",
    "(?:pris|avale) la moitie(?: [a-z#]+){0,4} (?:le reste)",
    f"{_DRUG} (?:une par une|un par un|une apres l autre|un apres l autre)|"
    f"{_DRUG} plein la main|plein la main de {_DRUG}",
    f"melange[a-z]* (?:[a-z]+ ){{0,3}}{_DRUG} et (?:[a-z]+ ){{0,3}}{_DRINK}|"
    f"melange[a-z]* (?:[a-z]+ ){{0,3}}{_DRINK} et (?:[a-z]+ ){{0,3}}{_DRUG}",
    f"(?:prends|prenais|prendre) (?:tous|toutes) (?:mes|les|ses) {_DRUG}(?: [a-z#]+){{0,4}} "
    "(?:tout sera fini|ce sera fini|c est fini|je meurs|pour en finir)",
    "(?:les|l) ai (?:toutes|tous) (?:avalees|avales|gobees|gobes)",
    f"{_TAKE} (?:toute sa|tout son|toute ta|toute la) {_BOX}" + _NOT_FOOD,
    f"en train (?:de |d )(?:prendre|avaler) (?:tous|toutes) (?:les|mes|ses) (?:[a-z]+ )?{_DRUG}|"
    f"en train (?:de |d )(?:prendre|avaler) (?:les|mes|des) {_DRUG} (?:une par une|un par un)",
    f"(?:assez|suffisamment) (?:de |d )(?:[a-z]+ )?{_DRUG}(?= #|$)|"
    f"{_DRUG}(?: [a-z#]+){{0,14}} (?:y en a assez|ca suffira|c est assez)",
    f"{_DRUG}(?: [a-z#]+){{0,4}} pour le jour ou(?= #|$| je)",
    # All of a stock, the rest of the box, doses climbing.
    f"(?:stocke|accumule|planque|garde de cote) (?:tous|toutes) (?:mes|les) (?:[a-z]+ )?{_DRUG}",
    f"(?:pris|vide) (?:toutes|tous) les {_BOX} de (?:l armoire|la pharmacie)|"
    f"(?:tous|toutes) (?:les|mes) {_DRUG} qui (?:restaient|restait|reste)|"
    "pour tout (?:prendre|avaler) (?:en une (?:seule )?fois|d un (?:seul )?coup)|"
    "le double(?: #)? puis le triple",
)

NAMED_SUICIDE_MORE: Sequence[str] = (
    "s icid[a-z]*|(?:le )?mot en s(?= #|$)|(?:me sens|jme sens) sui(?= #|$| ces| tu)",
    "(?:terminus|fin de l aventure|fin du voyage|game over|fin du game) pour moi|"
    "la solution (?:definitive|finale)|rip moi|voir la haut si",
    "(?:faire|fasse|fais|fait) (?:une|la) (?:connerie|betise)(?= #|$| ce soir| cette nuit)",
    "(?:flemme|marre) de vivre",
    "(?:bye bye|bye|adieu|ciao|tchao) le monde",
    # Passive: hoping it ends, past wishes, no future.
    "(?:aimerais|voudrais|veux|j attends juste|attends juste) que (?:ca|tout|ce) "
    "(?:s arrete|soit fini|se termine|finisse)(?: tout seul)?(?= #|$| tout seul)",
    "(?:la mort|mourir) (?:ne )?(?:me fait|m fait) (?:plus|pu|moins) peur",
    "(?:si|que) la mort (?:vienne|venait|vient)|pourquoi pas moi plutot",
    "(?:aurait|aurais) du m oublier|j aurais prefere pas|j en voulais pas(?= #|$)",
    "(?:pas|plus) (?:voir|en avoir|avoir) (?:le prochain|d autre|un autre)(?= #|$)",
    "(?:rails|pont|vide|fenetre|train|voiture|camion|volant)(?: [a-z#]+){0,6} (?:ce serait|"
    "serait|j y pense)(?: tellement| si)?(?: simple| facile| rapide)?(?= #|$)",
    "si ca arrive ca arrive|je ferais rien pour l eviter|pas envie de me reveiller demain",
    "(?:comme )?un fantome qui attend de partir|(?:vie|vivre) (?:me sert|sert) (?:plus|pu) a rien",
    "(?:j aimerais|jaimerais) (?:plus|ne plus) l etre|(?:plus|pu) envie de me battre",
    # Burden, named.
    "(?:prends|prend) de la place pour rien|(?:je )?(?:fais|fait) que (?:prendre de la place|"
    "du mal|souffrir|deranger|embeter|des problemes)|(?:je )?ramene que des problemes|"
    "(?:serait|seraient|sera|seront) tranquilles? bientot|bientot litteralement|"
    "mon existence (?:est une erreur|fait du mal|coute)",
    # Farewells that could be ordinary goodbyes.
    "(?:me reverrez|me reverras|m entendrez|m entendras|me reverra|me reverrait|me lirez) "
    "(?:pas|plus|jamais)" + _not("avant|de|d|du|pendant|en|au|a|ce|cette|d ici|jusqu|sur|ici"),
    "(?:le|la|les|on) reverrai(?:t|ent)? (?:plus|jamais)",
    "(?:merci|pardon|m excuse|desolee?|remercie)(?: [a-z#]+){0,10} (?:# )?(?:c est fini "
    "maintenant|c est la fin|je m en vais|je pars)(?= #|$)",
    "(?:merci|remercier|au revoir|adieu|dire merci)(?: [a-z]+){0,3} avant (?:la fin|de partir|"
    "que je parte)" + _not("en|pour|a|au|chez|demain|ce|cette|lundi|samedi|dimanche"),
    "(?:t|te|vous) (?:ecris|parle) une derniere fois pour (?:te|vous) (?:dire merci|remercier|"
    "dire au revoir|dire adieu|dire que je)|c est la derniere fois que je (?:te|vous) parle",
    "(?:dis|dites|dite|pourras dire|pourrez dire) a (?:[a-z]+ ){1,3}(?:que (?:je|tata|tonton|"
    "papa|maman) (?:l|les|la|le|lui) (?:aime|aimais|aimait|ai aimee?s?|aimerai toujours|"
    "en veux pas)|qu (?:il|elle) (?:etait|est) (?:le|la) meilleure?)",
    "(?:embrasse|embrassez) (?:[a-z]+ ){1,2}pour moi(?= #|$)|"
    "(?:promets|promet) moi de (?:t occuper|prendre soin) de (?:mon|ma|mes)|"
    "prends soin de toi petit bot",
    "(?:moi )?(?:je m arrete|j arrete) (?:la|ici)(?= #|$)",
    "(?:ne )?m en (?:voulez|veux) pas(?= #|$)|(?:ne )?m oubliez pas(?: trop vite)?|"
    "souvenez vous de moi en bien|soyez heureux pour moi",
    "(?:ma|mon|c est ma|c est mon|c etait mon) derni(?:er|ere) (?:entree|page|reflexion|mot|"
    "ca va|semaine|jour|message)(?= #|$| de journal| du journal| c est| ici| aujourd hui)|"
    "last message|derniere page du journal",
    "(?:dis|dire|dit) au revoir a tout le monde (?:ce soir|cette nuit|discretement)|"
    "pour leur dire au revoir|(?:video|vocal|texte|poeme|lettres?|messages?|mots?) d adieux?"
    + _not("a (?:mon|ma|son|sa|mes) (?:ex|club|equipe|collegues|boulot)")
    + "|(?:ecrit|envoye|enregistre|prepare|fini|filme) (?:mes|les) adieux",
    "c etait pas (?:ta|votre|sa|leur) faute|la faute de personne|"
    "c etait (?:[a-z]+ ){0,4}cette vie(?= #|$)",
    "(?:je m excuse|m excuse) (?:pour tout|d avance)|desolee? de partir (?:comme ca|ainsi|sans)|"
    "personne (?:ne )?(?:repondra|sera la pour repondre)|je lirai pas|"
    "plus besoin de m envoyer|laisser une trace avant de partir",
    # Plans, places, days set.
    "(?:c est|ce sera) (?:la|ma) date(?= #|$| a| pour)|le jour que j ai choisi|"
    "l heure que j ai choisie?|fait mon choix pour|(?:ecrit|note) l heure (?:sur|dans)",
    "(?:ce sera|tout sera|c est) (?:fini|fait|termine) (?:avant|dans)|"
    "dans (?:une|[0-9]+|deux) (?:heure|heures|minutes) (?:ce sera|tout sera|c est) fini|"
    "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|demain|cette nuit) "
    "(?:c est|ce sera) la fin|apres (?:ca|ce soir|dimanche)(?: [a-z]+)? plus de (?:lundi|demain)|"
    "(?:ce soir|demain|cette nuit) (?:sera|c est) (?:le soir|le jour|la nuit|le moment)(?= #|$)",
    "(?:c est decide|parce que c est decide)(?: #)? (?:ce soir|demain|cette nuit|lundi|mardi|"
    "mercredi|jeudi|vendredi|samedi|dimanche)|(?:j attends|attendre) (?:minuit|qu il fasse "
    "nuit)(?= #|$| et)|(?:depuis|ca fait) (?:[0-9]+|deux|des) (?:mois|semaines) que je me "
    "prepare(?= #|$)|(?:quelque chose|un truc|une chose) (?:de )?definiti(?:f|ve)|"
    "(?<=# )definitif(?= #|$)",
    "(?:croira|croiront|pensera|penseront|dira|diront) (?:que )?(?:c etait|c est) "
    "(?:voulu|un accident)|ressemble a un accident|sans glissiere",
    "(?:attends|attendre|guette|attendant) (?:juste )?(?:que |le moment ou )(?:ma|mon|mes|les|"
    "le|la|l) (?:[a-z]+ ){0,2}(?:parte|partent|partira|soit couche|soient couches|soit place|"
    "soit partie?|soient partie?s|dorme|dorment|s endorme|s endorment|soit chez|seront partis)",
    "(?:quand je serai seule?|pour etre seule?|pour etre tranquille|et apres)(?: [a-z#]+){0,4} "
    "(?:le faire|je le ferai|je le fais)|(?:je sais|jsais) ou je vais le faire|"
    "plus qu a le faire(?= #|$)|et je le fais(?= #|$)|"
    "(?:apres|quand)(?: [a-z]+){1,5} (?:# )?je le ferai(?= #|$)|"
    "pour (?:pas|ne pas) (?:lui |leur |vous )?gacher|(?:lieu|endroit) et le moment|"
    "(?:regarde|je regarde) les trains passer|je rentre pas(?: #)? je vais (?:direct )?la bas",
    "(?:comment je vais faire|ou je vais le faire) et (?:quand|ou)|"
    "(?:j ai|jai) tout prevu pour (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "ce soir|demain)",
    "(?:au bord|sur le bord) (?:du|de la) (?:quai|voie ferree|voie|pont|falaise|vide|toit)|"
    "(?:je suis|jsuis|chu|suis) (?:sur|au|a cote du|sous le) (?:le |la )?(?:pont|viaduc|falaise)"
    "(?= #|$| la| de l autoroute| du| je regarde| il)",
    f"(?:aller|vais|irai|j irai|vais aller|jvais aller|direction|monte|pars) (?:au|a la|sur le|"
    f"jusqu au|jusqu a la|vers le|vers la|au bout de la|au milieu du) {_EDGE_PLACE}"
    "(?: [a-z#]+){0,4} (?:ce soir|cette nuit|demain|et pas|pas pour|la mer|aller simple|"
    "c est le seul)",
    f"(?:marche|avance|me dirige|roule|marcher) (?:vers|dans) (?:la|le|les) {_EDGE_PLACE}|"
    "(?:ce soir|cette nuit|demain) (?:au|sur le) (?:pont|viaduc|barrage|lac)(?= #|$)",
    "(?:je vais pas|jvais pas|je ne vais pas|je compte pas) (?:rentrer|revenir|remonter|"
    "redescendre)(?= #|$| cette fois)|et (?:ne )?(?:pas|plus|jamais) (?:remonter|revenir|"
    f"ressortir){_END}|d ou personne (?:ne )?revient",
    "(?:etage|[0-9]+ ?e|[0-9]+ ?eme)(?: [a-z#]+){0,5} fenetre (?:est )?(?:grande )?ouverte|"
    "fenetre (?:est )?(?:grande )?ouverte(?: [a-z#]+){0,4} (?:[0-9]+ ?(?:e|eme) etage|"
    "[0-9]+ ?(?:e|eme))|(?:fenetre|etage|pont|viaduc|toit|immeuble|balcon)(?: [a-z0-9#]+){0,6} "
    "(?:assez haut|ca suffira)|(?:metres|hauteur)(?: [a-z#]+){0,5} (?:ca suffira|assez haut)",
    "(?:tabouret|escabeau)(?: [a-z#]+){0,6} (?:poutre|corde|drap|crochet|ca va aller vite|"
    "deja dans)|(?:poutre|crochet)(?: [a-z#]+){0,4} (?:tient|tiendra|solide|j ai teste|"
    "dans le grenier|au plafond)|je sais ou (?:je vais )?l accrocher",
    "(?:le |un |son |mon )?(?:fusil|flingue|arme|pistolet|revolver|carabine)(?: de (?:mon|ma|son) "
    "[a-z]+)? (?:est )?(?:dans ma chambre|sous mon lit|dans mon sac|dans ma voiture)|"
    "(?:j ai|jai|g) (?:le|un) (?:flingue|fusil|pistolet|revolver)(?: de (?:mon|ma) [a-z]+)?"
    "(?= #|$| et)|(?:preter|prete) son (?:fusil|arme|flingue)|(?:trouve|sais) ou (?:[a-z]+ ){0,3}"
    "(?:range|cache|met) son (?:arme|flingue)|(?:une|l) arme(?: #)? c est pour|"
    "je sais ou sont les balles|recupere le fusil",
    "(?:couteau|lame|cutter|rasoir)(?: [a-z]+){0,2} dans (?:mon sac|ma poche)(?= #|$| je)|"
    "ma sortie de secours|sans qu (?:il|elle|ils|on) (?:ne )?se doute|"
    "(?:il|elle) se doute de rien|(?:achete|trouve) ce qu il (?:me )?(?:faut|fallait)"
    "(?= #|$| cet| ce soir| hier| aujourd hui| c est pour)|j ai de quoi(?= #|$)|"
    "dose (?:mortelle|letale|qu il faut)|combien il en (?:faut|faudrait)",
    "(?:cherche|trouve) (?:des|les) (?:methodes|meilleurs endroits|moyens)(?= #|$| toute| sur)|"
    "(?:repere|trouve) (?:un|une|le|la|l) (?:[a-z]+ )?(?:pont|falaise|endroit|coin|viaduc|"
    "immeuble|barrage)"
    + _not("pour (?:le|la|les|un|une|notre|nos|mon|ma)|de pique|sympa|pour manger|a louer"),
    f"{_DRUG} (?:sont )?(?:cachee?s?|planquee?s?|stockee?s?)|{_DRUG}(?: [a-z#]+){{0,6}} "
    "j en ai [0-9]{2,}|pour le jour ou(?= #|$| je craque| je serai)",
    f"{_DRUG}(?: [a-z#]+){{0,4}} (?:sur la table|devant moi|sur le lit|en petits tas|alignes?)|"
    f"(?:j ai|jai|g) (?:toutes )?(?:les|mes) (?:[a-z]+ )?(?:{_DRUG}|{_BOX})(?: de [a-z]+)? "
    "(?:sur la table|devant moi)|(?:a|avait) les cachets devant (?:elle|lui)",
    f"{_DRUG}(?: [a-z#]+){{0,12}} je les garde(?= #|$| pour moi)|(?:stockait|stockais|stocke) "
    f"(?:ses|mes) {_DRUG}",
    "(?:mot de passe|code|codes)(?: [a-z]+){0,3} (?:est |sont )?(?:sous le clavier|dans (?:le|un) "
    "carnet)",
    # Affairs put in order for the time after.
    "apres moi(?= #|$)|la ou je vais(?= #|$)|(?:servira|serviront|besoin|occuper)(?: [a-z]+){0,3} "
    "la ou je vais|(?:vais|va) plus en avoir besoin|j aurai plus besoin (?:d|de)|"
    "(?:j ai|jai) plus besoin de rien|(?:j en aurai|jen aurai) plus l usage|"
    "(?<![a-z0-9] )plus besoin(?= #|$)|plus besoin de les garder",
    "(?:je serai|jserai|je serais) (?:plus|pu|pas) la (?:pour (?:le|la|les|l) [a-z]+|quand)",
    "(?:sait|savait|savent|comprend|comprenait) pas (?:pourquoi|que c est pour toujours)|"
    "(?:a cru|croit|croyait|pensait|pense) que je (?:demenage|demenageais|partais en voyage)",
    "(?:donne|offert|legue|distribue) (?:[a-z]+ ){0,2}(?:mes|ma|mon|toutes mes|tous mes) "
    f"(?:[a-z]+ )?{_KEEPSAKES}|distribue (?:mes|tous mes|toutes mes)" + _not("cv|flyers|tracts"),
    "tout (?:legue|distribue)|tout donne a (?:l asso|ma|mon|mes)|c est pour toujours(?= #|$)",
    f"{_PETS}(?: [a-z]+){{0,3}} (?:est|sont) chez (?:[a-z]+ ){{1,3}}maintenant|"
    f"(?:confie|rendu|place|case|casee) (?:mon|ma|mes) {_PETS}"
    + _not("pendant|pour (?:le|la|les|un|une|deux|trois) (?:week end|semaine|vacances|mois)"),
    f"(?:comment (?:s occuper|nourrir)|instructions pour|a qui donner|horaires de croquettes) "
    f"(?:des |du |de mes |de mon |les |le |mon |mes |ma )?{_PETS}|nourrir les (?:poissons|poules)",
    "(?:pas laisser de traces?|plus de traces?|rien laisser derriere moi|laisse rien derriere moi)",
    "(?:regle|paye|rembourse|solde)(?: [a-z]+){0,2} (?:mes|toutes mes) (?:dettes|amendes)|"
    "rendu tout ce que je devais|sans dettes|je pars en regle|solder les comptes|"
    "regler ma succession|tout est rendu",
    "(?:paye|payer|regle)(?: [a-z0-9#]+){0,8} (?:pour que|comme ca) (?:ma|mon|mes|les|elle|il|"
    "ils) (?:[a-z]+ )?(?:soit |soient |sera |seront )?(?:pas )?(?:tranquilles?|embetee?s?|"
    "dans la merde)",
    "(?:mis|met|mettre|range|ranger) (?:[a-z]+ ){0,2}(?:papiers|affaires)(?: [a-z]+){0,2} "
    "en ordre|papiers (?:importants )?(?:sont )?dans (?:une|la) (?:enveloppe|pochette|boite)",
    "(?:boite|carton|sac|sacs|cartons|enveloppe)(?: [a-z]+){0,4} (?:avec le nom de|etiquetes? "
    "(?:avec les prenoms|par personne)|au nom de)|pour les frais",
    "pour que ce soit (?:simple|propre|facile) (?:quand|apres|pour)|quand il faudra(?= #|$)",
    "(?:enregistre|fait) (?:un|une|des) (?:message vocal|vocal|vocaux|video|videos) pour (?:ma|mon|"
    "mes|chacun)",
    "(?:lettre|lettres)(?: [a-z#]+){0,6} (?:posterai|enverrai|trouveront en rangeant|"
    "trouvera en rangeant|l auront)|laisse (?:une|un|la|le) (?:lettre|mot) (?:sur|dans|sous)",
    "(?:document|dossier|carnet|lettre|enveloppe) (?:[a-z]+ ){0,2}si jamais|qui doit prevenir qui",
    "(?:legue|regle|range|donne|papiers|notaire)(?: [a-z#]+){0,8} je suis prete?(?= #|$)",
    "(?:il|elle|plus qu|plus que) (?:me )?reste (?:plus )?(?:que|qu) ce soir(?= #|$)|"
    "derniere chose qui me restait a faire|pas l intention de revenir",
    "(?:garder|gardera|prendre|reprendre)(?: [a-z]+)? (?:mes|mon|ma) [a-z]+(?: [a-z#]+){0,4} "
    "(?:pour toujours|pour de bon|definitivement)",
    "quand je serai (?:morte?|partie? pour de bon|plus de ce monde)|"
    "(?:delai de carence|fin du delai)(?: [a-z#]+){0,8} assurance|assurance (?:vie|deces)"
    "(?: [a-z#]+){0,8} (?:delai|carence|touchera|rembourserait)",
    "(?:ferme|supprime|desactive|resilie|efface|vide)(?: [a-z]+){0,3} (?:comptes?|reseaux|insta|"
    "facebook|abonnements?|forfait|bail|livret|conversations)(?: [a-z#]+){0,10} (?:plus besoin|"
    "pour la suite|plus de trace|je serai plus|servira plus|c est bientot)",
    # Someone else: the goodbye, then the silence.
    "(?:adieu|au revoir|merci pour tout|une lettre|un mot)(?: [a-z#]+){0,12} (?:repond plus|"
    "repond pas|decroche plus|injoignable|tel est eteint|telephone est eteint|depuis plus rien|"
    "plus de nouvelles)",
    "qu (?:il|elle) (?:n )?en (?:aurait|aura) (?:plus|pu) besoin|"
    "(?:corde|fusil|arme|cachets)(?: [a-z]+){0,4} (?:et )?qu (?:il|elle) (?:n )?en (?:pouvait|"
    "peut) plus|photo (?:de|des) (?:lames|cachets|corde|ses bras)|"
    "(?:ca|que ca) sert a rien de continuer(?= #|$)|et (?:il|elle) (?:rigole|plaisante) pas",
    f"en train (?:de |d )(?:prendre|avaler) des (?:[a-z]+ )?{_DRUG}",
    # Short goodbyes "for real", and the relief or the window told in passing.
    "(?:adieu|au revoir|bye|bye bye|ciao|tchao|cya|salut)(?: #)? pour (?:de vrai|toujours|de bon)|"
    "adieu (?:les gars|les filles|les amis|les potes|la team)|(?:ce soir|cette nuit) (?:je )?"
    "dis au revoir|partir sans dire (?:merci|au revoir|adieu)",
    "qu (?:il|elle) a tout (?:pris|avale)|(?:jvais|jveux) (?:les|le|la|vous|te) liberer|"
    "si j etais morte?(?= #|$)|libere la place|(?:il faut|faut) que j arrete ca definitivement",
    "(?:hotel|chambre)(?: [a-z#]+){0,6} avec (?:tous|toutes) mes " + _DRUG + "|"
    "fenetre(?: [a-z#]+){0,4} ouvert en grand|(?:je suis|jsuis) au [0-9]+ ?(?:e|eme) etage"
    "(?= #|$| chez)",
)

NAMED_SELF_HARM_MORE: Sequence[str] = (
    "(?:merite|meriterais) (?:d avoir mal|de souffrir|la douleur|d etre punie?)",
    "(?:me |m )(?:tape|taper|cogne|cogner|frappe|frapper) (?:la tete|le crane) contre "
    "(?:le|les|un|la|une) (?:murs?|porte|sol|volant)",
    "(?:promis|essaye|tente|decide) d arreter(?: [a-z]+){0,3} (?:je vais|jvais|j ai|jai|g) "
    "(?:recommencer|recommence|craque|rechute)",
    "(?:pas pu|pu) m empecher(?: #)? (?:encore )?(?:les|le|la) (?:cuisses|bras|poignets|ventre)|"
    "encore (?:les|le|la|mes) (?:cuisses|poignets|avant bras)(?= #|$)",
    "je resiste mais|(?:cicatrices|coupures|lames)(?: [a-z]+){0,3} c etait fini|"
    "(?:[0-9]+|deux|trois|quatre)e? fois cette semaine(?= #|$| que je m)",
    "(?:coupures|entailles) (?:de|d) (?:cette nuit|hier soir|hier|ce soir)|"
    "coupee? au meme endroit" + _not("en|avec|sur") + "|"
    "(?:refait|refais|en refais)(?: les traits| par dessus)|"
    "(?:pansements|compresses)(?: [a-z#]+){0,4} (?:commencent a manquer|partout|"
    "tout le paquet|trop loin)",
    "(?<![a-z0-9] )sh (?:encore|ce soir|hier|cette nuit|again)",
    "(?:repris|ressorti|attrape|sorti) (?:le|un|mon|ma|la|les|des) (?:cutter|rasoir|compas|"
    "ciseaux|lame|lames|taille crayon)|(?:utilise|fait ca avec) (?:le|un) (?:couteau|bout de "
    "verre|cutter|compas)(?: [a-z]+){0,3} (?:cette fois|encore)?|avec le compas(?= #|$)|"
    "cache un cutter|bout de verre(?= #|$)",
    "(?:la |les )?(?:boite|trousse) (?:avec|a|de) (?:les |mes )?lames (?:est |sont )?ouverte|"
    "lames? (?:sont |est )?(?:posee?s?|pretes?|sorties?)(?: a cote)?",
    "(?:s est|elle s est|il s est) (?:encore )?coupee?(?: #)? (?:et )?(?:le sang coule|ca saigne|"
    "elle saigne|il saigne)|se coupe encore",
    "pas resiste(?: #)? (?:j ai )?pris (?:le|la|mon|ma) (?:cutter|lame|rasoir|compas)|"
    "saigne beaucoup(?: et)? (?:j arrive|je n arrive|arrive) (?:pas|plus) a (?:l )?arreter",
)

NAMED_OVERDOSE_MORE: Sequence[str] = (
    "(?:j ai|jai|g|je viens de|jviens de|ca y est j ai) (?:deja )?tout (?:pris|avale)"
    "(?= #|$| c est| le flacon| la boite| mes| toute)",
    "(?:cachets|medocs|pilules|comprimes) (?:font|commencent a faire) effet|"
    "(?:pris|avale) trop de (?:trucs|choses)|(?:pris|avale) (?:des|les) (?:[a-z]+ )?"
    "(?:pilules|cachets|medocs) il y a (?:une|[0-9]+|deux) heures?",
    f"{_DRUG}(?: [a-z#]+){{0,4}} (?:mais )?j en reprends",
)

# --- Acts, doses, means and affairs told plainly -----------------------------------------------
#
# People in crisis often tell what they did or have ready without any crisis word: the blade
# bought again, the box emptied, the gun in the cupboard, the pet placed for good. Each rule
# below names the act with what makes it no accident (on purpose, to bleed, the skin rather
# than the finger in the kitchen), or the means with the intent, the hour or no way back.

# What cuts, as it is kept for this.
_BLADE = (
    "(?:lame|lames|rasoir|rasoirs|cutter|cutters|compas|taille crayons?|eclats? de verre|"
    "bouts? de verre|morceaux? de verre|ciseaux)"
)
# What is hidden for later: not the cutter kept "au cas où" at the office.
_SHARD = "(?:lames?|rasoirs?|eclats? de verre|bouts? de verre|morceaux? de verre)"
# Where it is done: the arm or the thigh, not the thumb that slipped.
_SKIN = "(?:bras|avant bras|poignets?|cuisses?|jambes?|ventre|hanches?|chevilles?|peau|mollets?)"
# Why it was no accident.
_TO_HURT = (
    f"(?:{_ON_PURPOSE}|pour (?:sentir|ressentir) (?:encore )?(?:quelque chose|qqch|un truc|"
    "la douleur)|pour (?:me punir|avoir mal|me faire (?:du )?mal|saigner|me calmer|oublier)|"
    "jusqu (?:au sang|a saigner|a ce que (?:ca|je) saigne|a la rouvrir|a les rouvrir|"
    "aux cloques))"
)
# Doses that are no prescription: "genre 20", "une trentaine".
_MANY = (
    "(?:[0-9]{2,}|dix|quinze|vingt|trente|quarante|cinquante|soixante|cent|une dizaine|"
    "une quinzaine|une vingtaine|une trentaine|une quarantaine|une cinquantaine|une centaine)"
)
# The means of a plan, when the writer holds them.
_MEANS = (
    "(?:corde|cordes|fusil|flingue|arme|pistolet|revolver|carabine|n ud|noeud|poutre|"
    "crochet)(?: de chasse)?"
    + _not("a sauter|a linge|d escalade|de guitare|de violon|de rappel|a nouer|blanche")
)
# Two means weighed against each other: "entre le pont et les médocs".
_METHOD = (
    "(?:le |la |les |l )?(?:pont|corde|cachets|medocs|medicaments|somniferes|rails|lame|lames|"
    "fusil|flingue|falaise|viaduc|balcon|noyade|pendaison|gaz)"
)
# Coming back, refused: "je reviendrai pas", "pas prévu de redescendre".
_NO_RETURN = (
    "(?:(?:et )?(?:je |j )?(?:ne )?(?:en )?(?:reviendrai|rentrerai|redescendrai|remonterai|"
    "reviens|rentre|remonte|redescends) (?:pas|plus|jamais)(?: cette fois)?|"
    "(?:et )?(?:ne )?pas (?:remonter|revenir|rentrer|redescendre)|"
    "(?:plus besoin|pas prevu) de (?:rentrer|revenir|remonter|redescendre)|"
    "sans (?:billet )?(?:de )?retour)(?= #|$)"
)

SELF_HARM_ACTS: Sequence[str] = (
    # Cuts made, counted in the plural: "je me suis fait des entailles", not the onion.
    "(?:je me suis|jme suis|me suis|m suis|je me|jme) (?:fait|fais|refait|refais) "
    "(?:encore |de nouveau |a nouveau )?(?:des|de nouvelles|plein d|quelques|d autres|"
    "plusieurs|[0-9]+|deux|trois|quatre|cinq) (?:entailles|scarifs?|scarifications|traits|"
    "coupures)"
    + _not(
        "en|au|aux|a la|a l|sur (?:le|les|mon|mes) doigts?|dans la cuisine|avec (?:le|un|la|"
        "une|les|des|mon|ma) (?:couteau|mandoline|papier|feuilles?|verre|ronces|epines|"
        "secateur|scie|conserve|tondeuse)"
    ),
    # Relapse with the tool named: "j'ai rechuté cette nuit, avec le cutter", "r'tombée
    # dedans, le rasoir".
    "(?:rechute|rechutee|replonge|replongee|recraque|retombee?|r tombee?|rtombee?)"
    f"(?: (?:[a-z]+|#)){{0,6}} (?:avec )?(?:le |la |les |un |une |mon |ma |mes )?{_BLADE}",
    "(?:retourne|retournee|revenue?|replonge|replongee|retombee?) (?:a|dans) (?:mes|les) "
    "(?:vieilles|anciennes|mauvaises) habitudes(?: (?:[a-z]+|#)){0,4} (?:les |la |le )?"
    "(?:coupures|lames?|rasoir|scarifs?|scarifications?|brulures|me couper|me bruler)",
    # "une bêtise avec le rasoir": the word for it, and the blade.
    "(?:fait|fais|refait|refais) (?:une|des|la|encore une) (?:betise|betises|connerie|"
    f"conneries)(?: [a-z]+){{0,2}} avec (?:le|la|les|un|une|mon|ma|mes) {_BLADE}",
    # Blades bought again, after throwing them away ("j'en ai pas racheté" is the denial).
    "(?:rachete|reachete|racheter|rachetee) (?:des |de nouvelles |une |mes |d autres |"
    "un paquet de |une boite de )?lames"
    + _not(
        "de rasoir|de cutter|de tondeuse|pour|de scie|de parquet|de terrasse|d essuie glace|"
        "de store|de patins?|de ski"
    ),
    "lames?(?: (?:[a-z]+|#)){0,8} (?:j en ai|jen ai|g en ai) (?:encore |de nouveau |deja )?"
    "(?:rachete|reachete)",
    # Wounds and scars torn open: "gratté ma vieille cicatrice jusqu'à la rouvrir".
    "(?:gratte|grattee|gratter|grattais|arrache|arrachee|arracher) (?:[a-z]+ ){0,3}"
    "(?:plaies?|croutes?|cicatrices?|coupures?)(?: [a-z]+){0,6} (?:a vif|jusqu|"
    "pour (?:qu (?:elle|elles|ca) saigne|la rouvrir|les rouvrir))",
    # ...all night long only where it is the same wound, not the chickenpox.
    "(?:gratte|grattee|arrache|arrachee) (?:la meme|ma vieille|mes vieilles|les memes) "
    "(?:plaies?|cicatrices?|coupures?) toute la nuit",
    "(?:gratte|grattee|arrache|arrachee) (?:la|ma) peau (?:[a-z]+ )?(?:a vif|jusqu au sang)",
    "(?:arrache|arrachee|arracher) (?:des|mes|les) cheveux par poignees",
    # The head, the wall, the fist, hit to hurt: not the cupboard door one walked into.
    "(?:tape|frappe|cogne|tapais|frappais|cognais|taper|frapper|cogner) (?:ma|la) tete "
    "(?:contre|sur|dans) (?:le|les|un|la|une) (?:murs?|porte|sol|volant|bureau|table|lavabo|"
    "miroir)(?: [a-z]+){0,4} (?:jusqu|expres|volontairement|encore et encore|pour)",
    "(?:j ai|jai|g|je) (?:frappe|tape|cogne|frappais|tapais|cognais) (?:le|un|les) murs?"
    f"(?: [a-z]+){{0,4}} (?:# )?(?:{_ON_PURPOSE}|jusqu a (?:me casser|me peter|saigner|"
    "avoir mal)|pour (?:avoir mal|me faire mal|me casser|me punir))",
    f"{_ON_PURPOSE} pour (?:saigner|avoir mal|me faire (?:du )?mal|me blesser|"
    "voir (?:le|mon) sang|sentir la douleur)",
    f"(?:je voulais|je veux|jveux|jvoulais) (?:juste )?avoir mal{_END}",
    "(?:me suis|jme suis|m suis|je me|jme) (?:encore )?(?:tape|tapee|frappe|frappee|cogne|"
    "cognee|pince|pincee|griffe|griffee|mordu|mordue) (?:la |les |le |mes |ma |mon )"
    "(?:cuisses?|bras|tete|ventre|jambes?|visage|poignets?|mains?|avant bras)(?: [a-z]+){0,5} "
    "(?:encore et encore|jusqu|expres|des bleus partout|pour me punir)",
    "(?:frappe|tape|fouette|frappee|tapee) (?:mes|ma|mon) (?:jambes|cuisses|bras|ventre|dos|"
    "mains?|tete|visage)(?: [a-z]+){0,2} avec (?:une|la|ma|un|le|mon) (?:ceinture|regle|"
    "marteau|brosse|cable|fil|baton|cintre)",
    # Heat held to the skin, with the reason said.
    "(?:pose|mis|mise|tenu|colle|plonge|appuye) (?:ma|mon|mes|le|la|les) (?:main|mains|bras|"
    "doigts?|peau|poignets?|jambes?|cuisses?) (?:sur|contre|dans|sous) (?:la |le |l |une |un )?"
    "(?:plaque|plaques|feu|four|radiateur|fer|flamme|poele|casserole|eau bouillante|bougie|"
    "braises?|briquet)(?: chauffante| brulante| chaude| a repasser| a lisser)?(?: [a-z]+){0,3} "
    f"(?:# )?{_TO_HURT}",
    "(?:verse|versee|renverse|mis|mets|fait couler) (?:de l |l )?eau (?:bouillante|brulante)"
    f"(?: [a-z]+){{0,4}} (?:# )?{_TO_HURT}",
    "brule (?:ma|mes) (?:peau|bras|poignets?|cuisses?) avec (?:le|la|un|une|mon|ma) "
    "(?:fer a lisser|fer a repasser|lisseur|fer|plaque|bougie|allumette|briquet)",
    "(?:brule|brulee|coupe|coupee|frappe|frappee|griffe|griffee)(?: [a-z#]+){0,8} (?:je )?"
    "(?:voulais|voulait) (?:voir si je|juste) (?:sens|sentais|ressens|ressentais) (?:encore )?"
    "(?:quelque chose|qqch|un truc)",
    "(?:eteint|ecrase|eteindre|ecraser) (?:ma|une|la|mes|des) (?:cigarette|clope|cigarettes|"
    "clopes) sur (?:le|la|les|mon|ma|mes) (?:poignet|poignets|bras|main|peau|cuisse|jambe|"
    "ventre|avant bras)" + _not("du|de la|de l|d|des"),
    # Bleeding as relief, the act hidden, the marks growing.
    "(?:ca )?(?:me )?(?:fait du bien|soulage|calme|apaise|libere) quand (?:ca|je) saigne|"
    "quand (?:ca|je) saigne(?: #)? (?:ca )?(?:me )?(?:soulage|fait du bien|calme|apaise)",
    "(?:voie|voit|voient|sache|sachent|sait|savent|remarque|remarquent|comprenne) (?:pas )?"
    "ce que je me (?:fais|fait|suis fait)" + _not("a manger|comme|a bouffer|pour|de|du|des|en"),
    "(?:cicatrices|coupures|traits|entailles|brulures)(?: [a-z]+){0,4} se multiplient",
    f"(?:mes |les )?{_SKIN}(?: [a-z]+){{0,2}} (?:ressemblent|ressemble|on dirait) (?:a )?"
    "(?:une grille|un code barres?|des codes barres|un zebre)",
    "(?:bras|jambes|cuisses|avant bras|poignets|ventre) (?:sont |est )?(?:pleine?s?|"
    "couverte?s?|remplie?s?) (?:de|d) (?:traits|entailles)",
    # The blade got out of a sharpener, kept for tonight, or looked at thinking of the arm.
    "(?:demonte|demontee|demonter|desosse) (?:le |un |mon |des )?taille crayons?|"
    "taille crayons? (?:demonte|desosse)|lames? (?:du|d un|de mon) taille crayon",
    f"(?:garde|gardee|cache|cachee|planque|mis de cote|mets de cote) (?:un|une|des|le|la|les|"
    f"mon|ma|mes) {_SHARD}(?: [a-z]+){{0,3}} (?:pour (?:ce soir|cette nuit|plus tard|quand|"
    "au cas ou|moi)|au cas ou|sous (?:mon|le) (?:oreiller|matelas|lit))",
    f"{_BLADE}(?: [a-z#]+){{0,12}} (?:en pensant|pense|penser|pensais) (?:a|aux) (?:mon|mes|ma) "
    f"{_SKIN}",
    "(?:demonte|desosse|sorti|recupere) la lame (?:du |d un |de mon )?taille crayon|"
    "taille crayon(?: [a-z#]+){0,4} (?:demonte|desosse) la lame",
    f"{_SHARD}{_not('de|du|d')}(?: [a-z#]+){{0,8}} (?:je (?:la|les|le) regarde|j y pense|"
    "(?:elle|elles) m appellen?t?)",
    # Not resisting, then the blade: "hier j'ai pas résisté, j'ai pris le cutter".
    "(?:pas (?:pu )?resiste|voulais pas mais)(?: #)? (?:j ai |jai )?(?:pris|repris|attrape|"
    f"sorti|ressorti) (?:le|la|les|un|une|mon|ma|mes) {_BLADE}",
    f"{_SHARD}(?: [a-z#]+){{0,8}} (?:j ai |jai |g )?pas (?:pu )?resiste",
    f"(?:fait|refait) (?:ca|ce truc) (?:# )?avec (?:un|une|le|la|mon|ma) {_SHARD}|"
    f"(?:fait|refait) comme avant(?: #)? avec (?:un|une|le|la|mon|ma|les|mes) "
    f"(?:{_SHARD}|compas|cutter)",
    # The lines done over again, the skin full of burns.
    "refait (?:les|des|mes) (?:traits|entailles|coupures) (?:sur|a) (?:mon|ma|mes|le|la|les) "
    f"{_SKIN}",
    "(?:croutes|cicatrices|coupures)(?: [a-z#]+){0,8} (?:j en refais|en refais|refais) par dessus",
    "pleine?s? de brulures (?:de|d) (?:cigarettes?|clopes?|briquet)",
    # A streak broken: "4 mois sans et j'ai tout gâché" ("2 ans sans rechute" is the pride).
    "(?:[0-9]+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:jours|semaines|mois|ans)"
    "(?: de tenus| clean| sans(?: me couper| me scarifier| me faire du mal)?)(?: #| et| mais| puis)"
    "(?: la| voila)? (?:j ai |jai )?(?:tout )?(?:craque|rechute|recommence|replonge|recraque|"
    "gache|foutu en l air)" + _not("sur|dans|avec|a la|au|pour"),
    "(?:rechute|recraque|replonge)(?: [a-z#]+){0,4} (?:[0-9]+|un|une|deux|trois|quatre|cinq|six|"
    "sept|huit|neuf|dix) (?:jours|semaines|mois|ans) (?:de perdus|foutus|perdus|gaches)",
    # Alone, or deserving pain, and then the cut: "dès que je suis seule je vais me couper".
    "(?:des que|quand|une fois que|ce soir) (?:je suis|je serai|jsuis) (?:seule?|toute? seule?|"
    "rentree?|a la maison)(?: #)? (?:je vais|jvais|je) (?:me couper|me scarifier|me bruler|"
    "me faire du mal)",
    "(?:merite d avoir mal|sentir quelque chose|meme la douleur|besoin d avoir mal)"
    f"(?: [a-z#]+){{0,6}} (?:je vais|jvais) (?:me couper|me bruler|me scarifier){_END}",
    "(?:je me|jme) tape (?:la tete|le crane) contre (?:le|les) murs? (?:quand|des que|a chaque|"
    "tous les|chaque|jusqu)",
)

OVERDOSE_TAKEN: Sequence[str] = (
    # How many, roughly: "j'ai pris genre 20 cachets".
    f"{_TAKE} (?:genre|environ|a peu pres|au moins|presque|pres de|plus de|facile|bien) "
    f"{_MANY}(?: de| d)?(?: mes| les| des)? (?:[a-z]+ )?{_DRUG}",
    "(?:pris|avale|gobe) (?:le |la )?(?:double|triple) du (?:double|triple)",
    # A bottle with them.
    "(?:bu|bois|boire|descendu|siffle|vide|avale) (?:une|la|toute la|toute une|un|deux|2) "
    "(?:bouteille|litre|flasque)(?: (?:de|d) [a-z]+)?(?: [a-z]+){0,2} (?:avec|sur|et) "
    f"(?:mes|les|des|tous mes|toutes mes|tous les|toutes les|ma|mon|le|la) (?:[a-z]+ )?"
    f"(?:{_DRUG}|{_BOX})",
    f"(?:fait|prepare) un (?:cocktail|melange) (?:avec|de) (?:mes|les|des|tous mes) {_DRUG}",
    # Emptied: the box, the flasks, the cabinet into one's mouth.
    f"{_DRUG}(?: [a-z#]+){{0,8}} (?:je l ai|je les ai|qui l ai|qui les ai|jl ai|jles ai) "
    "(?:toute?s? )?(?:videe?s?|finie?s? d un coup|avalee?s? d un coup)",
    "(?:vide|videe|avale|gobe|ingurgite|enfile) (?:les|des|ses|mes|tous les|toutes les|"
    "tous mes|toutes mes|plusieurs|deux|trois|2|3) (?:plaquettes|flacons|tubes|blisters)"
    f"(?: (?:de|d) (?:ma|mon|mes|sa|son|ses) [a-z]+| (?:de|d) (?:mes |les |ses )?(?:[a-z]+ )?"
    f"{_DRUG})",
    "(?:vide|vider) (?:l|mon|ma|la) (?:armoire a pharmacie|pharmacie|pilulier|boite a "
    "pharmacie) dans (?:ma|la) (?:bouche|gorge|main)",
    "(?:avale|avaler|gobe|gober|englouti|ingurgite) tout ce (?:qu il|quil|qui) (?:y avait|"
    "restait|reste|me restait)(?: [a-z]+)? (?:dans|de) (?:la|le|ma|mon|l|les|mes) (?:boite|"
    "boites|flacon|flacons|tube|plaquette|plaquettes|pilulier|armoire a pharmacie|pharmacie|"
    "tiroir|placard a pharmacie)",
    f"(?:enfile|enfilee|englouti|ingurgite) (?:la|le|ma|mon|une|un|sa|son|toute la|tout le) "
    f"{_BOX}(?: entiere| entier)? (?:de |d )(?:mes |ses |les )?(?:[a-z]+ )?{_DRUG}",
    f"{_TAKE} (?:toute ma|toute la|tout mon|tout le) (?:reserve|stock)(?: de| d)? "
    f"(?:[a-z]+ )?{_DRUG}",
    # Everything taken, said with what makes it no packing list.
    "(?:ca y est|c est fait|voila|betise|connerie)(?: #)? (?:j ai|jai|g) (?:deja )?tout "
    f"(?:pris|avale){_END}",
    f"(?:j ai|jai|g) deja tout (?:pris|avale) (?:# )?(?:c est (?:deja )?trop tard|j attends{_END})",
    "je me sens partir(?: [a-z#]+){0,6} (?:pris|avale|gobe) (?:trop|tout|tous|toutes)|"
    "(?:pris|avale|gobe) (?:trop|tout|tous|toutes)(?: [a-z#]+){0,8} je me sens partir",
    # Pretending to take the treatment, and keeping it.
    "(?:fais|fait|faisais) semblant (?:de |d )(?:prendre|avaler) (?:mon|mes|le|les|ma|ses|son) "
    f"(?:traitement|{_DRUG})",
    f"(?:traitement|{_DRUG})(?: [a-z#]+){{0,6}} (?:je le|je les) (?:mets|met|garde|cache|"
    "planque|stocke) (?:de cote|en reserve)",
    # Counted, and enough.
    f"{_DRUG}(?: [a-z0-9#]+){{0,14}} (?:ca (?:devrait|va|doit) (?:bien )?suffire|"
    "ca suffira|y en a assez|largement assez)(?= #|$| je pense| cette fois)",
)

PLANS_AND_MEANS: Sequence[str] = (
    # The means at hand, with the thought, the day or the act: "le flingue de mon père est
    # dans le placard, j'y pense", "la corde est sous mon lit, je la regarde chaque soir".
    f"{_MEANS}(?: (?:de|d) (?:mon|ma|son|sa) [a-z]+)?(?: [a-z0-9#]+){{0,10}} "
    "(?:j y pense|j y repense|je (?:la|le|les) regarde|c est pour (?:ce soir|cette nuit|"
    "demain|ce week end|bientot|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|moi)|"
    "(?:je vais|jvais|vais) le faire(?= #|$| ce soir| cette nuit| demain| vraiment)|"
    "pour le faire)",
    "(?:rasoir|lames?|corde|cachets|medocs|baignoire|pont|fusil|flingue|arme|falaise|"
    f"{_DRUG})(?: [a-z#]+){{0,8}} (?:il me )?manque (?:juste |plus que |que |seulement |"
    "plus qu )?le courage(?= #|$| je| j| mais| pour le faire)",
    f"(?:hesite|hesiter|choisir|choix) (?:entre )?{_METHOD} (?:et|ou) {_METHOD}",
    # The place, and no coming back from it.
    f"(?:{_EDGE_PLACE}|foret|bois|montagne|falaises|dernier etage)(?: [a-z0-9#]+){{0,8}} "
    f"{_NO_RETURN}",
    f"{_EDGE_PLACE}(?: [a-z0-9#]+){{0,12}} j y (?:vais|monte|serai|retourne) (?:ce soir|"
    "cette nuit|demain|maintenant)",
    f"(?:{_EDGE_PLACE}|hotel)(?: [a-z0-9#]+){{0,8}} c est (?:la|ici) que (?:ca|tout) "
    "(?:se finira|se terminera|s arretera|finira|prendra fin)",
    "(?:train|tgv|rer|metro)(?: [a-z0-9#]+){0,8} (?:pas|jamais) (?:monter|monte|monterai) "
    "dedans|gare(?: [a-z#]+){0,6} pas pour (?:prendre|monter dans) (?:le|un) train",
    # A window or a balcony counted in floors, with the thought.
    "(?:balcon|fenetre|toit|terrasse)(?: [a-z]+){0,2} (?:du|au|de mon|de son) [0-9]+ ?(?:e|eme)"
    "(?: etage)?(?: [a-z0-9#]+){0,12} (?:j ai (?:deja )?tout en tete|j y pense|"
    "c est assez haut|ca suffira|sauter|je vais le faire)(?= #|$| je pense| serieusement)",
    # Exhaust into a shut garage.
    "(?:garage|voiture|moteur)(?: [a-z#]+){0,8} (?:j ai|jai|g|avec) (?:le|un) tuyau"
    "(?= #|$| et| je| j| dans)",
    "(?:branche|brancher|fixe|fixer|scotche|scotcher|relie|relier) (?:le|un) tuyau (?:sur|au|a|"
    "dans) (?:le |l )?(?:pot|echappement)",
    # Everything needed, waiting only for the moment or to be alone.
    "(?:tout )?ce (?:qu il|quil) (?:me )?faut(?: #)? (?:et )?(?:j attends|jattends|attends) "
    "(?:juste |plus que |que )?(?:le (?:bon )?moment|d etre seule?|minuit|la nuit|"
    "que (?:tout le monde|la maison|l appart) (?:dorme|soit vide))(?= #|$)",
    # Found by someone, after: "le mot pour ceux qui me trouveront et je l'ai posé".
    "(?:celui|celle|ceux|celles|la personne) qui me (?:trouvera|trouveront|retrouvera|"
    "retrouveront)(?= et| je| j)",
    # A letter hidden to be found: "je l'ai mise sous mon oreiller, elle la trouvera".
    "(?:lettre|lettres|mot)(?: [a-z#]+){0,12} (?:ils|elle|il|on|elles) (?:la|le|les) "
    "(?:trouvera|trouveront|liront|lira|decouvrira|decouvriront)(?= #|$| en rangeant| apres)",
    # At the edge, looking down or waiting for the train: not the quay of a commuter.
    "(?:je suis|jsuis|chu|suis|me suis garee?|monte|montee) (?:[a-z]+ ){0,3}(?:pont|falaise|"
    "viaduc|voie ferree|rails|voies|toit|dernier etage|dernier niveau|barrage|parapet|"
    "rambarde)(?: [a-z0-9#]+){0,6} (?:j hesite|je regarde (?:en bas|l eau|le vide|la mer|"
    "les voitures|les trains|en dessous)|j ose pas (?:encore )?sauter|le (?:train|prochain) "
    "(?:arrive|passe)|ne m appelez pas)",
    "(?:fenetre|etage|balcon|pont|viaduc|toit|immeuble)(?: [a-z0-9#]+){0,6} (?:c est|#) assez "
    "haut(?= #|$| je pense)",
    "(?:fusil|flingue|arme|pistolet|armoire a fusils)(?: [a-z#]+){0,8} je sais ou (?:sont|il range|"
    "elle range) (?:les cles|les balles|la cle)",
)

# Affairs that are rarely put in order for a holiday or a move...
_AFFAIRS_DONE = (
    "(?:testament|dernieres volontes|assurance vie|lettres? (?:sont |est )?(?:ecrites?|finies?)|"
    "(?:fini|ecrit) (?:les|mes) lettres|dettes (?:sont )?(?:payees|reglees|remboursees)|"
    "(?:paye|regle|rembourse) (?:toutes )?mes dettes|comptes (?:sont )?fermes|"
    "reseaux (?:sont )?supprimes|(?:supprime|ferme) (?:tous )?mes (?:comptes|reseaux)|"
    "tout (?:legue|donne|distribue)|mots de passe|"
    f"{_PETS} (?:est |sont )?(?:place|places|placee|case|casee))"
)
# ...and, said with them, the readiness or the time after.
_READY_TO_GO = (
    "(?:je suis prete?|je peux (?:partir|y aller)|tout est pret|c est pret|ma decision est "
    "prise|il me reste plus que ce soir|plus rien (?:ne )?me retient|reste plus que moi|"
    "c est bientot|je pars en regle|quand je serai (?:partie?|morte?|plus la)|apres moi|"
    "il me reste plus qu a attendre|plus rien a faire ici|c etait le dernier truc)(?= #|$)"
)
AFFAIRS_AND_READINESS: Sequence[str] = (
    # Two tells in one message: the affairs settled, and being ready to go.
    f"{_AFFAIRS_DONE}(?: [a-z0-9#]+){{0,12}} {_READY_TO_GO}",
    "(?:et|mais) il va m arriver quelque chose",
)

NAMED_PLANS_AND_AFFAIRS: Sequence[str] = (
    # Plans: a date that means something, the absence awaited, the place noted.
    "(?:jour|date|anniversaire|ans)(?: [a-z0-9#]+){0,6} (?:ce sera|c est|ca sera|c etait) "
    "symbolique",
    "(?:seront partis|sera partie?|seront absents|serai seule?|seront en vacances)"
    "(?: [a-z#]+){0,3} (?:ce sera|ca sera|c est) le (?:bon )?moment(?= #|$)|"
    "(?:pour moi|seule?|tranquille)(?: [a-z#]+){0,4} (?:et )?je pourrai (?:enfin )?le faire"
    "(?= #|$)",
    "(?:ce sera|c est pour|ca sera|ca se fera|je le ferai|je le fais) (?:apres|pendant) "
    "(?:le|la|les|l|son|sa|leur|mon|ma|mes) [a-z]+(?: [a-z]+){0,4} (?:# )?(?:je )?(?:veux|voulais) "
    "pas (?:lui |leur |vous |te )?gacher",
    "pendant les vacances (?:de|d) (?:ma|mon|mes) [a-z]+(?: [a-z]+){0,2} (?:ce sera|ca sera|"
    "c est) (?:plus simple|plus facile|le moment|le bon moment)",
    "personne (?:au travail |a la maison |au boulot )?pour (?:se )?poser (?:de|des) questions|"
    "(?:personne|on|ils) (?:ne )?(?:dira|diront|pensera|penseront|croira|croiront) (?:pas )?"
    "que c (?:est|etait) (?:a cause|de la faute)",
    "comme ca (?:ca|tout) s arrete avant|(?:et )?apres (?:stop|plus rien)(?= #|$)",
    "(?:renseigne|renseignee|documente|documentee) sur comment (?:faire|le faire|proceder|"
    "m y prendre)(?= #|$)",
    "(?:note|cherche|trouve|garde|enregistre) l adresse (?:du|de la|de l|des) "
    f"(?:{_EDGE_PLACE}|falaises|viaduc)(?= #|$| sur mon| dans mon)",
    "(?:horaires|rondes?|passages?) (?:du|des|de la) (?:gardien|gardiens|vigile|vigiles|"
    "securite|agent)(?: [a-z]+){0,3} (?:du|de la|de l) (?:pont|toit|parking|barrage|viaduc|"
    "immeuble)|horaires (?:du|des) (?:dernier |derniers )?(?:train|tgv|trains|tgvs)"
    "(?: [a-z]+){0,3} (?:qui passe|qui passent) sans s arreter",
    "(?:entoure|entouree|surligne) (?:[a-z]+ ){0,3}(?:la|une) date",
    "(?:cherche|trouve) (?:des|les) (?:methodes|meilleurs endroits|moyens) et",
    "(?:j attends|jattends) (?:juste )?le (?:bon )?moment(?= #|$)",
    "(?:je me donne|jme donne) (?:jusqu a|encore) (?:[a-z0-9]+ ){1,4}(?:# )?(?:apres|et apres|"
    "sinon)(?: [a-z]+)? (?:j arrete tout|c est fini|je pars|stop|je le fais|j en finis|"
    "tout s arrete)(?= #|$)",
    "(?:le |un |son |mon )?(?:fusil|flingue|arme|pistolet|revolver|carabine)(?: de chasse)?"
    "(?: (?:de|d) (?:mon|ma|son) [a-z]+)? (?:est )?(?:toujours |encore )?(?:dans|sous) "
    "(?:le|la|mon|ma|son|sa) (?:placard|tiroir|armoire|garage|grenier|coffre|cave|chambre|lit|"
    "sac|voiture|table de nuit)",
    "(?:balcon|fenetre) (?:du|au) [0-9]+ ?(?:e|eme)(?= #|$| etage| chez)",
    "(?:il me )?manque (?:juste|plus que|seulement) le courage(?= #|$)",
    "c est (?:la|ici) que (?:ca|tout) (?:se finira|se terminera|s arretera|prendra fin)",
    "personne (?:ne )?passe a cette heure(?: la)?",
    "(?:prepare|prepare le|noue) (?:le|un|mon) (?:noeud|n ud)"
    + _not("de (?:ma |sa |la )?cravate|de chaise|marin|plat|de (?:mes |ses )?lacets|papillon"),
    "aller simple(?: [a-z#]+){0,10} (?:falaises?|pont|viaduc|mer|cote)|"
    f"(?:{_EDGE_PLACE}|falaises)(?: [a-z0-9#]+){{0,8}} sans (?:billet )?(?:de )?retour",
    "(?:sais pas si|si) (?:j ose|jose|j oserai)(?= #|$)",
    # Affairs: pets and children placed for good, keys and codes handed over for after.
    "(?:a cru|croit|croyait|pensait|pense|dit|raconte) (?:a [a-z]+ )?que je (?:pars|partais|"
    "part) (?:en voyage|loin|en vacances)",
    "(?:laisse|donne|confie|offre|place) (?:mon|ma|mes) (?:[a-z]+ )?"
    f"{_PETS}(?: [a-z#]+){{0,14}} pour (?:toujours|de bon)",
    f"(?:{_PETS}|plantes)(?: [a-z]+){{0,2}} (?:est|sont) chez (?:la|ma|mon|le) [a-z]+(?: #)? "
    "(?:elle|il) (?:les|le|la) gardera(?= #|$)",
    f"{_PETS} (?:soit|soient|est|sont) (?:case|casee|cases|place|places|placee) avant(?= #|$)",
    f"(?:horaires? (?:de|des) (?:croquettes|repas|gamelle)|vaccins|carnet de sante|papiers) "
    f"(?:[a-z]+ ){{0,4}}(?:du|de mon|de ma|des|de mes) {_PETS}(?: [a-z]+){{0,6}} pour "
    "(?:ma|mon|la|le|mes)",
    f"(?:de l argent|des sous|un cheque) pour (?:le|la|les) [a-z]+ (?:du|de mon|de ma) {_PETS}",
    "(?:reprendre|reprenne|recuperer|recupere) (?:les|mes) (?:enfants|petits) a plein temps",
    "(?:seront|seraient) mieux (?:avec|chez) (?:leur|son|sa|mon|ma) [a-z]+|"
    "tout (?:organise|arrange|prevu) pour (?:qu|que)(?: [a-z]+){0,4} apres(?= #|$)|"
    "(?:tout|j ai tout) (?:arrange|organise|prevu)(?: [a-z]+){0,3} sans (?:lui|leur|rien) dire",
    "(?:mes|toutes mes|tous mes|mon) (?:photos|playlists|acces|codes|mots de passe|comptes?)"
    "(?: [a-z]+){0,4} (?:je les ai|les ai|je l ai) (?:envoyee?s?|donnee?s?|passee?s?|"
    "transferee?s?) a|(?:donne|vendu|cede)(?: [a-z]+){0,2} (?:voiture|moto|velo|appart) a "
    "(?:mon|ma) [a-z]+ pour (?:1|un) euro",
    "(?:resilie|annule)(?: [a-z#]+){0,8} (?:et )?(?:le |mon )?(?:telephone|forfait|portable|"
    "bail)"
    "(?= #|$| a la fin)",
    "(?:ferme|supprime|desactive) (?:tous mes (?:comptes|reseaux)|toutes mes (?:conversations|"
    "photos)|mon compte google|mes conversations|mon historique)",
    "(?:annule|decommande|supprime) (?:tous |toutes )?(?:mes|les) (?:rendez vous|rdv|seances|"
    "cours)(?: [a-z]+){0,4} (?:# )?(?:ca sert a rien|sert a rien|je serai plus la|"
    "y en aura pas besoin|pas besoin|pas la peine|inutile)|"
    "(?:tout decommande|agenda (?:[a-z]+ ){0,4}est vide)(?: [a-z#]+){0,12} pas la peine",
    "tout est (?:range|regle|paye)(?: [a-z#]+){0,4} (?:factures|dettes|loyer|comptes|papiers)",
    "(?:il|elle|ils|elles) en (?:aura|auront) besoin(?= #|$)|(?:en aura|en auront) (?:plus|"
    "bien plus) besoin que moi",
    "avec (?:une|la) (?:enveloppe|lettre)(?= #|$)",
    "(?:vendu|vendre)(?: [a-z]+){0,8} (?:et )?(?:j ai )?(?:donne|vire|transfere|envoye) "
    "(?:l argent|tout|les sous) a (?:ma|mon|mes)",
    "(?:paye|regle|payee|reglee)(?: [a-z]+){0,5} (?:cantine|pension|ecole|creche|assurance)"
    "(?: [a-z]+){0,4} (?:d avance|a l avance|jusqu en (?:juin|juillet|decembre)|"
    "pour (?:un an|toute l annee))",
    "(?:puisse|puissent|pourra|pourront)(?: [a-z]+){1,4} sans moi",
    "liste (?:des|de) (?:trucs|choses|abonnements|contrats|comptes) a (?:resilier|fermer|"
    f"annuler) pour (?:ma|mon|mes)|fait mes adieux a (?:mon|ma|mes) {_PETS}",
    "papiers (?:de la maison|de l appart|de la banque|de la voiture|importants)? ?(?:sont )?"
    "dans (?:une|la) (?:enveloppe|pochette|boite|chemise)",
    "(?:carnet|cahier|document|classeur|feuille|enveloppe) avec (?:les|mes|tous les|toutes les) "
    "(?:codes|mots de passe|identifiants|acces|comptes)",
    "(?:mots de passe|codes?|lettre|enveloppe|assurance|papiers|identifiants|acces)"
    "(?: [a-z#]+){0,12} pour (?:apres|la suite)(?= #|$)",
    "code (?:de|d) (?:ma |la )?carte|saura quoi faire apres",
    "assurance (?:vie|deces)(?: [a-z#]+){0,10} (?:delai|carence|touche|touchent|toucher|"
    "paiera|paierait|versera)",
    "(?:sacs?|cartons?|boites?)(?: [a-z#]+){0,4} etiquete(?:e|s|es)? (?:par personne|"
    "avec les prenoms|au nom)",
    "(?:bazar|bordel|desordre)(?: [a-z]+){0,2} apres(?= #|$)|(?:auront|aura|aient|ait) "
    "rien a (?:vider|ranger|trier|gerer|payer)(?= #|$)|(?:plus )?rien a (?:gerer|ranger|"
    "regler) pour (?:personne|eux|elle|lui)",
    "(?:reviendra|reviendront) (?:pas|plus|jamais) (?:chez moi|a la maison)|"
    "(?:reviendrai|viendrai) (?:pas|jamais|plus) (?:les|le|la) (?:chercher|recuperer)",
    f"(?:fini|termine|ecrit) (?:les|mes|toutes mes|toutes les) lettres{_END}",
    "(?:chemise|robe|costume|tenue) noire?(?: [a-z#]+){0,6} (?:ceremonie|enterrement)|"
    "(?:musiques?|chansons?) (?:pour|de) (?:la|ma|l|mon) (?:ceremonie|enterrement|obseques)"
    "(?: [a-z#]+){0,8} enveloppe|"
    "mot (?:# )?pour la ceremonie",
    "(?:lettre|lettres)(?: [a-z#]+){0,10} (?:posterai|enverrai|trouveront en rangeant|"
    "trouvera en rangeant)|pour qu (?:elle|il|ils|elles) (?:arrive|arrivent) apres",
    "(?:(?:veux|voulais|voudrais) pas )?(?:laisser|laisse) (?:de |des )?(?:trucs|choses) "
    f"en suspens (?:quand je partirai|avant de partir{_END}|derriere moi)",
    "(?:(?:veux|voulais|voudrais) pas )?partir avec (?:ca|ce poids|ces regrets?|tout ca) "
    "sur la conscience",
    "(?:programme|programmee) (?:un|une|des|mes) (?:mails?|messages?|lettres?|textos?|sms|"
    "videos?|posts?)(?: [a-z]+){0,2} (?:qui part|pour|qui partira)|"
    "(?:j aurai|j ai) (?:plus )?rien a faire ici(?= #|$)",
    "(?:je peux|jpeux) (?:y aller|partir|m en aller) (?:tranquille|en paix)|"
    "si un jour (?:j etais|jetais|je n etais) (?:plus|pu) la",
    "(?:bien )?en evidence (?:sur|dans)(?: [a-z]+){0,4} (?:avec )?(?:mes papiers|la lettre|"
    "le mot)|carte de don d organes",
    f"(?:{_EDGE_PLACE}|affaires|dettes|comptes|animaux|papiers|lettres|testament)"
    "(?: [a-z#]+){0,8} tout est pret(?= #|$)",
    "(?:sait|savait|savent|comprend|comprenait) pas (?:encore )?pourquoi(?= #|$)",
    "tout donne a emmaus|qui (?:recoit|aura|prend|garde) quoi",
    # Said after "je veux pas", which would deny the phrase if it started later.
    "(?:veux|voulais) pas qu (?:ils|elle|il|elles|on) (?:me )?tombe(?:nt)? dessus apres|"
    "tombe(?:nt)? dessus apres|tranquille pour (?:de bon|toujours)|"
    "(?:s en occupera|s en occuperont|prendra soin d (?:elle|lui|eux)) mieux que moi",
    "ecrit a chacun (?:un|une) (?:petit |petite )?(?:mot|lettre)|"
    "pour ceux qui (?:viendront|passeront|arriveront) apres",
    "qui appeler(?= #|$| et)|ou (?:est|sont|trouver) (?:la|les) lettres?",
    "le [0-9]+ c est le jour(?= #|$)|quand (?:le loyer|tout|les factures|les dettes|"
    "les papiers)(?: [a-z0-9]+){0,6} (?:# )?je partirai(?= #|$)|"
    "(?:le|mon) plan(?: [a-z#]+){0,8} plus qu a (?:suivre|le faire)",
    "(?:reste|restera) (?:plus )?(?:grand chose|rien)(?: [a-z#]+){0,2} c est voulu",
)

NAMED_SELF_HARM_SIGNS: Sequence[str] = (
    "manches longues (?:sont de retour|en plein ete|meme en ete|l ete|pour cacher)",
    "(?:les |mes )?pulsions (?:reviennent|sont revenues|sont de retour)",
    "(?:la |ma )?lames? (?:est|sont) (?:juste |deja |encore )?(?:la|sur|dans|a cote|pres|"
    "devant moi)",
)

# Everyday figures of speech and talk about the subject, blanked before matching.
_NOT_ME = (
    "(?:(?!(?:je|j|me|m|moi|mon|ma|mes|jme|jsuis|jveux|jvais|jv|jai|g|chu|ai)(?![a-z0-9]))"
    "(?:[a-z0-9]+|#) )"
)
_MEDIA = (
    "(?:film|films|serie|series|livre|livres|roman|bouquin|manga|anime|docu|documentaire|"
    "podcast|article|chanson|piece|episode|saison|expose|memoire|these|cours|conference|"
    "formation|atelier|etude|reportage|emission|video|poeme|scene|passage|cas clinique|"
    "personnage|perso|heros|heroine|patient|patiente|patients|patientes|acteur|actrice|jeu|"
    "bd|tableau|essai|philo|psycho|partiel|examen|colloque|seminaire|theatre|opera|"
    "tragedie|intervention|consultation|entretiens?|fiction|histoire|album|clip|"
    "fait divers|journal|infos|actu|actualite|mythe|camus|hamlet|shakespeare|werther|"
    "romeo|juliette|van gogh|dalida|rapport|polar|oms)"
)
_TOPIC = (
    "(?:suicides?|suicident|suicider|suicidee?s?|suicidaires?|automutilations?|"
    "scarifications?|scarifie|scarifient|overdoses?|surdoses?|surdosages?|veines|"
    "tentatives? de suicide|"
    "se tue|se tuent|se pend|se pendent|sauter|se jeter|se noie|se noyer|se scarifie|"
    "se coupe|se mutile|(?:veut|voulait|veulent|voulaient|decide d|decide de) "
    "(?:en finir|mourir|se suicider|se tuer))"
)
FIGURES: Sequence[str] = (
    # Dying of a feeling is hyperbole: "mort de rire", "je meurs de faim", "crevé de fatigue";
    # letting oneself die of hunger is not.
    _after_none("laisser|laisse|me laisser|me laisse")
    + "(?:mourir|meurs|meurt|meure|mourrais|mourrai|mourais|mort|morte|morts|mortes|crever|"
    "creve|crevee|creves|crevais|crevait|mourant|mourante|crevant) (?:de |d )(?:rire|honte|"
    "faim|soif|froid|chaud|chaleur|impatience|fatigue|peur|trouille|ennui|jalousie|envie|"
    "curiosite|gene|stress|amour|bonheur|joie|plaisir|fou rire|sommeil|flemme|la dalle|dalle|"
    "vieillesse|mal de (?:tete|ventre|dos)|douleur|angoisse|trac|rage)",
    "a en (?:mourir|crever|pleurer)",
    "(?:ennuyeux|ennuyeuse|ennuyant|chiant|chiante|beau|belle|bete|triste|long|longue|mal|"
    "migraine|froid|chaud|douleur|soif|faim|mal de tete|mal de dos) a mourir",
    # "Plutôt mourir que de remettre ce pull", unless what is refused is living.
    "(?:plutot|prefere|prefererais|preferer|aime mieux|aimerais mieux) "
    "(?:mourir|crever|etre morte?) "
    "(?:que|qu|plutot que)" + _not("(?:de )?(?:vivre|continuer|souffrir|rester|subir|supporter)"),
    "plutot (?:me |m )(?:jeter|pendre|tuer|flinguer|noyer|ouvrir les veines|tirer une balle|"
    "foutre en l air|defenestrer)(?: [a-z]+){0,6} (?:que|qu)"
    + _not("(?:de )?(?:vivre|continuer|souffrir|rester|subir|supporter)"),
    # The urge or the thoughts gone: "l'envie de me couper est partie", "mes idées noires
    # sont parties depuis le traitement".
    "(?:envie|envies|besoin|pulsion|pulsions|idees|pensees)(?: noires| sombres| suicidaires|"
    " de mort)? (?:(?:de |d )(?:me couper|me scarifier|me faire du mal|me blesser|mourir|"
    "me tuer|en finir|disparaitre) )?(?:est|sont|s est|se sont|a|ont) (?:partie?s?|passee?s?|"
    "disparue?s?|envolee?s?|calmee?s?)(?! (?:ce soir|hier|cette nuit|une heure|un moment))",
    # Recovery milestones: "ma TS c'était il y a 4 ans", "3 ans depuis ma tentative".
    "(?:ma|mon|une|la) (?:ts|tentative)(?: de suicide)?(?: [a-z]+){0,2} (?:c etait |c est |date "
    "d |remonte a )?il y a (?:[0-9]+|un|une|deux|trois|quatre|cinq|six|dix|longtemps|des) "
    "(?:ans?|annees?|longtemps|mois)?",
    "(?:ca fait|cela fait|ca va faire|deja) (?:[0-9]+|un|une|deux|trois|quatre|cinq|six|dix) "
    "(?:ans|annees|mois) (?:depuis|apres|sans) (?:ma|mon|une) (?:ts|tentative)",
    # Wanting to die of embarrassment.
    "(?:envie de |veux |voudrais )?(?:mourir|disparaitre|crever)(?: sur place)? "
    "(?:tellement|tant|vu comme|tellement que) (?:c est|c etait|j ai|j avais|j etais|"
    "je suis|j ai eu) (?:trop |tellement |si |vraiment )?(?:genant|gene|genee|la honte|"
    "honte|humiliant|humiliante|malaise|cringe|ridicule)",
    # The office joke, marked as one: "je vais me pendre mdr".
    "(?:je vais |jvais |jv |je |j )?(?:me |m )(?:pendre|tirer une balle|jeter par la fenetre|"
    "defenestrer|tire une balle|pends|ouvre les veines|flingue)(?: [a-z]+){0,12} "
    "(?:lol|mdr|mdrr|ptdr|ptdrr|xd|haha|"
    "hahaha|ahah|ahahah|lmao|mort de rire)",
    # Reckless, not suicidal: "un suicide commercial", "c'est suicidaire de rouler là".
    "suicide (?:commercial|politique|social|professionnel|economique|financier|electoral|"
    "sportif|mediatique|marketing|de carriere|capillaire|gastronomique)",
    "suicide squad",
    "(?:c est|c etait|ce serait|ca serait|cest|serait|etait|semble|parait) (?:completement |"
    "carrement |vraiment |un peu |totalement |assez |super |trop |franchement |presque )?"
    "suicidaires?",
    # Talk about the subject: prevention, figures, risk, study, fiction, work with patients.
    "(?:prevention|prevenir|chiffres?|taux|statistiques?|stats|epidemie|facteurs? de risque|"
    "risques?|evaluation du risque|lutte contre|journee mondiale|sensibilisation|campagne|"
    "tabou|deuil apres|survivants?|endeuilles? par|numero national|ligne d ecoute|nombre|"
    "morts? par|deces par|hausse|baisse|vague|crise) "
    "(?:du |de la |des |de l |d |le |la |les |un |une |au |contre le |contre la |sur le |"
    "sur la |sur les |sur l )?(?:risque )?(?:suicides?|suicidaires?|automutilations?|"
    "scarifications?|overdoses?|surdoses?|tentatives? de suicide)",
    f"{_MEDIA} {_NOT_ME}{{0,10}}{_TOPIC}",
    # Others talking about it, or meeting it at work: "on a parlé de suicide aux infos".
    "(?:on a|on|ils ont|elle a|il a|prof a|nous avons|on va|on avait) (?:parle|parlait|discute|"
    "debattu|aborde|vu|etudie|traite) (?:de la |du |des |de |d |les |le |la |une |un )?"
    f"{_TOPIC}",
    "(?:face a|aider|aide|accompagner|reagir (?:face a|devant)|reconnaitre|reperer|"
    "prendre en charge|parler a|ecouter|soutenir|accueillir) (?:quelqu un|une personne|"
    "les personnes|les gens|un proche|des personnes|un patient|une patiente|un eleve) qui "
    "(?:veut|veulent|pense a|pensent a|menace de|menacent de|parle de|parlent de) "
    "(?:se suicider|se tuer|mourir|en finir|passer a l acte|se faire du mal|sauter)",
    # An overdose of something that is not a medicine: "overdose de chocolat".
    f"(?:overdoses?|surdoses?) (?:de |d |on |of )(?!(?:[a-z]+ ){{0,2}}{_DRUG}{_EDGE})[a-z]+",
    # Quoting the phrase to take it back: "je dis 'je veux mourir' mais c'est une expression".
    "(?:dis|dit|disais|disait|dire|ecris|ecrit|sors|sort) (?:souvent |parfois |tout le temps |"
    "toujours )?(?:que )?(?:[a-z]+ ){1,6}mais c est (?:juste |qu |seulement )?(?:une expression|"
    "une facon de parler|pour rire|une blague|de l humour|ironique|du second degre|"
    "pour de rire|une image)",
)

LEXICON = Lexicon(
    language="fr",
    crisis=(
        *_kind("suicide", SUICIDE),
        *_kind("suicide", SUICIDE_MORE),
        *_kind("self_harm", SELF_HARM),
        *_kind("self_harm", SELF_HARM_MORE),
        *_kind("overdose", OVERDOSE),
        *_kind("overdose", OVERDOSE_MORE),
        *_kind("self_harm", SELF_HARM_ACTS),
        *_kind("overdose", OVERDOSE_TAKEN),
        *_kind("suicide", PLANS_AND_MEANS),
        *_kind("suicide", AFFAIRS_AND_READINESS),
    ),
    named=(
        *_kind("suicide", NAMED_SUICIDE),
        *_kind("suicide", NAMED_SUICIDE_MORE),
        *_kind("self_harm", NAMED_SELF_HARM),
        *_kind("self_harm", NAMED_SELF_HARM_MORE),
        *_kind("overdose", NAMED_OVERDOSE),
        *_kind("overdose", NAMED_OVERDOSE_MORE),
        *_kind("suicide", NAMED_PLANS_AND_AFFAIRS),
        *_kind("self_harm", NAMED_SELF_HARM_SIGNS),
    ),
    figures=FIGURES,
    denials=frozenset(
        {
            "pas",
            "pa",
            "jamais",
            "jamai",
            "jms",
            "non",
            "nan",
            "sans",
            "aucun",
            "aucune",
            "zero",
            "0",
            "clean",
            "arrete",
            "arreter",
        }
    ),
)
