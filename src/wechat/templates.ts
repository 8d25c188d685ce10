/** Template messages from configuration: which template a kind of notice uses, and its fields filled within WeChat's limits. */
import * as z from "zod";
import { NOTICE_SLOTS, type NoticeSlot } from "../channel/notice.ts";

/** A configured template: its id on mp.weixin.qq.com and which notice slot fills each of its fields. */
export interface TemplateSpec {
  id: string;
  /** Template field key (`thing1`, `time2`, `phrase3`, or legacy `first`/`keyword1`/`remark`) → slot. */
  fields: Readonly<Record<string, NoticeSlot>>;
}

/** Templates by notice kind (`notice`, `fair`, `fair-cancel`, `staff`…). */
export type TemplateConfig = Readonly<Record<string, TemplateSpec>>;

const kindName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, "template kinds are lower-case words, e.g. notice, fair");
const fieldKey = z.string().regex(/^[a-z_]+\d{0,3}$/, "template fields look like thing1, time2 or keyword1");

/** WECHAT_TEMPLATES as JSON: `{"notice":{"id":"…","fields":{"thing1":"title","thing2":"summary","time3":"sent"}}}`. */
export const templateConfigSchema = z.record(
  kindName,
  z.object({
    id: z.string().trim().min(1).max(128),
    fields: z
      .record(fieldKey, z.enum(NOTICE_SLOTS))
      .refine((f) => Object.keys(f).length > 0, "a template needs at least one field"),
  }),
);

/**
 * The template a kind of notice goes out with: the kind's own (`fair-reminder`), else its family's
 * (`fair`), else the default `notice`; null when none is configured (then nothing can reach her
 * outside the window). Staff cannot name a template: only these configured ones are ever used.
 */
export function templateFor(config: TemplateConfig, kind: string): TemplateSpec | null {
  const family = kind.split("-")[0] ?? kind;
  for (const name of [kind, family, "notice"]) if (Object.hasOwn(config, name)) return config[name] ?? null;
  return null;
}

// WeChat's limits per field type (类目模板消息参数值内容限制), by the key's name without its number.
const LIMITS: Record<string, { max: number; ellipsis: boolean }> = {
  thing: { max: 20, ellipsis: true },
  name: { max: 10, ellipsis: false },
  phrase: { max: 5, ellipsis: false },
  const: { max: 20, ellipsis: false },
  character_string: { max: 32, ellipsis: false },
  number: { max: 32, ellipsis: false },
  letter: { max: 32, ellipsis: false },
  symbol: { max: 5, ellipsis: false },
  phone_number: { max: 17, ellipsis: false },
  car_number: { max: 8, ellipsis: false },
  time: { max: 40, ellipsis: false },
  date: { max: 40, ellipsis: false },
  amount: { max: 14, ellipsis: false },
};
// Legacy templates (first, keyword1…, remark) take longer text.
const LEGACY = { max: 200, ellipsis: true };

/** A value cut to a field's limit (counted in characters, as WeChat counts them). */
export function fitField(key: string, value: string): string {
  const limit = LIMITS[key.replace(/\d+$/, "")] ?? LEGACY;
  const chars = [...value.replace(/\s+/g, " ").trim()];
  if (chars.length <= limit.max) return chars.join("");
  return limit.ellipsis ? `${chars.slice(0, limit.max - 1).join("")}…` : chars.slice(0, limit.max).join("");
}

/**
 * The template's data: every field filled from its slot and cut to its limit. An empty `when` takes
 * the time of sending (a time field cannot be blank); any other empty slot shows « — ».
 */
export function templateData(
  spec: TemplateSpec,
  slots: Partial<Record<NoticeSlot, string>>,
): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [key, slot] of Object.entries(spec.fields)) {
    const own = slots[slot]?.trim();
    const value = own || (slot === "when" ? slots.sent?.trim() : undefined) || "—";
    data[key] = { value: fitField(key, value) };
  }
  return data;
}
