import { mergeController } from '../../model/parties.ts';
import type { Path } from '../../model/locate.ts';
import { dpoDesignated, filled, list } from '../facts.ts';
import type { Args, Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';

// WP243 rev.01 names profiling and scoring, data-driven marketing and behavioural
// advertising among the examples of regular and systematic monitoring (section 2.1.4).
const MONITORING = ['systematic-monitoring', 'evaluation-scoring'];

export const rule: Rule = {
  id: 'accountability/dpo-required',
  principle: 'accountability',
  article: 'GDPR Art. 37(1)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: churn\ncontroller:\n  name: Nordvik Fiber AS\n  noDpoReason: We are a private company\nscreening:\n  criteria: [evaluation-scoring, large-scale]\n',
    good: 'schemaVersion: 1\nid: churn\ncontroller:\n  name: Nordvik Fiber AS\n  dpo: {name: Kari Nordmann, email: personvernombud@nordvikfiber.example}\nscreening:\n  criteria: [evaluation-scoring, large-scale]\n',
  },
  check({ data, config }, report) {
    const controller = mergeController(data, config);
    if (dpoDesignated(controller)) return;
    const found = (path: Path, args: Args) => report(path, { ...args, reason: filled(controller.noDpoReason) ? 'yes' : '' });

    if (controller.type === 'public-authority') found(['controller', 'type'], { authority: 'yes' });

    const criteria = list(data.screening?.criteria);
    const art35 = list(data.screening?.art35_3);
    const largeScale = criteria.includes('large-scale');

    // 37(1)(b): large-scale monitoring or profiling.
    const monitoring = largeScale ? criteria.filter((c) => MONITORING.includes(c)) : [];
    if (monitoring.length > 0) {
      found(['screening', 'criteria'], { monitoring: ['large-scale', ...monitoring].join(', ') });
    } else if (art35.includes('public-monitoring-large-scale')) {
      found(['screening', 'art35_3'], { monitoring: 'public-monitoring-large-scale' });
    } else if (list(data.screening?.nationalList).includes('public-monitoring')) {
      found(['screening', 'nationalList'], { monitoring: 'public-monitoring' });
    }

    // 37(1)(c): large-scale special-category or criminal-offence data.
    const sensitive = list(data.dataCategories).flatMap((c, i) => (c?.special === true || c?.criminal === true ? [c.id ?? String(i + 1)] : []));
    if (art35.includes('special-categories-large-scale')) {
      found(['screening', 'art35_3'], { special: 'special-categories-large-scale' });
    } else if (largeScale && sensitive.length > 0) {
      found(['screening', 'criteria'], { special: ['large-scale', ...sensitive].join(', ') });
    }
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { monitoring: ['criterion', 'art35_3', 'nationalList'], special: ['criterion', 'art35_3'] }),
};
