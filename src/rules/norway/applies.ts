// The norway/* rules apply Norwegian acts. They stay silent where the file (or the shared
// config) records a controller established in another country: a team outside Norway can
// also turn the whole group off in dpia.config.yaml (`rules: {'norway/*': off}`). Where no
// country is recorded they speak, since dpia's authority by default is Datatilsynet.
import type { Config } from '../../config.ts';
import { mergeController } from '../../model/parties.ts';
import type { Assessment } from '../../model/schema.ts';

export function norwegianLawApplies(data: Assessment, config: Pick<Config, 'controller'>): boolean {
  const country = mergeController(data, config).country;
  return country === undefined || country === 'NO';
}
