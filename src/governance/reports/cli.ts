// kpcs report annual --year Y [--lang fr] [--out FILE.pdf] · kpcs report special CI --year Y …
import { writePrivateFile } from '../../core/files.js';
import { Command, Option } from 'commander';
import { printJson, withStore, withStoreOptions } from '../../interface/cli.js';
import { invalid } from '../../core/errors.js';
import { m } from './messages.js';
import { REPORT_LANGUAGES, type Report } from './model.js';
import * as service from './service.js';

export function reportCommands(): Command[] {
  const cmd = new Command('report').description("the Chair's reports: annual and special, as PDF or JSON, in any of the five languages");
  const options = (c: Command) =>
    withStoreOptions(
      c
        .requiredOption('--year <yyyy>', 'the year reported on', (v) => {
          if (!/^\d{4}$/.test(v)) throw invalid(m('cli.year', { option: '--year', value: v }));
          return Number(v);
        })
        .addOption(new Option('--lang <lang>', 'the language').choices([...REPORT_LANGUAGES]).default('en'))
        .option('--out <file>', 'write the PDF (a name ending in .pdf) or the JSON (.json) to FILE; without it the JSON is printed'),
    );
  const output = async (report: Report, out?: string) => {
    if (!out) return printJson(report);
    if (out.endsWith('.pdf')) writePrivateFile(out, await service.renderPdf(report));
    else writePrivateFile(out, `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`wrote ${out}: ${report.title} (${report.sections.length} sections)\n`);
  };
  options(cmd.command('annual').description("the Chair's annual report")).action(async (opts) =>
    withStore(opts, async (store, actor) => output(await service.annualReport(store.db, actor, { year: opts.year, lang: opts.lang }), opts.out)),
  );
  options(cmd.command('special <subject>').description("a special report (CI: Côte d'Ivoire)")).action(async (subject: string, opts) =>
    withStore(opts, async (store, actor) => output(await service.specialReport(store.db, actor, subject, { year: opts.year, lang: opts.lang }), opts.out)),
  );
  return [cmd];
}
