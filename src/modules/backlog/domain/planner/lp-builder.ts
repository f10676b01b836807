/** A small column-wise builder for sparse linear programs (compressed sparse columns, as HiGHS takes them). */
import type { LpProblem } from './model.ts';

export class LpBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private readonly rowLo: number[] = [];
  private readonly rowHi: number[] = [];

  get columns(): number {
    return this.cost.length;
  }

  row(lower: number, upper: number): number {
    this.rowLo.push(lower);
    this.rowHi.push(upper);
    return this.rowLo.length - 1;
  }

  setRowBounds(row: number, lower: number, upper: number): void {
    this.rowLo[row] = lower;
    this.rowHi[row] = upper;
  }

  /** Adds a column with its objective coefficient, bounds and (row, coefficient) entries; returns its index. */
  column(cost: number, lower: number, upper: number, entries: ReadonlyArray<readonly [number, number]>): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    const sorted = [...entries].sort((a, b) => a[0] - b[0]);
    for (const [r, v] of sorted) {
      if (v === 0) continue;
      this.indices.push(r);
      this.values.push(v);
    }
    this.starts.push(this.indices.length);
    return this.cost.length - 1;
  }

  build(maximize: boolean, timeLimitSec?: number): LpProblem {
    return {
      maximize,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLo),
      rowUpper: Float64Array.from(this.rowHi),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
      ...(timeLimitSec !== undefined ? { timeLimitSec } : {}),
    };
  }
}
