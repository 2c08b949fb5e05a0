/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ahpWeights, buildJudgementSheet, createDefaultModel, describeWeightSource, isFormulaCell, readJudgementSheet, type CellValue } from '../../src/engine';
import { judgementsAhp } from '../../src/taskpane/pipeline/judgementsAhp';
import { wholePointWeights } from '../../src/taskpane/pipeline/weightCandidates';
import { openTab, readClientTable, renderPane } from './renderPane';

const keys = createDefaultModel().factors.map((f) => f.key);

/** The judgements sheet as written, with `typed` (row, column → value) in the upper triangle, as a workbook holds it. */
function sheetGrid(typed: Record<string, CellValue>): CellValue[][] {
  const grid = buildJudgementSheet(createDefaultModel().factors, 'en-US').rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
  for (const [at, value] of Object.entries(typed)) {
    const [row, column] = at.split(',').map(Number);
    grid[5 + row][1 + column] = value;
  }
  return grid;
}

/** An inconsistent 5 × 5: assets over frequency 5 and frequency over needs 5, yet assets over needs 1/5 (typed as text). */
const INCONSISTENT = { '0,1': 5, '0,2': '1/5', '1,2': 5, '0,3': 5, '1,3': 2, '2,3': 2, '0,4': 4, '1,4': 2, '2,4': 1, '3,4': 1 };

describe('the AHP candidate from the workbook\'s judgements sheet', () => {
  it('judgementsAhp puts the sheet in the model\'s order and names a bad cell; other factors are a mismatch', () => {
    const sheet = readJudgementSheet(sheetGrid(INCONSISTENT), 'Weight judgements');
    const result = judgementsAhp(sheet, createDefaultModel());
    expect('ahp' in result && result.ahp).toEqual(ahpWeights(sheet.keys, sheet.matrix, sheet.where));
    const reversed = { factors: [...createDefaultModel().factors].reverse() };
    const back = judgementsAhp(sheet, reversed);
    expect('ahp' in back && back.ahp.weights).toEqual(('ahp' in result ? result.ahp.weights : []).slice().reverse().map((w) => expect.closeTo(w, 9)));
    const bad = judgementsAhp(readJudgementSheet(sheetGrid({ '1,3': 'much' }), 'Weight judgements'), createDefaultModel());
    expect('error' in bad && bad.error['en-US']).toContain('E7');
    const other = judgementsAhp(sheet, { factors: createDefaultModel().factors.slice(0, 4) });
    expect('error' in other && other.error['en-US']).toContain('are not the model\'s');
  });

  it('the pane shows λmax, CI, RI, CR and the judgement to revisit, and adopting records AHP with its matrix', async () => {
    const { gateway } = await renderPane();
    const sheet = readJudgementSheet(sheetGrid(INCONSISTENT), 'Weight judgements');
    gateway.storedJudgements = { sheetName: 'Weight judgements', judgements: sheet };
    await readClientTable();
    await openTab('Model');
    await act(async () => { fireEvent.click(await screen.findByRole('button', { name: 'Compare weightings' })); });
    const card = await screen.findByRole('listitem', { name: 'AHP' });
    const ahp = ahpWeights(keys, sheet.matrix);
    expect(ahp.consistent).toBe(false);
    expect(within(card).getByText('Judgements from the sheet "Weight judgements"')).toBeInTheDocument();
    expect(within(card).getByText(`λmax ${ahp.lambdaMax.toFixed(3)} · CI ${ahp.ci.toFixed(3)} · RI 1.12 (Saaty) · CR ${ahp.cr.toFixed(3)}`)).toBeInTheDocument();
    const s = ahp.suggestion!;
    expect(within(card).getByText(`not consistent (CR ≥ 0.1): consider ${keys[s.row]} over ${keys[s.column]} = ${s.value.toFixed(3)}`)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /^Blend: AHP × 0\.5/u })).toBeInTheDocument();

    await act(async () => { fireEvent.click(within(card).getByRole('button', { name: 'Adopt the AHP weights' })); });
    const sliders = ['Asset size', 'Trading frequency', 'Needs', 'Risk preference', 'Loyalty'].map((name) => screen.getByRole('slider', { name }));
    expect(sliders.map((x) => Number((x as HTMLInputElement).value))).toEqual(wholePointWeights(ahp.weights));
    const own = await screen.findByRole('listitem', { name: 'Current weights' });
    expect(within(own).getByText(`Weight source: ${describeWeightSource({ method: 'ahp', matrix: ahp.matrix.map((r) => [...r]), cr: ahp.cr }, 'en-US')}`)).toBeInTheDocument();
  });

  it('a judgement that is not a number shows as the AHP card\'s error, naming its cell', async () => {
    const { gateway } = await renderPane();
    gateway.storedJudgements = { sheetName: 'Weight judgements', judgements: readJudgementSheet(sheetGrid({ '1,3': 'much' }), 'Weight judgements') };
    await readClientTable();
    await openTab('Model');
    await act(async () => { fireEvent.click(await screen.findByRole('button', { name: 'Compare weightings' })); });
    const card = await screen.findByRole('listitem', { name: 'AHP' });
    expect(card.textContent).toContain('E7');
    expect(within(card).queryByRole('button')).toBeNull();
  });
});
