import { requiredRoles } from '../../model/signoffs.ts';
import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/signoff',
  principle: 'accountability',
  article: 'GDPR Art. 5(2), Art. 24(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nversion: "1.1"\nstatus: approved\nsignoffs:\n  - {role: dpo, name: Kari Nordmann, date: 2026-03-01, version: "1.0"}\n  - {role: risk-owner, name: Ola Nordmann, date: 2026-03-01, version: "1.0"}\n',
    good: 'schemaVersion: 1\nid: scoring\nversion: "1.1"\nstatus: approved\nsignoffs:\n  - {role: dpo, name: Kari Nordmann, date: 2026-04-01, version: "1.1"}\n  - {role: risk-owner, name: Ola Nordmann, date: 2026-04-01, version: "1.1"}\n',
  },
  check({ data, config }, report) {
    if (data.status !== 'approved') return;
    const required = requiredRoles(config, data);
    const signed = new Set(list(data.signoffs)
      .filter((signoff) => signoff?.version === data.version && filled(signoff.name) && typeof signoff.role === 'string')
      .map((signoff) => signoff.role!.trim().toLowerCase()));
    const missing = required.filter((role) => !signed.has(role.trim().toLowerCase()));
    // `owner` was the default role before `risk-owner`: say why its sign-off no longer counts.
    const legacyOwner = missing.includes('risk-owner') && signed.has('owner') ? 'yes' : '';
    if (missing.length > 0) report(['status'], { version: data.version ?? '?', roles: missing.join(', '), legacyOwner });
  },
};
