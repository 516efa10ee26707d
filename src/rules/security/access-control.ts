import { list } from '../facts.ts';
import { measureKind, reportPending } from './measure-kind.ts';
import type { Rule } from '../types.ts';

// Authentication alone does not satisfy this rule: it says who a user is, not which
// data that user may see or change, and limiting that is what Art. 32(4) and 25(2) ask.
export const rule: Rule = {
  id: 'security/access-control',
  principle: 'data-security',
  article: 'GDPR Art. 32(1)(b), Art. 32(4), Art. 25(2)',
  severity: 'warning',
  messages: {
    en: '{none?:no access-control measure is recorded: who may see and change the personal data?}{pending?:access control ({measures}) is recorded as planned, not implemented}{authOnly?:only authentication is recorded ({measures}); record who may access which data (access control)}',
    nb: '{none?:ingen tiltak for tilgangskontroll er registrert: hvem kan se og endre personopplysningene?}{pending?:tilgangskontroll ({measures}) er registrert som planlagt, ikke gjennomført}{authOnly?:bare autentisering er registrert ({measures}); registrer hvem som har tilgang til hvilke opplysninger (tilgangskontroll)}',
  },
  hint: {
    en: 'Add a measure with `type: access-control` and `status: implemented` that says who may access which personal data and scores (e.g. role-based access in the CRM, least privilege for the AI service account, regular access reviews). Authentication (SSO, MFA) is a separate measure of `type: authentication`.',
    nb: 'Legg til et tiltak med `type: access-control` og `status: implemented` som sier hvem som har tilgang til hvilke personopplysninger og poengsummer (f.eks. rollebasert tilgang i CRM-systemet, minste privilegium for KI-tjenestens tjenestekonto, jevnlig gjennomgang av tilganger). Autentisering (SSO, MFA) er et eget tiltak med `type: authentication`.',
  },
  why: {
    en: 'Security measures must ensure the ongoing confidentiality and integrity of processing systems (Art. 32(1)(b)); people with access may process the data only on instructions (Art. 32(4)); and by default personal data must not be made accessible to an indefinite number of people (Art. 25(2)). Authentication tells who a user is but not what that user may see, so on its own it does not count as access control.',
    nb: 'Sikkerhetstiltakene skal sikre vedvarende konfidensialitet og integritet i behandlingssystemene (art. 32 nr. 1 bokstav b); de som har tilgang, kan bare behandle opplysningene etter instruks (art. 32 nr. 4); og personopplysninger skal som standard ikke gjøres tilgjengelige for et ubegrenset antall personer (art. 25 nr. 2). Autentisering sier hvem en bruker er, men ikke hva brukeren får se, og regnes derfor ikke alene som tilgangskontroll.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: sso\n      type: authentication\n      description: Single sign-on with MFA for all CRM users\n      status: implemented\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: rbac\n      type: access-control\n      description: Only account owners and sales managers see lead scores; reviewed quarterly\n      status: implemented\n',
  },
  check({ data }, report) {
    const kind = measureKind(data, 'access-control');
    if (kind.state === 'implemented') return;
    if (kind.state === 'pending') {
      reportPending(kind, report);
      return;
    }
    // Authentication says who someone is, not what they may see: it does not count.
    const authentication = list(data.security?.measures)
      .map((measure, index) => ({ measure, index }))
      .filter(({ measure }) => measure?.type === 'authentication' && measure.status === 'implemented');
    if (authentication.length > 0) report(['security', 'measures'], { authOnly: 'yes', measures: authentication.map(({ measure, index }) => measure.id ?? String(index + 1)).join(', ') });
    else report(['security', 'measures'], { none: 'yes' });
  },
};
