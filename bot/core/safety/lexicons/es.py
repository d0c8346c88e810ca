"""Crisis phrases in Spanish (see the package's docstring for how patterns are written).

Spanish puts the pronoun before or after the verb ("me quiero matar", "quiero matarme") and
says "no" inside what it means ("no quiero vivir"): phrases are written whole from their first
word, so a denial is only looked for before them. Third persons ("me va a matar", "mi jefa me
mata") are everyday hyperbole about others and are left alone; first persons are answered.
"""

import re
from collections.abc import Mapping
from typing import Final

from bot.core.safety.lexicons import Kind, Lexicon

# --- Building blocks, written once and named in the patterns as {NAME} --------------------

_PARTS: Final[Mapping[str, str]] = {
    # Softening words that may sit inside a phrase: "quiero ya de verdad morirme".
    "ADV": (
        "(?:(?:ya|solo|tan solo|en serio|de verdad|seriamente|realmente|mucho|muy|tanto|"
        "otra vez|de nuevo|la neta|neta|posta|literal|literalmente|sinceramente|simplemente|"
        "nada mas|todavia|aun|a veces|cada dia mas|hoy|de una vez|ahora|tambien) ){0,3}"
    ),
    # A first person wanting, planning or thinking of doing it, before an infinitive.
    # "voy a" is left out of dying ("me voy a morir" is mostly fear) but not of killing.
    "WISH": (
        "(?:quiero|kiero|qiero|quero|kero|qero|querer|quisiera|kisiera|deseo|desearia|sueño con|"
        "necesito|prefiero|preferiria|pienso|planeo|decidi|he decidido|debo|deberia|deseando|"
        "(?:sigo )?queriendo|(?:me estoy |estoy )?planteando|me planteo|me encantaria|ojala|"
        "ojala (?:pudiera|pueda|poder)|pudiera|"
        "tendria que|me gustaria|solo quiero|tengo pensado|estoy decidid[oa] a|"
        "(?:tengo |me dan |me entran |me vienen |con |sigo con |que |q |k |las )?ganas {ADV}de?|"
        "(?:estoy |ando |sigo |llevo [a-z]+ )?pensando {ADV}en|pienso {ADV}en|pense en|"
        "he pensado {ADV}en|pensado en|pensar en|planeando|"
        "(?:pensamientos|ideas|impulsos?|urge|urgencia|necesidad|tentad[oa]|tentacion) de)"
    ),
    "WILL": "(?:voy a|vo a|boy a|iba a|me voy a|ire a)",
    # "suicid-" and how it is dodged or misspelt: "sucidio", "s*icidar", "s**cidio", "su1cid".
    "SUI": "s ?u?[i1y]? ?[cs] ?[i1y] ?d",
    # The same wishes with the pronoun in front: "me quiero matar", "me dan ganas de morir".
    "ME_WISH": (
        "me (?:quiero|kiero|qiero|quero|kero|qero|quisiera|pienso|debo|deberia|"
        "gustaria|dan ganas de|entran ganas de|vienen ganas de|dieron ganas de|"
        "estoy pensando en) {ADV}"
    ),
    "ME_WILL": "me (?:voy a|vo a|boy a|iba a) {ADV}",
    # Someone else saying it: only with verbs of will, never "intento" (often the past).
    "THEY": (
        "(?:quiere|quieren|va a|van a|piensa|planea|decidio|ha decidido|amenaza con|"
        "amenazo con|dice que (?:se )?(?:quiere|va a)|dijo que (?:se )?(?:quiere|queria|va a|"
        "iba a)|tiene ganas de)"
    ),
    # Ending one's own life, as an infinitive with its pronoun attached.
    "END_ME": (
        "(?:matarme|suicidarme|{SUI}[a4]rme|autoeliminarme|desvivirme(?! por)|"
        "quitarme la vida|quitarme de en medio|ahorcarme|colgarme(?! (?:la|el|los|las|un|una)"
        "(?![a-z]))|envenenarme|ahogarme(?! en un vaso)|dispararme|pegarme un (?:tiro|balazo)|"
        "darme un (?:tiro|balazo)|meterme un (?:tiro|balazo)|volarme (?:la cabeza|los sesos)|"
        "darme piso|darme cuello|apagarme(?! (?:el|la|un|una)(?![a-z]))|"
        "cortarme las venas|abrirme las venas|borrarme (?:del mapa|de este mundo|de la existencia"
        ")|borrarme(?= #|$)|tirarme {FALL}|aventarme {FALL}|lanzarme {FALL}|arrojarme {FALL}|"
        "estirar la pata|palmarla|palmar|diñarla|espicharla|colgar los tenis|"
        "acabar con mi (?:propia )?vida|terminar con mi (?:propia )?vida|"
        "poner(?:le)? fin a mi vida|(?:acabar|terminar) con (?:todo(?! (?:el|la|los|las|lo|mi|mis|"
        "eso|este|esta|esto)(?![a-z]))|todo esto(?! (?:de|del)(?![a-z])))|irme {GONE}|"
        "ir (?:de este mundo|(?:para|pa) siempre(?! (?:a|al|en|con|de|del)(?![a-z])))|"
        "dejar de (?:vivir|existir|respirar)(?! (?:en|con|asi|de|la|el|para|por|como|solo)"
        "(?![a-z]))|"
        "dormir(?:me)? (?:para siempre(?! (?:los|el|en|hoy|este|esta)(?![a-z]))|"
        "y no (?:volver a )?despertar(?:me)?)|"
        "no (?:despertar(?:me)?|amanecer|existir)(?! (?:tarde|temprano|antes|a las|con|de mal)"
        "(?![a-z]))|desaparecer(?:me)?(?! (?:un|una|unos|unas|por|a|al|en|hasta|durante|el|la|"
        "este|esta|todo|toda)(?![a-z])| para (?!siempre)| de (?!este mundo|esta vida|la faz)|"
        " del (?!mapa))|estar muert[oa]|morir(?:me)?{NOT_OLD})"
    ),
    # Dying of something else, or old and at peace, is not a wish to die now ("de verdad" is
    # the wish said seriously).
    "NOT_OLD": (
        "(?! (?:de(?! (?:verdad|veras|una vez|una buena vez)(?![a-z]))|del|por|en el intento|"
        "viej[oa]|ancian[oa]|en paz|en mi (?:casa|tierra|pais|"
        "cama)|rodead[oa]|feliz|tranquil[oa]|con las botas puestas|haciendo lo que)(?![a-z]))"
    ),
    # Where one falls from or in front of what.
    "FALL": (
        "(?:a|al|a la|a las|del|de la|de|desde|por|bajo|debajo de|delante de|frente a|en) "
        "(?:un |una |el |la |las |los |este |esta |ese |esa |mi )?(?:puente|edificio|balcon|"
        "ventana|azotea|techo|terraza|acantilado|precipicio|vias|via del tren|tren|metro|subte|"
        "vacio|coche|carro|auto|camion|autobus|bus|trafico|autopista|barranco|cornisa|abismo|"
        "piso [0-9]+|[0-9]+ piso)"
    ),
    # Leaving this world rather than a town.
    "GONE": (
        "(?:de este mundo|de esta vida|de este planeta|al cielo|con dios|(?:para|pa) siempre"
        "(?! (?:a|al|en|con|del)(?![a-z])| de (?!aqui|aca|aki)))"
    ),
    # Being gone for good, after which others are said to be better off.
    "GONE_IF": (
        "(?:me muero|me muriera|me muriese|me muera|muero|muriera|me mato|me matara|me suicido|"
        "desapareciera|desaparezco|me fuera para siempre|ya no estoy|ya no estuviera|"
        "no (?:estuviera|estuviese|existiera|existiese|existo|hubiera nacido|este|exista)"
        "(?: aqui| aca| aki| mas| en este mundo| viv[oa])?(?= #|$| y | ya | para ))"
    ),
    # "sin mí" rather than "sin mi jefe": the possessive always has a noun after it.
    "WITHOUT_ME": (
        "sin (?:mi(?= #|$| (?:y|o|ya|lo|la|las|los|el|de|en|que|porque|pero|si|ni|seguro|"
        "mejor|aqui|aca|todos|jaja|no|es|se|les|me|como|para|con|por|a|al)(?![a-z]))|"
        "alguien como yo|una? [a-z]+ como yo)"
    ),
    # Medicines and drugs, and the things they come in.
    "DRUG": (
        "(?:pastillas|pastis|pastillitas|pildoras|capsulas|comprimidos|grageas|tabletas|"
        "medicamentos|medicinas|medicacion|remedios|farmacos|somniferos|antidepresivos|"
        "ansioliticos|"
        "calmantes|tranquilizantes|analgesicos|paracetamol|ibuprofeno|aspirinas?|clonazepam|"
        "rivotril|alprazolam|lorazepam|diazepam|valium|trankimazin|tramadol|insulina|"
        "sertralina|fluoxetina|quetiapina|litio|benzos|opioides|fentanilo|morfina|"
        "pastillas (?:para dormir|de dormir|para la ansiedad)|mis (?:pastillas|medicinas))"
    ),
    # A course of treatment taken as prescribed.
    "AS_TOLD": (
        "(?:que me (?:recetaron|mandaron|dieron|toca|tocaban|dijo|dijeron|indicaron|mando)|"
        "del (?:tratamiento|antibiotico)|de (?:hoy|la mañana|la noche|la tarde|la semana "
        "(?!de una)|cada dia)|a (?:su hora|tiempo)|como (?:me )?(?:dijo|dijeron|indico|"
        "indicaron|tocaba|recetaron|manda))"
    ),
    "BOX": "(?:caja|cajas|frasco|frascos|bote|botes|blister|blisters|envase|envases|tira|tiras)",
    # Swallowing, said as done or about to be done.
    "SWALLOW": (
        "(?:(?:me |se )?(?:tome|tomo|trague|meti|bebi)|me he tomado|se ha tomado|"
        "acabo de (?:tomar|tragar)(?:me)?|(?:me )?(?:voy a|quiero|pienso) (?:tomar|tragar|beber)"
        "(?:me)?|tomarme|tragarme|beberme|tomar|tragar)"
    ),
    "POISON": (
        "(?:lejia|cloro|lavandina|veneno|matarratas|raticida|anticongelante|salfuman|"
        "amoniaco|insecticida|veneno para ratas)"
    ),
    # Where a cut is not a kitchen accident.
    "BODY": (
        "(?:los brazos|el brazo|las munecas|la muneca|las piernas|la pierna|los muslos|el muslo|"
        "la piel|el abdomen|la panza|la barriga|el estomago|la tripa|las caderas|la cadera|"
        "los antebrazos|el antebrazo|los tobillos|el pecho)"
    ),
    # Hurting oneself, said in the first person.
    "HURT": (
        "(?:corte|corto|queme|quemo|lastime|lastimo|golpee|golpeo|pegue|pego|rasgune|rasguno|"
        "arane|arano|rasque|rasco|mordi|muerdo|clave|clavo|pellizque|pellizco|hice dano|"
        "hago dano|he hecho dano|(?:di|doy|daba) (?:golpes|cabezazos|punetazos))"
    ),
    # What makes a hurt deliberate.
    "ON_PURPOSE": (
        "(?:a proposito|apropósito|adrede|aposta|queriendo(?= #|$)|para (?:sentir|castigarme|"
        "no sentir|calmarme|desahogarme|que nadie lo vea|que no se vea|sentirme mejor)|"
        "hasta (?:sangrar|hacerme sangre|que (?:me )?sangr[a-z]+|dejarme marcas?|"
        "que me doli[a-z]*|que salio sangre|hacerme heridas?))"
    ),
}

_NAME: Final = re.compile(r"\{([A-Z_]+)\}")


def _filled(source: str) -> str:
    """The source with its {NAME} parts filled in, including parts inside parts."""
    filled = _NAME.sub(lambda name: _PARTS[name[1]], source)
    return filled if filled == source else _filled(filled)


def _rules(kind: Kind, *sources: str) -> list[tuple[Kind, str]]:
    """Each source filled in, labelled with its kind."""
    return [(kind, _filled(source)) for source in sources]


