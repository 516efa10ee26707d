import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 22(1) is a prohibition in principle (C-634/21 SCHUFA): a solely automated decision
// with legal or similarly significant effects is unlawful unless an Art. 22(2) exception is
// recorded. Division of labour: the 22(3) safeguards for contract and explicit consent are
// fairness/human-review (human intervention) and fairness/contest (expressing one's view,
// contesting); explicit consent itself is the consent/ rules' (facts.reliesOnConsent and
// needsExplicitConsent count the Art. 22(2)(c) exception). This rule asks only what no other
// rule does: whether the effect is recorded, the exception, and for (b) the law and the
// safeguards it lays down.
export const rule: Rule = {
  id: 'legal-basis/automated-decision',
  principle: 'purpose',
  article: 'GDPR Art. 22(1), Art. 22(2)',
  severity: 'error',
  messages: {
    en: '{noEffect?:the file records a decision based solely on automated processing but does not record whether it has legal or similarly significant effects}{noException?:the file records a decision based solely on automated processing with legal or similarly significant effects, but no Art. 22(2) exception (contract, law or explicit consent) that allows it}{noLaw?:the automated decision relies on Union or member-state law (Art. 22(2)(b)), but the file does not name that law}{noSafeguards?:the automated decision relies on Union or member-state law (Art. 22(2)(b)), but the file does not record the measures that law lays down to safeguard the person\'s rights, freedoms and legitimate interests}',
    nb: '{noEffect?:filen registrerer en avgjørelse som utelukkende er basert på automatisert behandling, men ikke om den har rettsvirkning for eller på tilsvarende måte i betydelig grad påvirker den registrerte}{noException?:filen registrerer en avgjørelse som utelukkende er basert på automatisert behandling og har rettsvirkning eller tilsvarende betydelig virkning, men ikke noe unntak etter art. 22 nr. 2 (avtale, lov eller uttrykkelig samtykke) som tillater den}{noLaw?:den automatiserte avgjørelsen bygger på unionsretten eller nasjonal rett (art. 22 nr. 2 bokstav b), men filen angir ikke hvilken lov}{noSafeguards?:den automatiserte avgjørelsen bygger på unionsretten eller nasjonal rett (art. 22 nr. 2 bokstav b), men filen angir ikke hvilke tiltak loven fastsetter for å verne den registrertes rettigheter, friheter og berettigede interesser}',
  },
  hint: {
    en: 'Set `system.ai.automatedDecision.significantEffect` (true where the decision has legal effects or similarly significantly affects the person, e.g. refusing credit, a contract or a service). For a significant decision, record the Art. 22(2) `exception`: `contract` (necessary for entering into or performing a contract with the person), `law` (then name the Union or member-state law in `law` and the safeguards it lays down in `safeguards`) or `explicit-consent`. Without one of them, the decision must not be solely automated: let a person with authority decide (`system.ai.decisionSupport`).',
    nb: 'Sett `system.ai.automatedDecision.significantEffect` (true når avgjørelsen har rettsvirkning eller på tilsvarende måte i betydelig grad påvirker den registrerte, f.eks. avslag på kreditt, avtale eller en tjeneste). For en betydelig avgjørelse, angi unntaket etter art. 22 nr. 2 i `exception`: `contract` (nødvendig for å inngå eller oppfylle en avtale med den registrerte), `law` (angi da loven i unionsretten eller nasjonal rett i `law` og tiltakene den fastsetter i `safeguards`) eller `explicit-consent`. Uten et av dem kan avgjørelsen ikke være helautomatisert: la et menneske med myndighet avgjøre (`system.ai.decisionSupport`).',
  },
  why: {
    en: 'A person has the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning them or similarly significantly affects them (Art. 22(1)); the CJEU reads this as a prohibition in principle (C-634/21 SCHUFA). It is lifted only where the decision is necessary for a contract with the person (22(2)(a)), authorised by Union or member-state law which also lays down suitable measures to safeguard their rights, freedoms and legitimate interests (22(2)(b)), or based on their explicit consent (22(2)(c)). Whether the rule applies depends on the effect, so the effect must be recorded.',
    nb: 'Den registrerte har rett til ikke å være gjenstand for en avgjørelse som utelukkende er basert på automatisert behandling, herunder profilering, som har rettsvirkning for eller på tilsvarende måte i betydelig grad påvirker vedkommende (art. 22 nr. 1); EU-domstolen leser dette som et forbud i utgangspunktet (C-634/21 SCHUFA). Forbudet gjelder ikke når avgjørelsen er nødvendig for å inngå eller oppfylle en avtale med den registrerte (art. 22 nr. 2 bokstav a), er tillatt i henhold til unionsretten eller nasjonal rett som også fastsetter egnede tiltak for å verne den registrertes rettigheter, friheter og berettigede interesser (bokstav b), eller bygger på den registrertes uttrykkelige samtykke (bokstav c). Om regelen gjelder, avhenger av virkningen, så virkningen må være registrert.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true}\n',
    good: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n',
  },
  check({ data }, report) {
    const decision = data.system?.ai?.automatedDecision;
    if (decision?.exists !== true) return;
    const path = (field: string) => ['system', 'ai', 'automatedDecision', field];
    if (typeof decision.significantEffect !== 'boolean') {
      report(path('significantEffect'), { noEffect: 'yes' });
      return;
    }
    if (!decision.significantEffect) return;
    if (decision.exception === undefined) {
      report(path('exception'), { noException: 'yes' });
      return;
    }
    if (decision.exception === 'law') {
      if (!filled(decision.law)) report(path('law'), { noLaw: 'yes' });
      if (!filled(decision.safeguards)) report(path('safeguards'), { noSafeguards: 'yes' });
    }
  },
};
