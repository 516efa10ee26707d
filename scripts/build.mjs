// Bundles src/cli.ts into dist/ with esbuild. One bundle starts faster than hundreds of
// module files, which is what keeps `dpia check` close to bare `node` start-up. Each
// command is a dynamic import, so esbuild splits it into its own chunk and `check`
// never loads the interview, templating or Markdown code.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// dist/ is not emptied first: parallel test runs read it while another build writes it.
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.12',
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (commander, handlebars) call require(); give the bundle one.
  banner: { js: "import { createRequire as __dpiaCreateRequire } from 'node:module'; const require = __dpiaCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
