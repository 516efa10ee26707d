import { filled, list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';

/** The Art. 46 tools whose effectiveness depends on the law and practice of the importer's country. */
const ART46_TOOLS = new Set(['scc', 'bcr', 'code-of-conduct', 'certification']);

export const rule: Rule = {
  id: 'transfer/impact-assessment',
  principle: 'data-security',
  article: 'GDPR Art. 46(1); C-311/18 (Schrems II)',
  severity: 'error',
  messages: {
    en: 'transfers to recipient {recipient} in {country} rely on `mechanism: {mechanism}` (Art. 46), but the file does not record {missing?:a transfer impact assessment (its date and outcome)}{noDate?:the date of the transfer impact assessment}{noOutcome?:the outcome of the transfer impact assessment and the supplementary measures it requires}',
    nb: 'overføringer til mottaker {recipient} i {country} bygger på `mechanism: {mechanism}` (art. 46), men filen registrerer ikke {missing?:en vurdering av overføringen (dato og konklusjon)}{noDate?:datoen for vurderingen av overføringen}{noOutcome?:konklusjonen på vurderingen av overføringen og tilleggstiltakene den krever}',
  },
  hint: {
    en: 'Assess the transfer before it starts (EDPB Recommendations 01/2020): what is sent and how, whether the law or practice of the recipient\'s country lets public authorities reach the data beyond what is necessary and proportionate, and which supplementary measures close the gap (e.g. pseudonymisation with the key in the EEA, encryption with keys the importer cannot reach). Record it in `transfer.tia`: the `date` and the `outcome`, including the measures. Re-assess when the law or the transfer changes.',
    nb: 'Vurder overføringen før den starter (EDPBs anbefalinger 01/2020): hva som sendes og hvordan, om lovgivning eller praksis i mottakerlandet gir offentlige myndigheter tilgang til opplysningene utover det som er nødvendig og forholdsmessig, og hvilke tilleggstiltak som tetter hullet (f.eks. pseudonymisering med nøkkelen i EØS, kryptering med nøkler mottakeren ikke har tilgang til). Registrer vurderingen i `transfer.tia`: dato (`date`) og konklusjon (`outcome`), medregnet tiltakene. Vurder på nytt når lovgivningen eller overføringen endres.',
  },
  why: {
    en: 'Under Art. 46(1) a transfer on appropriate safeguards (standard contractual clauses, binding corporate rules, a code of conduct or a certification) is lawful only if data subjects keep enforceable rights and effective remedies. The Court of Justice held in C-311/18 (Schrems II) that the protection must be essentially equivalent to that in the EU, and that the exporter must verify, case by case, whether the law and practice of the third country impinge on the safeguards, adding supplementary measures where needed or else not transferring. EDPB Recommendations 01/2020 set out the steps and ask that the assessment be documented; without its date and conclusion the file cannot show that this was done.',
    nb: 'Etter art. 46 nr. 1 er en overføring med nødvendige garantier (standardbestemmelser om personvern, bindende virksomhetsregler, atferdsnormer eller sertifisering) bare lovlig når de registrerte har håndhevbare rettigheter og effektive rettsmidler. EU-domstolen slo i C-311/18 (Schrems II) fast at vernet må være i det vesentlige likeverdig med vernet i EU, og at den som overfører, i hvert enkelt tilfelle må kontrollere om lovgivning og praksis i tredjestaten undergraver garantiene, og legge til tilleggstiltak der det trengs eller ellers la være å overføre. EDPBs anbefalinger 01/2020 beskriver trinnene og ber om at vurderingen dokumenteres; uten dato og konklusjon kan filen ikke vise at den er gjort.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: training\nrecipients:\n  - id: ml-platform\n    name: Cumulus ML Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: scc\n      details: SCC 2021/914 module 2\n',
    good: 'schemaVersion: 1\nid: training\nrecipients:\n  - id: ml-platform\n    name: Cumulus ML Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: scc\n      details: SCC 2021/914 module 2\n      tia:\n        date: 2026-08-20\n        outcome: FISA 702 could reach the data; pseudonymised before export with the key in Norway, so the transfer may go ahead\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      const transfer = recipient?.transfer;
      if (!transfer?.mechanism || !ART46_TOOLS.has(transfer.mechanism) || !outsideEEA(recipient.country)) return;
      const args = { recipient: recipient.id ?? String(index + 1), country: recipient.country, mechanism: transfer.mechanism };
      const path = ['recipients', index, 'transfer', 'tia'];
      const tia = transfer.tia;
      if (!filled(tia?.date) && !filled(tia?.outcome)) {
        report(path, { ...args, missing: 'yes' });
        return;
      }
      if (!filled(tia?.date)) report([...path, 'date'], { ...args, noDate: 'yes' });
      if (!filled(tia?.outcome)) report([...path, 'outcome'], { ...args, noOutcome: 'yes' });
    });
  },
};
