/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ahpWeights, blendWeights, createDefaultModel, objectiveWeights, tierGrid, type TieringResult } from '../../src/engine';
import { weightCandidates, wholePointWeights } from '../../src/taskpane/pipeline/weightCandidates';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

/** The whole pipeline, run independently, with these weights. */
function tieredWith(weights: readonly number[]): TieringResult {
  const model = createDefaultModel();
  model.factors.forEach((f, j) => { f.weight = weights[j]; });
  return tierGrid(clientGrid(), model, SHEET_NAME);
}

function movedBetween(a: TieringResult, b: TieringResult): number {
  let moved = 0;
  for (let i = 0; i < a.tierIndex.length; i++) if (a.tierIndex[i] !== b.tierIndex[i]) moved++;
  return moved;
}

describe('weight candidates (the pane\'s comparison of weightings)', () => {
  const current = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);

  it('current, entropy, CRITIC and the blend: their weights, tiers and moves agree with independent runs', () => {
    const candidates = weightCandidates(current);
    expect(candidates.map((c) => c.kind)).toEqual(['current', 'entropy', 'critic', 'blend']);
    expect(candidates[0]).toMatchObject({ moved: 0, tierCounts: Array.from(current.tierCounts) });
    expect(candidates[0].weights?.reduce((a, w) => a + w, 0)).toBeCloseTo(100, 10);
    const entropy = objectiveWeights(current.factorScores, 'entropy');
    const critic = objectiveWeights(current.factorScores, 'critic');
    const blend = blendWeights(createDefaultModel().factors.map((f) => f.weight), entropy.weights, 0.5);
    for (const [c, weights] of [[candidates[1], entropy.weights], [candidates[2], critic.weights], [candidates[3], blend]] as const) {
      expect(c.weights).toEqual(weights);
      const independent = tieredWith(weights);
      expect(c.tierCounts).toEqual(Array.from(independent.tierCounts));
      expect(c.moved).toBe(movedBetween(current, independent));
    }
    expect(candidates[1].clients).toBe(entropy.clients);
    expect(candidates[3].alpha).toBe(0.5);
  });

  it('with an AHP result, the AHP candidate appears and the blend takes AHP as its subjective side', () => {
    const keys = current.model.factors.map((f) => f.key);
    const w = [5, 3, 2, 1, 1];
    const ahp = ahpWeights(keys, w.map((wi) => w.map((wj) => wi / wj)));
    const candidates = weightCandidates(current, ahp, 0.7);
    expect(candidates.map((c) => c.kind)).toEqual(['current', 'ahp', 'entropy', 'critic', 'blend']);
    expect(candidates[1].weights).toEqual(ahp.weights);
    const entropy = objectiveWeights(current.factorScores, 'entropy').weights;
    expect(candidates[4].weights).toEqual(blendWeights(ahp.weights, entropy, 0.7));
  });

  it('adopting rounds to whole points summing to 100, by largest remainder', () => {
    expect(wholePointWeights([63.7, 25.8, 10.5])).toEqual([64, 26, 10]);
    expect(wholePointWeights([100 / 3, 100 / 3, 100 / 3])).toEqual([34, 33, 33]);
    expect(wholePointWeights([7, 2, 1])).toEqual([70, 20, 10]);
    expect(wholePointWeights([17.775, 18.986, 17.786, 15.112, 30.341]).reduce((a, w) => a + w, 0)).toBe(100);
  });
});

describe('the Model tab\'s "Compare weightings" section', () => {
  it('is collapsed, opens to one card per candidate, and "Adopt" moves the weight sliders to the candidate', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Model');
    const header = await screen.findByRole('button', { name: 'Compare weightings' });
    expect(screen.queryByRole('listitem', { name: 'Entropy' })).toBeNull();
    await act(async () => { fireEvent.click(header); });
    const card = await screen.findByRole('listitem', { name: 'Entropy' });
    const entropy = objectiveWeights(tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME).factorScores, 'entropy');
    expect(within(card).getByText(`over ${entropy.clients} clients with every factor`)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Current weights' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'CRITIC' })).toBeInTheDocument();
    expect(within(card).getByText(/clients change tier against the current weights$/u)).toBeInTheDocument();

    await act(async () => { fireEvent.click(within(card).getByRole('button', { name: 'Adopt the Entropy weights' })); });
    const adopted = wholePointWeights(entropy.weights);
    const sliders = ['Asset size', 'Trading frequency', 'Needs', 'Risk preference', 'Loyalty'].map((name) => screen.getByRole('slider', { name }));
    expect(sliders.map((s) => Number((s as HTMLInputElement).value))).toEqual(adopted);
    // Now the current weights are the entropy weights to whole points: on this sheet the rounding moves no one.
    const after = await screen.findByRole('listitem', { name: 'Entropy' });
    expect(within(after).getByText('0 clients change tier against the current weights')).toBeInTheDocument();
  });
});
