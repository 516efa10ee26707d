// Screening: is a DPIA required? WP248 rev.01's nine criteria, Datatilsynet's list
// (Art. 35(4), decision of 16 March 2019) and the Art. 35(3) cases, in plain words.
import { screeningVerdict } from '../screening-verdict.ts';
import { questions, type Choice, type Section } from '../types.ts';

export const ART35_3_CHOICES: Choice[] = [
  { value: 'automated-decision-significant' },
  { value: 'special-categories-large-scale' },
  { value: 'public-monitoring-large-scale' },
];

export const CRITERIA_CHOICES: Choice[] = [
  { value: 'evaluation-scoring' },
  { value: 'automated-decision' },
  { value: 'systematic-monitoring' },
  { value: 'sensitive-data' },
  { value: 'large-scale' },
  { value: 'matching-datasets' },
  { value: 'vulnerable-subjects' },
  { value: 'innovative-technology' },
  { value: 'prevents-rights' },
];

export const NATIONAL_CHOICES: Choice[] = [
  { value: 'third-party-data' },
  { value: 'biometric' },
  { value: 'genetic' },
  { value: 'innovative-technology' },
  { value: 'employee-monitoring' },
  { value: 'research-without-consent' },
  { value: 'location' },
  { value: 'school-evaluation' },
  { value: 'public-monitoring' },
  { value: 'school-camera' },
  { value: 'algorithm-training' },
  { value: 'proficiency-monitoring' },
  { value: 'commercial-prediction' },
  { value: 'iot' },
];

export const screeningSection: Section = {
  name: 'screening',
  questions: questions([
    {
      id: 'screening.art35_3', kind: 'checkbox', emptyIsAnswer: true, choices: ART35_3_CHOICES, principle: 'accountability', article: 'GDPR Art. 35(3)',
    },
    {
      id: 'screening.criteria', kind: 'checkbox', emptyIsAnswer: true, choices: CRITERIA_CHOICES, principle: 'accountability', article: 'GDPR Art. 35(1), WP248 rev.01',
    },
    {
      id: 'screening.nationalList', kind: 'checkbox', emptyIsAnswer: true, choices: NATIONAL_CHOICES, principle: 'accountability', article: 'GDPR Art. 35(4), Datatilsynet 2019',
    },
    {
      // Only where a DPIA is recommended, not required: the user decides, then (against) the DPO's view.
      id: 'screening.carryOut', kind: 'confirm', default: true,
      when: ({ data }) => data.screening?.required === false && ((data.screening?.criteria?.length ?? 0) > 0 || (data.screening?.nationalList?.length ?? 0) > 0), principle: 'accountability', article: 'GDPR Art. 35(1), WP248 rev.01',
    },
    {
      id: 'screening.dpoView', kind: 'text', optional: true,
      when: ({ data }) => data.screening?.required === false && data.screening?.carryOut === false, principle: 'accountability', article: 'GDPR Art. 35(2), WP248 rev.01',
    },
  ]),
};

screeningSection.derive = ({ data, lang, today }) => {
  const s = data.screening;
  if (!s || s.criteria === undefined || s.nationalList === undefined || s.art35_3 === undefined) return undefined;
  const verdict = screeningVerdict(s, lang);
  const writes: Array<[string, unknown]> = [];
  if (s.required !== verdict.required || s.rationale === undefined) {
    writes.push(['screening.required', verdict.required], ['screening.rationale', verdict.rationale], ['screening.date', today]);
  }
  return { writes, message: writes.length ? verdict.rationale : undefined };
};
