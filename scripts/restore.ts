// npm run restore -- FILE [--data DIR]: a backup put back as a data folder's database. The
// folder must be empty (or new) and no hub may run on it; start the hub on it afterwards.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeCopy, restore } from '../server/store/backup.ts';
import { dataDirOf, runTool } from './data-tool.ts';

runTool(() => {
  const { values, positionals } = parseArgs({
    options: { data: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    throw new Error('Usage: npm run restore -- FILE [--data DIR]   (DIR: DATA_DIR, else ./data)');
  }
  const summary = restore(path.resolve(file), dataDirOf(values.data));
  process.stdout.write(`Restored: ${describeCopy(summary)}\nStart the hub on this folder.\n`);
});
