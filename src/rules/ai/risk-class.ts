import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Only what the data states is judged: whether a system falls under Annex III (credit
// scoring, insurance pricing, ...) cannot be read from the file, so no class is guessed.
export const rule: Rule = {
  id: 'ai/risk-class',
  principle: 'accountability',
  article: 'AI Act Art. 5, Art. 6, Art. 14, Art. 26(2), Art. 50',
  severity: 'error',
  messages: {
    en: '{missing?:the file does not record the risk class of the AI system under the AI Act (prohibited, high, limited, minimal or none)}{prohibited?:the AI system is classed as a prohibited practice (AI Act Art. 5): it may not be put into service or used}{oversight?:the AI system is high-risk, but the file does not describe human oversight (AI Act Art. 14, Art. 26(2))}{chatbot?:the AI system is classed as minimal risk, but people interact with it directly, so the transparency obligation of AI Act Art. 50(1) applies}{emotion?:the AI system is classed as minimal risk, but it recognises emotions or categorises people biometrically, so the transparency obligation of AI Act Art. 50(3) applies}',
    nb: '{missing?:filen registrerer ikke KI-systemets risikoklasse etter KI-forordningen (prohibited, high, limited, minimal eller none)}{prohibited?:KI-systemet er klassifisert som forbudt praksis (KI-forordningen art. 5): det kan ikke tas i bruk}{oversight?:KI-systemet har høy risiko, men filen beskriver ikke menneskelig tilsyn (KI-forordningen art. 14 og art. 26 nr. 2)}{chatbot?:KI-systemet er klassifisert med minimal risiko, men folk samhandler direkte med det, så åpenhetsplikten i KI-forordningen art. 50 nr. 1 gjelder}{emotion?:KI-systemet er klassifisert med minimal risiko, men det gjenkjenner følelser eller kategoriserer mennesker biometrisk, så åpenhetsplikten i KI-forordningen art. 50 nr. 3 gjelder}',
  },
  hint: {
    en: 'Set `system.ai.aiActRisk` and explain it in `aiActRationale` (which Annex III points you considered; credit scoring and life or health insurance pricing are high-risk). For a high-risk system, describe in `system.ai.humanOversight` who oversees it, with what competence and authority to override it. A system people chat with, or that recognises emotions, is at least `limited`; emotion recognition is also listed in Annex III point 1, and it is prohibited at work and in education (Art. 5(1)(f)).',
    nb: 'Sett `system.ai.aiActRisk` og begrunn det i `aiActRationale` (hvilke punkter i vedlegg III som er vurdert; kredittvurdering og prising av livs- og helseforsikring har høy risiko). For et system med høy risiko, beskriv i `system.ai.humanOversight` hvem som fører tilsyn, med hvilken kompetanse og myndighet til å overstyre. Et system folk chatter med eller som gjenkjenner følelser, er minst `limited`; følelsesgjenkjenning står også i vedlegg III punkt 1, og det er forbudt på arbeidsplassen og i utdanning (art. 5 nr. 1 bokstav f).',
  },
  why: {
    en: 'The AI Act\'s duties follow the risk class: prohibited practices may not be used at all (Art. 5); high-risk systems (Art. 6 and Annex III, e.g. creditworthiness, life and health insurance pricing, employment, biometrics) must be designed for human oversight (Art. 14) and deployers must assign it to competent people with the authority to act (Art. 26(2)); chatbots, emotion recognition and generated content carry transparency duties (Art. 50). Without a class, the DPIA cannot show which duties apply. In Norway the act (KI-forordningen) is not yet part of the EEA agreement, but it is expected to be.',
    nb: 'Pliktene i KI-forordningen følger risikoklassen: forbudt praksis kan ikke brukes i det hele tatt (art. 5); systemer med høy risiko (art. 6 og vedlegg III, f.eks. kredittverdighet, prising av livs- og helseforsikring, arbeidsliv, biometri) skal utformes for menneskelig tilsyn (art. 14), og brukere skal gi tilsynet til personer med nødvendig kompetanse og myndighet (art. 26 nr. 2); chatboter, følelsesgjenkjenning og generert innhold har åpenhetsplikter (art. 50). Uten en risikoklasse kan vurderingen ikke vise hvilke plikter som gjelder. KI-forordningen er ennå ikke tatt inn i EØS-avtalen, men det er ventet.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai:\n    used: true\n    type: predictive model\n    aiActRisk: minimal\n    aiActRationale: B2B lead ranking for sales; not credit, insurance or employment (Annex III points 4 and 5 considered).\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    const ai = data.system!.ai!;
    const path = ['system', 'ai', 'aiActRisk'];
    if (!ai.aiActRisk) report(path, { missing: 'yes' });
    else if (ai.aiActRisk === 'prohibited') report(path, { prohibited: 'yes' });
    else if (ai.aiActRisk === 'high' && !filled(ai.humanOversight)) report(['system', 'ai', 'humanOversight'], { oversight: 'yes' });
    // One finding suffices: either duty alone lifts the class out of minimal.
    else if (ai.aiActRisk === 'minimal' && ai.interactsWithPeople === true) report(path, { chatbot: 'yes' });
    else if (ai.aiActRisk === 'minimal' && ai.emotionRecognition === true) report(path, { emotion: 'yes' });
  },
};
