import { describe, expect, it } from "vitest";
import { countAxis } from "../../src/console/plot/scale.ts";
import { WeeklyPlot, type WeeklyPlotProps } from "../../src/console/plot/weekly.tsx";
import { findAll, parseXml, type XmlElement } from "../support/xml.ts";

const WEEKS_ZH = [
  "9/15",
  "9/22",
  "9/29",
  "10/6",
  "10/13",
  "10/20",
  "10/27",
  "11/3",
  "11/10",
  "11/17",
  "11/24",
  "12/1",
];
const WEEKS_EN = WEEKS_ZH.map((w) => {
  const [m, d] = w.split("/");
  return `${d} ${["Sep", "Oct", "Nov", "Dec"][Number(m) - 9]}`;
});
const NEW = [12, 30, 25, 41, 38, 0, 52, 47, 60, 58, 71, 66];
const STOPPED = [1, 3, 2, 5, 4, 0, 6, 3, 8, 5, 9, 7];

const zh: WeeklyPlotProps = {
  id: "subs",
  title: "每周新增和退订的订阅者",
  description: "12 周内新增 500 人，退订 53 人。",
  weeks: WEEKS_ZH,
  series: [
    { label: "新增", values: NEW },
    { label: "退订", values: STOPPED },
  ],
  kind: "bar",
  xTitle: "周（起始日）",
  yTitle: "人数",
};

async function draw(props: WeeklyPlotProps): Promise<XmlElement> {
  return parseXml(String(await WeeklyPlot(props)));
}
const byClass = (root: XmlElement, cls: string) =>
  findAll(root, (e) => (e.attrs.class ?? "").split(" ").includes(cls));
const num = (e: XmlElement, attr: string) => Number(e.attrs[attr]);

