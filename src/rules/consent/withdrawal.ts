import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/withdrawal',
  principle: 'consent',
  article: 'GDPR Art. 7(3)',
  severity: 'error',
  messages: {
    en: '{missing?:consent is relied on, but the file does not record how consent is withdrawn}{harder?:the file does not record that withdrawing consent is as easy as giving it}',
    nb: '{missing?:behandlingen bygger på samtykke, men filen registrerer ikke hvordan samtykket trekkes tilbake}{harder?:filen registrerer ikke at det er like enkelt å trekke tilbake samtykket som å gi det}',
  },
  hint: {
    en: 'Describe `consent.withdrawal.how` (same channel as consent was given, e.g. a toggle in the customer portal) and set `asEasyAsGiving: true` once it is.',
    nb: 'Beskriv `consent.withdrawal.how` (samme kanal som samtykket ble gitt i, f.eks. en bryter i kundeportalen) og sett `asEasyAsGiving: true` når det er slik.',
  },
  why: {
    en: 'The data subject may withdraw consent at any time, and withdrawing must be as easy as giving consent (Art. 7(3)); without it consent is not valid.',
    nb: 'Den registrerte kan når som helst trekke tilbake samtykket, og det skal være like enkelt som å gi det (art. 7 nr. 3); ellers er samtykket ikke gyldig.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n  withdrawal:\n    how: The same checkbox in the portal, or the link in every offer e-mail\n    asEasyAsGiving: true\n',
  },
  check({ data }, report) {
    if (!reliesOnConsent(data)) return;
    const withdrawal = data.consent?.withdrawal;
    if (!filled(withdrawal?.how)) report(withdrawal ? ['consent', 'withdrawal', 'how'] : ['consent', 'withdrawal'], { missing: 'yes' });
    else if (withdrawal?.asEasyAsGiving !== true) report(['consent', 'withdrawal', 'asEasyAsGiving'], { harder: 'yes' });
  },
};
