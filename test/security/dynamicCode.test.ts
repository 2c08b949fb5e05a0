/*
 * Claim 6: no eval, Function constructor or string timer in src/ or in the built bundles (office.js aside), and
 * webpack never wraps modules in eval: no eval-based devtool in any mode, no source-map reference in what ships.
 */
import build from '../../webpack.config';
import { DIST_DIR, described, readDist, securityCheck } from './securityCheck';

async function devtoolOf(mode: 'production' | 'development', sourceMaps: string | undefined): Promise<unknown> {
  const saved = process.env.TIERBOOK_SOURCE_MAPS;
  if (sourceMaps === undefined) delete process.env.TIERBOOK_SOURCE_MAPS;
  else process.env.TIERBOOK_SOURCE_MAPS = sourceMaps;
  try {
    const config = await build({}, { mode });
    expect(securityCheck.devtoolProblems(config)).toEqual([]);
    return config.devtool;
  } finally {
    if (saved === undefined) delete process.env.TIERBOOK_SOURCE_MAPS;
    else process.env.TIERBOOK_SOURCE_MAPS = saved;
  }
}

describe('code from strings', () => {
  it('src/ has no eval, Function constructor or string timer (comments aside)', () => {
    expect(described(securityCheck.scanFiles(securityCheck.sourceFiles(), securityCheck.DYNAMIC_CODE_RULES))).toEqual([]);
  });

  it('the built bundles have none either, webpack runtime included', () => {
    const bundles = securityCheck.bundleFiles(DIST_DIR);
    expect(bundles.length).toBeGreaterThan(1);
    expect(described(securityCheck.scanFiles(bundles, securityCheck.DYNAMIC_CODE_RULES))).toEqual([]);
  });

  it('the production build uses no devtool or hidden source maps, never an eval-based one; development neither', async () => {
    expect(await devtoolOf('production', undefined)).toBe(false);
    expect(await devtoolOf('production', '1')).toBe('hidden-source-map');
    expect(String(await devtoolOf('development', undefined))).not.toContain('eval');
  });

  it('the shipped bundles reference no source map', () => {
    for (const bundle of ['taskpane.js', 'functions.js']) expect(readDist(bundle)).not.toContain('sourceMappingURL');
  });
});

describe('the dynamic-code rules catch what they are for', () => {
  const uses: readonly [string, string][] = [
    ['eval', 'eval(formula)'],
    ['eval', 'const run = (0, eval); run(code);'],
    ['new Function', 'new Function("a", "b", body)'],
    ['new Function', 'Function("return this")()'],
    ['string timer', 'setTimeout("refresh()", 100)'],
    ['string timer', "setInterval('poll()', 1000)"],
  ];

  it.each(uses)('%s: %s', (rule, code) => {
    expect(securityCheck.scanText(code, securityCheck.DYNAMIC_CODE_RULES).map((hit) => hit.rule)).toContain(rule);
  });

  it('leaves look-alikes alone', () => {
    const harmless = 'evaluateModel(m); suitableFunction(a, b); setTimeout(() => refresh(), 100); host.evaluate(); typeof x === "function";';
    expect(described(securityCheck.scanText(harmless, securityCheck.DYNAMIC_CODE_RULES))).toEqual([]);
  });

  it('flags an eval-based devtool', () => {
    expect(securityCheck.devtoolProblems({ mode: 'development', devtool: 'eval-cheap-module-source-map' })).toEqual([
      'devtool "eval-cheap-module-source-map" (mode development) wraps modules in eval()',
    ]);
  });
});
