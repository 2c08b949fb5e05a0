/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen } from '@testing-library/react';
import { renderPane } from './renderPane';

const tab = (name: string): HTMLElement => screen.getByRole('tab', { name: new RegExp(`^${name}`, 'u') });

describe('the pane\'s tabs', () => {
  it('are one tab stop, moved through with the arrow keys, Home and End (the ARIA tab pattern)', async () => {
    await renderPane();
    expect(tab('Data')).toHaveAttribute('tabindex', '0');
    expect(tab('Model')).toHaveAttribute('tabindex', '-1');
    tab('Data').focus();
    fireEvent.keyDown(tab('Data'), { key: 'ArrowRight' });
    expect(tab('Model')).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(tab('Model'));
    expect(tab('Data')).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(tab('Model'), { key: 'End' });
    expect(tab('Run')).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(tab('Run'), { key: 'ArrowRight' });
    expect(tab('Data')).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(tab('Data'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Run'));
  });

  it('carry no focusable aria-hidden guard (axe: aria-hidden-focus)', async () => {
    const { container } = await renderPane();
    const tabList = screen.getByRole('tablist');
    expect(tabList.querySelectorAll('[aria-hidden="true"][tabindex="0"]')).toHaveLength(0);
    expect(container).toBeInTheDocument();
  });
});
