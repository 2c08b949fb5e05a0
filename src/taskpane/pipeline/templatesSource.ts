import type { LocalizedText } from '../../engine';
import type { StoredTemplates, WorkbookGateway } from '../../excel/workbookGateway';
import { paneErrorMessage } from '../errors';

/** Where a run's service playbooks come from, as the Output section says it. */
export type TemplatesSource =
  /** The workbook's templates sheet, used as the user edited it and never rewritten. */
  | { readonly kind: 'sheet'; readonly sheetName: string }
  /** No templates sheet yet: the default playbooks, written to a new templates sheet by the next run. */
  | { readonly kind: 'defaults' }
  /** The templates sheet has errors (the message names the sheet and cell); a run with strategy sheets stops. */
  | { readonly kind: 'error'; readonly message: LocalizedText };

export function templatesSourceOf(stored: StoredTemplates | undefined): TemplatesSource {
  return stored ? { kind: 'sheet', sheetName: stored.sheetName } : { kind: 'defaults' };
}

/** Reads the templates for display: a failure becomes the 'error' source instead of a rejection. */
export async function readTemplatesSource(gateway: WorkbookGateway): Promise<TemplatesSource> {
  try {
    return templatesSourceOf(await gateway.readStoredTemplates());
  } catch (error) {
    return { kind: 'error', message: paneErrorMessage(error) };
  }
}
