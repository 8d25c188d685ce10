import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// grammY's CommonJS plugins must be pre-bundled to load inside workerd.
const grammyCjs = [
  "@grammyjs/conversations",
  "@grammyjs/menu",
  "@grammyjs/auto-retry",
  "@grammyjs/ratelimiter",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["test/unit/**/*.test.ts", "test/dev/**/*.test.ts"],
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TELEGRAM_BOT_TOKEN: inject<string>("botToken"),
                TELEGRAM_WEBHOOK_SECRET: inject<string>("webhookSecret"),
                TELEGRAM_API_ROOT: inject<string>("emulatorUrl"),
                UPSTASH_REDIS_REST_URL: inject<string>("bridgeUrl"),
                UPSTASH_REDIS_REST_TOKEN: inject<string>("bridgeToken"),
                BOT_INFO: inject<string>("botInfo"),
                STAFF: inject<string>("staff"),
                EMULATOR_URL: inject<string>("emulatorUrl"),
              },
            },
          })),
        ],
        test: {
          name: "workers",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          deps: { optimizer: { ssr: { enabled: true, include: grammyCjs } } },
          testTimeout: 20_000,
        },
      },
    ],
  },
});
