import { mergeController } from '../../model/parties.ts';
import { dpoDesignated, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/dpo',
  principle: 'accountability',
  article: 'GDPR Art. 35(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ncontroller:\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\nconsultation:\n  dpo:\n    name: Kari Nordmann\n    opinion: Run a bias test before go-live\n    date: 2026-03-01\n    adviceFollowed: false\n',
    good: 'schemaVersion: 1\nid: scoring\ncontroller:\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\nconsultation:\n  dpo:\n    name: Kari Nordmann\n    opinion: Run a bias test before go-live\n    date: 2026-03-01\n    adviceFollowed: true\n',
  },
  check({ data, config }, report) {
    // "Where designated" (Art. 35(2)): without a DPO there is no advice to record.
    if (!dpoDesignated(mergeController(data, config))) return;
    const dpo = data.consultation?.dpo;
    if (!dpo) {
      report(['consultation', 'dpo'], { missing: 'yes' });
      return;
    }
    if (!filled(dpo.opinion)) report(['consultation', 'dpo', 'opinion'], { noOpinion: 'yes' });
    if (!filled(dpo.name)) report(['consultation', 'dpo', 'name'], { noName: 'yes' });
    if (!filled(dpo.date)) report(['consultation', 'dpo', 'date'], { noDate: 'yes' });
    if (dpo.adviceFollowed === false && !filled(dpo.reason)) report(['consultation', 'dpo', 'reason'], { notFollowed: 'yes' });
  },
};
