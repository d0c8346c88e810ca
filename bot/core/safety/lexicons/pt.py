"""Crisis phrases in Brazilian Portuguese (the package's docstring says how patterns are written).

Texted Portuguese drops accents and letters ("to", "qro", "vo me mata", "hj", "d" for "de"),
so the pieces below carry the usual shortenings. Many death words are everyday hyperbole
("morri de rir", "minha mãe vai me matar", "me matei de estudar"): crisis phrases need a
first-person wish, plan or act, and the idioms are blanked first. A phrase whose clause ends
in a laugh ("quero morrer kkk") is taken as a joke unless the person says it is not one.

Many crisis messages never name death: a day chosen, a rope bought, the cat given away for
good, letters left for each one, a bare "cheguei em casa. cortei.". Those told in words rare in
ordinary talk are crisis phrases; those that are also said of parties, trips and new jobs
("tá tudo pronto pra hoje", "não vou mais precisar dele") only name the subject, for a gentle
check.
"""

from collections.abc import Sequence

from bot.core.safety.lexicons import Kind, Lexicon


def _kind(kind: Kind, patterns: Sequence[str]) -> list[tuple[Kind, str]]:
    """The patterns, each marked with its kind and reading "não" in its texted spellings.

    None of them counts when a laugh closes its clause ("eu me jogo da janela kkk").
    """
    return [
        (kind, f"(?:{pattern.replace('(?:nao|n', _NOT_OPEN)}){_NO_LAUGH}") for pattern in patterns
    ]


# --- Pieces ---------------------------------------------------------------------------------

# "Não" as it is texted: "nao", "ñ" (folded to "n"), "naum", "nn". Patterns write "(?:nao|n"
# (then ")" or more choices) and read all of them.
_NOT_OPEN = "(?:nao|naum|nn|n"
# The end of a clause: what came before was the whole thought.
_END = "(?= #|$)"
# A laugh closing the clause a phrase is in ("kkk" folds to "k"): a joke, unless the person
# says it is not one ("kkk mas é sério", "kkk n é piada").
_NO_LAUGH = (
    "(?!(?: [a-z0-9]+){0,12}?(?: #)? (?<!nao e )(?<!n e )(?<!nao eh )(?<!sem )"
    "(?:k|kk|rs|rsrs|haha|hahaha|hehe|kkk|brincadeira|zoeira)"
    "(?= #|$)(?! (?:[a-z]+ ){0,3}?(?:serio|piada|brincando|brincadeira)))"
)
# A few softening words between a wish and its verb ("quero muito morrer").
_FILL = (
    "(?:(?:[a-z]+mente|so|soh|muito|mt|mto|mesmo|msm|ja|ainda|de verdade|agora|hoje|hj|"
    "logo|serio|tipo|apenas|ate|tanto|bem|mais|eu) ){0,3}"
)
# Thinking of it, an adverb allowed inside: "pensando seriamente em", "penso muito em".
_THINK = "(?:pens(?:o|ando|ano|ei|ar|ado))(?: [a-z]+mente| muito| mt| serio| sempre)? em"
# Wishing, wanting, thinking of, deciding: the words before a way of dying.
_WISH = (
    "(?:quero|qro|qero|kero|queru|qer|quer|queria|qria|qeria|keria|kria|quiria|queira|formas? de|"
    "jeitos? de|maneiras? de|metodos? de|"
    "vontade d(?:e)?|desejo d(?:e)?|afim d(?:e)?|a fim d(?:e)?|"
    f"{_THINK}|preciso|precisava|decidi|resolvi|espero|esperando|torco pra|"
    "torcendo pra|rezo pra|rezando pra|mereco|deveria|devia|so queria|gostaria de|planejo|"
    "planejando|pretendo|hora de|pront[oa] pra|pront[oa] para|melhor eu|era melhor eu|"
    "(?:seria|era|e) (?:bem |muito )?melhor|seria (?:tao )?bom|seria um alivio|deixa eu|"
    "me deixa|coragem (?:de|pra|para))"
)
# Future, wish and plan, for acts done to oneself ("vou me matar", "pensando em me cortar").
_INTENT = (
    "(?:quero|qro|qero|kero|queria|qria|keria|vou|vo|irei|to indo|preciso|precisava|querendo|"
    f"{_THINK}|pensamentos? de|pensamentos? em|ideia de|"
    "vontade d(?:e)?|desejo d(?:e)?|afim d(?:e)?|a fim d(?:e)?|decidi|decidid[oa] a|"
    "resolvi|tentei|tentar|tentando|planejando|planejo|pretendo|devia|deveria|mereco|"
    "acho que vou|hora de|como|jeito de|formas? de|maneiras? de|metodos? de|medo de|"
    "coragem de|coragem pra|coragem para|pra|para|melhor eu|era melhor eu)"
)
# Wanting, planning, urges to hurt oneself. Not "pra", "como" or "medo de": "disse aquilo
# pra me machucar", "medo de me machucar no skate".
_SH_INTENT = (
    "(?:quero|qro|qero|kero|queria|qria|keria|vou|vo|preciso|precisava|"
    f"{_THINK}|pensamentos? de|vontade d(?:e)?|desejo d(?:e)?|afim d(?:e)?|a fim d(?:e)?|"
    "urge de|impulso de|necessidade de|decidi|tentei|tentar|tentando|mereco|voltei a|"
    "comecei a|comecei de novo a|voltei de novo a|parar de|evitar)"
)
# Another person's intent, told by someone worried about them.
_THEIR_INTENT = (
    "(?:vai|ia|vao|iam|tentou|tentando|ameacando|ameacou|ameaca|falando em|falou em|"
    "pensando em|(?:disse|diz|dizendo|falou|falando) que (?:quer|vai|ia|queria))"
)
# Dying, and the slang and euphemisms for it: "morrer" in its texted spellings, "bater as
# botas", "desencarnar", vanishing for good, sleeping for ever.
_DIE = (
    "(?:m[o0]rr?[e3]r?|mrr|falecer|desencarnar|desviver|bater as botas|"
    "abotoar o paleto|vestir o paleto de madeira|ir dessa pra melhor|ir desta pra melhor|"
    "partir dessa pra melhor|deixar de existir|parar de existir|(?:nao|n) existir|"
    "(?:nao|n) estar (?:mais aqui|(?:mais )?viv[oa])|estar mort[oa]|"
    "(?:nunca|nao|n) ter (?:nascido|acordado)|"
    "(?:nao|n|nunca mais) acordar(?! (?:cedo|tao|tarde|a tempo|atrasad[oa]|antes|com|de mau|"
    "cansad[oa])(?![a-z]))|ficar mort[oa]|ter morrido|"
    "(?:sumir|desaparecer)(?: (?:desse|deste|do) (?:mundo|mapa|planeta))?"
    " (?:pra sempre|para sempre|de vez)(?! (?:d[aoe]s?|dess[ae]s?|dest[ae]s?|pra|para|com|em|"
    "no|na)(?![a-z]))|(?:sumir|desaparecer) (?:desse|deste|do) mundo|"
    "ir embora (?:de vez|pra sempre|para sempre)(?! (?:(?:d[aeo]s?|daqui|pra|para|pro|com)"
    "(?![a-z])|(?:dess|dest)[ae]s? (?!mundo|vida)))|"
    "dormir (?:por (?:anos|meses|dias) )?(?:ou )?(?:pra|para) sempre(?! (?:nessa|nesse|neste|"
    "nesta|na|no|aqui)(?![a-z]))|"
    "parar de respirar|(?:sumir|desaparecer) e (?:nunca mais |(?:nao|n) (?:mais )?)voltar|"
    "apertar o botao de (?:desligar|off|sair)|descansar (?:em paz|pra sempre|para sempre))"
)
# Ways of killing oneself, said after an intent ("vou ...", "pensando em ...").
_KILL_SELF = (
    "(?:me mat(?:ar|a|e)|me suicid(?:ar|a|e)|me unalive|me desviver|me enforcar|"
    "me envenenar|me afogar(?! em| n[oa]s? (?:trabalho|estudos?|bebida|alcool|cachaca|"
    "cerveja|chocolate|doces?|contas|dividas|lagrimas))|me dar um tiro|"
    "dar um tiro na (?:minha )?cabeca|"
    "cortar (?:os |o |meus |meu )?pulsos?|tirar (?:a )?minha (?:propria )?vida|"
    "tirar a propria vida|fazer kms|"
    f"fazer (?:uma )?besteira(?:{_END}| comigo| com (?:a )?minha vida)|"
    "(?:acabar|terminar) com (?:a )?minha (?:propria )?vida|"
    "acabar com tudo(?: isso)?(?! (?:isso|de|da|do|das|dos|no|na|que)(?![a-z]))|"
    "(?:dar|por|botar|colocar) (?:um )?fim (?:(?:a|em|na|n[ao]s?|ao) (?:minha )?"
    "(?:vida|tudo|tudo isso|isso tudo|existencia|sofrimento)|nisso(?: tudo)?|nessa vida)|"
    "dar cabo (?:de mim|da minha vida)|"
    "(?:jogar|bater) o carro|soltar o volante)"
)
# After "viver": living itself, not living somewhere or some way ("viver de aluguel").
_LIVING_ON = (
    "(?! (?:de|da|do|em|na|no|nessa|nesse|nesta|neste|com|longe|perto|sem|so|sozinh[oa]|"
    "junto|juntos|aqui|la|ali)(?![a-z]))"
)
# Where people jump from or in front of.
_HIGH_PLACE = (
    "(?:predio|ponte|janela|sacada|viaduto|terraco|telhado|varanda|penhasco|precipicio|"
    "andar|torre|edificio|abismo|barranco|laje|passarela|escada|lugar alto)"
)
_TRAFFIC = "(?:trem|metro|onibus|carro|caminhao|moto|carreta|vagao)"
_JUMP_FROM = (
    "(?:d[oa]|de um|de uma|dum|duma|desse|dessa|deste|desta|daquele|daquela|do alto d[oa])"
    f" (?:[a-z]+ )?{_HIGH_PLACE}"
)
_IN_FRONT = (
    f"(?:na frente|em frente|embaixo|debaixo|pra baixo|para baixo) d(?:[oa]|e um|e uma) {_TRAFFIC}"
)
# "Suicídio" in the spellings and disguises people use: suicidio, sucidio, s*icidio, su1c1d1o.
_SUI = "(?:s(?:u[i1]?|[i1]| [i1]| u[i1]?)?(?:c|s|ss|sc|z)[i1]d(?:[i1][o0]s?|[a4]s?|[a4]r|al|ou))"
# Medicines and drugs people overdose on.
_DRUG = (
    "(?:remedios?|remedinhos?|comprimidos?|pilulas?|capsulas?|medicamentos?|medicacao|"
    "medicacoes|calmantes?|soniferos?|antidepressivos?|tarja preta|rivotril|clonazepam|"
    "diazepam|alprazolam|lorazepam|bromazepam|frontal|lexotan|zolpidem|stilnox|dipirona|"
    "paracetamol|tylenol|ibuprofeno|insulina|fluoxetina|sertralina|escitalopram|"
    "amitriptilina|quetiapina|seroquel|litio|carbamazepina|tramadol|codeina|morfina|"
    "opioides?|benzos?|gardenal|fenobarbital)"
)
_ALCOHOL = "(?:bebida|alcool|vodka|cachaca|pinga|cerveja|vinho|whisky|uisque|conhaque)"
_TAKE = (
    "(?:tomei|tomar|tomo|tomou|tomando|tome|engoli|engolir|engolindo|engoliu|ingeri|"
    "ingerir|misturei|misturar|misturando|misturou)"
)
# Taken, or about to be: not the plain "tomar" of questions and prescriptions.
_TOOK = (
    "(?:tomei|tomou|engoli|engoliu|ingeri|ingeriu|misturei|misturou|vou tomar|vai tomar|"
    "quero tomar|vou misturar|pensando em tomar|acabei de tomar|acabou de tomar|tinha tomado)"
)
_CONTAINER = "(?:caixas?|cartelas?|frascos?|vidros?|vidrinhos?|potes?|blisters?|caixinhas?)"
# Where people cut themselves; hands and fingers are left out, they are the kitchen's.
_BODY = "(?:pulsos?|bracos?|antebracos?|coxas?|pernas?|barriga|pele|quadril|virilha|punhos?)"
_BLADE = "(?:lamina|laminas)"
# Hurting verbs, by their stems, and the words that say it was meant.
_HURT = (
    "(?:cort|queim|bat|soc|soq|mord|arranh|machuc|machuq|fer|fur|belisc|arranc|pux|espet|esmurr|"
    "esfol|esfreg)"
)
_ON_PURPOSE = (
    "(?:de proposito|propositalmente|pra (?:me )?machucar|para (?:me )?machucar|"
    "ate (?:a mao |o braco |a pele |o dedo )?(?:sangrar|ficar roxo|ficar roxa|arrancar|machucar|"
    "doer|abrir|inchar|ficar tont[oa]|sair sangue))"
)

# --- Crisis phrases -----------------------------------------------------------------------

