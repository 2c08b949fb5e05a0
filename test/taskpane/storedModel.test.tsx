/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createDefaultModel, MODEL_RANGE_NAME } from '../../src/engine';
import { openTab, readClientTable, renderPane, chooseModelMenuItem } from './renderPane';

describe('the model sheet', () => {
  it('an edit made in the model sheet shows up on the sliders', async () => {
    const { gateway } = await renderPane();
    await waitFor(() => expect(gateway.listenerCount).toBe(1));
    await openTab('Model');
    expect(screen.getByRole('slider', { name: 'Trading frequency' })).toHaveValue('20');
    const edited = createDefaultModel();
    edited.factors[1].weight = 55;
    gateway.editStoredModel(edited);
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Trading frequency' })).toHaveValue('55'));
  });

  it('save writes a plan holding only the model sheet and its range name', async () => {
    const { gateway } = await renderPane({ stored: null });
    await readClientTable();
    await openTab('Model');
    fireEvent.change(screen.getByRole('slider', { name: 'Needs' }), { target: { value: '5' } });
    await chooseModelMenuItem('Save to model sheet');
    expect(await screen.findByText('Model saved to sheet "Tier Model"')).toBeInTheDocument();
    const [plan] = gateway.plans;
    expect(plan.columns).toEqual([]);
    expect(plan.sheets.map((s) => s.role)).toEqual(['model']);
    expect(plan.names.map((n) => n.name)).toEqual([MODEL_RANGE_NAME]);
    expect(gateway.stored?.model.factors[2].weight).toBe(5);
    // The saved model becomes the what-if baseline: nothing moves against it.
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Saved model' })).toBeChecked());
    expect(screen.getByRole('status')).toHaveTextContent('0 of 40 clients would change tier');
  });

  it('stops listening to the model sheet when the pane goes away', async () => {
    const { gateway, unmount } = await renderPane();
    await waitFor(() => expect(gateway.listenerCount).toBe(1));
    unmount();
    await waitFor(() => expect(gateway.listenerCount).toBe(0));
  });
});
