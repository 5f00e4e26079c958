"""Guessing a CV's language from its commonest short words (Dutch, French, English, German,
Portuguese, Italian). Enough to route a CV to the right recruiter; no model needed."""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "nl": "de het een en van in op met voor bij als ik ben heb is zijn was naar ook niet door aan over uit of om tot maar "
          "wij mijn werk jaar ervaring opleiding vaardigheden talen",
    "fr": "le la les des un une et en du de au aux pour par avec sur dans est je suis mon ma mes qui que pas ou "
          "expérience formation compétences langues",
    "en": "the and of to in for with on at is as by an be was i my from or this that have has experience education skills",
    "de": "der die das und ist ich nicht mit von zu den für auf im dem ein eine bei als auch sich berufserfahrung ausbildung",
    "pt": "o a os as e de do da dos das em no na um uma para com por que não ou ao experiência formação",
    "it": "il lo la gli le e di del della dei in un una per con su che non è ho sono esperienza formazione",
}
_WORDS = {language: set(words.split()) for language, words in STOPWORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> tuple[str | None, float]:
    """(language code, confidence 0..1), or (None, 0) when there are too few known words."""
    counts = Counter(token.lower() for token in _TOKEN.findall(text[:50_000]))
    scores = {language: sum(counts[word] for word in words) for language, words in _WORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, best_score = ranked[0]
    if best_score < 5:
        return None, 0.0
    runner_up = ranked[1][1]
    return best, round(min(1.0, (best_score - runner_up) / best_score + 0.2), 2)
