// kpcs document …: browse, list and search documents, publish one with its access level and language
// versions, add a version, download one.
import { readFileSync } from 'node:fs';
import { writePrivateFile } from '../../core/files.js';
import { basename, extname } from 'node:path';
import { Command, Option } from 'commander';
import { printJson, printTable, withAsOption, withStore, withStoreOptions } from '../../interface/cli.js';
import { invalid } from '../../core/errors.js';
import { common } from '../common-messages.js';
import { m } from './messages.js';
import { ACCESS_LEVELS, CATEGORIES, DOCUMENT_LANGUAGES, formatBytes } from './model.js';
import * as service from './service.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
const MEDIA: Record<string, string> = { '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation', '.zip': 'application/zip' };

function versionFrom(opts: { file?: string; text?: string; mediaType?: string }, language: string): service.VersionInput {
  if (opts.file) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(opts.file);
    } catch (e) {
      throw invalid(common('cannotRead', { file: opts.file, reason: (e as Error).message }));
    }
    return { language, contentBase64: bytes.toString('base64'), filename: basename(opts.file), mediaType: opts.mediaType ?? MEDIA[extname(opts.file).toLowerCase()] };
  }
  if (opts.text) return { language, text: opts.text };
  throw invalid(m('cli.content', { file: '--file', text: '--text' }));
}

const rowOf = (d: service.Document) => ({ ...d, languages: d.versions.map((v) => v.language), access: d.access === 'group' ? `group ${d.group}` : d.access === 'un-bodies' ? `un ${d.organisations.join(',')}` : d.access });

export function documentCommands(): Command[] {
  const cmd = new Command('document').description('documents with access levels: browse, search, publish, download');

  withAsOption(withStoreOptions(cmd.command('browse').description('what there is: documents by category and year, with counts').addOption(formatOption()))).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const b = await service.browse(store.db, actor);
      if (opts.format === 'json') return printJson(b);
      printTable(b.categories.flatMap((c) => c.years.map((y) => ({ category: c.category, year: y.year, documents: y.count }))), ['category', 'year', 'documents']);
      process.stdout.write(`${b.total} documents; by language: ${b.languages.map((l) => `${l.language} ${l.count}`).join(', ')}\n`);
    }),
  );

  withAsOption(
    withStoreOptions(
      cmd.command('list').description('list documents, newest first').addOption(new Option('--category <c>').choices([...CATEGORIES])).option('--year <yyyy>').option('--q <text>', 'search the title and the text').addOption(new Option('--language <lang>').choices([...DOCUMENT_LANGUAGES])).addOption(formatOption()),
    ),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const docs = await service.list(store.db, actor, { category: opts.category, year: opts.year ? Number(opts.year) : undefined, q: opts.q, language: opts.language });
      if (opts.format === 'json') return printJson(docs);
      printTable(docs.map(rowOf), ['id', 'publishedOn', 'category', 'title', 'access', 'languages']);
    }),
  );

  withAsOption(
    withStoreOptions(
      cmd
        .command('add')
        .description('publish a document with its access level and a first language version')
        .requiredOption('--title <title>')
        .addOption(new Option('--category <c>').choices([...CATEGORIES]).makeOptionMandatory())
        .requiredOption('--date <date>', 'publication day (yyyy-mm-dd)')
        .addOption(new Option('--access <level>').choices([...ACCESS_LEVELS]).makeOptionMandatory())
        .option('--group <group>', 'the working group (access group)')
        .option('--org <id...>', 'the UN bodies (access un-bodies), e.g. UN-POE-CI')
        .option('--owner <code>', 'the owner Participant')
        .option('--link <link>', 'what it publishes, e.g. /decisions/ID')
        .addOption(new Option('--language <lang>').choices([...DOCUMENT_LANGUAGES]).default('en'))
        .option('--file <file>')
        .option('--text <text>')
        .option('--media-type <type>'),
    ),
  ).action(async (opts) =>
    withStore(opts, async (store, actor) => {
      const d = await service.create(store.db, actor, { title: opts.title, category: opts.category, publishedOn: opts.date, access: opts.access, group: opts.group, organisations: opts.org, owner: opts.owner, link: opts.link, versions: [versionFrom(opts, opts.language)] });
      process.stdout.write(`${d.id}\n`);
    }),
  );

  withAsOption(
    withStoreOptions(
      cmd.command('version <id>').description('add (or replace) a language version').addOption(new Option('--language <lang>').choices([...DOCUMENT_LANGUAGES]).makeOptionMandatory()).option('--file <file>').option('--text <text>').option('--media-type <type>'),
    ),
  ).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => {
      const d = await service.putVersion(store.db, actor, id, versionFrom(opts, opts.language));
      printTable(d.versions.map((v) => ({ ...v, size: formatBytes(v.size) })), ['language', 'filename', 'mediaType', 'size']);
    }),
  );

  withAsOption(
    withStoreOptions(cmd.command('get <id>').description('download a language version (to --out, else standard output)').addOption(new Option('--language <lang>').choices([...DOCUMENT_LANGUAGES]).default('en')).option('--out <file>')),
  ).action(async (id: string, opts) =>
    withStore(opts, async (store, actor) => {
      const c = await service.download(store.db, actor, id, opts.language);
      if (opts.out) writePrivateFile(opts.out, c.content);
      else process.stdout.write(c.content);
    }),
  );

  return [cmd];
}
