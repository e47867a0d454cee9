// npm run backup -- FILE [--data DIR]: a consistent copy of a hub's data, running or not.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backup, describeCopy } from '../server/store/backup.ts';
import { dataDirOf, runTool } from './data-tool.ts';

runTool(async () => {
  const { values, positionals } = parseArgs({
    options: { data: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    throw new Error('Usage: npm run backup -- FILE [--data DIR]   (DIR: DATA_DIR, else ./data)');
  }
  const summary = await backup(dataDirOf(values.data), path.resolve(file));
  process.stdout.write(`Backup written: ${describeCopy(summary)}\n`);
});
