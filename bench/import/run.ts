// How long the import's parser takes on the largest texts the hub accepts (POST
// …/speakers/import caps a body at 256 KiB, 2,000 lines, 2,000 characters a line): the time the
// hub's event loop is held by one import. Pure: the parser alone, each case run several times
// after a warm-up, the median printed. `npm run bench:import`.
import '../../shared/delegations/all-names.ts';
import { readSpeakerList } from '../../shared/import/read-speaker-list.ts';

const RUNS = 7;

const CASES: [string, string][] = [
  [
    '2,000 lines of States',
    Array.from(
      { length: 2000 },
      (_, i) => ['Kenya', 'Ghana', 'Netherlands', 'Iran, Islamic Republic of'][i % 4],
    ).join('\n'),
  ],
  [
    '2,000 CSV rows under headings',
    `Country;Speaker;Title\n${Array.from(
      { length: 1999 },
      (_, i) => `Kenya;Person ${i};Permanent Representative`,
    ).join('\n')}`,
  ],
  [
    '128 lines of 1,000 cells (250 KiB)',
    Array(128).fill(Array(1000).fill('x').join(',')).join('\n'),
  ],
  [
    'one line of 125,000 headings (left out: over 2,000 characters)',
    `${Array(125_000).fill('x').join(',')}\nKenya\n`,
  ],
];

readSpeakerList('Kenya\n', { existing: [] });
for (const [name, text] of CASES) {
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    rows = readSpeakerList(text, { existing: [] }).rows.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] ?? 0;
  console.log(
    `${name}: ${(text.length / 1024).toFixed(0)} KiB, ${rows} rows, median ${median.toFixed(0)} ms of ${RUNS}`,
  );
}
