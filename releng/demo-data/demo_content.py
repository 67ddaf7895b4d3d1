# -*- coding: utf-8 -*-
"""Hand-written content tables for the Pregón demo dataset.

Everything here is fictitious: the "Servei d'Ocupació / Servicio de Empleo",
its staff, citizens, companies, offers, refs, ids and the example.gva domain.
Valencian (ca-ES-valencia) first, Spanish (es) second.
"""

SITE = "https://ocupacio.example.gva"
SITE_SHORT = "ocupacio.example.gva"

DATASET_NAME = "Demo · Servei d'Ocupació / Servicio de Empleo (dades fictícies)"

# name, role -- fictitious staff of the social-media team
STAFF = ["Laia Ferrer", "Rubén Martí", "Neus Gisbert", "Vicent Roig", "Amparo Llopis"]
AUTHORS = ["Laia Ferrer", "Rubén Martí", "Neus Gisbert"]
APPROVER = "Amparo Llopis"
ASSIGNEES = ["Vicent Roig", "Laia Ferrer", "Rubén Martí", "Neus Gisbert"]

# ---------------------------------------------------------------- accounts
ACCOUNTS = [
    # id, networkKind, handle, displayName, serverUrl, credentialState, short suffix
    ("acc-fb", "facebook", "ServeiOcupacio", "Servei d'Ocupació · Servicio de Empleo", None, "VALID", "fb"),
    ("acc-ig", "instagram", "serveiocupacio", "Servei d'Ocupació · Servicio de Empleo", None, "VALID", "ig"),
    ("acc-x", "x", "ServeiOcupacio", "Servei d'Ocupació", None, "VALID", "x"),
    ("acc-li", "linkedin", "servei-ocupacio", "Servei d'Ocupació · Servicio de Empleo", None, "VALID", "li"),
    ("acc-yt", "youtube", "ServeiOcupacio", "Servei d'Ocupació TV", None, "VALID", "yt"),
    ("acc-md", "mastodon", "ocupacio@mastodon.example.gva", "Servei d'Ocupació", "https://mastodon.example.gva", "VALID", "md"),
    ("acc-bs", "bluesky", "ocupacio.example.gva", "Servei d'Ocupació · Servicio de Empleo", "https://bsky.social", "VALID", "bs"),
    ("acc-th", "threads", "serveiocupacio", "Servei d'Ocupació", None, "EXPIRED", "th"),
]

# ---------------------------------------------------------------- segments
SEGMENTS = [
    ("seg-young", "Jóvenes 16–29", "Personas de 16 a 29 años; incluye a las inscritas en Garantía Juvenil.", 16, 29),
    ("seg-ltu", "Parados de larga duración", "Personas demandantes de empleo inscritas 12 meses o más en los últimos 18.", None, None),
    ("seg-45plus", "Mayores de 45", "Personas demandantes de empleo de 45 años o más.", 45, None),
    ("seg-companies", "Empresas", "Empresas, personas autónomas empleadoras y departamentos de RR. HH.", None, None),
    ("seg-disability", "Personas con discapacidad", "Personas con un grado de discapacidad reconocido igual o superior al 33 %.", None, None),
]

# ---------------------------------------------------------------- campaigns
# id, name, start (y,m,d), end (y,m,d)
CAMPAIGNS = [
    ("camp-digital", "Trámites en línea y Espacio Personal", (2025, 12, 1), (2026, 3, 31)),
    ("camp-gj", "Garantía Juvenil 2026", (2026, 1, 12), (2026, 12, 18)),
    ("camp-fpe", "Formación profesional para el empleo 2026", (2026, 1, 7), (2026, 11, 30)),
    ("camp-ayudas", "Ayudas a la contratación 2026", (2026, 2, 2), (2026, 9, 30)),
    ("camp-ferias", "Ferias de Empleo 2026", (2026, 2, 9), (2026, 10, 30)),
    ("camp-verano", "Empleo estival 2026", (2026, 4, 13), (2026, 8, 31)),
    ("camp-45", "Talento Sénior 45+", (2026, 9, 14), (2026, 11, 27)),
    ("camp-navidad", "Campaña de Navidad: empleo en comercio", (2026, 11, 16), (2027, 1, 8)),
]

# ---------------------------------------------------------------- places
CITIES = [
    ("València", "Valencia"), ("Alacant", "Alicante"), ("Castelló de la Plana", "Castellón de la Plana"),
    ("Elx", "Elche"), ("Torrevieja", "Torrevieja"), ("Oriola", "Orihuela"), ("Benidorm", "Benidorm"),
    ("Gandia", "Gandia"), ("Sagunt", "Sagunto"), ("Paterna", "Paterna"), ("Torrent", "Torrent"),
    ("Vila-real", "Villarreal"), ("Alcoi", "Alcoy"), ("Elda", "Elda"), ("Ontinyent", "Ontinyent"),
    ("Xàtiva", "Xàtiva"), ("Vinaròs", "Vinaròs"), ("Dénia", "Dénia"), ("Alzira", "Alzira"),
    ("Llíria", "Llíria"), ("Requena", "Requena"), ("Sueca", "Sueca"), ("Benicarló", "Benicarló"),
    ("Villena", "Villena"), ("Manises", "Manises"), ("Burjassot", "Burjassot"), ("Almassora", "Almazora"),
    ("Sant Vicent del Raspeig", "San Vicente del Raspeig"), ("la Vila Joiosa", "Villajoyosa"),
    ("Quart de Poblet", "Quart de Poblet"),
]
COAST_CITIES = ["Benidorm", "Dénia", "Gandia", "Torrevieja", "la Vila Joiosa", "Vinaròs", "Sueca", "Alacant", "València"]

TRAINING_CENTRES = [
    ("Centre de Formació per a l'Ocupació de {c}", "Centro de Formación para el Empleo de {c}"),
    ("Centre col·laborador Acadèmia Nova Formació ({c})", "Centro colaborador Academia Nova Formació ({c})"),
    ("Centre col·laborador Formació Horta Sud ({c})", "Centro colaborador Formació Horta Sud ({c})"),
    ("Centre col·laborador Escola Tècnica del Mediterrani ({c})", "Centro colaborador Escola Tècnica del Mediterrani ({c})"),
    ("Aula d'Ocupació de {c}", "Aula de Empleo de {c}"),
]

# ---------------------------------------------------------------- offers
CONTRACTS = {
    "indef": ("Indefinit", "Indefinido"),
    "fd": ("Fix discontinu", "Fijo discontinuo"),
    "temp6": ("Temporal per circumstàncies de la producció (6 mesos)", "Temporal por circunstancias de la producción (6 meses)"),
    "temp3": ("Temporal de 3 mesos, amb possibilitat de continuïtat", "Temporal de 3 meses, con posibilidad de continuidad"),
    "sub": ("De substitució", "De sustitución"),
    "form": ("Formatiu per a l'obtenció de la pràctica professional", "Formativo para la obtención de la práctica profesional"),
    "season": ("Temporal de temporada (juny–setembre)", "Temporal de temporada (junio–septiembre)"),
}
SCHEDULES = {
    "full": ("Completa, de dilluns a divendres", "Completa, de lunes a viernes"),
    "shifts": ("Completa a torns rotatius (matí, vesprada i nit)", "Completa en turnos rotativos (mañana, tarde y noche)"),
    "part": ("Parcial, 20 hores setmanals de matí", "Parcial, 20 horas semanales de mañana"),
    "split": ("Partida, amb dos dies de descans setmanal", "Partida, con dos días de descanso semanal"),
    "weekend": ("Parcial, caps de setmana i festius", "Parcial, fines de semana y festivos"),
    "morning": ("Completa de matí", "Completa de mañana"),
    "intensive": ("Completa intensiva de 7.00 a 15.00 h", "Completa intensiva de 7:00 a 15:00 h"),
}

