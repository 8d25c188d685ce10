// wrangler's [[rules]] type = "Text" and vitest's raw import make .ftl files strings.
declare module "*.ftl" {
  const text: string;
  export default text;
}

// Types `exports.default` (the Worker's own fetch) for tests that call it through cloudflare:workers.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../src/index.ts");
  }
}
