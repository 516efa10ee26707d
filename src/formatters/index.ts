import { formatJson } from './json.ts';
import { formatText } from './text.ts';
import type { Formatter } from './types.ts';

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type Format = keyof typeof FORMATTERS;

export function isFormat(value: string): value is Format {
  return Object.hasOwn(FORMATTERS, value);
}