_SUICIDE = (
    # Wanting to die, in all its texted spellings and euphemisms.
    f"(?<!ninguem )(?<!quem ){_WISH} {_FILL}{_DIE}",
    f"(?<!todos )(?<!eles )(?<!elas )(?:to |estou |tava )?querendo {_FILL}{_DIE}",
    # Not "tem vontade de me matar": someone else's anger.
    f"(?<!tem )(?<!teve )(?<!tinha ){_INTENT} {_FILL}{_KILL_SELF}",
    "em me (?:matar|suicidar)",
    "(?<!tem )(?<!teve )(?<!tinha )(?:vontade|ideia|ideias|pensamentos?|desejo|plano|impulso|"
    "urge) (?:[a-z]+ ){0,2}?"
    "d(?:e)? me (?:matar|suicidar)",
    # Not "eu me mato" alone: "se eu reprovar eu me mato" is how people joke.
    "(?:eu )?me mato (?:hoje|hj|agora|amanha|essa noite)",
    # Naming it as the act one means to do, or thinks about.
    f"(?:cometer|cometo|vou cometer|tentei|tentar) {_SUI}",
    f"(?:penso|pensando|pensei|pensar|pensado|pensamentos?|ideias?) (?:em|no|de|d) (?:o )?{_SUI}",
    f"(?:ideacao|id|ideia|pensamentos?|vontade) {_SUI}s? (?:voltou|voltaram|voltando|"
    "de novo|dnv|forte|fortes|ta|tao|esta|estao|aumentou|piorou|hoje|hj|agora|todo dia)",
    # Not "paciente com ideação suicida": one's own thoughts.
    "(?:tendo|tenho|tive|(?:to|tou|estou|ando|fiquei|acordei|tava|estava|sigo) com) "
    f"(?:muitos? |uns? )?(?:pensamentos?|ideacao|ideias?) "
    f"(?:{_SUI}s?|de {_SUI}|de morte|de morrer)",
    f"{_SUI} (?:nao sai|ta|esta|tá) (?:da |na )?(?:minha )?cabeca",
    "(?:me|se) suicid(?:ar|o|aria|ando|e)",
    "tirar (?:a )?minha (?:propria )?vida",
    "tirar a propria vida",
    "(?:me )?unalive(?:r)?",
    "me desviver",
    "(?:rage ?quit|logout|log ?out|log ?off|quit|game ?over|alt f4|delete|uninstall|"
    "desinstalar) (?:d[ae]|n[ae]) (?:minha )?vida",
    "cancelar (?:o )?meu (?:proprio )?cpf",
    f"me atir(?:ar|o|ei|ando) (?:{_JUMP_FROM}|{_IN_FRONT})",
    "(?:dar|dou|vou dar) um tiro em mim",
    "estourar (?:os )?(?:meus )?miolos",
    f"(?:carta|bilhete) (?:de )?{_SUI}",
    "fazer (?:aquilo|algo|uma coisa) (?:que nao tem volta|sem volta)",
    # Another person about to do it.
    f"{_THEIR_INTENT} se (?:matar|suicidar|enforcar|envenenar|unalive)",
    "(?:disse|diz|dizendo|falou|falando|ameacando|ameacou|ameaca|jurou|jurando) que "
    "(?:quer|vai|ia|queria) (?:pular|se jogar|tomar tudo|acabar com tudo|bater o carro)",
    # Not "vou pular": in a check-in, that is skipping a step.
    f"(?:vai|tentou) pular{_END}",
    f"tentei pular(?:{_END}| uma vez| antes| de novo)",
    # Jumping, from a height or in front of traffic.
    # Not the joking imperative "me joga da ponte".
    f"(?:me jog(?:ar|o|uei|ando|asse)|se jog(?:ar|o|uei|ando|a|ou|asse)) {_JUMP_FROM}",
    f"(?:me jog(?:ar|o|uei|ando|asse)|se jog(?:ar|o|uei|ando|a|ou|asse)) {_IN_FRONT}",
    f"(?:pular|pulo|pulei) (?:{_JUMP_FROM}|{_IN_FRONT})",
    f"{_INTENT} pular {_JUMP_FROM}",
    "(?:em cima|no alto|no topo|na beira|no parapeito|na borda|na ponta) d[aoe] (?:[a-z]+ )?"
    f"{_HIGH_PLACE}(?: [a-z]+){{0,6}}? (?:pular|me jogar|se jogar){_END}",
    # Asking for it to be over.
    "(?:quero|queria|qria|espero|tomara|torco pra|torcendo pra|rezo pra) q(?:ue)? (?:a |essa )?"
    "(?:minha vida|vida|tudo|tudo isso|isso tudo|minha existencia|existencia|meu coracao|"
    f"meu corpo) {_FILL}(?:acabe|acabasse|termine|terminasse|pare|parasse|desistisse|desista|"
    "chegue ao fim|chegasse ao fim|tivesse fim)(?! (?:bem|por|um pouco|so um|de|um minuto|"
    "um tempo|uns)(?![a-z]))",
    f"que (?:essa|esta) noite (?:fosse|seja) a (?:minha )?ultima{_END}",
    "que (?:hoje|amanha) (?:fosse|seja) (?:o )?meu ultimo dia",
    "(?:minha existencia|minha vida) (?:simplesmente )?(?:parasse|acabasse|terminasse)",
    "pausa (?:da|na) vida que (?:nao|n) (?:tivesse|tenha) fim",
    "(?:queria|quero|preferia|prefiro) (?:estar|ficar|ser) mort[oa]",
    "(?:devia|deveria|queria|podia|era pra|era para) (?:eu )?ter morrido",
    "(?:queria|quero|so queria|vontade de) (?:ir )?(?:dormir|durmir|deitar|pegar no sono) "
    "(?:[a-z]+ ){0,2}?e (?:nao|n|nunca) (?:mais )?acordar",
    "(?:dormir|durmir|pegar no sono|deitar|apagar) e (?:nao|n|nunca) (?:mais )?acordar"
    "(?: mais| nunca| nunca mais)?",
    "(?:pra|para) (?:nao|n) acordar(?: mais| nunca| nunca mais)?" + _END,
    "(?:(?:nao|n) acordar (?:nunca )?mais|nunca mais acordar)(?! (?:cedo|tarde|tao|a tempo|"
    "atrasad[oa])(?![a-z]))",
    # Not "se eu não acordar, me liga": the alarm clock, unless it would be welcome.
    "se eu (?:nao|n) acordar(?: amanha| mais)?(?: #)? (?:[a-z]+ ){0,3}?(?:tudo bem|melhor|"
    "tanto faz|otimo|alivio|foi bom)",
    # Not wanting to live, or to go on.
    "(?:nao|n|nem) (?:quero|qro|queria) (?:mais )?"
    f"(?:(?:viver|existir){_LIVING_ON}|estar viv[oa]|"
    "continuar (?:vivendo|viv[oa]|existindo)|acordar (?:nunca )?mais|acordar nunca|"
    "estar (?:mais )?aqui(?! (?:nessa|nesse|neste|nesta|na|no|em|com|hoje|amanha)(?![a-z]))|"
    "continuar aqui(?! (?:nessa|nesse|neste|nesta|na|no|em|com)(?![a-z])))",
    "(?:nao|n) aguento mais (?:viver|essa vida|a vida|minha vida|existir|estar viv[oa]|acordar|"
    f"estar aqui|continuar){_LIVING_ON}",
    "(?:a |minha )?vida (?:nao|n) vale (?:mais )?(?:a pena|nada)(?! (?:sem|se)(?![a-z]))",
    "(?:nao|n) vale (?:mais )?a pena (?:viver|continuar viv[oa]|continuar vivendo|estar viv[oa])",
    "(?:nenhum|nenhuma|sem) (?:motivo|sentido|razao|forcas?|vontade) (?:pra|para|de|em) "
    "(?:viver|continuar viv[oa]|continuar vivendo|seguir vivendo|estar viv[oa])",
    "(?:nao|n) tenho (?:mais )?(?:motivo|motivos|razao|forcas?|vontade) (?:pra|para|de) "
    "(?:viver|continuar viv[oa]|continuar vivendo|seguir vivendo|estar viv[oa])",
    "(?:(?:nao|n) tenho (?:mais )?)?nada (?:pelo que|por que|pra|para) viver",
    "(?:nao|n) consigo mais (?:viver|existir|continuar viv[oa])",
    "(?:nao|n|sem) (?:vejo |tem |ha |existe |encontro )?(?:mais )?(?:sentido|motivo|razao|"
    "porque) (?:pra |para |em |de |na )?(?:viver|vida|continuar viv[oa]|continuar vivendo|"
    f"existir|estar aqui|estar viv[oa]|continuar{_END})",
    f"desist(?:i|o|indo|ir|iu) (?:de viver{_LIVING_ON}|da vida|de existir|de estar viv[oa]|"
    "de estar aqui)",
    "inclusive de (?:estar aqui|viver|existir|estar viv[oa])",
    f"(?:cansad[oa]s?|cansei) (?:de|da) (?:viver{_LIVING_ON}|existir|estar viv[oa]|respirar|"
    f"sobreviver{_END}|vida{_END}|minha vida{_END}|acordar(?: todo dia| todos os dias|{_END}|"
    " de novo| e(?= )))",
    f"odeio (?:estar viv[oa]|existir|viver{_END}|ter nascido|ter acordado)",
    "(?:(?:nem|nao|n) sei )?(?:pq|por que|porque|pra que|para que) (?:eu )?(?:ainda )?"
    "(?:to|tou|estou|sigo|continuo) (?:viv[oa]|respirando)",
    "(?:inveja|invejo) (?:de quem|dos que|das pessoas que) (?:ja )?(?:morreu|morreram|morre)",
    "(?:sdds|saudade|saudades) de (?:nao|n) existir",
    "voltar a (?:nao|n) existir",
    "esperando (?:a )?(?:hora de morrer|minha morte|a morte chegar|morte chegar|morrer)",
    "(?:deus|jesus|a morte) me (?:leve|levasse|levar|leva)(?! (?:pra|para|a|ao|em|de|no|na)"
    "(?![a-z]))",
    "(?:decepcionad[oa]|frustrad[oa]) (?:quando|por|de|que|porque) (?:eu )?(?:acordei|ter "
    "acordado|acordar de novo|ainda acordei|ainda estar viv[oa])",
    # Hoping an accident or a stranger does it.
    "(?:torc(?:o|endo|i|er)|espero|esperando|tomara|rezo|rezando|queria|quero) (?:[a-z]+ ){0,6}?"
    "me (?:atropele|atropelasse|atropelar|mate|matasse|acerte|acertasse)",
    "(?:algum|alguma|um|uma) (?:acidente|tragedia|coisa ruim|desgraca) (?:[a-z]+ )?"
    "(?:acontecer|aconteca|acontecesse) comigo",
    "(?:algo|alguma coisa|um carro|uma bala|um raio|um onibus|um caminhao) me "
    "(?:matasse|mate|atropele|atropelasse|acerte|acertasse)",
    "bala perdida me",
    "(?:torc[a-z]*|rez[a-z]*) (?:pra|para|que) (?:algum|alguma|um|uma|o|a) (?:carro|onibus|"
    "caminhao|trem|bala|raio|doenca|acidente) (?:[a-z]+ )?me (?:pegar|pegue|pegasse|levar|"
    "leve|levasse|acertar|atropelar|matar)",
    "tanto faz se (?:eu )?(?:morr[a-z]*|viv[a-z]* ou morr[a-z]*|me (?:pegarem|atropelarem|"
    "matarem))",
    "tanto faz (?:viver ou morrer|se vivo ou morro)",
    "(?:nao|n|nem) (?:me )?(?:ligaria|ligo|importaria|importo|ia ligar|ia me importar) "
    "(?:se|de) (?:eu )?(?:morrer|morresse|algo me matasse|algo me matar)",
    "(?:nao|n) me (?:salvem|salve|socorram|reanimem|ressuscitem)",
    "(?:nao|n) chamem (?:ninguem|a ambulancia|o samu|socorro)(?! (?:pra|para|de)(?![a-z]))",
    # Believing others would be better off: "melhor sem mim", "se eu não existisse".
    "(?:melhor|melhores|mais felizes?|felizes?) sem (?:um|uma) [a-z]+ como eu",
    "(?:nem|ninguem) (?:(?:vai|vao|ia|iam|iria|iriam) )?(?:notar|perceber|sentir (?:a )?"
    "(?:minha )?falta|ligar|liga|ligaria|ligariam|se importa|se importaria|se importar|notaria|"
    "perceberia|choraria) (?:quando|se) eu (?:morr[a-z]*|sum[a-z]*|(?:nao|n) estiver|partir|"
    "for embora|desaparec[a-z]*|me matar|me for)",
    "(?:fic[a-z]*|estar|estaria|estariam|estao|ser|seria|seriam|sao|e|viv[a-z]*|ia|iam|vai|"
    "vao|ta|tao|tudo|vida|todos|mundo) (?:(?:muito|bem|tao|ate|mais|e) )?"
    "(?:melhor|melhores|mais felizes?|mais (?:facil|faceis)|mais leves?|bem|aliviad[oa]s?|em paz|"
    "numa boa|livres?) sem mim(?! (?:por|durante|ate|essa|esse|nesse|nessa|no|na|amanha|hoje|"
    "la)(?![a-z]))",
    "sem mim (?:e|seria|vai ser|ia ser|fica|ficaria|tudo fica|tudo) (?:melhor|mais facil)",
    f"sem mim acaba{_END}",
    "sem mim (?:[a-z]+ ){0,4}?(?:ia|iam|vai|vao|seria|seriam|ficaria|ficariam|iria|iriam) "
    "(?:ficar |ser |estar )?(?:muito |bem |tao |mais )?(?:melhor|melhores|felizes?)",
    "se eu (?:simplesmente |so )?(?:nao |n )?(?:morresse|sumisse|desaparecesse|(?:nao|"
    "n) existisse|"
    "(?:nao|n) tivesse nascido|me matasse|partisse|deixasse de existir|fosse embora de vez|"
    "(?:nao|n) estivesse (?:mais )?(?:aqui|viv[oa]))",
    "se eu morrer(?: #)? (?:[a-z]+ ){0,4}?(?:melhor|tanto faz|tudo bem|otimo|alivio|para de|"
    "parava de|param de|ninguem)",
    "e morresse (?:[a-z]+ ){0,2}?(?:ia ser|seria) (?:um |uma )?(?:alivio|bom|melhor|beleza)",
    "e eu morrer(?: #)? (?:[a-z]+ ){0,2}?melhor",
    "quando eu (?:partir|me for|for embora de vez|(?:nao|n) estiver|(?:nao|n) existir mais|"
    f"tiver partido)(?:{_END}| de vez| desse mundo| dessa vida)",
    "quando eu (?:nao|n) estiver (?:mais )?(?:aqui|viv[oa]|entre voces)",
    f"depois que eu (?:for|me for|partir|morrer|(?:nao|n) estiver (?:mais )?aqui){_END}",
    "(?:(?:ja|eu) )?(?:nao|n) (?:vou|irei) (?:mais estar(?: mais)?|estar mais) "
    "(?:aqui|viv[oa]|entre voces|por aqui|nesse mundo|neste mundo)"
    "(?! (?:no|na|em|pra|para|durante|nesse|nessa|nas|nos)(?![a-z]))",
    "minha morte (?:ia|iria|vai|seria|resolveria|facilitaria) (?:resolver|ajudar|facilitar|"
    "aliviar|ser um alivio|ser melhor|melhorar)",
    "(?:todo mundo|todos|eles|elas|minha familia|meus pais|meus filhos) (?:[a-z]+ )?"
    "(?:ia|iam|vai|vao|iria|iriam|seria|seriam|ficaria|ficariam) (?:ficar |ser |estar )?"
    "(?:muito |bem |tao )?(?:melhor|melhores|mais felizes?) (?:sem (?:mim|ele|ela)|"
    "se eu)(?! (?:no|na|nos|nas|nesse|nessa|por|durante|hoje|amanha) (?!mundo|vida|casa)[a-z]+)",
    "(?:melhor|facil|bom|alivio|mais simples) (?:[a-z]+ ){0,3}?(?:(?:nao|n) estar viv[oa]|"
    "(?:nao|n) existir|estar mort[oa]|parasse de respirar|parar de respirar|"
    "(?:nao|n) ter nascido|(?:nao|n) acordar(?: mais| amanha| nunca mais)?"
    "(?! (?:cedo|tao|tarde|a tempo|atrasad[oa]|antes|com)(?![a-z])))",
    "descansar de mim",
    "(?:ficar|ficariam|ficarem|vao ficar|iam ficar|ficam) livres? de mim",
    "(?:sou|eu sou|me sinto|me sentindo|sinto que sou) (?:so |apenas |soh )?(?:mais )?"
    "(?:um|uma) (?:peso|fardo|estorvo|atraso|encosto|"
    "desperdicio de (?:oxigenio|espaco|ar|vida))(?! morto(?! (?:pra|para|na vida)(?![a-z])))"
    "(?!(?: [a-z]+){0,4} as vezes)"
    "(?! (?:no|na|pro|pra|para o|para a|do|da) (?:trabalho|equipe|time|grupo|firma|empresa|"
    "escritorio|turma|faculdade|projeto|aula|escola|reuniao))",
    "(?:so|soh|apenas) (?:atrapalho|estorvo|incomodo|dou (?:trabalho|despesa|prejuizo|"
    "desgosto)|causo (?:sofrimento|problemas?|dor|vergonha)|trago (?:vergonha|problemas?|"
    "sofrimento|desgosto))",
    "ninguem (?:ia|vai|iria|nem vai|nem ia) (?:sentir (?:a )?minha falta|chorar por mim|"
    "lembrar de mim|sentir falta de mim)",
    # Saying goodbye for good.
    "(?<![^#] )(?:(?:e|entao|enfim|bom|boa noite e|obrigad[oa] por tudo e) )?adeus"
    "(?: (?:a todos|pra sempre|para sempre|galera|gente|pessoal|mundo|meus amigos|"
    f"familia|pai|mae|filho|filha|amor))?{_END}",
    "adeus (?:mundo|a todos|pra sempre|para sempre|mundo cruel|vida)",
    "(?:boa noite|tchau|adeus|ate logo|fui)(?: #)?(?: e)?(?: dessa vez)?(?: e)? (?:pra|"
    "para) sempre",
    "tchau (?:mundo|a todos|vida)",
    "ate nunca mais",
    "nos vemos (?:em outra vida|do outro lado|no ceu|na proxima vida|numa proxima vida)",
    "ate (?:outra|a proxima|uma proxima|numa proxima) vida",
    "(?:essa|esta) (?:e|vai ser|sera) (?:a )?minha (?:ultima mensagem|despedida)",
    "(?:e|essa e|esta e) (?:a )?minha ultima mensagem",
    "ultima mensagem antes de",
    "ultima vez que (?:voces|vcs|alguem) (?:vao |vai )?(?:ouvir falar de mim|"
    f"ter noticias minhas|me (?:ver|ouvir|ler)){_END}",
    "(?:essa|esta) (?:e|vai ser|sera) a ultima vez que (?:eu )?(?:te )?(?:escrevo|falo|mando|"
    "apareco|converso|faco check ?in|entro|uso|a gente (?:conversa|fala|se fala))",
    "(?:hoje|amanha|esse|este) (?:e|vai ser|sera) (?:o )?meu ultimo dia" + _END,
    "(?:carta|cartas|bilhete|bilhetes|video|mensagem|mensagens|audio|recado) "
    "(?:de despedida|se despedindo)(?! (?:pra|para|pro|da|do|na|no|aos|as) (?:a |o |minha |meu "
    "|meus |minhas )?(?:equipe|empresa|turma|trabalho|time|escola|faculdade|firma|colegas))",
    "me despedindo (?:de todo mundo|de todos|de voces|de tudo|em silencio)"
    f"(?:{_END}| hoje| hj| agora)",
    "quando (?:voces )?(?:lerem|verem|virem) (?:isso|essa mensagem|esta mensagem)",
    "(?:(?:nao|n) (?:vou|vai) )?(?:responder|aparecer|falar com voces|escrever aqui|me ver) "
    "(?:nunca mais|mais nunca)",
    "me perdoem por tudo",
    "(?:agradecer|obrigad[oa]) por tudo antes de (?:eu )?(?:ir|partir)",
    f"espero que (?:voces |vcs )?me perdoem(?: um dia)?{_END}",
    "(?:e|sera|vai ser) (?:o )?meu ultimo (?:check ?in|registro)(?! (?:antes|d[aoe]|dess[ae]|"
    "nest[ae]|por|ate)(?![a-z]))",
    "(?:pro|pra|para o|no|do|o) meu (?:proprio )?(?:velorio|enterro|funeral)",
    # Putting things in order before going.
    "(?:nao|n) vou (?:mais )?precisar (?:mais )?de nada",
    "(?:dei|doei|dando|doando|distribui|distribuindo|deu|doou) (?:todas )?(?:as )?"
    "(?:minhas|suas) coisas",
    "(?:dei|doei|dando|doando|deu|doou) todas as coisas",
    # Ready means and plans.
    "(?:andar|predio|ponte|altura|queda|lugar) (?:e |seria |for |bem )?alt[oa] o suficiente",
    "(?:achei|procurando|procurei|escolhi) um lugar (?:bem )?alto"
    "(?! (?:pra|para) (?:ver|assistir|tirar|olhar|fotografar)(?![a-z]))",
    "(?:comprei|amarrei|preparei|pendurei|testei|escondi) (?:a|uma) corda" + _END,
    "(?:a|minha) corda (?:ta|esta|já ta) (?:pronta|amarrada|escondida|no meu|no armario)",
    "com (?:a|uma) corda (?:pronta|amarrada)",
    "garagem (?:fechada )?com o motor ligado",
    "motor ligado (?:na|dentro da) garagem",
    f"(?:ja )?sei (?:exatamente )?(?:como|onde|quando) (?:eu )?vou fazer(?: isso)?(?:{_END}|"
    " e(?= ))",
    "(?:tomar|tomei|beber|bebi|engolir|engoli) (?:o |um |uma |de )?(?:veneno|chumbinho|"
    "soda caustica)",
    # An attempt before, and the same now.
    "tentativa(?! de (?!suicidio)) (?:[a-z]+ ){0,8}?(?:tentar de novo|tentar outra vez|"
    "planejando outra|vou tentar|quero tentar|voltou|voltaram|to pior|mesmo vazio)",
    "(?:ideacao|vontade de morrer|vontade de me matar) (?:voltou|voltaram|voltando)",
    "tentei (?:me matar|me jogar|me enforcar|overdose)",
    # Slang that exists to say it without saying it.
    f"(?:{_WISH}|vou|vo) {_FILL}(?:um )?kms",
)

# --- Suicide said without its words -------------------------------------------------------
# Plans, affairs put in order, goodbyes, hopes to die, burden and attempts before: the
# person never names it, the phrase is still rare in ordinary talk.

_DAY = (
    "(?:hoje|hj|amanha|essa noite|esta noite|hoje a noite|hj a noite|segunda|terca|quarta|"
    "quinta|sexta|sabado|domingo|(?:no |na |nesse |nessa )?(?:fim de semana|feriado))"
)
# Where people go to end it, and the water they walk into.
_EDGE = (
    "(?:ponte|viaduto|predio|telhado|terraco|parapeito|penhasco|precipicio|mirante|passarela|"
    "linha do trem|trilhos?|laje|janela|sacada|varanda|torre|edificio|ultimo andar)"
)
_WATER = "(?:mar|rio|lago|lagoa|represa|cachoeira|oceano|agua)"
_GUN = "(?:arma|espingarda|pistola|revolver|garrucha|cartucheira)"
# The people at home who would stop it, away or asleep.
_HOUSEHOLD = (
    "(?:todo mundo|todos|geral|minha familia|a familia|meus pais|minha mae|meu pai|ele|ela|"
    "eles|elas|meu marido|minha mulher|minha esposa|meu namorado|minha namorada|as criancas|"
    "meus filhos|meu irmao|minha irma|meus irmaos|a casa|minha colega|meu colega)"
)

