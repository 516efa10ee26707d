import { aiUsed, decisionSupport, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Decision support is not Art. 22, but only while the person's part is meaningful: who
// decides, how they understand the output and when they depart from it are what make the
// decision theirs (WP251 rev.01; C-634/21 SCHUFA, where a score a decision "draws strongly"
// on was itself the decision). The question before it, what the output is used for, is
// asked here too: until it is answered, neither this rule nor fairness/human-review can
// tell whether it applies.
export const rule: Rule = {
  id: 'ai/decision-support',
  principle: 'fairness',
  article: 'GDPR Art. 22(1); WP251 rev.01',
  severity: 'error',
  messages: {
    en: '{decidedBy?:people decide about people from the AI\'s output, but the file does not record who decides and with what authority to decide otherwise}{understanding?:people decide about people from the AI\'s output, but the file does not record how they understand it (training, explanations, known limits)}{departure?:people decide about people from the AI\'s output, but the file does not record when and how they depart from it, and how often they do}{unknown?:the AI is used, but the file does not record what its output is used for: {noAutomated?:whether it decides about people on its own (`system.ai.automatedDecision.exists`)}{both?: and }{noSupport?:whether a person decides about people from it (`system.ai.decisionSupport.exists`)}}',
    nb: '{decidedBy?:mennesker avgjør saker om personer ut fra KI-ens resultat, men filen angir ikke hvem som avgjør, og med hvilken myndighet til å avgjøre annerledes}{understanding?:mennesker avgjør saker om personer ut fra KI-ens resultat, men filen beskriver ikke hvordan de forstår resultatet (opplæring, forklaringer, kjente begrensninger)}{departure?:mennesker avgjør saker om personer ut fra KI-ens resultat, men filen beskriver ikke når og hvordan de fraviker det, og hvor ofte de gjør det}{unknown?:KI brukes, men filen angir ikke hva resultatet brukes til: {noAutomated?:om KI-en avgjør noe om personer på egen hånd (`system.ai.automatedDecision.exists`)}{both?: og }{noSupport?:om et menneske avgjør noe om personer ut fra resultatet (`system.ai.decisionSupport.exists`)}}',
  },
  hint: {
    en: 'Answer `system.ai.automatedDecision.exists` (the AI decides about a person with no one involved) and `system.ai.decisionSupport.exists` (a person decides about people from its output; false for output a customer may simply ignore). Where a person decides, record in `decisionSupport` who decides (`decidedBy`, a role with authority to decide otherwise), how they understand the output (`understanding`: training, reason codes, known limits) and when and how often they depart from it (`departure`).',
    nb: 'Svar på `system.ai.automatedDecision.exists` (KI-en avgjør noe om en person uten at noen er involvert) og `system.ai.decisionSupport.exists` (et menneske avgjør noe om personer ut fra resultatet; false for resultater kunden bare kan se bort fra). Der et menneske avgjør, angi i `decisionSupport` hvem som avgjør (`decidedBy`, en rolle med myndighet til å avgjøre annerledes), hvordan de forstår resultatet (`understanding`: opplæring, begrunnelseskoder, kjente begrensninger) og når og hvor ofte de fraviker det (`departure`).',
  },
  why: {
    en: 'Art. 22(1) forbids in principle decisions based solely on automated processing with legal or similarly significant effects. A decision a person makes from the AI\'s output falls outside it only if the person\'s part is meaningful: someone with the authority and competence to change the decision, who considers all the relevant data, not a token gesture; the DPIA should record the degree of human involvement (WP251 rev.01). Where the person in practice follows the output, the output is the decision (CJEU C-634/21 SCHUFA). So the file must say what the output is used for, and where a person decides: who, how they understand the output, and when they depart from it.',
    nb: 'Art. 22 nr. 1 forbyr i utgangspunktet avgjørelser som utelukkende bygger på automatisert behandling og har rettsvirkning eller tilsvarende betydelig virkning. En avgjørelse et menneske tar ut fra KI-ens resultat, faller bare utenfor dersom menneskets rolle er reell: en person med myndighet og kompetanse til å endre avgjørelsen, som vurderer alle relevante opplysninger, ikke en formalitet; vurderingen av personvernkonsekvenser bør angi graden av menneskelig involvering (WP251 rev.01). Følger mennesket i praksis resultatet, er resultatet avgjørelsen (EU-domstolen C-634/21 SCHUFA). Filen må derfor angi hva resultatet brukes til, og der et menneske avgjør: hvem, hvordan de forstår resultatet, og når de fraviker det.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: churn\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n    decisionSupport: {exists: true}\n',
    good: 'schemaVersion: 1\nid: churn\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n    decisionSupport:\n      exists: true\n      decidedBy: Retention agents decide whom to call and which offer to make; they may ignore the score\n      understanding: The score shows its three strongest reasons; agents are trained on what it cannot know\n      departure: Agents skip or add customers with a reason; about 20 % of calls are chosen against the score\n',
  },
  check({ data }, report) {
    const ai = data.system?.ai;
    if (decisionSupport(data)) {
      for (const field of ['decidedBy', 'understanding', 'departure'] as const) {
        if (!filled(ai?.decisionSupport?.[field])) report(['system', 'ai', 'decisionSupport', field], { [field]: 'yes' });
      }
      return;
    }
    if (!aiUsed(data) || ai?.automatedDecision?.exists === true) return;
    // Both answered false: the output decides nothing about people (a customer may ignore it).
    const noAutomated = typeof ai?.automatedDecision?.exists !== 'boolean';
    const noSupport = typeof ai?.decisionSupport?.exists !== 'boolean';
    if (!noAutomated && !noSupport) return;
    report(['system', 'ai', noSupport ? 'decisionSupport' : 'automatedDecision', 'exists'], {
      unknown: 'yes',
      noAutomated: noAutomated ? 'yes' : '',
      noSupport: noSupport ? 'yes' : '',
      both: noAutomated && noSupport ? 'yes' : '',
    });
  },
};
