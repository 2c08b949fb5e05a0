/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { openTab, readClientTable, renderPane } from './renderPane';

const OFF_EN = 'Compliance check is off: the client sheet has a risk level column; tick "Investor class and suitability columns" on the Output tab to turn it on';

describe('the Run step says when compliance is off although the sheet has 风险等级', () => {
  it('shows the line in en-US until the suitability columns are ticked', async () => {
    await renderPane();
    await readClientTable();
    await openTab('Output');
    const box = screen.getByRole('checkbox', { name: 'Investor class and suitability columns' });
    expect(box).not.toBeChecked(); // off by default
    await openTab('Run');
    expect(await screen.findByText(OFF_EN)).toBeInTheDocument();
    await openTab('Output');
    await act(async () => { fireEvent.click(screen.getByRole('checkbox', { name: 'Investor class and suitability columns' })); });
    await openTab('Run');
    expect(screen.queryByText(OFF_EN)).not.toBeInTheDocument();
  });

  it('says it in zh-CN', async () => {
    await renderPane({ locale: 'zh-CN' });
    fireEvent.click(screen.getByRole('button', { name: '读取客户表' }));
    await screen.findByText('工作表「客户明细」B1:J44，共 44 行');
    await openTab('输出');
    const box = screen.getByRole('checkbox', { name: '投资者分类与适当性列' });
    expect(box).not.toBeChecked(); // off by default
    await openTab('运行');
    expect(await screen.findByText('合规检查未开启：客户表有「风险等级」列，在「输出」页勾选「投资者分类与适当性列」即可开启')).toBeInTheDocument();
  });
});
