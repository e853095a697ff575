// The numerical core of the reconciliation (reconcile.ts states the problem): its dual, minimised
// by Newton's method with preconditioned conjugate gradients. Typed arrays and index arrays only.
//
// Primal: minimise KL(x ‖ even) + Σ_g φ_g(S_g − m_g) over deal-year cells x ≥ 0, each deal's cells
// summing to its TIV, S_g the sum of constraint g (a recipient-year or a supplier-year), m_g its
// official figure. φ_g is the interval penalty: inside the half-width h_g it is
// ε·(h − √(h² − δ²)), a mild pull toward the official figure; past the edge it is elastic, an excess
// e costing about e²/(2κ).
// Dual (deal totals eliminated exactly, so each deal is a softmax over its years):
//   F(θ) = Σ_deals T log Σ_cells e^{log even + θ_r + θ_s}
//        + Σ_g [(base_g − m_g)θ_g + h_g(√(θ_g² + ε²) − ε) + κθ_g²/2]
// with base_g the TIV that fixed cells already put in g. F is smooth and strictly convex, so it has
// one minimum even when the tables cannot all be met; there S_g = m_g − h_g θ_g/√(θ_g² + ε²) − κθ_g.
// θ_g is the log scale factor raking would apply to g; θ = 0 is the even split.

/** Adjustable cells grouped by deal, and one dual variable per active constraint. */
export interface DualProblem {
  /** Active constraints; index n stands for "no constraint" and its θ stays 0. */
  n: number;
  /** Adjustable cells of deal i are start[i] … start[i + 1] − 1. */
  start: Int32Array;
  /** Each cell's recipient-year and supplier-year constraint (0 … n). */
  r: Int32Array;
  s: Int32Array;
  /** log of the cell's even share. */
  logEven: Float64Array;
  /** Deal TIV, per deal. */
  total: Float64Array;
  /** Per constraint: TIV fixed cells put there, the official figure, the allowed half-width. */
  base: Float64Array;
  mid: Float64Array;
  half: Float64Array;
  /**
   * Per constraint: its block (one per side and entity), 0 … blocks − 1. Shifting every θ of an
   * entity moves no cell (each deal is normalised), so those directions are nearly singular; the
   * preconditioner treats them as a coarse level.
   */
  block: Int32Array;
  blocks: number;
}

export interface DualOptions {
  maxIterations: number;
  /** Stop when every |∂F/∂θ_g| — how far S_g is from where the optimum puts it — is at most this (TIV). */
  tolerance: number;
  /** ε */
  smoothing: number;
  /** κ */
  elasticity: number;
}

export interface DualSolution {
  /** TIV per adjustable cell. */
  x: Float64Array;
  iterations: number;
  /** Hessian–vector products (one pass over the cells each). */
  cgSteps: number;
  converged: boolean;
  /** Largest |∂F/∂θ_g| left. */
  residual: number;
}

const MAX_CG = 200;
const MAX_BACKTRACK = 40;

