import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { TierBookError, text } from '../engine';
import { CliError } from './cliError';

/** Reads an .xlsx into memory; a missing file and a file ExcelJS cannot read are both the user's to fix. */
export async function loadWorkbook(inputPath: string): Promise<ExcelJS.Workbook> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(inputPath);
  } catch {
    throw new TierBookError('INPUT_NOT_FOUND', text(`找不到输入文件：${inputPath}`, `input file not found: ${inputPath}`));
  }
  if (!stat.isFile()) throw new TierBookError('INPUT_NOT_FOUND', text(`输入路径不是文件：${inputPath}`, `the input path is not a file: ${inputPath}`));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(inputPath);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new CliError('INPUT_UNREADABLE', text(`无法读取 ${inputPath}（不是有效的 .xlsx 文件？）：${reason}`,
      `cannot read ${inputPath} (not a valid .xlsx file?): ${reason}`));
  }
  return workbook;
}
