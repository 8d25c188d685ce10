// The Official Account's menu (src/wechat/menu.ts) created through WeChat's API: `npm run wechat:setup` and `npm start`.
import { createWechatApi } from "../src/wechat/api.ts";
import { accountMenu } from "../src/wechat/menu.ts";
import type { TokenStore } from "../src/wechat/token.ts";
import { loadLocalesFromDisk } from "./locales.ts";

/** A token cache for a one-off tool: in memory (the Worker's is shared through Redis). */
function memoryTokens(): TokenStore {
  const values = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => (values.get(key) ?? null) as T | null,
    set: async (key: string, value: unknown, opts?: { nx?: boolean }) => {
      if (opts?.nx && values.has(key)) return null;
      values.set(key, value);
      return "OK";
    },
    del: async (...keys: string[]) => {
      let n = 0;
      for (const key of keys) if (values.delete(key)) n++;
      return n;
    },
  } as unknown as TokenStore;
}

/** Creates the account menu (zh-CN labels) with the AppId and AppSecret; throws WeChat's classified errors. */
export async function setupWechatMenu(opts: { appId: string; appSecret: string; apiRoot?: string }) {
  const api = createWechatApi({ ...opts, redis: memoryTokens() });
  const menu = accountMenu(loadLocalesFromDisk(), "zh-CN");
  await api.createMenu(menu);
  return menu;
}