_UNSAID = (
    # Hoping to die, waiting for it, finding it restful.
    "(?:preferia|prefiro|preferiria) (?:(?:nao|n) (?:existir|ter nascido|acordar(?= #|$| mais)|"
    "estar aqui(?= #|$)|estar viv[oa])|estar no lugar d[aoe] (?:[a-z]+ ){1,3}?(?:# )?(?:ela|"
    "ele) (?:ja )?"
    "(?:descansou|morreu|faleceu|partiu|se foi))",
    "(?:queria|quero) estar no lugar d[aoe] (?:[a-z]+ ){1,3}?(?:# )?(?:ela|ele) (?:ja )?"
    "(?:descansou|morreu|faleceu|partiu|se foi)",
    "(?:quem dera|tomara que|tomara|espero que) (?:eu )?(?:morra|morresse)",
    "(?:quem dera|tomara que|tomara) (?:eu )?(?:simplesmente )?(?:nao|n) (?:acordasse|acorde|"
    "acordar|existisse|tivesse nascido|veja o (?:proximo|amanha))",
    "(?:queria|quero|desejo) que (?:fosse|tivesse sido|tivesse sido) eu(?= #|$| no lugar)",
    "(?:podia|poderia) ser eu(?: #)? e (?:eu )?queria",
    "(?:que|se) (?:o |meu )?coracao (?:pare|parasse)(?! de (?:doer|bater tao|acelerar))",
    "(?:torc[a-z]*|rez[a-z]*|espero|tomara) (?:pra|para|que) (?:esse|essa|este|esta|o|a|um|uma) "
    "(?:cancer|doenca|virus|infarto|tumor) (?:[a-z]+ )?me (?:pegar|pegue|levar|leve|levasse|"
    "matar|mate|matasse)",
    "(?:pegar|ter|peguei) (?:uma |alguma )?doenca (?:[a-z]+ )?e morrer",
    "(?:deus|jesus|senhor) # me (?:leve|levasse|leva)(?! (?:pra|para|a|ao|em|de|no|na)(?![a-z]))",
    "(?:a )?morte (?:parece|seria|e|eh|virou) (?:um |uma |o |a )?(?:descanso|alivio|saida|"
    "solucao|paz|libertacao|presente)(?! (?:pra|para|pro|pros|pras) (?!mim(?![a-z])))",
    "(?:penso|pensar|pensando|pensei) (?:na|em) morte (?:como|me acalma|o dia (?:todo|inteiro)|"
    "toda hora|todo dia|o tempo todo|mais do que)",
    "morrer (?:parece|seria|e) (?:bem |muito )?(?:mais )?(?:facil|melhor|um alivio|um descanso)",
    "(?:pq|por que|porque) (?:eu )?(?:nao|n) morri(?! de)",
    "(?:perdi|perdendo|perder|sem) (?:a |minha )?vontade de viver",
    "vontade de viver (?:foi embora|acabou|sumiu|se foi)",
    "(?:to|tou|estou|fico|vivo|sigo|so|eu)(?: [a-z]+){0,3}? esperando (?:a|pela) morte"
    "(?= #|$| chegar)",
    "(?:pra|para) que (?:continuar|seguir|insistir)(?: vivendo| existindo| viv[oa]| aqui"
    "| tentando)?(?= #|$| se)",
    "(?:sentido|motivo|razao) (?:de|em|pra|para) (?:ficar|continuar|estar|seguir) viv[oa]",
    "(?:nao|n) tenho (?:nenhum )?(?:motivo|razao|razoes|motivos) (?:pra|para) (?:continuar|"
    "seguir|ficar)(?: respirando| aqui| vivendo)?(?= #|$)",
    "sem (?:razao|motivo) (?:nenhum[a]? )?(?:pra|para) (?:ficar|continuar)(?= #|$)",
    "(?:(?:nao|n) tenho )?(?:medo de morrer|medo da morte)(?: #)? (?:eu )?(?:tenho )?medo "
    "(?:e )?de (?:continuar|viver|acordar)",
    "(?:fechar|fecho|fechando) os olhos (?:e (?:(?:nao|n|nunca mais) (?:abrir|acordar)|"
    "acabar|sumir)|pela ultima vez|(?:pra|para) sempre)",
    "(?:apagar|sumir|dormir) e (?:nao|n|nunca mais) (?:voltar|volta|mais voltar)"
    "(?! (?:mais |nunca mais )?(?:pro|pra|para|ao|a|no|na)(?![a-z]))",
    "(?:parar de sentir|deixar de sentir)(?: #)? (?:pra|para) sempre",
    "como seria (?:(?:nao|n) existir|(?:nao|n) estar (?:mais )?aqui|morrer|estar mort[oa])",
    "(?:nao|n) (?:ver|chegar a ver|chegar ao|chegar no) (?:o )?(?:proximo|meu proximo)"
    "(?: (?:aniversario|ano|natal|verao)|(?= #|$))",
    "queria que fosse a ultima(?: vez)?(?= #|$)",
    "merece[m]? (?:se )?livrar(?:-se)? de mim",
    "(?:so )?existo (?:pra|para) (?:ser um problema|atrapalhar|sofrer|dar trabalho|dar despesa)",
    "(?:nao|n) sei se quero (?:estar aqui|continuar aqui|continuar viv[oa]|continuar vivendo|"
    "viver|acordar)(?! (?:nessa|nesse|neste|nesta|na|no|em|com)(?![a-z]))",
    "(?:nao|n) ligo (?:se|de) (?:eu )?(?:viver ou morrer|vivo ou morro|morrer|morro)",
    "(?:nem|nao|n) (?:ligo )?(?:pra|para|com) estar viv[oa]",
    "(?:de saco cheio|farto|farta|cheio|cheia|cansad[oa]) de (?:estar viv[oa]|tentar viver|"
    "continuar viv[oa])",
    "(?:meu lugar|lugar pra mim) (?:nao|n) (?:e|eh|ta|esta) (?:aqui )?(?:nesse|neste) mundo",
    "(?:nao|n) pertenco (?:a )?(?:esse|este) mundo",
    "(?:e |seria |a unica paz (?:que )?(?:eu )?(?:vejo )?(?:e )?)(?:nao|n) estar mais aqui",
    "(?:se|e se) (?:o |a |um |uma )?(?:aviao|predio|onibus|carro|teto|raio|elevador|ponte) "
    "(?:[a-z]+ ){0,2}?(?:cair|caisse|desabar|desabasse|me pegar|me pegasse|me atropelar|"
    "me atropelasse|vier|viesse)(?: [a-z]+){0,4}? (?:# )?(?:eu )?(?:nem |ate |nao |n )?"
    "(?:ligo|ligaria|ia ligar|ia me importar|importaria|agradeco|agradeceria|"
    "(?:seria|ia ser) (?:um )?alivio|tanto faz|ta otimo|veio)",
    "(?:se|e se) (?:[a-z]+ ){0,3}?(?:cair|caisse|desabar|desabasse) comigo dentro",
    "(?:o ladrao|alguem|um assaltante) (?:atirasse|atirar|me matasse|me matar) (?:em mim)?"
    "(?:# )?(?:serio|seria bom|melhor)",
    "(?:atravess[a-z]*) (?:a rua|a avenida|a pista|a estrada) sem olhar(?: [a-z]+){0,3}? "
    "(?:# )?(?:e )?(?:nem ligo|se vier|tanto faz|e seja o que deus quiser)",
    "(?:torc[a-z]*|rez[a-z]*|espero|tomara|queria|quero) (?:pra|para|que) (?:algo|alguma coisa) "
    "(?:[a-z]+ )?(?:acontecer|aconteca|acontecesse) comigo",
    "(?:queria|quero|so queria) (?:so )?(?:ir )?(?:dormir|deitar|apagar) e (?:tudo|o mundo) "
    "(?:parar|parasse|acabar|acabasse)",
    "(?:seria bom|seria um alivio|queria) (?:se|que) tudo (?:parasse|acabasse|parar|acabar)"
    "(?= #|$| de vez| de uma vez| pra sempre)",
    "(?:queria|quero) que acab(?:e|asse) tudo(?: de (?:uma )?vez| pra sempre| para sempre)",
    "(?:to|tou|estou|fico|vivo) (?:so )?(?:existindo|vivendo no automatico)(?: [a-z]+){0,2}? "
    "(?:# )?esperando (?:a morte|acabar|morrer|o fim)",
    "contando os dias (?:pra|para) (?:isso |tudo )?acabar(?: de algum jeito| de vez)",
    # Burden: a weight to lift off the people one loves.
    "(?:poupar|libertar|liberar|livrar) (?:eles|elas|ele|ela|todo mundo|todos|minha familia|"
    "voces|vcs) (?:de mim|de vez|pra sempre|para sempre|(?:desse|deste|do) peso)",
    "(?:vou|vo) (?:poupar|libertar|liberar|livrar) (?:eles|elas|ele|ela|todo mundo|todos|"
    "minha familia|voces|vcs)(?= #|$)",
    "(?:tirar|tiro) (?:esse|este|o) peso (?:deles|delas|dele|dela|de todo mundo|de todos)",
    "(?:sair|saio) da vida (?:deles|delas|de todos|de todo mundo|de voces) (?:de vez|"
    "pra sempre|para sempre)",
    "(?:e|seria|ia ser|fazer) (?:um )?favor (?:pra|para|a) (?:todo mundo|todos|eles|minha "
    "familia)(?: [a-z]+){0,2}? (?:eu )?(?:sumir|morrer|sair|desaparecer|ir embora|partir)",
    "(?:melhor coisa|o melhor) que (?:eu )?(?:posso|poderia) fazer (?:por|pela|pelo|pra) "
    "(?:[a-z]+ ){0,2}?(?:e|eh|seria) (?:desaparecer|sumir|morrer|partir|ir embora|"
    "(?:nao|n) existir)",
    "(?:cansad[oa]s?|cansei) de ser (?:o |a |um |uma )?(?:peso|fardo|problema|preocupacao|"
    "estorvo|encosto)",
    "(?:sou|ser|eu sou) (?:o|a) (?:peso|fardo|problema|preocupacao|estorvo) (?:de todo mundo|"
    "de todos|da familia|da minha familia|dos meus pais|de casa)",
    "(?:esse |este |o )?(?:peso|fardo) que (?:eu )?sou eu",
    "(?:minha|a minha) (?:existencia|presenca) (?:so )?(?:(?:causa|traz) (?:problemas?|dor|"
    "sofrimento|tristeza|preocupacao|despesa)|faz mal|atrapalha|estraga|e um peso|e um fardo)",
    "(?:sou|eu sou) (?:o motivo|a razao|a causa|o culpado|a culpada) d[eoa] (?:todo mundo|"
    "todos|minha familia|eles|elas|voces|geral) (?:sofrer|estar triste|sofrerem|estarem "
    "tristes|estar mal)",
    "(?:sou|eu sou) (?:so |apenas )?(?:uma|mais uma|mais um|um) (?:despesa|boleto|gasto|"
    "prejuizo)(?! (?:pra|para) (?:empresa|firma)(?![a-z]))",
    "(?:valho|valeria|seria) mais (?:util )?mort[oa](?: do)? que viv[oa]",
    "mort[oa] (?:eu )?(?:daria|dou|ia dar|vou dar) menos (?:trabalho|despesa|gasto|prejuizo)",
    "seguro (?:de vida )?(?:ia |iria |vai )?(?:ajudar|ajudaria) mais (?:[a-z]+ ){0,3}?"
    "(?:que|do que) eu",
    "egoismo (?:meu )?(?:continuar|ficar|seguir) (?:viv[oa]|aqui)",
    "(?:ia|iam|seria|seriam|vai|vao|ficaria|ficariam) (?:ser |ficar )?(?:mais |muito )?"
    "(?:feliz|felizes|melhor|melhores|livres?) sem (?:ter que|precisar|precisarem|terem que) "
    "(?:cuidar de mim|me aguentar|me sustentar|lidar comigo|me carregar)",
    "(?:ninguem|nao|n) (?:ia|vai|iria) sentir (?:a minha |minha )?falta(?: [a-z]+){0,3}?"
    " (?:# )?(?:iam|vao|talvez) (?:sentir alivio|agradecer|ate agradecam|agradecam|ate agradecer)",
    "(?:so|soh) sirvo (?:pra|para) (?:dar )?(?:prejuizo|trabalho|despesa|atrapalhar|"
    "estragar|sofrer)",
    "merece[m]? (?:um|uma) [a-z]+ melhor(?: #)? ou nenhum[a]?",
    "(?:sou|eu sou) (?:um|uma) peso morto (?:nessa|nesta|em|na|pra) (?:casa|familia|minha)",
    "(?:melhor|melhores|bem|felizes?) (?:[a-z]+ ){0,2}?quando eu (?:nao|n) (?:to|tou|estou|"
    "estiver|existo)(?= #|$)",
    "(?:melhor|melhores|rapido|felizes?|bem|superar|em paz) (?:[a-z]+ ){0,3}?se eu (?:nao|n) "
    "estiver(?= #|$| mais)",
    "se eu (?:sumir|desaparecer|morrer|partir|for embora|me for) (?:de vez|pa?ra sempre)",
    "sem mim (?:[a-z]+ ){0,3}?(?:vao|iam|vai|ia|finalmente) (?:ter paz|respirar|ficar em paz|"
    "viver em paz|ser feliz|ser felizes)",
    "(?:mundo|tudo|vida|familia|todos|todo mundo|ninguem) (?:[a-z]+ )?(?:ficaria|seria|"
    "ia ser|vai ser|seguiria|continuaria) (?:igual|o mesmo|normal) sem mim",
    "(?:fiquem|fica|sejam|seja|vivam|vive) (?:bem|felizes?|em paz) sem mim",
    "(?:era|e|seria) melhor eu (?:nem|nao|n) estar (?:mais )?aqui"
    "(?! (?:nessa|nesse|neste|nesta|na|no|em|com|hoje)(?![a-z]))",
    "(?:melhor|mais facil|alivio) (?:[a-z]+ ){0,3}?(?:nem|nao|n) (?:estar (?:mais )?aqui"
    "(?! (?:nessa|nesse|neste|nesta|na|no|em|com|hoje)(?![a-z]))|existir|ter nascido)",
    "eu (?:nao|n) (?:devia|deveria) (?:existir|ter nascido)",
    "(?:(?:seria|era|e) )?melhor eu (?:desaparecer|morrer|me ir)(?= #|$| de vez)",
    "melhor eu sumir de vez",
    # Straight out, in other words.
    "(?:unico jeito|unica saida|unica solucao|unica opcao|unica forma|unico caminho) "
    "(?:e|eh|seria|vai ser|que eu vejo e) (?:me matar|morrer|me suicidar|acabar com tudo|"
    "sumir de vez)",
    "(?<![a-z0-9] )(?:hoje|hj|amanha|essa noite) eu me mato(?= #|$)",
    "desligar (?:o servidor|os aparelhos|a tomada|o sistema) d[ae] (?:minha )?vida",
    # A plan: the day chosen, the means at hand, the place, the people who must be away.
    "(?:ja )?(?:decidi|escolhi|defini|marquei)(?: #| que| q)? vai ser (?:no|na|em|dia|hoje|hj|"
    "amanha|depois|antes|quando|essa|esta|sabado|domingo|segunda|terca|quarta|quinta|sexta)",
    "(?:ta|ja ta|esta) decidido(?: #)? (?:vai ser |e )?(?:no|na|dia|hoje|hj|amanha|depois|"
    "sabado|domingo|segunda|terca|quarta|quinta|sexta)",
    "(?:ja )?(?:escolhi|decidi|defini) (?:o jeito|o metodo|a forma)(?= #|$| e | ja)",
    "(?:ja )?tenho dia hora e lugar",
    "(?:o|meu) plano (?:ta|esta|ja ta|ja esta) (?:feito|pronto|tracado|decidido)"
    "(?: #| e)? (?:[a-z]+ ){0,3}?(?:so falta coragem|falta coragem|ninguem)",
    "(?:jeito|forma|maneira|metodo|modo) (?:mais )?(?:menos doloros[oa]|indolor)"
    "(?= #|$| de (?:morrer|ir|acabar))",
    "(?:jeito|forma|maneira|metodo|modo) (?:mais )?(?:rapid[oa]|garantid[oa]|certeir[oa]|"
    "facil) de (?:morrer|acabar com tudo)",
    "(?:sem|nao ter|nenhuma) chances? de (?:sobreviver|me salvarem|me acharem)",
    "(?:nao|n) (?:vao|vai) me (?:achar|encontrar|salvar)(?= #|$| a tempo| dessa vez)",
    "(?:pra|para|onde|que) ninguem me (?:ache|acha|achar|encontre|encontrar)",
    "ninguem (?:vai|vao) me (?:achar|encontrar|salvar) (?:dessa|desta) vez",
    "(?:quando|antes de|antes que) me (?:acharem|encontrarem|achem|encontrem|achar|encontrar)",
    "ninguem (?:vai|vao) me (?:achar|encontrar)(?= #|$| la| aqui| dessa)",
    "(?:pra|para) quando (?:me acharem|me encontrarem|(?:for|chegar) a hora(?= #|$))",
    # Means held, bought, hidden.
    "(?:comprei|comprou|compramos|amarrei|amarrou|preparei|pendurei|testei|escondi|escondeu|"
    "levou|to com|ta com) (?:a|uma) corda(?! (?:de|do|da|pro|pros)(?![a-z])| (?:pra|para) "
    "(?!mim|hoje|amanha)| toda(?![a-z]))",
    "com (?:a|uma) corda(?= #|$| (?:pronta|amarrada|na mao)(?![a-z]))",
    "(?:a|minha) corda (?:ja )?(?:ta|esta|fica) (?:no|na|em|pronta|amarrada|escondida|guardada|"
    "embaixo|dentro)",
    "(?:amarrei|amarrou) (?:no|na|o|a) (?:gancho|lustre|ventilador|viga|cano|teto)",
    "testei o no(?= #|$)",
    "(?:cinto|corda|fio|lencol) amarrad[oa] (?:no|em volta do) pescoco",
    "cinto no pescoco",
    f"(?:pegou|levou|escondi|escondeu|to com|ta com|esta com|estou com) (?:a|uma|o|um) {_GUN}"
    f"(?! (?:de brinquedo|de agua|de airsoft|de paintball|nova|novo|lendaria|no jogo)(?![a-z]))",
    f"(?:peguei|achei|roubei) (?:a|o) {_GUN}(?= #|$| d[oa] (?:meu|minha))",
    f"(?:a|uma|o|um) {_GUN} d[oa] (?:meu|minha) (?:pai|avo|vo|marido|tio|irmao|padrasto|sogro|"
    f"mae|namorado|esposo|primo)",
    f"(?:sei|sabe) onde (?:[a-z]+ ){{1,3}}?guarda(?:m)? (?:a|o) {_GUN}",
    "(?:to|tou|estou|ta|esta|fiquei) (?:com|segurando) (?:a|uma|o) (?:faca|lamina|gilete|"
    "estilete|caco de vidro)(?:(?= #|$)|(?: [a-z]+){0,3}? (?:na mao|aqui|do (?:meu )?lado|comigo|"
    "no pescoco|"
    "no pulso|agora|na minha frente)(?!(?: [a-z]+){0,3} (?:cortando|descascando|picando|"
    "cozinhando|abrindo|fazendo|preparando|limpando|tirando)(?![a-z])))",
    "faca (?:[a-z]+ ){0,2}?(?:no|contra o) (?:pescoco|pulso)",
    "(?:lamina|estilete) (?:[a-z]+ ){0,2}?(?:no|contra o) pulso",
    "(?:veneno|chumbinho|carvao|gasolina|corda|soda) (?:[a-z]+ ){0,4}?(?:e |mas )?(?:nao|n) "
    "(?:e|eh|era|é) (?:pra|pro|para) (?:o |a )?(?:churrasco|rato|ratos|carro|barata|baratas|"
    "cozinhar|varal|jardim)",
    "(?:veneno|chumbinho) (?:de rato )?(?:e |mas )?(?:nao|n) tenho (?:rato|ratos)",
    "(?:comprei|comprou|tenho|guardei|peguei) (?:o |um |uma )?(?:veneno|chumbinho)"
    "(?! (?:de|pra|para|pro|pras|pros|em casa|no|na)(?![a-z]))",
    "(?:falei|disse|menti) (?:que|q) (?:e|era) (?:pra|pro|para) (?:o |a )?(?:rato|ratos|barata|"
    "baratas|carro|churrasco|jardim)",
    "(?:encontrei|achei|guardei) o veneno(?! d[eo] (?:rato|barata|formiga|cupim))",
    "(?<!cachorro )(?<!cachorra )(?<!gato )(?<!gata )(?:tomou|bebeu|engoliu|ingeriu) (?:o |um "
    "|uma |de )?(?:veneno|chumbinho|soda caustica)",
    "(?:motor|carro) ligado (?:e|com) (?:a )?garagem fechada",
    "(?:ligar|liguei|ligou|deixar|deixei) o carro (?:ligado na garagem|na garagem fechada)",
    "garagem com a porta fechada (?:pra|para) quando",
    # Where: at the edge, on the way there, coming back to it.
    f"(?:to|tou|estou|ta|esta|ele ta|ela ta|sentad[oa]|de pe|parad[oa]) (?:sentad[oa] |"
    f"de pe |parad[oa] )?(?:na beira|na beirada|no parapeito|na borda|na ponta|na mureta|"
    f"na grade) d[aoe] (?!janela|sacada|varanda|laje|escada)(?:[a-z]+ )?{_EDGE}",
    "(?:to|tou|estou|ta|esta) (?:sentad[oa] )?no parapeito",
    "(?:to|tou|estou|ta|esta) sentad[oa] (?:na|no|nos) (?:linha do trem|trilho|trilhos|parapeito)",
    "(?:sentad[oa]|de pe) (?:na|no) (?:janela|sacada|beirada) d[oa] (?:[0-9]+[oa]?|ultimo|"
    "[a-z]+imo) andar",
    "(?:to indo|vou|vo|indo|saindo(?: de casa)?(?: agora)?|fui|volto|voltar) (?:pra|para|na|"
    "ate a|ate o|pro) (?:ponte|viaduto|linha do trem|penhasco|trilho)(?! aerea(?![a-z]))"
    "(?: (?:hoje|hj|agora|de novo|amanha|essa noite|sozinh[oa])| [a-z]+ (?:hoje|hj)|(?= #|$))",
    f"{_DAY}(?: a noite| de madrugada| cedo)?(?: eu vou)? (?:na|no|pra|pro|para a|para o) "
    f"(?:ponte|viaduto|"
    f"linha do trem)(?= #|$| (?:ja|ninguem|decidi|perto)(?![a-z]))",
    "(?:mesm[oa]|a) ponte d[ao] (?:primeira|ultima|outra) vez",
    "(?:a )?altura d[ao] (?:ponte|predio|viaduto|janela|andar)(?: #)? (?:[a-z]+ )?(?:da certo|"
    "serve|e suficiente|basta)(?= #|$)",
    "(?:sei|escolhi) o andar (?:certo|exato)",
    "(?:penhasco|mirante|ponte|viaduto|trilho|trilhos)(?: [a-z]+){0,4}? (?:# )?(?:serve|"
    "vi (?:q|que) da)(?= #|$)",
    f"(?:entrar|entro|entrou|ir|vou|vo|pro|pra|no|na|to) (?:[a-z]+ ){{0,4}}?{_WATER}"
    f"(?! de janeiro| grande| preto| branco| claro)(?: [a-z]+){{0,4}}? (?:# )?e (?:nao|n|"
    f"nunca mais) (?:voltar|volto|volta|vai voltar)(?! (?:tao|ate|antes|mais cedo|mais pr|"
    f"pra|para|hoje)(?![a-z]))",
    f"(?:{_WATER}(?: [a-z]+){{0,5}}?|entrar|entro|ir) ate (?:nao|n) dar (?:mais )?pe",
    "pedras no bolso",
    "(?:passagem|bilhete) (?:so|soh) de ida(?: [a-z]+){0,6}? (?:e (?:nao|n) voltar|da ponte|"
    "sem volta)",
    "(?:sem capacete|sem cinto) e (?:acelerar|acelero|acelerei|vou acelerar)",
    # The people who would stop it away, the house empty.
    "(?:esperar|esperando|espero|quando|assim que|depois que) (?:a |"
    f"o )?{_HOUSEHOLD} (?:[a-z]+ ){{0,2}}?"
    f"(?:dormir|dormirem|sair|sairem|viajar|viajarem|ir embora|for embora|forem embora|"
    f"estiver vazia|ficar vazia|for pra escola|irem pra escola|for trabalhar)"
    f"(?: [a-z]+){{0,5}}? (?:# )?(?:e )?(?:ai |entao )?(?:eu )?(?:acabo|termino|resolvo|"
    f"ficar sozinh[oa]|desco|uso|pra fazer|para fazer)"
    f"(?= #|$| com isso| com tudo| tudo| de vez| pra)",
    "(?:casa|apartamento|ape) (?:vai )?(?:estar|ficar|estiver|ficar) vazi[oa] (?:[a-z]+ ){0,3}?"
    "(?:pra|para|e) (?:eu )?(?:fazer|faco|acabar)(?= #|$| com tudo| isso)",
    "(?:vou|vo) fazer (?:no|na|em) (?:dia|banheiro|quarto|lugar|um lugar|garagem|aniversario|"
    "meu aniversario)(?: [a-z]+){0,6}? (?:ninguem|sozinh[a-z]*|vazi[a-z]*|me ache)",
    "(?:pensando em|penso em) fazer no (?:banheiro|quarto|carro)",
    "(?:fechei|tranquei) (?:tudo|a porta) (?:no quarto )?(?:# )?(?:hoje|hj) acaba",
    "(?:hoje|hj|essa noite|amanha|sabado|domingo|sexta) (?:eu )?(?:termino com|encerro|acabo "
    "com) (?:tudo|minha historia)(?= #|$)",
    "(?:encerr(?:o|ar|ei|ando)|termin(?:o|ar|ando)) (?:a |com a )?minha (?:historia|"
    "passagem|jornada|existencia)(?= #|$| aqui| hoje| hj)",
    "(?:nao|n) vou ver o (?:natal|ano novo|proximo ano)(?= #|$| # ja)",
    "(?:quando o ano virar|na virada) (?:eu )?(?:nao|n) viro junto",
    "(?:essa|esta) (?:vai ser|e|sera|foi) (?:a )?minha ultima noite(?= #|$)",
    "(?:esse|este) (?:vai ser|sera|eh?|foi) (?:o )?(?:meu )?ultimo (?:check ?in|registro)(?= #|$)",
    "(?:hoje|hj|essa|esta|e) (?:e |eh |vai ser |sera )?(?:a )?(?:minha )?ultima noite"
    "(?= #|$| aqui(?: #|$)| viv)",
    "(?:o|meu) ultimo (?:bom dia|boa noite)(?= #|$| # ja| ja)",
    # Medicine kept back for it.
    f"{_DRUG} (?:[a-z]+ ){{0,2}}?(?:suficientes?|o bastante|que chega)(?= guardad| escondid|"
    f" na gaveta)",
    f"(?:os|as) {_DRUG} que (?:eu |ela |ele )?(?:juntei|juntou|guardei|guardou|acumulei|"
    f"acumulou|escondi|escondeu|separei|separou)(?: [a-z]+){{0,3}}? (?:ja )?(?:da|dao|bastam|"
    f"chegam|pra hoje)",
    f"(?:guardei|escondi|juntei|tomou|tomei) (?:tod[oa]s )?(?:os|as) {_DRUG}s? "
    f"(?:controlad[oa]s? )?d[aoe] (?:minha |meu )(?:vo|avo|mae|pai|tia|tio|irma|irmao|marido|"
    f"esposa|sogra|sogro)(?! (?:na farmacia|no posto|pra ela|pra ele)(?![a-z]))",
    f"(?:peguei|pegou|engoliu) tod[oa]s (?:os |as )?{_DRUG}",
    f"(?:tomou|tomei) tod[oa]s (?:os |as )?{_DRUG} d[aoe] (?:minha|meu|casa)",
    f"(?:peguei|pegou) (?:os |as )?{_DRUG} controlad[oa]s? d[aoe] (?:minha|meu)",
    f"{_DRUG} (?:guardad[oa]s?|escondid[oa]s?) (?:pra|para) (?:hoje|hj|amanha|"
    f"essa noite|sexta|sabado|domingo)",
    "(?:guardando|juntando|guardei|juntei) um pouquinho de cada (?:receita|caixa|cartela)",
    "(?:farmacias?|bairros?) (?:[a-z]+ ){0,3}?(?:pra|para) (?:nao|n|ninguem) desconfiar(?:em)?",
    "(?:to|tou|estou|ta) com (?:a cartela|as cartelas|o frasco|os frascos|os comprimidos?|"
    "tod[oa]s (?:os |as )?(?:meus |minhas )?(?:remedios|comprimidos|pilulas)|"
    "os remedios?|as pilulas?)(?: [a-z]+){0,2}? (?:na mao|aberto|aqui|do lado|na minha frente)"
    "(?!(?: [a-z]+){0,3} (?:pra|para|vou) tomar)",
    "(?:ja )?(?:tomei|tomou)(?: #)? agora (?:e |eh )?(?:so )?esperar",
    f"(?:tomar|tomo|vou tomar) (?:tudo |os remedios |os comprimidos )?com (?:a )?{_ALCOHOL} "
    f"(?:pra|para) (?:ter certeza|garantir|dar certo)",
    "(?:esperar|esperando) o remedio fazer efeito (?:sozinh|trancad)[a-z]*",
    # Another person at the edge or with the means.
    "(?:comprou|mandou foto d[eao]s?|foto d[aoe]s?) (?:a |uma )?corda(?! (?:de|do|da|pro|pros|pra|"
    "para)(?![a-z])| toda(?![a-z]))",
    "(?:deixou|deixei|escreveu) (?:um |uma |o |a |as |os )?(?:cartas?|bilhetes?)"
    "(?: [a-z]+){0,3}? e (?:sumiu|desapareceu|nao (?:atende|responde))",
    "(?:deixou|deixei|escreveu) (?:as )?cartas (?:prontas|de despedida)",
    "(?:encontrei|achei) (?:o |a |meu |minha )?(?:[a-z]+ ){0,2}?(?:desacordad[oa]|inconsciente|"
    "desmaiad[oa]) (?:com|e) (?:as |os )?(?:cartelas?|caixas?|frascos?|remedios?|comprimidos?)",
    "(?:cartelas|frascos|caixas) vazi[oa]s (?:do|ao) lado",
    "(?:foto|fotos) d(?:os|as) cortes",
    "(?:foto|fotos) d(?:os|as) (?:comprimidos|remedios|pilulas|cartelas)(?: [a-z]+){0,3}? e "
    "(?:escreveu|disse|mandou) (?:desculpa|tchau|adeus)",
    "(?:tomou|tomei|engoliu) tudo e (?:ta|esta|to|tou) (?:dormindo|apagad[a-z]*|"
    "desmaiad[a-z]*|mole)",
    "(?<!alguem )(?<!pessoa )(?<!pessoas )(?<!gente )(?:(?:nao|n) para de )?(?:falando|falou|"
    "fala|falar) em "
    f"(?:pular(?= #|$| d[aoe] {_EDGE})|se jogar|se matar|acabar com tudo|morrer)",
    "(?:sabe|sei) (?:exatamente )?(?:como|onde|quando) (?:ele |ela |eu )?(?:vai|vou) fazer"
    "(?: isso)?(?= #|$| e)",
    "(?:e|eh|sera|vai ser) (?:a )?ultima noite (?:dele|dela)(?= #|$)",
    "(?:disse|falou|dizendo) (?:q|que) (?:hoje|hj|amanha) (?:ele |ela )?(?:acaba|acabava|"
    "vai acabar|ia acabar) com tudo",
    "sumiu e deixou (?:uma |um )?(?:carta|bilhete)",
    f"(?:disse|falou|dizendo) que (?:nao|n) volta(?:ria)? (?:e|#) (?:levou|pegou) (?:a|o) {_GUN}",
    "(?:disse|diz|dizendo|falou|falando|ameacando|ameacou|escreveu|jurou) (?:que )?(?:vai|ia|quer|"
    f"queria) (?:dar (?:um )?fim (?:nisso(?: tudo)?|em tudo|na (?:propria )?vida|a vida)|acabar "
    f"com (?:a (?:propria )?vida|tudo)|tirar a (?:propria )?vida|entrar no {_WATER})",
    f"(?:nao|n) (?:quer|querem) (?:mais )?(?:viver{_LIVING_ON}|estar viv[oa]|continuar viv[oa])",
    "(?:ta|esta) no parapeito",
    "(?:ta|esta) na ponte e (?:nao|n) quer (?:descer|sair|voltar)",
    "(?:com a faca|com uma faca) (?:no|contra o) (?:pescoco|pulso|peito)",
    # Goodbyes: the last check-in, last words, messages for the family.
    "(?<![a-z0-9] )(?:o |meu |e o |foi o |esse e o |este e o )?ultimo (?:check ?in|registro"
    "(?: do diario)?)(?= #|$| vai ser)",
    "(?<![a-z0-9] )(?:minhas )?ultimas palavras(?= #|$)",
    "(?:essa|esta) (?:e|foi|sera|vai ser) (?:a )?(?:minha )?ultima (?:resposta|reflexao|"
    "mensagem|conversa)(?= #|$)",
    "minha ultima mensagem (?:vai ser|e|sera) (?:essa|esta)",
    "meus ultimos minutos (?:to|estou|aqui|de vida|vou)",
    "(?:te vejo|a gente se ve|nos vemos|a gente se encontra|te encontro) (?:em outra vida|"
    "do outro lado(?! d[aoe] )|no ceu|na proxima vida|numa proxima vida|la em cima)",
    "(?<![a-z0-9] )(?:foi um prazer|foi bom|valeu)?(?: #)? ?ate nunca(?= #|$)",
    "(?:obrigad[oa]|valeu|agradeco)(?: [a-z]+){0,7}? (?:# )?(?:mas )?(?:agora )?acabou(?= #|$)",
    "(?:tentar|tentado|tentou|tentaram) me ajudar(?: [a-z]+){0,3}? (?:# )?mas (?:agora )?"
    "(?:acabou|nao da mais|nao deu|cansei)",
    "(?:(?:so|soh) cansei|por tudo|(?:amo|amei) (?:voces|vcs|todos))(?: [a-z]+){0,3}? # "
    "(?:e )?(?:tchau|adeus)(?= #|$)",
    "(?<![a-z0-9] )acabou # (?:e )?(?:tchau|adeus)(?= #|$)",
    "(?:amo|amei) (?:voces|vcs)(?: #)? me (?:perdoem|desculpem)",
    "(?:me (?:perdoem|desculpem)|perdao|desculpa) (?:por tudo )?(?:# )?(?:eu )?(?:amo|amei) "
    "(?:voces|vcs)",
    "(?:fala|diz|diga|avisa|conta|fale) (?:pr[oa]s?|para (?:a |o |os |as )?) ?(?:minha|meu|"
    "minhas|meus) [a-z]+ (?:que )?(?:eu )?(?:sinto muito|(?:nao|n) (?:foi|e) culpa|"
    "a culpa (?:nao|n)|fui feliz|perdoo|sempre amei)",
    "(?:fala|diz|diga) (?:pra|para) (?:ela|ele) que o ultimo pensamento",
    "(?:nao|n) me procurem(?: mais)?(?= #|$)",
    "(?:nao|n) me esperem mais(?= #|$)",
    "lendo isso(?: #)? (?:(?:eu )?ja (?:era|fui|parti)|(?:eu )?(?:nao|n) (?:to|estou) mais)",
    "(?:e|eh) (?:um|o meu|meu) (?:adeus|tchau)(?= #|$| # nao)",
    "(?:essa|esta) (?:conversa|mensagem) (?:e|eh) (?:o )?meu (?:tchau|adeus)",
    "(?:carta|cartas|mensagem|bilhete) de adeus",
    "(?:vou|vo) descansar(?: agora)?(?: #)? (?:pra|para) sempre",
    "dormir (?:pra|para) sempre (?:hoje|hj|essa noite|agora)",
    "(?:nao|n) (?:tem|vai ter|existe) mais eu",
    "(?:nunca )?esque(?:ca|cam|cer) que eu (?:amei|amo|te amei)",
    "(?:nao|n) (?:quero que )?(?:ninguem )?chor(?:e|em) por mim",
    "(?:vou|parto|posso ir|partir|ir|vou partir) em paz(?= #|$| # nao)",
    "(?:agora )?posso (?:ir|partir) (?:em paz|de vez)",
    "posso descansar de vez",
    "(?:meu|o meu) ultimo desejo",
    "ultimo passo que (?:eu )?(?:faco|dou)",
    "me (?:perdoem|desculpem)(?: #)? (?:nao|n) (?:aguentei|consegui)(?= #|$)",
    "(?:deitar|deito|deitei|deitad[oa]) (?:nos|no|na) (?:trilhos?|linha do trem)",
    f"(?:ameacando|ameacou|ameaca|ameacava) (?:pular(?= #|$| d[aoe] {_EDGE})|se jogar|se matar)",
    f"passei (?:a |uma )?(?:gilete|lamina|estilete|faca) n[oa]s? (?:meu |minha )?{_BODY}",
    "janela do [0-9]+[oa]? andar aberta",
    "(?:fiquei|fico|to) de pe na (?:ponte|beira|beirada|mureta|parapeito)",
    "(?:to|tou|estou) (?:juntando|guardando) (?:remedio |os remedios |comprimidos )?de novo",
    "(?:nao|n) vai ter (?:o )?proximo(?= #|$)",
    "(?:nao|n) (?:vou|vai) (?:mais )?(?:responder|estar aqui)(?: # | )nem depois",
    "(?:amanha|depois de amanha) (?:eu )?(?:nao|n) (?:existo|vou existir)",
    "fica bem(?: # ta| ta)?(?: #)? (?:eu )?(?:nao|n) vou ficar",
    "(?:ja )?me despedi d[aeo]s? (?:[a-z]+ ){0,3}?sem (?:ela|ele|eles|elas) (?:saber|perceber|"
    "desconfiar|entender)",
    "(?:ja )?me despedi de (?:quem importa|quem importava|quem eu amo)",
    "(?:ja )?me despedi de (?:todos|todo mundo)(?: #)? (?:so )?falta(?:va)? (?:vc|voce)",
    "(?:(?:nao|n) sabe|nem sabe|nao sabem) que (?:foi|era|e) (?:o|a) ultim[oa]",
    "(?<!queria )(?<!poder )(?<!gostaria de )(?<!pudesse )(?:ouvir a voz|ver|abracar|visitar|"
    "ligar|ligar pra|falar com|vi|abracei|liguei|visitei|fui ver) (?:[a-z]+ ){0,5}?"
    "uma ultima vez(?! antes d)",
    "me despedindo d(?:as|os) minhas (?:coisas|plantas|roupas)",
    "(?:passo|passo pequeno|passo de hoje)(?: [a-z]+){0,2}? # (?:ir embora|me despedir|partir|"
    "sumir|escrever as cartas)(?= #|$)",
    # Affairs put in order for those who stay.
    "(?:pedi|pedimos|perguntei) (?:pra|para|pro|a|ao|se) (?:[a-z]+ ){1,4}?(?:ficar com|fica com|"
    "cuidar d[aoe]s?|guardar) (?:[a-z]+ ){0,4}?(?:pra sempre|para sempre|de vez)",
    "(?:nao|n) vou (?:mais )?estar aqui (?:pra|para) (?:regar|cuidar|ver|alimentar|pagar)",
    "(?:pra|para) quando eu (?:nao|n) estiver mais(?= #|$)",
    "(?:pra|para) ninguem ter (?:trabalho|que|dor de cabeca)(?: [a-z]+){0,3}? quando (?:eu|me)",
    "(?:pra|para) (?:nao|n) (?:deixar|sobrar) (?:conta|divida|nada|bagunca|rastro|pendencia)s? "
    "(?:pra|para) (?:ninguem|minha familia|eles|ela|ele)",
    "(?:nao|n) quero deixar (?:rastro|nada pendente|pendencias|divida|dividas)"
    "(?= #|$| pra| nenhum| de)",
    "ninguem vai herdar",
    "(?:escrevi|deixei|terminei|fiz|gravei) (?:[a-z]+ ){0,2}?(?:cartas?|bilhetes?|recados?|"
    "videos?|audios?) (?:pra|para|pro) cada (?:um|uma|filho|filha|amigo|amiga|irmao|irma|neto)",
    "escrevi (?:pra|para) cada (?:um|uma|amiga|amigo) (?:[a-z]+ ){0,3}?(?:uma despedida|"
    "um recado|uma carta)",
    "(?:as |minhas |os |meus )?(?:cartas|bilhetes) (?:estao|tao|ta|ja estao|ja tao) pront[oa]s",
    "(?:escrevendo|escrevi|terminei|terminando) (?:as )?ultimas cartas",
    "(?:carta|cartas|bilhete|bilhetes) (?:[a-z]+ ){0,4}?(?:no travesseiro|dentro do envelope "
    "com o nome|com o nome de cada)",
    "(?:vida|coisas|tudo) em ordem (?:pra|para) (?:poder )?(?:ir|partir|ir embora)"
    "(?= #|$| de vez| em paz)",
    "(?:resolvi|acertei|terminei) (?:todas )?(?:as )?(?:minhas )?pendencias(?: #)? (?:agora )?"
    "(?:so falta uma coisa|posso ir)",
    "(?:to )?(?:dando|doando|doei|dei) tudo que (?:e|eh) meu",
    "(?:falei|disse) que (?:era|e) (?:presente|temporario|por precaucao|viagem|so pra garantir)"
    "(?: # | mas )(?:nao e|e despedida|nao vou)",
    "roupa (?:que|com que) (?:eu )?(?:quero|vou) ser enterrad[oa]",
    "como (?:eu )?quero que seja (?:a |o |minha |meu )?(?:despedida|velorio|enterro|cerimonia)"
    "(?= #|$)",
    "(?:o que|a musica que) (?:eu )?(?:quero que|vai) toque(?:m)?(?= #|$| quando eu for| no meu)",
    "(?:musica|musicas) que vai tocar quando eu (?:for|partir|morrer)",
    "cemiterio onde (?:eu )?quero (?:ficar|ser enterrad[oa])",
    "(?:assistirem|ouvirem|lerem|verem) quando (?:crescerem|forem grandes|eu (?:nao|n) estiver)",
    # An attempt before, and the same now.
    "me (?:salvaram|acharam|seguraram|socorreram|encontraram) (?:da|na) (?:ultima|outra|"
    "primeira) vez",
    "(?:na|da) (?:ultima|outra|primeira) vez (?:eu )?me (?:salvaram|acharam|seguraram|"
    "socorreram|encontraram)",
    "(?:nao|n) queria ter sobrevivido",
    "(?:nao|n) sei se quero sobreviver",
    "(?:tudo igual|igual|mesma coisa|o mesmo|mesmo vazio|como me senti) (?:[a-z]+ ){0,4}?"
    "(?:que|quando|"
    "antes de) (?:eu )?tent(?:ei|ar)(?= #|$| e | da | na | aquela)",
    "antes de tentar (?:da|na) (?:outra|ultima|primeira) vez",
    "antes de tentar(?: #)? (?:e )?(?:e |eh )?assim que (?:eu )?(?:to|estou|tou)",
    "(?:vez|dia) (?:que|em que) (?:eu )?fiquei assim(?: #)? (?:eu )?tentei",
    "tentei(?: [a-z0-9]+){1,3} e (?:hoje|hj|agora) (?:to|tou|estou) (?:sentindo )?(?:tudo )?igual",
    "(?:devia|deveria) ter conseguido(?: naquela vez| da outra vez| da ultima vez| aquele dia)",
    "(?:alta|hospital|clinica|internacao|uti|psiquiatrico|lavagem)(?: [a-z0-9]+){0,6}? (?:# )?"
    "(?:e )?(?:ainda quero(?= #|$)|ja to pensando em tentar|(?:to )?pensando em tentar de novo|"
    "(?:a primeira coisa que )?pensei (?:foi )?em tentar|os pensamentos vieram junto|"
    "o pensamento voltou|hoje comprei mais|hj comprei mais)",
    "(?:mesm[ao]s?) (?:ideias|pensamentos|vontade) (?:de|d) antes",
    "(?:to|tou|estou) planejando de novo(?= #|$)",
    "(?:comecei|voltei) a (?:guardar|juntar) (?:os remedios |remedio |comprimidos )?de novo",
    "(?:ja )?tentei (?:uma vez|duas vezes|tres vezes|antes)(?: #)? (?:e )?(?:to|tou|estou) "
    "pensando (?:em tentar )?de novo(?= #|$)",
    "(?:vontade|desejo) de tentar de novo (?:ta|esta) (?:enorme|forte|grande)",
)