_SUICIDE: Final = _rules(
    "suicide",
    # Wanting or planning to die or to kill oneself, pronoun after or before the verb.
    # A tired "no puedo más" before it is part of the thought, not a denial of it.
    "(?:(?:ya )?no (?:puedo|aguanto|doy|soporto)(?: mas)? )?{WISH} {ADV}(?:como |en como )?"
    "{END_ME}",
    "(?:(?:ya )?no (?:puedo|aguanto|doy|soporto)(?: mas)? )?{WILL} {ADV}(?:matarme|suicidarme|"
    "{SUI}arme|quitarme la vida|ahorcarme|colgarme|tirarme {FALL}|"
    "aventarme {FALL}|envenenarme|pegarme un tiro|darme piso|darme cuello|autoeliminarme|"
    "acabar con mi vida|terminar con mi vida|empastillarme|cortarme las venas|"
    "abrirme las venas|(?:acabar|terminar) con todo(?: esto)?(?= #|$| (?:ya|de una vez|hoy|"
    "esta noche)(?![a-z])))",
    "(?:(?:ya )?no (?:puedo|aguanto|doy|soporto)(?: mas)? )?(?:{ME_WISH}|{ME_WILL})"
    "(?:matar(?! a(?![a-z]))|"
    "suicidar|{SUI}ar|quitar la vida|ahorcar|colgar(?! (?:el|la|los|las|un|"
    "una|del? (?:telefono|movil|celular))(?![a-z]))|tirar {FALL}|aventar {FALL}|"
    "lanzar {FALL}|envenenar|pegar un (?:tiro|balazo)|dar un (?:tiro|balazo)|dar piso|"
    "dar cuello|cortar las venas|abrir las venas|desvivir(?! por)|"
    "borrar (?:del mapa|de este mundo)|autoeliminar|ir {GONE}|"
    "dormir para siempre)",
    # "Me voy a morir" is fear or hyperbole far more often than intent: only wishes here.
    "(?:(?:ya )?no (?:puedo|aguanto|doy|soporto)(?: mas)? )?{ME_WISH}morir{NOT_OLD}",
    "me la (?:voy a |quiero )?(?:dinar|palmar)",
    # Said as done or decided, in the present: "me mato esta noche", "hoy me suicido".
    "me (?:suicido|suicidare|matare|ahorco|ahorcare|quito la vida|doy piso|pego un tiro|"
    "vuelo la cabeza)",
    "me (?:corte|corto|cortare|he cortado|abri|abro) las venas",
    "(?:^|(?<=# )|(?:si|ya|hoy|yo|que|mejor|o|sino|y|asi|pues|entonces|alv|neta|fue) )"
    "me mato(?= #|$| (?:hoy|esta|mañana|ya|si|y|de una vez|ahora|yo|en serio|de verdad|"
    "lo juro|pronto|nmms|alv|wey|porque|xq|pq)(?![a-z]))",
    "(?:por que|porque|pq|xq|para que|pa que) no me (?:muero|muera|mato)"
    "(?= #|$| de una vez| ya(?![a-z]))",
    "a ver si (?:asi )?(?:me muero|muero|me mata|no despierto|desaparezco)",
    # Not wanting to live: the "no" is part of the phrase.
    "no (?:quiero|kiero|qiero|quero|kero|quisiera|deseo|tengo ganas de|quiere) {ADV}"
    "(?:seguir {ADV})?(?:vivir(?! (?:en|con|sin|de|como|para|aqui|cerca|lejos|sol[oa]|juntos|"
    "otra|a|al|del)(?![a-z]))|viviendo|estar viv[oa]|seguir viv[oa]|existir|"
    "(?:volver a )?despertar(?:me)?(?= #|$| (?:nunca|mas|jamas)(?![a-z])| mañana(?= #|$))|"
    "estar (?:aqui|aca|aki|en este mundo)(?= #|$| (?:mas|ya|nunca)(?![a-z]))|seguir(?= #|$))",
    "no (?:quiero|kiero|quisiera) (?:ser|seguir siendo) (?:mas )?(?:una carga|un estorbo|"
    "un problema para todos)",
    "(?:ojala|deseando|deseo|espero|rezo|pido|quiero|quisiera|me gustaria|y) (?:para |por |que )?"
    "(?:mañana |hoy |esta noche )?no (?:volver a )?(?:me )?(?:despertar(?:me)?|despertara|"
    "despertase|despierte|amaneciera|amanecer|amanezca|abrir los ojos)(?! (?:tarde|temprano|con|"
    "a las|antes|cansad[oa]|de mal|resfriad[oa]|enferm[oa])(?![a-z]))",
    "cerrar los ojos y (?:no (?:volver a )?(?:abrirlos|despertar)|que todo (?:se )?(?:termine|"
    "acabe|desaparezca))",
    "no (?:existir|vivir)(?= #|$)",
    "(?:mejor|ojala|quisiera|desearia|me gustaria) (?:que )?(?:yo )?no (?:existiera|existiese|"
    "hubiera nacido|hubiese nacido)",
    "(?:no|nunca) (?:debi|deberia|debia|tendria que) (?:haber )?nac(?:er|ido)",
    "(?:ojala|quisiera|desearia) (?:nunca|no) (?:haber|hubiera|hubiese) (?:nacido|sobrevivido)",
    "(?:arrepiento|arrepentid[oa]) de (?:haber )?sobrevivido",
    # No reason or sense in going on.
    "no (?:le )?(?:veo|encuentro|tiene|hay|tengo) (?:ningun |ninguna |el |la )?(?:sentido|"
    "razon|razones|motivo|motivos|caso) (?:a |en |para |de )?(?:seguir(?= #|$| (?:viv[oa]|"
    "viviendo|aqui|aca|adelante|asi|en este mundo)(?= #|$))|seguir viv[oa]|seguir viviendo|"
    "vivir|la vida|mi vida|estar viv[oa]|existir|despertar)",
    "(?:la|mi) vida (?:ya )?no (?:tiene|le veo|le encuentro) (?:ningun )?sentido(?= #|$| ya)",
    "(?:vivir|seguir viv[oa]|estar viv[oa]) (?:ya )?no tiene (?:ningun )?sentido",
    "(?:la|mi) vida (?:ya )?no vale (?:la pena|nada)(?= #|$| y )",
    "no vale la pena (?:vivir|seguir viv[oa]|seguir viviendo|estar viv[oa]|seguir(?= #|$))",
    "(?:nada|no tengo nada|ninguna razon|ningun motivo) (?:por lo )?(?:que|por que|por el que|"
    "para) (?:vivir|seguir viv[oa]|seguir(?= #|$))",
    "no (?:veo|hay|tengo|encuentro) (?:otra |ninguna )?salida(?= #|$| para mi)",
    "(?:morir(?:me)?|la muerte|el suicidio|matarme|suicidarme|desaparecer) (?:me parece|es|seria|"
    "sería) (?:la (?:unica|mejor) (?:salida|opcion|solucion)|lo mejor|un alivio|"
    "una liberacion|mi unica salida|lo unico que (?:me queda|quiero))",
    "(?:por que|porque|pq|xq|para que|pa que) (?:sigo|seguir|estoy|sigue|seguimos) "
    "(?:viv[oa]|respirando|existiendo)",
    "(?:cansad[oa]|hart[oa]|me canse|agotad[oa]) de (?:vivir(?! (?:en|con|de|aqui|aca|sol[oa]|"
    "lejos|cerca|al|a|para|bajo|entre|del|solo|sola)(?![a-z]))|existir|estar viv[oa]|"
    "seguir viv[oa]|respirar|la vida(?! (?:que|de|en)(?![a-z])))",
    "no (?:puedo|aguanto|soporto) (?:mas )?(?:con )?(?:mi|esta|la) vida(?= #|$)",
    "no (?:puedo|aguanto|soporto) (?:mas )?vivir (?:asi|mas)",
    # Not caring whether one lives, envying the dead, waiting for death.
    "(?:me da|me daria|me dan) (?:igual|lo mismo) (?:vivir o morir|morir(?:me)?|si (?:me muero|"
    "muero|vivo o muero)|estar viv[oa] o muert[oa])",
    "(?:vivir|morir(?:me)?|estar viv[oa]|seguir viv[oa]) me (?:da|daria) (?:igual|lo mismo)",
    "no me (?:importa|importaria) (?:si )?(?:morir(?:me)?|me muero|vivir o morir|vivo o muero)",
    "(?:envidio|envidia|suerte (?:tienen|tiene)) (?:a )?(?:la gente que|los que|las personas que|"
    "quienes|los|las) (?:ya )?(?:se mueren?|murieron|se murieron|mueren|muert[oa]s|no estan|"
    "estan muertos|descansan|se suicidan|se suicidaron)",
    "(?:que|a|esperando|espero) (?:que )?la muerte (?:venga|me (?:lleve|encuentre|busque)|llegue)",
    "(?:dios|diosito|virgencita)(?: [a-z]+){0,4}? (?:que )?(?:ya )?me (?:lleve|recoja|lleves|"
    "recojas|llevara|recogiera|llevase)",
    "(?:dios|diosito|senor) (?:mio )?(?:llevame|recogeme)|(?:llevame|recogeme) (?:ya |contigo |"
    "pronto )?(?:dios|diosito|senor)",
    "descansar para siempre|descanso eterno|(?:quiero|quisiera|ojala) (?:poder )?descansar en paz",
    # Wishing death would happen to one: an illness, an accident, a stray bullet.
    "ojala (?:yo )?(?:muera|muriera)|"
    "ojala (?:(?!no )[a-z]+ ){0,3}?(?:me muera|me muriera|me muriese|estuviera muert[oa]|"
    "estar muert[oa]|me (?:pisara|pise|atropelle|atropellara|arrolle|arrollara|aplaste|"
    "aplastara|mate|matara|maten|mataran)|(?:lleve|llevara) (?:[a-z]+ ){0,2}?por delante|"
    "(?:se )?(?:estrelle|estrellara|estrellase)|me (?:cayera|caiga) (?:un rayo|un meteorito|"
    "algo encima|un piano|una maceta)|me (?:diera|dieran|den|de) (?:un balazo|un tiro|"
    "un infarto|cancer)|me (?:diagnosticaran|diagnostiquen|detectaran|encuentren) (?:algo|un|"
    "una|cancer)(?: [a-z]+)? (?:terminal|incurable|mortal|cancer))",
    "ojala (?:hubiera sido|fuera|fuese) yo (?:[a-z]+ ){0,5}?(?:muert[oa]|murio|muriera|ataud|"
    "tumba|enterrad[oa]|cancer|accidente)",
    "ojala (?:[a-z]+ ){0,2}?(?:cancer|tumor|enfermedad|accidente|bala)(?: [a-z]+){0,5}? a mi"
    "(?= #|$| en vez| y no)",
    "(?:me gustaria|quisiera|ojala|desearia|deseo|quiero) que (?:alguien|algo|alguno|un coche|"
    "un carro|un camion|un auto|dios) me (?:matara|matase|mate|maten|mataran|atropellara|"
    "atropelle|llevara|lleve)",
    "(?:anden|vias|tren|metro|borde|balcon|azotea|puente|cornisa)(?: [a-z]+){0,8}? (?:dar|doy|"
    "di|de) (?:un )?(?:paso|pasito) (?:adelante|al frente|al vacio|mas)",
    "(?:quiero|quisiera|ojala|deseo) que (?:todo|mi vida) (?:se )?(?:termine|acabe|apague)"
    "(?= #|$| (?:ya|de una vez|para siempre)(?![a-z]))",
    "ojala (?:todo|mi vida|yo) (?:se )?(?:apague|acabe|termine)(?= #|$| (?:ya|de una vez|"
    "para siempre)(?![a-z]))",
    "ojala (?:se )?(?:acabara|acabase|terminara|terminase|apagara) (?:todo|mi vida)",
    "lo mejor (?:para todos )?(?:es|seria|sería)(?: para todos)? (?:que (?:me muera|me muriera|"
    "desaparezca|desapareciera|no este|no estuviera|me vaya para siempre)|{END_ME})",
    "no (?:me quedan|me queda|tengo|encuentro) (?:ni )?(?:ganas|fuerzas|motivos|razones) (?:de|"
    "para) (?:vivir|seguir viviendo|seguir viv[oa]|seguir(?= #|$))",
    "sin (?:ganas|fuerzas) (?:de|para) (?:vivir|seguir viviendo)",
    # Believing others would be better off without one.
    "(?:estarian|estaria|estaran|estara|vivirian|serian|seria|seran|sera|estarias|vivirias) "
    "(?:[a-z]+ ){0,2}?(?:mejor|mas felices|mas feliz|mas tranquil[oa]s?|felices) {WITHOUT_ME}",
    "(?:mejor|mas felices|mas feliz|felices|feliz|tranquil[oa]s?|un peso de encima|un alivio|"
    "extrañaria|extrañarian|echaria de menos|daria cuenta|notaria|importaria|ahorrarian)"
    " (?:[a-z]+ ){0,3}?(?:si|que|cuando) (?:yo )?(?:ya )?{GONE_IF}",
    "si (?:yo )?{GONE_IF} (?:[a-z]+ ){0,3}?(?:nadie|todos|mejor|un alivio|mas felices|"
    "mas feliz|felices|tranquil[oa]s|ni (?:lo|se) (?:notarian|darian))",
    "{WITHOUT_ME} (?:[a-z]+ ){0,2}?(?:se ahorrarian|estarian mejor|vivirian mejor|serian "
    "(?:mas )?felices)",
    "(?:el|este) mundo (?:no me necesita|estaria mejor sin mi|seria mejor sin mi)",
    "(?:soy|ser|siendo|sea|me siento|sentirme|siento que soy) (?:solo |tan solo |nada mas que |"
    "solamente )?(?:una carga|un estorbo|un peso muerto|un lastre)(?!(?: [a-z]+){0,3} "
    "(?:economicamente|en (?:el|la|este|esta) (?:trabajo|oficina|clase|equipo|grupo|proyecto))"
    "(?![a-z]))",
    "(?:cansad[oa]|hart[oa]) de ser (?:una carga|un estorbo|el problema|un problema|un lastre)",
    "(?:sobro|estoy de mas) en (?:el|este|esta) (?:mundo|vida)|siento que sobro(?= #|$)",
    "nadie (?:me )?(?:extrañaria|extrañara|echaria de menos|echara de menos|va a extrañar|"
    "va a echar de menos)",
    "nadie (?:lo )?(?:notaria|notara|se daria cuenta|se va a dar cuenta) (?:si|de que|cuando) "
    "(?:yo )?{GONE_IF}",
    "a nadie le (?:importa|importaria|va a importar) (?:si )?(?:estoy viv[oa]|me muero|muero|"
    "vivo o muero|me mato|desaparezco|desapareciera|me muriera|existo)",
    "(?:liberar(?:les|los|las|te)?|(?:les|los|las|te) (?:voy a|vaya a|quiero) liberar) de "
    "(?:mi(?= #|$)|mi presencia|mi existencia)",
    "mi existencia (?:solo )?(?:causa|trae|es) (?:dolor|dano|sufrimiento|un problema|una carga)",
    "cuando (?:me muera|muera|me mate|ya no este|me vaya|desaparezca) (?:[a-z]+ ){0,4}?"
    "(?:tranquil[oa]s|mejor|felices|en paz|aliviad[oa]s)",
    # Saying goodbye for good.
    "(?<!dije )(?<!decir )(?<!decirle )(?:adios|chao|chau|bye) (?:a todos|mundo(?: cruel)?|"
    "vida|para siempre|a todo|definitivo)"
    "(?= #|$| (?:ya|los|perdon|gracias|te|me|y)(?![a-z]))",
    "(?:adios|chao|chau) (?:# )?de verdad(?= #|$)",
    "^hasta siempre$|(?:adios|me despido)(?: [a-z]+){0,3} hasta siempre",
    "(?:esto|este) es (?:un|mi) adios(?: definitivo| para siempre| final)?(?= #|$)",
    "es un adios (?:definitivo|para siempre)",
    "(?:esta|esto|este mensaje) es (?:mi|una) despedida(?! de(?![a-z]))",
    "(?:me despido|mi despedida|este es mi ultimo mensaje)(?: [a-z#]+){0,6}? (?:para siempre|"
    "gracias por (?:intentar|aguantarme)|perdon|perdonen|los quiero|ha sido demasiado|"
    "no puedo mas)",
    "(?:esta noche|hoy|ya|para siempre) me despido(?= #|$)",
    "me despido (?:para siempre|de todos|de todo|de este mundo|de la vida)",
    "(?:mi|mis) (?:carta|cartas|nota|notas|mensaje)s? de despedida",
    "(?:escribi|escribo|escribir|escribiendo|escrito|escribio|dejo|deje|dejare|mande|mandar|"
    "envie) (?:una |la |un |el |unas |las )?(?:carta|cartas|nota|mensaje)s? de despedida"
    "(?= #|$| (?:para (?:todos|mi familia|mis hijos|mis padres|mi madre|mi padre|mi mama|"
    "mi papa|ustedes|cada uno)|y|a todos)(?![a-z]))",
    "(?:gracias por todo|los quiero|las quiero|te quiero) (?:[a-z]+ )?(?:# )?(?:perdon|"
    "perdonen|perdoname|lo siento)(?: por todo)?(?= #|$| adios| y )",
    "(?:los quiero|las quiero)(?: a todos| mucho)? (?:# )?adios",
    "(?:perdon(?:en|ame)? por todo|lo siento por todo|perdonen) (?:# )?(?:adios|gracias por todo)",
    "perdon(?:en|a|ame)? por (?:irme|dejarl[oa]s|dejarte|hacer esto|lo que voy a hacer)"
    "(?: asi)?(?= #|$)",
    "perdon(?:en|a|ame)? por no (?:ser|haber sido) suficiente",
    "nos vemos en (?:la otra vida|el otro lado|el mas alla|el cielo|otra vida)",
    "hasta aqui llegue(?= #|$| (?:yo|con la vida))",
    "(?:todo|mi vida) se (?:acaba|termina) (?:hoy|esta noche|aqui|ya)(?= #|$)",
    "esto se (?:acaba|termina) (?:hoy|esta noche|aqui)$",
    "(?:hoy|esta noche) (?:se (?:acaba|termina) todo|termino con todo|acabo con todo|"
    "termino(?= #|$))",
    "ya no estare(?= #|$| (?:aqui|aca|mas|con ustedes|con vosotros|contigo|"
    "para (?:nadie|ustedes|ti))(?![a-z]))",
    "(?:ya )?no voy a estar (?:aqui|aca|mas|mucho (?:mas|tiempo)|por mucho tiempo|para "
    "(?:cuando|verlo|ver))|ya no voy a estar(?= #|$)",
    "ya no (?:(?:vas a|van a) tener que|tendras que|tendran que|tendreis que|vas a|van a) "
    "(?:hacerlo|aguantarme|soportarme|preocuparse|preocuparte|cuidarme|preguntarme|"
    "lidiar conmigo|cargar conmigo)",
    "(?:(?:esta es )?(?:la )?ultima vez que (?:te )?(?:escribo|respondo|hablo|contesto)"
    "(?! (?:hoy|por hoy|esta|este|en|sobre|de)(?![a-z]))|"
    "te escribo por ultima vez(?! (?:hoy|por hoy|esta|este|en)(?![a-z]))|"
    "(?:este es )?mi ultimo (?:mensaje|check ?in)|"
    "(?:esta es )?mi ultima (?:entrada|respuesta|reflexion|vez aqui))",
    "(?:es|sera|este es|hoy es) mi ultimo dia(?= #|$| (?:de vida|en este mundo|aqui)(?![a-z]))",
    "(?:sepan|sepas|sepa) que no (?:es|fue) (?:su|tu|vuestra) culpa",
    "no (?:es|fue) (?:culpa de nadie|su culpa|tu culpa)(?: [a-z#]+){0,6}? (?:adios|"
    "me (?:tengo que )?ir|me voy|irme|lo siento|perdon)",
    "recuerd(?:enme|adme) (?:como|con|bien|siempre|feliz|sonriendo)|que me recuerden (?:bien|"
    "como|con|siempre|feliz)|para que me recuerde(?:n)?(?= #|$)",
    "(?:diganle|dile|decile|diles|digale|diganles) (?:a (?:mi|mis) [a-z]+ )?que (?:l[oa]s? )?"
    "(?:quiero|amo)(?: mucho)? y que lo siento",
    "si (?:ya )?no (?:contesto|respondo|escribo|vuelvo a escribir|aparezco)(?: mas| mañana| "
    "nunca)?(?: [a-z#]+){0,3}? ya (?:saben|sabes|sabran|sabras)",
    # Putting things in order before going.
    "(?:antes de|para|puedo|list[oa] para|hora de) (?:irme|partir) (?:para siempre|"
    "pa siempre|de este mundo|de esta vida)",
    "(?:para|puedo|list[oa] para|hora de) (?:irme|partir) (?:tranquil[oa]|en paz)(?= #|$)",
    "todo list[oa] para (?:irme|partir)(?= #|$)",
    "ya (?:deje|esta|tengo) todo (?:listo|arreglado|en orden|preparado|organizado)"
    "(?= #|$| para (?:irme|cuando me vaya|los demas|ellos)(?= #|$))",
    "(?:solo )?(?:me )?(?:queda|falta) despedirme",
    "(?:mis|las) cosas en orden (?:antes de|para cuando)",
    "(?:cuando|para cuando|antes de que) me encuentren(?! (?:el|la|los|las|un|una|algo|trabajo)"
    "(?![a-z]))",
    "nadie me (?:va a|vaya a|podra|pueda) encontrar(?: nunca| jamas)?(?= #|$)",
    "(?:regale|regalo|regalando|done|dono|donando|repartir|reparti|repartiendo|he regalado|"
    "he donado|he repartido) (?:todas )?"
    "(?:mis|todas mis|todas sus) cosas(?= #|$| (?:y|porque|ya|a todos|para que)(?![a-z]))",
    "hice (?:mi |el )?testamento(?: [a-z0-9#]+){0,12}? (?:ya da igual|ahora solo falta|"
    "ya no importa)",
    "(?:borrando|borre|borrar) (?:todas )?mis (?:fotos|chats|redes|cuentas|mensajes|"
    "conversaciones)(?: [a-z]+){0,4} (?:antes de irme|para irme|para que no)",
    "(?:que|q) (?:se )?(?:quede|quedara|cuide|cuidara) (?:con |a )?(?:mi|mis|su|sus) [a-z]+ "
    "para siempre",
    # Plans, places and means, named so they are recognised.
    "(?:voy a|va a|quiero|decidi|pienso|ganas de|ya decidi|decidio) saltar(?= #|$| (?:del|desde|"
    "por|al vacio|ahora|ya|esta noche|hoy)(?![a-z])| de (?:un|una|el|la|este|esta) (?:puente|"
    "edificio|balcon|ventana|azotea|techo|piso|terraza|acantilado))",
    "proximo tren es (?:el )?mio",
    "estoy en el borde del? (?:balcon|puente|edificio|azotea|techo|ventana|precipicio|"
    "acantilado|anden)",
    "(?:motor|coche|carro|auto) (?:[a-z]+ ){0,6}?garaje cerrado|garaje (?:[a-z]+ ){0,6}?(?:motor|"
    "coche|carro|auto) (?:prendido|encendido|en marcha)",
    "(?:voy a|quiero|pienso|ganas de|me voy a|planeo) (?:estrellar|chocar|estampar)(?:me)? "
    "(?:con )?(?:el|mi) (?:coche|carro|auto|moto|camioneta)",
    "(?:estrellarme|estamparme) (?:con el (?:coche|carro|auto) )?contra",
    "(?:pistola|arma|escopeta|revolver)(?: [a-z]+){0,6} (?:(?:pienso|voy a|va a|quiero|piensa|"
    "quiere) usarla|la (?:voy|va|quiero|pienso) (?:a )?usar)",
    "(?:caminando|nadando|entrar|meterme|me voy) (?:[a-z]+ )?(?:al|en el) (?:mar|rio|lago) "
    "hasta (?:que no haga pie|no volver|ahogarme|hundirme)",
    "para cuando (?:ya )?no (?:este|estemos)(?= #|$)",
    "(?:deje|he dejado|dejo|escribi|he escrito) (?:unas |las |mis )?cartas para (?:todos|"
    "cada uno|mi familia|mis hijos)",
    "(?:preparado|prepare|listo|lista|todo) (?:[a-z]+ ){0,2}?para mi (?:final|partida)(?= #|$)",
    "(?:formas|maneras|como|metodos) (?:de |para )?(?:hacerlo|morir|matarme|suicidarme) sin "
    "(?:que )?(?:duela|dolor|sufrir)",
    "(?:busque|buscando|buscar|investigue|investigando) (?:[a-z]+ ){0,3}?(?:como|formas de|"
    "maneras de|metodos para) (?:matarme|suicidarme|morir sin dolor|quitarme la vida|ahorcarme)",
    "ya tengo (?:la|una) (?:cuerda|soga)(?: lista| preparada)?(?= #|$)",
    "tengo (?:el|un|una botella de) (?:veneno|matarratas|raticida)(?: para ratas)? (?:en mi|"
    "en el|conmigo|aqui|listo|preparado|guardado)",
    "(?:(?:un|el|mi|primer|ultimo|otro|del) intento(?: de suicidio)?|intente (?:matarme|"
    "suicidarme|quitarme la vida))(?: [a-z0-9#]+){0,12}? "
    "(?:volver a (?:hacerlo|intentarlo)|intentarlo (?:de nuevo|otra vez)|hacerlo (?:de nuevo|"
    "otra vez)|(?:pensamientos|ideas|ganas) (?:volvieron|han vuelto|regresaron)|"
    "volvieron (?:esos|los|las) (?:pensamientos|ganas|ideas)|lo estoy sintiendo|"
    "vuelvo a (?:tener|sentir) (?:el plan|las ganas|esas ganas|lo mismo)|"
    "(?:las mismas|esas) ideas|(?:los mismos|esos) pensamientos)",
    "(?:sobrevivi|me salvaron|lavaron el estomago|me encontro|me encontraron)(?: [a-z#]+){0,10}? "
    "(?:volver a (?:hacerlo|intentarlo)|intentarlo (?:de nuevo|otra vez)|hacerlo (?:de nuevo|"
    "otra vez)|esta vez no)",
    "(?:lo unico|todo lo) que (?:quiero|deseo|pido) es {END_ME}",
    "quitarme de en medio(?= #|$| y )|me (?:quitaria|quito|voy a quitar) de en medio",
    "(?:solo )?les estorbo(?= #|$| a )",
    "desaparecer (?:para siempre|de este mundo|de la faz de la tierra|sin dejar rastro)",
    "no (?:se )?(?:merecen?|tienen? por que) (?:cargar|aguantar|soportar|lidiar) conmigo",
    "(?:ya )?me voy (?:para siempre|pa siempre|de este mundo|de esta vida)(?! (?:a|al|en|con|"
    "del)(?![a-z])| de (?!aqui|aca|aki|este mundo|esta vida))",
    "(?:ya )?(?:tengo pensado|se|decidi|elegi) (?:el )?como y (?:el )?cuando",
    "(?:ya tengo|tengo|deje) (?:la|mi) nota (?:escrita|lista|preparada)|"
    "(?:la|mi) nota ya esta (?:escrita|lista)",
    "(?:a quien|quien) (?:le )?(?:dejo|voy a dejar|se queda con) (?:cada cosa|mis cosas)",
    "para no dejar(?:le|les)? (?:problemas|deudas|cargas|nada pendiente)",
    "estoy en el puente(?= #|$| ahora)|(?:esta noche|a la noche|hoy) voy al puente(?= #|$)",
    "estoy en la azotea(?= #|$| ahora| del edificio(?= #|$))",
    "(?:{DRUG}|cuchilla|cuerda|soga|pistola|arma) en la mano",
    "(?:planeando|planeo|planear|preparando|preparo|organizando|organizo|fecha (?:para|de)) "
    "mi {SUI}io",
    "para (?:ahorcarme|suicidarme|{SUI}arme|quitarme la vida)",
    "(?:compre|tengo|busque|busco|suficientes?|comprar|conseguir|consegui) (?:[a-z]+ ){0,4}?"
    "para (?:matarme|morir(?:me)?|colgarme|envenenarme)(?= #|$| (?:ya|hoy|esta|mañana)(?![a-z]))",
    "(?:hacer|haga|hare|voy a hacer) que todo (?:termine|acabe|se acabe|se termine)",
    # Someone else at risk: a friend who says it, or already has the means.
    "{THEY} {ADV}(?:matarse|suicidarse|quitarse la vida|ahorcarse|colgarse|"
    "tirarse {FALL}|pegarse un tiro|no despertar)",
    "(?:quiere|quieren|dice que quiere|ganas de) morirse(?! (?:de|del|por)(?![a-z]))",
    "se (?:quiere|va a|iba a|piensa) (?:matar|suicidar|quitar la vida|ahorcar|pegar un tiro|"
    "tirar {FALL})",
    "(?:dice|dijo|amenaza|amenazo|escribio|me dijo) (?:que )?(?:[a-z]+ ){0,4}?se (?:suicida|mata|"
    "va a (?:matar|suicidar))",
    "se (?:corto|ha cortado) (?:[a-z]+ ){0,3}?(?:y )?(?:esta|sigue) sangrando",
    "se mata(?= #|$| (?:y|si|hoy|esta|mañana|ya)(?![a-z]))",
    "(?:tiene|tengo|tiene ya) (?:pensamientos|ideas) suicidas|(?:pensamientos|ideas) suicidas "
    "(?:todo el dia|cada dia|muy fuertes|otra vez)|tengo (?:muchos |muchas )?(?:pensamientos|"
    "ideas) (?:suicidas|de muerte|de morir(?:me)?|de matarme|de suicidio)",
    "(?:pienso|pensando|pense|pensar|penso|he pensado) (?:mucho |todo el dia |cada dia |"
    "seguido |a veces )?en (?:el )?{SUI}io(?! de (?:mi|su|un|una|el|la)(?![a-z]))",
    "(?:quiero|ganas de|pensando en|me quiero|pienso en) (?:el )?sui(?= #|$)",
    # Saying it outright in ways the wishes above miss: a thought that won't leave, the only
    # way out.
    "no (?:dejo|paro|puedo dejar) de pensar en {END_ME}",
    "(?:unica|otra) (?:salida|opcion|solucion|idea)(?: [a-z]+){0,3}? (?:es|que) {END_ME}",
    "(?:pondre|pondria|pongo|voy a poner) fin a (?:todo(?: esto)?|mi vida)(?= #|$| (?:ya|hoy"
    "|esta)(?![a-z]))",
    "(?:creo que|cuando [a-z]+(?: [a-z]+){0,3}?) me mato(?! a(?![a-z]))",
    "(?:aguantar|aguanto|durar|llegar a mañana) sin (?:matarme|hacerme dano|cortarme|hacer una "
    "locura)",
    "(?:paso|objetivo|meta|reto)(?: pequeno)?(?: de hoy)?(?: #)?(?: es| era| seria| fue)? no "
    "(?:matarme|suicidarme|morirme)",
    # Slang, gamer talk and texting spellings for dying or killing oneself: "m qiero matr",
    # "game over para mi".
    "m (?:quiero|kiero|qiero|voy a) (?:matar|matr|morir)",
    "(?:me )?(?:quiero|kiero) (?:matr|m0rir)",
    "(?:voz|vocecita|cerebro|cabeza|mente)(?: [a-z]+){0,4}? (?:dice|dicen|repite)(?: "
    "[a-z#]+){0,2}? (?:matate|que me mate|suicidate|mátate)",
    "me (?:voy a|quiero) volar (?:la cabeza|los sesos)",
    "(?:estoy|ando|toy) (?:re |muy |bien )?(?:para|pa) {END_ME}",
    "(?:hacer(?:me)?|me voy a hacer|me hago) (?:un )?harakiri",
    "(?:{ME_WISH}|{ME_WILL})(?:ir|pirar|largar) (?:al otro barrio|a criar malvas|a mejor vida|de "
    "este mundo|a la verga de este mundo)",
    "(?:{WISH}|{WILL}) {ADV}(?:irme al otro barrio|irme a criar malvas|pasar a mejor vida"
    "|petatearme|petatear|darme de baja (?:del planeta|de la vida|del mundo)|desconectarme (?:de "
    "la vida|pa siempre|para siempre)|bajarme del mundo|autodestruirme)",
    "me bajo del mundo|game over para mi|(?:logout|log out) de la vida|(?:ctrl|control) alt supr "
    "(?:a|con) mi vida|no quiero (?:respawnear|reaparecer) en esta vida",
    "(?:que|q) me lleve la (?:flaca|pelona|huesuda|parca)|me quiero petatear|salida de emergencia "
    "definitiva",
    "(?:me )?(?:quiero|kiero) (?:dar|darme) de baja del (?:planeta|mundo)",
    "dejar de? existir(?! (?:en|con|asi|de|la|el|para|por|como|solo)(?![a-z]))",
    "acabar c ?n todo",
    "k # m # s(?= #|$)",
    "{SUI}[a-z0-9]* es lo unico (?:que|q) (?:pienso|tengo en la cabeza)|su1c1d4rme|s u i c i d i o",
    "(?:ir|irme)(?: [a-z]+){0,3}?(?: #)? (?:y )?no (?:de viaje|de la ciudad|de vacaciones|hablo "
    "de (?:mudarme|viajar))",
    "ya no (?:kiero|quiero) nada(?: #)? solo morir(?:me)?",
    # Passive wishes: better dead, not waking up, an accident or an illness that would be welcome.
    "(?:estaria|estaria|estariamos) mejor muert[oa]|(?:seria|es|estaria) mejor (?:estar muert[oa]"
    "|no estar|no existir|no despertar|morirme)(?= #|$)",
    "(?:seria|es) (?:mas facil|un alivio|tan facil) (?:no (?:estar|existir|despertar(?:me)?|haber "
    "nacido)|estar muert[oa])",
    "(?:preferiria|prefiero) no haber nacido",
    "(?:dormir(?:me)?|quedarme dormid[oa]) (?:y no volver|y que (?:sea|fuera) para siempre)"
    "|quedarme dormid[oa] para siempre",
    "(?:quiero|quisiera|ganas de|fantaseo con|deseo|prefiero|mejor) no estar(?= #|$| (?:mas|aqui"
    "|aca|en este mundo|viv[oa])(?![a-z]))",
    "no quiero estar (?:mas )?en este mundo|no quiero estar(?= #|$)",
    "miedo (?:de|a) seguir (?:asi|viviendo|viv[oa])",
    "la muerte (?:me parece|es|seria) (?:un |una )?(?:descanso|alivio|liberacion)|muerte(?: "
    "[a-z#]+){0,3}? la espero",
    "no (?:aguanto|soporto|puedo) (?:mas )?(?:estar|seguir) viv[oa]",
    "si (?:yo )?(?:me muriera|me muero|muero|muriera|no (?:me )?despierto|no (?:me )?despertara"
    "|no amanezco|no vuelvo a despertar|me (?:atropella|atropellara|pilla|pillan|pillara) (?:un "
    ")?[a-z]*|me pasara algo(?: grave)?|me pasa algo|me estrello|me estrellara|chocamos|me diera "
    "algo|el avion se cae|la enfermedad me gana)(?: [a-z]+){0,3}?(?: #)? (?:pues )?(?:mejor|no "
    "pasa nada|no pasaria nada|tampoco pasa nada|me (?:daria|da) (?:igual|lo mismo)|no me "
    "(?:importaria|importa|molestaria)|lo agradeceria|hasta alivio|seria (?:un )?alivio|me haria "
    "un favor|no seria tan malo|que pase|no lucharia)",
    "me da (?:igual|lo mismo) si (?:mañana )?(?:no (?:amanezco|despierto|me despierto)|me "
    "(?:atropella|caigo|pasa algo))",
    "ojala (?:(?!no )[a-z]+ ){0,6}?(?:me muera|me muriera|me muriese)",
    "ojala m atropell[a-z]+",
    "ojala (?:[a-z]+ ){0,3}?(?:el avion|el auto|el coche|el carro|el camion|el tren) (?:se "
    ")?(?:cayera|caiga|estrelle|estrellara|no frene|no frenara|no aterrice|choque|chocara)",
    "ojala (?:[a-z]+ ){0,2}?(?:me pase|me pasara|me diera|me de) algo(?= #|$| (?:y|grave"
    "|malo)(?![a-z]))",
    "ojala (?:esta |la |mi )?(?:enfermedad|neumonia|cancer|tumor)(?: [a-z]+){0,3}? (?:me (?:gane"
    "|ganara|lleve|llevara|mate|matara)|se (?:me )?complique)",
    "ojala (?:tener|tuviera) un accidente",
    "ojala (?:sea|fuera) (?:la|el) ultim[oa](?= #|$)",
    "(?:alguien|algo) me (?:apagara|apague)|boton para (?:apagarme|desaparecer|dejar de existir"
    "|morir(?:me)?)|apagarme como una (?:lampara|tele|luz|vela)",
    "ojala se (?:apague|acabe|termine) todo(?= #|$| (?:de una vez|ya|para siempre))",
    "ojala (?:{END_ME}|dejar de existir)",
    "(?:me encantaria|me gustaria|desearia|quisiera|ojala) que todo (?:se )?(?:terminara|acabara"
    "|apagara|termine|acabe)",
    "(?:debi|deberia|tendria que|tenia que) (?:haberme muerto|haber muerto|haberme matado)|por "
    "que no me mori yo",
    "(?:para|pa) (?:que|q) (?:sigo (?:aqui|viv[oa]|viviendo)|me despierto|sigo(?= #|$))",
    "no (?:le )?(?:encuentro|veo) sentido a nada(?: [a-z#]+){0,3}? (?:seguir viv[oa]|vivir)",
    "(?:abrir los ojos|despertar|despertarme)(?: [a-z]+){0,3}? es una decepcion|me decepciona "
    "(?:despertar|despertarme|seguir viv[oa]|cuando suena la alarma)",
    "(?:la vida|vivir) me (?:sobra|pesa demasiado)",
    "cruz[oe] (?:la calle )?sin mirar(?: [a-z#]+){0,6}? (?:me da igual|esperando|ojala|a "
    "proposito|si me|que me)|cruzo la calle no miro",
    "(?:esperando|deseando|con la esperanza de) (?:que )?(?:algo|un coche|un rayo|el mar|un "
    "camion|la enfermedad) me (?:pase|caiga|atropelle|lleve|pille|mate)",
    "(?:pienso|pensando) en dar un volantazo|(?:quiero|ganas de) dar un volantazo",
    "(?:rezo|pido|ruego)(?: [a-z]+){0,4}? (?:para )?que (?:me lleve|no me deje (?:despertar"
    "|amanecer))",
    "(?:esperando|espero|con suerte|deseando) no (?:despertar(?:me)?|me despierto|despierte"
    "|amanecer|amanezca)(?! (?:tarde|temprano|antes|a las|con|de mal|muy)(?![a-z]))",
    "me imagino muert[oa]|(?:pensar en (?:la muerte|morir(?:me)?|no estar)|pensarla|imaginarme "
    "muert[oa]) me (?:da|trae) (?:paz|calma|alivio)|me da paz pensarla",
    "pienso en (?:la muerte|morir(?:me)?) (?:todo el dia|todo el tiempo|a todas horas"
    "|constantemente|cada dia)",
    "(?:balcon|vias|ventana|puente|azotea|anden|acantilado|borde)(?: [a-z#]+){0,8}? (?:seria "
    "(?:tan |muy )?facil|lo facil que (?:seria|es)|dejarme caer)",
    "(?:ojala|facil que|pienso que|esperando que) (?:[a-z]+ ){0,2}?(?:un |el |la )?(?:coche"
    "|camion|auto|carro|tren|moto) no (?:frene|frenara|frenase)",
    "descansar(?: (?:de verdad|#|en paz|ya)){1,3} para siempre",
    "(?:evaporarme|desvanecerme|esfumarme)(?! (?:un|una|por|de|del|hasta|durante|en)(?![a-z]))",
    "tampoco quiero seguir (?:aqui|viv[oa]|viviendo|en este mundo)",
    "vivo o (?:me )?muero",
    "tengo ganas de que pase|la espero con ganas",
    "no quiero matarme pero",
    # A burden to others, who would rest or be better off: said without a word about dying.
    "(?:haria|hago|haga) un favor (?:a todos |al mundo |a mi familia )?(?:si (?:yo )?(?:me "
    ")?(?:desapareciera|desaparezco|muriera|muero|fuera|voy|mato|matara)|muriendome"
    "|desapareciendo|matandome|yendome)",
    "si (?:me )?(?:desaparezco|muero|voy|mato|desapareciera|muriera|fuera) (?:les|le) (?:hago"
    "|haria) un favor",
    "mejor (?:que )?(?:desaparezco|desaparecer|desaparezca|me quito (?:del|de en) medio|no estar"
    "|no existir|dejar de existir|deje de existir)(?= #|$| (?:del todo|para siempre|ya|de una vez"
    "|y)(?![a-z]))",
    "sobro en (?:esta casa|todas partes|todos lados|este mundo|mi casa|mi familia|la vida de)"
    "|(?:siento|sensacion de|pienso|se) que sobro|(?:^|(?<=# ))sobro(?= #|$)",
    "(?:desperdicio|gasto) de (?:espacio|oxigeno|aire)|ocupo (?:espacio|oxigeno)(?: y (?:espacio"
    "|oxigeno))? que",
    "no soy (?:mas|nada mas|otra cosa) que (?:una carga|un estorbo|un peso|un problema|un gasto"
    "|una molestia)",
    "(?:soy|ser|siendo|sea) (?:solo |tan solo )?(?:un peso|una molestia|un gasto) para (?:mi|mis"
    "|ellos|ellas|todos|mi familia|los demas|nadie)",
    "{WITHOUT_ME} (?:[a-z]+ ){0,2}?(?:descansaria|descansarian|estaria en paz|estarian en paz"
    "|creceria|crecerian|seria mas libre|serian mas libres|vivirian mas tranquil[oa]s|se "
    "acabarian|se acabaria|tendria su vida|estarian tranquil[oa]s)",
    "{WITHOUT_ME}(?: #)? (?:incluso|hasta|aun) mejor",
    "(?:se (?:les|le) )?(?:acaba|acabaria|termina|terminaria)n? (?:el problema|los problemas|todo"
    "|las peleas)(?: [a-z]+){0,3}? (?:si|cuando) (?:yo )?(?:ya )?(?:me voy|no este|no estoy|me "
    "muero|desaparezco|me mato)",
    "(?:si|cuando) (?:yo )?(?:ya )?(?:me voy|no este|me muero|desaparezco) se (?:les |le "
    ")?(?:acaba|acabaria|termina) (?:el problema|los problemas|todo)",
    "cuando (?:yo )?(?:ya )?no este (?:[a-z]+ ){0,4}?(?:descansar|ira bien|estaran bien|podra "
    "descansar)",
    "si (?:yo )?{GONE_IF}(?: [a-z]+){0,4}? (?:por fin )?(?:descansa|descansaria|descansarian|va a "
    "descansar|van a descansar|dejo de costar|cobran el seguro|dejo de ser|sufriria)",
    "valgo mas muert[oa] que viv[oa]",
    "(?:ni )?(?:notarian|echarian de menos|aliviad[oa]s)(?: [a-z]+){0,3}? si (?:yo )?(?:me muero"
    "|dejo de existir|muero|desaparezco|me muriera|me voy)",
    "(?:mas facil|un alivio)(?: [a-z]+){0,3}? (?:si|que|q) (?:yo )?(?:ya )?(?:no despertara|no "
    "estuviera|no existiera|me muriera|desapareciera)",
    "ojala no (?:estuviera|existiera|estar|existir)(?= #|$| (?:aqui|mas|en este mundo))",
    "(?:quitar|ahorrar)(?:les)? (?:ese peso|el resto de mi vida)(?: de encima)?(?: para siempre)"
    "|les voy a ahorrar el resto de mi vida",
    "(?:problemas|gastos|carga|estorbo|molesto|un peso)(?: [a-z#]+){0,8}? (?:hora de irme|por eso "
    "me voy|por eso quiero irme|mejor me voy)",
    # Goodbyes that close for good: no more answers, a note to be read after, nobody to blame.
    "(?:ya )?no (?:vas|van) a (?:saber|oir) (?:nada )?mas de mi|(?:ya )?no me (?:vas|van) a "
    "(?:volver a )?(?:leer|ver)(?= #|$| mas| nunca)|ultim[oa] (?:vez|dia) que me (?:vas|van) a "
    "(?:leer|ver)",
    "no voy a (?:contestar|responder|estar|hacer|escribir)(?: [a-z]+){0,4}? (?:nunca mas|ni nunca "
    "mas|mas mensajes|mas check ?ins?)|(?:mañana )?ya no voy a (?:contestar|responder)(?= #|$| "
    "mas)",
    "no paso de esta noche|no voy a llegar al resumen",
    "(?:buenas noches|dejo de escribir|chao)(?: [a-z#]+){0,3}? para siempre",
    "(?:cuando|para cuando) (?:[a-z]+ )?(?:leas|lean|lea|leais) esto(?: [a-z#]+){0,3}? (?:sera "
    "tarde|me habre ido|habre muerto|no estare|estare muert[oa]|ya no este)|ya me habre ido",
    "(?:hoy|esta noche) se (?:acaba|termina)(?= #|$)",
    "desde donde (?:este|estare)(?= #|$)",
    "(?:aqui|hoy) (?:termina|acaba) mi (?:historia|vida|camino)|se acabo para mi(?= #|$)",
    "nos vemos (?:del|al) otro lado",
    "me voy(?: [a-z#]+){0,4}? no me (?:busquen|busqueis|busques|esperen|espereis)(?= #|$)|no me "
    "(?:busquen|busqueis)(?= #|$)",
    "(?:no puedo mas|no pude mas|no puedo seguir|mi limite)(?: [a-z#]+){0,3}? (?:adios|chao|me "
    "despido)|(?:perdon|lo siento)(?: [a-z]+){0,2}? (?:# )?(?:ya )?no (?:pude|puedo) mas",
    "gracias por todo(?: [a-z#]+){0,4}? (?:adios|chao|ya me voy|hasta nunca|me despido)",
    "perdon(?:enme|adme|ame)? (?:por )?lo que voy a hacer",
    "(?:diganle|dile|decile|diles|digale|diganles|decidle)s? (?:a (?:mi|mis|todos)(?: "
    "[a-z]+){0,2}? )?que (?:(?:l[oa]s?|les?) )?(?:quiero|quise|amo|ame|perdono)|(?:diganle|dile"
    "|decile|diles|digale|decidle) (?:a (?:mi|mis) [a-z]+ )?que no (?:es|fue) (?:su|tu) culpa",
    "(?:sepan|sepas|sepa) que no (?:es|fue) culpa de nadie|nadie tiene la culpa(?: [a-z#]+){0,3}? "
    "(?:lo decidi|decision mia)",
    "despedi[a-z]*(?: [a-z]+){0,5}? sin que (?:lo sepan|lo supieran|se den cuenta|se dieran "
    "cuenta|ella lo sepa|el lo sepa|lo sepa)",
    "sabiendo que (?:es|era|sera) (?:la|el) ultim[oa]|(?:es|era) la ultima (?:vez|noche)(?= #|$)",
    "(?:lo siento|perdon(?:en|ame|adme)?)(?: mucho| por todo)? (?:# )?(?:los|las|os) (?:quiero"
    "|quise|amo)",
    "(?:diles|digan|decile|que sepan?) que lo intente(?= #|$)",
    "a quien encuentre (?:este|mi) (?:telefono|movil|celular|cel|nota|carta)",
    "(?:^|(?<=# ))(?:ultimo mensaje|ultima noche)(?= #|$)|ultimo (?:paso pequeno|reflect)(?= #|$)",
    "(?:mar|acantilado|puente|bosque|monte|montana|vias|rio|costa)(?: [a-z#]+){0,6}? (?:y "
    ")?(?:esta vez )?(?:no (?:pienso|voy a) volver|no vuelvo)|(?:ir al puente|y no volver)(?= #|$)",
    # Affairs put in order: letters for each one, a funeral chosen, arrangements for when one
    # is gone.
    "(?:carta|cartas) (?:para|a) cada uno|(?:una )?carta a cada uno|cartas para (?:mi familia|mis "
    "hijos|mis padres|todos)",
    "(?:elegi|deje|escribi|anote|tengo|pague|prepare|organice|dinero para|musica para"
    "|canciones)(?: [a-z]+){0,6}? (?:mi|para mi) (?:funeral|entierro|lapida|velorio)|(?:mi|para "
    "mi) (?:funeral|entierro|lapida|velorio)(?: [a-z#]+){0,4}? (?:lo deje|deje|dejo) (?:anotado"
    "|escrito)|con la que (?:quiero que )?me (?:entierren|vean la ultima vez)|como quiero que sea "
    "mi entierro|pongan en mi lapida",
    "(?:para cuando|cuando) yo (?:ya )?no este",
    "si me pasa algo(?: [a-z#]+){0,2}? y (?:me )?va a pasar",
    "(?:ya )?escribi la nota(?= #|$| (?:esta|solo))",
    "preparando mi despedida(?= #|$| ya)",
    "donde voy no (?:hay|la necesito|lo necesito|los necesito)",
    "no (?:l[oa]s? )?voy a necesitar(?: [a-z]+){0,2}? (?:# )?adios",
    # A plan: the night, the place, the means at hand, the time chosen so nobody is there.
    "cuando (?:[a-z]+ ){0,6}?(?:se (?:duerman|vayan|vaya|duerma)|duerman|no (?:haya|este|esten) "
    "nadie|este sol[oa]|esten celebrando)(?: [a-z#]+){0,4}? lo hago",
    "(?:esta noche|a la noche|esta misma noche|esa misma noche|hoy a la noche) lo hago|lo hago "
    "(?:esta noche|esa misma noche|a la noche)",
    "(?:ya )?(?:tengo|puse|elegi|he elegido) (?:la )?fecha(?= #|$| y el lugar| y la hora|: el "
    "[0-9]+| el dia)|fecha elegida",
    "(?:ya )?(?:elegi|he elegido) (?:el|un) (?:arbol|puente|edificio)",
    "(?:pistola|arma|escopeta|revolver)(?: [a-z]+){0,4}? cargada|tengo (?:el arma|la pistola|la "
    "escopeta|el revolver)(?: de (?:mi )?[a-z]+)?(?: [a-z#]+){0,4}? (?:en (?:la mesa|mi cuarto|mi "
    "habitacion)|encima|no paro de mirarla|delante)|se donde guarda (?:mi [a-z]+ )?(?:la pistola"
    "|el arma|la escopeta)",
    "(?:{DRUG}|cuchilla|cuchillas|navaja|cuter|cutter|soga|pistola|arma|veneno) (?:delante|al "
    "lado|aqui al lado|preparad[oa]s? para|en la mesita)",
    "estoy (?:sentad[oa] |parad[oa] |de pie )?en (?:las vias|la via(?: del tren)?|el acantilado"
    "|el borde|la cornisa)|(?:terraza|azotea|balcon|acantilado|puente|ultimo piso)(?: "
    "[a-z#]+){0,4}? mir(?:ando|e) (?:abajo|hacia abajo|al vacio)",
    "(?:coche|carro|auto) (?:[a-z]+ ){0,6}?(?:motor|garaje)(?: [a-z]+){0,3}? (?:encendido"
    "|prendido|en marcha|no pienso salir)",
    "voy a (?:dejar|abrir) (?:el |la llave del )?gas|(?:he dejado|deje) el gas abierto(?= #|$)",
    "carbon(?: [a-z#]+){0,3}? ya sabes para que",
    "{DRUG}(?: [a-z#]+){0,8}? (?:ya )?tengo (?:suficientes|de sobra)|cajas en (?:varias|distintas"
    "|diferentes) farmacias|en farmacias (?:distintas|diferentes)|para (?:juntarla|juntarlas"
    "|acumularla|acumularlas)(?: toda| todas)?|{DRUG}(?: [a-z]+){0,4}? sin tomarlas|por si el dia "
    "es hoy",
    "(?:mirando|mire|mirar) (?:la |las )?vigas? del techo",
    "no (?:quiero |voy a |pienso )?bajar por las escaleras|no bajo por las escaleras",
    "para que no me encuentre(?:n)?(?: mi familia| nadie)?(?= #|$)|(?:hotel|habitacion)(?: "
    "[a-z]+){0,6}? para hacerlo",
    "mar adentro(?: [a-z]+){0,3}? hasta|(?:meterme|entrar|me meto) (?:al|en el) (?:mar|rio"
    "|lago)(?: [a-z]+){0,3}? y no (?:volver|salir)",
    "para (?:cortarme las venas|abrirme las venas|envenenarme)",
    "(?:navaja|cuchilla|cuerda|soga|pastillas|pistola|arma|veneno)(?: [a-z]+){0,2}? "
    "preparad[oa]s? (?:para esta noche|para hoy|para mañana)",
    "(?:veneno|cuchilla|pistola|arma|soga|cuerda|pastillas)(?: [a-z]+){0,4}? no (?:dejo|paro) de "
    "mirarl[oa]s?",
    "(?:tren|trenes)(?: [a-z]+){0,5}? (?:que )?no (?:para|paran|frena|frenan)(?= #|$| en mi)",
    "(?:la otra vez|la vez pasada|la ultima vez|la primera vez)(?: [a-z]+){0,3}? (?:falle|me "
    "salvaron|me arrepenti|no funciono|me encontr[a-z]+)(?: [a-z#]+){0,6}? esta vez",
    "nadie sabe que (?:es|sera) (?:el|mi) ultim[oa]",
    "(?:plan|paso|paso pequeno|objetivo)(?: [a-z]+){0,4}? (?:es|sera|fue|era|#) (?:{END_ME}|ir al "
    "puente|no despertar)",
    "(?:ver|mirar|comprobar|medir) (?:la altura|si (?:es|era) (?:lo )?(?:suficientemente "
    "|bastante )?alto)",
    "(?:voy a ir|voy directo|ire) a (?:las vias|la via)",
    "(?:ya )?(?:se|tengo pensado|decidi|elegi) (?:exactamente )?(?:el )?como y (?:el )?cuando",
    # An attempt before, and the same thoughts, urge or plan now.
    "(?:(?:mi|el|un|del|tras el|primer|ultimo|tercer|segundo) intento|lo intente|intentarlo"
    "|intente (?:matarme|irme|ahorcarme|suicidarme)|sobrevivi|me salvaron|me dieron el alta|sali "
    "del hospital|termine en (?:urgencias|el hospital)|estuve (?:internad[oa]|ingresad[oa]|en la "
    "uci)|me llevaron a urgencias|me lavaron el estomago)(?: [a-z0-9#]+){0,12}? (?:otra vez|de "
    "nuevo|volver a|vuelvo a|volviendo|igual|lo mismo|las mismas|los mismos|repetir(?:lo)?|esta "
    "vez|sigo (?:queriendo|con ganas|igual)|me esta (?:volviendo a )?pasando|ha vuelto|han vuelto"
    "|esta volviendo|siento que)",
    "(?:ayer|anoche|hace (?:unas|un par de|[0-9]+) horas|esta mañana) (?:lo )?intente|lo intente "
    "(?:ayer|anoche|hace (?:unas|un par de|[0-9]+) horas|esta mañana)",
    "ojala hubiera funcionado|casi lo logro|terminar lo que empece|no se si (?:sobrevivire|voy a "
    "sobrevivir|aguantare|llego) (?:a )?esta noche",
    "ultima vez que me senti asi(?: [a-z]+){0,4}? (?:termine|acabe) en",
    # Someone else at risk now: says it, has the means, sent a goodbye, is cutting or has swallowed.
    "(?:(?:dice|dijo|grita|escribio|me dice|me dijo|me escribio) que (?:se )?|mi [a-z]+ (?:[a-z]+ "
    ")?se )(?:quiere|va a) morir(?! (?:de|del|por)(?![a-z]))",
    "se va a tirar(?= #|$)|amenazando con (?:tirarse|matarse|suicidarse)|a punto de (?:saltar"
    "|tirarse|matarse)",
    "(?:despedida|una carta|una nota)(?: [a-z#]+){0,6}? (?:no contesta|no responde|no coge el "
    "telefono|no lo localizo|no la localizo|nadie sabe donde)",
    "(?:publico|mando|escribio|dejo|subio) (?:un |una )?(?:mensaje de )?despedida",
    "(?:tomarse|se tomo|se toma|se va a tomar) (?:todas (?:sus|las) {DRUG}|todo lo que (?:tiene"
    "|tenia|habia))|se tomo algo(?: [a-z#]+){0,5}? no (?:responde|reacciona|despierta)",
    "dice que (?:ya )?tiene (?:la cuerda|la soga|las pastillas|todo preparado|la escopeta)|dice "
    "que no quiere (?:despertar|vivir|seguir)",
    "habla de (?:irse para siempre|morirse|matarse|suicidarse|no estar)",
    "(?:se fue|salio) con (?:la escopeta|la pistola|el arma)",
    "(?:es|sera) su ultima noche|esta es (?:la|mi|su) ultima noche|esta es la ultima vez que "
    "hablamos|esta noche lo hace(?= #|$)",
    "{DRUG} para irse(?= #|$)|con (?:las )?{DRUG} y una (?:nota|carta)",
    "{THEY} {ADV}(?:terminar con todo|acabar con todo|acabar con su vida)",
)

