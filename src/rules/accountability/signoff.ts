import { requiredRoles } from '../../model/signoffs.ts';
import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/signoff',
  principle: 'accountability',
  article: 'GDPR Art. 5(2), Art. 24(1)',
  severity: 'error',
  messages: {
    en: 'the assessment is marked approved, but version {version} has no sign-off by {roles}',
    nb: 'vurderingen er markert som godkjent, men versjon {version} mangler godkjenning fra {roles}',
  },
  hint: {
    en: 'Have each required role sign the current version with `dpia approve FILE --role ROLE --name NAME`, or set `status` back to `draft` or `in-review`. The roles come from `requiredSignoffs` in dpia.config.yaml (default: dpo, owner; owner alone where no DPO is designated).',
    nb: 'La hver påkrevde rolle godkjenne gjeldende versjon med `dpia approve FIL --role ROLLE --name NAVN`, eller sett `status` tilbake til `draft` eller `in-review`. Rollene står i `requiredSignoffs` i dpia.config.yaml (standard: dpo, owner; bare owner der det ikke er utpekt personvernombud).',
  },
  why: {
    en: 'The controller is responsible for, and must be able to demonstrate, compliance (Art. 5(2), Art. 24(1)). An approval is only worth something when the people responsible have signed the very version that is marked approved.',
    nb: 'Den behandlingsansvarlige er ansvarlig for og skal kunne påvise at regelverket etterleves (art. 5 nr. 2, art. 24 nr. 1). En godkjenning er bare noe verdt når de ansvarlige har signert nettopp den versjonen som er markert som godkjent.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nversion: "1.1"\nstatus: approved\nsignoffs:\n  - {role: dpo, name: Kari Nordmann, date: 2026-03-01, version: "1.0"}\n  - {role: owner, name: Ola Nordmann, date: 2026-03-01, version: "1.0"}\n',
    good: 'schemaVersion: 1\nid: scoring\nversion: "1.1"\nstatus: approved\nsignoffs:\n  - {role: dpo, name: Kari Nordmann, date: 2026-04-01, version: "1.1"}\n  - {role: owner, name: Ola Nordmann, date: 2026-04-01, version: "1.1"}\n',
  },
  check({ data, config }, report) {
    if (data.status !== 'approved') return;
    const required = requiredRoles(config, data);
    const signed = new Set(list(data.signoffs)
      .filter((signoff) => signoff?.version === data.version && filled(signoff.name) && typeof signoff.role === 'string')
      .map((signoff) => signoff.role!.trim().toLowerCase()));
    const missing = required.filter((role) => !signed.has(role.trim().toLowerCase()));
    if (missing.length > 0) report(['status'], { version: data.version ?? '?', roles: missing.join(', ') });
  },
};
