import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { possiblePurpose } from './lifecycle-facts.ts';

// A possible purpose is not decided: it needs its own legal basis (Art. 6(1)), where it
// reuses data the Art. 6(4) assessment, and the person must be told before the data is
// processed for it (Art. 13(3), 14(4)). A phase that processes data for it, or a recipient
// that receives data for it, says it has started.
export const rule: Rule = {
  id: 'purpose/possible-in-use',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b), Art. 6(1), Art. 13(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: partner-offers\n    status: possible\nphases:\n  - id: use\n    stage: deployment\n    steps: [use]\n    purposes: [partner-offers]\n',
    good: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: partner-offers\n    status: possible\nphases:\n  - id: use\n    stage: deployment\n    steps: [use]\n    purposes: []\n',
  },
  check({ data }, report) {
    const possible = new Map(list(data.purposes).flatMap((p, i) => (possiblePurpose(p) && p.id !== undefined ? [[p.id, itemName(p, i)] as const] : [])));
    if (possible.size === 0) return;
    // A recipient's purpose is free text: it names a possible purpose by its id or its name (any case).
    const byWords = new Map<string, string>();
    for (const p of list(data.purposes)) {
      if (!possiblePurpose(p) || p.id === undefined) continue;
      byWords.set(p.id.trim().toLowerCase(), p.id);
      if (typeof p.name === 'string' && p.name.trim() !== '') byWords.set(p.name.trim().toLowerCase(), p.id);
    }
    list(data.phases).forEach((phase, index) => {
      list(phase.purposes).forEach((id, k) => {
        if (possible.has(id)) report(['phases', index, 'purposes', k], { purpose: id, phase: phase.id ?? String(index + 1) });
      });
    });
    list(data.recipients).forEach((recipient, index) => {
      const id = typeof recipient.purpose === 'string' ? byWords.get(recipient.purpose.trim().replace(/[.]$/, '').toLowerCase()) : undefined;
      if (id !== undefined) report(['recipients', index, 'purpose'], { purpose: id, recipient: recipient.id ?? recipient.name ?? String(index + 1) });
    });
  },
};
