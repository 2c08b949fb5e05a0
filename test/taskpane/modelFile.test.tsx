/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createDefaultModel, validateModel } from '../../src/engine';
import { openTab, readClientTable, renderPane, chooseModelMenuItem } from './renderPane';

/** The file input sits in the lazily loaded model menu: it appears a moment after the Model tab. */
async function chooseFile(content: string, name: string): Promise<void> {
  const input = await screen.findByTestId('model-file-input');
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
}

const INVALID_MODEL = JSON.stringify({ factors: [{ key: 'assets', column: '总资产', weight: -5, scale: 'percentile' }], tiers: [] });

describe('model import and export', () => {
  it('an invalid model file shows the validation message in English, in words (no JSON paths)', async () => {
    await renderPane();
    await openTab('Model');
    await chooseFile(INVALID_MODEL, 'bad-model.json');
    expect(await screen.findByText(
      'The model in "bad-model.json" has problems: assets · weight: the weight cannot be negative (-5); tiers: the model needs at least one tier',
    )).toBeInTheDocument();
  });

  it('the same file shows the Chinese message in a zh-CN pane', async () => {
    await renderPane({ locale: 'zh-CN' });
    await openTab('模型');
    await chooseFile(INVALID_MODEL, 'bad-model.json');
    expect(await screen.findByText('文件「bad-model.json」中的模型有问题：assets · 权重：权重不能为负数（-5）；等级：至少需要一个等级')).toBeInTheDocument();
  });

  it('a file that is not JSON says so, in both languages', async () => {
    await renderPane();
    await openTab('Model');
    await chooseFile('{ not json', 'notes.txt');
    expect(await screen.findByText('The file "notes.txt" is not valid JSON, so it cannot be imported as a model.')).toBeInTheDocument();
  });

  it('a valid model file replaces the working model', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Model');
    const model = createDefaultModel();
    model.name = '进取模型';
    model.factors[0].weight = 70;
    await chooseFile(JSON.stringify(model), 'aggressive.json');
    expect(await screen.findByText('Imported model "进取模型"')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Asset size' })).toHaveValue('70');
  });

  it('export downloads the model as JSON through a Blob URL', async () => {
    const blobs: Blob[] = [];
    const created = jest.fn((blob: Blob) => { blobs.push(blob); return 'blob:tierbook/1'; });
    const revoked = jest.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicks: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    try {
      await renderPane();
      await openTab('Model');
      fireEvent.change(screen.getByRole('slider', { name: 'Loyalty' }), { target: { value: '40' } });
      await chooseModelMenuItem('Export model JSON');
      expect(clicks).toEqual([{ href: 'blob:tierbook/1', download: 'TierBook default.json' }]);
      const exported: unknown = JSON.parse(await readBlob(blobs[0]));
      const model = validateModel(exported);
      expect(model.factors.map((f) => f.weight)).toEqual([35, 20, 15, 15, 40]);
      await waitFor(() => expect(revoked).toHaveBeenCalledWith('blob:tierbook/1'));
    } finally {
      click.mockRestore();
    }
  });
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}