_SELF_HARM = (
    # Cutting, said of oneself; kitchen and paper cuts are blanked first as figures.
    "me cort(?:ei|o|ar|ando|ava|asse|aria|arei|ado)(?! (?:o|el|a|la|os|as) (?:cabelo|pelo|"
    "cabello|unhas?|unas|barba|franja|flequillo)(?![a-z]))",
    "se cort(?:ando|ar)",
    f"(?:cortei|cortar|corto|cortando|cortou|cortava) (?:o |a |os |as |meu |minha |meus |minhas "
    f"|no |na |nos |nas )?{_BODY}",
    "(?:cortei|cortar|corto|cortando) (?:mais )?fundo",
    "cortei (?:de novo|dnv|hoje|hj|ontem|outra vez|mais uma vez)(?! (?:o|a|os|as|meu|minha|"
    "meus|minhas|um|uma|cabelo|unhas?|franja|barba|grama|papel)(?![a-z]))",
    f"cortes? (?:no|nos|na|nas|do|dos|da|das) {_BODY}",
    "(?:meus|os|esses|uns|novos) cortes (?:de (?:ontem|hoje|antes) )?(?:estao|tao|ta|infecc[a-z]*|"
    "sangr[a-z]*|abri[a-z]*|"
    "ardendo|doendo)",
    # Blades held, bought, longed for.
    f"(?:comprei|peguei|segurando|segurei|olhando pra|olhando para|olhei pra|sentir|pegar|"
    f"comprar|tirei|tirar|escondi|escondo|guardo|usei|usar|com) (?:a |uma |minha |na |as |"
    f"umas |minhas )?(?:nova |novas )?{_BLADE}"
    "(?! de barbear| do barbeador| de barbeador| de microscopio)",
    f"{_BLADE} do apontador",
    # Hurting oneself: wanted, planned, or done on purpose.
    f"{_SH_INTENT} {_FILL}me (?:machucar|ferir|mutilar|automutilar|queimar|cortar)",
    "me machu(?:co|car|quei) (?:quando|sempre|toda vez|de novo|dnv|outra vez|mais uma vez|feio|"
    "de proposito)",
    "(?:me|se) (?:batendo|socando|esmurrando|mutil[a-z]*|automutil[a-z]*|flagel[a-z]*|ferindo|"
    "ferir|feri|firo)",
    "me dei (?:[a-z]+ ){0,2}?(?:socos|tapas|murros)",
    "(?:ta|esta|to|anda|vive|fica) se (?:cortando|queimando|machucando|batendo|ferindo)",
    f"(?:me|se) {_HURT}[a-z]* (?:[a-z]+ ){{0,6}}?(?:# )?{_ON_PURPOSE}",
    f"{_HURT}[a-z]* (?:o |a |os |as |meu |minha |meus |minhas |na |no )?(?:{_BODY}|maos?|"
    f"dedos?|cabeca|cabelos?|unhas?|parede|porta|espelho|joelhos?|rosto|cara|costas|"
    f"tornozelos?) (?:[a-z]+ ){{0,5}}?{_ON_PURPOSE}",
    "(?:me |se )?queim(?:ar|ei|o|ando|ou|a) (?:[a-z]+ ){0,3}?com (?:o |um |uma |a )?"
    "(?:isqueiro|cigarro|fosforo)",
    "(?:dando|dei|bati|batendo|bater|bato) (?:com )?a cabeca (?:na parede|no volante|no chao)"
    " (?:varias|muitas|mil) vezes",
    "(?:mereco|preciso|quero|queria|vontade de|necessidade de) (?:de )?sentir (?:dor|a dor)",
    "sentir dor (?:fisica )?(?:pra|para) aliviar",
    # "sh", as it is said in recovery spaces, when it is happening.
    "sh (?:de novo|dnv|hoje|hj|ontem)",
    "(?:recaida|recai|relapsei|relapse|urge|urges|vontade|voltei|voltar) (?:d[eoa] |no |na |"
    "ao |a |pro |pra |com )?(?:fazer )?(?:sh|automutilacao|autolesao)",
    # Self-harm told as a bare act, with the tools, the hiding and the marks it leaves.
    "(?:a|uma|da|na|minha) (?:gilete|lamina|estilete)s? (?:de novo|dnv|outra vez)",
    "(?:voltei|volto|voltando|voltar) (?:pra|para|a|na|pro) (?:gilete|lamina|estilete|sh|"
    "automutilacao|autolesao)",
    "(?:desmontei|desmontar|desmonto|desmontando) (?:o |um )?(?:apontador|barbeador|"
    "aparelho de barbear)",
    "apontador desmontado",
    "(?:usei|uso|peguei) (?:o |a |um |uma )?(?:caco|compasso|estilete|prego|grampo|agulha|"
    "apontador)(?: [a-z]+){0,3}? (?:# )?(?:pra|para) (?:me )?(?:cortar|machucar|ferir|riscar)",
    "(?:quebrei|quebrou) (?:o espelho|um copo|o copo|a janela) e (?:usei|peguei) (?:o |um )?caco",
    f"(?:fiz|faco|fazendo) (?:mais )?(?:uns |umas |um |uma |[a-z0-9]+ )?(?:riscos?|marcas?|"
    f"queimaduras?|x) n[oa]s? (?:meu |minha |meus |minhas )?(?:{_BODY}|tornozelos?)",
    f"(?:{_BODY}|tornozelos?)s? (?:ta |esta )?(?:tod[oa] )?riscad[oa]s?",
    "(?:esconder|escondo|escondendo|escondi|esconde|ver|viu|viram|vissem|mostrou|mostrei|"
    "mostrando|foto d?os|marcas d?os|cicatrizes d?os|coceira d?os) (?:os |meus |seus |esses |"
    "uns )?cortes(?! d[eo] (?:cabelo|carne|gastos|orcamento|verba|filme|video|edicao|energia|"
    "luz|agua)(?![a-z]))",
    "cortes (?:novos )?(?:em cima|por cima) d[aoe]s?",
    "(?:foi|cortei|fui) mais fundo (?:que|do que) (?:das outras vezes|da outra vez|"
    "da ultima vez|antes)",
    "(?:nao|n) (?:aguentei|resisti|consegui segurar)(?: #)? e me (?:cortei|machuquei|queimei|"
    "bati|arranhei)",
    "me arranhei com (?:a|o) (?:tesoura|faca|unha|gilete|lamina|estilete|caco|compasso|"
    "agulha|grampo)",
    "com o estilete(?: #)? (?:ja )?fiz",
    "tirei sangue com (?:a|o) (?:agulha|alfinete|lamina|estilete) (?:de costura|varias vezes)",
    "(?:dor|machucados?|cortes?|marcas?) que eu (?:faco|fiz) em mim",
    "mais (?:uns |umas |dois |tres |[0-9]+ )?cortes(?= #|$| hoje| hj| sem| ontem| no| na)"
    "(?! n[oa] (?:orcamento|verba|gastos|salario)(?![a-z]))",
    "(?:o|um) corte de (?:ontem|hoje|antes) (?:abriu|infeccionou|sangrou|ta|esta|nao fechou)",
    "vira (?:um |mais um )?corte",
    "(?<!ja )cortei(?= #|$)",
    "cortei por cima",
    "(?:o sangue|cortar(?! (?:o|a|os|as|um|uma|meu|minha|relac)[a-z]* )|me cortar|a dor fisica|"
    "sentir dor|a lamina|me machucar|me bater|me queimar) (?:[a-z]+ ){0,3}?(?:me acalma|alivia|"
    "me alivia|e a unica coisa)",
    "dor fisica (?:[a-z]+ ){0,3}?(?:no lugar|pra esquecer)",
    "(?:so|queria|prefiro) (?:sentir )?dor fisica",
    "(?:mereco|merece) (?:a |essa |sentir essa )?dor(?= #|$)",
    "(?:pra|para) me (?:castigar|punir)",
    "(?:to|tou|estou) me (?:punindo|castigando)(?: #)? (?:eu )?mereco",
    "me (?:soquei|esmurrei|estapeei|espanquei)",
    "me (?:bati|batia|belisquei|beliscava|mordi|mordia|arranhei|arranhava|arranquei)"
    "(?: (?:n[ao]s?|o|a|os|as) (?:rosto|cara|braco|bracos|perna|pernas|barriga|coxa|coxas|pulso|"
    "pulsos|pele|cabeca))? (?:de novo(?= #|$)|dnv(?= #|$)|ate|com forca|toda noite|todo dia|"
    "na crise|de proposito)",
    "(?:to|tou|estou) me (?:machucando|cortando|queimando|arranhando|batendo|mordendo|"
    "beliscando|ferindo)(?= #|$| escondid| de novo(?= #|$)| toda noite| sem parar)",
    "(?:passei|fiquei) (?:a noite|o dia|a tarde|a madrugada|horas)(?: toda| inteira)? me "
    "(?:machucando|cortando|arranhando|batendo|queimando|ferindo)",
    "me machuquei (?:pra|para) (?:parar de pensar|esquecer|sentir algo|aliviar|me punir|"
    "me castigar)",
    "(?:quando fico|quando eu fico|se eu fico) (?:assim|mal|ansios[oa]|nervos[oa]) (?:eu )?me "
    "(?:machuco|corto|queimo|bato|arranho)",
    "(?:se|me) machucar e ninguem (?:ver|perceber|notar)",
    "(?:hematomas?|roxos?|marcas?|cortes?|queimaduras?) que eu mesm[oa] (?:fiz|faco)",
    "(?:pulseira|manga comprida|moletom|blusa de manga) (?:[a-z]+ ){0,3}?(?:pra|para) "
    "(?:esconder(?= #|$| os cortes| as marcas| as cicatrizes)|ninguem ver(?= #|$| os cortes))",
    f"(?:cortei|queimei|machuquei|risquei|cortar|corto|queimo|foi) (?:[a-z]+ ){{0,3}}?(?:{_BODY}|"
    f"tornozelos?|costas|ombros?)s? (?:[a-z]+ ){{0,2}}?(?:pra|para|porque) ninguem "
    f"(?:ver|perceber|notar|ve|percebe)",
    "ninguem (?:percebe|ve|nota) (?:porque|pq) (?:e|eh|foi) n[ao]s? (?:perna|coxa|barriga|"
    "costas|quadril|virilha)",
    f"(?:dessa vez|de novo|outra vez) foi n[ao]s? (?:{_BODY}|tornozelos?|costas)"
    f"(?= #|$| pra| porque)",
    "(?:viu|achou|encontrou|descobriu|achar) (?:as |minhas )laminas",
    "(?:guardei|guardando|escondendo|escondi) (?:uma |a |as |umas )?laminas?(?! d[aoe] )",
    "lav[a-z]* a lamina(?! d[aoe] )",
    "(?:a|minha) lamina (?:ta|esta|fica) (?:embaixo|debaixo|escondida|guardada|na|no)",
    "(?:pensar|pensando|penso) na (?:lamina|gilete)",
    "(?:ponto|pontos) (?:[a-z]+ ){0,4}?menti",
    "(?:abri|abrir|abro|abrindo) (?:de novo )?(?:a ferida|a cicatriz|o corte|os pontos)",
    "(?:ferida|cicatriz|corte) (?:[a-z]+ ){0,3}?(?:e )?(?:eu )?abri de novo",
    "(?:pra|para) me cortar de novo",
    "(?:so|soh) (?:pra|para) cortar de novo",
    "(?:vontade|necessidade|urge|impulso) de (?:me )?cortar(?= #|$| ta| de novo| forte| hoje)",
    "(?:nao|n) me (?:cortar|machucar) (?:# )?(?:nao|n) consegui",
    "se eu (?:nao|n) me (?:cortar|machucar|queimar)(?: hoje| agora)? (?:eu )?(?:vou explodir|"
    "vou enlouquecer|(?:nao|n) aguento|surto|vou surtar)",
    "(?:tava|estava|to) limp[oa] (?:desde|ha|faz|fazia) (?:[a-z0-9]+ ){1,3}?(?:# )?acabou",
    f"apag(?:uei|ar|o|ando|uei o) (?:o )?cigarro n[ao]s? (?:meu |minha )?(?:{_BODY}|maos?|pele)",
    "(?:dias|contador|contagem) sem me (?:cortar|machucar) (?:[a-z]+ ){0,2}?zer(?:ou|ei)",
    "(?:mao|braco|dedo|pulso)s? n[oa] (?:gelo|ferro|fogo|fogao|isqueiro|vela)(?: quente)? "
    "(?:[a-z]+ )?(?:ate (?:queimar|doer|arder)|de proposito)",
    "(?:queim(?:ei|ar|o|ava)|fiz queimadura) (?:a pele |o braco |a mao |a perna )?com "
    "(?:o |a |um |uma )?(?:ponta d[oa] )?(?:cigarro|isqueiro|incenso|colher quente|faca quente)",
    f"{_HURT}[a-z]* (?!(?:[a-z]+ ){{0,3}}(?:cuticulas?|unhas?|espinhas?|dentes?) )"
    f"(?:[a-z]+ ){{0,4}}?ate (?:abrir a pele|abrir (?:as )?feridas?|sair sangue|"
    f"a pele abrir|a mao sangrar|ficar tont[oa])",
    "se cort(?:ou|ava|ando) (?:de novo|e disse|escondid[a-z]*)",
)

