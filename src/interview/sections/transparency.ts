// Transparency: the privacy notice, AI disclosure, the logic explained, handling of rights.
import { childrenConcerned } from '../../rules/facts.ts';
import { NOTICE_CHANNELS } from '../../model/schema.ts';
import { enumChoices, questions, type Scope, type Section } from '../types.ts';

const ai = ({ data }: Scope) => data.system?.ai?.used === true;

export const transparencySection: Section = {
  name: 'transparency',
  questions: questions([
    { id: 'transparency.notice.url', kind: 'text', principle: 'transparency', article: 'GDPR Art. 12, 13, 14' },
    { id: 'transparency.notice.channels', kind: 'checkbox',
      choices: enumChoices(NOTICE_CHANNELS), principle: 'transparency', article: 'GDPR Art. 12(1)' },
    { id: 'transparency.notice.timing', kind: 'text', principle: 'transparency', article: 'GDPR Art. 13(1), 14(3)' },
    { id: 'transparency.notice.children', kind: 'text', when: ({ data }) => childrenConcerned(data), principle: 'transparency', article: 'GDPR Art. 12(1), recital 58' },
    { id: 'transparency.aiDisclosure', kind: 'text', when: ai, principle: 'transparency', article: 'GDPR Art. 13(2)(f), AI Act Art. 50' },
    // Shown to the people concerned in the privacy notice; the internal answers are the starting suggestions.
    { id: 'transparency.notice.ai', kind: 'text', when: ai, default: ({ data }: Scope) => data.transparency?.aiDisclosure ?? data.system?.ai?.description, principle: 'transparency', article: 'GDPR Art. 12(1), AI Act Art. 50' },
    { id: 'transparency.logicExplanation', kind: 'text', when: (s) => ai(s) || s.data.system?.ai?.automatedDecision?.exists === true, default: ({ data }: Scope) => data.system?.ai?.automatedDecision?.logic, principle: 'transparency', article: 'GDPR Art. 13(2)(f), 14(2)(g), 15(1)(h), C-203/22' },
    { id: 'transparency.notice.summary', kind: 'text', optional: true, principle: 'transparency', article: 'GDPR Art. 12(1)' },
    { id: 'transparency.notice.selfService', kind: 'text', optional: true, principle: 'transparency', article: 'GDPR Art. 12(2), 15-17' },
    { id: 'transparency.rights.contact', kind: 'text', principle: 'transparency', article: 'GDPR Art. 12(2), 15-22' },
    { id: 'transparency.rights.process', kind: 'text', principle: 'transparency', article: 'GDPR Art. 15-21' },
    { id: 'transparency.rights.responseTime', kind: 'duration', default: 'P1M', principle: 'transparency', article: 'GDPR Art. 12(3)' },
  ]),
};
