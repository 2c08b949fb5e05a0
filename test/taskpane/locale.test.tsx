/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { STRINGS } from '../../src/taskpane/i18n';
import { openTab, renderPane } from './renderPane';

describe('pane language', () => {
  it('follows the gateway’s display language: zh-CN', async () => {
    await renderPane({ locale: 'zh-CN' });
    expect(screen.getByRole('heading', { name: 'TierBook 客户分级' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')?.textContent)).toEqual(['数据', '模型', '输出', '运行']);
    expect(screen.getByRole('button', { name: '读取客户表' })).toBeInTheDocument();
    expect(screen.getByText('选中客户表中的任一单元格，然后点击「读取客户表」。')).toBeInTheDocument();
    await openTab('模型');
    expect(screen.getByRole('slider', { name: '资产规模' })).toBeInTheDocument();
    expect(screen.getByText('权重 35，占 35.0%')).toBeInTheDocument();
  });

  it('follows the gateway’s display language: en-US', async () => {
    await renderPane({ locale: 'en-US' });
    expect(screen.getByRole('heading', { name: 'TierBook client tiers' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')?.textContent)).toEqual(['Data', 'Model', 'Output', 'Run']);
    expect(screen.getByRole('button', { name: 'Read client table' })).toBeInTheDocument();
    await openTab('Model');
    expect(screen.getByRole('slider', { name: 'Asset size' })).toBeInTheDocument();
    expect(screen.getByText('weight 35, 35.0% of the total')).toBeInTheDocument();
  });

  it('an initial locale overrides the gateway’s', async () => {
    await renderPane({ locale: 'en-US', initialLocale: 'zh-CN' });
    expect(screen.getByRole('button', { name: '读取客户表' })).toBeInTheDocument();
  });

  it('the two catalogs have the same keys and no empty string', () => {
    const zh = STRINGS['zh-CN'];
    const en = STRINGS['en-US'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const catalog of [zh, en]) {
      for (const [key, value] of Object.entries(catalog)) {
        const sample = typeof value === 'function' ? (value as (...a: string[]) => string)('1', '2', '3') : value;
        expect([key, sample.trim().length > 0]).toEqual([key, true]);
      }
    }
  });
});
