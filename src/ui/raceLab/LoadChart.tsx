/**
 * Share of requests that failed against K, as bars (hand-drawn SVG). The table under it, read
 * by screen readers, is the text alternative.
 */
import { loadChartLayout, pct, type LoadDatum } from './loadChart.ts';

export function LoadChart({
  levels,
  points,
  caption,
}: {
  levels: readonly number[];
  points: readonly LoadDatum[];
  caption: string;
}) {
  const layout = loadChartLayout(levels, points);
  const { plot } = layout;
  return (
    <figure className="rl-figure" data-testid="load-chart" data-points={points.length}>
      <svg className="rl-load-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true">
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} className="rl-grid" />
            <text x={plot.left - 6} y={t.y + 4} textAnchor="end" className="rl-axis">
              {pct(t.value)}
            </text>
          </g>
        ))}
        {layout.bars.map((b) => (
          <g key={b.k} data-testid="load-bar" data-k={b.k} data-rate={b.rate ?? ''}>
            <rect
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              rx={2}
              className={`rl-bar${b.rate ? ' bad' : ''}`}
            />
            {b.label && (
              <text x={b.x + b.width / 2} y={b.y - 4} textAnchor="middle" className="rl-bar-label">
                {b.label}
              </text>
            )}
            <text x={b.x + b.width / 2} y={plot.bottom + 15} textAnchor="middle" className="rl-axis">
              K={b.k}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="rl-small muted">
        Requests that failed (500), by concurrent requests K · {caption}
      </figcaption>
      <table className="sr-only">
        <caption>Requests that failed by number of concurrent requests</caption>
        <thead>
          <tr>
            <th scope="col">Concurrent requests</th>
            <th scope="col">Requests</th>
            <th scope="col">Failed</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((k) => {
            const p = points.find((d) => d.k === k);
            return (
              <tr key={k}>
                <td>{k}</td>
                <td>{p ? p.requests : 'not run'}</td>
                <td>{p ? `${p.failed} (${pct(p.requests ? p.failed / p.requests : 0)})` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
