import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as z from "zod";
import { getRegion } from "../../../src/regions/index.ts";
import { newOpenid } from "../../wechat-emulator/core.ts";

const fields = {
  id: z.number().int().positive().max(999_999_999_999),
  first_name: z.string().trim().min(1).max(64),
  language: z.enum(["zh-hans", "en"]),
  role: z.enum(["user", "staff", "admin"]),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .refine((code) => getRegion(code) !== undefined, "unknown region code")
    .nullable(),
  note: z.string().trim().max(80),
  /** Which app she uses: Telegram (the Bot API emulator) or WeChat (the WeChat emulator). */
  channel: z.enum(["telegram", "wechat"]),
  /** Her openid with the Official Account (WeChat personas only). */
  openid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,64}$/, "an openid is 6–64 letters, digits, - or _")
    .nullable(),
};
// Defaults only where a whole persona is read: a patch must leave out what it does not change.
const withDefaults = {
  ...fields,
  region: fields.region.default(null),
  note: fields.note.default(""),
  channel: fields.channel.default("telegram"),
  openid: fields.openid.default(null),
};

function staffHasRegion<T extends { role?: string; region?: string | null }>(p: T): boolean {
  return p.role !== "staff" || Boolean(p.region);
}

// Staff work on Telegram and in the console; on WeChat a persona is one of the women served.
function wechatIsUser<T extends { role?: string; channel?: string }>(p: T): boolean {
  return p.channel !== "wechat" || p.role === "user";
}
const WECHAT_USER = { message: "a WeChat persona is a user (staff use Telegram)", path: ["role"] };

/** A simulated Telegram or WeChat user. Staff personas carry the region code of their scope. */
export const personaSchema = z
  .object(withDefaults)
  .refine(staffHasRegion, { message: "staff need a region code", path: ["region"] })
  .refine(wechatIsUser, WECHAT_USER);
export type Persona = z.output<typeof personaSchema>;

/** What the page sends to create a persona: everything but the id is required. */
export const newPersonaSchema = z
  .object({ ...withDefaults, id: fields.id.optional() })
  .refine(staffHasRegion, { message: "staff need a region code", path: ["region"] })
  .refine(wechatIsUser, WECHAT_USER);
/** What the page sends to change a persona (her channel and openid stay what they were). */
export const personaPatchSchema = z.object(fields).omit({ id: true, channel: true, openid: true }).partial();

/** Ready on first start: two women in different cities (zh, en), a Weifang staff member, an admin. */
export const STARTER_PERSONAS: Persona[] = [
  telegram({ id: 700000001, first_name: "李梅", language: "zh-hans", role: "user", note: "潍坊 · 寿光" }),
  telegram({ id: 700000002, first_name: "Emma", language: "en", role: "user", note: "Jinan" }),
  telegram({
    id: 900000002,
    first_name: "王芳",
    language: "zh-hans",
    role: "staff",
    region: "370700",
    note: "潍坊市妇联",
  }),
  telegram({ id: 900000001, first_name: "Admin Chen", language: "en", role: "admin", note: "省妇联" }),
];

function telegram(p: Omit<Persona, "channel" | "openid" | "region"> & { region?: string }): Persona {
  return { region: null, ...p, channel: "telegram", openid: null };
}

const fileSchema = z.object({
  version: z.literal(1),
  personas: z.array(personaSchema),
  /** The highest automatic id handed out so far, so a deleted persona's id is never reused. */
  last_id: z.number().int().nonnegative().default(0),
});
const FIRST_ID = 700000000;
const STAFF_IDS = 900000000;

/** Personas kept in a JSON file, so they survive restarts of both the page and `npm start`. */
export class PersonaStore {
  private list: Persona[];
  private lastId = FIRST_ID;
  private readonly file: string;
  private readonly listeners = new Set<(personas: Persona[]) => void>();

  constructor(file: string) {
    this.file = file;
    this.list = this.load();
  }

  private load(): Persona[] {
    try {
      const saved = fileSchema.parse(JSON.parse(readFileSync(this.file, "utf8")));
      this.lastId = Math.max(this.lastId, saved.last_id);
      return saved.personas;
    } catch {
      // Missing or unreadable: start over with the starters, keeping a broken file for inspection.
      if (existsSync(this.file)) renameSync(this.file, `${this.file}.bad`);
      this.list = structuredClone(STARTER_PERSONAS);
      this.save();
      return this.list;
    }
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    const data = { version: 1, personas: this.list, last_id: this.lastId };
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(tmp, this.file);
    for (const listener of this.listeners) listener(this.all());
  }

  all(): Persona[] {
    return structuredClone(this.list);
  }

  get(id: number): Persona | undefined {
    return this.list.find((p) => p.id === id);
  }

  /** Calls `listener` after every change. */
  onChange(listener: (personas: Persona[]) => void): void {
    this.listeners.add(listener);
  }

  /**
   * Adds a persona. Without an id she gets a new one, never one a deleted persona had: that id's
   * chat and stored profile (language, subscriptions) would otherwise become hers.
   */
  create(input: z.input<typeof newPersonaSchema>): Persona {
    const parsed = newPersonaSchema.parse(input);
    const highest = Math.max(this.lastId, ...this.list.map((p) => (p.id < STAFF_IDS ? p.id : 0)));
    const id = parsed.id ?? highest + 1;
    if (this.get(id)) throw new PersonaError(`a persona with id ${id} exists`);
    if (parsed.id === undefined) this.lastId = id;
    const wechat = parsed.channel === "wechat";
    const openid = wechat ? (parsed.openid ?? newOpenid()) : null;
    if (openid && this.list.some((p) => p.openid === openid))
      throw new PersonaError(`a persona with openid ${openid} exists`);
    const persona = personaSchema.parse({
      ...parsed,
      id,
      openid,
      region: parsed.role === "staff" ? parsed.region : null,
    });
    this.list.push(persona);
    this.save();
    return persona;
  }

  update(id: number, patch: z.input<typeof personaPatchSchema>): Persona {
    const current = this.get(id);
    if (!current) throw new PersonaError(`no persona with id ${id}`, 404);
    const merged = personaSchema.parse({ ...current, ...personaPatchSchema.parse(patch) });
    if (merged.role !== "staff") merged.region = null;
    this.list = this.list.map((p) => (p.id === id ? merged : p));
    this.save();
    return merged;
  }

  remove(id: number): void {
    if (!this.get(id)) throw new PersonaError(`no persona with id ${id}`, 404);
    this.list = this.list.filter((p) => p.id !== id);
    this.save();
  }

  /** Back to the starter personas. */
  reset(): void {
    this.list = structuredClone(STARTER_PERSONAS);
    this.save();
  }
}

/** A refused persona change, with the HTTP status the page gets. */
export class PersonaError extends Error {
  override name = "PersonaError";
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.status = status;
  }
}

/**
 * The Worker's STAFF: STAFF from the environment (if any) with each persona deciding the role of
 * its own id, so a persona made a plain user is not staff even if STAFF lists that id.
 */
export function mergeStaff(baseStaff: string, personas: readonly Persona[]): string {
  const entries = new Map<string, string>();
  for (const entry of baseStaff.split(",").map((s) => s.trim())) {
    if (entry) entries.set(entry.split(":")[0] ?? entry, entry);
  }
  for (const p of personas) {
    if (p.channel !== "telegram") continue;
    const id = String(p.id);
    if (p.role === "user") entries.delete(id);
    else entries.set(id, p.role === "admin" ? `${id}:admin` : `${id}:staff:${p.region}`);
  }
  return [...entries.values()].join(",");
}
