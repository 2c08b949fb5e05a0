/** @jest-environment jsdom */
import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { COMPLIANCE_FINDINGS_HEADER_ROW, createDefaultModel, DEFAULT_ADDIN_CHOICES, FINDING_KINDS, sheetMarkerName, type CellValue } from '../../src/engine';
import type { WorkbookGateway } from '../../src/excel/workbookGateway';
import { ComplianceView } from '../../src/taskpane/components/ComplianceView';
import { LocaleProvider } from '../../src/taskpane/localeContext';

configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

/** The counts block of a 合规检查 sheet: 3 above_level and 2 not_assessed findings. */
function countRows(): CellValue[][] {
  return [['合规检查'], ['运行日期 2026-06-30'], [], ['类别', '数量', '条款', '代码'],
    ...FINDING_KINDS.map((k) => ['x', k === 'above_level' ? 3 : k === 'not_assessed' ? 2 : 0, '第二十二条', k])];
}

describe('the compliance view in the Run tab', () => {
  it('counts findings by kind, each a link selecting its block of rows in 合规检查', async () => {
    const gateway = { readSheetBlock: async () => countRows() } as unknown as WorkbookGateway;
    const selected: string[] = [];
    const runLog = { sheetName: '运行日志', rows: [], sheetsByMarker: { [sheetMarkerName('compliance').toUpperCase()]: '合规检查' } };
    const styleDocument = document.implementation.createHTMLDocument('griffel');
    render(
      <RendererProvider renderer={createDOMRenderer(styleDocument)} targetDocument={document}>
        <LocaleProvider locale="zh-CN">
          <ComplianceView gateway={gateway} runLog={runLog} model={createDefaultModel()} choices={DEFAULT_ADDIN_CHOICES}
            onSelectCell={(sheet, address) => selected.push(`${sheet}|${address}`)} onShowSheet={() => undefined} />
        </LocaleProvider>
      </RendererProvider>,
    );
    // Findings are grouped by kind in FINDING_KINDS order: above_level first, then (after the kinds with none) not_assessed.
    const first = COMPLIANCE_FINDINGS_HEADER_ROW + 2;
    fireEvent.click(await screen.findByRole('button', { name: '产品等级高于客户风险承受能力' }));
    fireEvent.click(await screen.findByRole('button', { name: '未测评或风险等级缺失' }));
    expect(selected).toEqual([`合规检查|'合规检查'!A${first}:K${first + 2}`, `合规检查|'合规检查'!A${first + 3}:K${first + 4}`]);
    expect(screen.queryByRole('button', { name: '风险测评已过期' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '核对上次运行' }));
    expect(await screen.findByText('请先在「数据」页读取客户表')).toBeTruthy();
  });
});

describe('the compliance view counts products the templates leave unrated', () => {
  it('lists unrated_product in en-US with its article, between professional_only and the assessment kinds', async () => {
    const rows: CellValue[][] = [['Compliance'], ['Run date 2026-06-30'], [], ['Kind', 'Count', 'Article', 'Code'],
      ...FINDING_KINDS.map((k) => ['x', k === 'above_level' ? 3 : k === 'unrated_product' ? 4 : 0, 'Art. 22', k])];
    const gateway = { readSheetBlock: async () => rows } as unknown as WorkbookGateway;
    const selected: string[] = [];
    const runLog = { sheetName: 'Run Log', rows: [], sheetsByMarker: { [sheetMarkerName('compliance').toUpperCase()]: 'Compliance' } };
    const styleDocument = document.implementation.createHTMLDocument('griffel');
    render(
      <RendererProvider renderer={createDOMRenderer(styleDocument)} targetDocument={document}>
        <LocaleProvider locale="en-US">
          <ComplianceView gateway={gateway} runLog={runLog} model={createDefaultModel()} choices={DEFAULT_ADDIN_CHOICES}
            onSelectCell={(sheet, address) => selected.push(`${sheet}|${address}`)} onShowSheet={() => undefined} />
        </LocaleProvider>
      </RendererProvider>,
    );
    const first = COMPLIANCE_FINDINGS_HEADER_ROW + 2;
    fireEvent.click(await screen.findByRole('button', { name: 'Product R-level missing/unknown in the templates' }));
    expect(selected).toEqual([`Compliance|Compliance!A${first + 3}:K${first + 6}`]);
    expect(screen.getByRole('row', { name: 'Product R-level missing/unknown in the templates 4 Art. 22' })).toBeTruthy();
  });
});
