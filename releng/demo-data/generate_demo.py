#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the Pregón demo dataset as EMF XMI (conforms to org.pregon.model/model/pregon.ecore).

Deterministic (fixed seed), Python 3.11 standard library only.
Usage: python3 releng/demo-data/generate_demo.py [output.xmi]
Default output: bundles/org.pregon.app/demo/pregon-demo.xmi (relative to the repository root).
"""
import datetime as dt
import os
import random
import sys
import unicodedata
from decimal import Decimal
from urllib.parse import quote

sys.dont_write_bytecode = True  # keep releng/demo-data free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import demo_content as C  # noqa: E402

SEED = 20261130
R = random.Random(SEED)

REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "bundles", "org.pregon.app", "demo", "pregon-demo.xmi")

CA = "ca-ES-valencia"
ES = "es"
NOW = dt.datetime(2026, 11, 30, 8, 5)            # "today" in the demo: Monday morning, before the team starts (Madrid local time)
FIRST_DAY = dt.date(2025, 12, 1)
LAST_PAST_DAY = dt.date(2026, 11, 28)
THREADS_EXPIRED = dt.datetime(2026, 11, 10, 18, 0)  # Threads token expired (local time)

D = dt.date
HOLIDAYS = {D(2025, 12, 6), D(2025, 12, 8), D(2025, 12, 25), D(2026, 1, 1), D(2026, 1, 6), D(2026, 3, 19),
            D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 1), D(2026, 6, 24), D(2026, 8, 15), D(2026, 10, 9),
            D(2026, 10, 12), D(2026, 12, 8), D(2026, 12, 25)}

# =====================================================================================  time helpers


def last_sunday(year, month):
    d = D(year, month, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def madrid_offset_hours(local):
    """EU rule: CEST from the last Sunday of March 02:00 to the last Sunday of October 03:00 local."""
    start = dt.datetime.combine(last_sunday(local.year, 3), dt.time(2))
    end = dt.datetime.combine(last_sunday(local.year, 10), dt.time(3))
    return 2 if start <= local < end else 1


def ts(local):
    """EMF EDate literal: yyyy-MM-dd'T'HH:mm:ss.SSSZ with the Madrid offset."""
    if local is None:
        return None
    off = madrid_offset_hours(local)
    return "%s.%03d%s" % (local.strftime("%Y-%m-%dT%H:%M:%S"), local.microsecond // 1000, "+0200" if off == 2 else "+0100")


def utc_ms(local):
    utc = local - dt.timedelta(hours=madrid_offset_hours(local))
    return int((utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def at(d, h, m=0):
    return dt.datetime(d.year, d.month, d.day, h, m)


def jitter_ms(t, lo=0.2, hi=9.0):
    """Machine timestamps: a few seconds later with milliseconds."""
    return t + dt.timedelta(milliseconds=R.randint(int(lo * 1000), int(hi * 1000)))


def is_working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def next_working(d):
    while not is_working(d):
        d += dt.timedelta(days=1)
    return d


def add_working(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_working(d):
            n -= 1
    return d


def prev_working(d):
    while not is_working(d):
        d -= dt.timedelta(days=1)
    return d


def office_time(t):
    """Move a human action (writing, approving, cancelling) into working hours, never later than t."""
    if is_working(t.date()) and 8 <= t.hour < 19:
        return t
    d = t.date() if (is_working(t.date()) and t.hour >= 19) else prev_working(t.date() - dt.timedelta(days=1))
    return dt.datetime.combine(d, dt.time(R.randint(9, 13), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999) * 1000))


def in_office(t):
    return is_working(t.date()) and 8 <= t.hour < 15


def next_office_morning(t):
    d = t.date()
    if not (is_working(d) and t.hour < 8):
        d = next_working(d + dt.timedelta(days=1))
    return at(d, 8, 0) + dt.timedelta(minutes=R.randint(12, 150), seconds=R.randint(0, 59))


def human_reply_time(t):
    if in_office(t):
        r = t + dt.timedelta(minutes=R.choice([4, 7, 11, 15, 22, 30, 38, 45, 60, 75, 95, 120]) + R.randint(0, 6),
                             seconds=R.randint(0, 59))
        if in_office(r):
            return r
    return next_office_morning(t)


def citizen_delay(t):
    r = t + dt.timedelta(minutes=R.choice([2, 3, 5, 8, 12, 20, 35, 60, 90, 180, 300]) + R.randint(0, 9), seconds=R.randint(0, 59))
    if r.hour < 8:  # citizens sleep too
        r = r.replace(hour=R.randint(8, 10), minute=R.randint(0, 59))
    return r


def random_working_day(lo, hi, busy=None, maxper=2):
    days = []
    d = lo
    while d <= hi:
        if is_working(d) and (busy is None or busy.get(d, 0) < maxper):
            days.append(d)
        d += dt.timedelta(days=1)
    return R.choice(days)


def office_slot():
    return R.choice([(9, 0), (9, 15), (9, 30), (10, 0), (10, 30), (11, 0), (11, 30), (12, 0), (12, 30), (13, 0),
                     (13, 30), (17, 0), (18, 0), (18, 30)])


DOW_CA = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
DOW_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_CA = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def de_mes_ca(m):
    n = MON_CA[m - 1]
    return ("d'" if n[0] in "aeiouàèéíòóú" else "de ") + n


def dca(d, dow=True):
    s = "%d %s" % (d.day, de_mes_ca(d.month))
    return "%s %s" % (DOW_CA[d.weekday()], s) if dow else s


def des(d, dow=True):
    s = "%d de %s" % (d.day, MON_ES[d.month - 1])
    return "%s %s" % (DOW_ES[d.weekday()], s) if dow else s


def hca(h, m=0):
    return "%d.%02d h" % (h, m)


def hes(h, m=0):
    return "%d:%02d h" % (h, m)


def ascii_slug(s, sep="-"):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    out, prev = [], False
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
            prev = False
        elif not prev:
            out.append(sep)
            prev = True
    return "".join(out).strip(sep)


# =====================================================================================  remote id formats
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
S32 = "234567abcdefghijklmnopqrstuvwxyz"
FB_PAGE = "104857362918457"
X_USER_ID = "1478223345098752001"
BSKY_DID = "did:plc:k3v7ocupa2xq5rmw4tjhzn6e"
YT_CHANNEL = "UCq4Xk8vT2mOcup4cioTV9aA"
LI_ORG = "89412367"
MD_HOST = "mastodon.example.gva"
assert len(BSKY_DID) == len("did:plc:") + 24 and len(YT_CHANNEL) == 24


def rstr(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def snowflake_x(t):
    return str(((utc_ms(t) - 1288834974657) << 22) | R.getrandbits(22))


def snowflake_li(t):
    return str((utc_ms(t) << 22) | R.getrandbits(22))


def mastodon_id(t):
    return str((utc_ms(t) << 16) | R.getrandbits(16))


def bsky_tid(t):
    n = (utc_ms(t) * 1000 + R.randint(0, 999)) << 10 | R.getrandbits(10)
    s = ""
    for _ in range(13):
        s = S32[n & 31] + s
        n >>= 5
    return s


def meta_num(t, prefix_base):
    return str(prefix_base + (utc_ms(t) // 1000 - 1700000000) * 1000 + R.randint(0, 999))


def yt_video_id():
    return rstr(B64URL, 10) + R.choice("AEIMQUYcgkosw048")


def yt_comment_id():
    return "Ugz" + rstr(B64URL[:62], 17) + "4AaABAg"


def ig_code():
    return "D" + rstr(B64URL, 10)


# =====================================================================================  data model (plain dicts)
ACC = {a[0]: dict(id=a[0], kind=a[1], handle=a[2], display=a[3], server=a[4], cred=a[5], sfx=a[6]) for a in C.ACCOUNTS}
ACC_BY_SFX = {a["sfx"]: a for a in ACC.values()}
NET_ORDER = ["fb", "ig", "x", "li", "yt", "md", "bs", "th"]
LIMITS = {"x": 280, "bs": 300, "md": 500, "th": 500}
MAXLEN = {"ig": 2200, "li": 3000}
SEP_BOTH = "\n\n———\n\n"

specs = []  # post specifications before ids are assigned
busy = {}   # date -> number of posts (for filler placement)


def add_spec(when, ca, es, short_ca=None, short_es=None, link=None, topic="generic", segs=(), camp=None,
             media=None, nets=None, video=False, key=None, status=None, extra=None):
    s = dict(when=when, ca=ca, es=es, short_ca=short_ca or first_line(ca), short_es=short_es or first_line(es),
             link=link, topic=topic, segs=list(segs), camp=camp, media=media, nets=nets, video=video, key=key,
             status=status, extra=extra or {})
    specs.append(s)
    if when is not None:
        busy[when.date()] = busy.get(when.date(), 0) + 1
    return s


def first_line(t):
    return t.split("\n")[0]


def campaign_for(d, preferred):
    """Only attach a campaign when the date falls inside its window."""
    for cid, _name, a, b in C.CAMPAIGNS:
        if cid == preferred and D(*a) <= d <= D(*b):
            return cid
    return None


def img(slug, d, alt_ca, alt_es, mime="image/jpeg", only_ca=False):
    ext = {"image/jpeg": "jpg", "image/png": "png", "video/mp4": "mp4"}[mime]
    m = dict(uri="%s/media/%04d/%02d/%s.%s" % (C.SITE, d.year, d.month, slug, ext), mime=mime, alts=[(CA, alt_ca)])
    if not only_ca:
        m["alts"].append((ES, alt_es))
    return [m]


def cities_pick(coast=False):
    if coast:
        ca = R.choice(C.COAST_CITIES)
        return next(c for c in C.CITIES if c[0] == ca)
    return R.choice(C.CITIES)


# =====================================================================================  offers
ref_seq = {}


def offer_ref(d):
    base = (d - D(d.year, 1, 1)).days * 57 + 40
    n = ref_seq.get(d.year, 0)
    n = max(n + R.randint(3, 40), base + R.randint(0, 30))
    ref_seq[d.year] = n
    return "OF-%d-%05d" % (d.year, n)


def offer_season_ok(season, d):
    if season == "any":
        return True
    if season == "summer":
        return D(2026, 3, 20) <= d <= D(2026, 8, 20)
    if season == "autumn":
        return d.month in (9, 10, 11, 12, 1, 2)
    if season == "xmas":
        return (d.month == 11 and d.day >= 2) or d.month == 12
    return False


def pick_offer(d, exclude=()):
    cands = [o for o in C.OFFERS if offer_season_ok(o[8], d) and o[0] not in exclude]
    o = R.choice(cands)
    town = cities_pick(coast=(o[9] == "coast"))
    n = R.choice([1, 1, 1, 2, 2, 3, 4, 5, 8]) if o[6] != "season" else R.choice([2, 3, 4, 6, 10])
    return dict(o=o, town=town, n=n, ref=offer_ref(d))


def places(n):
    return ("1 lloc" if n == 1 else "%d llocs" % n), ("1 puesto" if n == 1 else "%d puestos" % n)


# =====================================================================================  post families
def weekly_digests():
    d = FIRST_DAY
    skip = {D(2025, 12, 29), D(2026, 8, 10), D(2026, 8, 17), D(2026, 11, 30)}
    n = 0
    while d <= D(2026, 12, 21):
        if d not in skip:
            day = next_working(d)
            k = R.randint(4, 7)
            offers, used = [], []
            for _ in range(k):
                of = pick_offer(day, used)
                used.append(of["o"][0])
                offers.append(of)
            rng_end = day + dt.timedelta(days=4 - day.weekday())
            range_ca = "del %d al %d %s" % (day.day, rng_end.day, de_mes_ca(rng_end.month)) if day.month == rng_end.month else \
                "del %s al %s" % (dca(day, False), dca(rng_end, False))
            range_es = "del %d al %d de %s" % (day.day, rng_end.day, MON_ES[rng_end.month - 1]) if day.month == rng_end.month else \
                "del %s al %s" % (des(day, False), des(rng_end, False))
            v = n % 3
            if v == 0:
                i_ca = "📌 #OfertesDeLaSetmana\n\nEsta setmana destaquem %d ofertes d'ocupació actives en el nostre portal. Per a inscriure-t'hi has d'estar inscrit o inscrita com a demandant d'ocupació i tindre el currículum actualitzat en l'Espai Personal." % k
                i_es = "📌 #OfertasDeLaSemana\n\nEsta semana destacamos %d ofertas de empleo activas en nuestro portal. Para inscribirte tienes que estar inscrito o inscrita como demandante de empleo y tener el currículum actualizado en el Espacio Personal." % k
            elif v == 1:
                i_ca = "📌 #OfertesDeLaSetmana | %s\n\nComencem la setmana amb noves oportunitats. Estes són algunes de les ofertes que han entrat en els últims dies:" % range_ca
                i_es = "📌 #OfertasDeLaSemana | %s\n\nEmpezamos la semana con nuevas oportunidades. Estas son algunas de las ofertas que han entrado en los últimos días:" % range_es
            else:
                hello_ca = "Bon dilluns! " if day.weekday() == 0 else ""
                hello_es = "¡Buen lunes! " if day.weekday() == 0 else ""
                i_ca = "📌 #OfertesDeLaSetmana\n\n%sAcí tens una selecció d'ofertes publicades esta setmana. Cada oferta té la seua referència: busca-la en el portal per a veure els requisits complets." % hello_ca
                i_es = "📌 #OfertasDeLaSemana\n\n%sAquí tienes una selección de ofertas publicadas esta semana. Cada oferta tiene su referencia: búscala en el portal para ver los requisitos completos." % hello_es
            items_ca, items_es = [], []
            for of in offers:
                o, (tca, tes) = of["o"], of["town"]
                pca, pes = places(of["n"])
                items_ca.append("🔹 %s — %s · %s · %s · Ref. %s" % (o[0], tca, pca, C.CONTRACTS[o[6]][0], of["ref"]))
                items_es.append("🔹 %s — %s · %s · %s · Ref. %s" % (o[1], tes, pes, C.CONTRACTS[o[6]][1], of["ref"]))
            if n % 2 == 0:
                o_ca = "ℹ️ Inscriu-te en %s/ofertes amb el número de referència. Recorda: mai et demanarem diners per a participar en un procés de selecció." % C.SITE_SHORT
                o_es = "ℹ️ Inscríbete en %s/ofertes con el número de referencia. Recuerda: nunca te pediremos dinero para participar en un proceso de selección." % C.SITE_SHORT
            else:
                o_ca = "ℹ️ Si no tens accés a l'Espai Personal, demana cita prèvia i t'ajudarem a inscriure't en les ofertes que t'interessen."
                o_es = "ℹ️ Si no tienes acceso al Espacio Personal, pide cita previa y te ayudaremos a inscribirte en las ofertas que te interesan."
            ca = i_ca + "\n\n" + "\n".join(items_ca) + "\n\n" + o_ca
            es = i_es + "\n\n" + "\n".join(items_es) + "\n\n" + o_es
            towns_ca = ", ".join(dict.fromkeys(of["town"][0] for of in offers[:2]))
            towns_es = ", ".join(dict.fromkeys(of["town"][1] for of in offers[:2]))
            sca = "📌 #OfertesDeLaSetmana: %d ofertes noves (%s i més). Consulta-les i inscriu-te amb la referència:" % (k, towns_ca)
            ses = "📌 #OfertasDeLaSemana: %d ofertas nuevas (%s y más). Consúltalas e inscríbete con la referencia:" % (k, towns_es)
            h, m = R.choice([(9, 30), (9, 30), (9, 45), (10, 0)])
            iso = day.isocalendar()
            segs = sorted({s for of in offers for s in of["o"][10]})[:2]
            camp = campaign_for(day, "camp-verano") if any(of["o"][8] == "summer" for of in offers) else \
                campaign_for(day, "camp-navidad") if any(of["o"][8] == "xmas" for of in offers) else None
            add_spec(at(day, h, m), ca, es, sca, ses, "%s/ofertes?setmana=%d-W%02d" % (C.SITE, iso[0], iso[1]), "offer", segs, camp,
                     img("ofertes-setmana-%d-w%02d" % (iso[0], iso[1]), day,
                         "Targeta de color blau amb el text «Ofertes de la setmana» i la llista de %d llocs de treball." % k,
                         "Tarjeta de color azul con el texto «Ofertas de la semana» y la lista de %d puestos de trabajo." % k,
                         "image/png", only_ca=(n % 11 == 5)),
                     key="digest-%s" % day.isoformat())
            n += 1
        d += dt.timedelta(days=7)


def course_instance(c, post_day):
    start = add_working(post_day, R.randint(12, 30))
    town = cities_pick()
    centre = R.choice(C.TRAINING_CENTRES)
    code = "FPE/%d/%04d/%02d" % (start.year if start.month > 1 else start.year, R.randint(10, 2400), R.randint(1, 46))
    return dict(c=c, start=start, town=town, centre=(centre[0].format(c=town[0]), centre[1].format(c=town[1])),
                deadline=prev_working(start - dt.timedelta(days=R.randint(5, 8))), code=code)


def course_texts(ci):
    c = ci["c"]
    name_ca, name_es, hours, prh, level, online, desc_ca, desc_es, target, _season = c
    pr_ca = " + %d hores de pràctiques en empresa" % prh if prh else ""
    pr_es = " + %d horas de prácticas en empresa" % prh if prh else ""
    where_ca = "En línia, amb tutories per videoconferència" if online else ci["centre"][0]
    where_es = "En línea, con tutorías por videoconferencia" if online else ci["centre"][1]
    tca, tes = C.COURSE_TARGETS[target]
    rca, res = C.COURSE_LEVEL_REQ[level]
    ca = ("🎓 CURS GRATUÏT | %s\n\n%s\n\n🗓️ Inici: %s\n⏱️ Durada: %d hores%s\n📍 %s\n🏷️ Expedient: %s\n\n"
          "Adreçat a %s. %s\n\nLa selecció es farà per orde d'inscripció i entrevista. Sol·licita la plaça fins al %s.") % (
        name_ca, desc_ca, dca(ci["start"]), hours, pr_ca, where_ca, ci["code"], tca, rca, dca(ci["deadline"]))
    es = ("🎓 CURSO GRATUITO | %s\n\n%s\n\n🗓️ Inicio: %s\n⏱️ Duración: %d horas%s\n📍 %s\n🏷️ Expediente: %s\n\n"
          "Dirigido a %s. %s\n\nLa selección se hará por orden de inscripción y entrevista. Solicita la plaza hasta el %s.") % (
        name_es, desc_es, des(ci["start"]), hours, pr_es, where_es, ci["code"], tes, res, des(ci["deadline"]))
    place_ca = "en línia" if online else ci["town"][0]
    place_es = "en línea" if online else ci["town"][1]
    sca = "🎓 Curs gratuït: %s (%d h), %s. Inici el %s." % (name_ca, hours, place_ca, dca(ci["start"]))
    ses = "🎓 Curso gratuito: %s (%d h), %s. Inicio el %s." % (name_es, hours, place_es, des(ci["start"]))
    return ca, es, sca, ses


def course_post(c, day, when=None, status=None, key=None):
    ci = course_instance(c, day)
    ca, es, sca, ses = course_texts(ci)
    slug = ascii_slug(c[0])[:60]
    h, m = office_slot()
    return add_spec(when if when is not None or status in ("DRAFT", "IN_REVIEW") else at(day, h, m), ca, es, sca, ses,
                    "%s/formacio/cursos/%s" % (C.SITE, slug), "course", C.COURSE_SEGMENT[c[8]], campaign_for(day, "camp-fpe"),
                    img("curs-" + slug[:40], day, "Cartell del curs «%s»: %d hores, inici el %s." % (c[0], c[2], dca(ci["start"], False)),
                        "Cartel del curso «%s»: %d horas, inicio el %s." % (c[1], c[2], des(ci["start"], False))),
                    key=key, status=status, extra=dict(course=ci))


def monthly_roundups():
    for y, m in [(2025, 12)] + [(2026, i) for i in range(1, 13)]:
        if m == 8:
            continue
        day = next_working(D(y, m, 1) if (y, m) != (2025, 12) else D(2025, 12, 2))
        k = R.randint(4, 6)
        chosen = R.sample(C.COURSES, k)
        items_ca, items_es = [], []
        for c in chosen:
            start = next_working(D(y, m, R.randint(5, 24)))
            town = cities_pick()
            tca, tes = ("en línia", "en línea") if c[5] else (town[0], town[1])
            items_ca.append("▫️ %s (%d h) — %s, inici el %s" % (c[0], c[2], tca, dca(start, False)))
            items_es.append("▫️ %s (%d h) — %s, inicio el %s" % (c[1], c[2], tes, des(start, False)))
        ca = ("🎓 Cursos que comencen en %s\n\nTots els cursos de formació per a l'ocupació són gratuïts i estan adreçats prioritàriament a persones desocupades. "
              "Alguns permeten obtindre un certificat de professionalitat, amb validesa en tot l'Estat.\n\n%s\n\n"
              "Consulta requisits, horaris i centres, i sol·licita la plaça en el portal. Si no saps quin curs s'adapta al teu perfil, la teua tutora o tutor d'ocupació et pot orientar.") % (
            MON_CA[m - 1], "\n".join(items_ca))
        es = ("🎓 Cursos que empiezan en %s\n\nTodos los cursos de formación para el empleo son gratuitos y están dirigidos prioritariamente a personas desempleadas. "
              "Algunos permiten obtener un certificado de profesionalidad, con validez en todo el Estado.\n\n%s\n\n"
              "Consulta requisitos, horarios y centros, y solicita la plaza en el portal. Si no sabes qué curso se adapta a tu perfil, tu tutora o tutor de empleo te puede orientar.") % (
            MON_ES[m - 1], "\n".join(items_es))
        sca = "🎓 %d cursos gratuïts que comencen en %s. Consulta'ls i sol·licita plaça:" % (k, MON_CA[m - 1])
        ses = "🎓 %d cursos gratuitos que empiezan en %s. Consúltalos y solicita plaza:" % (k, MON_ES[m - 1])
        add_spec(at(day, 10, 0), ca, es, sca, ses, "%s/formacio/cursos?mes=%d-%02d" % (C.SITE, y, m), "course", [],
                 campaign_for(day, "camp-fpe"),
                 img("cursos-%d-%02d" % (y, m), day, "Collage de fotografies d'alumnes en tallers de formació amb el títol «Cursos de %s»." % MON_CA[m - 1],
                     "Collage de fotografías de alumnado en talleres de formación con el título «Cursos de %s»." % MON_ES[m - 1]),
                 key="roundup-%d-%02d" % (y, m))


def single_offer_post(day, when=None, status=None, nets=None, key=None):
    of = pick_offer(day)
    o, (tca, tes) = of["o"], of["town"]
    pca, pes = places(of["n"])
    deadline = add_working(day, R.randint(6, 12))
    ca = ("💼 OFERTA D'OCUPACIÓ | %s\n\n📍 %s\n👥 %s\n📄 Contracte: %s\n🕒 Jornada: %s\n\nRequisits: %s\nEs valorarà: %s.\n\n"
          "Inscripció fins al %s a través de l'Espai Personal, amb la referència %s. Cal estar inscrit/a com a demandant d'ocupació. "
          "Les persones que complisquen el perfil seran citades a una entrevista amb l'empresa.") % (
        o[0], tca, pca.capitalize(), C.CONTRACTS[o[6]][0], C.SCHEDULES[o[7]][0], o[2], o[4], dca(deadline), of["ref"])
    es = ("💼 OFERTA DE EMPLEO | %s\n\n📍 %s\n👥 %s\n📄 Contrato: %s\n🕒 Jornada: %s\n\nRequisitos: %s\nSe valorará: %s.\n\n"
          "Inscripción hasta el %s a través del Espacio Personal, con la referencia %s. Es necesario estar inscrito/a como demandante de empleo. "
          "Las personas que cumplan el perfil serán citadas a una entrevista con la empresa.") % (
        o[1], tes, pes.capitalize(), C.CONTRACTS[o[6]][1], C.SCHEDULES[o[7]][1], o[3], o[5], des(deadline), of["ref"])
    sca = "💼 Oferta: %s a %s (%s). Ref. %s" % (o[0], tca, pca, of["ref"])
    ses = "💼 Oferta: %s en %s (%s). Ref. %s" % (o[1], tes, pes, of["ref"])
    camp = campaign_for(day, "camp-verano") if o[8] == "summer" else campaign_for(day, "camp-navidad") if o[8] == "xmas" else None
    h, m = office_slot()
    media = img("oferta-" + of["ref"].lower(), day, "Targeta d'oferta d'ocupació: %s a %s." % (o[0], tca),
                "Tarjeta de oferta de empleo: %s en %s." % (o[1], tes), "image/png") if R.random() < 0.8 else None
    return add_spec(when if when is not None or status in ("DRAFT", "IN_REVIEW") else at(day, h, m), ca, es, sca, ses,
                    "%s/ofertes/%s" % (C.SITE, of["ref"]), "offer", o[10], camp, media, nets=nets, key=key, status=status,
                    extra=dict(offer=of))


# ------------------------------------------------------------------ fairs and events
FAIRS = [
    dict(id="ev-fira-vlc", ca="Fira d'Ocupació València 2026", es="Feria de Empleo Valencia 2026", day=D(2026, 3, 4), days=2,
         h=(9, 0), h2=(15, 0), venue_ca="el Recinte Firal de València (pavelló 2)", venue_es="el Recinto Ferial de Valencia (pabellón 2)",
         loc="Recinte Firal de València, pavelló 2, València", comp=92, sect_ca="logística, hostaleria, indústria, tecnologia i sanitat",
         sect_es="logística, hostelería, industria, tecnología y sanidad", visitors=6150, interviews=2300, camp="camp-ferias",
         live="live-03", slug="fires/valencia-2026"),
    dict(id="ev-fira-benidorm", ca="Fira d'Ocupació Estival Benidorm", es="Feria de Empleo Estival Benidorm", day=D(2026, 4, 15), days=1,
         h=(10, 0), h2=(17, 0), venue_ca="el Palau d'Esports de Benidorm", venue_es="el Palacio de Deportes de Benidorm",
         loc="Palau d'Esports, Benidorm", comp=64, sect_ca="hostaleria, oci, turisme i comerç", sect_es="hostelería, ocio, turismo y comercio",
         visitors=3400, interviews=1450, camp="camp-verano", live=None, slug="fires/benidorm-estiu-2026"),
    dict(id="ev-fira-cs", ca="Fira d'Ocupació Castelló 2026", es="Feria de Empleo Castellón 2026", day=D(2026, 4, 22), days=1,
         h=(9, 30), h2=(14, 30), venue_ca="el Pavelló Firal de Castelló", venue_es="el Pabellón Ferial de Castellón",
         loc="Pavelló Firal, Castelló de la Plana", comp=58, sect_ca="ceràmica, logística, química i servicis", sect_es="cerámica, logística, química y servicios",
         visitors=2900, interviews=1100, camp="camp-ferias", live=None, slug="fires/castello-2026"),
    dict(id="ev-fira-ali", ca="Fira d'Ocupació Alacant 2026", es="Feria de Empleo Alicante 2026", day=D(2026, 5, 20), days=1,
         h=(9, 0), h2=(15, 0), venue_ca="el Centre de Congressos d'Alacant", venue_es="el Centro de Congresos de Alicante",
         loc="Centre de Congressos, Alacant", comp=77, sect_ca="turisme, calçat, tecnologia, sanitat i comerç", sect_es="turismo, calzado, tecnología, sanidad y comercio",
         visitors=4200, interviews=1700, camp="camp-ferias", live=None, slug="fires/alacant-2026"),
    dict(id="ev-fira-elx", ca="Fira d'Ocupació Elx 2026", es="Feria de Empleo Elche 2026", day=D(2026, 10, 21), days=1,
         h=(9, 30), h2=(14, 30), venue_ca="el Centre de Congressos d'Elx", venue_es="el Centro de Congresos de Elche",
         loc="Centre de Congressos, Elx", comp=61, sect_ca="calçat, agroalimentació, logística i comerç", sect_es="calzado, agroalimentación, logística y comercio",
         visitors=3100, interviews=1250, camp="camp-ferias", live="live-05", slug="fires/elx-2026"),
]

OTHER_EVENTS = [
    dict(id="ev-taller-cv", ca="Taller en línia: el teu currículum en 60 minuts", es="Taller en línea: tu currículum en 60 minutos",
         start=dt.datetime(2026, 1, 20, 11, 0), end=dt.datetime(2026, 1, 20, 12, 0), loc=None, online="https://meet.ocupacio.example.gva/taller-cv-gener",
         camp="camp-digital", accounts=["acc-fb", "acc-ig", "acc-x"], segs=[]),
    dict(id="ev-forum-gj", ca="Fòrum Garantia Juvenil 2026", es="Foro Garantía Juvenil 2026",
         start=dt.datetime(2026, 2, 11, 10, 0), end=dt.datetime(2026, 2, 11, 13, 30), loc="Auditori del Centre de Formació per a l'Ocupació, València",
         online="https://www.youtube.com/@ServeiOcupacio/live", camp="camp-gj", accounts=["acc-fb", "acc-ig", "acc-x", "acc-yt", "acc-bs"], segs=["seg-young"]),
    dict(id="ev-jornada-ajudes", ca="Jornada informativa: ajudes a la contractació 2026", es="Jornada informativa: ayudas a la contratación 2026",
         start=dt.datetime(2026, 2, 25, 10, 0), end=dt.datetime(2026, 2, 25, 12, 0), loc="Saló d'actes de l'Espai Ocupació de Castelló de la Plana",
         online="https://www.youtube.com/@ServeiOcupacio/live", camp="camp-ayudas", accounts=["acc-li", "acc-fb", "acc-x", "acc-yt"], segs=["seg-companies"]),
    dict(id="ev-taller-linkedin", ca="Taller en línia: LinkedIn per a buscar feina", es="Taller en línea: LinkedIn para buscar trabajo",
         start=dt.datetime(2026, 6, 10, 11, 0), end=dt.datetime(2026, 6, 10, 12, 30), loc=None, online="https://www.youtube.com/@ServeiOcupacio/live",
         camp=None, accounts=["acc-li", "acc-fb", "acc-ig", "acc-x", "acc-yt"], segs=["seg-young"]),
    dict(id="ev-portes-obertes", ca="Jornada de portes obertes dels centres de formació", es="Jornada de puertas abiertas de los centros de formación",
         start=dt.datetime(2026, 9, 16, 9, 30), end=dt.datetime(2026, 9, 16, 13, 30), loc="Centres de Formació per a l'Ocupació de València, Alacant, Castelló, Elx i Gandia",
         online=None, camp="camp-fpe", accounts=["acc-fb", "acc-ig", "acc-x", "acc-md", "acc-bs"], segs=[]),
    dict(id="ev-talent-45", ca="Jornada Talent Sènior 45+: networking amb empreses", es="Jornada Talento Sénior 45+: networking con empresas",
         start=dt.datetime(2026, 10, 7, 9, 30), end=dt.datetime(2026, 10, 7, 13, 0), loc="Centre Cultural Les Cigarreres, Alacant",
         online=None, camp="camp-45", accounts=["acc-fb", "acc-li", "acc-x"], segs=["seg-45plus"]),
    dict(id="ev-taller-nadal", ca="Taller en línia: treballar en la campanya de Nadal", es="Taller en línea: trabajar en la campaña de Navidad",
         start=dt.datetime(2026, 12, 10, 11, 0), end=dt.datetime(2026, 12, 10, 12, 0), loc=None, online="https://www.youtube.com/@ServeiOcupacio/live",
         camp="camp-navidad", accounts=["acc-fb", "acc-ig", "acc-x", "acc-yt"], segs=["seg-young", "seg-ltu"]),
]
EVENT_TEXT = {
    "ev-taller-cv": ("En una hora t'expliquem com fer un currículum clar, com adaptar-lo a cada oferta i els errors més habituals que fan que les empreses el descarten. Al final hi haurà torn de preguntes. Cal inscripció prèvia: rebràs l'enllaç de la videoconferència per correu.",
                     "En una hora te explicamos cómo hacer un currículum claro, cómo adaptarlo a cada oferta y los errores más habituales que hacen que las empresas lo descarten. Al final habrá turno de preguntas. Es necesaria la inscripción previa: recibirás el enlace de la videoconferencia por correo."),
    "ev-forum-gj": ("Una matinal per a jóvens, centres educatius i empreses: experiències de participants, taula redona sobre el primer treball, presentació del programa Impuls Jove i espai de networking. També es podrà seguir en directe pel nostre canal de YouTube.",
                    "Una matinal para jóvenes, centros educativos y empresas: experiencias de participantes, mesa redonda sobre el primer trabajo, presentación del programa Impuls Jove y espacio de networking. También se podrá seguir en directo por nuestro canal de YouTube."),
    "ev-jornada-ajudes": ("Sessió per a empreses, gestories i persones autònomes: novetats de les ajudes a la contractació 2026, requisits, documentació i errors freqüents en la sol·licitud. Presencial a Castelló i en directe per YouTube, amb preguntes en el xat.",
                          "Sesión para empresas, gestorías y personas autónomas: novedades de las ayudas a la contratación 2026, requisitos, documentación y errores frecuentes en la solicitud. Presencial en Castellón y en directo por YouTube, con preguntas en el chat."),
    "ev-taller-linkedin": ("Com crear un perfil que atraga les persones recrutadores, com buscar ofertes i com fer contactes professionals sense por. Taller pràctic en directe per YouTube: porta el teu perfil obert!",
                           "Cómo crear un perfil que atraiga a las personas reclutadoras, cómo buscar ofertas y cómo hacer contactos profesionales sin miedo. Taller práctico en directo por YouTube: ¡ten tu perfil abierto!"),
    "ev-portes-obertes": ("Vine a conéixer els tallers, les aules i el professorat dels nostres centres de formació. Podràs provar maquinària, parlar amb l'alumnat i resoldre dubtes sobre la inscripció en els cursos del nou trimestre.",
                          "Ven a conocer los talleres, las aulas y el profesorado de nuestros centros de formación. Podrás probar maquinaria, hablar con el alumnado y resolver dudas sobre la inscripción en los cursos del nuevo trimestre."),
    "ev-talent-45": ("Una matinal de networking entre persones majors de 45 anys i empreses que valoren l'experiència: entrevistes breus, tallers de marca personal i informació sobre les ajudes a la contractació. Places limitades amb inscripció.",
                     "Una matinal de networking entre personas mayores de 45 años y empresas que valoran la experiencia: entrevistas breves, talleres de marca personal e información sobre las ayudas a la contratación. Plazas limitadas con inscripción."),
    "ev-taller-nadal": ("Consells pràctics per a aconseguir un contracte en la campanya de Nadal i aprofitar-lo per a continuar després: on estan les ofertes, com preparar una entrevista ràpida i quins drets tens en un contracte de reforç.",
                        "Consejos prácticos para conseguir un contrato en la campaña de Navidad y aprovecharlo para continuar después: dónde están las ofertas, cómo preparar una entrevista rápida y qué derechos tienes en un contrato de refuerzo."),
}

BROADCASTS = [
    # id, eventId, start, end, accounts, status, title ca, title es
    ("live-01", "ev-forum-gj", dt.datetime(2026, 2, 11, 10, 0), dt.datetime(2026, 2, 11, 13, 35), ["acc-yt", "acc-fb"], "ENDED",
     "En directe: Fòrum Garantia Juvenil 2026", "En directo: Foro Garantía Juvenil 2026"),
    ("live-02", "ev-jornada-ajudes", dt.datetime(2026, 2, 25, 10, 0), dt.datetime(2026, 2, 25, 12, 10), ["acc-yt"], "ENDED",
     "En directe: ajudes a la contractació 2026", "En directo: ayudas a la contratación 2026"),
    ("live-03", "ev-fira-vlc", dt.datetime(2026, 3, 4, 10, 30), dt.datetime(2026, 3, 4, 11, 25), ["acc-yt", "acc-fb"], "ENDED",
     "En directe: inauguració de la Fira d'Ocupació València 2026", "En directo: inauguración de la Feria de Empleo Valencia 2026"),
    ("live-04", "ev-taller-linkedin", dt.datetime(2026, 6, 10, 11, 0), dt.datetime(2026, 6, 10, 12, 40), ["acc-yt"], "ENDED",
     "Taller en directe: LinkedIn per a buscar feina", "Taller en directo: LinkedIn para buscar trabajo"),
    ("live-05", "ev-fira-elx", dt.datetime(2026, 10, 21, 10, 0), dt.datetime(2026, 10, 21, 10, 50), ["acc-fb"], "ENDED",
     "En directe des de la Fira d'Ocupació Elx 2026", "En directo desde la Feria de Empleo Elche 2026"),
    ("live-06", "ev-taller-nadal", dt.datetime(2026, 12, 10, 11, 0), dt.datetime(2026, 12, 10, 12, 0), ["acc-yt", "acc-fb"], "PLANNED",
     "Taller en directe: treballar en la campanya de Nadal", "Taller en directo: trabajar en la campaña de Navidad"),
]
BROADCAST_VIDEO = {}  # live id -> YouTube video id / facebook video id


def fair_posts():
    for f in FAIRS:
        day = f["day"]
        dca_, des_ = dca(day), des(day)
        if f["days"] == 2:
            d2 = day + dt.timedelta(days=1)
            dca_ = "%s i %s" % (dca(day), dca(d2))
            des_ = "%s y %s" % (des(day), des(d2))
        h1ca, h2ca, h1es, h2es = hca(*f["h"]), hca(*f["h2"]), hes(*f["h"]), hes(*f["h2"])
        link = "%s/%s" % (C.SITE, f["slug"])
        segs = ["seg-young", "seg-45plus"] if f["camp"] == "camp-ferias" else ["seg-young"]
        # companies call
        cday = prev_working(day - dt.timedelta(days=35))
        dl = prev_working(day - dt.timedelta(days=14))
        add_spec(at(cday, 10, 0),
                 "🏢 Empreses: participeu en la %s\n\nEl %s tornem a obrir les portes de %s. Si la vostra empresa té previst incorporar personal en els pròxims mesos, reserveu un estand gratuït: "
                 "vos ajudem a difondre les ofertes, a preseleccionar candidatures i a organitzar entrevistes durant la jornada.\n\nInscripció d'empreses fins al %s. Places limitades." % (f["ca"], dca_, f["venue_ca"], dca(dl)),
                 "🏢 Empresas: participad en la %s\n\nEl %s volvemos a abrir las puertas de %s. Si vuestra empresa tiene previsto incorporar personal en los próximos meses, reservad un estand gratuito: "
                 "os ayudamos a difundir las ofertas, a preseleccionar candidaturas y a organizar entrevistas durante la jornada.\n\nInscripción de empresas hasta el %s. Plazas limitadas." % (f["es"], des_, f["venue_es"], des(dl)),
                 "🏢 Empreses: reserveu estand gratuït en la %s (%s)." % (f["ca"], dca(day, False)),
                 "🏢 Empresas: reservad estand gratuito en la %s (%s)." % (f["es"], des(day, False)),
                 link + "/empreses", "fair", ["seg-companies"], campaign_for(cday, f["camp"]), None, nets=["fb", "li", "x"],
                 key=f["id"] + "-companies")
        # announcement
        aday = prev_working(day - dt.timedelta(days=21))
        ca = ("📣 %s\n\nEl %s, de %s a %s, %s acull la %s. Més de %d empreses de sectors com %s buscaran personal i faran entrevistes en el mateix estand.\n\n"
              "Què hi trobaràs?\n▫️ Entrevistes ràpides amb empreses (amb reserva prèvia).\n▫️ Tallers de currículum i d'entrevista cada hora.\n"
              "▫️ Punt d'informació sobre cursos, Garantia Juvenil i ajudes a l'autoocupació.\n▫️ Espai d'orientació per a persones majors de 45 anys.\n\n"
              "L'entrada és lliure i gratuïta. Si t'inscrius abans, podràs reservar fins a tres entrevistes. Porta diverses còpies del currículum!") % (
            f["ca"], dca_, h1ca, h2ca, f["venue_ca"], f["ca"], f["comp"], f["sect_ca"])
        es = ("📣 %s\n\nEl %s, de %s a %s, %s acoge la %s. Más de %d empresas de sectores como %s buscarán personal y harán entrevistas en el mismo estand.\n\n"
              "¿Qué encontrarás?\n▫️ Entrevistas rápidas con empresas (con reserva previa).\n▫️ Talleres de currículum y de entrevista cada hora.\n"
              "▫️ Punto de información sobre cursos, Garantía Juvenil y ayudas al autoempleo.\n▫️ Espacio de orientación para personas mayores de 45 años.\n\n"
              "La entrada es libre y gratuita. Si te inscribes antes, podrás reservar hasta tres entrevistas. ¡Lleva varias copias del currículum!") % (
            f["es"], des_, h1es, h2es, f["venue_es"], f["es"], f["comp"], f["sect_es"])
        add_spec(at(aday, 11, 0), ca, es, "📣 %s: %s, %s. Més de %d empreses. Entrada lliure:" % (f["ca"], dca(day, False), f["venue_ca"].replace("el ", "", 1), f["comp"]),
                 "📣 %s: %s, %s. Más de %d empresas. Entrada libre:" % (f["es"], des(day, False), f["venue_es"].replace("el ", "", 1), f["comp"]),
                 link, "fair", segs, campaign_for(aday, f["camp"]),
                 img(f["slug"].split("/")[1] + "-cartell", aday, "Cartell de la %s: %s, %s. Il·lustració de persones amb carpetes davant d'estands d'empreses." % (f["ca"], dca(day, False), f["loc"]),
                     "Cartel de la %s: %s, %s. Ilustración de personas con carpetas frente a estands de empresas." % (f["es"], des(day, False), f["loc"])),
                 key=f["id"] + "-announce")
        # reminder
        rday = prev_working(day - dt.timedelta(days=2))
        add_spec(at(rday, 12, 0),
                 "⏰ Ja queda poc per a la %s! Et recordem: %s, de %s a %s, a %s. Encara pots reservar entrevistes amb les empreses participants." % (f["ca"], dca_, h1ca, h2ca, f["venue_ca"]),
                 "⏰ ¡Queda poco para la %s! Te recordamos: %s, de %s a %s, en %s. Todavía puedes reservar entrevistas con las empresas participantes." % (f["es"], des_, h1es, h2es, f["venue_es"]),
                 None, None, link, "fair", segs, campaign_for(rday, f["camp"]), None, key=f["id"] + "-reminder")
        # today
        live_ca = " Seguirem la jornada per ací i en directe." if f["live"] else ""
        live_es = " Seguiremos la jornada por aquí y en directo." if f["live"] else ""
        add_spec(at(day, 8, 30),
                 "🟢 Hui és el dia! Ja estem preparant els estands de la %s. Obrim a les %s. Recorda portar el currículum i, si has reservat entrevistes, el codi QR de la reserva.%s" % (f["ca"], h1ca, live_ca),
                 "🟢 ¡Hoy es el día! Ya estamos preparando los estands de la %s. Abrimos a las %s. Recuerda llevar el currículum y, si has reservado entrevistas, el código QR de la reserva.%s" % (f["es"], h1es, live_es),
                 None, None, link, "fair", segs, campaign_for(day, f["camp"]),
                 img(f["slug"].split("/")[1] + "-muntatge", day, "Fotografia dels estands de la fira encara buits, a primera hora del matí.",
                     "Fotografía de los estands de la feria todavía vacíos, a primera hora de la mañana."), key=f["id"] + "-today")
        # summary
        sday = next_working(day + dt.timedelta(days=f["days"]))
        add_spec(at(sday, 12, 30),
                 "🙌 Gràcies a totes les persones que vau passar per la %s: %s visitants, %d empreses i més de %s entrevistes. Les empreses continuaran els processos de selecció en les pròximes setmanes. "
                 "Si no vas poder vindre, les ofertes de les empreses participants continuen obertes en el portal." % (f["ca"], fmt_thousands(f["visitors"]), f["comp"], fmt_thousands(f["interviews"])),
                 "🙌 Gracias a todas las personas que pasasteis por la %s: %s visitantes, %d empresas y más de %s entrevistas. Las empresas continuarán los procesos de selección en las próximas semanas. "
                 "Si no pudiste venir, las ofertas de las empresas participantes siguen abiertas en el portal." % (f["es"], fmt_thousands(f["visitors"]), f["comp"], fmt_thousands(f["interviews"])),
                 "🙌 %s: %s visitants, %d empreses i més de %s entrevistes. Gràcies!" % (f["ca"], fmt_thousands(f["visitors"]), f["comp"], fmt_thousands(f["interviews"])),
                 "🙌 %s: %s visitantes, %d empresas y más de %s entrevistas. ¡Gracias!" % (f["es"], fmt_thousands(f["visitors"]), f["comp"], fmt_thousands(f["interviews"])),
                 link + "/ofertes", "fair", segs, campaign_for(sday, f["camp"]),
                 img(f["slug"].split("/")[1] + "-resum", sday, "Vista general de la fira plena de gent conversant en els estands de les empreses.",
                     "Vista general de la feria llena de gente conversando en los estands de las empresas."),
                 video=(f["id"] == "ev-fira-vlc"), key=f["id"] + "-summary")


def fmt_thousands(n):
    return "{:,}".format(n).replace(",", ".")


def event_posts():
    for e in OTHER_EVENTS:
        d = e["start"].date()
        tca, tes = EVENT_TEXT[e["id"]]
        where_ca = e["loc"] if e["loc"] else "En línia"
        where_es = e["loc"] if e["loc"] else "En línea"
        if e["loc"] and e["online"]:
            where_ca += " i en directe per YouTube"
            where_es += " y en directo por YouTube"
        link = "%s/agenda/%s" % (C.SITE, e["id"][3:])
        nets = [ACC[a]["sfx"] for a in e["accounts"] if a != "acc-yt"]
        aday = prev_working(d - dt.timedelta(days=14))
        body_ca = "📅 %s\n\n%s\n\n🗓️ %s, de %s a %s\n📍 %s\n\nInscripció gratuïta en el portal." % (
            e["ca"], tca, dca(d), hca(e["start"].hour, e["start"].minute), hca(e["end"].hour, e["end"].minute), where_ca)
        body_es = "📅 %s\n\n%s\n\n🗓️ %s, de %s a %s\n📍 %s\n\nInscripción gratuita en el portal." % (
            e["es"], tes, des(d), hes(e["start"].hour, e["start"].minute), hes(e["end"].hour, e["end"].minute), where_es)
        add_spec(at(aday, 10, 30), body_ca, body_es,
                 "📅 %s: %s, %s." % (e["ca"], dca(d, False), hca(e["start"].hour, e["start"].minute)),
                 "📅 %s: %s, %s." % (e["es"], des(d, False), hes(e["start"].hour, e["start"].minute)),
                 link, "live" if e["online"] else "fair", e["segs"], campaign_for(aday, e["camp"]) if e["camp"] else None,
                 img("agenda-" + e["id"][3:], aday, "Cartell de l'activitat «%s», %s." % (e["ca"], dca(d, False)),
                     "Cartel de la actividad «%s», %s." % (e["es"], des(d, False))),
                 nets=nets, key=e["id"] + "-announce")
        rday = prev_working(d - dt.timedelta(days=1))
        add_spec(at(rday, 17, 0) if e["id"] != "ev-taller-nadal" else at(rday, 17, 0),
                 "⏰ Demà, %s, a les %s. %s" % (e["ca"], hca(e["start"].hour, e["start"].minute),
                                              "Encara hi ha places." if not e["online"] or e["loc"] else "T'enviarem l'enllaç per correu si estàs inscrit/a."),
                 "⏰ Mañana, %s, a las %s. %s" % (e["es"], hes(e["start"].hour, e["start"].minute),
                                                "Todavía quedan plazas." if not e["online"] or e["loc"] else "Te enviaremos el enlace por correo si estás inscrito/a."),
                 None, None, link, "live" if e["online"] else "fair", e["segs"], campaign_for(rday, e["camp"]) if e["camp"] else None,
                 None, nets=[n for n in nets if n != "ig"] or ["fb"], key=e["id"] + "-reminder")


def broadcast_posts():
    for b in BROADCASTS:
        bid, ev, start, end, accs, status, tca, tes = b
        if status == "CANCELLED":
            continue
        link = "https://www.youtube.com/@ServeiOcupacio/live"
        pre = start - dt.timedelta(minutes=30)
        add_spec(pre,
                 "🔴 %s\n\nA les %s comencem. Pots seguir-ho pel nostre canal de YouTube%s i deixar les teues preguntes en el xat: les respondrem en directe." % (
                     tca, hca(start.hour, start.minute), " i per Facebook" if "acc-fb" in accs else ""),
                 "🔴 %s\n\nA las %s empezamos. Puedes seguirlo por nuestro canal de YouTube%s y dejar tus preguntas en el chat: las responderemos en directo." % (
                     tes, hes(start.hour, start.minute), " y por Facebook" if "acc-fb" in accs else ""),
                 "🔴 %s, a les %s:" % (tca, hca(start.hour, start.minute)), "🔴 %s, a las %s:" % (tes, hes(start.hour, start.minute)),
                 link, "live", [], None,
                 img("directe-" + bid, start.date(), "Miniatura del directe: «%s»." % tca, "Miniatura del directo: «%s»." % tes),
                 nets=(["fb", "x", "bs", "md"] if start < NOW else ["fb", "x"]) + (["yt"] if "acc-yt" in accs else []),
                 video="acc-yt" in accs, key=bid + "-post",
                 extra=dict(broadcast=bid))


def holiday_posts():
    H = [
        (at(D(2025, 12, 5), 10, 0), "🗓️ Dilluns 8 de desembre és festiu i els Espais Ocupació estaran tancats. Recorda que pots renovar la demanda, descarregar certificats i inscriure't en ofertes en línia, a qualsevol hora.",
         "🗓️ El lunes 8 de diciembre es festivo y los Espacios Empleo estarán cerrados. Recuerda que puedes renovar la demanda, descargar certificados e inscribirte en ofertas en línea, a cualquier hora.", "oficines", None),
        (at(D(2025, 12, 18), 10, 0), "🎄 Horari de Nadal en els Espais Ocupació\n\nDel 22 de desembre al 5 de gener atenem de 9.00 a 14.00 h, sense atenció de vesprada. Els dies 24 i 31 de desembre l'horari és de 9.00 a 12.00 h.\n\nTancat: 25 de desembre, 1 i 6 de gener.\n\nEls tràmits en línia funcionen com sempre.",
         "🎄 Horario de Navidad en los Espacios Empleo\n\nDel 22 de diciembre al 5 de enero atendemos de 9:00 a 14:00 h, sin atención de tarde. Los días 24 y 31 de diciembre el horario es de 9:00 a 12:00 h.\n\nCerrado: 25 de diciembre, 1 y 6 de enero.\n\nLos trámites en línea funcionan como siempre.", "oficines/horaris", None),
        (at(D(2025, 12, 24), 10, 0), "🎄 Bon Nadal! Que estos dies vos porten descans, bona companyia i moltes oportunitats per a l'any que ve.",
         "🎄 ¡Feliz Navidad! Que estos días os traigan descanso, buena compañía y muchas oportunidades para el año que viene.", None, "xmas-2025"),
        (at(D(2025, 12, 31), 11, 0), "✨ Bon any 2026! Gràcies per acompanyar-nos en xarxes. Enguany continuarem compartint ofertes, cursos i tot el que necessites per a trobar feina.",
         "✨ ¡Feliz 2026! Gracias por acompañarnos en redes. Este año seguiremos compartiendo ofertas, cursos y todo lo que necesitas para encontrar trabajo.", None, "any-nou-2026"),
        (at(D(2026, 1, 5), 9, 30), "👑 Demà, 6 de gener, les oficines estaran tancades. Bon dia de Reis!",
         "👑 Mañana, 6 de enero, las oficinas estarán cerradas. ¡Feliz día de Reyes!", "oficines", None),
        (at(D(2026, 3, 17), 9, 30), "🔥 Dijous 19 de març, festivitat de Sant Josep, les oficines estaran tancades. A València ciutat, durant les Falles, l'accés a l'Espai Ocupació del centre pot tindre talls de trànsit: revisa la teua cita i vine amb temps.",
         "🔥 El jueves 19 de marzo, festividad de San José, las oficinas estarán cerradas. En Valencia ciudad, durante las Fallas, el acceso al Espacio Empleo del centro puede tener cortes de tráfico: revisa tu cita y ven con tiempo.", "oficines", "falles"),
        (at(D(2026, 4, 1), 10, 0), "🗓️ Setmana Santa: divendres 3 i dilluns 6 d'abril les oficines estaran tancades. La resta de dies, horari habitual.",
         "🗓️ Semana Santa: el viernes 3 y el lunes 6 de abril las oficinas estarán cerradas. El resto de días, horario habitual.", "oficines", None),
        (at(D(2026, 4, 29), 10, 0), "🗓️ Divendres 1 de maig, Dia Internacional de les Persones Treballadores, les oficines estaran tancades.",
         "🗓️ El viernes 1 de mayo, Día Internacional de las Personas Trabajadoras, las oficinas estarán cerradas.", "oficines", None),
        (at(D(2026, 6, 22), 10, 0), "🗓️ Dimecres 24 de juny, Sant Joan, és festiu: les oficines estaran tancades.",
         "🗓️ El miércoles 24 de junio, San Juan, es festivo: las oficinas estarán cerradas.", "oficines", None),
        (at(D(2026, 6, 29), 10, 0), "☀️ Horari d'estiu\n\nDe l'1 de juliol al 31 d'agost, els Espais Ocupació atenen de dilluns a divendres de 8.30 a 14.00 h. No hi haurà atenció els dijous de vesprada.\n\nEl servici d'atenció en xarxes socials continua de 8.00 a 15.00 h.",
         "☀️ Horario de verano\n\nDel 1 de julio al 31 de agosto, los Espacios Empleo atienden de lunes a viernes de 8:30 a 14:00 h. No habrá atención los jueves por la tarde.\n\nEl servicio de atención en redes sociales continúa de 8:00 a 15:00 h.", "oficines/horaris", "estiu"),
        (at(D(2026, 8, 31), 10, 0), "🍂 Des de demà, 1 de setembre, tornem a l'horari habitual: de dilluns a divendres de 9.00 a 14.00 h i dijous també de 16.00 a 18.00 h.",
         "🍂 Desde mañana, 1 de septiembre, volvemos al horario habitual: de lunes a viernes de 9:00 a 14:00 h y los jueves también de 16:00 a 18:00 h.", "oficines/horaris", None),
        (at(D(2026, 10, 7), 12, 0), "🗓️ Divendres 9 i dilluns 12 d'octubre són festius: les oficines estaran tancades. Tornem dimarts 13.",
         "🗓️ El viernes 9 y el lunes 12 de octubre son festivos: las oficinas estarán cerradas. Volvemos el martes 13.", "oficines", None),
        (at(D(2026, 10, 9), 10, 0), "Bon 9 d'Octubre! 💛❤️",
         "¡Feliz 9 d'Octubre! 💛❤️", None, None),
        # December 2026 (scheduled)
        (at(D(2026, 12, 4), 10, 0), "🗓️ Dimarts 8 de desembre és festiu i els Espais Ocupació estaran tancats. Els tràmits en línia continuen disponibles.",
         "🗓️ El martes 8 de diciembre es festivo y los Espacios Empleo estarán cerrados. Los trámites en línea siguen disponibles.", "oficines", None),
        (at(D(2026, 12, 17), 10, 0), "🎄 Horari de Nadal\n\nDel 21 de desembre al 6 de gener atenem de 9.00 a 14.00 h, sense atenció de vesprada. Els dies 24 i 31 de desembre, de 9.00 a 12.00 h.\n\nTancat: 25 de desembre, 1 i 6 de gener.",
         "🎄 Horario de Navidad\n\nDel 21 de diciembre al 6 de enero atendemos de 9:00 a 14:00 h, sin atención de tarde. Los días 24 y 31 de diciembre, de 9:00 a 12:00 h.\n\nCerrado: 25 de diciembre, 1 y 6 de enero.", "oficines/horaris", None),
        (at(D(2026, 12, 24), 10, 0), "🎄 Bon Nadal! Gràcies per confiar en nosaltres durant tot l'any.",
         "🎄 ¡Feliz Navidad! Gracias por confiar en nosotros durante todo el año.", None, "xmas-2026"),
        (at(D(2026, 12, 31), 11, 0), "✨ Bon any 2027! Ens veiem en les xarxes, amb més ofertes i cursos.",
         "✨ ¡Feliz 2027! Nos vemos en las redes, con más ofertas y cursos.", None, "any-nou-2027"),
    ]
    for when, ca, es, slug, media_slug in H:
        link = "%s/%s" % (C.SITE, slug) if slug else None
        media = img(media_slug, when.date(), "Il·lustració festiva amb el logotip del Servei d'Ocupació.",
                    "Ilustración festiva con el logotipo del Servei d'Ocupació.", "image/png") if media_slug else None
        add_spec(when, ca, es, None, None, link, "holiday", [], None, media, key="holiday-%s" % when.date().isoformat())


def observance_posts():
    O = [
        (at(D(2025, 12, 3), 10, 0), "♿ 3 de desembre, Dia Internacional de les Persones amb Discapacitat\n\nTreballem perquè l'ocupació siga accessible per a tothom: ofertes reservades, ocupació amb suport, adaptació de llocs de treball i ajudes a les empreses que contracten persones amb discapacitat.",
         "♿ 3 de diciembre, Día Internacional de las Personas con Discapacidad\n\nTrabajamos para que el empleo sea accesible para todo el mundo: ofertas reservadas, empleo con apoyo, adaptación de puestos de trabajo y ayudas a las empresas que contratan a personas con discapacidad.",
         "diversitat", ["seg-disability"], None),
        (at(D(2026, 3, 8), 10, 0), "💜 8M. Les dones continuen tenint més dificultats per a accedir a llocs qualificats i estables. Per això els nostres programes prioritzen la contractació de dones en sectors on estan poc representades i la formació en competències tècniques i digitals.",
         "💜 8M. Las mujeres siguen teniendo más dificultades para acceder a puestos cualificados y estables. Por eso nuestros programas priorizan la contratación de mujeres en sectores donde están poco representadas y la formación en competencias técnicas y digitales.",
         "igualtat", [], None),
        (at(D(2026, 4, 28), 10, 0), "🦺 28 d'abril, Dia Mundial de la Seguretat i la Salut en el Treball. Formar-se en prevenció és el primer pas: consulta els cursos de PRL de nivell bàsic, gratuïts i en línia.",
         "🦺 28 de abril, Día Mundial de la Seguridad y la Salud en el Trabajo. Formarse en prevención es el primer paso: consulta los cursos de PRL de nivel básico, gratuitos y en línea.",
         "formacio/cursos/prl", [], "camp-fpe"),
        (at(D(2026, 7, 15), 10, 0), "🧠 15 de juliol, Dia Mundial de les Habilitats de la Joventut. Idiomes, competències digitals, treball en equip... Si tens entre 16 i 29 anys, Garantia Juvenil t'obri la porta a cursos gratuïts amb certificat.",
         "🧠 15 de julio, Día Mundial de las Habilidades de la Juventud. Idiomas, competencias digitales, trabajo en equipo... Si tienes entre 16 y 29 años, Garantía Juvenil te abre la puerta a cursos gratuitos con certificado.",
         "garantia-juvenil", ["seg-young"], "camp-gj"),
        (at(D(2026, 8, 12), 10, 0), "🎉 12 d'agost, Dia Internacional de la Joventut. Gràcies a tots els jóvens que enguany heu confiat en nosaltres per a fer el primer pas en el món laboral.",
         "🎉 12 de agosto, Día Internacional de la Juventud. Gracias a todos los jóvenes que este año habéis confiado en nosotros para dar el primer paso en el mundo laboral.",
         "garantia-juvenil", ["seg-young"], "camp-gj"),
        (at(D(2026, 10, 7), 9, 0), "🤝 7 d'octubre, Jornada Mundial pel Treball Decent. Un treball decent és un treball amb contracte, amb un salari just, amb seguretat i on es respecten els drets. Si tens dubtes sobre el teu contracte, informa't.",
         "🤝 7 de octubre, Jornada Mundial por el Trabajo Decente. Un trabajo decente es un trabajo con contrato, con un salario justo, con seguridad y donde se respetan los derechos. Si tienes dudas sobre tu contrato, infórmate.",
         None, [], None),
        (at(D(2026, 11, 25), 10, 0), "🟣 25N. La independència econòmica és clau per a eixir de la violència. Les dones víctimes de violència de gènere tenen accés a un itinerari d'inserció laboral personalitzat i confidencial, i les empreses que les contracten, ajudes específiques. Si necessites ajuda, truca al 016: és gratuït i no deixa rastre en la factura.",
         "🟣 25N. La independencia económica es clave para salir de la violencia. Las mujeres víctimas de violencia de género tienen acceso a un itinerario de inserción laboral personalizado y confidencial, y las empresas que las contratan, ayudas específicas. Si necesitas ayuda, llama al 016: es gratuito y no deja rastro en la factura.",
         "igualtat/25n", [], None),
        (at(D(2026, 12, 3), 10, 0), "♿ 3 de desembre, Dia Internacional de les Persones amb Discapacitat. Enguany més de 2.400 persones amb discapacitat han trobat feina a través dels nostres programes. Seguim!",
         "♿ 3 de diciembre, Día Internacional de las Personas con Discapacidad. Este año más de 2.400 personas con discapacidad han encontrado trabajo a través de nuestros programas. ¡Seguimos!",
         "diversitat", ["seg-disability"], None),
    ]
    for when, ca, es, slug, segs, camp in O:
        add_spec(when, ca, es, None, None, "%s/%s" % (C.SITE, slug) if slug else None, "generic", segs,
                 campaign_for(when.date(), camp) if camp else None,
                 img("dia-" + when.date().isoformat(), when.date(), "Il·lustració commemorativa del dia.", "Ilustración conmemorativa del día.", "image/png"),
                 key="obs-%s" % when.date().isoformat())


def misc_posts():
    M = [
        (at(D(2025, 12, 1), 9, 0), "👋 Ja ens pots seguir també en Mastodon i Bluesky! A partir de hui publiquem les ofertes, els cursos i els avisos del Servei d'Ocupació també en estes xarxes, en valencià i en castellà.",
         "👋 ¡Ya nos puedes seguir también en Mastodon y Bluesky! A partir de hoy publicamos las ofertas, los cursos y los avisos del Servicio de Empleo también en estas redes, en valenciano y en castellano.",
         "xarxes", ["fb", "x", "md", "bs", "th"], "generic", [], None),
        (at(D(2025, 12, 10), 11, 0), "📝 Ens ajudes a millorar? Si has fet algun tràmit amb nosaltres en els últims mesos, dedica tres minuts a l'enquesta de satisfacció. És anònima.",
         "📝 ¿Nos ayudas a mejorar? Si has hecho algún trámite con nosotros en los últimos meses, dedica tres minutos a la encuesta de satisfacción. Es anónima.",
         "enquesta", None, "generic", [], None),
        (at(D(2026, 1, 8), 11, 0), "📊 Balanç de 2025\n\n▫️ 186.000 persones ateses en els Espais Ocupació.\n▫️ 41.300 ofertes gestionades.\n▫️ 2.950 cursos de formació per a l'ocupació, amb 38.700 alumnes.\n▫️ 12.800 jóvens inscrits en Garantia Juvenil.\n\nGràcies a l'equip humà de les oficines i a totes les empreses col·laboradores.",
         "📊 Balance de 2025\n\n▫️ 186.000 personas atendidas en los Espacios Empleo.\n▫️ 41.300 ofertas gestionadas.\n▫️ 2.950 cursos de formación para el empleo, con 38.700 alumnos.\n▫️ 12.800 jóvenes inscritos en Garantía Juvenil.\n\nGracias al equipo humano de las oficinas y a todas las empresas colaboradoras.",
         "balanc-2025", None, "generic", [], None),
        (at(D(2026, 2, 2), 10, 0), "🏢 Nou Espai Ocupació a Paterna\n\nDes de hui atenem en les noves instal·lacions de l'avinguda del Progrés, 14: més espai, sala de formació, zona d'autoservici amb ordinadors i accessibilitat completa. L'antiga oficina del carrer Major queda tancada. Les cites ja demanades es mantenen en la nova adreça.",
         "🏢 Nuevo Espacio Empleo en Paterna\n\nDesde hoy atendemos en las nuevas instalaciones de la avenida del Progrés, 14: más espacio, sala de formación, zona de autoservicio con ordenadores y accesibilidad completa. La antigua oficina de la calle Mayor queda cerrada. Las citas ya solicitadas se mantienen en la nueva dirección.",
         "oficines/paterna", None, "holiday", [], None),
        (at(D(2026, 5, 18), 10, 0), "🚧 L'Espai Ocupació d'Alzira es trasllada temporalment per obres a l'edifici municipal de la plaça del Regne, 3, del 25 de maig al 31 de juliol. El telèfon i el correu no canvien.",
         "🚧 El Espacio Empleo de Alzira se traslada temporalmente por obras al edificio municipal de la plaza del Regne, 3, del 25 de mayo al 31 de julio. El teléfono y el correo no cambian.",
         "oficines/alzira", None, "holiday", [], None),
        (at(D(2026, 7, 1), 12, 0), "⚠️ Alerta: circulen missatges de WhatsApp que oferixen treball en nom del Servei d'Ocupació a canvi de pagar un curs o una «reserva de plaça». És un frau. Nosaltres mai demanem diners ni contactem per WhatsApp per a ofertes.",
         "⚠️ Alerta: circulan mensajes de WhatsApp que ofrecen trabajo en nombre del Servicio de Empleo a cambio de pagar un curso o una «reserva de plaza». Es un fraude. Nosotros nunca pedimos dinero ni contactamos por WhatsApp para ofertas.",
         "avisos/frau", None, "procedure", [], None),
        (at(D(2026, 9, 23), 11, 0), "🌐 Estrenem web! El nou portal és més fàcil de fer servir des del mòbil, compleix els criteris d'accessibilitat i té un cercador d'ofertes i cursos amb filtres per comarca, jornada i tipus de contracte.",
         "🌐 ¡Estrenamos web! El nuevo portal es más fácil de usar desde el móvil, cumple los criterios de accesibilidad y tiene un buscador de ofertas y cursos con filtros por comarca, jornada y tipo de contrato.",
         "", None, "procedure", [], None),
        (at(D(2026, 11, 19), 11, 0), "🗳️ Com vols que ens comuniquem amb tu? Respon la nostra enquesta breu sobre xarxes socials, butlletins i avisos al mòbil. Les respostes ens ajudaran a decidir com informar-te en 2027.",
         "🗳️ ¿Cómo quieres que nos comuniquemos contigo? Responde a nuestra breve encuesta sobre redes sociales, boletines y avisos en el móvil. Las respuestas nos ayudarán a decidir cómo informarte en 2027.",
         "enquesta-xarxes", None, "generic", [], None),
    ]
    for when, ca, es, slug, nets, topic, segs, camp in M:
        add_spec(when, ca, es, None, None, "%s/%s" % (C.SITE, slug) if slug else C.SITE + "/", topic, segs, camp,
                 img("misc-" + when.date().isoformat(), when.date(), "Imatge il·lustrativa de l'avís.", "Imagen ilustrativa del aviso.") if R.random() < 0.6 else None,
                 nets=nets, key="misc-%s" % when.date().isoformat())


def themed_posts():
    # Garantia Juvenil
    gj_days = [D(2026, 1, 13), D(2026, 3, 10), D(2026, 4, 21), D(2026, 7, 7), D(2026, 2, 3), D(2026, 9, 29), D(2026, 5, 27), D(2026, 10, 20)]
    for (ca, es, sca, ses), day in zip(C.GJ_POSTS, gj_days):
        h, m = office_slot()
        add_spec(at(day, h, m), ca, es, sca, ses, C.SITE + "/garantia-juvenil", "gj", ["seg-young"], campaign_for(day, "camp-gj"),
                 img("gj-" + day.isoformat(), day, "Jóvens somrients en un taller de formació amb el logotip de Garantia Juvenil.",
                     "Jóvenes sonrientes en un taller de formación con el logotipo de Garantía Juvenil."),
                 key="gj-%s" % day.isoformat())
    # ayudas
    ay_days = [D(2026, 2, 3), D(2026, 2, 10), D(2026, 4, 14), D(2026, 4, 28), D(2026, 5, 12), D(2026, 6, 16), D(2026, 9, 15), D(2026, 3, 24)]
    for (ca, es, sca, ses, slug, segs), day in zip(C.AYUDAS_POSTS, ay_days):
        add_spec(at(day, R.choice([9, 10, 11, 12]), R.choice([0, 30])), ca, es, sca, ses, "%s/%s" % (C.SITE, slug), "ayudas", segs,
                 campaign_for(day, "camp-ayudas"),
                 img("ajudes-" + day.isoformat(), day, "Persona empresària donant la mà a una treballadora nova en un taller.",
                     "Persona empresaria dando la mano a una trabajadora nueva en un taller."),
                 key="ayudas-%s" % day.isoformat(), extra=dict(li_es_only=True))
    # summer
    su_days = [D(2026, 4, 20), D(2026, 6, 9), D(2026, 5, 5), D(2026, 6, 2), D(2026, 7, 14)]
    for (ca, es, sca, ses), day in zip(C.SUMMER_POSTS, su_days):
        h, m = office_slot()
        add_spec(at(day, h, m), ca, es, sca, ses, C.SITE + "/ofertes?temporada=estiu", "offer", ["seg-young"], campaign_for(day, "camp-verano"),
                 img("estiu-" + day.isoformat(), day, "Cambrera servint una terrassa davant de la platja.", "Camarera sirviendo en una terraza frente a la playa."),
                 key="estiu-%s" % day.isoformat())
    for (ca, es, sca, ses), day in zip(C.SENIOR_POSTS, [D(2026, 9, 14), D(2026, 10, 13), D(2026, 11, 3)]):
        add_spec(at(day, 10, 0), ca, es, sca, ses, C.SITE + "/talent-senior", "generic", ["seg-45plus"], campaign_for(day, "camp-45"),
                 img("senior-" + day.isoformat(), day, "Treballador de més de 50 anys explicant una tasca a una companya jove.",
                     "Trabajador de más de 50 años explicando una tarea a una compañera joven."),
                 nets=["fb", "li", "x", "md", "bs"], key="senior-%s" % day.isoformat())
    for (ca, es, sca, ses), day in zip(C.XMAS_POSTS, [D(2026, 11, 16), D(2026, 11, 24)]):
        add_spec(at(day, 10, 0), ca, es, sca, ses, C.SITE + "/ofertes?campanya=nadal", "offer", ["seg-young", "seg-ltu"], campaign_for(day, "camp-navidad"),
                 img("nadal-" + day.isoformat(), day, "Dependenta embolicant un regal en una botiga decorada per Nadal.",
                     "Dependienta envolviendo un regalo en una tienda decorada por Navidad."),
                 key="xmas-%s" % day.isoformat())


def filler_posts():
    # tips
    for i, (ca, es) in enumerate(C.TIPS):
        day = random_working_day(D(2025, 12, 9), D(2026, 11, 27), busy, 2)
        h, m = office_slot()
        add_spec(at(day, h, m), ca, es, None, None, None, "tip", [], None,
                 img("consell-%02d" % (i + 1), day, "Targeta amb una icona de bombeta i el text del consell.", "Tarjeta con un icono de bombilla y el texto del consejo.", "image/png") if i % 3 else None,
                 key="tip-%02d" % i)
    # procedures
    for i, (ca, es, sca, ses, slug, segs, camp, video) in enumerate(C.PROCEDURES):
        lo, hi = (D(2025, 12, 2), D(2026, 3, 27)) if camp == "camp-digital" else (D(2026, 1, 12), D(2026, 11, 20))
        day = random_working_day(lo, hi, busy, 2)
        h, m = office_slot()
        media = None
        if video:
            media = img("tutorial-" + slug.replace("/", "-"), day, "Vídeo tutorial subtitulat: %s" % sca.split(" ", 1)[1],
                        "Vídeo tutorial subtitulado: %s" % ses.split(" ", 1)[1], "video/mp4")
        elif i % 2 == 0:
            media = img("tramit-" + slug.replace("/", "-"), day, "Captura de pantalla de l'Espai Personal amb el botó del tràmit destacat.",
                        "Captura de pantalla del Espacio Personal con el botón del trámite destacado.", "image/png")
        add_spec(at(day, h, m), ca, es, sca, ses, "%s/%s" % (C.SITE, slug), "procedure", segs, campaign_for(day, camp) if camp else None,
                 media, video=video, key="proc-%02d" % i)
    # individual courses
    for i, c in enumerate(C.COURSES):
        if c[9] == "spring":
            lo, hi = D(2026, 2, 2), D(2026, 5, 15)
        else:
            lo, hi = D(2026, 1, 8), D(2026, 11, 13)
        day = random_working_day(lo, hi, busy, 2)
        s = course_post(c, day, key="course-%02d" % i)
        ci = s["extra"]["course"]
        rday = prev_working(ci["deadline"] - dt.timedelta(days=3))
        if i % 2 == 0 and day < rday and at(rday, 13, 0) < NOW and i != 8:
            place_ca = "en línia" if c[5] else "a " + ci["town"][0]
            place_es = "en línea" if c[5] else "en " + ci["town"][1]
            add_spec(at(rday, R.choice([12, 13]), R.choice([0, 30])),
                     "⏳ Últimes places per al curs «%s» (%d h), %s. Comença el %s i la inscripció es tanca el %s." % (c[0], c[2], place_ca, dca(ci["start"]), dca(ci["deadline"])),
                     "⏳ Últimas plazas para el curso «%s» (%d h), %s. Empieza el %s y la inscripción se cierra el %s." % (c[1], c[2], place_es, des(ci["start"]), des(ci["deadline"])),
                     None, None, s["link"], "course", s["segs"], s["camp"], None, key="course-%02d-reminder" % i)
    # individual offers
    for i in range(38):
        day = random_working_day(D(2025, 12, 2), D(2026, 11, 27), busy, 2)
        single_offer_post(day, key="offer-%02d" % i)


def special_posts():
    # --- course reminder posted twice: the second one FAILED on X (duplicate content)
    c = C.COURSES[8]  # fotovoltaica
    ci = course_instance(c, D(2026, 9, 7))
    txt_ca = "⏳ Últimes places per al curs «%s» (%d h) a %s. Comença el %s." % (c[0], c[2], ci["town"][0], dca(ci["start"]))
    txt_es = "⏳ Últimas plazas para el curso «%s» (%d h) en %s. Empieza el %s." % (c[1], c[2], ci["town"][1], des(ci["start"]))
    link = "%s/formacio/cursos/%s" % (C.SITE, ascii_slug(c[0])[:60])
    add_spec(at(D(2026, 9, 8), 12, 0), txt_ca, txt_es, None, None, link, "course", [], "camp-fpe", None, nets=["fb", "x", "md"], key="fv-reminder-1")
    add_spec(at(D(2026, 9, 22), 12, 0), txt_ca, txt_es, None, None, link, "course", [], "camp-fpe", None, nets=["fb", "x", "md"],
             key="fail-x-duplicate", status="FAILED", extra=dict(fail={"x": "403 Forbidden: You are not allowed to create a Tweet with duplicate content. (X API v2, POST /2/tweets)"}))
    # --- Instagram aspect ratio
    add_spec(at(D(2026, 6, 3), 18, 0),
             "📸 Així es viu una jornada de pràctiques en un hotel de la Vila Joiosa: la Sara i l'Ahmed, alumnes del curs de restaurant i bar, ens ho conten en primera persona.",
             "📸 Así se vive una jornada de prácticas en un hotel de Villajoyosa: Sara y Ahmed, alumnos del curso de restaurante y bar, nos lo cuentan en primera persona.",
             None, None, None, "course", ["seg-young"], "camp-verano",
             img("practiques-hotel-vertical", D(2026, 6, 3), "Fotografia vertical de dos alumnes en pràctiques servint en la terrassa d'un hotel.",
                 "Fotografía vertical de dos alumnos en prácticas sirviendo en la terraza de un hotel."),
             nets=["ig"], key="fail-ig-ratio", status="FAILED",
             extra=dict(fail={"ig": "(#36003) The aspect ratio is not supported. The submitted image with aspect ratio ('0.5',) cannot be published. Please submit an image with a valid aspect ratio. [OAuthException, error_subcode 2207009]"}))
    # --- LinkedIn throttling
    c2 = C.COURSES[15]
    s = course_post(c2, D(2026, 10, 14), when=at(D(2026, 10, 14), 9, 30), key="fail-li-throttle", status="FAILED")
    s["nets"] = ["fb", "li", "x"]
    s["extra"]["fail"] = {"li": "429 Too Many Requests: Resource level throttle APPLICATION DAY limit for calls to this resource is reached. (POST /rest/posts)"}
    # --- Threads token expired
    s = single_offer_post(D(2026, 11, 12), when=at(D(2026, 11, 12), 10, 30), nets=["fb", "x", "th"], key="fail-th-token", status="FAILED")
    s["extra"]["fail"] = {"th": "Error validating access token: Session has expired on Tuesday, 10-Nov-26 09:00:00 PST. The current time is Thursday, 12-Nov-26 01:30:04 PST. [OAuthException, code 190, error_subcode 463]"}
    # --- cancelled: Q&A live (broadcast cancelled) and an accidental duplicate
    add_spec(at(D(2026, 7, 8), 11, 30),
             "🔴 Hui a les 12.00 h, preguntes i respostes en directe sobre cita prèvia i Espai Personal. Deixa ací la teua pregunta!",
             "🔴 Hoy a las 12:00 h, preguntas y respuestas en directo sobre cita previa y Espacio Personal. ¡Deja aquí tu pregunta!",
             None, None, "https://www.youtube.com/@ServeiOcupacio/live", "live", [], None, None, nets=["fb", "x", "yt"], video=True,
             key="cancel-live-qa", status="CANCELLED")
    f = FAIRS[0]
    add_spec(at(D(2026, 2, 12), 11, 15),
             "📣 %s: %s i %s. Més de %d empreses. Entrada lliure." % (f["ca"], dca(f["day"]), dca(f["day"] + dt.timedelta(days=1)), f["comp"]),
             "📣 %s: %s y %s. Más de %d empresas. Entrada libre." % (f["es"], des(f["day"]), des(f["day"] + dt.timedelta(days=1)), f["comp"]),
             None, None, "%s/%s" % (C.SITE, f["slug"]), "fair", ["seg-young"], "camp-ferias", None, nets=["fb", "ig", "x"],
             key="cancel-duplicate", status="CANCELLED")
    # --- December 2026: scheduled / approved (not yet published)
    single_offer_post(D(2026, 12, 2), when=at(D(2026, 12, 2), 10, 0), key="dec-offer-1", status="SCHEDULED")
    single_offer_post(D(2026, 12, 15), when=at(D(2026, 12, 15), 10, 30), key="dec-offer-2", status="SCHEDULED")
    course_post(C.COURSES[12], D(2026, 12, 14), when=at(D(2026, 12, 14), 11, 0), key="dec-course-1", status="APPROVED")
    course_post(C.COURSES[6], D(2026, 12, 3), when=at(D(2026, 12, 3), 12, 0), key="dec-course-2", status="SCHEDULED")
    add_spec(at(D(2026, 12, 11), 12, 30), C.TIPS[12][0], C.TIPS[12][1], None, None, None, "tip", [], None, None, key="dec-tip-1", status="SCHEDULED")
    add_spec(at(D(2026, 12, 18), 12, 30), C.TIPS[4][0], C.TIPS[4][1], None, None, None, "tip", [], None, None, key="dec-tip-2", status="APPROVED")
    add_spec(at(D(2026, 12, 16), 10, 0),
             "🟣 Garantia Juvenil 2027: preinscripció oberta per al programa Impuls Jove\n\nSi tens entre 16 i 29 anys i estàs inscrit/a en Garantia Juvenil, ja pots marcar el teu interés per als contractes d'un any que començaran en febrer. Et recomanem revisar que el teu perfil estiga complet.",
             "🟣 Garantía Juvenil 2027: preinscripción abierta para el programa Impuls Jove\n\nSi tienes entre 16 y 29 años y estás inscrito/a en Garantía Juvenil, ya puedes marcar tu interés por los contratos de un año que empezarán en febrero. Te recomendamos revisar que tu perfil esté completo.",
             None, None, C.SITE + "/garantia-juvenil/impuls-jove-2027", "gj", ["seg-young"], "camp-gj",
             img("impuls-jove-2027", D(2026, 12, 16), "Cartell del programa Impuls Jove 2027.", "Cartel del programa Impuls Jove 2027."), key="dec-gj", status="SCHEDULED")
    add_spec(at(D(2026, 12, 22), 10, 0),
             "💶 Pròximament: ajudes a la contractació 2027. A partir de gener les empreses podran sol·licitar les noves ajudes per a contractar jóvens, persones majors de 45 anys i persones en desocupació de llarga durada. Publicarem les bases i el termini en este perfil.",
             "💶 Próximamente: ayudas a la contratación 2027. A partir de enero las empresas podrán solicitar las nuevas ayudas para contratar a jóvenes, personas mayores de 45 años y personas en desempleo de larga duración. Publicaremos las bases y el plazo en este perfil.",
             None, None, C.SITE + "/ajudes", "ayudas", ["seg-companies"], None, None, nets=["fb", "li", "x"], key="dec-ayudas", status="APPROVED",
             extra=dict(li_es_only=True))
    add_spec(at(D(2026, 12, 9), 12, 0), C.PROCEDURES[1][0], C.PROCEDURES[1][1], C.PROCEDURES[1][2], C.PROCEDURES[1][3],
             C.SITE + "/tramits/certificats", "procedure", [], None, None, key="dec-proc", status="SCHEDULED")
    # --- drafts and items in review (no dates)
    add_spec(None, "📣 Reserva la data: Fira d'Ocupació València 2027, 3 i 4 de març. Més informació molt prompte.",
             "📣 Reserva la fecha: Feria de Empleo Valencia 2027, 3 y 4 de marzo. Más información muy pronto.",
             None, None, C.SITE + "/fires", "fair", [], None, None, nets=["fb", "ig", "x", "li"], key="draft-fira-2027", status="DRAFT")
    add_spec(None, "📊 Balanç de 2026\n\n▫️ [xifra] persones ateses.\n▫️ [xifra] ofertes gestionades.\n▫️ [xifra] alumnes en cursos de formació.\n\nPENDENT: confirmar xifres amb l'Observatori abans de publicar.",
             "📊 Balance de 2026\n\n▫️ [cifra] personas atendidas.\n▫️ [cifra] ofertas gestionadas.\n▫️ [cifra] alumnos en cursos de formación.\n\nPENDIENTE: confirmar cifras con el Observatorio antes de publicar.",
             None, None, C.SITE + "/balanc-2026", "generic", [], None, None, nets=["fb", "x", "li"], key="draft-balanc", status="DRAFT")
    add_spec(None, "🟣 Nova convocatòria de Garantia Juvenil 2027: tot el que has de saber sobre inscripció, requisits i programes.",
             "🟣 Nueva convocatoria de Garantía Juvenil 2027: todo lo que debes saber sobre inscripción, requisitos y programas.",
             None, None, C.SITE + "/garantia-juvenil", "gj", ["seg-young"], None, None, nets=["fb", "ig", "x", "bs"], key="review-gj-2027", status="IN_REVIEW")
    add_spec(None, "⭐ Resultats de l'enquesta de satisfacció 2026: el 87 % de les persones usuàries valora positivament l'atenció rebuda. Gràcies per ajudar-nos a millorar!",
             "⭐ Resultados de la encuesta de satisfacción 2026: el 87 % de las personas usuarias valora positivamente la atención recibida. ¡Gracias por ayudarnos a mejorar!",
             None, None, C.SITE + "/enquesta/resultats-2026", "generic", [], None, None, nets=["fb", "x"], key="review-enquesta", status="IN_REVIEW")
    single_offer_post(D(2026, 12, 1), when=None, status="DRAFT", nets=["fb", "x"], key="draft-offer")
    course_post(C.COURSES[24], D(2026, 12, 1), when=None, status="IN_REVIEW", key="review-course")


# =====================================================================================  build posts
def choose_nets(s, idx):
    if s["nets"] is not None:
        nets = list(s["nets"])
    else:
        t = s["topic"]
        nets = []
        if R.random() < 0.96:
            nets.append("fb")
        if s["media"] and R.random() < (0.85 if t in ("offer", "course", "fair", "gj", "live") else 0.6):
            nets.append("ig")
        if R.random() < 0.85:
            nets.append("x")
        li_p = {"ayudas": 1.0, "fair": 0.7, "course": 0.55, "offer": 0.45, "procedure": 0.35, "gj": 0.5}.get(t, 0.15)
        if R.random() < li_p:
            nets.append("li")
        if s["video"]:
            nets.append("yt")
        if R.random() < 0.45:
            nets.append("md")
        if R.random() < 0.5:
            nets.append("bs")
        if R.random() < 0.35:
            nets.append("th")
        # keep at most five, dropping the least important first
        for drop in ["th", "md", "li", "bs", "ig"]:
            if len(nets) > 5 and drop in nets:
                nets.remove(drop)
        if not nets:
            nets = ["fb"]
    for need in FORCE_NETS.get(s["key"], []):
        if need not in nets:
            nets.append(need)
    if s["video"] and "yt" not in nets:
        nets.append("yt")
    if "ig" in nets and not s["media"]:
        nets.remove("ig")
    when = s["when"]
    # Threads: the token expired; only scheduled items the team has not revisited keep the Threads variant
    if "th" in nets and when is not None and when >= THREADS_EXPIRED and not (s["status"] == "FAILED") and s["key"] not in ("dec-gj", "dec-offer-1"):
        nets.remove("th")
    if s["key"] in ("dec-gj", "dec-offer-1") and "th" not in nets:
        nets.append("th")
    order = {n: i for i, n in enumerate(NET_ORDER)}
    nets = sorted(dict.fromkeys(nets), key=lambda n: order[n])
    while len(nets) > 5:
        nets.remove(next(n for n in ["th", "md", "bs", "li"] if n in nets))
    return nets


FORCE_NETS = {"ev-fira-vlc-announce": ["fb", "ig"], "ayudas-2026-02-03": ["li"], "gj-2026-03-10": ["ig"], "estiu-2026-04-20": ["fb"],
              "senior-2026-09-14": ["fb"], "xmas-2026-11-16": ["ig"], "ev-taller-nadal-announce": ["fb"], "dec-course-1": ["li"]}


def strategy_for(net, s, i):
    if net == "x" or net == "bs":
        return "THREAD"
    if net == "md":
        return "FIRST_LANGUAGE_ONLY" if i % 5 == 0 else "SEPARATE_POSTS"
    if net == "li" and s["extra"].get("li_es_only"):
        return "SECOND_LANGUAGE_ONLY"
    if net == "li" and i % 9 == 0:
        return "SEPARATE_POSTS"
    return "BOTH_IN_ONE"


def x_len(text):
    n = 0
    for w in text.split(" "):
        n += 23 if w.startswith("http") else len(w)
    return n + text.count(" ")


def net_len(net, text):
    """X and Mastodon count every URL as 23 characters; Bluesky and Threads count the text as written."""
    return x_len(text) if net in ("x", "md") else len(text)


def fit(full, short, link, limit, net):
    cand = full + ("\n\n" + link if link else "")
    if net_len(net, cand) <= limit:
        return cand
    cand = short + (" " + link if link else "")
    if net_len(net, cand) <= limit:
        return cand
    room = limit - net_len(net, " " + link if link else "") - 1
    return short[:room].rstrip() + "…" + (" " + link if link else "")


def published_texts(p, v):
    """What actually went out for a variant: list of (language, text)."""
    net = v["sfx"]
    strat = v["strategy"]
    ca, es, link = p["ca"], p["es"], p["link"]
    if v.get("text"):
        return [(ES if strat == "SECOND_LANGUAGE_ONLY" else CA, v["text"])]
    if net in ("x", "bs"):
        lim = LIMITS[net]
        return [(CA, fit(ca, p["short_ca"], link, lim, net)), (ES, fit(es, p["short_es"], link, lim, net))]
    if net == "md":
        parts = [(CA, fit(ca, p["short_ca"], link, 500, net))]
        if strat == "SEPARATE_POSTS":
            parts.append((ES, fit(es, p["short_es"], link, 500, net)))
        return parts
    if net == "th":
        both = ca + SEP_BOTH + es + ("\n\n" + link if link else "")
        if len(both) <= 500:
            return [(CA, both)]
        both = p["short_ca"] + "\n\n" + p["short_es"] + ("\n\n" + link if link else "")
        if len(both) <= 500:
            return [(CA, both)]
        return [(CA, fit(ca, p["short_ca"], link, 500, net))]
    if net == "li" and strat == "SEPARATE_POSTS":
        return [(CA, ca + ("\n\n" + link if link else "")), (ES, es + ("\n\n" + link if link else ""))]
    body = ca + SEP_BOTH + es
    if net == "ig":
        if len(body) > 1900:
            body = p["short_ca"] + "\n\n" + p["short_es"]
        return [(CA, body + ("\n\n🔗 Enllaç en la bio · Enlace en la bio" if link else ""))]
    if net == "li" and len(body) > 2800:
        body = ca + SEP_BOTH + p["short_es"]
    tail = ""
    if link:
        tail = "\n\n👉 " + link
    return [(CA, body + tail)]


def remote_for(net, t, lang_idx=0):
    """(remoteId, url) of one publication at time t."""
    if net == "fb":
        pid = meta_num(t, 1200000000000000)
        return "%s_%s" % (FB_PAGE, pid), "https://www.facebook.com/%s/posts/%s" % (FB_PAGE, pid)
    if net == "ig":
        return meta_num(t, 18000000000000000), "https://www.instagram.com/p/%s/" % ig_code()
    if net == "x":
        i = snowflake_x(t)
        return i, "https://x.com/ServeiOcupacio/status/%s" % i
    if net == "li":
        i = snowflake_li(t)
        return "urn:li:share:%s" % i, "https://www.linkedin.com/feed/update/urn:li:share:%s/" % i
    if net == "yt":
        i = yt_video_id()
        return i, "https://www.youtube.com/watch?v=%s" % i
    if net == "md":
        i = mastodon_id(t)
        return i, "https://%s/@ocupacio/%s" % (MD_HOST, i)
    if net == "bs":
        tid = bsky_tid(t)
        return "at://%s/app.bsky.feed.post/%s" % (BSKY_DID, tid), "https://bsky.app/profile/ocupacio.example.gva/post/%s" % tid
    if net == "th":
        return meta_num(t, 17900000000000000), "https://www.threads.net/@serveiocupacio/post/%s" % ig_code()
    raise ValueError(net)


posts = []
archived = []
post_by_key = {}
published_variants = []  # (post, variant, [(lang, remoteId, url, text, t)])


def build_posts():
    dated = sorted([s for s in specs if s["when"] is not None], key=lambda s: (s["when"], s["key"] or ""))
    undated = [s for s in specs if s["when"] is None]
    for i, s in enumerate(dated + undated, start=1):
        pid = "post-%04d" % i
        when = s["when"]
        status = s["status"]
        if status is None:
            status = "PUBLISHED" if when < NOW else "SCHEDULED"
        author = C.AUTHORS[(i * 7 + len(s["ca"])) % len(C.AUTHORS)]
        nets = choose_nets(s, i)
        p = dict(id=pid, ca=s["ca"], es=s["es"], short_ca=s["short_ca"], short_es=s["short_es"], link=s["link"], topic=s["topic"],
                 segs=s["segs"], camp=s["camp"], status=status, author=author, media=[], variants=[], key=s["key"], extra=s["extra"], when=when)
        # dates
        if when is not None:
            lead = dt.timedelta(days=R.choice([1, 1, 2, 3, 4, 6, 9]), hours=R.randint(0, 5))
            created = when - lead
            created = created.replace(hour=R.randint(8, 13), minute=R.randint(0, 59), second=R.randint(0, 59), microsecond=R.randint(0, 999) * 1000)
            if created.date() < when.date():
                created = dt.datetime.combine(prev_working(created.date()), created.time())
            if created >= when:
                created = when - dt.timedelta(hours=3)
            if status in ("SCHEDULED", "APPROVED") and created > NOW:
                created = NOW - dt.timedelta(days=R.randint(1, 6), minutes=R.randint(0, 300))
            created = office_time(created)
            updated = created + (when - created) * R.uniform(0.1, 0.6)
            if not 8 <= updated.hour < 19:  # edits happen during the working day
                moved = updated.replace(hour=R.randint(9, 14))
                updated = moved if created < moved < when else created + dt.timedelta(minutes=R.randint(10, 90))
            if status in ("SCHEDULED", "APPROVED"):
                updated = min(updated, NOW - dt.timedelta(minutes=R.randint(30, 600)))
                updated = office_time(updated)
                if updated <= created:
                    updated = created + dt.timedelta(minutes=R.randint(15, 200))
            p["created"], p["updated"], p["scheduled"] = created, updated.replace(microsecond=R.randint(0, 999) * 1000), when
        else:
            created = office_time(NOW - dt.timedelta(days=R.randint(1, 9), hours=R.randint(0, 4)))
            updated = office_time(created + dt.timedelta(minutes=R.randint(5, 2000)))
            if updated <= created:
                updated = created + dt.timedelta(minutes=R.randint(5, 120))
            p["created"], p["updated"], p["scheduled"] = created, updated, None
        p["published"] = None
        # media
        if s["media"]:
            for j, m in enumerate(s["media"], start=1):
                p["media"].append(dict(id="media-%s-%d" % (pid[5:], j), **m))
        # variants
        fails = s["extra"].get("fail", {})
        t_pub = jitter_ms(when, 0.4, 25) if status in ("PUBLISHED", "FAILED") else None
        first_ok = None
        for j, net in enumerate(nets):
            acc = ACC_BY_SFX[net]
            v = dict(id="var-%s-%s" % (pid[5:], net), account=acc["id"], sfx=net, strategy=strategy_for(net, s, i), text=None,
                     remote_ids=[], url=None, published=None, failure=None)
            if v["strategy"] == "SECOND_LANGUAGE_ONLY" and net == "li":
                v["text"] = s["es"] + ("\n\n" + s["link"] if s["link"] else "") + "\n\n#empleo #contratación #RRHH"
            if status == "FAILED":
                v["status"] = "FAILED" if net in fails else "PUBLISHED"
                if net in fails:
                    v["failure"] = fails[net]
            else:
                v["status"] = status
            if v["status"] == "PUBLISHED":
                tv = t_pub + dt.timedelta(milliseconds=j * R.randint(600, 2600))
                parts = published_texts(p, v)
                out = []
                for k, (lang, text) in enumerate(parts):
                    tk = tv + dt.timedelta(milliseconds=k * R.randint(700, 1800))
                    rid, url = remote_for(net, tk, k)
                    out.append((lang, rid, url, text, tk))
                if net == "yt" and s["extra"].get("broadcast"):
                    BROADCAST_VIDEO.setdefault(s["extra"]["broadcast"], out[0][1])
                v["remote_ids"] = [o[1] for o in out]
                v["url"] = out[0][2]
                v["published"] = tv
                first_ok = first_ok or tv
                published_variants.append((p, v, out))
            p["variants"].append(v)
        if status == "PUBLISHED":
            p["published"] = first_ok
        posts.append(p)
        if s["key"]:
            post_by_key[s["key"]] = p


# =====================================================================================  archive: our posts
arch_seq = {"n": 0}


def add_archived(**kw):
    archived.append(kw)
    return kw


def archive_published():
    for p, v, out in published_variants:
        acc = ACC[v["account"]]
        parent = None
        for k, (lang, rid, url, text, t) in enumerate(out):
            add_archived(id="arch-%s-%d" % (v["id"], k + 1), account=acc["id"], net=acc["kind"], kind="POST", remote=rid,
                         parent=parent if v["strategy"] == "THREAD" else None, url=url, author=acc["handle"], lang=lang, text=text,
                         camp=p["camp"], created=t)
            if v["strategy"] == "THREAD" and parent is None:
                parent = rid


# =====================================================================================  citizens, comments
def citizen(net):
    f = R.choice(C.FIRST_NAMES)
    l = R.choice(C.SURNAMES)
    a_f = ascii_slug(f, "")
    a_l = ascii_slug(l, "")
    if net in ("facebook", "linkedin", "youtube"):
        return "%s %s" % (f, l), f
    if net in ("instagram", "threads"):
        return R.choice(["%s_%s" % (a_f, a_l), "%s.%s%d" % (a_f, a_l[:4], R.randint(70, 99)), "%s%s" % (a_f, R.randint(1, 999)), "%s_%s_" % (a_f, a_l[:3])]), f
    if net == "x":
        return R.choice(["%s%s" % (f.split()[0].capitalize(), l.split()[0].capitalize()), "%s_%s%d" % (a_f, a_l[:3], R.randint(1, 99)), "%sVLC" % a_f]), f
    if net == "mastodon":
        return "%s@%s" % (R.choice([a_f, a_f + "_" + a_l[:1], a_l + a_f[:1]]), R.choice(C.FEDI_INSTANCES)), f
    if net == "bluesky":
        return "%s-%s.bsky.social" % (a_f, a_l), f
    raise ValueError(net)


def citizen_did():
    return "did:plc:" + rstr("abcdefghijklmnopqrstuvwxyz234567", 24)


def comment_remote(net, t, post_rid, post_url, author, ours=False, did=None):
    """(remoteId, url) of a citizen comment replying to a post."""
    if net == "facebook":
        cid = meta_num(t, 900000000000000)
        obj = post_rid.split("_")[1]
        return "%s_%s" % (obj, cid), "%s?comment_id=%s" % (post_url, cid)
    if net == "instagram":
        cid = meta_num(t, 17800000000000000)
        return cid, "%sc/%s/" % (post_url, cid)
    if net == "x":
        i = snowflake_x(t)
        return i, "https://x.com/%s/status/%s" % (author, i)
    if net == "linkedin":
        cid = snowflake_li(t)
        urn = "urn:li:comment:(%s,%s)" % (post_rid, cid)
        return urn, "%s?commentUrn=%s" % (post_url, quote(urn, safe=""))
    if net == "youtube":
        cid = yt_comment_id()
        return cid, "%s&lc=%s" % (post_url, cid)
    if net == "mastodon":
        i = mastodon_id(t)
        return i, "https://%s/@%s/%s" % (MD_HOST, "ocupacio" if ours else author, i)
    if net == "bluesky":
        tid = bsky_tid(t)
        return "at://%s/app.bsky.feed.post/%s" % (BSKY_DID if ours else (did or citizen_did()), tid), "https://bsky.app/profile/%s/post/%s" % (author, tid)
    if net == "threads":
        return meta_num(t, 17900000000000000), "https://www.threads.net/@%s/post/%s" % (author, ig_code())
    raise ValueError(net)


def reply_remote(net, t, root_rid, root_url, author, ours=False, did=None):
    """(remoteId, url) of a reply inside a comment thread (ours or the citizen's)."""
    if net == "youtube":
        rid = "%s.%s" % (root_rid, rstr(B64URL[:62], 22))
        return rid, root_url.split("&lc=")[0] + "&lc=" + rid
    return comment_remote(net, t, root_rid if net != "facebook" else "x_" + root_rid.split("_")[-1], root_url.split("?")[0], author, ours, did)


TOPIC_POOL = {"offer": "offer", "course": "course", "fair": "fair", "gj": "gj", "ayudas": "ayudas", "holiday": "holiday",
              "procedure": "procedure", "live": "live", "tip": "tip", "generic": "generic"}
NET_COMMENT_WEIGHT = {"facebook": 40, "instagram": 26, "x": 12, "linkedin": 8, "youtube": 5, "mastodon": 3, "bluesky": 4, "threads": 2}


def fill(text, ctx):
    try:
        return text.format(**ctx)
    except KeyError:
        return text


def comment_ctx(p):
    of = p["extra"].get("offer")
    town = of["town"] if of else cities_pick()
    return dict(role_es=(of["o"][1] if of else "camarero/a"), role_ca=(of["o"][0] if of else "cambrer/a"), town_es=town[1], town_ca=town[0],
                friend=None)


def make_comments(target=600):
    by_net = {}
    for p, v, out in published_variants:
        by_net.setdefault(ACC[v["account"]]["kind"], []).append((p, v, out))
    nets = [n for n in NET_COMMENT_WEIGHT if n in by_net]
    weights = [NET_COMMENT_WEIGHT[n] for n in nets]
    n_made = 0
    edits = list(C.COMMENT_EDITS)
    while n_made < target:
        net = R.choices(nets, weights)[0]
        cands = by_net[net]
        p, v, out = R.choice(cands)
        if p["topic"] in ("holiday",) and R.random() < 0.5:
            continue
        k = 0 if len(out) == 1 else R.randrange(len(out))
        lang_root, rid, url, _text, t_post = out[k]
        delay = min(dt.timedelta(minutes=R.lognormvariate(4.3, 1.3)), dt.timedelta(days=6))
        t = (t_post + delay + dt.timedelta(seconds=R.randint(0, 59))).replace(microsecond=0)
        if t >= NOW or (net == "threads" and t >= THREADS_EXPIRED):
            continue
        if 1 <= t.hour < 7 and R.random() < 0.8:
            continue
        author, first = citizen(net)
        ctx = comment_ctx(p)
        friend, _ = citizen("instagram")
        ctx["friend"] = friend if net in ("instagram", "x", "threads") else "%s %s" % (R.choice(C.FIRST_NAMES), R.choice(C.SURNAMES))
        roll = R.random()
        revisions, edited, deleted = [], None, None
        if roll < 0.045 and edits:
            lang, first_v, text = edits.pop(R.randrange(len(edits))) if R.random() < 0.5 else R.choice(C.COMMENT_EDITS)
            edited = t + dt.timedelta(minutes=R.randint(2, 40), seconds=R.randint(0, 59))
            revisions.append(dict(text=first_v, edited=t, seen=t + dt.timedelta(minutes=R.randint(1, 2), seconds=R.randint(0, 59))))
            if R.random() < 0.25:  # edited twice
                mid = first_v + "?"
                revisions.append(dict(text=mid, edited=t + dt.timedelta(minutes=1), seen=t + dt.timedelta(minutes=2, seconds=30)))
                edited = edited + dt.timedelta(minutes=5)
        elif roll < 0.06:
            lang, text = R.choice(C.COMMENT_SPAM)
            deleted = t + dt.timedelta(hours=R.randint(1, 20), minutes=R.randint(0, 59))
        elif roll < 0.075:
            lang, text = R.choice(C.COMMENT_DELETED_TAIL)
            deleted = t + dt.timedelta(minutes=R.randint(5, 300))
        else:
            pool = C.COMMENTS.get(TOPIC_POOL.get(p["topic"], "generic"), C.COMMENTS["generic"])
            if R.random() < 0.25:
                pool = C.COMMENTS["generic"]
            lang, text = R.choice(pool)
            text = fill(text, ctx)
            if R.random() < 0.12:
                text = R.choice(["Hola, ", "Buenas, ", "Bon dia, "] if lang == "es" else ["Hola! ", "Bon dia, "]) + text[0].lower() + text[1:] \
                    if not text.startswith("@") and not text[0] in "👏🙌👍" else text
        if deleted and deleted > NOW:
            deleted = None
        if edited and edited > NOW:
            edited, revisions = None, []
        crid, curl = comment_remote(net, t, rid, url, author)
        n_made += 1
        add_archived(id="arch-cmt-%04d" % n_made, account=v["account"], net=net, kind="COMMENT", remote=crid, parent=rid, url=curl,
                     author=author, lang=("ca" if lang == "ca" else "es"), text=text, camp=p["camp"], created=t, edited=edited,
                     deleted=deleted, revisions=revisions)


# =====================================================================================  conversations
conversations = []


def dm_remote_conv(net):
    if net == "facebook":
        return "t_%d" % R.randint(10 ** 14, 10 ** 15 - 1)
    if net == "instagram":
        return "aWdfZAG06" + rstr(B64URL[:62], 40)
    if net == "x":
        return "%d-%s" % (R.randint(10 ** 17, 10 ** 18 - 1), X_USER_ID)
    if net == "linkedin":
        return "urn:li:messagingThread:2-" + rstr(B64URL[:62], 36) + "=="
    raise ValueError(net)


def dm_remote_msg(net, t):
    if net == "facebook":
        return "m_" + rstr(B64URL, 43)
    if net == "instagram":
        return "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOj" + rstr(B64URL[:62], 48)
    if net == "x":
        return snowflake_x(t)
    if net == "linkedin":
        return "urn:li:messagingMessage:2-" + rstr(B64URL[:62], 40) + "=="
    raise ValueError(net)


def conv_time(outcome):
    if outcome == "open":
        t = NOW - dt.timedelta(minutes=R.randint(5, 64 * 60))
    else:
        day = FIRST_DAY + dt.timedelta(days=int((LAST_PAST_DAY - FIRST_DAY).days * (R.random() ** 0.8)))
        if R.random() < 0.7:
            day = next_working(day)
            if day > LAST_PAST_DAY:
                day = prev_working(LAST_PAST_DAY)
            t = at(day, R.randint(8, 14), R.randint(0, 59))
        else:
            t = at(day, R.choice([0, 7, 15, 16, 17, 18, 19, 20, 21, 22, 23]), R.randint(0, 59))
    return t.replace(second=R.randint(0, 59))


def run_turns(tpl, ctx, kind, t0):
    t = t0
    auto_sent = False
    last_dir = None
    msgs = []
    for ti, (d, text) in enumerate(tpl["turns"]):
        if ti > 0:
            t = human_reply_time(t) if d == "out" else citizen_delay(t)
        if t >= NOW:
            break
        msgs.append(dict(dir="INCOMING" if d == "in" else "OUTGOING", text=fill(text, ctx), t=t, auto=False))
        if d == "in" and kind == "MESSAGE" and not in_office(t) and not auto_sent and (ti == 0 or last_dir == "out"):
            ta = t + dt.timedelta(seconds=R.randint(2, 14), milliseconds=R.randint(0, 999))
            if ta < NOW:
                msgs.append(dict(dir="OUTGOING", text=C.AUTO_REPLY, t=ta, auto=True))
                auto_sent = True
        last_dir = d
    return msgs


def make_conversations(total=150):
    templates = C.CONV_TEMPLATES
    by_outcome = {}
    for tpl in templates:
        by_outcome.setdefault(tpl["outcome"], []).append(tpl)
    plan = ["spam"] * 7 + ["open"] * 8 + ["noreply"] * 14
    plan += ["answered"] * (total - len(plan))
    R.shuffle(plan)
    comment_hosts = [(p, v, out) for p, v, out in published_variants if v["sfx"] in ("yt", "md", "bs", "th")]
    fb_ig_posts = [(p, v, out) for p, v, out in published_variants if v["sfx"] in ("fb", "ig")]
    company_markers = ("pyme", "oferta de empleo para", "empresa expositora", "{company}")
    used_pairs = set()
    for ci, outcome in enumerate(plan, start=1):
        tpl = R.choice(by_outcome[outcome])
        public = tpl["public"] and R.random() < 0.55
        is_company = any(mk in tpl["turns"][0][1] for mk in company_markers)
        if public:
            host_net = R.choices(["yt", "md", "bs", "th"], [4, 3, 3, 1])[0]
            hosts = [c for c in comment_hosts if c[1]["sfx"] == host_net and (templates.index(tpl), c[1]["id"]) not in used_pairs]
            p, v, out = R.choice(hosts)
            used_pairs.add((templates.index(tpl), v["id"]))
            net_kind = ACC[v["account"]]["kind"]
            t0 = out[0][4] + dt.timedelta(minutes=R.randint(20, 3000), seconds=R.randint(0, 59))
            t0 = t0.replace(microsecond=0)
            if outcome == "open":
                t0 = NOW - dt.timedelta(minutes=R.randint(5, 64 * 60))
                cands = [c for c in comment_hosts if c[1]["sfx"] != "th" and c[2][0][4] < t0]
                p, v, out = cands[-R.randint(1, min(8, len(cands)))]
                net_kind = ACC[v["account"]]["kind"]
            limit = THREADS_EXPIRED if net_kind == "threads" else NOW
            if t0 >= limit:
                t0 = out[0][4] + (limit - out[0][4]) * R.uniform(0.1, 0.6)
            t0 = t0.replace(microsecond=0)
            kind = "COMMENT"
        else:
            if is_company:
                net_kind = "linkedin" if R.random() < 0.75 else "facebook"
            else:
                net_kind = R.choices(["facebook", "instagram", "x"], [48, 38, 14])[0]
            t0 = conv_time(outcome)
            kind = "MESSAGE"
            p = v = out = None
        acc = next(a for a in ACC.values() if a["kind"] == net_kind)
        who, first = citizen(net_kind)
        if net_kind == "linkedin" and is_company:
            first = who.split()[0]
        course = R.choice(C.COURSES)
        town = cities_pick()
        of = pick_offer(t0.date()) if t0.date() <= LAST_PAST_DAY else pick_offer(LAST_PAST_DAY)
        ctx = dict(name=first, course_ca=course[0], course_es=course[1], town_ca=town[0], town_es=town[1], ref=of["ref"],
                   role_es=of["o"][1], role_ca=of["o"][0], company=R.choice(C.COMPANIES))
        cid = "conv-%04d" % ci
        conv = dict(id=cid, account=acc["id"], net=net_kind, kind=kind, participant=who, messages=[], status=None, assignee=None,
                    post_rid=None, lang=tpl["lang"])
        # starter: we write first, in office hours, often after a public comment on one of our posts
        if tpl.get("starter"):
            if not is_office_start(t0):
                t0 = next_office_morning(t0)
            if net_kind in ("facebook", "instagram"):
                cands = [c for c in fb_ig_posts if ACC[c[1]["account"]]["kind"] == net_kind and c[2][0][4] < t0]
                if cands:
                    conv["post_rid"] = cands[-R.randint(1, min(10, len(cands)))][2][0][1]
        if kind == "COMMENT":
            conv["post_rid"] = out[0][1]
        for attempt in range(6):
            msgs = run_turns(tpl, ctx, kind, t0)
            if len(msgs) >= 2:
                break
            t0 = t0 - dt.timedelta(hours=10 * (attempt + 1))  # too close to "now": start a little earlier
        # statuses
        if outcome == "spam":
            conv["status"] = "SPAM"
        elif outcome == "open":
            conv["status"] = "OPEN"
        elif outcome == "noreply":
            conv["status"] = "NO_REPLY_NEEDED"
        else:
            last_human = [m for m in msgs if not m["auto"]][-1]
            humans_out = [m for m in msgs if m["dir"] == "OUTGOING" and not m["auto"]]
            conv["status"] = "ANSWERED" if humans_out and (last_human["dir"] == "OUTGOING" or len(tpl["turns"]) > 2) else "OPEN"
        if outcome != "spam" and (R.random() < 0.45 or tpl.get("starter") or is_company):
            conv["assignee"] = R.choice(C.ASSIGNEES) if not is_company else "Rubén Martí"
        # remote ids
        if kind == "MESSAGE":
            conv["remote"] = dm_remote_conv(net_kind)
            for m in msgs:
                m["remote"] = dm_remote_msg(net_kind, m["t"])
                m["url"] = None
        else:
            did = citizen_did()
            root_rid, root_url = comment_remote(net_kind, msgs[0]["t"], out[0][1], out[0][2],
                                                who if msgs[0]["dir"] == "INCOMING" else acc["handle"], msgs[0]["dir"] == "OUTGOING", did)
            conv["remote"] = root_rid
            msgs[0]["remote"], msgs[0]["url"] = root_rid, root_url
            for m in msgs[1:]:
                m["remote"], m["url"] = reply_remote(net_kind, m["t"], root_rid, root_url,
                                                     who if m["dir"] == "INCOMING" else acc["handle"], m["dir"] == "OUTGOING", did)
        conv["messages"] = msgs
        conversations.append(conv)
    # mirror into the archive
    for conv in conversations:
        acc = ACC[conv["account"]]
        for mi, m in enumerate(conv["messages"], start=1):
            m["id"] = "msg-%s-%02d" % (conv["id"][5:], mi)
            m["author"] = conv["participant"] if m["dir"] == "INCOMING" else acc["handle"]
            if m["auto"]:
                lang = CA
            elif m["dir"] == "INCOMING":
                lang = "ca" if conv["lang"] == "ca" else "es"
            else:
                lang = CA if conv["lang"] == "ca" else ES
            if conv["kind"] == "MESSAGE":
                parent = conv["remote"]
            else:
                parent = conv["post_rid"] if mi == 1 else conv["remote"]
            add_archived(id="arch-%s" % m["id"], account=acc["id"], net=acc["kind"], kind=conv["kind"], remote=m["remote"], parent=parent,
                         url=m["url"], author=m["author"], lang=lang, text=m["text"], camp=None, created=m["t"])


def is_office_start(t):
    return in_office(t) and t.hour < 14


# =====================================================================================  events, broadcasts, ads, audit
def events_xml_data():
    evs = []
    for f in FAIRS:
        start = at(f["day"], *f["h"])
        end = at(f["day"] + dt.timedelta(days=f["days"] - 1), *f["h2"])
        accs = ["acc-fb", "acc-ig", "acc-x", "acc-li"] + (["acc-yt"] if f["live"] else []) + ["acc-md", "acc-bs"]
        evs.append(dict(id=f["id"], ca=f["ca"], es=f["es"], start=start, end=end, loc=f["loc"], online=None, camp=f["camp"], accounts=accs))
    for e in OTHER_EVENTS:
        evs.append(dict(id=e["id"], ca=e["ca"], es=e["es"], start=e["start"], end=e["end"], loc=e["loc"], online=e["online"],
                        camp=e["camp"], accounts=e["accounts"]))
    evs.sort(key=lambda e: e["start"])
    return evs


def broadcasts_data():
    out = []
    for bid, ev, start, end, accs, status, tca, tes in BROADCASTS:
        vid = BROADCAST_VIDEO.get(bid)
        if "acc-yt" in accs:
            url = "https://www.youtube.com/watch?v=%s" % (vid or yt_video_id())
        else:
            url = "https://www.facebook.com/%s/videos/%d/" % (C.ACCOUNTS[0][2], R.randint(10 ** 15, 10 ** 16 - 1))
        out.append(dict(id=bid, ca=tca, es=tes, event=ev, start=start, end=end if status == "ENDED" else (end if status == "PLANNED" else None),
                        accounts=accs, url=url, status=status))
    return out


def ads_data():
    k = post_by_key
    A = [
        ("ad-01", "ev-fira-vlc-announce", "acc-fb", "seg-young", "600.00", "INVOICED", (2026, 2, 16), (2026, 3, 4),
         "Pedido AM-2026-007. Segmentación 18–29, provincia de Valencia. Factura n.º 2026/0112 recibida el 18/03."),
        ("ad-02", "ev-fira-vlc-announce", "acc-ig", "seg-young", "450.00", "INVOICED", (2026, 2, 16), (2026, 3, 4),
         "Pedido AM-2026-008. Stories y feed. Factura n.º 2026/0113."),
        ("ad-03", "ayudas-2026-02-03", "acc-li", "seg-companies", "1200.00", "INVOICED", (2026, 2, 4), (2026, 3, 15),
         "Pedido AM-2026-005. Público: responsables de RR. HH. y gerencia de pymes de la región. Factura n.º 2026/0140."),
        ("ad-04", "gj-2026-03-10", "acc-ig", "seg-young", "950.00", "INVOICED", (2026, 3, 11), (2026, 4, 10),
         "Pedido AM-2026-011. Reels y stories sobre Impuls Jove, 18–29 años, toda la región."),
        ("ad-05", "estiu-2026-04-20", "acc-fb", "seg-young", "350.00", "CANCELLED", (2026, 4, 21), (2026, 5, 5),
         "Anulado antes de empezar: se decidió concentrar el presupuesto en la Feria Estival de Benidorm."),
        ("ad-06", "senior-2026-09-14", "acc-fb", "seg-45plus", "500.00", "FINISHED", (2026, 9, 15), (2026, 10, 7),
         "Pedido AM-2026-031. Pendiente de recibir la factura de la agencia."),
        ("ad-07", "xmas-2026-11-16", "acc-ig", "seg-young", "300.00", "RUNNING", (2026, 11, 23), (2026, 12, 13),
         "Pedido AM-2026-038. Reels y stories, provincias de Valencia y Alicante."),
        ("ad-08", "ev-taller-nadal-announce", "acc-fb", "seg-ltu", "150.00", "ORDERED", (2026, 12, 2), (2026, 12, 9),
         "Pedido AM-2026-040 enviado el 27/11. A la espera de confirmación de la agencia."),
        ("ad-09", "dec-course-1", "acc-li", "seg-ltu", "400.00", "REQUESTED", (2026, 12, 14), (2026, 12, 31),
         "Solicitado por el Área de Formación. Falta visto bueno de Comunicación."),
    ]
    out = []
    for aid, key, acc, seg, budget, status, s, e, notes in A:
        out.append(dict(id=aid, post=k[key]["id"], account=acc, seg=seg, budget=Decimal(budget), agency="Agència de Mitjans Mediterrània, S.L.",
                        status=status, start=at(D(*s), 0, 0), end=at(D(*e), 23, 59), notes=notes))
    return out


def audit_data():
    entries = []

    def add(who, t, action, ttype, tid, details=None):
        entries.append(dict(who=who, at=t, action=action, ttype=ttype, tid=tid, details=details))

    recent = [p for p in posts if p["status"] == "PUBLISHED" and p["published"] and p["published"] > dt.datetime(2026, 11, 18)]
    for p in recent[-3:]:
        add(p["author"], p["created"], "create", "Post", p["id"])
        add(C.APPROVER, p["updated"], "approve", "Post", p["id"])
        add("pregon-scheduler", p["published"], "publish", "Post", p["id"], "%d variant(s) published" % len(p["variants"]))
    for p in posts:
        if p["status"] == "FAILED":
            for v in p["variants"]:
                if v["status"] == "FAILED":
                    add("pregon-scheduler", jitter_ms(p["scheduled"], 1, 30), "publish-failed", "Post", p["id"], "%s: %s" % (v["id"], v["failure"][:120]))
        if p["status"] == "CANCELLED":
            add(C.APPROVER, office_time(p["scheduled"] - dt.timedelta(hours=R.randint(1, 20))), "cancel", "Post", p["id"],
                "Emisión en directo cancelada" if "live" in (p["key"] or "") else "Publicación duplicada")
        if p["status"] in ("SCHEDULED", "APPROVED") and p["scheduled"] < dt.datetime(2026, 12, 10):
            add(p["author"], p["created"], "create", "Post", p["id"])
            if int(p["id"][5:]) % 3 == 0:
                t_edit = office_time(p["created"] + (p["updated"] - p["created"]) / 2)
                if not p["created"] < t_edit < p["updated"]:
                    t_edit = max(p["updated"] - dt.timedelta(minutes=R.randint(5, 40)), p["created"] + (p["updated"] - p["created"]) / 2)
                add(C.AUTHORS[(C.AUTHORS.index(p["author"]) + 1) % 3], t_edit, "edit", "Post", p["id"], "Revisión lingüística del texto en valenciano")
            add(C.APPROVER, p["updated"], "approve", "Post", p["id"])
            if p["status"] == "SCHEDULED":
                add(p["author"], p["updated"] + dt.timedelta(minutes=R.randint(2, 40)), "schedule", "Post", p["id"], "Programado para %s" % ts(p["scheduled"]))
        if p["status"] == "IN_REVIEW":
            add(p["author"], p["updated"], "submit", "Post", p["id"])
    add("Vicent Roig", dt.datetime(2026, 11, 12, 8, 41, 7), "credential-expired", "Account", "acc-th", "Token de Threads caducado el 10/11; pendiente de reconectar")
    add("Amparo Llopis", dt.datetime(2026, 11, 27, 13, 5, 44), "order", "AdRequest", "ad-08", "Pedido enviado a la agencia")
    entries = [e for e in entries if e["at"] <= NOW]
    entries.sort(key=lambda e: e["at"])
    for i, e in enumerate(entries, start=1):
        e["id"] = "audit-%04d" % i
    return entries


# =====================================================================================  XMI writer
def esc_attr(s):
    s = str(s)
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\r", "&#xD;").replace("\n", "&#xA;").replace("\t", "&#x9;"))


def esc_text(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class N:
    __slots__ = ("tag", "attrs", "kids", "text")

    def __init__(self, tag, attrs=None, kids=None, text=None):
        self.tag = tag
        self.attrs = [(k, v) for k, v in (attrs or []) if v is not None]
        self.kids = kids or []
        self.text = text


def many(tag, values):
    return [N(tag, text=v) for v in values]


def write(node, out, depth=0):
    ind = "  " * depth
    a = "".join(' %s="%s"' % (k, esc_attr(v)) for k, v in node.attrs)
    if node.text is not None:
        out.append('%s<%s%s>%s</%s>\n' % (ind, node.tag, a, esc_text(node.text), node.tag))
    elif node.kids:
        out.append("%s<%s%s>\n" % (ind, node.tag, a))
        for k in node.kids:
            write(k, out, depth + 1)
        out.append("%s</%s>\n" % (ind, node.tag))
    else:
        out.append("%s<%s%s/>\n" % (ind, node.tag, a))


def ltext(tag, lang, text):
    return N(tag, [("language", lang), ("text", text)])


def build_xml():
    root = N("pregon:Dataset", [("xmi:version", "2.0"), ("xmlns:xmi", "http://www.omg.org/XMI"),
                                ("xmlns:pregon", "http://pregon.org/model/1.0"), ("name", C.DATASET_NAME)])
    k = root.kids
    for a in C.ACCOUNTS:
        k.append(N("accounts", [("id", a[0]), ("networkKind", a[1]), ("handle", a[2]), ("displayName", a[3]), ("serverUrl", a[4]),
                                ("credentialState", a[5])], many("languages", ["ca", "es"])))
    for sid, name, desc, mn, mx in C.SEGMENTS:
        k.append(N("segments", [("id", sid), ("name", name), ("description", desc), ("minAge", mn), ("maxAge", mx)]))
    for cid, name, s, e in C.CAMPAIGNS:
        k.append(N("campaigns", [("id", cid), ("name", name), ("startsAt", ts(at(D(*s), 0, 0))), ("endsAt", ts(dt.datetime(*e, 23, 59, 59)))]))
    for p in posts:
        kids = [ltext("texts", CA, p["ca"]), ltext("texts", ES, p["es"])]
        for m in p["media"]:
            kids.append(N("media", [("id", m["id"]), ("uri", m["uri"]), ("mimeType", m["mime"])], [ltext("altTexts", l, t) for l, t in m["alts"]]))
        kids += many("segmentIds", p["segs"])
        for v in p["variants"]:
            kids.append(N("variants", [("id", v["id"]), ("accountId", v["account"]), ("text", v["text"]), ("languageStrategy", v["strategy"]),
                                       ("status", v["status"]), ("remoteUrl", v["url"]), ("publishedAt", ts(v["published"])),
                                       ("failureReason", v["failure"])], many("remoteIds", v["remote_ids"])))
        k.append(N("posts", [("id", p["id"]), ("link", p["link"]), ("campaignId", p["camp"]), ("status", p["status"]), ("author", p["author"]),
                             ("createdAt", ts(p["created"])), ("updatedAt", ts(p["updated"])), ("scheduledAt", ts(p["scheduled"])),
                             ("publishedAt", ts(p["published"]))], kids))
    for a in sorted(archived, key=lambda a: (a["created"], a["id"])):
        revs = [N("revisions", [("text", r["text"]), ("editedAt", ts(r["edited"])), ("seenAt", ts(r["seen"]))]) for r in a.get("revisions") or []]
        k.append(N("archivedItems", [("id", a["id"]), ("accountId", a["account"]), ("networkKind", a["net"]), ("kind", a["kind"]),
                                     ("remoteId", a["remote"]), ("parentRemoteId", a.get("parent")), ("url", a.get("url")), ("author", a["author"]),
                                     ("language", a["lang"]), ("text", a["text"]), ("campaignId", a.get("camp")), ("createdAt", ts(a["created"])),
                                     ("editedAt", ts(a.get("edited"))), ("deletedAt", ts(a.get("deleted")))], revs))
    for c in sorted(conversations, key=lambda c: c["messages"][0]["t"]):
        msgs = [N("messages", [("id", m["id"]), ("remoteId", m["remote"]), ("direction", m["dir"]), ("author", m["author"]),
                               ("sentAt", ts(m["t"])), ("text", m["text"]), ("automatic", "true" if m["auto"] else None)]) for m in c["messages"]]
        k.append(N("conversations", [("id", c["id"]), ("accountId", c["account"]), ("networkKind", c["net"]), ("remoteId", c["remote"]),
                                     ("kind", c["kind"]), ("participant", c["participant"]), ("postRemoteId", c["post_rid"]),
                                     ("status", c["status"]), ("assignee", c["assignee"])], msgs))
    for e in events_xml_data():
        k.append(N("events", [("id", e["id"]), ("startsAt", ts(e["start"])), ("endsAt", ts(e["end"])), ("location", e["loc"]),
                              ("onlineUrl", e["online"]), ("campaignId", e["camp"])],
                   [ltext("titles", CA, e["ca"]), ltext("titles", ES, e["es"])] + many("accountIds", e["accounts"])))
    for b in broadcasts_data():
        k.append(N("broadcasts", [("id", b["id"]), ("eventId", b["event"]), ("startsAt", ts(b["start"])), ("endsAt", ts(b["end"])),
                                  ("streamUrl", b["url"]), ("status", b["status"])],
                   [ltext("titles", CA, b["ca"]), ltext("titles", ES, b["es"])] + many("accountIds", b["accounts"])))
    for a in ads_data():
        k.append(N("adRequests", [("id", a["id"]), ("postId", a["post"]), ("accountId", a["account"]), ("segmentId", a["seg"]),
                                  ("budgetEur", "%.2f" % a["budget"]), ("agency", a["agency"]), ("status", a["status"]),
                                  ("startsAt", ts(a["start"])), ("endsAt", ts(a["end"])), ("notes", a["notes"])]))
    for e in audit_data():
        k.append(N("auditEntries", [("id", e["id"]), ("who", e["who"]), ("at", ts(e["at"])), ("action", e["action"]),
                                    ("targetType", e["ttype"]), ("targetId", e["tid"]), ("details", e["details"])]))
    return root


def reorder_kids(root):
    """Containment features in the order declared by the Ecore class (cosmetic; EMF accepts any order)."""
    order = ["accounts", "segments", "campaigns", "posts", "archivedItems", "conversations", "events", "broadcasts", "adRequests", "auditEntries"]
    root.kids.sort(key=lambda n: order.index(n.tag))


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    misc_posts()
    weekly_digests()
    monthly_roundups()
    fair_posts()
    event_posts()
    broadcast_posts()
    holiday_posts()
    observance_posts()
    themed_posts()
    special_posts()
    filler_posts()
    build_posts()
    archive_published()
    make_comments(600)
    make_conversations(150)
    root = build_xml()
    reorder_kids(root)
    buf = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    write(root, buf)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(buf))
    counts = {}
    for n in root.kids:
        counts[n.tag] = counts.get(n.tag, 0) + 1
    st = {}
    for p in posts:
        st[p["status"]] = st.get(p["status"], 0) + 1
    print("wrote %s (%d bytes)" % (out_path, os.path.getsize(out_path)))
    print("counts:", counts)
    print("post status:", st)


if __name__ == "__main__":
    main()