# role_ca, role_es, reqs_ca, reqs_es, plus_ca, plus_es, contract, schedule, season, towns(None=any), segments
OFFERS = [
    ("Cambrer/a de sala", "Camarero/a de sala",
     "Experiència mínima de 6 mesos en sala. Nivell bàsic d'anglés.", "Experiencia mínima de 6 meses en sala. Nivel básico de inglés.",
     "coneixements d'alemany o francés", "conocimientos de alemán o francés", "season", "split", "summer", "coast", []),
    ("Ajudant/a de cuina", "Ayudante de cocina",
     "Certificat de manipulador/a d'aliments. Disponibilitat per a treballar caps de setmana.", "Certificado de manipulador/a de alimentos. Disponibilidad para trabajar fines de semana.",
     "formació en cuina o hostaleria", "formación en cocina u hostelería", "season", "split", "summer", "coast", ["seg-young"]),
    ("Cuiner/a", "Cocinero/a",
     "Experiència d'un any com a cuiner/a en restauració col·lectiva o restaurant.", "Experiencia de un año como cocinero/a en restauración colectiva o restaurante.",
     "coneixements d'al·lèrgens i cuina per a dietes", "conocimientos de alérgenos y cocina para dietas", "indef", "morning", "any", None, []),
    ("Recepcionista d'hotel", "Recepcionista de hotel",
     "Anglés nivell B2 i un altre idioma. Domini d'eines ofimàtiques.", "Inglés nivel B2 y otro idioma. Dominio de herramientas ofimáticas.",
     "experiència amb programes de gestió hotelera", "experiencia con programas de gestión hotelera", "season", "shifts", "summer", "coast", []),
    ("Cambrer/a de pisos", "Camarero/a de pisos",
     "No cal experiència: l'empresa oferix formació inicial.", "No se requiere experiencia: la empresa ofrece formación inicial.",
     "disponibilitat immediata", "disponibilidad inmediata", "season", "morning", "summer", "coast", ["seg-ltu"]),
    ("Mosso/a de magatzem", "Mozo/a de almacén",
     "Experiència en preparació de comandes amb lector de radiofreqüència.", "Experiencia en preparación de pedidos con lector de radiofrecuencia.",
     "carnet de carretons elevadors", "carné de carretillas elevadoras", "temp6", "shifts", "any", None, ["seg-ltu"]),
    ("Carretoner/a", "Carretillero/a",
     "Carnet de carretons elevadors en vigor i un any d'experiència.", "Carné de carretillas elevadoras en vigor y un año de experiencia.",
     "experiència amb carretó retràctil", "experiencia con carretilla retráctil", "temp3", "shifts", "any", None, ["seg-45plus"]),
    ("Conductor/a de camió (carnet C+E)", "Conductor/a de camión (carné C+E)",
     "Carnet C+E, CAP en vigor i targeta de tacògraf.", "Carné C+E, CAP en vigor y tarjeta de tacógrafo.",
     "experiència en rutes nacionals", "experiencia en rutas nacionales", "indef", "full", "any", None, ["seg-45plus"]),
    ("Repartidor/a amb furgoneta", "Repartidor/a con furgoneta",
     "Carnet B amb més de dos anys d'antiguitat.", "Carné B con más de dos años de antigüedad.",
     "coneixement de la zona", "conocimiento de la zona", "temp3", "full", "any", None, ["seg-young"]),
    ("Operari/ària de producció", "Operario/a de producción",
     "Estudis obligatoris. Capacitat per a treballar en equip.", "Estudios obligatorios. Capacidad para trabajar en equipo.",
     "experiència en indústria alimentària", "experiencia en industria alimentaria", "temp6", "shifts", "any", None, ["seg-ltu"]),
    ("Soldador/a TIG", "Soldador/a TIG",
     "Experiència acreditada en soldadura TIG d'acer inoxidable.", "Experiencia acreditada en soldadura TIG de acero inoxidable.",
     "certificat de professionalitat en soldadura", "certificado de profesionalidad en soldadura", "indef", "full", "any", None, []),
    ("Electricista", "Electricista",
     "Títol de tècnic/a en instal·lacions elèctriques o certificat de professionalitat equivalent.", "Título de técnico/a en instalaciones eléctricas o certificado de profesionalidad equivalente.",
     "carnet de conduir B", "carné de conducir B", "indef", "full", "any", None, []),
    ("Fontaner/a", "Fontanero/a",
     "Experiència mínima de 2 anys en instal·lacions d'aigua i calefacció.", "Experiencia mínima de 2 años en instalaciones de agua y calefacción.",
     "formació en climatització", "formación en climatización", "indef", "full", "any", None, ["seg-45plus"]),
    ("Mecànic/a de vehicles", "Mecánico/a de vehículos",
     "FP en electromecànica de vehicles.", "FP en electromecánica de vehículos.",
     "experiència en vehicles híbrids i elèctrics", "experiencia en vehículos híbridos y eléctricos", "indef", "full", "any", None, ["seg-young"]),
    ("Tècnic/a de manteniment industrial", "Técnico/a de mantenimiento industrial",
     "FP de grau superior en mecatrònica o similar.", "FP de grado superior en mecatrónica o similar.",
     "coneixements de PLC", "conocimientos de PLC", "indef", "shifts", "any", None, []),
    ("Auxiliar administratiu/va", "Auxiliar administrativo/a",
     "FP en gestió administrativa. Domini de full de càlcul.", "FP en gestión administrativa. Dominio de hoja de cálculo.",
     "coneixements de valencià (C1)", "conocimientos de valenciano (C1)", "sub", "morning", "any", None, ["seg-disability"]),
    ("Comptable", "Contable",
     "Grau en ADE o FP superior en administració i finances. Experiència de 3 anys.", "Grado en ADE o FP superior en administración y finanzas. Experiencia de 3 años.",
     "coneixements de programes de comptabilitat", "conocimientos de programas de contabilidad", "indef", "full", "any", None, ["seg-45plus"]),
    ("Dependent/a de comerç", "Dependiente/a de comercio",
     "Experiència en atenció al client.", "Experiencia en atención al cliente.",
     "experiència en moda o electrònica", "experiencia en moda o electrónica", "temp3", "part", "any", None, ["seg-young"]),
    ("Caixer/a reposador/a", "Cajero/a reponedor/a",
     "Estudis obligatoris i disponibilitat horària.", "Estudios obligatorios y disponibilidad horaria.",
     "experiència en supermercats", "experiencia en supermercados", "temp3", "weekend", "any", None, ["seg-young"]),
    ("Teleoperador/a", "Teleoperador/a",
     "Bona expressió oral en valencià i castellà.", "Buena expresión oral en valenciano y castellano.",
     "experiència en atenció telefònica", "experiencia en atención telefónica", "temp6", "part", "any", None, ["seg-disability"]),
    ("Tècnic/a en cures auxiliars d'infermeria", "Técnico/a en cuidados auxiliares de enfermería",
     "Títol de TCAI/TCAE.", "Título de TCAE.",
     "experiència en residències", "experiencia en residencias", "sub", "shifts", "any", None, []),
    ("Gerocultor/a", "Gerocultor/a",
     "Certificat de professionalitat d'atenció sociosanitària en institucions socials.", "Certificado de profesionalidad de atención sociosanitaria en instituciones sociales.",
     "carnet de conduir", "carné de conducir", "indef", "shifts", "any", None, ["seg-45plus", "seg-ltu"]),
    ("Infermer/a", "Enfermero/a",
     "Grau en Infermeria i col·legiació.", "Grado en Enfermería y colegiación.",
     "experiència en geriatria", "experiencia en geriatría", "indef", "shifts", "any", None, []),
    ("Educador/a infantil", "Educador/a infantil",
     "Títol de tècnic/a superior en Educació Infantil.", "Título de técnico/a superior en Educación Infantil.",
     "capacitació en valencià", "capacitación en valenciano", "sub", "morning", "any", None, ["seg-young"]),
    ("Monitor/a de menjador escolar", "Monitor/a de comedor escolar",
     "Títol de monitor/a de temps lliure o experiència equivalent.", "Título de monitor/a de tiempo libre o experiencia equivalente.",
     "certificat de manipulador/a d'aliments", "certificado de manipulador/a de alimentos", "fd", "part", "any", None, []),
    ("Netejador/a", "Limpiador/a",
     "No cal experiència.", "No se requiere experiencia.",
     "carnet de conduir i vehicle propi", "carné de conducir y vehículo propio", "temp6", "part", "any", None, ["seg-ltu", "seg-45plus"]),
    ("Jardiner/a", "Jardinero/a",
     "Experiència en manteniment de zones verdes.", "Experiencia en mantenimiento de zonas verdes.",
     "carnet d'aplicador/a de productes fitosanitaris", "carné de aplicador/a de productos fitosanitarios", "temp6", "intensive", "any", None, []),
    ("Peó/peona agrícola (campanya de cítrics)", "Peón/peona agrícola (campaña de cítricos)",
     "Disponibilitat immediata. Es valorarà experiència en collita.", "Disponibilidad inmediata. Se valorará experiencia en recolección.",
     "carnet de conduir", "carné de conducir", "fd", "intensive", "autumn", None, ["seg-ltu"]),
    ("Envasador/a de fruita", "Envasador/a de fruta",
     "No cal experiència.", "No se requiere experiencia.",
     "experiència en magatzems hortofructícoles", "experiencia en almacenes hortofrutícolas", "fd", "shifts", "autumn", None, ["seg-ltu", "seg-45plus"]),
    ("Programador/a Java", "Programador/a Java",
     "Experiència de 2 anys amb Java 17 i Spring.", "Experiencia de 2 años con Java 17 y Spring.",
     "coneixements de Docker i proves automatitzades", "conocimientos de Docker y pruebas automatizadas", "indef", "full", "any", None, []),
    ("Tècnic/a de suport informàtic", "Técnico/a de soporte informático",
     "FP en sistemes microinformàtics i xarxes.", "FP en sistemas microinformáticos y redes.",
     "carnet de conduir", "carné de conducir", "form", "full", "any", None, ["seg-young"]),
    ("Desenvolupador/a web", "Desarrollador/a web",
     "Coneixements d'HTML, CSS i JavaScript. Portafoli de projectes.", "Conocimientos de HTML, CSS y JavaScript. Portafolio de proyectos.",
     "experiència amb accessibilitat web", "experiencia con accesibilidad web", "form", "full", "any", None, ["seg-young"]),
    ("Comercial", "Comercial",
     "Carnet B i vehicle propi. Experiència en venda B2B.", "Carné B y vehículo propio. Experiencia en venta B2B.",
     "cartera de clients en el sector", "cartera de clientes en el sector", "indef", "full", "any", None, ["seg-45plus"]),
    ("Oficial de primera de paleta", "Oficial de primera de albañilería",
     "Experiència mínima de 5 anys. Formació en PRL de 20 hores.", "Experiencia mínima de 5 años. Formación en PRL de 20 horas.",
     "carnet de conduir", "carné de conducir", "temp6", "intensive", "any", None, ["seg-45plus"]),
    ("Pintor/a", "Pintor/a",
     "Experiència en pintura decorativa i d'obra.", "Experiencia en pintura decorativa y de obra.",
     "treballs en altura", "trabajos en altura", "temp3", "full", "any", None, []),
    ("Socorrista", "Socorrista",
     "Títol de socorrisme en platges o instal·lacions aquàtiques en vigor.", "Título de socorrismo en playas o instalaciones acuáticas en vigor.",
     "títol de patró d'embarcació", "título de patrón de embarcación", "season", "split", "summer", "coast", ["seg-young"]),
    ("Monitor/a d'oci i temps lliure", "Monitor/a de ocio y tiempo libre",
     "Títol de monitor/a de temps lliure.", "Título de monitor/a de tiempo libre.",
     "formació en primers auxilis", "formación en primeros auxilios", "season", "morning", "summer", None, ["seg-young"]),
    ("Fisioterapeuta", "Fisioterapeuta",
     "Grau en Fisioteràpia i col·legiació.", "Grado en Fisioterapia y colegiación.",
     "formació en neurorehabilitació", "formación en neurorrehabilitación", "indef", "part", "any", None, []),
    ("Perruquer/a", "Peluquero/a",
     "Experiència d'un any en perruqueria unisex.", "Experiencia de un año en peluquería unisex.",
     "formació en colorimetria", "formación en colorimetría", "indef", "split", "any", None, []),
    ("Conductor/a d'autobús (carnet D)", "Conductor/a de autobús (carné D)",
     "Carnet D, CAP i targeta de tacògraf en vigor.", "Carné D, CAP y tarjeta de tacógrafo en vigor.",
     "experiència en transport escolar", "experiencia en transporte escolar", "indef", "shifts", "any", None, ["seg-45plus"]),
    ("Tècnic/a de prevenció de riscos laborals", "Técnico/a de prevención de riesgos laborales",
     "Màster en PRL amb les tres especialitats.", "Máster en PRL con las tres especialidades.",
     "experiència en construcció", "experiencia en construcción", "indef", "full", "any", None, []),
    ("Dependent/a de reforç per a Nadal", "Dependiente/a de refuerzo para Navidad",
     "Experiència en atenció al client i disponibilitat de vesprada.", "Experiencia en atención al cliente y disponibilidad de tarde.",
     "experiència en joguets o perfumeria", "experiencia en juguetería o perfumería", "temp3", "part", "xmas", None, ["seg-young"]),
    ("Mosso/a de magatzem per a la campanya de Nadal", "Mozo/a de almacén para la campaña de Navidad",
     "Disponibilitat per a torns de nit.", "Disponibilidad para turnos de noche.",
     "carnet de carretons elevadors", "carné de carretillas elevadoras", "temp3", "shifts", "xmas", None, ["seg-ltu"]),
]

# ---------------------------------------------------------------- courses
# name_ca, name_es, hours, practice hours, level (0 = not a certificate), online, desc_ca, desc_es, target, season
COURSES = [
    ("Activitats auxiliars de magatzem", "Actividades auxiliares de almacén", 210, 40, 1, False,
     "Aprendràs a recepcionar, emmagatzemar i preparar comandes, i a manejar carretons elevadors amb seguretat.",
     "Aprenderás a recepcionar, almacenar y preparar pedidos, y a manejar carretillas elevadoras con seguridad.", "ltu", "any"),
    ("Atenció sociosanitària a persones dependents en institucions socials", "Atención sociosanitaria a personas dependientes en instituciones sociales", 370, 80, 2, False,
     "Formació per a treballar com a gerocultor/a en residències i centres de dia: higiene, alimentació, mobilització i suport psicosocial.",
     "Formación para trabajar como gerocultor/a en residencias y centros de día: higiene, alimentación, movilización y apoyo psicosocial.", "45", "any"),
    ("Conducció de carretons elevadors", "Conducción de carretillas elevadoras", 50, 0, 0, False,
     "Curs pràctic amb carretó contrapesat i retràctil. En acabar obtindràs el certificat de formació exigit per la normativa de prevenció.",
     "Curso práctico con carretilla contrapesada y retráctil. Al terminar obtendrás el certificado de formación exigido por la normativa de prevención.", "all", "any"),
    ("Soldadura amb elèctrode revestit i TIG", "Soldadura con electrodo revestido y TIG", 640, 80, 2, False,
     "Una de les professions amb més demanda en la indústria metal·lúrgica. El 70 % del curs es fa en taller.",
     "Una de las profesiones con más demanda en la industria metalúrgica. El 70 % del curso se realiza en taller.", "all", "any"),
    ("Operacions bàsiques de cuina", "Operaciones básicas de cocina", 350, 80, 1, False,
     "Preelaboració, tècniques de cocció, conservació d'aliments i seguretat alimentària. Ideal per a començar en hostaleria.",
     "Preelaboración, técnicas de cocción, conservación de alimentos y seguridad alimentaria. Ideal para empezar en hostelería.", "young", "spring"),
    ("Operacions bàsiques de restaurant i bar", "Operaciones básicas de restaurante y bar", 290, 80, 1, False,
     "Servici en sala i barra, preparació de begudes i atenció al client, amb pràctiques en establiments de la costa.",
     "Servicio en sala y barra, preparación de bebidas y atención al cliente, con prácticas en establecimientos de la costa.", "young", "spring"),
    ("Competències digitals bàsiques", "Competencias digitales básicas", 60, 0, 0, True,
     "Correu electrònic, videotrucades, tràmits en línia, seguretat bàsica i ús del certificat digital. Sense coneixements previs.",
     "Correo electrónico, videollamadas, trámites en línea, seguridad básica y uso del certificado digital. Sin conocimientos previos.", "45", "any"),
    ("Anglés per a l'atenció al client", "Inglés para la atención al cliente", 120, 0, 0, True,
     "Anglés pràctic per a hostaleria i comerç: atendre clients, resoldre incidències i parlar per telèfon. Nivell d'entrada A2.",
     "Inglés práctico para hostelería y comercio: atender a clientes, resolver incidencias y hablar por teléfono. Nivel de entrada A2.", "all", "any"),
    ("Muntatge i manteniment d'instal·lacions solars fotovoltaiques", "Montaje y mantenimiento de instalaciones solares fotovoltaicas", 580, 80, 2, False,
     "Un sector en plena expansió. Aprendràs a muntar i mantindre instal·lacions d'autoconsum en habitatges i naus industrials.",
     "Un sector en plena expansión. Aprenderás a montar y mantener instalaciones de autoconsumo en viviendas y naves industriales.", "all", "any"),
    ("Activitats administratives en la relació amb el client", "Actividades administrativas en la relación con el cliente", 800, 120, 2, False,
     "Gestió de documents, atenció presencial i telefònica, arxiu i ofimàtica avançada.",
     "Gestión de documentos, atención presencial y telefónica, archivo y ofimática avanzada.", "disability", "any"),
    ("Confecció i publicació de pàgines web", "Confección y publicación de páginas web", 560, 80, 2, False,
     "HTML, CSS, JavaScript, accessibilitat i publicació de llocs web. Inclou un projecte final real.",
     "HTML, CSS, JavaScript, accesibilidad y publicación de sitios web. Incluye un proyecto final real.", "young", "any"),
    ("Dinamització d'activitats de temps lliure educatiu infantil i juvenil", "Dinamización de actividades de tiempo libre educativo infantil y juvenil", 310, 160, 2, False,
     "Obtín la titulació de monitor/a de temps lliure i treballa en escoles d'estiu, menjadors i campaments.",
     "Obtén la titulación de monitor/a de tiempo libre y trabaja en escuelas de verano, comedores y campamentos.", "young", "spring"),
    ("Activitats de venda", "Actividades de venta", 590, 80, 2, False,
     "Tècniques de venda, aparadorisme, gestió de caixa i atenció al client en comerç.",
     "Técnicas de venta, escaparatismo, gestión de caja y atención al cliente en comercio.", "all", "any"),
    ("Neteja de superfícies i mobiliari en edificis i locals", "Limpieza de superficies y mobiliario en edificios y locales", 230, 80, 1, False,
     "Tècniques i productes de neteja professional, maquinària i prevenció de riscos.",
     "Técnicas y productos de limpieza profesional, maquinaria y prevención de riesgos.", "ltu", "any"),
    ("Muntatge i manteniment d'instal·lacions elèctriques de baixa tensió", "Montaje y mantenimiento de instalaciones eléctricas de baja tensión", 920, 80, 2, False,
     "Formació completa per a treballar com a electricista en edificis, habitatges i indústria.",
     "Formación completa para trabajar como electricista en edificios, viviendas e industria.", "all", "any"),
    ("Ciberseguretat per a pimes: fonaments", "Ciberseguridad para pymes: fundamentos", 150, 0, 0, True,
     "Protecció d'equips i xarxes, còpies de seguretat, gestió d'incidents i bones pràctiques per a xicotetes empreses.",
     "Protección de equipos y redes, copias de seguridad, gestión de incidentes y buenas prácticas para pequeñas empresas.", "all", "any"),
    ("Manipulació d'aliments", "Manipulación de alimentos", 10, 0, 0, True,
     "Curs curt obligatori per a treballar en hostaleria, comerç d'alimentació i indústria alimentària.",
     "Curso corto obligatorio para trabajar en hostelería, comercio de alimentación e industria alimentaria.", "all", "spring"),
    ("Prevenció de riscos laborals: nivell bàsic", "Prevención de riesgos laborales: nivel básico", 60, 0, 0, True,
     "Formació exigida en molts processos de selecció de construcció, indústria i logística.",
     "Formación exigida en muchos procesos de selección de construcción, industria y logística.", "all", "any"),
    ("Permís de conducció C i CAP inicial", "Permiso de conducción C y CAP inicial", 180, 0, 0, False,
     "Obtín el carnet de camió i la qualificació inicial de conductor/a professional. Inclou les taxes d'examen.",
     "Obtén el carné de camión y la cualificación inicial de conductor/a profesional. Incluye las tasas de examen.", "ltu", "any"),
    ("Socorrisme en instal·lacions aquàtiques", "Socorrismo en instalaciones acuáticas", 370, 80, 2, False,
     "Prepara't per a treballar com a socorrista en piscines i parcs aquàtics. Cal superar una prova física d'accés.",
     "Prepárate para trabajar como socorrista en piscinas y parques acuáticos. Hay que superar una prueba física de acceso.", "young", "spring"),
    ("Atenció al client en comerç electrònic", "Atención al cliente en comercio electrónico", 100, 0, 0, True,
     "Gestió de comandes, devolucions, xats i xarxes socials per a botigues en línia.",
     "Gestión de pedidos, devoluciones, chats y redes sociales para tiendas en línea.", "all", "any"),
    ("Operacions auxiliars de fusteria", "Operaciones auxiliares de carpintería", 300, 80, 1, False,
     "Mecanitzat de fusta, muntatge de mobles i ús segur de maquinària de taller.",
     "Mecanizado de madera, montaje de muebles y uso seguro de maquinaria de taller.", "ltu", "any"),
    ("Activitats auxiliars en vivers, jardins i centres de jardineria", "Actividades auxiliares en viveros, jardines y centros de jardinería", 270, 80, 1, False,
     "Producció de planta, manteniment de jardins i atenció en centres de jardineria.",
     "Producción de planta, mantenimiento de jardines y atención en centros de jardinería.", "all", "any"),
    ("Anàlisi de dades amb fulls de càlcul", "Análisis de datos con hojas de cálculo", 80, 0, 0, True,
     "Taules dinàmiques, fórmules avançades i gràfics per a informes professionals.",
     "Tablas dinámicas, fórmulas avanzadas y gráficos para informes profesionales.", "all", "any"),
    ("Valencià per a l'atenció al públic (nivell B1)", "Valenciano para la atención al público (nivel B1)", 90, 0, 0, True,
     "Millora la teua comunicació oral i escrita en valencià per a treballar de cara al públic. Prepara per a la certificació de nivell B1.",
     "Mejora tu comunicación oral y escrita en valenciano para trabajar de cara al público. Prepara para la certificación de nivel B1.", "all", "any"),
    ("Emprenedoria: crea el teu projecte", "Emprendimiento: crea tu proyecto", 40, 0, 0, False,
     "De la idea al pla d'empresa: model de negoci, forma jurídica, finançament i ajudes a l'autoocupació.",
     "De la idea al plan de empresa: modelo de negocio, forma jurídica, financiación y ayudas al autoempleo.", "all", "any"),
]
COURSE_TARGETS = {
    "all": ("persones desocupades i, si queden places, persones ocupades", "personas desempleadas y, si quedan plazas, personas ocupadas"),
    "ltu": ("persones desocupades, amb prioritat per a les de llarga durada", "personas desempleadas, con prioridad para las de larga duración"),
    "45": ("persones desocupades, amb prioritat per a majors de 45 anys", "personas desempleadas, con prioridad para mayores de 45 años"),
    "young": ("jóvens de 16 a 29 anys inscrits en Garantia Juvenil", "jóvenes de 16 a 29 años inscritos en Garantía Juvenil"),
    "disability": ("persones desocupades, amb reserva de places per a persones amb discapacitat", "personas desempleadas, con reserva de plazas para personas con discapacidad"),
}
COURSE_LEVEL_REQ = {
    0: ("No cal titulació prèvia.", "No se requiere titulación previa."),
    1: ("Certificat de professionalitat de nivell 1: no cal titulació prèvia.", "Certificado de profesionalidad de nivel 1: no se requiere titulación previa."),
    2: ("Certificat de professionalitat de nivell 2: cal tindre el títol d'ESO o equivalent, o superar les proves de competències clau.",
        "Certificado de profesionalidad de nivel 2: es necesario tener el título de la ESO o equivalente, o superar las pruebas de competencias clave."),
}
COURSE_SEGMENT = {"all": [], "ltu": ["seg-ltu"], "45": ["seg-45plus"], "young": ["seg-young"], "disability": ["seg-disability"]}

