/**
 * Plans give widths in characters (as ExcelJS and Excel's column dialog do); Office.js wants points. Excel's rule for
 * the default font (Calibri 11, 7-pixel digits): pixels = characters × 7 + 5, and 96 pixels are 72 points.
 */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
