import type { Assessment } from '../../model/schema.ts';
import { aiUsed, childrenConcerned, decisionSupport, filled, hasKind, list, significantAutomatedDecision } from '../facts.ts';
import type { Args, Rule } from '../types.ts';
import { mandatoryGrounds } from './screening.ts';

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
  const profiling = list(data.purposes).filter((p) => hasKind(p, 'profiling'));
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
  messages: {
    en: '{implied?:the file\'s facts imply {wp248?:WP248 criterion {item}}{art35?:the Art. 35(3) case {item}}{national?:the item {item} of Datatilsynet\'s list}{either?:WP248 criterion matching-datasets or the item third-party-data of Datatilsynet\'s list}, but the screening does not record it: {ai?:an AI system is used}{profiling?:a purpose is profiling ({ids})}{automated?:a solely automated decision with legal or similarly significant effects is recorded}{support?:people make decisions with legal or similarly significant effects from the AI\'s evaluation of people}{special?:the file holds special-category data ({ids})}{criminal?:the file holds criminal-offence data ({ids})}{specialScale?:the file holds special-category data ({ids}) and the screening records large scale}{criminalScale?:the file holds criminal-offence data ({ids}) and the screening records large scale}{children?:the data subjects include children ({ids})}{vulnerable?:the data subjects include vulnerable people ({ids})}{location?:the file holds location data ({ids})}{thirdParty?:data comes from a third party ({ids})}}{notRequired?:the screening says no DPIA is required and records no view of the DPO, although the WP248 criteria it records and those the file\'s facts imply are two or more ({criteria})}',
    nb: '{implied?:filens opplysninger tilsier {wp248?:WP248-kriteriet {item}}{art35?:tilfellet {item} i art. 35 nr. 3}{national?:punktet {item} på Datatilsynets liste}{either?:WP248-kriteriet matching-datasets eller punktet third-party-data på Datatilsynets liste}, men forhåndsvurderingen registrerer det ikke: {ai?:et KI-system brukes}{profiling?:et formål er profilering ({ids})}{automated?:en helautomatisert avgjørelse med rettsvirkning eller tilsvarende betydelig virkning er registrert}{support?:mennesker tar avgjørelser med rettsvirkning eller tilsvarende betydelig virkning ut fra KI-ens vurdering av personer}{special?:filen inneholder særlige kategorier av personopplysninger ({ids})}{criminal?:filen inneholder opplysninger om straffedommer og lovovertredelser ({ids})}{specialScale?:filen inneholder særlige kategorier av personopplysninger ({ids}), og forhåndsvurderingen registrerer stor skala}{criminalScale?:filen inneholder opplysninger om straffedommer og lovovertredelser ({ids}), og forhåndsvurderingen registrerer stor skala}{children?:de registrerte omfatter barn ({ids})}{vulnerable?:de registrerte omfatter sårbare personer ({ids})}{location?:filen inneholder lokaliseringsopplysninger ({ids})}{thirdParty?:opplysninger kommer fra en tredjepart ({ids})}}{notRequired?:forhåndsvurderingen sier at det ikke kreves en vurdering av personvernkonsekvenser og registrerer ikke personvernombudets syn, selv om WP248-kriteriene den registrerer og de filens opplysninger tilsier, er to eller flere ({criteria})}',
  },
  hint: {
    en: 'Record the implied item in `screening.criteria`, `screening.art35_3` or `screening.nationalList` and revisit `screening.required` and `rationale` (`dpia screen`), or correct the fact that implies it. Deciding against a DPIA despite two or more criteria needs the DPO\'s view in `screening.dpoView`.',
    nb: 'Registrer punktet i `screening.criteria`, `screening.art35_3` eller `screening.nationalList` og vurder `screening.required` og `rationale` på nytt (`dpia screen`), eller rett opplysningen som tilsier det. Beslutter dere å ikke gjennomføre en vurdering til tross for to eller flere kriterier, skal personvernombudets syn stå i `screening.dpoView`.',
  },
  why: {
    en: 'The screening decides whether a DPIA is required (Art. 35(1), (3) and (4)), so it must agree with what the rest of the file says. AI is a new technology (WP248 rev.01 criterion 8); a solely automated decision with legal or similarly significant effects is criterion 2 and, with the evaluation behind it, Art. 35(3)(a), which also covers decisions a person bases on an automated evaluation (WP251 rev.01); special-category and criminal-offence data are criterion 4 and at large scale Art. 35(3)(b); location data is highly personal (criterion 4) and an item of Datatilsynet\'s list; children and other vulnerable people are criterion 7; data from third parties is usually combined with one\'s own (criterion 6) or is the list\'s third-party item. Two or more criteria normally require a DPIA, and deciding against one needs the DPO\'s view.',
    nb: 'Forhåndsvurderingen avgjør om en vurdering av personvernkonsekvenser kreves (art. 35 nr. 1, 3 og 4), så den må stemme med det resten av filen sier. KI er ny teknologi (WP248 rev.01 kriterium 8); en helautomatisert avgjørelse med rettsvirkning eller tilsvarende betydelig virkning er kriterium 2 og, sammen med vurderingen bak den, art. 35 nr. 3 bokstav a, som også gjelder avgjørelser et menneske bygger på en automatisert vurdering (WP251 rev.01); særlige kategorier og opplysninger om straffedommer og lovovertredelser er kriterium 4 og i stor skala art. 35 nr. 3 bokstav b; lokaliseringsopplysninger er svært personlige (kriterium 4) og et punkt på Datatilsynets liste; barn og andre sårbare personer er kriterium 7; opplysninger fra tredjeparter blir som regel sammenstilt med egne (kriterium 6) eller er listens punkt om tredjepartsdata. To eller flere kriterier krever normalt en vurdering, og en beslutning om å ikke gjennomføre den krever personvernombudets syn.',
  },
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
    if (screening.required !== false || filled(screening.dpoView)) return;
    const grounds = mandatoryGrounds(screening);
    if (grounds.art35.length > 0 || grounds.national.length > 0 || recorded.national.length > 0 || recorded.wp248.length >= 2) return;
    const criteria = [...new Set([...recorded.wp248, ...implied.filter((i) => i.place === 'wp248').map((i) => i.item)])];
    if (criteria.length >= 2) report(['screening', 'dpoView'], { notRequired: 'yes', criteria: criteria.join(', ') });
  },
};
