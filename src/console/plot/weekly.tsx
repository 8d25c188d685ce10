/** A weekly plot drawn as SVG on the server: bars or lines, axes, labels and a legend. */
/**
 * A weekly plot drawn as SVG on the server: bars or lines for up to four series over some weeks (the
 * overview shows 12), with axes, labels and a legend. It knows no language: every label comes in
 * already translated. Accessible as one image named by its title and described by its description.
 */
import { countAxis } from "./scale.ts";

/** One series: its legend label and one count per week, oldest first. */
export interface WeeklySeries {
  label: string;
  values: readonly number[];
}

export interface WeeklyPlotProps {
  /** Unique on the page: the ids of the title and description start with it. */
  id: string;
  title: string;
  /** The plot in words (e.g. the totals), read out instead of the drawing. */
  description: string;
  /** Label of each week on the x axis, oldest first, e.g. "11/3" or "3 Nov". */
  weeks: readonly string[];
  series: readonly WeeklySeries[];
  kind: "bar" | "line";
  xTitle: string;
  yTitle: string;
}

const WIDTH = 640;
const HEIGHT = 320;
const LEFT = 60;
const RIGHT = WIDTH - 16;
const TOP = 40;
const BOTTOM = HEIGHT - 52;
/** Lines differ by dash as well as colour, so they stay apart in grey print and for colour-blind eyes. */
const DASHES = [undefined, "8 4", "2 4", "12 4 2 4"];
export const MAX_SERIES = DASHES.length;

const count = new Intl.NumberFormat("en-US");
const r = (n: number) => Math.round(n * 10) / 10;
// Legend spacing without measuring text: CJK characters are about twice as wide as Latin ones.
const textWidth = (text: string) =>
  [...text].reduce((w, ch) => w + (ch.codePointAt(0)! > 0x2e80 ? 12 : 7), 0);

function checkProps({ weeks, series }: WeeklyPlotProps): void {
  if (weeks.length === 0) throw new RangeError("a weekly plot needs at least one week");
  if (series.length === 0 || series.length > MAX_SERIES) {
    throw new RangeError(`a weekly plot shows 1 to ${MAX_SERIES} series, not ${series.length}`);
  }
  for (const s of series) {
    if (s.values.length !== weeks.length) {
      throw new RangeError(`series "${s.label}" has ${s.values.length} values for ${weeks.length} weeks`);
    }
    if (s.values.some((v) => !Number.isFinite(v) || v < 0)) {
      throw new RangeError(`series "${s.label}" has a value that is not a count`);
    }
  }
}

/** The weekly plot as an inline <svg> element (class "plot"; colours and fonts come from console.css). */
export function WeeklyPlot(props: WeeklyPlotProps) {
  checkProps(props);
  const { id, title, description, weeks, series, kind, xTitle, yTitle } = props;
  const axis = countAxis(Math.max(...series.flatMap((s) => s.values)));
  const y = (value: number) => r(BOTTOM - (value / axis.top) * (BOTTOM - TOP));
  const band = (RIGHT - LEFT) / weeks.length;
  const centre = (week: number) => r(LEFT + band * (week + 0.5));
  const group = band * 0.8;
  const barWidth = group / series.length;
  let legendX = LEFT;
  const legend = series.map((s, i) => {
    const x = legendX;
    legendX += 28 + textWidth(s.label) + 16;
    return { ...s, i, x };
  });

  return (
    <svg
      class="plot"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g class="grid">
        {axis.ticks.map((tick) => (
          <line x1={LEFT} x2={RIGHT} y1={y(tick)} y2={y(tick)} />
        ))}
      </g>
      <g class="axis y" text-anchor="end">
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={BOTTOM} />
        {axis.ticks.map((tick) => (
          <text x={LEFT - 6} y={y(tick) + 4}>
            {count.format(tick)}
          </text>
        ))}
        <text
          class="axis-title"
          transform={`translate(14 ${r((TOP + BOTTOM) / 2)}) rotate(-90)`}
          text-anchor="middle"
        >
          {yTitle}
        </text>
      </g>
      <g class="axis x" text-anchor="middle">
        <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} />
        {weeks.map((week, i) => (
          <text x={centre(i)} y={BOTTOM + 16}>
            {week}
          </text>
        ))}
        <text class="axis-title" x={r((LEFT + RIGHT) / 2)} y={HEIGHT - 8}>
          {xTitle}
        </text>
      </g>
      {series.map((s, i) =>
        kind === "bar" ? (
          <g class={`series s${i}`}>
            {s.values.map((value, week) => (
              <rect
                x={r(centre(week) - group / 2 + i * barWidth)}
                y={y(value)}
                width={r(barWidth)}
                height={r(BOTTOM - y(value))}
              >
                <title>{`${weeks[week]} · ${s.label}: ${count.format(value)}`}</title>
              </rect>
            ))}
          </g>
        ) : (
          <g class={`series s${i}`}>
            <polyline
              points={s.values.map((value, week) => `${centre(week)},${y(value)}`).join(" ")}
              stroke-dasharray={DASHES[i]}
            />
            {s.values.map((value, week) => (
              <circle cx={centre(week)} cy={y(value)} r={3}>
                <title>{`${weeks[week]} · ${s.label}: ${count.format(value)}`}</title>
              </circle>
            ))}
          </g>
        ),
      )}
      <g class="legend">
        {legend.map((entry) => (
          <g class={`series s${entry.i}`}>
            {kind === "bar" ? (
              <rect x={entry.x} y={12} width={20} height={12} />
            ) : (
              <line x1={entry.x} x2={entry.x + 20} y1={18} y2={18} stroke-dasharray={DASHES[entry.i]} />
            )}
            <text x={entry.x + 28} y={22}>
              {entry.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