_SELF_HARM: Final = _rules(
    "self_harm",
    # Cutting: a body part, a repeat or an urge, never hair, nails or the kitchen.
    "(?:{WISH}|{WILL}) {ADV}(?:cortarme|lastimarme|autolesionarme|hacerme dano|golpearme|"
    "quemarme|hacerme cortes|sangrar)(?! (?:el|la|las|los|un|una|unas|unos|mi|mis|en|con|al|"
    "si|como|de tanto|jugando|corriendo|entrenando)(?![a-z]))",
    "(?:{WISH}|{WILL}) {ADV}(?:cortarme|lastimarme|quemarme|golpearme) {BODY}",
    "(?:{ME_WISH}|{ME_WILL})(?:cortar|lastimar|autolesionar|hacer dano|golpear|quemar)"
    "(?! (?:el|la|las|los|un|una|unas|unos|mi|mis|en|con|al|si|como|de tanto|jugando|corriendo|"
    "entrenando)(?![a-z]))",
    "(?:ganas|necesidad|urge|urgencia|impulsos?) (?:[a-z]+ )?de cortar(?:me)?(?! con (?:el|ella|"
    "mi|mis|la|esa|ese|todo)(?![a-z])| (?:la|el|las|los|un|una)(?![a-z]))",
    "cortarme(?= #|$| (?:otra vez|de nuevo|hoy|ya|y|porque|para|hasta|cuando)(?![a-z]))",
    "(?:autolesion(?:arme|o|e|ando|andome|are)|me autolesion[a-z]*)",
    "me (?:corte|corto|he cortado|cortaba) (?:{BODY}|de nuevo|otra vez|otra ves|igual|"
    "nuevamente|una vez mas|hoy tambien|todavia|aun|hasta|profundo|muy (?:profundo|fuerte)|"
    "a proposito|para(?! (?:hacer|cocinar)))",
    "me corto(?= #|$| (?:desde|cuando|porque|a escondidas|todos los dias|cada|seguido|casi|"
    "otra vez|de nuevo|hasta|y|si)(?![a-z])| para (?!hacer|cocinar))",
    "(?<!y )(?:despues|luego|anoche|entonces|y otra vez|de nuevo|recai) me corte(?= #|$)",
    "me (?:volvi|he vuelto|vuelvo|volvere) a (?:cortar|lastimar|quemar|autolesionar|golpear)"
    "(?! (?:el|la|las|los|un|una|con)(?![a-z]))",
    "(?:volvi|vuelvo|he vuelto|volver) a (?:cortarme|lastimarme|hacerme dano|autolesionarme|"
    "quemarme|golpearme)",
    "me (?:hice|hago|he hecho) (?:[0-9]+|unos|varios|muchos|mas|otros|nuevos) cortes",
    "me (?:hice|hago|he hecho) cortes(?= #|$| en {BODY})",
    "me (?:quemo|corto|rasguno|arano) {BODY}(?! (?:con el sol|al sol|en la playa)(?![a-z]))",
    "(?:brazos?|piernas?|munecas?|muslos?|cuerpo) (?:[a-z]+ ){0,2}?llen[oa]s? de (?:cortes|"
    "cicatrices nuevas|quemaduras)",
    "(?:hice|hago|hacer|hacerme|volvi a hacer|recai en|recaida de|recaida en|relapse de|relapse|"
    "ganas de hacer) (?:sh|self ?harm)",
    "sh (?:[0-9]+ )?(?:cortes|urges?|relapse|recaida)",
    # Hurting oneself on purpose, till it bleeds, or to punish oneself.
    "me {HURT}(?: [a-z]+){0,6}? {ON_PURPOSE}",
    "(?:hacerme|me (?:hice|hago|he hecho)) dano (?:otra vez|de nuevo|a proposito|adrede|para)",
    "me (?:hago|hice) dano(?= #|$| (?:porque|otra vez|de nuevo)(?![a-z]))",
    "me (?:lastimo|lastime)(?= #|$| (?:porque|otra vez|de nuevo)(?![a-z]))",
    "me (?:pego|golpeo|doy golpes|lastimo|corto|quemo|hago dano|rasguno|rasco|muerdo|arano) "
    "cuando (?:me enojo|me enfado|me frustro|estoy (?:asi|mal|triste|ansios[oa]|sol[oa])|"
    "nadie me ve|me siento|la cago|me equivoco|no puedo)",
    "(?:me|a) (?:pego|pegue|golpeo|golpee|doy golpes|di golpes)(?: [a-z]+){0,4}? (?:yo sol[oa]|"
    "a mi mism[oa])",
    "(?:pegarme|golpearme|lastimarme|castigarme) a mi mism[oa]",
    "me (?:arane|rasgune|rasque) (?:toda |todo )?(?:los |las |el |la )?(?:cara|brazos?|"
    "piernas?|piel|cuerpo)(?: [a-z#]+){0,3}? no (?:pude|podia|puedo) parar",
    "(?:me (?:provoque|provoco|provocare|voy a provocar)|provocarme) (?:el )?vomito",
    "deje de comer (?:[a-z]+ ){0,3}?(?:a proposito|para castigarme|adrede)",
    "(?:sangrar|sangro|ver sangre|cortarme|lastimarme|hacerme dano) me (?:hace sentir|siento|"
    "calma|alivia)(?: [a-z]+)?(?: mejor| bien| algo)?",
    "cuando (?:sangro|me corto|me lastimo|me hago dano|veo sangre) me siento (?:mejor|bien|"
    "aliviad[oa]|en paz|viv[oa])",
    # The blade: its place, its call, its hiding spot.
    "(?:sacar|saque|saco|desarme|desarmar|desarmo|rompi|romper) (?:la |una |las |unas )?"
    "(?:cuchilla|cuchillas|hoja|hojita)s? del? (?:un |el |mi )?sacapuntas",
    "desarm[a-z]+ (?:un|el|mi|los) sacapuntas",
    "(?:la|una|mi) (?:cuchilla|navaja) (?:me (?:esta )?llam[a-z]+|en la mano)",
    "(?:otra vez|de nuevo|recaida|recai)(?: # | )(?:con )?la cuchilla|la cuchilla otra vez",
    "(?:escondo|escondi|esconder|guardo) (?:la|las|mi|mis) cuchillas?(?! de afeitar)",
    "(?:racha|dias|meses|tiempo) (?:de dias )?limpi[oa]s?(?: [a-z]+){0,3}? (?:se (?:me )?"
    "(?:acabo|rompio|termino)|perdi|rompi)|(?:se me acabo|perdi|rompi) la racha de (?:dias )?"
    "limpi[oa]",
    # Doing it now, hiding it, the blade, burns and blows, pain wanted to feel something.
    "me estoy (?:cortando|rasgunando|golpeando|lastimando|haciendo dano)(?= #|$| (?:mientras"
    "|ahora|otra vez|hasta|de nuevo))",
    "me corte (?:mas |bastante |muy )?(?:hondo|profundo)|me corte (?:en el bano|antes de dormir|y "
    "ahora|pero)",
    "(?:a|para) cortarme(?= #|$| como)|y me corte(?= #|$)",
    "(?:tapar|tape|tapo|escondo|esconder|escondi|ocultar|oculto) (?:los |mis )?(?:cortes"
    "|cicatrices|marcas|heridas)|manga larga (?:en pleno|aunque|para (?:tapar|que no))",
    "(?:pensar|pensando|ganas|noches?) (?:en |de |con )?la cuchilla|cuchilla (?:esta aqui|la "
    "tengo)|sacapuntas(?: [a-z]+){0,4}? cuchilla",
    "(?:cuter|cutter) en la mano|otra vez el (?:cuter|cutter)",
    "me (?:quemo|queme|quemaba|he quemado)(?: [a-z]+){0,3}? con (?:el |la |un |una )?(?:mechero"
    "|encendedor|cigarro|cigarrillo)(?!(?: [a-z]+){0,2}? (?:encendiendo|prendiendo|sin querer|por "
    "accidente|al encender))|apague (?:un|el) cigarr[a-z]+ en (?:mi|la|el) (?:muneca|brazo|mano"
    "|piel|pierna)",
    "me (?:di|doy|daba|pegue|pego|pegaba) (?:de )?(?:cabezazos|punetazos)(?: [a-z]+){0,3}? "
    "(?:contra|en) (?:la pared|las piernas|la cara|la cabeza|el volante|los muslos)",
    "me (?:golpee|golpeo|pegue|pego)(?: la cabeza)? contra (?:la pared|el volante|el espejo)(?= #"
    "|$| (?:hasta|otra vez|cuando)(?![a-z]))",
    "me (?:arranque|arranco) el pelo (?:a mechones|a tirones|cuando|y me pego)",
    "me (?:hice|hago) sangre(?= #|$| (?:y|otra vez|a proposito)(?![a-z]))|hasta sacarme sangre",
    "(?:rasco|abro|arranco) (?:las |mis )?(?:heridas|costras) para que no (?:cierren|se curen)",
    "me (?:hice|hago|he hecho) (?:cortes|heridas|marcas) con (?:el|un|la|una) (?:compas|cuter"
    "|cutter|cuchilla|navaja|tijeras|vidrio|sacapuntas)",
    "(?:agua hirviendo|fuego)(?: [a-z]+){0,4}? (?:a proposito|adrede)",
    "(?:necesito|quiero|ganas de) (?:sentir (?:dolor|algo de dolor)(?: fisico)?|ver sangre"
    "|sangrar)(?= #|$| para| y)|(?:solo )?el dolor(?: fisico)? (?:me calma|me alivia|es mas facil)",
    "me (?:merezco|merezca) (?:el |este )?(?:dolor|hacerme dano|cada corte|los cortes)|merece "
    "dolor|me castig(?:o|ue|aba) (?:otra vez|haciendome|lastimandome|cortandome|pegandome|como "
    "siempre)|(?:quiero|ganas de|necesito) castigarme(?= #|$| (?:y|de lastimarme)(?![a-z]))",
    "quiero cortar(?= #|$)|(?:volvi al|el) sh(?= #|$)|sh otra vez",
    "solo cortarme",
    "(?:ganas de|quiero) quemarme (?:la mano|las manos|el brazo|la piel)",
    "(?:pegarme|golpearme|me quiero pegar|me voy a pegar) hasta (?:que me duela|quedar "
    "inconsciente|sangrar)",
    "sin comer (?:[a-z]+ ){0,3}?para (?:hacerme dano|castigarme)",
    "llevaba (?:un ano|[0-9a-z]+ (?:anos|meses|dias|semanas)|meses|tiempo)(?: [a-z]+)? (?:sin "
    "cortarme|limpi[oa])(?: [a-z#]+){0,3}? (?:me corte|lo hice|recai)",
    "no (?:cortarme|hacerme dano|lastimarme)(?: hoy)?(?: [a-z#]+){0,2}? (?:no lo logre|pero ya lo "
    "hice|no pude|no lo consegui)",
    "no (?:aguante|pude (?:mas|aguantar(?:me)?)) y me (?:hice dano|corte|lastime|queme)",
    "hoy me corte(?= #|$)",
    "se (?:esta|volvio a|vuelve a|sigue) (?:cortando|cortar|quemar|lastimar)(?! (?:el pelo|las "
    "unas))|(?:esta|sigue|vuelve a) (?:cortandose|quemarse|lastimarse)|se (?:corto|ha cortado)(?: "
    "[a-z]+){0,3}? (?:y )?no para de sangrar|se (?:quiere|va a) hacer dano",
    "cortes nuevos en|tiene cortes",
)

