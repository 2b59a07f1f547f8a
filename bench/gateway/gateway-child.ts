/**
 * The real gateway in its own process (app.ts + server.ts, plain HTTP, a temporary SQLite
 * file), so its memory can be read on its own and the load generator's CPU is not charged to it.
 * argv[2] is the settings object, exactly as loadConfig reads environment variables.
 */
import { loadConfig } from '../../src/server/config.js';
import { createServices } from '../../src/server/server.js';
import { buildApp } from '../../src/server/app.js';
import { serve } from './child-ipc.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
const config = loadConfig(settings, {}); // no wenshu.config.json: only what the benchmark sets
const { services } = await createServices(config);
// BENCH_GATEWAY_LOG=warn shows the gateway's own warnings and errors when a run has failures.
const logLevel = process.env.BENCH_GATEWAY_LOG;
const app = await buildApp(services, logLevel ? { logger: { level: logLevel } } : {});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

serve(`http://127.0.0.1:${port}`, {
  async exit() {
    await services.lifecycle.drain(1000);
    await app.close();
    await services.database.close();
  },
});
