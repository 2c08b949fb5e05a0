/*
 * The preview's fake workbook kept across reloads of the page (sessionStorage, this tab only), as a real workbook
 * keeps its sheets when it is closed and opened again: the run report is read back from the run log after a reload.
 * Preview harness only; the add-in stores nothing in the browser. Values and names are kept; formats and formulas
 * (kept as their values) are not. Deflated with fflate, so the sample and a run's output fit the storage quota.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { CellValue } from '../src/engine';
import type { FakeExcel } from '../test/fake-excel';

const STORAGE_KEY = 'tierbook-preview-workbook';

export interface PersistedWorkbook {
  readonly sheets: Readonly<Record<string, CellValue[][]>>;
  readonly names: Readonly<Record<string, string>>;
  readonly activeSheet?: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves the fake's sheets (values) and names; a full quota only means the next load starts from the sample. */
export function saveWorkbook(fake: FakeExcel): void {
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of fake.sheetNames()) sheets[name] = fake.sheet(name).grid();
  const names = Object.fromEntries(fake.names().map((n) => [n.name, n.formula]));
  const workbook: PersistedWorkbook = { sheets, names, activeSheet: fake.activeSheetName() ?? undefined };
  try {
    sessionStorage.setItem(STORAGE_KEY, toBase64(deflateSync(strToU8(JSON.stringify(workbook)))));
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

/** The workbook saved by an earlier load of this tab, if any. */
export function restoredWorkbook(): PersistedWorkbook | undefined {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  if (!saved) return undefined;
  try {
    const parsed = JSON.parse(strFromU8(inflateSync(fromBase64(saved)))) as PersistedWorkbook;
    return parsed && typeof parsed.sheets === 'object' && Object.keys(parsed.sheets).length > 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}
