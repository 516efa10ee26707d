// Fields of Salesforce DX object metadata: a field file (objects/<Object>/fields/
// <Field>.field-meta.xml, one CustomField) or an object file that lists its fields
// (<Object>.object-meta.xml, or the Metadata API's <Object>.object), read with
// fast-xml-parser keeping each element's place; the field's line is its <fullName>'s. Its
// label, description and help text are its comment; the object comes from the path.
import { basename, dirname } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Extracted, Field } from '../field.ts';
import { Lines } from '../lines.ts';

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
type Element = Record<string | symbol, unknown>;
/** Where an element starts in the text (fast-xml-parser's metadata, with captureMetaData). */
const startOf = (element: unknown) => ((element as Element | undefined)?.[META] as { startIndex?: number } | undefined)?.startIndex;

const text = (value: unknown): string | undefined => {
  const inner = value && typeof value === 'object' ? (value as Record<string, unknown>)['#text'] : value;
  return inner === undefined || inner === null || inner === '' ? undefined : String(inner);
};

/** The object a metadata file describes: the folder above `fields/`, or the file's own name. */
function objectOf(file: string): string {
  const name = basename(file);
  if (/\.field-meta\.xml$/i.test(name)) return basename(dirname(dirname(file)));
  return name.replace(/\.(object-meta\.xml|object)$/i, '');
}

export function extractSalesforce(source: string, file: string): Extracted {
  // The parser reads past mismatched tags; the validator does not.
  const valid = XMLValidator.validate(source);
  if (valid !== true) return { fields: [], errors: [{ file, line: valid.err.line, column: valid.err.col, message: valid.err.msg }] };
  const parser = new XMLParser({ captureMetaData: true, alwaysCreateTextNode: true, ignoreAttributes: true, ignoreDeclaration: true, isArray: (name) => name === 'fields' });
  const document = parser.parse(source) as Record<string, Element & { fields?: Element[] }>;
  const lines = new Lines(source);
  const elements: Element[] = document.CustomField ? [document.CustomField] : (document.CustomObject?.fields as Element[] | undefined) ?? [];
  const object = objectOf(file);
  const fields: Field[] = [];
  for (const element of elements) {
    const name = text(element.fullName);
    if (!name) continue;
    const at = lines.at(startOf(element.fullName) ?? startOf(element) ?? 0);
    const comment = ['label', 'description', 'inlineHelpText'].map((key) => text(element[key])).filter((part): part is string => part !== undefined).join(' — ');
    const type = text(element.type);
    fields.push({ file, line: at.line, column: at.column, format: 'salesforce', container: [object], name, ...(type ? { type } : {}), ...(comment ? { comment } : {}) });
  }
  return { fields, errors: [] };
}
