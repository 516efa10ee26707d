import { mergeController } from '../../model/parties.ts';
import { dpoDesignated, filled } from '../facts.ts';
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
    en: "Record `consultation.dpo` with the DPO's `name`, the `opinion` (their advice in their own words), the `date` and `adviceFollowed`; if the advice was not followed, give the `reason`. The rule applies only where a DPO is designated (`controller.dpo` in the file or in dpia.config.yaml); without one, record in `controller.noDpoReason` why Art. 37(1) does not require one (accountability/dpo-designation).",
    nb: 'Registrer `consultation.dpo` med personvernombudets navn (`name`), rådet med ombudets egne ord (`opinion`), datoen (`date`) og om rådet ble fulgt (`adviceFollowed`); ble det ikke fulgt, skriv begrunnelsen i `reason`. Regelen gjelder bare når et personvernombud er utpekt (`controller.dpo` i filen eller i dpia.config.yaml); uten personvernombud skal `controller.noDpoReason` si hvorfor art. 37 nr. 1 ikke krever et (accountability/dpo-designation).',
  },
  why: {
    en: "When carrying out a DPIA the controller must seek the advice of the data protection officer, where one is designated (Art. 35(2)). The WP29 guidelines on DPOs (WP243 rev.01) say the advice and the controller's decision should be documented in the DPIA, with written reasons where the advice is not followed. The DPO advises; the decision stays with the controller (Art. 38(6) as read in CJEU C-453/21: the DPO's other tasks must not have them determine the purposes and means of processing).",
    nb: 'Når en vurdering av personvernkonsekvenser gjennomføres, skal den behandlingsansvarlige rådføre seg med personvernombudet, dersom et slikt er utpekt (art. 35 nr. 2). Artikkel 29-gruppens retningslinjer om personvernombud (WP243 rev.01) sier at rådet og den behandlingsansvarliges beslutning bør dokumenteres i vurderingen, med skriftlig begrunnelse når rådet ikke følges. Personvernombudet gir råd; beslutningen er den behandlingsansvarliges (art. 38 nr. 6 slik EU-domstolen forstår den i C-453/21: ombudets andre oppgaver kan ikke innebære at ombudet fastsetter formål og midler for behandlingen).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ncontroller:\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\nconsultation:\n  dpo:\n    name: Kari Nordmann\n    opinion: Run a bias test before go-live\n    date: 2026-03-01\n    adviceFollowed: false\n',
    good: 'schemaVersion: 1\nid: scoring\ncontroller:\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\nconsultation:\n  dpo:\n    name: Kari Nordmann\n    opinion: Run a bias test before go-live\n    date: 2026-03-01\n    adviceFollowed: true\n',
  },
  check({ data, config }, report) {
    // "Where designated" (Art. 35(2)): without a DPO there is no advice to record.
    if (!dpoDesignated(mergeController(data, config))) return;
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
