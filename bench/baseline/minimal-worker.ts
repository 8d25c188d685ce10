// Baseline for the bundle-size bench: the smallest grammY-on-Hono webhook Worker one could deploy.
import { Bot, webhookCallback } from "grammy";
import { Hono } from "hono";

const app = new Hono<{ Bindings: { TOKEN: string } }>();
app.post("/telegram/webhook", (c) => {
  const bot = new Bot(c.env.TOKEN);
  bot.on("message", (ctx) => ctx.reply("hi"));
  return webhookCallback(bot, "hono")(c);
});
export default app;
