import type { Server } from 'node:http';
import { DatabaseLockedError } from '@nguon/db';
import { pino } from 'pino';
import { loadConfig } from './config';
import { createPlatform } from './platform';

const SHUTDOWN_GRACE_MS = 25_000;

function printDemoCredentials(
  demo: {
    tenantName: string;
    owner: { login: string; password: string };
    clerk: { login: string; password: string };
    admin: { login: string; password: string };
    expert: { login: string; password: string };
  },
  url: string,
) {
  const lines = [
    '',
    `  Nguồn is ready at ${url}`,
    `  Demo co-op / HTX mẫu: ${demo.tenantName}`,
    `    owner / chủ tài khoản:  ${demo.owner.login}  password / mật khẩu: ${demo.owner.password}`,
    `    clerk / nhân viên:      ${demo.clerk.login}  password / mật khẩu: ${demo.clerk.password}`,
    `    platform admin:         ${demo.admin.login}  password / mật khẩu: ${demo.admin.password}`,
    `    centre expert / chuyên gia: ${demo.expert.login}  password / mật khẩu: ${demo.expert.password}`,
    '  These passwords are shown only once. / Mật khẩu chỉ hiện một lần.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Stops accepting connections, lets in-flight requests and jobs finish, then closes storage. */
function installShutdown(server: Server, close: () => Promise<void>, logger: pino.Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests and jobs');
    const force = setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(async () => {
      await close();
      logger.info('stopped');
      process.exit(0);
    });
    // a kept-alive connection goes idle once its last response is sent: close it then, not at its timeout
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(): Promise<void> {
  const config = await loadConfig();
  const logger = pino({
    level: config.logLevel,
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
    ],
  });
  const platform = await createPlatform({
    config,
    logger,
    version: process.env.npm_package_version ?? '0.1.0',
  });
  const server = platform.app.listen(config.port, () => {
    logger.info({ port: config.port, db: platform.ctx.driver, queue: platform.ctx.queue.kind }, 'listening');
    if (platform.demo) printDemoCredentials(platform.demo, config.publicBaseUrl);
  });
  server.keepAliveTimeout = 65_000;
  installShutdown(server, platform.close, logger);
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseLockedError) {
    // Another start holds DATA_DIR: the message says who and what to do; a stack would only hide it.
    process.stderr.write(
      `Nguồn không khởi động: ${error.text.vi}\nNguồn failed to start: ${error.text.en}\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    `Nguồn failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
