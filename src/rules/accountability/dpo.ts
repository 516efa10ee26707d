import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/dpo',
  principle: 'accountability',
  article: 'GDPR Art. 35(2)',
  severity: 'error',
  messages: {
    en: "{missing?:the DPO's advice is not recorded}{noOpinion?:the DPO's advice (opinion) is not recorded}{noName?:the DPO who gave the advice is not named}{noDate?:the date of the DPO's advice is not recorded}{notFollowed?:the DPO's advice was not followed and no reason is given}",
    nb: '{missing?:personvernombudets råd er ikke registrert}{noOpinion?:personvernombudets råd (opinion) er ikke registrert}{noName?:personvernombudet som ga rådet, er ikke navngitt}{noDate?:datoen for personvernombudets råd er ikke registrert}{notFollowed?:personvernombudets råd ble ikke fulgt, og det er ikke begrunnet hvorfor}',
  },
  hint: {
    en: "Record `consultation.dpo` with the DPO's `name`, the `opinion` (their advice in their own words), the `date` and `adviceFollowed`; if the advice was not followed, give the `reason`. If your organisation has not designated a DPO, set this rule to `off` in dpia.config.yaml.",
    nb: 'Registrer `consultation.dpo` med personvernombudets navn (`name`), rådet med ombudets egne ord (`opinion`), datoen (`date`) og om rådet ble fulgt (`adviceFollowed`); ble det ikke fulgt, skriv begrunnelsen i `reason`. Har virksomheten ikke utpekt et personvernombud, sett regelen til `off` i dpia.config.yaml.',
  },
  why: {
    en: "When carrying out a DPIA the controller must seek the advice of the data protection officer, where one is designated (Art. 35(2)). The WP29 guidelines on DPOs (WP243) say the advice and the controller's decision should be documented in the DPIA, with written reasons where the advice is not followed.",
    nb: 'Når en vurdering av personvernkonsekvenser gjennomføres, skal den behandlingsansvarlige rådføre seg med personvernombudet, dersom et slikt er utpekt (art. 35 nr. 2). Artikkel 29-gruppens retningslinjer om personvernombud (WP243) sier at rådet og den behandlingsansvarliges beslutning bør dokumenteres i vurderingen, med skriftlig begrunnelse når rådet ikke følges.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nconsultation:\n  dpo:\n    name: Kari Nordmann\n    opinion: Run a bias test before go-live\n    date: 2026-03-01\n    adviceFollowed: false\n',
    good: 'schemaVersion: 1\nid: scoring\nconsultation:\n  dpo:\n    name: Kari Nordmann\n    opinion: Run a bias test before go-live\n    date: 2026-03-01\n    adviceFollowed: true\n',
  },
  check({ data }, report) {
    const dpo = data.consultation?.dpo;
    if (!dpo) {
      report(['consultation', 'dpo'], { missing: 'yes' });
      return;
    }
    if (!filled(dpo.opinion)) report(['consultation', 'dpo', 'opinion'], { noOpinion: 'yes' });
    if (!filled(dpo.name)) report(['consultation', 'dpo', 'name'], { noName: 'yes' });
    if (!filled(dpo.date)) report(['consultation', 'dpo', 'date'], { noDate: 'yes' });
    if (dpo.adviceFollowed === false && !filled(dpo.reason)) report(['consultation', 'dpo', 'reason'], { notFollowed: 'yes' });
  },
};
