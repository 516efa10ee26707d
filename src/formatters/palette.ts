// Colours for terminal output. Plain text needs no library; chalk is loaded only when
// colour is on, which keeps its start-up cost off `dpia check` in CI and pipes.
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const same = (text: string) => text;
export const PLAIN: Palette = { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };

export async function palette(colour: boolean): Promise<Palette> {
  if (!colour) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
