/*
 * samples/clients.xlsx as JSON for the preview page: the browser cannot afford ExcelJS, so the build reads the
 * workbook here (Node) and the page seeds the fake Excel from the JSON (see previewEntry.tsx).
 * Cells become what Office.js's Range.values returns: numbers, strings, booleans, dates as serial numbers,
 * formulas as { formula, value } with their cached result; src/cli/readCell.ts does the same for the CLI.
 */
'use strict';

const path = require('node:path');
const ExcelJS = require('exceljs');

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems' day zero. */
const DATE1904_OFFSET = 1462;

/** The file name the preview page fetches. */
const SAMPLE_JSON_FILE = 'sample.json';

function excelSerialOfDate(date, date1904) {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
}

function isRecord(value) {
  return typeof value === 'object' && value !== null;
}

/** An ExcelJS value → the value Office.js would report (rich text and hyperlinks as text, errors as "#N/A"). */
function plainValue(value, date1904) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerialOfDate(value, date1904);
  if (!isRecord(value)) return null;
  if (typeof value.error === 'string') return value.error;
  if (Array.isArray(value.richText)) return value.richText.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result, date1904);
  if ('hyperlink' in value || 'text' in value) return plainValue(value.text, date1904);
  return null;
}

/** One cell as a fake-excel seed: a formula keeps its text (the fake never evaluates it) and its cached result. */
function seedCell(cell, date1904) {
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const value = cell.value;
  const formula = isRecord(value) && typeof value.formula === 'string' ? value.formula : undefined;
  if (formula !== undefined) return { formula: `=${formula}`, value: plainValue(value.result, date1904) };
  return plainValue(value, date1904);
}

function sheetRows(worksheet, date1904) {
  // ExcelJS computes rowCount and columnCount by walking every row: read them once.
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const rows = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells = [];
    for (let c = 1; c <= columnCount; c++) cells.push(seedCell(row.getCell(c), date1904));
    rows.push(cells);
  }
  return rows;
}

/** Every worksheet of `file`, in order: `{ source, sheets: [{ name, rows }] }`, rows from worksheet row 1. */
async function readSampleWorkbook(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const date1904 = Boolean(workbook.properties.date1904);
  return {
    source: path.basename(file),
    sheets: workbook.worksheets.map((worksheet) => ({ name: worksheet.name, rows: sheetRows(worksheet, date1904) })),
  };
}

module.exports = { readSampleWorkbook, SAMPLE_JSON_FILE };
