// Words for the data/*-field rules' arguments: a personal-data type id (contact.email) is
// named in the reader's language from the scan catalogue (i18n/<lang>/scan.json).
import { hasMessage, message } from '../../i18n/catalogue.ts';
import type { Args } from '../types.ts';

export function kindWords(args: Args, lang: string): Args {
  const kind = String(args.kind ?? '');
  const key = `type.${kind}`;
  return kind && hasMessage(lang, 'scan', key) ? { ...args, kind: message(lang, 'scan', key) } : args;
}
