// Words for the data/*-field rules' arguments: a personal-data type id (contact.email) is
// named in the reader's language from the scan catalogue (i18n/<lang>/scan.json).
import { hasMessage, message } from '../../i18n/catalogue.ts';
import type { Args } from '../types.ts';

/** The words of the types a team added in dpia.config.yaml (scan.catalogue[].label), by type id: src/scan/run.ts fills it. */
export const OWN_TYPE_LABELS = new Map<string, Readonly<Record<string, string>>>();

export function kindWords(args: Args, lang: string): Args {
  const kind = String(args.kind ?? '');
  const key = `type.${kind}`;
  if (kind && hasMessage(lang, 'scan', key)) return { ...args, kind: message(lang, 'scan', key) };
  const own = OWN_TYPE_LABELS.get(kind);
  return own?.[lang] ?? own?.en ? { ...args, kind: own[lang] ?? own.en! } : args;
}