# ---------------------------------------------------------------- tips (short)
TIPS = [
    ("💡 Consell per a l'entrevista: informa't sobre l'empresa abans d'anar-hi. Saber a què es dedica i com treballa et permetrà respondre amb seguretat i fer bones preguntes al final.",
     "💡 Consejo para la entrevista: infórmate sobre la empresa antes de ir. Saber a qué se dedica y cómo trabaja te permitirá responder con seguridad y hacer buenas preguntas al final."),
    ("💡 El teu currículum, millor en una o dues pàgines. Posa primer l'experiència més recent i adapta'l a cada oferta: no envies sempre el mateix.",
     "💡 Tu currículum, mejor en una o dos páginas. Pon primero la experiencia más reciente y adáptalo a cada oferta: no envíes siempre el mismo."),
    ("💡 Revisa el teu correu i el telèfon després d'inscriure't en una oferta. Moltes empreses criden en pocs dies i, si no responen, passen a la candidatura següent.",
     "💡 Revisa tu correo y el teléfono después de inscribirte en una oferta. Muchas empresas llaman en pocos días y, si no contestas, pasan a la siguiente candidatura."),
    ("💡 Tens carnets o cursos que no apareixen en la teua demanda? Afig-los en l'Espai Personal: les ofertes es creuen amb eixa informació.",
     "💡 ¿Tienes carnés o cursos que no aparecen en tu demanda? Añádelos en el Espacio Personal: las ofertas se cruzan con esa información."),
    ("💡 Entrevista per videotrucada? Prova abans la càmera i el micròfon, busca un lloc amb llum i sense sorolls i tin a mà el teu currículum.",
     "💡 ¿Entrevista por videollamada? Prueba antes la cámara y el micrófono, busca un lugar con luz y sin ruidos y ten a mano tu currículum."),
    ("💡 L'adreça de correu del currículum també diu molt de tu. Si encara uses un àlies de quan tenies quinze anys, és un bon moment per a crear-ne una amb el teu nom.",
     "💡 La dirección de correo del currículum también dice mucho de ti. Si todavía usas un alias de cuando tenías quince años, es buen momento para crear una con tu nombre."),
    ("💡 No et descartes per no complir el 100 % dels requisits d'una oferta. Si complixes els imprescindibles, inscriu-te i explica en la carta què pots aportar.",
     "💡 No te descartes por no cumplir el 100 % de los requisitos de una oferta. Si cumples los imprescindibles, inscríbete y explica en la carta qué puedes aportar."),
    ("💡 Les competències transversals compten: treball en equip, puntualitat, resolució de problemes... Pensa un exemple concret de cada una per a l'entrevista.",
     "💡 Las competencias transversales cuentan: trabajo en equipo, puntualidad, resolución de problemas... Piensa un ejemplo concreto de cada una para la entrevista."),
    ("⚠️ Cap oferta legal et demanarà diners per a fer una entrevista, un curs o un reconeixement mèdic. Si et passa, no pagues i avisa'ns.",
     "⚠️ Ninguna oferta legal te pedirá dinero por hacer una entrevista, un curso o un reconocimiento médico. Si te pasa, no pagues y avísanos."),
    ("💡 Has treballat sense contracte o en tasques de voluntariat? També és experiència. Descriu què feies i quines habilitats vas desenvolupar.",
     "💡 ¿Has trabajado sin contrato o en tareas de voluntariado? También es experiencia. Describe qué hacías y qué habilidades desarrollaste."),
    ("💡 Una xarxa de contactes també trau feina. Conta a les persones del teu entorn quin tipus de treball busques: moltes vacants es cobrixen per recomanació.",
     "💡 Una red de contactos también da trabajo. Cuenta a las personas de tu entorno qué tipo de trabajo buscas: muchas vacantes se cubren por recomendación."),
    ("💡 Perfil de LinkedIn: foto professional, un titular clar («Electricista amb 5 anys d'experiència») i l'experiència ben explicada. Les empreses també busquen ací.",
     "💡 Perfil de LinkedIn: foto profesional, un titular claro («Electricista con 5 años de experiencia») y la experiencia bien explicada. Las empresas también buscan aquí."),
    ("💡 Abans de signar un contracte, llig-lo amb calma: tipus de contracte, jornada, salari i període de prova. Si tens dubtes, pregunta abans.",
     "💡 Antes de firmar un contrato, léelo con calma: tipo de contrato, jornada, salario y periodo de prueba. Si tienes dudas, pregunta antes."),
    ("💡 Acabes de trobar feina? Enhorabona! Recorda que la demanda es dona de baixa automàticament amb el contracte, però pots mantindre-la com a demanda de millora.",
     "💡 ¿Acabas de encontrar trabajo? ¡Enhorabuena! Recuerda que la demanda se da de baja automáticamente con el contrato, pero puedes mantenerla como demanda de mejora."),
    ("💡 A l'entrevista, prepara dues o tres preguntes per a l'empresa. Demostra interés i t'ajuda a saber si el lloc és per a tu.",
     "💡 En la entrevista, prepara dos o tres preguntas para la empresa. Demuestra interés y te ayuda a saber si el puesto es para ti."),
    ("💡 Forats en el currículum? No els amagues: explica breument què vas fer (cures, formació, un projecte personal) i què vas aprendre.",
     "💡 ¿Huecos en el currículum? No los escondas: explica brevemente qué hiciste (cuidados, formación, un proyecto personal) y qué aprendiste."),
    ("💡 Els certificats de professionalitat tenen validesa oficial en tot l'Estat. Si tens experiència però no títol, pots acreditar les teues competències professionals.",
     "💡 Los certificados de profesionalidad tienen validez oficial en todo el Estado. Si tienes experiencia pero no título, puedes acreditar tus competencias profesionales."),
    ("💡 Activa les alertes d'ofertes en l'Espai Personal i rebràs un avís quan isca una oferta que encaixe amb el teu perfil.",
     "💡 Activa las alertas de ofertas en el Espacio Personal y recibirás un aviso cuando salga una oferta que encaje con tu perfil."),
]

