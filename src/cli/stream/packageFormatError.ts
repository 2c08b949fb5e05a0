/**
 * The input is not the .xlsx package it claims to be, or uses something no .xlsx writer does (encryption, an
 * unknown compression method, a sheet without <sheetData>), or goes past the reader's limits: the user's file to
 * fix, not TierBook's fault. `zh` is the Chinese text when the reason is worth saying in both languages.
 */
export class PackageFormatError extends Error {
  constructor(message: string, readonly zh: string = message) {
    super(message);
    this.name = 'PackageFormatError';
  }
}