_OVERDOSE: Final = _rules(
    "overdose",
    # All of them, a whole box, a handful: counts nobody takes as a dose.
    "{SWALLOW} (?:todas|todos) (?:las|los|esas|esos|estas|estos) (?:{DRUG}|que (?:tengo|hay|"
    "quedan|me quedan))(?! {AS_TOLD})",
    "{SWALLOW} (?:todas|todos) (?:mis|sus) {DRUG}(?! (?:de hoy|del dia|de la mañana|de la "
    "noche|de la tarde|a tiempo|a su hora|como (?:me )?(?:dijo|dijeron|indico|tocaba|"
    "recetaron)|sin olvidar)(?![a-z]))",
    "{SWALLOW} (?:todo|toda|todos|todas) (?:el|la|los|las|un|una|mi) {BOX}"
    "(?!(?: de [a-z]+)? {AS_TOLD})",
    "{SWALLOW} (?:el|la|un|una|mi) {BOX}(?: de {DRUG})? (?:entera|entero|completa|completo)"
    "(?! {AS_TOLD})",
    "{SWALLOW} (?:un|una|el|la|mi) {BOX} (?:entero |entera )?de {DRUG}(?! {AS_TOLD})",
    "{SWALLOW} (?:[0-9]+|dos|tres|cuatro|varias|muchas|un par de|media|medio) {BOX} de {DRUG}"
    "(?! (?:este|esta|en (?:un|el|una|la|todo))(?![a-z]))",
    "{SWALLOW} (?:muchas|muchos|un monton de|un punado de|demasiadas|demasiados|un chingo de|"
    "un huevo de|una pila de|[0-9][0-9]+|veinte|treinta|cuarenta|cincuenta) (?:de )?{DRUG}"
    "(?! (?:al dia|a diario|cada dia|por (?:la|mi)|para (?:la|el|mi))(?![a-z]))",
    "{SWALLOW} (?:[a-z]+ ){0,8}?(?:{DRUG}|doble|triple|dosis|de mas)(?: [a-z]+){0,8}? "
    "(?:a proposito|adrede|aposta|para no despertar|para morir(?:me)?|para matarme|"
    "para acabar|para dormir para siempre|de (?:golpe|una vez|una sola vez)|todas juntas|"
    "a la vez)",
    "(?:pasado|pase|pasar(?:me)?) con (?:las|los|mis) {DRUG} (?:a proposito|adrede|aposta)",
    "(?:mezclar|mezcle|mezclando|mezclo) (?:todas )?(?:las |mis )?{DRUG} con (?:alcohol|whisky|"
    "vodka|vino|cerveza|ron|tequila|ginebra|licor)",
    "{SWALLOW} (?:todo|todos|todas) (?:lo|los|las) (?:del|que hay en el|de mi) botiquin",
    "me (?:las|los) (?:voy a |quiero )?(?:tomar|tragar|beber) todas|tomarmel[ao]s todas|"
    "tragarmel[ao]s todas|me (?:las|los) (?:tome|trague) todas (?:de golpe|de una|juntas|"
    "a la vez)",
    "me empastill[a-z]+|empastillarme|empastillarse|se empastillo|"
    "me (?:voy a |quiero |pienso )empastillar",
    "(?:tomar(?:me)?|meter(?:me)?|hacer(?:me)?|dar(?:me)?|provocar(?:me)?|quiero|voy a|"
    "me tome|me meti|me di) (?:una )?sobredosis",
    # Bleach, rat poison, anything else swallowed to die.
    "(?:(?:me )?(?:tome|bebi|trague)|tomar(?:me)?|beber(?:me)?|(?:me )?(?:voy a|quiero) "
    "(?:tomar|beber)(?:me)?|me he tomado|acabo de (?:tomar|beber)(?:me)?) (?:un poco de |"
    "un vaso de |media botella de |la |el |un |una botella de )?{POISON}",
    # Saving pills up.
    "(?:juntando|junte|juntar|acumulando|acumule|acumular|acumulo|almacenando|reuniendo) "
    "(?:[a-z]+ ){0,3}?{DRUG}",
    "{DRUG} (?:escondidas|escondidos|acumuladas|acumulados|juntadas)",
    "(?:guardad[oa]s|escondid[oa]s) (?:muchas|todas|suficientes|un monton de|las|mis) {DRUG}",
    "{DRUG} guardad[oa]s (?:desde hace|para (?:cuando|el dia|el momento|hacerlo|esta noche))",
    "(?:tengo|tengo ya|hay) (?:mas|muchas|suficientes|bastantes) (?:{DRUG} )?(?:guardad[oa]s|"
    "escondid[oa]s)",
    "suficientes {DRUG} (?:para (?:morir|matarme|no despertar|acabar|hacerlo)|guardad|junt)",
    # Someone else has swallowed them.
    "se (?:tomo|trago|ha tomado) (?:un monton de|muchas|todas (?:las|sus)|[0-9][0-9]+|"
    "demasiadas|un punado de) {DRUG}",
    "se (?:tomo|trago|ha tomado) (?:una caja|un frasco|el frasco|la caja|un bote|el bote)"
    "(?: entero| entera| de {DRUG})",
    # Taken with alcohol, someone else's, emptied, saved up, told to nobody.
    "ya me (?:las|los) (?:tome|trague)(?= #|$| todas)",
    "(?:tome|trague) (?:las |mis )?{DRUG}(?: [a-z]+){0,4}? con (?:una botella de |alcohol|whisky"
    "|vodka|ron|tequila|cerveza|vino)|(?:tome|trague) (?:las |mis )?{DRUG} que (?:tenia|tengo) "
    "(?:ahorradas|guardadas|escondidas)",
    "{SWALLOW} (?:todo|toda) (?:el|la|mi) {DRUG}(?! {AS_TOLD})|{SWALLOW} todo lo que (?:tengo"
    "|tenia|habia|hay)(?: [a-z]+){0,3}? (?:guardado|en el botiquin|en el cajon)|{SWALLOW} todo "
    "con (?:alcohol|tequila|whisky|vodka|ron|cerveza|vino)",
    "{DRUG} y las de (?:mi|su)|{SWALLOW} (?:las |los )?{DRUG} de (?:mi|mis|la|el)(?: "
    "[a-z]+){0,4}?(?: #)? (?:todas|muchas)",
    "{SWALLOW} (?:como|unas|casi|mas de) (?:[0-9]+|veinte|treinta|cuarenta) {DRUG}",
    "vacie (?:el|un|la|una) {BOX}|sobredosific[a-z]+|efecto lo que me (?:tome|trague)|tragando "
    "{DRUG}",
    "(?:mezclar|mezcle) todo lo que tengo con (?:alcohol|whisky|vodka|vino|cerveza|ron|tequila)",
    "me tome las del mes entero|(?:medicacion|medicina) de toda la semana de golpe",
    "{SWALLOW} {DRUG}(?: [a-z]+){0,2}? y no (?:le )?(?:dije|he dicho) (?:a )?nadie",
    "{SWALLOW} (?:[a-z]+ ){0,8}?{DRUG}(?: [a-z#]+){0,8}? (?:a proposito|para hacerme dano)",
)

