import { text } from 'node:stream/consumers';
import { runAdminCommand } from './create-admin-command';

// `npm run admin -- create-admin --email <e>`; exits at once so a connection still being attempted cannot hold it open.
const code = await runAdminCommand(
  { argv: process.argv.slice(2), env: process.env, readStdin: () => text(process.stdin) },
  (line) => process.stdout.write(`${line}\n`),
).catch((error: unknown) => {
  process.stderr.write(
    `admin failed / admin lỗi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 2;
});
process.exit(code);
