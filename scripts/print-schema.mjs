// `npm run schema [-- file]`: the published SDL partners' code generators read (@graphql-codegen, Apollo's
// rover): every file of schema/ merged into one, with its descriptions; to standard output without a file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildASTSchema, parse, printSchema } from 'graphql';

const dir = new URL('../schema/', import.meta.url);
const sdl = readdirSync(dir)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => readFileSync(new URL(name, dir), 'utf8'))
  .join('\n');
const printed = `${printSchema(buildASTSchema(parse(sdl)))}\n`;
const [file] = process.argv.slice(2);
if (file) writeFileSync(file, printed);
else process.stdout.write(printed);
