// wrangler's [[rules]] type = "Text" and vitest's raw import make .ftl files strings.
declare module "*.ftl" {
  const text: string;
  export default text;
}
