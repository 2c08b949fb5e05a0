import * as path from 'path';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli, sha256 } from './runCli';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');

describe('tierbook samples/clients.xlsx --json', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-cli-sample-'); });
  afterAll(() => removeTempDir(dir));

  it('tiers all 5,000 clients, the tier counts adding up to 5,000', async () => {
    const before = sha256(SAMPLE);
    const run = await runCli([SAMPLE, '--json', '-o', path.join(dir, 'clients-tiered.xlsx')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = parseJsonOutput(run.stdout);
    expect(json.rows).toBe(5000);
    expect(json.clients).toHaveLength(5000);
    expect(new Set(json.clients.map((c) => c.id)).size).toBe(5000);
    expect(json.clients.map((c) => c.row)).toEqual(Array.from({ length: 5000 }, (_, i) => i + 2));
    expect(json.tiers.map((t) => t.name)).toEqual(['钻石', '黄金', '白银', '普通']);
    expect(json.tiers.reduce((a, t) => a + t.count, 0)).toBe(5000);
    for (const t of json.tiers) expect(json.clients.filter((c) => c.tier === t.name)).toHaveLength(t.count);
    expect(json.excluded).toEqual([]);
    expect(sha256(SAMPLE)).toBe(before);
  });
});
