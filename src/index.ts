/** The Worker: the HTTP app, the broadcast queue consumer and the Cron Trigger, one runtime per isolate. */
import { createApp } from "./app.ts";
import { consumeBroadcastBatch } from "./broadcast/index.ts";
import type { Env } from "./env.ts";
import { scheduledJobs } from "./features.ts";
import { runScheduledJobs } from "./jobs.ts";
import { createRuntime, type Runtime } from "./runtime.ts";

// One runtime per isolate and env; a failed build is forgotten so the next request retries it.
const runtimes = new WeakMap<Env, Promise<Runtime>>();

function runtimeFor(env: Env): Promise<Runtime> {
  let runtime = runtimes.get(env);
  if (!runtime) {
    runtime = createRuntime(env);
    runtimes.set(env, runtime);
    runtime.catch(() => runtimes.delete(env));
  }
  return runtime;
}

const app = createApp(runtimeFor);

export default {
  fetch: app.fetch,
  async queue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
    const runtime = await runtimeFor(env);
    await consumeBroadcastBatch(batch, runtime.deps(Date.now()));
  },
  async scheduled(controller: ScheduledController, env: Env): Promise<void> {
    const runtime = await runtimeFor(env);
    await runScheduledJobs(scheduledJobs, runtime.deps(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