# Strongly suggestive but innocent often enough ("lo hago el viernes", "gracias por todo",
# "regalé mi ropa, ya no la voy a usar"): these ask the check question, not the crisis answer.
_CHECKS: Final = (
    *_rules(
        "suicide",
        "lo voy a hacer(?= #|$| (?:el|despues|antes|bien|esta)(?![a-z]))|ya se (?:como|cuando"
        "|donde|que dia|que puente) (?:lo voy a hacer|va a ser)",
        "lo hago (?:esta noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))(?= #"
        "|$)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) lo hago(?= #|$)",
        "(?:ya )?tengo (?:el|un) plan(?= #|$| y)",
        "(?:compre|comprar|consegui|escondi|guarde) (?:la|una) (?:cuerda|soga)",
        "(?:ya )?(?:elegi|tengo) el (?:lugar|sitio)(?= #|$)",
        "gracias por todo(?= #|$)|perdon por todo(?= #|$)|perdon(?:enme|adme)(?= #|$)|^me "
        "despido(?= #|$)|hasta nunca",
        "ya no me escribas|no me escriban mas|puedes dejar de escribirme|no hace falta que me "
        "preguntes",
        "(?:solo )?queria despedirme|para despedirme(?= #|$)|despedirme de (?:todos|ti)(?= #|$)",
        "(?:por|una) ultima vez",
        "(?:no )?(?:me )?(?:queda|dejo|dejar|quiero dejar) (?:nada|cosas) (?:pendientes?|sin "
        "resolver)",
        "(?:regale|regalo|regalando|done|dono|vendi|reparti|cancele|borre|di de baja|le di"
        "|cerre)(?: [a-z#]+){0,8}? ya no (?:l[oa]s? )?(?:voy a|van a) (?:necesitar|usar|tocar"
        "|leer|jugar|hacer falta)",
        "testamento",
        "mi (?:funeral|entierro|lapida)",
        "por si (?:no vuelvo|un dia no estoy|no estoy|me pasa algo)",
        "para que (?:lo|la|me) encuentren",
        "(?:claves|contrasenas|pin)(?: [a-z]+){0,8}? (?:para que|por si|cuando no este|despues)",
        "(?:compre|tengo) (?:veneno|matarratas|raticida)|ya sabes para que(?= #|$)|ya tengo con "
        "que",
        "cuchillo en la mano|hoy es el dia(?= #|$)|esta noche es la noche|hoy es la noche",
        "a que hora pasa el (?:ultimo )?tren|esperando a que pase el tren",
        "esta vez (?:no (?:voy a|me voy a) (?:fallar|arrepentir)|lo voy a hacer bien|si)",
        "(?:ya )?lo intente (?:antes|una vez|[0-9]+ veces)",
        "nadie me necesita",
        "(?:les?|le) (?:arruino|amargo|complico) la vida a (?:todos|todo el mundo|los demas|los "
        "que)|(?:arruinar|amargar|complicar)(?:les?|le) la vida a (?:todos|los demas|todo el "
        "mundo)",
        "pienso (?:mucho )?en la muerte",
        "(?:para|pa) (?:que|q) seguir(?= #|$| si )|(?:que|q) sentido tiene que siga",
        "fue (?:lindo|bonito) mientras duro|en otra vida me (?:vaya|ira) mejor",
        "cuid(?:en|ad|a) (?:a |de )?mi (?:perro|gato|perrita|gata|hijo|hija|madre|mama) por mi",
        "(?:a punto de|miedo de) hacerlo(?= #|$| esta noche| hoy)",
    ),
    *_rules(
        "self_harm",
        "cuchilla(?!(?: [a-z]+)? de (?:afeitar|la maquinilla))",
        "lo de los brazos|lo volvi a hacer|volvi a hacerlo",
        "me (?:corte|corto)(?= #|$)",
    ),
)

