import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Generated content alone does not trigger this rule: Art. 50(2) is the provider's
// machine-readable marking, and Art. 50(4) covers only deep fakes and text published to
// inform the public on matters of public interest, which the file does not record.
export const rule: Rule = {
  id: 'ai/chatbot-disclosure',
  principle: 'transparency',
  article: 'AI Act Art. 50(1), Art. 50(3)',
  severity: 'error',
  messages: {
    en: 'the file does not record how people are told {chatbot?:that they are interacting with an AI system (AI Act Art. 50(1))}{emotion?:that an emotion recognition or biometric categorisation system is used on them (AI Act Art. 50(3))}',
    nb: 'filen beskriver ikke hvordan personene får vite {chatbot?:at de samhandler med et KI-system (KI-forordningen art. 50 nr. 1)}{emotion?:at et system for følelsesgjenkjenning eller biometrisk kategorisering brukes på dem (KI-forordningen art. 50 nr. 3)}',
  },
  hint: {
    en: 'Describe in `transparency.aiDisclosure` what people see or hear, and when: clearly, at the latest at the first interaction (e.g. "The chat window opens with: You are chatting with an AI assistant. Type \'agent\' to reach a person.").',
    nb: 'Beskriv i `transparency.aiDisclosure` hva personene ser eller hører, og når: tydelig og senest ved første samhandling (f.eks. «Chatvinduet åpner med: Du chatter med en KI-assistent. Skriv \'agent\' for å snakke med et menneske.»).',
  },
  why: {
    en: 'People must be informed that they are interacting with an AI system, unless that is obvious to a reasonably well-informed, observant and circumspect person (AI Act Art. 50(1); a duty of the provider, so a team that deploys a vendor\'s chatbot records how the vendor meets it), and people exposed to emotion recognition or biometric categorisation must be informed of it (Art. 50(3)); the information must be clear and given at the latest at the first interaction or exposure (Art. 50(5)). These duties apply from 2 August 2026. In Norway the act (KI-forordningen) is not yet part of the EEA agreement, but telling people about AI also follows from fair and transparent processing (GDPR Art. 5(1)(a)).',
    nb: 'Personer skal få vite at de samhandler med et KI-system, med mindre det er åpenbart for en rimelig velinformert, oppmerksom og varsom person (KI-forordningen art. 50 nr. 1; en plikt for tilbyderen, så et team som tar i bruk en leverandørs chatbot, registrerer hvordan leverandøren oppfyller den), og personer som utsettes for følelsesgjenkjenning eller biometrisk kategorisering, skal informeres om det (art. 50 nr. 3); informasjonen skal være tydelig og gis senest ved første samhandling eller eksponering (art. 50 nr. 5). Pliktene gjelder fra 2. august 2026. KI-forordningen er ennå ikke tatt inn i EØS-avtalen, men å fortelle folk om bruk av KI følger også av prinsippet om lovlighet, rettferdighet og åpenhet (personvernforordningen art. 5 nr. 1 bokstav a).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: support-chat\nsystem:\n  ai: {used: true, type: generative (LLM), interactsWithPeople: true}\n',
    good: 'schemaVersion: 1\nid: support-chat\nsystem:\n  ai: {used: true, type: generative (LLM), interactsWithPeople: true}\ntransparency:\n  aiDisclosure: The chat window opens with "You are chatting with an AI assistant" and offers a human agent.\n',
  },
  check({ data }, report) {
    if (!aiUsed(data) || filled(data.transparency?.aiDisclosure)) return;
    const ai = data.system!.ai!;
    // Two duties, two findings: each names its own paragraph of Art. 50.
    if (ai.interactsWithPeople === true) report(['transparency', 'aiDisclosure'], { chatbot: 'yes' });
    if (ai.emotionRecognition === true) report(['transparency', 'aiDisclosure'], { emotion: 'yes' });
  },
};
