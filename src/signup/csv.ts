/** The applications as CSV for federation offices: Chinese columns, BOM, phones masked unless asked. */
import type { I18n } from "../i18n.ts";
import { cityOf, getRegion } from "../regions/index.ts";
import { formatDateTime } from "../time/format.ts";
import type { Application } from "./record.ts";
import { maskPhone } from "./validate.ts";

// The export is a file format for federation offices (Excel, Chinese): fixed Chinese headers.
const COLUMNS = [
  "报名编号",
  "状态",
  "提交时间",
  "姓名",
  "手机号",
  "城市",
  "区县",
  "创业阶段",
  "行业",
  "需求",
  "业务简介",
  "导师",
  "备注",
] as const;

/** Quotes a cell when needed and defuses spreadsheet formulas (=, +, -, @ at the start). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Applications as CSV: UTF-8 with a BOM so Excel reads the Chinese, CRLF line ends, Chinese column
 * names and values; phones masked unless `fullPhones`.
 */
export function applicationsCsv(
  i18n: I18n,
  apps: readonly Application[],
  opts: { fullPhones: boolean; timeZone: string },
): string {
  const zh = (key: string) => i18n.text("zh-CN", key);
  const lines = [COLUMNS.join(",")];
  for (const app of apps) {
    const county = getRegion(app.region);
    const row = [
      app.ref,
      zh(`signup-status-${app.status}`),
      formatDateTime(app.created, "zh-CN", opts.timeZone),
      app.name,
      opts.fullPhones ? app.phone : maskPhone(app.phone),
      cityOf(app.region)?.name ?? "",
      county?.level === "county" ? county.name : "",
      zh(`signup-stage-${app.stage}`),
      zh(`signup-industry-${app.industry}`),
      app.needs.map((n) => zh(`signup-needs-${n}`)).join("、"),
      app.about,
      app.mentor_name ?? "",
      app.note ?? "",
    ];
    lines.push(row.map(csvCell).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
