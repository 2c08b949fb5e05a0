/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { chooseModelMenuItem, openTab, renderPane } from './renderPane';

describe('model sheet lock', () => {
  it('locks with the typed password and unlocks without one, saying so, from a dialog in the model menu', async () => {
    const { gateway } = await renderPane();
    await openTab('Model');
    await chooseModelMenuItem('Lock or unlock the model sheet…');
    fireEvent.change(await screen.findByLabelText('Password (optional)'), { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await waitFor(() => expect(gateway.lockRequests).toEqual([{ locked: true, password: 's3cret' }]));
    expect(await screen.findByText('The model sheet is locked')).toBeInTheDocument();
    await chooseModelMenuItem('Lock or unlock the model sheet…');
    fireEvent.change(await screen.findByLabelText('Password (optional)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(gateway.lockRequests[1]).toEqual({ locked: false, password: undefined }));
  });

  it('explains that the lock guards against accidents, not attackers', async () => {
    await renderPane({ locale: 'zh-CN' });
    await openTab('模型');
    await chooseModelMenuItem('锁定或解锁模型表…', '模型文件与锁定');
    expect(await screen.findByText('防止误改权重与分数线；不是安全措施：工作表保护很容易被解除。')).toBeInTheDocument();
  });
});
