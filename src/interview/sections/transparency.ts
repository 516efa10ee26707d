// Transparency: the privacy notice, AI disclosure, the logic explained, handling of rights.
import { childrenConcerned } from '../../rules/facts.ts';
import { questions, t, type Scope, type Section } from '../types.ts';

const ai = ({ data }: Scope) => data.system?.ai?.used === true;

export const transparencySection: Section = {
  name: 'transparency',
  title: t('Transparency and rights', 'Åpenhet og rettigheter'),
  questions: questions([
    { id: 'transparency.notice.url', kind: 'text', message: t('Where is the privacy notice published? (URL)', 'Hvor er personvernerklæringen publisert? (URL)'),
      help: t('People must get the Art. 13/14 information; `dpia render --doc notice` drafts it.', 'Folk skal få informasjonen i art. 13/14; `dpia render --doc notice` lager et utkast.'), principle: 'transparency', article: 'GDPR Art. 12, 13, 14' },
    { id: 'transparency.notice.channels', kind: 'checkbox', message: t('Where are people told? (space to tick)', 'Hvor får folk informasjonen? (mellomrom for å krysse av)'),
      choices: [
        { value: 'web', label: t('website', 'nettsted') }, { value: 'app', label: t('app', 'app') }, { value: 'e-mail', label: t('e-mail', 'e-post') },
        { value: 'chat', label: t('chat', 'chat') }, { value: 'phone', label: t('phone', 'telefon') }, { value: 'contract', label: t('contract or terms', 'avtale eller vilkår') },
      ],
      help: t('Information must be easy to find where people meet you.', 'Informasjonen skal være lett å finne der folk møter dere.'), principle: 'transparency', article: 'GDPR Art. 12(1)' },
    { id: 'transparency.notice.timing', kind: 'text', message: t('When are people told? (at collection; for data from others within a month at most)', 'Når får folk vite det? (ved innsamling; for data fra andre senest innen en måned)'),
      help: t('Art. 13 at collection; Art. 14 within a reasonable period, at most one month, or at first contact.', 'Art. 13 ved innsamling; art. 14 innen rimelig tid, senest en måned, eller ved første kontakt.'), principle: 'transparency', article: 'GDPR Art. 13(1), 14(3)' },
    { id: 'transparency.notice.children', kind: 'text', when: ({ data }) => childrenConcerned(data),
      message: t('Children: how is the information made clear and plain enough for a child to understand?', 'Barn: hvordan gjøres informasjonen så klar og enkel at et barn forstår den?'),
      help: t('Information addressed to a child must be in language the child can easily understand.', 'Informasjon rettet mot barn skal være på et språk barnet lett forstår.'), principle: 'transparency', article: 'GDPR Art. 12(1), recital 58' },
    { id: 'transparency.aiDisclosure', kind: 'text', when: ai, message: t('How are people told that AI is used?', 'Hvordan får folk vite at KI brukes?'),
      help: t('Tell people about AI use and profiling; chatbots must say they are AI.', 'Fortell om bruk av KI og profilering; chatboter må si at de er KI.'), principle: 'transparency', article: 'GDPR Art. 13(2)(f), AI Act Art. 50' },
    { id: 'transparency.logicExplanation', kind: 'text', when: (s) => ai(s) || s.data.system?.ai?.automatedDecision?.exists === true,
      message: t('Explain to a customer, in two sentences, how the AI reaches its result and what it means for them', 'Forklar for en kunde, med to setninger, hvordan KI-en kommer fram til resultatet og hva det betyr for dem'),
      help: t('Meaningful information about the logic, its significance and consequences.', 'Meningsfull informasjon om logikken, betydningen og de forventede konsekvensene.'), principle: 'transparency', article: 'GDPR Art. 13(2)(f), 15(1)(h), C-203/22' },
    { id: 'transparency.rights.contact', kind: 'text', message: t('Where do people send requests (access, erasure, objection)?', 'Hvor sender folk henvendelser (innsyn, sletting, protest)?'),
      help: t('Make exercising rights easy.', 'Gjør det enkelt å bruke rettighetene.'), principle: 'transparency', article: 'GDPR Art. 12(2), 15-22' },
    { id: 'transparency.rights.process', kind: 'text', message: t('How are requests handled (who, which systems, including the model data)?', 'Hvordan behandles henvendelsene (hvem, hvilke systemer, også modelldata)?'),
      help: t('Access, rectification, erasure, restriction, portability and objection must work in practice.', 'Innsyn, retting, sletting, begrensning, dataportabilitet og protest må fungere i praksis.'), principle: 'transparency', article: 'GDPR Art. 15-21' },
    { id: 'transparency.rights.responseTime', kind: 'duration', default: 'P1M', message: t('How fast do you answer? (at most one month, e.g. "30 days")', 'Hvor raskt svarer dere? (senest en måned, f.eks. «30 dager»)'),
      help: t('Answer without undue delay and within one month.', 'Svar uten ugrunnet opphold og senest innen en måned.'), principle: 'transparency', article: 'GDPR Art. 12(3)' },
  ]),
};
