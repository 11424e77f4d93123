import express from 'express';

// The baseline every HTTP benchmark divides by: Express answering a constant string.
const app = express();
app.disable('x-powered-by');
app.get('/', (_req, res) => {
  res.type('text/plain').send('ok');
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
