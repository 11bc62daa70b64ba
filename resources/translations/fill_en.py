#!/usr/bin/env python3
"""Fills the plural forms of resources/translations/planmap_en.ts (run after lupdate).

The English UI needs no translation except for "%n" strings: without a translator Qt shows the
source as written ("10 county(ies)"). Every numerus message gets its two English forms from the
source: "layer(s)" → layer / layers, "county(ies)" → county / counties, "box(es)" → box / boxes.
All other messages stay unfinished, so lrelease leaves them out and the source text is shown.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path



def forms(source):
    # "county(ies)": county / counties; "categor(ies)" would be categor-y / -ies, but we write the
    # full singular before the bracket, so a trailing y is replaced.
    singular = re.sub(r"(\w*)\(ies\)", lambda m: m.group(1), source)
    plural = re.sub(r"(\w*?)y?\(ies\)", lambda m: m.group(1) + "ies", source)
    singular = singular.replace("(es)", "").replace("(s)", "")
    plural = plural.replace("(es)", "es").replace("(s)", "s")
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") != "yes":
                translation.set("type", "unfinished")
                translation.text = None
                continue
            translation.attrib.pop("type", None)
            translation.text = None
            for text in forms(message.find("source").text):
                ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("planmap_en.ts"))))