_OVERDOSE = (
    f"(?:{_TAKE}|fazer|fiz|tive|tendo|tentei|tentar|vou ter) (?:uma |a )?overdose",
    f"{_TAKE} (?:uma |a )?dose (?:muito )?(?:alta|cavalar|letal|enorme|excessiva)"
    f"(?! de (?!{_DRUG}(?![a-z])))",
    # A whole box or bottle, not a dose.
    f"{_TAKE} (?:a|as|uma|duas|tres|o|os|um|dois) (?:[a-z]+ )?{_CONTAINER}"
    f"(?: (?:inteir[oa]s?|tod[oa]s?)(?! de (?!{_DRUG}(?![a-z])))| de {_DRUG})",
    f"{_TAKE} (?:tod[oa]s?|tudo) (?:d?[oa]s? )?(?:meus |minhas |o |a )?{_CONTAINER}"
    f"(?! de (?!{_DRUG}(?![a-z])))",
    # All of them, with a sign that it was not the day's dose.
    f"{_TAKE} (?:tod[oa]s? )?(?:os |as )?(?:meus |minhas )?{_DRUG} tud[oa]",
    f"(?:vou|vo|quero) tomar tod[oa]s (?:os |as )?(?:meus |minhas )?{_DRUG}(?= #|$| de uma|"
    " juntos|"
    f" hoje| hj| agora)",
    f"quantos (?:{_DRUG}|{_CONTAINER}) (?:precisa|e preciso|sao precisos|matam|mata)",
    f"{_TAKE} tod[oa]s? (?:os |as )?(?:meus |minhas )?{_DRUG}"
    " (?:[a-z]+ ){0,3}?(?:de uma vez|de uma so vez|juntos|juntas|junto|que (?:eu )?tinha|"
    "que (?:eu )?(?:tava|estava|to|estou) (?:juntando|guardando)|com (?:bebida|alcool|vodka|"
    f"cachaca|cerveja|vinho|whisky|pinga)|hoje a noite|essa noite|hoje{_END}|hj{_END}|agora)",
    # Many at once, taken or about to be: "tomo um monte de remédio" is a daily routine.
    f"{_TOOK} (?:um monte|uma porrada|uma penca|um punhado|uma mao cheia|mais da metade|"
    "uns? [0-9][0-9]+|[0-9][0-9]+|dezenas|trinta|quarenta|cinquenta|cem) "
    f"(?:de |d[oa]s? )?(?:{_DRUG}|{_CONTAINER})",
    f"{_TOOK} (?:[a-z]+ ){{0,2}}?{_DRUG} (?:demais|a mais|alem da conta)",
    f"{_TAKE} (?:[a-z]+ ){{0,4}}?(?:{_DRUG}|tudo|mais do que|demais|doses?|{_CONTAINER}) "
    "(?:[a-z]+ ){0,4}?de proposito",
    f"{_TAKE} mais (?:{_DRUG} )?do que (?:devia|deveria|podia|o medico)",
    f"{_TAKE} (?:as |os |minhas |meus )(?:doses?|{_DRUG}) (?:[a-z]+ ){{0,5}}?"
    "(?:de uma vez|de uma so vez|tod[oa]s juntos|tod[oa]s juntas)",
    # With drink: "misturei os remédios com cachaça". Not "posso tomar remédio com cerveja?".
    f"{_TOOK} (?:os |as |uns |umas |meus |minhas |o |a |tudo )?(?:{_DRUG} |junto )?"
    f"(?:com|e) {_ALCOHOL}",
    f"tomar tudo (?:junto )?com {_ALCOHOL}",
    f"(?:enchi a mao|mao cheia|boca cheia|punhado) de {_DRUG}",
    f"(?:juntando|guardando|estocando|acumulando|escondendo|estoquei|acumulei|juntei) "
    f"(?:os |as |meus |minhas |uns |umas )?{_DRUG}"
    "(?! (?:no|na|nos|nas|em|dentro|longe|fora|num|numa)(?![a-z]))",
    f"{_DRUG} que (?:eu )?(?:tava|estava|to|estou|ando|venho) (?:juntando|guardando|estocando|"
    "acumulando)",
    f"{_TOOK} tod[oa]s (?:de uma vez|de uma so vez|juntos|juntas|de vez)",
    "(?:tomei|tomar|tomo|tomou|engoli) tudo (?:de uma vez|de uma so vez|e deitei|e pronto|"
    "junto|juntos|hoje|hj|agora)",
    f"(?:tomei|tomou|engoli) tudo{_END}",
    "dose d[aoe] (?:semana|mes|caixa)(?: inteira| inteiro| toda| todo)? de uma vez",
)

# --- Naming the subject alone -------------------------------------------------------------

_NAMED: tuple[tuple[Kind, str], ...] = (
    ("suicide", _SUI),
    (
        "suicide",
        "(?:minha|da|na|por|pela|por uma|desde a) (?:ultima |primeira |segunda )?tentativa"
        "(?! de (?!suicidio)| e erro| frustrada| falha)",
    ),
    ("suicide", "aniversario de tentativa"),
    (
        "self_harm",
        "(?:auto ?lesao|auto ?lesoes|auto ?mutilacao|auto ?mutilacoes|"
        "automutil[a-z]*|self ?harm|(?:o|de|do|no|com|fazer|fiz|faco|meu|pro|pra|ao) sh)",
    ),
    (
        "overdose",
        "(?:over ?doses?|sobredosagem|intoxicacao (?:por|com) (?:remedio|"
        "medicamento|comprimido)s?)",
    ),
)

