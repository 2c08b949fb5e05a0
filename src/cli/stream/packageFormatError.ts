/**
 * The input is not the .xlsx package it claims to be, or uses something no .xlsx writer does (encryption, an
 * unknown compression method, a sheet without <sheetData>): the user's file to fix, not TierBook's fault.
 */
export class PackageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageFormatError';
  }
}
