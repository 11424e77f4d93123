import { measureLabelBatch } from './lib/label-batches';
const driver = (process.argv[2] ?? 'postgres') as 'postgres' | 'pglite';
const quantity = Number(process.argv[3] ?? 1_000_000);
const figures = await measureLabelBatch(driver, quantity);
console.log(JSON.stringify({ driver, quantity, ...figures, ratio: figures.copySeconds ? figures.generateSeconds / figures.copySeconds : null }));
process.exit(0);
