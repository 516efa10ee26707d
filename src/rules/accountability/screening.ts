import type { Assessment } from '../../model/schema.ts';
import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

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
  messages: {
    en: '{missing?:no screening is recorded: is a DPIA required?}{noRequired?:the screening does not say whether a DPIA is required}{noRationale?:the screening does not say why a DPIA is or is not required}{mandatory?:the screening says no DPIA is required, but it records {art35?:Art. 35(3) cases ({art35})}{both?: and }{national?:items of Datatilsynet\'s list ({national})}, which always require one}{noDpoView?:the screening says no DPIA is required although it records {criteria?:WP248 criteria ({criteria})}{plusOne?:items of Datatilsynet\'s list ({plusOne})}, and the DPO\'s view is not recorded}',
    nb: '{missing?:ingen forhåndsvurdering er registrert: kreves det en vurdering av personvernkonsekvenser?}{noRequired?:forhåndsvurderingen sier ikke om det kreves en vurdering av personvernkonsekvenser}{noRationale?:forhåndsvurderingen sier ikke hvorfor det kreves eller ikke kreves en vurdering av personvernkonsekvenser}{mandatory?:forhåndsvurderingen sier at det ikke kreves en vurdering av personvernkonsekvenser, men registrerer {art35?:tilfeller etter art. 35 nr. 3 ({art35})}{both?: og }{national?:punkter på Datatilsynets liste ({national})}, som alltid krever en}{noDpoView?:forhåndsvurderingen sier at det ikke kreves en vurdering av personvernkonsekvenser selv om den registrerer {criteria?:WP248-kriterier ({criteria})}{plusOne?:punkter på Datatilsynets liste ({plusOne})}, og personvernombudets syn er ikke registrert}',
  },
  hint: {
    en: 'Run `dpia screen` or fill in `screening`: the WP248 `criteria` met, the `nationalList` items and `art35_3` cases that apply, `required` (true or false) and a `rationale`. Deciding against a DPIA despite two or more criteria needs the DPO\'s view in `dpoView`; an Art. 35(3) case or an applicable item of Datatilsynet\'s list means `required: true`.',
    nb: 'Kjør `dpia screen` eller fyll ut `screening`: WP248-kriteriene som er oppfylt (`criteria`), punktene på Datatilsynets liste (`nationalList`) og tilfellene i art. 35 nr. 3 (`art35_3`) som gjelder, `required` (true eller false) og en begrunnelse (`rationale`). Beslutter dere å ikke gjennomføre en vurdering til tross for to eller flere kriterier, skal personvernombudets syn stå i `dpoView`; et tilfelle etter art. 35 nr. 3 eller et punkt på Datatilsynets liste som gjelder, betyr `required: true`.',
  },
  why: {
    en: 'A DPIA is required where processing is likely to result in a high risk (Art. 35(1)), always in the cases of Art. 35(3) and for the processing on the supervisory authority\'s list (Art. 35(4); Datatilsynet\'s list of 2019). Under the WP248 guidelines two or more criteria usually mean a DPIA is needed, and a decision not to carry one out despite criteria must be documented with the DPO\'s view. Items of Datatilsynet\'s list marked "+1" count only together with another WP248 criterion than the one the item already is: biometric, genetic and location data are themselves sensitive or highly personal data (criterion 4), and innovative technology is criterion 8.',
    nb: 'En vurdering av personvernkonsekvenser kreves når behandlingen sannsynligvis vil medføre høy risiko (art. 35 nr. 1), alltid i tilfellene i art. 35 nr. 3 og for behandlingene på tilsynsmyndighetens liste (art. 35 nr. 4; Datatilsynets liste fra 2019). Etter WP248-retningslinjene betyr to eller flere kriterier som regel at en vurdering trengs, og en beslutning om å ikke gjennomføre den til tross for kriteriene skal dokumenteres med personvernombudets syn. Punkter på Datatilsynets liste merket «+1» teller bare sammen med et annet WP248-kriterium enn det punktet selv er: biometriske, genetiske og lokaliseringsopplysninger er i seg selv sensitive eller svært personlige opplysninger (kriterium 4), og innovativ teknologi er kriterium 8.',
  },
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
    if ((criteria.length >= 2 || national.length > 0) && !filled(screening.dpoView)) {
      report(['screening', 'dpoView'], {
        noDpoView: 'yes',
        criteria: criteria.length >= 2 ? criteria.join(', ') : '',
        plusOne: national.join(', '),
      });
    }
  },
};
