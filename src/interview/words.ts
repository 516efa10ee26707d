// Interface words of the interview in English and bokmål.
import type { Lang } from '../rules/types.ts';

const en = {
  add: (noun: string) => `Add ${noun.toLowerCase() || 'an item'}`,
  done: 'Done, go on',
  skip: 'None, go on',
  edit: 'Edit',
  remove: 'Remove',
  badDuration: 'Write a duration such as "2 years", "18 months", "30 days" or P2Y',
  badDate: 'Write a date as YYYY-MM-DD, e.g. 2027-06-01',
  badNumber: (min?: number, max?: number) => `Write a whole number${min !== undefined && max !== undefined ? ` from ${min} to ${max}` : ''}`,
  badId: 'Use lower-case letters, digits and dashes, e.g. prioritise-leads',
  takenId: (id: string) => `"${id}" is already used in this list`,
  noTty: (command: string) => `\`dpia ${command}\` asks questions and needs a terminal; stdin or stdout is not one. Use --answers FILE to answer from a YAML or JSON file (see the README, "Answers files").`,
  saved: (file: string, command: string) => `saved draft to ${file}; resume with ${command}`,
  created: (file: string) => `Writing to ${file} (saved after every answer).`,
  resuming: (file: string) => `Resuming ${file}: unanswered questions only.`,
  remaining: 'Remaining findings, by principle:',
  clean: '✔ No findings: the assessment passes `dpia check`.',
  next: 'Next:',
  nextCheck: 'check it (also in CI)',
  nextRender: 'render the report',
  nextApprove: 'sign it off',
  unchanged: (file: string) => `No changes; ${file} is unchanged.`,
  updated: (file: string) => `Saved ${file}.`,
  conclusion: { required: 'Conclusion: a DPIA is required.', recommended: 'Conclusion: a DPIA is recommended.', 'not-required': 'Conclusion: a DPIA is not required.' },
  screenedInto: (file: string) => `Screening written to ${file}.`,
  startNew: (file: string) => `Next: dpia new ${file}`,
};

const nb: typeof en = {
  add: (noun: string) => `Legg til ${noun.toLowerCase() || 'et element'}`,
  done: 'Ferdig, gå videre',
  skip: 'Ingen, gå videre',
  edit: 'Endre',
  remove: 'Fjern',
  badDuration: 'Skriv en varighet som «2 år», «18 måneder», «30 dager» eller P2Y',
  badDate: 'Skriv en dato som ÅÅÅÅ-MM-DD, f.eks. 2027-06-01',
  badNumber: (min?: number, max?: number) => `Skriv et heltall${min !== undefined && max !== undefined ? ` fra ${min} til ${max}` : ''}`,
  badId: 'Bruk små bokstaver, sifre og bindestrek, f.eks. prioritere-leads',
  takenId: (id: string) => `«${id}» er allerede brukt i denne listen`,
  noTty: (command: string) => `\`dpia ${command}\` stiller spørsmål og trenger en terminal; stdin eller stdout er ikke en terminal. Bruk --answers FIL for å svare fra en YAML- eller JSON-fil (se README, «Answers files»).`,
  saved: (file: string, command: string) => `lagret utkast i ${file}; fortsett med ${command}`,
  created: (file: string) => `Skriver til ${file} (lagres etter hvert svar).`,
  resuming: (file: string) => `Fortsetter ${file}: bare ubesvarte spørsmål.`,
  remaining: 'Gjenstående funn, etter prinsipp:',
  clean: '✔ Ingen funn: vurderingen består `dpia check`.',
  next: 'Neste steg:',
  nextCheck: 'kontroller den (også i CI)',
  nextRender: 'lag rapporten',
  nextApprove: 'godkjenn den',
  unchanged: (file: string) => `Ingen endringer; ${file} er uendret.`,
  updated: (file: string) => `Lagret ${file}.`,
  conclusion: { required: 'Konklusjon: en vurdering av personvernkonsekvenser er påkrevd.', recommended: 'Konklusjon: en vurdering av personvernkonsekvenser anbefales.', 'not-required': 'Konklusjon: en vurdering av personvernkonsekvenser er ikke påkrevd.' },
  screenedInto: (file: string) => `Forhåndsvurderingen er skrevet til ${file}.`,
  startNew: (file: string) => `Neste steg: dpia new ${file}`,
};

export function words(lang: Lang): typeof en {
  return lang === 'nb' ? nb : en;
}
