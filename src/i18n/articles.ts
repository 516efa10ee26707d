// Legal citations in the reader's language. Rule and question metadata cite in the
// canonical English form ("GDPR Art. 5(1)(b)"); other languages read it with the words of
// their documents catalogue (`article.*`), e.g. bokmål as Lovdata writes it:
// "personvernforordningen art. 5 nr. 1 bokstav b".
import { message } from './catalogue.ts';

const REFERENCE = /(\d+)(\(\d+\)(?:[-–]\(\d+\))?)((?:\([a-z]\)(?:[-–]\([a-z]\))?)*)/g;

export function localiseCitation(text: string, lang: string): string {
  if (lang === 'en') return text;
  const word = (key: string, args?: Record<string, string>) => message(lang, 'documents', `article.${key}`, args);
  return text
    .replace(/\bGDPR\b/g, () => word('act.gdpr'))
    .replace(/\bAI Act\b/g, () => word('act.ai'))
    .replace(/\bArt\./g, () => word('word'))
    .replace(/\brecitals?\b/g, () => word('recital'))
    .replace(/\bfirst subparagraph\b/g, () => word('subparagraph.first'))
    .replace(/\bsecond subparagraph\b/g, () => word('subparagraph.second'))
    .replace(/\bImplementing Decision\b/g, () => word('implementing-decision'))
    .replace(REFERENCE, (_, article: string, paragraphs: string, letters: string) => {
      // "(1)-(2)" is a range of paragraphs: "nr. 1–2".
      const nr = word('paragraph', { paragraph: [...paragraphs.matchAll(/\((\d+)\)/g)].map((m) => m[1]).join('–') });
      const point = letters ? word('point', { point: letters.replace(/[()]/g, '').replace('-', '–') }) : '';
      return `${article}${nr}${point}`;
    });
}
