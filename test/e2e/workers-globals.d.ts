// The launcher's simulator server reads broadcasts with the engine's own code (src/broadcast), and
// the launcher sets the command menus from the features' list (src/features.ts), whose types name
// the Workers globals `Queue`, `MessageBatch` and `Message`. These tests compile with the DOM
// instead of the Workers globals, so those names are declared here from the Workers types'
// importable variant.
type Queue<Body = unknown> = import("@cloudflare/workers-types/index.ts").Queue<Body>;
type MessageBatch<Body = unknown> = import("@cloudflare/workers-types/index.ts").MessageBatch<Body>;
type Message<Body = unknown> = import("@cloudflare/workers-types/index.ts").Message<Body>;
