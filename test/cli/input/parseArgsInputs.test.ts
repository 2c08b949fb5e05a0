/** The argument parser's input options: `--` ends the options; --encoding and --delimiter are checked as they are read. */
import { CliError } from '../../../src/cli/cliError';
import { parseArgs } from '../../../src/cli/parseArgs';

describe('parseArgs', () => {
  it('after --, everything is the input, even what looks like an option', () => {
    expect(parseArgs(['--json', '--', '-x.xlsx'])).toMatchObject({ input: '-x.xlsx', json: true });
    expect(parseArgs(['--', '--json'])).toMatchObject({ input: '--json', json: false });
    expect(() => parseArgs(['--', 'a.xlsx', 'b.xlsx'])).toThrow('only one input file is allowed');
    expect(() => parseArgs(['-x.xlsx'])).toThrow('for a file name starting with -, put it after --');
  });

  it('reads --encoding and --delimiter into their canonical forms, and refuses unknown ones', () => {
    expect(parseArgs(['a.csv', '--encoding', 'GBK', '--delimiter=tab'])).toMatchObject({ encoding: 'gb18030', delimiter: '\t' });
    expect(parseArgs(['a.csv'])).toMatchObject({ encoding: undefined, delimiter: undefined });
    expect(() => parseArgs(['a.csv', '--encoding', 'ebcdic'])).toThrow(CliError);
    expect(() => parseArgs(['a.csv', '--delimiter', '#'])).toThrow(CliError);
  });

  it('reads --asset-drop as a percentage (the watchlist\'s asset-drop threshold), and refuses one outside 0–100', () => {
    expect(parseArgs(['a.xlsx', '--asset-drop', '45'])).toMatchObject({ assetDrop: 0.45 });
    expect(parseArgs(['a.xlsx', '--asset-drop=12.5'])).toMatchObject({ assetDrop: 0.125 });
    expect(parseArgs(['a.xlsx']).assetDrop).toBeUndefined();
    for (const bad of ['0', '100', '-5', 'x']) expect(() => parseArgs(['a.xlsx', '--asset-drop', bad])).toThrow('--asset-drop must be a percentage between 0 and 100');
  });
});