LEXICON: Final = Lexicon(
    language="es",
    crisis=(*_SUICIDE, *_SELF_HARM, *_OVERDOSE),
    # Naming the subject, in essays, news, grief and therapy as much as in a crisis: a check.
    named=(
        # Not "suicide", "suicidal" or "self harm": English has its own rules, and every
        # lexicon reads every message.
        ("suicide", _filled("{SUI}(?:io|ios|a|as|arme|arse|ar|o|ado|ada|ados)")),
        ("suicide", "quitarme la vida|quitarse la vida|autoeliminacion"),
        ("self_harm", "auto ?lesi[a-z]*"),
        ("overdose", "sobredosis"),
        *_CHECKS,
    ),
    figures=(
        # Dying or killing of a feeling, a craving or the weather: "me muero de risa".
        "(?:me |te |se |nos )?(?:muero|mueres|muere|morimos|muera|moria|mori|murio|morir|"
        "morirme|morirse|muriendo|muert[oa]s?|morire|moriria|moriste|mata|matas|mato|mate|"
        "mataste|matan|mataron|matar|matarme|matando) (?:de|del) (?:la |el |un |una )?"
        "(?:risa|risas|hambre|sed|calor|frio|sueno|cansancio|verguenza|ganas|amor|envidia|"
        "celos|aburrimiento|miedo|nervios|ansias|curiosidad|gusto|placer|ternura|emocion|"
        "alegria|felicidad|asco|susto|infarto|ataque|disgusto|ilusion|impaciencia|"
        "lo bonito|lo lindo|la emocion|pena ajena|cringe|llorar|ternurita|los nervios)",
        "(?:me|te|se|nos) (?:muero|muere|mueres|moria) por (?:un|una|unos|unas|ver|verte|ir|"
        "saber|comer|probar|conocer|que)",
        # Killing oneself with work or study is effort, not harm.
        "(?:me|se|te|nos) mat[a-z]* (?:a (?:estudiar|trabajar|entrenar|correr|limpiar|currar|"
        "chambear|hacer)|estudiando|trabajando|entrenando|currando|chambeando|limpiando|"
        "en el (?:gym|gimnasio|trabajo))",
        "(?:matarme|matarse|matandome|matandose) (?:a (?:estudiar|trabajar|entrenar|correr|"
        "limpiar|currar|chambear|hacer)|estudiando|trabajando|entrenando|en el (?:gym|gimnasio|"
        "trabajo))",
        "morir(?:me|se)? de lo [a-z]+ que",
        # Taking a nap, a shower or a binge: "pegarse" as everyday verb.
        "(?:me|se|nos|te) (?:pegue|pego|pega|pegamos|pegaste) (?:un|una) "
        "(?!tiro|balazo|golpe|punetazo|bofetada|cachetada|paliza)[a-z]+",
        # "Rather dead than ...", "not even dead": refusals, not wishes.
        "(?:antes|mejor) muert[oa] que|ni muert[oa]|(?:es|era|esta|estaba|fue) para (?:morirse|"
        "pegarse un tiro|matarse|cortarse las venas|tirarse por la ventana)|para (?:morirse|"
        "pegarse un tiro|cortarse las venas)",
        "(?:prefiero|preferiria) (?:morir(?:me)?|estar muert[oa]) (?:antes )?(?:que|a)"
        "(?= (?!seguir|vivir|volver a|sentir|estar asi|aguantar|sufrir|pasar por esto|"
        "despertar))",
        # Said and laughed off in the same message, unless the laugh is taken back.
        "(?:(?:me )?(?:quiero|queria|quise|gustaria|quisiera|voy a) (?:morir(?:me)?|"
        "dormir para siempre|desaparecer|matar(?:me)?|ahorcar(?:me)?|colgar(?:me)?)|"
        "me muero|me mato|(?:me )?tir(?:o|arme) por la ventana|"
        "me pego un tiro)(?!(?: [a-z0-9#]+){0,20}? (?:no es (?:broma|xd|joda|chiste|coña)|"
        "en serio|de verdad|literal)(?![a-z]))(?=(?: [a-z0-9#]+){0,20}? (?:ja[ja]+|je[je]+|"
        "xd|lol|jsjs|jaj)(?![a-z]))",
        "me tiro (?:por|de|desde) (?:la|el|un|una) (?:ventana|balcon|puente) si",
        # Explaining what one means by it is not saying it.
        "cuando (?:digo|dije|decia) (?:que )?(?:(?:me )?quiero morir(?:me)?|me muero|me mato)",
        # Kitchen, razor and paper cuts; burns on the stove; the other sense of "cortar".
        "(?:me|se|nos|te) (?:corte|corto|corta|cortamos|he cortado|cortaste|queme|quemo|quema|"
        "he quemado) (?:[a-z]+ ){0,4}?(?:con (?:un|el|una|la|unas|unos|las|los) (?:papel|"
        "hoja de papel|folio|vidrio|vidrios|cristal|cristales|cuchillo|lata|tijeras|abrelatas|"
        "mandolina|rallador|navaja de afeitar|cuchilla de afeitar|maquinilla|cortaunas|sierra|"
        "hacha|cuter|olla|sarten|horno|plancha|vapor|aceite|cafe|te|sopa)|(?:depil|afeit|rasur|"
        "cocin|pel|pic)[a-z]*ndo(?:me)?|en la cocina|haciendo la cena|sin querer|por accidente|"
        "en la playa|al sol)(?!(?: [a-z]+){0,8}? (?:a proposito|adrede|aposta|"
        "no fue (?:un )?accidente|cuando (?:no aguanto|tengo (?:ansiedad|crisis)|me siento|"
        "me odio|estoy mal)|para (?:sentir|"
        "dejar de|no sentir|castigarme|calmarme)|otra marca))",
        "(?:me|nos) (?:corte|corto|cortamos) (?:el pelo|las unas|el cabello|el flequillo|"
        "la barba|las puntas|un poco)",
        "con la soga al cuello",
        "me (?:rasque|rasco|rascaba)(?: [a-z]+){0,6}? (?:picadura|picaduras|grano|granos|costra|"
        "costras|mosquito|alergia|sarpullido|eccema|eczema|roncha|ronchas)",
        # Suicide as a word for folly, and the subject studied, taught or prevented.
        "(?:es|era|fue|seria|sería|parece) (?:un |una |algo |muy |totalmente |casi )?"
        "suicid(?:a|io)(?! (?:para mi|mi|me)(?![a-z]))",
        "suicidio asistido|suicidio (?:financiero|politico|profesional|social|deportivo|"
        "comercial|economico|laboral|colectivo de)",
        "(?:pase|jugada|decision|movimiento|maniobra)(?: [a-z]+){0,2}? (?:fue |es )?suicida",
        "(?:prevencion|prevenir|sobre|acerca de|acerca del|tema del?|charla sobre|libro sobre|"
        "duelo por|documental sobre|estudio sobre|articulo sobre|trabajo sobre|tesis sobre) "
        "(?:el |la |las |los |un |una |del )?(?:autolesion no suicida|conducta suicida|suicidio|"
        "autolesion(?:es)?|sobredosis)",
    ),
    # A few words before a phrase that take it back: "nunca", "sin cortarme", "solía". Not
    # "ni": "ni siquiera quiero vivir" says it more strongly, not less.
    denials=frozenset(
        {"no", "nunca", "jamas", "sin", "tampoco", "cero", "solia", "limpio", "limpia"}
    ),
)
