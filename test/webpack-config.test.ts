/** The build's contract with Outlook: onsend.js one ES2016 file without a runtime chunk, office.js never bundled. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { ROOT, builtDist } from './e2e/built-dist';

interface Config {
  readonly name: string;
  readonly target: readonly string[];
  readonly output: { readonly filename: string; readonly chunkLoading?: false };
  readonly optimization?: {
    readonly splitChunks: false;
    readonly runtimeChunk: false;
    readonly minimizeOptions?: object;
  };
  readonly module: {
    readonly rules: readonly {
      readonly use?: { readonly options: { readonly jsc: { readonly target: string } } };
      readonly loader?: string;
      readonly enforce?: string;
    }[];
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFor = require('../webpack.config.js') as (env: object, argv: { mode: string }) => Config[];

describe.each(['development', 'production'])('webpack config (%s)', (mode) => {
  const configs = configFor({}, { mode });
  const onsend = configs.find((c) => c.name === 'onsend') as Config;

  it('builds onsend.js as one ES2016 file with no runtime chunk and no chunk loading', () => {
    expect(onsend.target).toEqual(['web', 'es2016']);
    expect(onsend.output.filename).toBe('onsend.js');
    expect(onsend.output.chunkLoading).toBe(false);
    expect(onsend.optimization).toMatchObject({ splitChunks: false, runtimeChunk: false });
    const swc = onsend.module.rules.filter((r) => r.use !== undefined);
    expect(swc.map((r) => r.use?.options.jsc.target)).toEqual(['es2016']);
    // The word lists are joined before swc reads the source (scripts/word-lists-loader.cjs).
    const pre = onsend.module.rules.filter((r) => r.enforce === 'pre');
    expect(pre.map((r) => r.loader)).toEqual([join(ROOT, 'scripts/word-lists-loader.cjs')]);
  });
});

describe('production output', () => {
  const dist = builtDist();

  it('onsend.js parses as ES2016 and carries no dev-server or hot-reload client', () => {
    const source = readFileSync(join(dist, 'onsend.js'), 'utf8');
    expect(() => parse(source, { ecmaVersion: 2016 })).not.toThrow();
    expect(source).not.toMatch(/webpack-dev-server|hot-update|sockjs/);
  });

  it("does not bundle office.js (it comes from Microsoft's CDN)", () => {
    const taskpane = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const script = /src="?(taskpane\.[0-9a-f]+\.js)/.exec(taskpane)?.[1] as string;
    expect(readFileSync(join(dist, script), 'utf8')).not.toContain('OSF.');
    expect(readFileSync(join(ROOT, 'src/simulator/simulator.html'), 'utf8')).not.toMatch(
      /<script[^>]*office\.js/,
    );
  });
});
