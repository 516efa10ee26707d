// Fairness of the AI: protected attributes, proxies, bias tests, human review, contest, monitoring.
import { itemQuestions, questions, t, type Item, type Scope, type Section } from '../types.ts';

const ai = ({ data }: Scope) => data.system?.ai?.used === true;

export const fairnessSection: Section = {
  name: 'fairness',
  title: t('Fairness and bias', 'Rettferdighet og skjevhet'),
  when: ai,
  questions: [
    ...questions([
      { id: 'fairness.protectedAttributes', kind: 'checkbox', message: t('Which protected characteristics could the results affect? (space to tick)', 'Hvilke diskrimineringsgrunnlag kan resultatene påvirke? (mellomrom for å krysse av)'),
        choices: [
          { value: 'gender', label: t('gender', 'kjønn') }, { value: 'age', label: t('age', 'alder') }, { value: 'ethnicity', label: t('ethnicity or national origin', 'etnisitet eller nasjonal opprinnelse') },
          { value: 'religion', label: t('religion or belief', 'religion eller livssyn') }, { value: 'disability', label: t('disability', 'funksjonsnedsettelse') },
          { value: 'sexual-orientation', label: t('sexual orientation', 'seksuell orientering') }, { value: 'gender-identity', label: t('gender identity', 'kjønnsidentitet') },
          { value: 'pregnancy', label: t('pregnancy or parental leave', 'graviditet eller foreldrepermisjon') },
        ],
        help: t('Processing must not discriminate (likestillings- og diskrimineringsloven).', 'Behandlingen skal ikke diskriminere (likestillings- og diskrimineringsloven).'), principle: 'fairness', article: 'GDPR Art. 5(1)(a), recital 71' },
      { id: 'fairness.proxies', kind: 'text', split: true, optional: true, message: t('Which inputs could stand in for them? (comma-separated, e.g. postcode, first name)', 'Hvilke inndata kan fungere som stedfortreder for dem? (kommaseparert, f.eks. postnummer, fornavn)'),
        help: t('Proxies can discriminate even when the attribute itself is not used.', 'Stedfortredere kan diskriminere selv om egenskapen ikke brukes.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a), recital 71' },
    ]),
    {
      id: 'fairness.tests', path: 'fairness.tests', kind: 'list-of-items', noun: t('Bias test', 'Skjevhetstest'), label: (item: Item) => String(item.id ?? item.metric ?? '?'),
      message: t('Bias and fairness tests: what next?', 'Tester for skjevhet og rettferdighet: hva vil du gjøre?'),
      help: t('Test the model for unfair differences between groups, before launch and regularly.', 'Test modellen for urimelige forskjeller mellom grupper, før lansering og jevnlig.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a), 22(3); AI Act Art. 10(2)(f)',
      item: itemQuestions('fairness.tests', [
        { key: 'metric', kind: 'text', message: t('Which metric? (e.g. "demographic parity difference")', 'Hvilket mål? (f.eks. «forskjell i demografisk paritet»)'),
          help: t('A measurable metric makes the test repeatable.', 'Et målbart mål gjør testen repeterbar.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'id', kind: 'text', slugOf: 'metric', message: t('Id of the test', 'Id for testen'),
          help: t('A stable name for reports.', 'Et stabilt navn for rapporter.'), principle: 'fairness', article: 'GDPR Art. 5(2)' },
        { key: 'attribute', kind: 'text', message: t('Which attribute or groups are compared?', 'Hvilken egenskap eller hvilke grupper sammenlignes?'),
          help: t('Compare the groups that could be treated unfairly.', 'Sammenlign gruppene som kan bli urimelig behandlet.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'threshold', kind: 'text', numeric: true, message: t('Acceptable limit (e.g. 0.1)', 'Akseptabel grense (f.eks. 0,1)'),
          help: t('Decide in advance what counts as a failure.', 'Bestem på forhånd hva som regnes som et avvik.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'frequency', kind: 'duration', message: t('How often does it run? (e.g. "3 months")', 'Hvor ofte kjøres den? (f.eks. «3 måneder»)'),
          help: t('Models drift; test regularly.', 'Modeller endrer seg over tid; test jevnlig.'), principle: 'fairness', article: 'GDPR Art. 35(11)' },
        { key: 'lastRun', kind: 'date', optional: true, message: t('When did it last run? (YYYY-MM-DD, blank if not yet)', 'Når ble den sist kjørt? (ÅÅÅÅ-MM-DD, tomt hvis ikke ennå)'),
          help: t('An overdue test is flagged by `dpia check`.', '`dpia check` varsler om tester som er forfalt.'), principle: 'fairness', article: 'GDPR Art. 35(11)' },
        { key: 'result', kind: 'text', numeric: true, optional: true, when: ({ item }) => item?.lastRun !== undefined, message: t('Result of the last run', 'Resultat fra siste kjøring'),
          help: t('Keep the evidence.', 'Ta vare på dokumentasjonen.'), principle: 'fairness', article: 'GDPR Art. 5(2)' },
        { key: 'passed', kind: 'confirm', default: true, when: ({ item }) => item?.lastRun !== undefined, message: t('Did the last run meet the limit?', 'Holdt siste kjøring seg innenfor grensen?'),
          help: t('A failed test needs action before use.', 'En test som feiler krever tiltak før bruk.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
      ]),
    },
    ...questions([
      { id: 'fairness.humanReview', kind: 'text', message: t('How can a person review the AI\'s result for a customer?', 'Hvordan kan et menneske vurdere KI-ens resultat for en kunde?'),
        help: t('Human intervention is a key safeguard.', 'Menneskelig inngripen er en sentral garanti.'), principle: 'fairness', article: 'GDPR Art. 22(3), AI Act Art. 14' },
      { id: 'fairness.contest', kind: 'text', message: t('How can a customer contest a result?', 'Hvordan kan en kunde bestride et resultat?'),
        help: t('People must be able to express their view and contest.', 'Folk skal kunne si sin mening og bestride.'), principle: 'fairness', article: 'GDPR Art. 22(3)' },
      { id: 'fairness.monitoring', kind: 'text', message: t('How are outcomes monitored in production (drift, complaints)?', 'Hvordan overvåkes resultatene i drift (endringer over tid, klager)?'),
        help: t('Fairness can degrade after launch.', 'Rettferdighet kan svekkes etter lansering.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a), AI Act Art. 26(5)' },
    ]),
  ],
};
