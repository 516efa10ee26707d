// Words for the version commands (approve, bump, diff, status, export) in en and nb.
// Kept beside en.ts/nb.ts rather than in them: one block that one area owns.
import type { Lang } from '../rules/types.ts';

const en = {
  approve: {
    signed: (id: string, version: string, role: string, name: string) => `${id} ${version}: signed as ${role} by ${name}`,
    approved: 'status: approved (every required role has signed this content)',
    waiting: (roles: string) => `status: in-review (waiting for: ${roles})`,
    refused: (count: number) => `refused: ${count} ${count === 1 ? 'error finding remains' : 'error findings remain'}; fix ${count === 1 ? 'it' : 'them'} or sign with --force --reason TEXT`,
    forced: (count: number) => `signed despite ${count} error ${count === 1 ? 'finding' : 'findings'} (--force); the reason is recorded`,
  },
  bump: {
    bumped: (id: string, from: string, to: string) => `${id}: version ${from} → ${to}; status: draft`,
  },
  diff: {
    noChange: 'no change',
    workingTree: 'working tree',
    absent: 'absent',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    up: 'up',
    down: 'down',
    inherent: 'inherent',
    residual: 'residual',
    level: 'level',
    special: 'special category (Art. 9)',
    noLongerSpecial: 'no longer a special category',
    nowSpecial: 'now a special category (Art. 9)',
    thirdCountry: 'third-country transfer',
    legalBasis: 'legal basis',
    status: 'Status',
    version: 'Version',
    other: 'Other changes',
    textChanged: 'text changed',
    sections: {
      purposes: 'Purposes and legal bases',
      dataSubjects: 'Data subjects',
      dataCategories: 'Data categories',
      recipients: 'Recipients and transfers',
      'security.measures': 'Measures',
      'fairness.tests': 'Fairness tests',
      risks: 'Risks',
      signoffs: 'Sign-offs',
      history: 'History',
    } as Record<string, string>,
  },
  status: {
    headers: ['file', 'id', 'title', 'version', 'status', 'errors', 'warnings', 'highest residual risk', 'next review', 'signed by'],
    overdue: 'overdue',
    stale: 'stale',
    none: '—',
  },
  ropa: {
    headers: {
      assessment: 'Assessment', title: 'Processing activity', version: 'Version', status: 'Status',
      controller: 'Controller', controllerContact: 'Controller contact details', representative: 'Representative',
      dpo: 'Data protection officer', purposeId: 'Purpose id', purpose: 'Purpose of the processing', legalBasis: 'Legal basis (Art. 6)',
      dataSubjects: 'Categories of data subjects', dataCategories: 'Categories of personal data', recipients: 'Categories of recipients',
      transfers: 'Transfers to third countries and safeguards', retention: 'Time limits for erasure', security: 'Technical and organisational security measures',
    },
    special: 'special category',
    planned: 'planned',
    noTransfers: 'none',
  },
};

export type VersionWords = typeof en;

const nb: VersionWords = {
  approve: {
    signed: (id, version, role, name) => `${id} ${version}: godkjent som ${role} av ${name}`,
    approved: 'status: godkjent (alle påkrevde roller har godkjent dette innholdet)',
    waiting: (roles) => `status: til gjennomgang (venter på: ${roles})`,
    refused: (count) => `avvist: ${count} funn på feilnivå gjenstår; rett ${count === 1 ? 'det' : 'dem'} eller godkjenn med --force --reason TEKST`,
    forced: (count) => `godkjent til tross for ${count} funn på feilnivå (--force); begrunnelsen er registrert`,
  },
  bump: {
    bumped: (id, from, to) => `${id}: versjon ${from} → ${to}; status: utkast`,
  },
  diff: {
    noChange: 'ingen endring',
    workingTree: 'arbeidskatalogen',
    absent: 'finnes ikke',
    added: 'lagt til',
    removed: 'fjernet',
    changed: 'endret',
    up: 'opp',
    down: 'ned',
    inherent: 'iboende',
    residual: 'restrisiko',
    level: 'nivå',
    special: 'særlig kategori (art. 9)',
    noLongerSpecial: 'ikke lenger særlig kategori',
    nowSpecial: 'nå særlig kategori (art. 9)',
    thirdCountry: 'overføring til tredjeland',
    legalBasis: 'behandlingsgrunnlag',
    status: 'Status',
    version: 'Versjon',
    other: 'Andre endringer',
    textChanged: 'teksten er endret',
    sections: {
      purposes: 'Formål og behandlingsgrunnlag',
      dataSubjects: 'Registrerte',
      dataCategories: 'Kategorier av personopplysninger',
      recipients: 'Mottakere og overføringer',
      'security.measures': 'Tiltak',
      'fairness.tests': 'Rettferdighetstester',
      risks: 'Risikoer',
      signoffs: 'Godkjenninger',
      history: 'Historikk',
    },
  },
  status: {
    headers: ['fil', 'id', 'tittel', 'versjon', 'status', 'feil', 'advarsler', 'høyeste restrisiko', 'neste gjennomgang', 'godkjent av'],
    overdue: 'forfalt',
    stale: 'utdatert',
    none: '—',
  },
  ropa: {
    headers: {
      assessment: 'Vurdering', title: 'Behandlingsaktivitet', version: 'Versjon', status: 'Status',
      controller: 'Behandlingsansvarlig', controllerContact: 'Kontaktopplysninger til behandlingsansvarlig', representative: 'Representant',
      dpo: 'Personvernombud', purposeId: 'Formål-id', purpose: 'Formålet med behandlingen', legalBasis: 'Behandlingsgrunnlag (art. 6)',
      dataSubjects: 'Kategorier av registrerte', dataCategories: 'Kategorier av personopplysninger', recipients: 'Kategorier av mottakere',
      transfers: 'Overføring til tredjeland og garantier', retention: 'Frister for sletting', security: 'Tekniske og organisatoriske sikkerhetstiltak',
    },
    special: 'særlig kategori',
    planned: 'planlagt',
    noTransfers: 'ingen',
  },
};

export function versionWords(lang: Lang): VersionWords {
  return lang === 'nb' ? nb : en;
}
