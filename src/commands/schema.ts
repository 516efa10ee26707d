import type { Io } from '../io.ts';
import { jsonSchema } from '../model/schema.ts';

export async function schema(io: Io): Promise<number> {
  io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  return 0;
}