# ---------------------------------------------------------------- procedures (medium/long)
# ca, es, short_ca, short_es, slug, segments, campaign-hint, with_video
PROCEDURES = [
    ("🔁 Renova la demanda d'ocupació sense moure't de casa\n\nSi la teua data de renovació està pròxima, no cal que vingues a l'oficina: pots fer-ho en línia des de l'Espai Personal, les 24 hores del dia, amb certificat digital, Cl@ve o usuari i contrasenya.\n\n1️⃣ Entra en l'Espai Personal.\n2️⃣ Tria «Renovar la demanda».\n3️⃣ Descarrega el justificant: en ell apareix la pròxima data.\n\nSi no renoves en la data indicada, la demanda causa baixa, i això pot afectar les prestacions o la teua participació en ofertes i cursos.",
     "🔁 Renueva la demanda de empleo sin moverte de casa\n\nSi tu fecha de renovación está próxima, no hace falta que vengas a la oficina: puedes hacerlo en línea desde el Espacio Personal, las 24 horas del día, con certificado digital, Cl@ve o usuario y contraseña.\n\n1️⃣ Entra en el Espacio Personal.\n2️⃣ Elige «Renovar la demanda».\n3️⃣ Descarga el justificante: en él aparece la próxima fecha.\n\nSi no renuevas en la fecha indicada, la demanda causa baja, y eso puede afectar a las prestaciones o a tu participación en ofertas y cursos.",
     "🔁 Renova la demanda d'ocupació en línia, 24 h, sense cita:", "🔁 Renueva la demanda de empleo en línea, 24 h, sin cita:", "tramits/renovar-demanda", [], "camp-digital", True),
    ("📄 Necessites un certificat d'inscripció com a demandant d'ocupació?\n\nEl pots descarregar al moment en l'Espai Personal > «Els meus certificats». Hi trobaràs:\n\n▫️ Certificat de situació actual (si estàs inscrit/a hui).\n▫️ Informe de períodes d'inscripció (l'historial complet).\n▫️ Certificat de servicis i cursos rebuts.\n\nTots porten un codi segur de verificació, així que l'entitat que te'l demana pot comprovar-lo sense que passes per l'oficina. Si no pots accedir-hi, en qualsevol Espai Ocupació te l'imprimim sense cita, només amb el DNI o NIE.",
     "📄 ¿Necesitas un certificado de inscripción como demandante de empleo?\n\nLo puedes descargar al momento en el Espacio Personal > «Mis certificados». Encontrarás:\n\n▫️ Certificado de situación actual (si estás inscrito/a hoy).\n▫️ Informe de periodos de inscripción (el historial completo).\n▫️ Certificado de servicios y cursos recibidos.\n\nTodos llevan un código seguro de verificación, así que la entidad que te lo pide puede comprobarlo sin que pases por la oficina. Si no puedes acceder, en cualquier Espacio Empleo te lo imprimimos sin cita, solo con el DNI o NIE.",
     "📄 Certificats d'inscripció: descarrega'ls al moment des de l'Espai Personal.", "📄 Certificados de inscripción: descárgalos al momento desde el Espacio Personal.", "tramits/certificats", [], "camp-digital", False),
    ("📅 Com demanar cita prèvia\n\nPer a la majoria de tràmits presencials cal cita prèvia. La pots demanar:\n\n🌐 En la web, triant l'oficina i el tràmit.\n📱 Des de l'app Ocupació Mòbil.\n☎️ Per telèfon, en l'horari d'atenció de la teua oficina.\n\nConsell: les cites anul·lades es tornen a alliberar cada dia a les 8.00 h. I recorda que molts tràmits (renovar, certificats, canvi de dades) no necessiten cita perquè es fan en línia.",
     "📅 Cómo pedir cita previa\n\nPara la mayoría de trámites presenciales hace falta cita previa. La puedes pedir:\n\n🌐 En la web, eligiendo la oficina y el trámite.\n📱 Desde la app Ocupació Mòbil.\n☎️ Por teléfono, en el horario de atención de tu oficina.\n\nConsejo: las citas anuladas se vuelven a liberar cada día a las 8:00 h. Y recuerda que muchos trámites (renovar, certificados, cambio de datos) no necesitan cita porque se hacen en línea.",
     "📅 Cita prèvia: com demanar-la i quins tràmits no la necessiten.", "📅 Cita previa: cómo pedirla y qué trámites no la necesitan.", "cita-previa", [], "camp-digital", True),
    ("🧾 Mantín actualitzat el teu perfil professional\n\nLes ofertes es casen amb les dades de la teua demanda: ocupacions que busques, formació, idiomes, carnets i disponibilitat. Si el teu perfil està incomplet, pots quedar fora de processos en què encaixes.\n\nEn l'Espai Personal > «El meu perfil» pots afegir cursos, carnets (carretons, manipulador/a d'aliments, CAP...), idiomes i fins a sis ocupacions. Dedica-li deu minuts: val la pena.",
     "🧾 Mantén actualizado tu perfil profesional\n\nLas ofertas se cruzan con los datos de tu demanda: ocupaciones que buscas, formación, idiomas, carnés y disponibilidad. Si tu perfil está incompleto, puedes quedarte fuera de procesos en los que encajas.\n\nEn el Espacio Personal > «Mi perfil» puedes añadir cursos, carnés (carretillas, manipulador/a de alimentos, CAP...), idiomas y hasta seis ocupaciones. Dedícale diez minutos: merece la pena.",
     "🧾 Actualitza el teu perfil: les ofertes es creuen amb les teues dades.", "🧾 Actualiza tu perfil: las ofertas se cruzan con tus datos.", "espai-personal/perfil", [], "camp-digital", False),
    ("📱 Nova app Ocupació Mòbil\n\nJa pots fer des del mòbil els tràmits més habituals: renovar la demanda, consultar i inscriure't en ofertes, descarregar certificats, demanar cita prèvia i rebre avisos de cursos. Disponible per a Android i iOS.\n\nL'accés és amb les mateixes credencials que l'Espai Personal. Si tens qualsevol problema, escriu-nos per missatge privat.",
     "📱 Nueva app Ocupació Mòbil\n\nYa puedes hacer desde el móvil los trámites más habituales: renovar la demanda, consultar e inscribirte en ofertas, descargar certificados, pedir cita previa y recibir avisos de cursos. Disponible para Android e iOS.\n\nEl acceso es con las mismas credenciales que el Espacio Personal. Si tienes cualquier problema, escríbenos por mensaje privado.",
     "📱 Nova app Ocupació Mòbil: renovació, ofertes, certificats i cita prèvia des del mòbil.", "📱 Nueva app Ocupació Mòbil: renovación, ofertas, certificados y cita previa desde el móvil.", "app", [], "camp-digital", True),
    ("🔐 Accedix a l'Espai Personal\n\nHi ha tres maneres d'entrar:\n\n1. Certificat digital o DNI electrònic.\n2. Sistema Cl@ve.\n3. Usuari i contrasenya, que et donem la primera vegada que t'inscrius.\n\nHas oblidat la contrasenya? Usa l'opció «He oblidat la contrasenya» i rebràs un enllaç en el correu de la teua demanda. Per seguretat, mai et demanarem la contrasenya per telèfon, correu ni xarxes socials.",
     "🔐 Accede al Espacio Personal\n\nHay tres formas de entrar:\n\n1. Certificado digital o DNI electrónico.\n2. Sistema Cl@ve.\n3. Usuario y contraseña, que te damos la primera vez que te inscribes.\n\n¿Has olvidado la contraseña? Usa la opción «He olvidado la contraseña» y recibirás un enlace en el correo de tu demanda. Por seguridad, nunca te pediremos la contraseña por teléfono, correo ni redes sociales.",
     "🔐 Tres maneres d'entrar en l'Espai Personal (i com recuperar la contrasenya).", "🔐 Tres formas de entrar en el Espacio Personal (y cómo recuperar la contraseña).", "espai-personal/acces", [], "camp-digital", False),
    ("🎥 Nou servici de videoatenció\n\nSi no pots desplaçar-te a l'oficina, ara pots fer la teua entrevista d'orientació per videotrucada. Demana cita prèvia triant el tràmit «Orientació – videoatenció» i rebràs un enllaç el mateix dia. Només necessites un mòbil o ordinador amb càmera.\n\nDisponible en totes les oficines de dilluns a divendres, de 9.00 a 14.00 h.",
     "🎥 Nuevo servicio de videoatención\n\nSi no puedes desplazarte a la oficina, ahora puedes hacer tu entrevista de orientación por videollamada. Pide cita previa eligiendo el trámite «Orientación – videoatención» y recibirás un enlace el mismo día. Solo necesitas un móvil u ordenador con cámara.\n\nDisponible en todas las oficinas de lunes a viernes, de 9:00 a 14:00 h.",
     "🎥 Orientació laboral per videotrucada: demana cita prèvia «Orientació – videoatenció».", "🎥 Orientación laboral por videollamada: pide cita previa «Orientación – videoatención».", "videoatencio", [], None, False),
    ("🏢 Empreses: publiqueu les vostres ofertes gratuïtament\n\nDes de l'Espai Empresa podeu registrar ofertes, rebre candidatures preseleccionades pel nostre personal tècnic i sol·licitar la difusió en la nostra web i xarxes socials. També podeu demanar un lloc en les fires d'ocupació i informació sobre ajudes a la contratació.\n\nTot el servici és gratuït.",
     "🏢 Empresas: publicad vuestras ofertas gratuitamente\n\nDesde el Espacio Empresa podéis registrar ofertas, recibir candidaturas preseleccionadas por nuestro personal técnico y solicitar la difusión en nuestra web y redes sociales. También podéis pedir un espacio en las ferias de empleo e información sobre ayudas a la contratación.\n\nTodo el servicio es gratuito.",
     "🏢 Empreses: publiqueu ofertes i rebeu candidatures preseleccionades, de franc.", "🏢 Empresas: publicad ofertas y recibid candidaturas preseleccionadas, gratis.", "empreses", ["seg-companies"], None, False),
    ("💼 Has trobat feina però vols millorar? La demanda de millora d'ocupació és per a tu\n\nSi treballes a temps parcial, amb un contracte temporal o en un lloc que no correspon a la teua formació, pots continuar inscrit/a com a demandant de millora. Així continuaràs rebent ofertes i podràs accedir a molts cursos.\n\nEs fa en línia des de l'Espai Personal o amb cita prèvia.",
     "💼 ¿Has encontrado trabajo pero quieres mejorar? La demanda de mejora de empleo es para ti\n\nSi trabajas a tiempo parcial, con un contrato temporal o en un puesto que no corresponde a tu formación, puedes seguir inscrito/a como demandante de mejora. Así seguirás recibiendo ofertas y podrás acceder a muchos cursos.\n\nSe hace en línea desde el Espacio Personal o con cita previa.",
     "💼 Treballes però vols millorar? Inscriu-te com a demandant de millora d'ocupació.", "💼 ¿Trabajas pero quieres mejorar? Inscríbete como demandante de mejora de empleo.", "demanda-millora", [], None, False),
    ("🏠 Has canviat de domicili o de telèfon?\n\nRecorda actualitzar-ho en la teua demanda. Si les dades no són correctes, pots perdre una crida per a una oferta o un avís de curs. Ho pots canviar en l'Espai Personal > «Dades de contacte». Si el canvi de domicili implica canviar d'oficina, la demanda es trasllada automàticament.",
     "🏠 ¿Has cambiado de domicilio o de teléfono?\n\nRecuerda actualizarlo en tu demanda. Si los datos no son correctos, puedes perder una llamada para una oferta o un aviso de curso. Lo puedes cambiar en el Espacio Personal > «Datos de contacto». Si el cambio de domicilio implica cambiar de oficina, la demanda se traslada automáticamente.",
     "🏠 Has canviat de telèfon o domicili? Actualitza-ho en la teua demanda.", "🏠 ¿Has cambiado de teléfono o domicilio? Actualízalo en tu demanda.", "espai-personal/dades", [], None, False),
    ("🧭 Orientació laboral personalitzada\n\nNo saps per on començar? Una tutora o tutor d'ocupació pot ajudar-te a definir el teu objectiu professional, millorar el currículum, preparar entrevistes i triar la formació que més et convé. És gratuït i el pots demanar amb cita prèvia o per videoatenció.",
     "🧭 Orientación laboral personalizada\n\n¿No sabes por dónde empezar? Una tutora o tutor de empleo puede ayudarte a definir tu objetivo profesional, mejorar el currículum, preparar entrevistas y elegir la formación que más te conviene. Es gratuito y lo puedes pedir con cita previa o por videoatención.",
     "🧭 Orientació laboral personalitzada i gratuïta: demana-la amb cita prèvia.", "🧭 Orientación laboral personalizada y gratuita: pídela con cita previa.", "orientacio", ["seg-ltu"], None, False),
    ("✅ Acreditació de competències professionals\n\nTens anys d'experiència però cap títol que ho demostre? Amb el procediment d'acreditació de competències pots obtindre unitats de certificats de professionalitat a partir de la teua experiència laboral o de formació no formal.\n\nEnguany hi ha convocatòries obertes per a atenció sociosanitària, hostaleria, logística i educació infantil. Consulta requisits i terminis.",
     "✅ Acreditación de competencias profesionales\n\n¿Tienes años de experiencia pero ningún título que lo demuestre? Con el procedimiento de acreditación de competencias puedes obtener unidades de certificados de profesionalidad a partir de tu experiencia laboral o de formación no formal.\n\nEste año hay convocatorias abiertas para atención sociosanitaria, hostelería, logística y educación infantil. Consulta requisitos y plazos.",
     "✅ Acredita la teua experiència: convocatòries obertes d'acreditació de competències.", "✅ Acredita tu experiencia: convocatorias abiertas de acreditación de competencias.", "acreditacio", ["seg-45plus"], "camp-fpe", False),
]

