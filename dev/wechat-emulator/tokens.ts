// Access tokens as WeChat hands them out: stable_token (shared, renewed in its last 5 minutes, force
// refresh 20 times a day at most 30 s apart) and the classic /cgi-bin/token (each call replaces the last).
import { randomBytes } from "node:crypto";
import { WxError } from "./errors.ts";

interface Issued {
  value: string;
  expiresAt: number;
}

const RENEW_MS = 5 * 60_000;
const FORCE_GAP_MS = 30_000;
const FORCE_PER_DAY = 20;

function newToken(): string {
  return `${Math.floor(Math.random() * 90) + 10}_${randomBytes(96).toString("base64url")}`;
}

/** Every token the emulator issued, and which are still good. */
export class TokenStore {
  private stable: Issued | null = null;
  private classic: Issued | null = null;
  /** Tokens still accepted and until when (an old one lives on after it is replaced; a force-refreshed one does not). */
  private readonly valid = new Map<string, number>();
  private lastForce = -Infinity;
  private forceDay = "";
  private forceCount = 0;
  /** stable_token calls answered, so tests can count refreshes. */
  issuedStable = 0;

  private readonly ttlMs: number;

  constructor(ttlMs: number) {
    this.ttlMs = ttlMs;
  }

  private issue(now: number): Issued {
    const token = { value: newToken(), expiresAt: now + this.ttlMs };
    this.valid.set(token.value, token.expiresAt);
    return token;
  }

  private answer(token: Issued, now: number) {
    return { access_token: token.value, expires_in: Math.max(0, Math.floor((token.expiresAt - now) / 1000)) };
  }

  /** POST /cgi-bin/stable_token. */
  stableToken(now: number, forceRefresh: boolean): { access_token: string; expires_in: number } {
    this.issuedStable += 1;
    const current = this.stable && this.stable.expiresAt > now ? this.stable : null;
    if (forceRefresh && current) {
      const day = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
      if (day !== this.forceDay) {
        this.forceDay = day;
        this.forceCount = 0;
      }
      // Too soon after the last force refresh: WeChat does not refresh and hands out the current one.
      if (now - this.lastForce < FORCE_GAP_MS) return this.answer(current, now);
      if (this.forceCount >= FORCE_PER_DAY) throw new WxError(45009);
      this.forceCount += 1;
      this.lastForce = now;
      this.valid.delete(current.value);
      this.stable = this.issue(now);
    } else if (!current || current.expiresAt - now <= RENEW_MS) {
      // In its last 5 minutes the old token keeps working while the new one is handed out.
      this.stable = this.issue(now);
    }
    return this.answer(this.stable as Issued, now);
  }

  /** GET /cgi-bin/token: a new token each time; the previous classic token works 5 more minutes. */
  classicToken(now: number): { access_token: string; expires_in: number } {
    if (this.classic) {
      const until = Math.min(this.classic.expiresAt, now + RENEW_MS);
      this.valid.set(this.classic.value, until);
    }
    this.classic = this.issue(now);
    return this.answer(this.classic, now);
  }

  /** Throws the error WeChat answers a call with this token with, if any. */
  check(token: string | null, now: number): void {
    if (!token) throw new WxError(41001);
    const expiresAt = this.valid.get(token);
    if (expiresAt === undefined) throw new WxError(40001);
    if (expiresAt <= now) throw new WxError(42001);
  }

  /** Ends every token now (the next calls get 42001). */
  expireAll(now: number): void {
    for (const token of this.valid.keys()) this.valid.set(token, now);
    if (this.stable) this.stable.expiresAt = now;
    if (this.classic) this.classic.expiresAt = now;
  }

  clear(): void {
    this.stable = null;
    this.classic = null;
    this.valid.clear();
    this.lastForce = -Infinity;
    this.forceCount = 0;
    this.issuedStable = 0;
  }
}
