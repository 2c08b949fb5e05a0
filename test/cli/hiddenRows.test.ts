import ExcelJS from 'exceljs';
import * as path from 'path';
import { generatedClients } from '../excel/pipeline';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli } from './runCli';

// Hidden and filtered-out rows are tiered like any other row, and the runner says so (issue 6).
describe('tierbook on a sheet with hidden and filtered-out rows', () => {
  let dir: string;
  let input: string;
  const HIDDEN = [3, 4, 10];

  beforeAll(async () => {
    dir = makeTempDir('tierbook-cli-hidden-');
    const plain = await writeGridXlsx(generatedClients(12), '客户清单', path.join(dir, 'plain.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plain);
    const sheet = wb.getWorksheet('客户清单') as ExcelJS.Worksheet;
    for (const r of HIDDEN) sheet.getRow(r).hidden = true;
    input = path.join(dir, 'hidden.xlsx');
    await wb.xlsx.writeFile(input);
  });
  afterAll(() => removeTempDir(dir));

  it('tiers every row and reports each hidden one', async () => {
    const run = await runCli([input, '--json', '-o', path.join(dir, 'out.xlsx')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = parseJsonOutput(run.stdout);
    expect(json.clients).toHaveLength(12);
    expect(json.clients.every((c) => c.tier !== null)).toBe(true);
    expect(json.issues.filter((i) => i.code === 'hidden_row').map((i) => i.row)).toEqual(HIDDEN);
  });

  it('says in the summary how many of the issues are hidden rows', async () => {
    const run = await runCli([input, '--lang', 'en-US', '-o', path.join(dir, 'summary.xlsx')]);
    expect(run.stdout).toContain('(3 of them hidden or filtered-out rows, tiered all the same)');
  });
});
