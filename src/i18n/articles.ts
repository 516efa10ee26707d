// Legal citations in the reader's language. Rule and question metadata cite in the
// English form ("GDPR Art. 5(1)(b)"); in bokmål the same reads as Lovdata writes it:
// "personvernforordningen art. 5 nr. 1 bokstav b".
import type { Lang } from '../rules/types.ts';

const REFERENCE = /(\d+)(\(\d+\)(?:[-–]\(\d+\))?)((?:\([a-z]\)(?:[-–]\([a-z]\))?)*)/g;

export function localiseCitation(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .replace(/\bGDPR\b/g, 'personvernforordningen')
    .replace(/\bAI Act\b/g, 'KI-forordningen')
    .replace(/\bArt\./g, 'art.')
    .replace(/\brecitals?\b/g, 'fortalepunkt')
    .replace(/ first subparagraph\b/g, ' første ledd')
    .replace(/ second subparagraph\b/g, ' annet ledd')
    .replace(/\bImplementing Decision\b/g, 'gjennomføringsbeslutning')
    .replace(REFERENCE, (_, article: string, paragraphs: string, letters: string) => {
      // "(1)-(2)" is a range of paragraphs: "nr. 1–2".
      const nr = ` nr. ${[...paragraphs.matchAll(/\((\d+)\)/g)].map((m) => m[1]).join('–')}`;
      const bokstav = letters ? ` bokstav ${letters.replace(/[()]/g, '').replace('-', '–')}` : '';
      return `${article}${nr}${bokstav}`;
    });
}
