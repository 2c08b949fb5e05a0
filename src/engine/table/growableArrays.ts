/** A Float64Array that grows by doubling, so chunked reads append without knowing the row count up front. */
export class GrowableFloat64 {
  private buffer: Float64Array;
  length = 0;
  constructor(capacity = 1024) { this.buffer = new Float64Array(capacity); }
  push(value: number): void {
    if (this.length === this.buffer.length) {
      const next = new Float64Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    this.buffer[this.length++] = value;
  }
  /** A right-sized copy; the builder is done with its buffer afterwards. */
  toArray(): Float64Array { return this.buffer.slice(0, this.length); }
}

export class GrowableInt32 {
  private buffer: Int32Array;
  length = 0;
  constructor(capacity = 1024) { this.buffer = new Int32Array(capacity); }
  push(value: number): void {
    if (this.length === this.buffer.length) {
      const next = new Int32Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    this.buffer[this.length++] = value;
  }
  toArray(): Int32Array { return this.buffer.slice(0, this.length); }
}
