// Bundles the compiled program (dist/src, from tsc) into dist/bundle/: the kpcs program loads a few
// dozen files instead of some 250 of its own and the hundreds of Kysely, Fastify and their
// dependencies, which was most of the time a command took to start (docs/performance.md, "Start-up").
// Packages that find files beside themselves (PGlite's WebAssembly, pdfkit's fonts, the country names,
// Swagger UI's pages) stay outside, loaded from node_modules as before, and so do those loaded only
// when used (pg, nodemailer). dist/src stays whole: worker threads, the migrations and the bench use it,
// and each bundled module still sees its own import.meta.url there.
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { build } from 'rolldown';

/** The packages left outside the bundle; every other one is copied in. */
const OUTSIDE = ['@electric-sql/pglite', 'pdfkit', 'exceljs', 'qrcode', 'i18n-iso-countries', '@fastify/swagger-ui', 'dejavu-fonts-ttf', 'nodemailer', 'pg'];

export async function bundle(root) {
  const distSrc = join(root, 'dist', 'src') + sep;
  const outDir = join(root, 'dist', 'bundle');
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const outside = (id) => OUTSIDE.some((p) => id === p || id.startsWith(`${p}/`));
  await build({
    input: { kpcs: join(distSrc, 'cli', 'main.js') },
    platform: 'node',
    logLevel: 'warn',
    external: (id) => builtins.has(id) || outside(id),
    plugins: [
      {
        // a module's own location (migrations, worker files, the web app, require of JSON) as if unbundled
        name: 'kpcs-own-location',
        transform(code, id) {
          if (!id.startsWith(distSrc) || !code.includes('import.meta.url')) return null;
          const own = relative(outDir, id).split(sep).join('/');
          return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), map: null };
        },
      },
    ],
    output: { dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', cleanDir: true },
  });
}
