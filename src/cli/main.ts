// The kpcs program: one verb group per domain, each defined beside its domain (src/*/cli.ts).
import { Command, CommanderError } from 'commander';
import { KpcsError } from '../core/errors.js';
import { auditCommand } from '../audit/cli.js';
import { checkAgainstCheckpoint } from '../certificates/audit-checkpoint.js';
import { userCommand } from '../accounts/cli.js';
import { policyCommand } from './policy.js';
import { dbCommand } from './db.js';
import { serveCommand } from '../http/cli.js';
import { participantsCommand } from '../participants/cli.js';
import { analyzeCommand } from '../monitoring/cli.js';
import { simulateCommand } from '../simulation/cli.js';
import { certificateCommands } from '../certificates/cli.js';
import { statisticsCommands } from '../statistics/cli.js';
import { shipmentCommands } from '../monitoring/shipments/cli.js';
import { footprintCommands } from '../monitoring/footprints/cli.js';
import { governanceCommands } from '../governance/cli.js';
import { notificationCommands } from '../notifications/cli.js';
import { companyCommand } from '../companies/cli.js';
import { hubCommand } from '../hub/cli.js';
import { keepNewFilesPrivate } from '../core/files.js';
import { setStoreOpener } from '../interface/cli.js';
import { openReadyStore } from '../setup.js';

// first, before any verb creates a file (bin/kpcs.js does the same for the compiled program)
keepNewFilesPrivate();
// every verb's store is opened ready (migrated, seeded): the domains' verbs get it through interface/cli.ts
setStoreOpener(openReadyStore);

export function program(): Command {
  const root = new Command('kpcs')
    .description('Kimberley Process Certification Scheme platform.\nThe store is ./data (embedded PGlite) unless --data-dir or DATABASE_URL says otherwise.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  root.addCommand(serveCommand());
  root.addCommand(dbCommand());
  root.addCommand(userCommand());
  root.addCommand(policyCommand());
  root.addCommand(participantsCommand());
  root.addCommand(auditCommand(checkAgainstCheckpoint));
  root.addCommand(analyzeCommand());
  root.addCommand(simulateCommand());
  root.addCommand(companyCommand());
  root.addCommand(hubCommand());
  for (const c of certificateCommands()) root.addCommand(c);
  for (const c of statisticsCommands()) root.addCommand(c);
  for (const c of [...shipmentCommands(), ...footprintCommands(), ...governanceCommands(), ...notificationCommands()]) root.addCommand(c);
  return root;
}

export async function run(argv: string[]): Promise<number> {
  const root = program().exitOverride();
  try {
    await root.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof KpcsError) {
      process.stderr.write(`kpcs: ${e.message}\n`);
      for (const d of e.details) process.stderr.write(`  - ${[d.row !== undefined ? `row ${d.row}` : '', d.column ?? d.path ?? ''].filter(Boolean).join(', ')}${d.row !== undefined || d.column || d.path ? ': ' : ''}${d.message}\n`);
      return e.code === 'invalid_input' ? 2 : 1;
    }
    process.stderr.write(`kpcs: ${(e as Error).message}\n`);
    return 1;
  }
}

// `serve` keeps running; every other verb ends here with its exit code, once what it wrote has left:
// into a pipe (`kpcs … --format json | jq`) a write beyond the pipe's 64 KiB completes later, and
// process.exit would cut it off
const code = await run(process.argv.slice(2));
if (!(process.argv[2] === 'serve' && code === 0)) {
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((done) => s.write('', () => done()))));
  process.exit(code);
}
