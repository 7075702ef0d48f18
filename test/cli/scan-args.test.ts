import { parseScanArgs } from '../../src/cli/scan-args';
import { runScan } from '../../src/cli/scan';

describe('parseScanArgs', () => {
  it.each([
    [['a.eml'], { json: false, reveal: false, paths: ['a.eml'] }],
    [['--json', '--reveal', 'a', 'b'], { json: true, reveal: true, paths: ['a', 'b'] }],
    [['--policy', 'p.json', 'a'], { json: false, reveal: false, paths: ['a'], policyFile: 'p.json' }],
    [
      ['--policy=p.json', '--fail-on=warn', 'a'],
      { json: false, reveal: false, paths: ['a'], policyFile: 'p.json', failOn: 'warn' },
    ],
    [
      ['--fail-on', 'block', '--', '--odd-name.eml'],
      { json: false, reveal: false, paths: ['--odd-name.eml'], failOn: 'block' },
    ],
  ])('%j', (args, options) => {
    expect(parseScanArgs(args)).toEqual({ kind: 'options', options });
  });

  it.each([
    [[], 'no PATH'],
    [['--policy'], '--policy needs a file'],
    [['--fail-on', 'allow', 'a'], 'block or warn'],
    [['-x', 'a'], "unknown option '-x'"],
  ])('%j is a usage error', (args, message) => {
    const parsed = parseScanArgs(args);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toContain(message);
  });

  it('asks for help', () => {
    expect(parseScanArgs(['a', '-h'])).toEqual({ kind: 'help' });
  });
});

describe('runScan output', () => {
  it('uses colours when the output is a terminal', async () => {
    let out = '';
    const status = await runScan(['/no/such/file.eml'], {
      out: (t) => (out += t),
      err: () => undefined,
      colour: true,
    });
    expect(status).toBe(1);
    expect(out).toContain('\u001b[31mNOT READ');
  });
});
