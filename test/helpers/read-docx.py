# A Word document as python-docx (Debian's python3-docx, an independent reader) sees it,
# printed as JSON for test/render/docx.test.ts: core properties, custom properties, the
# paragraphs with their style names, the tables (rows, cells, which rows repeat as
# header), the footer's fields, the default language, and the tracked changes.
import json
import sys
import zipfile

import docx
from docx.oxml.ns import qn

path = sys.argv[1]
document = docx.Document(path)
core = document.core_properties


def text_of(element):
    return ''.join(t.text or '' for t in element.iter(qn('w:t'), qn('w:delText')))


paragraphs = [{'style': p.style.name, 'text': p.text} for p in document.paragraphs]
tables = []
for table in document.tables:
    rows = []
    for row in table.rows:
        tr_pr = row._tr.find(qn('w:trPr'))
        repeat = tr_pr is not None and tr_pr.find(qn('w:tblHeader')) is not None
        shading = [
            (cell._tc.find(qn('w:tcPr')).find(qn('w:shd')).get(qn('w:fill')) if cell._tc.find(qn('w:tcPr')) is not None and cell._tc.find(qn('w:tcPr')).find(qn('w:shd')) is not None else None)
            for cell in row.cells
        ]
        rows.append({'cells': [text_of(cell._tc) for cell in row.cells], 'header': repeat, 'fill': shading})
    tables.append(rows)

footer_fields = []
for section in document.sections:
    for p in section.footer.paragraphs:
        footer_fields += [i.text.strip() for i in p._p.iter(qn('w:instrText'))]
        footer_fields += [f.get(qn('w:instr')).strip() for f in p._p.iter(qn('w:fldSimple'))]

language = None
defaults = document.styles.element.find(qn('w:docDefaults'))
if defaults is not None:
    lang = defaults.find('.//' + qn('w:lang'))
    if lang is not None:
        language = lang.get(qn('w:val'))

body = document.element.body
changes = []
for kind in ('ins', 'del'):
    for change in body.iter(qn('w:' + kind)):
        changes.append({
            'kind': kind,
            'author': change.get(qn('w:author')),
            'date': change.get(qn('w:date')),
            'text': text_of(change),
            'mark': change.getparent().tag in (qn('w:rPr'), qn('w:trPr')),
        })

custom = {}
with zipfile.ZipFile(path) as package:
    if 'docProps/custom.xml' in package.namelist():
        from lxml import etree
        root = etree.fromstring(package.read('docProps/custom.xml'))
        for prop in root:
            custom[prop.get('name')] = ''.join(prop.itertext())
    names = package.namelist()

print(json.dumps({
    'title': core.title,
    'subject': core.subject,
    'created': core.created.isoformat() if core.created else None,
    'custom': custom,
    'language': language,
    'paragraphs': paragraphs,
    'tables': tables,
    'footer': footer_fields,
    'changes': changes,
    'parts': names,
}, ensure_ascii=False))
