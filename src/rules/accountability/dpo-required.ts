import { mergeController } from '../../model/parties.ts';
import type { Path } from '../../model/locate.ts';
import { dpoDesignated, filled, list } from '../facts.ts';
import type { Args, Rule } from '../types.ts';

// WP243 rev.01 names profiling and scoring, data-driven marketing and behavioural
// advertising among the examples of regular and systematic monitoring (section 2.1.4).
const MONITORING = ['systematic-monitoring', 'evaluation-scoring'];

export const rule: Rule = {
  id: 'accountability/dpo-required',
  principle: 'accountability',
  article: 'GDPR Art. 37(1)',
  severity: 'warning',
  messages: {
    en: 'the file names no data protection officer, but it records {authority?:the controller as a public authority, and Art. 37(1)(a) requires one}{monitoring?:large-scale monitoring or profiling ({monitoring}); if that is a core activity, Art. 37(1)(b) requires one}{special?:large-scale processing of special-category or criminal-offence data ({special}); if that is a core activity, Art. 37(1)(c) requires one}{reason?: (check that controller.noDpoReason answers this)}',
    nb: 'filen navngir ikke noe personvernombud, men registrerer {authority?:den behandlingsansvarlige som offentlig myndighet, og da krever art. 37 nr. 1 bokstav a et ombud}{monitoring?:overvåking eller profilering i stor skala ({monitoring}); er det en kjerneaktivitet, krever art. 37 nr. 1 bokstav b et ombud}{special?:behandling i stor skala av særlige kategorier av personopplysninger eller opplysninger om straffedommer og lovovertredelser ({special}); er det en kjerneaktivitet, krever art. 37 nr. 1 bokstav c et ombud}{reason?: (kontroller at controller.noDpoReason svarer på dette)}',
  },
  hint: {
    en: "Designate a DPO and name them in `controller.dpo` (here or in dpia.config.yaml). If you conclude that none is required, `controller.noDpoReason` must say why for the point named: a public authority or body always needs one (except courts acting in their judicial capacity); for monitoring or sensitive data at scale, explain why it is not a core activity (an activity is core when the processing is an inextricable part of what the organisation does, WP243 rev.01). If the screening overstates the scale, correct `screening` instead.",
    nb: 'Utpek et personvernombud og navngi det i `controller.dpo` (her eller i dpia.config.yaml). Konkluderer dere med at det ikke kreves, skal `controller.noDpoReason` begrunne det for punktet som er nevnt: en offentlig myndighet eller et offentlig organ skal alltid ha et ombud (unntatt domstoler i deres dømmende virksomhet); for overvåking eller sensitive opplysninger i stor skala, forklar hvorfor det ikke er en kjerneaktivitet (en aktivitet er en kjerneaktivitet når behandlingen er en uadskillelig del av det virksomheten gjør, WP243 rev.01). Overdriver forhåndsvurderingen omfanget, rett `screening` i stedet.',
  },
  why: {
    en: "Art. 37(1) makes a DPO mandatory (a) for public authorities and bodies, (b) where the core activities consist of processing that requires regular and systematic monitoring of people on a large scale, and (c) where they consist of large-scale processing of special categories (Art. 9) or criminal-offence data (Art. 10). The WP29 guidelines on DPOs (WP243 rev.01) count profiling and scoring, data-driven marketing and behavioural advertising as monitoring, and read core activities as those where the processing is an inextricable part of the controller's activity. Whether this is a core activity is a judgement the file cannot make, hence a warning.",
    nb: 'Art. 37 nr. 1 krever personvernombud a) for offentlige myndigheter og organer, b) der kjerneaktiviteten består av behandling som krever regelmessig og systematisk overvåking av registrerte i stor skala, og c) der den består av behandling i stor skala av særlige kategorier av personopplysninger (art. 9) eller opplysninger om straffedommer og lovovertredelser (art. 10). Artikkel 29-gruppens retningslinjer om personvernombud (WP243 rev.01) regner profilering og poengsetting, datadrevet markedsføring og atferdsbasert reklame som overvåking, og forstår kjerneaktiviteter som de der behandlingen er en uadskillelig del av virksomheten. Om dette er en kjerneaktivitet, er en vurdering filen ikke kan gjøre, derfor en advarsel.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: churn\ncontroller:\n  name: Nordvik Fiber AS\n  noDpoReason: We are a private company\nscreening:\n  criteria: [evaluation-scoring, large-scale]\n',
    good: 'schemaVersion: 1\nid: churn\ncontroller:\n  name: Nordvik Fiber AS\n  dpo: {name: Kari Nordmann, email: personvernombud@nordvikfiber.example}\nscreening:\n  criteria: [evaluation-scoring, large-scale]\n',
  },
  check({ data, config }, report) {
    const controller = mergeController(data, config);
    if (dpoDesignated(controller)) return;
    const found = (path: Path, args: Args) => report(path, { ...args, reason: filled(controller.noDpoReason) ? 'yes' : '' });

    if (controller.type === 'public-authority') found(['controller', 'type'], { authority: 'yes' });

    const criteria = list(data.screening?.criteria);
    const art35 = list(data.screening?.art35_3);
    const largeScale = criteria.includes('large-scale');

    // 37(1)(b): large-scale monitoring or profiling.
    const monitoring = largeScale ? criteria.filter((c) => MONITORING.includes(c)) : [];
    if (monitoring.length > 0) {
      found(['screening', 'criteria'], { monitoring: ['large-scale', ...monitoring].join(', ') });
    } else if (art35.includes('public-monitoring-large-scale')) {
      found(['screening', 'art35_3'], { monitoring: 'public-monitoring-large-scale' });
    } else if (list(data.screening?.nationalList).includes('public-monitoring')) {
      found(['screening', 'nationalList'], { monitoring: 'public-monitoring' });
    }

    // 37(1)(c): large-scale special-category or criminal-offence data.
    const sensitive = list(data.dataCategories).flatMap((c, i) => (c?.special === true || c?.criminal === true ? [c.id ?? String(i + 1)] : []));
    if (art35.includes('special-categories-large-scale')) {
      found(['screening', 'art35_3'], { special: 'special-categories-large-scale' });
    } else if (largeScale && sensitive.length > 0) {
      found(['screening', 'criteria'], { special: ['large-scale', ...sensitive].join(', ') });
    }
  },
};