# Ambiguous cues, named for a gentle check: each is said in ordinary talk too ("tá tudo
# pronto pra hoje" before a party, "não vou mais precisar dele" after selling a bike), but
# in a check-in they are worth a question.
_UNSAID_NAMED = (
    # A day or a plan, with nothing said of what.
    "(?<![a-z0-9] )(?:ja )?(?:e|eh|vai ser|sera) (?:hoje|hj|amanha|essa noite|hoje a noite|"
    "hj a noite)(?= #|$| depois| quando)",
    "(?:olhando|olhei) (?:pra baixo )?do alto d[oa] (?:viaduto|ponte|predio|penhasco)",
    "escrevi as cartas(?= #|$)",
    "(?:escondo|esconder|escondendo|escondi) (?:as |minhas )?(?:cicatrizes|marcas) com",
    "cortes? fundos?(?= #|$| hoje| hj| de novo)",
    "(?<![a-z0-9] )(?:hoje|hj|amanha) (?:e|eh) (?:o dia|a noite)(?= #|$)",
    "(?:ja )?(?:escolhi|marquei|decidi|defini|tenho) (?:o dia|a data|o lugar|a hora|o horario)"
    "(?= #|$| e | ja)",
    "(?:(?:o )?dia|a data) (?:ta |esta |ja ta )?(?:escolhid[oa]|marcad[oa]|decidid[oa])"
    "(?= #|$| faz| ha| e)",
    "(?:ta|ja ta|esta) decidido(?: #)? (?:vai ser |e )?(?:no|na|dia|hoje|hj|amanha|depois|"
    "sabado|domingo|segunda|terca|quarta|quinta|sexta)",
    "(?:tenho|fiz) (?:um|o|meu) plano(?: inteiro)? (?:e|#) (?:dessa vez|ninguem|nao conta|"
    "so preciso de um tempo sozinh[oa])",
    "(?:o|meu) plano (?:ta|esta|ja ta|ja esta|e|eh) (?:feito|pronto|simples)(?: #)? "
    "(?:e )?(?:(?:e |eh )?so (?:falta|esperar)|ninguem)",
    "(?:o|meu) plano (?:e|eh) pr[oa] (?:o )?(?:fim|dia|sexta|sabado|domingo|amanha|hoje)",
    "(?:ja )?(?:ta|esta) tudo (?:planejado|pensado|pronto|decidido|separado) (?:pra|para) "
    "(?:hoje|hj|amanha|essa noite|quando|sexta|sabado|domingo)",
    "(?:ja )?ta tudo (?:planejado|pensado)(?= #|$)",
    "(?:ja )?(?:to|tou|estou) com tudo separado(?! (?:pra|para) (?:a |o )?(?:viagem|mudanca|"
    "festa|aula|prova|trabalho|viajar))",
    "(?:deixei|deixou|abri|abriu) o gas (?:ligado|aberto)(?= #|$| pra| de proposito)",
    "(?:o )?gas (?:ta|esta) aberto(?= #|$)",
    "(?:ate|antes do|antes de) (?:o )?(?:fim do mes|natal|ano novo|dia do pagamento|meu "
    "aniversario|segunda)(?: [a-z]+){0,2}? (?:eu )?(?:acabo com isso|(?:ja )?(?:nao|n) vou "
    "(?:mais )?estar aqui)",
    "(?:ano que vem|semana que vem|mes que vem|no natal|depois do natal) (?:eu )?(?:nao|n) "
    "(?:to|tou|estou|vou estar) mais aqui",
    "(?:depois|antes) do (?:natal|ano novo|aniversario d[aoe] [a-z]+ [a-z]+) (?:eu )?"
    "(?:vou embora de vez|faco|acabo)",
    "(?:tenho|agora tenho|consegui|ja tenho) (?:o )?(?:suficiente|o bastante|bastante)(?= #|$)",
    "(?:agora )?(?:acho (?:q|que) )?tenho o bastante(?= #|$)",
    "(?:fiz a conta|fiz as contas) (?:de quantos (?:eu )?preciso|e o que tenho da)",
    "(?:guardei|escondi|juntei) (?:os |as )?(?:remedios?|comprimidos?|pilulas?|antidepressivos?|"
    "calmantes?) (?:que|onde|dentro|de novo)",
    "(?:escondi|escondeu) (?:as |os )?(?:caixas de |cartelas de )?(?:remedios?|comprimidos?|"
    "pilulas?|calmantes?)(?! d[oa]s? (?:meu |minha |meus |minhas )?(?:filh|bebe|crianca|neto|"
    "sobrinh)|(?: [a-z]+){0,3} pr[ao]s? (?:crianca|filh|bebe))",
    "(?:comprei|compro|comprou) mais uma caixa",
    "(?:so )?(?:espero|esperando) o remedio que (?:eu )?encomendei",
    "(?:insulinas?|remedios?) que sobr(?:aram|ou) d[aoe] (?:minha|meu|cirurgia)",
    "(?:ja )?(?:sei|escolhi) (?:o remedio|qual remedio|qual ponte|a ponte)(?= #|$| e )",
    "(?:o|um) lugar (?:[a-z]+ ){0,3}?(?:que|onde) ninguem (?:acha|vai achar|me acha|vai)",
    "(?:to|tou|estou|ta|esta) (?:no|em cima d[ao]|no alto d[ao]|no topo d[ao]) (?:terraco|"
    "telhado|ultimo andar|ponte|viaduto|predio)(?: d[aoe] (?:predio|faculdade|empresa|"
    "trabalho|shopping|escola))?(?= #|$| agora(?= #|$)| e (?:ninguem|ta ventando))",
    "(?:subi|ja subi) no (?:telhado|terraco|ultimo andar)",
    "(?:telhado|terraco) d[aoe] (?:[a-z]+ )?fica aberto",
    "(?:to indo|vou|vo|indo) (?:pra|para|pro|na) (?:represa|rio|lago|mar|cachoeira|mirante)"
    "(?: [a-z]+){0,2}? (?:sozinh[oa]|agora|hoje a noite|de madrugada)(?= #|$| ninguem)",
    "(?:mirante|penhasco|represa|cachoeira)(?: d[aoe] [a-z]+)? (?:# )?(?:amanha|hoje|hj) "
    "(?:# )?sozinh[oa]",
    "(?:to|tou|estou) olhando (?:a agua|o trilho|os trilhos|la pra baixo) (?:d[aoe] [a-z]+ )?"
    "(?:ha|faz) (?:uma|mais de|[0-9]+)",
    "(?:altura|quantos andares) (?:d[aoe]|daquel[ae]|dess[ae]) (?:ponte|predio|viaduto)"
    "(?! pr[oa] (?:trabalho|"
    "faculdade|prova|aula|projeto))",
    "(?:sei|olhei|pesquisei) o horario (?:de cor(?= #|$)|que (?:a ponte|fica vazi[a-z]*|fica sem))",
    "(?:trem|metro) passa (?:as )?[0-9]",
    "(?:dessa|desta) vez (?:sem volta|(?:nao|n) vai falhar|(?:nao|n) vou avisar|vou fazer "
    "diferente|eu (?:nao|n) desco|ninguem me|(?:nao|n) vou contar|(?:nao|n) vao me)",
    "(?:dessa|desta) vez (?:vai ser diferente|vou fazer direito|(?:nao|n) vou errar)(?= #|$)",
    "(?:da|na) (?:ultima|outra|primeira) vez (?:[a-z]+ ){0,3}?(?:(?:nao|n) deu certo|deu errado|"
    "quase consegui|foi com remedio|eu tomei)",
    "sobrevivi (?:da |a |na |uma )?(?:ultima vez|tentativa|primeira vez|outra vez|vez)(?! que)",
    "(?:ja )?tentei (?:uma vez|duas vezes|tres vezes|antes|aos [0-9]+|em [a-z]+|em [0-9]+|"
    "ano passado|com remedio|pular)(?= #|$| e)(?! e (?:nao|n) (?:gostei|curti|deu|consegui))",
    "(?:a )?terceira (?:vez )?(?:vai ser a certa|(?:nao|n) vai falhar|vai dar certo)",
    "(?:nao|n) vou errar (?:agora|dessa vez|de novo)|errei da primeira vez",
    "agora (?:eu )?sei o que errei",
    "desde a tentativa",
    "(?:vivo|fico|to) esperando (?:a proxima|de novo)(?= #|$)",
    "(?:ficar|ficou) sozinh[oa] (?:em casa )?(?:pra|para) fazer",
    "(?:vou|vo) aproveitar que a casa vai (?:ficar|estar) vazia",
    "(?:vou|vo) esperar todo mundo dormir(?= #|$| hj| hoje)",
    "(?:ninguem|nao) (?:vai|vao) (?:me )?(?:perceber|desconfiar|saber) (?:ate|antes)",
    "(?:vou|vo) (?:partir|embora) (?:hoje|hj|agora|amanha)(?= #|$| # foi)",
    "(?:amanha|depois de amanha|a partir de amanha) (?:eu )?(?:nao|n) vou (?:mais )?"
    "(?:responder|estar aqui)(?! # (?:vou|to|estarei) (?:viajar|estar|trabalhar|viajando))",
    "(?:nao|n) vou estar aqui (?:amanha|pra responder)",
    "(?:hoje|hj|amanha|sabado|domingo|sexta) (?:tudo )?acaba(?:va)?(?= #|$)",
    "(?:fim de semana|semana) que vem acaba(?= #|$)",
    f"(?:dia [0-9]+|{_DAY})(?: a noite)? eu (?:encerro|resolvo|termino)(?: tudo)?(?= #|$)",
    f"marquei (?:pra|para) {_DAY}(?: #)? ninguem sabe",
    "(?:ponte|predio|viaduto|andar) mais alt[oa]",
    "(?:a vontade|os? pensamentos?) (?:voltou|voltaram)(?= #|$| forte| igual| com tudo)",
    "(?:escondo|esconder|escondendo) (?:os |meus |minhas |as )?(?:bracos|pulsos|pernas|coxas)",
    "(?:o natal |o ano novo |o aniversario d[aoe] (?:[a-z]+ ){1,2}?|a formatura d[aoe] "
    "(?:[a-z]+ ){1,2}?|o casamento d[aoe] (?:[a-z]+ ){1,2}?)passar(?= #|$)",
    "(?:no fim de semana|essa semana|hoje) eu resolvo isso de vez",
    "(?:se )?ate (?:segunda|amanha|sexta|o fim do mes) nada mudar(?: #)? (?:eu )?vou",
    "(?:so )?falta escrever a ultima mensagem",
    "escolhi a musica (?:que vai tocar )?(?:quando eu|no meu|pro meu)",
    "(?:separei|ja separei) a roupa que (?:quero|vou)",
    "(?:o fim|a despedida) vai ser (?:na|no|em)",
    "(?:to|tou|estou) no (?:posto|mercado) comprando (?:gasolina|carvao|veneno|corda)",
    "(?:nao|n) (?:e|eh) (?:pro|pra|para) (?:o )?(?:carro|churrasco)(?= #|$)",
    "(?:vou|vo) (?:fazer|usar) (?:com )?a faca",
    "(?:tenho|ta) (?:tudo )?(?:que preciso|o que preciso) no",
    "(?:marquei|escrevi) (?:na agenda|no calendario|no caderno|o dia)(?: [a-z]+){0,3}? (?:# )?"
    "(?:ninguem|so eu|resolver|domingo|sabado|sexta)",
    "(?:hoje|hj) (?:eu )?ensaiei",
    "(?:ja )?fui ver o lugar",
    "(?:hoje|hj) (?:eu )?(?:nao|n) volto (?:pra|para) casa(?= #|$)",
    "(?:o dia|hoje|hj) (?:que|q) eu escolhi",
    "(?:acho (?:q|que) )?amanha (?:e|eh) um bom dia (?:pra|para) (?:ir|partir)",
    "(?:vou|vo) atras (?:dele|dela)(?= #|$)",
    "(?:mesmo dia|mesma data) (?:d[aoe] (?:meu|minha) [a-z]+|que (?:ele|ela))",
    # Farewells that might be ordinary.
    "foi (?:bom|um prazer|legal|otimo) (?:te |vos |lhe )?conhecer(?: (?:voces|vcs|vc|voce))?"
    "(?= #|$| mas| fiquem)",
    "foi bom enquanto durou",
    "(?<![a-z0-9] )fim$",
    "(?:me desculpa|desculpa|me perdoa|me perdoem|perdao|perdoa|me desculpem) (?:por tudo|"
    "por isso|por (?:nao|n) ter)",
    "(?:perdao|me perdoa)(?: #)? (?:mae|pai|mamae|papai|filh[oa])",
    "(?:eu )?amo (?:voces|vcs)(?: #)? (?:me (?:perdoem|desculpem))",
    "(?:manda|mande|da) um (?:abraco|beijo) (?:pra|para|pro) (?:minha|meu) [a-z]+ por mim",
    "(?:cuida|cuide|cuidem) d(?:a|o|os|as) (?:minha|meu|minhas|meus) [a-z]+ por mim",
    "(?:nao|n) sei quem vai ler isso",
    "(?:postei|escrevi|gravei|agendei) (?:[a-z]+ ){0,5}?(?:uma |a |minha |os posts "
    "de |posts de )?despedida(?! d[aoe] (?:turma|empresa|equipe|trabalho|escola|faculdade))",
    "(?:vou me despedir|to me despedindo|me despeco) de (?:voce|vc|voces|vcs)",
    "(?:ja )?me despedi de (?:todos|todo mundo)(?= #|$)",
    "(?:dei adeus|me despedi) (?:pro|pra|pros|pras|aos|as|do|da|dos|das) (?:meus|minhas|meu|"
    "minha) (?:bichos|cachorros?|gatos?|cachorra|gata|plantas)",
    "(?:amanha|depois|um dia) (?:voces|vcs|eles|todos) (?:vao|vai) entender(?: tudo)?(?= #|$)",
    "(?:voces|vcs|eles|elas|todos) (?:vao|vai) entender (?:depois|amanha|um dia)(?= #|$)",
    "espero que (?:um dia )?(?:voces |vcs )?me entendam",
    "desculpa (?:por )?(?:nao|n) ter sido forte",
    "(?:nao|n) fiquem (?:tristes|bravos|bravas|com raiva)(?: comigo)?(?= #|$)",
    "(?:nao|n) (?:e|foi) culpa (?:de voces|de vcs|de ninguem|dela|dele)",
    "(?:eu )?(?:so|soh) cansei(?= #|$)",
    "(?:obrigad[oa]|valeu) por tudo(?= #|$| de verdade| bot| galera)",
    "(?:nao|n) vou (?:mais (?:precisar|responder|usar)|(?:precisar|responder|usar) mais)"
    "(?: desse app| de lembrete| dos lembretes| do app| o check ?in| nada disso)?(?= #|$)",
    "(?:nao|n) (?:vou|vai) (?:mais )?precisar (?:mais )?(?:de |desse |deste |do |"
    "dos )?(?:lembretes?"
    "|app|aplicativo|check ?ins?|bot)",
    "(?:nao|n) precisa mais (?:me )?(?:lembrar|mandar lembretes?)",
    "(?:nao|n) precisa (?:me )?mandar mais lembretes?",
    "pode apagar (?:os )?meus dados(?: #)? (?:nao|n) vou",
    "(?:pode|podem) (?:desligar|cancelar|parar) (?:os |o )?lembretes?(?: #)? (?:[a-z]+ ){0,3}?"
    "(?:nao|n) vou (?:estar aqui|existir)",
    "(?:se eu (?:nao|n) responder)(?: amanha| mais)?",
    "(?:essa|esta) foi a ultima (?:semana|vez)(?= #|$)",
    "(?:vou|vo) deixar (?:esse|este|o) app (?:de lado )?(?:pra|para) sempre",
    "(?:(?:mamae|papai|a mae|o pai) vai descansar)",
    "(?:dizer tchau|dito tchau|me despedir|despedido|despedir) pessoalmente",
    "(?:gostaria de|queria) ter ficado mais(?= #|$)",
    "tentei ficar(?= #|$)",
    "(?:dizer|dito) tchau (?:pra|para) alguem",
    "agora posso (?:ir|partir)(?= #|$)",
    "(?:agradecer|agradeco) (?:a |pra )?(?:todo mundo|todos) que (?:tentou|tentaram|me ajudou)",
    "agradeco pelas tentativas",
    "(?:ja )?disse tudo que tinha (?:pra|para|a) dizer",
    # Affairs: giving away, passwords, letters, insurance.
    "(?:dei|doei|passei|vendi|devolvi|cancelei|entreguei|deixei|apaguei|deletei|transferi|quitei)"
    "(?: [a-z0-9]+){0,8}? (?:# )?(?:nao|n) vou (?:mais )?(?:precisar|usar|ler|voltar|poder "
    "cuidar|estar aqui|terminar)",
    "(?:nao|n) vou (?:mais )?precisar (?:mais )?(?:dele|dela|deles|delas|disso)(?= #|$)",
    "(?:nao|n) faz (?:mais )?sentido (?:guardar|ter)(?= #|$)",
    "(?:eu )?(?:nao|n) vou (?:mais )?estar aqui(?= #|$)",
    "(?:nao|n) vou voltar(?= #|$)",
    "(?:quando|depois que) eu morrer",
    "(?:pra|para) ninguem (?:ter|sofrer|se enrolar|precisar)(?: [a-z]+){0,3}? (?:depois|com)",
    "(?:ninguem|nao) vai (?:ter|precisar) (?:trabalho|se preocupar)",
    "(?:assim )?ninguem se culpa",
    "(?:ficar com|fica com|cuidar d[aoe]s?|cuide d[aoe]s?) (?!voce|vc|ti|voces|vcs|mim)"
    "(?:[a-z]+ ){0,3}?(?:pra sempre|para sempre|de vez)",
    "(?:se|caso) (?:acontecer|aconteca) (?:alguma coisa|algo) comigo",
    "(?:alguma coisa|algo)(?: #)? vai acontecer",
    "se acontecer (?:alguma coisa|algo) (?:[a-z]+ ){0,2}?(?:fica|ficam|vai ficar|vao ficar) com",
    "(?:se|caso) eu (?:sumir|faltar)(?= #|$)",
    "(?:deixei|passei|mandei|escrevi|anotei|entreguei|dei) (?:[a-z]+ ){0,4}?(?:a |as |o |"
    "todas as |minhas )?(?:senhas?|login)(?: #| [a-z]+){0,8}? (?:pr[oa]s?|com|para) (?:a |o )?"
    "(?:minha|meu|minhas|meus|ela|ele)",
    "(?:deixei|passei|mandei|entreguei) (?:pr[oa]|para) (?:minha|meu) [a-z]+ (?:o |a |as )?"
    "(?:senhas?|login)",
    "senhas? (?:[a-z]+ ){0,3}?(?:no envelope|em cima da mesa|dentro da biblia|num papel|anotada)",
    "(?:documento|arquivo|papel) com todas as (?:minhas )?senhas",
    "(?:ela|ele|eles) (?:vai|vao) saber o (?:que|q) fazer(?= #|$)",
    "(?:seguro de vida|beneficiari[oa]|previdencia|plano funerario)",
    "(?:fiz|deixei) (?:o |meu )?testamento(?! vital)(?= #|$| ontem| hoje| com| essa)",
    "(?:apaguei|deletei|exclui) (?:todas )?(?:as )?(?:minhas|meu|meus|o meu|tudo do meu) "
    "(?:fotos|redes|redes sociais|instagram|tinder|twitter|facebook|conversas|historico|contas)"
    "(?! (?:pra|para) (?:liberar|focar|dar um tempo))",
    "(?:to )?cancelando tudo que tem meu nome",
    "(?:deixei|terminei) (?:[a-z]+ ){0,2}?(?:uma |a )?carta "
    "(?:pr[oa]|para) (?:minha|meu|ele|ela|o|a)(?= )",
    "(?:a carta|o bilhete) (?:ta|esta|ja ta) pront[oa](?= #|$)",
    "(?:terminei de escrever|escrevi) (?:o|um) bilhete",
    "(?:bilhete|carta)s? (?:[a-z]+ ){0,3}?(?:colad[oa] na geladeira|em cima da mesa|na gaveta)",
    "(?:escrevi|ja fiz) a carta(?= #|$| pra (?:ela|ele|minha|meu))",
    "(?<![a-z] )(?:uma|um) (?:carta |recado )?(?:pra|para) cada um(?= #|$| da| dos)",
    "(?:sacolas|caixas|envelopes) (?:[a-z]+ ){0,4}?com o nome de (?:cada um|quem)",
    "quem (?:vai )?fica(?:r)? com (?:o que|cada coisa|cada|minhas|meus)",
    "o que cada um vai ficar",
    "cada coisa minha",
    "(?:ele|ela) (?:nem |nao |n )?(?:sabe|entendeu|estranhou) (?:pq|por ?que|o motivo|nada)"
    "(?= #|$)",
    "(?:ela|ele) estranhou(?= #|$)",
    "(?:ela|ele|eles) (?:acha|acham) que (?:e|eh) (?:so )?(?:viagem|um churrasco|presente|"
    "temporario)",
    "(?:avisei|falei|ja avisei) (?:no trabalho|pro chefe|pra chefe|o chefe|a escola)"
    "(?: [a-z]+){0,2}? que (?:nao|n) volto",
    "(?:nao|n) (?:e|eh) demissao",
    "(?:doei|dei|passei|transferi|vendi|distribui) (?:[a-z]+ ){0,4}?(?:tudo que (?:eu )?(?:tenho|"
    "tinha)|tudo da poupanca|todas as minhas|todos os meus)",
    "me desfiz de (?:quase )?tudo",
    "(?:transferi|passei) (?:tudo|o carro|o cachorro|o apartamento|a moto|o ape)"
    "(?: [a-z]+){0,2}? (?:pro|pra|para o|para a) (?:o )?nome d[aoe]",
    "(?:vendi|saquei) (?:tudo|a moto|o carro)(?: [a-z]+){0,6}? (?:pra|pro|na conta d[aoe]) "
    "(?:minha|meu)",
    "(?:deixei|separei) (?:um |o |meu )?dinheiro (?:separado )?num envelope",
    "(?:pro|pra|para o) enterro(?= #|$)",
    "quero ser (?:enterrad[oa]|cremad[oa])",
    "(?:combinei|deixei combinado|ja combinei|ja arrumei|conversei) (?:com )?(?:[a-z]+ ){0,5}?"
    "(?:ficar com|cuidar d|dar comida|quem vai ficar com|quem pega)(?!(?: [a-z]+){0,5} "
    "(?:enquanto|quando (?:eu )?(?:viaj|estiver fora)|na viagem|nas ferias|no fim de semana))",
    "(?:o |a )?(?:papagaio|gato|cachorro|cachorra|gata|coelho|peixes?|periquito) vai "
    "(?:pra|pro|ficar com) (?:minha|meu|a|o)(?= )",
    "(?:arrumei|achei) (?:um )?(?:lar|casa) nov[oa] (?:pro|pra) (?:meu|minha)",
    "(?:doei|dei) (?:a|o|meu|minha) (?:cachorra|cachorro|gata|gato|gatos|cachorros) (?:pra|para)",
    "(?:dei|doei|entreguei) (?:[a-z]+ ){1,5}?(?:# )?(?:pra|para) sempre",
    "(?:deixei|passei|mandei) (?:o |a |meu |o meu |a minha )?(?:pix|cartao|login|perfil|"
    "endereco do cofre|"
    "contato do (?:contador|advogado|veterinario))",
    "(?:pr[oa]|para) (?:meu|minha|o meu|a minha) [a-z]+ achar(?: facil| depois)?",
    "(?:paguei|quitei|acertei) (?:[a-z]+ ){0,9}?(?:pra|para) (?:minha|meu|ninguem|nao sobrar|"
    "nao deixar)",
    "paguei (?:todas )?(?:as )?(?:minhas )?dividas(?: [a-z]+){0,3}? (?:# )?agora",
    "(?:nao|n) devo nada (?:pra|a) ninguem",
    "(?:resolvi|acertei) (?:todas )?(?:as )?minhas pendencias",
    "resolvi todas as pendencias(?= #|$)",
    "(?:devolvi|devolvendo) (?:tudo|as coisas|os livros|as chaves)(?: [a-z]+){0,5}? (?:(?:nao|n) "
    "(?:queria|quero) (?:ficar devendo|deixar)|(?:nao|n) vou (?:mais )?precisar)",
    "(?:a partir de|depois de) (?:hoje|sabado|amanha)(?: [a-z]+){0,3}? (?:nao|n) vou "
    "(?:poder|estar)",
    "(?:pedi|pedimos|pedindo) (?:desculpa|perdao) (?:pra|a) todo mundo",
    "(?:mandei|mandando) (?:[a-z]+ ){0,2}?(?:obrigado|agradecimento) (?:pra|para|a) (?:todo mundo|"
    "todos)",
    "(?:fiz as pazes|pedi desculpa) (?:com|pra) todo mundo",
    "(?:assumir|quem pode assumir) (?:meus|os meus) clientes",
    "quem (?:vai )?buscar (?:meu|minha|os) [a-z]+ agora",
    "(?:doei|doando|dei|distribui) (?:as |os )?(?:meus|minhas) (?:livros|roupas|jogos|cadernos|"
    "maquiagens|plantas|"
    "ferramentas|discos)(?! velh| antig)(?!(?: [a-z]+){0,3} (?:pra|para|pro) (?:a |o )?"
    "(?:biblioteca|campanha|doacao|caridade|igreja|abrigo|bazar|ong))",
    "(?:dei|doei) (?:meu|minha|o meu|a minha) (?:violao|anel|alianca|relogio|notebook|"
    "guitarra|playstation|videogame|bicicleta|celular|colecao)(?! velh| antig)",
    "(?:tirei|ja tirei) (?:as )?minhas coisas do (?:escritorio|trabalho)",
    "(?:queimando|queimei) (?:meus|os meus) diarios",
    "(?:vao|vai) servir logo",
    "(?:deixei|separei) (?:umas |as )?(?:fotos|lembrancas) (?:minhas )?(?:pra|pro)",
    "(?:minha|meu|meus|minhas) (?:diario|diarios|poemas|textos) (?:pr[oa]|para) (?:voce|vc|ele|"
    "ela|meu|minha)",
    "(?:deixei|gravei|fiz) (?:um |uns )?(?:video|videos|audios?) (?:gravad[oa]s? )?(?:pr[oa]s?) "
    "(?:meus |minhas |meu |minha )filh[oa]s?(?= #|$| assistir| ouvir| quando)",
    "(?:deixei|escrevi) (?:anotado|escrito|instrucoes) (?:como|o que|quem|de tudo|pra (?:minha|"
    "meu))",
    "(?:deixei|ja deixei) (?:tudo )?(?:organizado|arrumado|resolvido|combinado|documentado|"
    "pago|anotado)",
    "(?:to|tou|estou) deixando tudo organizado",
    "(?:ta|esta) tudo organizado(?: #)? ninguem",
    "arrumei tudo(?: #)? (?:paguei|deixei)",
    "(?:uma|um) calma estranha",
    # Burden, hopes and attempts that might be ordinary.
    "(?:nao|n) quero (?:mais )?ser (?:um |uma )?(?:fardo|peso|estorvo|incomodo|problema)",
    "(?:ninguem|ningue[mn]) precisa de mim",
    "(?:eu )?(?:nao|n) faco falta(?= #|$| (?:pra|a) ninguem)",
    "(?:ja )?dei trabalho demais",
    "(?:so|soh|apenas) ocupo espaco",
    "eu sobro(?= #|$)",
    "(?:todo mundo|todos|eles|minha familia) (?:ta|esta|estao|vive) cansad[oa]s? de mim",
    "atrapalho a vida d[aoe]",
    "(?:eu )?(?:nao|n) valho (?:isso|o que gastam|o investimento|o dinheiro)",
    "(?:eu )?sou o problema(?= #|$| da| de)",
    "(?:to|tou|estou) (?:so )?atrasando a vida",
    "(?:eu )?(?:nao|n) (?:devia|deveria) estar aqui(?= #|$)",
    "seria melhor corrigir",
    "despesa pra (?:eles|ela|ele|minha familia)",
    "viver (?:cansa|doi|doe|pesa|ta pesado|e pesado|e um castigo|machuca)(?! (?:as vezes|mas))",
    "(?:a )?vida (?:e|eh) (?:um )?(?:castigo|tortura|inferno|fardo)",
    "(?:nao|n) vejo (?:nenhum )?futuro(?: nenhum)? (?:pra mim|em mim)",
    "(?:pensado|pensando|penso) (?:muito |tanto )?em (?:desaparecer|sumir)(?= #|$)",
    "(?:nao|n) vou durar muito",
    "(?:qualquer dia|um dia desses|acho que) (?:[a-z]+ )?(?:eu )?desisto(?= #|$)",
    "nada (?:mais )?faz sentido(?= #|$)",
    "nada mais faz sentido",
    "acordei sem querer(?= #|$)",
    "(?:nao|n) sei (?:por )?quanto tempo (?:mais )?(?:eu )?(?:aguento|vou aguentar)(?= #|$)",
    "(?:seria bom|que seria bom) se(?= #|$)",
    "(?:to|tou|estou) (?:so )?existindo",
    "(?:me sinto|sinto que) (?:ja )?passei do prazo",
    "(?:nao|n) deu certo(?: #)? (?:dessa|desta) vez (?:vai|vou)",
    "(?:to|tou|estou) (?:so )?esperando de novo",
    "(?:vou|vo) fazer a parada",
    # More plans, goodbyes and affairs that might be ordinary.
    "(?:fala|diz|diga|avisa|conta|fale) (?:pr[oa]s?|para (?:a |o |os |as )?) ?(?:minha |meu |"
    "minhas |meus )?[a-z]+ (?:que )?(?:eu )?(?:amo|amei)",
    "(?:se )?(?:voce|vc|voces|vcs|alguem) (?:ta|esta|estiver|estao|tiver) lendo isso",
    "se alguem (?:ler|encontrar|achar) isso",
    "(?:ja )?(?:ta|esta) marcado (?:pra|para) (?:sexta|sabado|domingo|segunda|terca|quarta|"
    "quinta|amanha|hoje)(?: feira)?(?= #|$)",
    f"(?:ja )?decidi(?: #)? {_DAY}(?: de madrugada| a noite| cedo)?(?= #|$)",
    "(?<![a-z0-9] )(?:sabado|domingo|segunda|terca|quarta|quinta|sexta)(?: feira)? (?:e|eh) "
    "o dia(?= #|$)",
    "comprei (?:tudo )?o que (?:eu )?precisava(?= #|$| # agora)",
    "(?:comprar|compro) o (?:que falta|resto)(?= #|$| pro meu plano)",
    "(?:pro|pra|do) meu plano(?= #|$)",
    f"(?<![a-z0-9] )vai ser (?:depois|quando|assim) (?:que )?{_HOUSEHOLD} (?:[a-z]+ ){{0,2}}?"
    "(?:dormir|dormirem|sair|sairem|viajar|viajarem|ir embora|for embora)",
    f"esperando (?:a |o )?{_HOUSEHOLD} (?:ir embora|viajar|sair|dormir)",
    "(?:todo mundo|todos|a familia) vai estar fora(?: #)? perfeito",
    "antes de todo mundo acordar(?= #|$)",
    f"so esperar (?:a |o )?{_HOUSEHOLD} (?:dormir|sair|viajar)",
    "eu uso tudo(?= #|$)",
    "(?:tomo|tomar) tudo(?= #|$)",
    "separei os comprimidos",
    "(?:hoje|hj) (?:eu )?termino(?= #|$)",
    "fazer o que (?:eu )?planejei",
    "(?:so )?(?:to )?esperando (?:o|a) [a-z]+ d[aoe] (?:[a-z]+ ){1,2}?passar(?= #|$)",
    "(?:indo|vou) (?:pro|para o|pra o) lugar que (?:eu )?escolhi",
    "(?:vou )?voltar la (?:hoje|hj|amanha)(?: a noite)? sozinh[oa]",
    "volto pra fazer(?= #|$)",
    "olhando la de cima",
    "dirigindo sem rumo",
    "(?:e )?junto tudo(?= #|$)",
    "(?:hoje|hj|dessa vez|agora) (?:eu )?vou ate o fim(?= #|$)",
    "ultimo andar(?= #|$)",
    "(?:to indo|vou|subindo) (?:pro|pra o|para o) (?:terraco|telhado)(?= #|$| agora)",
    "no terraco d[aoe] (?:empresa|trabalho|predio|faculdade)(?= #|$)",
    "(?:vou|vo) pular (?:hoje|hj|amanha)(?= #|$)",
    "(?:vidro|frasco|caixa|cartela)s? (?:inteir[oa]s? )?guardad[oa]s?",
    "(?:remedios?|comprimidos?) d[aoe] (?:minha|meu) [a-z]+ guardad[a-z]*",
    "guardei a corda(?! d[aoe]| pr)",
    "comprar a corda(?! d[aoe]| pr)",
    "(?:setimo dia|enterro|velorio)(?: [a-z]+){0,3}? (?:eu )?vou atras",
    "(?:ai|entao) (?:eu )?acabo com isso(?= #|$)",
    "(?:pra|assim) (?:ninguem|nao) desconfi[a-z]*",
    "onde ninguem vai(?= #|$)",
    "(?:nao|n) quero (?:mais )?voltar(?= #|$)",
    "ninguem vai sentir falta(?= #|$)",
    f"(?:a )?ponte(?: [a-z]+)?(?: #)? {_DAY}(?: a noite)?(?= #|$)",
    "(?:disse|falei) que (?:ia|vou) viajar(?: #)? (?:mas )?(?:nao|n) vou",
    "(?:pra|para) (?:ele|ela) guardar pra sempre",
    "quem (?:deve|vai) ficar com cada",
    "quero que (?:minha|meu) [a-z]+ fique com (?:meu|minha)",
    "(?:nao|n) queria (?:ficar devendo|deixar nada pendente)",
    "devolvi tudo que (?:eu )?(?:tinha|peguei) emprestado",
    "vendi (?:as )?minhas coisas",
    "cuidar d[aoe] (?:minha|meu) [a-z]+ depois(?= #|$)",
    "(?:visitei|abracei|vi) (?:minha|meu) [a-z]+ pela ultima vez(?= #|$)",
    "quem vier depois de mim",
    "o que vai pra cada um",
    "dei (?:de presente )?as coisas que (?:eu )?mais gostava",
    "desisti de tudo",
    "(?:nao|n) vou precisar responder",
    "mas (?:e|eh) o melhor(?= #|$)",
    "obrigad[oa] (?:[a-z]+ ){0,2}?# obrigad[oa] (?:[a-z]+ ){0,2}?# obrigad[oa]",
    "(?:beijo|abraco) (?:pra|para) todo mundo(?: #)? acabou",
    "ultima vez que (?:eu )?(?:vi|vejo|vou ver) o (?:sol|mar|ceu)",
    "(?:me aguentaram|me aturaram)",
    "(?:guarda|salva) essa conversa",
    "(?:essa|esta) (?:e|eh|vai ser) a ultima vez(?= #|$)",
    "(?:voce|vc) foi (?:legal|bom|boa|otimo|otima|importante) (?:comigo|pra mim)",
    "pontos da ultima vez",
    "depois que (?:eu )?tentei",
    # Plans, goodbyes and attempts often meant, but said of trips, jobs and exams too.
    "(?:planejei|pensei em) tudo(?: #)? (?:(?:nao|n) quero que ninguem|horario|o lugar|lugar)",
    "(?:so|soh) (?:falta|faltava) (?:a )?coragem(?= #|$)",
    "(?:to|tou|estou|so) (?:so )?tomando coragem(?= #|$)",
    "(?:aguentou|aguenta|vai aguentar) (?:o )?meu peso",
    "(?:pegar|pego|peguei) a estrada e (?:nao|n) (?:volto|voltar|vou voltar)(?! (?:tao|ate|"
    "antes|mais cedo|mais pr|pra|para|hoje)(?![a-z]))",
    "(?:esperar|esperando|espero|quando|assim que|depois que) (?:a |"
    f"o )?{_HOUSEHOLD} (?:[a-z]+ ){{0,2}}?"
    f"(?:dormir|dormirem|sair|sairem|viajar|viajarem|ir embora|for embora|forem embora)"
    f"(?: [a-z]+){{0,5}}? (?:# )?(?:e )?(?:ai |entao )?(?:eu )?(?:vou fazer|faco|vou)(?= #|$)",
    "(?:to|tou|estou) (?:so )?esperando (?:escurecer|todo mundo dormir|a casa esvaziar)(?= #|$)",
    "(?:vou|vo) fazer no dia do meu aniversario",
    "(?:hoje|hj|essa noite|amanha|sabado|domingo|sexta) (?:eu )?(?:termino|acabo) (?:tudo|"
    "com isso)(?= #|$)",
    "(?:essa|esta) (?:vai ser|e|sera|foi) (?:a )?minha ultima semana(?= #|$)",
    "(?:domingo|sabado|sexta|segunda|amanha|hoje|hj) vai ser (?:o )?meu ultimo dia(?= #|$)",
    f"{_DRUG} (?:[a-z]+ ){{0,2}}?(?:suficientes?|o bastante|que chega)(?= #|$)",
    "guardei (?:a |uma )?receita (?:antiga |de tarja preta |azul )?(?:pra|para) (?:comprar|"
    "pegar) mais",
    "(?:e|eh|sera|vai ser) (?:o )?ultimo dia (?:dele|dela)(?= #|$)",
    "(?:disse|falou|dizendo|falando) que (?:hoje|hj|amanha) (?:ia|vai) fazer(?= #|$| e)",
    "(?:disse|falou|dizendo|escreveu) (?:q|que) (?:hoje|hj) (?:e o dia|acaba|acabava)(?= #|$)",
    "(?:ta|esta) no viaduto(?! (?:parad[oa]|engarrafad[oa]|no transito)(?![a-z]))",
    "(?<![a-z0-9] )(?:o |meu |e o |foi o )?ultimo passo(?: pequeno)?(?= #|$| vai ser)",
    "tchau (?:mae|pai|filha|filho|familia|amor|mundo)(?: #)? (?:te amo|amo voces|obrigad|foi bom)",
    "(?:(?:amo|amei) (?:vc|voce)|te amo)(?: #)? (?:me (?:perdoa|desculpa))",
    "(?:e|eh) (?:a minha|minha) despedida(?= #|$| # nao)",
    "(?:nao|n) quero deixar bagunca(?= #|$)",
    "(?:terminando|terminei) (?:de escrever )?(?:as )?cartas(?= #|$)",
    "(?:bilhete|carta) explicando tudo",
    "(?<![a-z0-9] )(?:e|eh) despedida(?= #|$)",
    "me (?:acharam|encontraram) (?:a tempo|cedo)",
    "(?:ja )?me despedi d[aeo]s? (?:[a-z]+ ){0,3}?sem ninguem (?:saber|perceber)",
    "(?:liguei|falei) (?:pra|com) todo mundo (?:que eu amo|que amo)",
    "(?:repetir|fazer de novo) o que (?:eu )?fiz (?:em|no|na|ano|naquele|naquela|da outra|"
    "da ultima)",
    "ja tentei e sei que vou tentar de novo",
    # Another person, told by someone worried.
    "(?:ja )?se despediu de (?:todo mundo|todos)",
    "(?:parou de responder|(?:nao|n) me atende|ta offline ha|sumiu depois de)",
    "(?:ta|esta) (?:na|em cima da) ponte(?= #|$| agora)",
    "(?:ta|esta) no telhado d[aoe]",
    "foto da ponte",
    "(?:escolheu|ja escolheu) o dia",
    "(?:disse|falou|dizendo|escreveu) (?:q|que) (?:hoje|hj) vai ser diferente",
    "(?:(?:nao|n) aguenta mais )?e quer acabar(?= #|$)",
    "(?:escreveu|disse) (?:no caderno )?que vai morrer",
    "(?:nao|n) acorda direito",
    "comprou os remedios? pra (?:hoje|hj)",
    "falando estranho",
)

_SH_NAMED = (
    "(?<!sem )(?<!sem uma )(?:recai|recaida|recaidas|tive (?:uma )?recaida)(?! n[oa] (?:cigarro|"
    "bebida|alcool|jogo|doce|dieta|chocolate|vape|maconha)(?![a-z]))",
    "(?:[0-9]+|um|dois|tres|[a-z]+) (?:dias|meses|anos) (?:limp[oa]s? )?jogados fora",
    "(?:e )?(?:eu )?cedi(?= #|$)",
    "quase fiz de novo",
    "(?:to|tou|estou|ta) sangrando (?:muito|um pouco|bastante|sem parar)",
    "(?:ainda )?(?:nao|n) (?:parou|para|paro) de sangrar",
    "(?:esconder|escondo) com maquiagem",
    "(?:viu|viram|percebeu|achou) (?:as |minhas )?(?:marcas|cicatrizes)(?! d[aeo] (?!cortes?))",
    "(?:viu|achou) o sangue",
    "(?:usei|peguei) (?:o |a )?(?:estilete|gilete|lamina|caco|compasso)(?!(?: [a-z]+){0,3} "
    "(?:pra|para) (?:abrir|cortar (?:a|o|as|os)|fazer|consertar))",
    "prego enferrujado",
    "(?:me )?(?:punindo|castigando|castigar|punir)(?= #|$)",
    "ferida (?:[a-z]+ ){0,2}?(?:infeccionou|nao fecha|continuo mexendo)",
    "(?:minha psicologa|meu psicologo|minha terapeuta) (?:nao|n) sabe que (?:voltei|recai)",
    "se cortou(?= #|$| e)",
    "o cinto(?: #)? de novo",
    "(?:to|tou|estou) me (?:machucando|cortando|queimando|arranhando) todo dia",
    "fiz (?:mais )?(?:uns |[a-z0-9]+ )riscos(?= #|$)",
    f"(?:{_BODY}|tornozelos?|costas|ombros?)s? (?:[a-z]+ ){{0,2}}?(?:pra|para|porque) ninguem "
    f"(?:ver|perceber|notar|ve|percebe)",
    "(?:dia|hora) de (?:me )?cortar(?= #|$)",
    "fiz (?:uma )?queimadura com (?:a|o)(?= )",
    "(?:fiz|faco|fazendo) (?:mais )?(?:uns |umas |um |uma |[a-z0-9]+ )?(?:riscos?|marcas?|"
    "queimaduras?|x) com (?:o|a) (?:compasso|grampo|isqueiro|colher|estilete|lamina|gilete|caco|"
    "agulha)",
)