# ---------------------------------------------------------------- Garantia Juvenil
GJ_POSTS = [
    ("🟣 Què és Garantia Juvenil?\n\nÉs un programa per a jóvens de 16 a 29 anys que no estan treballant ni estudiant. En inscriure't tens accés preferent a:\n\n▫️ Ofertes i contractes formatius.\n▫️ Cursos gratuïts amb certificat.\n▫️ Programes de primera experiència en empreses i administracions.\n▫️ Orientació personalitzada.\n\nLa inscripció és en línia i es resol en uns deu dies hàbils.",
     "🟣 ¿Qué es Garantía Juvenil?\n\nEs un programa para jóvenes de 16 a 29 años que no están trabajando ni estudiando. Al inscribirte tienes acceso preferente a:\n\n▫️ Ofertas y contratos formativos.\n▫️ Cursos gratuitos con certificado.\n▫️ Programas de primera experiencia en empresas y administraciones.\n▫️ Orientación personalizada.\n\nLa inscripción es en línea y se resuelve en unos diez días hábiles.",
     "🟣 Tens entre 16 i 29 anys i no estudies ni treballes? Inscriu-te en Garantia Juvenil.", "🟣 ¿Tienes entre 16 y 29 años y no estudias ni trabajas? Inscríbete en Garantía Juvenil."),
    ("🚀 Programa Impuls Jove 2026\n\nContractes d'un any en ajuntaments i entitats públiques per a jóvens inscrits en Garantia Juvenil, amb un salari segons conveni i formació durant el contracte. Enguany s'oferixen 1.200 llocs en tota la regió, en perfils tècnics, administratius i de servicis.\n\nLa selecció es fa a partir de les ofertes que cada entitat publica en el nostre portal. Si estàs inscrit/a, rebràs un avís quan n'isca una que encaixe amb el teu perfil.",
     "🚀 Programa Impuls Jove 2026\n\nContratos de un año en ayuntamientos y entidades públicas para jóvenes inscritos en Garantía Juvenil, con salario según convenio y formación durante el contrato. Este año se ofrecen 1.200 puestos en toda la región, en perfiles técnicos, administrativos y de servicios.\n\nLa selección se hace a partir de las ofertas que cada entidad publica en nuestro portal. Si estás inscrito/a, recibirás un aviso cuando salga una que encaje con tu perfil.",
     "🚀 Impuls Jove 2026: 1.200 contractes d'un any per a jóvens de Garantia Juvenil.", "🚀 Impuls Jove 2026: 1.200 contratos de un año para jóvenes de Garantía Juvenil."),
    ("🗣️ «Vaig fer el curs de soldadura amb Garantia Juvenil i ara treballe en un taller de Vila-real». L'Iker té 22 anys i fa sis mesos que té contracte indefinit.\n\nHistòries com la seua són les que ens motiven. Si tens entre 16 i 29 anys, consulta els cursos amb prioritat per a jóvens.",
     "🗣️ «Hice el curso de soldadura con Garantía Juvenil y ahora trabajo en un taller de Vila-real». Iker tiene 22 años y hace seis meses que tiene contrato indefinido.\n\nHistorias como la suya son las que nos motivan. Si tienes entre 16 y 29 años, consulta los cursos con prioridad para jóvenes.",
     "🗣️ L'Iker, 22 anys: del curs de soldadura a un contracte indefinit.", "🗣️ Iker, 22 años: del curso de soldadura a un contrato indefinido."),
    ("🗣️ La Noelia va acabar un grau en Turisme i no trobava la primera oportunitat. Amb un contracte formatiu de Garantia Juvenil ara treballa en la recepció d'un hotel de Benidorm.\n\n«El primer contracte és el més difícil. Ací em van ajudar a preparar l'entrevista i a refer el currículum».",
     "🗣️ Noelia terminó un grado en Turismo y no encontraba la primera oportunidad. Con un contrato formativo de Garantía Juvenil ahora trabaja en la recepción de un hotel de Benidorm.\n\n«El primer contrato es el más difícil. Aquí me ayudaron a preparar la entrevista y a rehacer el currículum».",
     "🗣️ La Noelia: del grau en Turisme a la recepció d'un hotel amb un contracte formatiu.", "🗣️ Noelia: del grado en Turismo a la recepción de un hotel con un contrato formativo."),
    ("📋 Requisits per a inscriure't en Garantia Juvenil\n\n✔️ Tindre entre 16 i 29 anys.\n✔️ Estar empadronat/ada en qualsevol municipi de l'Estat.\n✔️ No haver treballat ni rebut formació reglada el dia natural anterior a la sol·licitud.\n✔️ Tindre nacionalitat espanyola o permís de residència que habilite per a treballar.\n\nNo cal estar inscrit/a com a demandant d'ocupació, encara que t'ho recomanem per a accedir a les ofertes.",
     "📋 Requisitos para inscribirte en Garantía Juvenil\n\n✔️ Tener entre 16 y 29 años.\n✔️ Estar empadronado/a en cualquier municipio del Estado.\n✔️ No haber trabajado ni recibido formación reglada el día natural anterior a la solicitud.\n✔️ Tener nacionalidad española o permiso de residencia que habilite para trabajar.\n\nNo es necesario estar inscrito/a como demandante de empleo, aunque te lo recomendamos para acceder a las ofertas.",
     "📋 Requisits de Garantia Juvenil, en quatre punts.", "📋 Requisitos de Garantía Juvenil, en cuatro puntos."),
    ("🧑‍🏫 Mentoria Jove: una persona professional t'acompanya durant tres mesos\n\nVoluntaris i voluntàries d'empreses col·laboradores oferixen sessions de mentoria a jóvens de Garantia Juvenil: com funciona el seu sector, com es fa una bona candidatura i quins contactes et poden obrir portes. Places limitades per orde d'inscripció.",
     "🧑‍🏫 Mentoría Joven: una persona profesional te acompaña durante tres meses\n\nVoluntarios y voluntarias de empresas colaboradoras ofrecen sesiones de mentoría a jóvenes de Garantía Juvenil: cómo funciona su sector, cómo se hace una buena candidatura y qué contactos te pueden abrir puertas. Plazas limitadas por orden de inscripción.",
     "🧑‍🏫 Mentoria Jove: tres mesos acompanyat/ada per una persona professional del teu sector.", "🧑‍🏫 Mentoría Joven: tres meses acompañado/a por una persona profesional de tu sector."),
    ("🎒 Acabes ESO, batxillerat o FP este juny i no saps què fer després?\n\nVine a una sessió informativa de Garantia Juvenil: t'expliquem les opcions de formació, pràctiques i primer treball que tens a l'abast. Sessions cada dimecres de juny a les 11.00 h en tots els Espais Ocupació i en línia.",
     "🎒 ¿Terminas la ESO, bachillerato o FP este junio y no sabes qué hacer después?\n\nVen a una sesión informativa de Garantía Juvenil: te explicamos las opciones de formación, prácticas y primer trabajo que tienes a tu alcance. Sesiones cada miércoles de junio a las 11:00 h en todos los Espacios Empleo y en línea.",
     "🎒 Sessions informatives de Garantia Juvenil cada dimecres de juny.", "🎒 Sesiones informativas de Garantía Juvenil cada miércoles de junio."),
    ("📈 Garantia Juvenil en xifres (gener–setembre 2026): 14.300 jóvens inscrits, 5.100 contractes i 3.800 persones formades en cursos amb certificat. Gràcies a les empreses i entitats que confien en el talent jove.",
     "📈 Garantía Juvenil en cifras (enero–septiembre 2026): 14.300 jóvenes inscritos, 5.100 contratos y 3.800 personas formadas en cursos con certificado. Gracias a las empresas y entidades que confían en el talento joven.",
     "📈 Garantia Juvenil 2026: 14.300 jóvens inscrits i 5.100 contractes.", "📈 Garantía Juvenil 2026: 14.300 jóvenes inscritos y 5.100 contratos."),
]

# ---------------------------------------------------------------- ayudas (companies)
AYUDAS_POSTS = [
    ("💶 Obertes les ajudes a la contractació indefinida de jóvens\n\nLes empreses i persones autònomes que contracten de manera indefinida jóvens de 16 a 29 anys inscrits en Garantia Juvenil poden rebre fins a 8.000 € per contracte a jornada completa (proporcional si és parcial). La quantia s'incrementa un 10 % si la persona contractada és dona o té discapacitat.\n\nTermini: fins al 30 de setembre o fins a esgotar el crèdit. Sol·licitud exclusivament telemàtica.",
     "💶 Abiertas las ayudas a la contratación indefinida de jóvenes\n\nLas empresas y personas autónomas que contraten de forma indefinida a jóvenes de 16 a 29 años inscritos en Garantía Juvenil pueden recibir hasta 8.000 € por contrato a jornada completa (proporcional si es parcial). La cuantía se incrementa un 10 % si la persona contratada es mujer o tiene discapacidad.\n\nPlazo: hasta el 30 de septiembre o hasta agotar el crédito. Solicitud exclusivamente telemática.",
     "💶 Fins a 8.000 € per contractar de manera indefinida jóvens de Garantia Juvenil.", "💶 Hasta 8.000 € por contratar de forma indefinida a jóvenes de Garantía Juvenil.",
     "ajudes/contractacio-joves", ["seg-companies", "seg-young"]),
    ("💶 Ajudes per a contractar persones majors de 45 anys i en desocupació de llarga durada\n\nFins a 9.000 € per contracte indefinit a jornada completa de persones majors de 45 anys o inscrites com a demandants durant almenys 12 dels últims 18 mesos. Compatible amb les bonificacions en les cotitzacions.\n\nEl contracte s'ha de mantindre un mínim de 24 mesos.",
     "💶 Ayudas para contratar a personas mayores de 45 años y en desempleo de larga duración\n\nHasta 9.000 € por contrato indefinido a jornada completa de personas mayores de 45 años o inscritas como demandantes durante al menos 12 de los últimos 18 meses. Compatible con las bonificaciones en las cotizaciones.\n\nEl contrato se tiene que mantener un mínimo de 24 meses.",
     "💶 Fins a 9.000 € per contractar persones majors de 45 anys o aturades de llarga durada.", "💶 Hasta 9.000 € por contratar a personas mayores de 45 años o paradas de larga duración.",
     "ajudes/contractacio-45", ["seg-companies", "seg-45plus", "seg-ltu"]),
    ("♿ Ajudes a la contractació de persones amb discapacitat\n\nSubvencions de fins a 10.000 € per contracte indefinit i ajudes per a l'adaptació del lloc de treball. També per a la contractació en centres especials d'ocupació i per a l'ocupació amb suport.",
     "♿ Ayudas a la contratación de personas con discapacidad\n\nSubvenciones de hasta 10.000 € por contrato indefinido y ayudas para la adaptación del puesto de trabajo. También para la contratación en centros especiales de empleo y para el empleo con apoyo.",
     "♿ Fins a 10.000 € per contracte indefinit de persones amb discapacitat.", "♿ Hasta 10.000 € por contrato indefinido de personas con discapacidad.",
     "ajudes/discapacitat", ["seg-companies", "seg-disability"]),
    ("🔄 Convertix contractes temporals en indefinits i rep fins a 4.500 €\n\nAjuda per a empreses de menys de 50 persones treballadores que transformen contractes temporals en indefinits durant 2026. Sol·licitud en el termini d'un mes des de la conversió.",
     "🔄 Convierte contratos temporales en indefinidos y recibe hasta 4.500 €\n\nAyuda para empresas de menos de 50 personas trabajadoras que transformen contratos temporales en indefinidos durante 2026. Solicitud en el plazo de un mes desde la conversión.",
     "🔄 Fins a 4.500 € per convertir contractes temporals en indefinits.", "🔄 Hasta 4.500 € por convertir contratos temporales en indefinidos.",
     "ajudes/conversio", ["seg-companies"]),
    ("🌱 Ajudes a l'autoocupació 2026\n\nVols posar en marxa el teu negoci? Si estàs inscrit/a com a demandant i et dones d'alta com a autònom/a, pots rebre una ajuda d'inici d'activitat de fins a 5.000 € (6.000 € per a dones, jóvens i persones majors de 45 anys) i una ajuda per a l'assessorament i la formació inicial.\n\nRecorda: cal sol·licitar-la abans de l'alta o dins del mes següent.",
     "🌱 Ayudas al autoempleo 2026\n\n¿Quieres poner en marcha tu negocio? Si estás inscrito/a como demandante y te das de alta como autónomo/a, puedes recibir una ayuda de inicio de actividad de hasta 5.000 € (6.000 € para mujeres, jóvenes y personas mayores de 45 años) y una ayuda para el asesoramiento y la formación inicial.\n\nRecuerda: hay que solicitarla antes del alta o dentro del mes siguiente.",
     "🌱 Ajudes a l'autoocupació: fins a 5.000 € per a començar el teu negoci.", "🌱 Ayudas al autoempleo: hasta 5.000 € para empezar tu negocio.",
     "ajudes/autoocupacio", []),
    ("🏛️ Programes d'ocupació local 2026\n\nEls ajuntaments poden sol·licitar subvencions per a contractar persones desocupades en obres i servicis d'interés general, amb prioritat per a persones en desocupació de llarga durada i majors de 45 anys. Si estàs inscrit/a, el teu Espai Ocupació pot preseleccionar-te quan l'ajuntament presente l'oferta.",
     "🏛️ Programas de empleo local 2026\n\nLos ayuntamientos pueden solicitar subvenciones para contratar a personas desempleadas en obras y servicios de interés general, con prioridad para personas en desempleo de larga duración y mayores de 45 años. Si estás inscrito/a, tu Espacio Empleo puede preseleccionarte cuando el ayuntamiento presente la oferta.",
     "🏛️ Programes d'ocupació local: contractes en ajuntaments per a persones desocupades.", "🏛️ Programas de empleo local: contratos en ayuntamientos para personas desempleadas.",
     "ajudes/ocupacio-local", ["seg-ltu", "seg-45plus"]),
    ("⏳ Últimes setmanes per a sol·licitar les ajudes a la contractació 2026\n\nEl termini per a contractes formalitzats entre gener i setembre acaba el 30 de setembre. Si la vostra empresa ha contractat persones jóvens, majors de 45 anys, en desocupació de llarga durada o amb discapacitat, reviseu si podeu optar a l'ajuda.",
     "⏳ Últimas semanas para solicitar las ayudas a la contratación 2026\n\nEl plazo para contratos formalizados entre enero y septiembre termina el 30 de septiembre. Si vuestra empresa ha contratado a personas jóvenes, mayores de 45 años, en desempleo de larga duración o con discapacidad, revisad si podéis optar a la ayuda.",
     "⏳ Les ajudes a la contractació 2026 es poden sol·licitar fins al 30 de setembre.", "⏳ Las ayudas a la contratación 2026 se pueden solicitar hasta el 30 de septiembre.",
     "ajudes", ["seg-companies"]),
    ("❓ Preguntes freqüents sobre les ajudes a la contractació\n\n▫️ Puc sol·licitar-la si el contracte és a temps parcial? Sí, amb la quantia proporcional.\n▫️ I si la persona contractada causa baixa abans de 24 mesos? Cal substituir-la en el termini d'un mes per una altra que complisca els requisits.\n▫️ És compatible amb altres ajudes? Amb les bonificacions, sí; amb altres subvencions per al mateix contracte, no.\n\nMés respostes en la web.",
     "❓ Preguntas frecuentes sobre las ayudas a la contratación\n\n▫️ ¿Puedo solicitarla si el contrato es a tiempo parcial? Sí, con la cuantía proporcional.\n▫️ ¿Y si la persona contratada causa baja antes de 24 meses? Hay que sustituirla en el plazo de un mes por otra que cumpla los requisitos.\n▫️ ¿Es compatible con otras ayudas? Con las bonificaciones, sí; con otras subvenciones para el mismo contrato, no.\n\nMás respuestas en la web.",
     "❓ Dubtes sobre les ajudes a la contractació? Les preguntes més freqüents.", "❓ ¿Dudas sobre las ayudas a la contratación? Las preguntas más frecuentes.",
     "ajudes/preguntes", ["seg-companies"]),
]

