import type { Assessment } from '../../model/schema.ts';
import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';

// Items of Datatilsynet's list that apply only "combined with at least one other WP248
// criterion" ("+1"), each with the WP248 criteria the item already meets by itself, which
// cannot be that other one: biometric and genetic data are special categories and location
// data is highly personal data (WP248 rev.01 criterion 4), and the innovative-technology
// item is criterion 8. The other items make a DPIA mandatory on their own.
export const PLUS_ONE: Readonly<Record<string, readonly string[]>> = {
  'third-party-data': [],
  biometric: ['sensitive-data'],
  genetic: ['sensitive-data'],
  'innovative-technology': ['innovative-technology'],
  'research-without-consent': [],
  location: ['sensitive-data'],
};

/** An item of Datatilsynet's list applies: on its own, or a "+1" item with a WP248 criterion other than those it implies itself. */
export function nationalItemApplies(item: string, criteria: readonly string[]): boolean {
  const implied = PLUS_ONE[item];
  return implied === undefined || criteria.some((c) => !implied.includes(c));
}

/** The recorded Art. 35(3) cases and applicable list items that require a DPIA whatever else the screening says. */
export function mandatoryGrounds(screening: NonNullable<Assessment['screening']>): { art35: string[]; national: string[] } {
  const criteria = list(screening.criteria);
  return { art35: list(screening.art35_3), national: list(screening.nationalList).filter((item) => nationalItemApplies(item, criteria)) };
}

export const rule: Rule = {
  id: 'accountability/screening',
  principle: 'accountability',
  article: 'GDPR Art. 35(1), Art. 35(3), Art. 35(4)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nscreening:\n  criteria: [evaluation-scoring, innovative-technology]\n  required: false\n  rationale: Only business customers\n',
    good: 'schemaVersion: 1\nid: scoring\nscreening:\n  criteria: [evaluation-scoring, innovative-technology]\n  required: true\n  rationale: Profiling of customers with a new AI model meets two WP248 criteria\n',
  },
  check({ data }, report) {
    const screening = data.screening;
    if (!screening) {
      report(['screening'], { missing: 'yes' });
      return;
    }
    if (typeof screening.required !== 'boolean') report(['screening', 'required'], { noRequired: 'yes' });
    if (!filled(screening.rationale)) report(['screening', 'rationale'], { noRationale: 'yes' });
    if (screening.required !== false) return;

    const criteria = list(screening.criteria);
    const national = list(screening.nationalList);
    const { art35, national: mandatoryNational } = mandatoryGrounds(screening);
    if (art35.length > 0 || mandatoryNational.length > 0) {
      report(['screening', 'required'], {
        mandatory: 'yes',
        art35: art35.join(', '),
        national: mandatoryNational.join(', '),
        both: art35.length > 0 && mandatoryNational.length > 0 ? 'yes' : '',
      });
      return;
    }
    // Here every recorded list item is a "+1" item without another criterion, so the only
    // WP248 criterion recorded, if any, is the one those items imply themselves: the two
    // indicators never occur together.
    if ((criteria.length >= 2 || national.length > 0) && screening.carryOut !== true && !filled(screening.dpoView)) {
      report(['screening', 'dpoView'], {
        noDpoView: 'yes',
        criteria: criteria.length >= 2 ? criteria.join(', ') : '',
        plusOne: national.join(', '),
      });
    }
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { art35: ['art35_3'], national: ['nationalList'], criteria: ['criterion'], plusOne: ['nationalList'] }),
};
