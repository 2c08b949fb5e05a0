import { parseArgs } from '../../src/cli/parseArgs';
import { CliError } from '../../src/cli/cliError';

describe('the runner\'s analysis flags', () => {
  it('writes no analysis sheet unless asked', () => {
    expect(parseArgs(['in.xlsx']).analysis).toBeUndefined();
  });

  it('--analysis turns on all three with their defaults', () => {
    expect(parseArgs(['in.xlsx', '--analysis']).analysis).toEqual({
      sensitivity: { margin: 1 }, upgrade: { maxPoints: 5, maxAssetIncrease: 0.2 }, clusters: { k: 4 },
    });
  });

  it('takes switch values inline only, so the input file after a switch stays the input', () => {
    const options = parseArgs(['--clusters', 'in.xlsx', '--sensitivity=0.5', '--upgrade-points', '3', '--upgrade-assets=10']);
    expect(options.input).toBe('in.xlsx');
    expect(options.analysis).toEqual({ sensitivity: { margin: 0.5 }, upgrade: { maxPoints: 3, maxAssetIncrease: 0.1 }, clusters: { k: 4 } });
    expect(parseArgs(['in.xlsx', '--clusters=6']).analysis?.clusters).toEqual({ k: 6 });
  });

  it.each([
    [['in.xlsx', '--clusters=1'], '--clusters needs a whole number from 2 to 10, not 1'],
    [['in.xlsx', '--clusters=x'], '--clusters needs a whole number from 2 to 10, not x'],
    [['in.xlsx', '--sensitivity=0'], '--sensitivity needs a number > 0, not 0'],
    [['in.xlsx', '--upgrade-assets', '-5'], '--upgrade-assets needs a number ≥ 0, not -5'],
  ])('refuses %j as a usage error naming the flag', (argv, message) => {
    let thrown: unknown;
    try { parseArgs(argv); } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).message).toContain(message);
  });
});