# ---------------------------------------------------------------- summer
SUMMER_POSTS = [
    ("☀️ Treball d'estiu en la costa\n\nHotels, restaurants, parcs aquàtics i càmpings ja estan buscant personal per a la temporada. En el portal tens més de 600 ofertes actives de cambrer/a, ajudant/a de cuina, recepcionista, cambrer/a de pisos, socorrista i monitor/a.\n\nFiltra per «Temporada d'estiu» i per comarca per a trobar-les ràpidament.",
     "☀️ Trabajo de verano en la costa\n\nHoteles, restaurantes, parques acuáticos y campings ya están buscando personal para la temporada. En el portal tienes más de 600 ofertas activas de camarero/a, ayudante de cocina, recepcionista, camarero/a de pisos, socorrista y monitor/a.\n\nFiltra por «Temporada de verano» y por comarca para encontrarlas rápidamente.",
     "☀️ Més de 600 ofertes d'estiu en hostaleria i oci. Filtra per «Temporada d'estiu»:", "☀️ Más de 600 ofertas de verano en hostelería y ocio. Filtra por «Temporada de verano»:"),
    ("📝 Primera feina d'estiu? Coneix els teus drets\n\n▫️ Has de tindre un contracte per escrit abans de començar.\n▫️ Has d'estar d'alta en la Seguretat Social des del primer dia.\n▫️ Les hores extres s'han de pagar o compensar amb descans.\n▫️ Tens dret a descans setmanal i entre jornades.\n▫️ Si tens 16 o 17 anys, no pots fer treball nocturn ni hores extres.\n\nSi alguna cosa no quadra, informa't abans de signar.",
     "📝 ¿Primer trabajo de verano? Conoce tus derechos\n\n▫️ Tienes que tener un contrato por escrito antes de empezar.\n▫️ Tienes que estar de alta en la Seguridad Social desde el primer día.\n▫️ Las horas extra se tienen que pagar o compensar con descanso.\n▫️ Tienes derecho a descanso semanal y entre jornadas.\n▫️ Si tienes 16 o 17 años, no puedes hacer trabajo nocturno ni horas extra.\n\nSi algo no cuadra, infórmate antes de firmar.",
     "📝 Primera feina d'estiu? Cinc drets que has de conéixer.", "📝 ¿Primer trabajo de verano? Cinco derechos que debes conocer."),
    ("🏊 Es busquen socorristes!\n\nAjuntaments i piscines de tota la regió necessiten socorristes titulats per a l'estiu. Si tens el títol en vigor, actualitza-ho en el teu perfil i apareixeràs en les preseleccions. Si no el tens, encara estàs a temps d'apuntar-te al curs de socorrisme de maig.",
     "🏊 ¡Se buscan socorristas!\n\nAyuntamientos y piscinas de toda la región necesitan socorristas titulados para el verano. Si tienes el título en vigor, actualízalo en tu perfil y aparecerás en las preselecciones. Si no lo tienes, todavía estás a tiempo de apuntarte al curso de socorrismo de mayo.",
     "🏊 Es busquen socorristes per a l'estiu: actualitza el teu títol en el perfil.", "🏊 Se buscan socorristas para el verano: actualiza tu título en el perfil."),
    ("🏕️ Escoles d'estiu i campaments busquen monitors i monitores de temps lliure per a juliol i agost. Si tens el títol, consulta les ofertes; si encara no el tens, el curs de dinamització d'activitats de temps lliure et prepara per a la pròxima temporada.",
     "🏕️ Escuelas de verano y campamentos buscan monitores y monitoras de tiempo libre para julio y agosto. Si tienes el título, consulta las ofertas; si todavía no lo tienes, el curso de dinamización de actividades de tiempo libre te prepara para la próxima temporada.",
     "🏕️ Escoles d'estiu busquen monitors/es de temps lliure per a juliol i agost.", "🏕️ Escuelas de verano buscan monitores/as de tiempo libre para julio y agosto."),
    ("🌡️ Treballes a l'aire lliure este estiu? Beu aigua sovint, fes pauses a l'ombra i evita les hores de més calor. L'empresa ha d'adaptar les condicions de treball en episodis de calor extrema.",
     "🌡️ ¿Trabajas al aire libre este verano? Bebe agua a menudo, haz pausas a la sombra y evita las horas de más calor. La empresa debe adaptar las condiciones de trabajo en episodios de calor extremo.",
     "🌡️ Calor extrema i treball: consells i obligacions.", "🌡️ Calor extremo y trabajo: consejos y obligaciones."),
]

# ---------------------------------------------------------------- 45+ and christmas
SENIOR_POSTS = [
    ("🧡 Talent Sènior 45+\n\nL'experiència no caduca. Durant esta tardor impulsem la contractació de persones majors de 45 anys amb ajudes a les empreses, cursos prioritaris i una jornada de networking amb empreses de la regió. Si tens més de 45 anys i busques feina, demana cita d'orientació: dissenyarem un itinerari a la teua mida.",
     "🧡 Talento Sénior 45+\n\nLa experiencia no caduca. Durante este otoño impulsamos la contratación de personas mayores de 45 años con ayudas a las empresas, cursos prioritarios y una jornada de networking con empresas de la región. Si tienes más de 45 años y buscas trabajo, pide cita de orientación: diseñaremos un itinerario a tu medida.",
     "🧡 Talent Sènior 45+: ajudes, cursos i networking per a persones majors de 45 anys.", "🧡 Talento Sénior 45+: ayudas, cursos y networking para personas mayores de 45 años."),
    ("🗣️ «Als 53 vaig pensar que ningú em tornaria a contractar». La Maite va fer el curs d'activitats administratives i ara treballa en una gestoria d'Elda. Cada trajectòria és diferent, però l'experiència sempre suma.",
     "🗣️ «A los 53 pensé que nadie me volvería a contratar». Maite hizo el curso de actividades administrativas y ahora trabaja en una gestoría de Elda. Cada trayectoria es distinta, pero la experiencia siempre suma.",
     "🗣️ La Maite, 53 anys: del curs d'administració a una gestoria d'Elda.", "🗣️ Maite, 53 años: del curso de administración a una gestoría de Elda."),
    ("🏢 Empreses: el talent sènior aporta experiència, compromís i capacitat de formar equips. Recordeu que la contractació indefinida de persones majors de 45 anys té ajudes de fins a 9.000 €.",
     "🏢 Empresas: el talento sénior aporta experiencia, compromiso y capacidad de formar equipos. Recordad que la contratación indefinida de personas mayores de 45 años tiene ayudas de hasta 9.000 €.",
     "🏢 Contractar talent sènior té premi: fins a 9.000 € per contracte indefinit.", "🏢 Contratar talento sénior tiene premio: hasta 9.000 € por contrato indefinido."),
]
XMAS_POSTS = [
    ("🎄 Campanya de Nadal: el comerç busca reforços\n\nBotigues, grans superfícies i empreses de logística incrementen la plantilla per a Nadal i Reis. Ja tens en el portal més de 300 ofertes de dependent/a, caixer/a, reposador/a, mosso/a de magatzem i repartidor/a. Moltes d'elles són una bona porta d'entrada per a continuar després de la campanya.",
     "🎄 Campaña de Navidad: el comercio busca refuerzos\n\nTiendas, grandes superficies y empresas de logística aumentan la plantilla para Navidad y Reyes. Ya tienes en el portal más de 300 ofertas de dependiente/a, cajero/a, reponedor/a, mozo/a de almacén y repartidor/a. Muchas de ellas son una buena puerta de entrada para continuar después de la campaña.",
     "🎄 Més de 300 ofertes de reforç per a la campanya de Nadal:", "🎄 Más de 300 ofertas de refuerzo para la campaña de Navidad:"),
    ("🛍️ Treballar en la campanya de Nadal: tres consells\n\n1. Inscriu-te prompte: les seleccions es tanquen a principis de desembre.\n2. Indica clarament la teua disponibilitat (vesprades, caps de setmana, festius).\n3. Destaca l'experiència en atenció al client, encara que siga d'una altra feina.",
     "🛍️ Trabajar en la campaña de Navidad: tres consejos\n\n1. Inscríbete pronto: las selecciones se cierran a principios de diciembre.\n2. Indica claramente tu disponibilidad (tardes, fines de semana, festivos).\n3. Destaca la experiencia en atención al cliente, aunque sea de otro trabajo.",
     "🛍️ Tres consells per a treballar en la campanya de Nadal.", "🛍️ Tres consejos para trabajar en la campaña de Navidad."),
]

# ---------------------------------------------------------------- comments (citizens on our posts)
COMMENTS = {
    "generic": [
        ("es", "Gracias por la información 👍"), ("es", "¿Y esto dónde se solicita?"), ("es", "El enlace no me funciona"),
        ("es", "¿Se puede hacer todo por internet o hay que ir a la oficina?"), ("es", "Compartido!"), ("es", "Muy útil, gracias"),
        ("es", "¿Esto vale también para la provincia de Castellón?"), ("es", "¿Me podéis escribir por privado? Tengo una duda sobre mi caso"),
        ("es", "Llevo dos semanas intentando coger cita y no hay manera..."), ("es", "¿Cuál es el plazo?"),
        ("ca", "Moltes gràcies per la informació!"), ("ca", "On es pot demanar?"), ("ca", "L'enllaç no funciona 😕"),
        ("ca", "Es pot fer tot en línia o cal anar a l'oficina?"), ("ca", "Molt útil, gràcies"), ("ca", "Compartit!"),
        ("ca", "I açò val també per a la Marina Alta?"), ("es", "Buenísima iniciativa"), ("es", "👏👏👏"), ("ca", "👏👏"),
        ("es", "¿Hay que estar apuntado al paro para esto?"), ("ca", "Cal estar inscrit com a demandant?"),
    ],
    "offer": [
        ("es", "¿Se puede aplicar sin experiencia?"), ("es", "¿El sueldo cuánto es?"), ("es", "Inscrita! A ver si hay suerte 🤞"),
        ("es", "¿Sigue abierta la de {role_es}?"), ("es", "Me he inscrito en la de {town_es}, ¿cuándo llaman?"),
        ("es", "No encuentro la referencia en la web"), ("es", "Siempre piden experiencia, así no hay quien empiece"),
        ("es", "@{friend} mira esta, está en {town_es}"), ("es", "¿Hay alguna para media jornada?"),
        ("ca", "Inscrit! 🤞"), ("ca", "Hi ha alguna cosa per a la Safor?"), ("ca", "Quin horari té la de {town_ca}?"),
        ("ca", "@{friend} mira, n'hi ha una a {town_ca}"), ("ca", "Es pot optar sense carnet de conduir?"),
        ("es", "Yo me inscribí en tres ofertas el mes pasado y nadie me ha dicho nada"), ("es", "¿Hace falta coche propio?"),
        ("ca", "Quin sou té?"), ("es", "Gracias! Me apunto ya"),
    ],
    "course": [
        ("es", "¿Quedan plazas?"), ("es", "¿El horario es de mañana?"), ("es", "¿Se cobra algo por hacer el curso?"),
        ("es", "¿Es presencial?"), ("es", "Hice este curso el año pasado y lo recomiendo 100%"), ("es", "¿Dan certificado al final?"),
        ("es", "¿Hay ayuda para el transporte?"), ("es", "@{friend} este es el que te dije"), ("es", "¿Puedo hacerlo si estoy trabajando?"),
        ("ca", "Queden places?"), ("ca", "És presencial o en línia?"), ("ca", "Jo el vaig fer i em van contractar en les pràctiques 🙌"),
        ("ca", "Hi ha curs semblant a Castelló?"), ("ca", "@{friend} mira, el curs que buscaves"), ("ca", "Quan ix la llista d'admesos?"),
        ("es", "Mucho curso pero luego las empresas piden 5 años de experiencia"), ("es", "¿Para cuándo otro en {town_es}?"),
        ("es", "Me he apuntado! Alguien más va?"), ("ca", "Quin horari té?"),
    ],
    "fair": [
        ("es", "¿Hay que inscribirse antes o se puede ir directamente?"), ("es", "¿Qué empresas van a estar?"), ("es", "¿Hay parking?"),
        ("es", "Allí estaré con mis currículums 💪"), ("es", "¿Será por la tarde también?"), ("es", "@{friend} vamos juntas?"),
        ("es", "El año pasado fui y me llamaron de dos empresas"), ("es", "¿Lo vais a retransmitir?"),
        ("ca", "Cal inscriure's abans?"), ("ca", "Quines empreses hi haurà?"), ("ca", "Hi anirem! 💪"), ("ca", "@{friend} anem?"),
        ("ca", "Hi ha bus des de l'estació?"), ("es", "¿Es accesible para silla de ruedas?"), ("es", "Qué buena organización, enhorabuena"),
        ("ca", "Molt bona experiència, gràcies per organitzar-ho"), ("es", "Había demasiada gente en la zona de hostelería"),
    ],
    "gj": [
        ("es", "¿Cuánto tarda la inscripción?"), ("es", "¿Y si tengo 30 años recién cumplidos?"), ("es", "¿Se puede estar en Garantía Juvenil estudiando a distancia?"),
        ("es", "@{friend} esto es lo que te dije"), ("es", "Yo me apunté y a los 2 meses me llamaron para un contrato 🙌"),
        ("ca", "Es pot estar en Garantia Juvenil si faig un curs no oficial?"), ("ca", "Quant tarda la resolució?"), ("ca", "@{friend} mira açò"),
        ("ca", "Jo estic inscrita i encara no m'ha eixit res"), ("es", "Mi hijo tiene 17, ¿puede apuntarse?"), ("es", "Genial para los que acabamos la FP"),
    ],
    "ayudas": [
        ("es", "¿Es compatible con la bonificación de cuotas?"), ("es", "¿Cuánto tardan en pagar? La del año pasado aún no la hemos cobrado"),
        ("es", "¿Sirve para contratos fijos discontinuos?"), ("es", "Somos autónomos con un empleado, ¿podemos pedirla?"),
        ("ca", "Es pot sol·licitar si el contracte és a temps parcial?"), ("ca", "Quan es resol?"), ("es", "Muy interesante, lo pasamos a la gestoría"),
        ("es", "¿Y para mayores de 45 en media jornada?"), ("ca", "Molt bona iniciativa"), ("es", "La web de solicitud da error al adjuntar el PDF"),
    ],
    "holiday": [
        ("es", "¿Y la oficina de {town_es} también cierra?"), ("es", "¿Se puede renovar online esos días?"), ("es", "Gracias por avisar"),
        ("ca", "Gràcies per l'avís"), ("ca", "Bones festes!"), ("es", "Felices fiestas 🎄"), ("es", "¿El 24 abrís por la mañana?"),
        ("ca", "I el dia 26 obriu?"), ("es", "Igualmente!!"),
    ],
    "procedure": [
        ("es", "A mí la web me da error al entrar con Cl@ve"), ("es", "¿Y si no tengo certificado digital?"), ("es", "Muy bien explicado, gracias"),
        ("es", "Lo he hecho en 2 minutos, genial"), ("es", "La app no me deja iniciar sesión"), ("es", "¿Esto sirve para el certificado que pide el ayuntamiento?"),
        ("ca", "Molt ben explicat!"), ("ca", "No em deixa descarregar el certificat, diu error"), ("ca", "Per fi es pot fer des del mòbil!"),
        ("ca", "I si no tinc ordinador?"), ("es", "¿Está la app en valenciano?"), ("es", "Por fin algo fácil 👏"),
    ],
    "live": [
        ("es", "Se oye muy bajo"), ("es", "Buenos días desde Elche!"), ("es", "¿Quedará grabado?"), ("ca", "Bon dia des de Gandia!"),
        ("ca", "Molt interessant"), ("es", "¿Podéis compartir las diapositivas?"), ("es", "Gracias, muy clara la explicación"),
        ("ca", "Es podrà veure després?"), ("es", "No se ve la pantalla compartida"),
    ],
    "tip": [
        ("es", "Muy buen consejo"), ("es", "Esto debería enseñarse en el instituto"), ("ca", "Molt bon consell!"),
        ("es", "Yo añadiría: llegar 10 minutos antes"), ("ca", "Gràcies! Molt útil"), ("es", "Guardado 📌"), ("es", "Totalmente de acuerdo"),
        ("es", "Pues a mí en la última entrevista ni me dejaron preguntar"),
    ],
}
# citizen comment edits: (first version, edited version)
COMMENT_EDITS = [
    ("es", "Donde se pide esto", "¿Dónde se pide esto? Gracias"),
    ("es", "Hay que ir en persona", "¿Hay que ir en persona o se puede hacer online?"),
    ("ca", "Queden places", "Queden places per al grup de vesprada?"),
    ("es", "me apunte ayer", "Me apunté ayer, a ver si hay suerte 🤞"),
    ("ca", "On es fa la inscripcio", "On es fa la inscripció? Gràcies!"),
    ("es", "No funciona", "No funciona el enlace desde el móvil, desde el ordenador sí"),
    ("es", "Que vergüenza, nunca contestais", "Llevo días esperando respuesta a un mensaje privado"),
    ("ca", "Molt be", "Molt bé, gràcies per la info!"),
]
COMMENT_SPAM = [
    ("es", "Gana 300€ al día desde casa sin experiencia 💰 Escríbeme por privado 👉"),
    ("es", "Inversión en cripto con rentabilidad garantizada, mira mi perfil 📈📈"),
    ("es", "Trabajo fácil desde el móvil, 50€ por tarea. Escribe 'INFO' por WhatsApp"),
]
COMMENT_DELETED_TAIL = [
    ("es", "Ya lo he encontrado, gracias"), ("ca", "Res, ja ho he trobat"), ("es", "Vaya tela con la cita previa, nunca hay hueco"),
]

