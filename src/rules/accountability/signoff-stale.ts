import { changedSections } from '../../model/hash.ts';
import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

// A hash cannot say what changed; `approve` also stores a short hash per top-level
// section, so the finding can name the sections that changed since the sign-off.
export const rule: Rule = {
  id: 'accountability/signoff-stale',
  principle: 'accountability',
  article: 'GDPR Art. 5(2), Art. 24(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nversion: "1.0"\nsignoffs:\n  - role: dpo\n    name: Kari Nordmann\n    date: 2026-03-01\n    version: "1.0"\n    contentHash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
    good: 'schemaVersion: 1\nid: scoring\nversion: "1.1"\nsignoffs:\n  - role: dpo\n    name: Kari Nordmann\n    date: 2026-03-01\n    version: "1.0"\n    contentHash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
  },
  check({ data, contentHash }, report) {
    const signoffs = list(data.signoffs);
    if (signoffs.length === 0) return;
    const current = contentHash();
    signoffs.forEach((signoff, index) => {
      // Sign-offs of earlier versions are history; they were meant for other content.
      if (!signoff || signoff.version !== data.version) return;
      const who = { role: signoff.role ?? '?', name: signoff.name ?? '', date: signoff.date ?? '' };
      if (!signoff.contentHash) report(['signoffs', index], { ...who, noHash: 'yes' });
      else if (signoff.contentHash !== current) {
        const signed = signoff.sections && typeof signoff.sections === 'object' ? signoff.sections : undefined;
        const sections = signed ? changedSections(signed, data as Record<string, unknown>).join(', ') : '';
        report(['signoffs', index], { ...who, changed: 'yes', sections });
      }
    });
  },
};
