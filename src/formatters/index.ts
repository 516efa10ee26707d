import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatSarif } from './sarif.ts';
import { formatText } from './text.ts';
import type { Formatter } from './types.ts';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
  github: formatGithub,
  sarif: formatSarif,
} satisfies Record<string, Formatter>;

export type Format = keyof typeof FORMATTERS;

export function isFormat(value: string): value is Format {
  return Object.hasOwn(FORMATTERS, value);
}