# ---------------------------------------------------------------- citizens
FIRST_NAMES = ["Marta", "Jordi", "Pau", "Laura", "Andrea", "Sergio", "Lucía", "Vicent", "Amparo", "Pepa", "Carles", "Núria",
               "Iván", "Fátima", "Youssef", "Ionut", "Alejandro", "María José", "Toni", "Rosa", "Xavi", "Empar", "Begoña",
               "Raquel", "David", "Álvaro", "Daniela", "Camila", "Mohamed", "Ana Belén", "Sofía", "Hugo", "Paula", "Àngela",
               "Joan", "Inma", "Maite", "Quique", "Rocío", "Adrián", "Irene", "Natalia", "Cristian", "Elena", "Nerea",
               "Salva", "Vanesa", "Tania", "Aitana", "Nacho", "Mireia", "Ferran", "Olga", "Kevin", "Yolanda", "Eva", "Borja"]
SURNAMES = ["García", "Martínez", "Ferrer", "Soler", "Navarro", "Sanchis", "Pérez", "Ribes", "Company", "Puig", "Benavent",
            "Llorens", "Gómez", "Moreno", "Castelló", "Bou", "Climent", "Mas", "Vidal", "Sempere", "Alonso", "Romero",
            "Torres", "Ruiz", "Serrano", "Gil", "Ortega", "Mora", "Blasco", "Esteve", "Popescu", "El Amrani", "Andrés",
            "Tomàs", "Peris", "Cervera", "Escrivà", "Morant", "Bernabeu", "Lloret", "Segarra", "Chiva"]
FEDI_INSTANCES = ["mastodon.example.org", "fedi.example.net", "xarxa.example.cat", "tuts.example.es"]
COMPANIES = ["Metalúrgica del Túria", "Logística Ribera Alta", "Hotels Costa Blanca Group", "Fruites Segarra", "Calçats Vinalopó",
             "Ceràmiques la Plana", "Transports Mediterrani", "Residència Els Tarongers", "Soft Llevant", "Construccions Benavent"]

# ---------------------------------------------------------------- conversations
AUTO_REPLY = ("[Resposta automàtica] Gràcies per escriure'ns. Atenem les xarxes socials de dilluns a divendres, de 8.00 a 15.00 h, "
              "i et respondrem al més prompte possible dins d'eixe horari. Per a tràmits, consulta ocupacio.example.gva.\n\n"
              "[Respuesta automática] Gracias por escribirnos. Atendemos las redes sociales de lunes a viernes, de 8:00 a 15:00 h, "
              "y te responderemos lo antes posible dentro de ese horario. Para trámites, consulta ocupacio.example.gva.")

