/** `npm start`: read the configuration, start the gateway, say where it is and what to do next. */
import { ConfigError, loadConfig } from './config.js';
import { startGateway } from './server.js';

function banner(url: string, publicUrl: string, notes: string[]): string {
  return [
    '',
    `Wenshu gateway listening on ${url}`,
    `  health:           ${url}/healthz  (readiness: ${url}/readyz)`,
    `  Word manifest:    ${publicUrl}/manifest.xml`,
    `  Outlook manifest: ${publicUrl}/manifest.outlook.xml`,
    `  task pane:        ${publicUrl}/taskpane.html`,
    ...notes.map((n) => `  ${n}`),
    'Next: sideload the manifests (see README, "Sideloading"), then open Wenshu from the Home tab in Word or from a message in Outlook.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const gateway = await startGateway(config, { logger: { level: config.LOG_LEVEL } });
  console.log(banner(gateway.url, config.PUBLIC_URL, gateway.notes));
  const stop = (signal: string) => {
    console.log(`${signal}: letting running drafts finish (up to ${config.SHUTDOWN_GRACE_MS} ms)…`);
    gateway.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`Wenshu could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