# --- More ways of saying it -------------------------------------------------------------------
# Found reading real check-ins: the same wishes, plans and acts in other words, orders and
# spellings. Every pattern ends on a whole word (the engine reads a word boundary after it).

# Disguised spellings of "me matar": "m*tar" and "m@tar" fold to "m tar", "m4t4r", "mtr".
_MATAR = "(?:m tar|m t4r|m4t4r|mat4r|m4tar|mtar|mtr|mt|matr|ma tar|m matar)"
# Slang for dying said with "vou", "quero", "pronto pra": "ir de base", "virar estrelinha".
_GO_SLANG = (
    "(?:"
    "(?:ir|indo|vou|vo) (?:pro|pra o) (?:saco|beleleu|caixao|tumulo)|virar estrelinha|"
    "comer capim pela raiz|abotoar o paleto|partir dessa pra melhor|ir morar com deus|"
    "me (?:apagar|eliminar|auto exterminar|autoexterminar|desinstalar|deletar|despachar)|"
    "me de ?s?viv[ae]r|me desvivar|me vou de vez|sair do servidor da vida|"
    "(?:deletar|apagar) (?:a )?minha existencia|ctrl alt del|fechar a conta com a vida|"
    "meter o pe (?:dela|da vida)|fazer a passagem|ir embora (?:desse|deste|do) mundo|"
    "desligar (?:pra|para) sempre|desligar o jogo de vez|me despach[a-z]* desse mundo)"
    # Not "me deletar do grupo", "me eliminar da lista".
    "(?! (?:d[aoe]s?(?! vez)|dess[ae]s?|dest[ae]s?|no|na|pra|para|pro)(?![a-z]))"
)

_MORE_UNSAID = (
    # Wanting it, said around a denial the engine would otherwise read as taking it back.
    "(?:nao|n) aguento mais(?: [a-z]+){0,2}? (?:# )?(?:eu )?(?:so )?(?:quero|qro|queria) "
    "(?:morrer|me matar|sumir de vez)",
    "(?:(?<=saida )|(?<=opcao )|(?<=jeito )|(?<=solucao ))(?:alem de|a nao ser|fora|que (?:nao|n) "
    "seja) (?:morrer|me matar|a morte|acabar com tudo)",
    "(?:nao|n) (?:faria|faz|fazia|ia fazer) (?:nenhuma )?diferenca(?: pra ninguem)? se eu "
    "(?:morresse|morrer|sumisse|sumir|me matasse|(?:nao|n) existisse)",
    "(?:nao|n) ligo (?:mais )?(?:se|de) (?:eu )?(?:viver ou morrer|morrer|morro)",
    "(?:nao|n) mereco (?:estar|continuar|ficar) viv[oa]",
    "(?:nao|n) (?:devia|deveria) (?:mais )?estar viv[oa]",
    "medo de morrer(?: #)? (?:eu )?tenho (?:e )?vontade",
    "morrer (?:nao|n) me assusta(?: mais)?(?: #)? (?:ate )?quero",
    "(?:nao|n) faco (?:mais )?questao de (?:estar viv[oa]|viver|continuar viv[oa])",
    "(?:nao|n) quero ser salv[oa]",
    # The one thing wanted, the plan, the only way out.
    "(?:unica coisa|o que (?:eu )?(?:mais )?quero|minha vontade|meu plano|meu desejo)"
    "(?: [a-z]+){0,5}? (?:e|eh|era) (?:de )?(?:morrer|me matar|me suicidar|acabar com (?:a )?"
    "minha vida|sumir e morrer)",
    "(?:a morte|morrer|me matar|suicidio)(?: [a-z]+){0,2}? (?:e|eh|parece|seria|virou) (?:a )?"
    "(?:unica|melhor) (?:saida|solucao|opcao|alternativa)",
    "(?:decidi|resolvi|decidid[oa]|ja sei)(?: que| q)? (?:eu )?(?:vou|vo) (?:morrer|me matar|"
    "acabar com (?:a )?minha vida)",
    "eu acabo com (?:a )?minha (?:propria )?vida",
    "(?:(?:quero|queria|vontade de|vou|vo|pensando em) acabar?|(?:eu )?acabo) (?:comigo|cmg)",
    "(?:vontade de|quero|vou|vo) acaba(?:r)? (?:com|c|cm) (?:tudo|tdo|td)(?= #|$| hj| hoje| agora)",
    "se eu (?:pudesse|tivesse coragem)(?: [a-z]+){0,3}? (?:me matava|me mataria|ja tinha me "
    "matado|ja teria me matado)",
    "(?:se (?:nao|n) (?:melhorar|mudar)|ate (?:sexta|segunda|amanha|o fim do mes))"
    "(?: [a-z]+){0,3}? (?:eu )?me mato",
    f"(?:seria (?:tao |muito )?(?:bom|facil|melhor)|como seria bom) {_KILL_SELF}",
    "(?:lugar|dia|hora|jeito) (?:onde|que|em que|como) (?:eu )?vou (?:morrer|me matar)",
    "(?:suficiente|bastante) (?:pra|para) (?:morrer|me matar)",
    # Slang, disguised spellings, English.
    f"(?:{_WISH}|{_INTENT}|vou|vo|to indo|indo|acho q(?:ue)? (?:vou|hj eu)|pront[oa] pra|"
    f"to a um passo de|querendo|qrendo|eu|hj|hoje) {_FILL}(?:{_GO_SLANG})",
    f"(?:{_INTENT}|querendo|qrendo|vontade d(?:e)?|vontd d|q vontade de) {_FILL}(?:me|m) {_MATAR}",
    "i (?:wanna|want to|wana|just want to) die",
    "(?:pensando|penso|pensei|pensamento) (?:em|no) (?:sui|s o|s u i c i d i o)(?= #|$| de novo"
    "| dnv)",
    "s u i c i d i o",
    "(?:mente|cabeca|voz)(?: [a-z]+){0,4}? (?:gritando|fala|falando|diz|dizendo|manda|mandando) "
    "(?:pra eu )?se mata",
    "(?:deus|universo|senhor|vida|morte)(?: [a-z]+){0,3}?(?: #)?(?: (?:podia|poderia|pode|pra|"
    "para|pro))? me "
    "(?:levar|leva|leve|tirar daqui|recolher)(?! (?:pra|para|a|ao|em|de|no|na|embora|ate|"
    "até)(?![a-z]))",
    # Passive wishes: an illness, a crash, a fall, not waking.
    "(?:queria|quero|tomara que eu|espero|espero que eu) (?:pegar|pegue|ter|ficar) (?:uma |"
    "alguma )?"
    "(?:doenca|coisa|virus|cancer|acidente)(?: [a-z]+){0,3}? (?:e|pra) (?:morrer|morra|ir embora|"
    "(?:nao|n) (?:resista|voltar|me tratar|sobreviver))",
    "(?:queria|quero|tomara) que (?:alguma |uma )?doenca me (?:levasse|leve|levar)",
    "(?:cancer|doenca(?: [a-z]+)?|voltar)(?: [a-z]+){0,2}? (?:eu )?(?:nem|nao|n) (?:ia|vou|iria) "
    "(?:me )?tratar",
    "(?:queria|quero|tomara|torco|torcendo|espero|desejo) (?:que|pra|pro|para) (?:o |a |esse |"
    "essa |um |uma )?(?:aviao|onibus|predio|teto|caminhao|carro)(?: [a-z]+){0,2}? (?:caia|caisse|"
    "cair|desabe|desabasse|bata|batesse|bater|passasse por cima de mim)",
    "(?:queria|quero) que um raio (?:caisse|caia)",
    "(?:rezo|peco|pedi|torco|rezando|pedindo|torcendo)(?: [a-z]+){0,3}? (?:pra|para|que eu) "
    "(?:nao|n) (?:acordar|acorde|acordasse|ver)",
    "se eu (?:nao|n) acordasse(?: [a-z]+){0,3}? (?:seria|ia ser|tava|era) (?:um alivio|bom|otimo|"
    "melhor|menos)",
    "tanto faz se (?:eu )?acordar ou (?:nao|n)",
    "(?:queria|quero) (?:me )?(?:deitar|dormir|entrar em coma|pegar no sono)(?: [a-z]+){0,2}? "
    "(?:e )?(?:nao|n) (?:levantar|sair|acordar)(?: mais| nunca mais)",
    "pegar no sono (?:pra|para) sempre",
    "(?:queria|quero) (?:ser apagad[oa]|que tudo se apague)",
    "(?:queria|quero) que a terra me engolisse",
    "(?:queria|quero) ter (?:um acidente|a sorte de morrer)",
    "(?:queria|quero) que alguem me desse um tiro",
    "(?:queria|quero) que (?:acabasse|acabe)(?: #)? tudo(?: #)? (?:eu inclusive|inclusive eu)",
    "(?:acordar|acordei|ter acordado)(?: [a-z]+){0,3}? (?:e|eh|foi) um castigo",
    "(?:tenho )?inveja dos mortos",
    "(?:sonho com|espero) (?:o dia em que|o dia que|nao|n) (?:eu )?(?:nao|n) (?:vou )?(?:mais )?"
    "(?:existir|estar aqui)",
    "(?:se (?:a vida|tudo) acabasse (?:hoje|agora)|se eu me afogasse)(?: [a-z]+){0,3}? (?:eu )?"
    "(?:agradeceria|nem ia lutar)",
    "(?:se o mar me levasse|se o onibus batesse|se um caminhao me pegasse)",
    "morrer dormindo seria",
    "(?:morrer|morte)(?: [a-z]+){0,3}? seria a melhor coisa que (?:podia|poderia) me acontecer",
    "ctrl alt del (?:na minha existencia|em mim)",
    f"qrendo {_FILL}{_KILL_SELF}",
    "(?:bad|vibe) de querer (?:morrer|me matar)",
    "(?:nao|n) posso (?:simplesmente )?morrer (?:logo|de uma vez|de vez)",
    "(?:nao|n) (?:quero|qro) (?:mais )?(?:ta|estar) viv[oa]",
    "(?:morrer|desencarnar|dormir (?:pra|para) sempre) parece (?:tao |muito )?bom",
    "decidid[oa] a pular",
    "(?:em cima|no alto|na beira) d[ao] (?:ponte|viaduto|laje|predio)(?: [a-z]+){0,2}? # "
    "(?:e|eh) agora",
    "trancad[oa] no carro na garagem",
    "(?:viaduto|ponte|predio|penhasco|janela|andar)(?: [a-z]+){0,4}? (?:e|eh|ta|seria) (?:bem )?"
    "alt[oa] o suficiente(?= #|$)",
    # Burden.
    "(?:lugar|mundo) (?:muito )?melhor sem mim",
    "(?<![a-z0-9] )melhor (?:morrer|parar de existir|deixar de existir)(?= #|$)",
    "se eu (?:morrer|morresse|(?:nao|n) estiver mais aqui|sumir)(?: [a-z]+){0,3}? (?:o seguro paga|"
    "(?:ela|ele|eles|elas) descansa|(?:todo mundo|ninguem nem) (?:fica bem|percebe))",
    "sem mim (?:[a-z]+ ){0,4}?(?:economiza|economizam|ganha|ganham|fechariam|seria livre|arranja)",
    "(?:respirar aliviad[oa]s|agradecer)(?: [a-z]+){0,2}? (?:se|que|quando) eu (?:me fosse|fui|for|"
    "morrer|sumir)",
    "(?:merece|merecem)(?: [a-z]+){1,5}? (?:# )?(?:e )?(?:[a-z]+ ){0,4}?sem mim",
    "(?:ser |seja )?livres? de mim",
    "(?:tirar|tiro) (?:esse|este|o) peso das costas (?:deles|delas|dele|dela|de todos)",
    "(?:seria|e|era) melhor eu ir (?:logo|embora (?:desse|deste|do) mundo)",
    "sair de cena (?:de vez|pra sempre|para sempre)",
    "morto eu paro de",
    # A plan: the place, the means, the day.
    "(?:to|tou|estou|ta|esta) (?:aqui )?(?:na|no|em cima d[ao]|no alto d[ao]|no topo d[ao]) "
    "(?:ponte|viaduto|laje|linha do trem|trilhos?|terraco|telhado|ultimo andar|morro|penhasco|"
    "parapeito)(?: [a-z]+){0,4}? (?:# )?(?:e )?(?:olhando (?:pra|para) (?:baixo|(?:a )?agua)|"
    "pensando se pulo|(?:vou )?pular(?= #|$)|decidid[oa] a pular|(?:e|eh) agora)",
    "(?:predio|ponte|viaduto|laje|janela|terraco|telhado|penhasco|morro)(?: [a-z]+){0,4}? "
    "(?:e (?:vou |vo )?|# (?:vou|vo) )(?:pular|me jogar)(?= #|$)",
    "(?:to|tou|estou|ta|esta) (?:parad[oa]|deitad[oa]|sentad[oa]|de pe) (?:na|no|nos) "
    "(?:linha do trem|trilhos?)",
    "(?:vou|vo|to indo) (?:na|pra|ate a|pro|ate o) (?:ponte|viaduto|represa|linha do trem)"
    "(?: [a-z]+){0,3}? (?:e|#) (?:nao|n) volto",
    "(?:jogar|jogo|vou jogar) o carro (?:la de cima|na ribanceira|no precipicio|na primeira curva|"
    "da ponte|no rio|de cima|no barranco|contra)",
    "entrar n[oa] (?:mar|rio|represa|lago) e (?:continuar|seguir) (?:andando|nadando)",
    "carvao e fita",
    # Doses: taken with drink, the whole box.
    f"tomando (?:os |as )?(?:[a-z]+ )?{_DRUG}(?: de dormir)? (?:com|e) {_ALCOHOL}",
    f"(?:bebi|bebendo|bebad[oa])(?: [a-z]+){{0,6}}? (?:# )?(?:e )?(?:ja )?(?:tomei|vou tomar|"
    f"tomando) (?:os |as |meus |minhas |todos os |todas as )(?:meus |minhas )?{_DRUG}",
    # Another person, told by someone worried.
    "(?:dizendo|disse|falou|falando|escreveu) (?:que )?(?:vai|ia) (?:fazer (?:uma )?(?:besteira|"
    "merda|loucura)|morrer hoje|sumir pra sempre|dar um tiro)",
    "planejando se (?:matar|suicidar)",
    "(?:guardad[oa]s?|escondid[oa]s?) (?:pra|para) se matar",
    f"tomou tod[oa]s (?:os |as )?{_DRUG} (?:dela|dele)",
    f"tomou (?:os |as )?{_DRUG} tod[oa]s",
)

_MORE_SELF_HARM = (
    "(?:bato|bati|batendo|bater|soco|socos|socando|murros?|tapas?) (?:em mim mesm[oa]|na minha "
    "(?:propria )?cara)",
    "(?:comecei|voltei) a me (?:bater|cortar|machucar|queimar|arranhar|morder)",
    "bati com o martelo na minha mao",
    "(?:me acalma|alivia)(?: [a-z]+){0,2}? (?:e|eh) me (?:machucar|cortar|bater|queimar)",
    "depois que (?:eu )?me (?:machuco|corto|bato|queimo)",
    "(?:reabri|abri|arranquei)(?: [a-z]+){0,3}? (?:cortes|cicatrizes|feridas)",
    "(?:o |um )?corte de hoje",
    f"(?:{_BODY}|pele) (?:tod[oa] |ta |esta |tá )?(?:cheio|cheia|cheios|cheias) de cortes",
    "cortes (?:mais|bem) fundos",
    "(?:cortei|corte|caco|queimei|machuquei|_)(?: [a-z]+){0,8}? (?:# )?(?:nao|n) foi acidente",
    "cortei (?:nao|n) conta",
    "cutting(?: de novo| dnv)?",
    "(?:cravando|cravei|cravo) (?:as |a )?unhas? n[ao] (?:pele|braco|perna)",
    "(?:arranquei|arranco|arrancando) a casc(?:a|inha) d[aoe]s? (?:feridas?|cortes?|machucados?)",
    "(?:encostei|encosto) o ferro quente",
    "(?:mao|braco|pele|dedo)s? n[ao] agua fervendo",
    "(?:queimei|queimar) a pele com",
    "gelo na pele ate queimar",
    "(?:sangue|sangrando|sangrou)(?: [a-z]+){0,5}? (?:# )?fui eu",
    "lamina do barbeador (?:pra|para) (?:usar|me)",
)

_MORE_OVERDOSE = (
    f"{_TAKE}(?: de uma vez)? tudo (?:que|q) (?:eu )?(?:tinha|sobrou|tenho|o psiquiatra)"
    "(?: [a-z]+){0,5}? (?:caixinha|remedio|remedios|armario|receita|guardado|aqui|receitou|"
    "banheiro)",
    f"{_TAKE} (?:[0-9]+|duas|tres|quatro|cinco|varias) (?:cartelas|frascos|blisters)",
    "(?:engoli|engolir|mandei pra dentro|tomei) (?:a |as |duas |tres )?(?:cartelas?|frascos?)"
    f" (?:tod[oa]s?|inteir[oa]s?|com {_ALCOHOL})",
    "acabei de (?:engolir|tomar) (?:a cartela|tudo|os remedios|todos)",
    f"(?:exagerei|exagerada)(?: [a-z]+){{0,3}}? (?:n[oa]s? )?{_DRUG}(?: [a-z]+){{0,3}}? de "
    f"proposito",
    f"(?:exagerei|exagerada) de proposito n[oa]s? {_DRUG}",
    f"{_TAKE} (?:bem )?mais do que (?:devia|deveria)(?: [a-z]+){{0,3}}? de proposito",
    "(?:tomei|tomou|engoli) (?:uma quantidade enorme|bem mais do que devia) d[aoe]s?",
    f"juntei (?:todos )?(?:os |as )?{_DRUG}(?: [a-z]+){{0,4}}? e (?:tomei|engoli)",
    f"{_DRUG}(?: [a-z]+){{0,3}}? e (?:dormir|apagar) (?:pra|para) sempre",
    f"(?:vou|vo|quero|pensando em) tomar (?:os |as )?(?:meus |minhas )?{_DRUG} tod[oa]s",
    f"{_TOOK} tod[oa]s (?:os |as )?(?:meus |minhas )?{_DRUG}(?: que (?:eu )?(?:tenho|sobraram)|"
    " pra dormir)",
    f"(?:vou de|vai ser) {_DRUG} (?:com|e) {_ALCOHOL}",
    "(?:vou|vo) (?:engolir|tomar) tudo (?:que|q) (?:eu )?tenho",
    "tudo que tenho aqui e beber",
)

