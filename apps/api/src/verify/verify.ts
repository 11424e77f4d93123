import { runVerify } from './verify-command';

// `npm run verify [-- --tenant <uuid>]`; exits at once so a connection still being attempted cannot hold it open.
const code = await runVerify({ argv: process.argv.slice(2), env: process.env }, (line) => {
  process.stdout.write(`${line}\n`);
}).catch((error: unknown) => {
  process.stderr.write(
    `verify failed / verify lỗi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 2;
});
process.exit(code);
