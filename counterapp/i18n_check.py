"""``python -m counterapp.i18n_check FILE.ts``: fail if any message lacks a translation."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def unfinished(ts_path: str) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    root = ET.parse(ts_path).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation is not None and translation.findall("numerusform")
            text = ("".join(n.text or "" for n in numerus) if numerus
                    else (translation.text if translation is not None else ""))
            if (translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                      "obsolete")
                    or not (text or "").strip()):
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    """Print each untranslated message; exit 1 when there is any."""
    missing = unfinished(argv[1])
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{len(missing)} untranslated message(s) in {argv[1]}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
