// The launcher's simulator server reads broadcasts with the engine's own code (src/broadcast), whose
// types name the Workers global `Queue`. These tests compile with the DOM instead of the Workers
// globals, so that one name is declared here from the Workers types' importable variant.
type Queue<Body = unknown> = import("@cloudflare/workers-types/index.ts").Queue<Body>;
