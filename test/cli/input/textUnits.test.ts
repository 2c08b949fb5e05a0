/** The pieces of the text-export reader: cell values, decoding, delimiter detection, sheet names. */
import { csvCellValue } from '../../../src/cli/input/csvCellValue';
import { csvSheetName } from '../../../src/cli/input/csvSheetName';
import { decodeText, encodingOfOption } from '../../../src/cli/input/decodeText';
import { delimiterOfOption, detectDelimiter } from '../../../src/cli/input/detectDelimiter';
import { CliError } from '../../../src/cli/cliError';
import { encodeGb18030, encodeUtf16 } from './textExports';

describe('csvCellValue: what Excel would make a number or a date, and nothing more', () => {
  it.each([
    ['152340.5', 152340.5], ['-12', -12], ['+3', 3], ['0', 0], ['0.25', 0.25], ['.5', 0.5], ['1,234,567.89', 1234567.89],
    ['1e5', 100000], ['310076353110', 310076353110], [' 42 ', 42],
  ])('%j is the number %d', (field, value) => expect(csvCellValue(field)).toBe(value));

  it.each([
    '000123', '-0012', '120万', '¥500', '６６', '1,23', '12,3456', '1234567890123456', '110101199003077777', 'C3', '3.2.1', '1.5%', 'NaN', 'Infinity', '--1',
    '2024-02-30', '2024-13-01', '2019/3/5', '=1+1',
  ])('%j stays text', (field) => expect(csvCellValue(field)).toBe(field));

  it('ISO dates and date-times become dates (UTC, as ExcelJS writes them); empty fields are empty', () => {
    expect(csvCellValue('2021-10-02')).toEqual(new Date(Date.UTC(2021, 9, 2)));
    expect(csvCellValue('2021-10-02 09:30:15')).toEqual(new Date(Date.UTC(2021, 9, 2, 9, 30, 15)));
    expect(csvCellValue('2021-10-02T09:30:15.5')).toEqual(new Date(Date.UTC(2021, 9, 2, 9, 30, 15, 500)));
    expect(csvCellValue('')).toBeNull();
  });
});

describe('decodeText', () => {
  const text = '客户号,客户姓名\n000123,张伟\n';
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.from(`\ufeff${text}`, 'utf8'), 'UTF-8 (BOM)'],
    ['GB18030', encodeGb18030(text), 'GB18030'],
    ['UTF-16 LE', encodeUtf16(text, 'le'), 'UTF-16 LE (BOM)'],
    ['UTF-16 BE', encodeUtf16(text, 'be'), 'UTF-16 BE (BOM)'],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'UTF-16 LE'],
  ])('%s is detected and decoded, without the BOM', (_name, bytes, label) => {
    const decoded = decodeText(bytes, 'x.csv');
    expect(decoded.label).toBe(label);
    expect(decoded.text).toBe(text);
  });

  it('--encoding names: GBK and GB2312 are read by the GB18030 decoder; unknown ones are refused', () => {
    expect(encodingOfOption('GBK')).toBe('gb18030');
    expect(encodingOfOption('gb2312')).toBe('gb18030');
    expect(encodingOfOption('UTF8')).toBe('utf-8');
    expect(() => encodingOfOption('big5')).toThrow(CliError);
  });

  it('a forced encoding that does not fit names the first bad line', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\nc,d\n', 'utf8'), encodeGb18030('张伟,1\n')]);
    expect(() => decodeText(bytes, 'x.csv', 'utf-8')).toThrow('invalid bytes near line 3');
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that splits the lines consistently, not the one inside quoted fields', () => {
    expect(detectDelimiter('a;b;c\n1;"2,5";3\n4;5;6\n', '.csv')).toBe(';');
    expect(detectDelimiter('a\tb\n"x, y"\t2\n', '.txt')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n', '.csv')).toBe('|');
    expect(detectDelimiter('a,b\n1,2\n', '.tsv')).toBe(',');
  });

  it('a one-column file falls back to the extension: tab for .tsv, comma otherwise', () => {
    expect(detectDelimiter('客户号\n1\n', '.tsv')).toBe('\t');
    expect(detectDelimiter('客户号\n1\n', '.csv')).toBe(',');
  });

  it('--delimiter takes the character or its name', () => {
    expect(['tab', '\\t', '\t', 'TAB'].map(delimiterOfOption)).toEqual(['\t', '\t', '\t', '\t']);
    expect(delimiterOfOption('pipe')).toBe('|');
    expect(() => delimiterOfOption('#')).toThrow(CliError);
  });
});

describe('csvSheetName', () => {
  it('is the file name within Excel\'s rules', () => {
    expect(csvSheetName('/x/客户导出.csv')).toBe('客户导出');
    expect(csvSheetName('/x/a[1]:b*?.csv')).toBe('a_1__b__');
    expect(csvSheetName(`/x/${'长'.repeat(40)}.csv`)).toBe('长'.repeat(31));
    expect(csvSheetName('/x/History.csv')).toBe('Sheet1');
  });
});
