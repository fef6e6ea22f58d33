import type { Policy } from './run';

const COLOURS: Record<Policy, string> = { app: '#1f6feb', weekly: '#b35900', reactive: '#8250df' };
const DASH: Record<Policy, string> = { app: '', weekly: '6 4', reactive: '2 4' };
const LABEL: Record<Policy, string> = { app: 'Follow Today (the app)', weekly: 'Weekly update', reactive: 'Only when chased' };

/**
 * Chases beaten per week, one line per policy: an SVG written by hand, so the chart needs no
 * library and reads the same in a browser, on GitHub and in the docs. A week with no
 * opportunity leaves a gap in its line. Dashes tell the lines apart without colour.
 */
export function chasesChart(
  series: Record<Policy, (number | null)[]>,
  caption: string,
  /** Weeks to shade and name (0-based, inclusive): the assistant's holiday. */
  bands: { from: number; to: number; label: string }[] = [],
): string {
  const w = 760;
  const h = 320;
  const left = 48;
  const right = 16;
  const top = 40;
  const bottom = 56;
  const weeks = Math.max(...Object.values(series).map((s) => s.length));
  const x = (i: number) => left + (i * (w - left - right)) / Math.max(1, weeks - 1);
  const y = (v: number) => top + ((100 - v) * (h - top - bottom)) / 100;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const lines = (Object.keys(series) as Policy[]).map((policy) => {
    const segments: string[] = [];
    let d = '';
    series[policy].forEach((v, i) => {
      if (v === null) {
        if (d) segments.push(d);
        d = '';
        return;
      }
      d += `${d ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    });
    if (d) segments.push(d);
    const dash = DASH[policy] ? ` stroke-dasharray="${DASH[policy]}"` : '';
    return segments.map((s) => `<path d="${s}" fill="none" stroke="${COLOURS[policy]}" stroke-width="2"${dash}/>`).join('');
  });
  const grid = [0, 25, 50, 75, 100]
    .map(
      (v) =>
        `<line x1="${left}" x2="${w - right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}%</text>`,
    )
    .join('');
  const ticks = Array.from({ length: Math.floor((weeks - 1) / 4) + 1 }, (_, k) => k * 4)
    .map((i) => `<text x="${x(i)}" y="${h - bottom + 16}" text-anchor="middle">${i + 1}</text>`)
    .join('');
  const shaded = bands
    .map(
      (b) =>
        `<rect x="${x(b.from - 0.5)}" y="${top}" width="${x(b.to + 0.5) - x(b.from - 0.5)}" height="${h - top - bottom}" fill="#eaeef2"/>` +
        `<text x="${x(b.to + 0.5) + 4}" y="${y(8)}">${esc(b.label)}</text>`,
    )
    .join('');
  const legend = (Object.keys(series) as Policy[])
    .map((p, i) => {
      const lx = left + i * 230;
      const dash = DASH[p] ? ` stroke-dasharray="${DASH[p]}"` : '';
      return `<line x1="${lx}" x2="${lx + 28}" y1="${h - 14}" y2="${h - 14}" stroke="${COLOURS[p]}" stroke-width="2"${dash}/><text x="${lx + 34}" y="${h - 10}">${esc(LABEL[p])}</text>`;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="title">`,
    `<title id="title">${esc(caption)}</title>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<g font-family="system-ui, sans-serif" font-size="12" fill="#24292f">`,
    `<text x="${left}" y="22" font-size="14" font-weight="600">${esc(caption)}</text>`,
    shaded,
    grid,
    ticks,
    `<text x="${(w + left) / 2}" y="${h - bottom + 32}" text-anchor="middle">Week of the year</text>`,
    ...lines,
    legend,
    `</g></svg>`,
    '',
  ].join('\n');
}
