import type { Lang } from '../rules/types.ts';
import { en, type UiText } from './en.ts';
import { nb } from './nb.ts';

export function ui(lang: Lang): UiText {
  return lang === 'nb' ? nb : en;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'nb';
}