describe("countAxis", () => {
  it("rounds the top up to a step of 1, 2 or 5 × 10ⁿ, with whole-number ticks from 0", () => {
    expect(countAxis(71)).toEqual({ top: 80, ticks: [0, 20, 40, 60, 80] });
    expect(countAxis(12_345).ticks.at(-1)).toBe(15_000);
    expect(countAxis(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    for (const max of [1, 7, 99, 100, 101, 999, 4321, 1e6]) {
      const { top, ticks } = countAxis(max);
      const step = ticks[1]! - ticks[0]!;
      expect(top).toBeGreaterThanOrEqual(max);
      expect(Number.isInteger(step) && step >= 1).toBe(true);
      expect(String(step)).toMatch(/^[125]0*$/);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});

describe("the weekly plot", () => {
  it("is one accessible image named by its title and described by its description", async () => {
    const svg = await draw(zh);
    expect(svg.name).toBe("svg");
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs.viewBox).toBe("0 0 640 320");
    const [titleId, descId] = svg.attrs["aria-labelledby"]!.split(" ");
    const title = findAll(svg, (e) => e.attrs.id === titleId);
    const desc = findAll(svg, (e) => e.attrs.id === descId);
    expect(title.map((e) => [e.name, e.text])).toEqual([["title", zh.title]]);
    expect(desc.map((e) => [e.name, e.text])).toEqual([["desc", zh.description]]);
    // The title and description come first, so every reader finds them.
    expect(svg.children.slice(0, 2).map((e) => e.name)).toEqual(["title", "desc"]);
  });

  it("labels the 12 weeks in order under the x axis, and titles both axes", async () => {
    const svg = await draw(zh);
    const [x] = byClass(svg, "x");
    const labels = x!.children.filter((e) => e.name === "text" && !e.attrs.class).map((e) => e.text);
    expect(labels).toEqual(WEEKS_ZH);
    const xs = x!.children.filter((e) => e.name === "text" && !e.attrs.class).map((e) => num(e, "x"));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(byClass(svg, "axis-title").map((e) => e.text)).toEqual([zh.yTitle, zh.xTitle]);
  });

  it("draws a y axis from 0 with ticks above the largest count, and a grid line per tick", async () => {
    const svg = await draw(zh);
    const [y] = byClass(svg, "y");
    const ticks = y!.children.filter((e) => e.name === "text" && !e.attrs.class);
    expect(ticks.map((e) => e.text)).toEqual(["0", "20", "40", "60", "80"]);
    const ys = ticks.map((e) => num(e, "y"));
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(byClass(svg, "grid")[0]!.children).toHaveLength(ticks.length);
  });

  it("draws one bar per week and series, on the baseline, as tall as its count, each with its own label", async () => {
    const svg = await draw(zh);
    const baseline = num(findAll(byClass(svg, "x")[0]!, (e) => e.name === "line")[0]!, "y1");
    const top = num(byClass(svg, "grid")[0]!.children.at(-1)!, "y1");
    zh.series.forEach((series, i) => {
      const bars = byClass(svg, `s${i}`)[0]!.children;
      expect(bars).toHaveLength(12);
      bars.forEach((bar, week) => {
        const value = series.values[week]!;
        expect(num(bar, "y") + num(bar, "height")).toBeCloseTo(baseline, 0);
        expect(num(bar, "height")).toBeCloseTo(((baseline - top) * value) / 80, 0);
        expect(bar.children[0]).toMatchObject({
          name: "title",
          text: `${WEEKS_ZH[week]} · ${series.label}: ${value}`,
        });
      });
    });
    // Bars of one week stand side by side, in the order of the legend.
    const first = byClass(svg, "s0")[0]!.children[3]!;
    const second = byClass(svg, "s1")[0]!.children[3]!;
    expect(num(second, "x")).toBeCloseTo(num(first, "x") + num(first, "width"), 0);
  });

  it("has a legend entry per series, in order, with the series' own class", async () => {
    const svg = await draw(zh);
    const entries = byClass(svg, "legend")[0]!.children;
    expect(entries.map((e) => e.attrs.class)).toEqual(["series s0", "series s1"]);
    expect(entries.map((e) => e.children.find((c) => c.name === "text")!.text)).toEqual(["新增", "退订"]);
    const xs = entries.map((e) => num(e.children[0]!, "x"));
    expect(xs[1]!).toBeGreaterThan(xs[0]! + 28 + 2 * 7);
  });

  it("draws lines through the week centres, higher counts higher, told apart by dash too", async () => {
    const en: WeeklyPlotProps = {
      ...zh,
      kind: "line",
      title: "Questions answered, unsure and unanswered per week",
      description: "Answered 1,203, unsure 88, unanswered 41 over 12 weeks.",
      weeks: WEEKS_EN,
      series: [
        { label: "Answered", values: NEW.map((v) => v * 20) },
        { label: "Unsure", values: NEW.map((v) => v * 2) },
        { label: "Unanswered", values: STOPPED },
      ],
      xTitle: "Week starting",
      yTitle: "Questions",
    };
    const svg = await draw(en);
    const weekXs = byClass(svg, "x")[0]!
      .children.filter((e) => e.name === "text" && !e.attrs.class)
      .map((e) => num(e, "x"));
    const lines = findAll(svg, (e) => e.name === "polyline");
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      const points = line.attrs.points!.split(" ").map((p) => p.split(",").map(Number) as [number, number]);
      expect(points.map(([x]) => x)).toEqual(weekXs);
      const values = en.series[i]!.values;
      for (let w = 1; w < values.length; w++) {
        const [prev, curr] = [values[w - 1]!, values[w]!];
        if (curr > prev) expect(points[w]![1]).toBeLessThan(points[w - 1]![1]);
        if (curr === prev) expect(points[w]![1]).toBe(points[w - 1]![1]);
      }
    });
    expect(lines.map((l) => l.attrs["stroke-dasharray"] ?? "solid")).toEqual(["solid", "8 4", "2 4"]);
    const texts = findAll(svg, (e) => e.name === "text").map((e) => e.text);
    expect(texts).toEqual(
      expect.arrayContaining(["Answered", "Unsure", "Unanswered", "Week starting", "1,500"]),
    );
  });

  it("uses only the words it is given: every text is a given label or a number", async () => {
    const svg = await draw(zh);
    const given = new Set([...zh.weeks, ...zh.series.map((s) => s.label), zh.xTitle, zh.yTitle]);
    for (const text of findAll(svg, (e) => e.name === "text").map((e) => e.text)) {
      expect(given.has(text) || /^[\d,]+$/.test(text)).toBe(true);
    }
  });

  it("escapes labels, and draws an empty plot without NaN", async () => {
    const hostile = '<script>alert(1)</script> & "x"';
    const source = String(
      await WeeklyPlot({ ...zh, title: hostile, series: [{ label: hostile, values: Array(12).fill(0) }] }),
    );
    expect(source).not.toContain("<script>");
    expect(source).not.toMatch(/NaN|Infinity|undefined/);
    const svg = parseXml(source);
    expect(findAll(svg, (e) => e.name === "title")[0]!.text).toBe(hostile);
    expect(
      findAll(byClass(svg, "s0")[0]!, (e) => e.name === "rect").every((b) => num(b, "height") === 0),
    ).toBe(true);
  });

  it("refuses series that do not fit the weeks, and values that are not counts", () => {
    const bad = (series: WeeklyPlotProps["series"]) => () => WeeklyPlot({ ...zh, series });
    expect(bad([{ label: "x", values: NEW.slice(1) }])).toThrow(/11 values for 12 weeks/);
    expect(bad([{ label: "x", values: [...NEW.slice(1), -1] }])).toThrow(/not a count/);
    expect(bad([{ label: "x", values: [...NEW.slice(1), Number.NaN] }])).toThrow(/not a count/);
    expect(bad([])).toThrow(/1 to 4 series/);
    expect(bad(Array(5).fill({ label: "x", values: NEW }))).toThrow(/1 to 4 series/);
  });
});
