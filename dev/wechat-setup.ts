// `npm run wechat:setup`: creates the Official Account's menu (job fairs, a mentor, Q&A) through WeChat's API.
// Reads WECHAT_APPID, WECHAT_APPSECRET and optionally WECHAT_API_ROOT from the environment. Run it
// from a machine whose IP is in the account's whitelist (or through the egress WECHAT_API_ROOT names).
import * as z from "zod";
import { DEFAULT_WECHAT_API_ROOT } from "../src/wechat/api.ts";
import { setupWechatMenu } from "./wechat-menu.ts";

const env = z
  .object({
    WECHAT_APPID: z.string().regex(/^wx[0-9a-f]{16}$/),
    WECHAT_APPSECRET: z.string().regex(/^[A-Za-z0-9]{16,64}$/),
    WECHAT_API_ROOT: z.url().default(DEFAULT_WECHAT_API_ROOT),
  })
  .safeParse(process.env);

if (!env.success) {
  const names = env.error.issues.map((i) => String(i.path[0])).join(", ");
  console.error(`wechat:setup needs these variables set correctly: ${names}`);
  process.exit(1);
}

try {
  const menu = await setupWechatMenu({
    appId: env.data.WECHAT_APPID,
    appSecret: env.data.WECHAT_APPSECRET,
    apiRoot: env.data.WECHAT_API_ROOT,
  });
  const names = menu.button.map((b) => b.name).join(" · ");
  console.log(`The account menu is set: ${names}.`);
  console.log("Server URL (mp.weixin.qq.com → 设置与开发 → 基本配置): https://<your worker>/wechat/webhook");
} catch (error) {
  console.error(`wechat:setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
