import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.join(HERE, '..', '..');
const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');

/**
 * The built explorer, kept between runs: the folder a Lambda layer is made of (cdk/lib/graphql-function.ts),
 * holding `explorer/`, which a layer puts at /opt/explorer.
 */
export const EXPLORER_LAYER_DIR = path.join(NODE_MODULES, '.cache', 'mash-register-explorer');
export const BUILT_EXPLORER_DIR = path.join(EXPLORER_LAYER_DIR, 'explorer');

/** What a build is made from, so a cached build can tell it is stale. */
export const EXPLORER_SOURCES = [
  fileURLToPath(import.meta.url),
  path.join(HERE, 'graphiql-app.ts'),
  path.join(HERE, 'graphiql-style.css'),
];

/**
 * The built explorer's folder, built first (seconds of esbuild) unless a build newer than its sources and the
 * lock file is there. A build goes to a fresh folder renamed into place, so two processes building at once
 * never serve or ship a half-written bundle.
 */
export function ensureExplorerBuilt(log: (message: string) => void = () => {}): string {
  const marker = path.join(BUILT_EXPLORER_DIR, 'index.html');
  const inputs = [...EXPLORER_SOURCES, path.join(REPO_ROOT, 'package-lock.json')];
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestInput) return BUILT_EXPLORER_DIR;
  log('Building the API explorer (GraphiQL)...');
  mkdirSync(EXPLORER_LAYER_DIR, { recursive: true });
  // Beside the layer's folder, not in it, so a synth running meanwhile never ships a half-built copy.
  const fresh = mkdtempSync(`${EXPLORER_LAYER_DIR}-build-`);
  try {
    buildExplorer(fresh);
    rmSync(BUILT_EXPLORER_DIR, { recursive: true, force: true });
    renameSync(fresh, BUILT_EXPLORER_DIR);
  } catch (error) {
    // Another process may have renamed its build into place first: that one is as good.
    if (!existsSync(marker)) throw error;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  return BUILT_EXPLORER_DIR;
}

/**
 * Bundles GraphiQL (with React and its Monaco editor workers) into `outDir`: static files the local server
 * and the dev stage's Lambda serve, so the explorer never loads anything from a CDN. Synchronous, so the CDK
 * app can call it while it synthesises; a few seconds of esbuild.
 */
export function buildExplorer(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Monaco's icon font is referenced from its CSS; inlined, it needs no route of its own.
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
  } as const;
  buildSync({
    ...common,
    entryPoints: { graphiql: path.join(HERE, 'graphiql-app.ts') },
    outdir: outDir,
    format: 'esm',
  });
  buildSync({
    ...common,
    entryPoints: { 'graphiql-style': path.join(HERE, 'graphiql-style.css') },
    outdir: outDir,
  });
  buildSync({
    ...common,
    entryPoints: {
      'editor.worker': path.join(NODE_MODULES, 'monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': path.join(NODE_MODULES, 'monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': path.join(NODE_MODULES, 'monaco-graphql/esm/graphql.worker.js'),
    },
    outdir: outDir,
    format: 'iife',
  });
  writeFileSync(path.join(outDir, 'index.html'), EXPLORER_HTML);
}

const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MASH Register API explorer</title>
<link rel="stylesheet" href="/graphiql/graphiql-style.css">
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #hint { margin: 0; padding: .4rem 1rem; font-size: .9rem; border-bottom: 1px solid #b1b4b6; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<p id="hint">MASH Register API explorer. Signed in? Put <code>{"authorization": "Bearer &lt;token&gt;"}</code>
in <strong>Headers</strong> below (<code>npm run token</code> makes a local one); it is kept in this tab only.</p>
<div id="graphiql">Loading the explorer...</div>
<script type="module" src="/graphiql/graphiql.js"></script>
</body>
</html>
`;

// `tsx scripts/explorer/build-explorer.ts <dir>` builds into <dir> (default build/explorer).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildExplorer(path.resolve(process.argv[2] ?? 'build/explorer'));
}
