import { measureKind, reportPending } from './measure-kind.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/encryption',
  principle: 'data-security',
  article: 'GDPR Art. 32(1)(a)',
  severity: 'warning',
  messages: {
    en: '{none?:no encryption measure is recorded}{pending?:encryption ({measures}) is recorded as planned, not implemented}',
    nb: '{none?:ingen krypteringstiltak er registrert}{pending?:kryptering ({measures}) er registrert som planlagt, ikke gjennomført}',
  },
  hint: {
    en: 'Add a measure with `type: encryption` and `status: implemented` that says what is encrypted in transit and at rest (e.g. TLS to the AI provider, encrypted CRM database and backups). If you judge encryption not appropriate to the risk, write down why and set the rule to `off` in dpia.config.yaml.',
    nb: 'Legg til et tiltak med `type: encryption` og `status: implemented` som sier hva som krypteres under overføring og lagring (f.eks. TLS til KI-leverandøren, kryptert CRM-database og sikkerhetskopier). Mener dere at kryptering ikke er egnet med hensyn til risikoen, skriv ned hvorfor og sett regelen til `off` i dpia.config.yaml.',
  },
  why: {
    en: 'Art. 32(1)(a) names pseudonymisation and encryption of personal data as measures to consider when securing processing. Encryption also matters after a breach: data rendered unintelligible to anyone not authorised need not be communicated to the data subjects (Art. 34(3)(a)). A planned measure does not protect anyone yet.',
    nb: 'Art. 32 nr. 1 bokstav a nevner pseudonymisering og kryptering av personopplysninger som tiltak å vurdere for å sikre behandlingen. Kryptering betyr også noe etter et brudd: opplysninger som er gjort uleselige for uvedkommende, trenger ikke meldes til de registrerte (art. 34 nr. 3 bokstav a). Et planlagt tiltak beskytter ingen ennå.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: rbac\n      type: access-control\n      description: Only sales managers see scores\n      status: implemented\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: tls\n      type: encryption\n      description: TLS 1.2 or later between the CRM and the scoring service; database encrypted at rest\n      status: implemented\n',
  },
  check({ data }, report) {
    const kind = measureKind(data, 'encryption');
    if (kind.state === 'none') report(['security', 'measures'], { none: 'yes' });
    else if (kind.state === 'pending') reportPending(kind, report);
  },
};
