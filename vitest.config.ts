import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// grammY's CommonJS plugins must be pre-bundled to load inside workerd; only installed ones may be listed
// (a missing one makes vitest print "Failed to resolve dependency" at every start).
const grammyCjs = ["@grammyjs/conversations"];

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
                CONSOLE_URL: "https://jinguo.test",
                EMULATOR_URL: inject<string>("emulatorUrl"),
                WECHAT_TOKEN: inject<string>("wechatToken"),
                WECHAT_APPID: inject<string>("wechatAppId"),
                WECHAT_APPSECRET: inject<string>("wechatAppSecret"),
                WECHAT_AES_KEY: inject<string>("wechatAesKey"),
                WECHAT_API_ROOT: inject<string>("wechatUrl"),
                WECHAT_TEMPLATES: inject<string>("wechatTemplates"),
                WECHAT_EMULATOR_URL: inject<string>("wechatUrl"),
              },
            },
          })),
        ],
        test: {
          name: "workers",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          // Files share one redis-server, and the broadcast consumer's lease and 429 pause are global by
          // design (one sender per bot): files running side by side on a many-core machine would wait on
          // each other's lease (a test kills an invocation holding it) and time out.
          fileParallelism: false,
          deps: { optimizer: { ssr: { enabled: true, include: grammyCjs } } },
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium against the whole local stack (`npm start`'s, on free ports): see test/e2e/.
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          // One stack for all files: files run one after another, and each test uses its own personas.
          fileParallelism: false,
          // After the other projects: Chromium and wrangler dev would otherwise compete with their workers
          // for the CPU (2 cores on CI), which slows both and makes timing-sensitive tests flaky.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
