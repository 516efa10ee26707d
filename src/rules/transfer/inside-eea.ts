import { filled, insideEEA, list } from '../facts.ts';
import type { Recipient } from '../../model/schema.ts';
import type { Rule } from '../types.ts';

/** The transfer block says something: a mechanism, details, a DPF answer or an assessment. */
function describesTransfer(transfer: Recipient['transfer']): boolean {
  if (!transfer) return false;
  return filled(transfer.mechanism) || filled(transfer.details) || typeof transfer.dpfCertified === 'boolean'
    || filled(transfer.tia?.date) || filled(transfer.tia?.outcome);
}

// Either the country is wrong (the data is processed or reached from outside the EEA,
// and the other transfer rules never look at it), or the block is left over: the
// notice and the record of processing skip it, so the file says what they do not.
export const rule: Rule = {
  id: 'transfer/inside-eea',
  principle: 'data-security',
  article: 'GDPR Art. 44',
  severity: 'warning',
  messages: {
    en: 'recipient {recipient} is recorded in {country}, inside the EEA, but the file also records a transfer to a third country for it; either the country or the transfer is wrong',
    nb: 'mottaker {recipient} er registrert i {country}, innenfor EØS, men filen registrerer også en overføring til tredjestat for den; enten landet eller overføringen er feil',
  },
  hint: {
    en: 'If the recipient processes or reaches the data from outside the EEA (hosting, support access, a sub-processor), record that country in `country`, or add the party outside the EEA as a recipient of its own with its `transfer`. If everything happens inside the EEA, remove the `transfer` block.',
    nb: 'Behandler eller når mottakeren opplysningene fra et land utenfor EØS (drift, brukerstøtte, underdatabehandler), registrer det landet i `country`, eller legg til parten utenfor EØS som en egen mottaker med sin egen `transfer`. Skjer alt innenfor EØS, fjern `transfer`.',
  },
  why: {
    en: 'Chapter V applies to transfers to a third country or an international organisation (Art. 44); within the EEA (the EU member states, Iceland, Liechtenstein and Norway) personal data moves freely. A transfer block on a recipient inside the EEA is a contradiction: either data does leave the EEA, and the country that matters is not recorded so no transfer rule can check it, or it does not, and the block is a leftover that the privacy notice and the record of processing leave out, so the assessment and what people are told disagree.',
    nb: 'Kapittel V gjelder overføring til en tredjestat eller en internasjonal organisasjon (art. 44); innenfor EØS (EUs medlemsstater, Island, Liechtenstein og Norge) flyter personopplysninger fritt. En overføring registrert på en mottaker innenfor EØS er selvmotsigende: enten forlater opplysningene EØS, og landet det gjelder er ikke registrert, så ingen regel om overføring kan kontrollere den, eller så gjør de det ikke, og opplysningene om overføring er en rest som personvernerklæringen og protokollen utelater, slik at vurderingen og det de registrerte får vite, ikke stemmer overens.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: crm\nrecipients:\n  - id: crm-vendor\n    name: NordCRM AB\n    role: processor\n    country: SE\n    transfer:\n      mechanism: scc\n',
    good: 'schemaVersion: 1\nid: crm\nrecipients:\n  - id: crm-vendor\n    name: NordCRM AB\n    role: processor\n    country: SE\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (insideEEA(recipient?.country) !== true || !describesTransfer(recipient.transfer)) return;
      report(['recipients', index, 'transfer'], { recipient: recipient.id ?? String(index + 1), country: recipient.country! });
    });
  },
};
