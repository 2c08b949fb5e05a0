/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ahpWeights, blendWeights, createDefaultModel, describeWeightSource, objectiveWeights, tierGrid } from '../../src/engine';
import { weightCandidates, wholePointWeights } from '../../src/taskpane/pipeline/weightCandidates';
import { applyModelEdit } from '../../src/taskpane/state/modelEdits';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

describe('where adopted weights came from (weightSource)', () => {
  const current = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
  const keys = current.model.factors.map((f) => f.key);
  const w = [5, 3, 2, 1, 1];
  const ahp = ahpWeights(keys, w.map((wi) => w.map((wj) => wi / wj)));

  it('each candidate carries the source adopting it records: the matrix and CR, the m clients, α', () => {
    const entropy = objectiveWeights(current.factorScores, 'entropy');
    const critic = objectiveWeights(current.factorScores, 'critic');
    const [own, judged, ent, crit, blend] = weightCandidates(current, ahp, 0.25);
    expect(own.source).toBeUndefined();
    expect(judged.source).toEqual({ method: 'ahp', factors: keys, matrix: ahp.matrix, cr: ahp.cr });
    expect(ent.source).toEqual({ method: 'entropy', factors: keys, clients: entropy.clients });
    expect(crit.source).toEqual({ method: 'critic', factors: keys, clients: critic.clients });
    expect(blend.source).toEqual({ method: 'blend', factors: keys, matrix: ahp.matrix, cr: ahp.cr, objective: 'entropy', clients: entropy.clients, alpha: 0.25 });
    // Without AHP the blend's subjective side is the current weights: no matrix to record.
    expect(weightCandidates(current)[3].source).toEqual({ method: 'blend', factors: keys, objective: 'entropy', clients: entropy.clients, alpha: 0.5 });
  });

  it('adopting sets every weight and the source; a slider afterwards makes it manual, derived from what it was', () => {
    const source = { method: 'entropy' as const, factors: keys, clients: 9 };
    const adopted = applyModelEdit(createDefaultModel(), { kind: 'adoptWeights', weights: [30, 20, 20, 20, 10], source });
    expect(adopted.factors.map((f) => f.weight)).toEqual([30, 20, 20, 20, 10]);
    expect(adopted.weightSource).toEqual(source);
    const moved = applyModelEdit(adopted, { kind: 'weight', factor: 0, weight: 31 });
    expect(moved.weightSource).toEqual({ method: 'manual', derivedFrom: source });
    expect(applyModelEdit(moved, { kind: 'weight', factor: 1, weight: 19 }).weightSource).toEqual({ method: 'manual', derivedFrom: source });
    // Setting a weight to the value it has changes nothing; a model without a source gains none.
    expect(applyModelEdit(adopted, { kind: 'weight', factor: 0, weight: 30 }).weightSource).toEqual(source);
    expect(applyModelEdit(createDefaultModel(), { kind: 'weight', factor: 0, weight: 1 }).weightSource).toBeUndefined();
  });
});

describe('the pane: α for the blend, and adopting records the source', () => {
  it('α changes the blend; adopting it shows the source on the current card; a slider turns it manual', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Model');
    await act(async () => { fireEvent.click(await screen.findByRole('button', { name: 'Compare weightings' })); });
    const alpha = await screen.findByRole('spinbutton', { name: /Blend α/u });
    expect((alpha as HTMLInputElement).value).toBe('0.5');
    await act(async () => { fireEvent.change(alpha, { target: { value: '0.2' } }); fireEvent.blur(alpha); });
    const blendName = 'Blend: Current weights × 0.2 + entropy × (1 − 0.2)';
    const card = await screen.findByRole('listitem', { name: blendName });
    const entropy = objectiveWeights(current().factorScores, 'entropy');
    const expected = blendWeights(createDefaultModel().factors.map((f) => f.weight), entropy.weights, 0.2);
    expect(card.textContent).toContain(`Asset size ${expected[0].toFixed(1)}`);

    await act(async () => { fireEvent.click(within(card).getByRole('button', { name: `Adopt the ${blendName} weights` })); });
    const sliders = ['Asset size', 'Trading frequency', 'Needs', 'Risk preference', 'Loyalty'].map((name) => screen.getByRole('slider', { name }));
    expect(sliders.map((s) => Number((s as HTMLInputElement).value))).toEqual(wholePointWeights(expected));
    const source = { method: 'blend' as const, factors: createDefaultModel().factors.map((f) => f.key), objective: 'entropy' as const, clients: entropy.clients, alpha: 0.2 };
    const own = await screen.findByRole('listitem', { name: 'Current weights' });
    expect(within(own).getByText(`Weight source: ${describeWeightSource(source, 'en-US')}`)).toBeInTheDocument();

    await act(async () => { fireEvent.change(sliders[0], { target: { value: String(wholePointWeights(expected)[0] + 3) } }); });
    const after = await screen.findByRole('listitem', { name: 'Current weights' });
    expect(within(after).getByText(`Weight source: ${describeWeightSource({ method: 'manual', derivedFrom: source }, 'en-US')}`)).toBeInTheDocument();
  });
});

function current(): ReturnType<typeof tierGrid> {
  return tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
}
