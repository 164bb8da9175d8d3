import { Command, CommanderError, Option } from 'commander';
import { ImmsimError } from '../domain/errors.js';
import { removePendingTemps } from '../engine/atomic-file.js';
import { OutputError } from './outputs.js';
import { MODEL_VERSION } from '../version.js';
import { chartCommand, compareCommand, runCommand } from './run-commands.js';
import { CHART_FORMATS, CHART_KINDS } from './chart-output.js';
import { capacityCommand } from './capacity-command.js';
import { sensitivityCommand } from './sensitivity-command.js';
import { cohortsCommand, diagramCommand, explainCommand, mergeCommand, regimesCommand } from './info-commands.js';
import { historyCommand } from './history-command.js';

const FORMATS = ['table', 'json', 'csv'];

/** Builds the `immsim` program (exported for tests). */
export function program(): Command {
  const p = new Command('immsim')
    .description('Simulate the US border and asylum procedure 2016–2021 under dated policy regimes, with intervals.')
    .version(MODEL_VERSION, '-v, --version', 'print the version')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {}, outputError: () => {} });

  const common = (c: Command) =>
    c
      .option('--cohort <id|file>', 'arrival cohort id (swb-fy2016 … swb-fy2021), a cohort .json file, or - (stdin) (default swb-fy2019)')
      .option('--profile <json|file>', 'simulate "people like this": everyone has this profile (JSON, a .json file, or - for stdin) instead of a cohort mix')
      .option('--n <people>', 'number of simulated people', '100000')
      .option('--seed <int>', 'random seed (same seed, same result)', '1')
      .option('--horizon-days <days>', 'days from first encounter to the end of the simulation', '1095')
      .option('--workers <count>', 'worker threads (default: all cores from 500,000 people × regimes, else 1)')
      .option('--out <file>', 'write the output to a file instead of stdout (chart: the folder to write into, required)');

  common(
    p
      .command('run')
      .description('simulate one regime')
      .option('--regime <id|file>', 'regime id, a date YYYY-MM-DD (the rules of that day), a regime .json file, or - (stdin)', 'mpp-2019')
      .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
      .option('--shard <i/N>', 'run shard i of N (0-based) and write a partial summary for `immsim merge`')
      .option('--records <file>', 'also stream one record per person to a .csv or .ndjson file (single thread)')
      .option('--uncertainty <draws>', 'also draw the parameters this many times over their ranges: every interval gains a total interval {..}')
      .option('--range <path=low:high...>', 'with --uncertainty: a parameter range instead of the built-in one (path=*a:b for factors)'),
  ).action(runCommand);

  common(
    p
      .command('compare')
      .description('simulate the same people under several regimes, with paired differences against the first')
      .option('--regimes <ids>', 'comma-separated regime ids, dates YYYY-MM-DD or .json files; the first is the baseline', 'pep-2016,kelly-2017,zero-tolerance-2018,mpp-2019,title42-2020,biden-2021')
      .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
      .option('--shard <i/N>', 'run shard i of N (0-based) and write a partial summary for `immsim merge`')
      .option('--charts <dir>', 'also write SVG charts (and Mermaid Sankey blocks) into this folder')
      .option('--uncertainty <draws>', 'also draw the parameters this many times over their ranges: every interval gains a total interval {..}, every difference p')
      .option('--range <path=low:high...>', 'with --uncertainty: a parameter range instead of the built-in one (path=*a:b for factors)'),
  ).action(compareCommand);

  common(
    p
      .command('chart')
      .description('write outcome bars and Sankey diagrams (SVG, Mermaid) for some regimes into the folder given by --out (required)')
      .option('--regimes <ids>', 'comma-separated regime ids, dates YYYY-MM-DD or .json files', 'pep-2016,kelly-2017,zero-tolerance-2018,mpp-2019,title42-2020,biden-2021')
      .addOption(new Option('--format <format>', 'svg (with Mermaid .mmd), png (needs @resvg/resvg-js) or vega-lite (spec JSON, data inline)').choices(CHART_FORMATS).default('svg'))
      .addOption(new Option('--chart <kind>', 'with a file --out (x.svg, x.png, x.json): which chart').choices(CHART_KINDS)),
  ).action(chartCommand);

  p.command('sensitivity')
    .description('which parameters decide a metric: one at a time over each range (tornado) and Sobol indices')
    .requiredOption('--regimes <ids>', 'one regime (its metric) or two, comma-separated (their paired difference, second minus first)')
    .requiredOption('--metric <id>', 'an outcome id (e.g. in-absentia-order) or daysDetained, daysInMexico, encountersPerPerson')
    .option('--cohort <id|file>', 'arrival cohort id or a cohort .json file (default swb-fy2019)')
    .option('--n <people>', 'people per run (the same people in every run)', '10000')
    .option('--seed <int>', 'random seed of the people and of the design', '1')
    .option('--horizon-days <days>', 'days from first encounter to the end of the simulation', '1095')
    .option('--workers <count>', 'worker threads (default: all cores for large analyses)')
    .option('--base-samples <N>', 'rows of each Saltelli base matrix; costs 1 + 2d + N(d + 2) runs for d parameters', '64')
    .option('--parameters <ids>', 'comma-separated parameter ids or patterns to analyse (default: every parameter with a range)')
    .option('--range <path=low:high...>', 'a parameter range instead of the built-in one (path=*a:b for factors)')
    .option('--top <k>', 'rows in the table and the chart', '20')
    .option('--chart <file.svg>', 'also write a tornado chart (SVG)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <file>', 'write the output to a file')
    .option('--shard <i/N>', 'run shard i of N (0-based) of the runs and write their values for `immsim merge`')
    .action(sensitivityCommand);

  p.command('explain')
    .description("one person's path, step by step, with the law behind each step")
    .option('--regime <id|file>', 'regime id, a date YYYY-MM-DD (the rules of that day), a regime .json file, or - (stdin)', 'mpp-2019')
    .option('--profile <json|file>', 'a profile as JSON, a .json file or - (stdin), e.g. \'{"citizenship":"HN","demographic":"family-unit","entry":"between-ports"}\'')
    .option('--citizenship <code>', 'ISO 3166 alpha-2 code', 'GT')
    .option('--demographic <d>', 'single-adult | family-unit | uac', 'single-adult')
    .option('--entry <e>', 'port-of-entry | between-ports', 'between-ports')
    .option('--fear', 'the person fears return')
    .option('--seed <int>', 'draw the facts with this seed', '1')
    .option('--facts <file>', 'replay the facts in this JSON file (or - for stdin) instead of drawing them')
    .option('--horizon-days <days>', 'days to follow the person', '1095')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--out <file>', 'write the output to a file')
    .action(explainCommand);

  p.command('regimes')
    .description('list the named regimes, or show one with its measures and parameters')
    .argument('[id]', 'a regime id, a date YYYY-MM-DD, a regime .json file or - (stdin) to show in full')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(regimesCommand);

  p.command('cohorts')
    .description('list the arrival cohorts')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(cohortsCommand);

  p.command('merge')
    .description('merge shard files into one result')
    .argument('<files...>', 'shard files written by --shard')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--out <file>', 'write the output to a file')
    .option('--chart <file.svg>', 'with sensitivity shards: also write the tornado chart (SVG)')
    .action(mergeCommand);

  p.command('capacity')
    .description('list the capacity series (beds, officers, judges) with their sources, or run the court alone (--court)')
    .option('--capacity <changes...>', "capacity changes, e.g. judges=+100@2017-10 ice-beds=x1.5@2019-01 mpp-hearings=0 orr-beds=unlimited")
    .option('--capacity-file <file>', 'capacity series and changes as a JSON file (docs/capacity.md)')
    .option('--court', 'run the immigration court alone on the published receipts and print the fiscal years')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <file>', 'write the output to a file')
    .action(capacityCommand);

  p.command('history')
    .description('replay the southwest border month by month (2015-10 … 2021-09), each fact judged by the rules of its day')
    .option('--from <YYYY-MM>', 'first month', '2015-10')
    .option('--to <YYYY-MM>', 'last month', '2021-09')
    .option('--seed <int>', 'random seed (same seed, same result)', '1')
    .option('--replications <n>', 'independent replays (95% intervals across them)', '1')
    .option('--scale <share>', 'share of arrivals simulated, in (0, 1]; counts are scaled back', '1')
    .option('--with <ids>', 'comma-separated measures switched on for the whole run')
    .option('--without <ids>', 'comma-separated measures switched off (e.g. mpp, title-42)')
    .option('--measures <file>', 'custom dated measures (a JSON array of measures)')
    .option('--arrivals <file>', 'monthly arrivals instead of the published series (docs/history.md)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--charts <dir>', 'also write SVG line charts of the main series into this folder')
    .option('--shard <i/N>', 'run replications r with r % N = i and write a shard for `immsim merge`')
    .option('--workers <count>', 'worker threads for replications', '1')
    .option('--capacity <changes...>', 'capacity changes, e.g. judges=+100@2017-10 ice-beds=x1.5@2019-01 (docs/capacity.md)')
    .option('--capacity-file <file>', 'capacity series and changes as a JSON file (docs/capacity.md)')
    .option('--no-capacity', 'switch capacity off: no bed, officer or judge is ever full')
    .option('--uncertainty <draws>', 'also draw the parameters of every era this many times over their ranges: every figure gains a total interval')
    .option('--range <path=low:high...>', 'with --uncertainty: a parameter range instead of the built-in one (path=*a:b for factors)')
    .action(historyCommand);

  p.command('diagram')
    .description('print the state diagram of the law (Mermaid), generated from the machine')
    .action(diagramCommand);
  return p;
}

