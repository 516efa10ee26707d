import { measureKind, reportPending } from './measure-kind.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/backup',
  principle: 'data-security',
  article: 'GDPR Art. 32(1)(c)',
  severity: 'warning',
  messages: {
    en: '{none?:no backup measure is recorded: how is the data restored after an incident?}{pending?:backup ({measures}) is recorded as planned, not implemented}',
    nb: '{none?:ingen tiltak for sikkerhetskopi er registrert: hvordan gjenopprettes opplysningene etter en hendelse?}{pending?:sikkerhetskopi ({measures}) er registrert som planlagt, ikke gjennomført}',
  },
  hint: {
    en: 'Add a measure with `type: backup` and `status: implemented` that says what is backed up, how often, where, and how restoring is tested. If the CRM vendor runs the backups, say so and point to the agreement.',
    nb: 'Legg til et tiltak med `type: backup` og `status: implemented` som sier hva som sikkerhetskopieres, hvor ofte, hvor, og hvordan gjenoppretting testes. Tar CRM-leverandøren sikkerhetskopiene, skriv det og vis til avtalen.',
  },
  why: {
    en: 'Security measures must include, where appropriate, the ability to restore the availability of and access to personal data in a timely manner after a physical or technical incident (Art. 32(1)(c)). Disappearance of data is one of the three classic risk events a DPIA considers.',
    nb: 'Sikkerhetstiltakene skal, der det er hensiktsmessig, omfatte evnen til å gjenopprette tilgjengeligheten og tilgangen til personopplysninger i rett tid ved en fysisk eller teknisk hendelse (art. 32 nr. 1 bokstav c). Tap av opplysninger er en av de tre klassiske risikohendelsene en vurdering av personvernkonsekvenser tar for seg.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: backup\n      type: backup\n      description: Nightly snapshots\n      status: planned\n      owner: IT operations\n      due: 2026-12-31\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: backup\n      type: backup\n      description: Nightly encrypted snapshots kept 35 days; restore tested every quarter\n      status: implemented\n',
  },
  check({ data }, report) {
    const kind = measureKind(data, 'backup');
    if (kind.state === 'none') report(['security', 'measures'], { none: 'yes' });
    else if (kind.state === 'pending') reportPending(kind, report);
  },
};