# Each template: lang, public (usable as a public comment thread), turns [(dir, text)], outcome
# outcome: 'answered' | 'noreply' | 'spam' | 'open'.  dir: 'in' citizen, 'out' us (human).
# Placeholders: {name} {course_ca} {course_es} {town_ca} {town_es} {ref} {role_es} {role_ca} {company}
CONV_TEMPLATES = [
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Hola, buenos días. Me acabo de quedar sin trabajo y no sé si tengo que apuntarme aquí o pedir el paro en otro sitio. ¿Cómo me inscribo como demandante de empleo?"),
        ("out", "¡Hola, {name}! Puedes inscribirte como demandante de empleo de dos formas: 1) en línea, desde el Espacio Personal de ocupacio.example.gva con certificado digital o Cl@ve, o 2) pidiendo cita previa en tu Espacio Empleo. Ten a mano tu DNI/NIE y, si la tienes, tu titulación. La prestación por desempleo se solicita aparte, en el servicio público estatal, pero la inscripción con nosotros es un requisito previo."),
        ("in", "Vale, no tengo certificado digital. ¿La cita la pido en la web?"),
        ("out", "Sí, en ocupacio.example.gva/cita-previa eliges la oficina que te corresponde por código postal y el trámite «Inscripción como demandante». Si no encuentras hueco, prueba a primera hora de la mañana, que es cuando se liberan las citas anuladas."),
        ("in", "Perfecto, muchas gracias!!"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Bon dia! M'han fet fora de la feina fa una setmana. Com m'inscric com a demandant d'ocupació? No tinc certificat digital."),
        ("out", "Bon dia, {name}! Sense certificat digital tens dues opcions: donar-te d'alta en el sistema Cl@ve (es pot fer per videotrucada) o demanar cita prèvia en el teu Espai Ocupació amb el tràmit «Inscripció com a demandant». Porta el DNI o NIE i, si en tens, els títols. Si has de cobrar la prestació, recorda que es demana a banda, en el servici públic estatal."),
        ("in", "D'acord, ja he demanat cita per a dijous. Moltes gràcies!"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Necesito un certificado de que estoy apuntada al paro para el ayuntamiento (ayuda de comedor). ¿Cómo lo saco?"),
        ("out", "Hola, {name}. El certificado de inscripción como demandante lo puedes descargar al momento desde el Espacio Personal (apartado «Mis certificados»). Si no puedes acceder, en cualquier Espacio Empleo te lo imprimen sin cita previa, solo con el DNI/NIE. Si lo que te piden es el histórico, es el «Informe de periodos de inscripción», en el mismo apartado."),
        ("in", "Lo he descargado, gracias!"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Hola, em demanen un certificat de períodes d'inscripció per a una borsa de treball de l'ajuntament. On el trobe?"),
        ("out", "Hola, {name}! El tens en l'Espai Personal > «Els meus certificats» > «Informe de períodes d'inscripció». Porta un codi segur de verificació, així que l'ajuntament el pot validar directament. Si tens cap problema per a descarregar-lo, digues-nos-ho."),
        ("in", "Trobat. Gràcies per la rapidesa!"),
        ("out", "A tu! Molta sort en la borsa 🍀"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Llevo 3 días intentando pedir cita previa en la oficina de {town_es} y no sale ninguna disponible. ¿Qué hago?"),
        ("out", "Hola, {name}. Lo sentimos: en algunas oficinas la agenda está muy llena estas semanas. Te recomendamos consultar otras oficinas cercanas y mirar a primera hora, a las 8:00, cuando se liberan citas. Además, muchos trámites se pueden hacer en línea sin cita. ¿Qué trámite necesitas? Así te decimos si lo puedes hacer tú."),
        ("in", "Es para cambiar mis datos de contacto y poner que tengo carnet de carretillero"),
        ("out", "¡Eso lo puedes hacer tú en línea! En el Espacio Personal > «Mi perfil» puedes actualizar teléfono y correo y añadir formación complementaria como el carné de carretillero. Los cambios se reflejan al momento en tu demanda."),
        ("in", "Genial, hecho. Gracias"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Bon dia. Vull demanar cita per a parlar amb algú d'orientació però no sé quin tràmit triar en la web."),
        ("out", "Bon dia, {name}! Has de triar «Orientació laboral». Si et va millor sense desplaçar-te, tria «Orientació – videoatenció» i rebràs un enllaç per a fer-la per videotrucada."),
        ("in", "Perfecte, gràcies!!"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "hola se me paso la fecha de renovar la demanda, me han dado de baja?? que hago"),
        ("out", "Hola, {name}. Si no renovaste en la fecha indicada, tu demanda pasa a estar de baja, pero puedes volver a inscribirte hoy mismo desde el Espacio Personal o con cita previa. Si cobras una prestación, hazlo cuanto antes y consúltalo también con el servicio estatal, porque la falta de renovación puede afectarle. En el justificante (DARDE) verás la próxima fecha de renovación."),
        ("in", "ok muchas gracias, ya me he vuelto a inscribir"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Buenas, me interesa el curso de {course_es} en {town_es}. ¿Sigue habiendo plazas? Tengo 52 años y estoy en paro."),
        ("out", "¡Hola, {name}! Sí, todavía está abierta la inscripción, y las personas mayores de 45 años tenéis prioridad. Puedes solicitar la plaza en ocupacio.example.gva/formacio buscando el curso por nombre, o en tu Espacio Empleo. Después el centro te llamará para una entrevista de selección."),
        ("in", "Hecho! Y las clases son por la mañana?"),
        ("out", "Según la ficha del curso, de lunes a viernes de 9:00 a 14:00 h. Las prácticas en empresa serían al final, en el horario de la empresa. ¡Mucha suerte!"),
        ("in", "👍"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Hola! Per al curs de {course_ca}, hi ha alguna ajuda per al desplaçament? Visc a 30 km del centre."),
        ("out", "Hola, {name}! Les persones desocupades que fan cursos de formació per a l'ocupació poden sol·licitar ajudes de transport i, en alguns casos, de conciliació. La sol·licitud es fa quan comença el curs, a través del mateix centre, que t'informarà dels terminis. Tens tota la informació en ocupacio.example.gva/formacio/ajudes."),
        ("in", "Perfecte, moltes gràcies!"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Buenos días, somos una pyme de {town_es} (carpintería metálica, 12 trabajadores). Queremos contratar a un joven de forma indefinida. ¿Podemos pedir la ayuda aunque el contrato empiece antes de que salga la resolución?"),
        ("out", "Buenos días. Según las bases de la convocatoria 2026, la ayuda se puede solicitar por contratos formalizados desde el 1 de enero y hasta el fin del plazo, siempre que la persona contratada cumpla los requisitos en la fecha del contrato (16 a 29 años e inscrita en Garantía Juvenil). Tienen los requisitos y la documentación en ocupacio.example.gva/ajudes/contractacio-joves. Si lo prefieren, el equipo de Relaciones con Empresas les atiende en empreses@ocupacio.example.gva."),
        ("in", "Perfecto, les escribimos. Gracias por la rapidez."),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Hola, queremos publicar una oferta de empleo para 2 electricistas en {town_es}. ¿Tiene algún coste?"),
        ("out", "Hola. Publicar y gestionar ofertas con nosotros es gratuito. Pueden hacerlo desde el Espacio Empresa de ocupacio.example.gva o contactando con el Espacio Empleo más cercano. El personal técnico hará una preselección de candidaturas según el perfil que indiquen."),
        ("in", "Gracias, lo hacemos desde la web"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Hola! Tinc 24 anys i acabe de traure'm un cicle. Puc inscriure'm en Garantia Juvenil si estic fent un màster en línia?"),
        ("out", "Hola, {name}! Per a inscriure't en Garantia Juvenil no has d'haver rebut formació reglada ni treballat el dia anterior a la sol·licitud. Si el màster és oficial, ara mateix no compliries eixe requisit; si és un curs no oficial, sí. Quan acabes el màster pots inscriure't sense problema fins als 29 anys."),
        ("in", "Vale, és oficial. Esperaré a juny aleshores. Gràcies!!"),
    ]),
    dict(lang="es", public=True, outcome="answered", turns=[
        ("in", "hola cuanto tarda en salir la inscripción en garantia juvenil? la hice hace 2 semanas"),
        ("out", "¡Hola! Normalmente se resuelve en unos 10 días hábiles. Si han pasado más de 15 días hábiles, escríbenos por mensaje privado (sin datos personales en público) y lo revisamos."),
        ("in", "Gracias, os escribo"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Hola, me inscribí en la oferta {ref} de {role_es} hace 10 días y no me han llamado. ¿Sabéis algo?"),
        ("out", "Hola, {name}. Desde redes no tenemos acceso a cada proceso de selección, pero te contamos cómo funciona: cuando se cierra el plazo, la técnica responsable revisa las candidaturas y envía a la empresa las que se ajustan a los requisitos. Si te preseleccionan, te llamarán directamente. Puedes ver el estado en el Espacio Personal > «Mis ofertas»."),
        ("in", "Vale, gracias"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Es una vergüenza, me apunto a todas las ofertas y nunca me llaman para nada. ¿Para qué sirve esto?"),
        ("out", "Hola, {name}. Entendemos tu frustración. Hay ofertas con muchas candidaturas y requisitos muy concretos. Te proponemos pedir una cita con tu tutor/a de empleo para revisar tu currículum y tu perfil: a veces un pequeño cambio (añadir experiencia, formación o carnés) te hace aparecer en más búsquedas. Si quieres, dinos tu oficina y te indicamos cómo pedir la cita."),
        ("in", "{town_es}. Vale, lo intentaré"),
        ("out", "Para {town_es}: en ocupacio.example.gva/cita-previa elige «Orientación laboral». ¡Ánimo!"),
    ]),
    dict(lang="ca", public=True, outcome="answered", turns=[
        ("in", "Bon dia, l'oficina de {town_ca} obri per la vesprada?"),
        ("out", "Bon dia! Els Espais Ocupació atenen de dilluns a divendres de 9.00 a 14.00 h, i els dijous també de 16.00 a 18.00 h (excepte a l'estiu). Per a la majoria de tràmits cal cita prèvia."),
        ("in", "Gràcies!"),
    ]),
    dict(lang="es", public=True, outcome="answered", turns=[
        ("in", "¿Mañana abrís? Es fiesta local en {town_es}"),
        ("out", "¡Hola! En los festivos locales la oficina de esa localidad permanece cerrada; el resto funciona con normalidad. Puedes hacer tus trámites en línea o acudir a otra oficina."),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Solo quería daros las gracias. Hice el curso de {course_es} y me han contratado en la empresa de prácticas 🙌"),
        ("out", "¡Enhorabuena, {name}! Muchas gracias por contárnoslo: historias como la tuya son las que nos animan. ¡Mucha suerte en esta nueva etapa!"),
    ]),
    dict(lang="es", public=False, outcome="noreply", turns=[
        ("in", "Hola! Solo quería deciros que gracias por la ayuda del otro día"),
        ("in", "Ya tengo mi certificado 😊"),
    ]),
    dict(lang="ca", public=False, outcome="noreply", turns=[
        ("in", "Moltes gràcies per l'atenció de l'altre dia a l'oficina de {town_ca}."),
        ("in", "La xica que em va atendre va ser molt amable. Ja estic inscrita en el curs 🙂"),
    ]),
    dict(lang="ca", public=True, outcome="noreply", turns=[
        ("in", "Quina bona iniciativa! Gràcies per tota la informació que compartiu 👏"),
        ("in", "Ho he compartit amb el grup de la meua filla, que acaba el cicle este any."),
    ]),
    dict(lang="es", public=True, outcome="noreply", turns=[
        ("in", "Menudo chiringuito tenéis montado"),
        ("in", "Seis meses esperando y ni una llamada"),
    ]),
    dict(lang="es", public=False, outcome="spam", turns=[
        ("in", "Hello! Your page has been reported for violating our community standards and will be disabled within 24 hours."),
        ("in", "To appeal, verify your account here: hxxp://page-support-appeal.example.com/verify"),
    ]),
    dict(lang="es", public=False, outcome="spam", turns=[
        ("in", "¡Gana 500€ al día desde casa! Sin experiencia. Escríbeme por WhatsApp y te explico 💰💰"),
        ("in", "???"),
    ]),
    dict(lang="es", public=True, outcome="spam", turns=[
        ("in", "Invierte en cripto con rentabilidad garantizada del 30% mensual 📈 Mira mi perfil"),
        ("in", "Últimas plazas!! Escríbeme 💰"),
    ]),
    dict(lang="es", public=False, outcome="answered", starter=True, turns=[
        ("out", "Hola, {name}. Hemos visto tu comentario en la publicación de la Feria de Empleo sobre la accesibilidad del recinto. Te escribimos por privado para ayudarte: ¿nos indicas qué necesitas? Así lo trasladamos a la organización."),
        ("in", "Hola! Voy en silla de ruedas y quería saber si hay aparcamiento reservado"),
        ("out", "Sí: hay 12 plazas reservadas junto a la entrada principal y todo el recinto es accesible. Además habrá un punto de atención en la entrada por si necesitas acompañamiento. ¡Te esperamos!"),
        ("in", "Genial, mil gracias"),
    ]),
    dict(lang="ca", public=False, outcome="answered", starter=True, turns=[
        ("out", "Hola, {name}! Ens vas comentar que no podies accedir a l'Espai Personal. T'escrivim per privat: quin missatge d'error t'apareix? (No ens envies contrasenyes ni dades del DNI per ací.)"),
        ("in", "Hola, em diu «usuari bloquejat» després de posar la contrasenya 3 voltes malament"),
        ("out", "Per seguretat, l'accés es bloqueja 30 minuts després de tres intents fallits. Passat eixe temps, usa l'opció «He oblidat la contrasenya» i rebràs un enllaç al correu de la teua demanda. Si tampoc tens accés al correu, demana cita prèvia amb el tràmit «Accés a l'Espai Personal»."),
        ("in", "Ja està, ja he pogut entrar. Gràcies!"),
    ]),
    dict(lang="es", public=False, outcome="answered", starter=True, turns=[
        ("out", "Buenos días, {name}. Le escribimos desde el equipo de Relaciones con Empresas del Servicio de Empleo. Estamos preparando la próxima Feria de Empleo y nos gustaría contar con {company} como empresa expositora. La participación es gratuita. ¿Le enviamos la información?"),
        ("in", "Buenos días. Sí, por favor. Pueden enviarla al correo de RR. HH. que figura en nuestra web."),
        ("out", "Perfecto, se la enviamos hoy mismo. Muchas gracias."),
    ]),
    dict(lang="es", public=True, outcome="answered", turns=[
        ("in", "el curso de competencias digitales es totalmente online? tengo que ir algun dia?"),
        ("out", "¡Hola! Es en línea con tutorías; solo hay una sesión presencial opcional de bienvenida. La evaluación final también es en línea."),
        ("in", "gracias!"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Tengo un 38% de discapacidad reconocida. ¿Hay ofertas específicas para mí?"),
        ("out", "Hola, {name}. Sí. Además de las ofertas generales, hay ofertas reservadas y programas de empleo con apoyo, y las empresas que te contraten pueden recibir ayudas. Te recomendamos pedir cita de orientación: tu tutor/a te informará de los programas de tu zona. Más información en ocupacio.example.gva/diversitat."),
        ("in", "Muchas gracias por la información"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Bon dia. Tinc 27 anys i sóc graduada en Química. Hi ha programes de pràctiques en empreses?"),
        ("out", "Bon dia, {name}! Amb Garantia Juvenil pots accedir a contractes formatius per a la pràctica professional i al programa Impuls Jove. Inscriu-te en Garantia Juvenil i actualitza el teu perfil amb la titulació. A més, en el portal pots filtrar les ofertes per «Contracte formatiu»."),
        ("in", "Genial, moltes gràcies!"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Tengo 58 años y llevo 2 años en paro. ¿Hay algo para gente de mi edad o ya nos dais por perdidos?"),
        ("out", "Hola, {name}. Para nada. Este año hay ayudas específicas para las empresas que contraten a personas mayores de 45 años y desempleadas de larga duración, y cursos con prioridad para vuestro perfil. Te recomendamos pedir cita de orientación para diseñar un itinerario personalizado."),
        ("in", "Gracias, pediré cita"),
    ]),
    dict(lang="ca", public=True, outcome="answered", turns=[
        ("in", "Hi haurà retransmissió de la jornada per als que no podem anar-hi?"),
        ("out", "Sí! La retransmetrem en directe pel nostre canal de YouTube. Publicarem l'enllaç el mateix matí."),
        ("in", "Perfecte 👌"),
    ]),
    dict(lang="es", public=True, outcome="answered", turns=[
        ("in", "¿Las diapositivas de la charla se podrán descargar?"),
        ("out", "¡Sí! Las subiremos a ocupacio.example.gva/materials esta semana. Avisaremos por aquí."),
        ("in", "Genial, gracias"),
    ]),
    dict(lang="ca", public=True, outcome="answered", turns=[
        ("in", "Per a la Fira d'Ocupació cal inscriure's abans o es pot anar directament?"),
        ("out", "Hola! L'entrada és lliure, però si t'inscrius abans en ocupacio.example.gva/fires podràs reservar entrevistes ràpides amb les empreses. Porta diverses còpies del currículum!"),
        ("in", "Gràcies!!"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Quiero saber cuándo me pagan el paro de este mes"),
        ("out", "Hola, {name}. El pago de la prestación por desempleo lo gestiona el servicio público de empleo estatal, no nosotros: puedes consultarlo en su sede electrónica. Nosotros gestionamos la inscripción como demandante, la orientación, las ofertas y la formación. ¡Un saludo!"),
        ("in", "ah vale perdón, gracias"),
    ]),
    dict(lang="es", public=False, outcome="answered", turns=[
        ("in", "Buenas, me han llamado para una entrevista de la oferta {ref} pero justo ese día tengo un examen. ¿Pasa algo si no voy?"),
        ("out", "Hola, {name}. Lo mejor es que llames cuanto antes al teléfono desde el que te contactaron y expliques el motivo: muchas veces se puede cambiar la hora. Si no puedes localizarles, escríbenos con la referencia y lo trasladamos a la técnica de la oferta."),
        ("in", "Ya he llamado y me lo han cambiado al jueves. Gracias!"),
    ]),
    dict(lang="ca", public=False, outcome="answered", turns=[
        ("in", "Bona vesprada. He acabat el curs de {course_ca} i encara no tinc el certificat. Quant tarda?"),
        ("out", "Hola, {name}! Quan el centre tanca l'expedient, el certificat de professionalitat s'emet en un termini aproximat de dos o tres mesos. Rebràs un avís i el podràs descarregar en l'Espai Personal. Mentrestant, el centre et pot donar un certificat d'aprofitament."),
        ("in", "D'acord, demanaré el d'aprofitament. Gràcies!"),
    ]),
    dict(lang="es", public=False, outcome="open", turns=[
        ("in", "Buenas tardes, ¿se puede hacer la inscripción del curso de {course_es} si estoy trabajando a media jornada?"),
        ("in", "Es que el plazo acaba esta semana"),
    ]),
    dict(lang="ca", public=False, outcome="open", turns=[
        ("in", "Hola, m'han cridat per a una oferta però no puc anar a l'entrevista dimarts. Què he de fer?"),
        ("in", "És la {ref}"),
    ]),
    dict(lang="es", public=False, outcome="open", turns=[
        ("in", "No me llega el SMS de confirmación de la cita previa, ¿es normal?"),
        ("in", "La cita es para el miércoles en {town_es}"),
    ]),
    dict(lang="es", public=True, outcome="open", turns=[
        ("in", "¿Habrá Feria de Empleo en {town_es} el año que viene?"),
        ("in", "Lo digo porque este año no pude ir"),
    ]),
    dict(lang="ca", public=True, outcome="open", turns=[
        ("in", "Quan es publica la llista d'admesos del curs de {course_ca}?"),
        ("in", "Ja ha passat una setmana des que es va tancar la inscripció"),
    ]),
]
