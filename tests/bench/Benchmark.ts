export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  /** The same measurement of a baseline in the same run, when there is one. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** The target, in the same unit, and whether it was met. */
  target?: { op: '<=' | '>='; value: number };
  meets?: boolean;
  /** Spread of the measured rounds, as a share of the median. */
  spread?: number;
  note?: string;
}

/** A named benchmark of the harness: a few warm-up and several measured rounds inside `run`. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<BenchResult[]>;
}

export function withTarget(result: BenchResult, op: '<=' | '>=', value: number): BenchResult {
  return {
    ...result,
    target: { op, value },
    meets: op === '<=' ? result.value <= value : result.value >= value,
  };
}
