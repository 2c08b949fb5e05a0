import { PackageFormatError } from './packageFormatError';

/** Receives a worksheet part cut into the pieces the streaming path reads or rewrites. */
export interface SheetXmlHandler {
  /** Everything up to and including the `<sheetData>` start tag, and the namespace prefix ("" or "x:") it uses. */
  head(xml: string, prefix: string): void;
  /** One whole `<row>…</row>` (or `<row …/>`). */
  row(xml: string): void;
  /** Anything else between rows (whitespace), passed on unchanged. */
  between(xml: string): void;
  /** The rows are over; `</sheetData>` is the first thing tail() receives. */
  endRows(): void;
  /** The rest of the part, in pieces. */
  tail(xml: string): void;
}

const SHEET_DATA = /<((?:[A-Za-z_][\w.-]*:)?)sheetData(?=[\s/>])/u;

/**
 * Cuts worksheet XML arriving in chunks into head, rows and tail, holding at most one row (plus a chunk) at a
 * time, so a million-row sheet streams through in constant memory. Rows never nest and hold no "<row", which is
 * all the cutting relies on.
 */
export class SheetXmlSplitter {
  private buffer = '';
  private state: 'start' | 'head' | 'rows' | 'tail' = 'start';
  private rowOpen = '<row';
  private rowClose = '</row>';
  private dataClose = '</sheetData>';

  constructor(private readonly handler: SheetXmlHandler) {}

  push(chunk: string): void {
    if (this.state === 'tail') { this.handler.tail(chunk); return; }
    this.buffer += this.state === 'start' ? chunk.replace(/^\uFEFF/u, '') : chunk;
    if (this.state === 'start') this.state = 'head';
    if (this.state === 'head') this.readHead();
    if (this.state === 'rows') this.readRows();
  }

  /** The part is complete; anything short of a well-formed sheet is an error. */
  end(): void {
    if (this.state !== 'tail') throw new PackageFormatError(this.state === 'rows' ? 'the worksheet part ends inside <sheetData>' : 'the worksheet part has no <sheetData>');
  }

  private readHead(): void {
    const m = SHEET_DATA.exec(this.buffer);
    if (!m) return;
    const tagEnd = this.buffer.indexOf('>', m.index);
    if (tagEnd < 0) return;
    const prefix = m[1];
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.dataClose = `</${prefix}sheetData>`;
    const rest = this.buffer.slice(tagEnd + 1);
    if (this.buffer[tagEnd - 1] === '/') { // <sheetData/>: an empty sheet, opened and closed so rows can still be added
      this.handler.head(`${this.buffer.slice(0, tagEnd - 1).replace(/\s+$/u, '')}>`, prefix);
      this.buffer = '';
      this.state = 'tail';
      this.handler.endRows();
      this.handler.tail(this.dataClose + rest);
      return;
    }
    this.handler.head(this.buffer.slice(0, tagEnd + 1), prefix);
    this.buffer = rest;
    this.state = 'rows';
  }

  private readRows(): void {
    const { buffer, handler } = this;
    let pos = 0;
    for (;;) {
      const lt = buffer.indexOf('<', pos);
      if (lt < 0) {
        if (pos < buffer.length) handler.between(buffer.slice(pos));
        this.buffer = '';
        return;
      }
      if (lt > pos) handler.between(buffer.slice(pos, lt));
      pos = lt;
      const end = this.elementEnd(buffer, lt);
      if (end === WAIT) break;
      if (end === DATA_END) {
        this.buffer = '';
        this.state = 'tail';
        handler.endRows();
        handler.tail(buffer.slice(lt));
        return;
      }
      const element = buffer.slice(lt, end);
      if (buffer.startsWith(this.rowOpen, lt)) handler.row(element); else handler.between(element);
      pos = end;
    }
    this.buffer = buffer.slice(pos);
  }

  /** Where the element starting at `lt` ends, or WAIT when the buffer does not hold all of it yet. */
  private elementEnd(buffer: string, lt: number): number {
    if (buffer.startsWith(this.dataClose, lt)) return DATA_END;
    if (buffer.length - lt < this.dataClose.length && this.dataClose.startsWith(buffer.slice(lt))) return WAIT;
    if (buffer.startsWith('<!--', lt)) {
      const close = buffer.indexOf('-->', lt);
      return close < 0 ? WAIT : close + 3;
    }
    const tagEnd = buffer.indexOf('>', lt);
    if (tagEnd < 0) return WAIT;
    const isRow = buffer.startsWith(this.rowOpen, lt) && isNameEnd(buffer.charCodeAt(lt + this.rowOpen.length));
    if (!isRow || buffer[tagEnd - 1] === '/') return tagEnd + 1;
    const close = buffer.indexOf(this.rowClose, tagEnd);
    return close < 0 ? WAIT : close + this.rowClose.length;
  }
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

const WAIT = -1;
const DATA_END = -2;
