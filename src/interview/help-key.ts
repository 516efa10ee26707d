// Help on demand: the `?` key (ask.ts) or `?` as a typed answer shows a question's help,
// which is not printed by default. Select, checkbox and confirm prompts are asked again below it.

/** For text prompts: `?` as the whole answer shows the help where errors are shown. */
export function helpOrValidate(help: string | undefined, validate?: (value: string) => true | string): (value: string) => true | string {
  return (value) => (help && value.trim() === '?' ? help : validate ? validate(value) : true);
}
