// Flags shared by the bench scripts: --quick, --sizes 1k,10k,100k, --force, --workers N, --rounds N,
// --duration S (seconds per measured round), --budget S (ingest seconds per size to build),
// --questions q1,q3 (measure only these; s01,s07 with --only shapes), --only corpus|queries|sql|shapes.
export interface BenchArgs {
  quick: boolean;
  sizes: number[] | null;
  force: boolean;
  workers: number;
  rounds: number | null;
  duration: number | null;
  /** Seconds of ingest allowed per size that has to be built (the rest is resumed next run). */
  budget: number | null;
  /** Reuse every matching database, even the size whose ingest a full run measures. */
  reuse: boolean;
  /** Run one part only: corpus, queries, sql, or shapes (issue 16's shapes against PostGraphile). */
  only: 'corpus' | 'queries' | 'sql' | 'shapes' | null;
  /** Measure these questions (q1, q2-hit, q3 …) or shapes (s01 … s11) only: for working on one of them. */
  questions: string[] | null;
}

export function parseSize(s: string): number {
  const m = /^(\d+)(k?)$/i.exec(s.trim());
  if (!m) throw new Error(`not a corpus size: ${s} (use e.g. 1k, 10k, 100k, 500)`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
}

export function parseArgs(argv = process.argv.slice(2)): BenchArgs {
  const args: BenchArgs = { quick: false, sizes: null, force: false, workers: 1, rounds: null, duration: null, budget: null, reuse: false, only: null, questions: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--force') args.force = true;
    else if (a === '--sizes') args.sizes = value().split(',').map(parseSize);
    else if (a === '--workers') args.workers = Number(value());
    else if (a === '--rounds') args.rounds = Number(value());
    else if (a === '--duration') args.duration = Number(value());
    else if (a === '--budget') args.budget = Number(value());
    else if (a === '--reuse') args.reuse = true;
    else if (a === '--questions') args.questions = value().split(',').map((q) => q.trim());
    else if (a === '--only') {
      const v = value();
      if (v !== 'corpus' && v !== 'queries' && v !== 'sql' && v !== 'shapes') throw new Error(`--only takes corpus, queries, sql or shapes, not ${v}`);
      args.only = v;
    }
    else throw new Error(`unknown flag ${a} (known: --quick --sizes --force --workers --rounds --duration --budget --reuse --only --questions)`);
  }
  return args;
}
