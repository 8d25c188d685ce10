// `npm run telegram:setup`: points Telegram at the deployed Worker and sets the command menus.
// Reads TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, WEBHOOK_URL (https://…/telegram/webhook) and
// optionally TELEGRAM_API_ROOT and STAFF (the Worker's, so each staff member's own menu lists the
// staff commands; run it again after STAFF changes) from the environment (or a .dev.vars-style
// file given as --env-file).
import { Api } from "grammy";
import * as z from "zod";
import { parseStaff } from "../src/staff/roles.ts";
import { setupTelegram } from "./commands.ts";

const env = z
  .object({
    TELEGRAM_BOT_TOKEN: z.string().min(10),
    TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
    WEBHOOK_URL: z.url(),
    TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
    STAFF: z.string().default(""),
  })
  .safeParse(process.env);

if (!env.success) {
  const names = env.error.issues.map((i) => String(i.path[0])).join(", ");
  console.error(`telegram:setup needs these variables set correctly: ${names}`);
  process.exit(1);
}

const { TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, WEBHOOK_URL, TELEGRAM_API_ROOT, STAFF } = env.data;
const staff = parseStaff(STAFF);
if (staff.problems.length > 0) {
  console.error(`STAFF is not readable: ${staff.problems.join("; ")}`);
  process.exit(1);
}

const api = new Api(TELEGRAM_BOT_TOKEN, { apiRoot: TELEGRAM_API_ROOT });
await setupTelegram(
  api,
  WEBHOOK_URL,
  TELEGRAM_WEBHOOK_SECRET,
  staff.members.map((m) => m.id),
);
const info = await api.getWebhookInfo();
console.log(
  `Webhook set to ${info.url} (pending updates: ${info.pending_update_count}); command menus set for zh and en, and for ${staff.members.length} staff member(s).`,
);
