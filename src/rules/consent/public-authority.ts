import { mergeController } from '../../model/parties.ts';
import { consentFor, onConsent } from '../consent-for.ts';
import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Recital 43 does not forbid consent to a public authority; it makes a free choice
// unlikely, so the file must say why this person has one (EDPB Guidelines 05/2020,
// paras 16-18: e.g. updates on road works that no service or right depends on).
export const rule: Rule = {
  id: 'consent/public-authority',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 7(1), recital 43',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: road-works\ncontroller:\n  type: public-authority\npurposes:\n  - id: updates\n    legalBasis: consent\nconsent:\n  mechanism: Sign-up form for e-mail updates on the road works\n',
    good: 'schemaVersion: 1\nid: road-works\ncontroller:\n  type: public-authority\npurposes:\n  - id: updates\n    legalBasis: consent\nconsent:\n  mechanism: Sign-up form for e-mail updates on the road works\n  freeChoice: The updates are optional; every update is also on the website, and no service or right depends on signing up\n',
  },
  check({ data, config }, report) {
    if (mergeController(data, config).type !== 'public-authority') return;
    // One finding per consent record, naming every purpose on it that lacks the reason.
    const missing = new Map<string, { path: (string | number)[]; purposes: string[] }>();
    list(data.purposes).forEach((purpose, index) => {
      if (!onConsent(purpose)) return;
      const found = consentFor(data, index);
      if (!found) {
        report(['purposes', index, purpose.legalBasis === 'consent' ? 'legalBasis' : 'specialCategoryCondition'], { missingConsent: itemName(purpose, index) });
        return;
      }
      if (filled(found.consent.freeChoice)) return;
      const path = [...found.path, 'freeChoice'];
      const entry = missing.get(path.join('.')) ?? { path, purposes: [] };
      entry.purposes.push(itemName(purpose, index));
      missing.set(path.join('.'), entry);
    });
    for (const { path, purposes } of missing.values()) report(path, { missingReason: purposes.join(', ') });
  },
};
