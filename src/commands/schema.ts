// `dpia schema [--config]`: the JSON Schema editors load (yaml-language-server, VS Code),
// of an assessment or of dpia.config.yaml; generated from the same TypeBox schemas the
// tool validates with, so an editor and `check` never disagree.
import type { Io } from '../io.ts';
import { configJsonSchema, jsonSchema } from '../model/editor-schema.ts';

export async function schema(io: Io, options: { config?: boolean } = {}): Promise<number> {
  io.stdout.write(`${JSON.stringify(options.config ? configJsonSchema() : jsonSchema(), null, 2)}\n`);
  return 0;
}
