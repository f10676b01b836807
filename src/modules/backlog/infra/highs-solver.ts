/**
 * The LP solver behind the planner: HiGHS compiled to WebAssembly (npm `highs`, the .wasm ships in the package
 * and is read from node_modules; nothing is downloaded). Loaded once per process; each solve uses a fresh
 * model that is disposed afterwards. Single-threaded and deterministic for the same model.
 */
import highsPackage, { type Highs } from 'highs';
import type { LpProblem, LpSolution, LpSolver } from '../domain/planner/model.ts';

// The package's types describe its CommonJS build; Node's ESM loader takes build/highs.mjs, whose default
// export is the loader function itself.
const loadHighs = highsPackage as unknown as () => Promise<Highs>;

let loading: Promise<Highs> | undefined;

export async function loadLpSolver(): Promise<LpSolver> {
  loading ??= loadHighs();
  const highs: Highs = await loading;
  return (p: LpProblem) => solveWith(highs, p);
}

function solveWith(highs: Highs, p: LpProblem): LpSolution {
  const numCols = p.colCost.length;
  const numRows = p.rowLower.length;
  const inf = (v: Float64Array) =>
    v.map((x) =>
      x === Number.POSITIVE_INFINITY ? highs.infinity : x === Number.NEGATIVE_INFINITY ? -highs.infinity : x,
    );
  return highs.withModel(
    {
      numCols,
      numRows,
      sense: p.maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
      colCost: p.colCost,
      colLower: inf(p.colLower),
      colUpper: inf(p.colUpper),
      rowLower: inf(p.rowLower),
      rowUpper: inf(p.rowUpper),
      matrix: { format: 'csc', numRows, numCols, starts: p.starts, indices: p.indices, values: p.values },
    },
    (model) => {
      model.options.set({ output_flag: false, random_seed: 0 });
      if (p.timeLimitSec !== undefined) model.options.set({ time_limit: p.timeLimitSec });
      model.run();
      const status = model.getModelStatus();
      const s = highs.constants.modelStatus;
      const mapped: LpSolution['status'] =
        status === s.optimal
          ? 'optimal'
          : status === s.infeasible
            ? 'infeasible'
            : status === s.timeLimit || status === s.iterationLimit
              ? 'limit'
              : 'error';
      const colValue =
        mapped === 'optimal' || mapped === 'limit'
          ? Float64Array.from(model.getSolution().colValue)
          : new Float64Array(numCols);
      return { status: mapped, colValue, objective: mapped === 'optimal' ? model.getObjectiveValue() : 0 };
    },
  );
}
