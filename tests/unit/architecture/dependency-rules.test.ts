import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import type { ICruiseOptions, ICruiseResult, IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/**
 * Each rule of .dependency-cruiser.cjs shown refusing an import that breaks it: fixtures/<rule name>/ is a
 * small tree (src/, cdk/, and for the SDK rule a stand-in node_modules/) with one such import, cruised with
 * the project's own rules. The list of rules comes from the config, so a rule added without a fixture fails
 * here instead of going untested.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = fileURLToPath(new URL('fixtures', import.meta.url));
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;
const forbidden = config.forbidden ?? [];

/** The rules a cruise of the tree at `baseDir` reports broken, with the import that broke each. */
async function cruiseViolations(baseDir: string, options: ICruiseOptions): Promise<string[]> {
  const folders = ['src', 'cdk'].filter((folder) => existsSync(join(baseDir, folder)));
  const { output } = await cruise(folders, {
    ...options,
    baseDir,
    validate: true,
    ruleSet: { forbidden },
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map(
    (violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`,
  );
}

describe('the dependency rules', () => {
  it('are each named once, so each has one fixture', () => {
    const names = forbidden.map((rule) => rule.name);

    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const rule of forbidden) {
    const name = rule.name ?? '(unnamed)';
    it(`${name} refuses the import its fixture makes`, async () => {
      const fixture = join(fixtures, name);
      expect(existsSync(fixture), `no fixture for rule ${name}: add ${fixture}`).toBe(true);

      const violations = await cruiseViolations(fixture, {
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
      });

      expect(violations.filter((violation) => violation.startsWith(`${name}: `))).not.toEqual([]);
    });
  }

  it('are all kept by the real tree', async () => {
    const violations = await cruiseViolations(root, {
      ...config.options,
      tsConfig: { fileName: join(root, 'tsconfig.json') },
    });

    expect(violations).toEqual([]);
  });
});
