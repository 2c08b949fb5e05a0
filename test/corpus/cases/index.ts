/* Every corpus case, grouped as docs/corpus.md lists them. corpus.test.ts checks that no file is left out. */
import type { CorpusCase } from '../corpusCase';
import { corpusCase as noHeader } from './no-header';
import { corpusCase as headerMissingColumn } from './header-missing-column';
import { corpusCase as headerRepeatedTop } from './header-repeated-top';
import { corpusCase as headerRepeatedMidway } from './header-repeated-midway';
import { corpusCase as headerVariants } from './header-variants';
import { corpusCase as header5000Chars } from './header-5000-chars';
import { corpusCase as wide300Columns } from './wide-300-columns';
import { corpusCase as mergedCells } from './merged-cells';
import { corpusCase as twoRowHeader } from './two-row-header';
import { corpusCase as duplicateHeaderUnits } from './duplicate-header-units';
import { corpusCase as noData } from './no-data';
import { corpusCase as singleClient } from './single-client';
import { corpusCase as allIdentical } from './all-identical';
import { corpusCase as hiddenRows } from './hidden-rows';
import { corpusCase as filteredRows } from './filtered-rows';
import { corpusCase as hiddenTitleAndTotalRows } from './hidden-title-and-total-rows';
import { corpusCase as filteredBlockWithMissingValue } from './filtered-block-with-missing-value';
import { corpusCase as totalsRowSpellings } from './totals-row-spellings';
import { corpusCase as blankFactorColumn } from './blank-factor-column';
import { corpusCase as negativeAssets } from './negative-assets';
import { corpusCase as hugeAssets } from './huge-assets';
import { corpusCase as formulaErrorResults } from './formula-error-results';
import { corpusCase as formulaNonFinite } from './formula-non-finite';
import { corpusCase as excelErrors } from './excel-errors';
import { corpusCase as textNumbersAccepted } from './text-numbers-accepted';
import { corpusCase as textNumbersSignsAndScales } from './text-numbers-signs-and-scales';
import { corpusCase as twoDecimalPoints } from './two-decimal-points';
import { corpusCase as booleanAndUnitCells } from './boolean-and-unit-cells';
import { corpusCase as unknownCategoryLabels } from './unknown-category-labels';
import { corpusCase as datesOpenDateColumn } from './dates-open-date-column';
import { corpusCase as datesAsLoyaltyFactor } from './dates-as-loyalty-factor';
import { corpusCase as riskLabelsAsExported } from './risk-labels-as-exported';
import { corpusCase as openDateInsteadOfTenure } from './open-date-instead-of-tenure';
import { corpusCase as superscriptDigits } from './superscript-digits';
import { corpusCase as namesFormulaPrefixes } from './names-formula-prefixes';
import { corpusCase as namesEmojiRtlNewlines } from './names-emoji-rtl-newlines';
import { corpusCase as duplicateIds } from './duplicate-ids';
import { corpusCase as idsNumberAndText } from './ids-number-and-text';
import { corpusCase as modelWeightsAllZero } from './model-weights-all-zero';
import { corpusCase as modelTiersOverlap } from './model-tiers-overlap';
import { corpusCase as modelTiersOverlapQuota } from './model-tiers-overlap-quota';
import { corpusCase as modelTiersMixed } from './model-tiers-mixed';
import { corpusCase as modelUnknownJson } from './model-unknown-json';
import { corpusCase as modelJsonArray } from './model-json-array';
import { corpusCase as modelNotJson } from './model-not-json';
import { corpusCase as modelWrongTypes } from './model-wrong-types';
import { corpusCase as modelSheetTextWeight } from './model-sheet-text-weight';
import { corpusCase as modelSheetDeletedFactorRow } from './model-sheet-deleted-factor-row';
import { corpusCase as modelSheetDeletedHeaderRow } from './model-sheet-deleted-header-row';
import { corpusCase as modelSheetTierRefError } from './model-sheet-tier-ref-error';
import { corpusCase as modelSheetTierFormula } from './model-sheet-tier-formula';
import { corpusCase as modelSheetNonsense } from './model-sheet-nonsense';
import { corpusCase as existingOutputSheetNames } from './existing-output-sheet-names';
import { corpusCase as workbook250Sheets } from './workbook-250-sheets';
import { corpusCase as protectedSheet } from './protected-sheet';
import { corpusCase as readOnlyWorkbook } from './read-only-workbook';

export const CORPUS: readonly CorpusCase[] = [
  // The header
  noHeader, headerMissingColumn, headerRepeatedTop, headerRepeatedMidway, headerVariants, header5000Chars, wide300Columns, mergedCells, twoRowHeader, duplicateHeaderUnits,
  // Rows
  noData, singleClient, allIdentical, hiddenRows, filteredRows, hiddenTitleAndTotalRows, filteredBlockWithMissingValue, totalsRowSpellings,
  // Values
  blankFactorColumn, negativeAssets, hugeAssets, formulaErrorResults, formulaNonFinite, excelErrors, textNumbersAccepted, textNumbersSignsAndScales, twoDecimalPoints, booleanAndUnitCells, unknownCategoryLabels, datesOpenDateColumn, datesAsLoyaltyFactor, riskLabelsAsExported, openDateInsteadOfTenure, superscriptDigits,
  // Client text and ids
  namesFormulaPrefixes, namesEmojiRtlNewlines, duplicateIds, idsNumberAndText,
  // Model files (JSON)
  modelWeightsAllZero, modelTiersOverlap, modelTiersOverlapQuota, modelTiersMixed, modelUnknownJson, modelJsonArray, modelNotJson, modelWrongTypes,
  // Model sheets edited by hand
  modelSheetTextWeight, modelSheetDeletedFactorRow, modelSheetDeletedHeaderRow, modelSheetTierRefError, modelSheetTierFormula, modelSheetNonsense,
  // The workbook
  existingOutputSheetNames, workbook250Sheets, protectedSheet, readOnlyWorkbook,
];
