import { filled, list, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/required',
  principle: 'consent',
  article: 'GDPR Art. 6(1)(a), Art. 7',
  severity: 'error',
  messages: {
    en: 'consent is relied on ({basis?:purpose {basis} has legal basis consent}{condition?:purpose {condition} uses explicit consent for special-category data}{automated?:the automated decision relies on explicit consent}) but `consent.mechanism` does not say how it is asked for and given',
    nb: 'behandlingen bygger på samtykke ({basis?:formål {basis} har samtykke som behandlingsgrunnlag}{condition?:formål {condition} bruker uttrykkelig samtykke for særlige kategorier av personopplysninger}{automated?:den automatiserte avgjørelsen bygger på uttrykkelig samtykke}), men `consent.mechanism` sier ikke hvordan samtykket innhentes og gis',
  },
  hint: {
    en: 'Describe in `consent.mechanism` where and how people give consent (e.g. an unticked checkbox per purpose in the customer portal), or choose another legal basis if consent is not the right one: it is only one of six.',
    nb: 'Beskriv i `consent.mechanism` hvor og hvordan de registrerte gir samtykke (f.eks. en avkrysningsboks uten forhåndsavkrysning per formål i kundeportalen), eller velg et annet behandlingsgrunnlag hvis samtykke ikke passer: det er bare ett av seks.',
  },
  why: {
    en: 'Where processing rests on consent (Art. 6(1)(a), 9(2)(a) or 22(2)(c)), the controller must be able to show how consent was obtained and that it meets the conditions of Art. 7; without a described mechanism there is no consent to rely on.',
    nb: 'Når behandlingen bygger på samtykke (art. 6 nr. 1 bokstav a, 9 nr. 2 bokstav a eller 22 nr. 2 bokstav c), må den behandlingsansvarlige kunne vise hvordan samtykket ble innhentet og at vilkårene i art. 7 er oppfylt; uten en beskrevet fremgangsmåte finnes det ikke noe samtykke å bygge på.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
  },
  check({ data }, report) {
    if (!reliesOnConsent(data) || filled(data.consent?.mechanism)) return;
    const purposes = list(data.purposes);
    const basis = purposes.find((p) => p.legalBasis === 'consent');
    const condition = purposes.find((p) => p.specialCategoryCondition === 'explicit-consent');
    const name = (p: { id?: string }) => p.id ?? String(purposes.indexOf(p) + 1);
    report(['consent', 'mechanism'], basis ? { basis: name(basis) } : condition ? { condition: name(condition) } : { automated: 'yes' });
  },
};
