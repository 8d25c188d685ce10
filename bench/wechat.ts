// The WeChat door's passive-reply time in the local stack (`npm start`'s: wrangler dev, the WeChat
// emulator, redis-server behind the Upstash bridge), p50 and p99, against the same question through
// the Telegram webhook of the same Worker, and /healthz as the floor.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../dev/net.ts";
import { startStack } from "../dev/stack.ts";
import { percentile } from "./support/stats.ts";

const ROUNDS = 60;
const QUESTIONS = [
  "创业担保贷款怎么申请",
  "我们村姐妹想搞大棚，钱不够，妇联有啥政策",
  "春蕾计划怎么报名",
  "你好",
];

type Json = Record<string, unknown>;

async function post(url: string, body: unknown): Promise<Json> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Json;
  if (json.ok !== true) throw new Error(`${url}: ${JSON.stringify(json)}`);
  return json;
}

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? 0 };
};

/** Passive-reply times in ms, measured from the outside as WeChat would: request out, answer in. */
export async function run(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "jg-wechat-bench-"));
  const env = {
    ...process.env,
    PORT: String(await freePort()),
    EMULATOR_PORT: String(await freePort()),
    WECHAT_EMULATOR_PORT: String(await freePort()),
  };
  const stack = await startStack({ env, dataDir, workerOutput: () => undefined });
  try {
    const wx = `${stack.wechat!.url}/__wx`;
    const emu = `${stack.apiRoot}/__emu`;
    const timed = async (push: () => Promise<Json>) => {
      const answer = await push();
      if (answer.reply_error || answer.status !== 200)
        throw new Error(`push failed: ${JSON.stringify(answer)}`);
      return Number(answer.duration_ms);
    };
    // Warm-up: the isolate, the FAQ index, the token.
    const { user: warm } = await post(`${wx}/follow`, {});
    for (const text of QUESTIONS) await post(`${wx}/send`, { openid: warm, text });

    const result: Record<string, number[]> = {
      follow: [],
      safe: [],
      plain: [],
      form: [],
      telegram: [],
      healthz: [],
    };
    for (let i = 0; i < ROUNDS / 4; i++) {
      result.follow!.push(await timed(() => post(`${wx}/follow`, { scene: "sub_370700" })));
    }
    const { users: list } = (await (await fetch(`${wx}/users`)).json()) as { users: { openid: string }[] };
    const openids = list.map((u) => u.openid);
    for (const mode of ["safe", "plain"] as const) {
      await post(`${wx}/webhook`, { mode });
      for (let i = 0; i < ROUNDS; i++) {
        const openid = openids[i % openids.length]!;
        const text = QUESTIONS[i % QUESTIONS.length]!;
        result[mode]!.push(await timed(() => post(`${wx}/send`, { openid, text })));
      }
    }
    await post(`${wx}/webhook`, { mode: "safe" });
    // A form step answered by typing: from the signup poster she agrees in words, then her name is
    // timed (the draft read from her session, checked, saved, the next question rendered as text).
    for (let i = 0; i < ROUNDS / 2; i++) {
      const { user } = await post(`${wx}/follow`, { scene: "signup" });
      await post(`${wx}/send`, { openid: user, text: "好的，同意" });
      result.form!.push(await timed(() => post(`${wx}/send`, { openid: user, text: "王丽" })));
    }
    // The same questions through Telegram's door: the emulator builds the update, we post it and time it.
    for (let i = 0; i < ROUNDS; i++) {
      const from = { id: 7_100_000_000 + i, first_name: "Bench", language_code: "zh-hans" };
      const { update } = await post(`${emu}/send`, {
        from,
        text: QUESTIONS[i % QUESTIONS.length],
        deliver: false,
      });
      const started = performance.now();
      const res = await fetch(`${stack.workerUrl}/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": stack.secret },
        body: JSON.stringify(update),
      });
      await res.text();
      result.telegram!.push(performance.now() - started);
    }
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await (await fetch(`${stack.workerUrl}/healthz`)).text();
      result.healthz!.push(performance.now() - started);
    }
    const tg = stats(result.telegram!);
    const row = (name: string, ms: number[]) => {
      const s = stats(ms);
      return `  ${name.padEnd(46)} ${s.p50.toFixed(1).padStart(7)} ${s.p99.toFixed(1).padStart(7)} ${s.max.toFixed(1).padStart(7)}   ${(s.p50 / tg.p50).toFixed(2)}×`;
    };
    return [
      `WeChat passive replies in the local stack (wrangler dev + WeChat emulator + redis-server), ${ROUNDS} pushes each`,
      `  ${"".padEnd(46)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"max ms".padStart(7)}   p50 vs Telegram`,
      row("question, safe mode (AES both ways)", result.safe!),
      row("question, plaintext mode", result.plain!),
      row("follow through a poster (subscribes, safe)", result.follow!),
      row(`sign-up step answered by typing (safe, ${ROUNDS / 2})`, result.form!),
      row("baseline: same questions, Telegram webhook", result.telegram!),
      row("floor: GET /healthz", result.healthz!),
      "  (WeChat waits 5 s for an answer; the door answers within 3 s or sends the reply afterwards through the API.)",
    ].join("\n");
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(await run());