export function solveReconciliationDual(p: DualProblem, opt: DualOptions): DualSolution {
  const { n, start, r, s, logEven, total, base, mid, half, block, blocks } = p;
  const nDeals = total.length;
  const nCells = logEven.length;
  const eps = opt.smoothing;
  const eps2 = eps * eps;
  const kappa = opt.elasticity;
  const x = new Float64Array(nCells);
  const sums = new Float64Array(n + 1);

  /** F(θ); leaves the split in x and the constraint sums (adjustable cells only) in sums. */
  function evaluate(theta: Float64Array): number {
    let f = 0;
    sums.fill(0);
    for (let d = 0; d < nDeals; d++) {
      const a = start[d];
      const b = start[d + 1];
      let top = -Infinity;
      for (let k = a; k < b; k++) {
        const z = logEven[k] + theta[r[k]] + theta[s[k]];
        x[k] = z;
        if (z > top) top = z;
      }
      let z = 0;
      for (let k = a; k < b; k++) {
        const e = Math.exp(x[k] - top);
        x[k] = e;
        z += e;
      }
      const t = total[d];
      f += t * (top + Math.log(z));
      const scale = t / z;
      for (let k = a; k < b; k++) {
        const xk = x[k] * scale;
        x[k] = xk;
        sums[r[k]] += xk;
        sums[s[k]] += xk;
      }
    }
    for (let g = 0; g < n; g++) {
      const t = theta[g];
      f += (base[g] - mid[g]) * t + half[g] * (Math.sqrt(t * t + eps2) - eps) + 0.5 * kappa * t * t;
    }
    return f;
  }

  /** ∇F at the θ last evaluated; returns max |∂F/∂θ_g|. */
  function gradient(theta: Float64Array, out: Float64Array): number {
    let worst = 0;
    for (let g = 0; g < n; g++) {
      const t = theta[g];
      const v = sums[g] + base[g] - mid[g] + (half[g] * t) / Math.sqrt(t * t + eps2) + kappa * t;
      out[g] = v;
      if (Math.abs(v) > worst) worst = Math.abs(v);
    }
    return worst;
  }

  const curvature = new Float64Array(n + 1);
  const diagonal = new Float64Array(n + 1);
  const coarse = new Float64Array(blocks);
  /** Second derivatives at the θ last evaluated: the smoothing term, the diagonal, the block level. */
  function prepareHessian(theta: Float64Array): void {
    for (let g = 0; g < n; g++) {
      const q = theta[g] * theta[g] + eps2;
      curvature[g] = (half[g] * eps2) / (q * Math.sqrt(q)) + kappa;
    }
    diagonal.fill(0);
    coarse.fill(0);
    for (let d = 0; d < nDeals; d++) {
      const t = total[d];
      // Share of the deal under an active recipient-year / supplier-year, and their blocks.
      let pr = 0;
      let ps = 0;
      let br = -1;
      let bs = -1;
      for (let k = start[d]; k < start[d + 1]; k++) {
        const q = x[k] * (1 - x[k] / t);
        diagonal[r[k]] += q;
        diagonal[s[k]] += q;
        if (r[k] < n) {
          pr += x[k];
          br = block[r[k]];
        }
        if (s[k] < n) {
          ps += x[k];
          bs = block[s[k]];
        }
      }
      pr /= t;
      ps /= t;
      // e_bᵀ∇²F e_b for a block's indicator: the deal's variance of "inside the block".
      if (br >= 0) coarse[br] += t * (pr - pr * pr);
      if (bs >= 0) coarse[bs] += t * (ps - ps * ps);
    }
    for (let g = 0; g < n; g++) {
      diagonal[g] += curvature[g] + 1e-12;
      coarse[block[g]] += curvature[g];
    }
  }

  const u = new Float64Array(nCells);
  /** out = ∇²F v at the θ last evaluated (the Hessian is applied, never formed). */
  function hessianTimes(v: Float64Array, out: Float64Array): void {
    out.fill(0);
    for (let d = 0; d < nDeals; d++) {
      const a = start[d];
      const b = start[d + 1];
      if (b - a === 2) {
        // Two years (half the deals): T·(diag p − ppᵀ) reduces to one term.
        const r0 = r[a];
        const s0 = s[a];
        const r1 = r[a + 1];
        const s1 = s[a + 1];
        const q = ((x[a] * x[a + 1]) / total[d]) * (v[r0] + v[s0] - v[r1] - v[s1]);
        out[r0] += q;
        out[s0] += q;
        out[r1] -= q;
        out[s1] -= q;
        continue;
      }
      let mean = 0;
      for (let k = a; k < b; k++) {
        const uk = v[r[k]] + v[s[k]];
        u[k] = uk;
        mean += x[k] * uk;
      }
      mean /= total[d];
      for (let k = a; k < b; k++) {
        const q = x[k] * (u[k] - mean);
        out[r[k]] += q;
        out[s[k]] += q;
      }
    }
    for (let g = 0; g < n; g++) out[g] += curvature[g] * v[g];
  }


  const blockSum = new Float64Array(blocks);
  /** out = M⁻¹ v, M⁻¹ = D⁻¹ + E (EᵀHE)⁻¹ Eᵀ with E the block indicators (additive two-level); returns vᵀout. */
  function precondition(v: Float64Array, out: Float64Array): number {
    blockSum.fill(0);
    for (let g = 0; g < n; g++) blockSum[block[g]] += v[g];
    let dot = 0;
    for (let g = 0; g < n; g++) {
      const b = block[g];
      out[g] = v[g] / diagonal[g] + blockSum[b] / coarse[b];
      dot += v[g] * out[g];
    }
    return dot;
  }

  // Every vector has the extra entry n, kept at 0.
  let theta = new Float64Array(n + 1);
  let trial = new Float64Array(n + 1);
  const grad = new Float64Array(n + 1);
  const step = new Float64Array(n + 1);
  const res = new Float64Array(n + 1);
  const z = new Float64Array(n + 1);
  const dir = new Float64Array(n + 1);
  const hd = new Float64Array(n + 1);

  let f = evaluate(theta);
  let residual = gradient(theta, grad);
  let iterations = 0;
  let cgSteps = 0;
  while (residual > opt.tolerance && iterations < opt.maxIterations) {
    iterations++;
    // Newton step by truncated CG: solve ∇²F · step = −∇F to a relative accuracy that tightens
    // as the gradient shrinks.
    prepareHessian(theta);
    let gnorm = 0;
    for (let g = 0; g < n; g++) {
      gnorm += grad[g] * grad[g];
      res[g] = -grad[g];
    }
    gnorm = Math.sqrt(gnorm);
    const enough = Math.min(0.5, Math.sqrt(gnorm)) * gnorm;
    step.fill(0);
    let rz = precondition(res, z);
    dir.set(z);
    for (let it = 0; it < MAX_CG; it++) {
      hessianTimes(dir, hd);
      cgSteps++;
      let curv = 0;
      for (let g = 0; g < n; g++) curv += dir[g] * hd[g];
      if (!(curv > 0)) break;
      const alpha = rz / curv;
      let rnorm = 0;
      for (let g = 0; g < n; g++) {
        step[g] += alpha * dir[g];
        res[g] -= alpha * hd[g];
        rnorm += res[g] * res[g];
      }
      if (Math.sqrt(rnorm) <= enough) break;
      const rzNext = precondition(res, z);
      const beta = rzNext / rz;
      rz = rzNext;
      for (let g = 0; g < n; g++) dir[g] = z[g] + beta * dir[g];
    }
    // Armijo backtracking.
    let slope = 0;
    for (let g = 0; g < n; g++) slope += grad[g] * step[g];
    if (!(slope < 0)) break;
    let t = 1;
    let fTrial = f;
    let accepted = false;
    for (let ls = 0; ls < MAX_BACKTRACK; ls++) {
      for (let g = 0; g < n; g++) trial[g] = theta[g] + t * step[g];
      fTrial = evaluate(trial);
      if (fTrial <= f + 1e-4 * t * slope) {
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted) {
      evaluate(theta);
      break;
    }
    [theta, trial] = [trial, theta];
    f = fTrial;
    residual = gradient(theta, grad);
  }
  return { x, iterations, cgSteps, converged: residual <= opt.tolerance, residual };
}
