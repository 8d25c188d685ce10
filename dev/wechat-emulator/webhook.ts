// WeChat's URL check, as run when a server URL is saved on mp.weixin.qq.com: a signed GET that must echo echostr.
import { randomInt } from "node:crypto";
import { nowOf, type WxCore } from "./core.ts";
import { sign } from "./seal.ts";

/** Sends the GET check to the webhook; `ok` when it answered 200 with exactly the echostr. */
export async function verifyWebhook(
  core: WxCore,
): Promise<{ ok: boolean; status: number | null; body: string }> {
  const s = core.settings;
  if (!s.webhookUrl) return { ok: false, status: null, body: "no webhook" };
  const timestamp = String(Math.floor(nowOf(core) / 1000));
  const nonce = String(randomInt(100_000_000, 2_000_000_000));
  const echostr = String(randomInt(1e9, 2 ** 47));
  const url = new URL(s.webhookUrl);
  url.searchParams.set("signature", sign(s.token, timestamp, nonce));
  url.searchParams.set("echostr", echostr);
  url.searchParams.set("timestamp", timestamp);
  url.searchParams.set("nonce", nonce);
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(s.webhookTimeoutMs) });
    const body = await res.text();
    return { ok: res.status === 200 && body === echostr, status: res.status, body };
  } catch (error) {
    return { ok: false, status: null, body: String(error) };
  }
}
