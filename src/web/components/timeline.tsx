/**
 * Timelines drawn as SVG on the server: the titles 1945–1985 and the battles
 * on a common 1941–1945 axis. Every mark is a link with a title, so the
 * charts are usable by keyboard and readable by screen readers; each chart
 * is followed on its page by the same facts as text.
 */
import { dateBounds } from '../../domain/index.js';

const DAY = 86_400_000;
const ms = (d: string, end = false) =>
  Date.parse((end ? dateBounds(d).last : dateBounds(d).first) + 'T00:00:00Z') + (end ? DAY : 0);

export interface TitleMark {
  id: string;
  label: string;
  href: string;
  date: string;
  tone: string;
  title: string;
}

/** The titles on an axis from 1945 to 1985; places honoured the same year stack up. */
export function TitleTimeline(props: { marks: TitleMark[]; title: string; id?: string }) {
  const W = 760;
  const left = 20;
  const right = W - 20;
  const from = 1944.5;
  const to = 1986;
  const x = (d: string) => {
    const t = ms(d);
    const y0 = Date.UTC(1945, 0, 1);
    const year = 1945 + (t - y0) / (365.25 * DAY);
    return Math.round((left + ((year - from) / (to - from)) * (right - left)) * 10) / 10;
  };
  // Lanes, greedily: each mark goes to the lowest lane where its label does not run into the previous one.
  const sorted = [...props.marks].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const laneEnds: number[] = [];
  const placed = sorted.map((m) => {
    const cx = x(m.date);
    const width = 16 + m.label.length * 7.2;
    const anchor: 'start' | 'end' = cx + width > right ? 'end' : 'start';
    const from = anchor === 'start' ? cx - 8 : cx - width;
    const to = anchor === 'start' ? cx + width : cx + 8;
    let lane = laneEnds.findIndex((end) => end < from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = to;
    return { m, cx, lane, anchor };
  });
  const lanes = Math.max(1, laneEnds.length);
  const laneH = 22;
  const axisY = 30 + lanes * laneH;
  const H = axisY + 34;
  const tid = `${props.id ?? 'titles'}-title`;
  return (
    <div class="chart-wrap">
      <svg class="timeline timeline-titles" viewBox={`0 0 ${W} ${H}`} role="group" aria-labelledby={tid}>
        <title id={tid}>{props.title}</title>
        <g class="axis" aria-hidden="true">
          <line x1={left} y1={axisY} x2={right} y2={axisY} />
          {[1945, 1950, 1955, 1960, 1965, 1970, 1975, 1980, 1985].map((y) => (
            <g>
              <line x1={x(String(y))} y1={axisY} x2={x(String(y))} y2={axisY + 6} />
              <text x={x(String(y))} y={axisY + 22} text-anchor="middle">
                {String(y)}
              </text>
            </g>
          ))}
        </g>
        {placed.map(({ m, cx, lane, anchor }) => {
          const cy = axisY - 14 - lane * laneH;
          return (
            <a href={m.href} class={`tl-mark ${m.tone}`} aria-label={m.title}>
              <title>{m.title}</title>
              <line class="tl-stem" x1={cx} y1={cy} x2={cx} y2={axisY} />
              <circle cx={cx} cy={cy} r="6" />
              <text x={anchor === 'start' ? cx + 10 : cx - 10} y={cy + 4} text-anchor={anchor}>
                {m.label}
              </text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}

export interface Bar {
  id: string;
  label: string;
  href: string;
  start: string;
  end: string;
  tone: string;
  title: string;
}

const WAR_START = Date.UTC(1941, 5, 22);
const WAR_END = Date.UTC(1945, 4, 10);

/** Bars from start to end on a common axis, 22 June 1941 to 9 May 1945. */
export function BattleChart(props: { bars: Bar[]; title: string; desc?: string; id?: string; compact?: boolean }) {
  const W = 760;
  const labelW = props.compact ? 0 : 150;
  const left = labelW + 10;
  const right = W - 16;
  const rowH = props.compact ? 26 : 24;
  const top = 10;
  const H = top + props.bars.length * rowH + 34;
  const x = (t: number) => Math.round((left + ((t - WAR_START) / (WAR_END - WAR_START)) * (right - left)) * 10) / 10;
  const tid = `${props.id ?? 'battles'}-title`;
  const did = `${props.id ?? 'battles'}-desc`;
  const axisY = top + props.bars.length * rowH + 4;
  return (
    <div class="chart-wrap">
      <svg
        class="timeline timeline-battles"
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-labelledby={tid}
        aria-describedby={props.desc ? did : undefined}
      >
        <title id={tid}>{props.title}</title>
        {props.desc && <desc id={did}>{props.desc}</desc>}
        <g class="axis" aria-hidden="true">
          {[1942, 1943, 1944, 1945].map((y) => (
            <line class="grid" x1={x(Date.UTC(y, 0, 1))} y1={top - 4} x2={x(Date.UTC(y, 0, 1))} y2={axisY} />
          ))}
          <line x1={left} y1={axisY} x2={right} y2={axisY} />
          {[1941, 1942, 1943, 1944, 1945].map((y) => {
            const mid = x(Math.max(WAR_START, Math.min(WAR_END, Date.UTC(y, 6, 1))));
            return (
              <text
                x={y === 1941 ? x(Date.UTC(1941, 8, 15)) : y === 1945 ? x(Date.UTC(1945, 2, 1)) : mid}
                y={axisY + 20}
                text-anchor="middle"
              >
                {String(y)}
              </text>
            );
          })}
        </g>
        {props.bars.map((b, i) => {
          const y = top + i * rowH;
          const x0 = x(ms(b.start));
          const x1 = Math.max(x(ms(b.end, true)), x0 + 3);
          return (
            <a href={b.href} class={`bar ${b.tone}`} aria-label={b.title}>
              <title>{b.title}</title>
              {!props.compact && (
                <text class="bar-label" x={labelW} y={y + rowH / 2 + 4} text-anchor="end">
                  {b.label}
                </text>
              )}
              <rect x={x0} y={y + 4} width={Math.round((x1 - x0) * 10) / 10} height={rowH - 10} rx="2" />
              {props.compact && (
                <text
                  class="bar-label"
                  x={x1 + 6 > right - 120 ? x0 - 6 : x1 + 6}
                  y={y + rowH / 2 + 3}
                  text-anchor={x1 + 6 > right - 120 ? 'end' : 'start'}
                >
                  {b.label}
                </text>
              )}
            </a>
          );
        })}
      </svg>
    </div>
  );
}
