import type { Assessment } from '../../model/schema.ts';
import { aiUsed, childrenConcerned, decisionSupport, filled, hasKind, list, significantAutomatedDecision } from '../facts.ts';
import type { Args, Rule } from '../types.ts';
import { mandatoryGrounds } from './screening.ts';
import { enumArgs } from '../enum-words.ts';
import { possiblePurpose } from '../purpose/lifecycle-facts.ts';

type Place = 'wp248' | 'art35' | 'national' | 'either';
const PATH: Record<Place, string> = { wp248: 'criteria', art35: 'art35_3', national: 'nationalList', either: 'criteria' };

interface Implication {
  place: Place;
  /** The screening key the facts imply; for `either`, matching-datasets or the list item third-party-data. */
  item: string;
  /** The first fact that implies it: a message flag, with the ids it concerns. */
  fact: string;
  ids?: string[];
}

const ids = <T extends { id?: string }>(items: T[]) => items.map((x, i) => x.id ?? String(i + 1));

/** What the file's other answers imply for the screening, in a fixed order (WP248 rev.01, Art. 35(3), Datatilsynet's list). */
function implications(data: Assessment): Implication[] {
  const criteria = list(data.screening?.criteria);
  const categories = list(data.dataCategories);
  const subjects = list(data.dataSubjects);
  const special = categories.filter((c) => c.special === true);
  const criminal = categories.filter((c) => c.criminal === true);
  const location = categories.filter((c) => list(c.types).includes('location'));
  const thirdParty = categories.filter((c) => c.origin === 'third-party');
  const children = subjects.filter((s) => s.children === true);
  const vulnerable = subjects.filter((s) => s.vulnerable === true);
  // A possible purpose is not decided: it implies nothing until it is (then the screening is reviewed).
  const profiling = list(data.purposes).filter((p) => hasKind(p, 'profiling') && !possiblePurpose(p));
  const evaluation = criteria.includes('evaluation-scoring') || profiling.length > 0;
  const out: Implication[] = [];
  const add = (place: Place, item: string, facts: Array<[string, boolean, string[]?]>) => {
    const first = facts.find(([, holds]) => holds);
    if (first) out.push({ place, item, fact: first[0], ids: first[2] });
  };
  add('wp248', 'evaluation-scoring', [['profiling', profiling.length > 0, ids(profiling)]]);
  add('wp248', 'automated-decision', [['automated', significantAutomatedDecision(data)]]);
  add('wp248', 'sensitive-data', [['special', special.length > 0, ids(special)], ['criminal', criminal.length > 0, ids(criminal)], ['location', location.length > 0, ids(location)]]);
  add('wp248', 'vulnerable-subjects', [['children', childrenConcerned(data), ids(children)], ['vulnerable', vulnerable.length > 0, ids(vulnerable)]]);
  add('wp248', 'innovative-technology', [['ai', aiUsed(data)]]);
  add('either', 'matching-datasets', [['thirdParty', thirdParty.length > 0, ids(thirdParty)]]);
  // Art. 35(3)(a) covers decisions based on the evaluation, also where a person decides from it (WP251 rev.01).
  add('art35', 'automated-decision-significant', [
    ['automated', significantAutomatedDecision(data)],
    ['support', decisionSupport(data) && data.system?.ai?.decisionSupport?.significantEffect === true && evaluation],
  ]);
  const largeScale = criteria.includes('large-scale');
  add('art35', 'special-categories-large-scale', [
    ['specialScale', special.length > 0 && largeScale, ids(special)],
    ['criminalScale', criminal.length > 0 && largeScale, ids(criminal)],
  ]);
  add('national', 'location', [['location', location.length > 0, ids(location)]]);
  return out;
}

export const rule: Rule = {
  id: 'accountability/screening-facts',
  principle: 'accountability',
  article: 'GDPR Art. 35(1), Art. 35(3), Art. 35(4)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: chatbot\nsystem:\n  ai: {used: true}\nscreening:\n  criteria: [large-scale]\n  required: true\n  rationale: Large scale customer dialogue\n',
    good: 'schemaVersion: 1\nid: chatbot\nsystem:\n  ai: {used: true}\nscreening:\n  criteria: [large-scale, innovative-technology]\n  required: true\n  rationale: Large scale customer dialogue with a language model\n',
  },
  check({ data }, report) {
    const screening = data.screening;
    if (!screening) return; // accountability/screening reports a missing screening
    const recorded: Record<Place, string[]> = {
      wp248: list(screening.criteria), art35: list(screening.art35_3), national: list(screening.nationalList), either: [],
    };
    const implied = implications(data);
    for (const { place, item, fact, ids: which } of implied) {
      const missing = place === 'either'
        ? !recorded.wp248.includes('matching-datasets') && !recorded.national.includes('third-party-data')
        : !recorded[place].includes(item);
      if (!missing) continue;
      const args: Args = { implied: 'yes', [place]: 'yes', item, [fact]: 'yes' };
      if (which) args.ids = which.join(', ');
      report(['screening', PATH[place]], args);
    }
    // accountability/screening already reports "not required" against recorded criteria
    // (two or more, a list item or an Art. 35(3) case); this adds the implied ones.
    if (screening.required !== false || screening.carryOut === true || filled(screening.dpoView)) return;
    const grounds = mandatoryGrounds(screening);
    if (grounds.art35.length > 0 || grounds.national.length > 0 || recorded.national.length > 0 || recorded.wp248.length >= 2) return;
    const criteria = [...new Set([...recorded.wp248, ...implied.filter((i) => i.place === 'wp248').map((i) => i.item)])];
    if (criteria.length >= 2) report(['screening', 'dpoView'], { notRequired: 'yes', criteria: criteria.join(', ') });
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { item: [args.art35 ? 'art35_3' : args.national ? 'nationalList' : 'criterion'], criteria: ['criterion'] }),
};
