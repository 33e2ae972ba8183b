// The targets, each judged from one run's measurements.

const gib = 1024 * 1024; // KiB in a GiB
/** Time may grow up to this much faster than the post count and still count as linear. */
export const linearTolerance = 1.25;

function ratio(ours, theirs) {
  return ours && theirs ? ours.median / theirs.median : undefined;
}

// The same ratio in CPU time: less moved by other load on the machine.
function cpuNote(ours, theirs) {
  return ours?.cpu && theirs?.cpu ? `CPU time ${(ours.cpu.median / theirs.cpu.median).toFixed(2)}×` : undefined;
}

function judged(name, measured, limit, met, detail) {
  return {name, measured, limit, met: measured === undefined ? undefined : met, detail};
}

/** Every target for the sizes measured; `sizes` is the run's per-size results. */
export function judgeTargets(sizes) {
  const targets = [];
  const base = sizes.find((entry) => entry.size === 1000) ?? sizes[0];
  if (base) {
    const {folio, peers, lsp, size} = base;
    const at = `${size.toLocaleString('en-US')} posts`;
    if (folio) targets.push(...folioTargets(folio, peers, at));
    for (const [name, measured] of Object.entries(lsp ?? {})) targets.push(...editorTargets(name, measured));
  }
  const large = sizes.find((entry) => entry.size === 10000);
  if (large?.folio) {
    const peak = Math.max(large.folio.coldCheck?.peakKiB ?? 0, large.folio.coldBuild?.peakKiB ?? 0, large.folio.firstBuild?.peakKiB ?? 0);
    targets.push(judged('10,000 posts: check and build under 1 GiB peak memory', peak > 0 ? peak : undefined, '< 1 GiB', peak < gib, peak > 0 ? undefined : 'peak memory not readable here'));
    const small = sizes.find((entry) => entry.size === 1000);
    if (small) {
      const growth = {
        check: large.folio.coldCheck.median / small.folio.coldCheck.median,
        build: large.folio.coldBuild.median / small.folio.coldBuild.median
      };
      const worst = Math.max(growth.check, growth.build);
      targets.push(judged(`10,000 posts: time linear from 1,000 (10× the posts, at most ${10 * linearTolerance}× the time)`, worst, `≤ ${10 * linearTolerance}×`, worst <= 10 * linearTolerance, `check ${growth.check.toFixed(1)}×, build ${growth.build.toFixed(1)}×`));
    } else {
      targets.push(judged('10,000 posts: time linear from 1,000', undefined, '', undefined, 'needs both sizes in one run'));
    }
  }
  return targets;
}

function folioTargets(folio, peers, at) {
  const targets = [];
  const check = ratio(folio.coldCheck, peers?.remark);
  targets.push(judged(`cold check ≤ 0.35× remark-cli (${at})`, check, '≤ 0.35×', check <= 0.35, check === undefined ? 'needs `--peers`' : cpuNote(folio.coldCheck, peers.remark)));
  const build = ratio(folio.coldBuild, peers?.eleventy);
  targets.push(judged(`cold build ≤ 1.0× Eleventy (${at})`, build, '≤ 1.0×', build <= 1, build === undefined ? 'needs `--peers`' : cpuNote(folio.coldBuild, peers.eleventy)));
  const warm = ratio(folio.warm, peers?.hugo);
  targets.push(judged(`check + build after editing one post ≤ 0.3× Hugo full build (${at})`, warm, '≤ 0.3×', warm <= 0.3, warm === undefined ? (folio.warm ? 'needs `--peers` and Hugo' : 'warm runs skipped') : cpuNote(folio.warm, peers.hugo)));
  return targets;
}

/** The editor's goals: p95 after a keystroke ≤ 10 ms warm, first diagnostics ≤ 1 s, stale reports of a burst dropped. */
function editorTargets(name, measured) {
  if (measured.note) return [judged(`${name}: re-lint p95 ≤ 10 ms`, undefined, '≤ 10 ms', undefined, measured.note)];
  return [
    judged(`${name}: re-lint after a keystroke, p95 ≤ 10 ms`, measured.p95, '≤ 10 ms', measured.p95 <= 10),
    judged(`${name}: first diagnostics after didOpen ≤ 1 s`, measured.openMs, '≤ 1000 ms', measured.openMs <= 1000),
    judged(`${name}: no stale report in a burst of ${measured.burst.keystrokes} keystrokes`, measured.burst.staleReports, '0 stale', measured.burst.staleReports === 0, `${measured.burst.reports} report(s)`)
  ];
}