# Strongly suggestive, innocent too ("tenho tudo pronto" before a trip): a gentle check.
_MORE_NAMED = (
    # "Ir de base", "de arrasta pra cima", "de vala": dying, but "vou de base" is make-up too.
    "(?:ir|indo|vou|vo|for|vai) de (?:arrasta(?: pra cima)?|base|vala|americanas)"
    "(?= #|$| hj| hoje| logo| essa| de vez| sem| mas| ja)",
    "(?:vou|vo|to qse|to quase|quase|hoje eu faco|hj eu faco) (?:fazer )?(?:uma "
    ")?(?:besteira|merda|"
    "loucura)(?: hj| hoje| essa noite| agora)",
    "vontade de se matar",
    "desculpa (?:por|de) existir",
    "o mundo (?:nao|n) precisa de mim",
    "(?:ser|sou|so sou|sendo|e) (?:so |apenas )?(?:mais )?(?:um|uma) (?:peso|fardo|carga|estorvo)"
    "(?: morto)?(?= #|$| pra| para| e| na vida)",
    "(?:eu )?(?:so )?(?:estrago|atrapalho|arruino|destruo) (?:tudo|a vida)",
    "(?:sou|so sou) (?:so )?(?:um|o) problema na vida",
    "atrapalhando a vida d[aoe]s?",
    "(?:se eu sair do caminho|deixar o lugar vago)",
    "ninguem (?:sentiria|sentiriam|vai sentir|ia sentir|iria sentir) (?:a )?(?:minha )?falta",
    "quando eu (?:nao|n) (?:existir|estiver) mais",
    "(?:mais )?feliz (?:viuv[oa]|orfa|orfao)",
    "(?:seria|e|era) melhor eu (?:ir|partir)(?= #|$)",
    "(?:so )?vai acontecer sem mim",
    "(?:eu )?faco uma (?:loucura|besteira)(?= #|$)",
    "(?:qse|quase) fazendo (?:besteira|merda|loucura)",
    "pensando em me jogar(?= #|$)",
    "(?:to|tou|estou) indo embora de vez(?= #|$)",
    "(?:dormir|sair|viajar)(?: [a-z]+){0,3}? e acabar com isso(?= #|$)",
    "(?:remedio|remedios)(?: [a-z]+| #){0,4}? e a carta",
    f"(?:com|tenho) (?:os |as )?{_DRUG} guardad[oa]s",
    "esperar o remedio fazer efeito (?:no meu quarto|sozinh[oa]|trancad[oa])",
    "(?:amanha|hoje|hj) (?:eu )?(?:nao|n) volto (?:pra|para) casa(?= #|$)",
    "sei a hora certa",
    f"{_DAY}(?: de madrugada| cedo| a noite)? na (?:ponte|represa|passarela|linha do trem)",
    "(?:e|eh) la que vai ser",
    "(?:e|eh) quando (?:eu )?vou(?= #|$)",
    "meu plano (?:e|eh) depois d[aoe]",
    "planejei tudo (?:pro|pra|para)",
    "separei o que (?:eu )?preciso",
    "ninguem vai estar em casa(?= #|$| e eu)",
    "sozinh[oa] (?:em casa )?(?:[a-z]+ ){0,3}?pra fazer(?= #|$)",
    # Farewells.
    "(?:e o fim|eh o fim|fim da linha|ja deu) (?:pra|para) mim(?= #|$)",
    # Not "acabou pra mim, não quero mais esse relacionamento".
    "acabou (?:pra|para) mim(?= # (?:obrigad|valeu|tchau|adeus)|$)",
    "(?:perdoem|perdao|me perdoa|desculpa|me perdoem)(?: [a-z]+){0,6}? (?:# )?(?:eu )?"
    "(?:to|tou|estou) (?:indo|partindo)(?= #|$)",
    "(?:to|tou|estou) partindo(?= #|$)",
    "(?:vou parar|paro) (?:por )?aqui(?: #)? (?:pra|para) sempre",
    "boa sorte (?:pra|para) (?:voces|vcs|todos) # eu vou parar",
    "(?:nao|n) (?:vai|vao) ter (?:mais )?(?:resposta|noticias?) minhas?",
    "(?:nao|n) vou (?:mais )?(?:estar|ta) (?:mais )?(?:aqui|viv[oa])(?= #|$| pra| amanha)",
    "(?:nao|n) precisa (?:me )?(?:mandar|lembrar|responder|se preocupar)(?: [a-z]+){0,3}? "
    "(?:nunca mais|mais comigo|amanha)",
    "me despe(?:co|dir|di|dindo)(?= #|$| de (?:todos|todo mundo|tudo|voces|vcs|alguem)| enquanto)",
    "(?:essa|esta) (?:e|eh) a despedida",
    "(?:e|eh) (?:so )?uma despedida",
    "adeus definitivo",
    "(?<![a-z0-9] )(?:hoje|hj) (?:e|eh) o ultimo dia(?= #|$| quis)",
    "(?:foi|e|eh) a minha ultima (?:manha|tarde|noite)",
    "como se fosse o ultimo(?: #)? porque (?:e|eh)",
    "(?<![a-z0-9] )ultima mensagem(?= #|$)",
    "ultima vez que (?:eu )?(?:vou )?(?:responder|respondo|escrevo)",
    "quando (?:acharem|lerem|encontrarem|virem) (?:isso|essa mensagem|meu celular|esse recado)",
    "(?:pra|para|de) quem (?:fica|ficar)(?= #|$)",
    "(?:fala|diz|digam|diga|avisa|conta)(?: [a-z]+){1,5}? que eu (?:amava|gostava|amo)",
    "se meu filho um dia perguntar",
    "nunca mais vou (?:incomodar|atrapalhar|dar trabalho)",
    "(?:nao|n) me esperem (?:pro|pra|no|na)",
    "(?:hoje|hj)? ?eu saio de vez",
    "vou deixar o mundo em paz",
    "(?:finalmente )?vou descansar(?: #)? (?:tchau|adeus)",
    "desculpa por desistir",
    "perdoem por (?:ir|partir)",
    "antes de (?:eu )?ir embora (?:pra|para) sempre",
    "(?:nao|n) vai ter (?:mais )?nenhum(?= #|$)",
    # Affairs put in order.
    "(?:escolhi|separei|arrumei|decidi|anotei|sei) quem (?:fica|vai ficar|fique|vai cuidar|cuida|"
    "vai levar) (?:com|d)",
    "arrumei quem (?:fique|fica|vai ficar|cuide|cuida|vai cuidar|vai levar)",
    "racao (?:[a-z]+ ){0,4}?(?:pra|para) (?:varios dias|uma semana|alguns dias|o mes inteiro|"
    "dois meses|[a-z]+ (?:dias|semanas|meses))",
    "(?:passei|dei|entreguei|doei) (?:o |a |meu |minha )?(?:cachorro|cachorra|gato|gata|coelho|"
    "periquito|passaro|aquario|peixe|pet|bicho)s? (?:[a-z]+ ){0,3}?(?:pra|para|pro)",
    "(?:escrevi|deixei) (?:uma )?cartas? (?:pra|para|pro) cada",
    "(?:pra|para) lerem depois",
    "(?:transferi|passei) (?:a poupanca|o saldo|meu dinheiro)",
    "(?:roupa|quero usar) (?:[a-z]+ ){0,4}?(?:no|pro) caixao",
    "(?:como|o que) (?:eu )?quero (?:que facam com )?(?:o )?meu (?:enterro|corpo|velorio)",
    "(?:nao|n) quero velorio",
    "(?:pra|para) quando me (?:procurarem|acharem|encontrarem)",
    "(?:posso|pra eu|pra|para) ir (?:tranquil[oa]|em paz)(?= #|$)",
    "(?:em paz|tudo certo|tudo pronto) (?:pra|para) (?:eu )?ir(?= #|$)",
    "(?:agora )?(?:e|eh) so esperar o dia(?= #|$)",
    "esperando o dia(?= #|$)",
    "(?:me desfazendo|me livrando) de tudo",
    # Plans.
    "(?:escolhi|ja sei|sei) (?:o|a|qual) (?:viaduto|predio|ponte|penhasco|trilho)",
    "tenho o lugar escolhido",
    "(?:lugar|horario) (?:ja )?(?:ta|esta) escolhido",
    "marquei (?:a data|o dia)",
    "(?:tenho|fiz) (?:um|o) plano(?: inteiro)? (?:e|#) (?:vou (?:seguir|colocar em pratica|"
    "cumprir)|so preciso)",
    "(?:o |meu )?plano (?:ta|esta|ja ta) pronto",
    "(?:tenho|to com) tudo (?:pronto|preparado|que (?:eu )?preciso|separado)"
    "(?! (?:pra|para) (?:a |o )?(?:viagem|festa|aula|prova|mudanca))",
    "(?:ta|esta|tao|estao) (?:tod[oa]s )?escondid[oa]s? (?:no|na|debaixo|embaixo)",
    f"{_DRUG}(?:(?: [a-z]+){{0,5}}?(?: #)?)? (?:sao|e|tem|da) (?:o )?(?:suficientes?|"
    f"bastante)(?= #|$)",
    "contei (?:os|as) (?:comprimidos|remedios|pilulas)(?= #|$)",
    f"(?:peguei|escondi|separei|guardei) (?:os |as )?{_DRUG}(?: [a-z]+){{0,6}}? (?:e )?"
    "(?:escondi|guardei|escondidos|escondidas)",
    f"(?:ja )?tenho (?:os |as )?{_DRUG} d[aoe] (?:minha|meu) [a-z]+ guardad[oa]s?",
    f"(?:vou|vo) usar (?:os |as )?{_DRUG}",
    "guardando (?:a )?receita",
    "veneno (?:de rato )?e escondi",
    "(?:sentad[oa]|de pe) na (?:beira|beirada) d[ao] (?:janela|laje)",
    "(?:laje|terraco|telhado|ponte|viaduto|janela|predio|sacada|morro)(?: [a-z]+){0,4}? (?:# )?"
    "(?:e )?(?:to |fico |fiquei )?olhando (?:pra|para|la pra) (?:baixo|a agua)",
    "(?:indo|andando|caminhando|dirigindo) (?:em direcao a|ate a|pra|para a) (?:ponte|viaduto|"
    "linha do trem|represa)",
    "(?:ir|vou|vo) ate a (?:ponte|viaduto|represa|linha do trem)",
    "ponte (?:[a-z]+ ){0,5}?(?:# )?vou la (?:hoje|hj|amanha)",
    "(?:dirigir|vou) ate a (?:represa|serra)(?: [a-z]+){0,2}? e ficar",
    "(?:e|#) (?:nao|n) volto(?: mais)?(?= #|$)",
    "(?<![a-z0-9] )(?:e|eh) (?:pra|para) (?:hoje|hj|amanha|sexta|sabado|domingo|essa noite)"
    "(?: a noite)?(?= #|$)",
    "(?:gilete|lamina|faca|corda|remedios?) pra (?:hoje|hj|amanha|essa noite)(?: a noite)?(?= #|$)",
    "(?:ja )?(?:ta|esta) decidido(?= #|$)",
    "(?:quando|depois d[aoe]?)(?: [a-z]+){1,8}?(?: #)? eu faco(?= #|$)",
    "(?:quando|depois que)(?: [a-z]+){1,8}? eu vou(?: fazer)?(?= #|$)",
    "ninguem (?:vai )?me (?:para|parar|impedir|impede|segura|segurar)(?: dessa vez| hoje| hj)?"
    "(?= #|$)",
    "dia [0-9]+ (?:eu vou|tudo acaba|acaba)(?= #|$)",
    "(?<![a-z0-9] )(?:e|eh) o dia(?= #|$)",
    "(?:vou|vai ser) no mesmo dia",
    "(?:data|dia) (?:e|eh) (?:a |o )?mesm[ao] d[oa] (?:meu|minha)",
    "pesquisei (?:como fazer|o que (?:eu )?preciso)(?= #|$| a noite)",
    "(?:achei|escolhi) um lugar(?: [a-z]+){0,3}? onde ninguem (?:passa|vai|me)",
    "ninguem vai me procurar",
    "(?:pra|para) alguem me (?:achar|encontrar)",
    f"{_GUN}(?: [a-z]+){{0,8}}? (?:nao sai da (?:minha )?cabeca|chave do cofre)",
    f"tirei a {_GUN}",
    "chave do (?:terraco|telhado)",
    "(?:janela (?:do |d[oa] )?(?:[0-9]+[oa]?|[a-z]+imo|ultimo) andar (?:fica )?aberta|janela "
    "aberta(?: #)? (?:moro|fico) no (?:[0-9]+[oa]?|[a-z]+imo|ultimo) andar)",
    # Attempts before.
    "(?:da|na) (?:outra|ultima|primeira) vez(?: [a-z]+){0,8}? (?:# )?(?:mas )?(?:dessa|desta) vez",
    "(?:uti|hospital|internad[oa]|tentativa|sobrevivi|salv[oa]|tentei|pulei|tomei remedio)"
    "(?: [a-z0-9]+){0,12}? (?:tentar|fazer|quero) (?:de novo|outra vez|dnv)",
    "fiz isso antes(?: [a-z]+){0,4}? de novo",
    "tentativa (?:nao|n) deu certo",
    "tentei (?:quando|com|aos|no|na|em|uma vez)(?: [a-z0-9]+){0,5}? (?:# )?(?:e )?(?:agora|hoje|hj|"
    "essa|esse|de novo)",
    "(?:da|na) ultima vez que (?:eu )?(?:me senti assim|tentei)",
    "(?:agora|dessa vez) (?:e|eh|foi|ta) planejado",
    "planejei melhor",
    "pulei uma vez",
    "quase morri (?:da|na) (?:ultima|outra) vez",
    "(?:uma )?tentativa (?:em|no|na) [a-z0-9]+(?: [a-z]+){0,3}? (?:mesmos pensamentos|pensando)",
    "(?:ja )?tentei [0-9]+ vezes",
    "me (?:salvou|achou|segurou|socorreu|encontrou) (?:da|na) (?:ultima|outra|primeira) vez",
    "fui salv[oa] (?:da|na) (?:ultima|outra) vez",
    "mesmo lugar de quando (?:eu )?tentei",
    "(?:nao|n) quero ajuda(?= #|$)",
    # Another person.
    "postou (?:uma foto|foto|que)(?: [a-z]+){0,6}? (?:despedida|adeus|ultimo dia|sentir falta)",
    "(?:escreveu|legenda) adeus",
    "deu (?:as coisas|o cachorro|o gato) (?:dela|dele)",
    "(?:trancou|trancad[oa])(?: [a-z]+){0,3}? com (?:uma |a )?(?:gilete|faca|lamina|"
    "remedios|corda)",
    "se cortou feio",
    "(?:no|na) (?:telhado|parapeito|laje|janela) e (?:nao|n) quer (?:descer|sair|voltar)",
    "(?:ta|esta) na linha do trem",
    "(?:dizendo|disse|falou|escreveu) (?:que )?vai morrer",
)

_MORE_SH_NAMED = (
    "(?:fiz|faco|fazendo) (?:uns |mais |alguns |um |novos? )?(?:corte|cortes)(?: novos?| mais "
    "fundos?)?(?= #|$| hoje| hj| dessa vez| de novo| bem)",
    "(?:cortes?|cicatrizes|marcas) (?:novas|novos|novo)",
    "manga comprida (?:[a-z0-9]+ ){0,6}?(?:pra|para) (?:ninguem ver|esconder)",
    "escond(?:i|o|endo|er) (?:as |os |minhas |meus )?(?:cicatrizes|laminas|curativos|marcas)"
    "(?! d[aoe])",
    "(?:os |meus )curativos",
    "(?:a |o |com a |com o )(?:gilete|lamina|estilete)(?= #|$| (?:ta|esta) (?:aqui|comigo|do meu "
    "lado)| (?:no|na) (?:estojo|mochila|bolso)| faz)",
    "(?:segurando|peguei) (?:o|a) (?:estilete|gilete)",
    "arranc(?:o|ei|ando) (?:meus |os )?cabelos",
    "quero ver sangue",
    "o sangue me acalm[a-z]*",
    "sangrou muito(?: [a-z]+){0,2}? e (?:eu )?(?:nao|n) contei",
    "sangue no lencol",
    "(?:to|tou|estou) sangrando (?:e|no banheiro)",
    "(?:nao|n) foi acidente(?= #|$)",
    "(?:disse|falei)(?: [a-z]+){0,3}? que foi (?:acidente|o gato|sem querer)",
    "precisei de pontos",
    "(?:eu )?fiz (?:de novo|dnv)(?= #|$| # depois de| aquilo)",
    "dias sem(?: [a-z]+)? # zero",
    "(?:quebrei|zerei|perdi)(?: [a-z0-9]+){0,5}? sem me (?:cortar|machucar)",
    "limp[oa](?: [a-z]+){0,3}? e joguei fora",
    "(?:me )?cortar # falhei",
    "(?<![a-z0-9] )cortar(?= #)",
    "(?:de novo|dnv|cortei|fiz) (?:nao|n) conta pra ninguem(?= #|$)",
    "segurando pra (?:nao|n) me (?:cortar|machucar)",
    "me puni com",
    "(?:punindo|castigando) sem comer",
    "o braco (?:ta|esta) ardendo",
    "(?:foi|tava) (?:sh|feio)(?: #)? (?:hoje|hj) de novo",
    "fiz de novo # aquilo",
)

_MORE_OD_NAMED = (
    # Not the day's doses: "tomei todos os remédios da manhã, certinho".
    f"(?:tomei|tomou|engoli) (?:todos|todas) (?:os |as )?(?:meus |minhas )?{_DRUG}"
    "(?! d[aoe] (?:manha|noite|dia|tarde|hoje)(?![a-z])| certinho| direitinho| hoje| hj)",
    f"(?:tomei|tomou|engoli) (?:os |as )?{_DRUG} todos",
    f"(?:tomei|tomou|engoli) (?:muito|mt|mto|varios|varias|um monte de) (?:[a-z]+ )?{_DRUG}",
    f"(?:exagerei|exagerada)(?: [a-z]+){{0,2}}? n[oa]s? {_DRUG}",
    "ja tomei metade",
    f"(?:to|tou|estou) com (?:a |uma )?{_CONTAINER} (?:de {_DRUG} )?(?:aberta|aberto)",
    "(?:engoli|tomei) tudo e me arrependi",
    f"{_TAKE} (?:os |as )?{_DRUG} do mes inteiro",
)

# --- Figures of speech --------------------------------------------------------------------

_FIGURES = (
    # Dying of laughter, hunger, shame, longing: hyperbole, decided everyday.
    "(?:morr[a-z]*|mort[oa]s?|falec[a-z]*) de (?:rir|rindo|risada|risadas|fome|frio|calor|"
    "sede|sono|vergonha|saudades?|medo|tedio|cansaco|curiosidade|ansiedade|amor|amores|"
    "inveja|ciumes?|vontade|preguica|raiva|dor|nervoso|susto|emocao|alegria|felicidade|"
    "orgulho|fofura|pena|tesao|agonia|aflicao|paixao|cansad[oa]|estudar|trabalhar|chorar|"
    "fofo|fofa|lindo|linda|cólica|colica|tanto (?:rir|trabalhar|estudar|comer|dancar|correr))",
    "(?:morr[a-z]*|mort[oa]s?) de tanto (?:que )?(?:eu )?(?:comi|comer|comendo|rir|ri|rindo|"
    "trabalhar|trabalhei|estudar|estudei|correr|corri|andar|andei|dancar|dancei|beber|bebi|"
    "falar|falei|gritar|gritei|esperar|esperei)",
    "(?:lind|bonit|gostos|delicios|bo|bom|boa|feio|feia|chat)[a-z]* de morrer",
    "(?:ri|rir|rindo|rimos|dancei|dancar|dancando) ate morrer",
    # "I'd rather die than go."
    "(?:prefiro|preferia) (?:mil vezes )?(?:morrer|a morte|estar mort[oa]|ser mort[oa]) "
    "(?:do que|que|a|antes)",
    # Working or studying oneself to death.
    "(?:me|se) mat(?:ar|ando|ei|o|a|ava|ou) de (?:[a-z]+(?:ar|er|ir)|trabalho|estudo|fome|"
    "vergonha|saudade|rir|tanto (?:rir|trabalhar|estudar|correr))",
    # Career or social "suicide", and "that would be suicide".
    "suicidio (?:profissional|social|financeiro|politico|academico|comercial|eleitoral|"
    "capilar|gastronomico|de carreira|fashion)",
    "(?:e|eh|seria|sera|foi|vai ser) (?:um |uma )?(?:verdadeiro |puro |total )?suicidio" + _END,
    "(?:dar|dei|deu|dando|dou|demos) (?:um )?tiro no (?:proprio )?pe",
    # "Overdose of coffee, of cuteness."
    f"overdose de (?!{_DRUG}(?![a-z]))[a-z]+",
    # Work, study and the news: the subject discussed, not lived.
    "(?:cena|filme|livro|serie|musica|documentario|caso|casos|estudo|protocolo|palestra|aula|"
    "artigo|texto|materia|reportagem|episodio|estagio|campanha) (?:d[aeo]s? |sobre (?:[oa] )?)"
    "(?:overdose|suicidio|automutilacao|autolesao|cortes? no pulso|tentativa de suicidio)",
    # A character's act, told about a story.
    "(?:personagem|protagonista|heroi|heroina|vilao)s?(?: [a-z]+){0,4}? se "
    "(?:mat|cort|suicid|jog|enforc)[a-z]*",
    "(?:personagem|protagonista|heroi|heroina|vilao)s?(?: [a-z]+){0,4}? (?:carta|bilhete|cartas|"
    "bilhetes) de (?:despedida|adeus)",
    "(?:escala|avaliacao|protocolo|fatores?) de risco (?:de|para) (?:suicidio|overdose)",
    "sobre (?:[a-z]+ ){0,4}?(?:suicidio|suicidios|automutilacao|autolesao|overdose|overdoses)",
    "(?:prevencao|posvencao|prevenir|taxas?|indices?|aumento|numero|dados|estatisticas?|"
    "sinais|enlutados|sobreviventes|barreiras?|capacitacao|atendimento|casos?|pacientes?|"
    "chamados?|ocorrencias?|risco) (?:d[aoe]s? |a |ao |em |por |contra |anti |pra |com )?"
    "(?:o |a )?(?:tentativas? de )?(?:suicidio|suicidios|automutilacao|autolesao|overdose|"
    "overdoses|crise suicida|ideacao suicida|comportamento suicida|risco suicida)",
    "(?:automutilacao|autolesao|autolesoes) (?:nao|sem intencao) suicidas?",
    # Denied outright: "não to suicida", "nada de suicídio", "sem pensar em suicídio".
    "(?:nao|n|nem|nunca|naum) (?:e |eh |to |tou |estou |sou |ando |tava |estava |fiquei )?"
    "(?:nada de |pensando em |penso em |pensei em |uma |um )?(?:suicida|suicidio|"
    "ideacao(?: suicida)?)",
    "(?:nada de|sem pensar em|sem pensamentos? de) (?:suicidio|me matar|morrer|me cortar|"
    "me machucar|autolesao|automutilacao)",
    "(?:limp[oa]s?|livres?) de (?:autolesao|automutilacao|sh)",
    # Recovery milestones and work: "faz 3 anos da minha tentativa", "duas overdoses no plantão".
    "(?:faz|fez|completei|completo|hoje faz) (?:[a-z0-9]+ ){1,2}?(?:anos?|meses|dias) (?:da|"
    "desde a) "
    "(?:minha )?(?:ultima )?tentativa(?: e)?(?: hoje| hj)?(?: eu)? (?:to|estou|tou|sigo) (?:bem|"
    "otim[oa]|grat[oa]|estavel|melhor|viv[oa]|feliz)",
    "(?:duas|dois|tres|quatro|varias|vari[oa]s|[0-9]+) (?:casos de )?overdoses?",
    "overdose (?:e|eh|foi) (?:o )?tema",
    "(?:morreu|morreram|morte|mortes|perdi|perdeu|perder|perdemos) (?:[a-z]+ ){0,3}?"
    "(?:por|de|pra|pro|para o|para a|para) (?:uma )?(?:overdose|suicidio)",
    "morte da bezerra",
    # "Guardar rancor é tomar veneno e esperar que o outro morra."
    "(?:tomar|toma|beber) (?:o )?veneno e esperar",
    # Recovery told: "antes eu me cortava, hoje eu corro".
    "(?:antes|antigamente|na adolescencia) eu me (?:cortava|machucava|feria|queimava|batia)"
    "(?= # (?:e )?(?:hoje|agora)| mas (?:hoje|agora))",
    # The past, told from a better present: "já pensei em me matar no passado, hoje to bem".
    "(?:[a-z]+ ){1,6}(?:no passado|ha muito tempo|anos atras|quando (?:eu )?era (?:mais )?"
    "nov[oa])(?: #)? (?:mas )?(?:hoje|agora) (?:eu )?(?:to|estou|tou) (?:bem|melhor|otim[oa]|"
    "em paz|estavel)",
    # A feeling named and put in its place: "mas sei que é a tristeza falando".
    "(?:[a-z]+ ){1,6}mas (?:eu )?sei que (?:e|eh) (?:so |soh )?(?:a |o )?(?:tristeza|depressao|"
    "ansiedade|bad|cansaco|cabeca|doenca) falando",
    # A phrase taken back straight after: "'quero morrer' foi só modo de dizer".
    "(?:[a-z]+ ){1,3}foi (?:so |apenas )?(?:um |uma )?(?:modo|jeito|forma|maneira|forca) de "
    "(?:dizer|falar|expressao)",
    # Kitchen, paper, sun and sport: the words after a cut or burn say it was an accident,
    # unless they say it was on purpose.
    "(?:me |se )?(?:(?:cort|queim)(?:ei|ou|o|a|ar|ando|ava|aram|e)|"
    "machu(?:quei|cou|co|ca|car|cando|que)|fer(?:i|iu|ir|indo)) (?:(?!de proposito)[a-z]+ ){0,4}?"
    "(?:abrindo|"
    "cozinhando|acendendo|picando|descascando|fazendo|barbeando|depilando|lavando|jogando|"
    "brincando|trabalhando|cortando|juntando|catando|cuidando|podando|costurando|pescando|"
    "capinando|tentando (?:limpar|abrir|juntar|pegar|tirar|consertar|arrumar|segurar)|"
    "consertando|mexendo|limpando|arrumando|carregando|andando|correndo|passando|fritando|"
    "assando|preparando|montando|tirando|sem querer|por acidente|sem perceber|de sol|no sol|"
    "na praia|com (?:a |o |uma |um )?(?:folha|papel|estilete|faca de cozinha|caco|vidro|lata|"
    "ralador|embalagem|ferro|forno|panela|oleo|agua quente|chapinha|prato)|"
    "n[ao]s? (?:o |a |um |uma )?(?:folha|caco|vidro|lata|ralador|ferro|forno|fogao|panela|"
    "escapamento|porta|portao|treino|academia|futebol|cozinha|jogo|trabalho|sol|papel|"
    "tesoura|aparelho de (?:depilacao|barbear)|lamina do liquidificador)|"
    "(?:num|numa) (?:caco|vidro|lata|prego|arame|galho|pedra|ferro|grade))"
    "(?![^#]*(?:de proposito|propositalmente|e continuei))",
)

LEXICON = Lexicon(
    language="pt",
    crisis=(
        *_kind("suicide", _SUICIDE),
        *_kind("suicide", _UNSAID),
        *_kind("self_harm", _SELF_HARM),
        *_kind("overdose", _OVERDOSE),
        *_kind("suicide", _MORE_UNSAID),
        *_kind("self_harm", _MORE_SELF_HARM),
        *_kind("overdose", _MORE_OVERDOSE),
    ),
    named=(
        *_NAMED,
        *_kind("suicide", _UNSAID_NAMED),
        *_kind("self_harm", _SH_NAMED),
        *_kind("suicide", _MORE_NAMED),
        *_kind("self_harm", _MORE_SH_NAMED),
        *_kind("overdose", _MORE_OD_NAMED),
    ),
    figures=_FIGURES,
    # "não", "nunca", "sem" ("6 meses sem me cortar"), "antigamente" ("antigamente eu me
    # cortava"), "parei" ("parei de me cortar"), "nada" ("nada de suicídio").
    denials=frozenset(
        {
            "nao",
            "naum",
            "nn",
            "n",
            "nunca",
            "jamais",
            "nem",
            "sem",
            "antigamente",
            "parei",
            "nada",
            "prevencao",
            "sobre",
        }
    ),
)
