"""A small language guesser for abstracts: scripts first, then common function words.

Good enough to say which language an abstract is in (ISO 639-1); it needs no model download,
which matters on cluster workers with no network.
"""

from __future__ import annotations

import re

_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana means Japanese even among Han characters
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),  # (Devanagari: Hindi, the commonest to write it)
)
_OTHER_SCRIPT = re.compile(r"[\u0370-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff"
                           r"\u3400-\u9fff\uac00-\ud7af]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
# Letters of the Arabic script that Persian writes and Arabic does not (Farsi yeh and keheh,
# pe, che, zhe, gaf); Urdu writes most of them too, and these besides.
_PERSIAN = re.compile(r"[\u06cc\u06a9\u067e\u0686\u0698\u06af]")
_URDU = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")
_STOPWORDS = {
    "en": "the of and to in is that for with was were are by this from on as be which have "
          "has been these their we our not between at or into using via its during after "
          "among within through under",
    "fr": "le la les des et est dans une du que pour sur par sont avec aux ces qui au ne pas "
          "été nous leur ont plus à un chez selon de en",
    "de": "der die das und ist mit von den zu eine ein nicht auf für im dem sich wurde zur "
          "zum bei sie wurden werden sind oder auch nach wie über durch einer eines dass wir als",
    "es": "el la los las de y que en del por con una para se como son fue este al más sobre "
          "fueron han sus también",
    # (Catalan: the words it shares with Spanish and French too, or those would outvote it;
    # not 'i', its 'and', which Polish and Croatian write as well)
    "ca": "de la les el que en per una del al els amb aquest aquesta aquests aquestes dels "
          "pels més també però seva seu seus seves llurs mitjançant així són és",
    "pt": "de que os as em um uma para com não são foi pelo pela dos das ao este na no nos nas "
          "foram mais também seus suas da do e entre",
    "it": "il la di che e del della gli sono per con una nel dei alla delle questo nella "
          "nelle tra anche più stati sulla",
    "nl": "de het een van en is dat op voor met zijn werd niet bij door wordt worden ook "
          "tussen naar deze",
    "id": "yang dan dari dengan untuk pada ini dalam tidak adalah oleh sebagai atau akan "
          "dapat juga telah terhadap secara",
    "tr": "ve bir bu ile için olarak olan daha çok gibi ise ancak kadar sonra üzerine "
          "arasında veya göre tarafından ayrıca",
    "pl": "się że jest nie od przez oraz dla jako po które są lub było został także "
          "została zostały w przy jej między wśród podczas który która których tym tych tej",
    "hr": "kao ili koji koja koje te što nije bila bilo između prema nakon tijekom kod",
    "da": "og det er som på til af ikke den har der var kan om sig fra men også blev være "
          "deres efter hvor ved mellem hvordan disse både meget mere fik",
    "no": "og det er som på til av ikke den har der var kan om seg fra men også ble være "
          "deres etter hvor ved mellom hvordan disse både å blant mye mer fått",
    "sv": "och att det som på är av för med till den inte har var om sig från men också blev "
          "vara deras efter där vid mellan hur dessa både",
    "fi": "ja on ei että se oli ovat tai kanssa myös sekä kun mutta joka jotka tämä tässä olla "
          "ovat",
    # (Estonian: with Finnish's 'ja', 'on', 'ei', 'oli', and its own words, which outvote them)
    "et": "ja on ei oli olid ning ka kui mis või mida kuid samuti seda selle need nende oma "
          "pärast vahel kõik olnud üle ainult ehk kus",
    "cs": "se že jsou byl byla bylo ale nebo také které který která jako pro podle mezi při "
          "této tento",
    "ro": "și în cu că pe din pentru este sunt sau mai care ale prin această acest fost între",
    "sl": "ki so pa tudi kot ter glede kjer lahko več tem teh ob smo zaradi",  # (none Croatian's)
    "lt": "ir yra kad su iš į tai buvo kaip bei ar jų šio šios apie tarp kurie kuris kuri "
          "taip pat nuo iki per dėl tik bet",
    "vi": "của và các là trong được có cho với những một không này đã để khi từ theo đến về "
          "nhằm giữa sau tại",
}
# word -> the languages it is a function word of, in _STOPWORDS order (ties go to the first)
_LANGS_OF: dict[str, list[str]] = {}
for lang_, words_ in _STOPWORDS.items():
    for word_ in words_.split():
        _LANGS_OF.setdefault(word_, []).append(lang_)
del lang_, words_, word_
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters only some of the languages write: a title is short on function words, not on these.
_LETTERS = {"fr": "èêàçœûùîï", "ca": "àèòïç·", "es": "ñ¿¡", "pt": "ãõ", "de": "äöüß", "tr": "ğış",
            "pl": "ąęłńśźż", "hr": "čćđ", "da": "æø", "no": "æø", "sv": "åäö", "cs": "ěřůčšž", "ro": "ăâșț",
            "lt": "ėįųū", "et": "õ", "vi": "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"}


def script(text: str) -> str:
    """The writing system a short text such as a keyword is in: the language _SCRIPTS ties it
    to ('zh' for Han characters, 'ru' for Cyrillic...), else 'latin'."""
    if not text.isascii():
        for lang, pattern in _SCRIPTS:
            if pattern.search(text):
                return lang
    return "latin"


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:2000]  # a paragraph tells the language as well as a page does
    tokens = _TOKEN.findall(sample)  # (runs of letters: all the sample's letters)
    letters = sum(map(len, tokens))
    if letters < 20:
        return None
    latin = sample.isascii() or not _OTHER_SCRIPT.search(sample)
    for lang, pattern in () if latin else _SCRIPTS:
        if len(pattern.findall(sample)) > 0.3 * letters or (
            lang == "ja" and len(pattern.findall(sample)) > 0.05 * letters
        ):
            if lang == "ru" and _UKRAINIAN.search(sample):
                return "uk"
            if lang == "ar" and _PERSIAN.search(sample):
                return "ur" if _URDU.search(sample) else "fa"
            return lang
    scores = dict.fromkeys(_STOPWORDS, 0)
    for token in tokens:
        token = token.casefold()
        for lang in _LANGS_OF.get(token, ()):
            scores[lang] += 1
    if not sample.isascii():
        for lang, letters_of in _LETTERS.items():
            scores[lang] += min(2, sum(sample.count(c) for c in letters_of))
    lang = max(scores, key=scores.__getitem__)  # (the first of equals: as most_common did)
    if scores[lang] >= 3:
        return lang
    # (a title: two function words of one language and none of another's)
    return lang if scores[lang] == 2 and sum(scores.values()) == 2 else None
