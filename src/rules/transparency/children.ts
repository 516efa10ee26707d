import { childrenConcerned, filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { idsOf } from '../legal-basis/basis-facts.ts';

export const rule: Rule = {
  id: 'transparency/children',
  principle: 'transparency',
  article: 'GDPR Art. 12(1); recital 58',
  severity: 'warning',
  messages: {
    en: 'the data subjects include children ({groups}), but the file does not record how the information is made clear and plain enough for a child to understand (`transparency.notice.children`)',
    nb: 'de registrerte omfatter barn ({groups}), men det er ikke angitt hvordan informasjonen gjøres så klar og enkel at et barn kan forstå den (`transparency.notice.children`)',
  },
  hint: {
    en: 'Describe in `transparency.notice.children` how children are told: a short version in words a child understands, shown where they use the service, tested with children of the ages concerned, and what parents are told.',
    nb: 'Beskriv i `transparency.notice.children` hvordan barn får informasjon: en kort versjon med ord et barn forstår, vist der de bruker tjenesten, testet med barn i de aktuelle aldersgruppene, og hva foreldrene får vite.',
  },
  why: {
    en: 'Information to data subjects must be concise, transparent, intelligible and easily accessible, in clear and plain language, "in particular for any information addressed specifically to a child" (Art. 12(1)). Because children merit specific protection, any information and communication addressed to a child should be in such clear and plain language that the child can easily understand it (recital 58).',
    nb: 'Informasjon til de registrerte skal være kortfattet, åpen, forståelig og lett tilgjengelig og gis på et klart og enkelt språk, «særlig når informasjonen er rettet mot et barn» (art. 12 nr. 1). Fordi barn har krav på særlig vern, bør all informasjon og kommunikasjon som er rettet mot et barn, være på et så klart og enkelt språk at barnet lett kan forstå den (fortalepunkt 58).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: game-app\ndataSubjects:\n  - id: players\n    children: true\n',
    good: 'schemaVersion: 1\nid: game-app\ndataSubjects:\n  - id: players\n    children: true\ntransparency:\n  notice:\n    children: A one-screen comic explains what we collect, tested with players aged 10–14\n',
  },
  check({ data }, report) {
    if (!childrenConcerned(data) || filled(data.transparency?.notice?.children)) return;
    report(['transparency', 'notice', 'children'], { groups: idsOf(list(data.dataSubjects).filter((subject) => subject.children === true)) });
  },
};