/** Runs the CLI; bad input exits 2 with one line naming the field and the allowed values. */
export async function main(argv: string[] = process.argv): Promise<number> {
  // No command at all: show what there is to do, as most CLIs do.
  if (argv.length <= 2) {
    process.stdout.write(program().helpInformation());
    return 0;
  }
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return say(e.message.replace(/^error: /, '').trim(), 2);
    }
    return reportError(e);
  }
}

/**
 * One line on stderr for an error, and the exit code: 2 for a user's mistake (ImmsimError), 1 for a full disk or
 * similar (OutputError) and for a bug (asking for a report with the command and the version). Never a stack trace
 * (IMMSIM_DEBUG=1 adds it); the line is bounded and control characters are escaped.
 * @example
 * reportError(new ImmsimError('bad')) // 2
 */
export function reportError(e: unknown): number {
  removePendingTemps();
  if (e instanceof ImmsimError) return say(e.message, 2);
  if (e instanceof OutputError) return say(e.message, 1);
  const what = e instanceof Error ? `${e.name}: ${e.message}` : typeof e === 'string' ? e : 'a non-error value was thrown';
  const code = say(`internal error (a bug in immsim ${MODEL_VERSION}): ${what.slice(0, 200)} — please report it with the command you ran and this version`, 1);
  if (process.env.IMMSIM_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return code;
}

function say(message: string, code: number): number {
  const line = message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  process.stderr.write(`immsim: ${line.length > 600 ? `${line.slice(0, 597)}...` : line}\n`);
  return code;
}

/** The process-level guards of the `immsim` bin: signals, stdout errors, stray exceptions. */
function guardProcess(): void {
  // A reader that stops early (`immsim … | head`) is not an error: stop quietly, like other Unix tools.
  // A full disk (ENOSPC) or any other stdout failure: one line, exit 1, no stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    removePendingTemps();
    if (e.code === 'EPIPE') process.exit(0);
    say(`cannot write the output: ${e.code === 'ENOSPC' ? 'the disk is full' : e.code === 'EIO' ? 'an input/output error' : 'standard output failed'}`, 1);
    process.exit(1);
  });
  // Interrupted: remove temporary files so no complete-looking output is left behind.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      removePendingTemps();
      say(`interrupted (${signal}); no output file was written`, code);
      process.exit(code);
    });
  }
  process.on('uncaughtException', (e) => process.exit(reportError(e)));
  process.on('unhandledRejection', (e) => process.exit(reportError(e)));
}

// Run when executed directly (the `immsim` bin, or `tsx src/cli/main.ts`).
const invoked = process.argv[1] ?? '';
if (/(?:cli\.js|cli\/main\.ts|immsim)$/.test(invoked)) {
  guardProcess();
  main().then((code) => {
    process.exitCode = code;
  });
}
