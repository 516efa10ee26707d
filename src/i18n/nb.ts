import type { UiText } from './en.ts';

export const nb: UiText = {
  error: 'feil',
  warning: 'advarsel',
  noFindings: (files) => `✔ ${files} ${files === 1 ? 'fil' : 'filer'} kontrollert, ingen funn`,
  summary: (total, errors, warnings, files) =>
    `✖ ${total} funn (${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}) i ${files} ${files === 1 ? 'fil' : 'filer'}`,
  explain: 'Kjør `dpia rules <id>` for å se hvorfor en regel er viktig og hvordan funnet rettes.',
  principles: {
    structure: 'Filstruktur',
    purpose: 'Formål',
    consent: 'Samtykke',
    'data-quality': 'Datakvalitet',
    'data-security': 'Datasikkerhet',
    accountability: 'Ansvarlighet',
    transparency: 'Gjennomsiktighet',
    fairness: 'Rettferdighet',
  },
  severities: { error: 'feil', warning: 'advarsel' },
  ruleFields: { rule: 'Regel', message: 'Melding', principle: 'Prinsipp', article: 'Artikkel', severity: 'Standard alvorlighet', why: 'Hvorfor', fix: 'Slik retter du det', bad: 'Utløser regelen', good: 'Består' },
};
