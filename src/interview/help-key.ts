// Help on demand: the `?` key (or `?` as a typed answer) shows a question's help, which is
// not printed by default. Select, checkbox and confirm prompts are asked again below it.

/** Asks through `prompt`; the `?` key aborts it, prints `help` and asks again. */
export async function withHelpKey<T>(
  input: NodeJS.ReadableStream, output: NodeJS.WritableStream, help: string | undefined, prompt: (signal?: AbortSignal) => Promise<T>,
): Promise<T> {
  if (!help) return prompt();
  for (;;) {
    const controller = new AbortController();
    const onKey = (_text: string, key?: { sequence?: string }) => {
      if (key?.sequence === '?') controller.abort();
    };
    input.on('keypress', onKey);
    try {
      return await prompt(controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      output.write(`${help}\n`);
    } finally {
      input.off('keypress', onKey);
    }
  }
}

/** For text prompts: `?` as the whole answer shows the help where errors are shown. */
export function helpOrValidate(help: string | undefined, validate?: (value: string) => true | string): (value: string) => true | string {
  return (value) => (help && value.trim() === '?' ? help : validate ? validate(value) : true);
}
